#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A delay wire between two network namespaces, for kernels without sch_netem (tc qdisc ... netem).

    delaywire.py NS_A DEV_A NS_B DEV_B ONE_WAY_MS

Creates a TUN device DEV_A in namespace NS_A and DEV_B in NS_B (they exist while this process runs) and forwards
every IP packet read from one to the other after ONE_WAY_MS, in order, both ways: a round trip through the wire
takes twice ONE_WAY_MS. Prints "ready" on stdout once both devices exist. The caller gives the devices their
addresses and routes, and ends the wire with SIGTERM.
"""

import collections
import ctypes
import fcntl
import os
import select
import signal
import struct
import sys
import time

CLONE_NEWNET = 0x40000000
TUNSETIFF = 0x400454CA
IFF_TUN = 0x0001
IFF_NO_PI = 0x1000

libc = ctypes.CDLL(None, use_errno=True)


def enter_namespace(name):
    fd = os.open(f"/run/netns/{name}", os.O_RDONLY)
    try:
        if libc.setns(fd, CLONE_NEWNET) != 0:
            err = ctypes.get_errno()
            raise OSError(err, os.strerror(err), name)
    finally:
        os.close(fd)


def open_tun(name):
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    ns_a, dev_a, ns_b, dev_b = sys.argv[1:5]
    delay = float(sys.argv[5]) / 1000.0
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))

    enter_namespace(ns_a)
    fd_a = open_tun(dev_a)
    enter_namespace(ns_b)
    fd_b = open_tun(dev_b)
    peer = {fd_a: fd_b, fd_b: fd_a}
    # One FIFO per direction: (when to deliver, packet). The delay is the same for every packet, so order holds.
    queues = {fd_a: collections.deque(), fd_b: collections.deque()}
    poller = select.epoll()
    poller.register(fd_a, select.EPOLLIN)
    poller.register(fd_b, select.EPOLLIN)
    print("ready", flush=True)

    while True:
        now = time.monotonic()
        for source, queue in queues.items():
            while queue and queue[0][0] <= now:
                try:
                    os.write(peer[source], queue.popleft()[1])
                except OSError:
                    pass  # the device is down or its queue full: the packet is lost, as on a wire
        due = [queue[0][0] for queue in queues.values() if queue]
        timeout = max(0.0, min(due) - time.monotonic()) if due else -1
        for fd, _ in poller.poll(timeout):
            arrival = time.monotonic()
            while True:
                try:
                    packet = os.read(fd, 65535)
                except BlockingIOError:
                    break
                queues[fd].append((arrival + delay, packet))


if __name__ == "__main__":
    main()
