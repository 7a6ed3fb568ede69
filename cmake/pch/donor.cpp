// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of a precompiled-header donor target (tests/CMakeLists.txt, TPREADY_PCH): the tests reuse its
// headers.
