// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "ftpgreeting.h"

#include "core/probes/textframing.h"

namespace tpready {
namespace {

constexpr qsizetype kMaxLine = 1024;
constexpr int kMaxLines = 64;
constexpr int kMaxPreliminary = 4; // 120 replies before the 220

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Whether @p bytes (a line or the start of one) can begin an FTP reply: "[1-5]dd" then space, '-' or the end.
bool plausibleStart(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    if (n >= 1 && (bytes.at(0) < '1' || bytes.at(0) > '5'))
        return false;
    if (n >= 2 && !isDigit(bytes.at(1)))
        return false;
    if (n >= 3 && !isDigit(bytes.at(2)))
        return false;
    if (n >= 4 && bytes.at(3) != ' ' && bytes.at(3) != '-' && bytes.at(3) != '\r' && bytes.at(3) != '\n')
        return false;
    return true;
}

/// The text of a reply line after "ddd " or "ddd-".
QString lineText(const QByteArray &line)
{
    return printable(line.mid(4), static_cast<int>(kMaxLine));
}

} // namespace

FtpReply parseFtpReply(const QByteArray &data)
{
    FtpReply reply;
    const QByteArray window = data.left(kMaxFtpGreetingBytes + 1);
    if (!plausibleStart(window.left(4))) {
        reply.status = FtpReply::Status::Invalid;
        return reply;
    }
    qsizetype start = 0;
    QByteArray code;
    bool multiLine = false;
    while (start < window.size()) {
        const qsizetype newline = window.indexOf('\n', start);
        if (newline < 0) {
            if (window.size() - start > kMaxLine || window.size() > kMaxFtpGreetingBytes)
                reply.status = FtpReply::Status::Invalid;
            return reply; // else incomplete
        }
        if (newline - start > kMaxLine) {
            reply.status = FtpReply::Status::Invalid;
            return reply;
        }
        QByteArray line = window.mid(start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = newline + 1;
        if (code.isEmpty()) {
            if (line.size() < 3 || !plausibleStart(line.left(4))) {
                reply.status = FtpReply::Status::Invalid;
                return reply;
            }
            code = line.left(3);
            reply.code = code.toInt();
            multiLine = line.size() > 3 && line.at(3) == '-';
            reply.lines << lineText(line);
            if (!multiLine) {
                reply.status = FtpReply::Status::Complete;
                reply.consumed = start;
                return reply;
            }
            continue;
        }
        // Inside a multi-line reply: free text until "ddd " (the same code and a space) or a bare "ddd".
        const bool last = line.startsWith(code) && (line.size() == 3 || line.at(3) == ' ');
        reply.lines << (line.startsWith(code) && line.size() > 3 ? lineText(line)
                                                                 : printable(line, static_cast<int>(kMaxLine)));
        // The bounds hold for the last line too: a reply of 65 lines is refused, however it ends.
        if (reply.lines.size() > kMaxLines || start > kMaxFtpGreetingBytes) {
            reply.status = FtpReply::Status::Invalid;
            return reply;
        }
        if (last) {
            reply.status = FtpReply::Status::Complete;
            reply.consumed = start;
            return reply;
        }
    }
    if (window.size() > kMaxFtpGreetingBytes)
        reply.status = FtpReply::Status::Invalid;
    return reply;
}

FtpGreeting parseFtpGreeting(const QByteArray &data)
{
    FtpGreeting greeting;
    qsizetype offset = 0;
    for (int preliminary = 0; preliminary <= kMaxPreliminary; ++preliminary) {
        const FtpReply reply = parseFtpReply(data.mid(offset));
        if (reply.status == FtpReply::Status::Invalid) {
            greeting.status = FtpGreeting::Status::WrongService;
            greeting.text = printable(data.mid(offset, 120), 120);
            return greeting;
        }
        if (reply.status == FtpReply::Status::Incomplete) {
            if (data.size() > kMaxFtpGreetingBytes) {
                greeting.status = FtpGreeting::Status::WrongService;
                greeting.text = printable(data.mid(offset, 120), 120);
            } else if (!greeting.replies.isEmpty()) {
                greeting.status = FtpGreeting::Status::Delayed; // a 120 so far
            }
            return greeting;
        }
        offset += reply.consumed;
        greeting.consumed = offset;
        greeting.code = reply.code;
        QStringList texts;
        for (const QString &line : reply.lines) {
            if (!line.trimmed().isEmpty())
                texts << line.trimmed();
        }
        greeting.text = texts.join(QStringLiteral(" / "));
        greeting.replies << QStringLiteral("%1 %2").arg(reply.code).arg(greeting.text);
        switch (reply.code) {
        case 120:
            greeting.status = FtpGreeting::Status::Delayed;
            continue;
        case 220:
            // SMTP greets with 220 too ("220 mail.example.com ESMTP Postfix").
            greeting.status = greeting.text.contains(QStringLiteral("SMTP"), Qt::CaseInsensitive)
                                  ? FtpGreeting::Status::WrongService
                                  : FtpGreeting::Status::Ready;
            return greeting;
        case 421:
            greeting.status = FtpGreeting::Status::NotAvailable;
            return greeting;
        case 500:
            greeting.status = greeting.text.startsWith(QStringLiteral("OOPS")) ? FtpGreeting::Status::Broken
                                                                               : FtpGreeting::Status::WrongService;
            return greeting;
        default:
            greeting.status = FtpGreeting::Status::WrongService;
            return greeting;
        }
    }
    // More preliminary replies than any server sends.
    greeting.status = FtpGreeting::Status::WrongService;
    return greeting;
}

} // namespace tpready
