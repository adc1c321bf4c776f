#!/bin/sh
# tidy.sh SITE - every page of a built site is valid HTML by Debian's tidy.
#
# `tidy -q -e` on each *.html: an Error fails the page, and so does every
# Warning except the ones allowed below (each with its reason), which are
# listed but pass.  Output: one "tidy: PAGE:LINE:COL: …" per finding on
# stderr; closing line "tidy: N pages, N errors, N warnings (N allowed)".
#
# Allowed warnings:
#   "trimming empty <X>"  an empty element (a bar of a status chart, an
#                         icon span styled by CSS) is deliberate, and
#                         browsers keep it; tidy only means it would drop it.
set -u
SITE=${1:?usage: tidy.sh SITE}
command -v tidy >/dev/null || { echo "tidy.sh: tidy is missing (apt-get install tidy)" >&2; exit 2; }
out=$(mktemp); trap 'rm -f "$out"' EXIT
pages=0 errors=0 warnings=0 allowed=0
for f in $(cd "$SITE" && find . -mindepth 1 -name '.*' -prune -o -type f -name '*.html' -print | sed 's|^\./||' | LC_ALL=C sort); do
	pages=$((pages + 1))
	tidy -q -e --show-warnings yes --gnu-emacs yes "$SITE/$f" >"$out" 2>&1
	while IFS= read -r line; do
		case $line in
		*": Error: "*|*": error: "*)
			errors=$((errors + 1)); echo "tidy: $f:${line#*:}" >&2 ;;
		*"Warning: trimming empty <"*)
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
