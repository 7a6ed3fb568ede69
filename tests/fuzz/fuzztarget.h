// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

// One fuzz target per parser of outside input. A target is a function `void fuzz_<name>(const QByteArray &input)`
// that feeds the input to the parser in every way the product does, and checks what must always hold. Built with
// TPREADY_LIBFUZZER (the fuzz build), the file also gets libFuzzer's entry point; in the normal build the
// regression test (testfuzzregressions) calls the function on every seed and every input that once crashed.
//
// The input is wrapped with QByteArray::fromRawData, without a copy and without a terminating zero, so a parser
// that reads one byte past its input is caught by AddressSanitizer.

#include <QByteArray>
#include <QtGlobal>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

/// Aborts (a crash for the fuzzer, a failure for the regression test) when an invariant of a parser breaks.
#define TPREADY_FUZZ_ASSERT(condition)                                                                                 \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            qFatal("fuzz invariant broken at %s:%d: %s", __FILE__, __LINE__, #condition);                              \
        }                                                                                                              \
    } while (false)

#ifdef TPREADY_LIBFUZZER
#define TPREADY_FUZZ_TARGET(name)                                                                                      \
    void fuzz_##name(const QByteArray &input);                                                                         \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)                                            \
    {                                                                                                                  \
        fuzz_##name(QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));      \
        return 0;                                                                                                      \
    }                                                                                                                  \
    void fuzz_##name(const QByteArray &input)
#else
#define TPREADY_FUZZ_TARGET(name) void fuzz_##name(const QByteArray &input)
#endif

/// A number from the input's bytes at @p at (big-endian, missing bytes as zero): parameters that vary with the input
/// without a prefix in front of the real bytes, so that seeds stay the bytes real servers sent.
inline quint64 fuzzNumber(const QByteArray &input, qsizetype at, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | (at + i < input.size() ? static_cast<quint8>(input.at(at + i)) : 0u);
    return value;
}
