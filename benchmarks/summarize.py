#!/usr/bin/env python3
"""Summarise benchmarks/run.sh speed lines: median pages/s (wall and CPU) and peak RSS per tool and set,
plus the ratios the issue asks for, computed per round (same round = same machine load) then the median."""
import re
import sys
from collections import defaultdict
from statistics import median

rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    kv = dict(re.findall(r"(\w+)=([^\s]+)", line))
    if "tool" in kv:
        rows.append(kv)

by = defaultdict(list)
for r in rows:
    by[(r["set"], r["tool"])].append(r)

def med(rs, key):
    vals = [float(r[key]) for r in rs if key in r]
    return median(vals) if vals else float("nan")

tools = ["newsfn", "extract-batch", "smartreader", "readability", "hap-parse", "hap-innertext"]
for s in sorted({k[0] for k in by}):
    print(f"\n### {s}\n")
    print("| tool | pages/s (wall) | pages/s (CPU time) | peak RSS MB |")
    print("|---|---|---|---|")
    for t in tools:
        rs = by.get((s, t))
        if not rs:
            continue
        cpu = med(rs, "cpu_pages_per_s")
        cpu_txt = "" if cpu != cpu else f"{cpu:.1f}"
        print(f"| {t} | {med(rs, 'pages_per_s'):.1f} | {cpu_txt} | {med(rs, 'maxrss_kb') / 1024:.0f} |")

    rounds = defaultdict(dict)
    for r in rows:
        if r["set"] == s:
            rounds[r["round"]][r["tool"]] = r
    for key, label in (("pages_per_s", "wall"), ("cpu_pages_per_s", "CPU")):
        peer, ceiling = [], []
        for rd in rounds.values():
            try:
                ours = float(rd["newsfn"][key])
                peer.append(ours / max(float(rd["smartreader"][key]), float(rd["readability"][key])))
                ceiling.append(ours / float(rd["hap-parse"][key]))
            except KeyError:
                pass
        if peer:
            print(f"\n{label}: ours / fastest peer = {median(peer):.2f}x (target >= 3x); "
                  f"ours / HAP parse-only = {median(ceiling):.0%} (target >= 75%)")
