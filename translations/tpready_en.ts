<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogText</name>
    <message>
        <source>catalog file %1: %2: %3</source>
        <translation>catalog file %1: %2: %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>must be a non-empty string</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>&apos;-&apos; (no port) is only valid for ICMP, ESP and DHCP</source>
        <translation>&apos;-&apos; (no port) is only valid for ICMP, ESP and DHCP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (expected TCP/443 or UDP/500, separated by spaces)</source>
        <translation>&apos;%1&apos; is not a port (expected TCP/443 or UDP/500, separated by spaces)</translation>
    </message>
    <message>
        <source>port %1 is out of range (1-65535)</source>
        <translation>port %1 is out of range (1-65535)</translation>
    </message>
    <message>
        <source>no port given</source>
        <translation>no port given</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is larger than %1 bytes</source>
        <translation>is larger than %1 bytes</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>is not valid JSON: %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lower-case letters, digits and hyphens</source>
        <translation>&apos;%1&apos; must be lower-case letters, digits and hyphens</translation>
    </message>
    <message>
        <source>unknown role (expected SLRC, SLRC (LNS-BRIDGE), LRC, SUPPORT or PROXY_HTTP)</source>
        <translation>unknown role (expected SLRC, SLRC (LNS-BRIDGE), LRC, SUPPORT or PROXY_HTTP)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>&apos;%1&apos; is not a valid host name</translation>
    </message>
    <message>
        <source>must list at least one host</source>
        <translation>must list at least one host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice</source>
        <translation>&apos;%1&apos; is defined twice</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow id such as i7a</source>
        <translation>&apos;%1&apos; is not a flow id such as i7a</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be Bidirectional or Unidirectional</source>
        <translation>&apos;%1&apos; must be Bidirectional or Unidirectional</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known protocol</source>
        <translation>&apos;%1&apos; is not a known protocol</translation>
    </message>
    <message>
        <source>protocol %1 needs a port</source>
        <translation>protocol %1 needs a port</translation>
    </message>
    <message>
        <source>protocol %1 takes no port: use &apos;-&apos;</source>
        <translation>protocol %1 takes no port: use &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known destination system</source>
        <translation>&apos;%1&apos; is not a known destination system</translation>
    </message>
    <message>
        <source>LRC is reached only through SLRC tunnels, never directly</source>
        <translation>LRC is reached only through SLRC tunnels, never directly</translation>
    </message>
    <message>
        <source>TPE is not a destination of a SaaS deployment</source>
        <translation>TPE is not a destination of a SaaS deployment</translation>
    </message>
    <message>
        <source>%1 is not a destination of a self-hosted deployment</source>
        <translation>%1 is not a destination of a self-hosted deployment</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 2.8</source>
        <translation>&apos;%1&apos; is not a version such as 2.8</translation>
    </message>
    <message>
        <source>must be &quot;MUST&quot; or &quot;OPTIONAL&quot;</source>
        <translation>must be &quot;MUST&quot; or &quot;OPTIONAL&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;standalone&quot; and &quot;high_availability&quot;, each &quot;MUST&quot; or &quot;OPTIONAL&quot;</source>
        <translation>must be an object with &quot;standalone&quot; and &quot;high_availability&quot;, each &quot;MUST&quot; or &quot;OPTIONAL&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be saas or self-hosted</source>
        <translation>&apos;%1&apos; must be saas or self-hosted</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transport of a %2 deployment</source>
        <translation>&apos;%1&apos; is not a transport of a %2 deployment</translation>
    </message>
    <message>
        <source>must list at least one flow</source>
        <translation>must list at least one flow</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in this table</source>
        <translation>&apos;%1&apos; appears twice in this table</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>must be an integer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow of this table</source>
        <translation>&apos;%1&apos; is not a flow of this table</translation>
    </message>
    <message>
        <source>flow %1 has no port %2</source>
        <translation>flow %1 has no port %2</translation>
    </message>
    <message>
        <source>only LRC and SUPPORT are reached through a tunnel</source>
        <translation>only LRC and SUPPORT are reached through a tunnel</translation>
    </message>
    <message>
        <source>the %1 %2 table is defined twice (also in %3)</source>
        <translation>the %1 %2 table is defined twice (also in %3)</translation>
    </message>
    <message>
        <source>catalog directory %1 holds no .json file</source>
        <translation>catalog directory %1 holds no .json file</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>&apos;%1&apos; is not %2 or %3</translation>
    </message>
    <message>
        <source>catalog directory %1: no table for deployment %2 with transport %3</source>
        <translation>catalog directory %1: no table for deployment %2 with transport %3</translation>
    </message>
    <message>
        <source>catalog directory %1: no file lists the SaaS platforms (schema %2)</source>
        <translation>catalog directory %1: no file lists the SaaS platforms (schema %2)</translation>
    </message>
</context>
<context>
    <name>ChangeRequestText</name>
    <message>
        <source>TPE %1</source>
        <translation>TPE %1</translation>
    </message>
    <message>
        <source>Firewall change request: ThingPark base station</source>
        <translation>Firewall change request: ThingPark base station</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Tested: %1 UTC</source>
        <translation>Tested: %1 UTC</translation>
    </message>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>No change is needed: every flow that was tested got through.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention:</source>
        <translation>No firewall rule is missing, but the following needs attention:</translation>
    </message>
    <message>
        <source>the gateway&apos;s LAN</source>
        <translation>the gateway&apos;s LAN</translation>
    </message>
    <message>
        <source>the gateway&apos;s LAN (the test laptop was on %1)</source>
        <translation>the gateway&apos;s LAN (the test laptop was on %1)</translation>
    </message>
    <message>
        <source>the local network</source>
        <translation>the local network</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>both ways</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>outbound</translation>
    </message>
    <message>
        <source>MUST</source>
        <translation>MUST</translation>
    </message>
    <message>
        <source>OPTIONAL</source>
        <translation>OPTIONAL</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Also:</translation>
    </message>
    <message>
        <source>This test ran from a laptop on the gateway&apos;s LAN: the gateway&apos;s own address, MAC address, VLAN and path may still be treated differently.</source>
        <translation>This test ran from a laptop on the gateway&apos;s LAN: the gateway&apos;s own address, MAC address, VLAN and path may still be treated differently.</translation>
    </message>
    <message>
        <source>Allow these flows in the firewall, from %1; replies to them must be allowed back. Today they are dropped, refused, not routed or forced through a proxy.</source>
        <translation>Allow these flows in the firewall, from %1; replies to them must be allowed back. Today they are dropped, refused, not routed or forced through a proxy.</translation>
    </message>
    <message>
        <source>Exempt these flows from TLS/SSL inspection (decryption) on the proxy or firewall. They already get through: no port needs opening. A device in the path presents its own certificate instead of ThingPark&apos;s, and the base station refuses it.</source>
        <translation>Exempt these flows from TLS/SSL inspection (decryption) on the proxy or firewall. They already get through: no port needs opening. A device in the path presents its own certificate instead of ThingPark&apos;s, and the base station refuses it.</translation>
    </message>
    <message>
        <source>Allow the application on its port, not only the port, from %1. The connection opens, but a proxy, captive portal, port redirection, application-aware firewall or IPS answers it or cuts it: let it through unmodified, or exempt these destinations from that policy.</source>
        <translation>Allow the application on its port, not only the port, from %1. The connection opens, but a proxy, captive portal, port redirection, application-aware firewall or IPS answers it or cuts it: let it through unmodified, or exempt these destinations from that policy.</translation>
    </message>
    <message>
        <source>Fix the name resolution: the site&apos;s DNS resolvers must answer for these names, and the gateway must reach them on UDP and TCP 53.</source>
        <translation>Fix the name resolution: the site&apos;s DNS resolvers must answer for these names, and the gateway must reach them on UDP and TCP 53.</translation>
    </message>
    <message>
        <source>Fix the name resolution: the site&apos;s DNS resolvers (this laptop used %1) must answer for these names, and the gateway must reach them on UDP and TCP 53.</source>
        <translation>Fix the name resolution: the site&apos;s DNS resolvers (this laptop used %1) must answer for these names, and the gateway must reach them on UDP and TCP 53.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>name lookup</source>
        <translation>name lookup</translation>
    </message>
    <message>
        <source>Allow %1 to %2, %3. Flow %4, %5. Found: %6.</source>
        <translation>Allow %1 to %2, %3. Flow %4, %5. Found: %6.</translation>
    </message>
    <message>
        <source>Exempt %1 to %2 from TLS inspection. Flow %3, %4. Found: %5.</source>
        <translation>Exempt %1 to %2 from TLS inspection. Flow %3, %4. Found: %5.</translation>
    </message>
    <message>
        <source>Allow %1 on %2 to %3, %4, unmodified. Flow %5, %6. Found: %7.</source>
        <translation>Allow %1 on %2 to %3, %4, unmodified. Flow %5, %6. Found: %7.</translation>
    </message>
    <message>
        <source>Make %1 resolve. Flow %2, %3. Found: %4.</source>
        <translation>Make %1 resolve. Flow %2, %3. Found: %4.</translation>
    </message>
</context>
<context>
    <name>CheckDetailsText</name>
    <message>
        <source>(local network)</source>
        <translation>(local network)</translation>
    </message>
    <message>
        <source>This check is running.</source>
        <translation>This check is running.</translation>
    </message>
    <message>
        <source>This check is waiting for its turn.</source>
        <translation>This check is waiting for its turn.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>What to ask IT</source>
        <translation>What to ask IT</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Reading this laptop&apos;s network settings…</source>
        <translation>Reading this laptop&apos;s network settings…</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>none with an address</source>
        <translation>none with an address</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Default gateway</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS servers</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>not measured (no NTP check answered)</source>
        <translation>not measured (no NTP check answered)</translation>
    </message>
    <message>
        <source>0 ms against %1</source>
        <translation>0 ms against %1</translation>
    </message>
    <message>
        <source>+%1 ms against %2 (this laptop&apos;s clock is ahead)</source>
        <translation>+%1 ms against %2 (this laptop&apos;s clock is ahead)</translation>
    </message>
    <message>
        <source>%1 ms against %2 (this laptop&apos;s clock is behind)</source>
        <translation>%1 ms against %2 (this laptop&apos;s clock is behind)</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Clock offset</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Other interfaces</source>
        <translation>Other interfaces</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>not available on this system</translation>
    </message>
    <message>
        <source>Uplink</source>
        <translation>Uplink</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 needs a file name.</translation>
    </message>
    <message>
        <source>%1 %2 is a directory: give a file name.</source>
        <translation>%1 %2 is a directory: give a file name.</translation>
    </message>
    <message>
        <source>%1 %2: the directory %3 does not exist.</source>
        <translation>%1 %2: the directory %3 does not exist.</translation>
    </message>
    <message>
        <source>%1 %2: the directory %3 is not writable.</source>
        <translation>%1 %2: the directory %3 is not writable.</translation>
    </message>
    <message>
        <source>%1 %2: the file exists and is not writable.</source>
        <translation>%1 %2: the file exists and is not writable.</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2 pass, %3 fail, %4 warn, %5 info, %6 skipped) in %7 ms</source>
        <translation>Verdict: %1 (%2 pass, %3 fail, %4 warn, %5 info, %6 skipped) in %7 ms</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>To do: %1</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number of milliseconds from %1 to %2, not &apos;%3&apos;.</source>
        <translation>--timeout-ms must be a whole number of milliseconds from %1 to %2, not &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>--resolve needs HOST=IP with a host name and an IP address, not &apos;%1&apos;.</source>
        <translation>--resolve needs HOST=IP with a host name and an IP address, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--site and --operator take at most %1 characters.</source>
        <translation>--site and --operator take at most %1 characters.</translation>
    </message>
    <message>
        <source>--pdf and --json name the same file.</source>
        <translation>--pdf and --json name the same file.</translation>
    </message>
    <message>
        <source>Usage: tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]

Lists the flows of the vendor&apos;s table for the selection and the checks they become
(one per host and port). Nothing is sent on the network.

  --deployment D     saas or self-hosted
  --transport T      lrr-ipsec, lrr-tls, lrr-plain (self-hosted only) or basics-station
  --platform P       SaaS platform (see &apos;tpready platforms&apos;)
  --tpe HOST[,HOST]  self-hosted: the TPE address; two or more for a high-availability TPE
  --lrr-version X.Y  the base station&apos;s LRR version; rows for later versions are left out
  --ntp HOST         an NTP server the base station uses (repeatable; default pool.ntp.org)
  --dns IP           a DNS server the base station uses (repeatable; default: this laptop&apos;s)
  --json             print the plan as JSON (schema tpready-flows/1)
</source>
        <translation>Usage: tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]

Lists the flows of the vendor&apos;s table for the selection and the checks they become
(one per host and port). Nothing is sent on the network.

  --deployment D     saas or self-hosted
  --transport T      lrr-ipsec, lrr-tls, lrr-plain (self-hosted only) or basics-station
  --platform P       SaaS platform (see &apos;tpready platforms&apos;)
  --tpe HOST[,HOST]  self-hosted: the TPE address; two or more for a high-availability TPE
  --lrr-version X.Y  the base station&apos;s LRR version; rows for later versions are left out
  --ntp HOST         an NTP server the base station uses (repeatable; default pool.ntp.org)
  --dns IP           a DNS server the base station uses (repeatable; default: this laptop&apos;s)
  --json             print the plan as JSON (schema tpready-flows/1)
</translation>
    </message>
    <message>
        <source>Usage: tpready platforms [--json]

Lists the ThingPark SaaS platforms and the host names of their SLRC, LNS-BRIDGE, LRC, SUPPORT
and PROXY_HTTP servers, as the vendor&apos;s per-platform FQDN list gives them.

  --json   print the list as JSON (schema tpready-platforms/1)
</source>
        <translation>Usage: tpready platforms [--json]

Lists the ThingPark SaaS platforms and the host names of their SLRC, LNS-BRIDGE, LRC, SUPPORT
and PROXY_HTTP servers, as the vendor&apos;s per-platform FQDN list gives them.

  --json   print the list as JSON (schema tpready-platforms/1)
</translation>
    </message>
    <message>
        <source>(reached only through the SLRC tunnels)</source>
        <translation>(reached only through the SLRC tunnels)</translation>
    </message>
    <message>
        <source>Self-hosted ThingPark Enterprise has no platform: give its address with --deployment self-hosted --tpe HOST.</source>
        <translation>Self-hosted ThingPark Enterprise has no platform: give its address with --deployment self-hosted --tpe HOST.</translation>
    </message>
    <message>
        <source>no command given. See &apos;tpready --help&apos;.</source>
        <translation>no command given. See &apos;tpready --help&apos;.</translation>
    </message>
    <message>
        <source>--version takes no argument.</source>
        <translation>--version takes no argument.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;. See &apos;tpready --help&apos;.</source>
        <translation>unknown option &apos;%1&apos;. See &apos;tpready --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. See &apos;tpready --help&apos;.</source>
        <translation>unknown command &apos;%1&apos;. See &apos;tpready --help&apos;.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>See &apos;tpready %1 --help&apos;.</source>
        <translation>See &apos;tpready %1 --help&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;. See &apos;tpready %2 --help&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;. See &apos;tpready %2 --help&apos;.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 is given more than once.</translation>
    </message>
    <message>
        <source>--deployment is required (saas or self-hosted).</source>
        <translation>--deployment is required (saas or self-hosted).</translation>
    </message>
    <message>
        <source>--transport is required (lrr-ipsec, lrr-tls, lrr-plain or basics-station).</source>
        <translation>--transport is required (lrr-ipsec, lrr-tls, lrr-plain or basics-station).</translation>
    </message>
    <message>
        <source>unknown deployment &apos;%1&apos; (expected saas or self-hosted).</source>
        <translation>unknown deployment &apos;%1&apos; (expected saas or self-hosted).</translation>
    </message>
    <message>
        <source>unknown transport &apos;%1&apos; (expected lrr-ipsec, lrr-tls, lrr-plain or basics-station).</source>
        <translation>unknown transport &apos;%1&apos; (expected lrr-ipsec, lrr-tls, lrr-plain or basics-station).</translation>
    </message>
    <message>
        <source>--platform needs a value.</source>
        <translation>--platform needs a value.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an LRR version (expected X.Y, such as 2.8).</source>
        <translation>&apos;%1&apos; is not an LRR version (expected X.Y, such as 2.8).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code such as fr or de_DE.</source>
        <translation>&apos;%1&apos; is not a language code such as fr or de_DE.</translation>
    </message>
    <message>
        <source>--from is required: the JSON report to render.</source>
        <translation>--from is required: the JSON report to render.</translation>
    </message>
    <message>
        <source>--pdf is required: the PDF file to write.</source>
        <translation>--pdf is required: the PDF file to write.</translation>
    </message>
    <message>
        <source>--ca %1: %2.</source>
        <translation>--ca %1: %2.</translation>
    </message>
    <message>
        <source>--ca needs a file name.</source>
        <translation>--ca needs a file name.</translation>
    </message>
    <message>
        <source>--resolve gives two addresses for %1.</source>
        <translation>--resolve gives two addresses for %1.</translation>
    </message>
    <message>
        <source>--json needs a file name, or - for the standard output.</source>
        <translation>--json needs a file name, or - for the standard output.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf needs a file name.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 is given more than once.</translation>
    </message>
    <message>
        <source>Qt&apos;s OpenSSL TLS back-end could not be loaded (%1 is used instead): TLS verdicts may differ from those of a complete installation.</source>
        <translation>Qt&apos;s OpenSSL TLS back-end could not be loaded (%1 is used instead): TLS verdicts may differ from those of a complete installation.</translation>
    </message>
    <message>
        <source>gateway: %1 %2</source>
        <translation>gateway: %1 %2</translation>
    </message>
    <message>
        <source>Gateway view: %1 (%2), %3 of %4 checks tested there, %5 disagreement(s) with the laptop; the laptop alone: %6</source>
        <translation>Gateway view: %1 (%2), %3 of %4 checks tested there, %5 disagreement(s) with the laptop; the laptop alone: %6</translation>
    </message>
    <message>
        <source>--gateway-results needs a file name.</source>
        <translation>--gateway-results needs a file name.</translation>
    </message>
    <message>
        <source>--gateway-results %1: the results are for another selection (%2): make the gateway script with this check&apos;s selection.</source>
        <translation>--gateway-results %1: the results are for another selection (%2): make the gateway script with this check&apos;s selection.</translation>
    </message>
    <message>
        <source>--gateway-results %1: %2.</source>
        <translation>--gateway-results %1: %2.</translation>
    </message>
    <message>
        <source>tpready %1: can this site&apos;s network reach Actility ThingPark?

