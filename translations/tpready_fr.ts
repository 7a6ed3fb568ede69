<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CatalogText</name>
    <message>
        <source>catalog file %1: %2: %3</source>
        <translation>fichier de catalogue %1 : %2 : %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>&apos;-&apos; (no port) is only valid for ICMP, ESP and DHCP</source>
        <translation>« - » (aucun port) n&apos;est valable que pour ICMP, ESP et DHCP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port (expected TCP/443 or UDP/500, separated by spaces)</source>
        <translation>« %1 » n&apos;est pas un port (attendu : TCP/443 ou UDP/500, séparés par des espaces)</translation>
    </message>
    <message>
        <source>port %1 is out of range (1-65535)</source>
        <translation>le port %1 est hors limites (1-65535)</translation>
    </message>
    <message>
        <source>no port given</source>
        <translation>aucun port indiqué</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>is larger than %1 bytes</source>
        <translation>dépasse %1 octets</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lower-case letters, digits and hyphens</source>
        <translation>« %1 » ne doit contenir que des minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <source>unknown role (expected SLRC, SLRC (LNS-BRIDGE), LRC, SUPPORT or PROXY_HTTP)</source>
        <translation>rôle inconnu (attendu : SLRC, SLRC (LNS-BRIDGE), LRC, SUPPORT ou PROXY_HTTP)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide</translation>
    </message>
    <message>
        <source>must list at least one host</source>
        <translation>doit contenir au moins un hôte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice</source>
        <translation>« %1 » est défini deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow id such as i7a</source>
        <translation>« %1 » n&apos;est pas un identifiant de flux tel que i7a</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be Bidirectional or Unidirectional</source>
        <translation>« %1 » doit valoir Bidirectional ou Unidirectional</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known protocol</source>
        <translation>« %1 » n&apos;est pas un protocole connu</translation>
    </message>
    <message>
        <source>protocol %1 needs a port</source>
        <translation>le protocole %1 exige un port</translation>
    </message>
    <message>
        <source>protocol %1 takes no port: use &apos;-&apos;</source>
        <translation>le protocole %1 ne prend pas de port : utilisez « - »</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known destination system</source>
        <translation>« %1 » n&apos;est pas un système de destination connu</translation>
    </message>
    <message>
        <source>LRC is reached only through SLRC tunnels, never directly</source>
        <translation>le LRC n&apos;est joint qu&apos;à travers les tunnels SLRC, jamais directement</translation>
    </message>
    <message>
        <source>TPE is not a destination of a SaaS deployment</source>
        <translation>TPE n&apos;est pas une destination d&apos;un déploiement SaaS</translation>
    </message>
    <message>
        <source>%1 is not a destination of a self-hosted deployment</source>
        <translation>%1 n&apos;est pas une destination d&apos;un déploiement auto-hébergé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 2.8</source>
        <translation>« %1 » n&apos;est pas une version telle que 2.8</translation>
    </message>
    <message>
        <source>must be &quot;MUST&quot; or &quot;OPTIONAL&quot;</source>
        <translation>doit valoir &quot;MUST&quot; ou &quot;OPTIONAL&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;standalone&quot; and &quot;high_availability&quot;, each &quot;MUST&quot; or &quot;OPTIONAL&quot;</source>
        <translation>doit être un objet avec &quot;standalone&quot; et &quot;high_availability&quot;, chacun valant &quot;MUST&quot; ou &quot;OPTIONAL&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be saas or self-hosted</source>
        <translation>« %1 » doit valoir saas ou self-hosted</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a transport of a %2 deployment</source>
        <translation>« %1 » n&apos;est pas un transport d&apos;un déploiement %2</translation>
    </message>
    <message>
        <source>must list at least one flow</source>
        <translation>doit contenir au moins un flux</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in this table</source>
        <translation>« %1 » apparaît deux fois dans ce tableau</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>doit être un entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a flow of this table</source>
        <translation>« %1 » n&apos;est pas un flux de ce tableau</translation>
    </message>
    <message>
        <source>flow %1 has no port %2</source>
        <translation>le flux %1 n&apos;a pas de port %2</translation>
    </message>
    <message>
        <source>only LRC and SUPPORT are reached through a tunnel</source>
        <translation>seuls LRC et SUPPORT sont joints à travers un tunnel</translation>
    </message>
    <message>
        <source>the %1 %2 table is defined twice (also in %3)</source>
        <translation>le tableau %1 %2 est défini deux fois (aussi dans %3)</translation>
    </message>
    <message>
        <source>catalog directory %1 holds no .json file</source>
        <translation>le répertoire de catalogue %1 ne contient aucun fichier .json</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 or %3</source>
        <translation>« %1 » ne vaut ni %2 ni %3</translation>
    </message>
    <message>
        <source>catalog directory %1: no table for deployment %2 with transport %3</source>
        <translation>répertoire de catalogue %1 : aucun tableau pour le déploiement %2 avec le transport %3</translation>
    </message>
    <message>
        <source>catalog directory %1: no file lists the SaaS platforms (schema %2)</source>
        <translation>répertoire de catalogue %1 : aucun fichier ne liste les plateformes SaaS (schéma %2)</translation>
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
        <translation>Demande de modification du pare-feu : station de base ThingPark</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
    <message>
        <source>Tested: %1 UTC</source>
        <translation>Date du test : %1 UTC</translation>
    </message>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>Aucune modification n&apos;est nécessaire : chaque flux testé est passé.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention:</source>
        <translation>Aucune règle de pare-feu ne manque, mais les points suivants demandent votre attention :</translation>
    </message>
    <message>
        <source>the gateway&apos;s LAN</source>
        <translation>le LAN de la passerelle</translation>
    </message>
    <message>
        <source>the gateway&apos;s LAN (the test laptop was on %1)</source>
        <translation>le LAN de la passerelle (le PC portable de test était sur %1)</translation>
    </message>
    <message>
        <source>the local network</source>
        <translation>le réseau local</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>dans les deux sens</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>sortant</translation>
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
        <translation>Également :</translation>
    </message>
    <message>
        <source>This test ran from a laptop on the gateway&apos;s LAN: the gateway&apos;s own address, MAC address, VLAN and path may still be treated differently.</source>
        <translation>Ce test a été lancé depuis un PC portable sur le LAN de la passerelle : la propre adresse de la passerelle, son adresse MAC, son VLAN et son chemin peuvent néanmoins être traités différemment.</translation>
    </message>
    <message>
        <source>Allow these flows in the firewall, from %1; replies to them must be allowed back. Today they are dropped, refused, not routed or forced through a proxy.</source>
        <translation>Autorisez ces flux dans le pare-feu, depuis %1 ; leurs réponses doivent pouvoir revenir. Aujourd&apos;hui ils sont rejetés, refusés, non routés ou forcés à passer par un proxy.</translation>
    </message>
    <message>
        <source>Exempt these flows from TLS/SSL inspection (decryption) on the proxy or firewall. They already get through: no port needs opening. A device in the path presents its own certificate instead of ThingPark&apos;s, and the base station refuses it.</source>
        <translation>Exemptez ces flux de l&apos;inspection TLS/SSL (déchiffrement) sur le proxy ou le pare-feu. Ils passent déjà : aucun port n&apos;est à ouvrir. Un équipement sur le chemin présente son propre certificat à la place de celui de ThingPark, et la station de base le refuse.</translation>
    </message>
    <message>
        <source>Allow the application on its port, not only the port, from %1. The connection opens, but a proxy, captive portal, port redirection, application-aware firewall or IPS answers it or cuts it: let it through unmodified, or exempt these destinations from that policy.</source>
        <translation>Autorisez l&apos;application sur son port, et pas seulement le port, depuis %1. La connexion s&apos;ouvre, mais un proxy, un portail captif, une redirection de port, un pare-feu applicatif ou un IPS y répond ou la coupe : laissez-la passer sans modification, ou exemptez ces destinations de cette politique.</translation>
    </message>
    <message>
        <source>Fix the name resolution: the site&apos;s DNS resolvers must answer for these names, and the gateway must reach them on UDP and TCP 53.</source>
        <translation>Corrigez la résolution de noms : les résolveurs DNS du site doivent répondre pour ces noms, et la passerelle doit les joindre en UDP et TCP 53.</translation>
    </message>
    <message>
        <source>Fix the name resolution: the site&apos;s DNS resolvers (this laptop used %1) must answer for these names, and the gateway must reach them on UDP and TCP 53.</source>
        <translation>Corrigez la résolution de noms : les résolveurs DNS du site (ce PC portable a utilisé %1) doivent répondre pour ces noms, et la passerelle doit les joindre en UDP et TCP 53.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>name lookup</source>
        <translation>résolution de nom</translation>
    </message>
    <message>
        <source>Allow %1 to %2, %3. Flow %4, %5. Found: %6.</source>
        <translation>Autorisez %1 vers %2, %3. Flux %4, %5. Constat : %6.</translation>
    </message>
    <message>
        <source>Exempt %1 to %2 from TLS inspection. Flow %3, %4. Found: %5.</source>
        <translation>Exemptez %1 vers %2 de l&apos;inspection TLS. Flux %3, %4. Constat : %5.</translation>
    </message>
    <message>
        <source>Allow %1 on %2 to %3, %4, unmodified. Flow %5, %6. Found: %7.</source>
        <translation>Autorisez %1 sur %2 vers %3, %4, sans modification. Flux %5, %6. Constat : %7.</translation>
    </message>
    <message>
        <source>Make %1 resolve. Flow %2, %3. Found: %4.</source>
        <translation>Faites en sorte que %1 se résolve. Flux %2, %3. Constat : %4.</translation>
    </message>
</context>
<context>
    <name>CheckDetailsText</name>
    <message>
        <source>(local network)</source>
        <translation>(réseau local)</translation>
    </message>
    <message>
        <source>This check is running.</source>
        <translation>Cette vérification est en cours.</translation>
    </message>
    <message>
        <source>This check is waiting for its turn.</source>
        <translation>Cette vérification attend son tour.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>What to ask IT</source>
        <translation>À demander au service informatique</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Reading this laptop&apos;s network settings…</source>
        <translation>Lecture des paramètres réseau de ce PC portable…</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>none with an address</source>
        <translation>aucune avec une adresse</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Passerelle par défaut</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>not measured (no NTP check answered)</source>
        <translation>non mesuré (aucune vérification NTP n&apos;a répondu)</translation>
    </message>
    <message>
        <source>0 ms against %1</source>
        <translation>0 ms par rapport à %1</translation>
    </message>
    <message>
        <source>+%1 ms against %2 (this laptop&apos;s clock is ahead)</source>
        <translation>+%1 ms par rapport à %2 (l&apos;horloge de ce PC portable est en avance)</translation>
    </message>
    <message>
        <source>%1 ms against %2 (this laptop&apos;s clock is behind)</source>
        <translation>%1 ms par rapport à %2 (l&apos;horloge de ce PC portable est en retard)</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Décalage d&apos;horloge</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Other interfaces</source>
        <translation>Autres interfaces</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>non disponible sur ce système</translation>
    </message>
    <message>
        <source>Uplink</source>
        <translation>Liaison montante</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 exige un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 %2 is a directory: give a file name.</source>
        <translation>%1 %2 est un répertoire : indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 %2: the directory %3 does not exist.</source>
        <translation>%1 %2 : le répertoire %3 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 %2: the directory %3 is not writable.</source>
        <translation>%1 %2 : le répertoire %3 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 %2: the file exists and is not writable.</source>
        <translation>%1 %2 : le fichier existe et n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>Verdict: %1 (%2 pass, %3 fail, %4 warn, %5 info, %6 skipped) in %7 ms</source>
        <translation>Verdict : %1 (réussies %2, en échec %3, avertissements %4, info %5, ignorées %6) en %7 ms</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message>
        <source>--timeout-ms must be a whole number of milliseconds from %1 to %2, not &apos;%3&apos;.</source>
        <translation>--timeout-ms doit être un nombre entier de millisecondes de %1 à %2, et non « %3 ».</translation>
    </message>
    <message>
        <source>--resolve needs HOST=IP with a host name and an IP address, not &apos;%1&apos;.</source>
        <translation>--resolve attend HOST=IP avec un nom d&apos;hôte et une adresse IP, et non « %1 ».</translation>
    </message>
    <message>
        <source>--site and --operator take at most %1 characters.</source>
        <translation>--site et --operator acceptent au plus %1 caractères.</translation>
    </message>
    <message>
        <source>--pdf and --json name the same file.</source>
        <translation>--pdf et --json désignent le même fichier.</translation>
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
        <translation>Utilisation : tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]

Liste les flux du tableau de l&apos;éditeur pour la sélection et les vérifications qui en découlent
(une par hôte et par port). Rien n&apos;est envoyé sur le réseau.

  --deployment D     saas ou self-hosted
  --transport T      lrr-ipsec, lrr-tls, lrr-plain (auto-hébergé uniquement) ou basics-station
  --platform P       plateforme SaaS (voir « tpready platforms »)
  --tpe HOST[,HOST]  auto-hébergé : l&apos;adresse du TPE ; deux ou plus pour un TPE en haute disponibilité
  --lrr-version X.Y  la version du LRR de la station de base ; les lignes des versions ultérieures sont omises
  --ntp HOST         un serveur NTP utilisé par la station de base (répétable ; par défaut pool.ntp.org)
  --dns IP           un serveur DNS utilisé par la station de base (répétable ; par défaut ceux de ce PC portable)
  --json             afficher le plan en JSON (schéma tpready-flows/1)
</translation>
    </message>
    <message>
        <source>Usage: tpready platforms [--json]

Lists the ThingPark SaaS platforms and the host names of their SLRC, LNS-BRIDGE, LRC, SUPPORT
and PROXY_HTTP servers, as the vendor&apos;s per-platform FQDN list gives them.

  --json   print the list as JSON (schema tpready-platforms/1)
</source>
        <translation>Utilisation : tpready platforms [--json]

Liste les plateformes ThingPark SaaS et les noms d&apos;hôte de leurs serveurs SLRC, LNS-BRIDGE, LRC, SUPPORT
et PROXY_HTTP, tels que les donne la liste des FQDN par plateforme de l&apos;éditeur.

  --json   afficher la liste en JSON (schéma tpready-platforms/1)
</translation>
    </message>
    <message>
        <source>(reached only through the SLRC tunnels)</source>
        <translation>(joint uniquement à travers les tunnels SLRC)</translation>
    </message>
    <message>
        <source>Self-hosted ThingPark Enterprise has no platform: give its address with --deployment self-hosted --tpe HOST.</source>
        <translation>ThingPark Enterprise auto-hébergé n&apos;a pas de plateforme : indiquez son adresse avec --deployment self-hosted --tpe HOST.</translation>
    </message>
    <message>
        <source>no command given. See &apos;tpready --help&apos;.</source>
        <translation>aucune commande indiquée. Voir « tpready --help ».</translation>
    </message>
    <message>
        <source>--version takes no argument.</source>
        <translation>--version ne prend pas d&apos;argument.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;. See &apos;tpready --help&apos;.</source>
        <translation>option inconnue « %1 ». Voir « tpready --help ».</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;. See &apos;tpready --help&apos;.</source>
        <translation>commande inconnue « %1 ». Voir « tpready --help ».</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 exige une valeur.</translation>
    </message>
    <message>
        <source>See &apos;tpready %1 --help&apos;.</source>
        <translation>Voir « tpready %1 --help ».</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;. See &apos;tpready %2 --help&apos;.</source>
        <translation>argument inattendu « %1 ». Voir « tpready %2 --help ».</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 est indiqué plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>--deployment is required (saas or self-hosted).</source>
        <translation>--deployment est obligatoire (saas ou self-hosted).</translation>
    </message>
    <message>
        <source>--transport is required (lrr-ipsec, lrr-tls, lrr-plain or basics-station).</source>
        <translation>--transport est obligatoire (lrr-ipsec, lrr-tls, lrr-plain ou basics-station).</translation>
    </message>
    <message>
        <source>unknown deployment &apos;%1&apos; (expected saas or self-hosted).</source>
        <translation>déploiement inconnu « %1 » (attendu : saas ou self-hosted).</translation>
    </message>
    <message>
        <source>unknown transport &apos;%1&apos; (expected lrr-ipsec, lrr-tls, lrr-plain or basics-station).</source>
        <translation>transport inconnu « %1 » (attendu : lrr-ipsec, lrr-tls, lrr-plain ou basics-station).</translation>
    </message>
    <message>
        <source>--platform needs a value.</source>
        <translation>--platform exige une valeur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an LRR version (expected X.Y, such as 2.8).</source>
        <translation>« %1 » n&apos;est pas une version de LRR (attendu : X.Y, par exemple 2.8).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code such as fr or de_DE.</source>
        <translation>« %1 » n&apos;est pas un code de langue tel que fr ou de_DE.</translation>
    </message>
    <message>
        <source>--from is required: the JSON report to render.</source>
        <translation>--from est obligatoire : le rapport JSON à convertir.</translation>
    </message>
    <message>
        <source>--pdf is required: the PDF file to write.</source>
        <translation>--pdf est obligatoire : le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>--ca %1: %2.</source>
        <translation>--ca %1 : %2.</translation>
    </message>
    <message>
        <source>--ca needs a file name.</source>
        <translation>--ca exige un nom de fichier.</translation>
    </message>
    <message>
        <source>--resolve gives two addresses for %1.</source>
        <translation>--resolve donne deux adresses pour %1.</translation>
    </message>
    <message>
        <source>--json needs a file name, or - for the standard output.</source>
        <translation>--json exige un nom de fichier, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf exige un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 est indiqué plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>Qt&apos;s OpenSSL TLS back-end could not be loaded (%1 is used instead): TLS verdicts may differ from those of a complete installation.</source>
        <translation>Le moteur TLS OpenSSL de Qt n&apos;a pas pu être chargé (%1 est utilisé à la place) : les verdicts TLS peuvent différer de ceux d&apos;une installation complète.</translation>
    </message>
    <message>
        <source>gateway: %1 %2</source>
        <translation>passerelle : %1 %2</translation>
    </message>
    <message>
        <source>Gateway view: %1 (%2), %3 of %4 checks tested there, %5 disagreement(s) with the laptop; the laptop alone: %6</source>
        <translation>Vue de la passerelle : %1 (%2), %3 vérifications sur %4 testées là-bas, %5 désaccord(s) avec le PC portable ; le PC portable seul : %6</translation>
    </message>
    <message>
        <source>--gateway-results needs a file name.</source>
        <translation>--gateway-results attend un nom de fichier.</translation>
    </message>
    <message>
        <source>--gateway-results %1: the results are for another selection (%2): make the gateway script with this check&apos;s selection.</source>
        <translation>--gateway-results %1 : les résultats sont ceux d&apos;une autre sélection (%2) : générez le script de passerelle avec la sélection de cette vérification.</translation>
    </message>
    <message>
        <source>--gateway-results %1: %2.</source>
        <translation>--gateway-results %1 : %2.</translation>
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
        <translation>tpready %1 : le réseau de ce site peut-il joindre Actility ThingPark ?

Utilisation :
  tpready                     ouvrir l&apos;assistant
  tpready platforms [--json]  lister les plateformes SaaS et leurs hôtes
  tpready flows --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--json]
                              lister les flux que le site doit autoriser, sans les tester
  tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]] [options]
                              lancer les vérifications depuis ce PC portable (voir « tpready check --help »)
  tpready report --from REPORT.json --pdf FILE [--gateway-results FILE --json FILE]
                              produire le PDF d&apos;un rapport enregistré
  tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                              un script shell qui lance les vérifications sur la station de base
  tpready compare OLD.json NEW.json [--json]
                              ce qui a été corrigé, échoue encore ou échoue désormais entre deux rapports
  tpready --version | --help

Options de toutes les commandes :
  --lang LANG       langue de la sortie (en, fr, de, es) ; par défaut celle du système
  --catalog DIR     lire le catalogue des flux dans DIR au lieu de la copie intégrée

Valeurs :
  D  saas | self-hosted
  T  lrr-ipsec | lrr-tls | lrr-plain (auto-hébergé uniquement) | basics-station
  P  un identifiant de plateforme SaaS : voir « tpready platforms »

« tpready COMMANDE --help » décrit une commande.
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
        <translation>Utilisation : tpready compare OLD.json NEW.json [--json]

Compare deux rapports de « tpready check » (ou de l&apos;assistant), vérification par vérification : ce qui a été
corrigé, ce qui échoue encore, ce qui échoue désormais et ce qui n&apos;a pas été vérifié dans les deux. Quand un
rapport contient les résultats de la passerelle elle-même, son verdict compte.

  --json   afficher la comparaison en JSON (schéma tpready-compare/1)

