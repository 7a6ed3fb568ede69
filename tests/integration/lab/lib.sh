# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash disable=SC2034,SC2016
# The integration lab: network namespaces, certificates, real daemons, nftables. Sourced by tests/integration/lab.sh.
#
#   client ns (tpready, as nobody)            router ns (nftables, stunnel)           server ns (daemons)
#   eth0 10.77.1.2 fd77:1::2  ---- veth ----  rc 10.77.1.1  rs 10.77.2.1  ---- veth ----  eth0 10.77.2.x fd77:2::x
#
# Every name carries the driver's PID, so parallel or aborted runs never collide. lab_cleanup (trap on EXIT) kills
# what the lab started, by PID, deletes its namespaces and its temporary directory.

LAB_PYTHON=/usr/bin/python3

# Server-side addresses (all on the server namespace's eth0; the daemons listen on every address).
declare -A LAB_ADDR4=(
    [tpe]=10.77.2.10 [tpe2]=10.77.2.11 [slrc1]=10.77.2.31 [slrc2]=10.77.2.32 [support1]=10.77.2.41
    [support2]=10.77.2.42 [lns]=10.77.2.51 [cups]=10.77.2.52 [dns]=10.77.2.53 [dnshijack]=10.77.2.54
    [dnsportal]=10.77.2.55 [portal]=10.77.2.80 [ntp]=10.77.2.123)
declare -A LAB_ADDR6=(
    [tpe]=fd77:2::10 [tpe2]=fd77:2::11 [slrc1]=fd77:2::31 [slrc2]=fd77:2::32 [support1]=fd77:2::41
    [support2]=fd77:2::42 [lns]=fd77:2::51 [cups]=fd77:2::52 [dns]=fd77:2::53 [dnshijack]=fd77:2::54
    [dnsportal]=fd77:2::55 [portal]=fd77:2::80 [ntp]=fd77:2::123)
LAB_CLIENT4=10.77.1.2
LAB_ROUTER4=10.77.1.1
LAB_CLIENT6=fd77:1::2
LAB_ROUTER6=fd77:1::1

# The names the lab's resolver serves: a SaaS platform's FQDNs (eu-prod) and names under the lab's own domain.
LAB_NAMES=(
    slrc1.eu.thingpark.com=slrc1 slrc2.eu.thingpark.com=slrc2 support1.eu.thingpark.com=support1
    support2.eu.thingpark.com=support2 lns.eu.thingpark.com=lns thingparkenterprise.eu.actility.com=cups
    tpe.lab.test=tpe tpe2.lab.test=tpe2 ntp.lab.test=ntp dns.lab.test=dns)

LAB_PIDS=()
LAB_PID_NAMES=()

lab_log() { printf '[lab] %s\n' "$*" >&2; }

lab_die()
{
    lab_log "error: $*"
    exit 1
}

# lab_prerequisites: prints what is missing to run the lab (empty when everything is there).
lab_prerequisites()
{
    local missing=()
    [ "$(id -u)" -eq 0 ] || missing+=("root")
    command -v ip >/dev/null 2>&1 && ip netns list >/dev/null 2>&1 || missing+=("ip netns (iproute2)")
    local tool
    for tool in nft:nftables /usr/sbin/sshd:openssh-server /usr/lib/ipsec/charon:strongswan-charon \
        swanctl:strongswan-swanctl chronyd:chrony haproxy:haproxy stunnel4:stunnel4 vsftpd:vsftpd \
        dnsmasq:dnsmasq-base openssl:openssl setpriv:util-linux ss:iproute2 "$LAB_PYTHON":python3; do
        command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
    done
    [ -e /usr/lib/ipsec/plugins/libstrongswan-openssl.so ] ||
        missing+=("libstrongswan-standard-plugins")
    [ "${#missing[@]}" -eq 0 ] || printf '%s\n' "${missing[@]}"
}