Usage:
  tpready                     open the wizard
  tpready platforms [--json]  list the SaaS platforms and their hosts
  tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]
                              list the flows the site must allow, without running them
  tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]] [options]
                              run the checks from this laptop (see &apos;tpready check --help&apos;)
  tpready report --from REPORT.json --pdf FILE [--gateway-results FILE --json FILE]
                              render a saved report as PDF
  tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                              a shell script that runs the checks on the base station
  tpready compare OLD.json NEW.json [--json]
                              what was fixed, still fails or newly fails between reports
  tpready --version | --help

Options for every command:
  --lang LANG       language of the output (en, fr, de, es); default: the system&apos;s
  --catalog DIR     read the flow catalog from DIR instead of the built-in copy

Values:
  D  saas | self-hosted
  T  lrr-ipsec | lrr-tls | lrr-plain (self-hosted only) | basics-station
  P  a SaaS platform id: see &apos;tpready platforms&apos;

&apos;tpready COMMAND --help&apos; describes a command.
</source>
        <translation>tpready %1: can this site&apos;s network reach Actility ThingPark?

Usage:
  tpready                     open the wizard
  tpready platforms [--json]  list the SaaS platforms and their hosts
  tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]
                              list the flows the site must allow, without running them
  tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]] [options]
                              run the checks from this laptop (see &apos;tpready check --help&apos;)
  tpready report --from REPORT.json --pdf FILE [--gateway-results FILE --json FILE]
                              render a saved report as PDF
  tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                              a shell script that runs the checks on the base station
  tpready compare OLD.json NEW.json [--json]
                              what was fixed, still fails or newly fails between reports
  tpready --version | --help

Options for every command:
  --lang LANG       language of the output (en, fr, de, es); default: the system&apos;s
  --catalog DIR     read the flow catalog from DIR instead of the built-in copy

Values:
  D  saas | self-hosted
  T  lrr-ipsec | lrr-tls | lrr-plain (self-hosted only) | basics-station
  P  a SaaS platform id: see &apos;tpready platforms&apos;

&apos;tpready COMMAND --help&apos; describes a command.
</translation>
    </message>
    <message>
        <source>Usage: tpready compare OLD.json NEW.json [--json]

Compares two reports of &apos;tpready check&apos; (or the wizard), check by check: what was fixed, what
still fails, what newly fails, and what was not checked in both. Where a report holds the
gateway&apos;s own results, its verdict counts.

  --json   print the comparison as JSON (schema tpready-compare/1)

Exit status: 0 nothing newly fails, 1 something newly fails, 2 bad usage or input.
</source>
        <translation>Usage: tpready compare OLD.json NEW.json [--json]

Compares two reports of &apos;tpready check&apos; (or the wizard), check by check: what was fixed, what
still fails, what newly fails, and what was not checked in both. Where a report holds the
gateway&apos;s own results, its verdict counts.

  --json   print the comparison as JSON (schema tpready-compare/1)

Exit status: 0 nothing newly fails, 1 something newly fails, 2 bad usage or input.
</translation>
    </message>
    <message>
        <source>the script&apos;s template is missing from this build.</source>
        <translation>the script&apos;s template is missing from this build.</translation>
    </message>
    <message>
        <source>compare takes two reports: OLD.json NEW.json.</source>
        <translation>compare takes two reports: OLD.json NEW.json.</translation>
    </message>
    <message>
        <source>%1 %2: no such file.</source>
        <translation>%1 %2: no such file.</translation>
    </message>
    <message>
        <source>%1 %2: larger than %3 MiB, not a report.</source>
        <translation>%1 %2: larger than %3 MiB, not a report.</translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation>%1 %2: %3.</translation>
    </message>
    <message>
        <source>%1 %2: refused, nothing merged: %3</source>
        <translation>%1 %2: refused, nothing merged: %3</translation>
    </message>
    <message>
        <source>Usage: tpready report --from REPORT.json --pdf FILE [--gateway-results FILE] [--compare OLD.json]
                      [--json FILE]

Renders a saved JSON report (from &apos;tpready check --json&apos; or the wizard) as a PDF, in the language
of --lang. The PDF prints the SHA-256 of REPORT.json, so the two can be matched.

  --gateway-results FILE  merge the result block &apos;tpready gateway-script&apos; printed on the base station;
                          the merged report is written with --json (the PDF prints its SHA-256)
  --compare OLD.json      add a &quot;Since the earlier report&quot; section: what was fixed, still fails
                          or newly fails since OLD.json
  --json FILE             write the report as rendered (needed with --gateway-results, --compare)
</source>
        <translation>Usage: tpready report --from REPORT.json --pdf FILE [--gateway-results FILE] [--compare OLD.json]
                      [--json FILE]

Renders a saved JSON report (from &apos;tpready check --json&apos; or the wizard) as a PDF, in the language
of --lang. The PDF prints the SHA-256 of REPORT.json, so the two can be matched.

  --gateway-results FILE  merge the result block &apos;tpready gateway-script&apos; printed on the base station;
                          the merged report is written with --json (the PDF prints its SHA-256)
  --compare OLD.json      add a &quot;Since the earlier report&quot; section: what was fixed, still fails
                          or newly fails since OLD.json
  --json FILE             write the report as rendered (needed with --gateway-results, --compare)
</translation>
    </message>
    <message>
        <source>--gateway-results and --compare need --json FILE: the report the PDF&apos;s SHA-256 names.</source>
        <translation>--gateway-results and --compare need --json FILE: the report the PDF&apos;s SHA-256 names.</translation>
    </message>
    <message>
        <source>%1 would overwrite the report given with --from.</source>
        <translation>%1 would overwrite the report given with --from.</translation>
    </message>
    <message>
        <source>Usage: tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--ca FILE]
                     [--resolve HOST=IP]... [--timeout-ms N] [--site NAME] [--operator NAME]
                     [--json FILE|-] [--pdf FILE] [--redact] [--quiet] [--gateway-results FILE]

Runs every check of the plan from this laptop: a protocol-level proof per flow, host and port.
A progress line per finished check goes to stderr; a summary to stdout.

  --ca FILE          PEM certificates trusted in addition to the system&apos;s (a private CA)
  --resolve HOST=IP  use IP for HOST instead of asking the resolver (repeatable)
  --timeout-ms N     each check&apos;s deadline, %1 to %2 ms (default 5000)
  --site NAME        the site&apos;s name, for the report
  --operator NAME    who ran the check, for the report
  --json FILE|-      write the report as JSON (schema tpready-report/1); - for stdout
  --pdf FILE         write the report as PDF; without --json the JSON is saved beside it
  --redact           leave this laptop&apos;s own addresses out of the report
  --quiet            no progress lines
  --gateway-results FILE  the block &apos;tpready gateway-script&apos; printed on the base station: merged,
                     each check shows both views, the verdict uses the gateway&apos;s where it tested

Exit status: 0 every MUST flow passed, 1 a MUST flow failed, 2 bad usage or input, 3 internal error.
The selection options are those of &apos;tpready flows --help&apos;.
</source>
        <translation>Usage: tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--ca FILE]
                     [--resolve HOST=IP]... [--timeout-ms N] [--site NAME] [--operator NAME]
                     [--json FILE|-] [--pdf FILE] [--redact] [--quiet] [--gateway-results FILE]

Runs every check of the plan from this laptop: a protocol-level proof per flow, host and port.
A progress line per finished check goes to stderr; a summary to stdout.

  --ca FILE          PEM certificates trusted in addition to the system&apos;s (a private CA)
  --resolve HOST=IP  use IP for HOST instead of asking the resolver (repeatable)
  --timeout-ms N     each check&apos;s deadline, %1 to %2 ms (default 5000)
  --site NAME        the site&apos;s name, for the report
  --operator NAME    who ran the check, for the report
  --json FILE|-      write the report as JSON (schema tpready-report/1); - for stdout
  --pdf FILE         write the report as PDF; without --json the JSON is saved beside it
  --redact           leave this laptop&apos;s own addresses out of the report
  --quiet            no progress lines
  --gateway-results FILE  the block &apos;tpready gateway-script&apos; printed on the base station: merged,
                     each check shows both views, the verdict uses the gateway&apos;s where it tested

Exit status: 0 every MUST flow passed, 1 a MUST flow failed, 2 bad usage or input, 3 internal error.
The selection options are those of &apos;tpready flows --help&apos;.
</translation>
    </message>
    <message>
        <source>Usage: tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                              [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--paste]

Prints a POSIX sh script that runs the plan&apos;s checks from the base station itself, with the
BusyBox tools gateways have (nc, nslookup, ping; openssl, ntpd or ntpdate when present).
It is read-only, contacts only the plan&apos;s hosts, and ends within the deadline it prints first
with one result block: give that block to &apos;tpready check --gateway-results FILE&apos;,
&apos;tpready report --gateway-results FILE&apos; or the wizard. The selection options are those of
&apos;tpready flows&apos;.

  --paste   wrap the script for pasting into the gateway&apos;s shell (ssh) as one command
</source>
        <translation>Usage: tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                              [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--paste]

Prints a POSIX sh script that runs the plan&apos;s checks from the base station itself, with the
BusyBox tools gateways have (nc, nslookup, ping; openssl, ntpd or ntpdate when present).
It is read-only, contacts only the plan&apos;s hosts, and ends within the deadline it prints first
with one result block: give that block to &apos;tpready check --gateway-results FILE&apos;,
&apos;tpready report --gateway-results FILE&apos; or the wizard. The selection options are those of
&apos;tpready flows&apos;.

  --paste   wrap the script for pasting into the gateway&apos;s shell (ssh) as one command
</translation>
    </message>
    <message>
        <source>system unknown</source>
        <translation>system unknown</translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>(local network)</source>
        <translation>(local network)</translation>
    </message>
    <message>
        <source>report key comparison.schema is not %1</source>
        <translation>report key comparison.schema is not %1</translation>
    </message>
    <message>
        <source>report key comparison holds a check with an unknown verdict or reason</source>
        <translation>report key comparison holds a check with an unknown verdict or reason</translation>
    </message>
    <message>
        <source>Earlier report: %1 (%2)
Later report:   %3 (%4)
</source>
        <translation>Earlier report: %1 (%2)
Later report:   %3 (%4)
</translation>
    </message>
    <message>
        <source>The two reports are for different selections: only the checks they share are compared.
</source>
        <translation>The two reports are for different selections: only the checks they share are compared.
</translation>
    </message>
    <message>
        <source>Newly failing</source>
        <translation>Newly failing</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Still failing</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Not checked in both</source>
        <translation>Not checked in both</translation>
    </message>
    <message>
        <source>Unchanged and not failing: %1
</source>
        <translation>Unchanged and not failing: %1
</translation>
    </message>
</context>
<context>
    <name>CorrelateText</name>
    <message>
        <source>Without an IKE result for this host, nothing more can be said.</source>
        <translation>Without an IKE result for this host, nothing more can be said.</translation>
    </message>
    <message>
        <source>IKE to this host did not get through either, so no tunnel can be set up.</source>
        <translation>IKE to this host did not get through either, so no tunnel can be set up.</translation>
    </message>
    <message>
        <source>The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948), which answered, so the data path is covered.</source>
        <translation>The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948), which answered, so the data path is covered.</translation>
    </message>
    <message>
        <source>The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948); make sure UDP 4500 is allowed.</source>
        <translation>The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948); make sure UDP 4500 is allowed.</translation>
    </message>
    <message>
        <source>The IKE answer carried no NAT detection, so whether ESP will travel in UDP 4500 is unknown: allow ESP (IP protocol 50) both ways to %1 as well as UDP 4500.</source>
        <translation>The IKE answer carried no NAT detection, so whether ESP will travel in UDP 4500 is unknown: allow ESP (IP protocol 50) both ways to %1 as well as UDP 4500.</translation>
    </message>
    <message>
        <source>No NAT was detected: ESP (IP protocol 50) itself must be allowed both ways between the gateway and %1.</source>
        <translation>No NAT was detected: ESP (IP protocol 50) itself must be allowed both ways between the gateway and %1.</translation>
    </message>
    <message>
        <source>Allow IP protocol 50 (ESP) both ways between the gateway&apos;s LAN and %1 (%2), or make sure the path uses NAT so that ESP travels in UDP 4500.</source>
        <translation>Allow IP protocol 50 (ESP) both ways between the gateway&apos;s LAN and %1 (%2), or make sure the path uses NAT so that ESP travels in UDP 4500.</translation>
    </message>
    <message>
        <source>The certificate of %1 port %2 was issued by &quot;%3&quot;, while the other %4 servers present certificates from &quot;%5&quot;: something in the path (TLS inspection) replaces the server&apos;s certificate.</source>
        <translation>The certificate of %1 port %2 was issued by &quot;%3&quot;, while the other %4 servers present certificates from &quot;%5&quot;: something in the path (TLS inspection) replaces the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>The host answered on %1/%2 though: only ICMP is blocked on the path.</source>
        <translation>The host answered on %1/%2 though: only ICMP is blocked on the path.</translation>
    </message>
    <message>
        <source>This laptop is set to reach the Internet through a web proxy (%1): the base station cannot use one, so the direct path must be opened.</source>
        <translation>This laptop is set to reach the Internet through a web proxy (%1): the base station cannot use one, so the direct path must be opened.</translation>
    </message>
    <message>
        <source>IKE answered on UDP 500 but not on UDP 4500: the tunnel would stall right after NAT detection, where IKE moves to UDP 4500, and ESP, which travels inside UDP 4500 behind NAT, would not get through either.</source>
        <translation>IKE answered on UDP 500 but not on UDP 4500: the tunnel would stall right after NAT detection, where IKE moves to UDP 4500, and ESP, which travels inside UDP 4500 behind NAT, would not get through either.</translation>
    </message>
    <message>
        <source>Allow UDP 4500 both ways between the gateway&apos;s LAN and %1 (%2): IKE moves there after its first exchange, and ESP travels in it behind NAT.</source>
        <translation>Allow UDP 4500 both ways between the gateway&apos;s LAN and %1 (%2): IKE moves there after its first exchange, and ESP travels in it behind NAT.</translation>
    </message>
    <message>
        <source>The same host answered IKE on UDP 500, so the tunnel would start and then stall after NAT detection, when IKE moves to UDP 4500 (and ESP with it, behind NAT).</source>
        <translation>The same host answered IKE on UDP 500, so the tunnel would start and then stall after NAT detection, when IKE moves to UDP 4500 (and ESP with it, behind NAT).</translation>
    </message>
    <message>
        <source>Allow UDP 4500 both ways between the gateway&apos;s LAN and %1 (%2), as UDP 500 already is: IKE moves to 4500 after its first exchange, and ESP travels in it behind NAT.</source>
        <translation>Allow UDP 4500 both ways between the gateway&apos;s LAN and %1 (%2), as UDP 500 already is: IKE moves to 4500 after its first exchange, and ESP travels in it behind NAT.</translation>
    </message>
    <message>
        <source>The ICMP check to %1 found why: packets larger than %2 bytes are lost on this path without a &quot;fragmentation needed&quot; answer (a path-MTU black hole), so the server&apos;s first full-size packet never arrived.</source>
        <translation>The ICMP check to %1 found why: packets larger than %2 bytes are lost on this path without a &quot;fragmentation needed&quot; answer (a path-MTU black hole), so the server&apos;s first full-size packet never arrived.</translation>
    </message>
    <message>
        <source>Ask for TCP MSS clamping to %1 bytes (the path MTU of %2 minus 40) on the router or firewall of the gateway&apos;s uplink, or for ICMP &quot;fragmentation needed&quot; (type 3 code 4) to be let through to the gateway&apos;s LAN, so that the path MTU is found.</source>
        <translation>Ask for TCP MSS clamping to %1 bytes (the path MTU of %2 minus 40) on the router or firewall of the gateway&apos;s uplink, or for ICMP &quot;fragmentation needed&quot; (type 3 code 4) to be let through to the gateway&apos;s LAN, so that the path MTU is found.</translation>
    </message>
</context>
<context>
    <name>DhcpText</name>
    <message>
        <source>%1 from the DHCP server %2</source>
        <translation>%1 from the DHCP server %2</translation>
    </message>
    <message>
        <source>The laptop got its address by DHCP: %1.</source>
        <translation>The laptop got its address by DHCP: %1.</translation>
    </message>
    <message>
        <source>A static address (no DHCP) is set on %1.</source>
        <translation>A static address (no DHCP) is set on %1.</translation>
    </message>
    <message>
        <source>Old DHCP leases were found, but none for an address the laptop holds now: the system does not say how it got its current address.</source>
        <translation>Old DHCP leases were found, but none for an address the laptop holds now: the system does not say how it got its current address.</translation>
    </message>
    <message>
        <source>The system does not say whether the laptop&apos;s address came from DHCP.</source>
        <translation>The system does not say whether the laptop&apos;s address came from DHCP.</translation>
    </message>
</context>
<context>
    <name>EnvironmentAdviceText</name>
    <message>
        <source>A VPN is up on this laptop (%1): traffic may leave through it instead of the site&apos;s network, so the checks may test the VPN&apos;s path rather than the gateway&apos;s. Disconnect the VPN and run the checks again.</source>
        <translation>A VPN is up on this laptop (%1): traffic may leave through it instead of the site&apos;s network, so the checks may test the VPN&apos;s path rather than the gateway&apos;s. Disconnect the VPN and run the checks again.</translation>
    </message>
    <message>
        <source>This laptop is on Wi-Fi (%1), while the base station will be wired: Wi-Fi is often another VLAN with other firewall rules. Plug the laptop into the gateway&apos;s cable or switch port for the closest result.</source>
        <translation>This laptop is on Wi-Fi (%1), while the base station will be wired: Wi-Fi is often another VLAN with other firewall rules. Plug the laptop into the gateway&apos;s cable or switch port for the closest result.</translation>
    </message>
</context>
<context>
    <name>EspProbe</name>
    <message>
        <source>ESP (IP protocol 50) to %1 cannot be tested from a laptop: it needs administrator rights and an established IPsec tunnel.</source>
        <translation>ESP (IP protocol 50) to %1 cannot be tested from a laptop: it needs administrator rights and an established IPsec tunnel.</translation>
    </message>
