// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "sshbanner.h"

#include <QRegularExpression>

#include "core/probes/textframing.h"

namespace tpready {
namespace {

constexpr int kMaxLineLength = 255; // including CR LF (RFC 4253 4.2)
constexpr int kMaxPreLines = 32;
constexpr int kMaxPreBytes = 8 * 1024;

} // namespace

SshIdentification parseSshIdentification(const QByteArray &data)
{
    SshIdentification id;
    // Lines before the identification are allowed, but a known foreign protocol shows in the first bytes.
    if (!data.startsWith("SSH-") && !recogniseForeignProtocol(data.left(16)).isEmpty()) {
        id.status = SshIdentification::Status::WrongService;
        id.line = printable(data.left(120), 120);
        return id;
    }
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        if (newline < 0) {
            const qsizetype pending = data.size() - start;
            if (data.mid(start, 4) == "SSH-" && pending > kMaxLineLength) {
                id.status = SshIdentification::Status::Invalid;
                id.line = printable(data.mid(start, 120), 120);
            } else if (data.size() > kMaxPreBytes) {
                id.status = SshIdentification::Status::WrongService;
                id.line = printable(data.mid(start, 120), 120);
            }
            return id; // otherwise incomplete: read more
        }
        QByteArray line = data.mid(start, newline - start + 1);
        start = newline + 1;
        if (!line.startsWith("SSH-")) {
            id.preLines << printable(line.trimmed(), 120);
            if (id.preLines.size() > kMaxPreLines || start > kMaxPreBytes) {
                id.status = SshIdentification::Status::WrongService;
                return id;
            }
            continue;
        }
        id.line = printable(line.trimmed(), kMaxLineLength);
        if (line.size() > kMaxLineLength) {
            id.status = SshIdentification::Status::Invalid;
            return id;
        }
        line.chop(1); // LF
        if (line.endsWith('\r'))
            line.chop(1);
        static const QRegularExpression grammar(
            QStringLiteral(R"(^SSH-([0-9]+\.[0-9]+)-([\x21-\x2C\x2E-\x7E]+)(?: ([\x20-\x7E]*))?$)"));
        const auto match = grammar.match(QString::fromLatin1(line));
        if (!match.hasMatch()) {
            id.status = SshIdentification::Status::Invalid;
            return id;
        }
        id.protoVersion = match.captured(1);
        id.software = match.captured(2);
        id.comments = match.captured(3);
        id.end = start;
        const bool two = id.protoVersion == u"2.0" || id.protoVersion == u"1.99";
        id.status = two ? SshIdentification::Status::Found : SshIdentification::Status::Unsupported;
        return id;
    }
    return id;
}

} // namespace tpready
