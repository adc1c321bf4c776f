# t_archive.sh - `prr archive` / `prr build --archive` and `prr verify-archive`,
# on the hand-made site tests/data/site (two reviews, assets reached through
# href, src, url() and @import, one asset no review page uses).

A=$W/archive
S=$W/archive-site
rm -rf "$A" "$S"
cp -R "$ROOT/tests/data/site" "$S"

begin "archive: every review date, with the assets its pages use"
run archive "$S" "$A"
expect_rc 0
expect_err "prr: archive '$A': 2 added, 0 replaced, 0 unchanged"
for f in MANIFEST reviews/2026-03-02/index.html reviews/2026-03-02/report.md \
	assets/site.css assets/print.css assets/icon.svg assets/badge.svg assets/site.js; do
	[ -f "$A/2026-03-02/$f" ] || fail "2026-03-02/$f not archived"
done
[ ! -e "$A/2026-03-02/assets/unused.js" ] || fail "an asset no page uses was archived"
[ ! -e "$A/2026-03-02/index.html" ] || fail "a page outside the review was archived"
[ ! -e "$A/2026-03-02/reviews/2026-04-13" ] || fail "another review leaked into 2026-03-02"
ls -a "$A" | grep -q '\.tmp-' && fail "a temporary folder was left behind"
end

begin "archive: MANIFEST is sorted sha256sum output of every file"
(cd "$A/2026-04-13" && sha256sum -c --strict --quiet MANIFEST) >"$W/out" 2>&1 \
	|| fail "sha256sum -c: $(cat "$W/out")"
[ "$(wc -l < "$A/2026-04-13/MANIFEST")" = 7 ] || fail "MANIFEST has $(wc -l < "$A/2026-04-13/MANIFEST") lines, expected 7"
LC_ALL=C sort -k2 -c "$A/2026-04-13/MANIFEST" 2>/dev/null || fail "MANIFEST not sorted by path"
want=$(cd "$S" && sha256sum reviews/2026-04-13/index.html)
grep -qxF "$want" "$A/2026-04-13/MANIFEST" || fail "MANIFEST lacks '$want'"
end

begin "archive: index.html lists every archived review, newest first"
grep -c '<li>' "$A/index.html" | grep -qx 2 || fail "index.html does not list 2 reviews"
first=$(grep -o 'href="[^"]*index.html"' "$A/index.html" | head -1)
[ "$first" = 'href="2026-04-13/reviews/2026-04-13/index.html"' ] || fail "first link is $first"
grep -qF 'Ledgerline &amp; Co — Review #2</a>' "$A/index.html" || fail "title not taken from the page"
grep -q 'Content-Security-Policy' "$A/index.html" || fail "no CSP in index.html"
end

begin "archive: an archived date's page finds its assets from file://"
(cd "$A/2026-03-02/reviews/2026-03-02" && for u in ../../assets/site.css ../../assets/site.js ../../assets/badge.svg; do
	[ -f "$u" ] || echo "$u"; done) > "$W/out"
expect_no_out
end

begin "archive: the same content again is a no-op"
m=$(ls -l --time-style=full-iso "$A/2026-03-02/MANIFEST" "$A/index.html")
run archive "$S" "$A"
expect_rc 0
expect_err "0 added, 0 replaced, 2 unchanged"
[ "$m" = "$(ls -l --time-style=full-iso "$A/2026-03-02/MANIFEST" "$A/index.html")" ] || fail "files were rewritten"
end

begin "archive: a changed review is refused, naming the date and the first differing file"
printf '<!-- rebuilt -->\n' >> "$S/reviews/2026-03-02/index.html"
printf '/* changed */\n' >> "$S/assets/site.css"
cp "$A/2026-03-02/reviews/2026-03-02/index.html" "$W/before.html"
run archive "$S" "$A"
expect_rc 1
expect_err "prr: archive: 2026-03-02 is already archived in '$A/2026-03-02' with different content: 'assets/site.css' differs (use --force to replace it)"
expect_err "prr: archive: 2026-04-13 is already archived in '$A/2026-04-13' with different content: 'assets/site.css' differs (use --force to replace it)"
cmp -s "$W/before.html" "$A/2026-03-02/reviews/2026-03-02/index.html" || fail "the archived page was overwritten"
end

begin "archive: --date limits the dates; a file new in the site is named"
cp -R "$ROOT/tests/data/site" "$W/site2"
printf 'x\n' > "$W/site2/reviews/2026-03-02/notes.txt"
run archive --date 2026-03-02 "$W/site2" "$A"
expect_rc 1
expect_err "2026-03-02 is already archived in '$A/2026-03-02' with different content: 'reviews/2026-03-02/notes.txt' is new in the site (use --force to replace it)"
grep -q '2026-04-13' "$W/err" && fail "2026-04-13 was looked at"
end

