<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogText</name>
    <message>
        <source>catalog file %1: %2: %3</source>
        <translation>Katalogdatei %1: %2: %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>&apos;-&apos; (no port) is only valid for ICMP, ESP and DHCP</source>
        <translation>„-“ (kein Port) ist nur für ICMP, ESP und DHCP zulässig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (expected TCP/443 or UDP/500, separated by spaces)</source>
        <translation>„%1“ ist kein Port (erwartet: TCP/443 oder UDP/500, durch Leerzeichen getrennt)</translation>
    </message>
    <message>
        <source>port %1 is out of range (1-65535)</source>
        <translation>Port %1 liegt außerhalb des gültigen Bereichs (1-65535)</translation>
    </message>
    <message>
        <source>no port given</source>
        <translation>kein Port angegeben</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than %1 bytes</source>
        <translation>ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lower-case letters, digits and hyphens</source>
        <translation>„%1“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten</translation>
    </message>
    <message>
        <source>unknown role (expected SLRC, SLRC (LNS-BRIDGE), LRC, SUPPORT or PROXY_HTTP)</source>
        <translation>unbekannte Rolle (erwartet: SLRC, SLRC (LNS-BRIDGE), LRC, SUPPORT oder PROXY_HTTP)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>„%1“ ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>must list at least one host</source>
        <translation>muss mindestens einen Host enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice</source>
        <translation>„%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow id such as i7a</source>
        <translation>„%1“ ist keine Flow-ID wie i7a</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be Bidirectional or Unidirectional</source>
        <translation>„%1“ muss Bidirectional oder Unidirectional sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known protocol</source>
        <translation>„%1“ ist kein bekanntes Protokoll</translation>
    </message>
    <message>
        <source>protocol %1 needs a port</source>
        <translation>Protokoll %1 braucht einen Port</translation>
    </message>
    <message>
        <source>protocol %1 takes no port: use &apos;-&apos;</source>
        <translation>Protokoll %1 hat keinen Port: „-“ verwenden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known destination system</source>
        <translation>„%1“ ist kein bekanntes Zielsystem</translation>
    </message>
    <message>
        <source>LRC is reached only through SLRC tunnels, never directly</source>
        <translation>LRC wird nur über SLRC-Tunnel erreicht, nie direkt</translation>
    </message>
    <message>
        <source>TPE is not a destination of a SaaS deployment</source>
        <translation>TPE ist kein Ziel einer SaaS-Bereitstellung</translation>
    </message>
    <message>
        <source>%1 is not a destination of a self-hosted deployment</source>
        <translation>%1 ist kein Ziel einer selbst gehosteten Bereitstellung</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 2.8</source>
        <translation>„%1“ ist keine Version wie 2.8</translation>
    </message>
    <message>
        <source>must be &quot;MUST&quot; or &quot;OPTIONAL&quot;</source>
        <translation>muss &quot;MUST&quot; oder &quot;OPTIONAL&quot; sein</translation>
    </message>
    <message>
        <source>must be an object with &quot;standalone&quot; and &quot;high_availability&quot;, each &quot;MUST&quot; or &quot;OPTIONAL&quot;</source>
        <translation>muss ein Objekt mit &quot;standalone&quot; und &quot;high_availability&quot; sein, jeweils &quot;MUST&quot; oder &quot;OPTIONAL&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be saas or self-hosted</source>
        <translation>„%1“ muss saas oder self-hosted sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transport of a %2 deployment</source>
        <translation>„%1“ ist kein Transport einer %2-Bereitstellung</translation>
    </message>
    <message>
        <source>must list at least one flow</source>
        <translation>muss mindestens einen Flow enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in this table</source>
        <translation>„%1“ kommt in dieser Tabelle doppelt vor</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow of this table</source>
        <translation>„%1“ ist kein Flow dieser Tabelle</translation>
    </message>
    <message>
        <source>flow %1 has no port %2</source>
        <translation>Flow %1 hat keinen Port %2</translation>
    </message>
    <message>
        <source>only LRC and SUPPORT are reached through a tunnel</source>
        <translation>nur LRC und SUPPORT werden über einen Tunnel erreicht</translation>
    </message>
    <message>
        <source>the %1 %2 table is defined twice (also in %3)</source>
        <translation>die Tabelle %1 %2 ist doppelt definiert (auch in %3)</translation>
    </message>
    <message>
        <source>catalog directory %1 holds no .json file</source>
        <translation>Katalogverzeichnis %1 enthält keine .json-Datei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>„%1“ ist weder %2 noch %3</translation>
    </message>
    <message>
        <source>catalog directory %1: no table for deployment %2 with transport %3</source>
        <translation>Katalogverzeichnis %1: keine Tabelle für Bereitstellung %2 mit Transport %3</translation>
    </message>
    <message>
        <source>catalog directory %1: no file lists the SaaS platforms (schema %2)</source>
        <translation>Katalogverzeichnis %1: keine Datei listet die SaaS-Plattformen auf (Schema %2)</translation>
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
        <translation>Firewall-Änderungsantrag: ThingPark-Basisstation</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>Tested: %1 UTC</source>
        <translation>Getestet: %1 UTC</translation>
    </message>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>Keine Änderung nötig: Jeder getestete Flow kam durch.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention:</source>
        <translation>Es fehlt keine Firewall-Regel, aber Folgendes erfordert Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>the gateway&apos;s LAN</source>
        <translation>das LAN des Gateways</translation>
    </message>
    <message>
        <source>the gateway&apos;s LAN (the test laptop was on %1)</source>
        <translation>das LAN des Gateways (der Test-Laptop war in %1)</translation>
    </message>
    <message>
        <source>the local network</source>
        <translation>dem lokalen Netzwerk</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>in beide Richtungen</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
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
        <translation>Außerdem:</translation>
    </message>
    <message>
        <source>This test ran from a laptop on the gateway&apos;s LAN: the gateway&apos;s own address, MAC address, VLAN and path may still be treated differently.</source>
        <translation>Dieser Test lief auf einem Laptop im LAN des Gateways: Die eigene Adresse, die MAC-Adresse, das VLAN und der Pfad des Gateways können dennoch anders behandelt werden.</translation>
    </message>
    <message>
        <source>Allow these flows in the firewall, from %1; replies to them must be allowed back. Today they are dropped, refused, not routed or forced through a proxy.</source>
        <translation>Erlauben Sie diese Flows in der Firewall, von %1; Antworten darauf müssen zurück erlaubt sein. Heute werden sie verworfen, abgewiesen, nicht geroutet oder über einen Proxy gezwungen.</translation>
    </message>
    <message>
        <source>Exempt these flows from TLS/SSL inspection (decryption) on the proxy or firewall. They already get through: no port needs opening. A device in the path presents its own certificate instead of ThingPark&apos;s, and the base station refuses it.</source>
        <translation>Nehmen Sie diese Flows auf dem Proxy oder der Firewall von der TLS/SSL-Inspektion (Entschlüsselung) aus. Sie kommen bereits durch: Kein Port muss geöffnet werden. Ein Gerät im Pfad legt statt des Zertifikats von ThingPark sein eigenes vor, und die Basisstation lehnt es ab.</translation>
    </message>
    <message>
        <source>Allow the application on its port, not only the port, from %1. The connection opens, but a proxy, captive portal, port redirection, application-aware firewall or IPS answers it or cuts it: let it through unmodified, or exempt these destinations from that policy.</source>
        <translation>Erlauben Sie die Anwendung auf ihrem Port, nicht nur den Port, von %1. Die Verbindung öffnet sich, aber ein Proxy, ein Captive Portal, eine Port-Umleitung, eine anwendungserkennende Firewall oder ein IPS beantwortet sie oder bricht sie ab: Lassen Sie sie unverändert durch, oder nehmen Sie diese Ziele von dieser Richtlinie aus.</translation>
    </message>
    <message>
        <source>Fix the name resolution: the site&apos;s DNS resolvers must answer for these names, and the gateway must reach them on UDP and TCP 53.</source>
        <translation>Beheben Sie die Namensauflösung: Die DNS-Resolver des Standorts müssen für diese Namen antworten, und das Gateway muss sie über UDP und TCP 53 erreichen.</translation>
    </message>
    <message>
        <source>Fix the name resolution: the site&apos;s DNS resolvers (this laptop used %1) must answer for these names, and the gateway must reach them on UDP and TCP 53.</source>
        <translation>Beheben Sie die Namensauflösung: Die DNS-Resolver des Standorts (dieser Laptop nutzte %1) müssen für diese Namen antworten, und das Gateway muss sie über UDP und TCP 53 erreichen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>Allow %1 to %2, %3. Flow %4, %5. Found: %6.</source>
        <translation>Erlauben Sie %1 zu %2, %3. Flow %4, %5. Befund: %6.</translation>
    </message>
    <message>
        <source>Exempt %1 to %2 from TLS inspection. Flow %3, %4. Found: %5.</source>
        <translation>Nehmen Sie %1 zu %2 von der TLS-Inspektion aus. Flow %3, %4. Befund: %5.</translation>
    </message>
    <message>
        <source>Allow %1 on %2 to %3, %4, unmodified. Flow %5, %6. Found: %7.</source>
        <translation>Erlauben Sie %1 auf %2 zu %3, %4, unverändert. Flow %5, %6. Befund: %7.</translation>
    </message>
    <message>
        <source>Make %1 resolve. Flow %2, %3. Found: %4.</source>
        <translation>Sorgen Sie dafür, dass %1 aufgelöst wird. Flow %2, %3. Befund: %4.</translation>
    </message>
</context>
<context>
    <name>CheckDetailsText</name>
    <message>
        <source>(local network)</source>
        <translation>(lokales Netzwerk)</translation>
    </message>
    <message>
        <source>This check is running.</source>
        <translation>Diese Prüfung läuft.</translation>
    </message>
    <message>
        <source>This check is waiting for its turn.</source>
        <translation>Diese Prüfung wartet, bis sie an der Reihe ist.</translation>
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
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>What to ask IT</source>
        <translation>Anfrage an die IT</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Reading this laptop&apos;s network settings…</source>
        <translation>Netzwerkeinstellungen dieses Laptops werden gelesen…</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>none with an address</source>
        <translation>keine mit Adresse</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Standard-Gateway</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not measured (no NTP check answered)</source>
        <translation>nicht gemessen (keine NTP-Prüfung hat geantwortet)</translation>
    </message>
    <message>
        <source>0 ms against %1</source>
        <translation>0 ms gegenüber %1</translation>
    </message>
    <message>
        <source>+%1 ms against %2 (this laptop&apos;s clock is ahead)</source>
        <translation>+%1 ms gegenüber %2 (die Uhr dieses Laptops geht vor)</translation>
    </message>
    <message>
        <source>%1 ms against %2 (this laptop&apos;s clock is behind)</source>
        <translation>%1 ms gegenüber %2 (die Uhr dieses Laptops geht nach)</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Uhrabweichung</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Other interfaces</source>
        <translation>Weitere Schnittstellen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>auf diesem System nicht verfügbar</translation>
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
        <translation>%1 braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 %2 is a directory: give a file name.</source>
        <translation>%1 %2 ist ein Verzeichnis: Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 %2: the directory %3 does not exist.</source>
        <translation>%1 %2: Das Verzeichnis %3 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 %2: the directory %3 is not writable.</source>
        <translation>%1 %2: Das Verzeichnis %3 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>%1 %2: the file exists and is not writable.</source>
        <translation>%1 %2: Die Datei existiert und ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2 pass, %3 fail, %4 warn, %5 info, %6 skipped) in %7 ms</source>
        <translation>Ergebnis: %1 (bestanden %2, fehlgeschlagen %3, Warnungen %4, Info %5, übersprungen %6) in %7 ms</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Zu tun: %1</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number of milliseconds from %1 to %2, not &apos;%3&apos;.</source>
        <translation>--timeout-ms muss eine ganze Zahl von Millisekunden von %1 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>--resolve needs HOST=IP with a host name and an IP address, not &apos;%1&apos;.</source>
        <translation>--resolve braucht HOST=IP mit einem Hostnamen und einer IP-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>--site and --operator take at most %1 characters.</source>
        <translation>--site und --operator akzeptieren höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>--pdf and --json name the same file.</source>
        <translation>--pdf und --json bezeichnen dieselbe Datei.</translation>
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
        <translation>Aufruf: tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]

Listet die Flows der Herstellertabelle für die Auswahl und die Prüfungen, die daraus werden
(eine je Host und Port). Nichts wird über das Netzwerk gesendet.

  --deployment D     saas oder self-hosted
  --transport T      lrr-ipsec, lrr-tls, lrr-plain (nur selbst gehostet) oder basics-station
  --platform P       SaaS-Plattform (siehe „tpready platforms“)
  --tpe HOST[,HOST]  selbst gehostet: die TPE-Adresse; zwei oder mehr für ein hochverfügbares TPE
  --lrr-version X.Y  die LRR-Version der Basisstation; Zeilen für spätere Versionen entfallen
  --ntp HOST         ein NTP-Server, den die Basisstation nutzt (wiederholbar; Standard pool.ntp.org)
  --dns IP           ein DNS-Server, den die Basisstation nutzt (wiederholbar; Standard: die dieses Laptops)
  --json             den Plan als JSON ausgeben (Schema tpready-flows/1)
</translation>
    </message>
    <message>
        <source>Usage: tpready platforms [--json]

Lists the ThingPark SaaS platforms and the host names of their SLRC, LNS-BRIDGE, LRC, SUPPORT
and PROXY_HTTP servers, as the vendor&apos;s per-platform FQDN list gives them.

  --json   print the list as JSON (schema tpready-platforms/1)
</source>
        <translation>Aufruf: tpready platforms [--json]

Listet die ThingPark-SaaS-Plattformen und die Hostnamen ihrer SLRC-, LNS-BRIDGE-, LRC-, SUPPORT-
und PROXY_HTTP-Server, wie die FQDN-Liste des Herstellers je Plattform sie angibt.

  --json   die Liste als JSON ausgeben (Schema tpready-platforms/1)
</translation>
    </message>
    <message>
        <source>(reached only through the SLRC tunnels)</source>
        <translation>(nur über die SLRC-Tunnel erreicht)</translation>
    </message>
    <message>
        <source>Self-hosted ThingPark Enterprise has no platform: give its address with --deployment self-hosted --tpe HOST.</source>
        <translation>Ein selbst gehostetes ThingPark Enterprise hat keine Plattform: Geben Sie seine Adresse mit --deployment self-hosted --tpe HOST an.</translation>
    </message>
    <message>
        <source>no command given. See &apos;tpready --help&apos;.</source>
        <translation>Kein Befehl angegeben. Siehe „tpready --help“.</translation>
    </message>
    <message>
        <source>--version takes no argument.</source>
        <translation>--version akzeptiert kein Argument.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;. See &apos;tpready --help&apos;.</source>
        <translation>Unbekannte Option „%1“. Siehe „tpready --help“.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. See &apos;tpready --help&apos;.</source>
        <translation>Unbekannter Befehl „%1“. Siehe „tpready --help“.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>See &apos;tpready %1 --help&apos;.</source>
        <translation>Siehe „tpready %1 --help“.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;. See &apos;tpready %2 --help&apos;.</source>
        <translation>Unerwartetes Argument „%1“. Siehe „tpready %2 --help“.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 ist mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>--deployment is required (saas or self-hosted).</source>
        <translation>--deployment ist erforderlich (saas oder self-hosted).</translation>
    </message>
    <message>
        <source>--transport is required (lrr-ipsec, lrr-tls, lrr-plain or basics-station).</source>
        <translation>--transport ist erforderlich (lrr-ipsec, lrr-tls, lrr-plain oder basics-station).</translation>
    </message>
    <message>
        <source>unknown deployment &apos;%1&apos; (expected saas or self-hosted).</source>
        <translation>Unbekannte Bereitstellung „%1“ (erwartet: saas oder self-hosted).</translation>
    </message>
    <message>
        <source>unknown transport &apos;%1&apos; (expected lrr-ipsec, lrr-tls, lrr-plain or basics-station).</source>
        <translation>Unbekannter Transport „%1“ (erwartet: lrr-ipsec, lrr-tls, lrr-plain oder basics-station).</translation>
    </message>
    <message>
        <source>--platform needs a value.</source>
        <translation>--platform braucht einen Wert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an LRR version (expected X.Y, such as 2.8).</source>
        <translation>„%1“ ist keine LRR-Version (erwartet: X.Y, etwa 2.8).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code such as fr or de_DE.</source>
        <translation>„%1“ ist kein Sprachcode wie fr oder de_DE.</translation>
    </message>
    <message>
        <source>--from is required: the JSON report to render.</source>
        <translation>--from ist erforderlich: der auszugebende JSON-Bericht.</translation>
    </message>
    <message>
        <source>--pdf is required: the PDF file to write.</source>
        <translation>--pdf ist erforderlich: die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>--ca %1: %2.</source>
        <translation>--ca %1: %2.</translation>
    </message>
    <message>
        <source>--ca needs a file name.</source>
        <translation>--ca braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--resolve gives two addresses for %1.</source>
        <translation>--resolve gibt zwei Adressen für %1 an.</translation>
    </message>
    <message>
        <source>--json needs a file name, or - for the standard output.</source>
        <translation>--json braucht einen Dateinamen oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 ist mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>Qt&apos;s OpenSSL TLS back-end could not be loaded (%1 is used instead): TLS verdicts may differ from those of a complete installation.</source>
        <translation>Das OpenSSL-TLS-Backend von Qt konnte nicht geladen werden (stattdessen wird %1 verwendet): TLS-Ergebnisse können von denen einer vollständigen Installation abweichen.</translation>
    </message>
    <message>
        <source>gateway: %1 %2</source>
        <translation>Gateway: %1 %2</translation>
    </message>
    <message>
        <source>Gateway view: %1 (%2), %3 of %4 checks tested there, %5 disagreement(s) with the laptop; the laptop alone: %6</source>
        <translation>Sicht des Gateways: %1 (%2), %3 von %4 Prüfungen dort getestet, %5 Abweichung(en) vom Laptop; der Laptop allein: %6</translation>
    </message>
    <message>
        <source>--gateway-results needs a file name.</source>
        <translation>--gateway-results braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--gateway-results %1: the results are for another selection (%2): make the gateway script with this check&apos;s selection.</source>
        <translation>--gateway-results %1: die Ergebnisse gehören zu einer anderen Auswahl (%2): das Gateway-Skript mit der Auswahl dieser Prüfung erzeugen.</translation>
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
        <translation>tpready %1: Erreicht das Netzwerk dieses Standorts Actility ThingPark?

Aufruf:
  tpready                     den Assistenten öffnen
  tpready platforms [--json]  die SaaS-Plattformen und ihre Hosts auflisten
  tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]
                              die Flows auflisten, die der Standort erlauben muss, ohne sie zu prüfen
  tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]] [options]
                              die Prüfungen von diesem Laptop aus durchführen (siehe „tpready check --help“)
  tpready report --from REPORT.json --pdf FILE [--gateway-results FILE --json FILE]
                              einen gespeicherten Bericht als PDF ausgeben
  tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                              ein Shell-Skript, das die Prüfungen auf der Basisstation ausführt
  tpready compare OLD.json NEW.json [--json]
                              was zwischen zwei Berichten behoben ist, weiter fehlschlägt oder neu fehlschlägt
  tpready --version | --help

Optionen für jeden Befehl:
  --lang LANG       Sprache der Ausgabe (en, fr, de, es); Standard: die des Systems
  --catalog DIR     den Flow-Katalog aus DIR statt aus der eingebauten Kopie lesen

Werte:
  D  saas | self-hosted
  T  lrr-ipsec | lrr-tls | lrr-plain (nur selbst gehostet) | basics-station
  P  eine SaaS-Plattform-ID: siehe „tpready platforms“

„tpready BEFEHL --help“ beschreibt einen Befehl.
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
        <translation>Aufruf: tpready compare OLD.json NEW.json [--json]

Vergleicht zwei Berichte von „tpready check“ (oder dem Assistenten) Prüfung für Prüfung: was behoben ist, was
weiter fehlschlägt, was neu fehlschlägt und was nicht in beiden geprüft wurde. Enthält ein Bericht die eigenen
Ergebnisse des Gateways, zählt dessen Urteil.

  --json   den Vergleich als JSON ausgeben (Schema tpready-compare/1)

Exit-Status: 0 nichts schlägt neu fehl, 1 etwas schlägt neu fehl, 2 falsche Verwendung oder Eingabe.
</translation>
    </message>
    <message>
        <source>the script&apos;s template is missing from this build.</source>
        <translation>die Vorlage des Skripts fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>compare takes two reports: OLD.json NEW.json.</source>
        <translation>compare erwartet zwei Berichte: OLD.json NEW.json.</translation>
    </message>
    <message>
        <source>%1 %2: no such file.</source>
        <translation>%1 %2: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 %2: larger than %3 MiB, not a report.</source>
        <translation>%1 %2: größer als %3 MiB, kein Bericht.</translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation>%1 %2: %3.</translation>
    </message>
    <message>
        <source>%1 %2: refused, nothing merged: %3</source>
        <translation>%1 %2: abgelehnt, nichts zusammengeführt: %3</translation>
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
        <translation>Aufruf: tpready report --from REPORT.json --pdf FILE [--gateway-results FILE] [--compare OLD.json]
                      [--json FILE]

