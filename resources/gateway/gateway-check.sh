#!/bin/sh
# tpready gateway check for: @SELECTION@
# Made by tpready @VERSION@ (`tpready gateway-script`). It checks, from this base station, the flows the site must
# allow for ThingPark, with the tools the base station has (BusyBox nc, nslookup, ping; nc -u, openssl, ntpd or
# ntpdate when present).
# Read-only: it installs nothing, changes no setting (the clock included), writes only in a directory under /tmp that
# it removes, asks for no password, and contacts only the hosts of the plan and the base station's own resolver:
# @HOSTS@
# It takes at most @DEADLINE@ seconds. Run it with `sh FILE` (or paste it, wrapped as tpready shows), then copy the
# block from its BEGIN line to its END line back into tpready (the wizard, or `--gateway-results FILE`).

tp_main() {
    TP_T=@TIMEOUT@
    TP_DIR=$(mktemp -d /tmp/tpready.XXXXXX) || {
        echo "tpready: cannot make a directory under /tmp" >&2
        return 1
    }
    trap 'rm -rf "$TP_DIR"' EXIT
    trap 'rm -rf "$TP_DIR"; exit 130' INT TERM
    echo "tpready gateway check: @COUNT@ checks, at most @DEADLINE@ s" >&2
    TP_STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    TP_OPENSSL=''
    if command -v openssl >/dev/null 2>&1 && openssl version </dev/null >/dev/null 2>&1; then
        TP_OPENSSL=openssl
    fi
    # A UDP client: BusyBox's nc has one (-u) when built with its full netcat (NC_110_COMPAT).
    TP_UDP=''
    if nc --help 2>&1 </dev/null | grep -q -- '-u'; then
        TP_UDP=nc
    fi
    TP_NTP=''
    if [ -n "$TP_UDP" ]; then
        TP_NTP=nc
    elif command -v ntpd >/dev/null 2>&1 && ntpd --help 2>&1 </dev/null | grep -q 'Do not set time'; then
        TP_NTP=ntpd
    elif command -v ntpdate >/dev/null 2>&1; then
        TP_NTP=ntpdate
    fi
    tp_plan_files
    # Names first, all at once, through the base station's own resolver: what its software will use.
    for tp_name in $TP_NAMES; do
        tp_resolve "$tp_name" &
    done
    wait
    tp_plan_checks
    wait
    TP_FINISHED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    {
        echo "format tpready-gateway/1"
        echo "tool @VERSION@"
        echo "plan @PLAN@"
        echo "selection @SELECTION_TOKENS@"
        echo "gateway $(tp_clean "$(hostname 2>/dev/null)")"
        echo "system $(tp_clean "$(uname -srm 2>/dev/null)")"
        echo "resolvers $(tp_clean "$(sed -n 's/^[[:space:]]*nameserver[[:space:]]\{1,\}\([^[:space:]]*\).*/\1/p' /etc/resolv.conf 2>/dev/null | tr '\n' ' ')")"
        echo "tools openssl=${TP_OPENSSL:-no} udp=${TP_UDP:-no} ntp=${TP_NTP:-no}"
        echo "started $TP_STARTED"
        echo "finished $TP_FINISHED"
        tp_i=1
        while [ "$tp_i" -le @COUNT@ ]; do
            if [ -s "$TP_DIR/row.$tp_i" ]; then
                cat "$TP_DIR/row.$tp_i"
            else
                echo "check $(cat "$TP_DIR/key.$tp_i") skipped error - - the check did not finish"
            fi
            tp_i=$((tp_i + 1))
        done
    } | sed 's/ *$//' >"$TP_DIR/block"
    echo "lines $(($(wc -l <"$TP_DIR/block") + 1))" >>"$TP_DIR/block"
    echo "-----BEGIN TPREADY GATEWAY RESULTS-----"
    cat "$TP_DIR/block"
    if command -v sha256sum >/dev/null 2>&1; then
        echo "sum sha256 $(sha256sum <"$TP_DIR/block" | cut -d' ' -f1)"
    elif command -v md5sum >/dev/null 2>&1; then
        echo "sum md5 $(md5sum <"$TP_DIR/block" | cut -d' ' -f1)"
    else
        echo "sum cksum $(cksum <"$TP_DIR/block" | cut -d' ' -f1)"
    fi
    echo "-----END TPREADY GATEWAY RESULTS-----"
}

