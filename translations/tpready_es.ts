<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CatalogText</name>
    <message>
        <source>catalog file %1: %2: %3</source>
        <translation>archivo de catálogo %1: %2: %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una matriz</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>&apos;-&apos; (no port) is only valid for ICMP, ESP and DHCP</source>
        <translation>«-» (sin puerto) solo es válido para ICMP, ESP y DHCP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (expected TCP/443 or UDP/500, separated by spaces)</source>
        <translation>«%1» no es un puerto (se espera TCP/443 o UDP/500, separados por espacios)</translation>
    </message>
    <message>
        <source>port %1 is out of range (1-65535)</source>
        <translation>el puerto %1 está fuera de rango (1-65535)</translation>
    </message>
    <message>
        <source>no port given</source>
        <translation>no se indicó ningún puerto</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is larger than %1 bytes</source>
        <translation>supera los %1 bytes</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>no es JSON válido: %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lower-case letters, digits and hyphens</source>
        <translation>«%1» solo debe contener minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>unknown role (expected SLRC, SLRC (LNS-BRIDGE), LRC, SUPPORT or PROXY_HTTP)</source>
        <translation>rol desconocido (se espera SLRC, SLRC (LNS-BRIDGE), LRC, SUPPORT o PROXY_HTTP)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>«%1» no es un nombre de host válido</translation>
    </message>
    <message>
        <source>must list at least one host</source>
        <translation>debe contener al menos un host</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice</source>
        <translation>«%1» está definido dos veces</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow id such as i7a</source>
        <translation>«%1» no es un identificador de flujo como i7a</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be Bidirectional or Unidirectional</source>
        <translation>«%1» debe ser Bidirectional o Unidirectional</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known protocol</source>
        <translation>«%1» no es un protocolo conocido</translation>
    </message>
    <message>
        <source>protocol %1 needs a port</source>
        <translation>el protocolo %1 necesita un puerto</translation>
    </message>
    <message>
        <source>protocol %1 takes no port: use &apos;-&apos;</source>
        <translation>el protocolo %1 no lleva puerto: use «-»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known destination system</source>
        <translation>«%1» no es un sistema de destino conocido</translation>
    </message>
    <message>
        <source>LRC is reached only through SLRC tunnels, never directly</source>
        <translation>el LRC solo se alcanza a través de los túneles SLRC, nunca directamente</translation>
    </message>
    <message>
        <source>TPE is not a destination of a SaaS deployment</source>
        <translation>TPE no es un destino de un despliegue SaaS</translation>
    </message>
    <message>
        <source>%1 is not a destination of a self-hosted deployment</source>
        <translation>%1 no es un destino de un despliegue autoalojado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 2.8</source>
        <translation>«%1» no es una versión como 2.8</translation>
    </message>
    <message>
        <source>must be &quot;MUST&quot; or &quot;OPTIONAL&quot;</source>
        <translation>debe ser &quot;MUST&quot; u &quot;OPTIONAL&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;standalone&quot; and &quot;high_availability&quot;, each &quot;MUST&quot; or &quot;OPTIONAL&quot;</source>
        <translation>debe ser un objeto con &quot;standalone&quot; y &quot;high_availability&quot;, cada uno &quot;MUST&quot; u &quot;OPTIONAL&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be saas or self-hosted</source>
        <translation>«%1» debe ser saas o self-hosted</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transport of a %2 deployment</source>
        <translation>«%1» no es un transporte de un despliegue %2</translation>
    </message>
    <message>
        <source>must list at least one flow</source>
        <translation>debe contener al menos un flujo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in this table</source>
        <translation>«%1» aparece dos veces en esta tabla</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow of this table</source>
        <translation>«%1» no es un flujo de esta tabla</translation>
    </message>
    <message>
        <source>flow %1 has no port %2</source>
        <translation>el flujo %1 no tiene el puerto %2</translation>
    </message>
    <message>
        <source>only LRC and SUPPORT are reached through a tunnel</source>
        <translation>solo LRC y SUPPORT se alcanzan a través de un túnel</translation>
    </message>
    <message>
        <source>the %1 %2 table is defined twice (also in %3)</source>
        <translation>la tabla %1 %2 está definida dos veces (también en %3)</translation>
    </message>
    <message>
        <source>catalog directory %1 holds no .json file</source>
        <translation>el directorio de catálogo %1 no contiene ningún archivo .json</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>«%1» no es %2 ni %3</translation>
    </message>
    <message>
        <source>catalog directory %1: no table for deployment %2 with transport %3</source>
        <translation>directorio de catálogo %1: no hay tabla para el despliegue %2 con el transporte %3</translation>
    </message>
    <message>
        <source>catalog directory %1: no file lists the SaaS platforms (schema %2)</source>
        <translation>directorio de catálogo %1: ningún archivo enumera las plataformas SaaS (esquema %2)</translation>
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
        <translation>Solicitud de cambio del firewall: estación base ThingPark</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Sitio: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Tested: %1 UTC</source>
        <translation>Fecha de la prueba: %1 UTC</translation>
    </message>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>No hace falta ningún cambio: todos los flujos probados pasaron.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention:</source>
        <translation>No falta ninguna regla de firewall, pero lo siguiente requiere atención:</translation>
    </message>
    <message>
        <source>the gateway&apos;s LAN</source>
        <translation>la LAN del gateway</translation>
    </message>
    <message>
        <source>the gateway&apos;s LAN (the test laptop was on %1)</source>
        <translation>la LAN del gateway (el portátil de prueba estaba en %1)</translation>
    </message>
    <message>
        <source>the local network</source>
        <translation>la red local</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>en ambos sentidos</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>saliente</translation>
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
        <translation>Además:</translation>
    </message>
    <message>
        <source>This test ran from a laptop on the gateway&apos;s LAN: the gateway&apos;s own address, MAC address, VLAN and path may still be treated differently.</source>
        <translation>Esta prueba se ejecutó desde un portátil en la LAN del gateway: la dirección propia del gateway, su dirección MAC, su VLAN y su ruta aún pueden recibir otro trato.</translation>
    </message>
    <message>
        <source>Allow these flows in the firewall, from %1; replies to them must be allowed back. Today they are dropped, refused, not routed or forced through a proxy.</source>
        <translation>Permita estos flujos en el cortafuegos, desde %1; las respuestas deben poder volver. Hoy se descartan, se rechazan, no se enrutan o se fuerzan a pasar por un proxy.</translation>
    </message>
    <message>
        <source>Exempt these flows from TLS/SSL inspection (decryption) on the proxy or firewall. They already get through: no port needs opening. A device in the path presents its own certificate instead of ThingPark&apos;s, and the base station refuses it.</source>
        <translation>Excluya estos flujos de la inspección TLS/SSL (descifrado) en el proxy o el cortafuegos. Ya pasan: no hay que abrir ningún puerto. Un equipo de la ruta presenta su propio certificado en lugar del de ThingPark, y la estación base lo rechaza.</translation>
    </message>
    <message>
        <source>Allow the application on its port, not only the port, from %1. The connection opens, but a proxy, captive portal, port redirection, application-aware firewall or IPS answers it or cuts it: let it through unmodified, or exempt these destinations from that policy.</source>
        <translation>Permita la aplicación en su puerto, no solo el puerto, desde %1. La conexión se abre, pero un proxy, un portal cautivo, una redirección de puerto, un cortafuegos que reconoce aplicaciones o un IPS la contesta o la corta: déjela pasar sin modificar, o excluya estos destinos de esa política.</translation>
    </message>
    <message>
        <source>Fix the name resolution: the site&apos;s DNS resolvers must answer for these names, and the gateway must reach them on UDP and TCP 53.</source>
        <translation>Corrija la resolución de nombres: los resolvedores DNS del sitio deben responder para estos nombres, y el gateway debe alcanzarlos por UDP y TCP 53.</translation>
    </message>
    <message>
        <source>Fix the name resolution: the site&apos;s DNS resolvers (this laptop used %1) must answer for these names, and the gateway must reach them on UDP and TCP 53.</source>
        <translation>Corrija la resolución de nombres: los resolvedores DNS del sitio (este portátil usó %1) deben responder para estos nombres, y el gateway debe alcanzarlos por UDP y TCP 53.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>name lookup</source>
        <translation>resolución de nombre</translation>
    </message>
    <message>
        <source>Allow %1 to %2, %3. Flow %4, %5. Found: %6.</source>
        <translation>Permita %1 hacia %2, %3. Flujo %4, %5. Hallazgo: %6.</translation>
    </message>
    <message>
        <source>Exempt %1 to %2 from TLS inspection. Flow %3, %4. Found: %5.</source>
        <translation>Excluya %1 hacia %2 de la inspección TLS. Flujo %3, %4. Hallazgo: %5.</translation>
    </message>
    <message>
        <source>Allow %1 on %2 to %3, %4, unmodified. Flow %5, %6. Found: %7.</source>
        <translation>Permita %1 en %2 hacia %3, %4, sin modificar. Flujo %5, %6. Hallazgo: %7.</translation>
    </message>
    <message>
        <source>Make %1 resolve. Flow %2, %3. Found: %4.</source>
        <translation>Haga que %1 se resuelva. Flujo %2, %3. Hallazgo: %4.</translation>
    </message>
</context>
<context>
    <name>CheckDetailsText</name>
    <message>
        <source>(local network)</source>
        <translation>(red local)</translation>
    </message>
    <message>
        <source>This check is running.</source>
        <translation>Esta comprobación está en curso.</translation>
    </message>
    <message>
        <source>This check is waiting for its turn.</source>
        <translation>Esta comprobación espera su turno.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What to ask IT</source>
        <translation>Qué pedir a TI</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Reading this laptop&apos;s network settings…</source>
        <translation>Leyendo la configuración de red de este portátil…</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>none with an address</source>
        <translation>ninguna con dirección</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Puerta de enlace predeterminada</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>not measured (no NTP check answered)</source>
        <translation>no medido (ninguna comprobación NTP respondió)</translation>
    </message>
    <message>
        <source>0 ms against %1</source>
        <translation>0 ms respecto a %1</translation>
    </message>
    <message>
        <source>+%1 ms against %2 (this laptop&apos;s clock is ahead)</source>
        <translation>+%1 ms respecto a %2 (el reloj de este portátil va adelantado)</translation>
    </message>
    <message>
        <source>%1 ms against %2 (this laptop&apos;s clock is behind)</source>
        <translation>%1 ms respecto a %2 (el reloj de este portátil va atrasado)</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Desfase del reloj</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Other interfaces</source>
        <translation>Otras interfaces</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>no disponible en este sistema</translation>
    </message>
    <message>
        <source>Uplink</source>
        <translation>Enlace de subida</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 %2 is a directory: give a file name.</source>
        <translation>%1 %2 es un directorio: indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 %2: the directory %3 does not exist.</source>
        <translation>%1 %2: el directorio %3 no existe.</translation>
    </message>
    <message>
        <source>%1 %2: the directory %3 is not writable.</source>
        <translation>%1 %2: no se puede escribir en el directorio %3.</translation>
    </message>
    <message>
        <source>%1 %2: the file exists and is not writable.</source>
        <translation>%1 %2: el archivo existe y no se puede escribir en él.</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Sitio: %1</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2 pass, %3 fail, %4 warn, %5 info, %6 skipped) in %7 ms</source>
        <translation>Veredicto: %1 (correctas %2, fallidas %3, avisos %4, info %5, omitidas %6) en %7 ms</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Pendiente: %1</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number of milliseconds from %1 to %2, not &apos;%3&apos;.</source>
        <translation>--timeout-ms debe ser un número entero de milisegundos de %1 a %2, no «%3».</translation>
    </message>
    <message>
        <source>--resolve needs HOST=IP with a host name and an IP address, not &apos;%1&apos;.</source>
        <translation>--resolve necesita HOST=IP con un nombre de host y una dirección IP, no «%1».</translation>
    </message>
    <message>
        <source>--site and --operator take at most %1 characters.</source>
        <translation>--site y --operator admiten como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>--pdf and --json name the same file.</source>
        <translation>--pdf y --json designan el mismo archivo.</translation>
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
        <translation>Uso: tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]

Enumera los flujos de la tabla del fabricante para la selección y las comprobaciones que resultan de ellos
(una por host y puerto). No se envía nada por la red.

  --deployment D     saas o self-hosted
  --transport T      lrr-ipsec, lrr-tls, lrr-plain (solo autoalojado) o basics-station
  --platform P       plataforma SaaS (vea «tpready platforms»)
  --tpe HOST[,HOST]  autoalojado: la dirección del TPE; dos o más para un TPE de alta disponibilidad
  --lrr-version X.Y  la versión del LRR de la estación base; se omiten las filas de versiones posteriores
  --ntp HOST         un servidor NTP que usa la estación base (repetible; por defecto pool.ntp.org)
  --dns IP           un servidor DNS que usa la estación base (repetible; por defecto, los de este portátil)
  --json             mostrar el plan en JSON (esquema tpready-flows/1)
</translation>
    </message>
    <message>
        <source>Usage: tpready platforms [--json]

Lists the ThingPark SaaS platforms and the host names of their SLRC, LNS-BRIDGE, LRC, SUPPORT
and PROXY_HTTP servers, as the vendor&apos;s per-platform FQDN list gives them.

  --json   print the list as JSON (schema tpready-platforms/1)
</source>
        <translation>Uso: tpready platforms [--json]

Enumera las plataformas ThingPark SaaS y los nombres de host de sus servidores SLRC, LNS-BRIDGE, LRC, SUPPORT
y PROXY_HTTP, tal como los da la lista de FQDN por plataforma del fabricante.

  --json   mostrar la lista en JSON (esquema tpready-platforms/1)
</translation>
    </message>
    <message>
        <source>(reached only through the SLRC tunnels)</source>
        <translation>(solo se alcanza a través de los túneles SLRC)</translation>
    </message>
    <message>
        <source>Self-hosted ThingPark Enterprise has no platform: give its address with --deployment self-hosted --tpe HOST.</source>
        <translation>ThingPark Enterprise autoalojado no tiene plataforma: indique su dirección con --deployment self-hosted --tpe HOST.</translation>
    </message>
    <message>
        <source>no command given. See &apos;tpready --help&apos;.</source>
        <translation>no se indicó ningún comando. Vea «tpready --help».</translation>
    </message>
    <message>
        <source>--version takes no argument.</source>
        <translation>--version no admite argumentos.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;. See &apos;tpready --help&apos;.</source>
        <translation>opción desconocida «%1». Vea «tpready --help».</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. See &apos;tpready --help&apos;.</source>
        <translation>comando desconocido «%1». Vea «tpready --help».</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>See &apos;tpready %1 --help&apos;.</source>
        <translation>Vea «tpready %1 --help».</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;. See &apos;tpready %2 --help&apos;.</source>
        <translation>argumento inesperado «%1». Vea «tpready %2 --help».</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 se indica más de una vez.</translation>
    </message>
    <message>
        <source>--deployment is required (saas or self-hosted).</source>
        <translation>--deployment es obligatorio (saas o self-hosted).</translation>
    </message>
    <message>
        <source>--transport is required (lrr-ipsec, lrr-tls, lrr-plain or basics-station).</source>
        <translation>--transport es obligatorio (lrr-ipsec, lrr-tls, lrr-plain o basics-station).</translation>
    </message>
    <message>
        <source>unknown deployment &apos;%1&apos; (expected saas or self-hosted).</source>
        <translation>despliegue desconocido «%1» (se espera saas o self-hosted).</translation>
    </message>
    <message>
        <source>unknown transport &apos;%1&apos; (expected lrr-ipsec, lrr-tls, lrr-plain or basics-station).</source>
        <translation>transporte desconocido «%1» (se espera lrr-ipsec, lrr-tls, lrr-plain o basics-station).</translation>
    </message>
    <message>
        <source>--platform needs a value.</source>
        <translation>--platform necesita un valor.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an LRR version (expected X.Y, such as 2.8).</source>
        <translation>«%1» no es una versión de LRR (se espera X.Y, por ejemplo 2.8).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code such as fr or de_DE.</source>
        <translation>«%1» no es un código de idioma como fr o de_DE.</translation>
    </message>
    <message>
        <source>--from is required: the JSON report to render.</source>
        <translation>--from es obligatorio: el informe JSON que se va a convertir.</translation>
    </message>
    <message>
        <source>--pdf is required: the PDF file to write.</source>
        <translation>--pdf es obligatorio: el archivo PDF que se va a escribir.</translation>
    </message>
    <message>
        <source>--ca %1: %2.</source>
        <translation>--ca %1: %2.</translation>
    </message>
    <message>
        <source>--ca needs a file name.</source>
        <translation>--ca necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--resolve gives two addresses for %1.</source>
        <translation>--resolve da dos direcciones para %1.</translation>
    </message>
    <message>
        <source>--json needs a file name, or - for the standard output.</source>
        <translation>--json necesita un nombre de archivo, o - para la salida estándar.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 se indica más de una vez.</translation>
    </message>
    <message>
        <source>Qt&apos;s OpenSSL TLS back-end could not be loaded (%1 is used instead): TLS verdicts may differ from those of a complete installation.</source>
        <translation>No se pudo cargar el motor TLS OpenSSL de Qt (se usa %1 en su lugar): los veredictos TLS pueden diferir de los de una instalación completa.</translation>
    </message>
    <message>
        <source>gateway: %1 %2</source>
        <translation>pasarela: %1 %2</translation>
    </message>
    <message>
        <source>Gateway view: %1 (%2), %3 of %4 checks tested there, %5 disagreement(s) with the laptop; the laptop alone: %6</source>
        <translation>Vista de la pasarela: %1 (%2), %3 de %4 comprobaciones probadas allí, %5 discrepancia(s) con el portátil; el portátil solo: %6</translation>
    </message>
    <message>
        <source>--gateway-results needs a file name.</source>
        <translation>--gateway-results necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--gateway-results %1: the results are for another selection (%2): make the gateway script with this check&apos;s selection.</source>
        <translation>--gateway-results %1: los resultados son de otra selección (%2): genere el script de pasarela con la selección de esta comprobación.</translation>
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
        <translation>tpready %1: ¿puede la red de este sitio alcanzar Actility ThingPark?

Uso:
  tpready                     abrir el asistente
  tpready platforms [--json]  enumerar las plataformas SaaS y sus hosts
  tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]
                              enumerar los flujos que el sitio debe permitir, sin probarlos
  tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]] [options]
                              ejecutar las comprobaciones desde este portátil (vea «tpready check --help»)
  tpready report --from REPORT.json --pdf FILE [--gateway-results FILE --json FILE]
                              generar el PDF de un informe guardado
  tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                              un script de shell que ejecuta las comprobaciones en la estación base
  tpready compare OLD.json NEW.json [--json]
                              lo corregido, lo que sigue fallando o falla de nuevo entre dos informes
  tpready --version | --help

Opciones de todos los comandos:
  --lang LANG       idioma de la salida (en, fr, de, es); por defecto, el del sistema
  --catalog DIR     leer el catálogo de flujos de DIR en lugar de la copia integrada

Valores:
  D  saas | self-hosted
  T  lrr-ipsec | lrr-tls | lrr-plain (solo autoalojado) | basics-station
  P  un identificador de plataforma SaaS: vea «tpready platforms»

«tpready COMANDO --help» describe un comando.
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
        <translation>Uso: tpready compare OLD.json NEW.json [--json]

Compara dos informes de «tpready check» (o del asistente), comprobación por comprobación: lo corregido, lo que
sigue fallando, lo que falla de nuevo y lo que no se comprobó en ambos. Cuando un informe contiene los
resultados propios de la pasarela, cuenta su veredicto.

  --json   mostrar la comparación en JSON (esquema tpready-compare/1)

