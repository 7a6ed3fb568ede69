// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "tlsinner.h"

namespace tpready {

Iec104TestReply parseIec104TestReply(const QByteArray &data)
{
    Iec104TestReply reply;
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (static_cast<quint8>(data.at(pos)) != 0x68) {
            reply.status = Iec104TestReply::Status::WrongService;
            reply.problem = QStringLiteral("byte 0x%1 where an APDU must start with 0x68")
                                .arg(static_cast<quint8>(data.at(pos)), 2, 16, QLatin1Char('0'));
            return reply;
        }
        if (data.size() - pos < 2)
            return reply;
        const int length = static_cast<quint8>(data.at(pos + 1));
        if (length < 4 || length > 253) {
            reply.status = Iec104TestReply::Status::WrongService;
            reply.problem = QStringLiteral("an APDU length of %1 (4 to 253 allowed)").arg(length);
            return reply;
        }
        if (data.size() - pos < 2 + length)
            return reply;
        const QByteArray apdu = data.mid(pos, 2 + length);
        pos += 2 + length;
        ++reply.apdus;
        if (apdu == iec104TestFrCon()) {
            reply.status = Iec104TestReply::Status::TestFrCon;
            return reply;
        }
    }
    return reply;
}

} // namespace tpready