# One line of printable ASCII, at most 160 characters, without leading or trailing space.
tp_clean() {
    printf '%s' "$1" | tr -c ' -~' ' ' | tr -s ' ' | cut -c1-160 | sed 's/^ *//; s/ *$//'
}

# tp_bounded SECONDS IN OUT ERR COMMAND...: runs COMMAND for at most SECONDS. Status: COMMAND's, or 124 when it was
# stopped at the deadline.
tp_bounded() {
    tp_s=$1 tp_in=$2 tp_out=$3 tp_err=$4
    shift 4
    "$@" <"$tp_in" >"$tp_out" 2>"$tp_err" &
    tp_pid=$!
    (
        sleep "$tp_s"
        kill "$tp_pid" 2>/dev/null && touch "$tp_out.cut"
    ) </dev/null >/dev/null 2>&1 &
    tp_watch=$!
    wait "$tp_pid"
    tp_rc=$?
    kill "$tp_watch" 2>/dev/null
    wait "$tp_watch" 2>/dev/null
    if [ -e "$tp_out.cut" ]; then
        return 124
    fi
    return "$tp_rc"
}

# tp_row N VERDICT REASON ADDRESS DETAIL: the result line of check N.
tp_row() {
    echo "check $(cat "$TP_DIR/key.$1") $2 $3 - ${4:--} $(tp_clean "$5")" >"$TP_DIR/row.$1.tmp"
    mv "$TP_DIR/row.$1.tmp" "$TP_DIR/row.$1"
}

# tp_resolve NAME: the addresses the base station's resolver gives NAME, IPv4 first, in $TP_DIR/addr.NAME; why not
# in $TP_DIR/dnserr.NAME.
tp_resolve() {
    tp_bounded $((TP_T + 1)) /dev/null "$TP_DIR/ns.$1" "$TP_DIR/ns.$1.err" nslookup "$1"
    tp_addresses "$TP_DIR/ns.$1" >"$TP_DIR/addr.$1"
    if [ ! -s "$TP_DIR/addr.$1" ]; then
        tp_dns_error "$TP_DIR/ns.$1" >"$TP_DIR/dnserr.$1"
    fi
}

# The addresses in nslookup's answer (BusyBox's two output styles), IPv4 ones first.
tp_addresses() {
    awk '/^Name:/ { named = 1; next }
         named && /^Address [0-9]+:/ { print $3; next }
         named && /^Address:/ { print $2 }' "$1" >"$1.all"
    grep -v ':' "$1.all"
    grep ':' "$1.all"
}

tp_dns_error() {
    if grep -q 'NXDOMAIN' "$1" "$1.err" 2>/dev/null; then
        echo "NXDOMAIN: the name does not exist for this resolver"
    elif grep -q 'timed out\|no servers could be reached' "$1" "$1.err" 2>/dev/null || [ -e "$1.cut" ]; then
        echo "no resolver answered"
    elif grep -q 'SERVFAIL' "$1" "$1.err" 2>/dev/null; then
        echo "SERVFAIL from the resolver"
    elif grep -q 'REFUSED' "$1" "$1.err" 2>/dev/null; then
        echo "REFUSED by the resolver"
    else
        echo "no address: $(cat "$1.err" "$1" 2>/dev/null | tr '\n' ' ' | cut -c1-100)"
    fi
}

# tp_address N HOST: the address to contact for HOST (itself when it is an address), or a failed row and status 1.
tp_address() {
    case $2 in
    *[!0-9.]* | '') ;;
    *)
        echo "$2"
        return 0
        ;;
    esac
    case $2 in
    *:*)
        echo "$2"
        return 0
        ;;
    esac
    if [ -s "$TP_DIR/addr.$2" ]; then
        head -n 1 "$TP_DIR/addr.$2"
        return 0
    fi
    tp_row "$1" fail dns-fail - "the base station could not resolve $2: $(cat "$TP_DIR/dnserr.$2" 2>/dev/null)"
    return 1
}