Code de sortie : 0 rien n&apos;échoue désormais, 1 quelque chose échoue désormais, 2 usage ou entrée incorrects.
</translation>
    </message>
    <message>
        <source>the script&apos;s template is missing from this build.</source>
        <translation>le modèle du script manque dans cette version.</translation>
    </message>
    <message>
        <source>compare takes two reports: OLD.json NEW.json.</source>
        <translation>compare attend deux rapports : OLD.json NEW.json.</translation>
    </message>
    <message>
        <source>%1 %2: no such file.</source>
        <translation>%1 %2 : fichier introuvable.</translation>
    </message>
    <message>
        <source>%1 %2: larger than %3 MiB, not a report.</source>
        <translation>%1 %2 : plus de %3 Mio, ce n&apos;est pas un rapport.</translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation>%1 %2 : %3.</translation>
    </message>
    <message>
        <source>%1 %2: refused, nothing merged: %3</source>
        <translation>%1 %2 : refusé, rien n&apos;a été fusionné : %3</translation>
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
        <translation>Utilisation : tpready report --from REPORT.json --pdf FILE [--gateway-results FILE] [--compare OLD.json]
                      [--json FILE]

Produit le PDF d&apos;un rapport JSON enregistré (par « tpready check --json » ou par l&apos;assistant), dans la langue
de --lang. Le PDF imprime le SHA-256 de REPORT.json, pour que les deux puissent être rapprochés.

  --gateway-results FILE  fusionner le bloc que « tpready gateway-script » a affiché sur la station de base ;
                          le rapport fusionné est écrit avec --json (le PDF imprime son SHA-256)
  --compare OLD.json      ajouter une section « Depuis le rapport précédent » : ce qui a été corrigé, échoue
                          encore ou échoue désormais depuis OLD.json
  --json FILE             écrire le rapport tel que rendu (requis avec --gateway-results, --compare)
</translation>
    </message>
    <message>
        <source>--gateway-results and --compare need --json FILE: the report the PDF&apos;s SHA-256 names.</source>
        <translation>--gateway-results et --compare exigent --json FILE : le rapport dont le PDF imprime le SHA-256.</translation>
    </message>
    <message>
        <source>%1 would overwrite the report given with --from.</source>
        <translation>%1 écraserait le rapport donné avec --from.</translation>
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
        <translation>Utilisation : tpready check --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                     [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--ca FILE]
                     [--resolve HOST=IP]... [--timeout-ms N] [--site NAME] [--operator NAME]
                     [--json FILE|-] [--pdf FILE] [--redact] [--quiet] [--gateway-results FILE]

Exécute chaque vérification du plan depuis ce PC portable : une preuve au niveau du protocole par flux, hôte et port.
Une ligne de progression par vérification terminée va sur stderr ; un résumé sur stdout.

  --ca FILE          certificats PEM approuvés en plus de ceux du système (une AC privée)
  --resolve HOST=IP  utiliser IP pour HOST au lieu d&apos;interroger le résolveur (répétable)
  --timeout-ms N     délai de chaque vérification, de %1 à %2 ms (par défaut 5000)
  --site NAME        le nom du site, pour le rapport
  --operator NAME    qui a lancé la vérification, pour le rapport
  --json FILE|-      écrire le rapport en JSON (schéma tpready-report/1) ; - pour stdout
  --pdf FILE         écrire le rapport en PDF ; sans --json, le JSON est enregistré à côté
  --redact           ne pas inclure les adresses propres à ce PC portable dans le rapport
  --quiet            aucune ligne de progression
  --gateway-results FILE  le bloc que « tpready gateway-script » a affiché sur la station de base : fusionné,
                     chaque vérification montre les deux vues, le verdict suit la passerelle là où elle a testé

Code de sortie : 0 tous les flux MUST ont réussi, 1 un flux MUST a échoué, 2 usage ou entrée incorrects, 3 erreur interne.
Les options de sélection sont celles de « tpready flows --help ».
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
        <translation>Utilisation : tpready gateway-script --deployment D --transport T [--platform P | --tpe HOST[,HOST]]
                              [--lrr-version X.Y] [--ntp HOST]... [--dns IP]... [--paste]

Affiche un script POSIX sh qui lance les vérifications du plan depuis la station de base elle-même, avec
les outils BusyBox des passerelles (nc, nslookup, ping ; openssl, ntpd ou ntpdate s&apos;ils sont présents).
Il est en lecture seule, ne contacte que les hôtes du plan et se termine dans le délai qu&apos;il affiche d&apos;abord,
par un bloc de résultats : donnez ce bloc à « tpready check --gateway-results FILE »,
« tpready report --gateway-results FILE » ou à l&apos;assistant. Les options de sélection sont celles de
« tpready flows ».

  --paste   présenter le script pour le coller dans le shell de la passerelle (ssh) en une seule commande
</translation>
    </message>
    <message>
        <source>system unknown</source>
        <translation>système inconnu</translation>
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
        <translation>(réseau local)</translation>
    </message>
    <message>
        <source>report key comparison.schema is not %1</source>
        <translation>la clé comparison.schema du rapport n&apos;est pas %1</translation>
    </message>
    <message>
        <source>report key comparison holds a check with an unknown verdict or reason</source>
        <translation>la clé comparison du rapport contient une vérification au verdict ou à la raison inconnus</translation>
    </message>
    <message>
        <source>Earlier report: %1 (%2)
Later report:   %3 (%4)
</source>
        <translation>Rapport précédent : %1 (%2)
Rapport suivant :  %3 (%4)
</translation>
    </message>
    <message>
        <source>The two reports are for different selections: only the checks they share are compared.
</source>
        <translation>Les deux rapports portent sur des sélections différentes : seules leurs vérifications communes sont comparées.
</translation>
    </message>
    <message>
        <source>Newly failing</source>
        <translation>Échouent désormais</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Échouent encore</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigées</translation>
    </message>
    <message>
        <source>Not checked in both</source>
        <translation>Non vérifiées dans les deux</translation>
    </message>
    <message>
        <source>Unchanged and not failing: %1
</source>
        <translation>Inchangées et sans échec : %1
</translation>
    </message>
</context>
<context>
    <name>CorrelateText</name>
    <message>
        <source>Without an IKE result for this host, nothing more can be said.</source>
        <translation>Sans résultat IKE pour cet hôte, rien de plus ne peut être dit.</translation>
    </message>
    <message>
        <source>IKE to this host did not get through either, so no tunnel can be set up.</source>
        <translation>IKE vers cet hôte n&apos;est pas passé non plus : aucun tunnel ne peut donc être établi.</translation>
    </message>
    <message>
        <source>The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948), which answered, so the data path is covered.</source>
        <translation>Le PC portable est derrière un NAT : le tunnel transportera ESP dans UDP 4500 (RFC 3948), qui a répondu ; le chemin des données est donc couvert.</translation>
    </message>
    <message>
        <source>The laptop is behind NAT: the tunnel will carry ESP inside UDP 4500 (RFC 3948); make sure UDP 4500 is allowed.</source>
        <translation>Le PC portable est derrière un NAT : le tunnel transportera ESP dans UDP 4500 (RFC 3948) ; vérifiez que UDP 4500 est autorisé.</translation>
    </message>
    <message>
        <source>The IKE answer carried no NAT detection, so whether ESP will travel in UDP 4500 is unknown: allow ESP (IP protocol 50) both ways to %1 as well as UDP 4500.</source>
        <translation>La réponse IKE ne contenait aucune détection de NAT : on ne sait donc pas si ESP passera dans UDP 4500. Autorisez ESP (protocole IP 50) dans les deux sens vers %1, ainsi que UDP 4500.</translation>
    </message>
    <message>
        <source>No NAT was detected: ESP (IP protocol 50) itself must be allowed both ways between the gateway and %1.</source>
        <translation>Aucun NAT détecté : ESP (protocole IP 50) lui-même doit être autorisé dans les deux sens entre la passerelle et %1.</translation>
    </message>
    <message>
        <source>Allow IP protocol 50 (ESP) both ways between the gateway&apos;s LAN and %1 (%2), or make sure the path uses NAT so that ESP travels in UDP 4500.</source>
        <translation>Autorisez le protocole IP 50 (ESP) dans les deux sens entre le LAN de la passerelle et %1 (%2), ou faites en sorte que le chemin passe par un NAT pour qu&apos;ESP circule dans UDP 4500.</translation>
    </message>
    <message>
        <source>The certificate of %1 port %2 was issued by &quot;%3&quot;, while the other %4 servers present certificates from &quot;%5&quot;: something in the path (TLS inspection) replaces the server&apos;s certificate.</source>
        <translation>Le certificat de %1 port %2 a été émis par « %3 », alors que les autres serveurs %4 présentent des certificats de « %5 » : un équipement sur le chemin (inspection TLS) remplace le certificat du serveur.</translation>
    </message>
    <message>
        <source>The host answered on %1/%2 though: only ICMP is blocked on the path.</source>
        <translation>L&apos;hôte a pourtant répondu sur %1/%2 : seul ICMP est bloqué sur le chemin.</translation>
    </message>
    <message>
        <source>This laptop is set to reach the Internet through a web proxy (%1): the base station cannot use one, so the direct path must be opened.</source>
        <translation>Ce PC portable est configuré pour accéder à Internet par un proxy web (%1) : la station de base ne peut pas en utiliser, le chemin direct doit donc être ouvert.</translation>
    </message>
    <message>
        <source>IKE answered on UDP 500 but not on UDP 4500: the tunnel would stall right after NAT detection, where IKE moves to UDP 4500, and ESP, which travels inside UDP 4500 behind NAT, would not get through either.</source>
        <translation>IKE a répondu en UDP 500 mais pas en UDP 4500 : le tunnel se bloquerait juste après la détection du NAT, quand IKE passe en UDP 4500, et ESP, qui voyage dans UDP 4500 derrière un NAT, ne passerait pas non plus.</translation>
    </message>
    <message>
        <source>Allow UDP 4500 both ways between the gateway&apos;s LAN and %1 (%2): IKE moves there after its first exchange, and ESP travels in it behind NAT.</source>
        <translation>Autorisez UDP 4500 dans les deux sens entre le LAN de la passerelle et %1 (%2) : IKE y passe après son premier échange, et ESP y voyage derrière un NAT.</translation>
    </message>
    <message>
        <source>The same host answered IKE on UDP 500, so the tunnel would start and then stall after NAT detection, when IKE moves to UDP 4500 (and ESP with it, behind NAT).</source>
        <translation>Le même hôte a répondu à IKE en UDP 500 : le tunnel démarrerait donc, puis se bloquerait après la détection du NAT, quand IKE passe en UDP 4500 (et ESP avec lui, derrière un NAT).</translation>
    </message>
    <message>
        <source>Allow UDP 4500 both ways between the gateway&apos;s LAN and %1 (%2), as UDP 500 already is: IKE moves to 4500 after its first exchange, and ESP travels in it behind NAT.</source>
        <translation>Autorisez UDP 4500 dans les deux sens entre le LAN de la passerelle et %1 (%2), comme UDP 500 l&apos;est déjà : IKE passe en 4500 après son premier échange, et ESP y voyage derrière un NAT.</translation>
    </message>
    <message>
        <source>The ICMP check to %1 found why: packets larger than %2 bytes are lost on this path without a &quot;fragmentation needed&quot; answer (a path-MTU black hole), so the server&apos;s first full-size packet never arrived.</source>
        <translation>Le contrôle ICMP vers %1 a trouvé pourquoi : les paquets de plus de %2 octets sont perdus sur ce chemin sans réponse « fragmentation needed » (un trou noir de MTU du chemin), donc le premier paquet de taille pleine du serveur n&apos;est jamais arrivé.</translation>
    </message>
    <message>
        <source>Ask for TCP MSS clamping to %1 bytes (the path MTU of %2 minus 40) on the router or firewall of the gateway&apos;s uplink, or for ICMP &quot;fragmentation needed&quot; (type 3 code 4) to be let through to the gateway&apos;s LAN, so that the path MTU is found.</source>
        <translation>Demandez un ajustement du MSS TCP (MSS clamping) à %1 octets (la MTU du chemin de %2 moins 40) sur le routeur ou le pare-feu de la liaison montante de la passerelle, ou que l&apos;ICMP « fragmentation needed » (type 3 code 4) soit laissé passer vers le LAN de la passerelle, afin que la MTU du chemin soit trouvée.</translation>
    </message>
</context>
<context>
    <name>DhcpText</name>
    <message>
        <source>%1 from the DHCP server %2</source>
        <translation>%1 du serveur DHCP %2</translation>
    </message>
    <message>
        <source>The laptop got its address by DHCP: %1.</source>
        <translation>Le PC portable a obtenu son adresse par DHCP : %1.</translation>
    </message>
    <message>
        <source>A static address (no DHCP) is set on %1.</source>
        <translation>Une adresse statique (sans DHCP) est configurée sur %1.</translation>
    </message>
    <message>
        <source>Old DHCP leases were found, but none for an address the laptop holds now: the system does not say how it got its current address.</source>
        <translation>D&apos;anciens baux DHCP ont été trouvés, mais aucun pour une adresse que le PC portable détient actuellement : le système n&apos;indique pas comment il a obtenu son adresse actuelle.</translation>
    </message>
    <message>
        <source>The system does not say whether the laptop&apos;s address came from DHCP.</source>
        <translation>Le système n&apos;indique pas si l&apos;adresse du PC portable provient du DHCP.</translation>
    </message>
</context>
<context>
    <name>EnvironmentAdviceText</name>
    <message>
        <source>A VPN is up on this laptop (%1): traffic may leave through it instead of the site&apos;s network, so the checks may test the VPN&apos;s path rather than the gateway&apos;s. Disconnect the VPN and run the checks again.</source>
        <translation>Un VPN est actif sur ce PC portable (%1) : le trafic peut passer par lui au lieu du réseau du site, et les vérifications risquent alors de tester le chemin du VPN plutôt que celui de la passerelle. Déconnectez le VPN et relancez les vérifications.</translation>
    </message>
    <message>
        <source>This laptop is on Wi-Fi (%1), while the base station will be wired: Wi-Fi is often another VLAN with other firewall rules. Plug the laptop into the gateway&apos;s cable or switch port for the closest result.</source>
        <translation>Ce PC portable est en Wi-Fi (%1), alors que la station de base sera raccordée par câble : le Wi-Fi est souvent un autre VLAN avec d&apos;autres règles de pare-feu. Branchez le PC portable sur le câble ou le port de switch de la passerelle pour obtenir le résultat le plus fidèle.</translation>
    </message>
</context>
<context>
    <name>EspProbe</name>
    <message>
        <source>ESP (IP protocol 50) to %1 cannot be tested from a laptop: it needs administrator rights and an established IPsec tunnel.</source>
        <translation>ESP (protocole IP 50) vers %1 ne peut pas être testé depuis un PC portable : il faut des droits d&apos;administrateur et un tunnel IPsec établi.</translation>
    </message>
</context>
<context>
    <name>GatewayBlockText</name>
    <message>
        <source>the text is larger than %1 KiB: paste only the result block</source>
        <translation>le texte dépasse %1 Kio : ne collez que le bloc de résultats</translation>
    </message>
    <message>
        <source>no result block: the text has no line &quot;%1&quot;. Copy the block the gateway script printed, from its BEGIN line to its END line.</source>
        <translation>aucun bloc de résultats : le texte n&apos;a pas de ligne « %1 ». Copiez le bloc affiché par le script de passerelle, de sa ligne BEGIN à sa ligne END.</translation>
    </message>
    <message>
        <source>the text holds %1 result blocks: paste one</source>
        <translation>le texte contient %1 blocs de résultats : collez-en un seul</translation>
    </message>
    <message>
        <source>the result block is cut short: its END line is missing. Copy it again, from its BEGIN line to its END line.</source>
        <translation>le bloc de résultats est tronqué : sa ligne END manque. Copiez-le de nouveau, de sa ligne BEGIN à sa ligne END.</translation>
    </message>
    <message>
        <source>the result block has no sum line before its END line: it was cut or changed</source>
        <translation>le bloc de résultats n&apos;a pas de ligne de somme avant sa ligne END : il a été coupé ou modifié</translation>
    </message>
    <message>
        <source>the result block&apos;s sum line is not one this tpready knows (sha256, md5 or cksum)</source>
        <translation>la ligne de somme du bloc de résultats n&apos;est pas d&apos;un type que ce tpready connaît (sha256, md5 ou cksum)</translation>
    </message>
    <message>
        <source>the result block is cut short: it counts %1 lines, %2 arrived</source>
        <translation>le bloc de résultats est tronqué : il compte %1 lignes, %2 sont arrivées</translation>
    </message>
    <message>
        <source>the result block has no line count before its sum: it was cut or changed</source>
        <translation>le bloc de résultats n&apos;a pas de nombre de lignes avant sa somme : il a été coupé ou modifié</translation>
    </message>
    <message>
        <source>the result block&apos;s %1 sum does not match its content: it was changed after the gateway printed it. Run the script again and copy the block as it is.</source>
        <translation>la somme %1 du bloc de résultats ne correspond pas à son contenu : il a été modifié après son affichage par la passerelle. Relancez le script et copiez le bloc tel quel.</translation>
    </message>
    <message>
        <source>line %1 of the result block is not a check result: &quot;%2&quot;</source>
        <translation>la ligne %1 du bloc de résultats n&apos;est pas un résultat de vérification : « %2 »</translation>
    </message>
    <message>
        <source>the result block holds the check &quot;%1&quot; twice</source>
        <translation>le bloc de résultats contient deux fois la vérification « %1 »</translation>
    </message>
    <message>
        <source>line %1 of the result block is not one of its own: &quot;%2&quot;</source>
        <translation>la ligne %1 du bloc de résultats ne lui appartient pas : « %2 »</translation>
    </message>
    <message>
        <source>the result block&apos;s format is &quot;%1&quot;; this tpready reads %2</source>
        <translation>le format du bloc de résultats est « %1 » ; ce tpready lit %2</translation>
    </message>
    <message>
        <source>these gateway results are for another plan (%1, plan %2), not this report&apos;s (plan %3): make the gateway script with the same selection as the check</source>
        <translation>ces résultats de passerelle portent sur un autre plan (%1, plan %2), pas sur celui de ce rapport (plan %3) : générez le script de passerelle avec la même sélection que la vérification</translation>
    </message>
    <message>
        <source>the gateway results hold a check this report does not: &quot;%1&quot;</source>
        <translation>les résultats de la passerelle contiennent une vérification absente de ce rapport : « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>the gateway results lack %n of this report&apos;s checks (&quot;%1&quot;...)</source>
        <translation>
            <numerusform>il manque aux résultats de la passerelle %n vérification de ce rapport (« %1 »...)</numerusform>
            <numerusform>il manque aux résultats de la passerelle %n vérifications de ce rapport (« %1 »...)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayText</name>
    <message>
        <source>Passes from the laptop, blocked from the gateway (%1): the gateway&apos;s port or VLAN has other rules, or its resolver gives another address.</source>
        <translation>Passe depuis le PC portable, bloqué depuis la passerelle (%1) : le port ou le VLAN de la passerelle a d&apos;autres règles, ou son résolveur donne une autre adresse.</translation>
    </message>
    <message>
        <source>Blocked from the laptop (%1), passes from the gateway: the laptop&apos;s own network or firewall is in the way, not the gateway&apos;s.</source>
        <translation>Bloqué depuis le PC portable (%1), passe depuis la passerelle : c&apos;est le réseau ou le pare-feu du PC portable qui gêne, pas celui de la passerelle.</translation>
    </message>
    <message>
        <source>The laptop says %1 (%2), the gateway says %3 (%4).</source>
        <translation>Le PC portable dit %1 (%2), la passerelle dit %3 (%4).</translation>
    </message>
    <message>
        <source>Both got through, but to other addresses: %1 from the laptop, %2 from the gateway. Their resolvers answer differently (a name with several addresses does that too).</source>
        <translation>Les deux passent, mais vers d&apos;autres adresses : %1 depuis le PC portable, %2 depuis la passerelle. Leurs résolveurs répondent différemment (un nom à plusieurs adresses fait de même).</translation>
    </message>
    <message>
        <source>The gateway asks the resolver(s) %1, not the DNS servers the plan was checked with (%2): its names may resolve otherwise than the laptop&apos;s.</source>
        <translation>La passerelle interroge le(s) résolveur(s) %1, pas les serveurs DNS avec lesquels le plan a été vérifié (%2) : ses noms peuvent se résoudre autrement que ceux du PC portable.</translation>
    </message>
    <message>
        <source>report key gateway.schema is not %1</source>
        <translation>la clé gateway.schema du rapport n&apos;est pas %1</translation>
    </message>
    <message>
        <source>report key gateway.checks[%1] holds an unknown protocol, transport, verdict, reason or port</source>
        <translation>la clé gateway.checks[%1] du rapport contient un protocole, un transport, un verdict, une raison ou un port inconnus</translation>
    </message>
