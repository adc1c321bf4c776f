#!/bin/sh
# history.sh PRR - prr history against git on one repository, in one run:
#   make bench-history REPO=path/to/repo
# Prints times as ratios (prr / git) and peak memory; never a pass/fail.
PRR=$1
REPO=${REPO:-}
[ -n "$REPO" ] || { echo "usage: make bench-history REPO=path (a git repository)"; exit 2; }
case $PRR in /*) ;; *) PRR=$(pwd)/$PRR ;; esac
T=$(mktemp -d /tmp/prr-bench-XXXXXX)
trap 'rm -rf "$T"' EXIT INT TERM
export PRR_NO_PROGRESS=1

# measure NAME CMD...: wall seconds into $T/NAME.s, peak KB into $T/NAME.kb
measure() {
	name=$1; shift
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f '%e %M' -o "$T/$name.t" "$@" >/dev/null 2>"$T/$name.err"
	else
		s=$(date +%s.%N); "$@" >/dev/null 2>"$T/$name.err"; e=$(date +%s.%N)
		echo "$(echo "$e - $s" | bc) 0" > "$T/$name.t"
	fi
	cut -d' ' -f1 "$T/$name.t" > "$T/$name.s"
	cut -d' ' -f2 "$T/$name.t" > "$T/$name.kb"
	printf '  %-34s %7.2f s %8.1f MB\n' "$name" "$(cat "$T/$name.s")" \
		"$(echo "$(cat "$T/$name.kb") / 1024" | bc -l)"
}
ratio() { echo "scale=3; $(cat "$T/$1.s") / $(cat "$T/$2.s")" | bc -l; }

n=$(git -C "$REPO" rev-list --count HEAD)
echo "bench-history: $REPO ($n commits), $(nproc) cores"
git -C "$REPO" log --name-only --format=%H >/dev/null 2>&1 # warm the page cache
measure git-name-only git -C "$REPO" log --name-only --format=%H
measure prr-paths "$PRR" history --repo "$REPO" --paths
measure prr-paths-cache-first "$PRR" history --repo "$REPO" --paths --cache "$T/cache"
measure prr-paths-cache-rerun "$PRR" history --repo "$REPO" --paths --cache "$T/cache"
measure git-numstat git -C "$REPO" log --numstat --format=%H
measure prr-churn "$PRR" history --repo "$REPO" --churn
echo "ratios:"
echo "  paths  prr / git log --name-only   $(ratio prr-paths git-name-only)  (goal <= 1.0)"
echo "  churn  prr / git log --numstat     $(ratio prr-churn git-numstat)  (goal <= 1.0)"
echo "  cache  rerun / first run           $(ratio prr-paths-cache-rerun prr-paths-cache-first)  (goal <= 0.05)"
echo "peak memory (goal < 300 MB): see the MB column"
