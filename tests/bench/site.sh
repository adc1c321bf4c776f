#!/bin/sh
# site.sh PRR - `make bench-site`: how fast `prr build` writes a big site,
# against Hugo rendering as many pages in the same run.
#
# Input: tests/bench/gen_reviews.py, 200 reviews x 50 components x 8
# categories (BENCH_REVIEWS, BENCH_COMPONENTS, BENCH_CATEGORIES).  prr
# builds it; its pages are the *.html files written: about 10,000, most of
# them one page per component per review (reviews/DATE/components/SLUG.html,
# an 8-row status table).  Hugo (Debian's hugo) renders the same number of
# Markdown pages, each such an 8-row status table, with a minimal layout (a
# tiny site generated in a temp folder).  After one untimed run of each,
# they run BENCH_RUNS times (default 5) in turn, prr then Hugo, so that a
# slow spell of the machine falls on both; the median of each is quoted,
# timed to the millisecond.  Printed: pages, seconds, pages/s, peak RSS
# (GNU time's %M) and prr's speed as a multiple of Hugo's.  Goals: >= 10x
# Hugo's pages/s, peak memory < 200 MB.  Figures only, never an assertion.
#
# Both write into BENCH_TMPDIR (default: /dev/shm when it is a writable
# tmpfs, else /tmp), printed with its file system: on a disk, creating
# 10,000 files can cost more than rendering them, and that measures the
# disk, not the generators; BENCH_TMPDIR=/tmp measures with the disk.
set -u
PRR=${1:?usage: site.sh PRR}
ROOT=$(pwd)
REVIEWS=${BENCH_REVIEWS:-200}
COMPONENTS=${BENCH_COMPONENTS:-50}
CATEGORIES=${BENCH_CATEGORIES:-8}
RUNS=${BENCH_RUNS:-5}
TIME=/usr/bin/time

if ! "$PRR" help build >/dev/null 2>&1; then
	echo "bench-site: 'prr build' does not exist yet ('prr help build' failed); nothing to measure"
	exit 0
fi
[ -x "$TIME" ] || { echo "bench-site: GNU time is missing (apt-get install time)" >&2; exit 1; }
TMPD=${BENCH_TMPDIR:-}
if [ -z "$TMPD" ]; then
	TMPD=/tmp
	[ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] && TMPD=/dev/shm
fi
W=$(mktemp -d "$TMPD/prr-bench-site-XXXXXX")
trap 'rm -rf "$W"' EXIT INT TERM

/usr/bin/python3 "$ROOT/tests/bench/gen_reviews.py" "$W/reviews" "$REVIEWS" "$COMPONENTS" "$CATEGORIES" || exit 1
echo "bench-site: input: $REVIEWS reviews x $COMPONENTS components x $CATEGORIES categories ($(du -sk "$W/reviews" | cut -f1) KiB of JSON); writing in $TMPD ($(stat -f -c %T "$TMPD")); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# median of the lines "SECONDS KB" in a file, by seconds
median() { sort -n "$1" | awk '{ l[NR] = $0 } END { print l[int((NR + 1) / 2)] }'; }

# run NAME FILE CMD...: one run of CMD; appends "SECONDS KB" (wall time to
# the millisecond, GNU time's peak RSS) to FILE, or says why it failed.
run() {
	name=$1 out=$2
	shift 2
	t0=$(date +%s%N)
	if ! "$TIME" -f '%M' -o "$W/t" "$@" >"$W/run.log" 2>&1; then
		echo "bench-site: $name failed:" >&2
		tail -20 "$W/run.log" >&2
		exit 1
	fi
	t1=$(date +%s%N)
	echo "$t0 $t1 $(tail -1 "$W/t")" | awk '{ printf "%.3f %d\n", ($2 - $1) / 1e9, $3 }' >> "$out"
}
prr_run() { rm -rf "$W/site"; run "prr build" "$1" "$PRR" build "$W/reviews" -o "$W/site"; }

prr_run "$W/warm.times" # untimed: the page count for Hugo, a warm cache
pages=$(find "$W/site" -name '*.html' | wc -l)
html_kb=$(find "$W/site" -name '*.html' -exec cat {} + | wc -c | awk '{ printf "%d", $1 / 1024 }')
files=$(find "$W/site" -type f | wc -l)
site_kb=$(du -sk "$W/site" | cut -f1)
: > "$W/prr.times"