</context>
<context>
    <name>HostInputText</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>%1 : champ vide.</translation>
    </message>
    <message>
        <source>The %1 is longer than 253 characters.</source>
        <translation>%1 : plus de 253 caractères.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a URL: give only the host name or IP address.</source>
        <translation>%1 « %2 » : c&apos;est une URL ; indiquez seulement le nom d&apos;hôte ou l&apos;adresse IP.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; includes a port: give only the host name or IP address, the ports come from the flow table.</source>
        <translation>%1 « %2 » : contient un port ; indiquez seulement le nom d&apos;hôte ou l&apos;adresse IP, les ports viennent du tableau des flux.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; has brackets: write the IPv6 address without them.</source>
        <translation>%1 « %2 » : contient des crochets ; écrivez l&apos;adresse IPv6 sans eux.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; has an IPv6 zone: give a global address.</source>
        <translation>%1 « %2 » : contient une zone IPv6 ; indiquez une adresse globale.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a valid IPv4 address.</source>
        <translation>%1 « %2 » : ce n&apos;est pas une adresse IPv4 valide.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is neither a host name nor an IP address.</source>
        <translation>%1 « %2 » : ce n&apos;est ni un nom d&apos;hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>The DNS server is empty.</source>
        <translation>Le serveur DNS est vide.</translation>
    </message>
    <message>
        <source>The DNS server &apos;%1&apos; is not an IP address: a resolver is given by its address.</source>
        <translation>Le serveur DNS « %1 » n&apos;est pas une adresse IP : un résolveur s&apos;indique par son adresse.</translation>
    </message>
</context>
<context>
    <name>Iec104Text</name>
    <message>
        <source>Port %1 answered the IEC 104 TESTFR with %2: &quot;%3&quot;.</source>
        <translation>Le port %1 a répondu au TESTFR IEC 104 par %2 : « %3 ».</translation>
    </message>
    <message>
        <source>Port %1 answered with bytes that look like IEC 104 but break its framing (%2): %3.</source>
        <translation>Le port %1 a répondu avec des octets qui ressemblent à de l&apos;IEC 104 mais en violent le tramage (%2) : %3.</translation>
    </message>
    <message>
        <source>Port %1 answered the IEC 104 TESTFR with bytes that are not IEC 104: %2.</source>
        <translation>Le port %1 a répondu au TESTFR IEC 104 avec des octets qui ne sont pas de l&apos;IEC 104 : %2.</translation>
    </message>
    <message>
        <source>An IEC 104 station answered on port %1: TESTFR act was confirmed (TESTFR con).</source>
        <translation>Une station IEC 104 a répondu sur le port %1 : TESTFR act a été confirmé (TESTFR con).</translation>
    </message>
    <message>
        <source>Port %1 sent %2 IEC 104 frames but never confirmed the TESTFR.</source>
        <translation>Le port %1 a envoyé %2 trames IEC 104 mais n&apos;a jamais confirmé le TESTFR.</translation>
    </message>
    <message>
        <source>Port %1 sent more than %2 bytes without a TESTFR con.</source>
        <translation>Le port %1 a envoyé plus de %2 octets sans TESTFR con.</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after %2, without a TESTFR con.</source>
        <translation>Le port %1 a fermé la connexion après %2, sans TESTFR con.</translation>
    </message>
    <message>
        <source>Port %1 sent %2 but no TESTFR con within %3 ms.</source>
        <translation>Le port %1 a envoyé %2 mais aucun TESTFR con en %3 ms.</translation>
    </message>
    <message>
        <source>IEC 104 answered inside the verified TLS session with %1: TESTFR act was confirmed by TESTFR con (%2, certificate issued by &quot;%3&quot;).</source>
        <translation>IEC 104 a répondu dans la session TLS vérifiée avec %1 : TESTFR act a été confirmé par TESTFR con (%2, certificat émis par « %3 »).</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 carries something other than IEC 104: %2 (&quot;%3&quot;).</source>
        <translation>La session TLS vérifiée avec %1 transporte autre chose que de l&apos;IEC 104 : %2 (« %3 »).</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed without a TESTFR con to our TESTFR act.</source>
        <translation>La session TLS vérifiée avec %1 a été fermée sans TESTFR con en réponse à notre TESTFR act.</translation>
    </message>
    <message>
        <source>The TLS session with %1 is verified, but no TESTFR con answered our TESTFR act within %2 ms: no IEC 104 server behind the TLS front end.</source>
        <translation>La session TLS avec %1 est vérifiée, mais aucun TESTFR con n&apos;a répondu à notre TESTFR act en %2 ms : aucun serveur IEC 104 derrière le frontal TLS.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed without an answer to the IEC 104 TESTFR: an application-aware firewall, an IPS or a proxy that cuts IEC 104 sessions after their first frame, or a station that accepts only the client addresses it is configured for (this laptop may be refused where the gateway would be accepted).</source>
        <translation>La connexion TCP au port %1 a été acceptée, puis fermée sans réponse au TESTFR IEC 104 : un pare-feu applicatif, un IPS ou un proxy qui coupe les sessions IEC 104 après leur première trame, ou une station qui n&apos;accepte que les adresses clientes pour lesquelles elle est configurée (cet ordinateur portable peut être refusé là où la passerelle serait acceptée).</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted but the IEC 104 TESTFR got no answer within %2 ms: an application-aware firewall or an IPS holds the session, a transparent proxy or a port redirection holds the port, or the station accepts only the client addresses it is configured for and ignores this laptop while it would answer the gateway.</source>
        <translation>La connexion TCP au port %1 a été acceptée mais le TESTFR IEC 104 n&apos;a reçu aucune réponse en %2 ms : un pare-feu applicatif ou un IPS retient la session, un proxy transparent ou une redirection de port occupe le port, ou la station n&apos;accepte que les adresses clientes pour lesquelles elle est configurée et ignore cet ordinateur portable alors qu&apos;elle répondrait à la passerelle.</translation>
    </message>
</context>
<context>
    <name>PdfReportText</name>
    <message>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVERT.</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>IGNORÉ</translation>
    </message>
    <message>
        <source>ThingPark readiness report</source>
        <translation>Rapport de préparation ThingPark</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>Every MUST flow was proven reachable from this site&apos;s network.</source>
        <translation>Chaque flux MUST a été prouvé joignable depuis le réseau de ce site.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some checks need attention: see the warnings below.</source>
        <translation>Aucun flux MUST n&apos;a échoué, mais certaines vérifications demandent votre attention : voir les avertissements ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n MUST check(s) failed: the firewall change request below lists what to open.</source>
        <translation>
            <numerusform>%n vérification MUST a échoué : la demande de modification du pare-feu ci-dessous liste ce qu&apos;il faut ouvrir.</numerusform>
            <numerusform>%n vérifications MUST ont échoué : la demande de modification du pare-feu ci-dessous liste ce qu&apos;il faut ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warn, %4 info, %5 skipped, out of %6 checks.</source>
        <translation>Réussies : %1, en échec : %2, avertissements : %3, info : %4, ignorées : %5, sur %6 vérifications.</translation>
    </message>
    <message>
        <source>Site and run</source>
        <translation>Site et exécution</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Identifiant de la passerelle</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Report SHA-256</source>
        <translation>SHA-256 du rapport</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>TPE</source>
        <translation>TPE</translation>
    </message>
    <message>
        <source>TPE mode</source>
        <translation>Mode du TPE</translation>
    </message>
    <message>
        <source>high availability</source>
        <translation>haute disponibilité</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>autonome</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>LRR version</source>
        <translation>Version du LRR</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <source>NTP servers</source>
        <translation>Serveurs NTP</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
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
        <translation>(réseau local)</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Req.</source>
        <translation>Exig.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
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
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Demande de modification du pare-feu</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>dans les deux sens</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Protocol/port</source>
        <translation>Protocole/port</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What this test can and cannot prove</source>
        <translation>Ce que ce test peut prouver et ce qu&apos;il ne peut pas prouver</translation>
    </message>
    <message>
        <source>The checks ran from a laptop on the gateway&apos;s LAN. They prove what this network lets through for that laptop. The gateway may still be treated differently: by its own address or MAC address (port security, 802.1X, firewall rules per host), by another VLAN, by another NAT or route, by its own DNS and clock. ESP (IP protocol 50) cannot be tested without the gateway&apos;s credentials. Run the test on the gateway&apos;s own cable or VLAN for the closest result.</source>
        <translation>Les vérifications ont été lancées depuis un PC portable sur le LAN de la passerelle. Elles prouvent ce que ce réseau laisse passer pour ce PC portable. La passerelle peut néanmoins être traitée différemment : selon sa propre adresse ou son adresse MAC (sécurité de port, 802.1X, règles de pare-feu par hôte), un autre VLAN, un autre NAT ou une autre route, son propre DNS et sa propre horloge. ESP (protocole IP 50) ne peut pas être testé sans les identifiants de la passerelle. Lancez le test sur le câble ou le VLAN de la passerelle pour obtenir le résultat le plus fidèle.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>, down</source>
        <translation>, désactivée</translation>
    </message>
    <message>
        <source>[default route]</source>
        <translation>[route par défaut]</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Passerelle par défaut</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Clock offset</source>
        <translation>Décalage d&apos;horloge</translation>
    </message>
    <message>
        <source>%1 ms (against %2)</source>
        <translation>%1 ms (par rapport à %2)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message>
        <source>(more evidence in the JSON report)</source>
        <translation>(plus d&apos;éléments dans le rapport JSON)</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON report saved with this PDF:</source>
        <translation>SHA-256 du rapport JSON enregistré avec ce PDF :</translation>
    </message>
    <message>
        <source>Compute it with &apos;sha256sum FILE.json&apos; (or &apos;certutil -hashfile FILE.json SHA256&apos; on Windows) to check that both describe the same run.</source>
        <translation>Calculez-le avec « sha256sum FICHIER.json » (ou « certutil -hashfile FICHIER.json SHA256 » sous Windows) pour vérifier que les deux décrivent la même exécution.</translation>
    </message>
    <message>
        <source>ThingPark readiness report: %1</source>
        <translation>Rapport de préparation ThingPark : %1</translation>
    </message>
    <message>
        <source>unnamed site</source>
        <translation>site sans nom</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>the PDF layout was not stable (%1 pages, then %2)</source>
        <translation>la mise en page du PDF n&apos;était pas stable (%1 pages, puis %2)</translation>
    </message>
    <message>
        <source>cannot write %1: it is a directory</source>
        <translation>impossible d&apos;écrire %1 : c&apos;est un répertoire</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>Aucune modification n&apos;est nécessaire : chaque flux testé est passé.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention.</source>
        <translation>Aucune règle de pare-feu ne manque, mais les points suivants demandent votre attention.</translation>
    </message>
    <message>
        <source>not available on this system</source>
        <translation>non disponible sur ce système</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>Uplink quality</source>
        <translation>Qualité de la liaison montante</translation>
    </message>
    <message>
        <source>No ICMP check got an answer: nothing is known of the uplink&apos;s loss, round trip and path MTU.</source>
        <translation>Aucun contrôle ICMP n&apos;a obtenu de réponse : on ne sait rien des pertes, de l&apos;aller-retour ni de la MTU du chemin de la liaison montante.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (black hole)</source>
        <translation>%1 (trou noir)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Round trip ms (min / avg / max)</source>
        <translation>Aller-retour ms (min / moy / max)</translation>
    </message>
    <message>
        <source>Jitter ms</source>
        <translation>Gigue ms</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>MTU du chemin</translation>
    </message>
    <message>
        <source>Nothing here is poor enough to hurt the base station&apos;s link (warnings from %1 % loss, %2 ms average round trip, %3 ms jitter, a path-MTU black hole, or a path MTU under 1500 bytes for IPsec).</source>
        <translation>Rien ici n&apos;est assez mauvais pour nuire à la liaison de la station de base (avertissements à partir de %1 % de perte, %2 ms d&apos;aller-retour moyen, %3 ms de gigue, d&apos;un trou noir de MTU du chemin, ou d&apos;une MTU du chemin inférieure à 1500 octets pour IPsec).</translation>
    </message>
</context>
<context>
    <name>PdfSectionText</name>
    <message>
        <source>(local network)</source>
        <translation>(réseau local)</translation>
    </message>
    <message>
        <source>From the gateway</source>
        <translation>Depuis la passerelle</translation>
    </message>
    <message>
        <source>The base station ran the checks itself (tpready gateway-script) and its result block was merged. Where it tested a check, its verdict counts for the verdict above; the laptop alone said %1.</source>
        <translation>La station de base a lancé les vérifications elle-même (tpready gateway-script) et son bloc de résultats a été fusionné. Là où elle a testé une vérification, son verdict compte pour le verdict ci-dessus ; le PC portable seul disait : %1.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Its resolvers</source>
        <translation>Ses résolveurs</translation>
    </message>
    <message>
        <source>Its tools</source>
        <translation>Ses outils</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Block sum</source>
        <translation>Somme du bloc</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>PC portable</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The two views agree wherever both tested a check.</source>
        <translation>Les deux vues concordent partout où toutes deux ont testé une vérification.</translation>
    </message>
    <message>
        <source>Where the views disagree:</source>
        <translation>Là où les vues divergent :</translation>
    </message>
    <message>
        <source>Since the earlier report</source>
        <translation>Depuis le rapport précédent</translation>
    </message>
    <message>
        <source>Compared with the report of %1 (%2).</source>
        <translation>Comparé au rapport du %1 (%2).</translation>
    </message>
    <message>
        <source>The earlier report is for another selection: only the checks both reports share are compared.</source>
        <translation>Le rapport précédent porte sur une autre sélection : seules les vérifications communes aux deux rapports sont comparées.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Newly failing</source>
        <translation>Échouent désormais</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>Échouent encore</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigées</translation>
    </message>
    <message>
        <source>Not checked in both</source>
        <translation>Non vérifiées dans les deux</translation>
    </message>
    <message>
        <source>Unchanged and not failing: %1.</source>
        <translation>Inchangées et sans échec : %1.</translation>
    </message>
</context>
<context>
    <name>PlanExportText</name>
    <message>
        <source>TPE %1 (high availability)</source>
        <translation>TPE %1 (haute disponibilité)</translation>
    </message>
    <message>
        <source>TPE %1 (standalone)</source>
        <translation>TPE %1 (autonome)</translation>
    </message>
    <message>
        <source>LRR version %1</source>
        <translation>LRR en version %1</translation>
    </message>
    <message>
        <source>current LRR version</source>
        <translation>version actuelle du LRR</translation>
    </message>
    <message>
        <source>this network&apos;s DHCP server (found by broadcast)</source>
        <translation>le serveur DHCP de ce réseau (trouvé par diffusion)</translation>
    </message>
    <message>
        <source>no DNS server found on this laptop: give the one the gateway will use</source>
        <translation>aucun serveur DNS trouvé sur ce PC portable : indiquez celui que la passerelle utilisera</translation>
    </message>
    <message>
        <source>(this laptop&apos;s resolvers)</source>
        <translation>(résolveurs de ce PC portable)</translation>
    </message>
    <message>
        <source>Flow %1 is left out: it applies only to LRR version %2 and later, and this site&apos;s LRR is %3.</source>
        <translation>Le flux %1 est omis : il ne s&apos;applique qu&apos;à partir de la version %2 du LRR, et le LRR de ce site est en version %3.</translation>
    </message>
    <message>
        <source>%1 on the local network</source>
        <translation>%1 sur le réseau local</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4) is not reached directly: the base station reaches it through flow %5 on TCP/%6 to SLRC.</source>
        <translation>%1 %2 (%3 %4) n&apos;est pas joint directement : la station de base le joint par le flux %5 sur TCP/%6 vers SLRC.</translation>
    </message>
    <message>
        <source>%1 %2 is not reached directly: its traffic travels inside the IPsec tunnel to SLRC (flow %3).</source>
        <translation>%1 %2 n&apos;est pas joint directement : son trafic passe dans le tunnel IPsec vers SLRC (flux %3).</translation>
    </message>
    <message>
        <source>From %1 / %2 to %3 / %4, %5</source>
        <translation>De %1 / %2 vers %3 / %4, %5</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>STANDALONE: %1, HIGH AVAILABILITY: %2</source>
        <translation>STANDALONE : %1, HIGH AVAILABILITY : %2</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <translation>Hôtes : %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Vérifications : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n vérification</numerusform>
            <numerusform>%n vérifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>La vérification a été annulée avant sa fin.</translation>
    </message>
</context>
<context>
    <name>ProtocolText</name>
    <message>
        <source>an HTTP response (a web server, proxy or captive portal)</source>
        <translation>une réponse HTTP (un serveur web, un proxy ou un portail captif)</translation>
    </message>
    <message>
        <source>a TLS record (a TLS server)</source>
        <translation>un enregistrement TLS (un serveur TLS)</translation>
    </message>
    <message>
        <source>an SSH identification line (an SSH server)</source>
        <translation>une ligne d&apos;identification SSH (un serveur SSH)</translation>
    </message>
    <message>
        <source>a numbered text greeting (an FTP or SMTP server)</source>
        <translation>un message d&apos;accueil textuel numéroté (un serveur FTP ou SMTP)</translation>
    </message>
    <message>
        <source>an HTML page (a web server or captive portal)</source>
        <translation>une page HTML (un serveur web ou un portail captif)</translation>
    </message>
    <message>
        <source>an IEC 104 frame</source>
        <translation>une trame IEC 104</translation>
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
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation>Prêt avec avertissements</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>PRÊT</translation>
    </message>
    <message>
        <source>READY WITH WARNINGS</source>
        <translation>PRÊT AVEC AVERTISSEMENTS</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>PAS PRÊT</translation>
    </message>
</context>
<context>
    <name>ReportFilesText</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: not a regular file</source>
        <translation>impossible d&apos;écrire %1 : ce n&apos;est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>the local network</source>
        <translation>le réseau local</translation>
    </message>
    <message>
        <source>report key %1%2 is missing</source>
        <translation>la clé %1%2 du rapport est absente</translation>
    </message>
    <message>
        <source>report key %1%2 has the wrong type</source>
        <translation>la clé %1%2 du rapport n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>the report is larger than %1 MiB</source>
        <translation>le rapport dépasse %1 Mio</translation>
    </message>
    <message>
        <source>the report is not valid JSON (offset %1: %2)</source>
        <translation>le rapport n&apos;est pas du JSON valide (position %1 : %2)</translation>
    </message>
    <message>
        <source>the report is not a JSON object</source>
        <translation>le rapport n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the report&apos;s schema is &apos;%1&apos;, not %2</source>
        <translation>le schéma du rapport est « %1 », et non %2</translation>
    </message>
    <message>
        <source>report key started_at or finished_at is not an ISO 8601 date</source>
        <translation>la clé started_at ou finished_at du rapport n&apos;est pas une date ISO 8601</translation>
    </message>
    <message>
        <source>report key %1 holds an unknown requirement, protocol, transport, verdict or reason</source>
        <translation>la clé %1 du rapport contient une exigence, un protocole, un transport, un verdict ou une raison inconnus</translation>
    </message>
    <message>
        <source>Make sure the site&apos;s DNS resolver answers for %1 (and that the gateway may reach it on UDP and TCP 53).</source>
        <translation>Vérifiez que le résolveur DNS du site répond pour %1 (et que la passerelle peut le joindre en UDP et TCP 53).</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2, and its replies back: today the packets are silently dropped.</source>
        <translation>Autorisez %1 depuis le LAN de la passerelle vers %2, ainsi que ses réponses : aujourd&apos;hui les paquets sont abandonnés silencieusement.</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2: a firewall rejects it, or nothing listens there.</source>
        <translation>Autorisez %1 depuis le LAN de la passerelle vers %2 : un pare-feu le rejette, ou rien n&apos;écoute à cet endroit.</translation>
    </message>
    <message>
        <source>Give the gateway&apos;s LAN a route to %1: the network answers that it is unreachable.</source>
        <translation>Donnez au LAN de la passerelle une route vers %1 : le réseau répond que la destination est injoignable.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 is not trusted: if a device in the path presents its own, exempt this destination from TLS inspection.</source>
        <translation>Le certificat présenté pour %1 n&apos;est pas approuvé : si un équipement sur le chemin présente le sien, exemptez cette destination de l&apos;inspection TLS.</translation>
    </message>
    <message>
        <source>Exempt %1 (%2) from TLS/SSL inspection on the proxy or firewall: the base station only accepts ThingPark&apos;s own certificate.</source>
        <translation>Exemptez %1 (%2) de l&apos;inspection TLS/SSL sur le proxy ou le pare-feu : la station de base n&apos;accepte que le certificat propre à ThingPark.</translation>
    </message>
    <message>
        <source>Let %1 to %2 through unmodified: something other than the expected server answers it (a transparent proxy, captive portal or port redirection).</source>
        <translation>Laissez passer %1 vers %2 sans modification : autre chose que le serveur attendu y répond (un proxy transparent, un portail captif ou une redirection de port).</translation>
    </message>
    <message>
        <source>Set the laptop&apos;s clock right and make sure the gateway can reach its NTP server: certificates are checked against the clock.</source>
        <translation>Mettez l&apos;horloge du PC portable à l&apos;heure et vérifiez que la passerelle peut joindre son serveur NTP : les certificats sont contrôlés par rapport à l&apos;horloge.</translation>
    </message>
    <message>
        <source>Allow %1 from the gateway&apos;s LAN to %2 directly: the base station cannot use a web proxy.</source>
        <translation>Autorisez %1 depuis le LAN de la passerelle vers %2 en direct : la station de base ne peut pas utiliser de proxy web.</translation>
    </message>
    <message>
        <source>Run the check again; if it persists, send this report to support.</source>
        <translation>Relancez la vérification ; si le problème persiste, envoyez ce rapport au support.</translation>
    </message>
    <message>
        <source>report key %1%2 is out of range</source>
        <translation>la clé %1%2 du rapport est hors limites</translation>
    </message>
    <message>
        <source>Allow %1 to %2 as the application %3, not only as a port, from the gateway&apos;s LAN: the connection opens, then something in the path (an application-aware firewall, an IPS or a proxy) cuts it before the exchange completes.</source>
        <translation>Autorisez %1 vers %2 en tant qu&apos;application %3, et pas seulement en tant que port, depuis le LAN de la passerelle : la connexion s&apos;ouvre, puis quelque chose sur le chemin (un pare-feu applicatif, un IPS ou un proxy) la coupe avant la fin de l&apos;échange.</translation>
    </message>
    <message>
        <source>Allow %1 to %2 as the application %3, not only as a port, from the gateway&apos;s LAN: the connection opens, then the exchange stops. An application-aware firewall, an IPS or a proxy holds it, or the path drops large packets (ask for TCP MSS clamping if the uplink is PPPoE or a tunnel).</source>
        <translation>Autorisez %1 vers %2 en tant qu&apos;application %3, et pas seulement en tant que port, depuis le LAN de la passerelle : la connexion s&apos;ouvre, puis l&apos;échange s&apos;arrête. Un pare-feu applicatif, un IPS ou un proxy le retient, ou le chemin abandonne les gros paquets (demandez le clamping du MSS TCP si le lien est en PPPoE ou dans un tunnel).</translation>
    </message>
