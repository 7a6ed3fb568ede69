// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "bytes.h"

namespace tpready {

bool ByteReader::take(qsizetype n)
{
    if (!m_ok || n < 0 || remaining() < n) {
        m_ok = false;
        return false;
    }
    return true;
}

quint64 ByteReader::read(int n)
{
    if (!take(n))
        return 0;
    quint64 value = 0;
    for (int i = 0; i < n; ++i)
        value = (value << 8) | static_cast<quint8>(m_data.constData()[m_pos++]);
    return value;
}

QByteArray ByteReader::bytes(qsizetype n)
{
    if (!take(n))
        return {};
    const QByteArray out = m_data.mid(m_pos, n);
    m_pos += n;
    return out;
}

void ByteReader::skip(qsizetype n)
{
    if (take(n))
        m_pos += n;
}

ByteReader ByteReader::sub(qsizetype n)
{
    if (!take(n)) {
        ByteReader empty(m_data, m_pos, m_pos);
        empty.fail();
        return empty;
    }
    ByteReader inner(m_data, m_pos, m_pos + n);
    m_pos += n;
    return inner;
}

void putU8(QByteArray &out, quint32 value)
{
    out.append(static_cast<char>(value & 0xff));
}

void putU16(QByteArray &out, quint32 value)
{
    putU8(out, value >> 8);
    putU8(out, value);
}

void putU24(QByteArray &out, quint32 value)
{
    putU8(out, value >> 16);
    putU16(out, value);
}

void putU32(QByteArray &out, quint32 value)
{
    putU16(out, value >> 16);
    putU16(out, value);
}

void putU64(QByteArray &out, quint64 value)
{
    putU32(out, static_cast<quint32>(value >> 32));
    putU32(out, static_cast<quint32>(value));
}

QString spacedHex(const QByteArray &bytes, int maxBytes)
{
    QString hex = QString::fromLatin1(bytes.left(maxBytes).toHex(' '));
    if (bytes.size() > maxBytes)
        hex += QStringLiteral(" \u2026");
    return hex;
}

QString plainHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace tpready