begin "archive: --force replaces a changed date"
run archive --force --date 2026-03-02 "$S" "$A"
expect_rc 0
expect_err "0 added, 1 replaced, 0 unchanged"
grep -q 'rebuilt' "$A/2026-03-02/reviews/2026-03-02/index.html" || fail "not replaced"
(cd "$A/2026-03-02" && sha256sum -c --strict --quiet MANIFEST) >/dev/null 2>&1 || fail "MANIFEST not rewritten"
ls -a "$A" | grep -qE '\.(tmp|old)-' && fail "a temporary folder was left behind"
end

begin "archive: bad dates and missing review folders"
run archive --date 2026-02-30 "$S" "$A"
expect_rc 1
expect_err "prr: archive: '2026-02-30' is not a review date (YYYY-MM-DD)"
run archive --date 2026-01-01 "$S" "$A"
expect_rc 1
expect_err "prr: archive: no review folder '$S/reviews/2026-01-01' in the site"
run archive "$W/no-such-site" "$A"
expect_rc 1
expect_err "prr: archive: cannot open folder '$W/no-such-site/reviews'"
end

begin "verify-archive: a clean archive"
run verify-archive "$A"
expect_rc 0
expect_out "2 archived reviews, 14 files checked: 0 changed, 0 missing, 0 added"
expect_no_err
end

begin "verify-archive: a modified, a missing and an added file"
printf 'tampered\n' >> "$A/2026-03-02/reviews/2026-03-02/report.md"
rm "$A/2026-04-13/assets/badge.svg"
printf 'new\n' > "$A/2026-04-13/assets/extra.js"
run verify-archive "$A"
expect_rc 1
expect_err "prr: $A/2026-03-02/reviews/2026-03-02/report.md: error: changed since it was archived (MANIFEST line 7)"
expect_err "prr: $A/2026-04-13/assets/badge.svg: error: missing (listed in MANIFEST line 1)"
expect_err "prr: $A/2026-04-13/assets/extra.js: error: added since it was archived (not in MANIFEST)"
expect_out "2 archived reviews, 13 files checked: 1 changed, 1 missing, 1 added"
[ "$(wc -l < "$W/err")" = 3 ] || fail "expected exactly 3 problems: $(cat "$W/err")"
end

begin "verify-archive: a missing or malformed MANIFEST"
mv "$A/2026-03-02/MANIFEST" "$W/MANIFEST.saved"
printf 'not a manifest line\n' > "$A/2026-04-13/MANIFEST"
run verify-archive "$A"
expect_rc 1
expect_err "prr: $A/2026-03-02/MANIFEST: error: missing"
expect_err "prr: $A/2026-04-13/MANIFEST:1: error: malformed line (expected 64 hex digits, two spaces and a path)"
end

begin "verify-archive: not an archive"
mkdir -p "$W/empty-archive"
run verify-archive "$W/empty-archive"
expect_rc 1
expect_err "prr: verify-archive: no archived review (YYYY-MM-DD folder) in '$W/empty-archive'"
run verify-archive "$W/no-such-archive"
expect_rc 1
expect_err "prr: $W/no-such-archive: error: cannot open folder: No such file or directory"
run verify-archive
expect_rc 2
end

begin "build --archive: every review of the built site, then a no-op"
rm -rf "$W/ba-site" "$W/ba"
run build "$SAMPLES/reviews" -o "$W/ba-site" --archive "$W/ba"
expect_rc 0
for d in 2026-03-02 2026-04-13 2026-05-25; do
	[ -f "$W/ba/$d/reviews/$d/index.html" ] || fail "$d not archived"
	[ -f "$W/ba/$d/assets/style.css" ] || fail "$d: the stylesheet its page uses was not archived"
done
run build "$SAMPLES/reviews" -o "$W/ba-site" --archive "$W/ba"
expect_rc 0
run verify-archive "$W/ba"
expect_rc 0
expect_out "3 archived reviews"
end

begin "build --archive: a changed archived date is refused (exit 1), --force replaces it"
printf '\n' >> "$W/ba/2026-04-13/reviews/2026-04-13/report.md"
run build "$SAMPLES/reviews" -o "$W/ba-site" --archive "$W/ba"
expect_rc 1
expect_err "prr: build: archive: 2026-04-13 is already archived in '$W/ba/2026-04-13' with different content: 'reviews/2026-04-13/report.md' differs (use --force to replace it)"
run build "$SAMPLES/reviews" -o "$W/ba-site" --archive "$W/ba" --force
expect_rc 0
run verify-archive "$W/ba"
expect_rc 0
end