# Why a connection failed, from the client's words: refused, unreachable, timeout (empty when none of these).
tp_connect_error() {
    if grep -qi 'refused' "$1" 2>/dev/null; then
        echo refused
    elif grep -qi 'no route\|unreachable' "$1" 2>/dev/null; then
        echo unreachable
    elif grep -qi 'timed out\|timeout' "$1" 2>/dev/null; then
        echo timeout
    fi
}

# The first bytes of a file as hex pairs separated by spaces.
tp_hex() {
    od -An -tx1 -N "$2" "$1" 2>/dev/null | tr -s ' \n' '  ' | sed 's/^ //; s/ $//'
}

# tp_tcp N HOST PORT SEND EXPECT WHAT: connects with nc, sends the file SEND, and passes when what came back matches
# the extended regular expression EXPECT (on the text for banners, on hex pairs for IEC 104).
tp_tcp() {
    tp_a=$(tp_address "$1" "$2") || return 0
    tp_o=$TP_DIR/out.$1
    tp_bounded $((TP_T + 2)) "$4" "$tp_o" "$tp_o.err" nc -w "$TP_T" "$tp_a" "$3"
    tp_rc=$?
    if [ -s "$tp_o" ]; then
        if [ "$6" = iec104 ]; then
            tp_got=$(tp_hex "$tp_o" 12)
        else
            tp_got=$(head -c 200 "$tp_o" | head -n 1)
        fi
        if printf '%s\n' "$tp_got" | grep -Eq "$5"; then
            tp_row "$1" pass ok "$tp_a" "$6 answered: $tp_got"
        else
            tp_row "$1" fail wrong-service "$tp_a" "connected, but not $6 answered: $tp_got"
        fi
        return 0
    fi
    tp_why=$(tp_connect_error "$tp_o.err")
    if [ -n "$tp_why" ]; then
        tp_row "$1" fail "$tp_why" "$tp_a" "TCP $3: $(cat "$tp_o.err")"
    elif [ "$tp_rc" = 124 ]; then
        tp_row "$1" fail connection-stalled "$tp_a" "TCP $3: connected, then nothing came within $TP_T s"
    else
        tp_row "$1" fail connection-cut "$tp_a" "TCP $3: connected, then closed before $6 answered"
    fi
}

