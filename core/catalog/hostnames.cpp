// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "hostnames.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace tpready {
namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class HostInputText
{
    Q_DECLARE_TR_FUNCTIONS(HostInputText)
};

constexpr int kMaxShown = 60;

QString shown(const QString &text)
{
    return text.size() > kMaxShown ? text.left(kMaxShown) + QStringLiteral("\u2026") : text;
}

} // namespace

bool isValidHostName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    QString trimmed = name;
    if (trimmed.endsWith(u'.'))
        trimmed.chop(1);
    const QStringList labels = trimmed.split(u'.');
    bool allNumeric = true;
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
        bool numeric = false;
        part.toUInt(&numeric);
        allNumeric = allNumeric && numeric;
    }
    // "10.0.0.256" is a mistyped address, not a host name.
    return !allNumeric;
}

bool isIpLiteral(const QString &text)
{
    if (text.isEmpty() || text.contains(u'%') || text.contains(u'['))
        return false;
    QHostAddress address;
    if (!address.setAddress(text))
        return false;
    // QHostAddress accepts shorthands such as "1" or "10.1"; an installer means a dotted quad.
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return text.count(u'.') == 3;
    return address.protocol() == QAbstractSocket::IPv6Protocol;
}

QString checkHostInput(const QString &text, const QString &what)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return HostInputText::tr("The %1 is empty.").arg(what);
    if (value.size() > 253)
        return HostInputText::tr("The %1 is longer than 253 characters.").arg(what);
    if (isIpLiteral(value) || isValidHostName(value))
        return {};
    if (value.contains(u"://"))
        return HostInputText::tr("The %1 '%2' is a URL: give only the host name or IP address.")
            .arg(what, shown(value));
    static const QRegularExpression hostPort(QStringLiteral(R"(^(\[[0-9A-Fa-f:.]+\]|[^:\s]+):(\d+)$)"));
    if (hostPort.match(value).hasMatch())
        return HostInputText::tr(
                   "The %1 '%2' includes a port: give only the host name or IP address, the ports come from the "
                   "flow table.")
            .arg(what, shown(value));
    if (value.startsWith(u'[') && value.endsWith(u']'))
        return HostInputText::tr("The %1 '%2' has brackets: write the IPv6 address without them.")
            .arg(what, shown(value));
    if (value.contains(u'%'))
        return HostInputText::tr("The %1 '%2' has an IPv6 zone: give a global address.").arg(what, shown(value));
    static const QRegularExpression dotted(QStringLiteral(R"(^[0-9.]+$)"));
    if (dotted.match(value).hasMatch())
        return HostInputText::tr("The %1 '%2' is not a valid IPv4 address.").arg(what, shown(value));
    return HostInputText::tr("The %1 '%2' is neither a host name nor an IP address.").arg(what, shown(value));
}

QString checkDnsServerInput(const QString &text)
{
    const QString value = text.trimmed();
    if (value.isEmpty())
        return HostInputText::tr("The DNS server is empty.");
    if (isIpLiteral(value))
        return {};
    return HostInputText::tr("The DNS server '%1' is not an IP address: a resolver is given by its address.")
        .arg(shown(value));
}

QStringList splitHostList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral(R"([,;\s]+)"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace tpready