Estado de salida: 0 nada falla de nuevo, 1 algo falla de nuevo, 2 uso o entrada incorrectos.
</translation>
    </message>
    <message>
        <source>the script&apos;s template is missing from this build.</source>
        <translation>falta la plantilla del script en esta compilación.</translation>
    </message>
    <message>
        <source>compare takes two reports: OLD.json NEW.json.</source>
        <translation>compare necesita dos informes: OLD.json NEW.json.</translation>
    </message>
    <message>
        <source>%1 %2: no such file.</source>
        <translation>%1 %2: no existe el archivo.</translation>
    </message>
    <message>
        <source>%1 %2: larger than %3 MiB, not a report.</source>
        <translation>%1 %2: más de %3 MiB, no es un informe.</translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation>%1 %2: %3.</translation>
    </message>
    <message>
        <source>%1 %2: refused, nothing merged: %3</source>
        <translation>%1 %2: rechazado, no se fusionó nada: %3</translation>
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
        <translation>Uso: tpready report --from REPORT.json --pdf FILE [--gateway-results FILE] [--compare OLD.json]
                      [--json FILE]

Genera el PDF de un informe JSON guardado (por «tpready check --json» o por el asistente), en el idioma
de --lang. El PDF imprime el SHA-256 de REPORT.json, para poder relacionar ambos.

  --gateway-results FILE  fusionar el bloque que «tpready gateway-script» mostró en la estación base;
                          el informe fusionado se escribe con --json (el PDF imprime su SHA-256)
  --compare OLD.json      añadir una sección «Desde el informe anterior»: lo corregido, lo que sigue
                          fallando o falla de nuevo desde OLD.json
  --json FILE             escribir el informe tal como se genera (necesario con --gateway-results, --compare)
</translation>
    </message>
    <message>
        <source>--gateway-results and --compare need --json FILE: the report the PDF&apos;s SHA-256 names.</source>
        <translation>--gateway-results y --compare necesitan --json FILE: el informe cuyo SHA-256 imprime el PDF.</translation>
    </message>
    <message>
        <source>%1 would overwrite the report given with --from.</source>
        <translation>%1 sobrescribiría el informe dado con --from.</translation>
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
        <translation>Uso: tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--ca FILE]
                     [--resolve HOST=IP]... [--timeout-ms N] [--site NAME] [--operator NAME]
                     [--json FILE|-] [--pdf FILE] [--redact] [--quiet] [--gateway-results FILE]

Ejecuta cada comprobación del plan desde este portátil: una prueba a nivel de protocolo por flujo, host y puerto.
Una línea de progreso por comprobación terminada va a stderr; un resumen a stdout.

  --ca FILE          certificados PEM de confianza además de los del sistema (una CA privada)
  --resolve HOST=IP  usar IP para HOST en lugar de preguntar al resolvedor (repetible)
  --timeout-ms N     plazo de cada comprobación, de %1 a %2 ms (por defecto 5000)
  --site NAME        el nombre del sitio, para el informe
  --operator NAME    quién ejecutó la comprobación, para el informe
  --json FILE|-      escribir el informe en JSON (esquema tpready-report/1); - para stdout
  --pdf FILE         escribir el informe en PDF; sin --json, el JSON se guarda al lado
  --redact           no incluir en el informe las direcciones propias de este portátil
  --quiet            sin líneas de progreso
  --gateway-results FILE  el bloque que «tpready gateway-script» mostró en la estación base: fusionado,
                     cada comprobación muestra ambas vistas, el veredicto sigue a la pasarela donde probó

Estado de salida: 0 todos los flujos MUST correctos, 1 un flujo MUST falló, 2 uso o entrada incorrectos, 3 error interno.
Las opciones de selección son las de «tpready flows --help».
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
        <translation>Uso: tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                              [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--paste]

Muestra un script POSIX sh que ejecuta las comprobaciones del plan desde la propia estación base, con
las herramientas BusyBox de las pasarelas (nc, nslookup, ping; openssl, ntpd o ntpdate si existen).
Es de solo lectura, solo contacta con los hosts del plan y termina dentro del plazo que muestra primero
con un bloque de resultados: entregue ese bloque a «tpready check --gateway-results FILE»,
«tpready report --gateway-results FILE» o al asistente. Las opciones de selección son las de
«tpready flows».

  --paste   envolver el script para pegarlo en el shell de la pasarela (ssh) como un solo comando
</translation>
    </message>
    <message>
        <source>system unknown</source>
        <translation>sistema desconocido</translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>(local network)</source>
        <translation>(red local)</translation>
    </message>
    <message>
        <source>report key comparison.schema is not %1</source>
        <translation>la clave comparison.schema del informe no es %1</translation>
    </message>
    <message>
        <source>report key comparison holds a check with an unknown verdict or reason</source>
        <translation>la clave comparison del informe contiene una comprobación con veredicto o motivo desconocidos</translation>
    </message>
    <message>
        <source>Earlier report: %1 (%2)
Later report:   %3 (%4)
</source>
        <translation>Informe anterior:  %1 (%2)
Informe posterior: %3 (%4)
</translation>
    </message>
    <message>
        <source>The two reports are for different selections: only the checks they share are compared.
</source>
        <translation>Los dos informes son de selecciones distintas: solo se comparan las comprobaciones que comparten.
</translation>
    </message>
    <message>
        <source>Newly failing</source>
        <translation>Fallan de nuevo</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Siguen fallando</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corregidas</translation>
    </message>
    <message>
        <source>Not checked in both</source>
        <translation>No comprobadas en ambos</translation>
    </message>
    <message>
        <source>Unchanged and not failing: %1
</source>
        <translation>Sin cambios y sin fallos: %1
</translation>
    </message>
</context>
<context>
    <name>CorrelateText</name>
    <message>
        <source>Without an IKE result for this host, nothing more can be said.</source>
        <translation>Sin un resultado IKE para este host, no se puede decir nada más.</translation>
    </message>
    <message>
        <source>IKE to this host did not get through either, so no tunnel can be set up.</source>
        <translation>IKE hacia este host tampoco pasó, así que no se puede establecer ningún túnel.</translation>
    </message>
    <message>
        <source>The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948), which answered, so the data path is covered.</source>
        <translation>El portátil está detrás de NAT: el túnel llevará ESP dentro de UDP 4500 (RFC 3948), que respondió, así que la ruta de datos está cubierta.</translation>
    </message>
    <message>
        <source>The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948); make sure UDP 4500 is allowed.</source>
        <translation>El portátil está detrás de NAT: el túnel llevará ESP dentro de UDP 4500 (RFC 3948); asegúrese de que UDP 4500 esté permitido.</translation>
    </message>
    <message>
        <source>The IKE answer carried no NAT detection, so whether ESP will travel in UDP 4500 is unknown: allow ESP (IP protocol 50) both ways to %1 as well as UDP 4500.</source>
        <translation>La respuesta IKE no incluía detección de NAT, así que no se sabe si ESP viajará en UDP 4500: permita ESP (protocolo IP 50) en ambos sentidos hacia %1, además de UDP 4500.</translation>
    </message>
    <message>
        <source>No NAT was detected: ESP (IP protocol 50) itself must be allowed both ways between the gateway and %1.</source>
        <translation>No se detectó NAT: ESP (protocolo IP 50) en sí debe permitirse en ambos sentidos entre el gateway y %1.</translation>
    </message>
    <message>
        <source>Allow IP protocol 50 (ESP) both ways between the gateway&apos;s LAN and %1 (%2), or make sure the path uses NAT so that ESP travels in UDP 4500.</source>
        <translation>Permita el protocolo IP 50 (ESP) en ambos sentidos entre la LAN del gateway y %1 (%2), o haga que la ruta use NAT para que ESP viaje en UDP 4500.</translation>
    </message>
    <message>
        <source>The certificate of %1 port %2 was issued by &quot;%3&quot;, while the other %4 servers present certificates from &quot;%5&quot;: something in the path (TLS inspection) replaces the server&apos;s certificate.</source>
        <translation>El certificado de %1 puerto %2 lo emitió «%3», mientras que los demás servidores %4 presentan certificados de «%5»: algo en la ruta (inspección TLS) sustituye el certificado del servidor.</translation>
    </message>
    <message>
        <source>The host answered on %1/%2 though: only ICMP is blocked on the path.</source>
        <translation>Sin embargo, el host respondió en %1/%2: solo ICMP está bloqueado en la ruta.</translation>
    </message>
    <message>
        <source>This laptop is set to reach the Internet through a web proxy (%1): the base station cannot use one, so the direct path must be opened.</source>
        <translation>Este portátil está configurado para acceder a Internet a través de un proxy web (%1): la estación base no puede usarlo, así que hay que abrir el camino directo.</translation>
    </message>
    <message>
        <source>IKE answered on UDP 500 but not on UDP 4500: the tunnel would stall right after NAT detection, where IKE moves to UDP 4500, and ESP, which travels inside UDP 4500 behind NAT, would not get through either.</source>
        <translation>IKE respondió en UDP 500 pero no en UDP 4500: el túnel se detendría justo después de la detección de NAT, cuando IKE pasa a UDP 4500, y ESP, que viaja dentro de UDP 4500 detrás de NAT, tampoco pasaría.</translation>
    </message>
    <message>
        <source>Allow UDP 4500 both ways between the gateway&apos;s LAN and %1 (%2): IKE moves there after its first exchange, and ESP travels in it behind NAT.</source>
        <translation>Permita UDP 4500 en ambos sentidos entre la LAN del gateway y %1 (%2): IKE pasa a él tras su primer intercambio, y ESP viaja dentro de él detrás de NAT.</translation>
    </message>
    <message>
        <source>The same host answered IKE on UDP 500, so the tunnel would start and then stall after NAT detection, when IKE moves to UDP 4500 (and ESP with it, behind NAT).</source>
        <translation>El mismo host respondió a IKE en UDP 500, así que el túnel empezaría y luego se detendría tras la detección de NAT, cuando IKE pasa a UDP 4500 (y ESP con él, detrás de NAT).</translation>
    </message>
    <message>
        <source>Allow UDP 4500 both ways between the gateway&apos;s LAN and %1 (%2), as UDP 500 already is: IKE moves to 4500 after its first exchange, and ESP travels in it behind NAT.</source>
        <translation>Permita UDP 4500 en ambos sentidos entre la LAN del gateway y %1 (%2), como ya lo está UDP 500: IKE pasa a 4500 tras su primer intercambio, y ESP viaja dentro de él detrás de NAT.</translation>
    </message>
    <message>
        <source>The ICMP check to %1 found why: packets larger than %2 bytes are lost on this path without a &quot;fragmentation needed&quot; answer (a path-MTU black hole), so the server&apos;s first full-size packet never arrived.</source>
        <translation>La comprobación ICMP hacia %1 encontró el motivo: los paquetes de más de %2 bytes se pierden en esta ruta sin una respuesta «fragmentation needed» (un agujero negro de MTU de ruta), así que el primer paquete de tamaño completo del servidor nunca llegó.</translation>
    </message>
    <message>
        <source>Ask for TCP MSS clamping to %1 bytes (the path MTU of %2 minus 40) on the router or firewall of the gateway&apos;s uplink, or for ICMP &quot;fragmentation needed&quot; (type 3 code 4) to be let through to the gateway&apos;s LAN, so that the path MTU is found.</source>
        <translation>Pida un ajuste del MSS de TCP (MSS clamping) a %1 bytes (la MTU de ruta de %2 menos 40) en el router o el firewall del enlace de subida del gateway, o que se deje pasar el ICMP «fragmentation needed» (tipo 3 código 4) hacia la LAN del gateway, para que se encuentre la MTU de la ruta.</translation>
    </message>
</context>
<context>
    <name>DhcpText</name>
    <message>
        <source>%1 from the DHCP server %2</source>
        <translation>%1 del servidor DHCP %2</translation>
    </message>
    <message>
        <source>The laptop got its address by DHCP: %1.</source>
        <translation>El portátil obtuvo su dirección por DHCP: %1.</translation>
    </message>
    <message>
        <source>A static address (no DHCP) is set on %1.</source>
        <translation>Hay una dirección estática (sin DHCP) configurada en %1.</translation>
    </message>
    <message>
        <source>Old DHCP leases were found, but none for an address the laptop holds now: the system does not say how it got its current address.</source>
        <translation>Se encontraron concesiones DHCP antiguas, pero ninguna para una dirección que el portátil tenga ahora: el sistema no indica cómo obtuvo su dirección actual.</translation>
    </message>
    <message>
        <source>The system does not say whether the laptop&apos;s address came from DHCP.</source>
        <translation>El sistema no indica si la dirección del portátil procede de DHCP.</translation>
    </message>
</context>
<context>
    <name>EnvironmentAdviceText</name>
    <message>
        <source>A VPN is up on this laptop (%1): traffic may leave through it instead of the site&apos;s network, so the checks may test the VPN&apos;s path rather than the gateway&apos;s. Disconnect the VPN and run the checks again.</source>
        <translation>Hay una VPN activa en este portátil (%1): el tráfico puede salir por ella en lugar de por la red del sitio, así que las comprobaciones pueden probar la ruta de la VPN en vez de la del gateway. Desconecte la VPN y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <source>This laptop is on Wi-Fi (%1), while the base station will be wired: Wi-Fi is often another VLAN with other firewall rules. Plug the laptop into the gateway&apos;s cable or switch port for the closest result.</source>
        <translation>Este portátil está en Wi-Fi (%1), mientras que la estación base irá por cable: la Wi-Fi suele ser otra VLAN con otras reglas de firewall. Conecte el portátil al cable o al puerto del switch del gateway para obtener el resultado más fiel.</translation>
    </message>
</context>
<context>
    <name>EspProbe</name>
    <message>
        <source>ESP (IP protocol 50) to %1 cannot be tested from a laptop: it needs administrator rights and an established IPsec tunnel.</source>
        <translation>ESP (protocolo IP 50) hacia %1 no se puede probar desde un portátil: requiere derechos de administrador y un túnel IPsec establecido.</translation>
    </message>
</context>
<context>
    <name>GatewayBlockText</name>
    <message>
        <source>the text is larger than %1 KiB: paste only the result block</source>
        <translation>el texto supera %1 KiB: pegue solo el bloque de resultados</translation>
    </message>
    <message>
        <source>no result block: the text has no line &quot;%1&quot;. Copy the block the gateway script printed, from its BEGIN line to its END line.</source>
        <translation>no hay bloque de resultados: el texto no tiene la línea «%1». Copie el bloque que mostró el script de pasarela, de su línea BEGIN a su línea END.</translation>
    </message>
    <message>
        <source>the text holds %1 result blocks: paste one</source>
        <translation>el texto contiene %1 bloques de resultados: pegue uno solo</translation>
    </message>
    <message>
        <source>the result block is cut short: its END line is missing. Copy it again, from its BEGIN line to its END line.</source>
        <translation>el bloque de resultados está cortado: falta su línea END. Cópielo de nuevo, de su línea BEGIN a su línea END.</translation>
    </message>
    <message>
        <source>the result block has no sum line before its END line: it was cut or changed</source>
        <translation>el bloque de resultados no tiene línea de suma antes de su línea END: se cortó o se modificó</translation>
    </message>
    <message>
        <source>the result block&apos;s sum line is not one this tpready knows (sha256, md5 or cksum)</source>
        <translation>la línea de suma del bloque de resultados no es de un tipo que este tpready conozca (sha256, md5 o cksum)</translation>
    </message>
    <message>
        <source>the result block is cut short: it counts %1 lines, %2 arrived</source>
        <translation>el bloque de resultados está cortado: cuenta %1 líneas, llegaron %2</translation>
    </message>
    <message>
        <source>the result block has no line count before its sum: it was cut or changed</source>
        <translation>el bloque de resultados no tiene recuento de líneas antes de su suma: se cortó o se modificó</translation>
    </message>
    <message>
        <source>the result block&apos;s %1 sum does not match its content: it was changed after the gateway printed it. Run the script again and copy the block as it is.</source>
        <translation>la suma %1 del bloque de resultados no coincide con su contenido: se modificó después de que la pasarela lo mostrara. Ejecute el script de nuevo y copie el bloque tal cual.</translation>
    </message>
    <message>
        <source>line %1 of the result block is not a check result: &quot;%2&quot;</source>
        <translation>la línea %1 del bloque de resultados no es un resultado de comprobación: «%2»</translation>
    </message>
    <message>
        <source>the result block holds the check &quot;%1&quot; twice</source>
        <translation>el bloque de resultados contiene dos veces la comprobación «%1»</translation>
    </message>
    <message>
        <source>line %1 of the result block is not one of its own: &quot;%2&quot;</source>
        <translation>la línea %1 del bloque de resultados no le pertenece: «%2»</translation>
    </message>
    <message>
        <source>the result block&apos;s format is &quot;%1&quot;; this tpready reads %2</source>
        <translation>el formato del bloque de resultados es «%1»; este tpready lee %2</translation>
    </message>
    <message>
        <source>these gateway results are for another plan (%1, plan %2), not this report&apos;s (plan %3): make the gateway script with the same selection as the check</source>
        <translation>estos resultados de pasarela son de otro plan (%1, plan %2), no del de este informe (plan %3): genere el script de pasarela con la misma selección que la comprobación</translation>
    </message>
    <message>
        <source>the gateway results hold a check this report does not: &quot;%1&quot;</source>
        <translation>los resultados de la pasarela contienen una comprobación que este informe no tiene: «%1»</translation>
    </message>
    <message numerus="yes">
        <source>the gateway results lack %n of this report&apos;s checks (&quot;%1&quot;...)</source>
        <translation>
            <numerusform>a los resultados de la pasarela les falta %n comprobación de este informe («%1»...)</numerusform>
            <numerusform>a los resultados de la pasarela les faltan %n comprobaciones de este informe («%1»...)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayText</name>
    <message>
        <source>Passes from the laptop, blocked from the gateway (%1): the gateway&apos;s port or VLAN has other rules, or its resolver gives another address.</source>
        <translation>Pasa desde el portátil, bloqueado desde la pasarela (%1): el puerto o la VLAN de la pasarela tienen otras reglas, o su resolvedor da otra dirección.</translation>
    </message>
    <message>
        <source>Blocked from the laptop (%1), passes from the gateway: the laptop&apos;s own network or firewall is in the way, not the gateway&apos;s.</source>
        <translation>Bloqueado desde el portátil (%1), pasa desde la pasarela: estorba la red o el cortafuegos del portátil, no los de la pasarela.</translation>
    </message>
    <message>
        <source>The laptop says %1 (%2), the gateway says %3 (%4).</source>
        <translation>El portátil dice %1 (%2), la pasarela dice %3 (%4).</translation>
    </message>
    <message>
        <source>Both got through, but to other addresses: %1 from the laptop, %2 from the gateway. Their resolvers answer differently (a name with several addresses does that too).</source>
        <translation>Ambos pasan, pero hacia otras direcciones: %1 desde el portátil, %2 desde la pasarela. Sus resolvedores responden distinto (un nombre con varias direcciones también lo hace).</translation>
    </message>
    <message>
        <source>The gateway asks the resolver(s) %1, not the DNS servers the plan was checked with (%2): its names may resolve otherwise than the laptop&apos;s.</source>
        <translation>La pasarela consulta el/los resolvedor(es) %1, no los servidores DNS con los que se comprobó el plan (%2): sus nombres pueden resolverse de otro modo que los del portátil.</translation>
    </message>
    <message>
        <source>report key gateway.schema is not %1</source>
        <translation>la clave gateway.schema del informe no es %1</translation>
    </message>
    <message>
        <source>report key gateway.checks[%1] holds an unknown protocol, transport, verdict, reason or port</source>
        <translation>la clave gateway.checks[%1] del informe contiene un protocolo, transporte, veredicto, motivo o puerto desconocidos</translation>
    </message>
