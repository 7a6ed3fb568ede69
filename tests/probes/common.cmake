# SPDX-License-Identifier: GPL-3.0-or-later
# What every probe and codec shares: the bounds-checked byte reader and the hex forms of evidence.
tpready_add_test(NAME testbytes SOURCES testbytes.cpp LIBS tpready_core LABELS probes)