Gibt einen gespeicherten JSON-Bericht (von „tpready check --json“ oder dem Assistenten) als PDF aus, in der Sprache
von --lang. Das PDF enthält den SHA-256 von REPORT.json, damit beide einander zugeordnet werden können.

  --gateway-results FILE  den Block zusammenführen, den „tpready gateway-script“ auf der Basisstation ausgab;
                          der zusammengeführte Bericht wird mit --json geschrieben (das PDF enthält seinen SHA-256)
  --compare OLD.json      einen Abschnitt „Seit dem früheren Bericht“ hinzufügen: was seit OLD.json behoben ist,
                          weiter fehlschlägt oder neu fehlschlägt
  --json FILE             den Bericht wie ausgegeben schreiben (nötig mit --gateway-results, --compare)
</translation>
    </message>
    <message>
        <source>--gateway-results and --compare need --json FILE: the report the PDF&apos;s SHA-256 names.</source>
        <translation>--gateway-results und --compare brauchen --json FILE: den Bericht, dessen SHA-256 das PDF nennt.</translation>
    </message>
    <message>
        <source>%1 would overwrite the report given with --from.</source>
        <translation>%1 würde den mit --from angegebenen Bericht überschreiben.</translation>
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
        <translation>Aufruf: tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--ca FILE]
                     [--resolve HOST=IP]... [--timeout-ms N] [--site NAME] [--operator NAME]
                     [--json FILE|-] [--pdf FILE] [--redact] [--quiet] [--gateway-results FILE]

Führt jede Prüfung des Plans von diesem Laptop aus durch: ein Nachweis auf Protokollebene je Flow, Host und Port.
Je abgeschlossener Prüfung geht eine Fortschrittszeile nach stderr, eine Zusammenfassung nach stdout.

  --ca FILE          PEM-Zertifikate, denen zusätzlich zu denen des Systems vertraut wird (eine private CA)
  --resolve HOST=IP  IP für HOST verwenden, statt den Resolver zu fragen (wiederholbar)
  --timeout-ms N     Frist jeder Prüfung, %1 bis %2 ms (Standard 5000)
  --site NAME        Name des Standorts, für den Bericht
  --operator NAME    wer die Prüfung durchgeführt hat, für den Bericht
  --json FILE|-      Bericht als JSON schreiben (Schema tpready-report/1); - für stdout
  --pdf FILE         Bericht als PDF schreiben; ohne --json wird das JSON daneben gespeichert
  --redact           die eigenen Adressen dieses Laptops nicht in den Bericht aufnehmen
  --quiet            keine Fortschrittszeilen
  --gateway-results FILE  der Block, den „tpready gateway-script“ auf der Basisstation ausgegeben hat: zusammengeführt,
                     jede Prüfung zeigt beide Sichten, das Urteil folgt dem Gateway, wo es geprüft hat

Exit-Status: 0 jeder MUST-Flow bestanden, 1 ein MUST-Flow fehlgeschlagen, 2 falsche Verwendung oder Eingabe, 3 interner Fehler.
Die Auswahloptionen sind die von „tpready flows --help“.
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
        <translation>Aufruf: tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                              [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--paste]

Gibt ein POSIX-sh-Skript aus, das die Prüfungen des Plans von der Basisstation selbst aus durchführt, mit
den BusyBox-Werkzeugen der Gateways (nc, nslookup, ping; openssl, ntpd oder ntpdate, wenn vorhanden).
Es ändert nichts, kontaktiert nur die Hosts des Plans und endet innerhalb der Frist, die es zuerst ausgibt,
mit einem Ergebnisblock: diesen Block an „tpready check --gateway-results FILE“,
„tpready report --gateway-results FILE“ oder den Assistenten übergeben. Die Auswahloptionen sind die von
„tpready flows“.

  --paste   das Skript zum Einfügen in die Shell des Gateways (ssh) als ein einziger Befehl verpacken
</translation>
    </message>
    <message>
        <source>system unknown</source>
        <translation>System unbekannt</translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>(local network)</source>
        <translation>(lokales Netzwerk)</translation>
    </message>
    <message>
        <source>report key comparison.schema is not %1</source>
        <translation>Berichtsschlüssel comparison.schema ist nicht %1</translation>
    </message>
    <message>
        <source>report key comparison holds a check with an unknown verdict or reason</source>
        <translation>Berichtsschlüssel comparison enthält eine Prüfung mit unbekanntem Urteil oder Grund</translation>
    </message>
    <message>
        <source>Earlier report: %1 (%2)
Later report:   %3 (%4)
</source>
        <translation>Früherer Bericht: %1 (%2)
Späterer Bericht: %3 (%4)
</translation>
    </message>
    <message>
        <source>The two reports are for different selections: only the checks they share are compared.
</source>
        <translation>Die beiden Berichte gehören zu verschiedenen Auswahlen: nur ihre gemeinsamen Prüfungen werden verglichen.
</translation>
    </message>
    <message>
        <source>Newly failing</source>
        <translation>Neu fehlgeschlagen</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Weiter fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Not checked in both</source>
        <translation>Nicht in beiden geprüft</translation>
    </message>
    <message>
        <source>Unchanged and not failing: %1
</source>
        <translation>Unverändert und ohne Fehler: %1
</translation>
    </message>
</context>
<context>
    <name>CorrelateText</name>
    <message>
        <source>Without an IKE result for this host, nothing more can be said.</source>
        <translation>Ohne IKE-Ergebnis für diesen Host lässt sich nichts Weiteres sagen.</translation>
    </message>
    <message>
        <source>IKE to this host did not get through either, so no tunnel can be set up.</source>
        <translation>IKE zu diesem Host kam ebenfalls nicht durch, daher kann kein Tunnel aufgebaut werden.</translation>
    </message>
    <message>
        <source>The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948), which answered, so the data path is covered.</source>
        <translation>Der Laptop ist hinter NAT: Der Tunnel transportiert ESP in UDP 4500 (RFC 3948), das geantwortet hat; der Datenpfad ist also abgedeckt.</translation>
    </message>
    <message>
        <source>The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948); make sure UDP 4500 is allowed.</source>
        <translation>Der Laptop ist hinter NAT: Der Tunnel transportiert ESP in UDP 4500 (RFC 3948); stellen Sie sicher, dass UDP 4500 erlaubt ist.</translation>
    </message>
    <message>
        <source>The IKE answer carried no NAT detection, so whether ESP will travel in UDP 4500 is unknown: allow ESP (IP protocol 50) both ways to %1 as well as UDP 4500.</source>
        <translation>Die IKE-Antwort enthielt keine NAT-Erkennung, daher ist unbekannt, ob ESP in UDP 4500 übertragen wird: Erlauben Sie ESP (IP-Protokoll 50) in beide Richtungen zu %1 sowie UDP 4500.</translation>
    </message>
    <message>
        <source>No NAT was detected: ESP (IP protocol 50) itself must be allowed both ways between the gateway and %1.</source>
        <translation>Kein NAT erkannt: ESP (IP-Protokoll 50) selbst muss in beide Richtungen zwischen dem Gateway und %1 erlaubt sein.</translation>
    </message>
    <message>
        <source>Allow IP protocol 50 (ESP) both ways between the gateway&apos;s LAN and %1 (%2), or make sure the path uses NAT so that ESP travels in UDP 4500.</source>
        <translation>Erlauben Sie IP-Protokoll 50 (ESP) in beide Richtungen zwischen dem LAN des Gateways und %1 (%2), oder sorgen Sie dafür, dass der Pfad NAT verwendet, sodass ESP in UDP 4500 übertragen wird.</translation>
    </message>
    <message>
        <source>The certificate of %1 port %2 was issued by &quot;%3&quot;, while the other %4 servers present certificates from &quot;%5&quot;: something in the path (TLS inspection) replaces the server&apos;s certificate.</source>
        <translation>Das Zertifikat von %1 Port %2 wurde von „%3“ ausgestellt, während die anderen %4-Server Zertifikate von „%5“ vorlegen: Etwas im Pfad (TLS-Inspektion) ersetzt das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>The host answered on %1/%2 though: only ICMP is blocked on the path.</source>
        <translation>Der Host hat jedoch auf %1/%2 geantwortet: Nur ICMP wird auf dem Pfad blockiert.</translation>
    </message>
    <message>
        <source>This laptop is set to reach the Internet through a web proxy (%1): the base station cannot use one, so the direct path must be opened.</source>
        <translation>Dieser Laptop ist so eingerichtet, dass er das Internet über einen Web-Proxy (%1) erreicht: Die Basisstation kann keinen verwenden, daher muss der direkte Weg geöffnet werden.</translation>
    </message>
    <message>
        <source>IKE answered on UDP 500 but not on UDP 4500: the tunnel would stall right after NAT detection, where IKE moves to UDP 4500, and ESP, which travels inside UDP 4500 behind NAT, would not get through either.</source>
        <translation>IKE antwortete auf UDP 500, aber nicht auf UDP 4500: Der Tunnel bliebe direkt nach der NAT-Erkennung stehen, wo IKE auf UDP 4500 wechselt, und ESP, das hinter NAT in UDP 4500 reist, käme ebenso wenig durch.</translation>
    </message>
    <message>
        <source>Allow UDP 4500 both ways between the gateway&apos;s LAN and %1 (%2): IKE moves there after its first exchange, and ESP travels in it behind NAT.</source>
        <translation>Erlauben Sie UDP 4500 in beide Richtungen zwischen dem LAN des Gateways und %1 (%2): IKE wechselt nach seinem ersten Austausch dorthin, und ESP reist hinter NAT darin.</translation>
    </message>
    <message>
        <source>The same host answered IKE on UDP 500, so the tunnel would start and then stall after NAT detection, when IKE moves to UDP 4500 (and ESP with it, behind NAT).</source>
        <translation>Derselbe Host antwortete auf IKE über UDP 500: Der Tunnel würde also starten und dann nach der NAT-Erkennung stehen bleiben, wenn IKE auf UDP 4500 wechselt (und ESP mit ihm, hinter NAT).</translation>
    </message>
    <message>
        <source>Allow UDP 4500 both ways between the gateway&apos;s LAN and %1 (%2), as UDP 500 already is: IKE moves to 4500 after its first exchange, and ESP travels in it behind NAT.</source>
        <translation>Erlauben Sie UDP 4500 in beide Richtungen zwischen dem LAN des Gateways und %1 (%2), wie UDP 500 bereits erlaubt ist: IKE wechselt nach seinem ersten Austausch auf 4500, und ESP reist hinter NAT darin.</translation>
    </message>
    <message>
        <source>The ICMP check to %1 found why: packets larger than %2 bytes are lost on this path without a &quot;fragmentation needed&quot; answer (a path-MTU black hole), so the server&apos;s first full-size packet never arrived.</source>
        <translation>Die ICMP-Prüfung zu %1 hat den Grund gefunden: Pakete über %2 Bytes gehen auf diesem Pfad ohne eine Antwort „fragmentation needed“ verloren (ein Path-MTU-Black-Hole), daher kam das erste volle Paket des Servers nie an.</translation>
    </message>
    <message>
        <source>Ask for TCP MSS clamping to %1 bytes (the path MTU of %2 minus 40) on the router or firewall of the gateway&apos;s uplink, or for ICMP &quot;fragmentation needed&quot; (type 3 code 4) to be let through to the gateway&apos;s LAN, so that the path MTU is found.</source>
        <translation>Bitten Sie um TCP-MSS-Clamping auf %1 Bytes (die Path-MTU von %2 minus 40) auf dem Router oder der Firewall des Uplinks des Gateways, oder darum, ICMP „fragmentation needed“ (Typ 3 Code 4) ins LAN des Gateways durchzulassen, damit die Path-MTU gefunden wird.</translation>
    </message>
</context>
<context>
    <name>DhcpText</name>
    <message>
        <source>%1 from the DHCP server %2</source>
        <translation>%1 vom DHCP-Server %2</translation>
    </message>
    <message>
        <source>The laptop got its address by DHCP: %1.</source>
        <translation>Der Laptop hat seine Adresse per DHCP erhalten: %1.</translation>
    </message>
    <message>
        <source>A static address (no DHCP) is set on %1.</source>
        <translation>Auf %1 ist eine statische Adresse (ohne DHCP) eingestellt.</translation>
    </message>
    <message>
        <source>Old DHCP leases were found, but none for an address the laptop holds now: the system does not say how it got its current address.</source>
        <translation>Alte DHCP-Leases wurden gefunden, aber keines für eine Adresse, die der Laptop jetzt hat: Das System gibt nicht an, wie er seine aktuelle Adresse erhalten hat.</translation>
    </message>
    <message>
        <source>The system does not say whether the laptop&apos;s address came from DHCP.</source>
        <translation>Das System gibt nicht an, ob die Adresse des Laptops per DHCP vergeben wurde.</translation>
    </message>
</context>
<context>
    <name>EnvironmentAdviceText</name>
    <message>
        <source>A VPN is up on this laptop (%1): traffic may leave through it instead of the site&apos;s network, so the checks may test the VPN&apos;s path rather than the gateway&apos;s. Disconnect the VPN and run the checks again.</source>
        <translation>Auf diesem Laptop ist ein VPN aktiv (%1): Der Verkehr kann darüber statt über das Netzwerk des Standorts laufen, sodass die Prüfungen womöglich den Pfad des VPN statt den des Gateways testen. Trennen Sie das VPN und führen Sie die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <source>This laptop is on Wi-Fi (%1), while the base station will be wired: Wi-Fi is often another VLAN with other firewall rules. Plug the laptop into the gateway&apos;s cable or switch port for the closest result.</source>
        <translation>Dieser Laptop ist per WLAN verbunden (%1), die Basisstation wird aber per Kabel angeschlossen: WLAN ist oft ein anderes VLAN mit anderen Firewall-Regeln. Schließen Sie den Laptop an das Kabel oder den Switch-Port des Gateways an, um das genaueste Ergebnis zu erhalten.</translation>
    </message>
</context>
<context>
    <name>EspProbe</name>
    <message>
        <source>ESP (IP protocol 50) to %1 cannot be tested from a laptop: it needs administrator rights and an established IPsec tunnel.</source>
        <translation>ESP (IP-Protokoll 50) zu %1 kann nicht von einem Laptop aus getestet werden: Dafür sind Administratorrechte und ein aufgebauter IPsec-Tunnel nötig.</translation>
    </message>
</context>
<context>
    <name>GatewayBlockText</name>
    <message>
        <source>the text is larger than %1 KiB: paste only the result block</source>
        <translation>der Text ist größer als %1 KiB: nur den Ergebnisblock einfügen</translation>
    </message>
    <message>
        <source>no result block: the text has no line &quot;%1&quot;. Copy the block the gateway script printed, from its BEGIN line to its END line.</source>
        <translation>kein Ergebnisblock: der Text hat keine Zeile „%1“. Den Block kopieren, den das Gateway-Skript ausgab, von seiner BEGIN- bis zu seiner END-Zeile.</translation>
    </message>
    <message>
        <source>the text holds %1 result blocks: paste one</source>
        <translation>der Text enthält %1 Ergebnisblöcke: nur einen einfügen</translation>
    </message>
    <message>
        <source>the result block is cut short: its END line is missing. Copy it again, from its BEGIN line to its END line.</source>
        <translation>der Ergebnisblock ist abgeschnitten: seine END-Zeile fehlt. Ihn erneut kopieren, von seiner BEGIN- bis zu seiner END-Zeile.</translation>
    </message>
    <message>
        <source>the result block has no sum line before its END line: it was cut or changed</source>
        <translation>der Ergebnisblock hat keine Summenzeile vor seiner END-Zeile: er wurde abgeschnitten oder verändert</translation>
    </message>
    <message>
        <source>the result block&apos;s sum line is not one this tpready knows (sha256, md5 or cksum)</source>
        <translation>die Summenzeile des Ergebnisblocks ist keine, die dieses tpready kennt (sha256, md5 oder cksum)</translation>
    </message>
    <message>
        <source>the result block is cut short: it counts %1 lines, %2 arrived</source>
        <translation>der Ergebnisblock ist abgeschnitten: er zählt %1 Zeilen, %2 sind angekommen</translation>
    </message>
    <message>
        <source>the result block has no line count before its sum: it was cut or changed</source>
        <translation>der Ergebnisblock hat keine Zeilenzahl vor seiner Summe: er wurde abgeschnitten oder verändert</translation>
    </message>
    <message>
        <source>the result block&apos;s %1 sum does not match its content: it was changed after the gateway printed it. Run the script again and copy the block as it is.</source>
        <translation>die %1-Summe des Ergebnisblocks passt nicht zu seinem Inhalt: er wurde verändert, nachdem das Gateway ihn ausgab. Das Skript erneut ausführen und den Block unverändert kopieren.</translation>
    </message>
    <message>
        <source>line %1 of the result block is not a check result: &quot;%2&quot;</source>
        <translation>Zeile %1 des Ergebnisblocks ist kein Prüfergebnis: „%2“</translation>
    </message>
    <message>
        <source>the result block holds the check &quot;%1&quot; twice</source>
        <translation>der Ergebnisblock enthält die Prüfung „%1“ zweimal</translation>
    </message>
    <message>
        <source>line %1 of the result block is not one of its own: &quot;%2&quot;</source>
        <translation>Zeile %1 des Ergebnisblocks gehört nicht zu ihm: „%2“</translation>
    </message>
    <message>
        <source>the result block&apos;s format is &quot;%1&quot;; this tpready reads %2</source>
        <translation>das Format des Ergebnisblocks ist „%1“; dieses tpready liest %2</translation>
    </message>
    <message>
        <source>these gateway results are for another plan (%1, plan %2), not this report&apos;s (plan %3): make the gateway script with the same selection as the check</source>
        <translation>diese Gateway-Ergebnisse gehören zu einem anderen Plan (%1, Plan %2), nicht zu dem dieses Berichts (Plan %3): das Gateway-Skript mit derselben Auswahl wie die Prüfung erzeugen</translation>
    </message>
    <message>
        <source>the gateway results hold a check this report does not: &quot;%1&quot;</source>
        <translation>die Gateway-Ergebnisse enthalten eine Prüfung, die dieser Bericht nicht hat: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>the gateway results lack %n of this report&apos;s checks (&quot;%1&quot;...)</source>
        <translation>
            <numerusform>den Gateway-Ergebnissen fehlt %n Prüfung dieses Berichts („%1“...)</numerusform>
            <numerusform>den Gateway-Ergebnissen fehlen %n Prüfungen dieses Berichts („%1“...)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayText</name>
    <message>
        <source>Passes from the laptop, blocked from the gateway (%1): the gateway&apos;s port or VLAN has other rules, or its resolver gives another address.</source>
        <translation>Vom Laptop aus erfolgreich, vom Gateway aus blockiert (%1): Port oder VLAN des Gateways haben andere Regeln, oder sein Resolver liefert eine andere Adresse.</translation>
    </message>
    <message>
        <source>Blocked from the laptop (%1), passes from the gateway: the laptop&apos;s own network or firewall is in the way, not the gateway&apos;s.</source>
        <translation>Vom Laptop aus blockiert (%1), vom Gateway aus erfolgreich: das Netzwerk oder die Firewall des Laptops steht im Weg, nicht die des Gateways.</translation>
    </message>
    <message>
        <source>The laptop says %1 (%2), the gateway says %3 (%4).</source>
        <translation>Der Laptop sagt %1 (%2), das Gateway sagt %3 (%4).</translation>
    </message>
    <message>
        <source>Both got through, but to other addresses: %1 from the laptop, %2 from the gateway. Their resolvers answer differently (a name with several addresses does that too).</source>
        <translation>Beide kommen durch, aber zu anderen Adressen: %1 vom Laptop, %2 vom Gateway. Ihre Resolver antworten unterschiedlich (ein Name mit mehreren Adressen bewirkt das auch).</translation>
    </message>
    <message>
        <source>The gateway asks the resolver(s) %1, not the DNS servers the plan was checked with (%2): its names may resolve otherwise than the laptop&apos;s.</source>
        <translation>Das Gateway fragt den/die Resolver %1, nicht die DNS-Server, mit denen der Plan geprüft wurde (%2): seine Namen können anders aufgelöst werden als die des Laptops.</translation>
    </message>
    <message>
        <source>report key gateway.schema is not %1</source>
        <translation>Berichtsschlüssel gateway.schema ist nicht %1</translation>
    </message>
    <message>
        <source>report key gateway.checks[%1] holds an unknown protocol, transport, verdict, reason or port</source>
        <translation>Berichtsschlüssel gateway.checks[%1] enthält ein unbekanntes Protokoll, einen unbekannten Transport, ein Urteil, einen Grund oder Port</translation>
    </message>
