#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers of scripts/bench's network measurements.

    benchlab.py ports FLOWS_JSON [HOST=IP]...   the plan's TCP and UDP ports per address, one line each:
                                                "IP T:22,3001 U:500" (names mapped with HOST=IP, as --resolve does)
    benchlab.py report REPORT_JSON              one line: "DURATION_MS SUMMARY VERDICT=COUNT..."
    benchlab.py median NUMBER...                the median
    benchlab.py nmap NMAP_NORMAL_OUTPUT         one line: the count of ports per state ("open=9 open|filtered=2")
    benchlab.py fails REPORT_JSON               the checks that failed, one line each: "FLOW HOST PORT REASON"
                                                (nothing when none did)
"""

import collections
import json
import re
import statistics
import sys


def ports(flows_path, mapping):
    names = dict(entry.split("=", 1) for entry in mapping)
    with open(flows_path, encoding="utf-8") as f:
        flows = json.load(f)
    per_address = collections.OrderedDict()
    for flow in flows["flows"]:
        for check in flow["checks"]:
            host, port = check.get("host"), check.get("port")
            if not host or not port or check.get("transport") not in ("tcp", "udp"):
                continue  # ICMP, ESP, DHCP: no port to scan
            address = names.get(host.lower(), host)
            kind = "T" if check["transport"] == "tcp" else "U"
            per_address.setdefault(address, {"T": [], "U": []})
            if port not in per_address[address][kind]:
                per_address[address][kind].append(port)
    for address, kinds in per_address.items():
        spec = [f"{k}:{','.join(str(p) for p in kinds[k])}" for k in ("T", "U") if kinds[k]]
        print(address, " ".join(spec))


def report(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    counts = collections.Counter(f"{c['verdict']}" for c in doc["checks"])
    summary = doc.get("summary", {}).get("verdict", "?")
    print(doc.get("duration_ms", -1), summary, " ".join(f"{k}={v}" for k, v in sorted(counts.items())))


def fails(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    for c in doc["checks"]:
        if c["verdict"] == "fail":
            print(c.get("flow"), c.get("host") or "-", c.get("port") or "-", c.get("reason"))


def nmap(path):
    states = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\d+/(tcp|udp)\s+(\S+)", line)
            if m:
                states[m.group(2)] += 1
    print(" ".join(f"{k}={v}" for k, v in sorted(states.items())) or "none")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "ports":
        ports(rest[0], rest[1:])
    elif command == "report":
        report(rest[0])
    elif command == "median":
        value = statistics.median(float(x) for x in rest)
        print(round(value) if all(x.lstrip("-").isdigit() for x in rest) else round(value, 1))
    elif command == "nmap":
        nmap(rest[0])
    elif command == "fails":
        fails(rest[0])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
