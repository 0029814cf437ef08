#!/usr/bin/env bash
# The engine benchmark (JMH): load, save, the full baseline check and incremental re-checks on deterministic
# synthetic models of 1K, 10K, 100K and 1M elements, six baseline requirements against the same six written by
# hand, and the heap a checked model holds. Writes target/bench/engine.json and prints the table.
#   releng/scripts/bench-engine.sh            all four sizes, 2 forks (about 40 minutes on 2 cores)
#   releng/scripts/bench-engine.sh --quick    1K and 100K, fewer iterations (about 4 minutes once the product is built)
#   releng/scripts/bench-engine.sh --impact   impact analysis on 50,000 assets (about 3 minutes)
#   ... -- JMH_ARGS                           passed to JMH (say, -e load to leave load out)
# Needs the product built (./toride builds it) and reaches Maven Central once for JMH.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
quick=""
impact=""
[[ "${1:-}" == "--quick" ]] && { quick=yes; shift; }
[[ "${1:-}" == "--impact" ]] && { impact=yes; shift; }
[[ "${1:-}" == "--" ]] && shift
out="$root/target/bench"
mkdir -p "$out/lib" "$out/models" "$out/jmh"

./toride --help >/dev/null   # builds the product if it is missing or stale

java=""
for jdk in /usr/lib/jvm/*; do
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null || true)"
  if [[ -n "$v" && "$v" -ge 21 && -x "$jdk/bin/javac" ]]; then java="$jdk/bin"; break; fi
done
[[ -n "$java" ]] || { echo "error: no JDK 21 or newer under /usr/lib/jvm" >&2; exit 2; }

# JMH from Maven Central, fetched with the project's Maven from outside the Tycho reactor.
jmh_version=1.37
if [[ ! -f "$out/lib/jmh-core-$jmh_version.jar" ]]; then
  maven="$HOME/.m2/toride/apache-maven-$(sed -n 's/^maven.version=//p' .mvn/toride-build.properties)/bin/mvn"
  [[ -x "$maven" ]] || maven=mvn
  cat > "$out/jmh/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>org.toride</groupId><artifactId>bench-jmh</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.openjdk.jmh</groupId><artifactId>jmh-core</artifactId><version>$jmh_version</version></dependency>
    <dependency><groupId>org.openjdk.jmh</groupId><artifactId>jmh-generator-annprocess</artifactId><version>$jmh_version</version></dependency>
  </dependencies>
</project>
POM
  (cd "$out/jmh" && "$maven" -q -B dependency:copy-dependencies -DoutputDirectory="$out/lib")
fi

product="$root/releng/org.toride.product/target/products/org.toride.product/linux/gtk/x86_64/plugins"
cp="$(find "$product" -maxdepth 1 -name '*.jar' ! -name 'org.eclipse.swt*' ! -name 'org.eclipse.jface*' \
      ! -name 'org.eclipse.ui*' ! -name 'org.eclipse.e4.ui*' | sort | tr '\n' ':')"
jmh_cp="$(find "$out/lib" -name '*.jar' | sort | tr '\n' ':')"

rm -rf "$out/classes"
"$java/javac" -nowarn -d "$out/classes" -cp "$cp$jmh_cp" -processorpath "$jmh_cp" \
  releng/bench/src/org/toride/bench/*.java tests/org.toride.testsupport/src/org/toride/testsupport/SyntheticModels.java
run_cp="$out/classes:$jmh_cp$cp"

# The incremental edits are many short benchmarks; the quick run times them without forking, in one JVM that keeps
# the loaded model and its check between them (forking would load and check the model fourteen times a size).
if [[ -n "$impact" ]]; then
  # Impact analysis on a generated model of 50,000 assets (docs/performance.md#impact-analysis); JMH's table.
  "$java/java" -cp "$run_cp" org.openjdk.jmh.Main 'org.toride.bench.ImpactBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s \
    -jvmArgsAppend "-Xmx4g" -rf json -rff "$out/jmh-impact.json" "$@" | tee "$out/jmh-impact.log" \
    | sed -n '/assets, .* zones/p;/^Benchmark/,$p'
  exit 0
fi
if [[ -n "$quick" ]]; then
  sizes=(1000 100000); jmh_args=(-f 1 -wi 2 -w 2s -i 3 -r 2s); incremental_args=(-f 0 -wi 1 -w 1s -i 2 -r 1s)
else
  sizes=(1000 10000 100000 1000000); jmh_args=(-f 2 -wi 2 -w 3s -i 5 -r 3s); incremental_args=(-f 1 -wi 2 -w 2s -i 5 -r 2s)
fi
for size in "${sizes[@]}"; do
  [[ -f "$out/models/synthetic-$size.toride" ]] || \
    "$java/java" -Xmx6g -cp "$run_cp" org.toride.testsupport.SyntheticModels "$size" "$out/models/synthetic-$size.toride"
done

# The heap a checked model holds, and one load and check, in the budgets the figures are promised in.
: > "$out/memory.txt"
for size in "${sizes[@]}"; do
  heap=1g; [[ "$size" -ge 1000000 ]] && heap=4g
  "$java/java" "-Xmx$heap" -Dtoride.bench.dir="$out" -cp "$run_cp" org.toride.bench.BenchReport memory "$size" \
    >> "$out/memory.txt"
done

params="$(IFS=,; echo "${sizes[*]}")"
jvm_args="-Xmx4g -Dtoride.bench.dir=$out -Dtoride.bench.six=$root/releng/bench/six.treq"
rm -f "$out/jmh.json" "$out/jmh-incremental.json"
"$java/java" -cp "$run_cp" org.openjdk.jmh.Main 'org.toride.bench.EngineBenchmark' -p "elements=$params" \
  "${jmh_args[@]}" -rf json -rff "$out/jmh.json" -jvmArgsAppend "$jvm_args" "$@" > "$out/jmh.log"
# Without a fork the harness's own JVM runs the benchmark: give it the same heap and properties.
"$java/java" $jvm_args -cp "$run_cp" org.openjdk.jmh.Main 'org.toride.bench.IncrementalBenchmark' \
  -p "elements=$params" "${incremental_args[@]}" -rf json -rff "$out/jmh-incremental.json" -jvmArgsAppend "$jvm_args" \
  "$@" > "$out/jmh-incremental.log"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $("$java/java" -version 2>&1 | head -1)"
"$java/java" -cp "$run_cp" org.toride.bench.BenchReport report "$out/engine.json" "$out/memory.txt" \
  "$out/jmh.json" "$out/jmh-incremental.json"
echo "written: $out/engine.json (JMH's own output: $out/jmh*.json, $out/jmh*.log)"
