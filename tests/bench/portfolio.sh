#!/bin/sh
# portfolio.sh PRR - `make bench-portfolio`: how fast `prr portfolio`
# merges the data.json of many sites built elsewhere.
#
# Input: one site built by `prr build` from tests/bench/gen_reviews.py
# (3 reviews x BENCH_COMPONENTS components (default 20) x 8 categories),
# whose data.json tests/bench/gen_portfolio.py copies into BENCH_PROJECTS
# (default 1,000) sites of their own, each its own project.  `prr
# portfolio` then merges them, BENCH_RUNS times (default 3); printed: the
# input's size, each run's wall time and peak RSS (GNU time's %M), and the
# median.  Goals: a few seconds, well under 300 MB.  Figures only, never an
# assertion.
set -u
PRR=${1:?usage: portfolio.sh PRR}
ROOT=$(pwd)
PROJECTS=${BENCH_PROJECTS:-1000}
COMPONENTS=${BENCH_COMPONENTS:-20}
RUNS=${BENCH_RUNS:-3}
TIME=/usr/bin/time

if ! "$PRR" help portfolio >/dev/null 2>&1; then
	echo "bench-portfolio: 'prr portfolio' does not exist ('prr help portfolio' failed); nothing to measure"
	exit 0
fi
[ -x "$TIME" ] || { echo "bench-portfolio: GNU time is missing (apt-get install time)" >&2; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/prr-bench-portfolio-XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM

python3 "$ROOT/tests/bench/gen_reviews.py" "$T/reviews" 3 "$COMPONENTS" 8 >/dev/null || exit 1
"$PRR" build "$T/reviews" -o "$T/site" >/dev/null || exit 1
python3 "$ROOT/tests/bench/gen_portfolio.py" "$T/site/data.json" "$T/sites" "$PROJECTS" || exit 1
bytes=$(cat "$T"/sites/*/data.json | wc -c)
echo "bench-portfolio: $PROJECTS projects x 3 reviews x $COMPONENTS components; data.json $(( bytes / 1024 / 1024 )) MiB in all ($(( bytes / PROJECTS / 1024 )) KiB each)"
i=0
: > "$T/times"
while [ "$i" -lt "$RUNS" ]; do
	i=$((i + 1))
	if ! "$TIME" -f '%e %M' -o "$T/time" "$PRR" portfolio "$T"/sites/* \
		--base-url https://prr.example.com -o "$T/portfolio" >/dev/null 2>"$T/err"; then
		echo "bench-portfolio: prr portfolio failed:" >&2
		cat "$T/err" >&2
		exit 1
	fi
	read -r secs kib < "$T/time"
	echo "  run $i: ${secs} s, peak RSS $(( kib / 1024 )) MiB"
	echo "$secs $kib" >> "$T/times"
done
sort -n "$T/times" | sed -n "$(( (RUNS + 1) / 2 ))p" | {
	read -r secs kib
	echo "bench-portfolio: median ${secs} s wall, peak RSS $(( kib / 1024 )) MiB (goals: a few seconds, < 300 MB)"
}
rows=$(grep -c '<tr><th scope="row">' "$T/portfolio/index.html")
echo "bench-portfolio: index.html lists $rows projects"
