// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "wraptext.h"

namespace tpready {

QString keepWordsTogether(const QString &text, int maxWordLength)
{
    constexpr char16_t kWordJoiner = u'\u2060';
    constexpr char16_t kZeroWidthSpace = u'\u200b';
    QString result;
    result.reserve(text.size() + text.size() / 8);
    qsizetype wordStart = 0;
    qsizetype wordEnd = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        result += ch;
        if (ch.isSpace()) {
            wordStart = i + 1;
            continue;
        }
        if (wordEnd <= i) {
            wordEnd = i;
            while (wordEnd < text.size() && !text.at(wordEnd).isSpace())
                ++wordEnd;
        }
        if (i + 1 >= wordEnd)
            continue;
        const bool shortWord = wordEnd - wordStart <= maxWordLength;
        if (shortWord && (ch == u'/' || ch == u'-' || ch == u':' || ch == u','))
            result += QChar(kWordJoiner);
        else if (!shortWord && (ch == u',' || ch == u'='))
            result += QChar(kZeroWidthSpace);
    }
    return result;
}

} // namespace tpready
