// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (c) tpready contributors
// A TLS server's first flight in answer to our TLS 1.2 ClientHello (read without any key: ServerHello, Certificate,
// CertificateRequest, alerts), and the DER names inside.
#include "tests/fuzz/fuzztarget.h"

#include "core/probes/tlsrecord.h"

using namespace tpready;

TPREADY_FUZZ_TARGET(tlsrecord)
{
    for (const qsizetype size : {input.size(), input.size() / 2}) {
        const QByteArray data = input.left(size);
        const TlsServerFlight flight = parseTlsServerFlight(data);
        TPREADY_FUZZ_ASSERT(flight.consumed >= 0 && flight.consumed <= data.size());
        TPREADY_FUZZ_ASSERT(flight.certificates.size() <= 16);
        tlsVersionName(flight.serverVersion);
        if (flight.alertDescription >= 0)
            tlsAlertName(flight.alertDescription);
        for (const QByteArray &der : flight.certificates) {
            QString issuer, subject;
            certificateNames(der, &issuer, &subject);
        }
    }
    // The DER parsers on their own: an X.501 name, and a certificate.
    bool ok = false;
    distinguishedNameToString(input, &ok);
    QString issuer, subject;
    certificateNames(input, &issuer, &subject);
}
