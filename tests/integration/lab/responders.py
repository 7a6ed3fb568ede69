#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Small servers of the integration lab that Debian does not package (standard library only).

    responders.py ROLE=[ADDR:]PORT...

Roles:
  iec104    IEC 60870-5-104 controlled station stand-in: answers TESTFR act (68 04 43 00 00 00) with
            TESTFR con (68 04 83 00 00 00). No IEC 104 server is packaged in Debian; this answers only the frame
            the probe sends, STARTDT and I-frames are ignored.
  station   the HTTP back end behind haproxy for Basics Station: POST /update-info (CUPS) answers 200
            application/octet-stream with 14 zero bytes ("no update"); GET /router-info with a WebSocket
            upgrade (LNS discovery) answers one INFOS text frame {"router", "muxs", "uri"} and closes.
  httpfirst speaks HTTP first: on connect it sends an HTTP 400 response and closes (a transparent proxy or a
            web server put where another protocol is expected).
  silent    accepts connections and never says anything.

Every role listens on IPv4 and IPv6 unless an address is given. The process stops on SIGTERM.
"""

import asyncio
import base64
import hashlib
import json
import signal
import socket
import struct
import sys

TESTFR_ACT = bytes.fromhex("680443000000")
TESTFR_CON = bytes.fromhex("680483000000")
WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MAX_REQUEST = 16384


def log(*parts):
    print("responders:", *parts, file=sys.stderr, flush=True)


async def iec104(reader, writer):
    buffer = b""
    try:
        while len(buffer) < 4096:
            chunk = await asyncio.wait_for(reader.read(256), 30)
            if not chunk:
                break
            buffer += chunk
            while len(buffer) >= 2 and buffer[0] == 0x68 and len(buffer) >= 2 + buffer[1]:
                frame, buffer = buffer[: 2 + buffer[1]], buffer[2 + buffer[1]:]
                if frame == TESTFR_ACT:
                    writer.write(TESTFR_CON)
                    await writer.drain()
            if buffer and buffer[0] != 0x68:
                break  # not IEC 104: a real station drops the link
    except (asyncio.TimeoutError, ConnectionError):
        pass
    finally:
        writer.close()


async def read_http_head(reader):
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = await asyncio.wait_for(reader.read(1024), 10)
        if not chunk:
            return None, b""
        head += chunk
        if len(head) > MAX_REQUEST:
            return None, b""
    head, _, rest = head.partition(b"\r\n\r\n")
    return head.decode("latin-1"), rest


def http_response(status, content_type, body, extra=""):
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
            f"Connection: close\r\nServer: tpready-lab\r\n{extra}\r\n").encode("latin-1") + body


async def read_ws_frame(reader):
    header = await reader.readexactly(2)
    length = header[1] & 0x7F
    if length == 126:
        length = struct.unpack("!H", await reader.readexactly(2))[0]
    elif length == 127:
        length = struct.unpack("!Q", await reader.readexactly(8))[0]
    if length > MAX_REQUEST:
        raise ValueError("frame too large")
    mask = await reader.readexactly(4) if header[1] & 0x80 else b"\0\0\0\0"
    payload = bytearray(await reader.readexactly(length))
    for i in range(len(payload)):
        payload[i] ^= mask[i % 4]
    return header[0] & 0x0F, bytes(payload)


def ws_frame(opcode, payload):
    if len(payload) < 126:
        return bytes([0x80 | opcode, len(payload)]) + payload
    return bytes([0x80 | opcode, 126]) + struct.pack("!H", len(payload)) + payload


async def station(reader, writer):
    try:
        head, rest = await read_http_head(reader)
        if head is None:
            return
        lines = head.split("\r\n")
        method, path = (lines[0].split(" ") + ["", ""])[:2]
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if method == "POST" and path == "/update-info":
            length = min(int(headers.get("content-length", "0") or 0), MAX_REQUEST)
            if len(rest) < length:
                rest += await asyncio.wait_for(reader.readexactly(length - len(rest)), 10)
            writer.write(http_response("200 OK", "application/octet-stream", bytes(14)))
        elif method == "GET" and path == "/router-info" and headers.get("upgrade", "").lower() == "websocket":
            key = headers.get("sec-websocket-key", "").encode("latin-1")
            accept = base64.b64encode(hashlib.sha1(key + WS_GUID).digest()).decode("ascii")
            writer.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          f"Sec-WebSocket-Accept: {accept}\r\n\r\n").encode("latin-1"))
            await writer.drain()
            opcode, payload = await asyncio.wait_for(read_ws_frame(reader), 10)
            router = "::1"
            if opcode == 1:
                try:
                    router = str(json.loads(payload.decode("utf-8")).get("router", router))
                except (ValueError, AttributeError):
                    pass
            answer = {"router": router, "muxs": "::0", "uri": "wss://lns.lab.test:4443/traffic/" + router}
            writer.write(ws_frame(1, json.dumps(answer).encode("utf-8")))
            writer.write(ws_frame(8, struct.pack("!H", 1000)))
        else:
            writer.write(http_response("404 Not Found", "text/plain", b"not found\n"))
        await writer.drain()
    except (asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError, ValueError):
        pass
    finally:
        writer.close()


async def httpfirst(reader, writer):
    del reader
    try:
        writer.write(http_response("400 Bad Request", "text/html", b"<html><body>Bad request</body></html>\n"))
        await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


async def silent(reader, writer):
    try:
        while await asyncio.wait_for(reader.read(1024), 60):
            pass
    except (asyncio.TimeoutError, ConnectionError):
        pass
    finally:
        writer.close()


ROLES = {"iec104": iec104, "station": station, "httpfirst": httpfirst, "silent": silent}


async def main(specs):
    servers = []
    for spec in specs:
        role, _, where = spec.partition("=")
        host, _, port = where.rpartition(":")
        handler = ROLES[role]
        if host:
            servers.append(await asyncio.start_server(handler, host.strip("[]"), int(port), reuse_address=True))
        else:
            # One dual-stack socket: the lab's IPv6 scenarios reach the same responders.
            sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            sock.bind(("::", int(port)))
            servers.append(await asyncio.start_server(handler, sock=sock))
        log(role, "listening on", where)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    await stop.wait()
    for server in servers:
        server.close()


if __name__ == "__main__":
    if len(sys.argv) < 2 or any("=" not in a or a.split("=")[0] not in ROLES for a in sys.argv[1:]):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    asyncio.run(main(sys.argv[1:]))
