# SPDX-License-Identifier: GPL-3.0-or-later
# Hostile servers against every probe family: endless banners, garbage floods, slow drips, silence, RST mid-TLS,
# a 100-certificate chain, lying IKE lengths, NTP replies from the wrong source (docs/TESTING.md).
tpready_add_test(NAME testhostile SOURCES testhostile.cpp ikefixtures.h probetestutil.h tlstestsupport.cpp
                 tlstestsupport.h LIBS tpready_core OpenSSL::Crypto LABELS probes TIMEOUT 300)
