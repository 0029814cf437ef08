#!/usr/bin/env bash
# Jazzer fuzz tests of what reads untrusted input (docs/fuzzing.md). They run on the built product's plain class
# path, as the headless commands do.
#
#   releng/scripts/fuzz.sh --regression         replay every fuzz test's inputs (what ./mvnw verify runs)
#   releng/scripts/fuzz.sh [TARGET] [MINUTES]   fuzz TARGET (Class or Class#method; every fuzz test in turn when
#                                               omitted or "all") for MINUTES each, 10 by default
#
# A crash while fuzzing is written into the fuzz test's inputs (src/test/resources/…/<Class>Inputs/<method>/), so
# that from then on the regression run replays it: fix the product, keep the file, commit both.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
module="$root/tests/org.toride.fuzz.tests"
product="$root/releng/org.toride.product/target/products/org.toride.product/linux/gtk/x86_64"
lib="$module/target/lib"
work="$module/target/fuzz"

release_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }
jdk="${TORIDE_JDK:-}"
if [[ -z "$jdk" ]]; then
  for candidate in /usr/lib/jvm/*; do
    v="$(release_major "$candidate")"
    if [[ -n "$v" && "$v" -ge 21 && -x "$candidate/bin/javac" ]]; then jdk="$candidate"; break; fi
  done
fi
[[ -n "$jdk" ]] || { echo "fuzz: no JDK 21 or newer under /usr/lib/jvm (set TORIDE_JDK)" >&2; exit 2; }

cli_jar=("$product"/plugins/org.toride.cli_*.jar)
[[ -f "${cli_jar[0]}" ]] || { echo "fuzz: no built product at $product; run ./mvnw verify first" >&2; exit 2; }
if ! compgen -G "$lib/jazzer-junit-*.jar" >/dev/null; then
  "$root/mvnw" -q -f "$module/pom.xml" dependency:copy@fuzz-tools >&2
fi

# The product's jars without their signatures (Jazzer instruments classes, which signed jars refuse), once per build.
if [[ ! -f "$work/flat/ready" || "${cli_jar[0]}" -nt "$work/flat/ready" ]]; then
  rm -rf "$work/flat"
  "$jdk/bin/java" -cp "${cli_jar[0]}" org.toride.cli.startup.FlatClassPath "$product/plugins" "$work/flat/lib" >&2
  touch "$work/flat/ready"
fi
rm -rf "$work/classes"
mkdir -p "$work/classes"
mapfile -t sources < <(find "$module/src/test/java" -name '*.java')
"$jdk/bin/javac" -nowarn -encoding UTF-8 --release 21 -d "$work/classes" -cp "$work/flat/lib/*:$lib/*" "${sources[@]}"
cp -r "$module/src/test/resources/." "$work/classes/"

classpath="$work/classes:$work/flat/lib/*:$lib/*"
jvm=(-Dtoride.root="$root" -Dfile.encoding=UTF-8 -Djava.util.logging.config.file="$root/releng/scripts/logging.properties"
  -XX:+EnableDynamicAgentLoading -Xss4m)

if [[ "${1:-}" == "--regression" ]]; then
  unset JAZZER_FUZZ
  exec "$jdk/bin/java" "${jvm[@]}" -cp "$classpath" org.junit.platform.console.ConsoleLauncher execute \
    --disable-banner --disable-ansi-colors --details=tree --fail-if-no-tests --select-package=org.toride.fuzz
fi

target="${1:-all}"
minutes="${2:-10}"
seconds="$(awk -v m="$minutes" 'BEGIN { s = int(m * 60); if (s < 1) exit 1; print s }')" \
  || { echo "fuzz: MINUTES must be a positive number, not '$minutes'" >&2; exit 2; }
targets=()
if [[ "$target" == all ]]; then
  while IFS= read -r file; do
    class="org.toride.fuzz.$(basename "$file" .java)"
    while IFS= read -r method; do targets+=("$class#$method"); done \
      < <(grep -A1 '@FuzzTest' "$file" | sed -n 's/^ *void \([A-Za-z0-9_]*\)(.*/\1/p')
  done < <(grep -l '@FuzzTest' "$module"/src/test/java/org/toride/fuzz/*.java | sort)
else
  [[ "$target" == *.* ]] || target="org.toride.fuzz.$target"
  targets=("$target")
fi

status=0
for t in "${targets[@]}"; do
  class="${t%%#*}"
  method=""
  [[ "$t" == *#* ]] && method="${t#*#}"
  simple="${class##*.}"
  inputs="$module/src/test/resources/org/toride/fuzz/${simple}Inputs${method:+/$method}"
  corpus="$work/corpus/$simple${method:+-$method}"
  mkdir -p "$inputs" "$corpus"
  echo "fuzz: $t for $minutes min (corpus $corpus, crashes into $inputs)" >&2
  # libFuzzer: the first corpus folder receives what the fuzzer learns; the seed inputs are read, never written.
  "$jdk/bin/java" "${jvm[@]}" -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
    --target_class="$class" ${method:+--target_method="$method"} --instrumentation_includes='org.toride.**' \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$inputs/" \
    "$corpus" "$inputs" || status=$?
done
exit "$status"