</context>
<context>
    <name>HostInputText</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1: campo vacío.</translation>
    </message>
    <message>
        <source>The %1 is longer than 253 characters.</source>
        <translation>%1: más de 253 caracteres.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a URL: give only the host name or IP address.</source>
        <translation>%1 «%2»: es una URL; indique solo el nombre de host o la dirección IP.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; includes a port: give only the host name or IP address, the ports come from the flow table.</source>
        <translation>%1 «%2»: incluye un puerto; indique solo el nombre de host o la dirección IP, los puertos salen de la tabla de flujos.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; has brackets: write the IPv6 address without them.</source>
        <translation>%1 «%2»: tiene corchetes; escriba la dirección IPv6 sin ellos.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; has an IPv6 zone: give a global address.</source>
        <translation>%1 «%2»: tiene una zona IPv6; indique una dirección global.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a valid IPv4 address.</source>
        <translation>%1 «%2»: no es una dirección IPv4 válida.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is neither a host name nor an IP address.</source>
        <translation>%1 «%2»: no es ni un nombre de host ni una dirección IP.</translation>
    </message>
    <message>
        <source>The DNS server is empty.</source>
        <translation>El servidor DNS está vacío.</translation>
    </message>
    <message>
        <source>The DNS server &apos;%1&apos; is not an IP address: a resolver is given by its address.</source>
        <translation>El servidor DNS «%1» no es una dirección IP: un resolvedor se indica por su dirección.</translation>
    </message>
</context>
<context>
    <name>Iec104Text</name>
    <message>
        <source>Port %1 answered the IEC 104 TESTFR with %2: &quot;%3&quot;.</source>
        <translation>El puerto %1 respondió al TESTFR de IEC 104 con %2: «%3».</translation>
    </message>
    <message>
        <source>Port %1 answered with bytes that look like IEC 104 but break its framing (%2): %3.</source>
        <translation>El puerto %1 respondió con bytes que parecen IEC 104 pero rompen su entramado (%2): %3.</translation>
    </message>
    <message>
        <source>Port %1 answered the IEC 104 TESTFR with bytes that are not IEC 104: %2.</source>
        <translation>El puerto %1 respondió al TESTFR de IEC 104 con bytes que no son IEC 104: %2.</translation>
    </message>
    <message>
        <source>An IEC 104 station answered on port %1: TESTFR act was confirmed (TESTFR con).</source>
        <translation>Una estación IEC 104 respondió en el puerto %1: se confirmó TESTFR act (TESTFR con).</translation>
    </message>
    <message>
        <source>Port %1 sent %2 IEC 104 frames but never confirmed the TESTFR.</source>
        <translation>El puerto %1 envió %2 tramas IEC 104 pero nunca confirmó el TESTFR.</translation>
    </message>
    <message>
        <source>Port %1 sent more than %2 bytes without a TESTFR con.</source>
        <translation>El puerto %1 envió más de %2 bytes sin un TESTFR con.</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after %2, without a TESTFR con.</source>
        <translation>El puerto %1 cerró la conexión tras %2, sin un TESTFR con.</translation>
    </message>
    <message>
        <source>Port %1 sent %2 but no TESTFR con within %3 ms.</source>
        <translation>El puerto %1 envió %2 pero ningún TESTFR con en %3 ms.</translation>
    </message>
    <message>
        <source>IEC 104 answered inside the verified TLS session with %1: TESTFR act was confirmed by TESTFR con (%2, certificate issued by &quot;%3&quot;).</source>
        <translation>IEC 104 respondió dentro de la sesión TLS verificada con %1: TESTFR act fue confirmado por TESTFR con (%2, certificado emitido por «%3»).</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 carries something other than IEC 104: %2 (&quot;%3&quot;).</source>
        <translation>La sesión TLS verificada con %1 transporta algo distinto de IEC 104: %2 («%3»).</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed without a TESTFR con to our TESTFR act.</source>
        <translation>La sesión TLS verificada con %1 se cerró sin un TESTFR con a nuestro TESTFR act.</translation>
    </message>
    <message>
        <source>The TLS session with %1 is verified, but no TESTFR con answered our TESTFR act within %2 ms: no IEC 104 server behind the TLS front end.</source>
        <translation>La sesión TLS con %1 está verificada, pero ningún TESTFR con respondió a nuestro TESTFR act en %2 ms: no hay servidor IEC 104 detrás del frontal TLS.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed without an answer to the IEC 104 TESTFR: an application-aware firewall, an IPS or a proxy that cuts IEC 104 sessions after their first frame, or a station that accepts only the client addresses it is configured for (this laptop may be refused where the gateway would be accepted).</source>
        <translation>La conexión TCP al puerto %1 se aceptó y luego se cerró sin respuesta al TESTFR de IEC 104: un firewall que reconoce aplicaciones, un IPS o un proxy que corta las sesiones IEC 104 tras su primera trama, o una estación que solo acepta las direcciones de cliente para las que está configurada (este portátil puede ser rechazado donde el gateway sería aceptado).</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted but the IEC 104 TESTFR got no answer within %2 ms: an application-aware firewall or an IPS holds the session, a transparent proxy or a port redirection holds the port, or the station accepts only the client addresses it is configured for and ignores this laptop while it would answer the gateway.</source>
        <translation>La conexión TCP al puerto %1 se aceptó pero el TESTFR de IEC 104 no obtuvo respuesta en %2 ms: un firewall que reconoce aplicaciones o un IPS retiene la sesión, un proxy transparente o una redirección de puerto ocupa el puerto, o la estación solo acepta las direcciones de cliente para las que está configurada e ignora este portátil mientras respondería al gateway.</translation>
    </message>
</context>
<context>
    <name>PdfReportText</name>
    <message>
        <source>PASS</source>
        <translation>CORRECTO</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>OMITIDO</translation>
    </message>
    <message>
        <source>ThingPark readiness report</source>
        <translation>Informe de preparación para ThingPark</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Every MUST flow was proven reachable from this site&apos;s network.</source>
        <translation>Se ha demostrado que cada flujo MUST es alcanzable desde la red de este sitio.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some checks need attention: see the warnings below.</source>
        <translation>Ningún flujo MUST falló, pero algunas comprobaciones requieren atención: vea los avisos a continuación.</translation>
    </message>
    <message numerus="yes">
        <source>%n MUST check(s) failed: the firewall change request below lists what to open.</source>
        <translation>
            <numerusform>%n comprobación MUST falló: la solicitud de cambio del firewall que sigue indica qué hay que abrir.</numerusform>
            <numerusform>%n comprobaciones MUST fallaron: la solicitud de cambio del firewall que sigue indica qué hay que abrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warn, %4 info, %5 skipped, out of %6 checks.</source>
        <translation>Correctas: %1, fallidas: %2, avisos: %3, info: %4, omitidas: %5, de un total de %6 comprobaciones.</translation>
    </message>
    <message>
        <source>Site and run</source>
        <translation>Sitio y ejecución</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Id. del gateway</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Report SHA-256</source>
        <translation>SHA-256 del informe</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>TPE</source>
        <translation>TPE</translation>
    </message>
    <message>
        <source>TPE mode</source>
        <translation>Modo del TPE</translation>
    </message>
    <message>
        <source>high availability</source>
        <translation>alta disponibilidad</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>independiente</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>LRR version</source>
        <translation>Versión del LRR</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>NTP servers</source>
        <translation>Servidores NTP</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
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
        <translation>(red local)</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Req.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Solicitud de cambio del firewall</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>en ambos sentidos</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Protocol/port</source>
        <translation>Protocolo/puerto</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>What this test can and cannot prove</source>
        <translation>Lo que esta prueba puede y no puede demostrar</translation>
    </message>
    <message>
        <source>The checks ran from a laptop on the gateway&apos;s LAN. They prove what this network lets through for that laptop. The gateway may still be treated differently: by its own address or MAC address (port security, 802.1X, firewall rules per host), by another VLAN, by another NAT or route, by its own DNS and clock. ESP (IP protocol 50) cannot be tested without the gateway&apos;s credentials. Run the test on the gateway&apos;s own cable or VLAN for the closest result.</source>
        <translation>Las comprobaciones se ejecutaron desde un portátil en la LAN del gateway. Demuestran lo que esta red deja pasar para ese portátil. El gateway aún puede recibir otro trato: por su propia dirección o dirección MAC (seguridad de puerto, 802.1X, reglas de firewall por host), por otra VLAN, por otro NAT u otra ruta, por su propio DNS y su propio reloj. ESP (protocolo IP 50) no se puede probar sin las credenciales del gateway. Ejecute la prueba en el cable o la VLAN del gateway para obtener el resultado más fiel.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>, down</source>
        <translation>, desactivada</translation>
    </message>
    <message>
        <source>[default route]</source>
        <translation>[ruta predeterminada]</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Puerta de enlace predeterminada</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Desfase del reloj</translation>
    </message>
    <message>
        <source>%1 ms (against %2)</source>
        <translation>%1 ms (respecto a %2)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Pendiente: %1</translation>
    </message>
    <message>
        <source>(more evidence in the JSON report)</source>
        <translation>(más evidencias en el informe JSON)</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON report saved with this PDF:</source>
        <translation>SHA-256 del informe JSON guardado con este PDF:</translation>
    </message>
    <message>
        <source>Compute it with &apos;sha256sum FILE.json&apos; (or &apos;certutil -hashfile FILE.json SHA256&apos; on Windows) to check that both describe the same run.</source>
        <translation>Calcúlelo con «sha256sum ARCHIVO.json» (o «certutil -hashfile ARCHIVO.json SHA256» en Windows) para comprobar que ambos describen la misma ejecución.</translation>
    </message>
    <message>
        <source>ThingPark readiness report: %1</source>
        <translation>Informe de preparación para ThingPark: %1</translation>
    </message>
    <message>
        <source>unnamed site</source>
        <translation>sitio sin nombre</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo iniciar el PDF</translation>
    </message>
    <message>
        <source>the PDF layout was not stable (%1 pages, then %2)</source>
        <translation>la maquetación del PDF no fue estable (%1 páginas, luego %2)</translation>
    </message>
    <message>
        <source>cannot write %1: it is a directory</source>
        <translation>no se puede escribir %1: es un directorio</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>No hace falta ningún cambio: todos los flujos probados pasaron.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention.</source>
        <translation>No falta ninguna regla de firewall, pero lo siguiente requiere atención.</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>no disponible en este sistema</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró</translation>
    </message>
    <message>
        <source>Uplink quality</source>
        <translation>Calidad del enlace de subida</translation>
    </message>
    <message>
        <source>No ICMP check got an answer: nothing is known of the uplink&apos;s loss, round trip and path MTU.</source>
        <translation>Ninguna comprobación ICMP obtuvo respuesta: no se sabe nada de la pérdida, la ida y vuelta ni la MTU de ruta del enlace de subida.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (black hole)</source>
        <translation>%1 (agujero negro)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Round trip ms (min / avg / max)</source>
        <translation>Ida y vuelta ms (mín. / media / máx.)</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Jitter ms</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>MTU de ruta</translation>
    </message>
    <message>
        <source>Nothing here is poor enough to hurt the base station&apos;s link (warnings from %1 % loss, %2 ms average round trip, %3 ms jitter, a path-MTU black hole, or a path MTU under 1500 bytes for IPsec).</source>
        <translation>Nada de esto es lo bastante malo como para perjudicar el enlace de la estación base (avisos a partir de %1 % de pérdida, %2 ms de ida y vuelta media, %3 ms de jitter, un agujero negro de MTU de ruta, o una MTU de ruta inferior a 1500 bytes para IPsec).</translation>
    </message>
</context>
<context>
    <name>PdfSectionText</name>
    <message>
        <source>(local network)</source>
        <translation>(red local)</translation>
    </message>
    <message>
        <source>From the gateway</source>
        <translation>Desde la pasarela</translation>
    </message>
    <message>
        <source>The base station ran the checks itself (tpready gateway-script) and its result block was merged. Where it tested a check, its verdict counts for the verdict above; the laptop alone said %1.</source>
        <translation>La estación base ejecutó las comprobaciones ella misma (tpready gateway-script) y su bloque de resultados se fusionó. Donde probó una comprobación, su veredicto cuenta para el veredicto de arriba; el portátil solo decía: %1.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Its resolvers</source>
        <translation>Sus resolvedores</translation>
    </message>
    <message>
        <source>Its tools</source>
        <translation>Sus herramientas</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Block sum</source>
        <translation>Suma del bloque</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>The two views agree wherever both tested a check.</source>
        <translation>Las dos vistas coinciden allí donde ambas probaron una comprobación.</translation>
    </message>
    <message>
        <source>Where the views disagree:</source>
        <translation>Donde las vistas discrepan:</translation>
    </message>
    <message>
        <source>Since the earlier report</source>
        <translation>Desde el informe anterior</translation>
    </message>
    <message>
        <source>Compared with the report of %1 (%2).</source>
        <translation>Comparado con el informe del %1 (%2).</translation>
    </message>
    <message>
        <source>The earlier report is for another selection: only the checks both reports share are compared.</source>
        <translation>El informe anterior es de otra selección: solo se comparan las comprobaciones que comparten ambos informes.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Newly failing</source>
        <translation>Fallan de nuevo</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Siguen fallando</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corregidas</translation>
    </message>
    <message>
        <source>Not checked in both</source>
        <translation>No comprobadas en ambos</translation>
    </message>
    <message>
        <source>Unchanged and not failing: %1.</source>
        <translation>Sin cambios y sin fallos: %1.</translation>
    </message>
</context>
<context>
    <name>PlanExportText</name>
    <message>
        <source>TPE %1 (high availability)</source>
        <translation>TPE %1 (alta disponibilidad)</translation>
    </message>
    <message>
        <source>TPE %1 (standalone)</source>
        <translation>TPE %1 (independiente)</translation>
    </message>
    <message>
        <source>LRR version %1</source>
        <translation>versión del LRR %1</translation>
    </message>
    <message>
        <source>current LRR version</source>
        <translation>versión actual del LRR</translation>
    </message>
    <message>
        <source>this network&apos;s DHCP server (found by broadcast)</source>
        <translation>el servidor DHCP de esta red (encontrado por difusión)</translation>
    </message>
    <message>
        <source>no DNS server found on this laptop: give the one the gateway will use</source>
        <translation>no se encontró ningún servidor DNS en este portátil: indique el que usará el gateway</translation>
    </message>
    <message>
        <source>(this laptop&apos;s resolvers)</source>
        <translation>(resolvedores de este portátil)</translation>
    </message>
    <message>
        <source>Flow %1 is left out: it applies only to LRR version %2 and later, and this site&apos;s LRR is %3.</source>
        <translation>Se omite el flujo %1: solo se aplica a partir de la versión %2 del LRR, y el LRR de este sitio es la versión %3.</translation>
    </message>
    <message>
        <source>%1 on the local network</source>
        <translation>%1 en la red local</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4) is not reached directly: the base station reaches it through flow %5 on TCP/%6 to SLRC.</source>
        <translation>%1 %2 (%3 %4) no se alcanza directamente: la estación base lo alcanza mediante el flujo %5 en TCP/%6 hacia SLRC.</translation>
    </message>
    <message>
        <source>%1 %2 is not reached directly: its traffic travels inside the IPsec tunnel to SLRC (flow %3).</source>
        <translation>%1 %2 no se alcanza directamente: su tráfico viaja dentro del túnel IPsec hacia SLRC (flujo %3).</translation>
    </message>
    <message>
        <source>From %1 / %2 to %3 / %4, %5</source>
        <translation>De %1 / %2 a %3 / %4, %5</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
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
        <translation>Comprobaciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flujo</numerusform>
            <numerusform>%n flujos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n comprobación</numerusform>
            <numerusform>%n comprobaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>La comprobación se canceló antes de terminar.</translation>
    </message>
</context>
<context>
    <name>ProtocolText</name>
    <message>
        <source>an HTTP response (a web server, proxy or captive portal)</source>
        <translation>una respuesta HTTP (un servidor web, un proxy o un portal cautivo)</translation>
    </message>
    <message>
        <source>a TLS record (a TLS server)</source>
        <translation>un registro TLS (un servidor TLS)</translation>
    </message>
    <message>
        <source>an SSH identification line (an SSH server)</source>
        <translation>una línea de identificación SSH (un servidor SSH)</translation>
    </message>
    <message>
        <source>a numbered text greeting (an FTP or SMTP server)</source>
        <translation>un saludo de texto numerado (un servidor FTP o SMTP)</translation>
    </message>
    <message>
        <source>an HTML page (a web server or captive portal)</source>
        <translation>una página HTML (un servidor web o un portal cautivo)</translation>
    </message>
    <message>
        <source>an IEC 104 frame</source>
        <translation>una trama IEC 104</translation>
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
        <translation>Listo</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation>Listo con avisos</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No listo</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>LISTO</translation>
    </message>
    <message>
        <source>READY WITH WARNINGS</source>
        <translation>LISTO CON AVISOS</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NO LISTO</translation>
    </message>
</context>
<context>
    <name>ReportFilesText</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: not a regular file</source>
        <translation>no se puede escribir %1: no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>the local network</source>
        <translation>la red local</translation>
    </message>
    <message>
        <source>report key %1%2 is missing</source>
        <translation>falta la clave %1%2 del informe</translation>
    </message>
    <message>
        <source>report key %1%2 has the wrong type</source>
        <translation>la clave %1%2 del informe tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>the report is larger than %1 MiB</source>
        <translation>el informe supera %1 MiB</translation>
    </message>
    <message>
        <source>the report is not valid JSON (offset %1: %2)</source>
        <translation>el informe no es JSON válido (posición %1: %2)</translation>
    </message>
    <message>
        <source>the report is not a JSON object</source>
        <translation>el informe no es un objeto JSON</translation>
    </message>
    <message>
        <source>the report&apos;s schema is &apos;%1&apos;, not %2</source>
        <translation>el esquema del informe es «%1», no %2</translation>
    </message>
    <message>
        <source>report key started_at or finished_at is not an ISO 8601 date</source>
        <translation>la clave started_at o finished_at del informe no es una fecha ISO 8601</translation>
    </message>
    <message>
        <source>report key %1 holds an unknown requirement, protocol, transport, verdict or reason</source>
        <translation>la clave %1 del informe contiene un requisito, protocolo, transporte, veredicto o motivo desconocido</translation>
    </message>
    <message>
        <source>Make sure the site&apos;s DNS resolver answers for %1 (and that the gateway may reach it on UDP and TCP 53).</source>
        <translation>Asegúrese de que el resolvedor DNS del sitio responda para %1 (y de que el gateway pueda alcanzarlo por UDP y TCP 53).</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2, and its replies back: today the packets are silently dropped.</source>
        <translation>Permita %1 desde la LAN del gateway hacia %2, y sus respuestas de vuelta: ahora mismo los paquetes se descartan sin aviso.</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2: a firewall rejects it, or nothing listens there.</source>
        <translation>Permita %1 desde la LAN del gateway hacia %2: un firewall lo rechaza, o no hay nada escuchando ahí.</translation>
    </message>
    <message>
        <source>Give the gateway&apos;s LAN a route to %1: the network answers that it is unreachable.</source>
        <translation>Dé a la LAN del gateway una ruta hacia %1: la red responde que es inalcanzable.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is not trusted: if a device in the path presents its own, exempt this destination from TLS inspection.</source>
        <translation>El certificado presentado para %1 no es de confianza: si un equipo de la ruta presenta el suyo, excluya este destino de la inspección TLS.</translation>
    </message>
    <message>
        <source>Exempt %1 (%2) from TLS/SSL inspection on the proxy or firewall: the base station only accepts ThingPark&apos;s own certificate.</source>
        <translation>Excluya %1 (%2) de la inspección TLS/SSL en el proxy o el firewall: la estación base solo acepta el certificado propio de ThingPark.</translation>
    </message>
    <message>
        <source>Let %1 to %2 through unmodified: something other than the expected server answers it (a transparent proxy, captive portal or port redirection).</source>
        <translation>Deje pasar %1 hacia %2 sin modificar: responde algo distinto del servidor esperado (un proxy transparente, un portal cautivo o una redirección de puerto).</translation>
    </message>
    <message>
        <source>Set the laptop&apos;s clock right and make sure the gateway can reach its NTP server: certificates are checked against the clock.</source>
        <translation>Ponga en hora el reloj del portátil y asegúrese de que el gateway puede alcanzar su servidor NTP: los certificados se comprueban con el reloj.</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2 directly: the base station cannot use a web proxy.</source>
        <translation>Permita %1 desde la LAN del gateway hacia %2 directamente: la estación base no puede usar un proxy web.</translation>
    </message>
    <message>
        <source>Run the check again; if it persists, send this report to support.</source>
        <translation>Ejecute de nuevo la comprobación; si persiste, envíe este informe al soporte.</translation>
    </message>
    <message>
        <source>report key %1%2 is out of range</source>
        <translation>la clave %1%2 del informe está fuera de rango</translation>
    </message>
    <message>
        <source>Allow %1 to %2 as the application %3, not only as a port, from the gateway&apos;s LAN: the connection opens, then something in the path (an application-aware firewall, an IPS or a proxy) cuts it before the exchange completes.</source>
        <translation>Permita %1 hacia %2 como la aplicación %3, no solo como un puerto, desde la LAN del gateway: la conexión se abre y luego algo en la ruta (un cortafuegos que reconoce aplicaciones, un IPS o un proxy) la corta antes de que termine el intercambio.</translation>
    </message>
    <message>
        <source>Allow %1 to %2 as the application %3, not only as a port, from the gateway&apos;s LAN: the connection opens, then the exchange stops. An application-aware firewall, an IPS or a proxy holds it, or the path drops large packets (ask for TCP MSS clamping if the uplink is PPPoE or a tunnel).</source>
        <translation>Permita %1 hacia %2 como la aplicación %3, no solo como un puerto, desde la LAN del gateway: la conexión se abre y luego el intercambio se detiene. Un cortafuegos que reconoce aplicaciones, un IPS o un proxy lo retiene, o la ruta descarta los paquetes grandes (pida TCP MSS clamping si el enlace es PPPoE o un túnel).</translation>
    </message>