lab_init()
{
    LAB_ID="tpl$$"
    NS_C="${LAB_ID}c"
    NS_R="${LAB_ID}r"
    NS_S="${LAB_ID}s"
    NS_G=''
    lab_reap_stale
    LAB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/tpready-lab.$$.XXXXXX")
    chmod 0755 "$LAB_DIR"
    mkdir -p "$LAB_DIR/log" "$LAB_DIR/out"
    trap lab_cleanup EXIT
    trap 'exit 129' HUP
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# lab_reap_stale: removes what an earlier lab left behind when it was killed before its trap could run (SIGKILL,
# e.g. a CTest timeout): the namespaces and directories named after a lab driver whose PID no longer exists.
lab_reap_stale()
{
    local ns pid dir
    for ns in $(ip netns list 2>/dev/null | awk '{print $1}'); do
        [[ $ns =~ ^tpl([0-9]+)[crsg]$ ]] || continue
        kill -0 "${BASH_REMATCH[1]}" 2>/dev/null && continue
        lab_log "removing $ns, left behind by lab ${BASH_REMATCH[1]}"
        for pid in $(ip netns pids "$ns" 2>/dev/null); do
            kill -KILL "$pid" 2>/dev/null || true
        done
        ip netns del "$ns" 2>/dev/null || true
    done
    for dir in "${TMPDIR:-/tmp}"/tpready-lab.*.*; do
        [[ -d $dir && ${dir##*/} =~ ^tpready-lab\.([0-9]+)\. ]] || continue
        kill -0 "${BASH_REMATCH[1]}" 2>/dev/null || rm -rf "$dir" || true
    done
}

lab_cleanup()
{
    local rc=$?
    trap - EXIT INT TERM HUP
    set +e
    local i pid
    # Daemons first, newest first, by the PID recorded when they were started.
    for ((i = ${#LAB_PIDS[@]} - 1; i >= 0; i--)); do
        kill -TERM "${LAB_PIDS[i]}" 2>/dev/null
    done
    local deadline=$((SECONDS + 3))
    for pid in "${LAB_PIDS[@]}"; do
        while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.05; done
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    # Whatever still lives in the lab's own namespaces was started by the lab too (forked workers, children).
    local ns
    for ns in "$NS_C" "$NS_R" "$NS_S" "${NS_G:-}"; do
        if [ -z "$ns" ] || [ ! -e "/run/netns/$ns" ]; then continue; fi
        for pid in $(ip netns pids "$ns" 2>/dev/null); do
            kill -KILL "$pid" 2>/dev/null
        done
        ip netns del "$ns" 2>/dev/null
    done
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 77 ] && [ -d "$LAB_DIR/log" ]; then
        local log
        for log in "$LAB_DIR"/log/*; do
            [ -s "$log" ] || continue
            printf '[lab] ---- last lines of %s\n' "${log##*/}" >&2
            tail -n 15 "$log" >&2
        done
    fi
    if [ -n "${LAB_KEEP:-}" ]; then
        lab_log "LAB_KEEP set: kept $LAB_DIR"
    elif [ -n "$LAB_DIR" ]; then
        rm -rf "$LAB_DIR"
    fi
    exit "$rc"
}

# lab_spawn NAME NS COMMAND...: starts a daemon in a namespace, with a private /run (so pid files and sockets of
# parallel labs never collide), logging to $LAB_DIR/log/NAME.log. Records its PID for lab_cleanup.
lab_spawn()
{
    local name=$1 ns=$2
    shift 2
    ip netns exec "$ns" /bin/sh -c \
        'mount -t tmpfs -o mode=0755,size=8m lab-run /run && mkdir -p /run/sshd /run/vsftpd/empty && exec "$@"' \
        lab-run "$@" >"$LAB_DIR/log/$name.log" 2>&1 </dev/null &
    LAB_PIDS+=("$!")
    LAB_PID_NAMES+=("$name")
}

# lab_check_alive: fails when a daemon has died.
lab_check_alive()
{
    local i
    for i in "${!LAB_PIDS[@]}"; do
        kill -0 "${LAB_PIDS[i]}" 2>/dev/null || lab_die "${LAB_PID_NAMES[i]} exited (see its log below)"
    done
}

# lab_wire_link: the delay wire (delaywire.py, for kernels without sch_netem) as the client-router link, with
# LAB_WIRE_ONE_WAY_MS milliseconds each way. Used as LAB_CLIENT_LINK=lab_wire_link (lab.sh for a scenario's SCEN_RTT,
# scripts/bench).
lab_wire_link()
{
    "$LAB_PYTHON" "$LAB_SOURCE/delaywire.py" "$NS_C" eth0 "$NS_R" rc "${LAB_WIRE_ONE_WAY_MS:?}" \
        >"$LAB_DIR/log/delaywire.log" 2>&1 &
    LAB_PIDS+=("$!")
    LAB_PID_NAMES+=(delaywire)
    local deadline=$((SECONDS + 5))
    until grep -qs '^ready' "$LAB_DIR/log/delaywire.log"; do
        lab_check_alive
        [ "$SECONDS" -ge "$deadline" ] && lab_die "the delay wire did not start"
        sleep 0.05
    done
}

lab_topology()
{
    local ns
    for ns in "$NS_C" "$NS_R" "$NS_S"; do
        ip netns add "$ns" || lab_die "cannot create network namespace $ns"
        ip -n "$ns" link set lo up
        ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 \
            net.ipv6.conf.default.accept_ra=0 net.ipv6.conf.all.accept_ra=0
        # No per-destination limit on ICMP errors (Linux: a burst of 6, then 1 a second): a scenario that rejects
        # eight flows at once must get an answer for each, not whichever wins the race for the tokens.
        ip netns exec "$ns" sysctl -qw net.ipv4.icmp_ratelimit=0 net.ipv6.icmp.ratelimit=0
    done
    # LAB_CLIENT_LINK: a function that makes the client-router link instead of the veth pair, e.g. lab_wire_link;
    # it must leave "rc" in the router and "eth0" in the client.
    if [ -n "${LAB_CLIENT_LINK:-}" ]; then
        "$LAB_CLIENT_LINK"
    else
        ip -n "$NS_R" link add rc type veth peer name eth0 netns "$NS_C"
    fi
    ip -n "$NS_R" link add rs type veth peer name eth0 netns "$NS_S"

    # Client: a laptop whose only way out is the router (no uplink exists beyond it).
    ip -n "$NS_C" addr add "$LAB_CLIENT4/24" dev eth0
    ip -n "$NS_C" addr add "$LAB_CLIENT6/64" dev eth0 nodad
    ip -n "$NS_C" link set eth0 up
    ip -n "$NS_C" route add default via "$LAB_ROUTER4"
    ip -n "$NS_C" -6 route add default via "$LAB_ROUTER6"
    # What a systemd-based distribution sets, so that unprivileged ICMP echo sockets work.
    ip netns exec "$NS_C" sysctl -qw net.ipv4.ping_group_range="0 2147483647"

    # Router: forwards between the two segments, nothing else. No default route: nothing can leave the lab.
    ip -n "$NS_R" addr add "$LAB_ROUTER4/24" dev rc
    ip -n "$NS_R" addr add "$LAB_ROUTER6/64" dev rc nodad
    ip -n "$NS_R" addr add 10.77.2.1/24 dev rs
    ip -n "$NS_R" addr add fd77:2::1/64 dev rs nodad
    ip -n "$NS_R" link set rc up
    ip -n "$NS_R" link set rs up
    ip netns exec "$NS_R" sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1

    # Server: every lab address on one interface.
    local key
    for key in "${!LAB_ADDR4[@]}"; do
        ip -n "$NS_S" addr add "${LAB_ADDR4[$key]}/24" dev eth0
        ip -n "$NS_S" addr add "${LAB_ADDR6[$key]}/64" dev eth0 nodad
    done
    ip -n "$NS_S" link set eth0 up
    ip -n "$NS_S" route add 10.77.1.0/24 via 10.77.2.1
    ip -n "$NS_S" -6 route add fd77:1::/64 via fd77:2::1
}

# lab_certs: the lab CA (trusted with --ca), the server certificate every TLS listener presents, and the
# "Example Corp SSL Inspection CA" with its own certificate for the same names (the TLS-inspection terminator).
lab_certs()
{
    local d="$LAB_DIR/pki"
    mkdir -p "$d"
    local san="DNS:tpe.lab.test,DNS:tpe2.lab.test,DNS:lns.lab.test,DNS:slrc1.eu.thingpark.com"
    san+=",DNS:slrc2.eu.thingpark.com,DNS:lns.eu.thingpark.com,DNS:thingparkenterprise.eu.actility.com"
    local key
    for key in tpe tpe2 slrc1 slrc2 lns cups; do
        san+=",IP:${LAB_ADDR4[$key]},IP:${LAB_ADDR6[$key]}"
    done
    local ca
    for ca in lab inspect; do
        local cn="tpready Lab Root CA" org="tpready lab"
        if [ "$ca" = inspect ]; then
            cn="Example Corp SSL Inspection CA"
            org="Example Corp"
        fi
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
            -subj "/O=$org/CN=$cn" -keyout "$d/$ca-ca.key" -out "$d/$ca-ca.pem" \
            -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
            2>>"$LAB_DIR/log/pki.log" || lab_die "openssl could not make the $ca CA"
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/O=$org/CN=tpe.lab.test" \
            -keyout "$d/$ca-server.key" -out "$d/$ca-server.csr" 2>>"$LAB_DIR/log/pki.log" ||
            lab_die "openssl could not make the $ca server key"
        printf 'subjectAltName=%s\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' \
            "$san" >"$d/$ca-server.ext"
        openssl x509 -req -in "$d/$ca-server.csr" -CA "$d/$ca-ca.pem" -CAkey "$d/$ca-ca.key" -CAcreateserial \
            -days 30 -extfile "$d/$ca-server.ext" -out "$d/$ca-server.pem" 2>>"$LAB_DIR/log/pki.log" ||
            lab_die "openssl could not sign the $ca server certificate"
    done
    # haproxy: leaf + key in one file (a real server sends no root). The inspector sends its CA along, as
    # many inspection boxes do.
    cat "$d/lab-server.pem" "$d/lab-server.key" >"$d/haproxy.pem"
    cat "$d/inspect-server.pem" "$d/inspect-ca.pem" >"$d/inspect-chain.pem"
    chmod 0644 "$d/lab-ca.pem" "$d/inspect-ca.pem"
    chmod 0755 "$d"
}

lab_config_daemons()
{
    local c="$LAB_DIR/conf"
    mkdir -p "$c/swanctl/conf.d" "$c/swanctl/x509" "$c/swanctl/x509ca" "$c/swanctl/private" "$LAB_DIR/ftp"

    # OpenSSH: its own host key and configuration; nobody can log in (no authentication method is enabled).
    ssh-keygen -q -t ed25519 -N '' -f "$c/ssh_host_ed25519_key" || lab_die "ssh-keygen failed"
    cat >"$c/sshd_config" <<EOF
Port 22
ListenAddress 0.0.0.0
ListenAddress ::
HostKey $c/ssh_host_ed25519_key
PidFile none
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication no
AuthorizedKeysFile none
StrictModes no
Subsystem sftp internal-sftp
EOF

    # strongSwan: charon with a private strongswan.conf, the vendor's IKE proposals, PSK. The half-open and
    # cookie thresholds are raised so that back-to-back probes from one address always get a full answer.
    cat >"$c/strongswan.conf" <<EOF
charon {
    load_modular = no
    load = random nonce openssl aes sha1 sha2 hmac gmp pem pkcs1 pkcs8 x509 pubkey kernel-netlink socket-default vici
    port = 500
    port_nat_t = 4500
    install_routes = no
    install_virtual_ip = no
    cookie_threshold = 100000
    cookie_threshold_ip = 100000
    block_threshold = 100000
    init_limit_half_open = 0
    plugins {
        vici {
            socket = unix://$LAB_DIR/charon.vici
        }
    }
    filelog {
        stderr {
            default = 1
            ike = 2
            net = 1
        }
    }
}
EOF
    cat >"$c/swanctl/swanctl.conf" <<'EOF'
connections {
    lab {
        version = 2
        local_addrs = %any
        remote_addrs = %any
        proposals = aes128-sha256-ecp256,aes128-sha384-ecp384,aes256-sha512-ecp521
        mobike = yes
        local {
            auth = psk
            id = tpe.lab.test
        }
        remote {
            auth = psk
        }
        children {
            lab {
                esp_proposals = aes128gcm128,aes256gcm128
            }
        }
    }
}
secrets {
    ike-lab {
        secret = "lab-only-not-a-secret"
    }
}
EOF

    # chrony: an NTP server in local-stratum mode, no sources, never touching the machine's clock (-x).
    cat >"$c/chrony.conf" <<'EOF'
local stratum 10
allow all
port 123
cmdport 0
pidfile /run/chronyd-lab.pid
EOF

    # vsftpd: anonymous, read-only, with the greeting the FTP probe must see.
    cat >"$c/vsftpd.conf" <<EOF
listen=NO
listen_ipv6=YES
listen_port=21
background=NO
anonymous_enable=YES
local_enable=NO
write_enable=NO
anon_root=$LAB_DIR/ftp
ftp_username=nobody
nopriv_user=nobody
ftpd_banner=tpready lab FTP ready
secure_chroot_dir=/run/vsftpd/empty
xferlog_enable=NO
pasv_enable=NO
EOF

    # haproxy: the SLRC/TPE TLS front end. 3001-3003 require a client certificate (verify required), like the
    # real LRR front end; 443 (CUPS) and 4443 (LNS) present the certificate and pass HTTP/WebSocket to the
    # station back end.
    cat >"$c/haproxy.cfg" <<EOF
global
    maxconn 256
defaults
    mode tcp
    timeout connect 2s
    timeout client 10s
    timeout server 10s
frontend lrc_iec104
    bind :::3001 v4v6 ssl crt $LAB_DIR/pki/haproxy.pem ca-file $LAB_DIR/pki/lab-ca.pem verify required
    default_backend iec104
frontend lrc_sftp
    bind :::3002 v4v6 ssl crt $LAB_DIR/pki/haproxy.pem ca-file $LAB_DIR/pki/lab-ca.pem verify required
    default_backend ssh
frontend support_ssh
    bind :::3003 v4v6 ssl crt $LAB_DIR/pki/haproxy.pem ca-file $LAB_DIR/pki/lab-ca.pem verify required
    default_backend ssh
frontend cups
    bind :::443 v4v6 ssl crt $LAB_DIR/pki/haproxy.pem
    default_backend station
frontend lns
    bind :::4443 v4v6 ssl crt $LAB_DIR/pki/haproxy.pem
    default_backend station
# The same front end without client authentication (a scenario redirects 3001-3003 of one TPE here): the probes
# then go on inside TLS (IEC 104 TESTFR, SSH identification).
frontend open_iec104
    bind :::13101 v4v6 ssl crt $LAB_DIR/pki/haproxy.pem
    default_backend iec104
frontend open_sftp
    bind :::13102 v4v6 ssl crt $LAB_DIR/pki/haproxy.pem
    default_backend ssh
frontend open_support
    bind :::13103 v4v6 ssl crt $LAB_DIR/pki/haproxy.pem
    default_backend ssh
backend iec104
    server s1 127.0.0.1:2404
backend ssh
    server s1 127.0.0.1:22
backend station
    server s1 127.0.0.1:8080
EOF

    # stunnel in the router: the TLS-inspection terminator. The router redirects the intercepted flows to it;
    # it presents the "Example Corp SSL Inspection CA" chain and talks to the services behind the real front end.
    cat >"$c/stunnel.conf" <<EOF
foreground = yes
pid =
debug = notice
[inspect-3001]
accept = 13001
connect = ${LAB_ADDR4[tpe]}:2404
cert = $LAB_DIR/pki/inspect-chain.pem
key = $LAB_DIR/pki/inspect-server.key
[inspect-3002]
accept = 13002
connect = ${LAB_ADDR4[tpe]}:22
cert = $LAB_DIR/pki/inspect-chain.pem
key = $LAB_DIR/pki/inspect-server.key
[inspect-3003]
accept = 13003
connect = ${LAB_ADDR4[tpe]}:22
cert = $LAB_DIR/pki/inspect-chain.pem
key = $LAB_DIR/pki/inspect-server.key
[inspect-443]
accept = 13443
connect = ${LAB_ADDR4[tpe]}:8080
cert = $LAB_DIR/pki/inspect-chain.pem
key = $LAB_DIR/pki/inspect-server.key
[inspect-4443]
accept = 14443
connect = ${LAB_ADDR4[tpe]}:8080
cert = $LAB_DIR/pki/inspect-chain.pem
key = $LAB_DIR/pki/inspect-server.key
EOF

    # dnsmasq: the lab's resolver (the laptop's and the gateway's). Only the lab's names exist, with A and AAAA
    # records, and the root's NS record (what a resolver is asked when the plan has no name); every other name is
    # NXDOMAIN, nothing is forwarded anywhere.
    local entry
    {
        for entry in "${LAB_NAMES[@]}"; do
            printf -- '--host-record=%s,%s,%s\n' "${entry%%=*}" "${LAB_ADDR4[${entry#*=}]}" "${LAB_ADDR6[${entry#*=}]}"
        done
        # . NS ns.lab.test
        printf -- '--dns-rr=.,2,026e73036c6162047465737400\n'
    } >"$c/dns-records"
}

# lab_dnsmasq NAME KEY OPTIONS...: a dnsmasq instance on the lab address KEY only.
lab_dnsmasq()
{
    local name=$1 key=$2
    shift 2
    lab_spawn "$name" "$NS_S" dnsmasq --keep-in-foreground --conf-file=/dev/null --no-resolv --no-hosts --no-poll \
        --bind-interfaces --listen-address="${LAB_ADDR4[$key]}" --listen-address="${LAB_ADDR6[$key]}" --port=53 \
        --pid-file= --user=nobody --log-facility=- --log-queries "$@"
}

lab_start_daemons()
{
    local c="$LAB_DIR/conf" records=()
    mapfile -t records <"$c/dns-records"
    lab_spawn sshd "$NS_S" /usr/sbin/sshd -D -e -f "$c/sshd_config"
    lab_spawn charon "$NS_S" env STRONGSWAN_CONF="$c/strongswan.conf" /usr/lib/ipsec/charon
    lab_spawn chronyd "$NS_S" chronyd -d -x -f "$c/chrony.conf"
    lab_spawn haproxy "$NS_S" haproxy -db -f "$c/haproxy.cfg"
    lab_spawn vsftpd "$NS_S" vsftpd "$c/vsftpd.conf"
    # The truthful resolver; one that rewrites NXDOMAIN (names that do not exist get the portal's address); one
    # that answers every name with the portal's address (a captive portal).
    lab_dnsmasq dnsmasq dns --address=/#/ "${records[@]}"
    lab_dnsmasq dnsmasq-hijack dnshijack "${records[@]}" --address=/#/"${LAB_ADDR4[portal]}"
    lab_dnsmasq dnsmasq-portal dnsportal --address=/#/"${LAB_ADDR4[portal]}"
    lab_spawn responders "$NS_S" "$LAB_PYTHON" "$LAB_SOURCE/responders.py" iec104=2404 station=8080 \
        httpfirst=18080 silent=18081
    lab_spawn stunnel "$NS_R" stunnel4 "$c/stunnel.conf"
}

# lab_wait_listening NS PROTO:PORT...: waits (10 s at most) until something listens on every port.
lab_wait_listening()
{
    local ns=$1
    shift
    local deadline=$((SECONDS + 10)) want missing
    while :; do
        local tcp udp
        tcp=$(ip netns exec "$ns" ss -Hltn 2>/dev/null | awk '{print $4}')
        udp=$(ip netns exec "$ns" ss -Hlun 2>/dev/null | awk '{print $4}')
        missing=()
        for want in "$@"; do
            local list=$tcp
            [ "${want%%:*}" = udp ] && list=$udp
            grep -qE "[:.*]${want#*:}\$" <<<"$list" || missing+=("$want")
        done
        [ "${#missing[@]}" -eq 0 ] && return 0
        lab_check_alive
        [ "$SECONDS" -ge "$deadline" ] && lab_die "nothing listens on ${missing[*]} in $ns after 10 s"
        sleep 0.1
    done
}

lab_wait_ready()
{
    lab_wait_listening "$NS_S" tcp:22 tcp:21 tcp:2404 tcp:8080 tcp:18080 tcp:18081 tcp:3001 tcp:3002 tcp:3003 \
        tcp:443 tcp:4443 tcp:13101 tcp:13102 tcp:13103 tcp:53 udp:53 udp:123 udp:500 udp:4500
    lab_wait_listening "$NS_R" tcp:13001 tcp:13002 tcp:13003 tcp:13443 tcp:14443
    local deadline=$((SECONDS + 10))
    until [ -S "$LAB_DIR/charon.vici" ]; do
        lab_check_alive
        [ "$SECONDS" -ge "$deadline" ] && lab_die "charon's vici socket did not appear"
        sleep 0.1
    done
    ip netns exec "$NS_S" env STRONGSWAN_CONF="$LAB_DIR/conf/strongswan.conf" SWANCTL_DIR="$LAB_DIR/conf/swanctl" \
        swanctl --load-all --uri "unix://$LAB_DIR/charon.vici" >"$LAB_DIR/log/swanctl.log" 2>&1 ||
        lab_die "swanctl --load-all failed"
    lab_check_alive
    lab_warm_up
}

# lab_warm_up: resolves the neighbours on both segments before the scenario starts, as on a LAN that has been up
# for a while. Without it, the first IPv6 neighbour solicitation right after the links come up is sometimes lost
# and a probe's SYN waits one second for the retry.
lab_warm_up()
{
    local pids=() key
    ip netns exec "$NS_C" ping -q -n -c 1 -W 2 "$LAB_ROUTER4" >/dev/null 2>&1 &
    pids+=("$!")
    ip netns exec "$NS_C" ping -q -n -c 1 -W 2 "$LAB_ROUTER6" >/dev/null 2>&1 &
    pids+=("$!")
    for key in "${!LAB_ADDR4[@]}"; do
        ip netns exec "$NS_R" ping -q -n -c 1 -W 2 "${LAB_ADDR4[$key]}" >/dev/null 2>&1 &
        pids+=("$!")
        ip netns exec "$NS_R" ping -q -n -c 1 -W 2 "${LAB_ADDR6[$key]}" >/dev/null 2>&1 &
        pids+=("$!")
    done
    local pid failed=0
    for pid in "${pids[@]}"; do
        wait "$pid" || failed=$((failed + 1))
    done
    [ "$failed" -eq 0 ] || lab_log "warning: $failed of ${#pids[@]} warm-up pings got no answer"
}

# lab_router_rules FORWARD_RULES NAT_PRE_RULES NAT_POST_RULES ALLOWED4 ALLOWED6: the router's nftables
# ruleset for one scenario. The guard chain counts (and drops) every packet from the client to an address
# outside the lab ("leak") or outside the scenario's plan ("offplan"); the scenario's rules DROP, REJECT,
# redirect or masquerade.
lab_router_rules()
{
    local forward=$1 nat_pre=$2 nat_post=$3 allowed4=$4 allowed6=$5
    cat >"$LAB_DIR/conf/router.nft" <<EOF
table inet lab {
    counter leak {}
    counter offplan {}
    set plan4 {
        type ipv4_addr
        flags interval
        elements = { $allowed4 }
    }
    set plan6 {
        type ipv6_addr
        flags interval
        elements = { $allowed6 }
    }
    chain guard {
        type filter hook prerouting priority raw; policy accept;
        iifname != { "rc", "rg" } accept
        meta nfproto ipv4 ip daddr { 224.0.0.0/4, 255.255.255.255 } accept
        meta nfproto ipv6 ip6 daddr { ff00::/8, fe80::/10 } accept
        meta nfproto ipv4 ip daddr != 10.77.0.0/16 counter name leak drop
        meta nfproto ipv6 ip6 daddr != fd77::/16 counter name leak drop
        meta nfproto ipv4 ip daddr != @plan4 counter name offplan drop
        meta nfproto ipv6 ip6 daddr != @plan6 counter name offplan drop
    }
    chain nat_pre {
        type nat hook prerouting priority dstnat; policy accept;
$nat_pre
    }
    chain forward {
        type filter hook forward priority filter; policy accept;
$forward
    }
    chain nat_post {
        type nat hook postrouting priority srcnat; policy accept;
$nat_post
    }
}
EOF
    ip netns exec "$NS_R" nft -f "$LAB_DIR/conf/router.nft" 2>"$LAB_DIR/log/nft.log" ||
        lab_die "nft rejected the router rules: $(cat "$LAB_DIR/log/nft.log")"
}

# lab_counter NAME: packets counted by one of the router's guard counters.
lab_counter()
{
    ip netns exec "$NS_R" nft list counter inet lab "$1" | sed -n 's/.*packets \([0-9]*\).*/\1/p'
}

# lab_tpready ARGS...: runs tpready in the client namespace as nobody (no privileges), with the lab's resolver as
# the system's (a bind mount inside the command's own mount namespace), an empty environment (no proxy variables)
# and the report in $LAB_DIR/out/report.json. Sets TPREADY_RC and TPREADY_WALL_MS.
lab_tpready()
{
    printf 'nameserver %s\n' "${LAB_ADDR4[dns]}" >"$LAB_DIR/resolv.conf"
    chmod 0644 "$LAB_DIR/resolv.conf"
    install -m 0755 "$LAB_TPREADY" "$LAB_DIR/tpready"
    rm -f "$LAB_DIR/out/report.json"
    chown nobody "$LAB_DIR/out"
    local start end
    start=$(date +%s%N)
    set +e
    ip netns exec "$NS_C" /bin/sh -c 'mount --bind "$0" /etc/resolv.conf && exec "$@"' "$LAB_DIR/resolv.conf" \
        setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all \
        env -i PATH=/usr/bin:/bin HOME=/nonexistent LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        "$LAB_DIR/tpready" check "$@" --json "$LAB_DIR/out/report.json" \
        >"$LAB_DIR/out/stdout.txt" 2>"$LAB_DIR/out/stderr.txt"
    TPREADY_RC=$?
    set -e
    end=$(date +%s%N)
    TPREADY_WALL_MS=$(((end - start) / 1000000))
}

# lab_gateway_vlan: a base station on a VLAN of its own: namespace NS_G behind the router's "rg" (10.77.3.2), so that
# the router's rules can treat it otherwise than the laptop (iifname "rg").
lab_gateway_vlan()
{
    NS_G="${LAB_ID}g"
    ip netns add "$NS_G" || lab_die "cannot create network namespace $NS_G"
    ip -n "$NS_G" link set lo up
    ip netns exec "$NS_G" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 \
        net.ipv4.ping_group_range="0 2147483647"
    ip -n "$NS_R" link add rg type veth peer name eth0 netns "$NS_G"
    ip -n "$NS_G" addr add 10.77.3.2/24 dev eth0
    ip -n "$NS_G" addr add fd77:3::2/64 dev eth0 nodad
    ip -n "$NS_G" link set eth0 up
    ip -n "$NS_G" route add default via 10.77.3.1
    ip -n "$NS_G" -6 route add default via fd77:3::1
    ip -n "$NS_R" addr add 10.77.3.1/24 dev rg
    ip -n "$NS_R" addr add fd77:3::1/64 dev rg nodad
    ip -n "$NS_R" link set rg up
    ip -n "$NS_S" route add 10.77.3.0/24 via 10.77.2.1
    ip -n "$NS_S" -6 route add fd77:3::/64 via fd77:2::1
}

# lab_gateway_script NS RESOLVER OPENSSL BUSYBOX: makes the gateway script for the scenario's selection, checks it
# (sh -n, and the POSIX mode of shellcheck), and runs it in namespace NS as nobody, with CAP_NET_RAW (BusyBox's ping
# needs it: a gateway's shell is root, or its ping setuid), with the applets of the BusyBox binary BUSYBOX alone on
# its PATH (and Debian's openssl when OPENSSL is "yes"), RESOLVER as its /etc/resolv.conf. The block is in
# $LAB_DIR/gw/block.txt; sets GATEWAY_RC, GATEWAY_WALL_MS and GATEWAY_DEADLINE (the seconds the script announced).
lab_gateway_script()
{
    local ns=$1 resolver=$2 openssl=$3 busybox=$4 d="$LAB_DIR/gw"
    mkdir -p "$d/bin"
    QT_QPA_PLATFORM=offscreen "$LAB_TPREADY_CLI" gateway-script "${SCEN_SELECT[@]}" >"$d/check.sh" ||
        lab_die "tpready gateway-script failed for ${SCEN_SELECT[*]}"
    sh -n "$d/check.sh" || lab_die "the gateway script does not pass sh -n"
    shellcheck -s sh "$d/check.sh" >"$d/shellcheck.txt" 2>&1 ||
        lab_die "the gateway script does not pass shellcheck -s sh: $(head -n 20 "$d/shellcheck.txt")"
    local applet
    # A copy that nobody may run (the full one lives in root's cache).
    install -m 0755 "$busybox" "$d/busybox"
    for applet in $("$d/busybox" --list); do
        ln -sf "$d/busybox" "$d/bin/$applet"
    done
    [ "$openssl" != yes ] || ln -sf "$(command -v openssl)" "$d/bin/openssl"
    printf 'nameserver %s\n' "$resolver" >"$d/resolv.conf"
    chmod -R a+rX "$d"
    local start end
    start=$(date +%s%N)
    set +e
    ip netns exec "$ns" /bin/sh -c 'mount --bind "$0" /etc/resolv.conf && exec "$@"' "$d/resolv.conf" \
        setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all,+net_raw --ambient-caps=+net_raw \
        env -i PATH="$d/bin" HOME=/ LANG=C "$d/bin/sh" "$d/check.sh" >"$d/block.txt" 2>"$d/stderr.txt"
    GATEWAY_RC=$?
    set -e
    end=$(date +%s%N)
    GATEWAY_WALL_MS=$(((end - start) / 1000000))
    GATEWAY_DEADLINE=$(sed -n 's/^tpready gateway check: [0-9]* checks, at most \([0-9]*\) s$/\1/p' "$d/stderr.txt")
}
