// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
#include "proberesult.h"

#include "core/tokentable.h"

namespace tpready {
namespace {

constexpr TokenTable<Verdict, 5> kVerdicts{{
    {Verdict::Pass, u"pass"},
    {Verdict::Fail, u"fail"},
    {Verdict::Warn, u"warn"},
    {Verdict::Info, u"info"},
    {Verdict::Skipped, u"skipped"},
}};

constexpr TokenTable<Reason, 17> kReasons{{
    {Reason::Ok, u"ok"},
    {Reason::DnsFail, u"dns-fail"},
    {Reason::Timeout, u"timeout"},
    {Reason::Refused, u"refused"},
    {Reason::Unreachable, u"unreachable"},
    {Reason::TlsUntrusted, u"tls-untrusted"},
    {Reason::TlsIntercepted, u"tls-intercepted"},
    {Reason::TlsClientCertRequired, u"tls-client-cert-required"},
    {Reason::WrongService, u"wrong-service"},
    {Reason::NoResponse, u"no-response"},
    {Reason::ConnectionCut, u"connection-cut"},
    {Reason::ConnectionStalled, u"connection-stalled"},
    {Reason::ClockSkew, u"clock-skew"},
    {Reason::ProxyRequired, u"proxy-required"},
    {Reason::NotTestable, u"not-testable"},
    {Reason::Cancelled, u"cancelled"},
    {Reason::Error, u"error"},
}};

} // namespace

QString toToken(Verdict value)
{
    return tokenOf(kVerdicts, value);
}
QString toToken(Reason value)
{
    return tokenOf(kReasons, value);
}
std::optional<Verdict> verdictFromToken(QStringView token)
{
    return valueOf(kVerdicts, token);
}
std::optional<Reason> reasonFromToken(QStringView token)
{
    return valueOf(kReasons, token);
}

} // namespace tpready