</context>
<context>
    <name>RunOptionsText</name>
    <message>
        <source>no readable file there</source>
        <translation>no hay ningún archivo legible ahí</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB</source>
        <translation>el archivo supera 4 MiB</translation>
    </message>
    <message>
        <source>the file holds no PEM certificate</source>
        <translation>el archivo no contiene ningún certificado PEM</translation>
    </message>
</context>
<context>
    <name>SelectionText</name>
    <message>
        <source>A self-hosted deployment needs the address of at least one TPE node.</source>
        <translation>Un despliegue autoalojado necesita la dirección de al menos un nodo TPE.</translation>
    </message>
    <message>
        <source>Too many TPE addresses: %1 given, at most %2.</source>
        <translation>Demasiadas direcciones TPE: se indicaron %1, como máximo %2.</translation>
    </message>
    <message>
        <source>Too many NTP servers: %1 given, at most %2.</source>
        <translation>Demasiados servidores NTP: se indicaron %1, como máximo %2.</translation>
    </message>
    <message>
        <source>Too many DNS servers: %1 given, at most %2.</source>
        <translation>Demasiados servidores DNS: se indicaron %1, como máximo %2.</translation>
    </message>
    <message>
        <source>TPE address</source>
        <translation>Dirección del TPE</translation>
    </message>
    <message>
        <source>NTP server</source>
        <translation>Servidor NTP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice.</source>
        <translation>«%1» se indica dos veces.</translation>
    </message>
    <message>
        <source>The transport %1 (LRR with neither IPsec nor TLS) exists only for self-hosted deployments.</source>
        <translation>El transporte %1 (LRR sin IPsec ni TLS) solo existe para despliegues autoalojados.</translation>
    </message>
    <message>
        <source>TPE addresses apply only to self-hosted deployments; a SaaS deployment uses a platform.</source>
        <translation>Las direcciones TPE solo se aplican a despliegues autoalojados; un despliegue SaaS usa una plataforma.</translation>
    </message>
    <message>
        <source>A SaaS deployment needs a platform: one of %1.</source>
        <translation>Un despliegue SaaS necesita una plataforma, una de: %1.</translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;: choose one of %2.</source>
        <translation>Plataforma desconocida «%1»: elija una de %2.</translation>
    </message>
    <message>
        <source>A platform applies only to SaaS deployments; a self-hosted deployment uses TPE addresses.</source>
        <translation>Una plataforma solo se aplica a despliegues SaaS; un despliegue autoalojado usa direcciones TPE.</translation>
    </message>
    <message>
        <source>An LRR version applies only to the LRR transports, not to %1.</source>
        <translation>Una versión del LRR solo se aplica a los transportes LRR, no a %1.</translation>
    </message>
    <message>
        <source>The catalog has no table for %1 with %2.</source>
        <translation>El catálogo no tiene ninguna tabla para %1 con %2.</translation>
    </message>
</context>
<context>
    <name>SshText</name>
    <message>
        <source>An SSH server answered on port %1 but speaks protocol %2, not SSH 2: %3.</source>
        <translation>Un servidor SSH respondió en el puerto %1 pero habla el protocolo %2, no SSH 2: %3.</translation>
    </message>
    <message>
        <source>Port %1 answered, but not with an SSH identification line: &quot;%2&quot;.</source>
        <translation>El puerto %1 respondió, pero no con una línea de identificación SSH: «%2».</translation>
    </message>
    <message>
        <source>Port %1 answered with %2 instead of an SSH identification line: &quot;%3&quot;.</source>
        <translation>El puerto %1 respondió con %2 en lugar de una línea de identificación SSH: «%3».</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after &quot;%2&quot;, without an SSH identification line.</source>
        <translation>El puerto %1 cerró la conexión tras «%2», sin línea de identificación SSH.</translation>
    </message>
    <message>
        <source>An SSH server answered inside the verified TLS session with %1: %2.</source>
        <translation>Un servidor SSH respondió dentro de la sesión TLS verificada con %1: %2.</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 carries %2 instead of an SSH 2 server: &quot;%3&quot;.</source>
        <translation>La sesión TLS verificada con %1 transporta %2 en lugar de un servidor SSH 2: «%3».</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed without an SSH identification.</source>
        <translation>La sesión TLS verificada con %1 se cerró sin identificación SSH.</translation>
    </message>
    <message>
        <source>The TLS session with %1 is verified, but no SSH identification came within %2 ms: no SSH server behind the TLS front end.</source>
        <translation>La sesión TLS con %1 está verificada, pero no llegó ninguna identificación SSH en %2 ms: no hay servidor SSH detrás del frontal TLS.</translation>
    </message>
    <message>
        <source>An SSH server answered on port %1: %2, then sent its key exchange offer (%3 bytes, %4 first).</source>
        <translation>Un servidor SSH respondió en el puerto %1: %2, y luego envió su oferta de intercambio de claves (%3 bytes, %4 primero).</translation>
    </message>
    <message>
        <source>Port %1 sent an SSH identification (%2), then bytes that are not the SSH key exchange (%3): something that imitates an SSH server, or rewrites the session, holds the port.</source>
        <translation>El puerto %1 envió una identificación SSH (%2) y luego bytes que no son el intercambio de claves SSH (%3): algo que imita a un servidor SSH, o que reescribe la sesión, ocupa el puerto.</translation>
    </message>
    <message>
        <source>An SSH server identified itself on port %1 (%2), then the connection was closed %3 ms after it opened, before the server&apos;s key exchange offer arrived (%4 bytes received): an application-aware firewall, an IPS or a proxy cuts SSH sessions after their first words.</source>
        <translation>Un servidor SSH se identificó en el puerto %1 (%2) y luego la conexión se cerró %3 ms después de abrirse, antes de que llegara su oferta de intercambio de claves (%4 bytes recibidos): un cortafuegos que reconoce aplicaciones, un IPS o un proxy corta las sesiones SSH tras sus primeras palabras.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, where an SSH server sends its identification at once: a firewall, an IPS or a proxy that accepts the connection and then cuts it, or a server that turns this address away.</source>
        <translation>La conexión TCP al puerto %1 fue aceptada y luego cerrada %2 ms después sin un solo byte, cuando un servidor SSH envía su identificación de inmediato: un cortafuegos, un IPS o un proxy que acepta la conexión y luego la corta, o un servidor que rechaza esta dirección.</translation>
    </message>
    <message>
        <source>An SSH server identified itself on port %1 (%2), but its key exchange offer, sent right after, did not arrive in the %3 ms the connection stayed open (%4 bytes received): an application-aware firewall or an IPS holds SSH sessions after their first words, or the path drops large packets (a path-MTU black hole).</source>
        <translation>Un servidor SSH se identificó en el puerto %1 (%2), pero su oferta de intercambio de claves, enviada justo después, no llegó en los %3 ms que la conexión siguió abierta (%4 bytes recibidos): un cortafuegos que reconoce aplicaciones o un IPS retiene las sesiones SSH tras sus primeras palabras, o la ruta descarta los paquetes grandes (un agujero negro de path MTU).</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an SSH server sends its identification at once: a transparent proxy or a port redirection holds the port, or an application-aware firewall or an IPS holds the session.</source>
        <translation>La conexión TCP al puerto %1 fue aceptada, pero no llegó nada en %2 ms, cuando un servidor SSH envía su identificación de inmediato: un proxy transparente o una redirección de puerto ocupa el puerto, o un cortafuegos que reconoce aplicaciones o un IPS retiene la sesión.</translation>
    </message>
    <message>
        <source>Port %1 sent &quot;%2&quot; but no SSH identification line in %3 ms.</source>
        <translation>El puerto %1 envió «%2» pero ninguna línea de identificación SSH en %3 ms.</translation>
    </message>
</context>
<context>
    <name>StatusIconText</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
</context>
<context>
    <name>TcpConnectText</name>
    <message>
        <source>the connection was refused (TCP reset or ICMP port unreachable): nothing listens there, or a firewall rejects it</source>
        <translation>la conexión fue rechazada (reinicio TCP o ICMP puerto inalcanzable): no hay nada escuchando ahí, o un firewall la rechaza</translation>
    </message>
    <message>
        <source>there is no route to the network (ICMP network unreachable, or no route on the laptop)</source>
        <translation>no hay ruta hacia la red (ICMP red inalcanzable, o no hay ruta en el portátil)</translation>
    </message>
    <message>
        <source>the host is unreachable (ICMP host unreachable or administratively prohibited, or no route)</source>
        <translation>el host es inalcanzable (ICMP host inalcanzable o prohibido administrativamente, o no hay ruta)</translation>
    </message>
    <message>
        <source>nothing answered the connection attempt (packets silently dropped)</source>
        <translation>nada respondió al intento de conexión (paquetes descartados sin aviso)</translation>
    </message>
    <message>
        <source>the connection failed (system error %1: %2)</source>
        <translation>la conexión falló (error del sistema %1: %2)</translation>
    </message>
</context>
<context>
    <name>TlsText</name>
    <message>
        <source>certificate name &quot;%1&quot; matches %2</source>
        <translation>el nombre del certificado «%1» coincide con %2</translation>
    </message>
    <message>
        <source>the chain validates only through a root added on this laptop (%1)</source>
        <translation>la cadena solo se valida mediante una raíz añadida en este portátil (%1)</translation>
    </message>
    <message>
        <source>no client certificate demanded where the SLRC&apos;s mTLS front end demands one, with an untrusted chain</source>
        <translation>no se exigió certificado de cliente donde el frontal mTLS del SLRC exige uno, con una cadena que no es de confianza</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it answered our ClientHello with &quot;%2&quot;.</source>
        <translation>%1 no habla TLS: respondió a nuestro ClientHello con «%2».</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it answered with %2 (&quot;%3&quot;), as a web server, proxy or captive portal would.</source>
        <translation>%1 no habla TLS: respondió con %2 («%3»), como lo haría un servidor web, un proxy o un portal cautivo.</translation>
    </message>
    <message>
        <source>%1 answered, but not with TLS (%2): plaintext, a web server or a captive portal holds the port.</source>
        <translation>%1 respondió, pero no con TLS (%2): texto sin cifrar, un servidor web o un portal cautivo ocupa el puerto.</translation>
    </message>
    <message>
        <source>The TLS server at %1 refused the handshake with alert %2 (%3).</source>
        <translation>El servidor TLS en %1 rechazó el protocolo de enlace con la alerta %2 (%3).</translation>
    </message>
    <message>
        <source>A TLS 1.2 hello was refused too (alert %1), so whether it demands a client certificate cannot be seen.</source>
        <translation>También se rechazó un hello de TLS 1.2 (alerta %1), así que no se puede ver si exige un certificado de cliente.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>El protocolo de enlace TLS con %1 falló: %2.</translation>
    </message>
    <message>
        <source>Exempt %1 (TCP %2) from SSL/TLS inspection on the proxy or firewall: the base station accepts only ThingPark&apos;s own certificate and authenticates with its own client certificate, which inspection breaks.</source>
        <translation>Excluya %1 (TCP %2) de la inspección SSL/TLS en el proxy o el firewall: la estación base solo acepta el certificado propio de ThingPark y se autentica con su propio certificado de cliente, lo que la inspección rompe.</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 (issuer &quot;%2&quot;) validates only through &quot;%3&quot;, a root certificate added on this laptop (%4) rather than shipped with the operating system: typical of TLS inspection by a corporate proxy or security software. If that root is your organisation&apos;s own CA for this server, give it as the private CA (Run options in the wizard, --ca on the command line) and run again.</source>
        <translation>La cadena de certificados presentada para %1 (emisor «%2») solo se valida mediante «%3», un certificado raíz añadido en este portátil (%4) en lugar de incluido con el sistema operativo: típico de la inspección TLS de un proxy corporativo o de un software de seguridad. Si esa raíz es la CA propia de su organización para este servidor, indíquela como CA privada (Opciones de ejecución en el asistente, --ca en la línea de comandos) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <source>not in the distribution&apos;s bundle</source>
        <translation>no está en el almacén de la distribución</translation>
    </message>
    <message>
        <source>%1 is the SLRC&apos;s mTLS front end, which demands a client certificate, but the server that answered did not demand one and presented an untrusted certificate (issuer &quot;%2&quot;): a device in the path terminates TLS in the server&apos;s place.</source>
        <translation>%1 es el frontal mTLS del SLRC, que exige un certificado de cliente, pero el servidor que respondió no lo exigió y presentó un certificado que no es de confianza (emisor «%2»): un equipo de la ruta termina TLS en lugar del servidor.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; presented by %2 expired on %3 (valid from %4); the laptop&apos;s clock reads %5.</source>
        <translation>El certificado «%1» presentado por %2 caducó el %3 (válido desde el %4); el reloj del portátil marca %5.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; presented by %2 is not valid before %3 (until %4); the laptop&apos;s clock reads %5.</source>
        <translation>El certificado «%1» presentado por %2 no es válido antes del %3 (hasta el %4); el reloj del portátil marca %5.</translation>
    </message>
    <message>
        <source>If the laptop&apos;s clock is right, the operator of %1 must renew its certificate; if the clock is wrong, set it right (and make sure the gateway reaches its NTP server) and run again.</source>
        <translation>Si el reloj del portátil es correcto, el operador de %1 debe renovar su certificado; si el reloj está mal, póngalo en hora (y asegúrese de que el gateway alcance su servidor NTP) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <source>The certificate chain presented by %1 (issuer &quot;%2&quot;) is not trusted: %3.</source>
        <translation>La cadena de certificados presentada por %1 (emisor «%2») no es de confianza: %3.</translation>
    </message>
    <message>
        <source>The server does demand a client certificate, as ThingPark&apos;s front end does: if it uses a private CA, give that CA (Run options in the wizard, --ca on the command line).</source>
        <translation>El servidor sí exige un certificado de cliente, como hace el frontal de ThingPark: si usa una CA privada, indique esa CA (Opciones de ejecución en el asistente, --ca en la línea de comandos).</translation>
    </message>
    <message>
        <source>If %1 uses a private CA (self-hosted ThingPark), run again with that CA&apos;s certificate (Run options in the wizard, --ca on the command line); otherwise a device in the path presents its own certificate: exempt %1 from TLS inspection.</source>
        <translation>Si %1 usa una CA privada (ThingPark autoalojado), vuelva a ejecutar con el certificado de esa CA (Opciones de ejecución en el asistente, --ca en la línea de comandos); si no, un equipo de la ruta presenta su propio certificado: excluya %1 de la inspección TLS.</translation>
    </message>
    <message>
        <source>chain not seen</source>
        <translation>cadena no vista</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid until %3</source>
        <translation>certificado «%1» emitido por «%2», válido hasta el %3</translation>
    </message>
    <message>
        <source>alert certificate_required after the TLS 1.3 handshake</source>
        <translation>alerta certificate_required tras el protocolo de enlace TLS 1.3</translation>
    </message>
    <message>
        <source>a CertificateRequest in its TLS 1.2 handshake</source>
        <translation>un CertificateRequest en su protocolo de enlace TLS 1.2</translation>
    </message>
    <message>
        <source>%1 presented a verified certificate (%2) and then demanded a client certificate (%3): this is the mTLS front end the base station authenticates to, and it is reachable.</source>
        <translation>%1 presentó un certificado verificado (%2) y luego exigió un certificado de cliente (%3): es el frontal mTLS ante el que se autentica la estación base, y es alcanzable.</translation>
    </message>
    <message>
        <source>%1 demanded a client certificate (%2): a TLS front end with client authentication answers there and is reachable; its chain could not be checked (%3).</source>
        <translation>%1 exigió un certificado de cliente (%2): ahí responde un frontal TLS con autenticación de clientes y es alcanzable; no se pudo comprobar su cadena (%3).</translation>
    </message>
    <message>
        <source>Client certificates accepted from: %1.</source>
        <translation>Certificados de cliente aceptados de: %1.</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alerta %1</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake (%2), then the session ended with %3: the path works, but the server turned this client away for a reason it did not say.</source>
        <translation>%1 completó un protocolo de enlace TLS verificado (%2) y luego la sesión terminó con %3: la ruta funciona, pero el servidor rechazó a este cliente por un motivo que no indicó.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 verified: %2, %3, %4.</source>
        <translation>Protocolo de enlace TLS con %1 verificado: %2, %3, %4.</translation>
    </message>
    <message>
        <source>It did not demand a client certificate, although the SLRC&apos;s front end normally does.</source>
        <translation>No exigió certificado de cliente, aunque el frontal del SLRC normalmente lo hace.</translation>
    </message>
    <message>
        <source>The server closed the session right after the handshake.</source>
        <translation>El servidor cerró la sesión justo después del protocolo de enlace.</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 puerto %2</translation>
    </message>
    <message>
        <source>The laptop&apos;s trusted root certificates could not be loaded within %1 ms, so the TLS check of %2 did not start.</source>
        <translation>No se pudieron cargar los certificados raíz de confianza del portátil en %1 ms, así que la comprobación TLS de %2 no empezó.</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it sent %2 (&quot;%3&quot;) before any TLS handshake.</source>
        <translation>%1 no habla TLS: envió %2 («%3») antes de cualquier protocolo de enlace TLS.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed by the server before the expected answer.</source>
        <translation>El servidor cerró la sesión TLS verificada con %1 antes de la respuesta esperada.</translation>
    </message>
    <message>
        <source>The TLS session with %1 failed: %2.</source>
        <translation>La sesión TLS con %1 falló: %2.</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 names &quot;%2&quot;, which is how %3 signs the certificates of its TLS inspection: a device in the path decrypts the traffic and presents its own certificate instead of the server&apos;s (issuer &quot;%4&quot;).</source>
        <translation>La cadena de certificados presentada para %1 nombra a «%2», que es como %3 firma los certificados de su inspección TLS: un equipo de la ruta descifra el tráfico y presenta su propio certificado en lugar del del servidor (emisor «%4»).</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 names &quot;%2&quot;: &quot;%3&quot; is a word that TLS inspection devices put in the certificates they sign. A device in the path decrypts the traffic and presents its own certificate instead of the server&apos;s (issuer &quot;%4&quot;).</source>
        <translation>La cadena de certificados presentada para %1 nombra a «%2»: «%3» es una palabra que los equipos de inspección TLS ponen en los certificados que firman. Un equipo de la ruta descifra el tráfico y presenta su propio certificado en lugar del del servidor (emisor «%4»).</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, then closed or reset it during the TLS handshake, after our ClientHello (server name %2) and before the server&apos;s certificate: typical of an application-aware firewall, an IPS or a proxy that filters TLS by server name, or of a server that turns this client away.</source>
        <translation>%1 aceptó la conexión TCP y luego la cerró o la restableció durante la negociación TLS, después de nuestro ClientHello (nombre de servidor %2) y antes del certificado del servidor: típico de un cortafuegos que reconoce aplicaciones, un IPS o un proxy que filtra TLS por nombre de servidor, o de un servidor que rechaza a este cliente.</translation>
    </message>
    <message>
        <source>Allow TLS to %1 from the gateway&apos;s LAN as an application, server name %2 included, in the application-aware firewall, IPS or proxy: it cuts the connection as soon as the TLS handshake starts.</source>
        <translation>Permita TLS hacia %1 desde la LAN del gateway como aplicación, nombre de servidor %2 incluido, en el cortafuegos que reconoce aplicaciones, el IPS o el proxy: corta la conexión en cuanto empieza la negociación TLS.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, but the TLS handshake did not complete within %2 ms (no TLS answer to our ClientHello): an application-aware firewall or an IPS holds the handshake, a transparent proxy holds the port, or the path drops the server&apos;s large certificate packets (a path-MTU black hole).</source>
        <translation>%1 aceptó la conexión TCP, pero la negociación TLS no terminó en %2 ms (ninguna respuesta TLS a nuestro ClientHello): un cortafuegos que reconoce aplicaciones o un IPS retiene la negociación, un proxy transparente ocupa el puerto, o la ruta descarta los paquetes grandes del certificado del servidor (un agujero negro de path MTU).</translation>
    </message>