# tp_tls N HOST PORT HELLO HTTP: a TLS handshake (openssl s_client when present, else the ClientHello in the file
# HELLO through nc); HTTP is a request file to send inside the session (HTTPS, WSS), or '-'.
tp_tls() {
    tp_a=$(tp_address "$1" "$2") || return 0
    tp_o=$TP_DIR/out.$1
    if [ -n "$TP_OPENSSL" ]; then
        tp_in=/dev/null
        [ "$5" = - ] || tp_in=$5
        case $tp_a in
        *:*) tp_target="[$tp_a]:$3" ;;
        *) tp_target="$tp_a:$3" ;;
        esac
        tp_sni=''
        case $2 in
        *[a-z]*) tp_sni=$2 ;;
        esac
        if [ -n "$tp_sni" ]; then
            tp_bounded $((TP_T + 2)) "$tp_in" "$tp_o" "$tp_o.err" openssl s_client -connect "$tp_target" \
                -servername "$tp_sni" -showcerts -ign_eof
        else
            tp_bounded $((TP_T + 2)) "$tp_in" "$tp_o" "$tp_o.err" openssl s_client -connect "$tp_target" \
                -showcerts -ign_eof
        fi
        tp_proto=$(sed -n 's/^ *Protocol *: *//p; s/^New, \(TLSv[0-9.]*\),.*/\1/p' "$tp_o" | head -n 1)
        tp_issuer=$(sed -n 's/^issuer=//p' "$tp_o" | head -n 1)
        if grep -q 'BEGIN CERTIFICATE' "$tp_o"; then
            if [ "$5" != - ]; then
                tp_http=$(grep -E '^HTTP/1\.[01] [0-9]{3}' "$tp_o" | head -n 1)
                if [ -z "$tp_http" ]; then
                    tp_row "$1" fail connection-stalled "$tp_a" "TLS ${tp_proto:-handshake} done (issuer $tp_issuer), then no HTTP answer"
                    return 0
                fi
                tp_row "$1" pass ok "$tp_a" "TLS ${tp_proto:-handshake} with openssl, issuer $tp_issuer; HTTP: $tp_http"
                return 0
            fi
            tp_row "$1" pass ok "$tp_a" "TLS ${tp_proto:-handshake} with openssl, issuer $tp_issuer"
            return 0
        fi
        tp_why=$(tp_connect_error "$tp_o.err")
        if [ -n "$tp_why" ] && ! grep -q '^CONNECTED' "$tp_o"; then
            tp_row "$1" fail "$tp_why" "$tp_a" "TCP $3: $(grep -i 'refused\|unreachable\|no route\|timed out' "$tp_o.err" | head -n 1)"
        elif ! grep -q '^CONNECTED' "$tp_o"; then
            tp_row "$1" fail timeout "$tp_a" "TCP $3: no connection within $TP_T s"
        elif grep -qi 'wrong version number\|packet length too long\|record layer failure\|unknown protocol' "$tp_o.err"; then
            tp_row "$1" fail wrong-service "$tp_a" "connected, but no TLS server answered on $3 (something else holds the port)"
        elif [ -e "$tp_o.cut" ]; then
            tp_row "$1" fail connection-stalled "$tp_a" "connected, then the TLS handshake stalled"
        else
            tp_row "$1" fail connection-cut "$tp_a" "connected, then closed during the TLS handshake: $(head -n 1 "$tp_o.err")"
        fi
        return 0
    fi
    tp_bounded $((TP_T + 2)) "$4" "$tp_o" "$tp_o.err" nc -w "$TP_T" "$tp_a" "$3"
    tp_rc=$?
    tp_got=$(tp_hex "$tp_o" 6)
    case $tp_got in
    '16 03 0'[0-4]' '*' 02')
        tp_row "$1" pass ok "$tp_a" "a TLS server answered the ClientHello (ServerHello); without openssl the certificate and the HTTP exchange are not tested here"
        ;;
    '15 03 0'*)
        tp_row "$1" pass ok "$tp_a" "a TLS server answered the ClientHello (with an alert); without openssl the certificate is not tested here"
        ;;
    '')
        tp_why=$(tp_connect_error "$tp_o.err")
        if [ -n "$tp_why" ]; then
            tp_row "$1" fail "$tp_why" "$tp_a" "TCP $3: $(cat "$tp_o.err")"
        elif [ "$tp_rc" = 124 ]; then
            tp_row "$1" fail connection-stalled "$tp_a" "TCP $3: connected, then no answer to the ClientHello within $TP_T s"
        else
            tp_row "$1" fail connection-cut "$tp_a" "TCP $3: connected, then closed without a TLS answer"
        fi
        ;;
    *)
        tp_row "$1" fail wrong-service "$tp_a" "connected, but what answered is not TLS: $(head -c 60 "$tp_o" | tr -c '[:print:]' '.')"
        ;;
    esac
}

