// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "settings.h"

#include <QSettings>

namespace tpready {
namespace {

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const KeyInfo &info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::SiteName, "site/name", QString()},
        {Settings::Key::SiteOperator, "site/operator", QString()},
        {Settings::Key::SiteNotes, "site/notes", QString()},
        {Settings::Key::Deployment, "selection/deployment", QStringLiteral("saas")},
        {Settings::Key::Platform, "selection/platform", QStringLiteral("eu-prod")},
        {Settings::Key::TpeHosts, "selection/tpe", QString()},
        {Settings::Key::Transport, "selection/transport", QStringLiteral("lrr-ipsec")},
        {Settings::Key::LrrVersion, "selection/lrrVersion", QString()},
        {Settings::Key::NtpServers, "selection/ntpServers", QString()},
        {Settings::Key::DnsServers, "selection/dnsServers", QString()},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::ProbeTimeoutMs, "run/timeoutMs", 5000},
        {Settings::Key::CaFile, "run/caFile", QString()},
        {Settings::Key::ResolveOverrides, "run/resolveOverrides", QString()},
        {Settings::Key::ExportDirectory, "report/exportDirectory", QString()},
    };
    for (const KeyInfo &entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
    return table[0];
}

} // namespace

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const KeyInfo &entry = info(key);
    return m_settings->value(QString::fromLatin1(entry.name), entry.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    const QString name = QString::fromLatin1(info(key).name);
    if (m_settings->value(name) == value)
        return;
    m_settings->setValue(name, value);
    emit changed(key);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace tpready
