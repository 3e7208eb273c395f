#!/usr/bin/env python3
"""Summarise a `compare --format json` file: one table row per design, then causes and metrics."""
import json, sys
label = sys.argv[2] if len(sys.argv) > 2 else ''
d = json.load(open(sys.argv[1]))
for x in d['designs']:
    o = x['outcomes']; a = x['afterCompletion']
    print(f"| {label} | {x['design']} | {o['completed']['share']:.3f} | {o['collapsed']['share']:.3f} | "
          f"{o['stalled']['share']:.3f} | {a['everCompleted']['share']:.3f} | {a['collapsedAfterCompletion']['share']:.3f} |")
for x in d['designs']:
    n = x['runs']
    causes = sorted(x['collapseCauses'].values(), key=lambda c: -c['count'])
    print(f"  {x['design']} causes (share of runs): " +
          ", ".join(f"{c['party']} {c['cause']} {c['shareOfRuns']:.3f}" for c in causes))
    a = x['afterCompletion']
    print(f"  {x['design']} collapsed after completion of completed: {a['collapsedAfterCompletionOfCompleted']['share']:.3f}")
    m = x['metrics']
    print("  " + x['design'] + " means: " + ", ".join(f"{k} {m[k]['mean']:.3f}" for k in m))
