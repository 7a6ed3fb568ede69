# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash disable=SC2034
# The lab's scenarios. Each function scenario_NAME sets:
#   SCEN_DESC       one line: what the scenario shows
#   SCEN_SELECT     selection options (shared by `tpready flows` and `tpready check`)
#   SCEN_EXTRA      options for `tpready check` only (--ca, --resolve)
#   SCEN_TIMEOUT    the per-check timeout, ms
#   SCEN_MAX_RATIO  when set: the run (the report's duration) must stay within this many per-check timeouts, the
#                   process (wall time) within that and 1.5 s for start-up and exit
#   SCEN_RTT        when set: the client-router link is the delay wire, with this round trip in ms
#   SCEN_FORWARD, SCEN_NAT_PRE, SCEN_NAT_POST   nftables rules of the router (forward filter, dstnat, srcnat); conntrack
#                   accounting is on, so that a rule can match a flow's Nth packet (ct original packets N)
#   SCEN_EXPECT     the expected verdict and reason of every check (format: labcheck.py's docstring)
# tests/integration/lab.cmake registers one CTest test per scenario_ function, in this file's order.
#
# Expectations are written for every protocol, also those whose probe is not on this branch yet: labcheck.py
# reports them as PENDING while the check ends with "No probe exists for protocol ..." and asserts them as soon
# as the probe exists.

# LAB_CA (the lab CA file for --ca) is set by lab.sh once the lab exists.
LAB_ISSUER='ev.issuer="tpready Lab Root CA"'
INSPECTION_ISSUER='ev.issuer="Example Corp SSL Inspection CA"'
SSH_OK='pass ok ev.software~^OpenSSH_ ev.identification~^SSH-2.0-OpenSSH_ ev.kexinit.bytes:number ev.kexinit.kex_algorithms:array'
IKE_OK='pass ok ev.response_kind=full ev.chosen_proposal=aes128-sha256-ecp256'
FTP_OK='pass ok ev.reply_code=220 "ev.greeting=tpready lab FTP ready"'
IEC104_OK='pass ok "ev.answer=TESTFR con" "ev.received_hex=68 04 83 00 00 00"'
# method socket: the unprivileged ICMP echo socket, not the ping program's capability. The Windows build
# (LAB_WINDOWS=1, tests/windows/) uses IcmpSendEcho2, which needs no privilege either.
if [ -n "${LAB_WINDOWS:-}" ]; then
    ICMP_OK='pass ok ev.method=icmpapi'
else
    ICMP_OK='pass ok ev.method=socket'
fi
NTP_OK='pass ok ev.stratum=10 ev.clock_offset_ms:number'
DNS_OK='pass ok ev.hijack_test.hijacked=false'
DHCP_INFO='info not-testable ev.sent=nothing'
# The SLRC/TPE front end: a verified chain, then a demand for a client certificate, from the lab CA.
MTLS_OK="pass tls-client-cert-required $LAB_ISSUER ev.verified=true ev.client_certificate_requested=true \"ev.acceptable_ca_names~tpready Lab Root CA\""
# Basics Station: the INFOS answer of the WebSocket /router-info, CUPS's 14-byte "no update".
WSS_OK="pass ok $LAB_ISSUER ev.verified=true ev.http_status=101 ev.router_info.uri~^wss://lns.lab.test:4443/"
CUPS_OK="pass ok $LAB_ISSUER ev.verified=true ev.http_status=200 ev.body_bytes=14 ev.cups.no_update=true"
# The inspection terminator: its own CA, untrusted, and no client certificate asked where the SLRC asks for one.
INSPECTED="fail tls-intercepted $INSPECTION_ISSUER \"detail~Example Corp SSL Inspection CA\" ev.verified=false ev.client_certificate_requested=false"

# --resolve options for the SaaS names of the lab (eu-prod).
saas_resolve()
{
    local entry
    for entry in "${LAB_NAMES[@]}"; do
        case $entry in
            *.thingpark.com=* | *.actility.com=*) printf -- '--resolve\n%s=%s\n' "${entry%%=*}" "${LAB_ADDR4[${entry#*=}]}" ;;
        esac
    done
}

scenario_selfhosted_ipsec()
{
    SCEN_DESC="self-hosted TPE, LRR over IPsec, every flow open: IKE, ESP (info), ICMP, SFTP, SSH, TLS 3001-3003 with client certificates required, NTP, DNS"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.10 --transport lrr-ipsec --ntp 10.77.2.123 --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_GATEWAY_EXPECT=$'tested 7\nsummary ready\nlaptop ready'
    SCEN_EXPECT=$(
        cat <<EOF
i1  10.77.2.10  500  $IKE_OK  ev.nat.local_behind_nat=false ev.nat.server_behind_nat=false
i1  10.77.2.10  4500 $IKE_OK  ev.nat.local_behind_nat=false ev.nat.server_behind_nat=false
i2  10.77.2.10  -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=true ev.nat_detected=false "detail~No NAT was detected"
i3  10.77.2.10  -    $ICMP_OK
i4  10.77.2.10  22   $SSH_OK
i5  10.77.2.10  22   $SSH_OK
i38 10.77.2.10  3001 $MTLS_OK
i39 10.77.2.10  3002 $MTLS_OK
i40 10.77.2.10  3003 $MTLS_OK
n1  10.77.2.123 123  $NTP_OK
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.10  123  $NTP_OK
n4  -           -    $DHCP_INFO
summary ready 0
EOF
    )
}