</context>
<context>
    <name>HostInputText</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1: leer.</translation>
    </message>
    <message>
        <source>The %1 is longer than 253 characters.</source>
        <translation>%1: länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a URL: give only the host name or IP address.</source>
        <translation>%1 „%2“ ist eine URL: Geben Sie nur den Hostnamen oder die IP-Adresse an.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; includes a port: give only the host name or IP address, the ports come from the flow table.</source>
        <translation>%1 „%2“ enthält einen Port: Geben Sie nur den Hostnamen oder die IP-Adresse an, die Ports stammen aus der Flow-Tabelle.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; has brackets: write the IPv6 address without them.</source>
        <translation>%1 „%2“ enthält eckige Klammern: Schreiben Sie die IPv6-Adresse ohne sie.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; has an IPv6 zone: give a global address.</source>
        <translation>%1 „%2“ enthält eine IPv6-Zone: Geben Sie eine globale Adresse an.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a valid IPv4 address.</source>
        <translation>%1 „%2“ ist keine gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is neither a host name nor an IP address.</source>
        <translation>%1 „%2“ ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The DNS server is empty.</source>
        <translation>Der DNS-Server ist leer.</translation>
    </message>
    <message>
        <source>The DNS server &apos;%1&apos; is not an IP address: a resolver is given by its address.</source>
        <translation>Der DNS-Server „%1“ ist keine IP-Adresse: Ein Resolver wird über seine Adresse angegeben.</translation>
    </message>
</context>
<context>
    <name>Iec104Text</name>
    <message>
        <source>Port %1 answered the IEC 104 TESTFR with %2: &quot;%3&quot;.</source>
        <translation>Port %1 hat das IEC-104-TESTFR mit %2 beantwortet: „%3“.</translation>
    </message>
    <message>
        <source>Port %1 answered with bytes that look like IEC 104 but break its framing (%2): %3.</source>
        <translation>Port %1 hat mit Bytes geantwortet, die wie IEC 104 aussehen, aber dessen Framing verletzen (%2): %3.</translation>
    </message>
    <message>
        <source>Port %1 answered the IEC 104 TESTFR with bytes that are not IEC 104: %2.</source>
        <translation>Port %1 hat das IEC-104-TESTFR mit Bytes beantwortet, die kein IEC 104 sind: %2.</translation>
    </message>
    <message>
        <source>An IEC 104 station answered on port %1: TESTFR act was confirmed (TESTFR con).</source>
        <translation>Eine IEC-104-Station hat auf Port %1 geantwortet: TESTFR act wurde bestätigt (TESTFR con).</translation>
    </message>
    <message>
        <source>Port %1 sent %2 IEC 104 frames but never confirmed the TESTFR.</source>
        <translation>Port %1 hat %2 IEC-104-Frames gesendet, das TESTFR aber nie bestätigt.</translation>
    </message>
    <message>
        <source>Port %1 sent more than %2 bytes without a TESTFR con.</source>
        <translation>Port %1 hat mehr als %2 Bytes ohne TESTFR con gesendet.</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after %2, without a TESTFR con.</source>
        <translation>Port %1 hat die Verbindung nach %2 ohne TESTFR con geschlossen.</translation>
    </message>
    <message>
        <source>Port %1 sent %2 but no TESTFR con within %3 ms.</source>
        <translation>Port %1 hat %2 gesendet, aber innerhalb von %3 ms kein TESTFR con.</translation>
    </message>
    <message>
        <source>IEC 104 answered inside the verified TLS session with %1: TESTFR act was confirmed by TESTFR con (%2, certificate issued by &quot;%3&quot;).</source>
        <translation>IEC 104 hat in der verifizierten TLS-Sitzung mit %1 geantwortet: TESTFR act wurde mit TESTFR con bestätigt (%2, Zertifikat ausgestellt von „%3“).</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 carries something other than IEC 104: %2 (&quot;%3&quot;).</source>
        <translation>Die verifizierte TLS-Sitzung mit %1 transportiert etwas anderes als IEC 104: %2 („%3“).</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed without a TESTFR con to our TESTFR act.</source>
        <translation>Die verifizierte TLS-Sitzung mit %1 wurde ohne TESTFR con auf unser TESTFR act geschlossen.</translation>
    </message>
    <message>
        <source>The TLS session with %1 is verified, but no TESTFR con answered our TESTFR act within %2 ms: no IEC 104 server behind the TLS front end.</source>
        <translation>Die TLS-Sitzung mit %1 ist verifiziert, aber innerhalb von %2 ms hat kein TESTFR con auf unser TESTFR act geantwortet: kein IEC-104-Server hinter dem TLS-Frontend.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed without an answer to the IEC 104 TESTFR: an application-aware firewall, an IPS or a proxy that cuts IEC 104 sessions after their first frame, or a station that accepts only the client addresses it is configured for (this laptop may be refused where the gateway would be accepted).</source>
        <translation>Die TCP-Verbindung zu Port %1 wurde angenommen und dann ohne Antwort auf den IEC-104-TESTFR geschlossen: eine anwendungserkennende Firewall, ein IPS oder ein Proxy, der IEC-104-Sitzungen nach ihrem ersten Frame abbricht, oder eine Station, die nur die Client-Adressen annimmt, für die sie konfiguriert ist (dieser Laptop wird womöglich abgewiesen, wo das Gateway angenommen würde).</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted but the IEC 104 TESTFR got no answer within %2 ms: an application-aware firewall or an IPS holds the session, a transparent proxy or a port redirection holds the port, or the station accepts only the client addresses it is configured for and ignores this laptop while it would answer the gateway.</source>
        <translation>Die TCP-Verbindung zu Port %1 wurde angenommen, aber der IEC-104-TESTFR bekam innerhalb von %2 ms keine Antwort: Eine anwendungserkennende Firewall oder ein IPS hält die Sitzung fest, ein transparenter Proxy oder eine Port-Umleitung belegt den Port, oder die Station nimmt nur die Client-Adressen an, für die sie konfiguriert ist, und ignoriert diesen Laptop, während sie dem Gateway antworten würde.</translation>
    </message>
</context>
<context>
    <name>PdfReportText</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>ÜBERSPR.</translation>
    </message>
    <message>
        <source>ThingPark readiness report</source>
        <translation>ThingPark-Bereitschaftsbericht</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Every MUST flow was proven reachable from this site&apos;s network.</source>
        <translation>Jeder MUST-Flow wurde als aus dem Netzwerk dieses Standorts erreichbar nachgewiesen.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some checks need attention: see the warnings below.</source>
        <translation>Kein MUST-Flow ist fehlgeschlagen, aber einige Prüfungen erfordern Aufmerksamkeit: siehe die Warnungen unten.</translation>
    </message>
    <message numerus="yes">
        <source>%n MUST check(s) failed: the firewall change request below lists what to open.</source>
        <translation>
            <numerusform>%n MUST-Prüfung fehlgeschlagen: Der Firewall-Änderungsantrag unten listet auf, was geöffnet werden muss.</numerusform>
            <numerusform>%n MUST-Prüfungen fehlgeschlagen: Der Firewall-Änderungsantrag unten listet auf, was geöffnet werden muss.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warn, %4 info, %5 skipped, out of %6 checks.</source>
        <translation>Bestanden: %1, fehlgeschlagen: %2, Warnungen: %3, Info: %4, übersprungen: %5, von insgesamt %6 Prüfungen.</translation>
    </message>
    <message>
        <source>Site and run</source>
        <translation>Standort und Durchlauf</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Gateway-ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Report SHA-256</source>
        <translation>SHA-256 des Berichts</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>TPE</source>
        <translation>TPE</translation>
    </message>
    <message>
        <source>TPE mode</source>
        <translation>TPE-Modus</translation>
    </message>
    <message>
        <source>high availability</source>
        <translation>Hochverfügbarkeit</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>eigenständig</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>LRR version</source>
        <translation>LRR-Version</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>NTP servers</source>
        <translation>NTP-Server</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
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
        <translation>(lokales Netzwerk)</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Anf.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Firewall-Änderungsantrag</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>in beide Richtungen</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Protocol/port</source>
        <translation>Protokoll/Port</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What this test can and cannot prove</source>
        <translation>Was dieser Test nachweisen kann und was nicht</translation>
    </message>
    <message>
        <source>The checks ran from a laptop on the gateway&apos;s LAN. They prove what this network lets through for that laptop. The gateway may still be treated differently: by its own address or MAC address (port security, 802.1X, firewall rules per host), by another VLAN, by another NAT or route, by its own DNS and clock. ESP (IP protocol 50) cannot be tested without the gateway&apos;s credentials. Run the test on the gateway&apos;s own cable or VLAN for the closest result.</source>
        <translation>Die Prüfungen liefen auf einem Laptop im LAN des Gateways. Sie weisen nach, was dieses Netzwerk für diesen Laptop durchlässt. Das Gateway kann dennoch anders behandelt werden: über seine eigene Adresse oder MAC-Adresse (Port Security, 802.1X, Firewall-Regeln je Host), ein anderes VLAN, ein anderes NAT oder eine andere Route, sein eigenes DNS und seine eigene Uhr. ESP (IP-Protokoll 50) kann ohne die Zugangsdaten des Gateways nicht getestet werden. Führen Sie den Test am Kabel oder im VLAN des Gateways durch, um das genaueste Ergebnis zu erhalten.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>, down</source>
        <translation>, inaktiv</translation>
    </message>
    <message>
        <source>[default route]</source>
        <translation>[Standardroute]</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Standard-Gateway</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Uhrabweichung</translation>
    </message>
    <message>
        <source>%1 ms (against %2)</source>
        <translation>%1 ms (gegenüber %2)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Zu tun: %1</translation>
    </message>
    <message>
        <source>(more evidence in the JSON report)</source>
        <translation>(weitere Nachweise im JSON-Bericht)</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON report saved with this PDF:</source>
        <translation>SHA-256 des mit diesem PDF gespeicherten JSON-Berichts:</translation>
    </message>
    <message>
        <source>Compute it with &apos;sha256sum FILE.json&apos; (or &apos;certutil -hashfile FILE.json SHA256&apos; on Windows) to check that both describe the same run.</source>
        <translation>Berechnen Sie ihn mit „sha256sum DATEI.json“ (oder „certutil -hashfile DATEI.json SHA256“ unter Windows), um zu prüfen, dass beide denselben Durchlauf beschreiben.</translation>
    </message>
    <message>
        <source>ThingPark readiness report: %1</source>
        <translation>ThingPark-Bereitschaftsbericht: %1</translation>
    </message>
    <message>
        <source>unnamed site</source>
        <translation>unbenannter Standort</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>Das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PDF layout was not stable (%1 pages, then %2)</source>
        <translation>das PDF-Layout war nicht stabil (%1 Seiten, dann %2)</translation>
    </message>
    <message>
        <source>cannot write %1: it is a directory</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>Keine Änderung nötig: Jeder getestete Flow kam durch.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention.</source>
        <translation>Es fehlt keine Firewall-Regel, aber Folgendes erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>auf diesem System nicht verfügbar</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Uplink quality</source>
        <translation>Qualität des Uplinks</translation>
    </message>
    <message>
        <source>No ICMP check got an answer: nothing is known of the uplink&apos;s loss, round trip and path MTU.</source>
        <translation>Keine ICMP-Prüfung bekam eine Antwort: Über Verlust, Umlaufzeit und Path-MTU des Uplinks ist nichts bekannt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (black hole)</source>
        <translation>%1 (Black Hole)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Round trip ms (min / avg / max)</source>
        <translation>Umlaufzeit ms (min. / Mittel / max.)</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Jitter ms</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>Path-MTU</translation>
    </message>
    <message>
        <source>Nothing here is poor enough to hurt the base station&apos;s link (warnings from %1 % loss, %2 ms average round trip, %3 ms jitter, a path-MTU black hole, or a path MTU under 1500 bytes for IPsec).</source>
        <translation>Nichts hiervon ist schlecht genug, um der Verbindung der Basisstation zu schaden (Warnungen ab %1 % Verlust, %2 ms mittlerer Umlaufzeit, %3 ms Jitter, bei einem Path-MTU-Black-Hole oder einer Path-MTU unter 1500 Bytes bei IPsec).</translation>
    </message>
</context>
<context>
    <name>PdfSectionText</name>
    <message>
        <source>(local network)</source>
        <translation>(lokales Netzwerk)</translation>
    </message>
    <message>
        <source>From the gateway</source>
        <translation>Vom Gateway aus</translation>
    </message>
    <message>
        <source>The base station ran the checks itself (tpready gateway-script) and its result block was merged. Where it tested a check, its verdict counts for the verdict above; the laptop alone said %1.</source>
        <translation>Die Basisstation hat die Prüfungen selbst durchgeführt (tpready gateway-script), ihr Ergebnisblock wurde zusammengeführt. Wo sie eine Prüfung getestet hat, zählt ihr Urteil für das Urteil oben; der Laptop allein sagte: %1.</translation>
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
        <translation>Seine Resolver</translation>
    </message>
    <message>
        <source>Its tools</source>
        <translation>Seine Werkzeuge</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Block sum</source>
        <translation>Blocksumme</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The two views agree wherever both tested a check.</source>
        <translation>Beide Sichten stimmen überall überein, wo beide eine Prüfung getestet haben.</translation>
    </message>
    <message>
        <source>Where the views disagree:</source>
        <translation>Wo die Sichten abweichen:</translation>
    </message>
    <message>
        <source>Since the earlier report</source>
        <translation>Seit dem früheren Bericht</translation>
    </message>
    <message>
        <source>Compared with the report of %1 (%2).</source>
        <translation>Verglichen mit dem Bericht vom %1 (%2).</translation>
    </message>
    <message>
        <source>The earlier report is for another selection: only the checks both reports share are compared.</source>
        <translation>Der frühere Bericht gehört zu einer anderen Auswahl: nur die Prüfungen, die beide Berichte teilen, werden verglichen.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Newly failing</source>
        <translation>Neu fehlgeschlagen</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Weiter fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Not checked in both</source>
        <translation>Nicht in beiden geprüft</translation>
    </message>
    <message>
        <source>Unchanged and not failing: %1.</source>
        <translation>Unverändert und ohne Fehler: %1.</translation>
    </message>
</context>
<context>
    <name>PlanExportText</name>
    <message>
        <source>TPE %1 (high availability)</source>
        <translation>TPE %1 (Hochverfügbarkeit)</translation>
    </message>
    <message>
        <source>TPE %1 (standalone)</source>
        <translation>TPE %1 (eigenständig)</translation>
    </message>
    <message>
        <source>LRR version %1</source>
        <translation>LRR-Version %1</translation>
    </message>
    <message>
        <source>current LRR version</source>
        <translation>aktuelle LRR-Version</translation>
    </message>
    <message>
        <source>this network&apos;s DHCP server (found by broadcast)</source>
        <translation>der DHCP-Server dieses Netzwerks (per Broadcast gefunden)</translation>
    </message>
    <message>
        <source>no DNS server found on this laptop: give the one the gateway will use</source>
        <translation>kein DNS-Server auf diesem Laptop gefunden: Geben Sie den an, den das Gateway nutzen wird</translation>
    </message>
    <message>
        <source>(this laptop&apos;s resolvers)</source>
        <translation>(Resolver dieses Laptops)</translation>
    </message>
    <message>
        <source>Flow %1 is left out: it applies only to LRR version %2 and later, and this site&apos;s LRR is %3.</source>
        <translation>Flow %1 entfällt: Er gilt erst ab LRR-Version %2, und der LRR dieses Standorts hat Version %3.</translation>
    </message>
    <message>
        <source>%1 on the local network</source>
        <translation>%1 im lokalen Netzwerk</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4) is not reached directly: the base station reaches it through flow %5 on TCP/%6 to SLRC.</source>
        <translation>%1 %2 (%3 %4) wird nicht direkt erreicht: Die Basisstation erreicht es über Flow %5 auf TCP/%6 zu SLRC.</translation>
    </message>
    <message>
        <source>%1 %2 is not reached directly: its traffic travels inside the IPsec tunnel to SLRC (flow %3).</source>
        <translation>%1 %2 wird nicht direkt erreicht: Sein Verkehr läuft im IPsec-Tunnel zu SLRC (Flow %3).</translation>
    </message>
    <message>
        <source>From %1 / %2 to %3 / %4, %5</source>
        <translation>Von %1 / %2 zu %3 / %4, %5</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
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
        <translation>Prüfungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n Flow</numerusform>
            <numerusform>%n Flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
</context>
<context>
    <name>ProtocolText</name>
    <message>
        <source>an HTTP response (a web server, proxy or captive portal)</source>
        <translation>eine HTTP-Antwort (ein Webserver, Proxy oder Captive Portal)</translation>
    </message>
    <message>
        <source>a TLS record (a TLS server)</source>
        <translation>ein TLS-Record (ein TLS-Server)</translation>
    </message>
    <message>
        <source>an SSH identification line (an SSH server)</source>
        <translation>eine SSH-Identifikationszeile (ein SSH-Server)</translation>
    </message>
    <message>
        <source>a numbered text greeting (an FTP or SMTP server)</source>
        <translation>eine nummerierte Textbegrüßung (ein FTP- oder SMTP-Server)</translation>
    </message>
    <message>
        <source>an HTML page (a web server or captive portal)</source>
        <translation>eine HTML-Seite (ein Webserver oder Captive Portal)</translation>
    </message>
    <message>
        <source>an IEC 104 frame</source>
        <translation>ein IEC-104-Frame</translation>
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
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation>Bereit mit Warnungen</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <source>READY WITH WARNINGS</source>
        <translation>BEREIT MIT WARNUNGEN</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NICHT BEREIT</translation>
    </message>
</context>
<context>
    <name>ReportFilesText</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: not a regular file</source>
        <translation>%1 kann nicht geschrieben werden: keine normale Datei</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>the local network</source>
        <translation>das lokale Netzwerk</translation>
    </message>
    <message>
        <source>report key %1%2 is missing</source>
        <translation>Berichtsschlüssel %1%2 fehlt</translation>
    </message>
    <message>
        <source>report key %1%2 has the wrong type</source>
        <translation>Berichtsschlüssel %1%2 hat den falschen Typ</translation>
    </message>
    <message>
        <source>the report is larger than %1 MiB</source>
        <translation>der Bericht ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the report is not valid JSON (offset %1: %2)</source>
        <translation>der Bericht ist kein gültiges JSON (Position %1: %2)</translation>
    </message>
    <message>
        <source>the report is not a JSON object</source>
        <translation>der Bericht ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the report&apos;s schema is &apos;%1&apos;, not %2</source>
        <translation>das Schema des Berichts ist „%1“, nicht %2</translation>
    </message>
    <message>
        <source>report key started_at or finished_at is not an ISO 8601 date</source>
        <translation>Berichtsschlüssel started_at oder finished_at ist kein ISO-8601-Datum</translation>
    </message>
    <message>
        <source>report key %1 holds an unknown requirement, protocol, transport, verdict or reason</source>
        <translation>Berichtsschlüssel %1 enthält eine unbekannte Anforderung, ein unbekanntes Protokoll, einen unbekannten Transport, ein unbekanntes Ergebnis oder einen unbekannten Grund</translation>
    </message>
    <message>
        <source>Make sure the site&apos;s DNS resolver answers for %1 (and that the gateway may reach it on UDP and TCP 53).</source>
        <translation>Stellen Sie sicher, dass der DNS-Resolver des Standorts für %1 antwortet (und dass das Gateway ihn über UDP und TCP 53 erreichen darf).</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2, and its replies back: today the packets are silently dropped.</source>
        <translation>Erlauben Sie %1 aus dem LAN des Gateways zu %2 und seine Antworten zurück: Derzeit werden die Pakete stillschweigend verworfen.</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2: a firewall rejects it, or nothing listens there.</source>
        <translation>Erlauben Sie %1 aus dem LAN des Gateways zu %2: Eine Firewall weist es ab, oder dort lauscht nichts.</translation>
    </message>
    <message>
        <source>Give the gateway&apos;s LAN a route to %1: the network answers that it is unreachable.</source>
        <translation>Geben Sie dem LAN des Gateways eine Route zu %1: Das Netzwerk meldet, dass es nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is not trusted: if a device in the path presents its own, exempt this destination from TLS inspection.</source>
        <translation>Dem für %1 vorgelegten Zertifikat wird nicht vertraut: Falls ein Gerät im Pfad sein eigenes vorlegt, nehmen Sie dieses Ziel von der TLS-Inspektion aus.</translation>
    </message>
    <message>
        <source>Exempt %1 (%2) from TLS/SSL inspection on the proxy or firewall: the base station only accepts ThingPark&apos;s own certificate.</source>
        <translation>Nehmen Sie %1 (%2) auf dem Proxy oder der Firewall von der TLS/SSL-Inspektion aus: Die Basisstation akzeptiert nur das eigene Zertifikat von ThingPark.</translation>
    </message>
    <message>
        <source>Let %1 to %2 through unmodified: something other than the expected server answers it (a transparent proxy, captive portal or port redirection).</source>
        <translation>Lassen Sie %1 zu %2 unverändert durch: Etwas anderes als der erwartete Server antwortet darauf (ein transparenter Proxy, ein Captive Portal oder eine Portumleitung).</translation>
    </message>
    <message>
        <source>Set the laptop&apos;s clock right and make sure the gateway can reach its NTP server: certificates are checked against the clock.</source>
        <translation>Stellen Sie die Uhr des Laptops richtig und sorgen Sie dafür, dass das Gateway seinen NTP-Server erreicht: Zertifikate werden anhand der Uhr geprüft.</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2 directly: the base station cannot use a web proxy.</source>
        <translation>Erlauben Sie %1 aus dem LAN des Gateways direkt zu %2: Die Basisstation kann keinen Web-Proxy verwenden.</translation>
    </message>
    <message>
        <source>Run the check again; if it persists, send this report to support.</source>
        <translation>Führen Sie die Prüfung erneut aus; falls das Problem bleibt, senden Sie diesen Bericht an den Support.</translation>
    </message>
    <message>
        <source>report key %1%2 is out of range</source>
        <translation>Berichtsschlüssel %1%2 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>Allow %1 to %2 as the application %3, not only as a port, from the gateway&apos;s LAN: the connection opens, then something in the path (an application-aware firewall, an IPS or a proxy) cuts it before the exchange completes.</source>
        <translation>Erlauben Sie %1 zu %2 als Anwendung %3, nicht nur als Port, vom LAN des Gateways: Die Verbindung öffnet sich, dann bricht etwas im Pfad (eine anwendungserkennende Firewall, ein IPS oder ein Proxy) sie ab, bevor der Austausch abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Allow %1 to %2 as the application %3, not only as a port, from the gateway&apos;s LAN: the connection opens, then the exchange stops. An application-aware firewall, an IPS or a proxy holds it, or the path drops large packets (ask for TCP MSS clamping if the uplink is PPPoE or a tunnel).</source>
        <translation>Erlauben Sie %1 zu %2 als Anwendung %3, nicht nur als Port, vom LAN des Gateways: Die Verbindung öffnet sich, dann stockt der Austausch. Eine anwendungserkennende Firewall, ein IPS oder ein Proxy hält ihn auf, oder der Pfad verwirft große Pakete (fragen Sie nach TCP-MSS-Clamping, wenn der Uplink PPPoE oder ein Tunnel ist).</translation>
    </message>
