#!/usr/bin/env bash
# The headless commands give the same results on the plain class path ./toride uses by default as inside the
# OSGi framework (TORIDE_OSGI=1), which the workbench and the JUnit tests use: same output, same exit code, same
# files. Catches what only one of the two finds, such as a resource looked up by a name that another jar also has.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/target/headless-parity"
rm -rf "$work" && mkdir -p "$work"
water="$root/examples/water-utility.toride"
rail="$root/examples/railway-operator.toride"

run_all() {  # DIR: runs every command with ./toride, in DIR
  local dir="$1"; mkdir -p "$dir"; cd "$dir"
  step() { local name="$1"; shift; set +e; "$root/toride" "$@" >"$name.out" 2>"$name.err"; echo $? >"$name.rc"; set -e; }
  step help --help
  step version --version
  step info info "$water"
  step check check "$water" --today 2026-12-01
  step check-ja check "$water" --lang ja --format json --today 2026-12-01
  step check-sarif check "$rail" --format sarif --today 2026-12-01
  step check-junit check "$rail" --format junit --today 2026-12-01
  step report report "$water" -o report.html --lang ja --today 2026-12-01
  step inventory-csv inventory "$water" --format csv
  step inventory-html inventory "$water" --format html --lang ja -o inventory.html
  step inventory-xlsx inventory "$water" --format xlsx -o inventory.xlsx
  step diagram-network diagram "$water" --view network -o network.svg
  step diagram-dataflow diagram "$water" --view dataflow --lang ja -o dataflow.svg
  step impact impact "$water" --from zone-internet --contain --format json
  step export export "$water" --format otm -o model.otm.json
  cp "$rail" formatted.toride && step format format formatted.toride
  step diff diff "$water" "$rail"
  step diff-ja diff "$water" "$rail" --lang ja
  step broken info "$root/README.md"
  step missing check "$dir/no-such.toride"
  cd - >/dev/null
}

TORIDE_OSGI=1 run_all "$work/osgi"
run_all "$work/plain"
# An xlsx records when it was written; compare the sheets, not the zip.
for side in osgi plain; do
  mkdir -p "$work/$side/xlsx" && (cd "$work/$side/xlsx" && unzip -qo ../inventory.xlsx && rm -f docProps/core.xml)
  rm "$work/$side/inventory.xlsx"
done
# Error messages name the file; the two runs used different folders only for the missing file.
sed -i "s#$work/osgi#DIR#g" "$work/osgi/missing.err"
sed -i "s#$work/plain#DIR#g" "$work/plain/missing.err"
if ! diff -r "$work/osgi" "$work/plain" >"$work/differences.txt"; then
  echo "headless-parity: the plain class path and OSGi disagree:" >&2
  head -40 "$work/differences.txt" >&2
  exit 1
fi
echo "headless-parity: $(ls "$work/plain" | wc -l) outputs of $(ls "$work/plain"/*.rc | wc -l) commands are the same on both"
