// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The Qt Core and standard headers precompiled for every target (TPREADY_PCH). Only a faster build: every file
// still includes what it uses, and builds the same without it.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariant>
#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <optional>
