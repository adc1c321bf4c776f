#!/bin/sh
# tidy.sh SITE - every page of a built site is valid HTML by Debian's tidy.
#
# `tidy -q -e` on each *.html: an Error fails the page, and so does every
# Warning except the ones allowed below (each with its reason), which are
# listed but pass.  Output: one "tidy: PAGE:LINE:COL: …" per finding on
# stderr; closing line "tidy: N pages, N errors, N warnings (N allowed)".
#
# Allowed warnings (tidy 5.6 predates parts of today's HTML):
#   trimming empty <X>          an empty element (a bar of a status chart, an
#                               icon span styled by CSS) is deliberate, and
#                               browsers keep it; tidy only means it would drop it.
#   <title> proprietary attribute "id"
#                               SVG's <title> (named by aria-labelledby) taken
#                               for HTML's; static_check.py checks that each
#                               page has exactly one HTML <title>.
#   proprietary attribute "aria-current"
#                               WAI-ARIA 1.1 (2017), unknown to tidy 5.6.
# And WHATWG HTML lets <div> wrap a <dt>/<dd> group in a <dl>, which tidy
# 5.6 rejects: such <div> tags (a <div> right before <dt>, a </div> right
# after </dd>) are removed from the copy tidy reads, so columns on those
# lines are shifted.
set -u
SITE=${1:?usage: tidy.sh SITE}
command -v tidy >/dev/null || { echo "tidy.sh: tidy is missing (apt-get install tidy)" >&2; exit 2; }
out=$(mktemp); page=$(mktemp); trap 'rm -f "$out" "$page"' EXIT
pages=0 errors=0 warnings=0 allowed=0
for f in $(cd "$SITE" && find . -mindepth 1 -name '.*' -prune -o -type f -name '*.html' -print | sed 's|^\./||' | LC_ALL=C sort); do
	pages=$((pages + 1))
	sed -e 's#<div[^>]*>\(<dt[ >]\)#\1#g' -e 's#\(</dd>\)</div>#\1#g' "$SITE/$f" >"$page"
	tidy -q -e --show-warnings yes --gnu-emacs yes "$page" >"$out" 2>&1
	while IFS= read -r line; do
		case $line in
		*": Error: "*|*": error: "*)
			errors=$((errors + 1)); echo "tidy: $f:${line#*:}" >&2 ;;
		*"Warning: trimming empty <"*|*'Warning: <title> proprietary attribute "id"'|*'proprietary attribute "aria-current"')
			allowed=$((allowed + 1)); echo "tidy: (allowed) $f:${line#*:}" ;;
		*": Warning: "*|*": warning: "*)
			warnings=$((warnings + 1)); echo "tidy: $f:${line#*:}" >&2 ;;
		"") ;;
		*"This document has errors"*|*"using HTML Tidy to generate"*) ;;
		*) errors=$((errors + 1)); echo "tidy: $f: $line" >&2 ;;
		esac
	done <"$out"
done
echo "tidy: $pages pages, $errors errors, $warnings warnings ($allowed allowed)"
[ "$pages" -gt 0 ] || { echo "tidy: no page in '$SITE'" >&2; exit 1; }
[ "$errors" = 0 ] && [ "$warnings" = 0 ]