</context>
<context>
    <name>RunOptionsText</name>
    <message>
        <source>no readable file there</source>
        <translation>dort keine lesbare Datei</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB</source>
        <translation>die Datei ist größer als 4 MiB</translation>
    </message>
    <message>
        <source>the file holds no PEM certificate</source>
        <translation>die Datei enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>SelectionText</name>
    <message>
        <source>A self-hosted deployment needs the address of at least one TPE node.</source>
        <translation>Eine selbst gehostete Bereitstellung braucht die Adresse mindestens eines TPE-Knotens.</translation>
    </message>
    <message>
        <source>Too many TPE addresses: %1 given, at most %2.</source>
        <translation>Zu viele TPE-Adressen: %1 angegeben, höchstens %2.</translation>
    </message>
    <message>
        <source>Too many NTP servers: %1 given, at most %2.</source>
        <translation>Zu viele NTP-Server: %1 angegeben, höchstens %2.</translation>
    </message>
    <message>
        <source>Too many DNS servers: %1 given, at most %2.</source>
        <translation>Zu viele DNS-Server: %1 angegeben, höchstens %2.</translation>
    </message>
    <message>
        <source>TPE address</source>
        <translation>TPE-Adresse</translation>
    </message>
    <message>
        <source>NTP server</source>
        <translation>NTP-Server</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice.</source>
        <translation>„%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>The transport %1 (LRR with neither IPsec nor TLS) exists only for self-hosted deployments.</source>
        <translation>Der Transport %1 (LRR weder mit IPsec noch mit TLS) existiert nur für selbst gehostete Bereitstellungen.</translation>
    </message>
    <message>
        <source>TPE addresses apply only to self-hosted deployments; a SaaS deployment uses a platform.</source>
        <translation>TPE-Adressen gelten nur für selbst gehostete Bereitstellungen; eine SaaS-Bereitstellung verwendet eine Plattform.</translation>
    </message>
    <message>
        <source>A SaaS deployment needs a platform: one of %1.</source>
        <translation>Eine SaaS-Bereitstellung braucht eine Plattform, eine von: %1.</translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;: choose one of %2.</source>
        <translation>Unbekannte Plattform „%1“: Wählen Sie eine von %2.</translation>
    </message>
    <message>
        <source>A platform applies only to SaaS deployments; a self-hosted deployment uses TPE addresses.</source>
        <translation>Eine Plattform gilt nur für SaaS-Bereitstellungen; eine selbst gehostete Bereitstellung verwendet TPE-Adressen.</translation>
    </message>
    <message>
        <source>An LRR version applies only to the LRR transports, not to %1.</source>
        <translation>Eine LRR-Version gilt nur für die LRR-Transporte, nicht für %1.</translation>
    </message>
    <message>
        <source>The catalog has no table for %1 with %2.</source>
        <translation>Der Katalog hat keine Tabelle für %1 mit %2.</translation>
    </message>
</context>
<context>
    <name>SshText</name>
    <message>
        <source>An SSH server answered on port %1 but speaks protocol %2, not SSH 2: %3.</source>
        <translation>Ein SSH-Server hat auf Port %1 geantwortet, spricht aber Protokoll %2, nicht SSH 2: %3.</translation>
    </message>
    <message>
        <source>Port %1 answered, but not with an SSH identification line: &quot;%2&quot;.</source>
        <translation>Port %1 hat geantwortet, aber nicht mit einer SSH-Identifikationszeile: „%2“.</translation>
    </message>
    <message>
        <source>Port %1 answered with %2 instead of an SSH identification line: &quot;%3&quot;.</source>
        <translation>Port %1 hat mit %2 statt mit einer SSH-Identifikationszeile geantwortet: „%3“.</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after &quot;%2&quot;, without an SSH identification line.</source>
        <translation>Port %1 hat die Verbindung nach „%2“ ohne SSH-Identifikationszeile geschlossen.</translation>
    </message>
    <message>
        <source>An SSH server answered inside the verified TLS session with %1: %2.</source>
        <translation>Ein SSH-Server hat in der verifizierten TLS-Sitzung mit %1 geantwortet: %2.</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 carries %2 instead of an SSH 2 server: &quot;%3&quot;.</source>
        <translation>Die verifizierte TLS-Sitzung mit %1 transportiert %2 statt eines SSH-2-Servers: „%3“.</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed without an SSH identification.</source>
        <translation>Die verifizierte TLS-Sitzung mit %1 wurde ohne SSH-Identifikation geschlossen.</translation>
    </message>
    <message>
        <source>The TLS session with %1 is verified, but no SSH identification came within %2 ms: no SSH server behind the TLS front end.</source>
        <translation>Die TLS-Sitzung mit %1 ist verifiziert, aber innerhalb von %2 ms kam keine SSH-Identifikation: kein SSH-Server hinter dem TLS-Frontend.</translation>
    </message>
    <message>
        <source>An SSH server answered on port %1: %2, then sent its key exchange offer (%3 bytes, %4 first).</source>
        <translation>Ein SSH-Server antwortete auf Port %1: %2, und sandte dann sein Schlüsselaustausch-Angebot (%3 Bytes, %4 zuerst).</translation>
    </message>
    <message>
        <source>Port %1 sent an SSH identification (%2), then bytes that are not the SSH key exchange (%3): something that imitates an SSH server, or rewrites the session, holds the port.</source>
        <translation>Port %1 sandte eine SSH-Identifikation (%2), dann Bytes, die nicht der SSH-Schlüsselaustausch sind (%3): Etwas, das einen SSH-Server nachahmt oder die Sitzung umschreibt, belegt den Port.</translation>
    </message>
    <message>
        <source>An SSH server identified itself on port %1 (%2), then the connection was closed %3 ms after it opened, before the server&apos;s key exchange offer arrived (%4 bytes received): an application-aware firewall, an IPS or a proxy cuts SSH sessions after their first words.</source>
        <translation>Ein SSH-Server identifizierte sich auf Port %1 (%2), dann wurde die Verbindung %3 ms nach dem Öffnen geschlossen, bevor sein Schlüsselaustausch-Angebot ankam (%4 Bytes empfangen): Eine anwendungserkennende Firewall, ein IPS oder ein Proxy bricht SSH-Sitzungen nach ihren ersten Worten ab.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, where an SSH server sends its identification at once: a firewall, an IPS or a proxy that accepts the connection and then cuts it, or a server that turns this address away.</source>
        <translation>Die TCP-Verbindung zu Port %1 wurde angenommen und %2 ms später ohne ein Byte geschlossen, wo ein SSH-Server sofort seine Identifikation sendet: eine Firewall, ein IPS oder ein Proxy, der die Verbindung annimmt und dann abbricht, oder ein Server, der diese Adresse abweist.</translation>
    </message>
    <message>
        <source>An SSH server identified itself on port %1 (%2), but its key exchange offer, sent right after, did not arrive in the %3 ms the connection stayed open (%4 bytes received): an application-aware firewall or an IPS holds SSH sessions after their first words, or the path drops large packets (a path-MTU black hole).</source>
        <translation>Ein SSH-Server identifizierte sich auf Port %1 (%2), aber sein gleich danach gesendetes Schlüsselaustausch-Angebot kam in den %3 ms, die die Verbindung offen blieb, nicht an (%4 Bytes empfangen): Eine anwendungserkennende Firewall oder ein IPS hält SSH-Sitzungen nach ihren ersten Worten auf, oder der Pfad verwirft große Pakete (ein Path-MTU-Black-Hole).</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an SSH server sends its identification at once: a transparent proxy or a port redirection holds the port, or an application-aware firewall or an IPS holds the session.</source>
        <translation>Die TCP-Verbindung zu Port %1 wurde angenommen, aber in %2 ms kam nichts, wo ein SSH-Server sofort seine Identifikation sendet: Ein transparenter Proxy oder eine Port-Umleitung belegt den Port, oder eine anwendungserkennende Firewall oder ein IPS hält die Sitzung auf.</translation>
    </message>
    <message>
        <source>Port %1 sent &quot;%2&quot; but no SSH identification line in %3 ms.</source>
        <translation>Port %1 sandte „%2“, aber in %3 ms keine SSH-Identifikationszeile.</translation>
    </message>
</context>
<context>
    <name>StatusIconText</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>TcpConnectText</name>
    <message>
        <source>the connection was refused (TCP reset or ICMP port unreachable): nothing listens there, or a firewall rejects it</source>
        <translation>Die Verbindung wurde abgewiesen (TCP-Reset oder ICMP Port unerreichbar): Dort lauscht nichts, oder eine Firewall weist sie ab</translation>
    </message>
    <message>
        <source>there is no route to the network (ICMP network unreachable, or no route on the laptop)</source>
        <translation>Es gibt keine Route zum Netzwerk (ICMP Netz unerreichbar, oder keine Route auf dem Laptop)</translation>
    </message>
    <message>
        <source>the host is unreachable (ICMP host unreachable or administratively prohibited, or no route)</source>
        <translation>Der Host ist nicht erreichbar (ICMP Host unerreichbar oder administrativ verboten, oder keine Route)</translation>
    </message>
    <message>
        <source>nothing answered the connection attempt (packets silently dropped)</source>
        <translation>Nichts hat auf den Verbindungsversuch geantwortet (Pakete stillschweigend verworfen)</translation>
    </message>
    <message>
        <source>the connection failed (system error %1: %2)</source>
        <translation>Die Verbindung ist fehlgeschlagen (Systemfehler %1: %2)</translation>
    </message>
</context>
<context>
    <name>TlsText</name>
    <message>
        <source>certificate name &quot;%1&quot; matches %2</source>
        <translation>Zertifikatsname „%1“ passt zu %2</translation>
    </message>
    <message>
        <source>the chain validates only through a root added on this laptop (%1)</source>
        <translation>die Kette ist nur über eine auf diesem Laptop hinzugefügte Root gültig (%1)</translation>
    </message>
    <message>
        <source>no client certificate demanded where the SLRC&apos;s mTLS front end demands one, with an untrusted chain</source>
        <translation>kein Client-Zertifikat verlangt, wo das mTLS-Frontend des SLRC eines verlangt, mit einer nicht vertrauenswürdigen Kette</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it answered our ClientHello with &quot;%2&quot;.</source>
        <translation>%1 spricht kein TLS: Es hat unser ClientHello mit „%2“ beantwortet.</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it answered with %2 (&quot;%3&quot;), as a web server, proxy or captive portal would.</source>
        <translation>%1 spricht kein TLS: Es hat mit %2 („%3“) geantwortet, wie es ein Webserver, Proxy oder Captive Portal täte.</translation>
    </message>
    <message>
        <source>%1 answered, but not with TLS (%2): plaintext, a web server or a captive portal holds the port.</source>
        <translation>%1 hat geantwortet, aber nicht mit TLS (%2): Klartext, ein Webserver oder ein Captive Portal belegt den Port.</translation>
    </message>
    <message>
        <source>The TLS server at %1 refused the handshake with alert %2 (%3).</source>
        <translation>Der TLS-Server unter %1 hat den Handshake mit Alert %2 (%3) abgelehnt.</translation>
    </message>
    <message>
        <source>A TLS 1.2 hello was refused too (alert %1), so whether it demands a client certificate cannot be seen.</source>
        <translation>Ein TLS-1.2-Hello wurde ebenfalls abgelehnt (Alert %1), daher ist nicht erkennbar, ob er ein Client-Zertifikat verlangt.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Exempt %1 (TCP %2) from SSL/TLS inspection on the proxy or firewall: the base station accepts only ThingPark&apos;s own certificate and authenticates with its own client certificate, which inspection breaks.</source>
        <translation>Nehmen Sie %1 (TCP %2) auf dem Proxy oder der Firewall von der SSL/TLS-Inspektion aus: Die Basisstation akzeptiert nur das eigene Zertifikat von ThingPark und authentifiziert sich mit ihrem eigenen Client-Zertifikat, was die Inspektion unterbricht.</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 (issuer &quot;%2&quot;) validates only through &quot;%3&quot;, a root certificate added on this laptop (%4) rather than shipped with the operating system: typical of TLS inspection by a corporate proxy or security software. If that root is your organisation&apos;s own CA for this server, give it as the private CA (Run options in the wizard, --ca on the command line) and run again.</source>
        <translation>Die für %1 vorgelegte Zertifikatskette (Aussteller „%2“) ist nur über „%3“ gültig, ein auf diesem Laptop hinzugefügtes Root-Zertifikat (%4), das nicht mit dem Betriebssystem ausgeliefert wird: typisch für TLS-Inspektion durch einen Unternehmens-Proxy oder eine Sicherheitssoftware. Ist diese Root die eigene CA Ihrer Organisation für diesen Server, geben Sie sie als private CA an (Prüfoptionen im Assistenten, --ca auf der Befehlszeile) und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>not in the distribution&apos;s bundle</source>
        <translation>nicht im Zertifikatsbündel der Distribution</translation>
    </message>
    <message>
        <source>%1 is the SLRC&apos;s mTLS front end, which demands a client certificate, but the server that answered did not demand one and presented an untrusted certificate (issuer &quot;%2&quot;): a device in the path terminates TLS in the server&apos;s place.</source>
        <translation>%1 ist das mTLS-Frontend des SLRC, das ein Client-Zertifikat verlangt, aber der antwortende Server hat keines verlangt und ein nicht vertrauenswürdiges Zertifikat vorgelegt (Aussteller „%2“): Ein Gerät im Pfad terminiert TLS anstelle des Servers.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; presented by %2 expired on %3 (valid from %4); the laptop&apos;s clock reads %5.</source>
        <translation>Das von %2 vorgelegte Zertifikat „%1“ ist am %3 abgelaufen (gültig ab %4); die Uhr des Laptops zeigt %5.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; presented by %2 is not valid before %3 (until %4); the laptop&apos;s clock reads %5.</source>
        <translation>Das von %2 vorgelegte Zertifikat „%1“ ist erst ab %3 gültig (bis %4); die Uhr des Laptops zeigt %5.</translation>
    </message>
    <message>
        <source>If the laptop&apos;s clock is right, the operator of %1 must renew its certificate; if the clock is wrong, set it right (and make sure the gateway reaches its NTP server) and run again.</source>
        <translation>Geht die Uhr des Laptops richtig, muss der Betreiber von %1 sein Zertifikat erneuern; geht sie falsch, stellen Sie sie richtig (und sorgen Sie dafür, dass das Gateway seinen NTP-Server erreicht) und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The certificate chain presented by %1 (issuer &quot;%2&quot;) is not trusted: %3.</source>
        <translation>Der von %1 vorgelegten Zertifikatskette (Aussteller „%2“) wird nicht vertraut: %3.</translation>
    </message>
    <message>
        <source>The server does demand a client certificate, as ThingPark&apos;s front end does: if it uses a private CA, give that CA (Run options in the wizard, --ca on the command line).</source>
        <translation>Der Server verlangt tatsächlich ein Client-Zertifikat, wie das Frontend von ThingPark: Verwendet er eine private CA, geben Sie diese CA an (Prüfoptionen im Assistenten, --ca auf der Befehlszeile).</translation>
    </message>
    <message>
        <source>If %1 uses a private CA (self-hosted ThingPark), run again with that CA&apos;s certificate (Run options in the wizard, --ca on the command line); otherwise a device in the path presents its own certificate: exempt %1 from TLS inspection.</source>
        <translation>Verwendet %1 eine private CA (selbst gehostetes ThingPark), führen Sie die Prüfung mit dem Zertifikat dieser CA erneut aus (Prüfoptionen im Assistenten, --ca auf der Befehlszeile); andernfalls legt ein Gerät im Pfad sein eigenes Zertifikat vor: Nehmen Sie %1 von der TLS-Inspektion aus.</translation>
    </message>
    <message>
        <source>chain not seen</source>
        <translation>Kette nicht gesehen</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid until %3</source>
        <translation>Zertifikat „%1“, ausgestellt von „%2“, gültig bis %3</translation>
    </message>
    <message>
        <source>alert certificate_required after the TLS 1.3 handshake</source>
        <translation>Alert certificate_required nach dem TLS-1.3-Handshake</translation>
    </message>
    <message>
        <source>a CertificateRequest in its TLS 1.2 handshake</source>
        <translation>ein CertificateRequest in seinem TLS-1.2-Handshake</translation>
    </message>
    <message>
        <source>%1 presented a verified certificate (%2) and then demanded a client certificate (%3): this is the mTLS front end the base station authenticates to, and it is reachable.</source>
        <translation>%1 hat ein verifiziertes Zertifikat vorgelegt (%2) und dann ein Client-Zertifikat verlangt (%3): Das ist das mTLS-Frontend, bei dem sich die Basisstation authentifiziert, und es ist erreichbar.</translation>
    </message>
    <message>
        <source>%1 demanded a client certificate (%2): a TLS front end with client authentication answers there and is reachable; its chain could not be checked (%3).</source>
        <translation>%1 hat ein Client-Zertifikat verlangt (%2): Dort antwortet ein TLS-Frontend mit Client-Authentifizierung, und es ist erreichbar; seine Kette konnte nicht geprüft werden (%3).</translation>
    </message>
    <message>
        <source>Client certificates accepted from: %1.</source>
        <translation>Client-Zertifikate akzeptiert von: %1.</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Alert %1</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake (%2), then the session ended with %3: the path works, but the server turned this client away for a reason it did not say.</source>
        <translation>%1 hat einen verifizierten TLS-Handshake abgeschlossen (%2), dann endete die Sitzung mit %3: Der Pfad funktioniert, aber der Server hat diesen Client aus einem nicht genannten Grund abgewiesen.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 verified: %2, %3, %4.</source>
        <translation>TLS-Handshake mit %1 verifiziert: %2, %3, %4.</translation>
    </message>
    <message>
        <source>It did not demand a client certificate, although the SLRC&apos;s front end normally does.</source>
        <translation>Er hat kein Client-Zertifikat verlangt, obwohl das Frontend des SLRC dies normalerweise tut.</translation>
    </message>
    <message>
        <source>The server closed the session right after the handshake.</source>
        <translation>Der Server hat die Sitzung direkt nach dem Handshake geschlossen.</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>The laptop&apos;s trusted root certificates could not be loaded within %1 ms, so the TLS check of %2 did not start.</source>
        <translation>Die vertrauenswürdigen Root-Zertifikate des Laptops konnten nicht innerhalb von %1 ms geladen werden, daher hat die TLS-Prüfung von %2 nicht begonnen.</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it sent %2 (&quot;%3&quot;) before any TLS handshake.</source>
        <translation>%1 spricht kein TLS: Es hat %2 („%3“) vor jedem TLS-Handshake gesendet.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed by the server before the expected answer.</source>
        <translation>Die verifizierte TLS-Sitzung mit %1 wurde vom Server vor der erwarteten Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The TLS session with %1 failed: %2.</source>
        <translation>Die TLS-Sitzung mit %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 names &quot;%2&quot;, which is how %3 signs the certificates of its TLS inspection: a device in the path decrypts the traffic and presents its own certificate instead of the server&apos;s (issuer &quot;%4&quot;).</source>
        <translation>Die für %1 vorgelegte Zertifikatskette nennt „%2“, womit %3 die Zertifikate seiner TLS-Inspektion signiert: Ein Gerät im Pfad entschlüsselt den Verkehr und legt statt des Server-Zertifikats sein eigenes vor (Aussteller „%4“).</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 names &quot;%2&quot;: &quot;%3&quot; is a word that TLS inspection devices put in the certificates they sign. A device in the path decrypts the traffic and presents its own certificate instead of the server&apos;s (issuer &quot;%4&quot;).</source>
        <translation>Die für %1 vorgelegte Zertifikatskette nennt „%2“: „%3“ ist ein Wort, das Geräte zur TLS-Inspektion in die von ihnen signierten Zertifikate schreiben. Ein Gerät im Pfad entschlüsselt den Verkehr und legt statt des Server-Zertifikats sein eigenes vor (Aussteller „%4“).</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, then closed or reset it during the TLS handshake, after our ClientHello (server name %2) and before the server&apos;s certificate: typical of an application-aware firewall, an IPS or a proxy that filters TLS by server name, or of a server that turns this client away.</source>
        <translation>%1 hat die TCP-Verbindung angenommen und sie dann während des TLS-Handshakes geschlossen oder zurückgesetzt, nach unserem ClientHello (Servername %2) und vor dem Zertifikat des Servers: typisch für eine anwendungserkennende Firewall, ein IPS oder einen Proxy, der TLS nach Servernamen filtert, oder für einen Server, der diesen Client abweist.</translation>
    </message>
    <message>
        <source>Allow TLS to %1 from the gateway&apos;s LAN as an application, server name %2 included, in the application-aware firewall, IPS or proxy: it cuts the connection as soon as the TLS handshake starts.</source>
        <translation>Erlauben Sie TLS zu %1 aus dem LAN des Gateways als Anwendung, einschließlich Servername %2, in der anwendungserkennenden Firewall, dem IPS oder dem Proxy: Dort wird die Verbindung getrennt, sobald der TLS-Handshake beginnt.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, but the TLS handshake did not complete within %2 ms (no TLS answer to our ClientHello): an application-aware firewall or an IPS holds the handshake, a transparent proxy holds the port, or the path drops the server&apos;s large certificate packets (a path-MTU black hole).</source>
        <translation>%1 hat die TCP-Verbindung angenommen, aber der TLS-Handshake wurde nicht innerhalb von %2 ms abgeschlossen (keine TLS-Antwort auf unser ClientHello): Eine anwendungserkennende Firewall oder ein IPS hält den Handshake auf, ein transparenter Proxy belegt den Port, oder der Pfad verwirft die großen Zertifikatspakete des Servers (ein Path-MTU-Black-Hole).</translation>
    </message>
