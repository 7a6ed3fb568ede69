// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace tpready {

// Bytes as the wire protocols lay them out (network byte order, big-endian): the one reader every parser of
// outside input reads through, the writers of the requests tpready builds, and the hex forms evidence shows them in.

/// A bounds-checked big-endian reader over a byte range. A read that would run past the end fails: it returns 0 (or
/// an empty array), reads nothing, and leaves the reader failed, so that every later read fails too. A parser can
/// therefore read a whole structure and check ok() once; nothing is ever read past the range.
class ByteReader
{
public:
    /// Reads @p data from @p begin up to (not including) @p end, which the caller keeps within @p data.
    ByteReader(const QByteArray &data, qsizetype begin, qsizetype end) : m_data(data), m_pos(begin), m_end(end) {}
    explicit ByteReader(const QByteArray &data) : ByteReader(data, 0, data.size()) {}
    /// The reader keeps a reference to the bytes: never over a temporary.
    explicit ByteReader(QByteArray &&) = delete;

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos >= m_end; }
    /// The offset of the next byte in the whole array.
    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return m_end - m_pos; }

    quint8 u8() { return static_cast<quint8>(read(1)); }
    quint16 u16() { return static_cast<quint16>(read(2)); }
    quint32 u24() { return static_cast<quint32>(read(3)); }
    quint32 u32() { return static_cast<quint32>(read(4)); }
    quint64 u64() { return read(8); }
    /// The next @p n bytes (a negative @p n fails).
    QByteArray bytes(qsizetype n);
    /// Steps over the next @p n bytes.
    void skip(qsizetype n);
    /// A reader over the next @p n bytes, which this one steps over: a length-prefixed structure read on its own.
    ByteReader sub(qsizetype n);
    /// Marks the reader failed (the structure broke a rule the reader cannot know).
    void fail() { m_ok = false; }

private:
    /// Reserves the next @p n bytes: false (and failed) when fewer are left.
    bool take(qsizetype n);
    quint64 read(int n);

    const QByteArray &m_data;
    qsizetype m_pos;
    qsizetype m_end;
    bool m_ok = true;
};

/// Appends @p value big-endian in 1, 2, 3, 4 or 8 bytes (the bits above are dropped).
void putU8(QByteArray &out, quint32 value);
void putU16(QByteArray &out, quint32 value);
void putU24(QByteArray &out, quint32 value);
void putU32(QByteArray &out, quint32 value);
void putU64(QByteArray &out, quint64 value);

/// @p bytes as lower-case hex pairs separated by spaces ("16 03 01"), at most @p maxBytes of them, then " …" when
/// there were more: raw bytes in evidence, readable and bounded.
QString spacedHex(const QByteArray &bytes, int maxBytes = 64);
/// @p bytes as lower-case hex without separators ("160301"): identifiers and whole datagrams in evidence.
QString plainHex(const QByteArray &bytes);

} // namespace tpready
