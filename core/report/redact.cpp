// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// redactReport() (report.h): what `check --redact` masks of the laptop's own addresses.
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

#include "core/report/report.h"

namespace tpready {

namespace {

const QString kRedacted = QStringLiteral("redacted");

/// An address worth masking: an IP address other than loopback / unspecified, or a hardware address.
void addSecret(QSet<QString> *secrets, QString text)
{
    text = text.trimmed();
    const qsizetype slash = text.indexOf(u'/'); // "192.0.2.10/24"
    if (slash > 0)
        text.truncate(slash);
    if (text.isEmpty() || text == kRedacted)
        return;
    QHostAddress address;
    if (address.setAddress(text)) {
        if (address.isLoopback() || address.isNull() || address == QHostAddress::AnyIPv4 ||
            address == QHostAddress::AnyIPv6)
            return;
        address.setScopeId(QString());
        secrets->insert(text);
        secrets->insert(address.toString()); // the form Qt writes elsewhere in the report
        return;
    }
    if (text.size() >= 8) // a hardware address ("00:11:22:33:44:55"); never a short word
        secrets->insert(text);
}

/// Collects the laptop's own addresses that a report's evidence names: the probes' local addresses and DHCP leases.
void collectEvidenceSecrets(const QJsonValue &value, QSet<QString> *secrets)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectEvidenceSecrets(item, secrets);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"local_address" && it.value().isString())
            addSecret(secrets, it.value().toString());
        collectEvidenceSecrets(it.value(), secrets);
    }
    // A DHCP lease of the laptop: {"address": ..., "server": ..., "interface": ...} (core/env/dhcpinfo).
    if (object.contains(QStringLiteral("lease_time")) && object.value(QStringLiteral("address")).isString())
        addSecret(secrets, object.value(QStringLiteral("address")).toString());
}

/// Replaces every whole occurrence of a secret in @p text (not inside a longer address: 10.0.0.1 in 10.0.0.15).
QString maskText(QString text, const QList<QRegularExpression> &patterns)
{
    for (const QRegularExpression &pattern : patterns)
        text.replace(pattern, kRedacted);
    return text;
}

QJsonValue maskJson(const QJsonValue &value, const QList<QRegularExpression> &patterns)
{
    if (value.isString())
        return maskText(value.toString(), patterns);
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = maskJson(array.at(i), patterns);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = maskJson(it.value(), patterns); // local_address too: each is among the secrets
        return object;
    }
    return value;
}

} // namespace

void redactReport(Report *report)
{
    QSet<QString> secrets;
    for (const InterfaceInfo &iface : std::as_const(report->environment.interfaces)) {
        for (const QString &address : iface.addresses)
            addSecret(&secrets, address);
        addSecret(&secrets, iface.hardwareAddress);
    }
    for (const CheckRecord &check : std::as_const(report->checks))
        collectEvidenceSecrets(check.result.evidence, &secrets);

    // Longest first, so that a secret that contains another is masked whole.
    QStringList ordered = secrets.values();
    std::sort(ordered.begin(), ordered.end(),
              [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    QList<QRegularExpression> patterns;
    for (const QString &secret : std::as_const(ordered))
        patterns << QRegularExpression(QStringLiteral("(?<![\\w:.])") + QRegularExpression::escape(secret) +
                                           QStringLiteral("(?![\\w:]|\\.\\w)"),
                                       QRegularExpression::CaseInsensitiveOption);

    report->environment.redact();
    report->environment.dhcp = maskText(report->environment.dhcp, patterns);
    for (CheckRecord &check : report->checks) {
        check.result.detail = maskText(check.result.detail, patterns);
        check.result.remediation = maskText(check.result.remediation, patterns);
        check.result.evidence = maskJson(check.result.evidence, patterns).toObject();
    }
}

} // namespace tpready
