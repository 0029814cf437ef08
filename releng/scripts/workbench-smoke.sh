#!/usr/bin/env bash
# Starts the Toride workbench as a user would (./toride, fresh workspace), waits until its window shows the
# example model open in the editor, takes a screenshot, and fails if the workbench log has errors.
# Prints the time from launch to that usable window; with RUNS > 1, the median.
#   releng/scripts/workbench-smoke.sh [RUNS] [-- ECLIPSE_ARGS...]    (e.g. -- -nl ja)
# Needs: Xvfb (xvfb-run) when there is no display, xwininfo (x11-utils), import (imagemagick).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-1}"; shift || true
[[ "${1:-}" == "--" ]] && shift
out="$root/target/smoke"
mkdir -p "$out"

if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$runs" -- "$@"
fi

times=()
for ((i = 1; i <= runs; i++)); do
  ws="$(mktemp -d)"; cfg="$(mktemp -d)"
  start=$(date +%s%N)
  TORIDE_CONFIGURATION="$cfg" "$root/toride" workbench -data "$ws" "$@" >"$out/stdout.txt" 2>&1 &
  pid=$!
  ready=""
  for ((t = 0; t < 1200; t++)); do
    if xwininfo -root -tree 2>/dev/null | grep -q 'water-utility.toride'; then ready=yes; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  elapsed="$((elapsed_ms / 1000)).$(printf %03d $((elapsed_ms % 1000)))"
  if [[ -z "$ready" ]]; then
    kill "$pid" 2>/dev/null || true
    echo "smoke: no workbench window with the example after 120 s (run $i)" >&2
    cat "$out/stdout.txt" >&2; cat "$ws/.metadata/.log" >&2 2>/dev/null || true
    exit 1
  fi
  times+=("$elapsed")
  sleep 8  # let the first check finish so markers and the Problems view are in the picture
  import -window root "$out/workbench-$i.png"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if [[ -f "$ws/.metadata/.log" ]] && grep -q '^!ENTRY [^ ]* 4 ' "$ws/.metadata/.log"; then
    echo "smoke: the workbench logged errors (run $i):" >&2
    cat "$ws/.metadata/.log" >&2
    exit 1
  fi
  tag="$(printf '%s' "$*" | tr -c 'a-z0-9' '-' | sed 's/^-*//; s/-*$//')"
  cp "$out/workbench-$i.png" "$out/workbench${tag:+-$tag}.png"
  rm -rf "$ws" "$cfg"
  printf 'smoke: run %d: usable window after %.1f s\n' "$i" "$elapsed"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
printf 'smoke: workbench start-up to a usable window: median %.1f s of %d run(s); screenshot %s\n' "$median" "$runs" "$out/workbench${tag:+-$tag}.png"
