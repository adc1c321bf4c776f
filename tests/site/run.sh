#!/bin/sh
# run.sh PRR - the quality checks of prr's static site (`make test-site`).
#
# Builds sites with `prr build` and checks each:
#   samples/reviews          tidy.sh, static_check.py, browser.js (axe, console,
#                            requests, focus; screenshots in build/screenshots/)
#   tests/data/hostile/      the same, plus the hostile-payload checks
#   tests/data/wide/         the same: a scorecard of long category names
#   tests/data/hostile-md/   the same from Markdown (once `prr import` exists)
#   --archive                `prr build --archive` twice (the second a no-op),
#                            verify-archive, each archived date in Chromium,
#                            tidy, static_check.py (links inside the archive)
# Skips (exit 0, with a message) while `prr build` does not exist.  Needs
# tidy, chromium (make test-deps), node and npm; npm packages are installed
# from tests/site/package-lock.json into build/node/ (never committed).
set -u
PRR=${1:?usage: run.sh PRR}
case $PRR in /*) ;; *) PRR=$(pwd)/$PRR ;; esac
ROOT=$(pwd)
OUT=${PRR_SITE_OUT:-$ROOT/build/site-test}
SHOTS=${PRR_SCREENSHOTS:-$ROOT/build/screenshots}
NODE_DIR=$ROOT/build/node
PY=/usr/bin/python3

if ! "$PRR" help build >/dev/null 2>&1; then
	echo "test-site: skipped: 'prr build' does not exist yet ('prr help build' failed)"
	exit 0
fi
for tool in tidy node npm; do
	command -v $tool >/dev/null || { echo "test-site: $tool is missing (make test-deps; node and npm from Debian's nodejs and npm)" >&2; exit 1; }
done
[ -x "${PRR_CHROMIUM:-/usr/bin/chromium}" ] || { echo "test-site: /usr/bin/chromium is missing (make test-deps, or apt-get install chromium)" >&2; exit 1; }

# npm packages, pinned by the lock file; reinstalled when it changes
if ! cmp -s "$ROOT/tests/site/package-lock.json" "$NODE_DIR/package-lock.json" ||
   [ ! -d "$NODE_DIR/node_modules/playwright-core" ]; then
	rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR" &&
	cp "$ROOT/tests/site/package.json" "$ROOT/tests/site/package-lock.json" "$NODE_DIR/" &&
	npm ci --prefix "$NODE_DIR" --no-audit --no-fund --loglevel=error >/dev/null ||
		{ echo "test-site: npm ci in $NODE_DIR failed" >&2; exit 1; }
fi
export PRR_NODE_MODULES=$NODE_DIR/node_modules

failed=""
check() { # NAME COMMAND...: runs one check, remembers a failure
	check_name=$1; shift
	echo "--- $check_name"
	"$@" || failed="$failed
  $check_name"
}
build_site() { # NAME REVIEWS: prr build REVIEWS -o $OUT/NAME
	rm -rf "$OUT/$1"
	echo "--- build $1: prr build $2 -o $OUT/$1"
	if "$PRR" build "$2" -o "$OUT/$1" >"$OUT/$1.log" 2>&1; then
		return 0
	fi
	sed 's/^/    /' "$OUT/$1.log" | head -40 >&2
	failed="$failed
  build $1 (prr build $2 exited non-zero; see $OUT/$1.log)"
	return 1
}
site_checks() { # NAME [--hostile] [--screenshots DIR]
	site_name=$1; shift
	hostile=
	[ "${1:-}" = --hostile ] && { hostile=--hostile; shift; }
	check "$site_name: tidy" sh "$ROOT/tests/site/tidy.sh" "$OUT/$site_name"
	check "$site_name: links, CSP, external requests${hostile:+, hostile payloads}" \
		"$PY" "$ROOT/tests/site/static_check.py" "$OUT/$site_name" $hostile
	check "$site_name: Chromium, axe, focus${hostile:+, no script runs}" \
		node "$ROOT/tests/site/browser.js" "$OUT/$site_name" $hostile "$@"
}

mkdir -p "$OUT"
if build_site samples "$ROOT/samples/reviews"; then
	rm -rf "$SHOTS"
	site_checks samples --screenshots "$SHOTS"
fi
if build_site hostile "$ROOT/tests/data/hostile"; then
	site_checks hostile --hostile
fi
# A scorecard of ten categories named by long paths, a component absent
# from the first review: it fits at 1280 px, scrolls in its box on a phone
# and fits the paper in print.
if build_site wide "$ROOT/tests/data/wide"; then
	site_checks wide
fi
if "$PRR" help import >/dev/null 2>&1; then
	if build_site hostile-md "$ROOT/tests/data/hostile-md"; then
		site_checks hostile-md --hostile
	fi
else
	echo "--- hostile-md: skipped: 'prr import' does not exist yet"
fi

# The five real review documents (../shared/seeds/*.txt, read as Markdown):
# long headings, paths, code and tables of people's own writing.
SEEDS=$ROOT/../shared/seeds
if [ -d "$SEEDS" ]; then
	rm -rf "$OUT/seeds-in"
	mkdir -p "$OUT/seeds-in"
	for f in "$SEEDS"/*.txt; do
		cp "$f" "$OUT/seeds-in/$(basename "$f" .txt).md"
	done
	if build_site seeds "$OUT/seeds-in"; then
		site_checks seeds
	fi
else
	echo "--- seeds: skipped: $SEEDS is absent (the seed documents are not part of a clone)"
fi

# The archive, as `prr build --archive` writes it.
A=$OUT/archive
rm -rf "$A" "$OUT/archived"
echo "--- archive: prr build samples/reviews -o $OUT/archived --archive $A (twice)"
if "$PRR" build "$ROOT/samples/reviews" -o "$OUT/archived" --archive "$A" >"$OUT/archive.log" 2>&1 &&
   "$PRR" build "$ROOT/samples/reviews" -o "$OUT/archived" --archive "$A" >>"$OUT/archive.log" 2>&1; then
	check "archive: verify-archive" "$PRR" verify-archive "$A"
	check "archive: every archived date loads alone in Chromium" \
		node "$ROOT/tests/site/browser.js" "$A"
	check "archive: tidy" sh "$ROOT/tests/site/tidy.sh" "$A"
	check "archive: every link resolves inside the archive, CSP" \
		"$PY" "$ROOT/tests/site/static_check.py" "$A"
else
	sed 's/^/    /' "$OUT/archive.log" | head -20 >&2
	failed="$failed
  archive (prr build --archive failed, or refused an identical rebuild; see $OUT/archive.log)"
fi

if [ -n "$failed" ]; then
	echo "test-site: FAILED:$failed" >&2
	exit 1
fi
echo "test-site: all site checks passed (screenshots in $SHOTS)"
