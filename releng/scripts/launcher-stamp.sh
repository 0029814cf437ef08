#!/usr/bin/env bash
# Checks when ./toride builds before running: never after a build (the launcher's or ./mvnw verify's, which writes
# the same stamp), nor after a later build that only regenerated git-ignored outputs (src-gen, model/generated,
# Tycho's consumer poms, ./mvnw's toolchains file); always when a source changed or no product exists.
# Runs the real launcher in a scratch tree with a recording ./mvnw and java, so it takes a second, not a build.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
product="$tree/releng/org.toride.product/target/products/org.toride.product/linux/gtk/x86_64"
cp "$repo/toride" "$tree/toride"
mkdir -p "$tree/bundles/org.toride.core/src" "$tree/bundles/org.toride.model/src-gen" \
  "$tree/bundles/org.toride.requirements/model/generated" "$tree/features" "$tree/releng/org.toride.target" \
  "$tree/.mvn"
echo 'class A {}' > "$tree/bundles/org.toride.core/src/A.java"
touch "$tree/pom.xml" "$tree/.mvn/extensions.xml"
cat > "$tree/mvnw" <<'SH'
#!/usr/bin/env bash
echo built >> "$(dirname "$0")/builds"
SH
cat > "$tree/java" <<'SH'
#!/usr/bin/env bash
exit 0
SH
chmod +x "$tree/mvnw" "$tree/java"

builds() { if [[ -f "$tree/builds" ]]; then wc -l < "$tree/builds"; else echo 0; fi; }
fail=0
expect() { # expect DESCRIPTION BUILDS-BEFORE -> checks whether this run built
  local what="$1" want="$2" before after
  before=$(builds)
  TORIDE_JAVA="$tree/java" "$tree/toride" info x.toride 2>/dev/null || true
  after=$(builds)
  if [[ "$want" == build && "$after" -eq "$before" ]] || [[ "$want" == run && "$after" -ne "$before" ]]; then
    echo "launcher-stamp: FAIL: $what: expected '$want'" >&2; fail=1
  else
    echo "launcher-stamp: ok: $what ($want)"
  fi
}
step() { sleep 1.1; } # mtimes must differ at the file system's resolution

expect "no product yet" build
mkdir -p "$product/plugins" "$product/configuration"
touch "$product/plugins/org.eclipse.equinox.launcher_1.jar" "$product/configuration/config.ini"
step
# What ./mvnw verify does: the product pom's verify phase touches the stamp.
touch "$tree/releng/org.toride.product/target/toride-built.stamp"
expect "right after ./mvnw verify" run
step
touch "$tree/bundles/org.toride.model/src-gen/Gen.java" "$tree/bundles/org.toride.requirements/model/generated/R.ecore" \
  "$tree/bundles/org.toride.core/.tycho-consumer-pom.xml" "$tree/bundles/org.toride.core/.polyglot.META-INF" \
  "$tree/.mvn/toolchains.generated.xml"
expect "after a narrow test build regenerated ignored outputs" run
step
echo 'class A { int x; }' > "$tree/bundles/org.toride.core/src/A.java"
expect "after a source edit" build
expect "after its own build" run
# The build really declares the stamp (a test of the pom, since the scratch tree cannot run Tycho).
grep -q 'toride-built.stamp' "$repo/releng/org.toride.product/pom.xml" \
  || { echo "launcher-stamp: FAIL: the product pom does not write the stamp" >&2; fail=1; }
exit $fail