</context>
<context>
    <name>UplinkText</name>
    <message>
        <source>%1 % of the echoes to %2 were lost: the base station&apos;s TCP link (the LRR tunnel, or Basics Station&apos;s WebSocket) will crawl and drop, and downlinks will miss their receive window. Ask for the uplink to be checked (signal, congestion, a faulty cable or modem).</source>
        <translation>Se perdió el %1 % de los ecos hacia %2: el enlace TCP de la estación base (el túnel LRR, o el WebSocket de Basics Station) irá muy lento y se cortará, y los downlinks perderán su ventana de recepción. Pida que se revise el enlace de subida (señal, congestión, un cable o módem defectuoso).</translation>
    </message>
    <message>
        <source>The round trip to %1 is %2 ms on average: a class A downlink must leave the network server and reach the gateway within the second after the uplink (RX1), which leaves too little time; expect late or lost downlinks, or ask for RX1 delays of 2 s or more on this gateway.</source>
        <translation>La ida y vuelta hacia %1 es de %2 ms de media: un downlink de clase A debe salir del servidor de red y llegar al gateway en el segundo siguiente al uplink (RX1), lo que deja muy poco tiempo; espere downlinks tardíos o perdidos, o pida retardos RX1 de 2 s o más para este gateway.</translation>
    </message>
    <message>
        <source>The round trip to %1 varies by %2 ms from one echo to the next: downlinks scheduled for RX1 will now and then arrive too late.</source>
        <translation>La ida y vuelta hacia %1 varía %2 ms de un eco al siguiente: los downlinks programados para RX1 llegarán tarde de vez en cuando.</translation>
    </message>
    <message>
        <source>Packets larger than %1 bytes to %2 are lost without a &quot;fragmentation needed&quot; answer (a path-MTU black hole): ask for TCP MSS clamping to %3 bytes on the uplink&apos;s router, or for ICMP &quot;fragmentation needed&quot; to be let through.</source>
        <translation>Los paquetes de más de %1 bytes hacia %2 se pierden sin una respuesta «fragmentation needed» (un agujero negro de MTU de ruta): pida un ajuste del MSS de TCP a %3 bytes en el router del enlace de subida, o que se deje pasar el ICMP «fragmentation needed».</translation>
    </message>
    <message>
        <source>The path MTU to %1 is %2 bytes, less than 1500: IKE_AUTH with certificates (2 to 3 KB) will be fragmented, and ESP adds 50 to 73 bytes to every packet. Ask for IKE fragmentation (RFC 7383; strongSwan: fragmentation = yes) with fragments of at most %3 bytes, and TCP MSS clamping to %4 bytes inside the tunnel.</source>
        <translation>La MTU de ruta hacia %1 es de %2 bytes, menos de 1500: IKE_AUTH con certificados (2 a 3 KB) se fragmentará, y ESP añade de 50 a 73 bytes a cada paquete. Pida fragmentación IKE (RFC 7383; strongSwan: fragmentation = yes) con fragmentos de %3 bytes como máximo, y un ajuste del MSS de TCP a %4 bytes dentro del túnel.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 echoes answered (%4 % lost), round trip %5 / %6 / %7 ms (min / avg / max), jitter %8 ms</source>
        <translation>%1: %2 de %3 ecos respondidos (%4 % perdidos), ida y vuelta %5 / %6 / %7 ms (mín. / media / máx.), jitter %8 ms</translation>
    </message>
    <message>
        <source>, path MTU %1 bytes (a black hole above)</source>
        <translation>, MTU de ruta %1 bytes (un agujero negro por encima)</translation>
    </message>
    <message>
        <source>, path MTU %1 bytes</source>
        <translation>, MTU de ruta %1 bytes</translation>
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
        <translation>ThingPark Enterprise autoalojado</translation>
    </message>
    <message>
        <source>LRR over IPsec</source>
        <translation>LRR sobre IPsec</translation>
    </message>
    <message>
        <source>LRR over TLS</source>
        <translation>LRR sobre TLS</translation>
    </message>
    <message>
        <source>LRR with neither IPsec nor TLS</source>
        <translation>LRR sin IPsec ni TLS</translation>
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
        <translation>(red local)</translation>
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
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
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
        <translation>&amp;Cancelar la ejecución</translation>
    </message>
    <message>
        <source>Re-run &amp;selected</source>
        <translation>Repetir &amp;selección</translation>
    </message>
    <message>
        <source>Re-run fai&amp;led</source>
        <translation>Repetir &amp;fallidas</translation>
    </message>
    <message>
        <source>Run &amp;all again</source>
        <translation>Repetir &amp;todas</translation>
    </message>
    <message>
        <source>Run &amp;options…</source>
        <translation>&amp;Opciones de ejecución…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Each flow is checked from this laptop with a protocol-level proof. Select a row to see what was sent, what came back and what to ask IT.</source>
        <translation>Cada flujo se comprueba desde este portátil con una prueba a nivel de protocolo. Seleccione una fila para ver qué se envió, qué volvió y qué pedir a TI.</translation>
    </message>
    <message>
        <source>&amp;Report &gt;</source>
        <translation>&amp;Informe &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Comprobaciones terminadas</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancelar la ejecución</translation>
    </message>
    <message>
        <source>Stop every check now (Escape); those not finished are marked skipped.</source>
        <translation>Detener ahora todas las comprobaciones (Esc); las no terminadas se marcan como omitidas.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Todas las comprobaciones</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>MUST only</source>
        <translation>Solo MUST</translation>
    </message>
    <message>
        <source>Failed: the failed checks, and those still running.</source>
        <translation>Fallidas: las comprobaciones fallidas y las que aún están en curso.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Re-run selected</source>
        <translation>Repetir selección</translation>
    </message>
    <message>
        <source>Run the selected checks again.</source>
        <translation>Ejecutar de nuevo las comprobaciones seleccionadas.</translation>
    </message>
    <message>
        <source>Re-run failed</source>
        <translation>Repetir fallidas</translation>
    </message>
    <message>
        <source>Run every failed check again, for instance after IT changed a rule.</source>
        <translation>Ejecutar de nuevo cada comprobación fallida, por ejemplo después de que TI cambie una regla.</translation>
    </message>
    <message>
        <source>Run all again</source>
        <translation>Repetir todas</translation>
    </message>
    <message>
        <source>Run options</source>
        <translation>Opciones de ejecución</translation>
    </message>
    <message>
        <source>Time allowed per check, and a private CA for a self-hosted TPE.</source>
        <translation>Tiempo permitido por comprobación y una CA privada para un TPE autoalojado.</translation>
    </message>
    <message>
        <source>Details and network</source>
        <translation>Detalles y red</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Detalles de la comprobación seleccionada</translation>
    </message>
    <message>
        <source>This laptop&apos;s network</source>
        <translation>Red de este portátil</translation>
    </message>
    <message>
        <source>Details or network</source>
        <translation>Detalles o red</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etalles</translation>
    </message>
    <message>
        <source>This laptop&apos;s net&amp;work</source>
        <translation>&amp;Red de este portátil</translation>
    </message>
    <message>
        <source>%1 per check</source>
        <translation>%1 por comprobación</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>CA %1</translation>
    </message>
    <message>
        <source>resolve overrides: %1</source>
        <translation>resoluciones forzadas: %1</translation>
    </message>
    <message>
        <source>options not used: %1</source>
        <translation>opciones no usadas: %1</translation>
    </message>
    <message>
        <source>Re-run fai&amp;led (%1)</source>
        <translation>Repetir &amp;fallidas (%1)</translation>
    </message>
    <message>
        <source>Checking: %1 of %2 done, %3</source>
        <translation>Comprobando: %1 de %2 terminadas, %3</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warning, %4 info, %5 skipped</source>
        <translation>correctas %1, fallidas %2, avisos %3, info %4, omitidas %5</translation>
    </message>
    <message>
        <source>Cancelled after %1: %2.</source>
        <translation>Cancelado tras %1: %2.</translation>
    </message>
    <message>
        <source>Finished in %1: %2.</source>
        <translation>Terminado en %1: %2.</translation>
    </message>
    <message>
        <source>Select a check to see what was sent, what came back and what to ask IT.</source>
        <translation>Seleccione una comprobación para ver qué se envió, qué volvió y qué pedir a TI.</translation>
    </message>
    <message>
        <source>The new options apply from the next run: choose Run all again.</source>
        <translation>Las nuevas opciones se aplican a partir de la próxima ejecución: elija «Repetir todas».</translation>
    </message>
    <message>
        <source>Check from the &amp;gateway…</source>
        <translation>Comprobar desde la &amp;pasarela…</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Comprobar desde la pasarela</translation>
    </message>
    <message>
        <source>A script to run on the gateway&apos;s own shell, and a box for what it prints: both views side by side.</source>
        <translation>Un script para ejecutar en el shell de la propia pasarela y un cuadro para lo que muestra: ambas vistas lado a lado.</translation>
    </message>
    <message>
        <source>&lt;h4&gt;From the gateway&lt;/h4&gt;&lt;p&gt;%1 (%2)%3: %4&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Desde la pasarela&lt;/h4&gt;&lt;p&gt;%1 (%2)%3: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The gateway&apos;s own results (%1, %2) are in the Gateway column; the details say where they disagree with the laptop&apos;s.</source>
        <translation>Los resultados propios de la pasarela (%1, %2) están en la columna Pasarela; los detalles indican dónde discrepan de los del portátil.</translation>
    </message>
</context>
<context>
    <name>tpready::DatagramProbe</name>
    <message>
        <source>The request to send could not be built.</source>
        <translation>No se pudo construir la solicitud que se iba a enviar.</translation>
    </message>
    <message>
        <source>UDP %1 to %2: the laptop has no route to this address (%3).</source>
        <translation>UDP %1 hacia %2: el portátil no tiene ruta hacia esta dirección (%3).</translation>
    </message>
    <message>
        <source>UDP %1 to %2: an ICMP error came back for the request (%3): host or network unreachable, a firewall that rejects it, or (on Windows) nothing listening on the port.</source>
        <translation>UDP %1 hacia %2: volvió un error ICMP para la solicitud (%3): host o red inalcanzable, un firewall que la rechaza, o (en Windows) nada escucha en el puerto.</translation>
    </message>
    <message>
        <source>UDP %1 to %2 failed on the laptop: %3.</source>
        <translation>UDP %1 hacia %2 falló en el portátil: %3.</translation>
    </message>
    <message>
        <source>UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but nothing listens on this port or a firewall rejects the packets.</source>
        <translation>UDP %1 hacia %2: volvió un ICMP puerto inalcanzable: el host es alcanzable, pero nada escucha en este puerto o un firewall rechaza los paquetes.</translation>
    </message>
</context>
<context>
    <name>tpready::DeploymentPage</name>
    <message>
        <source>Deployment</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Where does the ThingPark core network that this base station connects to run?</source>
        <translation>¿Dónde se ejecuta el núcleo de red ThingPark al que se conecta esta estación base?</translation>
    </message>
    <message>
        <source>Actility runs ThingPark: the base station connects to one of its platforms (EU, AU, US, Community or pre-production).</source>
        <translation>Actility opera ThingPark: la estación base se conecta a una de sus plataformas (EU, AU, US, Community o preproducción).</translation>
    </message>
    <message>
        <source>ThingPark Enterprise runs on your own servers or cloud: the base station connects to the address(es) of your TPE node(s).</source>
        <translation>ThingPark Enterprise se ejecuta en sus propios servidores o en su nube: la estación base se conecta a la dirección o direcciones de sus nodos TPE.</translation>
    </message>
</context>
<context>
    <name>tpready::DhcpProbe</name>
    <message>
        <source>DHCP is not probed: a DHCP request from the laptop would take an address from the site&apos;s pool. %1</source>
        <translation>DHCP no se prueba: una solicitud DHCP desde el portátil tomaría una dirección del conjunto del sitio. %1</translation>
    </message>
    <message>
        <source>Make sure the gateway&apos;s network has a DHCP server for it, or give the gateway a static address, router and DNS server.</source>
        <translation>Asegúrese de que la red del gateway tenga un servidor DHCP para él, o asigne al gateway una dirección estática, un router y un servidor DNS.</translation>
    </message>
</context>
<context>
    <name>tpready::DnsProbe</name>
    <message>
        <source>No DNS server is known for the gateway: none was given and none was found on this laptop.</source>
        <translation>No se conoce ningún servidor DNS para el gateway: no se indicó ninguno y no se encontró ninguno en este portátil.</translation>
    </message>
    <message>
        <source>Give the resolver the gateway will use (tpready check --dns IP).</source>
        <translation>Indique el resolvedor que usará el gateway (tpready check --dns IP).</translation>
    </message>
    <message>
        <source>the answer over TCP did not match the question</source>
        <translation>la respuesta por TCP no correspondía a la pregunta</translation>
    </message>
    <message>
        <source>Nothing answers DNS at %1 port %2: the laptop got ICMP port unreachable (no DNS server there, or a firewall rejects UDP %2).</source>
        <translation>Nada responde a DNS en %1 puerto %2: el portátil recibió ICMP puerto inalcanzable (no hay servidor DNS ahí, o un firewall rechaza UDP %2).</translation>
    </message>
    <message>
        <source>The resolver %1 did not answer any DNS query on UDP port %2 within %3 ms.</source>
        <translation>El resolvedor %1 no respondió a ninguna consulta DNS en el puerto UDP %2 en %3 ms.</translation>
    </message>
    <message>
        <source>the root NS query got no answer</source>
        <translation>la consulta NS raíz no obtuvo respuesta</translation>
    </message>
    <message>
        <source>the root NS query got %1 without records</source>
        <translation>la consulta NS raíz obtuvo %1 sin registros</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 no existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record</source>
        <translation>%1 no tiene registro A ni AAAA</translation>
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
        <translation>%1 %2: la respuesta estaba truncada y el reintento por TCP falló (%3)</translation>
    </message>
    <message>
        <source>The resolver %1 answers, but does not resolve what the gateway needs: %2.</source>
        <translation>El resolvedor %1 responde, pero no resuelve lo que necesita el gateway: %2.</translation>
    </message>
    <message>
        <source>(%1 names in all.)</source>
        <translation>(%1 nombres en total.)</translation>
    </message>
    <message>
        <source>It also gives addresses to names that do not exist (%1 for %2).</source>
        <translation>También da direcciones a nombres que no existen (%1 para %2).</translation>
    </message>
    <message>
        <source>Make sure the resolver %1 (the one the gateway will use) resolves the ThingPark names; if it serves only some networks, allow the gateway&apos;s.</source>
        <translation>Asegúrese de que el resolvedor %1 (el que usará el gateway) resuelva los nombres de ThingPark; si solo atiende a algunas redes, permita la del gateway.</translation>
    </message>
    <message>
        <source>The resolver %1 answers every name with the same address: %2 came back for %3, a name that cannot exist, and for the ThingPark names too. A captive portal or DNS interception answers instead of a real resolver.</source>
        <translation>El resolvedor %1 responde a todos los nombres con la misma dirección: %2 volvió para %3, un nombre que no puede existir, y también para los nombres de ThingPark. Un portal cautivo o una interceptación DNS responde en lugar de un resolvedor real.</translation>
    </message>
    <message>
        <source>Give the gateway a resolver that answers truthfully (no captive portal or DNS redirection on its network), or authorise the gateway on the portal.</source>
        <translation>Dé al gateway un resolvedor que responda con veracidad (sin portal cautivo ni redirección DNS en su red), o autorice al gateway en el portal.</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs, but it invents addresses for names that do not exist (%3 for %4): it rewrites NXDOMAIN answers. A mistyped name would not fail cleanly.</source>
        <translation>El resolvedor %1 resuelve los %2 nombres que necesita el gateway, pero inventa direcciones para nombres que no existen (%3 para %4): reescribe las respuestas NXDOMAIN. Un nombre mal escrito no fallaría limpiamente.</translation>
    </message>
    <message>
        <source>Prefer a resolver for the gateway that answers NXDOMAIN for names that do not exist (turn off &quot;search assist&quot; or NXDOMAIN redirection).</source>
        <translation>Es preferible que el gateway use un resolvedor que responda NXDOMAIN para los nombres que no existen (desactive la «ayuda de búsqueda» o la redirección NXDOMAIN).</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs, with problems: %3.</source>
        <translation>El resolvedor %1 resuelve los %2 nombres que necesita el gateway, con problemas: %3.</translation>
    </message>
    <message>
        <source>The resolver %1 answers DNS queries (root NS).</source>
        <translation>El resolvedor %1 responde a consultas DNS (NS raíz).</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs.</source>
        <translation>El resolvedor %1 resuelve los %2 nombres que necesita el gateway.</translation>
    </message>
</context>
<context>
    <name>tpready::FlowTableModel</name>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Checks of flow %1:
%2</source>
        <translation>Comprobaciones del flujo %1:
%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>From
(system)</source>
        <translation>Desde
(sistema)</translation>
    </message>
    <message>
        <source>From
(application)</source>
        <translation>Desde
(aplicación)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Dest.
Port</source>
        <translation>Puerto
dest.</translation>
    </message>
    <message>
        <source>To
(system)</source>
        <translation>Hacia
