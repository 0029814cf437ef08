#!/usr/bin/env bash
# Start-up of the headless commands, whole process as a user runs ./toride: median of N runs (default 5) of
# `--help` and of `check` on the example, on the plain class path with the class-data cache (the default) and inside
# the OSGi framework (TORIDE_OSGI=1, the way every command ran before), measured in the same run. Prints seconds
# and the ratio; nothing is asserted. Needs a built product (./toride builds it when it is missing).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
model="$root/examples/water-utility.toride"
"$root/toride" --version >/dev/null  # builds if needed and prepares the class-data cache

median() {  # ENV... -- COMMAND...: median wall time in seconds over $runs runs
  local env=() times=()
  while [[ "$1" != "--" ]]; do env+=("$1"); shift; done; shift
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    env "${env[@]}" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

printf '%-34s %10s %10s %8s\n' "command (median of $runs, ms)" "OSGi" "default" "ratio"
for name in help check; do
  if [[ $name == help ]]; then cmd=("$root/toride" --help); else cmd=("$root/toride" check "$model" --fail-on never); fi
  osgi=$(median TORIDE_OSGI=1 -- "${cmd[@]}")
  plain=$(median TORIDE_BENCH=1 -- "${cmd[@]}")
  printf '%-34s %10s %10s %7.1fx\n' "toride ${cmd[1]}${cmd[2]:+ example}" "$osgi" "$plain" "$(awk -v a="$osgi" -v b="$plain" 'BEGIN { print a / b }')"
done
echo "machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1), load $(cut -d' ' -f1 /proc/loadavg)"
