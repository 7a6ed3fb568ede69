# SPDX-License-Identifier: GPL-3.0-or-later
# What every probe and codec shares: the bounds-checked byte reader, the hex forms of evidence, the clock.
tpready_add_test(NAME testbytes SOURCES testbytes.cpp LIBS tpready_core LABELS probes WINE)
tpready_add_test(NAME testclock SOURCES testclock.cpp fixedclock.h LIBS tpready_core LABELS probes WINE)