(sistema)</translation>
    </message>
    <message>
        <source>To
(application)</source>
        <translation>Hacia
(aplicación)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>The vendor&apos;s requirement when the TPE has one node.</source>
        <translation>El requisito del fabricante cuando el TPE tiene un solo nodo.</translation>
    </message>
    <message>
        <source>The vendor&apos;s requirement when the TPE has two or more nodes (high availability).</source>
        <translation>El requisito del fabricante cuando el TPE tiene dos o más nodos (alta disponibilidad).</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site: the HIGH AVAILABILITY column applies.</source>
        <translation>MUST u OPTIONAL para este sitio: se aplica la columna HIGH AVAILABILITY.</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site: the STANDALONE column applies.</source>
        <translation>MUST u OPTIONAL para este sitio: se aplica la columna STANDALONE.</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site, as the vendor page says.</source>
        <translation>MUST u OPTIONAL para este sitio, según la página del fabricante.</translation>
    </message>
    <message>
        <source>The hosts this site&apos;s base station must reach for this flow; the tooltip of a cell lists every host and port.</source>
        <translation>Los hosts que la estación base de este sitio debe alcanzar para este flujo; la información sobre herramientas de una celda enumera cada host y puerto.</translation>
    </message>
</context>
<context>
    <name>tpready::FlowsPage</name>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Copiar como &amp;texto</translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>Copiar como &amp;CSV</translation>
    </message>
    <message>
        <source>Flows to authorize</source>
        <translation>Flujos que autorizar</translation>
    </message>
    <message>
        <source>The vendor&apos;s flow table for this choice, in its own wording, with the hosts of this site. Every MUST flow has to be open for the base station to work.</source>
        <translation>La tabla de flujos del fabricante para esta elección, con sus propias palabras, con los hosts de este sitio. Cada flujo MUST debe estar abierto para que la estación base funcione.</translation>
    </message>
    <message>
        <source>Flow table</source>
        <translation>Tabla de flujos</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Copy the flow table to the clipboard as plain text, for an e-mail or a ticket.</source>
        <translation>Copiar la tabla de flujos al portapapeles como texto sin formato, para un correo o un ticket.</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Copiar como CSV</translation>
    </message>
    <message>
        <source>Copy the flow table to the clipboard as CSV, for a spreadsheet.</source>
        <translation>Copiar la tabla de flujos al portapapeles como CSV, para una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message>
        <source>No flow table for this choice: %1</source>
        <translation>No hay tabla de flujos para esta elección: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 MUST and %4 OPTIONAL flows, %5 checks.</source>
        <translation>%1, %2 — flujos MUST: %3, flujos OPTIONAL: %4, comprobaciones: %5.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %n flows of the table to the clipboard as text.</source>
        <translation>
            <numerusform>Se copió el flujo de la tabla al portapapeles como texto.</numerusform>
            <numerusform>Se copiaron los %n flujos de la tabla al portapapeles como texto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the %n flows of the table to the clipboard as CSV.</source>
        <translation>
            <numerusform>Se copió el flujo de la tabla al portapapeles como CSV.</numerusform>
            <numerusform>Se copiaron los %n flujos de la tabla al portapapeles como CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run the checks &gt;</source>
        <translation>&amp;Ejecutar las comprobaciones &gt;</translation>
    </message>
    <message>
        <source>Check from the &amp;gateway…</source>
        <translation>Comprobar desde la &amp;pasarela…</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Comprobar desde la pasarela</translation>
    </message>
    <message>
        <source>A script that runs these checks on the gateway&apos;s own shell (BusyBox), and a box for what it prints.</source>
        <translation>Un script que ejecuta estas comprobaciones en el shell de la propia pasarela (BusyBox) y un cuadro para lo que muestra.</translation>
    </message>
</context>
<context>
    <name>tpready::FtpProbe</name>
    <message>
        <source>An FTP server answered on port %1 but refuses the session: &quot;421 %2&quot; (service not available). The network path works; the server turns clients away.</source>
        <translation>Un servidor FTP respondió en el puerto %1 pero rechaza la sesión: «421 %2» (servicio no disponible). La ruta de red funciona; el servidor rechaza a los clientes.</translation>
    </message>
    <message>
        <source>The path to the FTP server is open. Ask the administrator of %1 why its FTP service answers 421 (connection limit reached, client address not allowed, or service shutting down).</source>
        <translation>La ruta hacia el servidor FTP está abierta. Pregunte al administrador de %1 por qué su servicio FTP responde 421 (límite de conexiones alcanzado, dirección del cliente no permitida o servicio apagándose).</translation>
    </message>
    <message>
        <source>An FTP server (vsftpd) answered on port %1 but cannot serve anyone: &quot;500 %2&quot;. The network path works; the FTP server itself is misconfigured.</source>
        <translation>Un servidor FTP (vsftpd) respondió en el puerto %1 pero no puede atender a nadie: «500 %2». La ruta de red funciona; el propio servidor FTP está mal configurado.</translation>
    </message>
    <message>
        <source>Nothing to open in the network: the FTP server on %1 is broken. Ask its administrator to fix the vsftpd configuration (the message above names the problem).</source>
        <translation>No hay nada que abrir en la red: el servidor FTP de %1 está averiado. Pida a su administrador que corrija la configuración de vsftpd (el mensaje anterior indica el problema).</translation>
    </message>
    <message>
        <source>Port %1 greeted with &quot;220 %2&quot;: a mail (SMTP) server, not an FTP server.</source>
        <translation>El puerto %1 saludó con «220 %2»: un servidor de correo (SMTP), no un servidor FTP.</translation>
    </message>
    <message>
        <source>Port %1 answered with reply code %2 (&quot;%3&quot;) instead of an FTP greeting (220).</source>
        <translation>El puerto %1 respondió con el código %2 («%3») en lugar de un saludo FTP (220).</translation>
    </message>
    <message>
        <source>Port %1 sent more than %2 bytes without a complete FTP greeting: &quot;%3&quot;.</source>
        <translation>El puerto %1 envió más de %2 bytes sin un saludo FTP completo: «%3».</translation>
    </message>
    <message>
        <source>Port %1 answered with %2 instead of an FTP greeting: &quot;%3&quot;.</source>
        <translation>El puerto %1 respondió con %2 en lugar de un saludo FTP: «%3».</translation>
    </message>
    <message>
        <source>Port %1 answered, but not with an FTP greeting: &quot;%2&quot;.</source>
        <translation>El puerto %1 respondió, pero no con un saludo FTP: «%2».</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after &quot;%2&quot;, without an FTP greeting (220).</source>
        <translation>El puerto %1 cerró la conexión tras «%2», sin saludo FTP (220).</translation>
    </message>
    <message>
        <source>An FTP server answered on port %1: &quot;220 %2&quot;.</source>
        <translation>Un servidor FTP respondió en el puerto %1: «220 %2».</translation>
    </message>
    <message>
        <source>An FTP server answered on port %1 but only with &quot;120 %2&quot; (ready later): no 220 came within %3 ms. The network path works; the server is not ready yet.</source>
        <translation>Un servidor FTP respondió en el puerto %1 pero solo con «120 %2» (listo más tarde): no llegó ningún 220 en %3 ms. La ruta de red funciona; el servidor aún no está listo.</translation>
    </message>
    <message>
        <source>Run the check again later, or ask the administrator of %1 why its FTP service is not ready.</source>
        <translation>Ejecute de nuevo la comprobación más tarde, o pregunte al administrador de %1 por qué su servicio FTP no está listo.</translation>
    </message>
    <message>
        <source>Port %1 sent &quot;%2&quot; but no complete FTP greeting within %3 ms.</source>
        <translation>El puerto %1 envió «%2» pero ningún saludo FTP completo en %3 ms.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, where an FTP server greets at once: a firewall, an IPS or a proxy that accepts the connection and then cuts it, or a server that turns this address away.</source>
        <translation>La conexión TCP al puerto %1 se aceptó y luego se cerró %2 ms después sin un byte, cuando un servidor FTP saluda de inmediato: un firewall, un IPS o un proxy que acepta la conexión y luego la corta, o un servidor que rechaza esta dirección.</translation>
    </message>
    <message>
        <source>An FTP server began its greeting on port %1 (&quot;%2&quot;), then the connection was closed %3 ms after it opened, before the greeting was complete: an application-aware firewall, an IPS or a proxy cuts FTP sessions after their first words.</source>
        <translation>Un servidor FTP empezó su saludo en el puerto %1 («%2»), y la conexión se cerró %3 ms después de abrirse, antes de que el saludo estuviera completo: un firewall que reconoce aplicaciones, un IPS o un proxy corta las sesiones FTP tras sus primeras palabras.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an FTP server greets at once: a transparent proxy or a port redirection holds the port, or an application-aware firewall or an IPS holds the session.</source>
        <translation>La conexión TCP al puerto %1 se aceptó, pero no llegó nada en %2 ms, cuando un servidor FTP saluda de inmediato: un proxy transparente o una redirección de puerto ocupa el puerto, o un firewall que reconoce aplicaciones o un IPS retiene la sesión.</translation>
    </message>
</context>
<context>
    <name>tpready::GatewayDialog</name>
    <message>
        <source>&amp;Copy the script</source>
        <translation>&amp;Copiar el script</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Comprobar desde la pasarela</translation>
    </message>
    <message>
        <source>&lt;p&gt;The laptop is not the base station: run the same checks from the gateway itself.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open a shell on the gateway (&lt;tt&gt;ssh&lt;/tt&gt;), paste this script and press Enter. It is read-only, contacts only the hosts of this plan, and takes at most %1 seconds.&lt;/li&gt;&lt;li&gt;Copy the block it prints, from its BEGIN line to its END line, into the box below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;El portátil no es la estación base: ejecute las mismas comprobaciones desde la propia pasarela.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Abra un shell en la pasarela (&lt;tt&gt;ssh&lt;/tt&gt;), pegue este script y pulse Intro. Es de solo lectura, solo contacta con los hosts de este plan y tarda como mucho %1 segundos.&lt;/li&gt;&lt;li&gt;Copie el bloque que muestra, de su línea BEGIN a su línea END, en el cuadro de abajo.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Gateway script</source>
        <translation>Script de pasarela</translation>
    </message>
    <message>
        <source>The gateway&apos;s &amp;results (paste the block here):</source>
        <translation>Los &amp;resultados de la pasarela (pegue el bloque aquí):</translation>
    </message>
    <message>
        <source>Gateway results</source>
        <translation>Resultados de la pasarela</translation>
    </message>
    <message>
        <source>&amp;Merge the results</source>
        <translation>&amp;Fusionar los resultados</translation>
    </message>
    <message>
        <source>Copied: paste it into the gateway&apos;s shell.</source>
        <translation>Copiado: péguelo en el shell de la pasarela.</translation>
    </message>
    <message>
        <source>These results are for another selection (%1): make the script again from this page and run it on the gateway.</source>
        <translation>Estos resultados son de otra selección (%1): genere de nuevo el script desde esta página y ejecútelo en la pasarela.</translation>
    </message>
    <message>
        <source>Refused, nothing merged: %1</source>
        <translation>Rechazado, no se fusionó nada: %1</translation>
    </message>
</context>
<context>
    <name>tpready::HttpsProbe</name>
    <message>
        <source>%1 completed a verified TLS handshake but did not answer our CUPS request with HTTP (%2): &quot;%3&quot;.</source>
        <translation>%1 completó un protocolo de enlace TLS verificado, pero no respondió a nuestra solicitud CUPS con HTTP (%2): «%3».</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake, then closed the session without answering our CUPS request.</source>
        <translation>%1 completó un protocolo de enlace TLS verificado y luego cerró la sesión sin responder a nuestra solicitud CUPS.</translation>
    </message>
    <message>
        <source>%1 closed the session in the middle of its answer: &quot;%2&quot;.</source>
        <translation>%1 cerró la sesión a mitad de su respuesta: «%2».</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot;: a web proxy in the path wants the laptop to authenticate. The base station cannot use a proxy.</source>
        <translation>%1 respondió «%2»: un proxy web en la ruta pide que el portátil se autentique. La estación base no puede usar un proxy.</translation>
    </message>
    <message>
        <source>%1 answered our CUPS request with a redirect (&quot;%2&quot;) to %3: a captive portal or proxy login page, not CUPS.</source>
        <translation>%1 respondió a nuestra solicitud CUPS con una redirección («%2») hacia %3: un portal cautivo o una página de inicio de sesión de un proxy, no CUPS.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>ningún sitio</translation>
    </message>
    <message>
        <source>%1 answered our CUPS request with a web page (&quot;%2&quot;, %3) where CUPS answers binary: a captive portal or proxy page.</source>
        <translation>%1 respondió a nuestra solicitud CUPS con una página web («%2», %3) donde CUPS responde en binario: un portal cautivo o una página de un proxy.</translation>
    </message>
    <message>
        <source>a chunked body larger than the %1 bytes kept</source>
        <translation>un cuerpo fragmentado (chunked) mayor que los %1 bytes conservados</translation>
    </message>
    <message>
        <source>CUPS at %1 answered our update-info request: &quot;%2&quot; with the 14-byte &quot;no update&quot; body. The path to CUPS works.</source>
        <translation>CUPS en %1 respondió a nuestra solicitud update-info: «%2» con el cuerpo de 14 bytes «sin actualización». La ruta hacia CUPS funciona.</translation>
    </message>
    <message>
        <source>CUPS at %1 answered our update-info request: &quot;%2&quot; with a well-formed update-info body of %3 bytes. The path to CUPS works.</source>
        <translation>CUPS en %1 respondió a nuestra solicitud update-info: «%2» con un cuerpo update-info bien formado de %3 bytes. La ruta hacia CUPS funciona.</translation>
    </message>
    <message>
        <source>%1 answered our update-info request through a verified TLS session (&quot;%2&quot;), so the path works, but the binary body is not a well-formed CUPS answer (%3).</source>
        <translation>%1 respondió a nuestra solicitud update-info a través de una sesión TLS verificada («%2»), así que la ruta funciona, pero el cuerpo binario no es una respuesta CUPS bien formada (%3).</translation>
    </message>
    <message>
        <source>%1 answered our update-info request through a verified TLS session: &quot;%2&quot;. The path to CUPS works (a dummy station is refused, as expected).</source>
        <translation>%1 respondió a nuestra solicitud update-info a través de una sesión TLS verificada: «%2». La ruta hacia CUPS funciona (se rechaza una estación ficticia, como se esperaba).</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake but sent no HTTP answer to our CUPS request within %2 ms.</source>
        <translation>%1 completó un protocolo de enlace TLS verificado, pero no envió ninguna respuesta HTTP a nuestra solicitud CUPS en %2 ms.</translation>
    </message>
    <message>
        <source>%1 began an answer (&quot;%2&quot;) but did not finish it within %3 ms.</source>
        <translation>%1 empezó una respuesta («%2») pero no la terminó en %3 ms.</translation>
    </message>
</context>
<context>
    <name>tpready::IcmpProbe</name>
    <message>
        <source>No address to ping.</source>
        <translation>No hay ninguna dirección a la que hacer ping.</translation>
    </message>
    <message>
        <source>the ICMP socket is not allowed: %1</source>
        <translation>el socket ICMP no está permitido: %1</translation>
    </message>
    <message>
        <source>ICMP echo to %1 could not be tested from this laptop: %2.</source>
        <translation>El eco ICMP hacia %1 no se pudo probar desde este portátil: %2.</translation>
    </message>
    <message>
        <source>Ping %1 from another machine on the gateway&apos;s network, or allow unprivileged ping on this laptop (Linux: sysctl net.ipv4.ping_group_range).</source>
        <translation>Haga ping a %1 desde otra máquina de la red del gateway, o permita el ping sin privilegios en este portátil (Linux: sysctl net.ipv4.ping_group_range).</translation>
    </message>
    <message>
        <source>No ICMP echo reply from %1 within %2 ms.</source>
        <translation>Ninguna respuesta de eco ICMP de %1 en %2 ms.</translation>
    </message>
    <message>
        <source>%1 is unreachable: the system reports %2.</source>
        <translation>%1 es inalcanzable: el sistema indica %2.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 failed: %2 reported %3.</source>
        <translation>El eco ICMP hacia %1 falló: %2 indicó %3.</translation>
    </message>
    <message>
        <source>%1 answered the ICMP echo in %2 ms.</source>
        <translation>%1 respondió al eco ICMP en %2 ms.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back: %2.</source>
        <translation>El eco ICMP hacia %1 recibió un error: %2.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back from %2: %3.</source>
        <translation>El eco ICMP hacia %1 recibió un error de %2: %3.</translation>
    </message>
    <message>
        <source>%1 is not an IP address that can be pinged.</source>
        <translation>%1 no es una dirección IP a la que se pueda hacer ping.</translation>
    </message>
    <message>
        <source>no %1 program was found</source>
        <translation>no se encontró ningún programa %1</translation>
    </message>
    <message>
        <source>the ICMP socket is not allowed (%1) and no %2 program was found</source>
        <translation>el socket ICMP no está permitido (%1) y no se encontró ningún programa %2</translation>
    </message>
    <message>
        <source>the ping program could not be started: %1</source>
        <translation>no se pudo iniciar el programa ping: %1</translation>
    </message>
    <message>
        <source>The ping program crashed.</source>
        <translation>El programa ping terminó de forma anómala.</translation>
    </message>
    <message>
        <source>%1 answered the ping.</source>
        <translation>%1 respondió al ping.</translation>
    </message>
    <message>
        <source>The ping to %1 says the destination is unreachable: &quot;%2&quot;.</source>
        <translation>El ping hacia %1 indica que el destino es inalcanzable: «%2».</translation>
    </message>
    <message>
        <source>No ICMP echo reply from %1.</source>
        <translation>Ninguna respuesta de eco ICMP de %1.</translation>
    </message>
    <message>
        <source>The ping program could not test %1: &quot;%2&quot; (exit code %3).</source>
        <translation>El programa ping no pudo probar %1: «%2» (código de salida %3).</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back (IP status %2).</source>
        <translation>El eco ICMP hacia %1 recibió un error (estado IP %2).</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 failed (status %2).</source>
        <translation>El eco ICMP hacia %1 falló (estado %2).</translation>
    </message>
    <message>
        <source>%1 answered all %2 ICMP echoes; round trip %3 ms (min %4, max %5).</source>
        <translation>%1 respondió a los %2 ecos ICMP; ida y vuelta %3 ms (mín. %4, máx. %5).</translation>
    </message>
    <message>
        <source>%1 answered %2 of %3 ICMP echoes (%4 % lost); round trip %5 ms (min %6, max %7).</source>
        <translation>%1 respondió a %2 de %3 ecos ICMP (%4 % perdidos); ida y vuelta %5 ms (mín. %6, máx. %7).</translation>
    </message>
    <message>
        <source> Echoes of up to %1 bytes came back; %2 bytes and more were lost without a &quot;fragmentation needed&quot; answer: the path drops large packets silently (a path-MTU black hole, or a firewall that limits ICMP sizes), which stalls sessions that send full-size packets.</source>
        <translation> Los ecos de hasta %1 bytes volvieron; desde %2 bytes se perdieron sin una respuesta «fragmentation needed»: la ruta descarta los paquetes grandes en silencio (un agujero negro de MTU de ruta, o un firewall que limita el tamaño de ICMP), lo que bloquea las sesiones que envían paquetes de tamaño completo.</translation>
    </message>
    <message>
        <source> Full-size packets (%1 bytes) get through both ways.</source>
        <translation> Los paquetes de tamaño completo (%1 bytes) pasan en ambos sentidos.</translation>
    </message>
    <message>
        <source> Path MTU: %1 bytes.</source>
        <translation> MTU de la ruta: %1 bytes.</translation>
    </message>
