# SPDX-License-Identifier: GPL-3.0-or-later
# UDP probes: IKEv2 (UDP 500/4500) and NTP (UDP 123); pure packet code, then the probes against in-process
# responders on 127.0.0.1.
tpready_add_test(NAME testikepacket SOURCES testikepacket.cpp ikefixtures.h LIBS tpready_core OpenSSL::Crypto
                 LABELS probes WINE)
tpready_add_test(NAME testikeprobe SOURCES testikeprobe.cpp ikefixtures.h netnslab.h LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testntppacket SOURCES testntppacket.cpp LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testntpprobe SOURCES testntpprobe.cpp fixedclock.h netnslab.h LIBS tpready_core LABELS probes WINE)
