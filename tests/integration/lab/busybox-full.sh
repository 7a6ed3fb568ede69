#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A BusyBox as many gateways ship it: Debian's own busybox source package (the version of busybox-static), built
# with BusyBox's default configuration, whose nc has UDP (-u, NC_110_COMPAT) and whose ntpd can query without
# setting the clock (-w); Debian's busybox-static has neither. The lab's gateway-busybox-full scenario runs the gateway
# script with it. Built once per machine into a cache directory (about 3 minutes on 2 cores), then reused.
#   tests/integration/lab/busybox-full.sh          builds what is missing, prints the binary's path
#   tests/integration/lab/busybox-full.sh --print  prints the path if it is built (exit 1 otherwise)
# TPREADY_BUSYBOX_CACHE: where it is kept (default: $XDG_CACHE_HOME/tpready-busybox, ~/.cache/...).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
# shellcheck source=scripts/lib.sh
. "$root/scripts/lib.sh"

recipe=1
version=$(dpkg-query -W -f='${Version}' busybox-static 2>/dev/null || true)
[ -n "$version" ] || die "busybox-static is not installed (scripts/test installs it)"
cache=${TPREADY_BUSYBOX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tpready-busybox}
key=$(printf '%s-r%s' "$version" "$recipe" | tr -c 'A-Za-z0-9.\n-' _)
binary=$cache/$key/busybox

if [ -x "$binary" ]; then
    echo "$binary"
    exit 0
fi
[ "${1:-}" != --print ] || exit 1

ensure_packages make gcc libc6-dev bzip2 dpkg-dev
source_version=$(dpkg-query -W -f='${source:Version}' busybox-static)
ensure_deb_src "busybox=$source_version"
work=$(mktemp -d "${TMPDIR:-/tmp}/tpready-busybox.XXXXXX")
trap 'rm -rf "$work"' EXIT
log "Building BusyBox $source_version with its default configuration (nc -u, ntpd -w) into $cache/$key"
(cd "$work" && apt-get source -qq "busybox=$source_version" >/dev/null 2>&1) ||
    die "cannot fetch the source package busybox=$source_version"
src=$(find "$work" -maxdepth 1 -type d -name 'busybox-*' | head -n 1)
[ -n "$src" ] || die "the busybox source package unpacked nothing"
started=$SECONDS
(
    cd "$src"
    make defconfig >/dev/null
    # Not needed by the lab, and fragile with newer kernels' headers.
    sed -i 's/^CONFIG_TC=y/# CONFIG_TC is not set/' .config
    make -j"$(nproc)" busybox >"$work/build.log" 2>&1
) || {
    tail -n 30 "$work/build.log" >&2
    die "BusyBox did not build"
}
# (--help exits 1: read its text first, pipefail would take that for the grep's answer)
help=$("$src/busybox" nc --help 2>&1 || true)
grep -q -- '-u' <<<"$help" || die "the BusyBox built has no nc -u"
help=$("$src/busybox" ntpd --help 2>&1 || true)
grep -q 'Do not set time' <<<"$help" || die "the BusyBox built has no ntpd -w"
mkdir -p "$cache/$key"
install -m 0755 "$src/busybox" "$binary.tmp"
mv "$binary.tmp" "$binary"
log "BusyBox built in $((SECONDS - started)) s"
echo "$binary"
