// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace tpready {

/// IEC 60870-5-104 U-frames the TLS tunnel probe sends and expects (probes.md section 5): TESTFR only, never STARTDT,
/// so the server never starts sending data.
inline const QByteArray &iec104TestFrAct()
{
    static const QByteArray frame = QByteArray::fromHex("680443000000");
    return frame;
}
inline const QByteArray &iec104TestFrCon()
{
    static const QByteArray frame = QByteArray::fromHex("680483000000");
    return frame;
}

/// What came back to a TESTFR act, read APDU by APDU (0x68, length, control field [, ASDU]).
struct Iec104TestReply
{
    enum class Status
    {
        Incomplete,   ///< no TESTFR con yet, and nothing wrong so far
        TestFrCon,    ///< `68 04 83 00 00 00` arrived
        WrongService, ///< bytes that are not IEC 104 APDUs
    };
    Status status = Status::Incomplete;
    int apdus = 0;   ///< well-formed APDUs seen (a TESTFR con included)
    QString problem; ///< for WrongService
};

/// Parses a server's bytes after our TESTFR act. Never reads past @p data.
Iec104TestReply parseIec104TestReply(const QByteArray &data);

} // namespace tpready
