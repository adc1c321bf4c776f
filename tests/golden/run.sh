#!/bin/sh
# run.sh PRR [--update] - golden outputs: what prr makes of our own inputs,
# kept in tests/golden/ so that every change of output is a visible diff.
#
#   site/          `prr build` of samples/reviews against the sample
#                  repository (samples/mkrepo.sh, pinned dates and ids)
#   report.md      `prr report --format md` of the same
#   report.json    `prr report --format json` of the same
#   import/NAME.json  `prr import` of each tests/data/md/NAME.md
#
# Without --update: builds them afresh and fails on any difference, showing
# it (regenerate with `make golden` when the change is meant).  With
# --update: writes them into tests/golden/.  Runs in a temporary folder
# with relative paths, so no machine's paths reach the outputs.
set -u
PRR=${1:?usage: run.sh PRR [--update]}
UPDATE=${2:-}
case $PRR in /*) ;; *) PRR=$(pwd)/$PRR ;; esac
ROOT=$(pwd)
GOLD=$ROOT/tests/golden
W=$(mktemp -d /tmp/prr-golden-XXXXXX)
trap 'rm -rf "$W"' EXIT INT TERM

fail() { echo "golden: $*" >&2; exit 1; }

sh "$ROOT/samples/mkrepo.sh" "$W/repo" >/dev/null || fail "samples/mkrepo.sh failed"
mkdir -p "$W/new/import"
cp -r "$ROOT/samples/reviews" "$W/reviews"
cd "$W" || fail "cannot enter $W"
"$PRR" build --repo repo --cache cache -o new/site reviews >/dev/null 2>&1 ||
	fail "prr build of samples/reviews failed"
"$PRR" report --format md --repo repo --cache cache reviews > new/report.md 2>/dev/null ||
	fail "prr report --format md failed"
"$PRR" report --format json --repo repo --cache cache reviews > new/report.json 2>/dev/null ||
	fail "prr report --format json failed"
for md in "$ROOT"/tests/data/md/*.md; do
	name=$(basename "$md" .md)
	cp "$md" "$W/$name.md"
	# documents without a date of their own take a fixed one
	"$PRR" import --date 2026-01-01 "$name.md" -o "new/import/$name.json" 2>/dev/null ||
		fail "prr import tests/data/md/$name.md failed"
done

if [ "$UPDATE" = --update ]; then
	rm -rf "$GOLD/site" "$GOLD/import" "$GOLD/report.md" "$GOLD/report.json"
	cp -r new/site new/import new/report.md new/report.json "$GOLD/" ||
		fail "cannot write $GOLD"
	echo "golden: tests/golden/ updated ($(find new -type f | wc -l) files); review the diff with git diff"
	exit 0
fi
[ -d "$GOLD/site" ] || fail "tests/golden/site is missing: make golden"
for f in site import report.md report.json; do
	if ! diff -r "$GOLD/$f" "new/$f" > "$W/diff" 2>&1; then
		head -60 "$W/diff" >&2
		fail "$f differs from tests/golden/$f (above, '<' golden, '>' now; if the change is meant: make golden, then review git diff)"
	fi
done
echo "golden: $(find new -type f | wc -l) files as in tests/golden/"