</context>
<context>
    <name>RunOptionsText</name>
    <message>
        <source>no readable file there</source>
        <translation>aucun fichier lisible à cet emplacement</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB</source>
        <translation>le fichier dépasse 4 Mio</translation>
    </message>
    <message>
        <source>the file holds no PEM certificate</source>
        <translation>le fichier ne contient aucun certificat PEM</translation>
    </message>
</context>
<context>
    <name>SelectionText</name>
    <message>
        <source>A self-hosted deployment needs the address of at least one TPE node.</source>
        <translation>Un déploiement auto-hébergé exige l&apos;adresse d&apos;au moins un nœud TPE.</translation>
    </message>
    <message>
        <source>Too many TPE addresses: %1 given, at most %2.</source>
        <translation>Trop d&apos;adresses TPE : %1 indiquées, %2 au maximum.</translation>
    </message>
    <message>
        <source>Too many NTP servers: %1 given, at most %2.</source>
        <translation>Trop de serveurs NTP : %1 indiqués, %2 au maximum.</translation>
    </message>
    <message>
        <source>Too many DNS servers: %1 given, at most %2.</source>
        <translation>Trop de serveurs DNS : %1 indiqués, %2 au maximum.</translation>
    </message>
    <message>
        <source>TPE address</source>
        <translation>Adresse TPE</translation>
    </message>
    <message>
        <source>NTP server</source>
        <translation>Serveur NTP</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is given twice.</source>
        <translation>« %1 » est indiqué deux fois.</translation>
    </message>
    <message>
        <source>The transport %1 (LRR with neither IPsec nor TLS) exists only for self-hosted deployments.</source>
        <translation>Le transport %1 (LRR sans IPsec ni TLS) n&apos;existe que pour les déploiements auto-hébergés.</translation>
    </message>
    <message>
        <source>TPE addresses apply only to self-hosted deployments; a SaaS deployment uses a platform.</source>
        <translation>Les adresses TPE ne s&apos;appliquent qu&apos;aux déploiements auto-hébergés ; un déploiement SaaS utilise une plateforme.</translation>
    </message>
    <message>
        <source>A SaaS deployment needs a platform: one of %1.</source>
        <translation>Un déploiement SaaS exige une plateforme, parmi : %1.</translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;: choose one of %2.</source>
        <translation>Plateforme inconnue « %1 » : choisissez parmi %2.</translation>
    </message>
    <message>
        <source>A platform applies only to SaaS deployments; a self-hosted deployment uses TPE addresses.</source>
        <translation>Une plateforme ne s&apos;applique qu&apos;aux déploiements SaaS ; un déploiement auto-hébergé utilise des adresses TPE.</translation>
    </message>
    <message>
        <source>An LRR version applies only to the LRR transports, not to %1.</source>
        <translation>Une version de LRR ne s&apos;applique qu&apos;aux transports LRR, pas à %1.</translation>
    </message>
    <message>
        <source>The catalog has no table for %1 with %2.</source>
        <translation>Le catalogue n&apos;a aucun tableau pour %1 avec %2.</translation>
    </message>
</context>
<context>
    <name>SshText</name>
    <message>
        <source>An SSH server answered on port %1 but speaks protocol %2, not SSH 2: %3.</source>
        <translation>Un serveur SSH a répondu sur le port %1 mais parle le protocole %2, pas SSH 2 : %3.</translation>
    </message>
    <message>
        <source>Port %1 answered, but not with an SSH identification line: &quot;%2&quot;.</source>
        <translation>Le port %1 a répondu, mais pas par une ligne d&apos;identification SSH : « %2 ».</translation>
    </message>
    <message>
        <source>Port %1 answered with %2 instead of an SSH identification line: &quot;%3&quot;.</source>
        <translation>Le port %1 a répondu par %2 au lieu d&apos;une ligne d&apos;identification SSH : « %3 ».</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after &quot;%2&quot;, without an SSH identification line.</source>
        <translation>Le port %1 a fermé la connexion après « %2 », sans ligne d&apos;identification SSH.</translation>
    </message>
    <message>
        <source>An SSH server answered inside the verified TLS session with %1: %2.</source>
        <translation>Un serveur SSH a répondu dans la session TLS vérifiée avec %1 : %2.</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 carries %2 instead of an SSH 2 server: &quot;%3&quot;.</source>
        <translation>La session TLS vérifiée avec %1 transporte %2 au lieu d&apos;un serveur SSH 2 : « %3 ».</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed without an SSH identification.</source>
        <translation>La session TLS vérifiée avec %1 a été fermée sans identification SSH.</translation>
    </message>
    <message>
        <source>The TLS session with %1 is verified, but no SSH identification came within %2 ms: no SSH server behind the TLS front end.</source>
        <translation>La session TLS avec %1 est vérifiée, mais aucune identification SSH n&apos;est arrivée en %2 ms : aucun serveur SSH derrière le frontal TLS.</translation>
    </message>
    <message>
        <source>An SSH server answered on port %1: %2, then sent its key exchange offer (%3 bytes, %4 first).</source>
        <translation>Un serveur SSH a répondu sur le port %1 : %2, puis a envoyé son offre d&apos;échange de clés (%3 octets, %4 en premier).</translation>
    </message>
    <message>
        <source>Port %1 sent an SSH identification (%2), then bytes that are not the SSH key exchange (%3): something that imitates an SSH server, or rewrites the session, holds the port.</source>
        <translation>Le port %1 a envoyé une identification SSH (%2), puis des octets qui ne sont pas l&apos;échange de clés SSH (%3) : quelque chose qui imite un serveur SSH, ou qui réécrit la session, occupe le port.</translation>
    </message>
    <message>
        <source>An SSH server identified itself on port %1 (%2), then the connection was closed %3 ms after it opened, before the server&apos;s key exchange offer arrived (%4 bytes received): an application-aware firewall, an IPS or a proxy cuts SSH sessions after their first words.</source>
        <translation>Un serveur SSH s&apos;est identifié sur le port %1 (%2), puis la connexion a été fermée %3 ms après son ouverture, avant l&apos;arrivée de son offre d&apos;échange de clés (%4 octets reçus) : un pare-feu applicatif, un IPS ou un proxy coupe les sessions SSH après leurs premiers mots.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, where an SSH server sends its identification at once: a firewall, an IPS or a proxy that accepts the connection and then cuts it, or a server that turns this address away.</source>
        <translation>La connexion TCP au port %1 a été acceptée, puis fermée %2 ms plus tard sans un octet, alors qu&apos;un serveur SSH envoie son identification aussitôt : un pare-feu, un IPS ou un proxy qui accepte la connexion puis la coupe, ou un serveur qui refuse cette adresse.</translation>
    </message>
    <message>
        <source>An SSH server identified itself on port %1 (%2), but its key exchange offer, sent right after, did not arrive in the %3 ms the connection stayed open (%4 bytes received): an application-aware firewall or an IPS holds SSH sessions after their first words, or the path drops large packets (a path-MTU black hole).</source>
        <translation>Un serveur SSH s&apos;est identifié sur le port %1 (%2), mais son offre d&apos;échange de clés, envoyée juste après, n&apos;est pas arrivée pendant les %3 ms où la connexion est restée ouverte (%4 octets reçus) : un pare-feu applicatif ou un IPS retient les sessions SSH après leurs premiers mots, ou le chemin abandonne les gros paquets (un trou noir de path MTU).</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an SSH server sends its identification at once: a transparent proxy or a port redirection holds the port, or an application-aware firewall or an IPS holds the session.</source>
        <translation>La connexion TCP au port %1 a été acceptée, mais rien n&apos;est arrivé en %2 ms, alors qu&apos;un serveur SSH envoie son identification aussitôt : un proxy transparent ou une redirection de port occupe le port, ou un pare-feu applicatif ou un IPS retient la session.</translation>
    </message>
    <message>
        <source>Port %1 sent &quot;%2&quot; but no SSH identification line in %3 ms.</source>
        <translation>Le port %1 a envoyé « %2 » mais aucune ligne d&apos;identification SSH en %3 ms.</translation>
    </message>
</context>
<context>
    <name>StatusIconText</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
</context>
<context>
    <name>TcpConnectText</name>
    <message>
        <source>the connection was refused (TCP reset or ICMP port unreachable): nothing listens there, or a firewall rejects it</source>
        <translation>la connexion a été refusée (réinitialisation TCP ou ICMP port injoignable) : rien n&apos;écoute à cet endroit, ou un pare-feu la rejette</translation>
    </message>
    <message>
        <source>there is no route to the network (ICMP network unreachable, or no route on the laptop)</source>
        <translation>il n&apos;y a pas de route vers le réseau (ICMP réseau injoignable, ou aucune route sur le PC portable)</translation>
    </message>
    <message>
        <source>the host is unreachable (ICMP host unreachable or administratively prohibited, or no route)</source>
        <translation>l&apos;hôte est injoignable (ICMP hôte injoignable ou interdit administrativement, ou aucune route)</translation>
    </message>
    <message>
        <source>nothing answered the connection attempt (packets silently dropped)</source>
        <translation>rien n&apos;a répondu à la tentative de connexion (paquets abandonnés silencieusement)</translation>
    </message>
    <message>
        <source>the connection failed (system error %1: %2)</source>
        <translation>la connexion a échoué (erreur système %1 : %2)</translation>
    </message>
</context>
<context>
    <name>TlsText</name>
    <message>
        <source>certificate name &quot;%1&quot; matches %2</source>
        <translation>le nom de certificat « %1 » correspond à %2</translation>
    </message>
    <message>
        <source>the chain validates only through a root added on this laptop (%1)</source>
        <translation>la chaîne n&apos;est validée que par une racine ajoutée sur ce PC portable (%1)</translation>
    </message>
    <message>
        <source>no client certificate demanded where the SLRC&apos;s mTLS front end demands one, with an untrusted chain</source>
        <translation>aucun certificat client exigé là où le frontal mTLS du SLRC en exige un, avec une chaîne non approuvée</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it answered our ClientHello with &quot;%2&quot;.</source>
        <translation>%1 ne parle pas TLS : il a répondu à notre ClientHello par « %2 ».</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it answered with %2 (&quot;%3&quot;), as a web server, proxy or captive portal would.</source>
        <translation>%1 ne parle pas TLS : il a répondu par %2 (« %3 »), comme le ferait un serveur web, un proxy ou un portail captif.</translation>
    </message>
    <message>
        <source>%1 answered, but not with TLS (%2): plaintext, a web server or a captive portal holds the port.</source>
        <translation>%1 a répondu, mais pas en TLS (%2) : du texte en clair, un serveur web ou un portail captif occupe le port.</translation>
    </message>
    <message>
        <source>The TLS server at %1 refused the handshake with alert %2 (%3).</source>
        <translation>Le serveur TLS de %1 a refusé la négociation avec l&apos;alerte %2 (%3).</translation>
    </message>
    <message>
        <source>A TLS 1.2 hello was refused too (alert %1), so whether it demands a client certificate cannot be seen.</source>
        <translation>Un hello TLS 1.2 a aussi été refusé (alerte %1) : on ne peut donc pas voir s&apos;il exige un certificat client.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>La négociation TLS avec %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>Exempt %1 (TCP %2) from SSL/TLS inspection on the proxy or firewall: the base station accepts only ThingPark&apos;s own certificate and authenticates with its own client certificate, which inspection breaks.</source>
        <translation>Exemptez %1 (TCP %2) de l&apos;inspection SSL/TLS sur le proxy ou le pare-feu : la station de base n&apos;accepte que le certificat propre à ThingPark et s&apos;authentifie avec son propre certificat client, ce que l&apos;inspection casse.</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 (issuer &quot;%2&quot;) validates only through &quot;%3&quot;, a root certificate added on this laptop (%4) rather than shipped with the operating system: typical of TLS inspection by a corporate proxy or security software. If that root is your organisation&apos;s own CA for this server, give it as the private CA (Run options in the wizard, --ca on the command line) and run again.</source>
        <translation>La chaîne de certificats présentée pour %1 (émetteur « %2 ») n&apos;est validée que par « %3 », un certificat racine ajouté sur ce PC portable (%4) et non fourni avec le système d&apos;exploitation : typique de l&apos;inspection TLS par un proxy d&apos;entreprise ou un logiciel de sécurité. Si cette racine est l&apos;AC propre à votre organisation pour ce serveur, indiquez-la comme AC privée (Options d&apos;exécution dans l&apos;assistant, --ca en ligne de commande) et relancez.</translation>
    </message>
    <message>
        <source>not in the distribution&apos;s bundle</source>
        <translation>absent du magasin de la distribution</translation>
    </message>
    <message>
        <source>%1 is the SLRC&apos;s mTLS front end, which demands a client certificate, but the server that answered did not demand one and presented an untrusted certificate (issuer &quot;%2&quot;): a device in the path terminates TLS in the server&apos;s place.</source>
        <translation>%1 est le frontal mTLS du SLRC, qui exige un certificat client, mais le serveur qui a répondu n&apos;en a pas exigé et a présenté un certificat non approuvé (émetteur « %2 ») : un équipement sur le chemin termine TLS à la place du serveur.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; presented by %2 expired on %3 (valid from %4); the laptop&apos;s clock reads %5.</source>
        <translation>Le certificat « %1 » présenté par %2 a expiré le %3 (valide depuis le %4) ; l&apos;horloge du PC portable indique %5.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; presented by %2 is not valid before %3 (until %4); the laptop&apos;s clock reads %5.</source>
        <translation>Le certificat « %1 » présenté par %2 n&apos;est pas valide avant le %3 (jusqu&apos;au %4) ; l&apos;horloge du PC portable indique %5.</translation>
    </message>
    <message>
        <source>If the laptop&apos;s clock is right, the operator of %1 must renew its certificate; if the clock is wrong, set it right (and make sure the gateway reaches its NTP server) and run again.</source>
        <translation>Si l&apos;horloge du PC portable est juste, l&apos;opérateur de %1 doit renouveler son certificat ; si elle est fausse, mettez-la à l&apos;heure (et vérifiez que la passerelle joint son serveur NTP) puis relancez.</translation>
    </message>
    <message>
        <source>The certificate chain presented by %1 (issuer &quot;%2&quot;) is not trusted: %3.</source>
        <translation>La chaîne de certificats présentée par %1 (émetteur « %2 ») n&apos;est pas approuvée : %3.</translation>
    </message>
    <message>
        <source>The server does demand a client certificate, as ThingPark&apos;s front end does: if it uses a private CA, give that CA (Run options in the wizard, --ca on the command line).</source>
        <translation>Le serveur exige bien un certificat client, comme le frontal de ThingPark : s&apos;il utilise une AC privée, indiquez cette AC (Options d&apos;exécution dans l&apos;assistant, --ca en ligne de commande).</translation>
    </message>
    <message>
        <source>If %1 uses a private CA (self-hosted ThingPark), run again with that CA&apos;s certificate (Run options in the wizard, --ca on the command line); otherwise a device in the path presents its own certificate: exempt %1 from TLS inspection.</source>
        <translation>Si %1 utilise une AC privée (ThingPark auto-hébergé), relancez avec le certificat de cette AC (Options d&apos;exécution dans l&apos;assistant, --ca en ligne de commande) ; sinon, un équipement sur le chemin présente son propre certificat : exemptez %1 de l&apos;inspection TLS.</translation>
    </message>
    <message>
        <source>chain not seen</source>
        <translation>chaîne non vue</translation>
    </message>
    <message>
        <source>certificate &quot;%1&quot; issued by &quot;%2&quot;, valid until %3</source>
        <translation>certificat « %1 » émis par « %2 », valide jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>alert certificate_required after the TLS 1.3 handshake</source>
        <translation>alerte certificate_required après la négociation TLS 1.3</translation>
    </message>
    <message>
        <source>a CertificateRequest in its TLS 1.2 handshake</source>
        <translation>un CertificateRequest dans sa négociation TLS 1.2</translation>
    </message>
    <message>
        <source>%1 presented a verified certificate (%2) and then demanded a client certificate (%3): this is the mTLS front end the base station authenticates to, and it is reachable.</source>
        <translation>%1 a présenté un certificat vérifié (%2) puis a exigé un certificat client (%3) : c&apos;est le frontal mTLS auprès duquel la station de base s&apos;authentifie, et il est joignable.</translation>
    </message>
    <message>
        <source>%1 demanded a client certificate (%2): a TLS front end with client authentication answers there and is reachable; its chain could not be checked (%3).</source>
        <translation>%1 a exigé un certificat client (%2) : un frontal TLS avec authentification des clients répond à cet endroit et il est joignable ; sa chaîne n&apos;a pas pu être vérifiée (%3).</translation>
    </message>
    <message>
        <source>Client certificates accepted from: %1.</source>
        <translation>Certificats clients acceptés de : %1.</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alerte %1</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake (%2), then the session ended with %3: the path works, but the server turned this client away for a reason it did not say.</source>
        <translation>%1 a terminé une négociation TLS vérifiée (%2), puis la session s&apos;est terminée par %3 : le chemin fonctionne, mais le serveur a refusé ce client pour une raison qu&apos;il n&apos;a pas donnée.</translation>
    </message>
    <message>
        <source>TLS handshake with %1 verified: %2, %3, %4.</source>
        <translation>Négociation TLS avec %1 vérifiée : %2, %3, %4.</translation>
    </message>
    <message>
        <source>It did not demand a client certificate, although the SLRC&apos;s front end normally does.</source>
        <translation>Il n&apos;a pas exigé de certificat client, alors que le frontal du SLRC le fait normalement.</translation>
    </message>
    <message>
        <source>The server closed the session right after the handshake.</source>
        <translation>Le serveur a fermé la session juste après la négociation.</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>The laptop&apos;s trusted root certificates could not be loaded within %1 ms, so the TLS check of %2 did not start.</source>
        <translation>Les certificats racines approuvés du PC portable n&apos;ont pas pu être chargés en %1 ms : la vérification TLS de %2 n&apos;a donc pas commencé.</translation>
    </message>
    <message>
        <source>%1 does not speak TLS: it sent %2 (&quot;%3&quot;) before any TLS handshake.</source>
        <translation>%1 ne parle pas TLS : il a envoyé %2 (« %3 ») avant toute négociation TLS.</translation>
    </message>
    <message>
        <source>data</source>
        <translation>des données</translation>
    </message>
    <message>
        <source>The verified TLS session with %1 was closed by the server before the expected answer.</source>
        <translation>La session TLS vérifiée avec %1 a été fermée par le serveur avant la réponse attendue.</translation>
    </message>
    <message>
        <source>The TLS session with %1 failed: %2.</source>
        <translation>La session TLS avec %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 names &quot;%2&quot;, which is how %3 signs the certificates of its TLS inspection: a device in the path decrypts the traffic and presents its own certificate instead of the server&apos;s (issuer &quot;%4&quot;).</source>
        <translation>La chaîne de certificats présentée pour %1 nomme « %2 », qui est la façon dont %3 signe les certificats de son inspection TLS : un équipement sur le chemin déchiffre le trafic et présente son propre certificat à la place de celui du serveur (émetteur « %4 »).</translation>
    </message>
    <message>
        <source>The certificate chain presented for %1 names &quot;%2&quot;: &quot;%3&quot; is a word that TLS inspection devices put in the certificates they sign. A device in the path decrypts the traffic and presents its own certificate instead of the server&apos;s (issuer &quot;%4&quot;).</source>
        <translation>La chaîne de certificats présentée pour %1 nomme « %2 » : « %3 » est un mot que les équipements d&apos;inspection TLS mettent dans les certificats qu&apos;ils signent. Un équipement sur le chemin déchiffre le trafic et présente son propre certificat à la place de celui du serveur (émetteur « %4 »).</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, then closed or reset it during the TLS handshake, after our ClientHello (server name %2) and before the server&apos;s certificate: typical of an application-aware firewall, an IPS or a proxy that filters TLS by server name, or of a server that turns this client away.</source>
        <translation>%1 a accepté la connexion TCP, puis l&apos;a fermée ou réinitialisée pendant la négociation TLS, après notre ClientHello (nom de serveur %2) et avant le certificat du serveur : typique d&apos;un pare-feu applicatif, d&apos;un IPS ou d&apos;un proxy qui filtre TLS par nom de serveur, ou d&apos;un serveur qui refuse ce client.</translation>
    </message>
    <message>
        <source>Allow TLS to %1 from the gateway&apos;s LAN as an application, server name %2 included, in the application-aware firewall, IPS or proxy: it cuts the connection as soon as the TLS handshake starts.</source>
        <translation>Autorisez TLS vers %1 depuis le LAN de la passerelle en tant qu&apos;application, nom de serveur %2 compris, dans le pare-feu applicatif, l&apos;IPS ou le proxy : il coupe la connexion dès le début de la négociation TLS.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, but the TLS handshake did not complete within %2 ms (no TLS answer to our ClientHello): an application-aware firewall or an IPS holds the handshake, a transparent proxy holds the port, or the path drops the server&apos;s large certificate packets (a path-MTU black hole).</source>
        <translation>%1 a accepté la connexion TCP, mais la négociation TLS ne s&apos;est pas terminée en %2 ms (aucune réponse TLS à notre ClientHello) : un pare-feu applicatif ou un IPS retient la négociation, un proxy transparent occupe le port, ou le chemin abandonne les gros paquets du certificat du serveur (un trou noir de path MTU).</translation>
    </message>
