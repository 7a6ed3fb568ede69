// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "gatewayblock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

#include "core/gateway/gatewayscript.h"

namespace tpready {
namespace {

/// The translation context of the block reader's sentences.
class GatewayBlockText
{
    Q_DECLARE_TR_FUNCTIONS(GatewayBlockText)
};

const QString kBegin = QStringLiteral("-----BEGIN TPREADY GATEWAY RESULTS-----");
const QString kEnd = QStringLiteral("-----END TPREADY GATEWAY RESULTS-----");

/// The fields of a check line before its detail: check FLOW PROTOCOL HOST TRANSPORT PORT VERDICT REASON MS ADDRESS.
constexpr int kCheckFields = 10;

} // namespace

quint32 posixCksum(const QByteArray &data)
{
    quint32 crc = 0;
    const auto feed = [&crc](uchar byte) {
        crc ^= static_cast<quint32>(byte) << 24;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x80000000u) ? (crc << 1) ^ 0x04C11DB7u : crc << 1;
    };
    for (const char c : data)
        feed(static_cast<uchar>(c));
    for (quint64 length = static_cast<quint64>(data.size()); length != 0; length >>= 8)
        feed(static_cast<uchar>(length & 0xFF));
    return ~crc;
}

std::optional<GatewayView> parseGatewayBlock(const QByteArray &text, QString *error)
{
    if (text.size() > kMaxGatewayText) {
        *error = GatewayBlockText::tr("the text is larger than %1 KiB: paste only the result block")
                     .arg(kMaxGatewayText / 1024);
        return std::nullopt;
    }
    const QStringList all = QString::fromUtf8(text).split(u'\n');
    QStringList lines;
    int begins = 0;
    bool inside = false;
    bool ended = false;
    for (QString line : all) {
        // A terminal adds a carriage return or trailing blanks; the script writes neither.
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        const QString bare = line.trimmed();
        if (bare.endsWith(kBegin)) {
            ++begins;
            inside = true;
            ended = false;
            lines.clear();
            continue;
        }
        if (inside && bare == kEnd) {
            inside = false;
            ended = true;
            continue;
        }
        if (inside)
            lines << line;
    }
    if (begins == 0) {
        *error = GatewayBlockText::tr("no result block: the text has no line \"%1\". Copy the block the gateway "
                                      "script printed, from its BEGIN line to its END line.")
                     .arg(kBegin);
        return std::nullopt;
    }
    if (begins > 1) {
        *error = GatewayBlockText::tr("the text holds %1 result blocks: paste one").arg(begins);
        return std::nullopt;
    }
    if (!ended) {
        *error = GatewayBlockText::tr("the result block is cut short: its END line is missing. Copy it again, from "
                                      "its BEGIN line to its END line.");
        return std::nullopt;
    }
    if (lines.isEmpty() || !lines.last().startsWith(QStringLiteral("sum "))) {
        *error = GatewayBlockText::tr("the result block has no sum line before its END line: it was cut or changed");
        return std::nullopt;
    }
    const QStringList sumFields = lines.takeLast().split(u' ');
    const QByteArray body = (lines.join(u'\n') + u'\n').toUtf8();
    QString computed;
    if (sumFields.size() == 3 && sumFields.at(1) == u"sha256")
        computed = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    else if (sumFields.size() == 3 && sumFields.at(1) == u"md5")
        computed = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex());
    else if (sumFields.size() == 3 && sumFields.at(1) == u"cksum")
        computed = QString::number(posixCksum(body));
    if (computed.isEmpty()) {
        *error = GatewayBlockText::tr("the result block's sum line is not one this tpready knows (sha256, md5 or "
                                      "cksum)");
        return std::nullopt;
    }
    // The count first: a block missing lines says so rather than "changed".
    const QString last = lines.isEmpty() ? QString() : lines.last();
    bool countOk = false;
    const int counted = last.startsWith(QStringLiteral("lines ")) ? last.mid(6).toInt(&countOk) : -1;
    if (!countOk || counted != lines.size()) {
        *error = countOk ? GatewayBlockText::tr("the result block is cut short: it counts %1 lines, %2 arrived")
                               .arg(counted)
                               .arg(lines.size())
                         : GatewayBlockText::tr("the result block has no line count before its sum: it was cut or "
                                                "changed");
        return std::nullopt;
    }
    if (computed != sumFields.at(2).toLower()) {
        *error = GatewayBlockText::tr("the result block's %1 sum does not match its content: it was changed after the "
                                      "gateway printed it. Run the script again and copy the block as it is.")
                     .arg(sumFields.at(1));
        return std::nullopt;
    }

    GatewayView view;
    view.sum = sumFields.at(1) + u' ' + sumFields.at(2);
    QSet<QString> keys;
    QString format;
    for (int i = 0; i < lines.size() - 1; ++i) {
        const QString &line = lines.at(i);
        const qsizetype space = line.indexOf(u' ');
        const QString word = space < 0 ? line : line.left(space);
        const QString value = space < 0 ? QString() : line.mid(space + 1);
        if (word == u"format") {
            format = value;
        } else if (word == u"tool") {
            view.toolVersion = value;
        } else if (word == u"plan") {
            view.plan = value;
        } else if (word == u"selection") {
            view.selection = value;
        } else if (word == u"gateway") {
            view.gateway = value;
        } else if (word == u"system") {
            view.system = value;
        } else if (word == u"resolvers") {
            view.resolvers = value.split(u' ', Qt::SkipEmptyParts);
        } else if (word == u"tools") {
            view.tools = value;
        } else if (word == u"started") {
            view.startedAt = value;
        } else if (word == u"finished") {
            view.finishedAt = value;
        } else if (word == u"check") {
            const QStringList fields = line.split(u' ');
            const auto verdict = fields.size() >= kCheckFields ? verdictFromToken(fields.at(6)) : std::nullopt;
            const auto reason = fields.size() >= kCheckFields ? reasonFromToken(fields.at(7)) : std::nullopt;
            if (!verdict || !reason) {
                *error = GatewayBlockText::tr("line %1 of the result block is not a check result: \"%2\"")
                             .arg(i + 1)
                             .arg(line.left(80));
                return std::nullopt;
            }
            GatewayRow row;
            row.key = fields.mid(1, 5).join(u' ');
            row.verdict = *verdict;
            row.reason = *reason;
            row.address = fields.at(9) == u"-" ? QString() : fields.at(9);
            row.detail = fields.mid(kCheckFields).join(u' ');
            if (keys.contains(row.key)) {
                *error = GatewayBlockText::tr("the result block holds the check \"%1\" twice").arg(row.key);
                return std::nullopt;
            }
            keys.insert(row.key);
            view.rows << row;
        } else {
            *error = GatewayBlockText::tr("line %1 of the result block is not one of its own: \"%2\"")
                         .arg(i + 1)
                         .arg(line.left(80));
            return std::nullopt;
        }
    }
    if (format != QString::fromUtf16(kGatewayFormat)) {
        *error = GatewayBlockText::tr("the result block's format is \"%1\"; this tpready reads %2")
                     .arg(format.left(40), QString::fromUtf16(kGatewayFormat));
        return std::nullopt;
    }
    return view;
}

QString mergeGatewayView(Report *report, const GatewayView &view)
{
    QStringList keys;
    for (const CheckRecord &check : report->checks)
        keys << gatewayCheckKey(check);
    if (view.plan != gatewayPlanDigest(keys)) {
        return GatewayBlockText::tr("these gateway results are for another plan (%1, plan %2), not this report's "
                                    "(plan %3): make the gateway script with the same selection as the check")
            .arg(view.selection.left(80), view.plan.left(20), gatewayPlanDigest(keys));
    }
    QSet<QString> expected(keys.cbegin(), keys.cend());
    for (const GatewayRow &row : view.rows) {
        if (!expected.remove(row.key))
            return GatewayBlockText::tr("the gateway results hold a check this report does not: \"%1\"").arg(row.key);
    }
    if (!expected.isEmpty())
        return GatewayBlockText::tr("the gateway results lack %n of this report's checks (\"%1\"...)", nullptr,
                                    static_cast<int>(expected.size()))
            .arg(*expected.cbegin());
    report->gateway = view;
    return {};
}

} // namespace tpready
