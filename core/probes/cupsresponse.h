// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace tpready {

/// The binary body of a CUPS `POST /update-info` 200 answer (Basics Station CUPS protocol; lengths little-endian):
/// cupsUriLen u8 | cupsUri | tcUriLen u8 | tcUri | cupsCredLen u16 | cupsCred | tcCredLen u16 | tcCred |
/// sigLen u32 (keyCRC u32 + signature, so 0 or at least 8) | keyCRC | sig | updLen u32 | updData.
/// "No update" is 14 zero bytes.
struct CupsUpdateInfo
{
    enum class Status
    {
        Consistent,   ///< every length field adds up to exactly the body's length
        Incomplete,   ///< only a prefix was given (totalLength) and a field lies beyond it: cannot tell
        Inconsistent, ///< the fields do not add up to the body's length, or a field is impossible
    };
    Status status = Status::Incomplete;
    QString problem;
    QString cupsUri; ///< printable, bounded
    QString tcUri;
    quint32 cupsCredLength = 0;
    quint32 tcCredLength = 0;
    quint32 signatureLength = 0; ///< the sigLen field (keyCRC included)
    quint32 keyCrc = 0;
    quint32 updateLength = 0;
    qint64 expectedLength = 0; ///< what the fields add up to, once they could all be read
    bool noUpdate = false;     ///< the 14-zero-byte "nothing to update" answer
};

/// The `POST /update-info` request a probe sends: a dummy station (never a real gateway's id or credential CRCs, so
/// a CUPS server has nothing to hand out), Host @p hostHeader, cupsUri @p cupsUri, router @p routerId (ID6 text).
QByteArray buildCupsUpdateInfoRequest(const QByteArray &hostHeader, const QString &cupsUri, const QString &routerId,
                                      const QByteArray &userAgent);
/// The JSON body of that request.
QByteArray cupsUpdateInfoBody(const QString &cupsUri, const QString &routerId);

/// Checks a CUPS answer body. @p body is the body or its first part; @p totalLength is the body's full length when
/// known (Content-Length), or -1 when @p body is the whole body. Never reads past @p body.
CupsUpdateInfo parseCupsUpdateInfo(const QByteArray &body, qint64 totalLength = -1);

} // namespace tpready
