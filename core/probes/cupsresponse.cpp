// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "cupsresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/probes/textframing.h"

namespace tpready {

QByteArray cupsUpdateInfoBody(const QString &cupsUri, const QString &routerId)
{
    // The fields Basics Station sends (src/cups.c); CRCs 0 and no keys: nothing to update, nothing secret.
    QJsonObject body;
    body.insert(QStringLiteral("router"), routerId);
    body.insert(QStringLiteral("cupsUri"), cupsUri);
    body.insert(QStringLiteral("tcUri"), QString());
    body.insert(QStringLiteral("cupsCredCrc"), 0);
    body.insert(QStringLiteral("tcCredCrc"), 0);
    body.insert(QStringLiteral("station"), QStringLiteral("tpready"));
    body.insert(QStringLiteral("model"), QStringLiteral("tpready"));
    body.insert(QStringLiteral("package"), QString());
    body.insert(QStringLiteral("keys"), QJsonArray());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray buildCupsUpdateInfoRequest(const QByteArray &hostHeader, const QString &cupsUri, const QString &routerId,
                                      const QByteArray &userAgent)
{
    const QByteArray body = cupsUpdateInfoBody(cupsUri, routerId);
    return QByteArrayLiteral("POST /update-info HTTP/1.1\r\nHost: ") + hostHeader +
           QByteArrayLiteral("\r\nContent-Type: application/json\r\nContent-Length: ") +
           QByteArray::number(body.size()) + QByteArrayLiteral("\r\nUser-Agent: ") + userAgent +
           QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body;
}

CupsUpdateInfo parseCupsUpdateInfo(const QByteArray &body, qint64 totalLength)
{
    CupsUpdateInfo info;
    const qint64 total = totalLength >= 0 ? totalLength : body.size();
    qint64 pos = 0; // offset in the full body; may run past body.size() when only a prefix is given

    auto available = [&](qint64 n) { return pos + n <= body.size(); };
    auto incompleteOrCut = [&](const QString &what) {
        if (totalLength < 0 || pos >= total) {
            // The whole body is known and the structure runs past it.
            info.status = CupsUpdateInfo::Status::Inconsistent;
            info.problem = QStringLiteral("the body (%1 bytes) ends before %2").arg(total).arg(what);
        } else {
            // A prefix: the rest is due but was not kept; the remaining fields cannot be read.
            info.status = CupsUpdateInfo::Status::Incomplete;
            info.problem = QStringLiteral("%1 lies beyond the bytes kept").arg(what);
        }
        return info;
    };
    auto readLe = [&](int bytes) {
        quint32 value = 0;
        for (int i = bytes - 1; i >= 0; --i)
            value = (value << 8) | static_cast<quint8>(body.at(static_cast<qsizetype>(pos + i)));
        pos += bytes;
        return value;
    };
    // Segments: URI lengths are 1 byte, credential lengths 2, signature and update lengths 4 (Station's sizelen()).
    static const int widths[] = {1, 1, 2, 2, 4, 4};
    static const char *const names[] = {"cupsUriLen", "tcUriLen", "cupsCredLen", "tcCredLen", "sigLen", "updLen"};
    quint32 lengths[6] = {};
    for (int i = 0; i < 6; ++i) {
        if (!available(widths[i]))
            return incompleteOrCut(QString::fromLatin1(names[i]));
        lengths[i] = readLe(widths[i]);
        if (i == 4 && lengths[i] != 0 && lengths[i] < 8) {
            info.status = CupsUpdateInfo::Status::Inconsistent;
            info.problem = QStringLiteral("sigLen %1 (must be 0 or at least 8: key CRC + signature)").arg(lengths[i]);
            return info;
        }
        if (lengths[i] > 0x7fffffffU) {
            info.status = CupsUpdateInfo::Status::Inconsistent;
            info.problem = QStringLiteral("%1 %2 beyond 2 GB").arg(QString::fromLatin1(names[i])).arg(lengths[i]);
            return info;
        }
        const qint64 start = pos;
        if (i == 0 || i == 1) {
            if (!available(lengths[i]))
                return incompleteOrCut(QStringLiteral("the end of the URI segments"));
            const QString uri =
                printable(body.mid(static_cast<qsizetype>(pos), static_cast<qsizetype>(lengths[i])), 255);
            (i == 0 ? info.cupsUri : info.tcUri) = uri;
        } else if (i == 4 && lengths[i] >= 4) {
            if (available(4))
                info.keyCrc = readLe(4);
            pos = start;
        }
        pos += lengths[i];
    }
    info.cupsCredLength = lengths[2];
    info.tcCredLength = lengths[3];
    info.signatureLength = lengths[4];
    info.updateLength = lengths[5];
    info.expectedLength = pos;
    info.noUpdate = pos == 14;
    if (pos != total) {
        info.status = CupsUpdateInfo::Status::Inconsistent;
        info.problem = QStringLiteral("the length fields add up to %1 bytes but the body has %2").arg(pos).arg(total);
        return info;
    }
    info.status = CupsUpdateInfo::Status::Consistent;
    return info;
}

} // namespace tpready
