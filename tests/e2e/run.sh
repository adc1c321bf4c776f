#!/bin/sh
# run.sh - end-to-end tests of the prr binary.
#
# Sources every tests/e2e/t_*.sh.  A test is
#
#     begin "check: a missing file"
#     run check no/such.json          # prr's stdout, stderr, exit in $W/out, $W/err, $rc
#     expect_rc 1
#     expect_err "no/such.json: error:"
#     end
#
# A sanitizer report (exit 98/99 or its banner on stderr) fails the test
# whatever the exit code.  Closing line: "N passed, N failed".
PRR=${PRR:-build/prr}
case $PRR in /*) ;; *) PRR=$(pwd)/$PRR ;; esac
ROOT=$(pwd)
SAMPLES=$ROOT/samples
SEEDS=${PRR_SEEDS:-$ROOT/../shared/seeds}
[ -d "$SEEDS" ] || SEEDS=
# The limit of the large-input tests (a quadratic regression takes minutes
# there): sanitized builds run several times slower, so they get more.
case $PRR in
*-san/*) LONG=240 ;;
*) LONG=60 ;;
esac
export PRR ROOT SAMPLES SEEDS LONG
pass=0
fail=0
skips=0
W=$(mktemp -d /tmp/prr-e2e-XXXXXX)
trap 'rm -rf "$W"' EXIT INT TERM

begin() { T=$1; failed_now=0; }
fail() { echo "FAIL: $T: $*" >&2; failed_now=1; }
end() {
	if [ "$failed_now" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
}
skip() { echo "skip: $T: $*"; skips=$((skips + 1)); }
sanitizer_check() {
	if [ "$rc" -ge 97 ] || grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' "$W/err"; then
		fail "sanitizer report (exit $rc):"
		head -40 "$W/err" >&2
	fi
}
# run ARGS...: runs prr; run_in DIR ARGS...: the same from DIR
run() { "$PRR" "$@" >"$W/out" 2>"$W/err" </dev/null; rc=$?; sanitizer_check; }
run_in() { d=$1; shift; (cd "$d" && "$PRR" "$@") >"$W/out" 2>"$W/err" </dev/null; rc=$?; sanitizer_check; }
expect_rc() {
	[ "$rc" = "$1" ] || fail "exit $rc, expected $1; stderr: $(head -c 400 "$W/err")"
}
expect_out() { grep -qF -- "$1" "$W/out" || fail "stdout lacks '$1': $(head -c 300 "$W/out")"; }
expect_err() { grep -qF -- "$1" "$W/err" || fail "stderr lacks '$1': $(head -c 300 "$W/err")"; }
expect_out_re() { grep -qE -- "$1" "$W/out" || fail "stdout does not match '$1'"; }
expect_err_re() { grep -qE -- "$1" "$W/err" || fail "stderr does not match '$1': $(head -c 300 "$W/err")"; }
expect_no_out() { [ ! -s "$W/out" ] || fail "stdout not empty: $(head -c 200 "$W/out")"; }
expect_no_err() { [ ! -s "$W/err" ] || fail "stderr not empty: $(head -c 300 "$W/err")"; }
# Git fixtures, in a subshell: `fixture_git REPO` pins the names, drops
# the system's and the user's configuration (HOME is REPO.home), sets UTC,
# creates REPO unless it is there and enters it; then `git_at DATE` sets
# the author and committer dates and `git_commit MSG` commits everything.
fixture_git() {
	export GIT_AUTHOR_NAME="Ada Author" GIT_AUTHOR_EMAIL="ada@example.com"
	export GIT_COMMITTER_NAME="Cid Committer" GIT_COMMITTER_EMAIL="cid@example.com"
	export GIT_CONFIG_NOSYSTEM=1 HOME=$1.home TZ=UTC
	unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
	mkdir -p "$HOME"
	if [ ! -d "$1/.git" ]; then
		git init -q -b main "$1" && git -C "$1" config commit.gpgsign false ||
			return 1
	fi
	cd "$1"
}
git_at() { export GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1"; }
git_commit() { git add -A && git commit -q -m "$1"; }

# E2E_ONLY=import runs only the files whose name holds that word
for t in "$ROOT"/tests/e2e/t_*${E2E_ONLY:-}*.sh; do
	[ -f "$t" ] || continue
	. "$t"
done
[ "$skips" = 0 ] || echo "$skips skipped (see 'skip:' lines above)"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
