#!/usr/bin/env python3
"""Collapse timing of a Runs.java CSV: shares of collapses before, inside and after a window of
steps [lo, hi] (check-history's months), and who ended them inside it, before/after completion."""
import csv, sys
from collections import Counter
f, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = list(csv.DictReader(open(f)))
col = [r for r in rows if r['outcome'] == 'COLLAPSED']
n = len(rows); c = len(col)
ever = sum(1 for r in rows if int(r['completedAt']) >= 0)
after = sum(1 for r in col if r['after'] == 'after')
print(f"{f}: {n} runs, collapsed {c/n:.3f}; ever completed {ever/n:.3f}; collapsed after completion {after/n:.3f} "
      f"({after/max(1,ever):.3f} of those ever completed)")
for name, off in (('step', 0), ('step+1', 1)):
    s = [int(r['step']) + off for r in col]
    b = sum(1 for x in s if x < lo); i = sum(1 for x in s if lo <= x <= hi); a = sum(1 for x in s if x > hi)
    print(f"  by {name}: before {b/c:.3f}, inside {i/c:.3f}, after {a/c:.3f} of collapses")
inside = [r for r in col if lo <= int(r['step']) <= hi]
print("  inside the window (by step), who and why:", ", ".join(f"{k} {v/max(1,len(inside)):.3f}" for k, v in
      Counter(f"{r['party']} {r['cause']} {r['after']}" for r in inside).most_common()))
