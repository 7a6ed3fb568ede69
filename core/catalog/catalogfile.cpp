// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "catalogfile.h"

#include <QJsonDocument>

namespace tpready {

QString quoteForError(const QString &text, int maxChars)
{
    QString line;
    for (const QChar c : text.left(maxChars)) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            line += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            line += c;
    }
    return text.size() > maxChars ? line + QStringLiteral("\u2026") : line;
}

bool CatalogFile::fail(const QString &key, const QString &reason)
{
    // Keys and values come from the file: a hostile one must not turn the error into megabytes.
    if (m_error.isEmpty())
        m_error = CatalogText::tr("catalog file %1: %2: %3")
                      .arg(quoteForError(m_fileName, 120), quoteForError(key, 160), quoteForError(reason, 300));
    return false;
}

QJsonValue CatalogFile::lookUp(const QJsonObject &object, const QString &path, const QString &key, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && required)
        fail(path + key, CatalogText::tr("missing"));
    return value;
}

QString CatalogFile::string(const QJsonObject &object, const QString &path, const QString &key, bool required)
{
    const QJsonValue value = lookUp(object, path, key, required);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(path + key, CatalogText::tr("must be a string"));
        return {};
    }
    const QString text = value.toString();
    if (required && text.trimmed().isEmpty())
        fail(path + key, CatalogText::tr("must not be empty"));
    return text;
}

QJsonArray CatalogFile::array(const QJsonObject &object, const QString &path, const QString &key, bool required)
{
    const QJsonValue value = lookUp(object, path, key, required);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(path + key, CatalogText::tr("must be an array"));
        return {};
    }
    return value.toArray();
}

QStringList CatalogFile::stringList(const QJsonObject &object, const QString &path, const QString &key, bool required)
{
    QStringList result;
    const QJsonArray values = array(object, path, key, required);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isString() || values.at(i).toString().trimmed().isEmpty()) {
            fail(QStringLiteral("%1%2[%3]").arg(path, key).arg(i), CatalogText::tr("must be a non-empty string"));
            return {};
        }
        result << values.at(i).toString();
    }
    return result;
}

std::optional<QJsonObject> CatalogFile::objectAt(const QJsonArray &list, qsizetype index, const QString &path)
{
    if (!list.at(index).isObject()) {
        fail(path, CatalogText::tr("must be an object"));
        return std::nullopt;
    }
    return list.at(index).toObject();
}

void CatalogFile::onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            fail(path + it.key(), CatalogText::tr("unknown key"));
            return;
        }
    }
}

std::optional<QJsonObject> readJsonObject(const QByteArray &bytes, CatalogFile *file)
{
    if (bytes.size() > kMaxCatalogFileSize) {
        file->fail(QStringLiteral("(file)"), CatalogText::tr("is larger than %1 bytes").arg(kMaxCatalogFileSize));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        file->fail(QStringLiteral("(offset %1)").arg(parseError.offset),
                   CatalogText::tr("is not valid JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        file->fail(QStringLiteral("(top level)"), CatalogText::tr("must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

} // namespace tpready
