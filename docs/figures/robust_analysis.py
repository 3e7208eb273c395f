#!/usr/bin/env python3
"""Per-parameter rank correlation of the completion gap (bit-for-bit minus all-or-nothing) over the
points of a `robust --format json` file, and the size of the gaps where all-or-nothing wins."""
import json, sys
def ranks(x):
    o = sorted(range(len(x)), key=lambda i: x[i]); r = [0.0] * len(x)
    i = 0
    while i < len(o):
        j = i
        while j + 1 < len(o) and x[o[j + 1]] == x[o[i]]: j += 1
        for k in range(i, j + 1): r[o[k]] = (i + j) / 2.0
        i = j + 1
    return r
def spearman(a, b):
    ra, rb = ranks(a), ranks(b); n = len(a)
    ma, mb = sum(ra) / n, sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra) ** .5; vb = sum((y - mb) ** 2 for y in rb) ** .5
    return cov / (va * vb)
d = json.load(open(sys.argv[1])); P = d['pointResults']; names = d['parameters']
gap = [p['completed'][1] - p['completed'][0] for p in P]
cgap = [p['collapsed'][1] - p['collapsed'][0] for p in P]
print(f"{sys.argv[1]}: {len(P)} points; mean completion AoN {sum(p['completed'][0] for p in P)/len(P):.3f}, BfB {sum(p['completed'][1] for p in P)/len(P):.3f}")
for n in sorted(names, key=lambda n: -abs(spearman([p['values'][n] for p in P], gap))):
    xs = [p['values'][n] for p in P]
    print(f"  {n:34s} rho(completion gap BfB-AoN) {spearman(xs, gap):+.2f}   rho(collapse gap) {spearman(xs, cgap):+.2f}")
aon = sorted(-g for g in gap if g < 0)
print(f"  points where AoN completes more: {len(aon)}; its margin median {aon[len(aon)//2] if aon else 0:.3f}, max {max(aon) if aon else 0:.3f}, "
      f"share with margin < 0.02: {sum(1 for g in aon if g < 0.02)/max(1,len(aon)):.2f}")
worst = max(P, key=lambda p: p['collapsed'][1] - p['collapsed'][0])
print("  point where BfB collapses most more than AoN:", {k: round(v, 3) for k, v in worst['values'].items()}, worst['completed'], worst['collapsed'])