# tp_dns N SERVER: every name of the plan through the resolver SERVER; a plan without names asks for one that cannot
# exist, whose NXDOMAIN proves the resolver answers.
tp_dns() {
    if [ -z "$TP_NAMES" ]; then
        tp_o=$TP_DIR/out.$1
        tp_bounded $((TP_T + 1)) /dev/null "$tp_o" "$tp_o.err" nslookup gateway-check.tpready.invalid "$2"
        if grep -q 'NXDOMAIN' "$tp_o" "$tp_o.err"; then
            tp_row "$1" pass ok "$2" "the resolver $2 answered (NXDOMAIN for a name that cannot exist, as it should)"
        elif [ -n "$(tp_addresses "$tp_o")" ]; then
            tp_row "$1" warn wrong-service "$2" "the resolver $2 gives an address to a name that cannot exist: it rewrites NXDOMAIN"
        else
            tp_row "$1" fail no-response "$2" "the resolver $2 did not answer: $(tp_dns_error "$tp_o")"
        fi
        return 0
    fi
    tp_k=0
    for tp_name in $TP_NAMES; do
        tp_k=$((tp_k + 1))
        tp_bounded $((TP_T + 1)) /dev/null "$TP_DIR/dns.$1.$tp_k" "$TP_DIR/dns.$1.$tp_k.err" nslookup "$tp_name" "$2" &
    done
    wait
    tp_k=0 tp_bad='' tp_good=0
    for tp_name in $TP_NAMES; do
        tp_k=$((tp_k + 1))
        if [ -n "$(tp_addresses "$TP_DIR/dns.$1.$tp_k")" ]; then
            tp_good=$((tp_good + 1))
        else
            tp_bad="$tp_bad $tp_name ($(tp_dns_error "$TP_DIR/dns.$1.$tp_k"))"
        fi
    done
    if [ -z "$tp_bad" ]; then
        tp_row "$1" pass ok "$2" "the resolver $2 resolves the $tp_good names of the plan"
    elif [ "$tp_good" = 0 ] && grep -q 'timed out\|no servers could be reached' "$TP_DIR/dns.$1".*; then
        tp_row "$1" fail no-response "$2" "the resolver $2 did not answer"
    else
        tp_row "$1" fail dns-fail "$2" "the resolver $2 does not resolve:$tp_bad"
    fi
}

# tp_icmp N HOST: three echoes.
tp_icmp() {
    tp_a=$(tp_address "$1" "$2") || return 0
    tp_o=$TP_DIR/out.$1
    tp_bounded $((TP_T + 2)) /dev/null "$tp_o" "$tp_o.err" ping -c 3 -w "$TP_T" "$tp_a"
    tp_recv=$(sed -n 's/.* \([0-9]\{1,\}\) packets\{0,1\} received.*/\1/p' "$tp_o" | head -n 1)
    tp_rtt=$(sed -n 's/.*min\/avg\/max[^=]*= *\([0-9.\/]*\).*/\1/p' "$tp_o" | head -n 1)
    if [ -n "$tp_recv" ] && [ "$tp_recv" -gt 0 ]; then
        tp_row "$1" pass ok "$tp_a" "$tp_recv of 3 echoes answered, round trip min/avg/max $tp_rtt ms"
    elif [ -n "$tp_recv" ]; then
        tp_row "$1" fail timeout "$tp_a" "no answer to 3 echoes"
    else
        tp_row "$1" skipped not-testable "$tp_a" "ping could not run here: $(head -n 1 "$tp_o.err")"
    fi
}

# tp_udp N ADDRESS PORT REQUEST: sends the datagram in the file REQUEST three times (at 0, 1 and 3 s: a lost one is
# sent again) through nc -u; what came back is in $TP_DIR/out.N.
tp_udp() {
    # shellcheck disable=SC2016 # the inner sh expands them
    tp_bounded $((TP_T + 2)) /dev/null "$TP_DIR/out.$1" "$TP_DIR/out.$1.err" \
        sh -c '{ cat "$1"; sleep 1; cat "$1"; sleep 2; cat "$1"; } | nc -u -w 2 "$2" "$3"' sh "$4" "$2" "$3"
}

# tp_ike N HOST PORT REQUEST SPI: tpready's IKE_SA_INIT (the non-ESP marker first on 4500); any IKE_SA_INIT response
# for our SPI (the vendor's proposal, INVALID_KE, COOKIE, NO_PROPOSAL_CHOSEN) proves an IKE responder answered.
tp_ike() {
    tp_a=$(tp_address "$1" "$2") || return 0
    if [ -z "$TP_UDP" ]; then
        tp_row "$1" skipped not-testable "$tp_a" "IKE needs a UDP client (nc -u): this base station's nc has none, so IKE is not tested here"
        return 0
    fi
    tp_udp "$1" "$tp_a" "$3" "$4"
    tp_skip=0
    [ "$3" != 4500 ] || tp_skip=4
    tp_got=$(od -An -tx1 -j "$tp_skip" -N 20 "$TP_DIR/out.$1" 2>/dev/null | tr -d ' \n')
    case $tp_got in
    "$5"??????????????????2022*)
        tp_row "$1" pass ok "$tp_a" "an IKE responder answered IKE_SA_INIT on UDP $3"
        ;;
    '')
        tp_row "$1" fail no-response "$tp_a" "no answer to 3 IKE_SA_INIT requests on UDP $3 within $TP_T s: the packets or the answers are dropped"
        ;;
    *)
        tp_row "$1" fail wrong-service "$tp_a" "UDP $3 answered, but not with an IKE_SA_INIT response: $(printf '%s' "$tp_got" | cut -c1-40)"
        ;;
    esac
}

