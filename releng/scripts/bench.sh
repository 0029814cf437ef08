#!/usr/bin/env bash
# Times the headless commands on the example (the baseline) and on generated models of 500 and 5,000 assets,
# in the same run, and prints each as a ratio to the baseline. Median of 3 runs, whole process (JVM and OSGi
# start included, as a user or CI meets it). Usage: releng/scripts/bench.sh [RUNS]
set -euo pipefail
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./toride --help >/dev/null   # build first if needed
releng/scripts/generate-model.py 500 "$work/m500.toride"
releng/scripts/generate-model.py 5000 "$work/m5000.toride"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
measure() { # command... -> median seconds
  for _ in $(seq 1 "$runs"); do
    start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
    echo "$end - $start" | bc
  done | median
}

printf '%-10s %-28s %8s %8s\n' command model seconds ratio
for command in info check inventory report diagram; do
  case $command in
    info) args=(info) ;;
    check) args=(check --fail-on never) ;;
    inventory) args=(inventory --format xlsx -o "$work/out.xlsx") ;;
    report) args=(report -o "$work/out.html") ;;
    diagram) args=(diagram --view dataflow -o "$work/out.svg") ;;
  esac
  base=$(measure ./toride "${args[0]}" examples/water-utility.toride "${args[@]:1}")
  printf '%-10s %-28s %8.2f %8s\n' "$command" "example (343 elements)" "$base" "1.00"
  for model in m500 m5000; do
    t=$(measure ./toride "${args[0]}" "$work/$model.toride" "${args[@]:1}")
    printf '%-10s %-28s %8.2f %8.2f\n' "$command" "$model" "$t" "$(echo "$t / $base" | bc -l)"
  done
done
