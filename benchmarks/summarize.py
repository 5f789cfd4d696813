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

tools = ["newsfn", "newsfn-mt", "extract-batch-1t", "extract-batch", "smartreader", "readability", "hap-parse", "hap-parse-mt", "hap-innertext"]
labels = {"extract-batch-1t": "extract-batch --threads 1", "extract-batch": "extract-batch (all cores)",
          "newsfn-mt": "newsfn (all cores)", "hap-parse-mt": "hap-parse (all cores)"}
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
        print(f"| {labels.get(t, t)} | {med(rs, 'pages_per_s'):.1f} | {cpu_txt} | {med(rs, 'maxrss_kb') / 1024:.0f} |")

    rounds = defaultdict(dict)
    for r in rows:
        if r["set"] == s:
            rounds[r["round"]][r["tool"]] = r
    # In-process runners on one thread, wall and CPU time; then the CLI end to end (wall time only: it is one process
    # for reading, extracting and writing, so its CPU time would count its second core twice).
    for ours_tool, key, label in (("newsfn", "pages_per_s", "newsfn in-process, 1 thread, wall"),
                                  ("newsfn", "cpu_pages_per_s", "newsfn in-process, 1 thread, CPU"),
                                  ("extract-batch-1t", "pages_per_s", "extract-batch --threads 1, wall"),
                                  ("extract-batch", "pages_per_s", "extract-batch on all cores, wall")):
        peer, ceiling = [], []
        for rd in rounds.values():
            try:
                ours = float(rd[ours_tool][key])
                peer.append(ours / max(float(rd["smartreader"][key]), float(rd["readability"][key])))
                ceiling.append(ours / float(rd["hap-parse"][key]))
            except KeyError:
                pass
        if peer:
            print(f"\n{label}: / fastest peer = {median(peer):.2f}x (target >= 3x); "
                  f"/ HAP parse-only (1 thread) = {median(ceiling):.0%} (target >= 75%)")

    # Like for like on every core: our extractor (in-process, and the CLI end to end) against the parse alone
    # spread over as many threads.
    for ours_tool, label in (("newsfn-mt", "newsfn in-process, all cores, wall"),
                             ("extract-batch", "extract-batch on all cores, wall")):
        ceiling = []
        for rd in rounds.values():
            try:
                ceiling.append(float(rd[ours_tool]["pages_per_s"]) / float(rd["hap-parse-mt"]["pages_per_s"]))
            except KeyError:
                pass
        if ceiling:
            print(f"{label}: / HAP parse-only on all cores = {median(ceiling):.0%} (target >= 75%; rounds: "
                  f"{', '.join(f'{c:.0%}' for c in ceiling)})")
