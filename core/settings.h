// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QObject>
#include <QString>
#include <QVariant>
#include <memory>

class QSettings;

namespace tpready {

/// The user's remembered choices, over QSettings, with one table of keys and defaults.
/// Tests construct it on a temporary INI file so they never touch the user's configuration.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key
    {
        SiteName,
        SiteOperator,
        SiteNotes,
        Deployment,
        Platform,
        TpeHosts,
        Transport,
        LrrVersion,
        NtpServers,
        DnsServers,
        WindowGeometry,
        ProbeTimeoutMs,   ///< each check's deadline (`--timeout-ms`)
        CaFile,           ///< a private CA's PEM file, trusted besides the system's (`--ca`)
        ResolveOverrides, ///< lab only: "HOST=IP" lines used instead of the resolver (`--resolve`)
        ExportDirectory,  ///< where the last report was exported
    };
    Q_ENUM(Key)

    /// The user's settings in the platform's usual place.
    explicit Settings(QObject *parent = nullptr);
    /// Settings kept in the INI file @p iniPath (tests, portable use).
    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    QString string(Key key) const { return value(key).toString(); }
    void setValue(Key key, const QVariant &value);
    /// Writes pending changes to disk.
    void sync();

signals:
    void changed(tpready::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tpready
