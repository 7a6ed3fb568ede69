#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The integration lab: runs `tpready check` against real Debian daemons (OpenSSH, strongSwan, chrony, haproxy,
# stunnel, vsftpd, dnsmasq) in network namespaces this script creates, behind an nftables router that drops,
# rejects, redirects or masquerades, and asserts every check's verdict and reason. See docs/TESTING.md.
#
#   tests/integration/lab.sh TPREADY SCENARIO     one scenario in a lab of its own (what CTest runs)
#   tests/integration/lab.sh TPREADY all          every scenario, one after the other
#   tests/integration/lab.sh --list               the scenario names
#   LAB_GATEWAY=1 tests/integration/lab.sh TPREADY SCENARIO
#                                                 then the gateway script under BusyBox too, merged and asserted
#
# Needs root and `ip netns`; without them it exits 77 (CTest: skipped), or fails under CI=true. LAB_KEEP=1 keeps the lab's directory
# (configuration, logs, the report) for a look afterwards.
set -euo pipefail

LAB_SOURCE=$(cd "$(dirname "${BASH_SOURCE[0]}")/lab" && pwd)
# shellcheck source=tests/integration/lab/lib.sh
. "$LAB_SOURCE/lib.sh"
# shellcheck source=tests/integration/lab/scenarios.sh
. "$LAB_SOURCE/scenarios.sh"

SKIP=77

# The scenario names, in the order of scenarios.sh.
scenario_names_in_order()
{
    sed -n 's/^scenario_\([a-z0-9_]*\)().*/\1/p' "$LAB_SOURCE/scenarios.sh" | tr _ -
}

usage()
{
    sed -n '7,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

if [ "${1:-}" = --list ]; then
    scenario_names_in_order
    exit 0
fi
[ $# -eq 2 ] || usage
LAB_TPREADY=$(readlink -f "$1")
SCENARIO=$2
[ -x "$LAB_TPREADY" ] || lab_die "$1 is not an executable"

if [ "$SCENARIO" = all ]; then
    passed=0 failed=0 skipped=0
    for name in $(scenario_names_in_order); do
        rc=0
        "${BASH_SOURCE[0]}" "$LAB_TPREADY" "$name" || rc=$?
        case $rc in
            0) passed=$((passed + 1)) ;;
            "$SKIP") skipped=$((skipped + 1)) ;;
            *) failed=$((failed + 1)) ;;
        esac
    done
    echo "lab: $passed passed, $failed failed, $skipped skipped"
    [ "$failed" -eq 0 ]
    exit
fi

function_name="scenario_${SCENARIO//-/_}"
declare -F "$function_name" >/dev/null || lab_die "no scenario $SCENARIO (see --list)"

# Refuse to run, as skipped, where the lab cannot exist; under CI=true, fail instead: CI runs as root on a machine
# scripts/test prepared, so anything missing is a broken CI that a green "Skipped" would hide.
lab_missing() {
    if [ -n "${CI:-}" ]; then
        lab_die "$1 (CI is set: a missing prerequisite fails; scripts/test installs what the lab needs)"
    fi
    echo "SKIP: $1" >&2
    exit "$SKIP"
}
mapfile -t missing < <(lab_prerequisites)
if [ "${#missing[@]}" -gt 0 ]; then
    case "${missing[*]}" in
        *root* | *"ip netns"*) lab_missing "the lab needs ${missing[*]}" ;;
    esac
    lab_missing "install ${missing[*]} to run the lab (scripts/test does)"
fi
if ! ip netns add "tpl$$probe" 2>/dev/null; then
    lab_missing "this machine does not allow network namespaces (ip netns add failed)"
fi
ip netns del "tpl$$probe"

lab_init
LAB_CA="$LAB_DIR/pki/lab-ca.pem"
SCEN_FORWARD='' SCEN_NAT_PRE='' SCEN_NAT_POST='' SCEN_MAX_RATIO='' SCEN_RTT=''
# The gateway's side (LAB_GATEWAY=1): its VLAN (NS_G) or the laptop's namespace, its resolver, whether it has openssl,
# and what its results must be (labcheck.py gateway; empty: every check it tests agrees with the laptop's).
SCEN_GATEWAY_VLAN='' SCEN_GATEWAY_RESOLVER='' SCEN_GATEWAY_ALLOW='' SCEN_GATEWAY_OPENSSL=yes SCEN_GATEWAY_EXPECT=''
SCEN_GATEWAY_BUSYBOX=static # or "full": tests/integration/lab/busybox-full.sh (nc -u, ntpd -w)
LAB_TPREADY_CLI=$LAB_TPREADY
"$function_name"
if [ -n "$SCEN_RTT" ]; then
    [[ $SCEN_RTT =~ ^[0-9]+$ ]] || lab_die "SCEN_RTT must be whole milliseconds"
    LAB_CLIENT_LINK=lab_wire_link
    LAB_WIRE_ONE_WAY_MS=$((SCEN_RTT / 2))
