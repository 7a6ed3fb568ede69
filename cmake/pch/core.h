// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// The headers precompiled for core/ (TPREADY_PCH): Qt Core's, and the Qt Network headers most probes include.
#pragma once

#include "qtcore.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUdpSocket>