scenario_selfhosted_tls()
{
    SCEN_DESC="self-hosted TPE, LRR over TLS: IEC 104 and SFTP inside TLS on 3001-3003 (client certificate required), SSH, SFTP, ICMP"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.10 --transport lrr-tls --ntp 10.77.2.123 --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_GATEWAY_EXPECT=$'tested 7\nsummary ready\nlaptop ready'
    SCEN_EXPECT=$(
        cat <<EOF
i3  10.77.2.10  -    $ICMP_OK
i4  10.77.2.10  22   $SSH_OK
i5  10.77.2.10  22   $SSH_OK
i38 10.77.2.10  3001 $MTLS_OK
i39 10.77.2.10  3002 $MTLS_OK
i40 10.77.2.10  3003 $MTLS_OK
n1  10.77.2.123 123  $NTP_OK
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.10  123  $NTP_OK
n4  -           -    $DHCP_INFO
summary ready 0
EOF
    )
}

scenario_selfhosted_tls_inner()
{
    SCEN_DESC="self-hosted TPE whose TLS front end asks for no client certificate: the probes go on inside TLS (IEC 104 TESTFR on 3001, SSH identification on 3002 and 3003)"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.11 --transport lrr-tls --ntp 10.77.2.123 --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_NAT_PRE='
        ip daddr 10.77.2.11 tcp dport 3001 dnat ip to 10.77.2.11:13101
        ip daddr 10.77.2.11 tcp dport 3002 dnat ip to 10.77.2.11:13102
        ip daddr 10.77.2.11 tcp dport 3003 dnat ip to 10.77.2.11:13103'
    SCEN_EXPECT=$(
        cat <<EOF
i3  10.77.2.11  -    $ICMP_OK
i4  10.77.2.11  22   $SSH_OK
i5  10.77.2.11  22   $SSH_OK
i38 10.77.2.11  3001 pass ok $LAB_ISSUER ev.verified=true ev.inner_protocol=iec104 ev.testfr_con=true
i39 10.77.2.11  3002 pass ok $LAB_ISSUER ev.verified=true ev.inner_protocol=ssh ev.software~^OpenSSH_
i40 10.77.2.11  3003 pass ok $LAB_ISSUER ev.verified=true ev.inner_protocol=ssh ev.software~^OpenSSH_
n1  10.77.2.123 123  $NTP_OK
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.11  123  $NTP_OK
n4  -           -    $DHCP_INFO
summary ready 0
EOF
    )
}

scenario_selfhosted_plain()
{
    SCEN_DESC="self-hosted TPE, LRR with neither IPsec nor TLS: IEC 104 (TESTFR), FTP greeting, SSH, ICMP, NTP, DNS"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.10 --transport lrr-plain --ntp 10.77.2.123 --dns 10.77.2.53)
    SCEN_EXTRA=()
    SCEN_TIMEOUT=3000
    SCEN_GATEWAY_EXPECT=$'tested 6\nsummary ready\nlaptop ready'
    SCEN_EXPECT=$(
        cat <<EOF
i3  10.77.2.10  -    $ICMP_OK
i5  10.77.2.10  22   $SSH_OK
i6  10.77.2.10  2404 $IEC104_OK
i7  10.77.2.10  21   $FTP_OK
i8  10.77.2.10  21   $FTP_OK
n1  10.77.2.123 123  $NTP_OK
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.10  123  $NTP_OK
n4  -           -    $DHCP_INFO
summary ready 0
EOF
    )
}

scenario_selfhosted_plain_ipv6()
{
    SCEN_DESC="the same self-hosted LRR-plain TPE reached over IPv6 through the router"
    SCEN_SELECT=(--deployment self-hosted --tpe fd77:2::10 --transport lrr-plain --ntp fd77:2::123 --dns fd77:2::53)
    SCEN_EXTRA=()
    SCEN_TIMEOUT=3000
    SCEN_EXPECT=$(
        cat <<EOF
i3  fd77:2::10  -    $ICMP_OK
i5  fd77:2::10  22   $SSH_OK address=fd77:2::10
i6  fd77:2::10  2404 $IEC104_OK
i7  fd77:2::10  21   $FTP_OK
i8  fd77:2::10  21   $FTP_OK
n1  fd77:2::123 123  $NTP_OK
n2  fd77:2::53  53   $DNS_OK
n3  fd77:2::10  123  $NTP_OK
n4  -           -    $DHCP_INFO
summary ready 0
EOF
    )
}

scenario_selfhosted_ha_node_down()
{
    SCEN_DESC="high-availability TPE (two nodes); the router answers ICMP host-unreachable for everything to the second node, as when it is down"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.10,10.77.2.11 --transport lrr-ipsec --ntp 10.77.2.123
        --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    # Linux reports ICMP host-unreachable to a TCP connect (EHOSTUNREACH) and to ping, but not to a UDP socket
    # (a "soft" error without IP_RECVERR): IKE and NTP see no answer at all.
    SCEN_FORWARD='
        ip daddr 10.77.2.11 reject with icmp type host-unreachable'
    SCEN_EXPECT=$(
        cat <<EOF
i1  10.77.2.10  500  $IKE_OK
i1  10.77.2.10  4500 $IKE_OK
i1  10.77.2.11  500  fail no-response
i1  10.77.2.11  4500 fail no-response
i2  10.77.2.10  -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=true
i2  10.77.2.11  -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=false
i3  10.77.2.10  -    $ICMP_OK
i3  10.77.2.11  -    fail unreachable
i4  10.77.2.10  22   $SSH_OK
i4  10.77.2.11  22   fail unreachable ev.connect_error=113
i5  10.77.2.10  22   $SSH_OK
i5  10.77.2.11  22   fail unreachable "detail~host is unreachable"
i38 10.77.2.10  3001 $MTLS_OK
i38 10.77.2.11  3001 fail unreachable
i39 10.77.2.10  3002 $MTLS_OK
i39 10.77.2.11  3002 fail unreachable
i40 10.77.2.10  3003 $MTLS_OK
i40 10.77.2.11  3003 fail unreachable
n1  10.77.2.123 123  $NTP_OK
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.10  123  $NTP_OK
n3  10.77.2.11  123  fail no-response
n4  -           -    $DHCP_INFO
summary not-ready 1
EOF
    )
}

