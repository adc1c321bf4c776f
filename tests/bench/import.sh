#!/bin/sh
# import.sh PRR - `prr import` of a ~20 MB review next to md4c's own parse of
# the same bytes (tests/bench/md4c_parse.c, built beside PRR), same run.
# Prints MB/s of each (median of 5) and the ratio; asserts nothing.
set -e
PRR=$1
REF=$(dirname "$PRR")/md4c-parse
W=$(mktemp -d /tmp/prr-bench-XXXXXX)
trap 'rm -rf "$W"' EXIT INT TERM
python3 tests/bench/gen_md.py "${BENCH_MB:-20}" "$W/big.md"
bytes=$(wc -c < "$W/big.md")
now() { date +%s.%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
time_runs() {
	for i in 1 2 3 4 5; do
		t0=$(now)
		"$@" > /dev/null 2>&1 || true
		t1=$(now)
		echo "$t1 - $t0" | bc -l
	done | median
}
t_ref=$(time_runs "$REF" "$W/big.md")
t_prr=$(time_runs "$PRR" import "$W/big.md")
/usr/bin/time -o "$W/rss" -f '%M' "$PRR" import "$W/big.md" > /dev/null 2>&1 || true
rss=$(tail -1 "$W/rss")
mb=$(echo "$bytes / 1048576" | bc -l)
printf 'bench-import: %.1f MB document\n' "$mb"
printf '  md4c md_parse (empty callbacks): %6.3f s  %7.1f MB/s\n' "$t_ref" "$(echo "$mb / $t_ref" | bc -l)"
printf '  prr import (to JSON):            %6.3f s  %7.1f MB/s\n' "$t_prr" "$(echo "$mb / $t_prr" | bc -l)"
printf '  prr import / md4c speed: %.2f   peak RSS: %s KB (%.1f x the document)\n' \
	"$(echo "$t_ref / $t_prr" | bc -l)" "$rss" "$(echo "$rss * 1024 / $bytes" | bc -l 2>/dev/null || echo 0)"
