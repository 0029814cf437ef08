#!/usr/bin/env bash
# A real `git merge` of a model through the configured merge driver (`toride merge %O %A %B %P`), as the user
# guide sets it up: run after the build (./toride must start). Two cases:
#   1. both branches change the same flow (different attributes, one XML line) and each add a flow: git's text
#      merge would conflict on that line; the driver merges cleanly and the result loads and checks.
#   2. both branches rename the same flow: git reports the conflict, the file keeps ours and still loads, no
#      conflict markers, and MODEL.toride.conflicts lists it for the workbench.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
toride="$root/toride"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "git-merge-driver: $*" >&2; exit 1; }

cd "$work"
git init -q -b main
git config user.name "Toride CI"
git config user.email ci@example.org
git config commit.gpgsign false
git config merge.toride.name "Toride model merge"
git config merge.toride.driver "$toride merge %O %A %B %P"
"$toride" new model.toride --sector water --operator "Test Water" >/dev/null
[[ -f .gitattributes ]] || fail "toride new wrote no .gitattributes"
cp "$root/examples/water-utility.toride" model.toride
git add .
git commit -q -m "approved design"

line='id="flow-branch-billing"'
flow() { # a copy of the billing flow with another id, appended after it
  sed -i "/$line/{p;s/$line/id=\"$1\"/;s/name=\"[^\"]*\"/name=\"$1\"/}" model.toride
}

# Case 1: clean merge of changes to the same element and two additions.
git checkout -q -b theirs
sed -i "/$line/s/protocol=\"HTTP\"/protocol=\"HTTPS\"/" model.toride
flow flow-theirs
git commit -q -am "theirs: HTTPS and a flow"
git checkout -q main
sed -i "/$line/s/encrypted=\"false\"/encrypted=\"true\"/" model.toride
flow flow-ours
git commit -q -am "ours: encrypted and a flow"
git merge -q --no-edit theirs || fail "the driver did not merge non-overlapping changes cleanly"
grep -q "$line.*protocol=\"HTTPS\"" model.toride || fail "their protocol change is lost"
grep -q "$line.*encrypted=\"true\"" model.toride || fail "our encryption is lost"
grep -q 'id="flow-theirs"' model.toride && grep -q 'id="flow-ours"' model.toride || fail "an added flow is lost"
"$toride" info model.toride >/dev/null || fail "the merged model does not load"
echo "git-merge-driver: clean merge of both sides' changes to one flow and both additions: ok"

# Case 2: a conflict.
git checkout -q -b theirs2
sed -i "/$line/s/name=\"[^\"]*\"/name=\"Theirs\"/" model.toride
git commit -q -am "theirs: rename"
git checkout -q main
sed -i "/$line/s/name=\"[^\"]*\"/name=\"Ours\"/" model.toride
git commit -q -am "ours: rename"
if git merge -q --no-edit theirs2 >merge.out 2>&1; then
  fail "a conflicting rename merged without a conflict"
fi
cat merge.out
grep -q '<<<<<<<' model.toride && fail "conflict markers in the model"
grep -q "$line name=\"Ours\"" model.toride || fail "ours was not kept"
"$toride" info model.toride >/dev/null || fail "the model with a conflict does not load"
[[ -f model.toride.conflicts ]] || fail "no model.toride.conflicts"
grep -q 'flow-branch-billing' model.toride.conflicts || fail "the conflicts file does not name the flow"
git status --short | grep -q '^UU model.toride' || fail "git does not show the file as unmerged"
echo "git-merge-driver: conflict kept ours, listed in model.toride.conflicts, model loads: ok"