</context>
<context>
    <name>UplinkText</name>
    <message>
        <source>%1 % of the echoes to %2 were lost: the base station&apos;s TCP link (the LRR tunnel, or Basics Station&apos;s WebSocket) will crawl and drop, and downlinks will miss their receive window. Ask for the uplink to be checked (signal, congestion, a faulty cable or modem).</source>
        <translation>%1 % des échos vers %2 ont été perdus : la liaison TCP de la station de base (le tunnel LRR, ou le WebSocket de Basics Station) va ramper et tomber, et les liaisons descendantes manqueront leur fenêtre de réception. Faites vérifier la liaison montante (signal, congestion, un câble ou un modem défaillant).</translation>
    </message>
    <message>
        <source>The round trip to %1 is %2 ms on average: a class A downlink must leave the network server and reach the gateway within the second after the uplink (RX1), which leaves too little time; expect late or lost downlinks, or ask for RX1 delays of 2 s or more on this gateway.</source>
        <translation>L&apos;aller-retour vers %1 est de %2 ms en moyenne : une liaison descendante de classe A doit quitter le serveur de réseau et atteindre la passerelle dans la seconde qui suit la liaison montante (RX1), ce qui laisse trop peu de temps ; attendez-vous à des liaisons descendantes en retard ou perdues, ou demandez des délais RX1 de 2 s ou plus pour cette passerelle.</translation>
    </message>
    <message>
        <source>The round trip to %1 varies by %2 ms from one echo to the next: downlinks scheduled for RX1 will now and then arrive too late.</source>
        <translation>L&apos;aller-retour vers %1 varie de %2 ms d&apos;un écho à l&apos;autre : les liaisons descendantes prévues pour RX1 arriveront parfois trop tard.</translation>
    </message>
    <message>
        <source>Packets larger than %1 bytes to %2 are lost without a &quot;fragmentation needed&quot; answer (a path-MTU black hole): ask for TCP MSS clamping to %3 bytes on the uplink&apos;s router, or for ICMP &quot;fragmentation needed&quot; to be let through.</source>
        <translation>Les paquets de plus de %1 octets vers %2 sont perdus sans réponse « fragmentation needed » (un trou noir de MTU du chemin) : demandez un ajustement du MSS TCP à %3 octets sur le routeur de la liaison montante, ou que l&apos;ICMP « fragmentation needed » soit laissé passer.</translation>
    </message>
    <message>
        <source>The path MTU to %1 is %2 bytes, less than 1500: IKE_AUTH with certificates (2 to 3 KB) will be fragmented, and ESP adds 50 to 73 bytes to every packet. Ask for IKE fragmentation (RFC 7383; strongSwan: fragmentation = yes) with fragments of at most %3 bytes, and TCP MSS clamping to %4 bytes inside the tunnel.</source>
        <translation>La MTU du chemin vers %1 est de %2 octets, moins de 1500 : IKE_AUTH avec certificats (2 à 3 Ko) sera fragmenté, et ESP ajoute 50 à 73 octets à chaque paquet. Demandez la fragmentation IKE (RFC 7383 ; strongSwan : fragmentation = yes) avec des fragments d&apos;au plus %3 octets, et un ajustement du MSS TCP à %4 octets dans le tunnel.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 echoes answered (%4 % lost), round trip %5 / %6 / %7 ms (min / avg / max), jitter %8 ms</source>
        <translation>%1 : %2 échos sur %3 répondus (%4 % perdus), aller-retour %5 / %6 / %7 ms (min / moy / max), gigue %8 ms</translation>
    </message>
    <message>
        <source>, path MTU %1 bytes (a black hole above)</source>
        <translation>, MTU du chemin %1 octets (un trou noir au-delà)</translation>
    </message>
    <message>
        <source>, path MTU %1 bytes</source>
        <translation>, MTU du chemin %1 octets</translation>
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
        <translation>ThingPark Enterprise auto-hébergé</translation>
    </message>
    <message>
        <source>LRR over IPsec</source>
        <translation>LRR sur IPsec</translation>
    </message>
    <message>
        <source>LRR over TLS</source>
        <translation>LRR sur TLS</translation>
    </message>
    <message>
        <source>LRR with neither IPsec nor TLS</source>
        <translation>LRR sans IPsec ni TLS</translation>
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
        <translation>(réseau local)</translation>
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
        <translation>Flux</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
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
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Re-run &amp;selected</source>
        <translation>Relancer la &amp;sélection</translation>
    </message>
    <message>
        <source>Re-run fai&amp;led</source>
        <translation>Relancer les é&amp;checs</translation>
    </message>
    <message>
        <source>Run &amp;all again</source>
        <translation>&amp;Tout relancer</translation>
    </message>
    <message>
        <source>Run &amp;options…</source>
        <translation>Optio&amp;ns d&apos;exécution…</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Each flow is checked from this laptop with a protocol-level proof. Select a row to see what was sent, what came back and what to ask IT.</source>
        <translation>Chaque flux est vérifié depuis ce PC portable avec une preuve au niveau du protocole. Sélectionnez une ligne pour voir ce qui a été envoyé, ce qui est revenu et ce qu&apos;il faut demander au service informatique.</translation>
    </message>
    <message>
        <source>&amp;Report &gt;</source>
        <translation>&amp;Rapport &gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Vérifications terminées</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Stop every check now (Escape); those not finished are marked skipped.</source>
        <translation>Arrêter toutes les vérifications maintenant (Échap) ; celles qui ne sont pas terminées sont marquées comme ignorées.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Toutes les vérifications</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>MUST only</source>
        <translation>MUST uniquement</translation>
    </message>
    <message>
        <source>Failed: the failed checks, and those still running.</source>
        <translation>En échec : les vérifications en échec, et celles encore en cours.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Re-run selected</source>
        <translation>Relancer la sélection</translation>
    </message>
    <message>
        <source>Run the selected checks again.</source>
        <translation>Relancer les vérifications sélectionnées.</translation>
    </message>
    <message>
        <source>Re-run failed</source>
        <translation>Relancer les échecs</translation>
    </message>
    <message>
        <source>Run every failed check again, for instance after IT changed a rule.</source>
        <translation>Relancer chaque vérification en échec, par exemple après une modification de règle par le service informatique.</translation>
    </message>
    <message>
        <source>Run all again</source>
        <translation>Tout relancer</translation>
    </message>
    <message>
        <source>Run options</source>
        <translation>Options d&apos;exécution</translation>
    </message>
    <message>
        <source>Time allowed per check, and a private CA for a self-hosted TPE.</source>
        <translation>Temps accordé à chaque vérification, et une AC privée pour un TPE auto-hébergé.</translation>
    </message>
    <message>
        <source>Details and network</source>
        <translation>Détails et réseau</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Détails de la vérification sélectionnée</translation>
    </message>
    <message>
        <source>This laptop&apos;s network</source>
        <translation>Réseau de ce PC portable</translation>
    </message>
    <message>
        <source>Details or network</source>
        <translation>Détails ou réseau</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>This laptop&apos;s net&amp;work</source>
        <translation>Rés&amp;eau de ce PC portable</translation>
    </message>
    <message>
        <source>%1 per check</source>
        <translation>%1 par vérification</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>AC %1</translation>
    </message>
    <message>
        <source>resolve overrides: %1</source>
        <translation>résolutions forcées : %1</translation>
    </message>
    <message>
        <source>options not used: %1</source>
        <translation>options non utilisées : %1</translation>
    </message>
    <message>
        <source>Re-run fai&amp;led (%1)</source>
        <translation>Relancer les é&amp;checs (%1)</translation>
    </message>
    <message>
        <source>Checking: %1 of %2 done, %3</source>
        <translation>Vérification : %1 sur %2 terminées, %3</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warning, %4 info, %5 skipped</source>
        <translation>réussies %1, en échec %2, avertissements %3, info %4, ignorées %5</translation>
    </message>
    <message>
        <source>Cancelled after %1: %2.</source>
        <translation>Annulé après %1 : %2.</translation>
    </message>
    <message>
        <source>Finished in %1: %2.</source>
        <translation>Terminé en %1 : %2.</translation>
    </message>
    <message>
        <source>Select a check to see what was sent, what came back and what to ask IT.</source>
        <translation>Sélectionnez une vérification pour voir ce qui a été envoyé, ce qui est revenu et ce qu&apos;il faut demander au service informatique.</translation>
    </message>
    <message>
        <source>The new options apply from the next run: choose Run all again.</source>
        <translation>Les nouvelles options s&apos;appliquent à partir de la prochaine exécution : choisissez « Tout relancer ».</translation>
    </message>
    <message>
        <source>Check from the &amp;gateway…</source>
        <translation>Vérifier depuis la &amp;passerelle…</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Vérifier depuis la passerelle</translation>
    </message>
    <message>
        <source>A script to run on the gateway&apos;s own shell, and a box for what it prints: both views side by side.</source>
        <translation>Un script à lancer dans le shell de la passerelle elle-même, et une zone pour ce qu&apos;il affiche : les deux vues côte à côte.</translation>
    </message>
    <message>
        <source>&lt;h4&gt;From the gateway&lt;/h4&gt;&lt;p&gt;%1 (%2)%3: %4&lt;/p&gt;</source>
        <translation>&lt;h4&gt;Depuis la passerelle&lt;/h4&gt;&lt;p&gt;%1 (%2)%3 : %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The gateway&apos;s own results (%1, %2) are in the Gateway column; the details say where they disagree with the laptop&apos;s.</source>
        <translation>Les résultats de la passerelle elle-même (%1, %2) sont dans la colonne Passerelle ; les détails disent où ils divergent de ceux du PC portable.</translation>
    </message>
</context>
<context>
    <name>tpready::DatagramProbe</name>
    <message>
        <source>The request to send could not be built.</source>
        <translation>La requête à envoyer n&apos;a pas pu être construite.</translation>
    </message>
    <message>
        <source>UDP %1 to %2: the laptop has no route to this address (%3).</source>
        <translation>UDP %1 vers %2 : le PC portable n&apos;a pas de route vers cette adresse (%3).</translation>
    </message>
    <message>
        <source>UDP %1 to %2: an ICMP error came back for the request (%3): host or network unreachable, a firewall that rejects it, or (on Windows) nothing listening on the port.</source>
        <translation>UDP %1 vers %2 : une erreur ICMP est revenue pour la requête (%3) : hôte ou réseau injoignable, pare-feu qui la rejette, ou (sous Windows) rien n&apos;écoute sur le port.</translation>
    </message>
    <message>
        <source>UDP %1 to %2 failed on the laptop: %3.</source>
        <translation>UDP %1 vers %2 a échoué sur le PC portable : %3.</translation>
    </message>
    <message>
        <source>UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but nothing listens on this port or a firewall rejects the packets.</source>
        <translation>UDP %1 vers %2 : un ICMP port injoignable est revenu : l&apos;hôte est joignable, mais rien n&apos;écoute sur ce port ou un pare-feu rejette les paquets.</translation>
    </message>
</context>
<context>
    <name>tpready::DeploymentPage</name>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Where does the ThingPark core network that this base station connects to run?</source>
        <translation>Où fonctionne le cœur de réseau ThingPark auquel cette station de base se connecte ?</translation>
    </message>
    <message>
        <source>Actility runs ThingPark: the base station connects to one of its platforms (EU, AU, US, Community or pre-production).</source>
        <translation>Actility exploite ThingPark : la station de base se connecte à l&apos;une de ses plateformes (EU, AU, US, Community ou préproduction).</translation>
    </message>
    <message>
        <source>ThingPark Enterprise runs on your own servers or cloud: the base station connects to the address(es) of your TPE node(s).</source>
        <translation>ThingPark Enterprise fonctionne sur vos propres serveurs ou dans votre cloud : la station de base se connecte à l&apos;adresse ou aux adresses de vos nœuds TPE.</translation>
    </message>
</context>
<context>
    <name>tpready::DhcpProbe</name>
    <message>
        <source>DHCP is not probed: a DHCP request from the laptop would take an address from the site&apos;s pool. %1</source>
        <translation>Le DHCP n&apos;est pas testé : une requête DHCP du PC portable prendrait une adresse dans le pool du site. %1</translation>
    </message>
    <message>
        <source>Make sure the gateway&apos;s network has a DHCP server for it, or give the gateway a static address, router and DNS server.</source>
        <translation>Vérifiez que le réseau de la passerelle dispose d&apos;un serveur DHCP pour elle, ou donnez à la passerelle une adresse statique, un routeur et un serveur DNS.</translation>
    </message>
</context>
<context>
    <name>tpready::DnsProbe</name>
    <message>
        <source>No DNS server is known for the gateway: none was given and none was found on this laptop.</source>
        <translation>Aucun serveur DNS n&apos;est connu pour la passerelle : aucun n&apos;a été indiqué et aucun n&apos;a été trouvé sur ce PC portable.</translation>
    </message>
    <message>
        <source>Give the resolver the gateway will use (tpready check --dns IP).</source>
        <translation>Indiquez le résolveur que la passerelle utilisera (tpready check --dns IP).</translation>
    </message>
    <message>
        <source>the answer over TCP did not match the question</source>
        <translation>la réponse sur TCP ne correspondait pas à la question</translation>
    </message>
    <message>
        <source>Nothing answers DNS at %1 port %2: the laptop got ICMP port unreachable (no DNS server there, or a firewall rejects UDP %2).</source>
        <translation>Rien ne répond en DNS sur %1 port %2 : le PC portable a reçu un ICMP port injoignable (aucun serveur DNS à cet endroit, ou un pare-feu rejette UDP %2).</translation>
    </message>
    <message>
        <source>The resolver %1 did not answer any DNS query on UDP port %2 within %3 ms.</source>
        <translation>Le résolveur %1 n&apos;a répondu à aucune requête DNS sur le port UDP %2 en %3 ms.</translation>
    </message>
    <message>
        <source>the root NS query got no answer</source>
        <translation>la requête NS racine n&apos;a obtenu aucune réponse</translation>
    </message>
    <message>
        <source>the root NS query got %1 without records</source>
        <translation>la requête NS racine a obtenu %1 sans enregistrements</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 n&apos;existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>%1 has no A or AAAA record</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement A ni AAAA</translation>
    </message>
    <message>
        <source>%1: A %2, AAAA %3</source>
        <translation>%1 : A %2, AAAA %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 %2: the answer was truncated and the retry over TCP failed (%3)</source>
        <translation>%1 %2 : la réponse était tronquée et la nouvelle tentative sur TCP a échoué (%3)</translation>
    </message>
    <message>
        <source>The resolver %1 answers, but does not resolve what the gateway needs: %2.</source>
        <translation>Le résolveur %1 répond, mais ne résout pas ce dont la passerelle a besoin : %2.</translation>
    </message>
    <message>
        <source>(%1 names in all.)</source>
        <translation>(%1 noms au total.)</translation>
    </message>
    <message>
        <source>It also gives addresses to names that do not exist (%1 for %2).</source>
        <translation>Il donne aussi des adresses à des noms qui n&apos;existent pas (%1 pour %2).</translation>
    </message>
    <message>
        <source>Make sure the resolver %1 (the one the gateway will use) resolves the ThingPark names; if it serves only some networks, allow the gateway&apos;s.</source>
        <translation>Vérifiez que le résolveur %1 (celui que la passerelle utilisera) résout les noms ThingPark ; s&apos;il ne sert que certains réseaux, autorisez celui de la passerelle.</translation>
    </message>
    <message>
        <source>The resolver %1 answers every name with the same address: %2 came back for %3, a name that cannot exist, and for the ThingPark names too. A captive portal or DNS interception answers instead of a real resolver.</source>
        <translation>Le résolveur %1 répond la même adresse pour tous les noms : %2 est revenu pour %3, un nom qui ne peut pas exister, et aussi pour les noms ThingPark. Un portail captif ou une interception DNS répond à la place d&apos;un vrai résolveur.</translation>
    </message>
    <message>
        <source>Give the gateway a resolver that answers truthfully (no captive portal or DNS redirection on its network), or authorise the gateway on the portal.</source>
        <translation>Donnez à la passerelle un résolveur qui répond fidèlement (pas de portail captif ni de redirection DNS sur son réseau), ou autorisez la passerelle sur le portail.</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs, but it invents addresses for names that do not exist (%3 for %4): it rewrites NXDOMAIN answers. A mistyped name would not fail cleanly.</source>
        <translation>Le résolveur %1 résout les %2 noms dont la passerelle a besoin, mais il invente des adresses pour des noms qui n&apos;existent pas (%3 pour %4) : il réécrit les réponses NXDOMAIN. Un nom mal saisi n&apos;échouerait pas proprement.</translation>
    </message>
    <message>
        <source>Prefer a resolver for the gateway that answers NXDOMAIN for names that do not exist (turn off &quot;search assist&quot; or NXDOMAIN redirection).</source>
        <translation>Préférez pour la passerelle un résolveur qui répond NXDOMAIN pour les noms qui n&apos;existent pas (désactivez l&apos;« aide à la recherche » ou la redirection NXDOMAIN).</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs, with problems: %3.</source>
        <translation>Le résolveur %1 résout les %2 noms dont la passerelle a besoin, avec des problèmes : %3.</translation>
    </message>
    <message>
        <source>The resolver %1 answers DNS queries (root NS).</source>
        <translation>Le résolveur %1 répond aux requêtes DNS (NS racine).</translation>
    </message>
    <message>
        <source>The resolver %1 resolves the %2 names the gateway needs.</source>
        <translation>Le résolveur %1 résout les %2 noms dont la passerelle a besoin.</translation>
    </message>
</context>
<context>
    <name>tpready::FlowTableModel</name>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Checks of flow %1:
%2</source>
        <translation>Vérifications du flux %1 :
%2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>From
(system)</source>
        <translation>De
(système)</translation>
    </message>
    <message>
        <source>From
(application)</source>
        <translation>De
(application)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Dest.
Port</source>
        <translation>Port
dest.</translation>
    </message>
    <message>
        <source>To
(system)</source>
        <translation>Vers
(système)</translation>
    </message>
    <message>
        <source>To
(application)</source>
        <translation>Vers
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
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>The vendor&apos;s requirement when the TPE has one node.</source>
        <translation>L&apos;exigence de l&apos;éditeur quand le TPE a un seul nœud.</translation>
    </message>
    <message>
        <source>The vendor&apos;s requirement when the TPE has two or more nodes (high availability).</source>
        <translation>L&apos;exigence de l&apos;éditeur quand le TPE a deux nœuds ou plus (haute disponibilité).</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site: the HIGH AVAILABILITY column applies.</source>
        <translation>MUST ou OPTIONAL pour ce site : la colonne HIGH AVAILABILITY s&apos;applique.</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site: the STANDALONE column applies.</source>
        <translation>MUST ou OPTIONAL pour ce site : la colonne STANDALONE s&apos;applique.</translation>
    </message>
    <message>
        <source>MUST or OPTIONAL for this site, as the vendor page says.</source>
        <translation>MUST ou OPTIONAL pour ce site, comme l&apos;indique la page de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>The hosts this site&apos;s base station must reach for this flow; the tooltip of a cell lists every host and port.</source>
        <translation>Les hôtes que la station de base de ce site doit joindre pour ce flux ; l&apos;info-bulle d&apos;une cellule liste chaque hôte et chaque port.</translation>
    </message>