</context>
<context>
    <name>UplinkText</name>
    <message>
        <source>%1 % of the echoes to %2 were lost: the base station&apos;s TCP link (the LRR tunnel, or Basics Station&apos;s WebSocket) will crawl and drop, and downlinks will miss their receive window. Ask for the uplink to be checked (signal, congestion, a faulty cable or modem).</source>
        <translation>%1 % der Echos zu %2 gingen verloren: Die TCP-Verbindung der Basisstation (der LRR-Tunnel oder der WebSocket von Basics Station) wird schleichen und abbrechen, und Downlinks verpassen ihr Empfangsfenster. Lassen Sie den Uplink prüfen (Signal, Überlastung, ein defektes Kabel oder Modem).</translation>
    </message>
    <message>
        <source>The round trip to %1 is %2 ms on average: a class A downlink must leave the network server and reach the gateway within the second after the uplink (RX1), which leaves too little time; expect late or lost downlinks, or ask for RX1 delays of 2 s or more on this gateway.</source>
        <translation>Die Umlaufzeit zu %1 beträgt im Mittel %2 ms: Ein Downlink der Klasse A muss den Netzwerkserver verlassen und das Gateway innerhalb der Sekunde nach dem Uplink (RX1) erreichen, was zu wenig Zeit lässt; rechnen Sie mit verspäteten oder verlorenen Downlinks, oder bitten Sie um RX1-Verzögerungen von 2 s oder mehr für dieses Gateway.</translation>
    </message>
    <message>
        <source>The round trip to %1 varies by %2 ms from one echo to the next: downlinks scheduled for RX1 will now and then arrive too late.</source>
        <translation>Die Umlaufzeit zu %1 schwankt von einem Echo zum nächsten um %2 ms: Für RX1 geplante Downlinks kommen ab und zu zu spät an.</translation>
    </message>
    <message>
        <source>Packets larger than %1 bytes to %2 are lost without a &quot;fragmentation needed&quot; answer (a path-MTU black hole): ask for TCP MSS clamping to %3 bytes on the uplink&apos;s router, or for ICMP &quot;fragmentation needed&quot; to be let through.</source>
        <translation>Pakete über %1 Bytes zu %2 gehen ohne eine Antwort „fragmentation needed“ verloren (ein Path-MTU-Black-Hole): Bitten Sie um TCP-MSS-Clamping auf %3 Bytes auf dem Router des Uplinks, oder darum, ICMP „fragmentation needed“ durchzulassen.</translation>
    </message>
    <message>
        <source>The path MTU to %1 is %2 bytes, less than 1500: IKE_AUTH with certificates (2 to 3 KB) will be fragmented, and ESP adds 50 to 73 bytes to every packet. Ask for IKE fragmentation (RFC 7383; strongSwan: fragmentation = yes) with fragments of at most %3 bytes, and TCP MSS clamping to %4 bytes inside the tunnel.</source>
        <translation>Die Path-MTU zu %1 beträgt %2 Bytes, weniger als 1500: IKE_AUTH mit Zertifikaten (2 bis 3 KB) wird fragmentiert, und ESP fügt jedem Paket 50 bis 73 Bytes hinzu. Bitten Sie um IKE-Fragmentierung (RFC 7383; strongSwan: fragmentation = yes) mit Fragmenten von höchstens %3 Bytes und um TCP-MSS-Clamping auf %4 Bytes im Tunnel.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 echoes answered (%4 % lost), round trip %5 / %6 / %7 ms (min / avg / max), jitter %8 ms</source>
        <translation>%1: %2 von %3 Echos beantwortet (%4 % verloren), Umlaufzeit %5 / %6 / %7 ms (min. / Mittel / max.), Jitter %8 ms</translation>
    </message>
    <message>
        <source>, path MTU %1 bytes (a black hole above)</source>
        <translation>, Path-MTU %1 Bytes (darüber ein Black Hole)</translation>
    </message>
    <message>
        <source>, path MTU %1 bytes</source>
        <translation>, Path-MTU %1 Bytes</translation>
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
        <translation>Selbst gehostetes ThingPark Enterprise</translation>
    </message>
    <message>
        <source>LRR over IPsec</source>
        <translation>LRR über IPsec</translation>
    </message>
    <message>
        <source>LRR over TLS</source>
        <translation>LRR über TLS</translation>
    </message>
    <message>
        <source>LRR with neither IPsec nor TLS</source>
        <translation>LRR weder mit IPsec noch mit TLS</translation>
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
        <translation>(lokales Netzwerk)</translation>
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
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <translation>Latenz</translation>
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
        <translation>Durchlauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Re-run &amp;selected</source>
        <translation>Au&amp;swahl neu prüfen</translation>
    </message>
    <message>
        <source>Re-run fai&amp;led</source>
        <translation>&amp;Fehlschläge neu prüfen</translation>
    </message>
    <message>
        <source>Run &amp;all again</source>
        <translation>Alle &amp;neu prüfen</translation>
    </message>
    <message>
        <source>Run &amp;options…</source>
        <translation>Prüf&amp;optionen…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Each flow is checked from this laptop with a protocol-level proof. Select a row to see what was sent, what came back and what to ask IT.</source>
        <translation>Jeder Flow wird von diesem Laptop aus mit einem Nachweis auf Protokollebene geprüft. Wählen Sie eine Zeile, um zu sehen, was gesendet wurde, was zurückkam und was Sie bei der IT anfragen sollten.</translation>
    </message>
    <message>
        <source>&amp;Report &gt;</source>
        <translation>Be&amp;richt &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Abgeschlossene Prüfungen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Durchlauf abbrechen</translation>
    </message>
    <message>
        <source>Stop every check now (Escape); those not finished are marked skipped.</source>
        <translation>Alle Prüfungen sofort anhalten (Esc); nicht abgeschlossene werden als übersprungen markiert.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Alle Prüfungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>MUST only</source>
        <translation>Nur MUST</translation>
    </message>
    <message>
        <source>Failed: the failed checks, and those still running.</source>
        <translation>Fehlgeschlagen: die fehlgeschlagenen Prüfungen und die noch laufenden.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>Re-run selected</source>
        <translation>Auswahl neu prüfen</translation>
    </message>
    <message>
        <source>Run the selected checks again.</source>
        <translation>Die ausgewählten Prüfungen erneut ausführen.</translation>
    </message>
    <message>
        <source>Re-run failed</source>
        <translation>Fehlschläge neu prüfen</translation>
    </message>
    <message>
        <source>Run every failed check again, for instance after IT changed a rule.</source>
        <translation>Jede fehlgeschlagene Prüfung erneut ausführen, etwa nachdem die IT eine Regel geändert hat.</translation>
    </message>
    <message>
        <source>Run all again</source>
        <translation>Alle neu prüfen</translation>
    </message>
    <message>
        <source>Run options</source>
        <translation>Prüfoptionen</translation>
    </message>
    <message>
        <source>Time allowed per check, and a private CA for a self-hosted TPE.</source>
        <translation>Zeit pro Prüfung und eine private CA für ein selbst gehostetes TPE.</translation>
    </message>
    <message>
        <source>Details and network</source>
        <translation>Details und Netzwerk</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Details der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>This laptop&apos;s network</source>
        <translation>Netzwerk dieses Laptops</translation>
    </message>
    <message>
        <source>Details or network</source>
        <translation>Details oder Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>This laptop&apos;s net&amp;work</source>
        <translation>Netz&amp;werk dieses Laptops</translation>
    </message>
    <message>
        <source>%1 per check</source>
        <translation>%1 pro Prüfung</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>CA %1</translation>
    </message>
    <message>
        <source>resolve overrides: %1</source>
        <translation>feste Auflösungen: %1</translation>
    </message>
    <message>
        <source>options not used: %1</source>
        <translation>Optionen nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Re-run fai&amp;led (%1)</source>
        <translation>&amp;Fehlschläge neu prüfen (%1)</translation>
    </message>
    <message>
        <source>Checking: %1 of %2 done, %3</source>
        <translation>Prüfung läuft: %1 von %2 fertig, %3</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warning, %4 info, %5 skipped</source>
        <translation>bestanden %1, fehlgeschlagen %2, Warnungen %3, Info %4, übersprungen %5</translation>
    </message>
    <message>
        <source>Cancelled after %1: %2.</source>
        <translation>Abgebrochen nach %1: %2.</translation>
    </message>
    <message>
        <source>Finished in %1: %2.</source>
        <translation>Fertig in %1: %2.</translation>
    </message>
    <message>
        <source>Select a check to see what was sent, what came back and what to ask IT.</source>
        <translation>Wählen Sie eine Prüfung, um zu sehen, was gesendet wurde, was zurückkam und was Sie bei der IT anfragen sollten.</translation>
    </message>
    <message>
        <source>The new options apply from the next run: choose Run all again.</source>
        <translation>Die neuen Optionen gelten ab dem nächsten Durchlauf: Wählen Sie „Alle neu prüfen“.</translation>
    </message>
    <message>
        <source>Check from the &amp;gateway…</source>
        <translation>Vom &amp;Gateway aus prüfen…</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Vom Gateway aus prüfen</translation>
    </message>
    <message>
        <source>A script to run on the gateway&apos;s own shell, and a box for what it prints: both views side by side.</source>
        <translation>Ein Skript für die Shell des Gateways selbst und ein Feld für seine Ausgabe: beide Sichten nebeneinander.</translation>
    </message>
    <message>
        <source>&lt;h4&gt;From the gateway&lt;/h4&gt;&lt;p&gt;%1 (%2)%3: %4&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Vom Gateway aus&lt;/h4&gt;&lt;p&gt;%1 (%2)%3: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The gateway&apos;s own results (%1, %2) are in the Gateway column; the details say where they disagree with the laptop&apos;s.</source>
        <translation>Die eigenen Ergebnisse des Gateways (%1, %2) stehen in der Spalte Gateway; die Details sagen, wo sie von denen des Laptops abweichen.</translation>
    </message>
</context>
<context>
    <name>tpready::DatagramProbe</name>
    <message>
        <source>The request to send could not be built.</source>
        <translation>Die zu sendende Anfrage konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>UDP %1 to %2: the laptop has no route to this address (%3).</source>
        <translation>UDP %1 zu %2: Der Laptop hat keine Route zu dieser Adresse (%3).</translation>
    </message>
    <message>
        <source>UDP %1 to %2: an ICMP error came back for the request (%3): host or network unreachable, a firewall that rejects it, or (on Windows) nothing listening on the port.</source>
        <translation>UDP %1 zu %2: Auf die Anfrage kam ein ICMP-Fehler zurück (%3): Host oder Netz nicht erreichbar, eine Firewall, die sie abweist, oder (unter Windows) nichts lauscht auf dem Port.</translation>
    </message>
    <message>
        <source>UDP %1 to %2 failed on the laptop: %3.</source>
        <translation>UDP %1 zu %2 ist auf dem Laptop fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but nothing listens on this port or a firewall rejects the packets.</source>
        <translation>UDP %1 zu %2: Ein ICMP Port unerreichbar kam zurück: Der Host ist erreichbar, aber auf diesem Port lauscht nichts, oder eine Firewall weist die Pakete ab.</translation>
    </message>
</context>
<context>
    <name>tpready::DeploymentPage</name>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Where does the ThingPark core network that this base station connects to run?</source>
        <translation>Wo läuft das ThingPark-Kernnetz, mit dem sich diese Basisstation verbindet?</translation>
    </message>
    <message>
        <source>Actility runs ThingPark: the base station connects to one of its platforms (EU, AU, US, Community or pre-production).</source>
        <translation>Actility betreibt ThingPark: Die Basisstation verbindet sich mit einer seiner Plattformen (EU, AU, US, Community oder Vorproduktion).</translation>
    </message>
    <message>
        <source>ThingPark Enterprise runs on your own servers or cloud: the base station connects to the address(es) of your TPE node(s).</source>
        <translation>ThingPark Enterprise läuft auf Ihren eigenen Servern oder in Ihrer Cloud: Die Basisstation verbindet sich mit der Adresse bzw. den Adressen Ihrer TPE-Knoten.</translation>
    </message>
</context>
<context>
    <name>tpready::DhcpProbe</name>
    <message>
        <source>DHCP is not probed: a DHCP request from the laptop would take an address from the site&apos;s pool. %1</source>
        <translation>DHCP wird nicht geprüft: Eine DHCP-Anfrage des Laptops würde eine Adresse aus dem Pool des Standorts belegen. %1</translation>
    </message>
    <message>
        <source>Make sure the gateway&apos;s network has a DHCP server for it, or give the gateway a static address, router and DNS server.</source>
        <translation>Stellen Sie sicher, dass das Netzwerk des Gateways einen DHCP-Server für es hat, oder geben Sie dem Gateway eine statische Adresse, einen Router und einen DNS-Server.</translation>
    </message>
</context>
<context>
    <name>tpready::DnsProbe</name>
    <message>
        <source>No DNS server is known for the gateway: none was given and none was found on this laptop.</source>
        <translation>Für das Gateway ist kein DNS-Server bekannt: Es wurde keiner angegeben und auf diesem Laptop keiner gefunden.</translation>
    </message>
    <message>
        <source>Give the resolver the gateway will use (tpready check --dns IP).</source>
        <translation>Geben Sie den Resolver an, den das Gateway nutzen wird (tpready check --dns IP).</translation>
    </message>
    <message>
        <source>the answer over TCP did not match the question</source>
        <translation>die Antwort über TCP passte nicht zur Anfrage</translation>
    </message>
    <message>
        <source>Nothing answers DNS at %1 port %2: the laptop got ICMP port unreachable (no DNS server there, or a firewall rejects UDP %2).</source>
        <translation>Unter %1 Port %2 antwortet nichts auf DNS: Der Laptop erhielt ICMP Port unerreichbar (dort kein DNS-Server, oder eine Firewall weist UDP %2 ab).</translation>
    </message>
    <message>
        <source>The resolver %1 did not answer any DNS query on UDP port %2 within %3 ms.</source>
        <translation>Der Resolver %1 hat innerhalb von %3 ms auf keine DNS-Anfrage über UDP-Port %2 geantwortet.</translation>
    </message>
    <message>
        <source>the root NS query got no answer</source>
        <translation>die Root-NS-Anfrage erhielt keine Antwort</translation>
    </message>
    <message>
        <source>the root NS query got %1 without records</source>
        <translation>die Root-NS-Anfrage erhielt %1 ohne Einträge</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record</source>
        <translation>%1 hat keinen A- oder AAAA-Eintrag</translation>
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
        <translation>%1 %2: Die Antwort war abgeschnitten und der erneute Versuch über TCP ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>The resolver %1 answers, but does not resolve what the gateway needs: %2.</source>
        <translation>Der Resolver %1 antwortet, löst aber nicht auf, was das Gateway braucht: %2.</translation>
    </message>
    <message>
        <source>(%1 names in all.)</source>
        <translation>(insgesamt %1 Namen.)</translation>
    </message>
    <message>
        <source>It also gives addresses to names that do not exist (%1 for %2).</source>
        <translation>Er liefert auch Adressen für Namen, die nicht existieren (%1 für %2).</translation>
    </message>
    <message>
        <source>Make sure the resolver %1 (the one the gateway will use) resolves the ThingPark names; if it serves only some networks, allow the gateway&apos;s.</source>
        <translation>Stellen Sie sicher, dass der Resolver %1 (der, den das Gateway nutzen wird) die ThingPark-Namen auflöst; bedient er nur bestimmte Netze, lassen Sie das des Gateways zu.</translation>
    </message>
    <message>
        <source>The resolver %1 answers every name with the same address: %2 came back for %3, a name that cannot exist, and for the ThingPark names too. A captive portal or DNS interception answers instead of a real resolver.</source>
        <translation>Der Resolver %1 beantwortet jeden Namen mit derselben Adresse: %2 kam für %3 zurück, einen Namen, der nicht existieren kann, und auch für die ThingPark-Namen. Ein Captive Portal oder eine DNS-Umleitung antwortet anstelle eines echten Resolvers.</translation>
    </message>
    <message>
        <source>Give the gateway a resolver that answers truthfully (no captive portal or DNS redirection on its network), or authorise the gateway on the portal.</source>
        <translation>Geben Sie dem Gateway einen Resolver, der wahrheitsgemäß antwortet (kein Captive Portal und keine DNS-Umleitung in seinem Netz), oder schalten Sie das Gateway im Portal frei.</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs, but it invents addresses for names that do not exist (%3 for %4): it rewrites NXDOMAIN answers. A mistyped name would not fail cleanly.</source>
        <translation>Der Resolver %1 löst die %2 Namen auf, die das Gateway braucht, erfindet aber Adressen für Namen, die nicht existieren (%3 für %4): Er schreibt NXDOMAIN-Antworten um. Ein vertippter Name würde nicht sauber fehlschlagen.</translation>
    </message>
    <message>
        <source>Prefer a resolver for the gateway that answers NXDOMAIN for names that do not exist (turn off &quot;search assist&quot; or NXDOMAIN redirection).</source>
        <translation>Verwenden Sie für das Gateway lieber einen Resolver, der für nicht existierende Namen NXDOMAIN antwortet (schalten Sie „Suchhilfe“ bzw. NXDOMAIN-Umleitung ab).</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs, with problems: %3.</source>
        <translation>Der Resolver %1 löst die %2 Namen auf, die das Gateway braucht, mit Problemen: %3.</translation>
    </message>
    <message>
        <source>The resolver %1 answers DNS queries (root NS).</source>
        <translation>Der Resolver %1 beantwortet DNS-Anfragen (Root-NS).</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs.</source>
        <translation>Der Resolver %1 löst die %2 Namen auf, die das Gateway braucht.</translation>
    </message>
</context>
<context>
    <name>tpready::FlowTableModel</name>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Checks of flow %1:
%2</source>
        <translation>Prüfungen von Flow %1:
%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>From
(system)</source>
        <translation>Von
(System)</translation>
    </message>
    <message>
        <source>From
(application)</source>
        <translation>Von
(Anwendung)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Dest.
Port</source>
        <translation>Ziel-
port</translation>
    </message>
    <message>
        <source>To
(system)</source>
        <translation>Nach
(System)</translation>
    </message>
    <message>
        <source>To
(application)</source>
        <translation>Nach
