// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// DNS responses (RFC 1035) to our own queries, over UDP and TCP 53: the DNS probe parses them by hand.
#include "tests/fuzz/fuzztarget.h"

#include "core/probes/dnsmessage.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(dnsmessage)
{
    const DnsResponse response = parseDnsResponse(input);
    TPREADY_FUZZ_ASSERT(response.answers.size() <= kMaxDnsAnswers);
    if (!response.valid)
        TPREADY_FUZZ_ASSERT(!response.error.isEmpty());
    // The question the response carries, and another, as the probe matches them.
    dnsResponseMatches(response, response.id, response.questionName, response.questionType);
    dnsResponseMatches(response, 0x1234, QStringLiteral("slrc1.eu.thingpark.com"), DnsType::A);
    dnsAddresses(response);
    dnsCnames(response);
    dnsRcodeName(response.rcode);
    for (const DnsRecord &record : response.answers)
        dnsTypeName(record.type);
    // The probe also reads DNS over TCP: the two-octet length, then the message.
    if (input.size() > 2)
        parseDnsResponse(input.mid(2));
}
