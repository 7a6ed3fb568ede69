# SPDX-License-Identifier: GPL-3.0-or-later
# The runner, and the probes that lean on the system: DNS (own client), ICMP (datagram socket or ping), DHCP (info).
tpready_add_test(NAME testdnsmessage SOURCES testdnsmessage.cpp dnstestserver.h LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testdnsprobe SOURCES testdnsprobe.cpp dnstestserver.h probetestutil.h LIBS tpready_core
                 LABELS probes WINE)
tpready_add_test(NAME testnameresolver SOURCES testnameresolver.cpp dnstestserver.h probetestutil.h LIBS tpready_core
                 LABELS probes WINE)
tpready_add_test(NAME testicmpecho SOURCES testicmpecho.cpp LIBS tpready_core LABELS probes WINE)
# ICMP, DHCP and the runner on Windows too: each test says which of its cases hold on which system.
tpready_add_test(NAME testicmpprobe SOURCES testicmpprobe.cpp probetestutil.h LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testdhcpprobe SOURCES testdhcpprobe.cpp probetestutil.h LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testrunner SOURCES testrunner.cpp probetestutil.h LIBS tpready_core LABELS probes WINE)