</context>
<context>
    <name>tpready::FlowsPage</name>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Copier en &amp;texte</translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>Copier en &amp;CSV</translation>
    </message>
    <message>
        <source>Flows to authorize</source>
        <translation>Flux à autoriser</translation>
    </message>
    <message>
        <source>The vendor&apos;s flow table for this choice, in its own wording, with the hosts of this site. Every MUST flow has to be open for the base station to work.</source>
        <translation>Le tableau des flux de l&apos;éditeur pour ce choix, dans ses propres termes, avec les hôtes de ce site. Chaque flux MUST doit être ouvert pour que la station de base fonctionne.</translation>
    </message>
    <message>
        <source>Flow table</source>
        <translation>Tableau des flux</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Copy the flow table to the clipboard as plain text, for an e-mail or a ticket.</source>
        <translation>Copier le tableau des flux dans le presse-papiers en texte brut, pour un e-mail ou un ticket.</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Copier en CSV</translation>
    </message>
    <message>
        <source>Copy the flow table to the clipboard as CSV, for a spreadsheet.</source>
        <translation>Copier le tableau des flux dans le presse-papiers en CSV, pour un tableur.</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>État de la copie</translation>
    </message>
    <message>
        <source>No flow table for this choice: %1</source>
        <translation>Aucun tableau des flux pour ce choix : %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 MUST and %4 OPTIONAL flows, %5 checks.</source>
        <translation>%1, %2 — %3 flux MUST et %4 flux OPTIONAL ; vérifications : %5.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %n flows of the table to the clipboard as text.</source>
        <translation>
            <numerusform>Le flux du tableau a été copié dans le presse-papiers en texte.</numerusform>
            <numerusform>Les %n flux du tableau ont été copiés dans le presse-papiers en texte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the %n flows of the table to the clipboard as CSV.</source>
        <translation>
            <numerusform>Le flux du tableau a été copié dans le presse-papiers en CSV.</numerusform>
            <numerusform>Les %n flux du tableau ont été copiés dans le presse-papiers en CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Run the checks &gt;</source>
        <translation>&amp;Lancer les vérifications &gt;</translation>
    </message>
    <message>
        <source>Check from the &amp;gateway…</source>
        <translation>Vérifier depuis la &amp;passerelle…</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Vérifier depuis la passerelle</translation>
    </message>
    <message>
        <source>A script that runs these checks on the gateway&apos;s own shell (BusyBox), and a box for what it prints.</source>
        <translation>Un script qui lance ces vérifications dans le shell de la passerelle elle-même (BusyBox), et une zone pour ce qu&apos;il affiche.</translation>
    </message>
</context>
<context>
    <name>tpready::FtpProbe</name>
    <message>
        <source>An FTP server answered on port %1 but refuses the session: &quot;421 %2&quot; (service not available). The network path works; the server turns clients away.</source>
        <translation>Un serveur FTP a répondu sur le port %1 mais refuse la session : « 421 %2 » (service non disponible). Le chemin réseau fonctionne ; le serveur refuse les clients.</translation>
    </message>
    <message>
        <source>The path to the FTP server is open. Ask the administrator of %1 why its FTP service answers 421 (connection limit reached, client address not allowed, or service shutting down).</source>
        <translation>Le chemin vers le serveur FTP est ouvert. Demandez à l&apos;administrateur de %1 pourquoi son service FTP répond 421 (limite de connexions atteinte, adresse du client non autorisée, ou service en cours d&apos;arrêt).</translation>
    </message>
    <message>
        <source>An FTP server (vsftpd) answered on port %1 but cannot serve anyone: &quot;500 %2&quot;. The network path works; the FTP server itself is misconfigured.</source>
        <translation>Un serveur FTP (vsftpd) a répondu sur le port %1 mais ne peut servir personne : « 500 %2 ». Le chemin réseau fonctionne ; c&apos;est le serveur FTP lui-même qui est mal configuré.</translation>
    </message>
    <message>
        <source>Nothing to open in the network: the FTP server on %1 is broken. Ask its administrator to fix the vsftpd configuration (the message above names the problem).</source>
        <translation>Rien à ouvrir dans le réseau : le serveur FTP de %1 est défaillant. Demandez à son administrateur de corriger la configuration de vsftpd (le message ci-dessus nomme le problème).</translation>
    </message>
    <message>
        <source>Port %1 greeted with &quot;220 %2&quot;: a mail (SMTP) server, not an FTP server.</source>
        <translation>Le port %1 a salué par « 220 %2 » : un serveur de messagerie (SMTP), pas un serveur FTP.</translation>
    </message>
    <message>
        <source>Port %1 answered with reply code %2 (&quot;%3&quot;) instead of an FTP greeting (220).</source>
        <translation>Le port %1 a répondu avec le code %2 (« %3 ») au lieu d&apos;un message d&apos;accueil FTP (220).</translation>
    </message>
    <message>
        <source>Port %1 sent more than %2 bytes without a complete FTP greeting: &quot;%3&quot;.</source>
        <translation>Le port %1 a envoyé plus de %2 octets sans message d&apos;accueil FTP complet : « %3 ».</translation>
    </message>
    <message>
        <source>Port %1 answered with %2 instead of an FTP greeting: &quot;%3&quot;.</source>
        <translation>Le port %1 a répondu par %2 au lieu d&apos;un message d&apos;accueil FTP : « %3 ».</translation>
    </message>
    <message>
        <source>Port %1 answered, but not with an FTP greeting: &quot;%2&quot;.</source>
        <translation>Le port %1 a répondu, mais pas par un message d&apos;accueil FTP : « %2 ».</translation>
    </message>
    <message>
        <source>Port %1 closed the connection after &quot;%2&quot;, without an FTP greeting (220).</source>
        <translation>Le port %1 a fermé la connexion après « %2 », sans message d&apos;accueil FTP (220).</translation>
    </message>
    <message>
        <source>An FTP server answered on port %1: &quot;220 %2&quot;.</source>
        <translation>Un serveur FTP a répondu sur le port %1 : « 220 %2 ».</translation>
    </message>
    <message>
        <source>An FTP server answered on port %1 but only with &quot;120 %2&quot; (ready later): no 220 came within %3 ms. The network path works; the server is not ready yet.</source>
        <translation>Un serveur FTP a répondu sur le port %1 mais seulement par « 120 %2 » (prêt plus tard) : aucun 220 n&apos;est arrivé en %3 ms. Le chemin réseau fonctionne ; le serveur n&apos;est pas encore prêt.</translation>
    </message>
    <message>
        <source>Run the check again later, or ask the administrator of %1 why its FTP service is not ready.</source>
        <translation>Relancez la vérification plus tard, ou demandez à l&apos;administrateur de %1 pourquoi son service FTP n&apos;est pas prêt.</translation>
    </message>
    <message>
        <source>Port %1 sent &quot;%2&quot; but no complete FTP greeting within %3 ms.</source>
        <translation>Le port %1 a envoyé « %2 » mais aucun message d&apos;accueil FTP complet en %3 ms.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed %2 ms later without a byte, where an FTP server greets at once: a firewall, an IPS or a proxy that accepts the connection and then cuts it, or a server that turns this address away.</source>
        <translation>La connexion TCP au port %1 a été acceptée, puis fermée %2 ms plus tard sans un octet, alors qu&apos;un serveur FTP salue aussitôt : un pare-feu, un IPS ou un proxy qui accepte la connexion puis la coupe, ou un serveur qui refuse cette adresse.</translation>
    </message>
    <message>
        <source>An FTP server began its greeting on port %1 (&quot;%2&quot;), then the connection was closed %3 ms after it opened, before the greeting was complete: an application-aware firewall, an IPS or a proxy cuts FTP sessions after their first words.</source>
        <translation>Un serveur FTP a commencé son accueil sur le port %1 (« %2 »), puis la connexion a été fermée %3 ms après son ouverture, avant la fin de l&apos;accueil : un pare-feu applicatif, un IPS ou un proxy coupe les sessions FTP après leurs premiers mots.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, but nothing came in %2 ms, where an FTP server greets at once: a transparent proxy or a port redirection holds the port, or an application-aware firewall or an IPS holds the session.</source>
        <translation>La connexion TCP au port %1 a été acceptée, mais rien n&apos;est venu en %2 ms, alors qu&apos;un serveur FTP salue aussitôt : un proxy transparent ou une redirection de port occupe le port, ou un pare-feu applicatif ou un IPS retient la session.</translation>
    </message>
</context>
<context>
    <name>tpready::GatewayDialog</name>
    <message>
        <source>&amp;Copy the script</source>
        <translation>&amp;Copier le script</translation>
    </message>
    <message>
        <source>Check from the gateway</source>
        <translation>Vérifier depuis la passerelle</translation>
    </message>
    <message>
        <source>&lt;p&gt;The laptop is not the base station: run the same checks from the gateway itself.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open a shell on the gateway (&lt;tt&gt;ssh&lt;/tt&gt;), paste this script and press Enter. It is read-only, contacts only the hosts of this plan, and takes at most %1 seconds.&lt;/li&gt;&lt;li&gt;Copy the block it prints, from its BEGIN line to its END line, into the box below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Le PC portable n&apos;est pas la station de base : lancez les mêmes vérifications depuis la passerelle elle-même.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Ouvrez un shell sur la passerelle (&lt;tt&gt;ssh&lt;/tt&gt;), collez ce script et appuyez sur Entrée. Il est en lecture seule, ne contacte que les hôtes de ce plan et dure au plus %1 secondes.&lt;/li&gt;&lt;li&gt;Copiez le bloc qu&apos;il affiche, de sa ligne BEGIN à sa ligne END, dans la zone ci-dessous.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Gateway script</source>
        <translation>Script de passerelle</translation>
    </message>
    <message>
        <source>The gateway&apos;s &amp;results (paste the block here):</source>
        <translation>Les &amp;résultats de la passerelle (collez le bloc ici) :</translation>
    </message>
    <message>
        <source>Gateway results</source>
        <translation>Résultats de la passerelle</translation>
    </message>
    <message>
        <source>&amp;Merge the results</source>
        <translation>&amp;Fusionner les résultats</translation>
    </message>
    <message>
        <source>Copied: paste it into the gateway&apos;s shell.</source>
        <translation>Copié : collez-le dans le shell de la passerelle.</translation>
    </message>
    <message>
        <source>These results are for another selection (%1): make the script again from this page and run it on the gateway.</source>
        <translation>Ces résultats portent sur une autre sélection (%1) : générez de nouveau le script depuis cette page et lancez-le sur la passerelle.</translation>
    </message>
    <message>
        <source>Refused, nothing merged: %1</source>
        <translation>Refusé, rien n&apos;a été fusionné : %1</translation>
    </message>
</context>
<context>
    <name>tpready::HttpsProbe</name>
    <message>
        <source>%1 completed a verified TLS handshake but did not answer our CUPS request with HTTP (%2): &quot;%3&quot;.</source>
        <translation>%1 a terminé une négociation TLS vérifiée mais n&apos;a pas répondu à notre requête CUPS en HTTP (%2) : « %3 ».</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake, then closed the session without answering our CUPS request.</source>
        <translation>%1 a terminé une négociation TLS vérifiée, puis a fermé la session sans répondre à notre requête CUPS.</translation>
    </message>
    <message>
        <source>%1 closed the session in the middle of its answer: &quot;%2&quot;.</source>
        <translation>%1 a fermé la session au milieu de sa réponse : « %2 ».</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot;: a web proxy in the path wants the laptop to authenticate. The base station cannot use a proxy.</source>
        <translation>%1 a répondu « %2 » : un proxy web sur le chemin demande au PC portable de s&apos;authentifier. La station de base ne peut pas utiliser de proxy.</translation>
    </message>
    <message>
        <source>%1 answered our CUPS request with a redirect (&quot;%2&quot;) to %3: a captive portal or proxy login page, not CUPS.</source>
        <translation>%1 a répondu à notre requête CUPS par une redirection (« %2 ») vers %3 : un portail captif ou une page de connexion de proxy, pas CUPS.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>%1 answered our CUPS request with a web page (&quot;%2&quot;, %3) where CUPS answers binary: a captive portal or proxy page.</source>
        <translation>%1 a répondu à notre requête CUPS par une page web (« %2 », %3) là où CUPS répond en binaire : un portail captif ou une page de proxy.</translation>
    </message>
    <message>
        <source>a chunked body larger than the %1 bytes kept</source>
        <translation>un corps fragmenté (chunked) plus grand que les %1 octets conservés</translation>
    </message>
    <message>
        <source>CUPS at %1 answered our update-info request: &quot;%2&quot; with the 14-byte &quot;no update&quot; body. The path to CUPS works.</source>
        <translation>CUPS sur %1 a répondu à notre requête update-info : « %2 » avec le corps « pas de mise à jour » de 14 octets. Le chemin vers CUPS fonctionne.</translation>
    </message>
    <message>
        <source>CUPS at %1 answered our update-info request: &quot;%2&quot; with a well-formed update-info body of %3 bytes. The path to CUPS works.</source>
        <translation>CUPS sur %1 a répondu à notre requête update-info : « %2 » avec un corps update-info bien formé de %3 octets. Le chemin vers CUPS fonctionne.</translation>
    </message>
    <message>
        <source>%1 answered our update-info request through a verified TLS session (&quot;%2&quot;), so the path works, but the binary body is not a well-formed CUPS answer (%3).</source>
        <translation>%1 a répondu à notre requête update-info dans une session TLS vérifiée (« %2 ») : le chemin fonctionne donc, mais le corps binaire n&apos;est pas une réponse CUPS bien formée (%3).</translation>
    </message>
    <message>
        <source>%1 answered our update-info request through a verified TLS session: &quot;%2&quot;. The path to CUPS works (a dummy station is refused, as expected).</source>
        <translation>%1 a répondu à notre requête update-info dans une session TLS vérifiée : « %2 ». Le chemin vers CUPS fonctionne (une station fictive est refusée, comme prévu).</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake but sent no HTTP answer to our CUPS request within %2 ms.</source>
        <translation>%1 a terminé une négociation TLS vérifiée mais n&apos;a envoyé aucune réponse HTTP à notre requête CUPS en %2 ms.</translation>
    </message>
    <message>
        <source>%1 began an answer (&quot;%2&quot;) but did not finish it within %3 ms.</source>
        <translation>%1 a commencé une réponse (« %2 ») mais ne l&apos;a pas terminée en %3 ms.</translation>
    </message>
</context>
<context>
    <name>tpready::IcmpProbe</name>
    <message>
        <source>No address to ping.</source>
        <translation>Aucune adresse à tester par ping.</translation>
    </message>
    <message>
        <source>the ICMP socket is not allowed: %1</source>
        <translation>le socket ICMP n&apos;est pas autorisé : %1</translation>
    </message>
    <message>
        <source>ICMP echo to %1 could not be tested from this laptop: %2.</source>
        <translation>L&apos;écho ICMP vers %1 n&apos;a pas pu être testé depuis ce PC portable : %2.</translation>
    </message>
    <message>
        <source>Ping %1 from another machine on the gateway&apos;s network, or allow unprivileged ping on this laptop (Linux: sysctl net.ipv4.ping_group_range).</source>
        <translation>Lancez un ping vers %1 depuis une autre machine du réseau de la passerelle, ou autorisez le ping sans privilèges sur ce PC portable (Linux : sysctl net.ipv4.ping_group_range).</translation>
    </message>
    <message>
        <source>No ICMP echo reply from %1 within %2 ms.</source>
        <translation>Aucune réponse d&apos;écho ICMP de %1 en %2 ms.</translation>
    </message>
    <message>
        <source>%1 is unreachable: the system reports %2.</source>
        <translation>%1 est injoignable : le système signale %2.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 failed: %2 reported %3.</source>
        <translation>L&apos;écho ICMP vers %1 a échoué : %2 a signalé %3.</translation>
    </message>
    <message>
        <source>%1 answered the ICMP echo in %2 ms.</source>
        <translation>%1 a répondu à l&apos;écho ICMP en %2 ms.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back: %2.</source>
        <translation>L&apos;écho ICMP vers %1 a reçu une erreur en retour : %2.</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back from %2: %3.</source>
        <translation>L&apos;écho ICMP vers %1 a reçu une erreur en retour de %2 : %3.</translation>
    </message>
    <message>
        <source>%1 is not an IP address that can be pinged.</source>
        <translation>%1 n&apos;est pas une adresse IP que l&apos;on peut tester par ping.</translation>
    </message>
    <message>
        <source>no %1 program was found</source>
        <translation>aucun programme %1 n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>the ICMP socket is not allowed (%1) and no %2 program was found</source>
        <translation>le socket ICMP n&apos;est pas autorisé (%1) et aucun programme %2 n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>the ping program could not be started: %1</source>
        <translation>le programme ping n&apos;a pas pu être lancé : %1</translation>
    </message>
    <message>
        <source>The ping program crashed.</source>
        <translation>Le programme ping s&apos;est arrêté brutalement.</translation>
    </message>
    <message>
        <source>%1 answered the ping.</source>
        <translation>%1 a répondu au ping.</translation>
    </message>
    <message>
        <source>The ping to %1 says the destination is unreachable: &quot;%2&quot;.</source>
        <translation>Le ping vers %1 indique que la destination est injoignable : « %2 ».</translation>
    </message>
    <message>
        <source>No ICMP echo reply from %1.</source>
        <translation>Aucune réponse d&apos;écho ICMP de %1.</translation>
    </message>
    <message>
        <source>The ping program could not test %1: &quot;%2&quot; (exit code %3).</source>
        <translation>Le programme ping n&apos;a pas pu tester %1 : « %2 » (code de sortie %3).</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 got an error back (IP status %2).</source>
        <translation>L&apos;écho ICMP vers %1 a reçu une erreur en retour (état IP %2).</translation>
    </message>
    <message>
        <source>The ICMP echo to %1 failed (status %2).</source>
        <translation>L&apos;écho ICMP vers %1 a échoué (état %2).</translation>
    </message>
    <message>
        <source>%1 answered all %2 ICMP echoes; round trip %3 ms (min %4, max %5).</source>
        <translation>%1 a répondu aux %2 échos ICMP ; aller-retour %3 ms (min %4, max %5).</translation>
    </message>
    <message>
        <source>%1 answered %2 of %3 ICMP echoes (%4 % lost); round trip %5 ms (min %6, max %7).</source>
        <translation>%1 a répondu à %2 des %3 échos ICMP (%4 % perdus) ; aller-retour %5 ms (min %6, max %7).</translation>
    </message>
    <message>
        <source> Echoes of up to %1 bytes came back; %2 bytes and more were lost without a &quot;fragmentation needed&quot; answer: the path drops large packets silently (a path-MTU black hole, or a firewall that limits ICMP sizes), which stalls sessions that send full-size packets.</source>
        <translation> Les échos jusqu&apos;à %1 octets sont revenus ; à partir de %2 octets ils ont été perdus sans réponse « fragmentation needed » : le chemin supprime les gros paquets en silence (un trou noir de MTU du chemin, ou un pare-feu qui limite la taille de l&apos;ICMP), ce qui bloque les sessions qui envoient des paquets de taille pleine.</translation>
    </message>
    <message>
        <source> Full-size packets (%1 bytes) get through both ways.</source>
        <translation> Les paquets de taille pleine (%1 octets) passent dans les deux sens.</translation>
    </message>
    <message>
        <source> Path MTU: %1 bytes.</source>
        <translation> MTU du chemin : %1 octets.</translation>
    </message>
