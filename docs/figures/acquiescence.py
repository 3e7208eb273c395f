#!/usr/bin/env python3
"""From a Runs.java CSV of generic-imposition: the TIES categories as check-history sorts them
(settlement = completed; acquiesces = not completed with capability below the initial; else
stalemate), and how the acquiescing runs ended."""
import csv, sys
from collections import Counter
initial = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
r = list(csv.DictReader(open(sys.argv[1]))); n = len(r)
acq = [x for x in r if x['outcome'] != 'COMPLETED' and float(x['capabilityRemaining']) < initial - 1e-9]
print(f"{sys.argv[1]}: settlement {sum(1 for x in r if x['outcome']=='COMPLETED')/n:.4f}, acquiesces {len(acq)/n:.4f}, "
      f"stalemate {1 - len(acq)/n - sum(1 for x in r if x['outcome']=='COMPLETED')/n:.4f}")
print(f"  acquiescing runs ever completed: {sum(1 for x in acq if int(x['completedAt']) >= 0)/max(1,len(acq)):.3f}; how they ended: " +
      ", ".join(f"{k} {v/n:.4f} of runs" for k, v in Counter(f"{x['party']} {x['cause']} {x['after']}" for x in acq).most_common()))
