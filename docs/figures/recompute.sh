#!/usr/bin/env bash
# Recompute every model-output figure that the hand-written docs quote (docs/ODD.md sections 8,
# 8.1 and the text bullets of 8.2, the phase table of 7.6; docs/VALIDATION.md; README.md has
# none outside its generated
# sample and Performance; docs/ODD.md section 7.9), printing labelled results, so that every figure
# the docs quote can be checked against the code and recomputed after a model change (then the
# text around the figures must be re-read too: the figures come with explanations). Nothing here
# changes the repository except Maven's target/ folders; results and two small scenario files
# (section 3, bullet 9) go to OUT_DIR.
#
#   usage: docs/figures/recompute.sh REPO_ROOT [OUT_DIR]   (OUT_DIR default: $TMPDIR/bitforbit-figures)
#   env:   SKIP_MAVEN_TEST=1  skips the AbcRecoveryTest run (section 4f, a Maven test run)
#
# Besides the documented CLI commands it uses two small Java programs on the CLI jar
# (harness/Runs.java: per-run outcomes of the same runs as `run`, by cause and before/after
# completion; harness/Paired.java: paired differences with 99% intervals on the same runs as
# `run --seed S` in both arms) and python3 helpers next to this script. Takes about 5 minutes on
# two shared cores.
set -euo pipefail

ROOT="$(cd "${1:?usage: recompute.sh REPO_ROOT [OUT_DIR]}" && pwd)"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${2:-${TMPDIR:-/tmp}/bitforbit-figures}"
mkdir -p "$OUT"
B="$ROOT/bitforbit"
J="$ROOT/cli/target/bitforbit.jar"
PY="python3"

section() { printf '\n==================== %s ====================\n' "$*"; }
label() { printf '\n--- %s\n' "$*"; }
runs() { java -cp "$J" "$HERE/harness/Runs.java" "$@"; }
paired() { java -cp "$J" "$HERE/harness/Paired.java" "$@"; }

"$B" list >/dev/null          # builds cli/target/bitforbit.jar on first use
label "build: $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?') $(cd "$ROOT" && git status --porcelain 2>/dev/null | grep -q . && echo '(dirty)' || true)"

# ---------------------------------------------------------------------------------------------
section "1. docs/ODD.md section 8: the demo at initial trust 0.2 and 0.95"
for T in 0.2 0.95; do
  "$B" compare demo --rule-sets all-or-nothing,bit-for-bit --runs 5000 \
      --set parties.USA.trust.initial=$T --set parties.DPRK.trust.initial=$T --format json > "$OUT/compare_demo_$T.json" 2>/dev/null
done
label "table rows: | initial trust | design | completed | collapsed | stalled | ever completed | collapsed after completion |"
for T in 0.2 0.95; do $PY "$HERE/summ_compare.py" "$OUT/compare_demo_$T.json" $T | sed -n 1,2p; done
for T in 0.2 0.95; do
  label "trust $T: causes, after-completion share, metric means"; $PY "$HERE/summ_compare.py" "$OUT/compare_demo_$T.json" $T | tail -n +3
  label "trust $T: verdict"; $PY -c "import json,sys; [print(' ', s) for s in json.load(open(sys.argv[1]))['verdict']['sentences']]" "$OUT/compare_demo_$T.json"
done
for T in 0.2 0.95; do for D in all-or-nothing bit-for-bit; do
  label "trust $T, $D: who ended the runs, before/after completion (same runs as compare)"
  runs demo $D 5000 0 parties.USA.trust.initial=$T parties.DPRK.trust.initial=$T --csv "$OUT/runs_demo_${D}_$T.csv"
done; done
label "trust 0.2, all-or-nothing: by the principals' true types (screening)"
for X in parties.DPRK.types.cooperative=1 parties.DPRK.types.cooperative=0 parties.USA.types.cooperative=1 parties.USA.types.cooperative=0; do
  runs demo all-or-nothing 5000 0 parties.USA.trust.initial=0.2 parties.DPRK.trust.initial=0.2 $X
done
label "trust 0.2, all-or-nothing, run 0: the first offer's surplus for a security-seeker / an opportunist"
for C in 1 0; do
  printf '  DPRK cooperative=%s: ' $C
  "$B" trace demo --rule-set all-or-nothing --run 0 --set parties.USA.trust.initial=0.2 --set parties.DPRK.trust.initial=0.2 \
      --set parties.DPRK.types.cooperative=$C 2>/dev/null | grep -o 'surplus [-0-9.]*' | sed -n 1p