(Anwendung)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
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
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>The vendor&apos;s requirement when the TPE has one node.</source>
        <translation>Die Anforderung des Herstellers, wenn das TPE einen Knoten hat.</translation>
    </message>
    <message>
        <source>The vendor&apos;s requirement when the TPE has two or more nodes (high availability).</source>
        <translation>Die Anforderung des Herstellers, wenn das TPE zwei oder mehr Knoten hat (Hochverfügbarkeit).</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site: the HIGH AVAILABILITY column applies.</source>
        <translation>MUST oder OPTIONAL für diesen Standort: Es gilt die Spalte HIGH AVAILABILITY.</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site: the STANDALONE column applies.</source>
        <translation>MUST oder OPTIONAL für diesen Standort: Es gilt die Spalte STANDALONE.</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site, as the vendor page says.</source>
        <translation>MUST oder OPTIONAL für diesen Standort, wie auf der Seite des Herstellers angegeben.</translation>
    </message>
    <message>
        <source>The hosts this site&apos;s base station must reach for this flow; the tooltip of a cell lists every host and port.</source>
        <translation>Die Hosts, die die Basisstation dieses Standorts für diesen Flow erreichen muss; der Tooltip einer Zelle listet jeden Host und Port auf.</translation>
    </message>
</context>
<context>
    <name>tpready::FlowsPage</name>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>Als &amp;CSV kopieren</translation>
    </message>
    <message>
        <source>Flows to authorize</source>
        <translation>Freizugebende Flows</translation>
    </message>
    <message>
        <source>The vendor&apos;s flow table for this choice, in its own wording, with the hosts of this site. Every MUST flow has to be open for the base station to work.</source>
        <translation>Die Flow-Tabelle des Herstellers für diese Auswahl, in seinem eigenen Wortlaut, mit den Hosts dieses Standorts. Jeder MUST-Flow muss offen sein, damit die Basisstation funktioniert.</translation>
    </message>
    <message>
        <source>Flow table</source>
        <translation>Flow-Tabelle</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the flow table to the clipboard as plain text, for an e-mail or a ticket.</source>
        <translation>Die Flow-Tabelle als reinen Text in die Zwischenablage kopieren, für eine E-Mail oder ein Ticket.</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
    <message>
        <source>Copy the flow table to the clipboard as CSV, for a spreadsheet.</source>
        <translation>Die Flow-Tabelle als CSV in die Zwischenablage kopieren, für eine Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <source>No flow table for this choice: %1</source>
        <translation>Keine Flow-Tabelle für diese Auswahl: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 MUST and %4 OPTIONAL flows, %5 checks.</source>
        <translation>%1, %2 – MUST-Flows: %3, OPTIONAL-Flows: %4, Prüfungen: %5.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %n flows of the table to the clipboard as text.</source>
        <translation>
            <numerusform>Der Flow der Tabelle wurde als Text in die Zwischenablage kopiert.</numerusform>
            <numerusform>Die %n Flows der Tabelle wurden als Text in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the %n flows of the table to the clipboard as CSV.</source>
        <translation>
            <numerusform>Der Flow der Tabelle wurde als CSV in die Zwischenablage kopiert.</numerusform>
            <numerusform>Die %n Flows der Tabelle wurden als CSV in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run the checks &gt;</source>
        <translation>&amp;Prüfungen starten &gt;</translation>
    </message>
    <message>
        <source>Check from the &amp;gateway…</source>
        <translation>Vom &amp;Gateway aus prüfen…</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Vom Gateway aus prüfen</translation>
    </message>
    <message>
        <source>A script that runs these checks on the gateway&apos;s own shell (BusyBox), and a box for what it prints.</source>
        <translation>Ein Skript, das diese Prüfungen in der Shell des Gateways selbst ausführt (BusyBox), und ein Feld für seine Ausgabe.</translation>
    </message>
</context>
<context>
    <name>tpready::FtpProbe</name>
    <message>
        <source>An FTP server answered on port %1 but refuses the session: &quot;421 %2&quot; (service not available). The network path works; the server turns clients away.</source>
        <translation>Ein FTP-Server hat auf Port %1 geantwortet, lehnt die Sitzung aber ab: „421 %2“ (Dienst nicht verfügbar). Der Netzwerkpfad funktioniert; der Server weist Clients ab.</translation>
    </message>
    <message>
        <source>The path to the FTP server is open. Ask the administrator of %1 why its FTP service answers 421 (connection limit reached, client address not allowed, or service shutting down).</source>
        <translation>Der Pfad zum FTP-Server ist offen. Fragen Sie den Administrator von %1, warum sein FTP-Dienst 421 antwortet (Verbindungslimit erreicht, Client-Adresse nicht zugelassen, oder Dienst wird heruntergefahren).</translation>
    </message>
    <message>
        <source>An FTP server (vsftpd) answered on port %1 but cannot serve anyone: &quot;500 %2&quot;. The network path works; the FTP server itself is misconfigured.</source>
        <translation>Ein FTP-Server (vsftpd) hat auf Port %1 geantwortet, kann aber niemanden bedienen: „500 %2“. Der Netzwerkpfad funktioniert; der FTP-Server selbst ist falsch konfiguriert.</translation>
    </message>
    <message>
        <source>Nothing to open in the network: the FTP server on %1 is broken. Ask its administrator to fix the vsftpd configuration (the message above names the problem).</source>
        <translation>Im Netzwerk ist nichts freizugeben: Der FTP-Server auf %1 ist defekt. Bitten Sie seinen Administrator, die vsftpd-Konfiguration zu korrigieren (die Meldung oben nennt das Problem).</translation>
    </message>
    <message>
        <source>Port %1 greeted with &quot;220 %2&quot;: a mail (SMTP) server, not an FTP server.</source>
        <translation>Port %1 hat mit „220 %2“ begrüßt: ein Mailserver (SMTP), kein FTP-Server.</translation>
    </message>
    <message>
        <source>Port %1 answered with reply code %2 (&quot;%3&quot;) instead of an FTP greeting (220).</source>
        <translation>Port %1 hat mit Antwortcode %2 („%3“) statt mit einer FTP-Begrüßung (220) geantwortet.</translation>
    </message>
    <message>
        <source>Port %1 sent more than %2 bytes without a complete FTP greeting: &quot;%3&quot;.</source>
        <translation>Port %1 hat mehr als %2 Bytes ohne vollständige FTP-Begrüßung gesendet: „%3“.</translation>
    </message>
    <message>
        <source>Port %1 answered with %2 instead of an FTP greeting: &quot;%3&quot;.</source>
        <translation>Port %1 hat mit %2 statt mit einer FTP-Begrüßung geantwortet: „%3“.</translation>
    </message>
    <message>
        <source>Port %1 answered, but not with an FTP greeting: &quot;%2&quot;.</source>
        <translation>Port %1 hat geantwortet, aber nicht mit einer FTP-Begrüßung: „%2“.</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after &quot;%2&quot;, without an FTP greeting (220).</source>
        <translation>Port %1 hat die Verbindung nach „%2“ ohne FTP-Begrüßung (220) geschlossen.</translation>
    </message>
    <message>
        <source>An FTP server answered on port %1: &quot;220 %2&quot;.</source>
        <translation>Ein FTP-Server hat auf Port %1 geantwortet: „220 %2“.</translation>
    </message>
    <message>
        <source>An FTP server answered on port %1 but only with &quot;120 %2&quot; (ready later): no 220 came within %3 ms. The network path works; the server is not ready yet.</source>
        <translation>Ein FTP-Server hat auf Port %1 geantwortet, aber nur mit „120 %2“ (später bereit): Innerhalb von %3 ms kam kein 220. Der Netzwerkpfad funktioniert; der Server ist noch nicht bereit.</translation>
    </message>
    <message>
        <source>Run the check again later, or ask the administrator of %1 why its FTP service is not ready.</source>
        <translation>Führen Sie die Prüfung später erneut aus, oder fragen Sie den Administrator von %1, warum sein FTP-Dienst nicht bereit ist.</translation>
    </message>
    <message>
        <source>Port %1 sent &quot;%2&quot; but no complete FTP greeting within %3 ms.</source>
        <translation>Port %1 hat „%2“ gesendet, aber innerhalb von %3 ms keine vollständige FTP-Begrüßung.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, where an FTP server greets at once: a firewall, an IPS or a proxy that accepts the connection and then cuts it, or a server that turns this address away.</source>
        <translation>Die TCP-Verbindung zu Port %1 wurde angenommen und %2 ms später ohne ein Byte geschlossen, wo ein FTP-Server sofort grüßt: eine Firewall, ein IPS oder ein Proxy, der die Verbindung annimmt und dann abbricht, oder ein Server, der diese Adresse abweist.</translation>
    </message>
    <message>
        <source>An FTP server began its greeting on port %1 (&quot;%2&quot;), then the connection was closed %3 ms after it opened, before the greeting was complete: an application-aware firewall, an IPS or a proxy cuts FTP sessions after their first words.</source>
        <translation>Ein FTP-Server begann seinen Gruß auf Port %1 („%2“), dann wurde die Verbindung %3 ms nach dem Öffnen geschlossen, bevor der Gruß vollständig war: Eine anwendungserkennende Firewall, ein IPS oder ein Proxy bricht FTP-Sitzungen nach ihren ersten Worten ab.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an FTP server greets at once: a transparent proxy or a port redirection holds the port, or an application-aware firewall or an IPS holds the session.</source>
        <translation>Die TCP-Verbindung zu Port %1 wurde angenommen, aber in %2 ms kam nichts, wo ein FTP-Server sofort grüßt: Ein transparenter Proxy oder eine Port-Umleitung belegt den Port, oder eine anwendungserkennende Firewall oder ein IPS hält die Sitzung fest.</translation>
    </message>
</context>
<context>
    <name>tpready::GatewayDialog</name>
    <message>
        <source>&amp;Copy the script</source>
        <translation>Skript &amp;kopieren</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Vom Gateway aus prüfen</translation>
    </message>
    <message>
        <source>&lt;p&gt;The laptop is not the base station: run the same checks from the gateway itself.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open a shell on the gateway (&lt;tt&gt;ssh&lt;/tt&gt;), paste this script and press Enter. It is read-only, contacts only the hosts of this plan, and takes at most %1 seconds.&lt;/li&gt;&lt;li&gt;Copy the block it prints, from its BEGIN line to its END line, into the box below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Der Laptop ist nicht die Basisstation: dieselben Prüfungen vom Gateway selbst aus durchführen.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Eine Shell auf dem Gateway öffnen (&lt;tt&gt;ssh&lt;/tt&gt;), dieses Skript einfügen und Enter drücken. Es ändert nichts, kontaktiert nur die Hosts dieses Plans und dauert höchstens %1 Sekunden.&lt;/li&gt;&lt;li&gt;Den Block, den es ausgibt, von seiner BEGIN- bis zu seiner END-Zeile in das Feld unten kopieren.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Gateway script</source>
        <translation>Gateway-Skript</translation>
    </message>
    <message>
        <source>The gateway&apos;s &amp;results (paste the block here):</source>
        <translation>&amp;Ergebnisse des Gateways (Block hier einfügen):</translation>
    </message>
    <message>
        <source>Gateway results</source>
        <translation>Ergebnisse des Gateways</translation>
    </message>
    <message>
        <source>&amp;Merge the results</source>
        <translation>Ergebnisse &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Copied: paste it into the gateway&apos;s shell.</source>
        <translation>Kopiert: in die Shell des Gateways einfügen.</translation>
    </message>
    <message>
        <source>These results are for another selection (%1): make the script again from this page and run it on the gateway.</source>
        <translation>Diese Ergebnisse gehören zu einer anderen Auswahl (%1): das Skript auf dieser Seite neu erzeugen und auf dem Gateway ausführen.</translation>
    </message>
    <message>
        <source>Refused, nothing merged: %1</source>
        <translation>Abgelehnt, nichts zusammengeführt: %1</translation>
    </message>
</context>
<context>
    <name>tpready::HttpsProbe</name>
    <message>
        <source>%1 completed a verified TLS handshake but did not answer our CUPS request with HTTP (%2): &quot;%3&quot;.</source>
        <translation>%1 hat einen verifizierten TLS-Handshake abgeschlossen, aber unsere CUPS-Anfrage nicht mit HTTP beantwortet (%2): „%3“.</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake, then closed the session without answering our CUPS request.</source>
        <translation>%1 hat einen verifizierten TLS-Handshake abgeschlossen und dann die Sitzung geschlossen, ohne unsere CUPS-Anfrage zu beantworten.</translation>
    </message>
    <message>
        <source>%1 closed the session in the middle of its answer: &quot;%2&quot;.</source>
        <translation>%1 hat die Sitzung mitten in seiner Antwort geschlossen: „%2“.</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot;: a web proxy in the path wants the laptop to authenticate. The base station cannot use a proxy.</source>
        <translation>%1 hat „%2“ geantwortet: Ein Web-Proxy im Pfad verlangt, dass sich der Laptop authentifiziert. Die Basisstation kann keinen Proxy verwenden.</translation>
    </message>
    <message>
        <source>%1 answered our CUPS request with a redirect (&quot;%2&quot;) to %3: a captive portal or proxy login page, not CUPS.</source>
        <translation>%1 hat unsere CUPS-Anfrage mit einer Umleitung („%2“) nach %3 beantwortet: ein Captive Portal oder eine Proxy-Anmeldeseite, nicht CUPS.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwohin</translation>
    </message>
    <message>
        <source>%1 answered our CUPS request with a web page (&quot;%2&quot;, %3) where CUPS answers binary: a captive portal or proxy page.</source>
        <translation>%1 hat unsere CUPS-Anfrage mit einer Webseite („%2“, %3) beantwortet, wo CUPS binär antwortet: ein Captive Portal oder eine Proxy-Seite.</translation>
    </message>
    <message>
        <source>a chunked body larger than the %1 bytes kept</source>
        <translation>ein Chunked-Body größer als die %1 aufbewahrten Bytes</translation>
    </message>
    <message>
        <source>CUPS at %1 answered our update-info request: &quot;%2&quot; with the 14-byte &quot;no update&quot; body. The path to CUPS works.</source>
        <translation>CUPS unter %1 hat unsere update-info-Anfrage beantwortet: „%2“ mit dem 14 Byte langen Body „kein Update“. Der Pfad zu CUPS funktioniert.</translation>
    </message>
    <message>
        <source>CUPS at %1 answered our update-info request: &quot;%2&quot; with a well-formed update-info body of %3 bytes. The path to CUPS works.</source>
        <translation>CUPS unter %1 hat unsere update-info-Anfrage beantwortet: „%2“ mit einem wohlgeformten update-info-Body von %3 Bytes. Der Pfad zu CUPS funktioniert.</translation>
    </message>
    <message>
        <source>%1 answered our update-info request through a verified TLS session (&quot;%2&quot;), so the path works, but the binary body is not a well-formed CUPS answer (%3).</source>
        <translation>%1 hat unsere update-info-Anfrage über eine verifizierte TLS-Sitzung beantwortet („%2“), der Pfad funktioniert also, aber der binäre Body ist keine wohlgeformte CUPS-Antwort (%3).</translation>
    </message>
    <message>
        <source>%1 answered our update-info request through a verified TLS session: &quot;%2&quot;. The path to CUPS works (a dummy station is refused, as expected).</source>
        <translation>%1 hat unsere update-info-Anfrage über eine verifizierte TLS-Sitzung beantwortet: „%2“. Der Pfad zu CUPS funktioniert (eine Dummy-Station wird wie erwartet abgewiesen).</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake but sent no HTTP answer to our CUPS request within %2 ms.</source>
        <translation>%1 hat einen verifizierten TLS-Handshake abgeschlossen, aber innerhalb von %2 ms keine HTTP-Antwort auf unsere CUPS-Anfrage gesendet.</translation>
    </message>
    <message>
        <source>%1 began an answer (&quot;%2&quot;) but did not finish it within %3 ms.</source>
        <translation>%1 hat eine Antwort begonnen („%2“), sie aber nicht innerhalb von %3 ms beendet.</translation>
    </message>
</context>
<context>
    <name>tpready::IcmpProbe</name>
    <message>
        <source>No address to ping.</source>
        <translation>Keine Adresse zum Anpingen.</translation>
    </message>
    <message>
        <source>the ICMP socket is not allowed: %1</source>
        <translation>der ICMP-Socket ist nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>ICMP echo to %1 could not be tested from this laptop: %2.</source>
        <translation>ICMP-Echo zu %1 konnte von diesem Laptop aus nicht getestet werden: %2.</translation>
    </message>
    <message>
        <source>Ping %1 from another machine on the gateway&apos;s network, or allow unprivileged ping on this laptop (Linux: sysctl net.ipv4.ping_group_range).</source>
        <translation>Pingen Sie %1 von einem anderen Rechner im Netzwerk des Gateways an, oder erlauben Sie Ping ohne Privilegien auf diesem Laptop (Linux: sysctl net.ipv4.ping_group_range).</translation>
    </message>
    <message>
        <source>No ICMP echo reply from %1 within %2 ms.</source>
        <translation>Keine ICMP-Echo-Antwort von %1 innerhalb von %2 ms.</translation>
    </message>
    <message>
        <source>%1 is unreachable: the system reports %2.</source>
        <translation>%1 ist nicht erreichbar: Das System meldet %2.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 failed: %2 reported %3.</source>
        <translation>Das ICMP-Echo zu %1 ist fehlgeschlagen: %2 meldete %3.</translation>
    </message>
    <message>
        <source>%1 answered the ICMP echo in %2 ms.</source>
        <translation>%1 hat das ICMP-Echo in %2 ms beantwortet.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back: %2.</source>
        <translation>Auf das ICMP-Echo zu %1 kam ein Fehler zurück: %2.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back from %2: %3.</source>
        <translation>Auf das ICMP-Echo zu %1 kam ein Fehler von %2 zurück: %3.</translation>
    </message>
    <message>
        <source>%1 is not an IP address that can be pinged.</source>
        <translation>%1 ist keine IP-Adresse, die angepingt werden kann.</translation>
    </message>
    <message>
        <source>no %1 program was found</source>
        <translation>kein %1-Programm gefunden</translation>
    </message>
    <message>
        <source>the ICMP socket is not allowed (%1) and no %2 program was found</source>
        <translation>der ICMP-Socket ist nicht erlaubt (%1) und kein %2-Programm wurde gefunden</translation>
    </message>
    <message>
        <source>the ping program could not be started: %1</source>
        <translation>das Ping-Programm konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The ping program crashed.</source>
        <translation>Das Ping-Programm ist abgestürzt.</translation>
    </message>
    <message>
        <source>%1 answered the ping.</source>
        <translation>%1 hat auf den Ping geantwortet.</translation>
    </message>
    <message>
        <source>The ping to %1 says the destination is unreachable: &quot;%2&quot;.</source>
        <translation>Der Ping zu %1 meldet das Ziel als nicht erreichbar: „%2“.</translation>
    </message>
    <message>
        <source>No ICMP echo reply from %1.</source>
        <translation>Keine ICMP-Echo-Antwort von %1.</translation>
    </message>
    <message>
        <source>The ping program could not test %1: &quot;%2&quot; (exit code %3).</source>
        <translation>Das Ping-Programm konnte %1 nicht testen: „%2“ (Exit-Code %3).</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back (IP status %2).</source>
        <translation>Auf das ICMP-Echo zu %1 kam ein Fehler zurück (IP-Status %2).</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 failed (status %2).</source>
        <translation>Das ICMP-Echo zu %1 ist fehlgeschlagen (Status %2).</translation>
    </message>
    <message>
        <source>%1 answered all %2 ICMP echoes; round trip %3 ms (min %4, max %5).</source>
        <translation>%1 hat alle %2 ICMP-Echos beantwortet; Umlaufzeit %3 ms (min. %4, max. %5).</translation>
    </message>
    <message>
        <source>%1 answered %2 of %3 ICMP echoes (%4 % lost); round trip %5 ms (min %6, max %7).</source>
        <translation>%1 hat %2 von %3 ICMP-Echos beantwortet (%4 % verloren); Umlaufzeit %5 ms (min. %6, max. %7).</translation>
    </message>
    <message>
        <source> Echoes of up to %1 bytes came back; %2 bytes and more were lost without a &quot;fragmentation needed&quot; answer: the path drops large packets silently (a path-MTU black hole, or a firewall that limits ICMP sizes), which stalls sessions that send full-size packets.</source>
        <translation> Echos bis %1 Bytes kamen zurück; ab %2 Bytes gingen sie ohne eine Antwort „fragmentation needed“ verloren: Der Pfad verwirft große Pakete stillschweigend (ein Path-MTU-Black-Hole oder eine Firewall, die ICMP-Größen begrenzt), was Sitzungen mit vollen Paketen hängen lässt.</translation>
    </message>
    <message>
        <source> Full-size packets (%1 bytes) get through both ways.</source>
        <translation> Volle Pakete (%1 Bytes) kommen in beide Richtungen durch.</translation>
    </message>
    <message>
        <source> Path MTU: %1 bytes.</source>
        <translation> Path-MTU: %1 Bytes.</translation>
    </message>