</context>
<context>
    <name>tpready::IkeProbe</name>
    <message>
        <source>NAT detection: no address translation between this laptop and the server, so ESP (IP protocol 50) itself must be allowed for the tunnel&apos;s data.</source>
        <translation>Detección de NAT: no hay traducción de direcciones entre este portátil y el servidor, así que ESP (protocolo IP 50) en sí debe estar permitido para los datos del túnel.</translation>
    </message>
    <message>
        <source>NAT detection: this laptop is behind NAT (the server saw another address or port), so the tunnel will move to UDP 4500 and carry ESP inside it.</source>
        <translation>Detección de NAT: este portátil está detrás de NAT (el servidor vio otra dirección u otro puerto), así que el túnel pasará a UDP 4500 y llevará ESP dentro.</translation>
    </message>
    <message>
        <source>NAT detection: the server&apos;s side is translated (port forwarding or a load balancer), or a device other than the addressed server answered.</source>
        <translation>Detección de NAT: el lado del servidor está traducido (redirección de puertos o balanceador de carga), o respondió un equipo distinto del servidor al que se dirigió.</translation>
    </message>
    <message>
        <source>NAT detection: both sides are translated: this laptop is behind NAT, and the server&apos;s side too (port forwarding or a load balancer); the tunnel will use UDP 4500.</source>
        <translation>Detección de NAT: ambos lados están traducidos: este portátil está detrás de NAT, y el lado del servidor también (redirección de puertos o balanceador de carga); el túnel usará UDP 4500.</translation>
    </message>
    <message>
        <source>The answer carried no NAT detection payloads, so whether NAT is in the path is unknown.</source>
        <translation>La respuesta no incluía cargas útiles de detección de NAT, así que no se sabe si hay NAT en la ruta.</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2</source>
        <translation>IKEv2 en UDP %1 hacia %2</translation>
    </message>
    <message>
        <source>%1: the responder answered IKE_SA_INIT in full (SA, KE, Nonce) and chose %2: the path works both ways and the server accepts the vendor&apos;s proposals.</source>
        <translation>%1: el respondedor respondió a IKE_SA_INIT por completo (SA, KE, Nonce) y eligió %2: la ruta funciona en ambos sentidos y el servidor acepta las propuestas del fabricante.</translation>
    </message>
    <message>
        <source>a proposal</source>
        <translation>una propuesta</translation>
    </message>
    <message>
        <source>That proposal is not one tpready offered: the responder does not follow the protocol.</source>
        <translation>Esa propuesta no es una de las que ofreció tpready: el respondedor no sigue el protocolo.</translation>
    </message>
    <message>
        <source>%1: the responder answered with a COOKIE challenge for tpready&apos;s SPI: a live IKEv2 daemon got the request and answered, so the path works both ways. This is weaker proof than a full response (the proposals were not evaluated): the server is holding several half-open requests from this address (every check leaves one for 30 s), and tpready does not start a second exchange so as not to load the real gateway&apos;s server.</source>
        <translation>%1: el respondedor respondió con un desafío COOKIE para el SPI de tpready: un demonio IKEv2 activo recibió la solicitud y respondió, así que la ruta funciona en ambos sentidos. Es una prueba más débil que una respuesta completa (no se evaluaron las propuestas): el servidor mantiene varias solicitudes semiabiertas desde esta dirección (cada comprobación deja una durante 30 s), y tpready no inicia un segundo intercambio para no cargar el servidor del gateway real.</translation>
    </message>
    <message>
        <source>%1: the responder answered INVALID_KE_PAYLOAD asking for DH group %2: a live IKEv2 daemon answered, so the path works both ways. This is weaker proof than a full response: the server prefers another of the offered groups, and tpready does not start a second exchange.</source>
        <translation>%1: el respondedor respondió INVALID_KE_PAYLOAD pidiendo el grupo DH %2: un demonio IKEv2 activo respondió, así que la ruta funciona en ambos sentidos. Es una prueba más débil que una respuesta completa: el servidor prefiere otro de los grupos ofrecidos, y tpready no inicia un segundo intercambio.</translation>
    </message>
    <message>
        <source>%1: the responder answered NO_PROPOSAL_CHOSEN: a live IKEv2 daemon answered, so the path works both ways. This is weaker proof than a full response: the server accepted none of the vendor&apos;s proposals or has no configuration for this laptop&apos;s address, which the gateway&apos;s own configuration may well have.</source>
        <translation>%1: el respondedor respondió NO_PROPOSAL_CHOSEN: un demonio IKEv2 activo respondió, así que la ruta funciona en ambos sentidos. Es una prueba más débil que una respuesta completa: el servidor no aceptó ninguna de las propuestas del fabricante o no tiene configuración para la dirección de este portátil, que la configuración del propio gateway bien puede tener.</translation>
    </message>
    <message>
        <source>%1: the responder answered INVALID_SYNTAX: a live IKEv2 daemon answered, so the path works both ways, but it rejected the request&apos;s format (weaker proof than a full response).</source>
        <translation>%1: el respondedor respondió INVALID_SYNTAX: un demonio IKEv2 activo respondió, así que la ruta funciona en ambos sentidos, pero rechazó el formato de la solicitud (prueba más débil que una respuesta completa).</translation>
    </message>
    <message>
        <source>%1: the responder answered IKE_SA_INIT for tpready&apos;s SPI (%2): a live IKEv2 daemon answered, so the path works both ways, but not with a full response (weaker proof).</source>
        <translation>%1: el respondedor respondió a IKE_SA_INIT para el SPI de tpready (%2): un demonio IKEv2 activo respondió, así que la ruta funciona en ambos sentidos, pero no con una respuesta completa (prueba más débil).</translation>
    </message>
    <message>
        <source>no notify</source>
        <translation>sin notificación</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no IKE daemon listens on this port, or a firewall rejects the packets.</source>
        <translation>IKEv2 en UDP %1 hacia %2: volvió un ICMP puerto inalcanzable: el host es alcanzable, pero ningún demonio IKE escucha en este puerto, o un firewall rechaza los paquetes.</translation>
    </message>
    <message>
        <source>On UDP %1 a Linux server also answers this way to an IKE packet without the non-ESP marker (it takes it for ESP); tpready sends the marker, so that is not the cause here.</source>
        <translation>En UDP %1, un servidor Linux también responde así a un paquete IKE sin el marcador no-ESP (lo toma por ESP); tpready envía el marcador, así que esa no es la causa aquí.</translation>
    </message>
    <message>
        <source>the request came back unchanged (an echo service or a loop, not an IKE responder)</source>
        <translation>la solicitud volvió sin cambios (un servicio de eco o un bucle, no un respondedor IKE)</translation>
    </message>
    <message>
        <source>an IKEv2 message for another initiator (%1)</source>
        <translation>un mensaje IKEv2 para otro iniciador (%1)</translation>
    </message>
    <message>
        <source>%1 bytes that are not a valid IKEv2 answer (%2)</source>
        <translation>%1 bytes que no son una respuesta IKEv2 válida (%2)</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: something answered, but not an IKEv2 responder for tpready&apos;s request: %3.</source>
        <translation>IKEv2 en UDP %1 hacia %2: algo respondió, pero no un respondedor IKEv2 a la solicitud de tpready: %3.</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: tpready sent its IKE_SA_INIT request %3 time(s) within %4 ms and nothing came back. Something drops the packets or the replies (a firewall silently discarding UDP %1), or the server ignored them, which strongSwan does after several half-open attempts from one address within 30 s.</source>
        <translation>IKEv2 en UDP %1 hacia %2: tpready envió su solicitud IKE_SA_INIT %3 vez/veces en %4 ms y no volvió nada. Algo descarta los paquetes o las respuestas (un firewall que descarta UDP %1 sin aviso), o el servidor los ignoró, como hace strongSwan tras varios intentos semiabiertos desde una misma dirección en 30 s.</translation>
    </message>
    <message>
        <source>Allow UDP %1 from the gateway&apos;s LAN to %2, and its replies back. If checks were run several times in a row, wait a minute and run again: the server may be ignoring repeated attempts from this site&apos;s address.</source>
        <translation>Permita UDP %1 desde la LAN del gateway hacia %2, y sus respuestas de vuelta. Si las comprobaciones se ejecutaron varias veces seguidas, espere un minuto y vuelva a ejecutarlas: puede que el servidor esté ignorando los intentos repetidos desde la dirección de este sitio.</translation>
    </message>
</context>
<context>
    <name>tpready::NameResolver</name>
    <message>
        <source>the name does not exist (NXDOMAIN from the resolver %1)</source>
        <translation>el nombre no existe (NXDOMAIN del resolvedor %1)</translation>
    </message>
    <message>
        <source>the name exists but has no address (no A or AAAA record at the resolver %1)</source>
        <translation>el nombre existe pero no tiene dirección (ningún registro A o AAAA en el resolvedor %1)</translation>
    </message>
    <message>
        <source>the resolver %1 answered SERVFAIL: it could not get an answer from the name&apos;s servers</source>
        <translation>el resolvedor %1 respondió SERVFAIL: no obtuvo respuesta de los servidores del nombre</translation>
    </message>
    <message>
        <source>the resolver %1 answered REFUSED: it does not answer this laptop</source>
        <translation>el resolvedor %1 respondió REFUSED: no responde a este portátil</translation>
    </message>
    <message>
        <source>the resolver %1 answered %2</source>
        <translation>el resolvedor %1 respondió %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n queries)</source>
        <translation>
            <numerusform>%1 (%n consulta)</numerusform>
            <numerusform>%1 (%n consultas)</numerusform>
        </translation>
    </message>
    <message>
        <source>no resolver answered within %1 ms: %2</source>
        <translation>ningún resolvedor respondió en %1 ms: %2</translation>
    </message>
    <message>
        <source>the system resolver gave no answer within %1 ms</source>
        <translation>el resolvedor del sistema no respondió en %1 ms</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1; %2</source>
        <translation>no se pudo contactar con ningún resolvedor: %1; %2</translation>
    </message>
    <message>
        <source>no resolver is known</source>
        <translation>no se conoce ningún resolvedor</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1</source>
        <translation>no se pudo contactar con ningún resolvedor: %1</translation>
    </message>
    <message>
        <source>the name does not exist or has no address (NXDOMAIN or no A/AAAA record)</source>
        <translation>el nombre no existe o no tiene dirección (NXDOMAIN o ningún registro A/AAAA)</translation>
    </message>
    <message>
        <source>the resolver failed: %1</source>
        <translation>el resolvedor falló: %1</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1; the system resolver: %2</source>
        <translation>no se pudo contactar con ningún resolvedor: %1; el resolvedor del sistema: %2</translation>
    </message>
</context>
<context>
    <name>tpready::NtpProbe</name>
    <message>
        <source>NTP on UDP %1 to %2</source>
        <translation>NTP en UDP %1 hacia %2</translation>
    </message>
    <message>
        <source>The server answered with NTP version %1 to a version 4 request.</source>
        <translation>El servidor respondió con la versión %1 de NTP a una solicitud de versión 4.</translation>
    </message>
    <message>
        <source>%1: the server answered with the kiss code %2: it is reachable, but it refuses this site&apos;s address by policy, so the gateway would be refused too.</source>
        <translation>%1: el servidor respondió con el código kiss %2: es alcanzable, pero rechaza la dirección de este sitio por política, así que el gateway también sería rechazado.</translation>
    </message>
    <message>
        <source>Ask the operator of %1 to allow the site&apos;s public address, or configure the gateway with another NTP server.</source>
        <translation>Pida al operador de %1 que permita la dirección pública del sitio, o configure el gateway con otro servidor NTP.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but with the kiss code RATE: it rate-limits this address. A gateway behind the same public address may be limited too, and would then not get the time.</source>
        <translation>%1: la ruta funciona (el servidor respondió a la solicitud de tpready), pero con el código kiss RATE: limita la tasa de esta dirección. Un gateway detrás de la misma dirección pública también puede verse limitado, y entonces no obtendría la hora.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes. If the server keeps answering RATE, configure the gateway with another NTP server or ask the operator of %1 about its rate limit.</source>
        <translation>Ejecute de nuevo la comprobación dentro de unos minutos. Si el servidor sigue respondiendo RATE, configure el gateway con otro servidor NTP o pregunte al operador de %1 por su límite de tasa.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but the server is not synchronised itself (kiss code %2): it would not set the gateway&apos;s clock.</source>
        <translation>%1: la ruta funciona (el servidor respondió a la solicitud de tpready), pero el propio servidor no está sincronizado (código kiss %2): no pondría en hora el reloj del gateway.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but with the kiss code %2 instead of the time: it would not set the gateway&apos;s clock.</source>
        <translation>%1: la ruta funciona (el servidor respondió a la solicitud de tpready), pero con el código kiss %2 en lugar de la hora: no pondría en hora el reloj del gateway.</translation>
    </message>
    <message>
        <source>Configure the gateway with an NTP server that is synchronised, or have %1 fixed: TLS and IPsec certificates are checked against the gateway&apos;s clock.</source>
        <translation>Configure el gateway con un servidor NTP sincronizado, o haga reparar %1: los certificados TLS e IPsec se comprueban con el reloj del gateway.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but the server says its own clock is not synchronised (leap indicator %2, stratum %3): it would not set the gateway&apos;s clock.</source>
        <translation>%1: la ruta funciona (el servidor respondió a la solicitud de tpready), pero el servidor indica que su propio reloj no está sincronizado (indicador de salto %2, estrato %3): no pondría en hora el reloj del gateway.</translation>
    </message>
    <message>
        <source>Its own distance to its reference is large (root delay %1 ms, root dispersion %2 ms): its time is of poor quality.</source>
        <translation>Su propia distancia a su referencia es grande (retardo raíz %1 ms, dispersión raíz %2 ms): su hora es de mala calidad.</translation>
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
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 works (stratum %2, delay %3 ms), but this laptop&apos;s clock is %4 ahead of the server&apos;s.</source>
        <translation>%1 funciona (estrato %2, retardo %3 ms), pero el reloj de este portátil va %4 por delante del del servidor.</translation>
    </message>
    <message>
        <source>%1 works (stratum %2, delay %3 ms), but this laptop&apos;s clock is %4 behind the server&apos;s.</source>
        <translation>%1 funciona (estrato %2, retardo %3 ms), pero el reloj de este portátil va %4 por detrás del del servidor.</translation>
    </message>
    <message>
        <source>Beyond %1 s, certificate validity checks made by this laptop and the report&apos;s timestamps cannot be trusted.</source>
        <translation>Más allá de %1 s, las comprobaciones de validez de certificados que hace este portátil y las marcas de tiempo del informe no son fiables.</translation>
    </message>
    <message>
        <source>Set this laptop&apos;s clock right (turn on automatic time synchronisation) and run the checks again. The gateway does not use the laptop&apos;s clock, only its own NTP, which this check shows is reachable.</source>
        <translation>Ponga en hora el reloj de este portátil (active la sincronización automática de la hora) y vuelva a ejecutar las comprobaciones. El gateway no usa el reloj del portátil, solo su propio NTP, que esta comprobación muestra como alcanzable.</translation>
    </message>
    <message>
        <source>%1: the server answered tpready&apos;s request (stratum %2, reference %3); the laptop&apos;s clock is %4 ms off, round-trip delay %5 ms.</source>
        <translation>%1: el servidor respondió a la solicitud de tpready (estrato %2, referencia %3); el reloj del portátil tiene un desfase de %4 ms, retardo de ida y vuelta %5 ms.</translation>
    </message>
    <message>
        <source>NTP on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no NTP server listens on it, or a firewall rejects the packets.</source>
        <translation>NTP en UDP %1 hacia %2: volvió un ICMP puerto inalcanzable: el host es alcanzable, pero ningún servidor NTP escucha en él, o un firewall rechaza los paquetes.</translation>
    </message>
    <message>
        <source>the request came back unchanged (an echo service or a loop, not an NTP server)</source>
        <translation>la solicitud volvió sin cambios (un servicio de eco o un bucle, no un servidor NTP)</translation>
    </message>
    <message>
        <source>%1 bytes that are not a valid reply to tpready&apos;s request (%2)</source>
        <translation>%1 bytes que no son una respuesta válida a la solicitud de tpready (%2)</translation>
    </message>
    <message>
        <source>%1: something answered, but not an NTP server replying to tpready&apos;s request: %2.</source>
        <translation>%1: algo respondió, pero no un servidor NTP que responda a la solicitud de tpready: %2.</translation>
    </message>
    <message>
        <source>%1: tpready sent %2 request(s) within %3 ms and nothing came back. Something drops the packets or the replies (a firewall silently discarding UDP %4), or the server ignores this address. tpready sends from a random port: a firewall that allows NTP only from source port 123 could still let a gateway through whose NTP client uses that port.</source>
        <translation>%1: tpready envió %2 solicitud(es) en %3 ms y no volvió nada. Algo descarta los paquetes o las respuestas (un firewall que descarta UDP %4 sin aviso), o el servidor ignora esta dirección. tpready envía desde un puerto aleatorio: un firewall que solo permite NTP desde el puerto de origen 123 podría aun así dejar pasar a un gateway cuyo cliente NTP use ese puerto.</translation>
    </message>
</context>
<context>
    <name>tpready::PlatformPage</name>
    <message>
        <source>ThingPark SaaS platform</source>
        <translation>Plataforma ThingPark SaaS</translation>
    </message>
    <message>
        <source>Which platform is the base station provisioned on? The flow table uses its host names.</source>
        <translation>¿En qué plataforma está aprovisionada la estación base? La tabla de flujos usa sus nombres de host.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>SLRC hosts</source>
        <translation>Hosts SLRC</translation>
    </message>
    <message>
        <source>SLRC hosts: %1</source>
        <translation>Hosts SLRC: %1</translation>
    </message>