done
label "trust 0.2, bit-for-bit, every target an opportunist: phases completed per run (found out after some relief)"
runs demo bit-for-bit 5000 0 parties.USA.trust.initial=0.2 parties.DPRK.trust.initial=0.2 parties.DPRK.types.cooperative=0 --csv "$OUT/runs_demo_bfb_opportunist_0.2.csv"
$PY - "$OUT/runs_demo_bfb_opportunist_0.2.csv" <<'EOF'
import csv, sys
from collections import Counter
r = list(csv.DictReader(open(sys.argv[1]))); c = Counter(int(x['phasesCompleted']) for x in r)
print("  phases completed: " + ", ".join(f"{k}: {v/len(r):.3f}" for k, v in sorted(c.items()))
      + f"; one to three: {sum(c[k] for k in (1, 2, 3))/len(r):.3f}")
EOF
label "trust 0.2, all-or-nothing, waverCost 0 (both sanctioner types offer alike: offers are no evidence)"
runs demo all-or-nothing 5000 0 parties.USA.trust.initial=0.2 parties.DPRK.trust.initial=0.2 parties.USA.waverCost=0
label "trust 0.2, all-or-nothing, every political cost x5 (offers costly enough to differ by type: evidence again)"
runs demo all-or-nothing 5000 0 parties.USA.trust.initial=0.2 parties.DPRK.trust.initial=0.2 \
    concessions.luxury-goods.politicalCost=0.05 concessions.textiles.politicalCost=0.1 concessions.coal.politicalCost=0.15 \
    concessions.oil.politicalCost=0.2 concessions.exercise-suspension.politicalCost=0.05 concessions.security-assurance.politicalCost=0.05
label "trust 0.95: the sanctioner's walk-outs after completion follow false alarms"
for D in all-or-nothing bit-for-bit; do $PY "$HERE/false_alarm_cause.py" "$OUT/runs_demo_${D}_0.95.csv"; done
label "traces: all-or-nothing at 0.2, run 0 (offers raise the target's trust, refusals lower the sanctioner's)"
"$B" trace demo --rule-set all-or-nothing --run 0 --set parties.USA.trust.initial=0.2 --set parties.DPRK.trust.initial=0.2 2>/dev/null | tail -n +3 | cut -c1-240
label "traces: all-or-nothing at 0.95, seed 0 (false alarm in month 5, the USA walks out in month 10)"
"$B" trace demo --rule-set all-or-nothing --seed 0 --set parties.USA.trust.initial=0.95 --set parties.DPRK.trust.initial=0.95 2>/dev/null | tail -n +3 | cut -c1-240

# ---------------------------------------------------------------------------------------------
section "2. docs/ODD.md section 8.1: robustness of the headline (240 points, 1,000 runs)"
V="--vary parties.DPRK.trust.initial=0.1..0.9 --vary parties.USA.trust.initial=0.1..0.9
   --vary parties.DPRK.types.cooperative=0.2..0.8 --vary parties.USA.types.cooperative=0.3..0.9
   --vary parties.DPRK.lambda=0.5..5 --vary parties.USA.lambda=0.5..5
   --vary parties.DPRK.opportunistPremium=0..1 --vary parties.USA.waverCost=0..1
   --vary parties.USA.renegeHazard=0.005..0.06 --vary parties.USA.hawkishness=0..3
   --vary parties.DPRK.kappa=0.3..1 --vary parties.DPRK.patience=3..12
   --vary parties.USA.patience=3..12 --vary falseAlarm=0.001..0.02"
for S in dprk-2018 demo; do
  label "robust $S (markdown, as documented): shares, regret, usual winner, PRIM box"
  # shellcheck disable=SC2086
  "$B" robust $S --rule-sets all-or-nothing,bit-for-bit $V --points 240 --runs 1000 --format markdown > "$OUT/robust_$S.md" 2>/dev/null
  sed -n '/^### Share/,/^### Peeling/p' "$OUT/robust_$S.md" | grep -v '^### Peeling'
  # shellcheck disable=SC2086
  "$B" robust $S --rule-sets all-or-nothing,bit-for-bit $V --points 240 --runs 1000 --format json > "$OUT/robust_$S.json" 2>/dev/null
  label "robust $S: rank correlations of the completion gap with each parameter"
  $PY "$HERE/robust_analysis.py" "$OUT/robust_$S.json"
done
label "dprk-2018 inside the PRIM box (DPRK initial trust 0.7), all-or-nothing, opportunistPremium 0 / 0.2 / 0.8"
for OP in 0 0.2 0.8; do
  runs dprk-2018 all-or-nothing 4000 0 parties.DPRK.trust.initial=0.7 parties.DPRK.opportunistPremium=$OP --csv "$OUT/runs_dprk_aon_op$OP.csv"
  $PY - "$OUT/runs_dprk_aon_op$OP.csv" $OP <<'EOF'
