#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/check-layers passes on the source tree, and fails on a copy of it where core/report includes core/runner
# (the upward include the layers forbid) or where there is nothing to check.
#   testchecklayers.sh SOURCE_DIR
set -euo pipefail
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$src/scripts/check-layers" "$src" >"$tmp/out" 2>&1 || { cat "$tmp/out" >&2; fail "the source tree does not pass"; }
grep -q 'every include goes down the layers' "$tmp/out" || fail "no summary line: $(cat "$tmp/out")"

cp -r "$src/core" "$src/ui" "$src/app" "$tmp/"
sed -i '0,/^#include "/s//#include "core\/runner\/session.h"\n#include "/' "$tmp/core/report/report.cpp"
if "$src/scripts/check-layers" "$tmp" >"$tmp/out" 2>&1; then
    fail "an include of core/runner from core/report passed"
fi
grep -q 'core/report/report.cpp:[0-9]*: includes core/runner/session.h: layer core/report may not include core/runner' \
    "$tmp/out" || fail "the upward include is not named: $(cat "$tmp/out")"

mkdir "$tmp/empty"
if "$src/scripts/check-layers" "$tmp/empty" >"$tmp/out" 2>&1; then
    fail "an empty tree passed"
fi
grep -q 'nothing checked' "$tmp/out" || fail "an empty tree is not reported: $(cat "$tmp/out")"
echo "PASS: the tree passes; an upward include and an empty tree fail"
