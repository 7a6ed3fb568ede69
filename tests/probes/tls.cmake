# SPDX-License-Identifier: GPL-3.0-or-later
# TLS family: tls, iec104-tls, sftp-tls, https (CUPS), wss (LNS). Pure parsers first, then loopback probes against
# in-process servers and `openssl s_server` (client-certificate demands exactly as haproxy makes them).
tpready_add_test(NAME testtlsrecord SOURCES testtlsrecord.cpp tlstestsupport.cpp tlstestsupport.h
    LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testhttpresponse SOURCES testhttpresponse.cpp LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testwebsocketframe SOURCES testwebsocketframe.cpp LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testcupsresponse SOURCES testcupsresponse.cpp LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testtruststore SOURCES testtruststore.cpp tlstestsupport.cpp tlstestsupport.h
    LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testtlsverdict SOURCES testtlsverdict.cpp tlstestsupport.cpp tlstestsupport.h
    LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testtlsprobe SOURCES testtlsprobe.cpp tlstestsupport.cpp tlstestsupport.h
    LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testhttpsprobe SOURCES testhttpsprobe.cpp tlstestsupport.cpp tlstestsupport.h
    LIBS tpready_core LABELS probes)
tpready_add_test(NAME testwssprobe SOURCES testwssprobe.cpp tlstestsupport.cpp tlstestsupport.h
    LIBS tpready_core LABELS probes)
tpready_add_test(NAME testprobewarmup SOURCES testprobewarmup.cpp tlstestsupport.cpp tlstestsupport.h
    LIBS tpready_core LABELS probes)
