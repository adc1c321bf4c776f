#!/bin/sh
# site.sh PRR - `make bench-site`: how fast `prr build` writes a big site,
# against Hugo rendering as many pages in the same run.
#
# Input: tests/bench/gen_reviews.py, 200 reviews x 50 components x 8
# categories (BENCH_REVIEWS, BENCH_COMPONENTS, BENCH_CATEGORIES).  prr
# builds it BENCH_RUNS times (default 3; the median is quoted); its pages
# are the *.html files written.  Hugo (Debian's hugo) then renders the same
# number of Markdown pages, each a 50-row status table, with a minimal
# layout (a tiny site generated in a temp folder), once.  Printed: pages,
# seconds, pages/s, peak RSS (GNU time's %M) and prr's speed as a multiple of
# Hugo's.  Goals: >= 10x Hugo's pages/s, peak memory < 200 MB.  Figures
# only, never an assertion.
set -u
PRR=${1:?usage: site.sh PRR}
ROOT=$(pwd)
REVIEWS=${BENCH_REVIEWS:-200}
COMPONENTS=${BENCH_COMPONENTS:-50}
CATEGORIES=${BENCH_CATEGORIES:-8}
RUNS=${BENCH_RUNS:-3}
TIME=/usr/bin/time

if ! "$PRR" help build >/dev/null 2>&1; then
	echo "bench-site: 'prr build' does not exist yet ('prr help build' failed); nothing to measure"
	exit 0
fi
[ -x "$TIME" ] || { echo "bench-site: GNU time is missing (apt-get install time)" >&2; exit 1; }
W=$(mktemp -d /tmp/prr-bench-site-XXXXXX)
trap 'rm -rf "$W"' EXIT INT TERM

/usr/bin/python3 "$ROOT/tests/bench/gen_reviews.py" "$W/reviews" "$REVIEWS" "$COMPONENTS" "$CATEGORIES" || exit 1
echo "bench-site: input: $REVIEWS reviews x $COMPONENTS components x $CATEGORIES categories ($(du -sk "$W/reviews" | cut -f1) KiB of JSON)"

# median of the lines "SECONDS KB" in a file, by seconds
median() { sort -n "$1" | awk '{ l[NR] = $0 } END { print l[int((NR + 1) / 2)] }'; }

: > "$W/prr.times"
i=0
while [ $i -lt "$RUNS" ]; do
	rm -rf "$W/site"
	if ! "$TIME" -f '%e %M' -o "$W/t" "$PRR" build "$W/reviews" -o "$W/site" >"$W/prr.log" 2>&1; then
		echo "bench-site: prr build failed:" >&2
		tail -20 "$W/prr.log" >&2
		exit 1
	fi
	tail -1 "$W/t" >> "$W/prr.times"
	i=$((i + 1))
done
pages=$(find "$W/site" -name '*.html' | wc -l)
html_kb=$(find "$W/site" -name '*.html' -exec cat {} + | wc -c | awk '{ printf "%d", $1 / 1024 }')
files=$(find "$W/site" -type f | wc -l)
set -- $(median "$W/prr.times")
prr_s=$1 prr_kb=$2
max_kb=$(sort -n -k2 "$W/prr.times" | tail -1 | cut -d' ' -f2)
echo "bench-site: prr build: $pages pages ($files files, $html_kb KiB of HTML, $(du -sk "$W/site" | cut -f1) KiB) in $prr_s s (median of $RUNS: $(cut -d' ' -f1 "$W/prr.times" | tr '\n' ' ')s), peak RSS $((prr_kb / 1024)) MiB (max of runs $((max_kb / 1024)) MiB)"

if ! command -v hugo >/dev/null 2>&1; then
	echo "bench-site: hugo is missing (apt-get install hugo): no reference figure"
	awk -v p="$pages" -v s="$prr_s" 'BEGIN { printf "bench-site: prr %.0f pages/s\n", p / (s > 0 ? s : 0.001) }'
	exit 0
fi

# The same number of pages for Hugo: each a 50-row status table.
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
awk -v n="$((pages > 2 ? pages - 2 : 1))" -v dir="$H/content/p" 'BEGIN {
	split("pass partial fail pending pass pass", st, " ")
	for (i = 0; i < n; i++) {
		f = sprintf("%s/page-%05d.md", dir, i)
		printf "---\ntitle: \"Review page %d\"\n---\n\n| Component | Category | Status | Passed | Total | Note |\n|---|---|---|---|---|---|\n", i > f
		for (r = 0; r < 50; r++)
			printf "| Service %02d | Category %d | **%s** | %d | %d | check %d of page %d |\n", r, r % 8, st[(i + r) % 6 + 1], (i * r) % 97, 100, r, i > f
		close(f)
	}
}'
if ! "$TIME" -f '%e %M' -o "$W/t" hugo --quiet -s "$H" -d "$H/public" >"$W/hugo.log" 2>&1; then
	echo "bench-site: hugo failed:" >&2
	tail -20 "$W/hugo.log" >&2
	exit 1
fi
set -- $(tail -1 "$W/t")
hugo_s=$1 hugo_rss=$2
hugo_pages=$(find "$H/public" -name '*.html' | wc -l)
hugo_kb=$(find "$H/public" -name '*.html' -exec cat {} + | wc -c | awk '{ printf "%d", $1 / 1024 }')
echo "bench-site: hugo $(hugo version | cut -d' ' -f2): $hugo_pages pages (each a 50-row table; $hugo_kb KiB of HTML) in $hugo_s s, peak RSS $((hugo_rss / 1024)) MiB"
awk -v p="$pages" -v s="$prr_s" -v hp="$hugo_pages" -v hs="$hugo_s" -v kb="$prr_kb" \
    -v pk="$html_kb" -v hk="$hugo_kb" 'BEGIN {
	if (s <= 0) s = 0.005; if (hs <= 0) hs = 0.005
	a = p / s; b = hp / hs
	printf "bench-site: prr %.0f pages/s, hugo %.0f pages/s: prr is %.2fx hugo (goal >= 10x); prr peak %.0f MiB (goal < 200 MiB)\n", a, b, a / b, kb / 1024
	printf "bench-site: HTML written: prr %.1f MiB/s, hugo %.1f MiB/s (%.2fx): pages differ in size, bytes compare the work\n", pk / 1024 / s, hk / 1024 / hs, (pk / s) / (hk > 0 ? hk / hs : 1)
}'
