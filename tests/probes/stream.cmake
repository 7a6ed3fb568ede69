# SPDX-License-Identifier: GPL-3.0-or-later
# TCP protocols on StreamProbe: SSH/SFTP, FTP, IEC 104. Pure parsers and loopback probes against scripted servers.
tpready_add_test(NAME testsshbanner SOURCES testsshbanner.cpp LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testsshpacket SOURCES testsshpacket.cpp LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testsshprobe SOURCES testsshprobe.cpp probetestutil.h LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testftpgreeting SOURCES testftpgreeting.cpp LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testftpprobe SOURCES testftpprobe.cpp probetestutil.h LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testiec104frame SOURCES testiec104frame.cpp LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testiec104probe SOURCES testiec104probe.cpp probetestutil.h LIBS tpready_core LABELS probes WINE)
