#!/bin/sh
# render.sh PRR BENCH - the template engine's hot path (make bench-render).
#
# BENCH renders a page-sized template 100,000 times in one process and
# compares with hand-written C in the same run; then prr render's whole
# command (start, load, compile, render, write) is timed on the same kind
# of page for the per-process cost.  Figures only, never assertions.
PRR=$1
BENCH=${2:-build/bench_render}
N=${BENCH_RENDERS:-100000}
"$BENCH" "$N" || exit 1

W=$(mktemp -d /tmp/prr-bench-render-XXXXXX)
trap 'rm -rf "$W"' EXIT INT TERM
{
	printf '{"title": "Q3", "services": ['
	i=0
	while [ $i -lt 50 ]; do
		[ $i -gt 0 ] && printf ','
		printf '{"name": "svc-%d", "checks": [1,2,3,4,5,6,7]}' $i
		i=$((i + 1))
	done
	printf ']}'
} > "$W/data.json"
printf '{{<layout.html.mustache}}{{$title}}{{title}}{{/title}}{{$content}}<table>\n{{#services}}<tr><td>{{name}}</td>{{#checks}}<td>{{.}}</td>{{/checks}}</tr>\n{{/services}}</table>{{/content}}{{/layout.html.mustache}}\n' > "$W/page.mustache"
runs=200
start=$(date +%s.%N)
i=0
while [ $i -lt $runs ]; do
	"$PRR" render "$W/page.mustache" --data "$W/data.json" > /dev/null || exit 1
	i=$((i + 1))
done
end=$(date +%s.%N)
echo "$start $end $runs" | awk '{ t = $2 - $1; printf "render: prr render (whole process) %d runs in %.2f s: %.1f ms each\n", $3, t, t * 1000 / $3 }'
