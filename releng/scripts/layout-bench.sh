#!/usr/bin/env bash
# Diagram layout bench: width, height, aspect ratio and layout time of both views of the example and of a
# generated model of 500 assets and one of 1,000 in 50 zones, for the current layout and that of an earlier revision (default: where this
# branch left main), measured in the same JVM, plus their ratio; then the cost of redrawing a view once every box
# is placed (what the diagram editor does on every edit): ELK + arrangement against arrangement alone. Needs the diagram bundle built
# (./mvnw -o verify -pl ...,bundles/org.toride.diagram). Usage: releng/scripts/layout-bench.sh [RUNS] [BASE-REV]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
base="${2:-$(git merge-base HEAD main)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java=""
for jdk in /usr/lib/jvm/*; do
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null || true)"
  if [[ -n "$v" && "$v" -ge 21 && -x "$jdk/bin/javac" ]]; then java="$jdk/bin"; break; fi
done
[[ -n "$java" ]] || { echo "error: no JDK 21 or newer under /usr/lib/jvm" >&2; exit 2; }

# the target platform's versions of what the diagram code needs outside OSGi
target=releng/org.toride.target/org.toride.target.target
jar() { # groupId artifactId
  local version
  version="$(grep -o "<groupId>$1</groupId><artifactId>$2</artifactId><version>[^<]*" "$target" | head -1 | sed 's/.*<version>//')"
  [[ -n "$version" ]] || version="$(ls "$HOME/.m2/repository/${1//.//}/$2" | grep "^[0-9]" | sort -V | tail -1)"
  echo "$HOME/.m2/repository/${1//.//}/$2/$version/$2-$version.jar"
}
cp="bundles/org.toride.model/target/classes:bundles/org.toride.model.edit/target/classes"
cp+=":bundles/org.toride.core/target/classes:bundles/org.toride.diagram/target/classes"
for ga in org.eclipse.emf:org.eclipse.emf.common org.eclipse.emf:org.eclipse.emf.ecore org.eclipse.emf:org.eclipse.emf.ecore.xmi \
    org.eclipse.emf:org.eclipse.emf.edit org.eclipse.elk:org.eclipse.elk.core org.eclipse.elk:org.eclipse.elk.graph \
    org.eclipse.elk:org.eclipse.elk.alg.common org.eclipse.elk:org.eclipse.elk.alg.layered \
    org.eclipse.xtext:org.eclipse.xtext.xbase.lib com.google.guava:guava com.google.code.gson:gson; do
  f="$(jar "${ga%%:*}" "${ga##*:}")"
  [[ -f "$f" ]] || { echo "error: $f missing (build first)" >&2; exit 2; }
  cp+=":$f"
done
[[ -d bundles/org.toride.diagram/target/classes/org/toride/diagram ]] || { echo "error: build org.toride.diagram first" >&2; exit 2; }

# the earlier layout: the whole package of that revision (its builder and layout use more and more of their
# package), renamed into package 'before'; DiagramView stays the current one, which LayoutBench iterates
mkdir -p "$work/src/before"
pkg=bundles/org.toride.diagram/src/org/toride/diagram
git ls-tree --name-only "$base" "$pkg/" | grep '\.java$' | while read -r path; do
  f="${path##*/}"
  [[ "$f" == DiagramView.java ]] && continue
  git show "$base:$path" \
    | sed -e 's/^package org\.toride\.diagram;/package before;/' -e 's/\bDiagramView\b/org.toride.diagram.DiagramView/g' \
    > "$work/src/before/$f"
done
"$java/javac" -nowarn -d "$work/classes" -cp "$cp" "$work"/src/before/*.java releng/scripts/LayoutBench.java
releng/scripts/generate-model.py 500 "$work/m500.toride"
releng/scripts/generate-model.py 1000 "$work/m1000-50z.toride" 50  # issue 12's goal: 1,000 assets in 50 zones
echo "base: $(git log -1 --format='%h %s' "$base")"
"$java/java" -cp "$work/classes:$cp" LayoutBench "$runs" 5 examples/water-utility.toride "$work/m500.toride" \
  "$work/m1000-50z.toride"