scenario_selfhosted_station()
{
    SCEN_DESC="self-hosted TPE named tpe.lab.test (resolved by the lab's DNS), Basics Station: WSS router-info on 4443, CUPS update-info on 443"
    SCEN_SELECT=(--deployment self-hosted --tpe tpe.lab.test --transport basics-station --ntp ntp.lab.test --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_GATEWAY_EXPECT=$'tested 3\nsummary ready\nlaptop ready'
    SCEN_EXPECT=$(
        cat <<EOF
i42 tpe.lab.test 4443 $WSS_OK address=10.77.2.10
i43 tpe.lab.test 443  $CUPS_OK address=10.77.2.10
n1  ntp.lab.test 123  $NTP_OK address=10.77.2.123
n2  10.77.2.53   53   $DNS_OK
n3  tpe.lab.test 123  $NTP_OK address=10.77.2.10
n4  -            -    $DHCP_INFO
summary ready 0
EOF
    )
}

scenario_saas_ipsec()
{
    SCEN_DESC="SaaS eu-prod, LRR over IPsec, the platform's names pinned to lab addresses with --resolve, every flow open"
    SCEN_SELECT=(--deployment saas --platform eu-prod --transport lrr-ipsec --ntp ntp.lab.test --dns 10.77.2.53)
    mapfile -t SCEN_EXTRA < <(saas_resolve)
    SCEN_EXTRA+=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    # The gateway script (LAB_GATEWAY=1): what BusyBox can test agrees with the laptop; IKE, ESP, DHCP and NTP (no
    # ntpd in Debian's BusyBox) are left to the laptop.
    SCEN_GATEWAY_EXPECT=$'tested 13\nsummary ready\nlaptop ready'
    SCEN_EXPECT=$(
        cat <<EOF
i6   slrc1.eu.thingpark.com 500  $IKE_OK address=10.77.2.31 ev.nat.local_behind_nat=false
i6   slrc1.eu.thingpark.com 4500 $IKE_OK address=10.77.2.31 ev.nat.local_behind_nat=false
i6   slrc2.eu.thingpark.com 500  $IKE_OK address=10.77.2.32 ev.nat.local_behind_nat=false
i6   slrc2.eu.thingpark.com 4500 $IKE_OK address=10.77.2.32 ev.nat.local_behind_nat=false
i7   slrc1.eu.thingpark.com -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=true ev.nat_detected=false "detail~No NAT was detected"
i7   slrc2.eu.thingpark.com -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=true ev.nat_detected=false "detail~No NAT was detected"
i7a  slrc1.eu.thingpark.com 3001 $MTLS_OK
i7a  slrc1.eu.thingpark.com 3002 $MTLS_OK
i7a  slrc1.eu.thingpark.com 3003 $MTLS_OK
i7a  slrc2.eu.thingpark.com 3001 $MTLS_OK
i7a  slrc2.eu.thingpark.com 3002 $MTLS_OK
i7a  slrc2.eu.thingpark.com 3003 $MTLS_OK
i8a  slrc1.eu.thingpark.com -    $ICMP_OK
i8a  slrc2.eu.thingpark.com -    $ICMP_OK
i10  10.77.2.53             53   $DNS_OK
i11  -                      -    $DHCP_INFO
i11b slrc1.eu.thingpark.com 22   $SSH_OK address=10.77.2.31 ev.dns.source=--resolve
i11b slrc2.eu.thingpark.com 22   $SSH_OK address=10.77.2.32
i9   support1.eu.thingpark.com 22 $SSH_OK address=10.77.2.41
i9   support2.eu.thingpark.com 22 $SSH_OK address=10.77.2.42
i17  ntp.lab.test           123  $NTP_OK address=10.77.2.123
summary ready 0
EOF
    )
}

scenario_saas_tls()
{
    SCEN_DESC="SaaS eu-prod, LRR over TLS, the platform's names answered by the lab's resolver (the laptop's system DNS)"
    SCEN_SELECT=(--deployment saas --platform eu-prod --transport lrr-tls --ntp ntp.lab.test --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_GATEWAY_EXPECT=$'tested 13\nsummary ready\nlaptop ready'
    SCEN_EXPECT=$(
        cat <<EOF
i7a  slrc1.eu.thingpark.com 3001 $MTLS_OK address=10.77.2.31
i7a  slrc1.eu.thingpark.com 3002 $MTLS_OK address=10.77.2.31
i7a  slrc1.eu.thingpark.com 3003 $MTLS_OK address=10.77.2.31
i7a  slrc2.eu.thingpark.com 3001 $MTLS_OK address=10.77.2.32
i7a  slrc2.eu.thingpark.com 3002 $MTLS_OK address=10.77.2.32
i7a  slrc2.eu.thingpark.com 3003 $MTLS_OK address=10.77.2.32
i8a  slrc1.eu.thingpark.com -    $ICMP_OK address=10.77.2.31
i8a  slrc2.eu.thingpark.com -    $ICMP_OK address=10.77.2.32
i10  10.77.2.53             53   $DNS_OK
i11  -                      -    $DHCP_INFO
i11b slrc1.eu.thingpark.com 22   $SSH_OK address=10.77.2.31 "ev.dns.source=system resolver"
i11b slrc2.eu.thingpark.com 22   $SSH_OK address=10.77.2.32
i9   support1.eu.thingpark.com 22 $SSH_OK address=10.77.2.41
i9   support2.eu.thingpark.com 22 $SSH_OK address=10.77.2.42
i17  ntp.lab.test           123  $NTP_OK address=10.77.2.123
summary ready 0
EOF
    )
}

scenario_lossy_uplink()
{
    SCEN_DESC="a lossy, slow uplink: 300 ms round trip, and on every flow the first answer and the second request LOST (conntrack packet counts, so the same packets every run): names resolve through the lab's resolver despite it, IKE, NTP, DNS and ICMP retry, TCP rides on the kernel's retransmission of the lost SYN-ACK, all within the deadline"
    SCEN_SELECT=(--deployment saas --platform eu-prod --transport lrr-ipsec --ntp ntp.lab.test --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=5000
    SCEN_RTT=300
    SCEN_FORWARD='
        ct direction original ct original packets 2 drop
        ct direction reply ct reply packets 1 drop'
    # ICMP: echo 1's reply and echo 2 are lost, echoes 3 to 5 answered.
    local icmp="$ICMP_OK ev.echoes_sent=5 ev.echoes_received=3 ev.loss_percent=40 ev.rtt_min_ms:number"
    SCEN_EXPECT=$(
        cat <<EOF
i6   slrc1.eu.thingpark.com 500  $IKE_OK address=10.77.2.31
i6   slrc1.eu.thingpark.com 4500 $IKE_OK address=10.77.2.31
i6   slrc2.eu.thingpark.com 500  $IKE_OK address=10.77.2.32
i6   slrc2.eu.thingpark.com 4500 $IKE_OK address=10.77.2.32
i7   slrc1.eu.thingpark.com -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=true
i7   slrc2.eu.thingpark.com -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=true
i7a  slrc1.eu.thingpark.com 3001 $MTLS_OK
i7a  slrc1.eu.thingpark.com 3002 $MTLS_OK
i7a  slrc1.eu.thingpark.com 3003 $MTLS_OK
i7a  slrc2.eu.thingpark.com 3001 $MTLS_OK
i7a  slrc2.eu.thingpark.com 3002 $MTLS_OK
i7a  slrc2.eu.thingpark.com 3003 $MTLS_OK
i8a  slrc1.eu.thingpark.com -    $icmp address=10.77.2.31
i8a  slrc2.eu.thingpark.com -    $icmp address=10.77.2.32
i10  10.77.2.53             53   $DNS_OK
i11  -                      -    $DHCP_INFO
i11b slrc1.eu.thingpark.com 22   $SSH_OK address=10.77.2.31 "ev.dns.source=system resolver" ev.dns.server=10.77.2.53
i11b slrc2.eu.thingpark.com 22   $SSH_OK address=10.77.2.32
i9   support1.eu.thingpark.com 22 $SSH_OK address=10.77.2.41
i9   support2.eu.thingpark.com 22 $SSH_OK address=10.77.2.42
i17  ntp.lab.test           123  $NTP_OK address=10.77.2.123
summary ready 0
EOF
    )
}

scenario_saas_station()
{
    SCEN_DESC="SaaS eu-prod, Basics Station: LNS router-info over WSS and CUPS update-info over HTTPS, names pinned with --resolve"
    SCEN_SELECT=(--deployment saas --platform eu-prod --transport basics-station --ntp ntp.lab.test --dns 10.77.2.53)
    mapfile -t SCEN_EXTRA < <(saas_resolve)
    SCEN_EXTRA+=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_GATEWAY_EXPECT=$'tested 3\nsummary ready\nlaptop ready'
    SCEN_EXPECT=$(
        cat <<EOF
i10  10.77.2.53                          53  $DNS_OK
i11  -                                   -   $DHCP_INFO
i11c lns.eu.thingpark.com                443 $WSS_OK address=10.77.2.51
i11d thingparkenterprise.eu.actility.com 443 $CUPS_OK address=10.77.2.52
i17  ntp.lab.test                        123 $NTP_OK
summary ready 0
EOF
    )
}

scenario_drop()
{
    SCEN_DESC="a firewall silently DROPS SSH, TLS, IKE, NTP and ICMP to the TPE (DNS stays open): every dropped check ends by its deadline, the run lasts one timeout, not the sum"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.10 --transport lrr-ipsec --ntp 10.77.2.123 --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_MAX_RATIO=1.1
    SCEN_FORWARD='
        ip daddr 10.77.2.10 tcp dport { 22, 3001, 3002, 3003 } drop
        ip daddr 10.77.2.10 udp dport { 123, 500, 4500 } drop
        ip daddr 10.77.2.123 udp dport 123 drop
        ip daddr 10.77.2.10 icmp type echo-request drop'
    SCEN_EXPECT=$(
        cat <<EOF
i1  10.77.2.10  500  fail no-response
i1  10.77.2.10  4500 fail no-response
i2  10.77.2.10  -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=false "detail~IKE to this host did not get through"
i3  10.77.2.10  -    fail timeout
i4  10.77.2.10  22   fail timeout "detail~silently dropped"
i5  10.77.2.10  22   fail timeout "detail~silently dropped"
i38 10.77.2.10  3001 fail timeout
i39 10.77.2.10  3002 fail timeout
i40 10.77.2.10  3003 fail timeout
n1  10.77.2.123 123  fail no-response
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.10  123  fail no-response
n4  -           -    $DHCP_INFO
summary not-ready 1
EOF
    )
}

scenario_ipsec_4500_dropped()
{
    SCEN_DESC="a firewall lets IKE through on UDP 500 and DROPS UDP 4500 (a cellular uplink's partial IPsec path): IKE_SA_INIT answers, the 4500 row and the ESP row say the tunnel would stall after NAT detection"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.10 --transport lrr-ipsec --ntp 10.77.2.123 --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_FORWARD='
        ip daddr 10.77.2.10 udp dport 4500 drop'
    SCEN_EXPECT=$(
        cat <<EOF
i1  10.77.2.10  500  $IKE_OK  ev.nat.local_behind_nat=false
i1  10.77.2.10  4500 fail no-response ev.udp500_answered=true "detail~stall after NAT detection"
i2  10.77.2.10  -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=true "detail~IKE answered on UDP 500 but not on UDP 4500"
i3  10.77.2.10  -    $ICMP_OK
i4  10.77.2.10  22   $SSH_OK
i5  10.77.2.10  22   $SSH_OK
i38 10.77.2.10  3001 $MTLS_OK
i39 10.77.2.10  3002 $MTLS_OK
i40 10.77.2.10  3003 $MTLS_OK
n1  10.77.2.123 123  $NTP_OK
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.10  123  $NTP_OK
n4  -           -    $DHCP_INFO
summary not-ready 1
EOF
    )
}

scenario_app_firewall()
{
    SCEN_DESC="an application-aware firewall: every TCP handshake passes, then it DROPS the SSH server's KEXINIT (payload byte 5 = 20) and RESETS TLS on 3001-3002 at the ClientHello (payload byte 0 = 0x16): SSH and SFTP stall after the identification, TLS is cut; 3003 passes"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.10 --transport lrr-ipsec --ntp 10.77.2.123 --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_FORWARD='
        ip saddr 10.77.2.10 tcp sport 22 @ih,40,8 0x14 drop
        ip daddr 10.77.2.10 tcp dport { 3001, 3002 } @ih,0,8 0x16 reject with tcp reset'
    SCEN_EXPECT=$(
        cat <<EOF
i1  10.77.2.10  500  $IKE_OK
i1  10.77.2.10  4500 $IKE_OK
i2  10.77.2.10  -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=true
i3  10.77.2.10  -    $ICMP_OK
i4  10.77.2.10  22   fail connection-stalled ev.identification~^SSH-2.0-OpenSSH_ ev.silent_after_ms:number "detail~key exchange offer"
i5  10.77.2.10  22   fail connection-stalled ev.identification~^SSH-2.0-OpenSSH_ "detail~path-MTU black hole"
i38 10.77.2.10  3001 fail connection-cut "detail~during the TLS handshake"
i39 10.77.2.10  3002 fail connection-cut "detail~application-aware firewall"
i40 10.77.2.10  3003 $MTLS_OK
n1  10.77.2.123 123  $NTP_OK
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.10  123  $NTP_OK
n4  -           -    $DHCP_INFO
summary not-ready 1
EOF
    )
}

scenario_app_firewall_plain()
{
    SCEN_DESC="an application-aware firewall on the plain LRR flows: every TCP handshake passes, then it RESETS IEC 104 at the TESTFR act (payload byte 0 = 0x68) and DROPS the FTP server's greeting (payload \"220\"): IEC 104 is cut, FTP stalls; SSH passes"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.10 --transport lrr-plain --ntp 10.77.2.123 --dns 10.77.2.53)
    SCEN_EXTRA=()
    SCEN_TIMEOUT=3000
    SCEN_FORWARD='
        ip daddr 10.77.2.10 tcp dport 2404 @ih,0,8 0x68 reject with tcp reset
        ip saddr 10.77.2.10 tcp sport 21 @ih,0,24 0x323230 drop'
    SCEN_EXPECT=$(
        cat <<EOF
i3  10.77.2.10  -    $ICMP_OK
i5  10.77.2.10  22   $SSH_OK
i6  10.77.2.10  2404 fail connection-cut ev.cut_after_ms:number "detail~application-aware firewall"
i7  10.77.2.10  21   fail connection-stalled ev.silent_after_ms:number "detail~nothing came"
i8  10.77.2.10  21   fail connection-stalled
n1  10.77.2.123 123  $NTP_OK
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.10  123  $NTP_OK
n4  -           -    $DHCP_INFO
summary not-ready 1
EOF
    )
}

scenario_pmtu_black_hole()
{
    SCEN_DESC="a path-MTU black hole: the router DROPS every packet with DF set that is longer than 1000 bytes, both ways, and sends no ICMP \"fragmentation needed\": handshakes and small exchanges pass, the SSH server's KEXINIT and the TLS servers' certificate flight never arrive; the ICMP check measures the path MTU and finds the black hole, and the stalled TCP checks say so"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.10 --transport lrr-ipsec --ntp 10.77.2.123 --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_FORWARD='
        ip frag-off & 0x4000 != 0 ip length > 1000 drop'
    local stalled='fail connection-stalled ev.path_mtu=1000 ev.path_mtu_black_hole=true "detail~path-MTU black hole" "remediation~MSS clamping to 960 bytes"'
    SCEN_EXPECT=$(
        cat <<EOF
i1  10.77.2.10  500  $IKE_OK
i1  10.77.2.10  4500 $IKE_OK
i2  10.77.2.10  -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=true
i3  10.77.2.10  -    $ICMP_OK ev.path_mtu=1000 ev.path_mtu_black_hole=true ev.path_mtu_lost_above=1200 "detail~path-MTU black hole"
i4  10.77.2.10  22   $stalled ev.identification~^SSH-2.0-OpenSSH_
i5  10.77.2.10  22   $stalled
i38 10.77.2.10  3001 $stalled
i39 10.77.2.10  3002 $stalled
i40 10.77.2.10  3003 $stalled
n1  10.77.2.123 123  $NTP_OK
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.10  123  $NTP_OK
n4  -           -    $DHCP_INFO
summary not-ready 1
EOF
    )
}

scenario_drop_saas()
{
    SCEN_DESC="a firewall silently DROPS everything to both SLRC and both SUPPORT hosts (18 checks), DNS and NTP stay open: still one timeout for the whole run"
    SCEN_SELECT=(--deployment saas --platform eu-prod --transport lrr-ipsec --ntp ntp.lab.test --dns 10.77.2.53)
    mapfile -t SCEN_EXTRA < <(saas_resolve)
    SCEN_EXTRA+=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_MAX_RATIO=1.1
    SCEN_FORWARD='
        ip daddr { 10.77.2.31, 10.77.2.32, 10.77.2.41, 10.77.2.42 } drop'
    SCEN_EXPECT=$(
        cat <<EOF
i6   slrc1.eu.thingpark.com 500  fail no-response
i6   slrc1.eu.thingpark.com 4500 fail no-response
i6   slrc2.eu.thingpark.com 500  fail no-response
i6   slrc2.eu.thingpark.com 4500 fail no-response
i7   slrc1.eu.thingpark.com -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=false
i7   slrc2.eu.thingpark.com -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=false
i7a  slrc1.eu.thingpark.com 3001 fail timeout
i7a  slrc1.eu.thingpark.com 3002 fail timeout
i7a  slrc1.eu.thingpark.com 3003 fail timeout
i7a  slrc2.eu.thingpark.com 3001 fail timeout
i7a  slrc2.eu.thingpark.com 3002 fail timeout
i7a  slrc2.eu.thingpark.com 3003 fail timeout
i8a  slrc1.eu.thingpark.com -    fail timeout
i8a  slrc2.eu.thingpark.com -    fail timeout
i10  10.77.2.53             53   $DNS_OK
i11  -                      -    $DHCP_INFO
i11b slrc1.eu.thingpark.com 22   fail timeout
i11b slrc2.eu.thingpark.com 22   fail timeout
i9   support1.eu.thingpark.com 22 fail timeout
i9   support2.eu.thingpark.com 22 fail timeout
i17  ntp.lab.test           123  $NTP_OK
summary not-ready 1
EOF
    )
}

scenario_reject()
{
    SCEN_DESC="a firewall REJECTS: TCP reset and ICMP port-unreachable (refused), ICMP admin-prohibited and host-unreachable (unreachable)"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.10 --transport lrr-ipsec --ntp 10.77.2.123 --dns 10.77.2.53)
    SCEN_EXTRA=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    # core/probes/tcpconnect.cpp: ECONNREFUSED -> refused; EHOSTUNREACH / ENETUNREACH -> unreachable. Linux turns
    # a TCP reset and ICMP port-unreachable into ECONNREFUSED, ICMP admin-prohibited (code 13) and
    # host-unreachable into EHOSTUNREACH.
    SCEN_FORWARD='
        ip daddr 10.77.2.10 tcp dport 22 reject with tcp reset
        ip daddr 10.77.2.10 tcp dport 3001 reject with icmp type port-unreachable
        ip daddr 10.77.2.10 tcp dport 3002 reject with icmp type admin-prohibited
        ip daddr 10.77.2.10 tcp dport 3003 reject with icmp type host-unreachable
        ip daddr 10.77.2.10 udp dport 500 reject with icmp type port-unreachable
        ip daddr 10.77.2.10 udp dport 4500 reject with icmp type admin-prohibited
        ip daddr { 10.77.2.10, 10.77.2.123 } udp dport 123 reject with icmp type port-unreachable
        ip daddr 10.77.2.10 icmp type echo-request reject with icmp type admin-prohibited'
    SCEN_EXPECT=$(
        cat <<EOF
i1  10.77.2.10  500  fail refused
i1  10.77.2.10  4500 fail unreachable
i2  10.77.2.10  -    info not-testable ev.ip_protocol=50 needs=ike ev.ike_answered=false
i3  10.77.2.10  -    fail unreachable
i4  10.77.2.10  22   fail refused ev.connect_error=111
i5  10.77.2.10  22   fail refused "detail~refused"
i38 10.77.2.10  3001 fail refused
i39 10.77.2.10  3002 fail unreachable
i40 10.77.2.10  3003 fail unreachable
n1  10.77.2.123 123  fail refused
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.10  123  fail refused
n4  -           -    $DHCP_INFO
summary not-ready 1
EOF
    )
}

scenario_tls_inspection()
{
    SCEN_DESC="TLS inspection: the router sends 3001-3003 of both SLRC to a second TLS terminator (stunnel) with the Example Corp SSL Inspection CA"
    SCEN_SELECT=(--deployment saas --platform eu-prod --transport lrr-tls --ntp ntp.lab.test --dns 10.77.2.53)
    mapfile -t SCEN_EXTRA < <(saas_resolve)
    SCEN_EXTRA+=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_NAT_PRE='
        ip daddr { 10.77.2.31, 10.77.2.32 } tcp dport 3001 redirect to :13001
        ip daddr { 10.77.2.31, 10.77.2.32 } tcp dport 3002 redirect to :13002
        ip daddr { 10.77.2.31, 10.77.2.32 } tcp dport 3003 redirect to :13003'
    SCEN_EXPECT=$(
        cat <<EOF
i7a  slrc1.eu.thingpark.com 3001 $INSPECTED
i7a  slrc1.eu.thingpark.com 3002 $INSPECTED
i7a  slrc1.eu.thingpark.com 3003 $INSPECTED
i7a  slrc2.eu.thingpark.com 3001 $INSPECTED
i7a  slrc2.eu.thingpark.com 3002 $INSPECTED
i7a  slrc2.eu.thingpark.com 3003 $INSPECTED
i8a  slrc1.eu.thingpark.com -    $ICMP_OK
i8a  slrc2.eu.thingpark.com -    $ICMP_OK
i10  10.77.2.53             53   $DNS_OK
i11  -                      -    $DHCP_INFO
i11b slrc1.eu.thingpark.com 22   $SSH_OK
i11b slrc2.eu.thingpark.com 22   $SSH_OK
i9   support1.eu.thingpark.com 22 $SSH_OK
i9   support2.eu.thingpark.com 22 $SSH_OK
i17  ntp.lab.test           123  $NTP_OK
summary not-ready 1
EOF
    )
}

scenario_tls_inspection_station()
{
    SCEN_DESC="TLS inspection of Basics Station: LNS (WSS) and CUPS (HTTPS) on 443 answered by the inspection terminator"
    SCEN_SELECT=(--deployment saas --platform eu-prod --transport basics-station --ntp ntp.lab.test --dns 10.77.2.53)
    mapfile -t SCEN_EXTRA < <(saas_resolve)
    SCEN_EXTRA+=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_NAT_PRE='
        ip daddr { 10.77.2.51, 10.77.2.52 } tcp dport 443 redirect to :13443'
    SCEN_EXPECT=$(
        cat <<EOF
i10  10.77.2.53                          53  $DNS_OK
i11  -                                   -   $DHCP_INFO
i11c lns.eu.thingpark.com                443 $INSPECTED
i11d thingparkenterprise.eu.actility.com 443 $INSPECTED
i17  ntp.lab.test                        123 $NTP_OK
summary not-ready 1
EOF
    )
}

scenario_nat()
{
    SCEN_DESC="the router masquerades the laptop (NAT): IKE's NAT-D payloads show it, ESP is then carried in UDP 4500"
    SCEN_SELECT=(--deployment saas --platform eu-prod --transport lrr-ipsec --ntp ntp.lab.test --dns 10.77.2.53)
    mapfile -t SCEN_EXTRA < <(saas_resolve)
    SCEN_EXTRA+=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_NAT_POST='
        oifname "rs" ip saddr 10.77.1.0/24 masquerade'
    SCEN_EXPECT=$(
        cat <<EOF
i6   slrc1.eu.thingpark.com 500  $IKE_OK ev.nat.local_behind_nat=true ev.nat.server_behind_nat=false
i6   slrc1.eu.thingpark.com 4500 $IKE_OK ev.nat.local_behind_nat=true ev.nat.server_behind_nat=false
i6   slrc2.eu.thingpark.com 500  $IKE_OK ev.nat.local_behind_nat=true ev.nat.server_behind_nat=false
i6   slrc2.eu.thingpark.com 4500 $IKE_OK ev.nat.local_behind_nat=true ev.nat.server_behind_nat=false
i7   slrc1.eu.thingpark.com -    info not-testable ev.ip_protocol=50 needs=ike ev.nat_detected=true ev.ike_answered=true "detail~behind NAT" "detail~UDP 4500"
i7   slrc2.eu.thingpark.com -    info not-testable ev.ip_protocol=50 needs=ike ev.nat_detected=true ev.ike_answered=true "detail~behind NAT" "detail~UDP 4500"
i7a  slrc1.eu.thingpark.com 3001 $MTLS_OK
i7a  slrc1.eu.thingpark.com 3002 $MTLS_OK
i7a  slrc1.eu.thingpark.com 3003 $MTLS_OK
i7a  slrc2.eu.thingpark.com 3001 $MTLS_OK
i7a  slrc2.eu.thingpark.com 3002 $MTLS_OK
i7a  slrc2.eu.thingpark.com 3003 $MTLS_OK
i8a  slrc1.eu.thingpark.com -    $ICMP_OK
i8a  slrc2.eu.thingpark.com -    $ICMP_OK
i10  10.77.2.53             53   $DNS_OK
i11  -                      -    $DHCP_INFO
i11b slrc1.eu.thingpark.com 22   $SSH_OK
i11b slrc2.eu.thingpark.com 22   $SSH_OK
i9   support1.eu.thingpark.com 22 $SSH_OK
i9   support2.eu.thingpark.com 22 $SSH_OK
i17  ntp.lab.test           123  $NTP_OK
summary ready 0
EOF
    )
}

scenario_wrong_service()
{
    SCEN_DESC="wrong services behind the right ports: HTTP answers on 22, SSH on 2404 (IEC 104), a silent server on 21 (FTP: the session is held, connection-stalled)"
    SCEN_SELECT=(--deployment self-hosted --tpe 10.77.2.10 --transport lrr-plain --ntp 10.77.2.123 --dns 10.77.2.53)
    SCEN_EXTRA=()
    SCEN_TIMEOUT=2000
    SCEN_NAT_PRE='
        ip daddr 10.77.2.10 tcp dport 22 dnat ip to 10.77.2.10:18080
        ip daddr 10.77.2.10 tcp dport 2404 dnat ip to 10.77.2.10:22
        ip daddr 10.77.2.10 tcp dport 21 dnat ip to 10.77.2.10:18081'
    SCEN_EXPECT=$(
        cat <<EOF
i3  10.77.2.10  -    $ICMP_OK
i5  10.77.2.10  22   fail wrong-service "detail~HTTP" "ev.received~^HTTP/1.1 400"
i6  10.77.2.10  2404 fail wrong-service "detail~SSH"
i7  10.77.2.10  21   fail connection-stalled ev.silent_after_ms:number
i8  10.77.2.10  21   fail connection-stalled
n1  10.77.2.123 123  $NTP_OK
n2  10.77.2.53  53   $DNS_OK
n3  10.77.2.10  123  $NTP_OK
n4  -           -    $DHCP_INFO
summary not-ready 1
EOF
    )
}

scenario_captive_portal()
{
    SCEN_DESC="a captive portal: port 443 answered by plain HTTP; one resolver rewrites NXDOMAIN (warn), another answers every name with the portal's address (fail)"
    SCEN_SELECT=(--deployment saas --platform eu-prod --transport basics-station --ntp ntp.lab.test --dns 10.77.2.54
        --dns 10.77.2.55)
    mapfile -t SCEN_EXTRA < <(saas_resolve)
    SCEN_EXTRA+=(--ca "$LAB_CA")
    SCEN_TIMEOUT=3000
    SCEN_NAT_PRE='
        ip daddr { 10.77.2.51, 10.77.2.52 } tcp dport 443 dnat ip to 10.77.2.80:18080'
    SCEN_EXPECT=$(
        cat <<EOF
i10  10.77.2.54                          53  warn wrong-service ev.hijack_test.hijacked=true
i10  10.77.2.55                          53  fail wrong-service ev.hijack_test.hijacked=true
i11  -                                   -   $DHCP_INFO
i11c lns.eu.thingpark.com                443 fail wrong-service "detail~HTTP"
i11d thingparkenterprise.eu.actility.com 443 fail wrong-service "detail~HTTP"
i17  ntp.lab.test                        123 $NTP_OK
summary not-ready 1
EOF
    )
}

# ---- The gateway's own view (LAB_GATEWAY=1 only: CTest runs these as lab-gateway.* tests, never alone) ----

# The laptop's side of the gateway scenarios: saas-tls as it is (the laptop is not what they change).
gateway_tls_selection()
{
    local description=$SCEN_DESC
    scenario_saas_tls
    SCEN_DESC=$description
}

scenario_gateway_busybox_full()
{
    SCEN_DESC="a gateway whose BusyBox has nc -u and ntpd (its default configuration), on a VLAN whose rule drops UDP 4500: IKE and NTP are tested from the gateway too, and IKE on 4500 is blocked there only"
    local description=$SCEN_DESC
    scenario_saas_ipsec
    SCEN_DESC=$description
    SCEN_GATEWAY_BUSYBOX=full
    SCEN_GATEWAY_VLAN=1
    SCEN_FORWARD='iifname "rg" udp dport 4500 drop'
    SCEN_GATEWAY_EXPECT=$(
        cat <<EOF
i6  slrc1.eu.thingpark.com 500  pass ok agreement=agree "detail~IKE responder answered"
i6  slrc1.eu.thingpark.com 4500 fail no-response agreement=gateway-blocked "detail~3 IKE_SA_INIT requests"
i6  slrc2.eu.thingpark.com 500  pass ok agreement=agree
i6  slrc2.eu.thingpark.com 4500 fail no-response agreement=gateway-blocked
i17 ntp.lab.test 123 pass ok agreement=agree "detail~stratum 10; our timestamp echoed"
tested 18
summary not-ready
laptop ready
EOF
    )
}

scenario_gateway_no_openssl()
{
    SCEN_DESC="a gateway without openssl: its TLS rows are proven by a TLS 1.2 ClientHello through nc (ServerHello)"
    gateway_tls_selection
    SCEN_GATEWAY_OPENSSL=no
    SCEN_GATEWAY_EXPECT=$(
        cat <<EOF
i7a slrc1.eu.thingpark.com 3001 pass ok agreement=agree "detail~ServerHello.*without openssl"
i7a slrc2.eu.thingpark.com 3003 pass ok agreement=agree "detail~ServerHello"
i9  support1.eu.thingpark.com 22 pass ok agreement=agree "detail~SSH-2.0-OpenSSH"
tested 13
summary ready
laptop ready
EOF
    )
}

scenario_gateway_other_resolver()
{
    SCEN_DESC="the gateway's resolver is not the laptop's: it answers every name with a portal's address, so the gateway reaches nothing the laptop reaches"
    gateway_tls_selection
    SCEN_GATEWAY_RESOLVER=${LAB_ADDR4[dnsportal]}
    # The portal's address is where that resolver sends the gateway; the portal answers ICMP and nothing else (the
    # laptop never goes there).
    SCEN_GATEWAY_ALLOW=${LAB_ADDR4[portal]}
    SCEN_FORWARD="ip daddr ${LAB_ADDR4[portal]} meta l4proto tcp reject with tcp reset"
    SCEN_GATEWAY_EXPECT=$(
        cat <<EOF
i7a slrc1.eu.thingpark.com 3001 fail refused agreement=gateway-blocked "detail~TCP 3001"
i9  support1.eu.thingpark.com 22 fail refused agreement=gateway-blocked
i9  support2.eu.thingpark.com 22 fail refused agreement=gateway-blocked
i11b slrc1.eu.thingpark.com 22 fail refused agreement=gateway-blocked
i11b slrc2.eu.thingpark.com 22 fail refused agreement=gateway-blocked
i7a slrc1.eu.thingpark.com 3002 fail refused agreement=gateway-blocked
i7a slrc1.eu.thingpark.com 3003 fail refused agreement=gateway-blocked
i7a slrc2.eu.thingpark.com 3001 fail refused agreement=gateway-blocked
i7a slrc2.eu.thingpark.com 3002 fail refused agreement=gateway-blocked
i7a slrc2.eu.thingpark.com 3003 fail refused agreement=gateway-blocked
i8a slrc1.eu.thingpark.com - pass ok agreement=other-address
i8a slrc2.eu.thingpark.com - pass ok agreement=other-address
i10 10.77.2.53 53 pass ok agreement=agree
summary not-ready
laptop ready
EOF
    )
}

scenario_gateway_vlan_rule()
{
    SCEN_DESC="the gateway on a VLAN of its own whose rule drops SSH (TCP 22) and rejects TLS port 3002: the laptop passes, the gateway does not"
    gateway_tls_selection
    SCEN_GATEWAY_VLAN=1
    SCEN_FORWARD='
        iifname "rg" tcp dport 22 drop
        iifname "rg" tcp dport 3002 reject with tcp reset'
    SCEN_GATEWAY_EXPECT=$(
        cat <<EOF
i9   support1.eu.thingpark.com 22 fail timeout agreement=gateway-blocked
i9   support2.eu.thingpark.com 22 fail timeout agreement=gateway-blocked
i11b slrc1.eu.thingpark.com 22 fail timeout agreement=gateway-blocked
i11b slrc2.eu.thingpark.com 22 fail timeout agreement=gateway-blocked
i7a  slrc1.eu.thingpark.com 3002 fail refused agreement=gateway-blocked
i7a  slrc2.eu.thingpark.com 3002 fail refused agreement=gateway-blocked "detail~refused"
i7a  slrc1.eu.thingpark.com 3001 pass ok agreement=agree
tested 13
summary not-ready
laptop ready
EOF
    )
}