fi

echo "=== lab scenario $SCENARIO: $SCEN_DESC"
setup_start=$(date +%s%N)
lab_topology
[ -z "${LAB_GATEWAY:-}" ] || [ -z "$SCEN_GATEWAY_VLAN" ] || lab_gateway_vlan
lab_certs
lab_config_daemons
lab_start_daemons
lab_wait_ready
echo "lab ready in $((($(date +%s%N) - setup_start) / 1000000)) ms ($LAB_ID: namespaces ${NS_C}, ${NS_R}, ${NS_S})"

# The addresses this plan may contact: its hosts (IP literals, or the lab's addresses for its names) and the
# laptop's resolver. The router counts and drops anything else.
QT_QPA_PLATFORM=offscreen "$LAB_TPREADY" flows "${SCEN_SELECT[@]}" --json >"$LAB_DIR/out/flows.json" ||
    lab_die "tpready flows failed for ${SCEN_SELECT[*]}"
names=""
for entry in "${LAB_NAMES[@]}"; do
    names+=" ${entry%%=*}=${LAB_ADDR4[${entry#*=}]},${LAB_ADDR6[${entry#*=}]}"
done
always="${LAB_ADDR4[dns]},${LAB_ADDR6[dns]}"
[ -z "$SCEN_GATEWAY_RESOLVER" ] || always+=",$SCEN_GATEWAY_RESOLVER"
[ -z "$SCEN_GATEWAY_ALLOW" ] || always+=",$SCEN_GATEWAY_ALLOW"
allowed=$("$LAB_PYTHON" "$LAB_SOURCE/labcheck.py" allowed "$LAB_DIR/out/flows.json" "$names" "$always")
lab_router_rules "$SCEN_FORWARD" "$SCEN_NAT_PRE" "$SCEN_NAT_POST" "${allowed%|*}" "${allowed#*|}"
# Per-flow packet counts (ct original packets, ct reply packets) for the rules that lose chosen packets of a flow.
ip netns exec "$NS_R" sysctl -qw net.netfilter.nf_conntrack_acct=1 ||
    lab_die "cannot turn on conntrack accounting in the router"
[ -z "$SCEN_RTT" ] || echo "client-router link: the delay wire, $SCEN_RTT ms round trip"
[ -z "$SCEN_FORWARD$SCEN_NAT_PRE$SCEN_NAT_POST" ] || {
    echo "router rules:"
    printf '%s\n%s\n%s\n' "$SCEN_NAT_PRE" "$SCEN_FORWARD" "$SCEN_NAT_POST" | sed -n 's/^ *\(..*\)$/    \1/p'
}

# LAB_TIMEOUT_FACTOR: a slower build (ASan + UBSan) gets a longer deadline per check; the assertions about time are
# relative to it, so they keep their meaning.
[[ ${LAB_TIMEOUT_FACTOR:-1} =~ ^[1-9]$ ]] || lab_die "LAB_TIMEOUT_FACTOR must be 1 to 9"
SCEN_TIMEOUT=$((SCEN_TIMEOUT * ${LAB_TIMEOUT_FACTOR:-1}))
echo "tpready check ${SCEN_SELECT[*]} ${SCEN_EXTRA[*]//$LAB_DIR/\$LAB} --timeout-ms $SCEN_TIMEOUT (in ${NS_C}, as nobody)"
lab_tpready "${SCEN_SELECT[@]}" "${SCEN_EXTRA[@]}" --timeout-ms "$SCEN_TIMEOUT"
sed 's/^/    /' "$LAB_DIR/out/stderr.txt"
echo "tpready exited with $TPREADY_RC after $TPREADY_WALL_MS ms"
[ -z "${LAB_DEBUG_CMD:-}" ] || eval "$LAB_DEBUG_CMD"
[ -s "$LAB_DIR/out/report.json" ] || lab_die "tpready wrote no report: $(cat "$LAB_DIR/out/stdout.txt")"

echo "assertions:"
status=0
ratio_args=()
# LAB_MAX_RATIO_EXTRA: more room for a slower build (ASan + UBSan start-up and instrumentation); the ratio still
# tells one timeout from the sum of them.
if [ -n "$SCEN_MAX_RATIO" ]; then
    ratio=$("$LAB_PYTHON" -c 'import sys; print(round(float(sys.argv[1]) + float(sys.argv[2] or 0), 2))' \
        "$SCEN_MAX_RATIO" "${LAB_MAX_RATIO_EXTRA:-}")
    ratio_args=(--max-ratio "$ratio")
