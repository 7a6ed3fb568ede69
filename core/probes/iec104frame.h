// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace tpready {

/// The U-format functions of IEC 60870-5-104 (APCI control field octet 1).
enum class Iec104Function : quint8
{
    StartDtAct = 0x07,
    StartDtCon = 0x0B,
    StopDtAct = 0x13,
    StopDtCon = 0x23,
    TestFrAct = 0x43,
    TestFrCon = 0x83,
};

/// One APDU: start 0x68, length (octets after it), a 4-octet control field, and an ASDU for I-format frames.
struct Iec104Apdu
{
    enum class Format
    {
        I, ///< information transfer (carries an ASDU)
        S, ///< numbered supervisory (acknowledges I-frames)
        U, ///< unnumbered control (STARTDT, STOPDT, TESTFR)
    };
    Format format = Format::U;
    quint8 function = 0;  ///< U-format: control octet 1 (an Iec104Function value)
    quint16 sendSeq = 0;  ///< I-format: N(S)
    quint16 recvSeq = 0;  ///< I and S-format: N(R)
    int length = 0;       ///< the length octet
    QByteArray asduBytes; ///< I-format: the ASDU
};

/// The outcome of reading an APDU from the start of a byte stream.
struct Iec104Parse
{
    enum class Status
    {
        Incomplete, ///< the bytes so far are a valid start: read more
        Frame,      ///< a whole valid APDU, @ref consumed bytes long
        Invalid,    ///< not IEC 104 framing (see @ref error)
    };
    Status status = Status::Incomplete;
    Iec104Apdu apdu;
    qsizetype consumed = 0;
    QString error; ///< why the bytes are not an APDU (technical, English)
};

/// Parses the APDU at the start of @p data. Never reads past it.
Iec104Parse parseIec104Apdu(const QByteArray &data);

/// The six bytes of a U-format frame, e.g. TESTFR act = 68 04 43 00 00 00.
QByteArray iec104UFrame(Iec104Function function);

/// What came back to a TESTFR act, read APDU by APDU (the probes read it as it arrives: Iec104ExchangeReader).
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

/// A short name for a parsed frame: "TESTFR con", "S-frame N(R)=3", "I-frame N(S)=0 N(R)=0, ASDU type 11"...
QString describeIec104Apdu(const Iec104Apdu &apdu);

} // namespace tpready