if ! command -v hugo >/dev/null 2>&1; then
	echo "bench-site: hugo is missing (apt-get install hugo): no reference figure"
	i=0
	while [ $i -lt "$RUNS" ]; do
		prr_run "$W/prr.times"
		i=$((i + 1))
	done
	set -- $(median "$W/prr.times")
	awk -v p="$pages" -v s="$1" -v kb="$2" 'BEGIN { printf "bench-site: prr %.0f pages/s in %.3f s (median of '"$RUNS"'), peak %.0f MiB\n", p / (s > 0 ? s : 0.001), s, kb / 1024 }'
	exit 0
fi

# The same number of pages for Hugo: each a status table of
# $CATEGORIES rows, like a review's component page.
H=$W/hugo
mkdir -p "$H/content/p" "$H/layouts/_default"
cat > "$H/config.toml" <<'TOML'
baseURL = "http://example.invalid/"
title = "bench"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
TOML
printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n<body><main><h1>{{ .Title }}</h1>\n{{ .Content }}\n</main></body></html>\n' > "$H/layouts/_default/single.html"
printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n<body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n' > "$H/layouts/_default/list.html"
# home and the section page are pages too: 2 fewer content pages
awk -v n="$((pages > 2 ? pages - 2 : 1))" -v dir="$H/content/p" -v rows="$CATEGORIES" 'BEGIN {
	split("pass partial fail pending pass pass", st, " ")
	split("\342\234\223 \342\227\220 \342\234\227 \342\200\246 \342\234\223 \342\234\223", sym, " ")
	for (i = 0; i < n; i++) {
		f = sprintf("%s/page-%05d.md", dir, i)
		printf "---\ntitle: \"Service %02d in review %d\"\n---\n\n| Category | Status | Passed | Note | Action |\n|---|---|---|---|---|\n", i % 50, i > f
		for (r = 0; r < rows; r++)
			printf "| Category %d | %s %s | %d/%d | check %d of page %d | fix category %d |\n", r, sym[(i + r) % 6 + 1], st[(i + r) % 6 + 1], (i * r) % 97, 100, r, i, r > f
		close(f)
	}
}'
: > "$W/hugo.times"
hugo_run() { rm -rf "$H/public" "$H/resources"; run hugo "$1" hugo --quiet -s "$H" -d "$H/public"; }
hugo_run "$W/warm.times" # untimed, as prr's first
i=0
while [ $i -lt "$RUNS" ]; do
	prr_run "$W/prr.times"
	hugo_run "$W/hugo.times"
	i=$((i + 1))
done
set -- $(median "$W/prr.times")
prr_s=$1 prr_kb=$2
max_kb=$(sort -n -k2 "$W/prr.times" | tail -1 | cut -d' ' -f2)
echo "bench-site: prr build: $pages pages ($files files, $html_kb KiB of HTML, $site_kb KiB) in $prr_s s (median of $RUNS: $(cut -d' ' -f1 "$W/prr.times" | tr '\n' ' ')s), peak RSS $((prr_kb / 1024)) MiB (max of runs $((max_kb / 1024)) MiB)"
set -- $(median "$W/hugo.times")
hugo_s=$1 hugo_rss=$2
hugo_pages=$(find "$H/public" -name '*.html' | wc -l)
hugo_kb=$(find "$H/public" -name '*.html' -exec cat {} + | wc -c | awk '{ printf "%d", $1 / 1024 }')
echo "bench-site: hugo $(hugo version | cut -d' ' -f2): $hugo_pages pages (each a $CATEGORIES-row table; $hugo_kb KiB of HTML) in $hugo_s s (median of $RUNS: $(cut -d' ' -f1 "$W/hugo.times" | tr '\n' ' ')s), peak RSS $((hugo_rss / 1024)) MiB"
awk -v p="$pages" -v s="$prr_s" -v hp="$hugo_pages" -v hs="$hugo_s" -v kb="$prr_kb" \
    -v pk="$html_kb" -v hk="$hugo_kb" 'BEGIN {
	if (s <= 0) s = 0.005; if (hs <= 0) hs = 0.005
	a = p / s; b = hp / hs
	printf "bench-site: prr %.0f pages/s, hugo %.0f pages/s: prr is %.2fx hugo (goal >= 10x); prr peak %.0f MiB (goal < 200 MiB)\n", a, b, a / b, kb / 1024
	printf "bench-site: HTML written: prr %.1f MiB/s, hugo %.1f MiB/s (%.2fx): pages differ in size, bytes compare the work\n", pk / 1024 / s, hk / 1024 / hs, (pk / s) / (hk > 0 ? hk / hs : 1)
}'