</context>
<context>
    <name>tpready::IkeProbe</name>
    <message>
        <source>NAT detection: no address translation between this laptop and the server, so ESP (IP protocol 50) itself must be allowed for the tunnel&apos;s data.</source>
        <translation>NAT-Erkennung: keine Adressumsetzung zwischen diesem Laptop und dem Server, daher muss ESP (IP-Protokoll 50) selbst für die Daten des Tunnels erlaubt sein.</translation>
    </message>
    <message>
        <source>NAT detection: this laptop is behind NAT (the server saw another address or port), so the tunnel will move to UDP 4500 and carry ESP inside it.</source>
        <translation>NAT-Erkennung: Dieser Laptop ist hinter NAT (der Server sah eine andere Adresse oder einen anderen Port), daher wechselt der Tunnel auf UDP 4500 und transportiert ESP darin.</translation>
    </message>
    <message>
        <source>NAT detection: the server&apos;s side is translated (port forwarding or a load balancer), or a device other than the addressed server answered.</source>
        <translation>NAT-Erkennung: Die Serverseite ist umgesetzt (Portweiterleitung oder Load Balancer), oder ein anderes Gerät als der angesprochene Server hat geantwortet.</translation>
    </message>
    <message>
        <source>NAT detection: both sides are translated: this laptop is behind NAT, and the server&apos;s side too (port forwarding or a load balancer); the tunnel will use UDP 4500.</source>
        <translation>NAT-Erkennung: Beide Seiten sind umgesetzt: Dieser Laptop ist hinter NAT, und die Serverseite ebenfalls (Portweiterleitung oder Load Balancer); der Tunnel wird UDP 4500 verwenden.</translation>
    </message>
    <message>
        <source>The answer carried no NAT detection payloads, so whether NAT is in the path is unknown.</source>
        <translation>Die Antwort enthielt keine NAT-Erkennungs-Payloads, daher ist unbekannt, ob NAT im Pfad ist.</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2</source>
        <translation>IKEv2 über UDP %1 zu %2</translation>
    </message>
    <message>
        <source>%1: the responder answered IKE_SA_INIT in full (SA, KE, Nonce) and chose %2: the path works both ways and the server accepts the vendor&apos;s proposals.</source>
        <translation>%1: Der Responder hat IKE_SA_INIT vollständig beantwortet (SA, KE, Nonce) und %2 gewählt: Der Pfad funktioniert in beide Richtungen, und der Server akzeptiert die Proposals des Herstellers.</translation>
    </message>
    <message>
        <source>a proposal</source>
        <translation>ein Proposal</translation>
    </message>
    <message>
        <source>That proposal is not one tpready offered: the responder does not follow the protocol.</source>
        <translation>Dieses Proposal gehört nicht zu denen, die tpready angeboten hat: Der Responder hält sich nicht an das Protokoll.</translation>
    </message>
    <message>
        <source>%1: the responder answered with a COOKIE challenge for tpready&apos;s SPI: a live IKEv2 daemon got the request and answered, so the path works both ways. This is weaker proof than a full response (the proposals were not evaluated): the server is holding several half-open requests from this address (every check leaves one for 30 s), and tpready does not start a second exchange so as not to load the real gateway&apos;s server.</source>
        <translation>%1: Der Responder hat mit einer COOKIE-Challenge für den SPI von tpready geantwortet: Ein laufender IKEv2-Daemon hat die Anfrage erhalten und beantwortet, der Pfad funktioniert also in beide Richtungen. Das ist ein schwächerer Nachweis als eine vollständige Antwort (die Proposals wurden nicht bewertet): Der Server hält mehrere halboffene Anfragen von dieser Adresse (jede Prüfung hinterlässt eine für 30 s), und tpready startet keinen zweiten Austausch, um den Server des echten Gateways nicht zu belasten.</translation>
    </message>
    <message>
        <source>%1: the responder answered INVALID_KE_PAYLOAD asking for DH group %2: a live IKEv2 daemon answered, so the path works both ways. This is weaker proof than a full response: the server prefers another of the offered groups, and tpready does not start a second exchange.</source>
        <translation>%1: Der Responder hat INVALID_KE_PAYLOAD geantwortet und DH-Gruppe %2 verlangt: Ein laufender IKEv2-Daemon hat geantwortet, der Pfad funktioniert also in beide Richtungen. Das ist ein schwächerer Nachweis als eine vollständige Antwort: Der Server bevorzugt eine andere der angebotenen Gruppen, und tpready startet keinen zweiten Austausch.</translation>
    </message>
    <message>
        <source>%1: the responder answered NO_PROPOSAL_CHOSEN: a live IKEv2 daemon answered, so the path works both ways. This is weaker proof than a full response: the server accepted none of the vendor&apos;s proposals or has no configuration for this laptop&apos;s address, which the gateway&apos;s own configuration may well have.</source>
        <translation>%1: Der Responder hat NO_PROPOSAL_CHOSEN geantwortet: Ein laufender IKEv2-Daemon hat geantwortet, der Pfad funktioniert also in beide Richtungen. Das ist ein schwächerer Nachweis als eine vollständige Antwort: Der Server hat keines der Proposals des Herstellers akzeptiert oder hat keine Konfiguration für die Adresse dieses Laptops, die die Konfiguration des Gateways selbst durchaus haben kann.</translation>
    </message>
    <message>
        <source>%1: the responder answered INVALID_SYNTAX: a live IKEv2 daemon answered, so the path works both ways, but it rejected the request&apos;s format (weaker proof than a full response).</source>
        <translation>%1: Der Responder hat INVALID_SYNTAX geantwortet: Ein laufender IKEv2-Daemon hat geantwortet, der Pfad funktioniert also in beide Richtungen, er hat aber das Format der Anfrage abgelehnt (schwächerer Nachweis als eine vollständige Antwort).</translation>
    </message>
    <message>
        <source>%1: the responder answered IKE_SA_INIT for tpready&apos;s SPI (%2): a live IKEv2 daemon answered, so the path works both ways, but not with a full response (weaker proof).</source>
        <translation>%1: Der Responder hat IKE_SA_INIT für den SPI von tpready beantwortet (%2): Ein laufender IKEv2-Daemon hat geantwortet, der Pfad funktioniert also in beide Richtungen, aber nicht mit einer vollständigen Antwort (schwächerer Nachweis).</translation>
    </message>
    <message>
        <source>no notify</source>
        <translation>kein Notify</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no IKE daemon listens on this port, or a firewall rejects the packets.</source>
        <translation>IKEv2 über UDP %1 zu %2: Ein ICMP Port unerreichbar kam zurück: Der Host ist erreichbar, aber auf diesem Port lauscht kein IKE-Daemon, oder eine Firewall weist die Pakete ab.</translation>
    </message>
    <message>
        <source>On UDP %1 a Linux server also answers this way to an IKE packet without the non-ESP marker (it takes it for ESP); tpready sends the marker, so that is not the cause here.</source>
        <translation>Auf UDP %1 antwortet ein Linux-Server auch so auf ein IKE-Paket ohne den Non-ESP-Marker (er hält es für ESP); tpready sendet den Marker, das ist hier also nicht die Ursache.</translation>
    </message>
    <message>
        <source>the request came back unchanged (an echo service or a loop, not an IKE responder)</source>
        <translation>die Anfrage kam unverändert zurück (ein Echo-Dienst oder eine Schleife, kein IKE-Responder)</translation>
    </message>
    <message>
        <source>an IKEv2 message for another initiator (%1)</source>
        <translation>eine IKEv2-Nachricht für einen anderen Initiator (%1)</translation>
    </message>
    <message>
        <source>%1 bytes that are not a valid IKEv2 answer (%2)</source>
        <translation>%1 Bytes, die keine gültige IKEv2-Antwort sind (%2)</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: something answered, but not an IKEv2 responder for tpready&apos;s request: %3.</source>
        <translation>IKEv2 über UDP %1 zu %2: Etwas hat geantwortet, aber kein IKEv2-Responder auf die Anfrage von tpready: %3.</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: tpready sent its IKE_SA_INIT request %3 time(s) within %4 ms and nothing came back. Something drops the packets or the replies (a firewall silently discarding UDP %1), or the server ignored them, which strongSwan does after several half-open attempts from one address within 30 s.</source>
        <translation>IKEv2 über UDP %1 zu %2: tpready hat seine IKE_SA_INIT-Anfrage %3-mal innerhalb von %4 ms gesendet, und nichts kam zurück. Etwas verwirft die Pakete oder die Antworten (eine Firewall, die UDP %1 stillschweigend verwirft), oder der Server hat sie ignoriert, was strongSwan nach mehreren halboffenen Versuchen von einer Adresse innerhalb von 30 s tut.</translation>
    </message>
    <message>
        <source>Allow UDP %1 from the gateway&apos;s LAN to %2, and its replies back. If checks were run several times in a row, wait a minute and run again: the server may be ignoring repeated attempts from this site&apos;s address.</source>
        <translation>Erlauben Sie UDP %1 aus dem LAN des Gateways zu %2 und seine Antworten zurück. Wurden die Prüfungen mehrmals hintereinander ausgeführt, warten Sie eine Minute und führen Sie sie erneut aus: Der Server ignoriert möglicherweise wiederholte Versuche von der Adresse dieses Standorts.</translation>
    </message>
