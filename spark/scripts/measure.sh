#!/usr/bin/env bash
# Measures the throughput of the Spark runner against the core runner, as docs/SPARK.md reports:
# `bitforbit run` on 2 threads, then bitforbit-spark's `run` on local[2] and local[1], each a
# Monte Carlo of RUNS runs (default 10^6) of dprk-2018 under bit-for-bit, wall-clock time of the
# whole command (JVM and Spark start-up included). Also checks that the JSON reports agree on
# every figure (everything but the volatile provenance: time, threads).
# Needs the jars: ./mvnw -B -o package -pl core,scenarios,cli,spark -am -DskipTests
# Usage: spark/scripts/measure.sh [RUNS] [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-1000000}
REPEATS=${2:-1}
SPARK_CP="$PWD/spark/target/bitforbit-spark.jar:$(cat spark/target/spark-classpath.txt):$(cat spark/target/spark-shared-classpath.txt)"
OPENS=$(sed -n 's:.*<spark.add-opens>\(.*\)</spark.add-opens>.*:\1:p' pom.xml)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
ARGS=(run dprk-2018 --rule-set bit-for-bit --runs "$RUNS" --seed 1 --quiet --format json)

seconds() { # command... : prints the wall-clock seconds it took
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$OUT/stderr" || { cat "$OUT/stderr" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
core() { java -jar cli/target/bitforbit.jar "${ARGS[@]}" --threads 2 --output "$OUT/$1.json"; }
spark() { java $OPENS -cp "$SPARK_CP" io.github.bitforbit.spark.Main --master "local[$1]" "${ARGS[@]}" \
  --output "$OUT/spark$1.json"; }

echo "| runner | runs | seconds | runs/s | time / core's |"
echo "| --- | ---: | ---: | ---: | ---: |"
for r in $(seq "$REPEATS"); do
  c=$(seconds core core)
  s2=$(seconds spark 2)
  s1=$(seconds spark 1)
  for row in "core runner, 2 threads:$c" "Spark local[2]:$s2" "Spark local[1]:$s1"; do
    name=${row%%:*}; t=${row##*:}
    printf "| %s | %d | %.1f | %.0f | %.2f |\n" "$name" "$RUNS" "$t" "$(echo "$RUNS / $t" | bc -l)" "$(echo "$t / $c" | bc -l)"
  done
done
strip() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); [d.get("provenance",{}).pop(k,None) for k in ("time","threads")]; print(json.dumps(d,sort_keys=True))' "$1"; }
if [ "$(strip "$OUT/core.json")" = "$(strip "$OUT/spark2.json")" ] && [ "$(strip "$OUT/core.json")" = "$(strip "$OUT/spark1.json")" ]; then
  echo "figures: identical JSON reports (less time and threads)"
else
  echo "figures: the JSON reports DIFFER" >&2
  exit 1
fi