</context>
<context>
    <name>tpready::IkeProbe</name>
    <message>
        <source>NAT detection: no address translation between this laptop and the server, so ESP (IP protocol 50) itself must be allowed for the tunnel&apos;s data.</source>
        <translation>Détection de NAT : aucune traduction d&apos;adresse entre ce PC portable et le serveur ; ESP (protocole IP 50) lui-même doit donc être autorisé pour les données du tunnel.</translation>
    </message>
    <message>
        <source>NAT detection: this laptop is behind NAT (the server saw another address or port), so the tunnel will move to UDP 4500 and carry ESP inside it.</source>
        <translation>Détection de NAT : ce PC portable est derrière un NAT (le serveur a vu une autre adresse ou un autre port) ; le tunnel passera donc sur UDP 4500 et y transportera ESP.</translation>
    </message>
    <message>
        <source>NAT detection: the server&apos;s side is translated (port forwarding or a load balancer), or a device other than the addressed server answered.</source>
        <translation>Détection de NAT : le côté serveur est traduit (redirection de port ou répartiteur de charge), ou un équipement autre que le serveur contacté a répondu.</translation>
    </message>
    <message>
        <source>NAT detection: both sides are translated: this laptop is behind NAT, and the server&apos;s side too (port forwarding or a load balancer); the tunnel will use UDP 4500.</source>
        <translation>Détection de NAT : les deux côtés sont traduits : ce PC portable est derrière un NAT, et le côté serveur aussi (redirection de port ou répartiteur de charge) ; le tunnel utilisera UDP 4500.</translation>
    </message>
    <message>
        <source>The answer carried no NAT detection payloads, so whether NAT is in the path is unknown.</source>
        <translation>La réponse ne contenait aucune charge utile de détection de NAT : on ne sait donc pas s&apos;il y a un NAT sur le chemin.</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2</source>
        <translation>IKEv2 sur UDP %1 vers %2</translation>
    </message>
    <message>
        <source>%1: the responder answered IKE_SA_INIT in full (SA, KE, Nonce) and chose %2: the path works both ways and the server accepts the vendor&apos;s proposals.</source>
        <translation>%1 : le répondeur a répondu entièrement à IKE_SA_INIT (SA, KE, Nonce) et a choisi %2 : le chemin fonctionne dans les deux sens et le serveur accepte les propositions de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>a proposal</source>
        <translation>une proposition</translation>
    </message>
    <message>
        <source>That proposal is not one tpready offered: the responder does not follow the protocol.</source>
        <translation>Cette proposition ne fait pas partie de celles offertes par tpready : le répondeur ne respecte pas le protocole.</translation>
    </message>
    <message>
        <source>%1: the responder answered with a COOKIE challenge for tpready&apos;s SPI: a live IKEv2 daemon got the request and answered, so the path works both ways. This is weaker proof than a full response (the proposals were not evaluated): the server is holding several half-open requests from this address (every check leaves one for 30 s), and tpready does not start a second exchange so as not to load the real gateway&apos;s server.</source>
        <translation>%1 : le répondeur a répondu par un défi COOKIE pour le SPI de tpready : un démon IKEv2 actif a reçu la requête et y a répondu, le chemin fonctionne donc dans les deux sens. C&apos;est une preuve plus faible qu&apos;une réponse complète (les propositions n&apos;ont pas été évaluées) : le serveur garde plusieurs requêtes semi-ouvertes de cette adresse (chaque vérification en laisse une pendant 30 s), et tpready ne lance pas de second échange pour ne pas charger le serveur de la vraie passerelle.</translation>
    </message>
    <message>
        <source>%1: the responder answered INVALID_KE_PAYLOAD asking for DH group %2: a live IKEv2 daemon answered, so the path works both ways. This is weaker proof than a full response: the server prefers another of the offered groups, and tpready does not start a second exchange.</source>
        <translation>%1 : le répondeur a répondu INVALID_KE_PAYLOAD en demandant le groupe DH %2 : un démon IKEv2 actif a répondu, le chemin fonctionne donc dans les deux sens. C&apos;est une preuve plus faible qu&apos;une réponse complète : le serveur préfère un autre des groupes offerts, et tpready ne lance pas de second échange.</translation>
    </message>
    <message>
        <source>%1: the responder answered NO_PROPOSAL_CHOSEN: a live IKEv2 daemon answered, so the path works both ways. This is weaker proof than a full response: the server accepted none of the vendor&apos;s proposals or has no configuration for this laptop&apos;s address, which the gateway&apos;s own configuration may well have.</source>
        <translation>%1 : le répondeur a répondu NO_PROPOSAL_CHOSEN : un démon IKEv2 actif a répondu, le chemin fonctionne donc dans les deux sens. C&apos;est une preuve plus faible qu&apos;une réponse complète : le serveur n&apos;a accepté aucune des propositions de l&apos;éditeur ou n&apos;a pas de configuration pour l&apos;adresse de ce PC portable, que la configuration de la passerelle elle-même peut très bien avoir.</translation>
    </message>
    <message>
        <source>%1: the responder answered INVALID_SYNTAX: a live IKEv2 daemon answered, so the path works both ways, but it rejected the request&apos;s format (weaker proof than a full response).</source>
        <translation>%1 : le répondeur a répondu INVALID_SYNTAX : un démon IKEv2 actif a répondu, le chemin fonctionne donc dans les deux sens, mais il a rejeté le format de la requête (preuve plus faible qu&apos;une réponse complète).</translation>
    </message>
    <message>
        <source>%1: the responder answered IKE_SA_INIT for tpready&apos;s SPI (%2): a live IKEv2 daemon answered, so the path works both ways, but not with a full response (weaker proof).</source>
        <translation>%1 : le répondeur a répondu à IKE_SA_INIT pour le SPI de tpready (%2) : un démon IKEv2 actif a répondu, le chemin fonctionne donc dans les deux sens, mais pas par une réponse complète (preuve plus faible).</translation>
    </message>
    <message>
        <source>no notify</source>
        <translation>aucune notification</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no IKE daemon listens on this port, or a firewall rejects the packets.</source>
        <translation>IKEv2 sur UDP %1 vers %2 : un ICMP port injoignable est revenu : l&apos;hôte est joignable, mais aucun démon IKE n&apos;écoute sur ce port, ou un pare-feu rejette les paquets.</translation>
    </message>
    <message>
        <source>On UDP %1 a Linux server also answers this way to an IKE packet without the non-ESP marker (it takes it for ESP); tpready sends the marker, so that is not the cause here.</source>
        <translation>Sur UDP %1, un serveur Linux répond aussi de cette façon à un paquet IKE sans le marqueur non-ESP (il le prend pour de l&apos;ESP) ; tpready envoie le marqueur, ce n&apos;est donc pas la cause ici.</translation>
    </message>
    <message>
        <source>the request came back unchanged (an echo service or a loop, not an IKE responder)</source>
        <translation>la requête est revenue inchangée (un service d&apos;écho ou une boucle, pas un répondeur IKE)</translation>
    </message>
    <message>
        <source>an IKEv2 message for another initiator (%1)</source>
        <translation>un message IKEv2 destiné à un autre initiateur (%1)</translation>
    </message>
    <message>
        <source>%1 bytes that are not a valid IKEv2 answer (%2)</source>
        <translation>%1 octets qui ne sont pas une réponse IKEv2 valide (%2)</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: something answered, but not an IKEv2 responder for tpready&apos;s request: %3.</source>
        <translation>IKEv2 sur UDP %1 vers %2 : quelque chose a répondu, mais pas un répondeur IKEv2 à la requête de tpready : %3.</translation>
    </message>
    <message>
        <source>IKEv2 on UDP %1 to %2: tpready sent its IKE_SA_INIT request %3 time(s) within %4 ms and nothing came back. Something drops the packets or the replies (a firewall silently discarding UDP %1), or the server ignored them, which strongSwan does after several half-open attempts from one address within 30 s.</source>
        <translation>IKEv2 sur UDP %1 vers %2 : tpready a envoyé sa requête IKE_SA_INIT %3 fois en %4 ms et rien n&apos;est revenu. Quelque chose abandonne les paquets ou les réponses (un pare-feu qui rejette silencieusement UDP %1), ou le serveur les a ignorés, ce que fait strongSwan après plusieurs tentatives semi-ouvertes d&apos;une même adresse en 30 s.</translation>
    </message>
    <message>
        <source>Allow UDP %1 from the gateway&apos;s LAN to %2, and its replies back. If checks were run several times in a row, wait a minute and run again: the server may be ignoring repeated attempts from this site&apos;s address.</source>
        <translation>Autorisez UDP %1 depuis le LAN de la passerelle vers %2, ainsi que ses réponses. Si les vérifications ont été lancées plusieurs fois de suite, attendez une minute puis relancez : le serveur ignore peut-être les tentatives répétées depuis l&apos;adresse de ce site.</translation>
    </message>
</context>
<context>
    <name>tpready::NameResolver</name>
    <message>
        <source>the name does not exist (NXDOMAIN from the resolver %1)</source>
        <translation>le nom n&apos;existe pas (NXDOMAIN du résolveur %1)</translation>
    </message>
    <message>
        <source>the name exists but has no address (no A or AAAA record at the resolver %1)</source>
        <translation>le nom existe mais n&apos;a pas d&apos;adresse (aucun enregistrement A ou AAAA chez le résolveur %1)</translation>
    </message>
    <message>
        <source>the resolver %1 answered SERVFAIL: it could not get an answer from the name&apos;s servers</source>
        <translation>le résolveur %1 a répondu SERVFAIL : il n&apos;a pas obtenu de réponse des serveurs du nom</translation>
    </message>
    <message>
        <source>the resolver %1 answered REFUSED: it does not answer this laptop</source>
        <translation>le résolveur %1 a répondu REFUSED : il ne répond pas à cet ordinateur portable</translation>
    </message>
    <message>
        <source>the resolver %1 answered %2</source>
        <translation>le résolveur %1 a répondu %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n queries)</source>
        <translation>
            <numerusform>%1 (%n requête)</numerusform>
            <numerusform>%1 (%n requêtes)</numerusform>
        </translation>
    </message>
    <message>
        <source>no resolver answered within %1 ms: %2</source>
        <translation>aucun résolveur n&apos;a répondu en %1 ms : %2</translation>
    </message>
    <message>
        <source>the system resolver gave no answer within %1 ms</source>
        <translation>le résolveur du système n&apos;a pas répondu en %1 ms</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1; %2</source>
        <translation>aucun résolveur n&apos;a pu être joint : %1 ; %2</translation>
    </message>
    <message>
        <source>no resolver is known</source>
        <translation>aucun résolveur n&apos;est connu</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1</source>
        <translation>aucun résolveur n&apos;a pu être joint : %1</translation>
    </message>
    <message>
        <source>the name does not exist or has no address (NXDOMAIN or no A/AAAA record)</source>
        <translation>le nom n&apos;existe pas ou n&apos;a pas d&apos;adresse (NXDOMAIN ou aucun enregistrement A/AAAA)</translation>
    </message>
    <message>
        <source>the resolver failed: %1</source>
        <translation>le résolveur a échoué : %1</translation>
    </message>
    <message>
        <source>no resolver could be reached: %1; the system resolver: %2</source>
        <translation>aucun résolveur n&apos;a pu être joint : %1 ; le résolveur du système : %2</translation>
    </message>
</context>
<context>
    <name>tpready::NtpProbe</name>
    <message>
        <source>NTP on UDP %1 to %2</source>
        <translation>NTP sur UDP %1 vers %2</translation>
    </message>
    <message>
        <source>The server answered with NTP version %1 to a version 4 request.</source>
        <translation>Le serveur a répondu avec la version %1 de NTP à une requête en version 4.</translation>
    </message>
    <message>
        <source>%1: the server answered with the kiss code %2: it is reachable, but it refuses this site&apos;s address by policy, so the gateway would be refused too.</source>
        <translation>%1 : le serveur a répondu par le code kiss %2 : il est joignable, mais il refuse l&apos;adresse de ce site par politique ; la passerelle serait donc refusée aussi.</translation>
    </message>
    <message>
        <source>Ask the operator of %1 to allow the site&apos;s public address, or configure the gateway with another NTP server.</source>
        <translation>Demandez à l&apos;opérateur de %1 d&apos;autoriser l&apos;adresse publique du site, ou configurez la passerelle avec un autre serveur NTP.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but with the kiss code RATE: it rate-limits this address. A gateway behind the same public address may be limited too, and would then not get the time.</source>
        <translation>%1 : le chemin fonctionne (le serveur a répondu à la requête de tpready), mais avec le code kiss RATE : il limite le débit de cette adresse. Une passerelle derrière la même adresse publique peut aussi être limitée, et n&apos;obtiendrait alors pas l&apos;heure.</translation>
    </message>
    <message>
        <source>Run the check again in a few minutes. If the server keeps answering RATE, configure the gateway with another NTP server or ask the operator of %1 about its rate limit.</source>
        <translation>Relancez la vérification dans quelques minutes. Si le serveur répond toujours RATE, configurez la passerelle avec un autre serveur NTP ou interrogez l&apos;opérateur de %1 sur sa limite de débit.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but the server is not synchronised itself (kiss code %2): it would not set the gateway&apos;s clock.</source>
        <translation>%1 : le chemin fonctionne (le serveur a répondu à la requête de tpready), mais le serveur n&apos;est pas lui-même synchronisé (code kiss %2) : il ne réglerait pas l&apos;horloge de la passerelle.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but with the kiss code %2 instead of the time: it would not set the gateway&apos;s clock.</source>
        <translation>%1 : le chemin fonctionne (le serveur a répondu à la requête de tpready), mais par le code kiss %2 au lieu de l&apos;heure : il ne réglerait pas l&apos;horloge de la passerelle.</translation>
    </message>
    <message>
        <source>Configure the gateway with an NTP server that is synchronised, or have %1 fixed: TLS and IPsec certificates are checked against the gateway&apos;s clock.</source>
        <translation>Configurez la passerelle avec un serveur NTP synchronisé, ou faites réparer %1 : les certificats TLS et IPsec sont contrôlés par rapport à l&apos;horloge de la passerelle.</translation>
    </message>
    <message>
        <source>%1: the path works (the server answered tpready&apos;s request), but the server says its own clock is not synchronised (leap indicator %2, stratum %3): it would not set the gateway&apos;s clock.</source>
        <translation>%1 : le chemin fonctionne (le serveur a répondu à la requête de tpready), mais le serveur indique que sa propre horloge n&apos;est pas synchronisée (indicateur de seconde intercalaire %2, strate %3) : il ne réglerait pas l&apos;horloge de la passerelle.</translation>
    </message>
    <message>
        <source>Its own distance to its reference is large (root delay %1 ms, root dispersion %2 ms): its time is of poor quality.</source>
        <translation>Sa propre distance à sa référence est grande (délai racine %1 ms, dispersion racine %2 ms) : son heure est de mauvaise qualité.</translation>
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
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 works (stratum %2, delay %3 ms), but this laptop&apos;s clock is %4 ahead of the server&apos;s.</source>
        <translation>%1 fonctionne (strate %2, délai %3 ms), mais l&apos;horloge de ce PC portable a %4 d&apos;avance sur celle du serveur.</translation>
    </message>
    <message>
        <source>%1 works (stratum %2, delay %3 ms), but this laptop&apos;s clock is %4 behind the server&apos;s.</source>
        <translation>%1 fonctionne (strate %2, délai %3 ms), mais l&apos;horloge de ce PC portable a %4 de retard sur celle du serveur.</translation>
    </message>
    <message>
        <source>Beyond %1 s, certificate validity checks made by this laptop and the report&apos;s timestamps cannot be trusted.</source>
        <translation>Au-delà de %1 s, les contrôles de validité des certificats faits par ce PC portable et les horodatages du rapport ne sont pas fiables.</translation>
    </message>
    <message>
        <source>Set this laptop&apos;s clock right (turn on automatic time synchronisation) and run the checks again. The gateway does not use the laptop&apos;s clock, only its own NTP, which this check shows is reachable.</source>
        <translation>Mettez l&apos;horloge de ce PC portable à l&apos;heure (activez la synchronisation automatique de l&apos;heure) et relancez les vérifications. La passerelle n&apos;utilise pas l&apos;horloge du PC portable, seulement son propre NTP, que cette vérification montre joignable.</translation>
    </message>
    <message>
        <source>%1: the server answered tpready&apos;s request (stratum %2, reference %3); the laptop&apos;s clock is %4 ms off, round-trip delay %5 ms.</source>
        <translation>%1 : le serveur a répondu à la requête de tpready (strate %2, référence %3) ; l&apos;horloge du PC portable est décalée de %4 ms, délai aller-retour %5 ms.</translation>
    </message>
    <message>
        <source>NTP on UDP %1 to %2: an ICMP port-unreachable came back: the host is reachable, but no NTP server listens on it, or a firewall rejects the packets.</source>
        <translation>NTP sur UDP %1 vers %2 : un ICMP port injoignable est revenu : l&apos;hôte est joignable, mais aucun serveur NTP n&apos;y écoute, ou un pare-feu rejette les paquets.</translation>
    </message>
    <message>
        <source>the request came back unchanged (an echo service or a loop, not an NTP server)</source>
        <translation>la requête est revenue inchangée (un service d&apos;écho ou une boucle, pas un serveur NTP)</translation>
    </message>
    <message>
        <source>%1 bytes that are not a valid reply to tpready&apos;s request (%2)</source>
        <translation>%1 octets qui ne sont pas une réponse valide à la requête de tpready (%2)</translation>
    </message>
    <message>
        <source>%1: something answered, but not an NTP server replying to tpready&apos;s request: %2.</source>
        <translation>%1 : quelque chose a répondu, mais pas un serveur NTP répondant à la requête de tpready : %2.</translation>
    </message>
    <message>
        <source>%1: tpready sent %2 request(s) within %3 ms and nothing came back. Something drops the packets or the replies (a firewall silently discarding UDP %4), or the server ignores this address. tpready sends from a random port: a firewall that allows NTP only from source port 123 could still let a gateway through whose NTP client uses that port.</source>
        <translation>%1 : tpready a envoyé %2 requête(s) en %3 ms et rien n&apos;est revenu. Quelque chose abandonne les paquets ou les réponses (un pare-feu qui rejette silencieusement UDP %4), ou le serveur ignore cette adresse. tpready émet depuis un port aléatoire : un pare-feu qui n&apos;autorise NTP que depuis le port source 123 pourrait tout de même laisser passer une passerelle dont le client NTP utilise ce port.</translation>
    </message>
</context>
<context>
    <name>tpready::PlatformPage</name>
    <message>
        <source>ThingPark SaaS platform</source>
        <translation>Plateforme ThingPark SaaS</translation>
    </message>
    <message>
        <source>Which platform is the base station provisioned on? The flow table uses its host names.</source>
        <translation>Sur quelle plateforme la station de base est-elle provisionnée ? Le tableau des flux utilise ses noms d&apos;hôte.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>SLRC hosts</source>
        <translation>Hôtes SLRC</translation>
    </message>
    <message>
        <source>SLRC hosts: %1</source>
        <translation>Hôtes SLRC : %1</translation>
    </message>