</context>
<context>
    <name>tpready::NameResolver</name>
    <message>
        <source>the name does not exist (NXDOMAIN from the resolver %1)</source>
        <translation>der Name existiert nicht (NXDOMAIN vom Resolver %1)</translation>
    </message>
    <message>
        <source>the name exists but has no address (no A or AAAA record at the resolver %1)</source>
        <translation>der Name existiert, hat aber keine Adresse (kein A- oder AAAA-Eintrag beim Resolver %1)</translation>
    </message>
    <message>
        <source>the resolver %1 answered SERVFAIL: it could not get an answer from the name&apos;s servers</source>
        <translation>der Resolver %1 antwortete SERVFAIL: Er bekam keine Antwort von den Servern des Namens</translation>
    </message>
    <message>
        <source>the resolver %1 answered REFUSED: it does not answer this laptop</source>
        <translation>der Resolver %1 antwortete REFUSED: Er antwortet diesem Laptop nicht</translation>
    </message>
    <message>
        <source>the resolver %1 answered %2</source>
        <translation>der Resolver %1 antwortete %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n queries)</source>
        <translation>
            <numerusform>%1 (%n Anfrage)</numerusform>
            <numerusform>%1 (%n Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no resolver answered within %1 ms: %2</source>
        <translation>kein Resolver hat innerhalb von %1 ms geantwortet: %2</translation>
    </message>
    <message>
        <source>the system resolver gave no answer within %1 ms</source>
        <translation>der System-Resolver gab innerhalb von %1 ms keine Antwort</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1; %2</source>
        <translation>kein Resolver war erreichbar: %1; %2</translation>
    </message>
    <message>
        <source>no resolver is known</source>
        <translation>kein Resolver ist bekannt</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1</source>
        <translation>kein Resolver war erreichbar: %1</translation>
    </message>
    <message>
        <source>the name does not exist or has no address (NXDOMAIN or no A/AAAA record)</source>
        <translation>der Name existiert nicht oder hat keine Adresse (NXDOMAIN oder kein A/AAAA-Eintrag)</translation>
    </message>
    <message>
        <source>the resolver failed: %1</source>
        <translation>der Resolver ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1; the system resolver: %2</source>
        <translation>kein Resolver war erreichbar: %1; der System-Resolver: %2</translation>
    </message>
</context>
<context>
    <name>tpready::NtpProbe</name>
    <message>
        <source>NTP on UDP %1 to %2</source>
        <translation>NTP über UDP %1 zu %2</translation>
    </message>
    <message>
        <source>The server answered with NTP version %1 to a version 4 request.</source>
        <translation>Der Server hat auf eine Anfrage der Version 4 mit NTP-Version %1 geantwortet.</translation>
    </message>
    <message>
        <source>%1: the server answered with the kiss code %2: it is reachable, but it refuses this site&apos;s address by policy, so the gateway would be refused too.</source>
        <translation>%1: Der Server hat mit dem Kiss-Code %2 geantwortet: Er ist erreichbar, weist die Adresse dieses Standorts aber per Richtlinie ab, also würde auch das Gateway abgewiesen.</translation>
    </message>
    <message>
        <source>Ask the operator of %1 to allow the site&apos;s public address, or configure the gateway with another NTP server.</source>
        <translation>Bitten Sie den Betreiber von %1, die öffentliche Adresse des Standorts zuzulassen, oder konfigurieren Sie das Gateway mit einem anderen NTP-Server.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but with the kiss code RATE: it rate-limits this address. A gateway behind the same public address may be limited too, and would then not get the time.</source>
        <translation>%1: Der Pfad funktioniert (der Server hat die Anfrage von tpready beantwortet), aber mit dem Kiss-Code RATE: Er begrenzt die Rate dieser Adresse. Ein Gateway hinter derselben öffentlichen Adresse kann ebenfalls begrenzt werden und bekäme dann keine Uhrzeit.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes. If the server keeps answering RATE, configure the gateway with another NTP server or ask the operator of %1 about its rate limit.</source>
        <translation>Führen Sie die Prüfung in einigen Minuten erneut aus. Antwortet der Server weiterhin mit RATE, konfigurieren Sie das Gateway mit einem anderen NTP-Server oder fragen Sie den Betreiber von %1 nach seinem Ratenlimit.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but the server is not synchronised itself (kiss code %2): it would not set the gateway&apos;s clock.</source>
        <translation>%1: Der Pfad funktioniert (der Server hat die Anfrage von tpready beantwortet), aber der Server ist selbst nicht synchronisiert (Kiss-Code %2): Er würde die Uhr des Gateways nicht stellen.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but with the kiss code %2 instead of the time: it would not set the gateway&apos;s clock.</source>
        <translation>%1: Der Pfad funktioniert (der Server hat die Anfrage von tpready beantwortet), aber mit dem Kiss-Code %2 statt der Uhrzeit: Er würde die Uhr des Gateways nicht stellen.</translation>
    </message>
    <message>
        <source>Configure the gateway with an NTP server that is synchronised, or have %1 fixed: TLS and IPsec certificates are checked against the gateway&apos;s clock.</source>
        <translation>Konfigurieren Sie das Gateway mit einem synchronisierten NTP-Server, oder lassen Sie %1 reparieren: TLS- und IPsec-Zertifikate werden anhand der Uhr des Gateways geprüft.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but the server says its own clock is not synchronised (leap indicator %2, stratum %3): it would not set the gateway&apos;s clock.</source>
        <translation>%1: Der Pfad funktioniert (der Server hat die Anfrage von tpready beantwortet), aber der Server meldet, dass seine eigene Uhr nicht synchronisiert ist (Leap-Indikator %2, Stratum %3): Er würde die Uhr des Gateways nicht stellen.</translation>
    </message>
    <message>
        <source>Its own distance to its reference is large (root delay %1 ms, root dispersion %2 ms): its time is of poor quality.</source>
        <translation>Seine eigene Entfernung zu seiner Referenz ist groß (Root Delay %1 ms, Root Dispersion %2 ms): Seine Uhrzeit ist von schlechter Qualität.</translation>
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
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 works (stratum %2, delay %3 ms), but this laptop&apos;s clock is %4 ahead of the server&apos;s.</source>
        <translation>%1 funktioniert (Stratum %2, Verzögerung %3 ms), aber die Uhr dieses Laptops geht %4 gegenüber der des Servers vor.</translation>
    </message>
    <message>
        <source>%1 works (stratum %2, delay %3 ms), but this laptop&apos;s clock is %4 behind the server&apos;s.</source>
        <translation>%1 funktioniert (Stratum %2, Verzögerung %3 ms), aber die Uhr dieses Laptops geht %4 gegenüber der des Servers nach.</translation>
    </message>
    <message>
        <source>Beyond %1 s, certificate validity checks made by this laptop and the report&apos;s timestamps cannot be trusted.</source>
        <translation>Jenseits von %1 s sind die Gültigkeitsprüfungen von Zertifikaten durch diesen Laptop und die Zeitstempel des Berichts nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Set this laptop&apos;s clock right (turn on automatic time synchronisation) and run the checks again. The gateway does not use the laptop&apos;s clock, only its own NTP, which this check shows is reachable.</source>
        <translation>Stellen Sie die Uhr dieses Laptops richtig (schalten Sie die automatische Zeitsynchronisation ein) und führen Sie die Prüfungen erneut aus. Das Gateway nutzt nicht die Uhr des Laptops, sondern nur sein eigenes NTP, das laut dieser Prüfung erreichbar ist.</translation>
    </message>
    <message>
        <source>%1: the server answered tpready&apos;s request (stratum %2, reference %3); the laptop&apos;s clock is %4 ms off, round-trip delay %5 ms.</source>
        <translation>%1: Der Server hat die Anfrage von tpready beantwortet (Stratum %2, Referenz %3); die Uhr des Laptops weicht um %4 ms ab, Round-Trip-Verzögerung %5 ms.</translation>
    </message>
    <message>
        <source>NTP on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no NTP server listens on it, or a firewall rejects the packets.</source>
        <translation>NTP über UDP %1 zu %2: Ein ICMP Port unerreichbar kam zurück: Der Host ist erreichbar, aber dort lauscht kein NTP-Server, oder eine Firewall weist die Pakete ab.</translation>
    </message>
    <message>
        <source>the request came back unchanged (an echo service or a loop, not an NTP server)</source>
        <translation>die Anfrage kam unverändert zurück (ein Echo-Dienst oder eine Schleife, kein NTP-Server)</translation>
    </message>
    <message>
        <source>%1 bytes that are not a valid reply to tpready&apos;s request (%2)</source>
        <translation>%1 Bytes, die keine gültige Antwort auf die Anfrage von tpready sind (%2)</translation>
    </message>
    <message>
        <source>%1: something answered, but not an NTP server replying to tpready&apos;s request: %2.</source>
        <translation>%1: Etwas hat geantwortet, aber kein NTP-Server, der auf die Anfrage von tpready antwortet: %2.</translation>
    </message>
    <message>
        <source>%1: tpready sent %2 request(s) within %3 ms and nothing came back. Something drops the packets or the replies (a firewall silently discarding UDP %4), or the server ignores this address. tpready sends from a random port: a firewall that allows NTP only from source port 123 could still let a gateway through whose NTP client uses that port.</source>
        <translation>%1: tpready hat %2 Anfrage(n) innerhalb von %3 ms gesendet, und nichts kam zurück. Etwas verwirft die Pakete oder die Antworten (eine Firewall, die UDP %4 stillschweigend verwirft), oder der Server ignoriert diese Adresse. tpready sendet von einem zufälligen Port: Eine Firewall, die NTP nur vom Quellport 123 zulässt, könnte ein Gateway dennoch durchlassen, dessen NTP-Client diesen Port verwendet.</translation>
    </message>
</context>
<context>
    <name>tpready::PlatformPage</name>
    <message>
        <source>ThingPark SaaS platform</source>
        <translation>ThingPark-SaaS-Plattform</translation>
    </message>
    <message>
        <source>Which platform is the base station provisioned on? The flow table uses its host names.</source>
        <translation>Auf welcher Plattform ist die Basisstation provisioniert? Die Flow-Tabelle verwendet ihre Hostnamen.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>SLRC hosts</source>
        <translation>SLRC-Hosts</translation>
    </message>
    <message>
        <source>SLRC hosts: %1</source>
        <translation>SLRC-Hosts: %1</translation>
    </message>
</context>
<context>
    <name>tpready::ReportPage</name>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>Keine Änderung nötig: Jeder getestete Flow kam durch.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention.</source>
        <translation>Es fehlt keine Firewall-Regel, aber Folgendes erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Protocol/port</source>
        <translation>Protokoll/Port</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>(local network)</source>
        <translation>(lokales Netzwerk)</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>in beide Richtungen</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
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
        <translation>Außerdem</translation>
    </message>
    <message>
        <source>Firewall change re&amp;quest</source>
        <translation>Firewall-Änderungs&amp;antrag</translation>
    </message>
    <message>
        <source>&amp;Copy change request</source>
        <translation>Antrag &amp;kopieren</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The verdict for this site, what to ask IT, and the report to send to support.</source>
        <translation>Das Ergebnis für diesen Standort, was Sie bei der IT anfragen sollten, und der Bericht für den Support.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Firewall-Änderungsantrag</translation>
    </message>
    <message>
        <source>Copy change request</source>
        <translation>Antrag kopieren</translation>
    </message>
    <message>
        <source>Copy the change request to the clipboard as text, for an e-mail or a ticket.</source>
        <translation>Den Änderungsantrag als Text in die Zwischenablage kopieren, für eine E-Mail oder ein Ticket.</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Save the whole report as JSON (schema tpready-report/1), for support.</source>
        <translation>Den vollständigen Bericht als JSON speichern (Schema tpready-report/1), für den Support.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Save the report as PDF, and its JSON beside it: the PDF prints the JSON&apos;s digest.</source>
        <translation>Den Bericht als PDF speichern, mit dem JSON daneben: Das PDF enthält den Hashwert des JSON.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder the report was saved in.</source>
        <translation>Den Ordner öffnen, in dem der Bericht gespeichert wurde.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Every MUST flow was proven reachable from this site&apos;s network.</source>
        <translation>Jeder MUST-Flow wurde als aus dem Netzwerk dieses Standorts erreichbar nachgewiesen.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some were not checked (the run was cancelled): run the checks again to be sure.</source>
        <translation>Kein MUST-Flow ist fehlgeschlagen, aber einige wurden nicht geprüft (der Durchlauf wurde abgebrochen): Führen Sie die Prüfungen erneut aus, um sicherzugehen.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some checks need attention: see below.</source>
        <translation>Kein MUST-Flow ist fehlgeschlagen, aber einige Prüfungen erfordern Aufmerksamkeit: siehe unten.</translation>
    </message>
    <message>
        <source>One MUST check failed: the change request below says what to ask IT.</source>
        <translation>Eine MUST-Prüfung ist fehlgeschlagen: Der Änderungsantrag unten nennt, was Sie bei der IT anfragen sollten.</translation>
    </message>
    <message>
        <source>%1 MUST checks failed: the change request below says what to ask IT.</source>
        <translation>%1 MUST-Prüfungen sind fehlgeschlagen: Der Änderungsantrag unten nennt, was Sie bei der IT anfragen sollten.</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warning, %4 info, %5 skipped, out of %6 checks.</source>
        <translation>Bestanden: %1, fehlgeschlagen: %2, Warnungen: %3, Info: %4, übersprungen: %5, von insgesamt %6 Prüfungen.</translation>
    </message>
    <message>
        <source>Copied the change request to the clipboard.</source>
        <translation>Der Änderungsantrag wurde in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 is not a PDF file name.</source>
        <translation>%1 ist kein PDF-Dateiname.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Gespeichert in %2: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Compare with an &amp;earlier report…</source>
        <translation>Mit einem &amp;früheren Bericht vergleichen…</translation>
    </message>
    <message>
        <source>Compare with an earlier report</source>
        <translation>Mit einem früheren Bericht vergleichen</translation>
    </message>
    <message>
        <source>Open an earlier JSON report of this site: what was fixed, what still fails, what newly fails. The PDF gets a section for it.</source>
        <translation>Einen früheren JSON-Bericht dieses Standorts öffnen: was behoben ist, was weiter fehlschlägt, was neu fehlschlägt. Das PDF erhält einen Abschnitt dazu.</translation>
    </message>
    <message>
        <source>Earlier report</source>
        <translation>Früherer Bericht</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Verglichen mit %1.</translation>
    </message>
    <message>
        <source>%1: not a report that can be read.</source>
        <translation>%1: kein lesbarer Bericht.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;From the gateway&lt;/b&gt; %1: merged; the verdict uses its view where it tested a check (%n disagreement(s) with the laptop; the laptop alone: %2).</source>
        <translation>
            <numerusform>&lt;b&gt;Vom Gateway aus&lt;/b&gt; %1: zusammengeführt; das Urteil folgt seiner Sicht, wo es eine Prüfung getestet hat (%n Abweichung vom Laptop; der Laptop allein: %2).</numerusform>
            <numerusform>&lt;b&gt;Vom Gateway aus&lt;/b&gt; %1: zusammengeführt; das Urteil folgt seiner Sicht, wo es eine Prüfung getestet hat (%n Abweichungen vom Laptop; der Laptop allein: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway&apos;s results were not merged: %1</source>
        <translation>Die Ergebnisse des Gateways wurden nicht zusammengeführt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since the earlier report&lt;/b&gt; (%1): %2 newly failing, %3 still failing, %4 fixed, %5 not checked in both.</source>
        <translation>&lt;b&gt;Seit dem früheren Bericht&lt;/b&gt; (%1): %2 neu fehlgeschlagen, %3 weiter fehlgeschlagen, %4 behoben, %5 nicht in beiden geprüft.</translation>
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
        <translation>„%1“ ist nicht HOST=IP (ein Hostname, „=“, eine IP-Adresse).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2.</source>
        <translation>Die CA-Datei %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Run options</source>
        <translation>Prüfoptionen</translation>
    </message>
    <message>
        <source>Time allowed per check</source>
        <translation>Zeit pro Prüfung</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each check waits for an answer before it concludes that nothing answers.</source>
        <translation>Wie lange jede Prüfung auf eine Antwort wartet, bevor sie folgert, dass nichts antwortet.</translation>
    </message>
    <message>
        <source>Private CA file</source>
        <translation>Private CA-Datei</translation>
    </message>
    <message>
        <source>none: only the system&apos;s certificate authorities</source>
        <translation>keine: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Nach einer CA-Datei suchen</translation>
    </message>
    <message>
        <source>&amp;Time per check:</source>
        <translation>&amp;Zeit pro Prüfung:</translation>
    </message>
    <message>
        <source>&amp;Private CA:</source>
        <translation>&amp;Private CA:</translation>
    </message>
    <message>
        <source>A self-hosted TPE whose certificates come from the company&apos;s own certificate authority: its certificate in PEM format.</source>
        <translation>Für ein selbst gehostetes TPE, dessen Zertifikate von der eigenen Zertifizierungsstelle des Unternehmens stammen: deren Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <source>For test labs only</source>
        <translation>Nur für Testlabore</translation>
    </message>
    <message>
        <source>Resolve overrides</source>
        <translation>Feste Auflösungen</translation>
    </message>
    <message>
        <source>one HOST=IP per line, e.g. slrc1.eu.thingpark.com=192.0.2.10</source>
        <translation>ein HOST=IP pro Zeile, z. B. slrc1.eu.thingpark.com=192.0.2.10</translation>
    </message>
    <message>
        <source>&amp;Resolve these hosts to these addresses instead of asking the resolver:</source>
        <translation>Diese Hosts zu diesen Adressen &amp;auflösen, statt den Resolver zu fragen:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation>Zertifikat der privaten CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>tpready::Runner</name>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2.</source>
        <translation>%1 kann nicht aufgelöst werden: %2.</translation>
    </message>
    <message>
        <source>No probe exists for protocol %1.</source>
        <translation>Für Protokoll %1 gibt es keine Prüfroutine.</translation>
    </message>
</context>
<context>
    <name>tpready::SitePage</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Which site is this? Everything on this page is optional: it names the site in the report, so support knows where the results come from.</source>
        <translation>Um welchen Standort handelt es sich? Alles auf dieser Seite ist optional: Es benennt den Standort im Bericht, damit der Support weiß, woher die Ergebnisse stammen.</translation>
    </message>
    <message>
        <source>e.g. Warehouse 3, Lyon</source>
        <translation>z. B. Lager 3, Köln</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Standortname</translation>
    </message>
    <message>
        <source>who is installing, e.g. Jane Doe, Acme Networks</source>
        <translation>wer installiert, z. B. Erika Mustermann, Acme Netzwerke</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>e.g. gateway on the roof, uplink through the customer&apos;s firewall</source>
        <translation>z. B. Gateway auf dem Dach, Uplink über die Firewall des Kunden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Site na&amp;me:</source>
        <translation>Standort&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Techniker:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>tpready::StreamProbe</name>
    <message>
        <source>The connection succeeded but could not be used: %1.</source>
        <translation>Die Verbindung war erfolgreich, konnte aber nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>TCP %1 to %2: %3.</source>
        <translation>TCP %1 zu %2: %3.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed without the expected answer.</source>
        <translation>Die TCP-Verbindung zu Port %1 wurde angenommen und dann ohne die erwartete Antwort geschlossen.</translation>
    </message>
    <message>
        <source>TCP %1 to %2: nothing answered within %3 ms (packets silently dropped).</source>
        <translation>TCP %1 zu %2: Innerhalb von %3 ms hat nichts geantwortet (Pakete stillschweigend verworfen).</translation>
    </message>
</context>
<context>
    <name>tpready::TpePage</name>
    <message>
        <source>ThingPark Enterprise address</source>
        <translation>Adresse von ThingPark Enterprise</translation>
    </message>
    <message>
        <source>Where does the base station reach your self-hosted ThingPark Enterprise (TPE)? Give the host name or IP address the base station is configured with.</source>
        <translation>Wo erreicht die Basisstation Ihr selbst gehostetes ThingPark Enterprise (TPE)? Geben Sie den Hostnamen oder die IP-Adresse an, mit der die Basisstation konfiguriert ist.</translation>
    </message>
    <message>
        <source>TPE addresses</source>
        <translation>TPE-Adressen</translation>
    </message>
    <message>
        <source>e.g. tpe.example.com, or 192.0.2.10, 192.0.2.11</source>
        <translation>z. B. tpe.example.com, oder 192.0.2.10, 192.0.2.11</translation>
    </message>
    <message>
        <source>&amp;TPE address(es):</source>
        <translation>&amp;TPE-Adresse(n):</translation>
    </message>
    <message>
        <source>Separate several addresses with commas or spaces. One address is a standalone TPE. Two or more addresses, one per node, is a high-availability TPE: the vendor&apos;s HIGH AVAILABILITY column then applies and every node is checked.</source>
        <translation>Trennen Sie mehrere Adressen durch Kommas oder Leerzeichen. Eine Adresse ist ein eigenständiges TPE. Zwei oder mehr Adressen, eine je Knoten, sind ein hochverfügbares TPE: Dann gilt die Spalte HIGH AVAILABILITY des Herstellers, und jeder Knoten wird geprüft.</translation>
    </message>
    <message>
        <source>One node: a standalone TPE.</source>
        <translation>Ein Knoten: ein eigenständiges TPE.</translation>
    </message>
    <message numerus="yes">
        <source>%n nodes: a high-availability TPE.</source>
        <translation>
            <numerusform>%n Knoten: ein eigenständiges TPE.</numerusform>
            <numerusform>%n Knoten: ein hochverfügbares TPE.</numerusform>
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
        <translation>Wie kommuniziert die Basisstation mit ThingPark? Dies bestimmt die Flow-Tabelle des Herstellers.</translation>
    </message>
    <message>
        <source>An IPsec tunnel (IKEv2 on UDP 500 and 4500, then ESP) carries the LRR&apos;s traffic.</source>
        <translation>Ein IPsec-Tunnel (IKEv2 über UDP 500 und 4500, dann ESP) transportiert den Verkehr des LRR.</translation>
    </message>
    <message>
        <source>TLS tunnels on TCP 3001 to 3003 carry the LRR&apos;s traffic.</source>
        <translation>TLS-Tunnel über TCP 3001 bis 3003 transportieren den Verkehr des LRR.</translation>
    </message>
    <message>
        <source>The gateway runs Semtech Basics Station instead of the LRR: LNS and CUPS over TLS.</source>
        <translation>Das Gateway führt Semtech Basics Station statt des LRR aus: LNS und CUPS über TLS.</translation>
    </message>
    <message>
        <source>LRR version</source>
        <translation>LRR-Version</translation>
    </message>
    <message>
        <source>Advanced: the site&apos;s own servers (optional)</source>
        <translation>Erweitert: die eigenen Server des Standorts (optional)</translation>
    </message>
    <message>
        <source>NTP servers</source>
        <translation>NTP-Server</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>empty: a current LRR</source>
        <translation>leer: ein aktueller LRR</translation>
    </message>
    <message>
        <source>LRR &amp;version:</source>
        <translation>LRR-&amp;Version:</translation>
    </message>
    <message>
        <source>empty: %1, the default</source>
        <translation>leer: %1, der Standard</translation>
    </message>
    <message>
        <source>NT&amp;P servers:</source>
        <translation>NT&amp;P-Server:</translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>IEC 104 (TCP 2404) and FTP (TCP 21) without encryption.</source>
        <translation>IEC 104 (TCP 2404) und FTP (TCP 21) ohne Verschlüsselung.</translation>
    </message>
    <message>
        <source>Not available with ThingPark SaaS: the vendor lists it for self-hosted deployments only.</source>
        <translation>Nicht verfügbar mit ThingPark SaaS: Der Hersteller führt es nur für selbst gehostete Bereitstellungen auf.</translation>
    </message>
    <message>
        <source>empty: none found on this laptop, give the site&apos;s resolver</source>
        <translation>leer: auf diesem Laptop keiner gefunden, geben Sie den Resolver des Standorts an</translation>
    </message>
    <message>
        <source>empty: this laptop&apos;s resolvers, %1</source>
        <translation>leer: die Resolver dieses Laptops, %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an LRR version: write it as major.minor, e.g. 2.8 or 2.8.1.</source>
        <translation>„%1“ ist keine LRR-Version: Schreiben Sie sie als Major.Minor, z. B. 2.8 oder 2.8.1.</translation>
    </message>
    <message>
        <source>Leave it empty for a current LRR. Before 2.8 the vendor&apos;s certificate-check flows do not apply, and the flow table leaves them out.</source>
        <translation>Für einen aktuellen LRR leer lassen. Vor 2.8 gelten die Zertifikatsprüfungs-Flows des Herstellers nicht, und die Flow-Tabelle lässt sie weg.</translation>
    </message>
    <message>
        <source>Basics Station has no LRR version.</source>
        <translation>Basics Station hat keine LRR-Version.</translation>
    </message>
</context>
<context>
    <name>tpready::Wizard</name>
    <message>
        <source>ThingPark readiness</source>
        <translation>ThingPark-Bereitschaft</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About tpready</source>
        <translation>Über tpready</translation>
    </message>
    <message>
        <source>&lt;h3&gt;tpready %1&lt;/h3&gt;&lt;p&gt;ThingPark readiness: checks that this site&apos;s network lets a LoRaWAN base station reach Actility ThingPark, and writes a report that proves it.&lt;/p&gt;&lt;p&gt;The flows are those of Actility&apos;s page “Authorizing base station flows to and from ThingPark”.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;tpready %1&lt;/h3&gt;&lt;p&gt;ThingPark-Bereitschaft: prüft, ob das Netzwerk dieses Standorts einer LoRaWAN-Basisstation erlaubt, Actility ThingPark zu erreichen, und erstellt einen Bericht, der es nachweist.&lt;/p&gt;&lt;p&gt;Die Flows sind die der Actility-Seite „Authorizing base station flows to and from ThingPark“.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;From the gateway itself.&lt;/b&gt; The laptop is not the base station. On the flows or the checks page, &lt;i&gt;Check from the gateway…&lt;/i&gt; gives a read-only script: paste it into the gateway&apos;s shell (ssh), then paste the block it prints back into the box below it. Each check then shows both views and where they disagree. On the report page, &lt;i&gt;Compare with an earlier report…&lt;/i&gt; says what was fixed and what still or newly fails since an earlier visit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vom Gateway selbst aus.&lt;/b&gt; Der Laptop ist nicht die Basisstation. Auf der Seite der Flows oder der Prüfungen liefert &lt;i&gt;Vom Gateway aus prüfen…&lt;/i&gt; ein Skript, das nichts ändert: in die Shell des Gateways einfügen (ssh), dann den Block, den es ausgibt, in das Feld darunter einfügen. Jede Prüfung zeigt dann beide Sichten und wo sie abweichen. Auf der Berichtsseite sagt &lt;i&gt;Mit einem früheren Bericht vergleichen…&lt;/i&gt;, was seit einem früheren Besuch behoben ist und was weiter oder neu fehlschlägt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tpready::WssProbe</name>
    <message>
        <source>%1 completed a verified TLS handshake but did not answer the WebSocket upgrade with HTTP (%2): &quot;%3&quot;.</source>
        <translation>%1 hat einen verifizierten TLS-Handshake abgeschlossen, aber das WebSocket-Upgrade nicht mit HTTP beantwortet (%2): „%3“.</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake, then closed the session without answering the WebSocket upgrade.</source>
        <translation>%1 hat einen verifizierten TLS-Handshake abgeschlossen und dann die Sitzung geschlossen, ohne das WebSocket-Upgrade zu beantworten.</translation>
    </message>
    <message>
        <source>%1 closed the session in the middle of its answer: &quot;%2&quot;.</source>
        <translation>%1 hat die Sitzung mitten in seiner Antwort geschlossen: „%2“.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with 101, but not as RFC 6455 requires (%2): something in the path that is not the LNS answered.</source>
        <translation>%1 hat das WebSocket-Upgrade mit 101 beantwortet, aber nicht wie von RFC 6455 verlangt (%2): Etwas im Pfad, das nicht der LNS ist, hat geantwortet.</translation>
    </message>
    <message>
        <source>The server closed the connection without an INFOS reply.</source>
        <translation>Der Server hat die Verbindung ohne INFOS-Antwort geschlossen.</translation>
    </message>
    <message>
        <source>Its next frame was not valid WebSocket (%1).</source>
        <translation>Sein nächster Frame war kein gültiges WebSocket (%1).</translation>
    </message>
    <message>
        <source>The server closed the WebSocket (code %1%2) without an INFOS reply.</source>
        <translation>Der Server hat den WebSocket (Code %1%2) ohne INFOS-Antwort geschlossen.</translation>
    </message>
    <message>
        <source>It started a new message inside a fragmented one.</source>
        <translation>Er hat eine neue Nachricht innerhalb einer fragmentierten begonnen.</translation>
    </message>
    <message>
        <source>It sent a continuation frame outside any message.</source>
        <translation>Er hat einen Continuation-Frame außerhalb jeder Nachricht gesendet.</translation>
    </message>
    <message>
        <source>Its reply was longer than %1 bytes.</source>
        <translation>Seine Antwort war länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>The LNS at %1 answered router-info (INFOS) for the dummy router %2 with error &quot;%3&quot;: a genuine LNS discovery endpoint, reachable.</source>
        <translation>Der LNS unter %1 hat router-info (INFOS) für den Dummy-Router %2 mit dem Fehler „%3“ beantwortet: ein echter LNS-Discovery-Endpunkt, erreichbar.</translation>
    </message>
    <message>
        <source>The LNS at %1 answered router-info (INFOS) for the dummy router %2 with its MUXS endpoint %3: a genuine LNS discovery endpoint, reachable.</source>
        <translation>Der LNS unter %1 hat router-info (INFOS) für den Dummy-Router %2 mit seinem MUXS-Endpunkt %3 beantwortet: ein echter LNS-Discovery-Endpunkt, erreichbar.</translation>
    </message>
    <message>
        <source>Its reply is not a router-info answer (%1): &quot;%2&quot;.</source>
        <translation>Seine Antwort ist keine router-info-Antwort (%1): „%2“.</translation>
    </message>
    <message>
        <source>%1 accepted the WebSocket upgrade to /router-info with a valid Sec-WebSocket-Accept: a WebSocket server holding the host&apos;s verified certificate, reachable.</source>
        <translation>%1 hat das WebSocket-Upgrade auf /router-info mit einem gültigen Sec-WebSocket-Accept angenommen: ein WebSocket-Server mit dem verifizierten Zertifikat des Hosts, erreichbar.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade to /router-info with &quot;%2&quot;: the LNS endpoint exists and wants the gateway&apos;s token or certificate, which this check does not have. The path works.</source>
        <translation>%1 hat das WebSocket-Upgrade auf /router-info mit „%2“ beantwortet: Der LNS-Endpunkt existiert und verlangt das Token oder Zertifikat des Gateways, das diese Prüfung nicht hat. Der Pfad funktioniert.</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot;: a web proxy in the path wants the laptop to authenticate. The base station cannot use a proxy.</source>
        <translation>%1 hat „%2“ geantwortet: Ein Web-Proxy im Pfad verlangt, dass sich der Laptop authentifiziert. Die Basisstation kann keinen Proxy verwenden.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot;: there is no LNS discovery endpoint (/router-info) there.</source>
        <translation>%1 hat das WebSocket-Upgrade mit „%2“ beantwortet: Dort gibt es keinen LNS-Discovery-Endpunkt (/router-info).</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with a redirect (&quot;%2&quot;) to %3: a captive portal or proxy login page, not an LNS.</source>
        <translation>%1 hat das WebSocket-Upgrade mit einer Umleitung („%2“) nach %3 beantwortet: ein Captive Portal oder eine Proxy-Anmeldeseite, kein LNS.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgendwohin</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with a web page (&quot;%2&quot;): a captive portal or proxy page, not an LNS.</source>
        <translation>%1 hat das WebSocket-Upgrade mit einer Webseite („%2“) beantwortet: ein Captive Portal oder eine Proxy-Seite, kein LNS.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot; instead of switching protocols: not an LNS.</source>
        <translation>%1 hat das WebSocket-Upgrade mit „%2“ beantwortet, statt das Protokoll zu wechseln: kein LNS.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot; instead of switching protocols: the path to the server works, but it did not accept the LNS discovery request.</source>
        <translation>%1 hat das WebSocket-Upgrade mit „%2“ beantwortet, statt das Protokoll zu wechseln: Der Pfad zum Server funktioniert, aber er hat die LNS-Discovery-Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>No INFOS reply came within %1 ms.</source>
        <translation>Innerhalb von %1 ms kam keine INFOS-Antwort.</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake but sent no answer to the WebSocket upgrade within %2 ms.</source>
        <translation>%1 hat einen verifizierten TLS-Handshake abgeschlossen, aber innerhalb von %2 ms keine Antwort auf das WebSocket-Upgrade gesendet.</translation>
    </message>
    <message>
        <source>%1 began an answer to the WebSocket upgrade (&quot;%2&quot;) but did not finish it within %3 ms.</source>
        <translation>%1 hat eine Antwort auf das WebSocket-Upgrade begonnen („%2“), sie aber nicht innerhalb von %3 ms beendet.</translation>
    </message>
</context>
</TS>
