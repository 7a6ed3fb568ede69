// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#pragma once

// Inside the catalog loader (core/catalog/catalog.cpp): one JSON file as it is read and checked. Not for other code.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace tpready {

/// The translation context of the catalog loader's sentences (see CONTRIBUTING.md, "Translations").
class CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogText)
};

/// The largest catalog file the loader reads.
inline constexpr qint64 kMaxCatalogFileSize = 4 * 1024 * 1024;

/// What an error quotes of a name or value from the files (or of a path typed by the user): one line (control
/// characters and line separators escaped), at most @p maxChars characters of it.
QString quoteForError(const QString &text, int maxChars);

/// Reads one JSON file, remembering where it is so every error names the file and the key. The first failure is
/// the one reported; later ones are dropped.
class CatalogFile
{
public:
    explicit CatalogFile(QString fileName) : m_fileName(std::move(fileName)) {}

    /// Records "catalog file NAME: KEY: REASON" unless a failure was recorded already. Always false.
    bool fail(const QString &key, const QString &reason);
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &fileName() const { return m_fileName; }

    /// The string at @p key; a failure when it is not a string, or when it is @p required and absent or blank.
    QString string(const QJsonObject &object, const QString &path, const QString &key, bool required = true);
    /// The array at @p key; a failure when it is not an array, or when it is @p required and absent.
    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key, bool required = true);
    /// The array at @p key, every element a non-blank string.
    QStringList stringList(const QJsonObject &object, const QString &path, const QString &key, bool required);
    /// Element @p index of @p list, which must be an object; @p path names it ("tables[2]").
    std::optional<QJsonObject> objectAt(const QJsonArray &list, qsizetype index, const QString &path);
    /// Checks that the object has no key outside @p allowed: a typo must not silently drop a column.
    void onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed);

private:
    /// The value at @p key; a failure when it is @p required and absent.
    QJsonValue lookUp(const QJsonObject &object, const QString &path, const QString &key, bool required);

    QString m_fileName;
    QString m_error;
};

/// Parses @p bytes as one JSON object, or fails @p file with why it is not one.
std::optional<QJsonObject> readJsonObject(const QByteArray &bytes, CatalogFile *file);

} // namespace tpready
