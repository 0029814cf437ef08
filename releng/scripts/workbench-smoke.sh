#!/usr/bin/env bash
# Starts the Toride workbench as a user would (./toride, fresh workspace), waits until its window shows the
# example model open in the editor, takes a screenshot, quits it through File > Exit, and fails if it does not exit
# or if the workbench log has errors.
# Run 0 starts on a fresh configuration area (cold: OSGi reads every bundle's manifest, as on the first start
# after an install); then RUNS runs (default 1) reuse that configuration area, each with a fresh workspace
# (warm: the issue's measure, as a user starts the workbench every day). Prints the time from launch to that
# usable window for each run, the cold figure and the median of the warm runs.
#   releng/scripts/workbench-smoke.sh [RUNS] [-- ECLIPSE_ARGS...]    (e.g. -- -nl ja)
# Needs: Xvfb (xvfb-run) when there is no display, xwininfo (x11-utils), import (imagemagick), xdotool;
# dbus-run-session (dbus) when there is no session bus.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-1}"; shift || true
[[ "${1:-}" == "--" ]] && shift
out="$root/target/smoke"
mkdir -p "$out"

if [[ -z "${DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$runs" -- "$@"
fi
# A desktop session has a D-Bus session bus. Without one (a virtual display in CI), every start of GTK goes looking
# for one, 0.6 s of each start that a user never waits (docs/performance.md): the runs get a bus of their own.
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]] && command -v dbus-run-session >/dev/null; then
  exec dbus-run-session -- "$0" "$runs" -- "$@"
fi

tag="$(printf '%s' "$*" | tr -c 'a-z0-9' '-' | sed 's/^-*//; s/-*$//')"
cfg="$(mktemp -d)"
trap 'rm -rf "$cfg"' EXIT
touch "$cfg/.since"  # what ./toride writes under its cache during these runs is newer than this
times=()
cold=""
for ((i = 0; i <= runs; i++)); do
  ws="$(mktemp -d)"
  start=$(date +%s%N)
  TORIDE_CONFIGURATION="$cfg" "$root/toride" workbench -data "$ws" "$@" >"$out/stdout.txt" 2>&1 &
  pid=$!
  ready=""
  for ((t = 0; t < 2400; t++)); do
    if xwininfo -root -tree 2>/dev/null | grep -q 'water-utility.toride'; then ready=yes; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  elapsed="$((elapsed_ms / 1000)).$(printf %03d $((elapsed_ms % 1000)))"
  if [[ -z "$ready" ]]; then
    kill "$pid" 2>/dev/null || true
    echo "smoke: no workbench window with the example after 120 s (run $i)" >&2
    cat "$out/stdout.txt" >&2; cat "$ws/.metadata/.log" >&2 2>/dev/null || true
    exit 1
  fi
  if ((i == 0)); then cold="$elapsed"; else times+=("$elapsed"); fi
  # The first run and the last: let the first check finish, so markers and the Problems view are in the picture
  # and any error it logs is seen. The runs between only need the window.
  if ((i == 0 || i == runs)); then sleep 8; else sleep 1; fi
  import -window root "$out/workbench-$i.png"
  # Quit as a user does (File > Exit, by its mnemonics in English and Japanese alike): the workbench saves its
  # state and its caches (the extension registry's), which the next start reads, and the log shows whatever went
  # wrong on the way out.
  xdotool key alt+f; sleep 0.5; xdotool key x
  # The first start of a build trains the start-up cache, which the JVM writes as it exits (./toride): 10-20 s more.
  for ((t = 0; t < 1800; t++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  if kill -0 "$pid" 2>/dev/null; then
    import -window root "$out/quit-$i.png"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "smoke: the workbench did not exit within 90 s of File > Exit (run $i; screenshot $out/quit-$i.png)" >&2
    exit 1
  fi
  wait "$pid" 2>/dev/null || true
  if [[ -f "$ws/.metadata/.log" ]] && grep -q '^!ENTRY [^ ]* 4 ' "$ws/.metadata/.log"; then
    echo "smoke: the workbench logged errors (run $i):" >&2
    cat "$ws/.metadata/.log" >&2
    exit 1
  fi
  cp "$out/workbench-$i.png" "$out/workbench${tag:+-$tag}.png"
  rm -rf "$ws"
  if ((i == 0)); then
    printf 'smoke: run 0 (cold configuration): usable window after %.1f s\n' "$elapsed"
  else
    printf 'smoke: run %d (warm): usable window after %.1f s\n' "$i" "$elapsed"
  fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
printf 'smoke: workbench start-up to a usable window: cold %.1f s; warm median %.1f s of %d run(s); screenshot %s\n' \
  "$cold" "$median" "$runs" "$out/workbench${tag:+-$tag}.png"
# Whether the warm runs had the start-up cache that ./toride's first start of a build trains (JDK 25 and later): a
# cache that is never written or never taken leaves every start as slow as the first, which no failure shows.
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/toride"
if [[ -n "$(find "$cache_root" -maxdepth 2 -name workbench.aot -newer "$cfg/.since" 2>/dev/null)" ]]; then
  echo "smoke: start-up cache written by run 0 and taken by the runs after it"
elif compgen -G "$cache_root/wb-*/workbench.aot" >/dev/null; then
  echo "smoke: a start-up cache was there before these runs (an earlier start)"
else
  echo "smoke: no start-up cache (./toride writes one on JDK 25 and later, when the first start is quit)"
fi