</context>
<context>
    <name>GatewayBlockText</name>
    <message>
        <source>the text is larger than %1 KiB: paste only the result block</source>
        <translation>the text is larger than %1 KiB: paste only the result block</translation>
    </message>
    <message>
        <source>no result block: the text has no line &quot;%1&quot;. Copy the block the gateway script printed, from its BEGIN line to its END line.</source>
        <translation>no result block: the text has no line &quot;%1&quot;. Copy the block the gateway script printed, from its BEGIN line to its END line.</translation>
    </message>
    <message>
        <source>the text holds %1 result blocks: paste one</source>
        <translation>the text holds %1 result blocks: paste one</translation>
    </message>
    <message>
        <source>the result block is cut short: its END line is missing. Copy it again, from its BEGIN line to its END line.</source>
        <translation>the result block is cut short: its END line is missing. Copy it again, from its BEGIN line to its END line.</translation>
    </message>
    <message>
        <source>the result block has no sum line before its END line: it was cut or changed</source>
        <translation>the result block has no sum line before its END line: it was cut or changed</translation>
    </message>
    <message>
        <source>the result block&apos;s sum line is not one this tpready knows (sha256, md5 or cksum)</source>
        <translation>the result block&apos;s sum line is not one this tpready knows (sha256, md5 or cksum)</translation>
    </message>
    <message>
        <source>the result block is cut short: it counts %1 lines, %2 arrived</source>
        <translation>the result block is cut short: it counts %1 lines, %2 arrived</translation>
    </message>
    <message>
        <source>the result block has no line count before its sum: it was cut or changed</source>
        <translation>the result block has no line count before its sum: it was cut or changed</translation>
    </message>
    <message>
        <source>the result block&apos;s %1 sum does not match its content: it was changed after the gateway printed it. Run the script again and copy the block as it is.</source>
        <translation>the result block&apos;s %1 sum does not match its content: it was changed after the gateway printed it. Run the script again and copy the block as it is.</translation>
    </message>
    <message>
        <source>line %1 of the result block is not a check result: &quot;%2&quot;</source>
        <translation>line %1 of the result block is not a check result: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the result block holds the check &quot;%1&quot; twice</source>
        <translation>the result block holds the check &quot;%1&quot; twice</translation>
    </message>
    <message>
        <source>line %1 of the result block is not one of its own: &quot;%2&quot;</source>
        <translation>line %1 of the result block is not one of its own: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the result block&apos;s format is &quot;%1&quot;; this tpready reads %2</source>
        <translation>the result block&apos;s format is &quot;%1&quot;; this tpready reads %2</translation>
    </message>
    <message>
        <source>these gateway results are for another plan (%1, plan %2), not this report&apos;s (plan %3): make the gateway script with the same selection as the check</source>
        <translation>these gateway results are for another plan (%1, plan %2), not this report&apos;s (plan %3): make the gateway script with the same selection as the check</translation>
    </message>
    <message>
        <source>the gateway results hold a check this report does not: &quot;%1&quot;</source>
        <translation>the gateway results hold a check this report does not: &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>the gateway results lack %n of this report&apos;s checks (&quot;%1&quot;...)</source>
        <translation>
            <numerusform>the gateway results lack %n of this report&apos;s checks (&quot;%1&quot;...)</numerusform>
            <numerusform>the gateway results lack %n of this report&apos;s checks (&quot;%1&quot;...)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayText</name>
    <message>
        <source>Passes from the laptop, blocked from the gateway (%1): the gateway&apos;s port or VLAN has other rules, or its resolver gives another address.</source>
        <translation>Passes from the laptop, blocked from the gateway (%1): the gateway&apos;s port or VLAN has other rules, or its resolver gives another address.</translation>
    </message>
    <message>
        <source>Blocked from the laptop (%1), passes from the gateway: the laptop&apos;s own network or firewall is in the way, not the gateway&apos;s.</source>
        <translation>Blocked from the laptop (%1), passes from the gateway: the laptop&apos;s own network or firewall is in the way, not the gateway&apos;s.</translation>
    </message>
    <message>
        <source>The laptop says %1 (%2), the gateway says %3 (%4).</source>
        <translation>The laptop says %1 (%2), the gateway says %3 (%4).</translation>
    </message>
    <message>
        <source>Both got through, but to other addresses: %1 from the laptop, %2 from the gateway. Their resolvers answer differently (a name with several addresses does that too).</source>
        <translation>Both got through, but to other addresses: %1 from the laptop, %2 from the gateway. Their resolvers answer differently (a name with several addresses does that too).</translation>
    </message>
    <message>
        <source>The gateway asks the resolver(s) %1, not the DNS servers the plan was checked with (%2): its names may resolve otherwise than the laptop&apos;s.</source>
        <translation>The gateway asks the resolver(s) %1, not the DNS servers the plan was checked with (%2): its names may resolve otherwise than the laptop&apos;s.</translation>
    </message>
    <message>
        <source>report key gateway.schema is not %1</source>
        <translation>report key gateway.schema is not %1</translation>
    </message>
    <message>
        <source>report key gateway.checks[%1] holds an unknown protocol, transport, verdict, reason or port</source>
        <translation>report key gateway.checks[%1] holds an unknown protocol, transport, verdict, reason or port</translation>
    </message>
</context>
<context>
    <name>HostInputText</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>The %1 is empty.</translation>
    </message>
    <message>
        <source>The %1 is longer than 253 characters.</source>
        <translation>The %1 is longer than 253 characters.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a URL: give only the host name or IP address.</source>
        <translation>The %1 &apos;%2&apos; is a URL: give only the host name or IP address.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; includes a port: give only the host name or IP address, the ports come from the flow table.</source>
        <translation>The %1 &apos;%2&apos; includes a port: give only the host name or IP address, the ports come from the flow table.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; has brackets: write the IPv6 address without them.</source>
        <translation>The %1 &apos;%2&apos; has brackets: write the IPv6 address without them.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; has an IPv6 zone: give a global address.</source>
        <translation>The %1 &apos;%2&apos; has an IPv6 zone: give a global address.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a valid IPv4 address.</source>
        <translation>The %1 &apos;%2&apos; is not a valid IPv4 address.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is neither a host name nor an IP address.</source>
        <translation>The %1 &apos;%2&apos; is neither a host name nor an IP address.</translation>
    </message>
    <message>
        <source>The DNS server is empty.</source>
        <translation>The DNS server is empty.</translation>
    </message>
    <message>
        <source>The DNS server &apos;%1&apos; is not an IP address: a resolver is given by its address.</source>
        <translation>The DNS server &apos;%1&apos; is not an IP address: a resolver is given by its address.</translation>
    </message>