# tp_ntp N HOST REQUEST ORIGIN: one NTP query that sets nothing: tpready's SNTP request through nc -u (the answer
# must echo ORIGIN, its transmit timestamp), else BusyBox ntpd -w, else ntpdate -q.
tp_ntp() {
    tp_a=$(tp_address "$1" "$2") || return 0
    tp_o=$TP_DIR/out.$1
    case $TP_NTP in
    nc)
        tp_udp "$1" "$tp_a" 123 "$3"
        tp_got=$(od -An -tx1 -N 32 "$tp_o" 2>/dev/null | tr -d ' \n')
        if [ -z "$tp_got" ]; then
            tp_row "$1" fail no-response "$tp_a" "no NTP answer to 3 requests on UDP 123 within $TP_T s"
            return 0
        fi
        tp_mode=$((0x$(printf '%s' "$tp_got" | cut -c1-2) & 7))
        tp_stratum=$((0x$(printf '%s' "$tp_got" | cut -c3-4)))
        if [ "$tp_mode" != 4 ] || [ "$(printf '%s' "$tp_got" | cut -c49-64)" != "$4" ]; then
            tp_row "$1" fail wrong-service "$tp_a" "UDP 123 answered, but not with an NTP reply to our request: $(printf '%s' "$tp_got" | cut -c1-32)"
            return 0
        fi
        tp_reply="our timestamp echoed"
        ;;
    ntpd)
        # ntpd -w never quits: it is stopped as soon as a usable reply is printed.
        ntpd -n -w -q -p "$tp_a" </dev/null >"$tp_o" 2>&1 &
        tp_pid=$!
        tp_n=0
        while [ "$tp_n" -le "$TP_T" ] && ! grep -q 'strat:' "$tp_o" 2>/dev/null; do
            sleep 1
            tp_n=$((tp_n + 1))
        done
        kill "$tp_pid" 2>/dev/null
        wait "$tp_pid" 2>/dev/null
        tp_reply=$(grep 'reply from.*strat:' "$tp_o" | head -n 1)
        tp_stratum=$(printf '%s\n' "$tp_reply" | sed -n 's/.*strat:\([0-9]*\).*/\1/p')
        ;;
    ntpdate)
        tp_bounded $((TP_T + 2)) /dev/null "$tp_o" "$tp_o.err" ntpdate -q "$tp_a"
        tp_reply=$(cat "$tp_o" "$tp_o.err" | grep 'stratum' | head -n 1)
        tp_stratum=$(printf '%s\n' "$tp_reply" | sed -n 's/.*stratum \([0-9]*\).*/\1/p')
        ;;
    *)
        tp_row "$1" skipped not-testable "$tp_a" "no NTP client that only queries (nc -u, BusyBox ntpd -w, ntpdate -q) on this base station"
        return 0
        ;;
    esac
    if [ -n "$tp_stratum" ] && [ "$tp_stratum" -gt 0 ] && [ "$tp_stratum" -lt 16 ]; then
        tp_row "$1" pass ok "$tp_a" "NTP answered ($TP_NTP): stratum $tp_stratum; $tp_reply"
    elif [ -n "$tp_reply" ]; then
        tp_row "$1" fail wrong-service "$tp_a" "NTP answered without time (stratum ${tp_stratum:-unknown}): $tp_reply"
    else
        tp_row "$1" fail no-response "$tp_a" "no NTP answer within $TP_T s ($TP_NTP)"
    fi
}

# tp_untested N ADDRESS WHY: a row this base station cannot test.
tp_untested() {
    tp_row "$1" skipped not-testable "$2" "$3"
}

@PLAN_FUNCTIONS@
tp_main
