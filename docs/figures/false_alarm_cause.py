#!/usr/bin/env python3
"""From a Runs.java CSV: among runs that were ever completed and saw a false alarm, the share that
ended with the sanctioner walking out for utility; and such walk-outs in runs without any alarm."""
import csv, sys
party = sys.argv[2] if len(sys.argv) > 2 else 'USA'
r = list(csv.DictReader(open(sys.argv[1])))
fa = [x for x in r if int(x['falseAlarms']) > 0 and int(x['completedAt']) >= 0]
util = lambda x: x['party'] == party and x['cause'] == 'UTILITY' and x['after'] == 'after'
print(f"{sys.argv[1]}: ever completed with a false alarm {len(fa)/len(r):.3f} of runs; of them {party} walked out for utility "
      f"after completion {sum(1 for x in fa if util(x))/max(1,len(fa)):.3f}; such walk-outs without any false alarm: "
      f"{sum(1 for x in r if util(x) and int(x['falseAlarms']) == 0)} runs")