fi
printf '%s\n' "$SCEN_EXPECT" >"$LAB_DIR/out/expect.txt"
"$LAB_PYTHON" "$LAB_SOURCE/labcheck.py" assert --report "$LAB_DIR/out/report.json" --expect "$LAB_DIR/out/expect.txt" \
    --exit-code "$TPREADY_RC" --wall-ms "$TPREADY_WALL_MS" --timeout-ms "$SCEN_TIMEOUT" "${ratio_args[@]}" || status=1

# The gateway's own view: the script under BusyBox, its block merged into the laptop's report, both asserted.
if [ -n "${LAB_GATEWAY:-}" ]; then
    gateway_ns=$NS_C
    [ -z "$SCEN_GATEWAY_VLAN" ] || gateway_ns=$NS_G
    if [ "$SCEN_GATEWAY_BUSYBOX" = full ]; then
        gateway_busybox=$("$LAB_SOURCE/busybox-full.sh" --print) ||
            lab_die "the full BusyBox is not built: run tests/integration/lab/busybox-full.sh (scripts/test does)"
    else
        gateway_busybox=$(command -v busybox) || lab_die "busybox (busybox-static) is missing"
    fi
    lab_gateway_script "$gateway_ns" "${SCEN_GATEWAY_RESOLVER:-${LAB_ADDR4[dns]}}" "$SCEN_GATEWAY_OPENSSL" \
        "$gateway_busybox"
    echo "gateway script ($SCEN_GATEWAY_BUSYBOX BusyBox sh as nobody in $gateway_ns, openssl: $SCEN_GATEWAY_OPENSSL, resolver:" \
        "${SCEN_GATEWAY_RESOLVER:-${LAB_ADDR4[dns]}}): exit $GATEWAY_RC after $GATEWAY_WALL_MS ms," \
        "announced at most ${GATEWAY_DEADLINE:-?} s"
    sed -n '/^-----BEGIN/,/^-----END/p' "$LAB_DIR/gw/block.txt" | sed 's/^/    /'
    set +e
    QT_QPA_PLATFORM=offscreen "$LAB_TPREADY_CLI" report --from "$LAB_DIR/out/report.json" \
        --gateway-results "$LAB_DIR/gw/block.txt" --json "$LAB_DIR/out/merged.json" --pdf "$LAB_DIR/out/merged.pdf" \
        2>"$LAB_DIR/out/merge.txt"
    merge_rc=$?
    set -e
    if [ "$merge_rc" -ne 0 ] || [ "$GATEWAY_RC" -ne 0 ]; then
        echo "  FAIL    the gateway script exited $GATEWAY_RC, the merge $merge_rc: $(cat "$LAB_DIR/out/merge.txt")"
        sed 's/^/    /' "$LAB_DIR/gw/stderr.txt"
        status=1
    else
        printf '%s\n' "$SCEN_GATEWAY_EXPECT" >"$LAB_DIR/out/gateway-expect.txt"
        "$LAB_PYTHON" "$LAB_SOURCE/labcheck.py" gateway --report "$LAB_DIR/out/merged.json" \
            --expect "$LAB_DIR/out/gateway-expect.txt" --wall-ms "$GATEWAY_WALL_MS" \
            --deadline "${GATEWAY_DEADLINE:-0}" || status=1
    fi
fi

# Nothing left the plan: the router's guard counted every packet from the laptop to another address.
leak=$(lab_counter leak)
offplan=$(lab_counter offplan)
if [ "$leak" = 0 ] && [ "$offplan" = 0 ]; then
    echo "  ok      no packet to an address outside the lab (0) or outside the plan (0)"
else
    echo "  FAIL    packets to addresses outside the lab: $leak, outside the plan: $offplan"
    status=1
fi
# No probe crashed or wedged a daemon.
for i in "${!LAB_PIDS[@]}"; do
    if ! kill -0 "${LAB_PIDS[i]}" 2>/dev/null; then
        echo "  FAIL    ${LAB_PID_NAMES[i]} is no longer running"
        status=1
    fi
done

if [ "$status" -eq 0 ]; then
    echo "=== PASS lab scenario $SCENARIO"
else
    echo "=== FAIL lab scenario $SCENARIO (report: LAB_KEEP=1 keeps $LAB_DIR)"
    sed 's/^/    /' "$LAB_DIR/out/stdout.txt"
fi
exit "$status"
