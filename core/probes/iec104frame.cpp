// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "iec104frame.h"

#include "core/probes/bytes.h"

namespace tpready {
namespace {

constexpr char kStart = 0x68;
constexpr int kMinLength = 4;   // the control field alone (U and S frames)
constexpr int kMaxLength = 253; // IEC 60870-5-104: at most 253 octets after the length octet

bool isKnownFunction(quint8 value)
{
    switch (static_cast<Iec104Function>(value)) {
    case Iec104Function::StartDtAct:
    case Iec104Function::StartDtCon:
    case Iec104Function::StopDtAct:
    case Iec104Function::StopDtCon:
    case Iec104Function::TestFrAct:
    case Iec104Function::TestFrCon:
        return true;
    }
    return false;
}

Iec104Parse invalid(const char *why)
{
    Iec104Parse parse;
    parse.status = Iec104Parse::Status::Invalid;
    parse.error = QString::fromLatin1(why);
    return parse;
}

} // namespace

Iec104Parse parseIec104Apdu(const QByteArray &data)
{
    Iec104Parse parse;
    ByteReader r(data);
    const quint8 start = r.u8();
    if (!r.ok())
        return parse;
    if (start != kStart)
        return invalid("the first octet is not the start octet 0x68");
    const int length = r.u8();
    if (!r.ok())
        return parse;
    if (length < kMinLength || length > kMaxLength)
        return invalid("the length octet is outside 4..253");
    // The APDU's octets after the length, as far as they have arrived.
    const bool complete = r.remaining() >= length;
    ByteReader control = r.sub(complete ? length : r.remaining());
    const quint8 c1 = control.u8();
    // Check the control field as soon as its octets are there, so that garbage is refused early.
    if (control.ok()) {
        if ((c1 & 0x01) == 0) {
            if (length == kMinLength)
                return invalid("an I-format frame without an ASDU");
        } else if ((c1 & 0x03) == 0x01) {
            if (c1 != 0x01)
                return invalid("an S-format frame with reserved bits set in control octet 1");
            if (length != kMinLength)
                return invalid("an S-format frame longer than its control field");
        } else {
            if (!isKnownFunction(c1))
                return invalid("a U-format frame with no single known function bit");
            if (length != kMinLength)
                return invalid("a U-format frame longer than its control field");
        }
    }
    if (!complete)
        return parse;
    const quint8 c2 = control.u8(), c3 = control.u8(), c4 = control.u8();
    Iec104Apdu apdu;
    apdu.length = length;
    if ((c1 & 0x01) == 0) {
        if (c3 & 0x01)
            return invalid("an I-format frame with bit 1 of control octet 3 set");
        apdu.format = Iec104Apdu::Format::I;
        apdu.sendSeq = static_cast<quint16>((c1 | (c2 << 8)) >> 1);
        apdu.recvSeq = static_cast<quint16>((c3 | (c4 << 8)) >> 1);
        apdu.asduBytes = control.bytes(control.remaining());
    } else if ((c1 & 0x03) == 0x01) {
        if (c2 != 0 || (c3 & 0x01))
            return invalid("an S-format frame with reserved bits set");
        apdu.format = Iec104Apdu::Format::S;
        apdu.recvSeq = static_cast<quint16>((c3 | (c4 << 8)) >> 1);
    } else {
        if (c2 != 0 || c3 != 0 || c4 != 0)
            return invalid("a U-format frame with non-zero control octets 2-4");
        apdu.format = Iec104Apdu::Format::U;
        apdu.function = c1;
    }
    parse.status = Iec104Parse::Status::Frame;
    parse.apdu = apdu;
    parse.consumed = r.pos();
    return parse;
}

QByteArray iec104UFrame(Iec104Function function)
{
    QByteArray frame(6, '\0');
    frame[0] = kStart;
    frame[1] = 0x04;
    frame[2] = static_cast<char>(function);
    return frame;
}

QString describeIec104Apdu(const Iec104Apdu &apdu)
{
    switch (apdu.format) {
    case Iec104Apdu::Format::U:
        switch (static_cast<Iec104Function>(apdu.function)) {
        case Iec104Function::StartDtAct:
            return QStringLiteral("STARTDT act");
        case Iec104Function::StartDtCon:
            return QStringLiteral("STARTDT con");
        case Iec104Function::StopDtAct:
            return QStringLiteral("STOPDT act");
        case Iec104Function::StopDtCon:
            return QStringLiteral("STOPDT con");
        case Iec104Function::TestFrAct:
            return QStringLiteral("TESTFR act");
        case Iec104Function::TestFrCon:
            return QStringLiteral("TESTFR con");
        }
        return QStringLiteral("U-frame 0x%1").arg(apdu.function, 2, 16, QLatin1Char('0'));
    case Iec104Apdu::Format::S:
        return QStringLiteral("S-frame N(R)=%1").arg(apdu.recvSeq);
    case Iec104Apdu::Format::I:
        return QStringLiteral("I-frame N(S)=%1 N(R)=%2, ASDU type %3")
            .arg(apdu.sendSeq)
            .arg(apdu.recvSeq)
            .arg(apdu.asduBytes.isEmpty() ? 0 : static_cast<quint8>(apdu.asduBytes.at(0)));
    }
    return {};
}

Iec104TestReply parseIec104TestReply(const QByteArray &data)
{
    Iec104TestReply reply;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const Iec104Parse parse = parseIec104Apdu(data.mid(pos));
        if (parse.status == Iec104Parse::Status::Incomplete)
            return reply;
        if (parse.status == Iec104Parse::Status::Invalid) {
            reply.status = Iec104TestReply::Status::WrongService;
            reply.problem = parse.error;
            return reply;
        }
        pos += parse.consumed;
        ++reply.apdus;
        if (parse.apdu.format == Iec104Apdu::Format::U &&
            parse.apdu.function == static_cast<quint8>(Iec104Function::TestFrCon)) {
            reply.status = Iec104TestReply::Status::TestFrCon;
            return reply;
        }
    }
    return reply;
}

} // namespace tpready
