// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "textframing.h"

#include <QCoreApplication>
#include <cctype>

namespace tpready {

QString printable(const QByteArray &bytes, int maxBytes)
{
    QString out;
    const int n = static_cast<int>(qMin<qsizetype>(bytes.size(), maxBytes));
    for (int i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\t')
            out += QStringLiteral("\\t");
        else if (c < 0x20 || c >= 0x7f)
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(static_cast<char>(c));
    }
    if (bytes.size() > n)
        out += QStringLiteral("\u2026");
    return out;
}

namespace {

/// The translation context of this file's sentences (see CONTRIBUTING.md, "Translations").
class ProtocolText
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolText)
};

} // namespace

QString recogniseForeignProtocol(const QByteArray &bytes)
{
    if (bytes.startsWith("HTTP/1.") || bytes.startsWith("HTTP/2"))
        return ProtocolText::tr("an HTTP response (a web server, proxy or captive portal)");
    if (bytes.size() >= 3 && (bytes.at(0) == 0x15 || bytes.at(0) == 0x16) && bytes.at(1) == 0x03)
        return ProtocolText::tr("a TLS record (a TLS server)");
    if (bytes.startsWith("SSH-"))
        return ProtocolText::tr("an SSH identification line (an SSH server)");
    if (bytes.size() >= 4 && bytes.at(0) >= '1' && bytes.at(0) <= '5' && (bytes.at(3) == ' ' || bytes.at(3) == '-') &&
        std::isdigit(static_cast<unsigned char>(bytes.at(1))) && std::isdigit(static_cast<unsigned char>(bytes.at(2))))
        return ProtocolText::tr("a numbered text greeting (an FTP or SMTP server)");
    if (bytes.startsWith("<!DOCTYPE") || bytes.startsWith("<html") || bytes.startsWith("<HTML"))
        return ProtocolText::tr("an HTML page (a web server or captive portal)");
    if (!bytes.isEmpty() && static_cast<unsigned char>(bytes.at(0)) == 0x68)
        return ProtocolText::tr("an IEC 104 frame");
    return {};
}

} // namespace tpready
