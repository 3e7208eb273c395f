#!/usr/bin/env python3
"""From `run --format json`: the shares of collapses before, inside and after a window of steps
[lo, hi] (check-history's months), read off the cumulative incidence of collapse."""
import json, sys
d = json.load(open(sys.argv[1])); lo, hi = int(sys.argv[2]), int(sys.argv[3])
inc = {p['step']: p['incidence'] for p in d['collapseIncidence']}
total = d['outcomes']['collapsed']['share']
def by(step):  # cumulative incidence up to and including step
    steps = [s for s in inc if s <= step]
    return inc[max(steps)] if steps else 0.0
b, i = by(lo - 1), by(hi) - by(lo - 1)
print(f"{sys.argv[1]}: collapsed {total:.3f}; of the collapses: before step {lo} {b/total:.3f}, "
      f"in {lo}-{hi} {i/total:.3f}, after {hi} {(total-b-i)/total:.3f}")
c = d.get('collapseCauses', {})
print("  causes (share of runs): " + ", ".join(f"{v['party']} {v['cause']} {v['shareOfRuns']:.3f}" for v in sorted(c.values(), key=lambda v: -v['count'])))
if 'afterCompletion' in d:
    a = d['afterCompletion']
    print(f"  ever completed {a['everCompleted']['share']:.3f}; collapsed after completion {a['collapsedAfterCompletion']['share']:.3f} "
          f"({a['collapsedAfterCompletionOfCompleted']['share']:.3f} of those ever completed)")