</context>
<context>
    <name>tpready::ReportPage</name>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>No hace falta ningún cambio: todos los flujos probados pasaron.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention.</source>
        <translation>No falta ninguna regla de firewall, pero lo siguiente requiere atención.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Protocol/port</source>
        <translation>Protocolo/puerto</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>(local network)</source>
        <translation>(red local)</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>en ambos sentidos</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>saliente</translation>
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
        <translation>Además</translation>
    </message>
    <message>
        <source>Firewall change re&amp;quest</source>
        <translation>&amp;Solicitud de cambio del firewall</translation>
    </message>
    <message>
        <source>&amp;Copy change request</source>
        <translation>&amp;Copiar la solicitud</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>The verdict for this site, what to ask IT, and the report to send to support.</source>
        <translation>El veredicto para este sitio, qué pedir a TI y el informe que enviar al soporte.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Solicitud de cambio del firewall</translation>
    </message>
    <message>
        <source>Copy change request</source>
        <translation>Copiar la solicitud</translation>
    </message>
    <message>
        <source>Copy the change request to the clipboard as text, for an e-mail or a ticket.</source>
        <translation>Copiar la solicitud de cambio al portapapeles como texto, para un correo o un ticket.</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <source>Save the whole report as JSON (schema tpready-report/1), for support.</source>
        <translation>Guardar el informe completo en JSON (esquema tpready-report/1), para el soporte.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Save the report as PDF, and its JSON beside it: the PDF prints the JSON&apos;s digest.</source>
        <translation>Guardar el informe en PDF, con su JSON al lado: el PDF imprime la huella del JSON.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder the report was saved in.</source>
        <translation>Abrir la carpeta en la que se guardó el informe.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Every MUST flow was proven reachable from this site&apos;s network.</source>
        <translation>Se ha demostrado que cada flujo MUST es alcanzable desde la red de este sitio.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some were not checked (the run was cancelled): run the checks again to be sure.</source>
        <translation>Ningún flujo MUST falló, pero algunos no se comprobaron (la ejecución se canceló): vuelva a ejecutar las comprobaciones para asegurarse.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some checks need attention: see below.</source>
        <translation>Ningún flujo MUST falló, pero algunas comprobaciones requieren atención: vea más abajo.</translation>
    </message>
    <message>
        <source>One MUST check failed: the change request below says what to ask IT.</source>
        <translation>Una comprobación MUST falló: la solicitud de cambio que sigue indica qué pedir a TI.</translation>
    </message>
    <message>
        <source>%1 MUST checks failed: the change request below says what to ask IT.</source>
        <translation>%1 comprobaciones MUST fallaron: la solicitud de cambio que sigue indica qué pedir a TI.</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warning, %4 info, %5 skipped, out of %6 checks.</source>
        <translation>Correctas: %1, fallidas: %2, avisos: %3, info: %4, omitidas: %5, de un total de %6 comprobaciones.</translation>
    </message>
    <message>
        <source>Copied the change request to the clipboard.</source>
        <translation>Se copió la solicitud de cambio al portapapeles.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Informe JSON (*.json)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>%1 is not a PDF file name.</source>
        <translation>%1 no es un nombre de archivo PDF.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Guardado en %2: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Compare with an &amp;earlier report…</source>
        <translation>Comparar con un informe &amp;anterior…</translation>
    </message>
    <message>
        <source>Compare with an earlier report</source>
        <translation>Comparar con un informe anterior</translation>
    </message>
    <message>
        <source>Open an earlier JSON report of this site: what was fixed, what still fails, what newly fails. The PDF gets a section for it.</source>
        <translation>Abrir un informe JSON anterior de este sitio: lo corregido, lo que sigue fallando, lo que falla de nuevo. El PDF recibe una sección sobre ello.</translation>
    </message>
    <message>
        <source>Earlier report</source>
        <translation>Informe anterior</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Comparado con %1.</translation>
    </message>
    <message>
        <source>%1: not a report that can be read.</source>
        <translation>%1: no es un informe legible.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;From the gateway&lt;/b&gt; %1: merged; the verdict uses its view where it tested a check (%n disagreement(s) with the laptop; the laptop alone: %2).</source>
        <translation>
            <numerusform>&lt;b&gt;Desde la pasarela&lt;/b&gt; %1: fusionado; el veredicto sigue su vista donde probó una comprobación (%n discrepancia con el portátil; el portátil solo: %2).</numerusform>
            <numerusform>&lt;b&gt;Desde la pasarela&lt;/b&gt; %1: fusionado; el veredicto sigue su vista donde probó una comprobación (%n discrepancias con el portátil; el portátil solo: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway&apos;s results were not merged: %1</source>
        <translation>Los resultados de la pasarela no se fusionaron: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since the earlier report&lt;/b&gt; (%1): %2 newly failing, %3 still failing, %4 fixed, %5 not checked in both.</source>
        <translation>&lt;b&gt;Desde el informe anterior&lt;/b&gt; (%1): %2 fallan de nuevo, %3 siguen fallando, %4 corregidas, %5 no comprobadas en ambos.</translation>
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
        <translation>«%1» no es HOST=IP (un nombre de host, «=», una dirección IP).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2.</source>
        <translation>El archivo de CA %1 no se puede usar: %2.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Run options</source>
        <translation>Opciones de ejecución</translation>
    </message>
    <message>
        <source>Time allowed per check</source>
        <translation>Tiempo permitido por comprobación</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each check waits for an answer before it concludes that nothing answers.</source>
        <translation>Cuánto tiempo espera cada comprobación una respuesta antes de concluir que nada responde.</translation>
    </message>
    <message>
        <source>Private CA file</source>
        <translation>Archivo de CA privada</translation>
    </message>
    <message>
        <source>none: only the system&apos;s certificate authorities</source>
        <translation>ninguno: solo las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Buscar un archivo de CA</translation>
    </message>
    <message>
        <source>&amp;Time per check:</source>
        <translation>&amp;Tiempo por comprobación:</translation>
    </message>
    <message>
        <source>&amp;Private CA:</source>
        <translation>CA &amp;privada:</translation>
    </message>
    <message>
        <source>A self-hosted TPE whose certificates come from the company&apos;s own certificate authority: its certificate in PEM format.</source>
        <translation>Para un TPE autoalojado cuyos certificados proceden de la autoridad de certificación propia de la empresa: el certificado de esta en formato PEM.</translation>
    </message>
    <message>
        <source>For test labs only</source>
        <translation>Solo para laboratorios de pruebas</translation>
    </message>
    <message>
        <source>Resolve overrides</source>
        <translation>Resoluciones forzadas</translation>
    </message>
    <message>
        <source>one HOST=IP per line, e.g. slrc1.eu.thingpark.com=192.0.2.10</source>
        <translation>un HOST=IP por línea, p. ej. slrc1.eu.thingpark.com=192.0.2.10</translation>
    </message>
    <message>
        <source>&amp;Resolve these hosts to these addresses instead of asking the resolver:</source>
        <translation>&amp;Resolver estos hosts a estas direcciones en lugar de preguntar al resolvedor:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation>Certificado de la CA privada</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>tpready::Runner</name>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>La comprobación se canceló antes de terminar.</translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2.</source>
        <translation>%1 no se puede resolver: %2.</translation>
    </message>
    <message>
        <source>No probe exists for protocol %1.</source>
        <translation>No existe ninguna sonda para el protocolo %1.</translation>
    </message>
</context>
<context>
    <name>tpready::SitePage</name>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Which site is this? Everything on this page is optional: it names the site in the report, so support knows where the results come from.</source>
        <translation>¿Qué sitio es este? Todo en esta página es opcional: da nombre al sitio en el informe, para que el soporte sepa de dónde vienen los resultados.</translation>
    </message>
    <message>
        <source>e.g. Warehouse 3, Lyon</source>
        <translation>p. ej. Almacén 3, Sevilla</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nombre del sitio</translation>
    </message>
    <message>
        <source>who is installing, e.g. Jane Doe, Acme Networks</source>
        <translation>quién realiza la instalación, p. ej. Juana Pérez, Acme Redes</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>e.g. gateway on the roof, uplink through the customer&apos;s firewall</source>
        <translation>p. ej. gateway en la azotea, enlace a través del firewall del cliente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Site na&amp;me:</source>
        <translation>Nombre del &amp;sitio:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operador:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
</context>
<context>
    <name>tpready::StreamProbe</name>
    <message>
        <source>The connection succeeded but could not be used: %1.</source>
        <translation>La conexión se estableció pero no se pudo usar: %1.</translation>
    </message>
    <message>
        <source>TCP %1 to %2: %3.</source>
        <translation>TCP %1 hacia %2: %3.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed without the expected answer.</source>
        <translation>La conexión TCP al puerto %1 se aceptó y luego se cerró sin la respuesta esperada.</translation>
    </message>
    <message>
        <source>TCP %1 to %2: nothing answered within %3 ms (packets silently dropped).</source>
        <translation>TCP %1 hacia %2: nada respondió en %3 ms (paquetes descartados sin aviso).</translation>
    </message>
</context>
<context>
    <name>tpready::TpePage</name>
    <message>
        <source>ThingPark Enterprise address</source>
        <translation>Dirección de ThingPark Enterprise</translation>
    </message>
    <message>
        <source>Where does the base station reach your self-hosted ThingPark Enterprise (TPE)? Give the host name or IP address the base station is configured with.</source>
        <translation>¿Dónde alcanza la estación base su ThingPark Enterprise (TPE) autoalojado? Indique el nombre de host o la dirección IP con que está configurada la estación base.</translation>
    </message>
    <message>
        <source>TPE addresses</source>
        <translation>Direcciones TPE</translation>
    </message>
    <message>
        <source>e.g. tpe.example.com, or 192.0.2.10, 192.0.2.11</source>
        <translation>p. ej. tpe.example.com, o 192.0.2.10, 192.0.2.11</translation>
    </message>
    <message>
        <source>&amp;TPE address(es):</source>
        <translation>Dirección(es) del &amp;TPE:</translation>
    </message>
    <message>
        <source>Separate several addresses with commas or spaces. One address is a standalone TPE. Two or more addresses, one per node, is a high-availability TPE: the vendor&apos;s HIGH AVAILABILITY column then applies and every node is checked.</source>
        <translation>Separe varias direcciones con comas o espacios. Una dirección es un TPE independiente. Dos o más direcciones, una por nodo, son un TPE de alta disponibilidad: entonces se aplica la columna HIGH AVAILABILITY del fabricante y se comprueba cada nodo.</translation>
    </message>
    <message>
        <source>One node: a standalone TPE.</source>
        <translation>Un nodo: un TPE independiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n nodes: a high-availability TPE.</source>
        <translation>
            <numerusform>%n nodo: un TPE independiente.</numerusform>
            <numerusform>%n nodos: un TPE de alta disponibilidad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tpready::TransportPage</name>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>How does the base station talk to ThingPark? This chooses the vendor&apos;s flow table.</source>
        <translation>¿Cómo se comunica la estación base con ThingPark? Esta elección determina la tabla de flujos del fabricante.</translation>
    </message>
    <message>
        <source>An IPsec tunnel (IKEv2 on UDP 500 and 4500, then ESP) carries the LRR&apos;s traffic.</source>
        <translation>Un túnel IPsec (IKEv2 en UDP 500 y 4500, luego ESP) transporta el tráfico del LRR.</translation>
    </message>
    <message>
        <source>TLS tunnels on TCP 3001 to 3003 carry the LRR&apos;s traffic.</source>
        <translation>Túneles TLS en TCP 3001 a 3003 transportan el tráfico del LRR.</translation>
    </message>
    <message>
        <source>The gateway runs Semtech Basics Station instead of the LRR: LNS and CUPS over TLS.</source>
        <translation>El gateway ejecuta Semtech Basics Station en lugar del LRR: LNS y CUPS sobre TLS.</translation>
    </message>
    <message>
        <source>LRR version</source>
        <translation>Versión del LRR</translation>
    </message>
    <message>
        <source>Advanced: the site&apos;s own servers (optional)</source>
        <translation>Avanzado: los servidores propios del sitio (opcional)</translation>
    </message>
    <message>
        <source>NTP servers</source>
        <translation>Servidores NTP</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <source>empty: a current LRR</source>
        <translation>vacío: un LRR actual</translation>
    </message>
    <message>
        <source>LRR &amp;version:</source>
        <translation>&amp;Versión del LRR:</translation>
    </message>
    <message>
        <source>empty: %1, the default</source>
        <translation>vacío: %1, el predeterminado</translation>
    </message>
    <message>
        <source>NT&amp;P servers:</source>
        <translation>Servidores NT&amp;P:</translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation>Servidores DN&amp;S:</translation>
    </message>
    <message>
        <source>IEC 104 (TCP 2404) and FTP (TCP 21) without encryption.</source>
        <translation>IEC 104 (TCP 2404) y FTP (TCP 21) sin cifrado.</translation>
    </message>
    <message>
        <source>Not available with ThingPark SaaS: the vendor lists it for self-hosted deployments only.</source>
        <translation>No disponible con ThingPark SaaS: el fabricante solo lo incluye para despliegues autoalojados.</translation>
    </message>
    <message>
        <source>empty: none found on this laptop, give the site&apos;s resolver</source>
        <translation>vacío: no se encontró ninguno en este portátil, indique el resolvedor del sitio</translation>
    </message>
    <message>
        <source>empty: this laptop&apos;s resolvers, %1</source>
        <translation>vacío: los resolvedores de este portátil, %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an LRR version: write it as major.minor, e.g. 2.8 or 2.8.1.</source>
        <translation>«%1» no es una versión del LRR: escríbala como mayor.menor, p. ej. 2.8 o 2.8.1.</translation>
    </message>
    <message>
        <source>Leave it empty for a current LRR. Before 2.8 the vendor&apos;s certificate-check flows do not apply, and the flow table leaves them out.</source>
        <translation>Déjelo vacío para un LRR actual. Antes de la 2.8, los flujos de comprobación de certificados del fabricante no se aplican, y la tabla de flujos los omite.</translation>
    </message>
    <message>
        <source>Basics Station has no LRR version.</source>
        <translation>Basics Station no tiene versión del LRR.</translation>
    </message>
</context>
<context>
    <name>tpready::Wizard</name>
    <message>
        <source>ThingPark readiness</source>
        <translation>Preparación para ThingPark</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>About tpready</source>
        <translation>Acerca de tpready</translation>
    </message>
    <message>
        <source>&lt;h3&gt;tpready %1&lt;/h3&gt;&lt;p&gt;ThingPark readiness: checks that this site&apos;s network lets a LoRaWAN base station reach Actility ThingPark, and writes a report that proves it.&lt;/p&gt;&lt;p&gt;The flows are those of Actility&apos;s page “Authorizing base station flows to and from ThingPark”.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;tpready %1&lt;/h3&gt;&lt;p&gt;Preparación para ThingPark: comprueba que la red de este sitio permite a una estación base LoRaWAN alcanzar Actility ThingPark, y redacta un informe que lo demuestra.&lt;/p&gt;&lt;p&gt;Los flujos son los de la página de Actility «Authorizing base station flows to and from ThingPark».&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;From the gateway itself.&lt;/b&gt; The laptop is not the base station. On the flows or the checks page, &lt;i&gt;Check from the gateway…&lt;/i&gt; gives a read-only script: paste it into the gateway&apos;s shell (ssh), then paste the block it prints back into the box below it. Each check then shows both views and where they disagree. On the report page, &lt;i&gt;Compare with an earlier report…&lt;/i&gt; says what was fixed and what still or newly fails since an earlier visit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Desde la propia pasarela.&lt;/b&gt; El portátil no es la estación base. En la página de flujos o de comprobaciones, &lt;i&gt;Comprobar desde la pasarela…&lt;/i&gt; da un script de solo lectura: péguelo en el shell de la pasarela (ssh) y luego pegue el bloque que muestra en el cuadro de debajo. Cada comprobación muestra entonces ambas vistas y dónde discrepan. En la página del informe, &lt;i&gt;Comparar con un informe anterior…&lt;/i&gt; indica lo corregido y lo que sigue fallando o falla de nuevo desde una visita anterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tpready::WssProbe</name>
    <message>
        <source>%1 completed a verified TLS handshake but did not answer the WebSocket upgrade with HTTP (%2): &quot;%3&quot;.</source>
        <translation>%1 completó un protocolo de enlace TLS verificado, pero no respondió a la actualización a WebSocket con HTTP (%2): «%3».</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake, then closed the session without answering the WebSocket upgrade.</source>
        <translation>%1 completó un protocolo de enlace TLS verificado y luego cerró la sesión sin responder a la actualización a WebSocket.</translation>
    </message>
    <message>
        <source>%1 closed the session in the middle of its answer: &quot;%2&quot;.</source>
        <translation>%1 cerró la sesión a mitad de su respuesta: «%2».</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with 101, but not as RFC 6455 requires (%2): something in the path that is not the LNS answered.</source>
        <translation>%1 respondió a la actualización a WebSocket con 101, pero no como exige la RFC 6455 (%2): respondió algo de la ruta que no es el LNS.</translation>
    </message>
    <message>
        <source>The server closed the connection without an INFOS reply.</source>
        <translation>El servidor cerró la conexión sin respuesta INFOS.</translation>
    </message>
    <message>
        <source>Its next frame was not valid WebSocket (%1).</source>
        <translation>Su siguiente trama no era WebSocket válido (%1).</translation>
    </message>
    <message>
        <source>The server closed the WebSocket (code %1%2) without an INFOS reply.</source>
        <translation>El servidor cerró el WebSocket (código %1%2) sin respuesta INFOS.</translation>
    </message>
    <message>
        <source>It started a new message inside a fragmented one.</source>
        <translation>Empezó un mensaje nuevo dentro de uno fragmentado.</translation>
    </message>
    <message>
        <source>It sent a continuation frame outside any message.</source>
        <translation>Envió una trama de continuación fuera de cualquier mensaje.</translation>
    </message>
    <message>
        <source>Its reply was longer than %1 bytes.</source>
        <translation>Su respuesta superaba los %1 bytes.</translation>
    </message>
    <message>
        <source>The LNS at %1 answered router-info (INFOS) for the dummy router %2 with error &quot;%3&quot;: a genuine LNS discovery endpoint, reachable.</source>
        <translation>El LNS en %1 respondió a router-info (INFOS) para el router ficticio %2 con el error «%3»: un punto de descubrimiento LNS auténtico, alcanzable.</translation>
    </message>
    <message>
        <source>The LNS at %1 answered router-info (INFOS) for the dummy router %2 with its MUXS endpoint %3: a genuine LNS discovery endpoint, reachable.</source>
        <translation>El LNS en %1 respondió a router-info (INFOS) para el router ficticio %2 con su punto MUXS %3: un punto de descubrimiento LNS auténtico, alcanzable.</translation>
    </message>
    <message>
        <source>Its reply is not a router-info answer (%1): &quot;%2&quot;.</source>
        <translation>Su respuesta no es una respuesta router-info (%1): «%2».</translation>
    </message>
    <message>
        <source>%1 accepted the WebSocket upgrade to /router-info with a valid Sec-WebSocket-Accept: a WebSocket server holding the host&apos;s verified certificate, reachable.</source>
        <translation>%1 aceptó la actualización a WebSocket hacia /router-info con un Sec-WebSocket-Accept válido: un servidor WebSocket con el certificado verificado del host, alcanzable.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade to /router-info with &quot;%2&quot;: the LNS endpoint exists and wants the gateway&apos;s token or certificate, which this check does not have. The path works.</source>
        <translation>%1 respondió a la actualización a WebSocket hacia /router-info con «%2»: el punto LNS existe y pide el token o el certificado del gateway, que esta comprobación no tiene. La ruta funciona.</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot;: a web proxy in the path wants the laptop to authenticate. The base station cannot use a proxy.</source>
        <translation>%1 respondió «%2»: un proxy web en la ruta pide que el portátil se autentique. La estación base no puede usar un proxy.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot;: there is no LNS discovery endpoint (/router-info) there.</source>
        <translation>%1 respondió a la actualización a WebSocket con «%2»: ahí no hay ningún punto de descubrimiento LNS (/router-info).</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with a redirect (&quot;%2&quot;) to %3: a captive portal or proxy login page, not an LNS.</source>
        <translation>%1 respondió a la actualización a WebSocket con una redirección («%2») hacia %3: un portal cautivo o una página de inicio de sesión de un proxy, no un LNS.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>ningún sitio</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with a web page (&quot;%2&quot;): a captive portal or proxy page, not an LNS.</source>
        <translation>%1 respondió a la actualización a WebSocket con una página web («%2»): un portal cautivo o una página de un proxy, no un LNS.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot; instead of switching protocols: not an LNS.</source>
        <translation>%1 respondió a la actualización a WebSocket con «%2» en lugar de cambiar de protocolo: no es un LNS.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot; instead of switching protocols: the path to the server works, but it did not accept the LNS discovery request.</source>
        <translation>%1 respondió a la actualización a WebSocket con «%2» en lugar de cambiar de protocolo: la ruta hacia el servidor funciona, pero no aceptó la solicitud de descubrimiento LNS.</translation>
    </message>
    <message>
        <source>No INFOS reply came within %1 ms.</source>
        <translation>No llegó ninguna respuesta INFOS en %1 ms.</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake but sent no answer to the WebSocket upgrade within %2 ms.</source>
        <translation>%1 completó un protocolo de enlace TLS verificado, pero no envió ninguna respuesta a la actualización a WebSocket en %2 ms.</translation>
    </message>
    <message>
        <source>%1 began an answer to the WebSocket upgrade (&quot;%2&quot;) but did not finish it within %3 ms.</source>
        <translation>%1 empezó una respuesta a la actualización a WebSocket («%2») pero no la terminó en %3 ms.</translation>
    </message>
</context>
</TS>