</context>
<context>
    <name>tpready::ReportPage</name>
    <message>
        <source>No change is needed: every flow that was tested got through.</source>
        <translation>Aucune modification n&apos;est nécessaire : chaque flux testé est passé.</translation>
    </message>
    <message>
        <source>No firewall rule is missing, but the following needs attention.</source>
        <translation>Aucune règle de pare-feu ne manque, mais les points suivants demandent votre attention.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Protocol/port</source>
        <translation>Protocole/port</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>(local network)</source>
        <translation>(réseau local)</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>dans les deux sens</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>sortant</translation>
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
        <translation>Également</translation>
    </message>
    <message>
        <source>Firewall change re&amp;quest</source>
        <translation>De&amp;mande de modification du pare-feu</translation>
    </message>
    <message>
        <source>&amp;Copy change request</source>
        <translation>&amp;Copier la demande</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The verdict for this site, what to ask IT, and the report to send to support.</source>
        <translation>Le verdict pour ce site, ce qu&apos;il faut demander au service informatique, et le rapport à envoyer au support.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Firewall change request</source>
        <translation>Demande de modification du pare-feu</translation>
    </message>
    <message>
        <source>Copy change request</source>
        <translation>Copier la demande</translation>
    </message>
    <message>
        <source>Copy the change request to the clipboard as text, for an e-mail or a ticket.</source>
        <translation>Copier la demande de modification dans le presse-papiers en texte, pour un e-mail ou un ticket.</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>Save the whole report as JSON (schema tpready-report/1), for support.</source>
        <translation>Enregistrer le rapport complet en JSON (schéma tpready-report/1), pour le support.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Save the report as PDF, and its JSON beside it: the PDF prints the JSON&apos;s digest.</source>
        <translation>Enregistrer le rapport en PDF, avec son JSON à côté : le PDF imprime l&apos;empreinte du JSON.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder the report was saved in.</source>
        <translation>Ouvrir le dossier dans lequel le rapport a été enregistré.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <source>Every MUST flow was proven reachable from this site&apos;s network.</source>
        <translation>Chaque flux MUST a été prouvé joignable depuis le réseau de ce site.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some were not checked (the run was cancelled): run the checks again to be sure.</source>
        <translation>Aucun flux MUST n&apos;a échoué, mais certains n&apos;ont pas été vérifiés (l&apos;exécution a été annulée) : relancez les vérifications pour en être sûr.</translation>
    </message>
    <message>
        <source>No MUST flow failed, but some checks need attention: see below.</source>
        <translation>Aucun flux MUST n&apos;a échoué, mais certaines vérifications demandent votre attention : voir ci-dessous.</translation>
    </message>
    <message>
        <source>One MUST check failed: the change request below says what to ask IT.</source>
        <translation>Une vérification MUST a échoué : la demande de modification ci-dessous indique ce qu&apos;il faut demander au service informatique.</translation>
    </message>
    <message>
        <source>%1 MUST checks failed: the change request below says what to ask IT.</source>
        <translation>%1 vérifications MUST ont échoué : la demande de modification ci-dessous indique ce qu&apos;il faut demander au service informatique.</translation>
    </message>
    <message>
        <source>%1 pass, %2 fail, %3 warning, %4 info, %5 skipped, out of %6 checks.</source>
        <translation>Réussies : %1, en échec : %2, avertissements : %3, info : %4, ignorées : %5, sur %6 vérifications.</translation>
    </message>
    <message>
        <source>Copied the change request to the clipboard.</source>
        <translation>La demande de modification a été copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>%1 is not a PDF file name.</source>
        <translation>%1 n&apos;est pas un nom de fichier PDF.</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Enregistré dans %2 : %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Compare with an &amp;earlier report…</source>
        <translation>Comparer avec un rapport &amp;précédent…</translation>
    </message>
    <message>
        <source>Compare with an earlier report</source>
        <translation>Comparer avec un rapport précédent</translation>
    </message>
    <message>
        <source>Open an earlier JSON report of this site: what was fixed, what still fails, what newly fails. The PDF gets a section for it.</source>
        <translation>Ouvrir un rapport JSON précédent de ce site : ce qui a été corrigé, ce qui échoue encore, ce qui échoue désormais. Le PDF reçoit une section à ce sujet.</translation>
    </message>
    <message>
        <source>Earlier report</source>
        <translation>Rapport précédent</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Comparé avec %1.</translation>
    </message>
    <message>
        <source>%1: not a report that can be read.</source>
        <translation>%1 : ce n&apos;est pas un rapport lisible.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;From the gateway&lt;/b&gt; %1: merged; the verdict uses its view where it tested a check (%n disagreement(s) with the laptop; the laptop alone: %2).</source>
        <translation>
            <numerusform>&lt;b&gt;Depuis la passerelle&lt;/b&gt; %1 : fusionné ; le verdict suit sa vue là où elle a testé une vérification (%n désaccord avec le PC portable ; le PC portable seul : %2).</numerusform>
            <numerusform>&lt;b&gt;Depuis la passerelle&lt;/b&gt; %1 : fusionné ; le verdict suit sa vue là où elle a testé une vérification (%n désaccords avec le PC portable ; le PC portable seul : %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway&apos;s results were not merged: %1</source>
        <translation>Les résultats de la passerelle n&apos;ont pas été fusionnés : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since the earlier report&lt;/b&gt; (%1): %2 newly failing, %3 still failing, %4 fixed, %5 not checked in both.</source>
        <translation>&lt;b&gt;Depuis le rapport précédent&lt;/b&gt; (%1) : %2 échouent désormais, %3 échouent encore, %4 corrigées, %5 non vérifiées dans les deux.</translation>
    </message>
</context>
<context>
    <name>tpready::RunOptionsDialog</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST=IP (a host name, &apos;=&apos;, an IP address).</source>
        <translation>« %1 » n&apos;est pas de la forme HOST=IP (un nom d&apos;hôte, « = », une adresse IP).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be used: %2.</source>
        <translation>Le fichier d&apos;AC %1 est inutilisable : %2.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Run options</source>
        <translation>Options d&apos;exécution</translation>
    </message>
    <message>
        <source>Time allowed per check</source>
        <translation>Temps accordé par vérification</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each check waits for an answer before it concludes that nothing answers.</source>
        <translation>Durée pendant laquelle chaque vérification attend une réponse avant de conclure que rien ne répond.</translation>
    </message>
    <message>
        <source>Private CA file</source>
        <translation>Fichier d&apos;AC privée</translation>
    </message>
    <message>
        <source>none: only the system&apos;s certificate authorities</source>
        <translation>aucun : uniquement les autorités de certification du système</translation>
    </message>
    <message>
        <source>Browse for a CA file</source>
        <translation>Rechercher un fichier d&apos;AC</translation>
    </message>
    <message>
        <source>&amp;Time per check:</source>
        <translation>&amp;Temps par vérification :</translation>
    </message>
    <message>
        <source>&amp;Private CA:</source>
        <translation>&amp;AC privée :</translation>
    </message>
    <message>
        <source>A self-hosted TPE whose certificates come from the company&apos;s own certificate authority: its certificate in PEM format.</source>
        <translation>Pour un TPE auto-hébergé dont les certificats proviennent de l&apos;autorité de certification propre à l&apos;entreprise : le certificat de celle-ci au format PEM.</translation>
    </message>
    <message>
        <source>For test labs only</source>
        <translation>Pour les laboratoires de test uniquement</translation>
    </message>
    <message>
        <source>Resolve overrides</source>
        <translation>Résolutions forcées</translation>
    </message>
    <message>
        <source>one HOST=IP per line, e.g. slrc1.eu.thingpark.com=192.0.2.10</source>
        <translation>un HOST=IP par ligne, p. ex. slrc1.eu.thingpark.com=192.0.2.10</translation>
    </message>
    <message>
        <source>&amp;Resolve these hosts to these addresses instead of asking the resolver:</source>
        <translation>&amp;Résoudre ces hôtes vers ces adresses au lieu d&apos;interroger le résolveur :</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Private CA certificate</source>
        <translation>Certificat de l&apos;AC privée</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>tpready::Runner</name>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>La vérification a été annulée avant sa fin.</translation>
    </message>
    <message>
        <source>%1 cannot be resolved: %2.</source>
        <translation>%1 ne peut pas être résolu : %2.</translation>
    </message>
    <message>
        <source>No probe exists for protocol %1.</source>
        <translation>Aucune sonde n&apos;existe pour le protocole %1.</translation>
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
        <translation>De quel site s&apos;agit-il ? Tout est facultatif sur cette page : ces informations nomment le site dans le rapport, pour que le support sache d&apos;où viennent les résultats.</translation>
    </message>
    <message>
        <source>e.g. Warehouse 3, Lyon</source>
        <translation>p. ex. Entrepôt 3, Lyon</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>who is installing, e.g. Jane Doe, Acme Networks</source>
        <translation>qui fait l&apos;installation, p. ex. Jeanne Dupont, Acme Réseaux</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>e.g. gateway on the roof, uplink through the customer&apos;s firewall</source>
        <translation>p. ex. passerelle sur le toit, liaison montante via le pare-feu du client</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Site na&amp;me:</source>
        <translation>&amp;Nom du site :</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>Opé&amp;rateur :</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes :</translation>
    </message>
</context>
<context>
    <name>tpready::StreamProbe</name>
    <message>
        <source>The connection succeeded but could not be used: %1.</source>
        <translation>La connexion a réussi mais n&apos;a pas pu être utilisée : %1.</translation>
    </message>
    <message>
        <source>TCP %1 to %2: %3.</source>
        <translation>TCP %1 vers %2 : %3.</translation>
    </message>
    <message>
        <source>The TCP connection to port %1 was accepted, then closed without the expected answer.</source>
        <translation>La connexion TCP au port %1 a été acceptée, puis fermée sans la réponse attendue.</translation>
    </message>
    <message>
        <source>TCP %1 to %2: nothing answered within %3 ms (packets silently dropped).</source>
        <translation>TCP %1 vers %2 : rien n&apos;a répondu en %3 ms (paquets abandonnés silencieusement).</translation>
    </message>
</context>
<context>
    <name>tpready::TpePage</name>
    <message>
        <source>ThingPark Enterprise address</source>
        <translation>Adresse de ThingPark Enterprise</translation>
    </message>
    <message>
        <source>Where does the base station reach your self-hosted ThingPark Enterprise (TPE)? Give the host name or IP address the base station is configured with.</source>
        <translation>Où la station de base joint-elle votre ThingPark Enterprise (TPE) auto-hébergé ? Indiquez le nom d&apos;hôte ou l&apos;adresse IP configuré sur la station de base.</translation>
    </message>
    <message>
        <source>TPE addresses</source>
        <translation>Adresses TPE</translation>
    </message>
    <message>
        <source>e.g. tpe.example.com, or 192.0.2.10, 192.0.2.11</source>
        <translation>p. ex. tpe.example.com, ou 192.0.2.10, 192.0.2.11</translation>
    </message>
    <message>
        <source>&amp;TPE address(es):</source>
        <translation>Adresse(s) &amp;TPE :</translation>
    </message>
    <message>
        <source>Separate several addresses with commas or spaces. One address is a standalone TPE. Two or more addresses, one per node, is a high-availability TPE: the vendor&apos;s HIGH AVAILABILITY column then applies and every node is checked.</source>
        <translation>Séparez plusieurs adresses par des virgules ou des espaces. Une adresse correspond à un TPE autonome. Deux adresses ou plus, une par nœud, correspondent à un TPE en haute disponibilité : la colonne HIGH AVAILABILITY de l&apos;éditeur s&apos;applique alors et chaque nœud est vérifié.</translation>
    </message>
    <message>
        <source>One node: a standalone TPE.</source>
        <translation>Un nœud : un TPE autonome.</translation>
    </message>
    <message numerus="yes">
        <source>%n nodes: a high-availability TPE.</source>
        <translation>
            <numerusform>%n nœud : un TPE autonome.</numerusform>
            <numerusform>%n nœuds : un TPE en haute disponibilité.</numerusform>
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
        <translation>Comment la station de base communique-t-elle avec ThingPark ? Ce choix détermine le tableau des flux de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>An IPsec tunnel (IKEv2 on UDP 500 and 4500, then ESP) carries the LRR&apos;s traffic.</source>
        <translation>Un tunnel IPsec (IKEv2 sur UDP 500 et 4500, puis ESP) transporte le trafic du LRR.</translation>
    </message>
    <message>
        <source>TLS tunnels on TCP 3001 to 3003 carry the LRR&apos;s traffic.</source>
        <translation>Des tunnels TLS sur TCP 3001 à 3003 transportent le trafic du LRR.</translation>
    </message>
    <message>
        <source>The gateway runs Semtech Basics Station instead of the LRR: LNS and CUPS over TLS.</source>
        <translation>La passerelle exécute Semtech Basics Station au lieu du LRR : LNS et CUPS sur TLS.</translation>
    </message>
    <message>
        <source>LRR version</source>
        <translation>Version du LRR</translation>
    </message>
    <message>
        <source>Advanced: the site&apos;s own servers (optional)</source>
        <translation>Avancé : les serveurs propres au site (facultatif)</translation>
    </message>
    <message>
        <source>NTP servers</source>
        <translation>Serveurs NTP</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
    </message>
    <message>
        <source>empty: a current LRR</source>
        <translation>vide : un LRR récent</translation>
    </message>
    <message>
        <source>LRR &amp;version:</source>
        <translation>&amp;Version du LRR :</translation>
    </message>
    <message>
        <source>empty: %1, the default</source>
        <translation>vide : %1, par défaut</translation>
    </message>
    <message>
        <source>NT&amp;P servers:</source>
        <translation>Serveurs &amp;NTP :</translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation>Serveurs &amp;DNS :</translation>
    </message>
    <message>
        <source>IEC 104 (TCP 2404) and FTP (TCP 21) without encryption.</source>
        <translation>IEC 104 (TCP 2404) et FTP (TCP 21) sans chiffrement.</translation>
    </message>
    <message>
        <source>Not available with ThingPark SaaS: the vendor lists it for self-hosted deployments only.</source>
        <translation>Non disponible avec ThingPark SaaS : l&apos;éditeur ne le liste que pour les déploiements auto-hébergés.</translation>
    </message>
    <message>
        <source>empty: none found on this laptop, give the site&apos;s resolver</source>
        <translation>vide : aucun trouvé sur ce PC portable, indiquez le résolveur du site</translation>
    </message>
    <message>
        <source>empty: this laptop&apos;s resolvers, %1</source>
        <translation>vide : les résolveurs de ce PC portable, %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an LRR version: write it as major.minor, e.g. 2.8 or 2.8.1.</source>
        <translation>« %1 » n&apos;est pas une version de LRR : écrivez-la sous la forme majeure.mineure, p. ex. 2.8 ou 2.8.1.</translation>
    </message>
    <message>
        <source>Leave it empty for a current LRR. Before 2.8 the vendor&apos;s certificate-check flows do not apply, and the flow table leaves them out.</source>
        <translation>Laissez vide pour un LRR récent. Avant la version 2.8, les flux de contrôle de certificat de l&apos;éditeur ne s&apos;appliquent pas, et le tableau des flux les omet.</translation>
    </message>
    <message>
        <source>Basics Station has no LRR version.</source>
        <translation>Basics Station n&apos;a pas de version de LRR.</translation>
    </message>
</context>
<context>
    <name>tpready::Wizard</name>
    <message>
        <source>ThingPark readiness</source>
        <translation>Préparation ThingPark</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À pr&amp;opos</translation>
    </message>
    <message>
        <source>About tpready</source>
        <translation>À propos de tpready</translation>
    </message>
    <message>
        <source>&lt;h3&gt;tpready %1&lt;/h3&gt;&lt;p&gt;ThingPark readiness: checks that this site&apos;s network lets a LoRaWAN base station reach Actility ThingPark, and writes a report that proves it.&lt;/p&gt;&lt;p&gt;The flows are those of Actility&apos;s page “Authorizing base station flows to and from ThingPark”.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;tpready %1&lt;/h3&gt;&lt;p&gt;Préparation ThingPark : vérifie que le réseau de ce site permet à une station de base LoRaWAN de joindre Actility ThingPark, et rédige un rapport qui le prouve.&lt;/p&gt;&lt;p&gt;Les flux sont ceux de la page d&apos;Actility « Authorizing base station flows to and from ThingPark ».&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;From the gateway itself.&lt;/b&gt; The laptop is not the base station. On the flows or the checks page, &lt;i&gt;Check from the gateway…&lt;/i&gt; gives a read-only script: paste it into the gateway&apos;s shell (ssh), then paste the block it prints back into the box below it. Each check then shows both views and where they disagree. On the report page, &lt;i&gt;Compare with an earlier report…&lt;/i&gt; says what was fixed and what still or newly fails since an earlier visit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Depuis la passerelle elle-même.&lt;/b&gt; Le PC portable n&apos;est pas la station de base. Sur la page des flux ou des vérifications, &lt;i&gt;Vérifier depuis la passerelle…&lt;/i&gt; donne un script en lecture seule : collez-le dans le shell de la passerelle (ssh), puis collez le bloc qu&apos;il affiche dans la zone sous le script. Chaque vérification montre alors les deux vues et où elles divergent. Sur la page du rapport, &lt;i&gt;Comparer avec un rapport précédent…&lt;/i&gt; dit ce qui a été corrigé et ce qui échoue encore ou désormais depuis une visite précédente.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tpready::WssProbe</name>
    <message>
        <source>%1 completed a verified TLS handshake but did not answer the WebSocket upgrade with HTTP (%2): &quot;%3&quot;.</source>
        <translation>%1 a terminé une négociation TLS vérifiée mais n&apos;a pas répondu à la mise à niveau WebSocket en HTTP (%2) : « %3 ».</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake, then closed the session without answering the WebSocket upgrade.</source>
        <translation>%1 a terminé une négociation TLS vérifiée, puis a fermé la session sans répondre à la mise à niveau WebSocket.</translation>
    </message>
    <message>
        <source>%1 closed the session in the middle of its answer: &quot;%2&quot;.</source>
        <translation>%1 a fermé la session au milieu de sa réponse : « %2 ».</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with 101, but not as RFC 6455 requires (%2): something in the path that is not the LNS answered.</source>
        <translation>%1 a répondu à la mise à niveau WebSocket par 101, mais pas comme l&apos;exige la RFC 6455 (%2) : quelque chose sur le chemin qui n&apos;est pas le LNS a répondu.</translation>
    </message>
    <message>
        <source>The server closed the connection without an INFOS reply.</source>
        <translation>Le serveur a fermé la connexion sans réponse INFOS.</translation>
    </message>
    <message>
        <source>Its next frame was not valid WebSocket (%1).</source>
        <translation>Sa trame suivante n&apos;était pas du WebSocket valide (%1).</translation>
    </message>
    <message>
        <source>The server closed the WebSocket (code %1%2) without an INFOS reply.</source>
        <translation>Le serveur a fermé le WebSocket (code %1%2) sans réponse INFOS.</translation>
    </message>
    <message>
        <source>It started a new message inside a fragmented one.</source>
        <translation>Il a commencé un nouveau message à l&apos;intérieur d&apos;un message fragmenté.</translation>
    </message>
    <message>
        <source>It sent a continuation frame outside any message.</source>
        <translation>Il a envoyé une trame de continuation en dehors de tout message.</translation>
    </message>
    <message>
        <source>Its reply was longer than %1 bytes.</source>
        <translation>Sa réponse dépassait %1 octets.</translation>
    </message>
    <message>
        <source>The LNS at %1 answered router-info (INFOS) for the dummy router %2 with error &quot;%3&quot;: a genuine LNS discovery endpoint, reachable.</source>
        <translation>Le LNS sur %1 a répondu à router-info (INFOS) pour le routeur fictif %2 par l&apos;erreur « %3 » : un véritable point d&apos;accès de découverte LNS, joignable.</translation>
    </message>
    <message>
        <source>The LNS at %1 answered router-info (INFOS) for the dummy router %2 with its MUXS endpoint %3: a genuine LNS discovery endpoint, reachable.</source>
        <translation>Le LNS sur %1 a répondu à router-info (INFOS) pour le routeur fictif %2 avec son point d&apos;accès MUXS %3 : un véritable point d&apos;accès de découverte LNS, joignable.</translation>
    </message>
    <message>
        <source>Its reply is not a router-info answer (%1): &quot;%2&quot;.</source>
        <translation>Sa réponse n&apos;est pas une réponse router-info (%1) : « %2 ».</translation>
    </message>
    <message>
        <source>%1 accepted the WebSocket upgrade to /router-info with a valid Sec-WebSocket-Accept: a WebSocket server holding the host&apos;s verified certificate, reachable.</source>
        <translation>%1 a accepté la mise à niveau WebSocket vers /router-info avec un Sec-WebSocket-Accept valide : un serveur WebSocket qui détient le certificat vérifié de l&apos;hôte, joignable.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade to /router-info with &quot;%2&quot;: the LNS endpoint exists and wants the gateway&apos;s token or certificate, which this check does not have. The path works.</source>
        <translation>%1 a répondu à la mise à niveau WebSocket vers /router-info par « %2 » : le point d&apos;accès LNS existe et demande le jeton ou le certificat de la passerelle, que cette vérification n&apos;a pas. Le chemin fonctionne.</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot;: a web proxy in the path wants the laptop to authenticate. The base station cannot use a proxy.</source>
        <translation>%1 a répondu « %2 » : un proxy web sur le chemin demande au PC portable de s&apos;authentifier. La station de base ne peut pas utiliser de proxy.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot;: there is no LNS discovery endpoint (/router-info) there.</source>
        <translation>%1 a répondu à la mise à niveau WebSocket par « %2 » : il n&apos;y a pas de point d&apos;accès de découverte LNS (/router-info) à cet endroit.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with a redirect (&quot;%2&quot;) to %3: a captive portal or proxy login page, not an LNS.</source>
        <translation>%1 a répondu à la mise à niveau WebSocket par une redirection (« %2 ») vers %3 : un portail captif ou une page de connexion de proxy, pas un LNS.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nulle part</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with a web page (&quot;%2&quot;): a captive portal or proxy page, not an LNS.</source>
        <translation>%1 a répondu à la mise à niveau WebSocket par une page web (« %2 ») : un portail captif ou une page de proxy, pas un LNS.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot; instead of switching protocols: not an LNS.</source>
        <translation>%1 a répondu à la mise à niveau WebSocket par « %2 » au lieu de changer de protocole : ce n&apos;est pas un LNS.</translation>
    </message>
    <message>
        <source>%1 answered the WebSocket upgrade with &quot;%2&quot; instead of switching protocols: the path to the server works, but it did not accept the LNS discovery request.</source>
        <translation>%1 a répondu à la mise à niveau WebSocket par « %2 » au lieu de changer de protocole : le chemin vers le serveur fonctionne, mais il n&apos;a pas accepté la requête de découverte LNS.</translation>
    </message>
    <message>
        <source>No INFOS reply came within %1 ms.</source>
        <translation>Aucune réponse INFOS n&apos;est arrivée en %1 ms.</translation>
    </message>
    <message>
        <source>%1 completed a verified TLS handshake but sent no answer to the WebSocket upgrade within %2 ms.</source>
        <translation>%1 a terminé une négociation TLS vérifiée mais n&apos;a envoyé aucune réponse à la mise à niveau WebSocket en %2 ms.</translation>
    </message>
    <message>
        <source>%1 began an answer to the WebSocket upgrade (&quot;%2&quot;) but did not finish it within %3 ms.</source>
        <translation>%1 a commencé une réponse à la mise à niveau WebSocket (« %2 ») mais ne l&apos;a pas terminée en %3 ms.</translation>
    </message>
</context>
</TS>