import csv, sys
r = list(csv.DictReader(open(sys.argv[1]))); c = [x for x in r if int(x['completedAt']) >= 0]
print(f"  premium {sys.argv[2]}: ever completed {len(c)/len(r):.3f}; mean final trust in the target among them "
      f"{sum(float(x['trustInTarget']) for x in c)/max(1,len(c)):.3f}; USA walked out for utility after completion "
      f"{sum(1 for x in c if x['party']=='USA' and x['cause']=='UTILITY')/len(r):.3f} of runs")
EOF
done
for OP in 0 0.8; do runs dprk-2018 bit-for-bit 4000 0 parties.DPRK.trust.initial=0.7 parties.DPRK.opportunistPremium=$OP; done
label "demo at its defaults: both designs"
for D in all-or-nothing bit-for-bit; do runs demo $D 5000 0; done
label "demo: waverCost 0 / 1, as it is and with every sanctioner wavering"
for W in 0 1; do for D in all-or-nothing bit-for-bit; do runs demo $D 4000 0 parties.USA.waverCost=$W; done; done
for W in 0 1; do for D in all-or-nothing bit-for-bit; do runs demo $D 4000 0 parties.USA.types.cooperative=0 parties.USA.waverCost=$W; done; done

# ---------------------------------------------------------------------------------------------
section "3. docs/ODD.md section 8.2, the bullets below the table (4,000 paired runs of run --seed 0)"
label "3 with a committed sanctioner: the target's final belief, renegeHazard 0.005 -> 0.08 (bit-for-bit)"
for H in 0.005 0.08; do
  printf '  run mean trust-in-sanctioner, all committed, renegeHazard %s: ' $H
  "$B" run demo --rule-set bit-for-bit --runs 4000 --seed 0 --set parties.USA.types.cooperative=1 --set parties.USA.renegeHazard=$H --format json 2>/dev/null \
      | $PY -c "import json,sys; print(round(json.load(sys.stdin)['metrics']['trust-in-sanctioner']['mean'], 4))"
done
paired demo bit-for-bit 4000 0 trustInSanctioner parties.USA.types.cooperative=1 -- parties.USA.renegeHazard=0.005 -- parties.USA.renegeHazard=0.08
paired demo bit-for-bit 4000 0 trustInSanctioner -- parties.USA.renegeHazard=0.005 -- parties.USA.renegeHazard=0.08
label "10 under the JCPOA's own hazard: collapse after completion, electionRenegeFactor 1 -> 20 (historical)"
for F in 1 20; do
  printf '  run collapsed-after-completion share, factor %s: ' $F
  "$B" run jcpoa-2015 --rule-set historical --runs 4000 --seed 0 --set parties.P5+1.electionRenegeFactor=$F --format json 2>/dev/null \
      | $PY -c "import json,sys; print(json.load(sys.stdin)['afterCompletion']['collapsedAfterCompletion']['share'])"
done
paired jcpoa-2015 historical 4000 0 collapsedAfterCompletion -- parties.P5+1.electionRenegeFactor=1 -- parties.P5+1.electionRenegeFactor=20
paired jcpoa-2015 historical 4000 0 collapsedAfterCompletion parties.P5+1.renegeHazard=0.003 -- parties.P5+1.electionRenegeFactor=1 -- parties.P5+1.electionRenegeFactor=20
label "2 the belief in a cooperative target against the true false-alarm rate 0.002 -> 0.03 (observer assuming a quarter)"
for FA in 0.002 0.03; do
  printf '  run mean trust-in-target, falseAlarm %s: ' $FA
  "$B" run demo --rule-set bit-for-bit --runs 4000 --seed 0 --set parties.DPRK.types.cooperative=1 \
      --set parties.USA.assumedFalseAlarmFactor=0.25 --set falseAlarm=$FA --format json 2>/dev/null \
      | $PY -c "import json,sys; print(round(json.load(sys.stdin)['metrics']['trust-in-target']['mean'], 4))"
done
paired demo bit-for-bit 4000 0 trustInTarget parties.DPRK.types.cooperative=1 parties.USA.assumedFalseAlarmFactor=0.25 -- falseAlarm=0.002 -- falseAlarm=0.03

