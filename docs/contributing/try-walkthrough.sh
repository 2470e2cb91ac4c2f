#!/usr/bin/env bash
# Replays a CONTRIBUTING.md walkthrough on a temporary copy of this checkout and proves it is enough:
# applies the walkthrough's hand edits (NAME.patch), adds its policy row (NAME.policy) to a copy of the
# specification, regenerates the generated copies, checks they are exactly NAME.generated.patch, then
# runs the tests the change concerns. Usage: docs/contributing/try-walkthrough.sh [NAME…] (default: all).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
policy=${CRISIS_POLICY:-$root/../shared/POLICY.md}
if [[ $# -eq 0 ]]; then
  set -- $(cd "$here" && ls *.policy | sed 's/\.policy$//')
fi
for name in "$@"; do
  [[ -f $here/$name.patch ]] || { echo "try-walkthrough: no $here/$name.patch" >&2; exit 2; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  echo "== $name: copy of the checkout in $work"
  mkdir "$work/repo"
  (cd "$root" && git ls-files -z | tar --null -T - -cf -) | (cd "$work/repo" && tar -xf -)
  cp "$policy" "$work/POLICY.md"
  grep '^|' "$here/$name.policy" >> "$work/POLICY.md"
  cd "$work/repo"
  echo "== $name: the hand edits ($(grep -c '^diff --git ' "$here/$name.patch") files)"
  git apply --verbose "$here/$name.patch"
  mvn=(mvn -B -Djacoco.skip=true -Dcrisis.policy="$work/POLICY.md" -Dsurefire.failIfNoSpecifiedTests=false)
  echo "== $name: regenerating the generated copies"
  "${mvn[@]}" test -pl crisis-rules,crisis-json,crisis-examples -am -Dcrisis.regenerate=true \
    -Dtest='GeneratedArtifactsAreCurrentTest,PolicyCatalogueTest' > "$work/regenerate.log" 2>&1 \
    || { tail -50 "$work/regenerate.log"; exit 1; }
  echo "== $name: the regenerated copies are $name.generated.patch"
  git apply --reverse --check "$here/$name.generated.patch" \
    || { echo "try-walkthrough: the regenerated copies differ from $name.generated.patch" >&2; exit 1; }
  tests=$(sed -n 's/^# tests: //p' "$here/$name.policy")
  echo "== $name: tests $tests"
  "${mvn[@]}" test -pl crisis-core,crisis-testing,crisis-rules,crisis-json,crisis-examples -am -Dtest="$tests" \
    > "$work/test.log" 2>&1 || { grep -E 'Tests run|FAIL|ERROR' "$work/test.log" | head -40; exit 1; }
  grep -E 'Tests run: [0-9]+, Failures' "$work/test.log" | grep -v ' -- in ' || true
  echo "== $name: ok"
  cd "$root"
  rm -rf "$work"
  trap - EXIT
done