</context>
<context>
    <name>Iec104Text</name>
    <message>
        <source>Port %1 answered the IEC 104 TESTFR with %2: &quot;%3&quot;.</source>
        <translation>Port %1 answered the IEC 104 TESTFR with %2: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Port %1 answered with bytes that look like IEC 104 but break its framing (%2): %3.</source>
        <translation>Port %1 answered with bytes that look like IEC 104 but break its framing (%2): %3.</translation>
    </message>
    <message>
        <source>Port %1 answered the IEC 104 TESTFR with bytes that are not IEC 104: %2.</source>
        <translation>Port %1 answered the IEC 104 TESTFR with bytes that are not IEC 104: %2.</translation>
    </message>
    <message>
        <source>An IEC 104 station answered on port %1: TESTFR act was confirmed (TESTFR con).</source>
        <translation>An IEC 104 station answered on port %1: TESTFR act was confirmed (TESTFR con).</translation>
    </message>
    <message>
        <source>Port %1 sent %2 IEC 104 frames but never confirmed the TESTFR.</source>
        <translation>Port %1 sent %2 IEC 104 frames but never confirmed the TESTFR.</translation>
    </message>
    <message>
        <source>Port %1 sent more than %2 bytes without a TESTFR con.</source>
        <translation>Port %1 sent more than %2 bytes without a TESTFR con.</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after %2, without a TESTFR con.</source>
        <translation>Port %1 closed the connection after %2, without a TESTFR con.</translation>
    </message>
    <message>
        <source>Port %1 sent %2 but no TESTFR con within %3 ms.</source>
        <translation>Port %1 sent %2 but no TESTFR con within %3 ms.</translation>
    </message>
    <message>
        <source>IEC 104 answered inside the verified TLS session with %1: TESTFR act was confirmed by TESTFR con (%2, certificate issued by &quot;%3&quot;).</source>
        <translation>IEC 104 answered inside the verified TLS session with %1: TESTFR act was confirmed by TESTFR con (%2, certificate issued by &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 carries something other than IEC 104: %2 (&quot;%3&quot;).</source>
        <translation>The verified TLS session with %1 carries something other than IEC 104: %2 (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed without a TESTFR con to our TESTFR act.</source>
        <translation>The verified TLS session with %1 was closed without a TESTFR con to our TESTFR act.</translation>
    </message>
    <message>
        <source>The TLS session with %1 is verified, but no TESTFR con answered our TESTFR act within %2 ms: no IEC 104 server behind the TLS front end.</source>
        <translation>The TLS session with %1 is verified, but no TESTFR con answered our TESTFR act within %2 ms: no IEC 104 server behind the TLS front end.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed without an answer to the IEC 104 TESTFR: an application-aware firewall, an IPS or a proxy that cuts IEC 104 sessions after their first frame, or a station that accepts only the client addresses it is configured for (this laptop may be refused where the gateway would be accepted).</source>
        <translation>The TCP connection to port %1 was accepted, then closed without an answer to the IEC 104 TESTFR: an application-aware firewall, an IPS or a proxy that cuts IEC 104 sessions after their first frame, or a station that accepts only the client addresses it is configured for (this laptop may be refused where the gateway would be accepted).</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted but the IEC 104 TESTFR got no answer within %2 ms: an application-aware firewall or an IPS holds the session, a transparent proxy or a port redirection holds the port, or the station accepts only the client addresses it is configured for and ignores this laptop while it would answer the gateway.</source>
        <translation>The TCP connection to port %1 was accepted but the IEC 104 TESTFR got no answer within %2 ms: an application-aware firewall or an IPS holds the session, a transparent proxy or a port redirection holds the port, or the station accepts only the client addresses it is configured for and ignores this laptop while it would answer the gateway.</translation>
    </message>
</context>
<context>
    <name>PdfReportText</name>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>SKIPPED</translation>
    </message>
    <message>
        <source>ThingPark readiness report</source>
        <translation>ThingPark readiness report</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>Every MUST flow was proven reachable from this site&apos;s network.</source>
        <translation>Every MUST flow was proven reachable from this site&apos;s network.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some checks need attention: see the warnings below.</source>
        <translation>No MUST flow failed, but some checks need attention: see the warnings below.</translation>
    </message>
    <message numerus="yes">
        <source>%n MUST check(s) failed: the firewall change request below lists what to open.</source>
        <translation>
            <numerusform>%n MUST check failed: the firewall change request below lists what to open.</numerusform>
            <numerusform>%n MUST checks failed: the firewall change request below lists what to open.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warn, %4 info, %5 skipped, out of %6 checks.</source>
        <translation>%1 pass, %2 fail, %3 warn, %4 info, %5 skipped, out of %6 checks.</translation>
    </message>
    <message>
        <source>Site and run</source>
        <translation>Site and run</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Gateway id</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Report SHA-256</source>
        <translation>Report SHA-256</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>TPE</source>
        <translation>TPE</translation>
    </message>
    <message>
        <source>TPE mode</source>
        <translation>TPE mode</translation>
    </message>
    <message>
        <source>high availability</source>
        <translation>high availability</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>standalone</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>LRR version</source>
        <translation>LRR version</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>NTP servers</source>
        <translation>NTP servers</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS servers</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>MUST</source>
        <translation>MUST</translation>
    </message>
    <message>
        <source>OPTIONAL</source>
        <translation>OPTIONAL</translation>
    </message>
    <message>
        <source>(local network)</source>
        <translation>(local network)</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Req.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Firewall change request</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>both ways</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>outbound</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Protocol/port</source>
        <translation>Protocol/port</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>What this test can and cannot prove</source>
        <translation>What this test can and cannot prove</translation>
    </message>
    <message>
        <source>The checks ran from a laptop on the gateway&apos;s LAN. They prove what this network lets through for that laptop. The gateway may still be treated differently: by its own address or MAC address (port security, 802.1X, firewall rules per host), by another VLAN, by another NAT or route, by its own DNS and clock. ESP (IP protocol 50) cannot be tested without the gateway&apos;s credentials. Run the test on the gateway&apos;s own cable or VLAN for the closest result.</source>
        <translation>The checks ran from a laptop on the gateway&apos;s LAN. They prove what this network lets through for that laptop. The gateway may still be treated differently: by its own address or MAC address (port security, 802.1X, firewall rules per host), by another VLAN, by another NAT or route, by its own DNS and clock. ESP (IP protocol 50) cannot be tested without the gateway&apos;s credentials. Run the test on the gateway&apos;s own cable or VLAN for the closest result.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>, down</source>
        <translation>, down</translation>
    </message>
    <message>
        <source>[default route]</source>
        <translation>[default route]</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Default gateway</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Clock offset</translation>
    </message>
    <message>
        <source>%1 ms (against %2)</source>
        <translation>%1 ms (against %2)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>To do: %1</translation>
    </message>
    <message>
        <source>(more evidence in the JSON report)</source>
        <translation>(more evidence in the JSON report)</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON report saved with this PDF:</source>
        <translation>SHA-256 of the JSON report saved with this PDF:</translation>
    </message>
    <message>
        <source>Compute it with &apos;sha256sum FILE.json&apos; (or &apos;certutil -hashfile FILE.json SHA256&apos; on Windows) to check that both describe the same run.</source>
        <translation>Compute it with &apos;sha256sum FILE.json&apos; (or &apos;certutil -hashfile FILE.json SHA256&apos; on Windows) to check that both describe the same run.</translation>
    </message>
    <message>
        <source>ThingPark readiness report: %1</source>
        <translation>ThingPark readiness report: %1</translation>
    </message>
    <message>
        <source>unnamed site</source>
        <translation>unnamed site</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <source>the PDF layout was not stable (%1 pages, then %2)</source>
        <translation>the PDF layout was not stable (%1 pages, then %2)</translation>
    </message>
    <message>
        <source>cannot write %1: it is a directory</source>
        <translation>cannot write %1: it is a directory</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>No change is needed: every flow that was tested got through.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention.</source>
        <translation>No firewall rule is missing, but the following needs attention.</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>not available on this system</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message>
        <source>Uplink quality</source>
        <translation>Uplink quality</translation>
    </message>
    <message>
        <source>No ICMP check got an answer: nothing is known of the uplink&apos;s loss, round trip and path MTU.</source>
        <translation>No ICMP check got an answer: nothing is known of the uplink&apos;s loss, round trip and path MTU.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (black hole)</source>
        <translation>%1 (black hole)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Round trip ms (min / avg / max)</source>
        <translation>Round trip ms (min / avg / max)</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Jitter ms</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>Path MTU</translation>
    </message>
    <message>
        <source>Nothing here is poor enough to hurt the base station&apos;s link (warnings from %1 % loss, %2 ms average round trip, %3 ms jitter, a path-MTU black hole, or a path MTU under 1500 bytes for IPsec).</source>
        <translation>Nothing here is poor enough to hurt the base station&apos;s link (warnings from %1 % loss, %2 ms average round trip, %3 ms jitter, a path-MTU black hole, or a path MTU under 1500 bytes for IPsec).</translation>
    </message>
</context>
<context>
    <name>PdfSectionText</name>
    <message>
        <source>(local network)</source>
        <translation>(local network)</translation>
    </message>
    <message>
        <source>From the gateway</source>
        <translation>From the gateway</translation>
    </message>
    <message>
        <source>The base station ran the checks itself (tpready gateway-script) and its result block was merged. Where it tested a check, its verdict counts for the verdict above; the laptop alone said %1.</source>
        <translation>The base station ran the checks itself (tpready gateway-script) and its result block was merged. Where it tested a check, its verdict counts for the verdict above; the laptop alone said %1.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Its resolvers</source>
        <translation>Its resolvers</translation>
    </message>
    <message>
        <source>Its tools</source>
        <translation>Its tools</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Ran</translation>
    </message>
    <message>
        <source>Block sum</source>
        <translation>Block sum</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>The two views agree wherever both tested a check.</source>
        <translation>The two views agree wherever both tested a check.</translation>
    </message>
    <message>
        <source>Where the views disagree:</source>
        <translation>Where the views disagree:</translation>
    </message>
    <message>
        <source>Since the earlier report</source>
        <translation>Since the earlier report</translation>
    </message>
    <message>
        <source>Compared with the report of %1 (%2).</source>
        <translation>Compared with the report of %1 (%2).</translation>
    </message>
    <message>
        <source>The earlier report is for another selection: only the checks both reports share are compared.</source>
        <translation>The earlier report is for another selection: only the checks both reports share are compared.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Newly failing</source>
        <translation>Newly failing</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Still failing</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Not checked in both</source>
        <translation>Not checked in both</translation>
    </message>
    <message>
        <source>Unchanged and not failing: %1.</source>
        <translation>Unchanged and not failing: %1.</translation>
    </message>
</context>
<context>
    <name>PlanExportText</name>
    <message>
        <source>TPE %1 (high availability)</source>
        <translation>TPE %1 (high availability)</translation>
    </message>
    <message>
        <source>TPE %1 (standalone)</source>
        <translation>TPE %1 (standalone)</translation>
    </message>
    <message>
        <source>LRR version %1</source>
        <translation>LRR version %1</translation>
    </message>
    <message>
        <source>current LRR version</source>
        <translation>current LRR version</translation>
    </message>
    <message>
        <source>this network&apos;s DHCP server (found by broadcast)</source>
        <translation>this network&apos;s DHCP server (found by broadcast)</translation>
    </message>
    <message>
        <source>no DNS server found on this laptop: give the one the gateway will use</source>
        <translation>no DNS server found on this laptop: give the one the gateway will use</translation>
    </message>
    <message>
        <source>(this laptop&apos;s resolvers)</source>
        <translation>(this laptop&apos;s resolvers)</translation>
    </message>
    <message>
        <source>Flow %1 is left out: it applies only to LRR version %2 and later, and this site&apos;s LRR is %3.</source>
        <translation>Flow %1 is left out: it applies only to LRR version %2 and later, and this site&apos;s LRR is %3.</translation>
    </message>
    <message>
        <source>%1 on the local network</source>
        <translation>%1 on the local network</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4) is not reached directly: the base station reaches it through flow %5 on TCP/%6 to SLRC.</source>
        <translation>%1 %2 (%3 %4) is not reached directly: the base station reaches it through flow %5 on TCP/%6 to SLRC.</translation>
    </message>
    <message>
        <source>%1 %2 is not reached directly: its traffic travels inside the IPsec tunnel to SLRC (flow %3).</source>
        <translation>%1 %2 is not reached directly: its traffic travels inside the IPsec tunnel to SLRC (flow %3).</translation>
    </message>
    <message>
        <source>From %1 / %2 to %3 / %4, %5</source>
        <translation>From %1 / %2 to %3 / %4, %5</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>STANDALONE: %1, HIGH AVAILABILITY: %2</source>
        <translation>STANDALONE: %1, HIGH AVAILABILITY: %2</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation>Hosts: %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Checks: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>The check was cancelled before it finished.</translation>
    </message>
</context>
<context>
    <name>ProtocolText</name>
    <message>
        <source>an HTTP response (a web server, proxy or captive portal)</source>
        <translation>an HTTP response (a web server, proxy or captive portal)</translation>
    </message>
    <message>
        <source>a TLS record (a TLS server)</source>
        <translation>a TLS record (a TLS server)</translation>
    </message>
    <message>
        <source>an SSH identification line (an SSH server)</source>
        <translation>an SSH identification line (an SSH server)</translation>
    </message>
    <message>
        <source>a numbered text greeting (an FTP or SMTP server)</source>
        <translation>a numbered text greeting (an FTP or SMTP server)</translation>
    </message>
    <message>
        <source>an HTML page (a web server or captive portal)</source>
        <translation>an HTML page (a web server or captive portal)</translation>
    </message>
    <message>
        <source>an IEC 104 frame</source>
        <translation>an IEC 104 frame</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>tpready</source>
        <translation>tpready</translation>
    </message>
</context>
<context>
    <name>ReadinessText</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation>Ready with warnings</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Not ready</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>READY</translation>
    </message>
    <message>
        <source>READY WITH WARNINGS</source>
        <translation>READY WITH WARNINGS</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NOT READY</translation>
    </message>
</context>
<context>
    <name>ReportFilesText</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: not a regular file</source>
        <translation>cannot write %1: not a regular file</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>the local network</source>
        <translation>the local network</translation>
    </message>
    <message>
        <source>report key %1%2 is missing</source>
        <translation>report key %1%2 is missing</translation>
    </message>
    <message>
        <source>report key %1%2 has the wrong type</source>
        <translation>report key %1%2 has the wrong type</translation>
    </message>
    <message>
        <source>the report is larger than %1 MiB</source>
        <translation>the report is larger than %1 MiB</translation>
    </message>
    <message>
        <source>the report is not valid JSON (offset %1: %2)</source>
        <translation>the report is not valid JSON (offset %1: %2)</translation>
    </message>
    <message>
        <source>the report is not a JSON object</source>
        <translation>the report is not a JSON object</translation>
    </message>
    <message>
        <source>the report&apos;s schema is &apos;%1&apos;, not %2</source>
        <translation>the report&apos;s schema is &apos;%1&apos;, not %2</translation>
    </message>
    <message>
        <source>report key started_at or finished_at is not an ISO 8601 date</source>
        <translation>report key started_at or finished_at is not an ISO 8601 date</translation>
    </message>
    <message>
        <source>report key %1 holds an unknown requirement, protocol, transport, verdict or reason</source>
        <translation>report key %1 holds an unknown requirement, protocol, transport, verdict or reason</translation>
    </message>
    <message>
        <source>Make sure the site&apos;s DNS resolver answers for %1 (and that the gateway may reach it on UDP and TCP 53).</source>
        <translation>Make sure the site&apos;s DNS resolver answers for %1 (and that the gateway may reach it on UDP and TCP 53).</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2, and its replies back: today the packets are silently dropped.</source>
        <translation>Allow %1 from the gateway&apos;s LAN to %2, and its replies back: today the packets are silently dropped.</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2: a firewall rejects it, or nothing listens there.</source>
        <translation>Allow %1 from the gateway&apos;s LAN to %2: a firewall rejects it, or nothing listens there.</translation>
    </message>
    <message>
        <source>Give the gateway&apos;s LAN a route to %1: the network answers that it is unreachable.</source>
        <translation>Give the gateway&apos;s LAN a route to %1: the network answers that it is unreachable.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is not trusted: if a device in the path presents its own, exempt this destination from TLS inspection.</source>
        <translation>The certificate presented for %1 is not trusted: if a device in the path presents its own, exempt this destination from TLS inspection.</translation>
    </message>
    <message>
        <source>Exempt %1 (%2) from TLS/SSL inspection on the proxy or firewall: the base station only accepts ThingPark&apos;s own certificate.</source>
        <translation>Exempt %1 (%2) from TLS/SSL inspection on the proxy or firewall: the base station only accepts ThingPark&apos;s own certificate.</translation>
    </message>
    <message>
        <source>Let %1 to %2 through unmodified: something other than the expected server answers it (a transparent proxy, captive portal or port redirection).</source>
        <translation>Let %1 to %2 through unmodified: something other than the expected server answers it (a transparent proxy, captive portal or port redirection).</translation>
    </message>
    <message>
        <source>Set the laptop&apos;s clock right and make sure the gateway can reach its NTP server: certificates are checked against the clock.</source>
        <translation>Set the laptop&apos;s clock right and make sure the gateway can reach its NTP server: certificates are checked against the clock.</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2 directly: the base station cannot use a web proxy.</source>
        <translation>Allow %1 from the gateway&apos;s LAN to %2 directly: the base station cannot use a web proxy.</translation>
    </message>
    <message>
        <source>Run the check again; if it persists, send this report to support.</source>
        <translation>Run the check again; if it persists, send this report to support.</translation>
    </message>
    <message>
        <source>report key %1%2 is out of range</source>
        <translation>report key %1%2 is out of range</translation>
    </message>
    <message>
        <source>Allow %1 to %2 as the application %3, not only as a port, from the gateway&apos;s LAN: the connection opens, then something in the path (an application-aware firewall, an IPS or a proxy) cuts it before the exchange completes.</source>
        <translation>Allow %1 to %2 as the application %3, not only as a port, from the gateway&apos;s LAN: the connection opens, then something in the path (an application-aware firewall, an IPS or a proxy) cuts it before the exchange completes.</translation>
    </message>
    <message>
        <source>Allow %1 to %2 as the application %3, not only as a port, from the gateway&apos;s LAN: the connection opens, then the exchange stops. An application-aware firewall, an IPS or a proxy holds it, or the path drops large packets (ask for TCP MSS clamping if the uplink is PPPoE or a tunnel).</source>
        <translation>Allow %1 to %2 as the application %3, not only as a port, from the gateway&apos;s LAN: the connection opens, then the exchange stops. An application-aware firewall, an IPS or a proxy holds it, or the path drops large packets (ask for TCP MSS clamping if the uplink is PPPoE or a tunnel).</translation>
    </message>
</context>
<context>
    <name>RunOptionsText</name>
    <message>
        <source>no readable file there</source>
        <translation>no readable file there</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB</source>
        <translation>the file is larger than 4 MiB</translation>
    </message>
    <message>
        <source>the file holds no PEM certificate</source>
        <translation>the file holds no PEM certificate</translation>
    </message>
</context>
<context>
    <name>SelectionText</name>
    <message>
        <source>A self-hosted deployment needs the address of at least one TPE node.</source>
        <translation>A self-hosted deployment needs the address of at least one TPE node.</translation>
    </message>
    <message>
        <source>Too many TPE addresses: %1 given, at most %2.</source>
        <translation>Too many TPE addresses: %1 given, at most %2.</translation>
    </message>
    <message>
        <source>Too many NTP servers: %1 given, at most %2.</source>
        <translation>Too many NTP servers: %1 given, at most %2.</translation>
    </message>
    <message>
        <source>Too many DNS servers: %1 given, at most %2.</source>
        <translation>Too many DNS servers: %1 given, at most %2.</translation>
    </message>
    <message>
        <source>TPE address</source>
        <translation>TPE address</translation>
    </message>
    <message>
        <source>NTP server</source>
        <translation>NTP server</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice.</source>
        <translation>&apos;%1&apos; is given twice.</translation>
    </message>
    <message>
        <source>The transport %1 (LRR with neither IPsec nor TLS) exists only for self-hosted deployments.</source>
        <translation>The transport %1 (LRR with neither IPsec nor TLS) exists only for self-hosted deployments.</translation>
    </message>
    <message>
        <source>TPE addresses apply only to self-hosted deployments; a SaaS deployment uses a platform.</source>
        <translation>TPE addresses apply only to self-hosted deployments; a SaaS deployment uses a platform.</translation>
    </message>
    <message>
        <source>A SaaS deployment needs a platform: one of %1.</source>
        <translation>A SaaS deployment needs a platform: one of %1.</translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;: choose one of %2.</source>
        <translation>Unknown platform &apos;%1&apos;: choose one of %2.</translation>
    </message>
    <message>
        <source>A platform applies only to SaaS deployments; a self-hosted deployment uses TPE addresses.</source>
        <translation>A platform applies only to SaaS deployments; a self-hosted deployment uses TPE addresses.</translation>
    </message>
    <message>
        <source>An LRR version applies only to the LRR transports, not to %1.</source>
        <translation>An LRR version applies only to the LRR transports, not to %1.</translation>
    </message>
    <message>
        <source>The catalog has no table for %1 with %2.</source>
        <translation>The catalog has no table for %1 with %2.</translation>
    </message>
</context>
<context>
    <name>SshText</name>
    <message>
        <source>An SSH server answered on port %1 but speaks protocol %2, not SSH 2: %3.</source>
        <translation>An SSH server answered on port %1 but speaks protocol %2, not SSH 2: %3.</translation>
    </message>
    <message>
        <source>Port %1 answered, but not with an SSH identification line: &quot;%2&quot;.</source>
        <translation>Port %1 answered, but not with an SSH identification line: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Port %1 answered with %2 instead of an SSH identification line: &quot;%3&quot;.</source>
        <translation>Port %1 answered with %2 instead of an SSH identification line: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after &quot;%2&quot;, without an SSH identification line.</source>
        <translation>Port %1 closed the connection after &quot;%2&quot;, without an SSH identification line.</translation>
    </message>
    <message>
        <source>An SSH server answered inside the verified TLS session with %1: %2.</source>
        <translation>An SSH server answered inside the verified TLS session with %1: %2.</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 carries %2 instead of an SSH 2 server: &quot;%3&quot;.</source>
        <translation>The verified TLS session with %1 carries %2 instead of an SSH 2 server: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>something else</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed without an SSH identification.</source>
        <translation>The verified TLS session with %1 was closed without an SSH identification.</translation>
    </message>
    <message>
        <source>The TLS session with %1 is verified, but no SSH identification came within %2 ms: no SSH server behind the TLS front end.</source>
        <translation>The TLS session with %1 is verified, but no SSH identification came within %2 ms: no SSH server behind the TLS front end.</translation>
    </message>
    <message>
        <source>An SSH server answered on port %1: %2, then sent its key exchange offer (%3 bytes, %4 first).</source>
        <translation>An SSH server answered on port %1: %2, then sent its key exchange offer (%3 bytes, %4 first).</translation>
    </message>
    <message>
        <source>Port %1 sent an SSH identification (%2), then bytes that are not the SSH key exchange (%3): something that imitates an SSH server, or rewrites the session, holds the port.</source>
        <translation>Port %1 sent an SSH identification (%2), then bytes that are not the SSH key exchange (%3): something that imitates an SSH server, or rewrites the session, holds the port.</translation>
    </message>
    <message>
        <source>An SSH server identified itself on port %1 (%2), then the connection was closed %3 ms after it opened, before the server&apos;s key exchange offer arrived (%4 bytes received): an application-aware firewall, an IPS or a proxy cuts SSH sessions after their first words.</source>
        <translation>An SSH server identified itself on port %1 (%2), then the connection was closed %3 ms after it opened, before the server&apos;s key exchange offer arrived (%4 bytes received): an application-aware firewall, an IPS or a proxy cuts SSH sessions after their first words.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, where an SSH server sends its identification at once: a firewall, an IPS or a proxy that accepts the connection and then cuts it, or a server that turns this address away.</source>
        <translation>The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, where an SSH server sends its identification at once: a firewall, an IPS or a proxy that accepts the connection and then cuts it, or a server that turns this address away.</translation>
    </message>
    <message>
        <source>An SSH server identified itself on port %1 (%2), but its key exchange offer, sent right after, did not arrive in the %3 ms the connection stayed open (%4 bytes received): an application-aware firewall or an IPS holds SSH sessions after their first words, or the path drops large packets (a path-MTU black hole).</source>
        <translation>An SSH server identified itself on port %1 (%2), but its key exchange offer, sent right after, did not arrive in the %3 ms the connection stayed open (%4 bytes received): an application-aware firewall or an IPS holds SSH sessions after their first words, or the path drops large packets (a path-MTU black hole).</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an SSH server sends its identification at once: a transparent proxy or a port redirection holds the port, or an application-aware firewall or an IPS holds the session.</source>
        <translation>The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an SSH server sends its identification at once: a transparent proxy or a port redirection holds the port, or an application-aware firewall or an IPS holds the session.</translation>
    </message>
    <message>
        <source>Port %1 sent &quot;%2&quot; but no SSH identification line in %3 ms.</source>
        <translation>Port %1 sent &quot;%2&quot; but no SSH identification line in %3 ms.</translation>
    </message>
</context>
<context>
    <name>StatusIconText</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>TcpConnectText</name>
    <message>
        <source>the connection was refused (TCP reset or ICMP port unreachable): nothing listens there, or a firewall rejects it</source>
        <translation>the connection was refused (TCP reset or ICMP port unreachable): nothing listens there, or a firewall rejects it</translation>
    </message>
    <message>
        <source>there is no route to the network (ICMP network unreachable, or no route on the laptop)</source>
        <translation>there is no route to the network (ICMP network unreachable, or no route on the laptop)</translation>
    </message>
    <message>
        <source>the host is unreachable (ICMP host unreachable or administratively prohibited, or no route)</source>
        <translation>the host is unreachable (ICMP host unreachable or administratively prohibited, or no route)</translation>
    </message>
    <message>
        <source>nothing answered the connection attempt (packets silently dropped)</source>
        <translation>nothing answered the connection attempt (packets silently dropped)</translation>
    </message>
    <message>
        <source>the connection failed (system error %1: %2)</source>
        <translation>the connection failed (system error %1: %2)</translation>
    </message>
</context>
<context>
    <name>TlsText</name>
    <message>
        <source>certificate name &quot;%1&quot; matches %2</source>
        <translation>certificate name &quot;%1&quot; matches %2</translation>
    </message>
    <message>
        <source>the chain validates only through a root added on this laptop (%1)</source>
        <translation>the chain validates only through a root added on this laptop (%1)</translation>
    </message>
    <message>
        <source>no client certificate demanded where the SLRC&apos;s mTLS front end demands one, with an untrusted chain</source>
        <translation>no client certificate demanded where the SLRC&apos;s mTLS front end demands one, with an untrusted chain</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>the server closed the connection</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it answered our ClientHello with &quot;%2&quot;.</source>
        <translation>%1 does not speak TLS: it answered our ClientHello with &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it answered with %2 (&quot;%3&quot;), as a web server, proxy or captive portal would.</source>
        <translation>%1 does not speak TLS: it answered with %2 (&quot;%3&quot;), as a web server, proxy or captive portal would.</translation>
    </message>
    <message>
        <source>%1 answered, but not with TLS (%2): plaintext, a web server or a captive portal holds the port.</source>
        <translation>%1 answered, but not with TLS (%2): plaintext, a web server or a captive portal holds the port.</translation>
    </message>
    <message>
        <source>The TLS server at %1 refused the handshake with alert %2 (%3).</source>
        <translation>The TLS server at %1 refused the handshake with alert %2 (%3).</translation>
    </message>
    <message>
        <source>A TLS 1.2 hello was refused too (alert %1), so whether it demands a client certificate cannot be seen.</source>
        <translation>A TLS 1.2 hello was refused too (alert %1), so whether it demands a client certificate cannot be seen.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>The TLS handshake with %1 failed: %2.</translation>
    </message>
    <message>
        <source>Exempt %1 (TCP %2) from SSL/TLS inspection on the proxy or firewall: the base station accepts only ThingPark&apos;s own certificate and authenticates with its own client certificate, which inspection breaks.</source>
        <translation>Exempt %1 (TCP %2) from SSL/TLS inspection on the proxy or firewall: the base station accepts only ThingPark&apos;s own certificate and authenticates with its own client certificate, which inspection breaks.</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 (issuer &quot;%2&quot;) validates only through &quot;%3&quot;, a root certificate added on this laptop (%4) rather than shipped with the operating system: typical of TLS inspection by a corporate proxy or security software. If that root is your organisation&apos;s own CA for this server, give it as the private CA (Run options in the wizard, --ca on the command line) and run again.</source>
        <translation>The certificate chain presented for %1 (issuer &quot;%2&quot;) validates only through &quot;%3&quot;, a root certificate added on this laptop (%4) rather than shipped with the operating system: typical of TLS inspection by a corporate proxy or security software. If that root is your organisation&apos;s own CA for this server, give it as the private CA (Run options in the wizard, --ca on the command line) and run again.</translation>
    </message>
    <message>
        <source>not in the distribution&apos;s bundle</source>
        <translation>not in the distribution&apos;s bundle</translation>
    </message>
    <message>
        <source>%1 is the SLRC&apos;s mTLS front end, which demands a client certificate, but the server that answered did not demand one and presented an untrusted certificate (issuer &quot;%2&quot;): a device in the path terminates TLS in the server&apos;s place.</source>
        <translation>%1 is the SLRC&apos;s mTLS front end, which demands a client certificate, but the server that answered did not demand one and presented an untrusted certificate (issuer &quot;%2&quot;): a device in the path terminates TLS in the server&apos;s place.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; presented by %2 expired on %3 (valid from %4); the laptop&apos;s clock reads %5.</source>
        <translation>The certificate &quot;%1&quot; presented by %2 expired on %3 (valid from %4); the laptop&apos;s clock reads %5.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; presented by %2 is not valid before %3 (until %4); the laptop&apos;s clock reads %5.</source>
        <translation>The certificate &quot;%1&quot; presented by %2 is not valid before %3 (until %4); the laptop&apos;s clock reads %5.</translation>
    </message>
    <message>
        <source>If the laptop&apos;s clock is right, the operator of %1 must renew its certificate; if the clock is wrong, set it right (and make sure the gateway reaches its NTP server) and run again.</source>
        <translation>If the laptop&apos;s clock is right, the operator of %1 must renew its certificate; if the clock is wrong, set it right (and make sure the gateway reaches its NTP server) and run again.</translation>
    </message>
    <message>
        <source>The certificate chain presented by %1 (issuer &quot;%2&quot;) is not trusted: %3.</source>
        <translation>The certificate chain presented by %1 (issuer &quot;%2&quot;) is not trusted: %3.</translation>
    </message>
    <message>
        <source>The server does demand a client certificate, as ThingPark&apos;s front end does: if it uses a private CA, give that CA (Run options in the wizard, --ca on the command line).</source>
        <translation>The server does demand a client certificate, as ThingPark&apos;s front end does: if it uses a private CA, give that CA (Run options in the wizard, --ca on the command line).</translation>
    </message>
    <message>
        <source>If %1 uses a private CA (self-hosted ThingPark), run again with that CA&apos;s certificate (Run options in the wizard, --ca on the command line); otherwise a device in the path presents its own certificate: exempt %1 from TLS inspection.</source>
        <translation>If %1 uses a private CA (self-hosted ThingPark), run again with that CA&apos;s certificate (Run options in the wizard, --ca on the command line); otherwise a device in the path presents its own certificate: exempt %1 from TLS inspection.</translation>
    </message>
    <message>
        <source>chain not seen</source>
        <translation>chain not seen</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid until %3</source>
        <translation>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid until %3</translation>
    </message>
    <message>
        <source>alert certificate_required after the TLS 1.3 handshake</source>
        <translation>alert certificate_required after the TLS 1.3 handshake</translation>
    </message>
    <message>
        <source>a CertificateRequest in its TLS 1.2 handshake</source>
        <translation>a CertificateRequest in its TLS 1.2 handshake</translation>
    </message>
    <message>
        <source>%1 presented a verified certificate (%2) and then demanded a client certificate (%3): this is the mTLS front end the base station authenticates to, and it is reachable.</source>
        <translation>%1 presented a verified certificate (%2) and then demanded a client certificate (%3): this is the mTLS front end the base station authenticates to, and it is reachable.</translation>
    </message>
    <message>
        <source>%1 demanded a client certificate (%2): a TLS front end with client authentication answers there and is reachable; its chain could not be checked (%3).</source>
        <translation>%1 demanded a client certificate (%2): a TLS front end with client authentication answers there and is reachable; its chain could not be checked (%3).</translation>
    </message>
    <message>
        <source>Client certificates accepted from: %1.</source>
        <translation>Client certificates accepted from: %1.</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alert %1</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake (%2), then the session ended with %3: the path works, but the server turned this client away for a reason it did not say.</source>
        <translation>%1 completed a verified TLS handshake (%2), then the session ended with %3: the path works, but the server turned this client away for a reason it did not say.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 verified: %2, %3, %4.</source>
        <translation>TLS handshake with %1 verified: %2, %3, %4.</translation>
    </message>
    <message>
        <source>It did not demand a client certificate, although the SLRC&apos;s front end normally does.</source>
        <translation>It did not demand a client certificate, although the SLRC&apos;s front end normally does.</translation>
    </message>
    <message>
        <source>The server closed the session right after the handshake.</source>
        <translation>The server closed the session right after the handshake.</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>The laptop&apos;s trusted root certificates could not be loaded within %1 ms, so the TLS check of %2 did not start.</source>
        <translation>The laptop&apos;s trusted root certificates could not be loaded within %1 ms, so the TLS check of %2 did not start.</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it sent %2 (&quot;%3&quot;) before any TLS handshake.</source>
        <translation>%1 does not speak TLS: it sent %2 (&quot;%3&quot;) before any TLS handshake.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed by the server before the expected answer.</source>
        <translation>The verified TLS session with %1 was closed by the server before the expected answer.</translation>
    </message>
    <message>
        <source>The TLS session with %1 failed: %2.</source>
        <translation>The TLS session with %1 failed: %2.</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 names &quot;%2&quot;, which is how %3 signs the certificates of its TLS inspection: a device in the path decrypts the traffic and presents its own certificate instead of the server&apos;s (issuer &quot;%4&quot;).</source>
        <translation>The certificate chain presented for %1 names &quot;%2&quot;, which is how %3 signs the certificates of its TLS inspection: a device in the path decrypts the traffic and presents its own certificate instead of the server&apos;s (issuer &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 names &quot;%2&quot;: &quot;%3&quot; is a word that TLS inspection devices put in the certificates they sign. A device in the path decrypts the traffic and presents its own certificate instead of the server&apos;s (issuer &quot;%4&quot;).</source>
        <translation>The certificate chain presented for %1 names &quot;%2&quot;: &quot;%3&quot; is a word that TLS inspection devices put in the certificates they sign. A device in the path decrypts the traffic and presents its own certificate instead of the server&apos;s (issuer &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, then closed or reset it during the TLS handshake, after our ClientHello (server name %2) and before the server&apos;s certificate: typical of an application-aware firewall, an IPS or a proxy that filters TLS by server name, or of a server that turns this client away.</source>
        <translation>%1 accepted the TCP connection, then closed or reset it during the TLS handshake, after our ClientHello (server name %2) and before the server&apos;s certificate: typical of an application-aware firewall, an IPS or a proxy that filters TLS by server name, or of a server that turns this client away.</translation>
    </message>
    <message>
        <source>Allow TLS to %1 from the gateway&apos;s LAN as an application, server name %2 included, in the application-aware firewall, IPS or proxy: it cuts the connection as soon as the TLS handshake starts.</source>
        <translation>Allow TLS to %1 from the gateway&apos;s LAN as an application, server name %2 included, in the application-aware firewall, IPS or proxy: it cuts the connection as soon as the TLS handshake starts.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, but the TLS handshake did not complete within %2 ms (no TLS answer to our ClientHello): an application-aware firewall or an IPS holds the handshake, a transparent proxy holds the port, or the path drops the server&apos;s large certificate packets (a path-MTU black hole).</source>
        <translation>%1 accepted the TCP connection, but the TLS handshake did not complete within %2 ms (no TLS answer to our ClientHello): an application-aware firewall or an IPS holds the handshake, a transparent proxy holds the port, or the path drops the server&apos;s large certificate packets (a path-MTU black hole).</translation>
    </message>
</context>
<context>
    <name>UplinkText</name>
    <message>
        <source>%1 % of the echoes to %2 were lost: the base station&apos;s TCP link (the LRR tunnel, or Basics Station&apos;s WebSocket) will crawl and drop, and downlinks will miss their receive window. Ask for the uplink to be checked (signal, congestion, a faulty cable or modem).</source>
        <translation>%1 % of the echoes to %2 were lost: the base station&apos;s TCP link (the LRR tunnel, or Basics Station&apos;s WebSocket) will crawl and drop, and downlinks will miss their receive window. Ask for the uplink to be checked (signal, congestion, a faulty cable or modem).</translation>
    </message>
    <message>
        <source>The round trip to %1 is %2 ms on average: a class A downlink must leave the network server and reach the gateway within the second after the uplink (RX1), which leaves too little time; expect late or lost downlinks, or ask for RX1 delays of 2 s or more on this gateway.</source>
        <translation>The round trip to %1 is %2 ms on average: a class A downlink must leave the network server and reach the gateway within the second after the uplink (RX1), which leaves too little time; expect late or lost downlinks, or ask for RX1 delays of 2 s or more on this gateway.</translation>
    </message>
    <message>
        <source>The round trip to %1 varies by %2 ms from one echo to the next: downlinks scheduled for RX1 will now and then arrive too late.</source>
        <translation>The round trip to %1 varies by %2 ms from one echo to the next: downlinks scheduled for RX1 will now and then arrive too late.</translation>
    </message>
    <message>
        <source>Packets larger than %1 bytes to %2 are lost without a &quot;fragmentation needed&quot; answer (a path-MTU black hole): ask for TCP MSS clamping to %3 bytes on the uplink&apos;s router, or for ICMP &quot;fragmentation needed&quot; to be let through.</source>
        <translation>Packets larger than %1 bytes to %2 are lost without a &quot;fragmentation needed&quot; answer (a path-MTU black hole): ask for TCP MSS clamping to %3 bytes on the uplink&apos;s router, or for ICMP &quot;fragmentation needed&quot; to be let through.</translation>
    </message>
    <message>
        <source>The path MTU to %1 is %2 bytes, less than 1500: IKE_AUTH with certificates (2 to 3 KB) will be fragmented, and ESP adds 50 to 73 bytes to every packet. Ask for IKE fragmentation (RFC 7383; strongSwan: fragmentation = yes) with fragments of at most %3 bytes, and TCP MSS clamping to %4 bytes inside the tunnel.</source>
        <translation>The path MTU to %1 is %2 bytes, less than 1500: IKE_AUTH with certificates (2 to 3 KB) will be fragmented, and ESP adds 50 to 73 bytes to every packet. Ask for IKE fragmentation (RFC 7383; strongSwan: fragmentation = yes) with fragments of at most %3 bytes, and TCP MSS clamping to %4 bytes inside the tunnel.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 echoes answered (%4 % lost), round trip %5 / %6 / %7 ms (min / avg / max), jitter %8 ms</source>
        <translation>%1: %2 of %3 echoes answered (%4 % lost), round trip %5 / %6 / %7 ms (min / avg / max), jitter %8 ms</translation>
    </message>
    <message>
        <source>, path MTU %1 bytes (a black hole above)</source>
        <translation>, path MTU %1 bytes (a black hole above)</translation>
    </message>
    <message>
        <source>, path MTU %1 bytes</source>
        <translation>, path MTU %1 bytes</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>ThingPark SaaS</source>
        <translation>ThingPark SaaS</translation>
    </message>
    <message>
        <source>Self-hosted ThingPark Enterprise</source>
        <translation>Self-hosted ThingPark Enterprise</translation>
    </message>
    <message>
        <source>LRR over IPsec</source>
        <translation>LRR over IPsec</translation>
    </message>
    <message>
        <source>LRR over TLS</source>
        <translation>LRR over TLS</translation>
    </message>
    <message>
        <source>LRR with neither IPsec nor TLS</source>
        <translation>LRR with neither IPsec nor TLS</translation>
    </message>
    <message>
        <source>Semtech Basics Station</source>
        <translation>Semtech Basics Station</translation>
    </message>
</context>
<context>
    <name>tpready::CheckTableModel</name>
    <message>
        <source>(local network)</source>
        <translation>(local network)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
</context>
<context>
    <name>tpready::ChecksPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancel run</translation>
    </message>
    <message>
        <source>Re-run &amp;selected</source>
        <translation>Re-run &amp;selected</translation>
    </message>
    <message>
        <source>Re-run fai&amp;led</source>
        <translation>Re-run fai&amp;led</translation>
    </message>
    <message>
        <source>Run &amp;all again</source>
        <translation>Run &amp;all again</translation>
    </message>
    <message>
        <source>Run &amp;options…</source>
        <translation>Run &amp;options…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Each flow is checked from this laptop with a protocol-level proof. Select a row to see what was sent, what came back and what to ask IT.</source>
        <translation>Each flow is checked from this laptop with a protocol-level proof. Select a row to see what was sent, what came back and what to ask IT.</translation>
    </message>
    <message>
        <source>&amp;Report &gt;</source>
        <translation>&amp;Report &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Checks done</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancel the run</translation>
    </message>
    <message>
        <source>Stop every check now (Escape); those not finished are marked skipped.</source>
        <translation>Stop every check now (Escape); those not finished are marked skipped.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>All checks</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>MUST only</source>
        <translation>MUST only</translation>
    </message>
    <message>
        <source>Failed: the failed checks, and those still running.</source>
        <translation>Failed: the failed checks, and those still running.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>Re-run selected</source>
        <translation>Re-run selected</translation>
    </message>
    <message>
        <source>Run the selected checks again.</source>
        <translation>Run the selected checks again.</translation>
    </message>
    <message>
        <source>Re-run failed</source>
        <translation>Re-run failed</translation>
    </message>
    <message>
        <source>Run every failed check again, for instance after IT changed a rule.</source>
        <translation>Run every failed check again, for instance after IT changed a rule.</translation>
    </message>
    <message>
        <source>Run all again</source>
        <translation>Run all again</translation>
    </message>
    <message>
        <source>Run options</source>
        <translation>Run options</translation>
    </message>
    <message>
        <source>Time allowed per check, and a private CA for a self-hosted TPE.</source>
        <translation>Time allowed per check, and a private CA for a self-hosted TPE.</translation>
    </message>
    <message>
        <source>Details and network</source>
        <translation>Details and network</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Details of the selected check</translation>
    </message>
    <message>
        <source>This laptop&apos;s network</source>
        <translation>This laptop&apos;s network</translation>
    </message>
    <message>
        <source>Details or network</source>
        <translation>Details or network</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>This laptop&apos;s net&amp;work</source>
        <translation>This laptop&apos;s net&amp;work</translation>
    </message>
    <message>
        <source>%1 per check</source>
        <translation>%1 per check</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>CA %1</translation>
    </message>
    <message>
        <source>resolve overrides: %1</source>
        <translation>resolve overrides: %1</translation>
    </message>
    <message>
        <source>options not used: %1</source>
        <translation>options not used: %1</translation>
    </message>
    <message>
        <source>Re-run fai&amp;led (%1)</source>
        <translation>Re-run fai&amp;led (%1)</translation>
    </message>
    <message>
        <source>Checking: %1 of %2 done, %3</source>
        <translation>Checking: %1 of %2 done, %3</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warning, %4 info, %5 skipped</source>
        <translation>%1 pass, %2 fail, %3 warning, %4 info, %5 skipped</translation>
    </message>
    <message>
        <source>Cancelled after %1: %2.</source>
        <translation>Cancelled after %1: %2.</translation>
    </message>
    <message>
        <source>Finished in %1: %2.</source>
        <translation>Finished in %1: %2.</translation>
    </message>
    <message>
        <source>Select a check to see what was sent, what came back and what to ask IT.</source>
        <translation>Select a check to see what was sent, what came back and what to ask IT.</translation>
    </message>
    <message>
        <source>The new options apply from the next run: choose Run all again.</source>
        <translation>The new options apply from the next run: choose Run all again.</translation>
    </message>
    <message>
        <source>Check from the &amp;gateway…</source>
        <translation>Check from the &amp;gateway…</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Check from the gateway</translation>
    </message>
    <message>
        <source>A script to run on the gateway&apos;s own shell, and a box for what it prints: both views side by side.</source>
        <translation>A script to run on the gateway&apos;s own shell, and a box for what it prints: both views side by side.</translation>
    </message>
    <message>
        <source>&lt;h4&gt;From the gateway&lt;/h4&gt;&lt;p&gt;%1 (%2)%3: %4&lt;/p&gt;</source>
        <translation>&lt;h4&gt;From the gateway&lt;/h4&gt;&lt;p&gt;%1 (%2)%3: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The gateway&apos;s own results (%1, %2) are in the Gateway column; the details say where they disagree with the laptop&apos;s.</source>
        <translation>The gateway&apos;s own results (%1, %2) are in the Gateway column; the details say where they disagree with the laptop&apos;s.</translation>
    </message>
</context>
<context>
    <name>tpready::DatagramProbe</name>
    <message>
        <source>The request to send could not be built.</source>
        <translation>The request to send could not be built.</translation>
    </message>
    <message>
        <source>UDP %1 to %2: the laptop has no route to this address (%3).</source>
        <translation>UDP %1 to %2: the laptop has no route to this address (%3).</translation>
    </message>
    <message>
        <source>UDP %1 to %2: an ICMP error came back for the request (%3): host or network unreachable, a firewall that rejects it, or (on Windows) nothing listening on the port.</source>
        <translation>UDP %1 to %2: an ICMP error came back for the request (%3): host or network unreachable, a firewall that rejects it, or (on Windows) nothing listening on the port.</translation>
    </message>
    <message>
        <source>UDP %1 to %2 failed on the laptop: %3.</source>
        <translation>UDP %1 to %2 failed on the laptop: %3.</translation>
    </message>
    <message>
        <source>UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but nothing listens on this port or a firewall rejects the packets.</source>
        <translation>UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but nothing listens on this port or a firewall rejects the packets.</translation>
    </message>
</context>
<context>
    <name>tpready::DeploymentPage</name>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Where does the ThingPark core network that this base station connects to run?</source>
        <translation>Where does the ThingPark core network that this base station connects to run?</translation>
    </message>
    <message>
        <source>Actility runs ThingPark: the base station connects to one of its platforms (EU, AU, US, Community or pre-production).</source>
        <translation>Actility runs ThingPark: the base station connects to one of its platforms (EU, AU, US, Community or pre-production).</translation>
    </message>
    <message>
        <source>ThingPark Enterprise runs on your own servers or cloud: the base station connects to the address(es) of your TPE node(s).</source>
        <translation>ThingPark Enterprise runs on your own servers or cloud: the base station connects to the address(es) of your TPE node(s).</translation>
    </message>
</context>
<context>
    <name>tpready::DhcpProbe</name>
    <message>
        <source>DHCP is not probed: a DHCP request from the laptop would take an address from the site&apos;s pool. %1</source>
        <translation>DHCP is not probed: a DHCP request from the laptop would take an address from the site&apos;s pool. %1</translation>
    </message>
    <message>
        <source>Make sure the gateway&apos;s network has a DHCP server for it, or give the gateway a static address, router and DNS server.</source>
        <translation>Make sure the gateway&apos;s network has a DHCP server for it, or give the gateway a static address, router and DNS server.</translation>
    </message>
</context>
<context>
    <name>tpready::DnsProbe</name>
    <message>
        <source>No DNS server is known for the gateway: none was given and none was found on this laptop.</source>
        <translation>No DNS server is known for the gateway: none was given and none was found on this laptop.</translation>
    </message>
    <message>
        <source>Give the resolver the gateway will use (tpready check --dns IP).</source>
        <translation>Give the resolver the gateway will use (tpready check --dns IP).</translation>
    </message>
    <message>
        <source>the answer over TCP did not match the question</source>
        <translation>the answer over TCP did not match the question</translation>
    </message>
    <message>
        <source>Nothing answers DNS at %1 port %2: the laptop got ICMP port unreachable (no DNS server there, or a firewall rejects UDP %2).</source>
        <translation>Nothing answers DNS at %1 port %2: the laptop got ICMP port unreachable (no DNS server there, or a firewall rejects UDP %2).</translation>
    </message>
    <message>
        <source>The resolver %1 did not answer any DNS query on UDP port %2 within %3 ms.</source>
        <translation>The resolver %1 did not answer any DNS query on UDP port %2 within %3 ms.</translation>
    </message>
    <message>
        <source>the root NS query got no answer</source>
        <translation>the root NS query got no answer</translation>
    </message>
    <message>
        <source>the root NS query got %1 without records</source>
        <translation>the root NS query got %1 without records</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 does not exist (NXDOMAIN)</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record</source>
        <translation>%1 has no A or AAAA record</translation>
    </message>
    <message>
        <source>%1: A %2, AAAA %3</source>
        <translation>%1: A %2, AAAA %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: the answer was truncated and the retry over TCP failed (%3)</source>
        <translation>%1 %2: the answer was truncated and the retry over TCP failed (%3)</translation>
    </message>
    <message>
        <source>The resolver %1 answers, but does not resolve what the gateway needs: %2.</source>
        <translation>The resolver %1 answers, but does not resolve what the gateway needs: %2.</translation>
    </message>
    <message>
        <source>(%1 names in all.)</source>
        <translation>(%1 names in all.)</translation>
    </message>
    <message>
        <source>It also gives addresses to names that do not exist (%1 for %2).</source>
        <translation>It also gives addresses to names that do not exist (%1 for %2).</translation>
    </message>
    <message>
        <source>Make sure the resolver %1 (the one the gateway will use) resolves the ThingPark names; if it serves only some networks, allow the gateway&apos;s.</source>
        <translation>Make sure the resolver %1 (the one the gateway will use) resolves the ThingPark names; if it serves only some networks, allow the gateway&apos;s.</translation>
    </message>
    <message>
        <source>The resolver %1 answers every name with the same address: %2 came back for %3, a name that cannot exist, and for the ThingPark names too. A captive portal or DNS interception answers instead of a real resolver.</source>
        <translation>The resolver %1 answers every name with the same address: %2 came back for %3, a name that cannot exist, and for the ThingPark names too. A captive portal or DNS interception answers instead of a real resolver.</translation>
    </message>
    <message>
        <source>Give the gateway a resolver that answers truthfully (no captive portal or DNS redirection on its network), or authorise the gateway on the portal.</source>
        <translation>Give the gateway a resolver that answers truthfully (no captive portal or DNS redirection on its network), or authorise the gateway on the portal.</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs, but it invents addresses for names that do not exist (%3 for %4): it rewrites NXDOMAIN answers. A mistyped name would not fail cleanly.</source>
        <translation>The resolver %1 resolves the %2 names the gateway needs, but it invents addresses for names that do not exist (%3 for %4): it rewrites NXDOMAIN answers. A mistyped name would not fail cleanly.</translation>
    </message>
    <message>
        <source>Prefer a resolver for the gateway that answers NXDOMAIN for names that do not exist (turn off &quot;search assist&quot; or NXDOMAIN redirection).</source>
        <translation>Prefer a resolver for the gateway that answers NXDOMAIN for names that do not exist (turn off &quot;search assist&quot; or NXDOMAIN redirection).</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs, with problems: %3.</source>
        <translation>The resolver %1 resolves the %2 names the gateway needs, with problems: %3.</translation>
    </message>
    <message>
        <source>The resolver %1 answers DNS queries (root NS).</source>
        <translation>The resolver %1 answers DNS queries (root NS).</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs.</source>
        <translation>The resolver %1 resolves the %2 names the gateway needs.</translation>
    </message>
</context>
<context>
    <name>tpready::FlowTableModel</name>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Checks of flow %1:
%2</source>
        <translation>Checks of flow %1:
%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>From
(system)</source>
        <translation>From
(system)</translation>
    </message>
    <message>
        <source>From
(application)</source>
        <translation>From
(application)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Dest.
Port</source>
        <translation>Dest.
Port</translation>
    </message>
    <message>
        <source>To
(system)</source>
        <translation>To
(system)</translation>
    </message>
    <message>
        <source>To
(application)</source>
        <translation>To
(application)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>STANDALONE</source>
        <translation>STANDALONE</translation>
    </message>
    <message>
        <source>HIGH
AVAILABILITY</source>
        <translation>HIGH
AVAILABILITY</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>The vendor&apos;s requirement when the TPE has one node.</source>
        <translation>The vendor&apos;s requirement when the TPE has one node.</translation>
    </message>
    <message>
        <source>The vendor&apos;s requirement when the TPE has two or more nodes (high availability).</source>
        <translation>The vendor&apos;s requirement when the TPE has two or more nodes (high availability).</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site: the HIGH AVAILABILITY column applies.</source>
        <translation>MUST or OPTIONAL for this site: the HIGH AVAILABILITY column applies.</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site: the STANDALONE column applies.</source>
        <translation>MUST or OPTIONAL for this site: the STANDALONE column applies.</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site, as the vendor page says.</source>
        <translation>MUST or OPTIONAL for this site, as the vendor page says.</translation>
    </message>
    <message>
        <source>The hosts this site&apos;s base station must reach for this flow; the tooltip of a cell lists every host and port.</source>
        <translation>The hosts this site&apos;s base station must reach for this flow; the tooltip of a cell lists every host and port.</translation>
    </message>
</context>
<context>
    <name>tpready::FlowsPage</name>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Copy as &amp;text</translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>Copy as &amp;CSV</translation>
    </message>
    <message>
        <source>Flows to authorize</source>
        <translation>Flows to authorize</translation>
    </message>
    <message>
        <source>The vendor&apos;s flow table for this choice, in its own wording, with the hosts of this site. Every MUST flow has to be open for the base station to work.</source>
        <translation>The vendor&apos;s flow table for this choice, in its own wording, with the hosts of this site. Every MUST flow has to be open for the base station to work.</translation>
    </message>
    <message>
        <source>Flow table</source>
        <translation>Flow table</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Copy the flow table to the clipboard as plain text, for an e-mail or a ticket.</source>
        <translation>Copy the flow table to the clipboard as plain text, for an e-mail or a ticket.</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Copy as CSV</translation>
    </message>
    <message>
        <source>Copy the flow table to the clipboard as CSV, for a spreadsheet.</source>
        <translation>Copy the flow table to the clipboard as CSV, for a spreadsheet.</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Copy status</translation>
    </message>
    <message>
        <source>No flow table for this choice: %1</source>
        <translation>No flow table for this choice: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 MUST and %4 OPTIONAL flows, %5 checks.</source>
        <translation>%1, %2: %3 MUST and %4 OPTIONAL flows, %5 checks.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %n flows of the table to the clipboard as text.</source>
        <translation>
            <numerusform>Copied the %n flow of the table to the clipboard as text.</numerusform>
            <numerusform>Copied the %n flows of the table to the clipboard as text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the %n flows of the table to the clipboard as CSV.</source>
        <translation>
            <numerusform>Copied the %n flow of the table to the clipboard as CSV.</numerusform>
            <numerusform>Copied the %n flows of the table to the clipboard as CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run the checks &gt;</source>
        <translation>&amp;Run the checks &gt;</translation>
    </message>
    <message>
        <source>Check from the &amp;gateway…</source>
        <translation>Check from the &amp;gateway…</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Check from the gateway</translation>
    </message>
    <message>
        <source>A script that runs these checks on the gateway&apos;s own shell (BusyBox), and a box for what it prints.</source>
        <translation>A script that runs these checks on the gateway&apos;s own shell (BusyBox), and a box for what it prints.</translation>
    </message>
</context>
<context>
    <name>tpready::FtpProbe</name>
    <message>
        <source>An FTP server answered on port %1 but refuses the session: &quot;421 %2&quot; (service not available). The network path works; the server turns clients away.</source>
        <translation>An FTP server answered on port %1 but refuses the session: &quot;421 %2&quot; (service not available). The network path works; the server turns clients away.</translation>
    </message>
    <message>
        <source>The path to the FTP server is open. Ask the administrator of %1 why its FTP service answers 421 (connection limit reached, client address not allowed, or service shutting down).</source>
        <translation>The path to the FTP server is open. Ask the administrator of %1 why its FTP service answers 421 (connection limit reached, client address not allowed, or service shutting down).</translation>
    </message>
    <message>
        <source>An FTP server (vsftpd) answered on port %1 but cannot serve anyone: &quot;500 %2&quot;. The network path works; the FTP server itself is misconfigured.</source>
        <translation>An FTP server (vsftpd) answered on port %1 but cannot serve anyone: &quot;500 %2&quot;. The network path works; the FTP server itself is misconfigured.</translation>
    </message>
    <message>
        <source>Nothing to open in the network: the FTP server on %1 is broken. Ask its administrator to fix the vsftpd configuration (the message above names the problem).</source>
        <translation>Nothing to open in the network: the FTP server on %1 is broken. Ask its administrator to fix the vsftpd configuration (the message above names the problem).</translation>
    </message>
    <message>
        <source>Port %1 greeted with &quot;220 %2&quot;: a mail (SMTP) server, not an FTP server.</source>
        <translation>Port %1 greeted with &quot;220 %2&quot;: a mail (SMTP) server, not an FTP server.</translation>
    </message>
    <message>
        <source>Port %1 answered with reply code %2 (&quot;%3&quot;) instead of an FTP greeting (220).</source>
        <translation>Port %1 answered with reply code %2 (&quot;%3&quot;) instead of an FTP greeting (220).</translation>
    </message>
    <message>
        <source>Port %1 sent more than %2 bytes without a complete FTP greeting: &quot;%3&quot;.</source>
        <translation>Port %1 sent more than %2 bytes without a complete FTP greeting: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Port %1 answered with %2 instead of an FTP greeting: &quot;%3&quot;.</source>
        <translation>Port %1 answered with %2 instead of an FTP greeting: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Port %1 answered, but not with an FTP greeting: &quot;%2&quot;.</source>
        <translation>Port %1 answered, but not with an FTP greeting: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after &quot;%2&quot;, without an FTP greeting (220).</source>
        <translation>Port %1 closed the connection after &quot;%2&quot;, without an FTP greeting (220).</translation>
    </message>
    <message>
        <source>An FTP server answered on port %1: &quot;220 %2&quot;.</source>
        <translation>An FTP server answered on port %1: &quot;220 %2&quot;.</translation>
    </message>
    <message>
        <source>An FTP server answered on port %1 but only with &quot;120 %2&quot; (ready later): no 220 came within %3 ms. The network path works; the server is not ready yet.</source>
        <translation>An FTP server answered on port %1 but only with &quot;120 %2&quot; (ready later): no 220 came within %3 ms. The network path works; the server is not ready yet.</translation>
    </message>
    <message>
        <source>Run the check again later, or ask the administrator of %1 why its FTP service is not ready.</source>
        <translation>Run the check again later, or ask the administrator of %1 why its FTP service is not ready.</translation>
    </message>
    <message>
        <source>Port %1 sent &quot;%2&quot; but no complete FTP greeting within %3 ms.</source>
        <translation>Port %1 sent &quot;%2&quot; but no complete FTP greeting within %3 ms.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, where an FTP server greets at once: a firewall, an IPS or a proxy that accepts the connection and then cuts it, or a server that turns this address away.</source>
        <translation>The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, where an FTP server greets at once: a firewall, an IPS or a proxy that accepts the connection and then cuts it, or a server that turns this address away.</translation>
    </message>
    <message>
        <source>An FTP server began its greeting on port %1 (&quot;%2&quot;), then the connection was closed %3 ms after it opened, before the greeting was complete: an application-aware firewall, an IPS or a proxy cuts FTP sessions after their first words.</source>
        <translation>An FTP server began its greeting on port %1 (&quot;%2&quot;), then the connection was closed %3 ms after it opened, before the greeting was complete: an application-aware firewall, an IPS or a proxy cuts FTP sessions after their first words.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an FTP server greets at once: a transparent proxy or a port redirection holds the port, or an application-aware firewall or an IPS holds the session.</source>
        <translation>The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an FTP server greets at once: a transparent proxy or a port redirection holds the port, or an application-aware firewall or an IPS holds the session.</translation>
    </message>
</context>
<context>
    <name>tpready::GatewayDialog</name>
    <message>
        <source>&amp;Copy the script</source>
        <translation>&amp;Copy the script</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Check from the gateway</translation>
    </message>
    <message>
        <source>&lt;p&gt;The laptop is not the base station: run the same checks from the gateway itself.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open a shell on the gateway (&lt;tt&gt;ssh&lt;/tt&gt;), paste this script and press Enter. It is read-only, contacts only the hosts of this plan, and takes at most %1 seconds.&lt;/li&gt;&lt;li&gt;Copy the block it prints, from its BEGIN line to its END line, into the box below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;The laptop is not the base station: run the same checks from the gateway itself.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open a shell on the gateway (&lt;tt&gt;ssh&lt;/tt&gt;), paste this script and press Enter. It is read-only, contacts only the hosts of this plan, and takes at most %1 seconds.&lt;/li&gt;&lt;li&gt;Copy the block it prints, from its BEGIN line to its END line, into the box below.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Gateway script</source>
        <translation>Gateway script</translation>
    </message>
    <message>
        <source>The gateway&apos;s &amp;results (paste the block here):</source>
        <translation>The gateway&apos;s &amp;results (paste the block here):</translation>
    </message>
    <message>
        <source>Gateway results</source>
        <translation>Gateway results</translation>
    </message>
    <message>
        <source>&amp;Merge the results</source>
        <translation>&amp;Merge the results</translation>
    </message>
    <message>
        <source>Copied: paste it into the gateway&apos;s shell.</source>
        <translation>Copied: paste it into the gateway&apos;s shell.</translation>
    </message>
    <message>
        <source>These results are for another selection (%1): make the script again from this page and run it on the gateway.</source>
        <translation>These results are for another selection (%1): make the script again from this page and run it on the gateway.</translation>
    </message>
    <message>
        <source>Refused, nothing merged: %1</source>
        <translation>Refused, nothing merged: %1</translation>
    </message>
</context>
<context>
    <name>tpready::HttpsProbe</name>
    <message>
        <source>%1 completed a verified TLS handshake but did not answer our CUPS request with HTTP (%2): &quot;%3&quot;.</source>
        <translation>%1 completed a verified TLS handshake but did not answer our CUPS request with HTTP (%2): &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake, then closed the session without answering our CUPS request.</source>
        <translation>%1 completed a verified TLS handshake, then closed the session without answering our CUPS request.</translation>
    </message>
    <message>
        <source>%1 closed the session in the middle of its answer: &quot;%2&quot;.</source>
        <translation>%1 closed the session in the middle of its answer: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot;: a web proxy in the path wants the laptop to authenticate. The base station cannot use a proxy.</source>
        <translation>%1 answered &quot;%2&quot;: a web proxy in the path wants the laptop to authenticate. The base station cannot use a proxy.</translation>
    </message>
    <message>
        <source>%1 answered our CUPS request with a redirect (&quot;%2&quot;) to %3: a captive portal or proxy login page, not CUPS.</source>
        <translation>%1 answered our CUPS request with a redirect (&quot;%2&quot;) to %3: a captive portal or proxy login page, not CUPS.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nowhere</translation>
    </message>
    <message>
        <source>%1 answered our CUPS request with a web page (&quot;%2&quot;, %3) where CUPS answers binary: a captive portal or proxy page.</source>
        <translation>%1 answered our CUPS request with a web page (&quot;%2&quot;, %3) where CUPS answers binary: a captive portal or proxy page.</translation>
    </message>
    <message>
        <source>a chunked body larger than the %1 bytes kept</source>
        <translation>a chunked body larger than the %1 bytes kept</translation>
    </message>
    <message>
        <source>CUPS at %1 answered our update-info request: &quot;%2&quot; with the 14-byte &quot;no update&quot; body. The path to CUPS works.</source>
        <translation>CUPS at %1 answered our update-info request: &quot;%2&quot; with the 14-byte &quot;no update&quot; body. The path to CUPS works.</translation>
    </message>
    <message>
        <source>CUPS at %1 answered our update-info request: &quot;%2&quot; with a well-formed update-info body of %3 bytes. The path to CUPS works.</source>
        <translation>CUPS at %1 answered our update-info request: &quot;%2&quot; with a well-formed update-info body of %3 bytes. The path to CUPS works.</translation>
    </message>
    <message>
        <source>%1 answered our update-info request through a verified TLS session (&quot;%2&quot;), so the path works, but the binary body is not a well-formed CUPS answer (%3).</source>
        <translation>%1 answered our update-info request through a verified TLS session (&quot;%2&quot;), so the path works, but the binary body is not a well-formed CUPS answer (%3).</translation>
    </message>
    <message>
        <source>%1 answered our update-info request through a verified TLS session: &quot;%2&quot;. The path to CUPS works (a dummy station is refused, as expected).</source>
        <translation>%1 answered our update-info request through a verified TLS session: &quot;%2&quot;. The path to CUPS works (a dummy station is refused, as expected).</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake but sent no HTTP answer to our CUPS request within %2 ms.</source>
        <translation>%1 completed a verified TLS handshake but sent no HTTP answer to our CUPS request within %2 ms.</translation>
    </message>
    <message>
        <source>%1 began an answer (&quot;%2&quot;) but did not finish it within %3 ms.</source>
        <translation>%1 began an answer (&quot;%2&quot;) but did not finish it within %3 ms.</translation>
    </message>
</context>
<context>
    <name>tpready::IcmpProbe</name>
    <message>
        <source>No address to ping.</source>
        <translation>No address to ping.</translation>
    </message>
    <message>
        <source>the ICMP socket is not allowed: %1</source>
        <translation>the ICMP socket is not allowed: %1</translation>
    </message>
    <message>
        <source>ICMP echo to %1 could not be tested from this laptop: %2.</source>
        <translation>ICMP echo to %1 could not be tested from this laptop: %2.</translation>
    </message>
    <message>
        <source>Ping %1 from another machine on the gateway&apos;s network, or allow unprivileged ping on this laptop (Linux: sysctl net.ipv4.ping_group_range).</source>
        <translation>Ping %1 from another machine on the gateway&apos;s network, or allow unprivileged ping on this laptop (Linux: sysctl net.ipv4.ping_group_range).</translation>
    </message>
    <message>
        <source>No ICMP echo reply from %1 within %2 ms.</source>
        <translation>No ICMP echo reply from %1 within %2 ms.</translation>
    </message>
    <message>
        <source>%1 is unreachable: the system reports %2.</source>
        <translation>%1 is unreachable: the system reports %2.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 failed: %2 reported %3.</source>
        <translation>The ICMP echo to %1 failed: %2 reported %3.</translation>
    </message>
    <message>
        <source>%1 answered the ICMP echo in %2 ms.</source>
        <translation>%1 answered the ICMP echo in %2 ms.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back: %2.</source>
        <translation>The ICMP echo to %1 got an error back: %2.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back from %2: %3.</source>
        <translation>The ICMP echo to %1 got an error back from %2: %3.</translation>
    </message>
    <message>
        <source>%1 is not an IP address that can be pinged.</source>
        <translation>%1 is not an IP address that can be pinged.</translation>
    </message>
    <message>
        <source>no %1 program was found</source>
        <translation>no %1 program was found</translation>
    </message>
    <message>
        <source>the ICMP socket is not allowed (%1) and no %2 program was found</source>
        <translation>the ICMP socket is not allowed (%1) and no %2 program was found</translation>
    </message>
    <message>
        <source>the ping program could not be started: %1</source>
        <translation>the ping program could not be started: %1</translation>
    </message>
    <message>
        <source>The ping program crashed.</source>
        <translation>The ping program crashed.</translation>
    </message>
    <message>
        <source>%1 answered the ping.</source>
        <translation>%1 answered the ping.</translation>
    </message>
    <message>
        <source>The ping to %1 says the destination is unreachable: &quot;%2&quot;.</source>
        <translation>The ping to %1 says the destination is unreachable: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No ICMP echo reply from %1.</source>
        <translation>No ICMP echo reply from %1.</translation>
    </message>
    <message>
        <source>The ping program could not test %1: &quot;%2&quot; (exit code %3).</source>
        <translation>The ping program could not test %1: &quot;%2&quot; (exit code %3).</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back (IP status %2).</source>
        <translation>The ICMP echo to %1 got an error back (IP status %2).</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 failed (status %2).</source>
        <translation>The ICMP echo to %1 failed (status %2).</translation>
    </message>
    <message>
        <source>%1 answered all %2 ICMP echoes; round trip %3 ms (min %4, max %5).</source>
        <translation>%1 answered all %2 ICMP echoes; round trip %3 ms (min %4, max %5).</translation>
    </message>
    <message>
        <source>%1 answered %2 of %3 ICMP echoes (%4 % lost); round trip %5 ms (min %6, max %7).</source>
        <translation>%1 answered %2 of %3 ICMP echoes (%4 % lost); round trip %5 ms (min %6, max %7).</translation>
    </message>
    <message>
        <source> Echoes of up to %1 bytes came back; %2 bytes and more were lost without a &quot;fragmentation needed&quot; answer: the path drops large packets silently (a path-MTU black hole, or a firewall that limits ICMP sizes), which stalls sessions that send full-size packets.</source>
        <translation> Echoes of up to %1 bytes came back; %2 bytes and more were lost without a &quot;fragmentation needed&quot; answer: the path drops large packets silently (a path-MTU black hole, or a firewall that limits ICMP sizes), which stalls sessions that send full-size packets.</translation>
    </message>
    <message>
        <source> Full-size packets (%1 bytes) get through both ways.</source>
        <translation> Full-size packets (%1 bytes) get through both ways.</translation>
    </message>
    <message>
        <source> Path MTU: %1 bytes.</source>
        <translation> Path MTU: %1 bytes.</translation>
    </message>
</context>
<context>
    <name>tpready::IkeProbe</name>
    <message>
        <source>NAT detection: no address translation between this laptop and the server, so ESP (IP protocol 50) itself must be allowed for the tunnel&apos;s data.</source>
        <translation>NAT detection: no address translation between this laptop and the server, so ESP (IP protocol 50) itself must be allowed for the tunnel&apos;s data.</translation>
    </message>
    <message>
        <source>NAT detection: this laptop is behind NAT (the server saw another address or port), so the tunnel will move to UDP 4500 and carry ESP inside it.</source>
        <translation>NAT detection: this laptop is behind NAT (the server saw another address or port), so the tunnel will move to UDP 4500 and carry ESP inside it.</translation>
    </message>
    <message>
        <source>NAT detection: the server&apos;s side is translated (port forwarding or a load balancer), or a device other than the addressed server answered.</source>
        <translation>NAT detection: the server&apos;s side is translated (port forwarding or a load balancer), or a device other than the addressed server answered.</translation>
    </message>
    <message>
        <source>NAT detection: both sides are translated: this laptop is behind NAT, and the server&apos;s side too (port forwarding or a load balancer); the tunnel will use UDP 4500.</source>
        <translation>NAT detection: both sides are translated: this laptop is behind NAT, and the server&apos;s side too (port forwarding or a load balancer); the tunnel will use UDP 4500.</translation>
    </message>
    <message>
        <source>The answer carried no NAT detection payloads, so whether NAT is in the path is unknown.</source>
        <translation>The answer carried no NAT detection payloads, so whether NAT is in the path is unknown.</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2</source>
        <translation>IKEv2 on UDP %1 to %2</translation>
    </message>
    <message>
        <source>%1: the responder answered IKE_SA_INIT in full (SA, KE, Nonce) and chose %2: the path works both ways and the server accepts the vendor&apos;s proposals.</source>
        <translation>%1: the responder answered IKE_SA_INIT in full (SA, KE, Nonce) and chose %2: the path works both ways and the server accepts the vendor&apos;s proposals.</translation>
    </message>
    <message>
        <source>a proposal</source>
        <translation>a proposal</translation>
    </message>
    <message>
        <source>That proposal is not one tpready offered: the responder does not follow the protocol.</source>
        <translation>That proposal is not one tpready offered: the responder does not follow the protocol.</translation>
    </message>
    <message>
        <source>%1: the responder answered with a COOKIE challenge for tpready&apos;s SPI: a live IKEv2 daemon got the request and answered, so the path works both ways. This is weaker proof than a full response (the proposals were not evaluated): the server is holding several half-open requests from this address (every check leaves one for 30 s), and tpready does not start a second exchange so as not to load the real gateway&apos;s server.</source>
        <translation>%1: the responder answered with a COOKIE challenge for tpready&apos;s SPI: a live IKEv2 daemon got the request and answered, so the path works both ways. This is weaker proof than a full response (the proposals were not evaluated): the server is holding several half-open requests from this address (every check leaves one for 30 s), and tpready does not start a second exchange so as not to load the real gateway&apos;s server.</translation>
    </message>
    <message>
        <source>%1: the responder answered INVALID_KE_PAYLOAD asking for DH group %2: a live IKEv2 daemon answered, so the path works both ways. This is weaker proof than a full response: the server prefers another of the offered groups, and tpready does not start a second exchange.</source>
        <translation>%1: the responder answered INVALID_KE_PAYLOAD asking for DH group %2: a live IKEv2 daemon answered, so the path works both ways. This is weaker proof than a full response: the server prefers another of the offered groups, and tpready does not start a second exchange.</translation>
    </message>
    <message>
        <source>%1: the responder answered NO_PROPOSAL_CHOSEN: a live IKEv2 daemon answered, so the path works both ways. This is weaker proof than a full response: the server accepted none of the vendor&apos;s proposals or has no configuration for this laptop&apos;s address, which the gateway&apos;s own configuration may well have.</source>
        <translation>%1: the responder answered NO_PROPOSAL_CHOSEN: a live IKEv2 daemon answered, so the path works both ways. This is weaker proof than a full response: the server accepted none of the vendor&apos;s proposals or has no configuration for this laptop&apos;s address, which the gateway&apos;s own configuration may well have.</translation>
    </message>
    <message>
        <source>%1: the responder answered INVALID_SYNTAX: a live IKEv2 daemon answered, so the path works both ways, but it rejected the request&apos;s format (weaker proof than a full response).</source>
        <translation>%1: the responder answered INVALID_SYNTAX: a live IKEv2 daemon answered, so the path works both ways, but it rejected the request&apos;s format (weaker proof than a full response).</translation>
    </message>
    <message>
        <source>%1: the responder answered IKE_SA_INIT for tpready&apos;s SPI (%2): a live IKEv2 daemon answered, so the path works both ways, but not with a full response (weaker proof).</source>
        <translation>%1: the responder answered IKE_SA_INIT for tpready&apos;s SPI (%2): a live IKEv2 daemon answered, so the path works both ways, but not with a full response (weaker proof).</translation>
    </message>
    <message>
        <source>no notify</source>
        <translation>no notify</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no IKE daemon listens on this port, or a firewall rejects the packets.</source>
        <translation>IKEv2 on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no IKE daemon listens on this port, or a firewall rejects the packets.</translation>
    </message>
    <message>
        <source>On UDP %1 a Linux server also answers this way to an IKE packet without the non-ESP marker (it takes it for ESP); tpready sends the marker, so that is not the cause here.</source>
        <translation>On UDP %1 a Linux server also answers this way to an IKE packet without the non-ESP marker (it takes it for ESP); tpready sends the marker, so that is not the cause here.</translation>
    </message>
    <message>
        <source>the request came back unchanged (an echo service or a loop, not an IKE responder)</source>
        <translation>the request came back unchanged (an echo service or a loop, not an IKE responder)</translation>
    </message>
    <message>
        <source>an IKEv2 message for another initiator (%1)</source>
        <translation>an IKEv2 message for another initiator (%1)</translation>
    </message>
    <message>
        <source>%1 bytes that are not a valid IKEv2 answer (%2)</source>
        <translation>%1 bytes that are not a valid IKEv2 answer (%2)</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: something answered, but not an IKEv2 responder for tpready&apos;s request: %3.</source>
        <translation>IKEv2 on UDP %1 to %2: something answered, but not an IKEv2 responder for tpready&apos;s request: %3.</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: tpready sent its IKE_SA_INIT request %3 time(s) within %4 ms and nothing came back. Something drops the packets or the replies (a firewall silently discarding UDP %1), or the server ignored them, which strongSwan does after several half-open attempts from one address within 30 s.</source>
        <translation>IKEv2 on UDP %1 to %2: tpready sent its IKE_SA_INIT request %3 time(s) within %4 ms and nothing came back. Something drops the packets or the replies (a firewall silently discarding UDP %1), or the server ignored them, which strongSwan does after several half-open attempts from one address within 30 s.</translation>
    </message>
    <message>
        <source>Allow UDP %1 from the gateway&apos;s LAN to %2, and its replies back. If checks were run several times in a row, wait a minute and run again: the server may be ignoring repeated attempts from this site&apos;s address.</source>
        <translation>Allow UDP %1 from the gateway&apos;s LAN to %2, and its replies back. If checks were run several times in a row, wait a minute and run again: the server may be ignoring repeated attempts from this site&apos;s address.</translation>
    </message>
</context>
<context>
    <name>tpready::NameResolver</name>
    <message>
        <source>the name does not exist (NXDOMAIN from the resolver %1)</source>
        <translation>the name does not exist (NXDOMAIN from the resolver %1)</translation>
    </message>
    <message>
        <source>the name exists but has no address (no A or AAAA record at the resolver %1)</source>
        <translation>the name exists but has no address (no A or AAAA record at the resolver %1)</translation>
    </message>
    <message>
        <source>the resolver %1 answered SERVFAIL: it could not get an answer from the name&apos;s servers</source>
        <translation>the resolver %1 answered SERVFAIL: it could not get an answer from the name&apos;s servers</translation>
    </message>
    <message>
        <source>the resolver %1 answered REFUSED: it does not answer this laptop</source>
        <translation>the resolver %1 answered REFUSED: it does not answer this laptop</translation>
    </message>
    <message>
        <source>the resolver %1 answered %2</source>
        <translation>the resolver %1 answered %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n queries)</source>
        <translation>
            <numerusform>%1 (%n query)</numerusform>
            <numerusform>%1 (%n queries)</numerusform>
        </translation>
    </message>
    <message>
        <source>no resolver answered within %1 ms: %2</source>
        <translation>no resolver answered within %1 ms: %2</translation>
    </message>
    <message>
        <source>the system resolver gave no answer within %1 ms</source>
        <translation>the system resolver gave no answer within %1 ms</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1; %2</source>
        <translation>no resolver could be reached: %1; %2</translation>
    </message>
    <message>
        <source>no resolver is known</source>
        <translation>no resolver is known</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1</source>
        <translation>no resolver could be reached: %1</translation>
    </message>
    <message>
        <source>the name does not exist or has no address (NXDOMAIN or no A/AAAA record)</source>
        <translation>the name does not exist or has no address (NXDOMAIN or no A/AAAA record)</translation>
    </message>
    <message>
        <source>the resolver failed: %1</source>
        <translation>the resolver failed: %1</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1; the system resolver: %2</source>
        <translation>no resolver could be reached: %1; the system resolver: %2</translation>
    </message>
</context>
<context>
    <name>tpready::NtpProbe</name>
    <message>
        <source>NTP on UDP %1 to %2</source>
        <translation>NTP on UDP %1 to %2</translation>
    </message>
    <message>
        <source>The server answered with NTP version %1 to a version 4 request.</source>
        <translation>The server answered with NTP version %1 to a version 4 request.</translation>
    </message>
    <message>
        <source>%1: the server answered with the kiss code %2: it is reachable, but it refuses this site&apos;s address by policy, so the gateway would be refused too.</source>
        <translation>%1: the server answered with the kiss code %2: it is reachable, but it refuses this site&apos;s address by policy, so the gateway would be refused too.</translation>
    </message>
    <message>
        <source>Ask the operator of %1 to allow the site&apos;s public address, or configure the gateway with another NTP server.</source>
        <translation>Ask the operator of %1 to allow the site&apos;s public address, or configure the gateway with another NTP server.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but with the kiss code RATE: it rate-limits this address. A gateway behind the same public address may be limited too, and would then not get the time.</source>
        <translation>%1: the path works (the server answered tpready&apos;s request), but with the kiss code RATE: it rate-limits this address. A gateway behind the same public address may be limited too, and would then not get the time.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes. If the server keeps answering RATE, configure the gateway with another NTP server or ask the operator of %1 about its rate limit.</source>
        <translation>Run the check again in a few minutes. If the server keeps answering RATE, configure the gateway with another NTP server or ask the operator of %1 about its rate limit.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but the server is not synchronised itself (kiss code %2): it would not set the gateway&apos;s clock.</source>
        <translation>%1: the path works (the server answered tpready&apos;s request), but the server is not synchronised itself (kiss code %2): it would not set the gateway&apos;s clock.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but with the kiss code %2 instead of the time: it would not set the gateway&apos;s clock.</source>
        <translation>%1: the path works (the server answered tpready&apos;s request), but with the kiss code %2 instead of the time: it would not set the gateway&apos;s clock.</translation>
    </message>
    <message>
        <source>Configure the gateway with an NTP server that is synchronised, or have %1 fixed: TLS and IPsec certificates are checked against the gateway&apos;s clock.</source>
        <translation>Configure the gateway with an NTP server that is synchronised, or have %1 fixed: TLS and IPsec certificates are checked against the gateway&apos;s clock.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but the server says its own clock is not synchronised (leap indicator %2, stratum %3): it would not set the gateway&apos;s clock.</source>
        <translation>%1: the path works (the server answered tpready&apos;s request), but the server says its own clock is not synchronised (leap indicator %2, stratum %3): it would not set the gateway&apos;s clock.</translation>
    </message>
    <message>
        <source>Its own distance to its reference is large (root delay %1 ms, root dispersion %2 ms): its time is of poor quality.</source>
        <translation>Its own distance to its reference is large (root delay %1 ms, root dispersion %2 ms): its time is of poor quality.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 works (stratum %2, delay %3 ms), but this laptop&apos;s clock is %4 ahead of the server&apos;s.</source>
        <translation>%1 works (stratum %2, delay %3 ms), but this laptop&apos;s clock is %4 ahead of the server&apos;s.</translation>
    </message>
    <message>
        <source>%1 works (stratum %2, delay %3 ms), but this laptop&apos;s clock is %4 behind the server&apos;s.</source>
        <translation>%1 works (stratum %2, delay %3 ms), but this laptop&apos;s clock is %4 behind the server&apos;s.</translation>
    </message>
    <message>
        <source>Beyond %1 s, certificate validity checks made by this laptop and the report&apos;s timestamps cannot be trusted.</source>
        <translation>Beyond %1 s, certificate validity checks made by this laptop and the report&apos;s timestamps cannot be trusted.</translation>
    </message>
    <message>
        <source>Set this laptop&apos;s clock right (turn on automatic time synchronisation) and run the checks again. The gateway does not use the laptop&apos;s clock, only its own NTP, which this check shows is reachable.</source>
        <translation>Set this laptop&apos;s clock right (turn on automatic time synchronisation) and run the checks again. The gateway does not use the laptop&apos;s clock, only its own NTP, which this check shows is reachable.</translation>
    </message>
    <message>
        <source>%1: the server answered tpready&apos;s request (stratum %2, reference %3); the laptop&apos;s clock is %4 ms off, round-trip delay %5 ms.</source>
        <translation>%1: the server answered tpready&apos;s request (stratum %2, reference %3); the laptop&apos;s clock is %4 ms off, round-trip delay %5 ms.</translation>
    </message>
    <message>
        <source>NTP on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no NTP server listens on it, or a firewall rejects the packets.</source>
        <translation>NTP on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no NTP server listens on it, or a firewall rejects the packets.</translation>
    </message>
    <message>
        <source>the request came back unchanged (an echo service or a loop, not an NTP server)</source>
        <translation>the request came back unchanged (an echo service or a loop, not an NTP server)</translation>
    </message>
    <message>
        <source>%1 bytes that are not a valid reply to tpready&apos;s request (%2)</source>
        <translation>%1 bytes that are not a valid reply to tpready&apos;s request (%2)</translation>
    </message>
    <message>
        <source>%1: something answered, but not an NTP server replying to tpready&apos;s request: %2.</source>
        <translation>%1: something answered, but not an NTP server replying to tpready&apos;s request: %2.</translation>
    </message>
    <message>
        <source>%1: tpready sent %2 request(s) within %3 ms and nothing came back. Something drops the packets or the replies (a firewall silently discarding UDP %4), or the server ignores this address. tpready sends from a random port: a firewall that allows NTP only from source port 123 could still let a gateway through whose NTP client uses that port.</source>
        <translation>%1: tpready sent %2 request(s) within %3 ms and nothing came back. Something drops the packets or the replies (a firewall silently discarding UDP %4), or the server ignores this address. tpready sends from a random port: a firewall that allows NTP only from source port 123 could still let a gateway through whose NTP client uses that port.</translation>
    </message>
</context>
<context>
    <name>tpready::PlatformPage</name>
    <message>
        <source>ThingPark SaaS platform</source>
        <translation>ThingPark SaaS platform</translation>
    </message>
    <message>
        <source>Which platform is the base station provisioned on? The flow table uses its host names.</source>
        <translation>Which platform is the base station provisioned on? The flow table uses its host names.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>SLRC hosts</source>
        <translation>SLRC hosts</translation>
    </message>
    <message>
        <source>SLRC hosts: %1</source>
        <translation>SLRC hosts: %1</translation>
    </message>
</context>
<context>
    <name>tpready::ReportPage</name>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>No change is needed: every flow that was tested got through.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention.</source>
        <translation>No firewall rule is missing, but the following needs attention.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Protocol/port</source>
        <translation>Protocol/port</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>(local network)</source>
        <translation>(local network)</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>both ways</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>outbound</translation>
    </message>
    <message>
        <source>MUST</source>
        <translation>MUST</translation>
    </message>
    <message>
        <source>OPTIONAL</source>
        <translation>OPTIONAL</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Also</translation>
    </message>
    <message>
        <source>Firewall change re&amp;quest</source>
        <translation>Firewall change re&amp;quest</translation>
    </message>
    <message>
        <source>&amp;Copy change request</source>
        <translation>&amp;Copy change request</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>The verdict for this site, what to ask IT, and the report to send to support.</source>
        <translation>The verdict for this site, what to ask IT, and the report to send to support.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Firewall change request</translation>
    </message>
    <message>
        <source>Copy change request</source>
        <translation>Copy change request</translation>
    </message>
    <message>
        <source>Copy the change request to the clipboard as text, for an e-mail or a ticket.</source>
        <translation>Copy the change request to the clipboard as text, for an e-mail or a ticket.</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Export JSON</translation>
    </message>
    <message>
        <source>Save the whole report as JSON (schema tpready-report/1), for support.</source>
        <translation>Save the whole report as JSON (schema tpready-report/1), for support.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Save the report as PDF, and its JSON beside it: the PDF prints the JSON&apos;s digest.</source>
        <translation>Save the report as PDF, and its JSON beside it: the PDF prints the JSON&apos;s digest.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Open the folder the report was saved in.</source>
        <translation>Open the folder the report was saved in.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Export status</translation>
    </message>
    <message>
        <source>Every MUST flow was proven reachable from this site&apos;s network.</source>
        <translation>Every MUST flow was proven reachable from this site&apos;s network.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some were not checked (the run was cancelled): run the checks again to be sure.</source>
        <translation>No MUST flow failed, but some were not checked (the run was cancelled): run the checks again to be sure.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some checks need attention: see below.</source>
        <translation>No MUST flow failed, but some checks need attention: see below.</translation>
    </message>
    <message>
        <source>One MUST check failed: the change request below says what to ask IT.</source>
        <translation>One MUST check failed: the change request below says what to ask IT.</translation>
    </message>
    <message>
        <source>%1 MUST checks failed: the change request below says what to ask IT.</source>
        <translation>%1 MUST checks failed: the change request below says what to ask IT.</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warning, %4 info, %5 skipped, out of %6 checks.</source>
        <translation>%1 pass, %2 fail, %3 warning, %4 info, %5 skipped, out of %6 checks.</translation>
    </message>
    <message>
        <source>Copied the change request to the clipboard.</source>
        <translation>Copied the change request to the clipboard.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON report (*.json)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>%1 is not a PDF file name.</source>
        <translation>%1 is not a PDF file name.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Saved %1 in %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Compare with an &amp;earlier report…</source>
        <translation>Compare with an &amp;earlier report…</translation>
    </message>
    <message>
        <source>Compare with an earlier report</source>
        <translation>Compare with an earlier report</translation>
    </message>
    <message>
        <source>Open an earlier JSON report of this site: what was fixed, what still fails, what newly fails. The PDF gets a section for it.</source>
        <translation>Open an earlier JSON report of this site: what was fixed, what still fails, what newly fails. The PDF gets a section for it.</translation>
    </message>
    <message>
        <source>Earlier report</source>
        <translation>Earlier report</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Compared with %1.</translation>
    </message>
    <message>
        <source>%1: not a report that can be read.</source>
        <translation>%1: not a report that can be read.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;From the gateway&lt;/b&gt; %1: merged; the verdict uses its view where it tested a check (%n disagreement(s) with the laptop; the laptop alone: %2).</source>
        <translation>
            <numerusform>&lt;b&gt;From the gateway&lt;/b&gt; %1: merged; the verdict uses its view where it tested a check (%n disagreement with the laptop; the laptop alone: %2).</numerusform>
            <numerusform>&lt;b&gt;From the gateway&lt;/b&gt; %1: merged; the verdict uses its view where it tested a check (%n disagreements with the laptop; the laptop alone: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway&apos;s results were not merged: %1</source>
        <translation>The gateway&apos;s results were not merged: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since the earlier report&lt;/b&gt; (%1): %2 newly failing, %3 still failing, %4 fixed, %5 not checked in both.</source>
        <translation>&lt;b&gt;Since the earlier report&lt;/b&gt; (%1): %2 newly failing, %3 still failing, %4 fixed, %5 not checked in both.</translation>
    </message>
</context>
<context>
    <name>tpready::RunOptionsDialog</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST=IP (a host name, &apos;=&apos;, an IP address).</source>
        <translation>&apos;%1&apos; is not HOST=IP (a host name, &apos;=&apos;, an IP address).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2.</source>
        <translation>The CA file %1 cannot be used: %2.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Run options</source>
        <translation>Run options</translation>
    </message>
    <message>
        <source>Time allowed per check</source>
        <translation>Time allowed per check</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each check waits for an answer before it concludes that nothing answers.</source>
        <translation>How long each check waits for an answer before it concludes that nothing answers.</translation>
    </message>
    <message>
        <source>Private CA file</source>
        <translation>Private CA file</translation>
    </message>
    <message>
        <source>none: only the system&apos;s certificate authorities</source>
        <translation>none: only the system&apos;s certificate authorities</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Browse for a CA file</translation>
    </message>
    <message>
        <source>&amp;Time per check:</source>
        <translation>&amp;Time per check:</translation>
    </message>
    <message>
        <source>&amp;Private CA:</source>
        <translation>&amp;Private CA:</translation>
    </message>
    <message>
        <source>A self-hosted TPE whose certificates come from the company&apos;s own certificate authority: its certificate in PEM format.</source>
        <translation>A self-hosted TPE whose certificates come from the company&apos;s own certificate authority: its certificate in PEM format.</translation>
    </message>
    <message>
        <source>For test labs only</source>
        <translation>For test labs only</translation>
    </message>
    <message>
        <source>Resolve overrides</source>
        <translation>Resolve overrides</translation>
    </message>
    <message>
        <source>one HOST=IP per line, e.g. slrc1.eu.thingpark.com=192.0.2.10</source>
        <translation>one HOST=IP per line, e.g. slrc1.eu.thingpark.com=192.0.2.10</translation>
    </message>
    <message>
        <source>&amp;Resolve these hosts to these addresses instead of asking the resolver:</source>
        <translation>&amp;Resolve these hosts to these addresses instead of asking the resolver:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation>Private CA certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>tpready::Runner</name>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>The check was cancelled before it finished.</translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2.</source>
        <translation>%1 cannot be resolved: %2.</translation>
    </message>
    <message>
        <source>No probe exists for protocol %1.</source>
        <translation>No probe exists for protocol %1.</translation>
    </message>
</context>
<context>
    <name>tpready::SitePage</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Which site is this? Everything on this page is optional: it names the site in the report, so support knows where the results come from.</source>
        <translation>Which site is this? Everything on this page is optional: it names the site in the report, so support knows where the results come from.</translation>
    </message>
    <message>
        <source>e.g. Warehouse 3, Lyon</source>
        <translation>e.g. Warehouse 3, Lyon</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>who is installing, e.g. Jane Doe, Acme Networks</source>
        <translation>who is installing, e.g. Jane Doe, Acme Networks</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>e.g. gateway on the roof, uplink through the customer&apos;s firewall</source>
        <translation>e.g. gateway on the roof, uplink through the customer&apos;s firewall</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Site na&amp;me:</source>
        <translation>Site na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
</context>
<context>
    <name>tpready::StreamProbe</name>
    <message>
        <source>The connection succeeded but could not be used: %1.</source>
        <translation>The connection succeeded but could not be used: %1.</translation>
    </message>
    <message>
        <source>TCP %1 to %2: %3.</source>
        <translation>TCP %1 to %2: %3.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed without the expected answer.</source>
        <translation>The TCP connection to port %1 was accepted, then closed without the expected answer.</translation>
    </message>
    <message>
        <source>TCP %1 to %2: nothing answered within %3 ms (packets silently dropped).</source>
        <translation>TCP %1 to %2: nothing answered within %3 ms (packets silently dropped).</translation>
    </message>
</context>
<context>
    <name>tpready::TpePage</name>
    <message>
        <source>ThingPark Enterprise address</source>
        <translation>ThingPark Enterprise address</translation>
    </message>
    <message>
        <source>Where does the base station reach your self-hosted ThingPark Enterprise (TPE)? Give the host name or IP address the base station is configured with.</source>
        <translation>Where does the base station reach your self-hosted ThingPark Enterprise (TPE)? Give the host name or IP address the base station is configured with.</translation>
    </message>
    <message>
        <source>TPE addresses</source>
        <translation>TPE addresses</translation>
    </message>
    <message>
        <source>e.g. tpe.example.com, or 192.0.2.10, 192.0.2.11</source>
        <translation>e.g. tpe.example.com, or 192.0.2.10, 192.0.2.11</translation>
    </message>
    <message>
        <source>&amp;TPE address(es):</source>
        <translation>&amp;TPE address(es):</translation>
    </message>
    <message>
        <source>Separate several addresses with commas or spaces. One address is a standalone TPE. Two or more addresses, one per node, is a high-availability TPE: the vendor&apos;s HIGH AVAILABILITY column then applies and every node is checked.</source>
        <translation>Separate several addresses with commas or spaces. One address is a standalone TPE. Two or more addresses, one per node, is a high-availability TPE: the vendor&apos;s HIGH AVAILABILITY column then applies and every node is checked.</translation>
    </message>
    <message>
        <source>One node: a standalone TPE.</source>
        <translation>One node: a standalone TPE.</translation>
    </message>
    <message numerus="yes">
        <source>%n nodes: a high-availability TPE.</source>
        <translation>
            <numerusform>%n node: a standalone TPE.</numerusform>
            <numerusform>%n nodes: a high-availability TPE.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tpready::TransportPage</name>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>How does the base station talk to ThingPark? This chooses the vendor&apos;s flow table.</source>
        <translation>How does the base station talk to ThingPark? This chooses the vendor&apos;s flow table.</translation>
    </message>
    <message>
        <source>An IPsec tunnel (IKEv2 on UDP 500 and 4500, then ESP) carries the LRR&apos;s traffic.</source>
        <translation>An IPsec tunnel (IKEv2 on UDP 500 and 4500, then ESP) carries the LRR&apos;s traffic.</translation>
    </message>
    <message>
        <source>TLS tunnels on TCP 3001 to 3003 carry the LRR&apos;s traffic.</source>
        <translation>TLS tunnels on TCP 3001 to 3003 carry the LRR&apos;s traffic.</translation>
    </message>
    <message>
        <source>The gateway runs Semtech Basics Station instead of the LRR: LNS and CUPS over TLS.</source>
        <translation>The gateway runs Semtech Basics Station instead of the LRR: LNS and CUPS over TLS.</translation>
    </message>
    <message>
        <source>LRR version</source>
        <translation>LRR version</translation>
    </message>
    <message>
        <source>Advanced: the site&apos;s own servers (optional)</source>
        <translation>Advanced: the site&apos;s own servers (optional)</translation>
    </message>
    <message>
        <source>NTP servers</source>
        <translation>NTP servers</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS servers</translation>
    </message>
    <message>
        <source>empty: a current LRR</source>
        <translation>empty: a current LRR</translation>
    </message>
    <message>
        <source>LRR &amp;version:</source>
        <translation>LRR &amp;version:</translation>
    </message>
    <message>
        <source>empty: %1, the default</source>
        <translation>empty: %1, the default</translation>
    </message>
    <message>
        <source>NT&amp;P servers:</source>
        <translation>NT&amp;P servers:</translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation>&amp;DNS servers:</translation>
    </message>
    <message>
        <source>IEC 104 (TCP 2404) and FTP (TCP 21) without encryption.</source>
        <translation>IEC 104 (TCP 2404) and FTP (TCP 21) without encryption.</translation>
    </message>
    <message>
        <source>Not available with ThingPark SaaS: the vendor lists it for self-hosted deployments only.</source>
        <translation>Not available with ThingPark SaaS: the vendor lists it for self-hosted deployments only.</translation>
    </message>
    <message>
        <source>empty: none found on this laptop, give the site&apos;s resolver</source>
        <translation>empty: none found on this laptop, give the site&apos;s resolver</translation>
    </message>
    <message>
        <source>empty: this laptop&apos;s resolvers, %1</source>
        <translation>empty: this laptop&apos;s resolvers, %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an LRR version: write it as major.minor, e.g. 2.8 or 2.8.1.</source>
        <translation>&apos;%1&apos; is not an LRR version: write it as major.minor, e.g. 2.8 or 2.8.1.</translation>
    </message>
    <message>
        <source>Leave it empty for a current LRR. Before 2.8 the vendor&apos;s certificate-check flows do not apply, and the flow table leaves them out.</source>
        <translation>Leave it empty for a current LRR. Before 2.8 the vendor&apos;s certificate-check flows do not apply, and the flow table leaves them out.</translation>
    </message>
    <message>
        <source>Basics Station has no LRR version.</source>
        <translation>Basics Station has no LRR version.</translation>
    </message>
</context>
<context>
    <name>tpready::Wizard</name>
    <message>
        <source>ThingPark readiness</source>
        <translation>ThingPark readiness</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>About tpready</source>
        <translation>About tpready</translation>
    </message>
    <message>
        <source>&lt;h3&gt;tpready %1&lt;/h3&gt;&lt;p&gt;ThingPark readiness: checks that this site&apos;s network lets a LoRaWAN base station reach Actility ThingPark, and writes a report that proves it.&lt;/p&gt;&lt;p&gt;The flows are those of Actility&apos;s page “Authorizing base station flows to and from ThingPark”.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;tpready %1&lt;/h3&gt;&lt;p&gt;ThingPark readiness: checks that this site&apos;s network lets a LoRaWAN base station reach Actility ThingPark, and writes a report that proves it.&lt;/p&gt;&lt;p&gt;The flows are those of Actility&apos;s page “Authorizing base station flows to and from ThingPark”.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;From the gateway itself.&lt;/b&gt; The laptop is not the base station. On the flows or the checks page, &lt;i&gt;Check from the gateway…&lt;/i&gt; gives a read-only script: paste it into the gateway&apos;s shell (ssh), then paste the block it prints back into the box below it. Each check then shows both views and where they disagree. On the report page, &lt;i&gt;Compare with an earlier report…&lt;/i&gt; says what was fixed and what still or newly fails since an earlier visit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;From the gateway itself.&lt;/b&gt; The laptop is not the base station. On the flows or the checks page, &lt;i&gt;Check from the gateway…&lt;/i&gt; gives a read-only script: paste it into the gateway&apos;s shell (ssh), then paste the block it prints back into the box below it. Each check then shows both views and where they disagree. On the report page, &lt;i&gt;Compare with an earlier report…&lt;/i&gt; says what was fixed and what still or newly fails since an earlier visit.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tpready::WssProbe</name>
    <message>
        <source>%1 completed a verified TLS handshake but did not answer the WebSocket upgrade with HTTP (%2): &quot;%3&quot;.</source>
        <translation>%1 completed a verified TLS handshake but did not answer the WebSocket upgrade with HTTP (%2): &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake, then closed the session without answering the WebSocket upgrade.</source>
        <translation>%1 completed a verified TLS handshake, then closed the session without answering the WebSocket upgrade.</translation>
    </message>
    <message>
        <source>%1 closed the session in the middle of its answer: &quot;%2&quot;.</source>
        <translation>%1 closed the session in the middle of its answer: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with 101, but not as RFC 6455 requires (%2): something in the path that is not the LNS answered.</source>
        <translation>%1 answered the WebSocket upgrade with 101, but not as RFC 6455 requires (%2): something in the path that is not the LNS answered.</translation>
    </message>
    <message>
        <source>The server closed the connection without an INFOS reply.</source>
        <translation>The server closed the connection without an INFOS reply.</translation>
    </message>
    <message>
        <source>Its next frame was not valid WebSocket (%1).</source>
        <translation>Its next frame was not valid WebSocket (%1).</translation>
    </message>
    <message>
        <source>The server closed the WebSocket (code %1%2) without an INFOS reply.</source>
        <translation>The server closed the WebSocket (code %1%2) without an INFOS reply.</translation>
    </message>
    <message>
        <source>It started a new message inside a fragmented one.</source>
        <translation>It started a new message inside a fragmented one.</translation>
    </message>
    <message>
        <source>It sent a continuation frame outside any message.</source>
        <translation>It sent a continuation frame outside any message.</translation>
    </message>
    <message>
        <source>Its reply was longer than %1 bytes.</source>
        <translation>Its reply was longer than %1 bytes.</translation>
    </message>
    <message>
        <source>The LNS at %1 answered router-info (INFOS) for the dummy router %2 with error &quot;%3&quot;: a genuine LNS discovery endpoint, reachable.</source>
        <translation>The LNS at %1 answered router-info (INFOS) for the dummy router %2 with error &quot;%3&quot;: a genuine LNS discovery endpoint, reachable.</translation>
    </message>
    <message>
        <source>The LNS at %1 answered router-info (INFOS) for the dummy router %2 with its MUXS endpoint %3: a genuine LNS discovery endpoint, reachable.</source>
        <translation>The LNS at %1 answered router-info (INFOS) for the dummy router %2 with its MUXS endpoint %3: a genuine LNS discovery endpoint, reachable.</translation>
    </message>
    <message>
        <source>Its reply is not a router-info answer (%1): &quot;%2&quot;.</source>
        <translation>Its reply is not a router-info answer (%1): &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 accepted the WebSocket upgrade to /router-info with a valid Sec-WebSocket-Accept: a WebSocket server holding the host&apos;s verified certificate, reachable.</source>
        <translation>%1 accepted the WebSocket upgrade to /router-info with a valid Sec-WebSocket-Accept: a WebSocket server holding the host&apos;s verified certificate, reachable.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade to /router-info with &quot;%2&quot;: the LNS endpoint exists and wants the gateway&apos;s token or certificate, which this check does not have. The path works.</source>
        <translation>%1 answered the WebSocket upgrade to /router-info with &quot;%2&quot;: the LNS endpoint exists and wants the gateway&apos;s token or certificate, which this check does not have. The path works.</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot;: a web proxy in the path wants the laptop to authenticate. The base station cannot use a proxy.</source>
        <translation>%1 answered &quot;%2&quot;: a web proxy in the path wants the laptop to authenticate. The base station cannot use a proxy.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot;: there is no LNS discovery endpoint (/router-info) there.</source>
        <translation>%1 answered the WebSocket upgrade with &quot;%2&quot;: there is no LNS discovery endpoint (/router-info) there.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with a redirect (&quot;%2&quot;) to %3: a captive portal or proxy login page, not an LNS.</source>
        <translation>%1 answered the WebSocket upgrade with a redirect (&quot;%2&quot;) to %3: a captive portal or proxy login page, not an LNS.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nowhere</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with a web page (&quot;%2&quot;): a captive portal or proxy page, not an LNS.</source>
        <translation>%1 answered the WebSocket upgrade with a web page (&quot;%2&quot;): a captive portal or proxy page, not an LNS.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot; instead of switching protocols: not an LNS.</source>
        <translation>%1 answered the WebSocket upgrade with &quot;%2&quot; instead of switching protocols: not an LNS.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot; instead of switching protocols: the path to the server works, but it did not accept the LNS discovery request.</source>
        <translation>%1 answered the WebSocket upgrade with &quot;%2&quot; instead of switching protocols: the path to the server works, but it did not accept the LNS discovery request.</translation>
    </message>
    <message>
        <source>No INFOS reply came within %1 ms.</source>
        <translation>No INFOS reply came within %1 ms.</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake but sent no answer to the WebSocket upgrade within %2 ms.</source>
        <translation>%1 completed a verified TLS handshake but sent no answer to the WebSocket upgrade within %2 ms.</translation>
    </message>
    <message>
        <source>%1 began an answer to the WebSocket upgrade (&quot;%2&quot;) but did not finish it within %3 ms.</source>
        <translation>%1 began an answer to the WebSocket upgrade (&quot;%2&quot;) but did not finish it within %3 ms.</translation>
    </message>
</context>
</TS>