label "8 where the sanctioner's acceptance binds: demo, bit-for-bit, every tranche's and assurance's political cost x1 / x3 / x10 (4,000 runs, seed 0)"
for X in 1 3 10; do
  SETS=""
  for C in luxury-goods:0.01 textiles:0.02 coal:0.03 oil:0.04 exercise-suspension:0.01 security-assurance:0.01; do
    SETS="$SETS --set concessions.${C%%:*}.politicalCost=$($PY -c "print(round(${C##*:} * $X, 6))")"
  done
  printf '  x%s: completed ' $X
  # shellcheck disable=SC2086
  "$B" run demo --rule-set bit-for-bit --runs 4000 --seed 0 $SETS --format json 2>/dev/null \
      | $PY -c "import json,sys; print(json.load(sys.stdin)['outcomes']['completed']['share'])"
done
label "9 cheats a run, caught or not (true detections + undetected), demo, action-for-action, every tranche snapback none / automatic, reimposable freely (4,000 runs, seed 0)"
for M in none automatic; do
  printf 'extends: demo\nname: demo-snapback-%s\nconcessions:\n' $M > "$OUT/demo-snapback-$M.yaml"
  for C in luxury-goods textiles coal oil; do printf '  - {id: %s, snapback: %s, reimposable: freely}\n' $C $M >> "$OUT/demo-snapback-$M.yaml"; done
  printf '  snapback %s: ' $M
  "$B" run "$OUT/demo-snapback-$M.yaml" --rule-set action-for-action --runs 4000 --seed 0 --format json 2>/dev/null \
      | $PY -c "import json,sys; m=json.load(sys.stdin)['metrics']; g=lambda k: m[k]['mean']; print(f\"true detections {g('detections')-g('false-alarms'):.3f} + undetected {g('undetected-cheating'):.3f} = {g('detections')-g('false-alarms')+g('undetected-cheating'):.3f}\")"
done

# ---------------------------------------------------------------------------------------------
section "4. docs/VALIDATION.md"
label "4a check-history --threads 2 (10,000 runs per case, seed 0): the table, pooled score, base rates"
"$B" check-history --threads 2 2>/dev/null | sed -n '1,/^Base rates/p'
label "4b the historical runs by cause and timing (the same 10,000 runs as check-history)"
declare -A WIN=([dprk-2018]="9 14" [agreed-framework-1994]="90 100" [six-party-2007]="20 27" [hanoi-2019]="0 8" [jcpoa-2015]="33 34")
for C in dprk-2018 agreed-framework-1994 six-party-2007 hanoi-2019 jcpoa-2015; do
  runs $C historical 10000 0 --csv "$OUT/hist_$C.csv" > /dev/null
  # shellcheck disable=SC2086
  $PY "$HERE/timing.py" "$OUT/hist_$C.csv" ${WIN[$C]} | grep -v 'by step+1'
  # shellcheck disable=SC2086
  $PY "$HERE/cause_timing.py" "$OUT/hist_$C.csv" ${WIN[$C]}
done
label "4b'' dprk-2018: the USA's early walk-outs on trust by the target's true type"
for C in 1 0; do printf '  DPRK cooperative=%s: ' $C; runs dprk-2018 historical 5000 0 parties.DPRK.types.cooperative=$C | { grep 'before completion: USA TRUST' || echo '(none)'; } | sed 's/^ *//'; done
label "4b' dprk-2018 timing from the documented command (run --rule-set historical, cumulative incidence)"
"$B" run dprk-2018 --rule-set historical --runs 10000 --format json > "$OUT/run_dprk_historical.json" 2>/dev/null
$PY "$HERE/incidence_window.py" "$OUT/run_dprk_historical.json" 9 14
label "4c generic-imposition (historical, 10,000 runs): TIES categories and how acquiescing runs ended"
runs generic-imposition historical 10000 0 --csv "$OUT/hist_generic.csv"
$PY "$HERE/acquiescence.py" "$OUT/hist_generic.csv" 1.0
label "4d the robust example (dprk-2018, 3 parameters, 500 points, 500 runs)"
"$B" robust dprk-2018 --rule-sets all-or-nothing,bit-for-bit \
    --vary parties.DPRK.trust.initial=0.05..0.95 --vary falseAlarm=0..0.3 --vary parties.USA.hawkishness=0..3 \
    --points 500 --runs 500 --plot "$OUT/robust_example.png" 2>/dev/null | sed -n '1,/^Peeling/p' | grep -v '^Peeling'
"$B" robust dprk-2018 --rule-sets all-or-nothing,bit-for-bit \
    --vary parties.DPRK.trust.initial=0.05..0.95 --vary falseAlarm=0..0.3 --vary parties.USA.hawkishness=0..3 \
    --points 500 --runs 500 --format json > "$OUT/robust_example.json" 2>/dev/null
$PY "$HERE/robust_analysis.py" "$OUT/robust_example.json" | sed -n 1,5p
$PY - "$OUT/robust_example.json" <<'EOF'
import json, sys
P = json.load(open(sys.argv[1]))['pointResults']
for lo, hi in ((0, 0.02), (0.02, 0.078), (0.078, 0.15), (0.15, 0.31)):
    s = [p for p in P if lo <= p['values']['falseAlarm'] < hi]
    m = lambda k, i: sum(p[k][i] for p in s) / len(s)
    print(f"  falseAlarm {lo}-{hi}: {len(s)} points; completed AoN {m('completed',0):.3f} BfB {m('completed',1):.3f}; "
          f"collapsed AoN {m('collapsed',0):.3f} BfB {m('collapsed',1):.3f}")
EOF
label "4e calibrate: five cases, 4 priors, population 400, 8 generations, 100 runs per case, seed 1"
START=$(date +%s)
"$B" calibrate --cases dprk-2018,agreed-framework-1994,six-party-2007,hanoi-2019,jcpoa-2015 \
    --prior 'falseAlarm=uniform(0,0.2)' --prior 'parties.*.trust.initial=uniform(0.1,0.9)' \
    --prior 'parties.*.renegeHazard=uniform(0,0.1)' --prior 'parties.*.temptation=uniform(0,0.5)' \
    --population 400 --generations 8 --runs-per-case 100 --seed 1 --threads 2 --output "$OUT/posterior.csv" 2>/dev/null
echo "  wall time $(( $(date +%s) - START )) s; load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${SKIP_MAVEN_TEST:-0}" != 1 ]; then
  label "4f AbcRecoveryTest (recovery of two demo parameters, 20 replications): coverage and misses"
  START=$(date +%s)
  (cd "$ROOT" && ./mvnw -q -B -pl core test -Dtest=AbcRecoveryTest -Dsurefire.failIfNoSpecifiedTests=false 2>&1) \
      | grep -A20 '^ABC recovery' || echo "  (AbcRecoveryTest printed nothing: see $ROOT/core/target/surefire-reports)"
  echo "  Maven wall time $(( $(date +%s) - START )) s; test time: $(grep -ho 'time="[0-9.]*"' "$ROOT"/core/target/surefire-reports/TEST-*AbcRecoveryTest.xml | sed -n 1p)"
fi

# ---------------------------------------------------------------------------------------------
section "6. docs/ODD.md section 7.9: dprk-2018 all-or-nothing against the target's initial trust, lambda 1 / 3 / .inf"
# lambda set for both principals (parties.USA.lambda and parties.DPRK.lambda); the target's initial trust
# (parties.DPRK.trust.initial) 0.1 .. 0.9; 5,000 runs, seed 0; completed (held to the horizon) and ever completed
for L in 1 3 .inf; do
  ROW=""; EVER=""
  for T in 0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9; do
    "$B" run dprk-2018 --rule-set all-or-nothing --runs 5000 --seed 0 --set parties.DPRK.trust.initial=$T \
        --set parties.USA.lambda=$L --set parties.DPRK.lambda=$L --format json > "$OUT/run_dprk_aon_lambda${L}_$T.json" 2>/dev/null
    ROW="$ROW $($PY -c "import json,sys; d=json.load(open(sys.argv[1])); print(f\"{100*d['outcomes']['completed']['share']:.1f}\")" "$OUT/run_dprk_aon_lambda${L}_$T.json")"
    EVER="$EVER $($PY -c "import json,sys; d=json.load(open(sys.argv[1])); print(f\"{100*d['afterCompletion']['everCompleted']['share']:.1f}\")" "$OUT/run_dprk_aon_lambda${L}_$T.json")"
  done
  echo "  lambda $L: completed %:$ROW"
  echo "  lambda $L: ever completed %:$EVER"
done

# ---------------------------------------------------------------------------------------------
section "7. docs/ODD.md section 7.6: the paired templates' phases, shares of security cost / relief, ratio"
java -cp "$J" "$HERE/harness/PhaseRatios.java"

# ---------------------------------------------------------------------------------------------
section "5. README.md: lines with percentages (the generated sample and Performance excepted) for review"
awk '/^## Performance/{p=1} /^## License/{p=0} !p' "$ROOT/README.md" | grep -nE '[0-9]+(\.[0-9]+)?%' | grep -v 'sample\|95% intervals\|95% Wilson\|95% CI' || echo "  none"
echo
echo "done; intermediate files in $OUT"
