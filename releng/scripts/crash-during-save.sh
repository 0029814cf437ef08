#!/usr/bin/env bash
# Kills ./toride with SIGKILL at random moments while it rewrites a large model (toride format), and checks
# after every kill that the file on disk is a complete model: either the old one or the new one, never torn.
# Usage: releng/scripts/crash-during-save.sh [ROUNDS]   (run from the repository root; exits 1 on a torn file)
set -euo pipefail
rounds="${1:-8}"
# Build first if needed: a kill during a build would kill the build, not a save.
./toride --help >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A model with many id-less zones: 'format' must assign ids and rewrite the whole file each time.
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<toride:SecurityModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:toride="http://www.toride.org/model/1.0" id="model-crash" name="crash">'
  for i in $(seq 1 150000); do echo "  <zones name=\"Zone $i\" description=\"filler to make the save take a while\"/>"; done
  echo '</toride:SecurityModel>'
} > "$work/original.toride"

torn=0
for round in $(seq 1 "$rounds"); do
  cp "$work/original.toride" "$work/model.toride"
  ./toride format "$work/model.toride" >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 1.2 + (r % 200) / 100 }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if ./toride info "$work/model.toride" >/dev/null 2>"$work/err"; then state=complete
  elif grep -q 'had no id' "$work/err" && ! grep -q '^error:' "$work/err"; then state=complete
  else state=TORN; torn=$((torn + 1)); cat "$work/err" >&2; fi
  if cmp -s "$work/model.toride" "$work/original.toride"; then version=old; else version=new; fi
  leftovers=$(find "$work" -name '.model.toride.*.tmp' | wc -l)
  echo "round $round: $state ($version file, $leftovers temporary file(s) left by the kill)"
done
[[ $torn -eq 0 ]] || { echo "crash-during-save: $torn torn file(s)" >&2; exit 1; }
echo "crash-during-save: $rounds kills, no torn file"
