# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: dependency installation and the CMake build.
# shellcheck shell=bash

# What building needs (Debian 12 / Ubuntu 24.04 package names).
BUILD_PACKAGES=(cmake g++ ninja-build qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-websockets-dev
    libssl-dev libgl-dev)
# What running needs beyond the libraries building brings: the .deb's Recommends (a font for the PDF, the system
# ping for the ICMP fallback, Qt's own translations) and the trusted roots the TLS checks verify servers against.
RUN_PACKAGES=(fonts-dejavu-core iputils-ping qt6-translations-l10n ca-certificates)
# The integration lab (tests/integration/lab.sh, docs/TESTING.md): real daemons, run only inside the network
# namespaces the lab creates.
LAB_PACKAGES=(iproute2 nftables iputils-ping openssl python3 util-linux openssh-server strongswan-charon
    strongswan-swanctl libstrongswan-standard-plugins chrony haproxy stunnel4 vsftpd dnsmasq-base)
# What the fuzz targets need (scripts/fuzz): clang and its libFuzzer / sanitizer runtimes.
FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

missing_packages() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed$' || printf '%s\n' "$pkg"
    done
}

# ensure_packages PKG...: installs with apt whatever is not installed yet.
ensure_packages() {
    command -v dpkg-query >/dev/null 2>&1 || {
        log "Not a Debian/Ubuntu system: install these yourself, then rerun: $*"
        return 0
    }
    local missing
    mapfile -t missing < <(missing_packages "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || die "need root to install: ${missing[*]}"
        sudo=(sudo)
    fi
    log "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_tree SOURCE BUILD [CMAKE_ARGS...]: configures BUILD (the first time; later runs keep the cache and
# change only the options given).
configure_tree() {
    local src=$1 dir=$2
    shift 2
    log "Configuring in $dir"
    cmake -S "$src" -B "$dir" -G Ninja "$@" >/dev/null
}

# build_targets BUILD [TARGET...]: builds these targets, or everything.
build_targets() {
    local dir=$1
    shift
    local targets=()
    [ $# -eq 0 ] || targets=(--target "$@")
    log "Building${1:+ $*}"
    cmake --build "$dir" --parallel "$(nproc 2>/dev/null || echo 2)" "${targets[@]}"
}

# build_tree SOURCE BUILD [CMAKE_ARGS...]: configures and builds everything (the tests too, when configured).
build_tree() {
    configure_tree "$@"
    build_targets "$2"
}

# ensure_packages_no_start PKG...: ensure_packages, but the servers among them must not start as services of this
# machine when they are installed (chronyd would start asking the internet's NTP pool): meanwhile a policy-rc.d
# forbids service starts, unless one exists already. On a machine with systemd their services stay enabled for the
# next boot; the tests and the benchmark never use them.
ensure_packages_no_start() {
    local policy=/usr/sbin/policy-rc.d
    if [ "$(id -u)" -eq 0 ] && [ ! -e "$policy" ] && [ -n "$(missing_packages "$@")" ]; then
        trap 'rm -f "$policy"' EXIT
        printf '#!/bin/sh\n# no service starts while the test packages are installed\nexit 101\n' >"$policy"
        chmod 0755 "$policy"
        ensure_packages "$@"
        rm -f "$policy"
        trap - EXIT
    else
        ensure_packages "$@"
    fi
}

# Source packages need a deb-src entry for the machine's own Debian sources; Debian has none by default.
# ensure_deb_src PACKAGE[=VERSION]: adds them unless APT can already give that source package.
ensure_deb_src() {
    if apt-get source --print-uris -qq "$1" >/dev/null 2>&1; then
        return 0
    fi
    local list=/etc/apt/sources.list.d/tpready-deb-src.sources
    [ "$(id -u)" -eq 0 ] || die "source packages need a deb-src entry in APT's sources; as root, this script adds one"
    log "Adding deb-src entries for the machine's Debian sources ($list)"
    python3 - "$list" <<'PY'
import glob, re, sys
out = []
for path in ['/etc/apt/sources.list.d/debian.sources'] + sorted(glob.glob('/etc/apt/sources.list.d/*.sources')):
    try:
        text = open(path).read()
    except OSError:
        continue
    for stanza in re.split(r'\n\s*\n', text):
        fields = dict(re.findall(r'^([A-Za-z-]+):\s*(.*)$', stanza, re.M))
        if fields.get('Types', '').split() != ['deb'] or 'debian' not in fields.get('URIs', ''):
            continue
        entry = '\n'.join(f'{k}: {v}' for k, v in fields.items() if k != 'Types')
        if entry not in out:
            out.append(entry)
for line in open('/etc/apt/sources.list').read().splitlines() if glob.glob('/etc/apt/sources.list') else []:
    m = re.match(r'^deb\s+(\[[^\]]*\]\s+)?(\S*debian\S*)\s+(\S+)\s+(.*)$', line.strip())
    if m:
        out.append(f'URIs: {m.group(2)}\nSuites: {m.group(3)}\nComponents: {m.group(4)}')
if not out:
    sys.exit('no Debian source of APT found to add deb-src entries for')
open(sys.argv[1], 'w').write('\n\n'.join('Types: deb-src\n' + e for e in out) + '\n')
PY
    apt-get update -qq
}
