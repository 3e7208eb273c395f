#!/usr/bin/env python3
"""From a Runs.java CSV: per collapse cause, its share of runs and the p10/median/p90 step of collapse
(the step counted from 0, as check-history's months), and its share inside a window [lo, hi]."""
import csv, sys
from collections import defaultdict
lo, hi = int(sys.argv[2]), int(sys.argv[3])
rows = list(csv.DictReader(open(sys.argv[1]))); n = len(rows)
d = defaultdict(list)
for r in rows:
    if r['outcome'] == 'COLLAPSED': d[f"{r['party']} {r['cause']}"].append(int(r['step']))
for k, v in sorted(d.items(), key=lambda kv: -len(kv[1])):
    v.sort(); m = len(v)
    print(f"  {k:16s} {m/n:.3f} of runs; step p10 {v[m//10]}, median {v[m//2]}, p90 {v[9*m//10]}; in {lo}-{hi}: {sum(1 for x in v if lo <= x <= hi)/m:.3f}")
