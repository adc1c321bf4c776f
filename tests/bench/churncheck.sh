#!/bin/sh
# churncheck.sh PRR - how often prr's line counts equal git's, per commit:
#   make bench-churncheck REPO=path/to/repo [N=2000]
# Compares the added/deleted lines `prr history --churn` gives each of the
# last N commits (git log order) with the sums of `git log --numstat
# --no-renames` (binary files "-" count none, merges none).  Prints the
# match rate and the first commits that differ; never a pass/fail.
PRR=$1
REPO=${REPO:-}
N=${N:-2000}
[ -n "$REPO" ] || { echo "usage: make bench-churncheck REPO=path [N=2000]"; exit 2; }
T=$(mktemp -d /tmp/prr-churncheck-XXXXXX)
trap 'rm -rf "$T"' EXIT INT TERM
export PRR_NO_PROGRESS=1

git -C "$REPO" log -n "$N" --no-renames --numstat --format='@%H' |
	awk '/^@/ { if (id) print id, a, d; id = substr($0, 2); a = 0; d = 0; next }
	     NF >= 3 { a += ($1 == "-" ? 0 : $1); d += ($2 == "-" ? 0 : $2) }
	     END { if (id) print id, a, d }' | sort > "$T/git"
# prr's text lines: "ID DATE AUTHOR <EMAIL> SUMMARY (+A -D)"
"$PRR" history --repo "$REPO" --churn --format text |
	awk 'length($1) == 40 && $1 ~ /^[0-9a-f]+$/ && match($0, /\(\+[0-9]+ -[0-9]+\)$/) {
		s = substr($0, RSTART + 2, RLENGTH - 3); split(s, p, " -"); print $1, p[1], p[2] }' |
	sort > "$T/prr.all"
join "$T/git" "$T/prr.all" > "$T/both"
n=$(wc -l < "$T/both")
same=$(awk '$2 == $4 && $3 == $5' "$T/both" | wc -l)
echo "churncheck: $REPO, the last $N commits: $n compared, $same equal to git log --numstat"
awk '$2 != $4 || $3 != $5 { print "  differs: " $1 "  git +" $2 " -" $3 "  prr +" $4 " -" $5 }' "$T/both" | head -20
