# t_archive.sh - `prr archive` / `prr build --archive` and `prr verify-archive`,
# on the samples (three reviews): each review's pages made for the archive,
# with the assets they use and pages.json, every link resolving inside the
# archive (tests/e2e/archive_links.py), or to the site with --base-url.

A=$W/archive
R=$W/archive-reviews
rm -rf "$A" "$R"
cp -R "$SAMPLES/reviews" "$R"

begin "archive: every review, with the assets its pages use and their list"
run archive "$R" "$A"
expect_rc 0
expect_err "prr: archive '$A': 3 added, 0 replaced, 0 unchanged"
for f in MANIFEST pages.json reviews/2026-03-02/index.html reviews/2026-03-02/report.md \
	reviews/2026-03-02/components/postgres.html assets/style.css assets/sort.js; do
	[ -f "$A/2026-03-02/$f" ] || fail "2026-03-02/$f not archived"
done
[ ! -e "$A/2026-03-02/index.html" ] || fail "a page outside the review was archived"
[ ! -e "$A/2026-03-02/components" ] || fail "the site's component pages were archived"
[ ! -e "$A/2026-04-13/reviews/2026-03-02" ] || fail "another review leaked into 2026-04-13"
ls -a "$A" | grep -q '\.tmp-' && fail "a temporary folder was left behind"
python3 - "$A/2026-04-13/pages.json" <<'PY' || fail "pages.json (above)"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["format"] == "prr-pages/1", d["format"]
kinds = {}
for p in d["pages"]:
    kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    assert p["date"] == "2026-04-13", p
    assert p["project"] == "Ledgerline Payments API", p
assert kinds == {"review": 1, "report": 1, "review-component": 7}, kinds
paths = [p["path"] for p in d["pages"]]
assert paths == sorted(paths), paths
review = [p for p in d["pages"] if p["kind"] == "review"][0]
assert review["title"] == "Review of 2026-04-13", review
assert review["assets"] == ["assets/style.css", "assets/sort.js"], review
PY
end

begin "archive: MANIFEST is sorted sha256sum output of every file"
(cd "$A/2026-04-13" && sha256sum -c --strict --quiet MANIFEST) >"$W/out" 2>&1 \
	|| fail "sha256sum -c: $(cat "$W/out")"
n=$(cd "$A/2026-04-13" && find . -type f ! -name MANIFEST | wc -l)
[ "$(wc -l < "$A/2026-04-13/MANIFEST")" = "$n" ] || fail "MANIFEST has $(wc -l < "$A/2026-04-13/MANIFEST") lines for $n files"
[ "$n" = 12 ] || fail "2026-04-13 holds $n files, expected 12 (7 + 1 pages, report.md, 2 assets, pages.json)"
LC_ALL=C sort -k2 -c "$A/2026-04-13/MANIFEST" 2>/dev/null || fail "MANIFEST not sorted by path"
want=$(cd "$A/2026-04-13" && sha256sum pages.json)
grep -qxF "$want" "$A/2026-04-13/MANIFEST" || fail "MANIFEST lacks '$want'"
end

begin "archive: index.html lists every archived review, newest first, named by its pages.json"
grep -c '<li>' "$A/index.html" | grep -qx 3 || fail "index.html does not list 3 reviews"
first=$(grep -o 'href="[^"]*index.html"' "$A/index.html" | head -1)
[ "$first" = 'href="2026-05-25/reviews/2026-05-25/index.html"' ] || fail "first link is $first"
grep -qF '2026-04-13</time> Review of 2026-04-13 · Ledgerline Payments API</a>' "$A/index.html" || fail "title not taken from pages.json"
grep -q 'Content-Security-Policy' "$A/index.html" || fail "no CSP in index.html"
end

begin "archive: every link of every archived page resolves inside the archive"
python3 "$ROOT/tests/e2e/archive_links.py" "$A" >"$W/out" 2>"$W/err" || fail "$(head -c 600 "$W/err")"
expect_out "24 pages"
expect_out "0 to the site"
p=$A/2026-04-13/reviews/2026-04-13/index.html
grep -qF '<a href="../../../index.html">Archived reviews</a>' "$p" || fail "no link to the archive's index"
grep -qF 'class="archived-note"' "$p" || fail "the page does not say it is an archived copy"
grep -qF '<strong aria-current="page">' "$p" && fail "the review is in its own list of earlier reviews"
grep -qF '<li>2026-03-02 · ' "$p" || fail "the earlier review is not listed (unlinked)"
grep -q 'waves.html\|history.html\|timeline.html\|data.json' "$A/2026-04-13/reviews/2026-04-13/components/postgres.html" \
	&& fail "an archived component page links the site's pages"
end

begin "archive: the same content again is a no-op"
m=$(ls -l --time-style=full-iso "$A/2026-03-02/MANIFEST" "$A/index.html")
run archive "$R" "$A"
expect_rc 0
expect_err "0 added, 0 replaced, 3 unchanged"
[ "$m" = "$(ls -l --time-style=full-iso "$A/2026-03-02/MANIFEST" "$A/index.html")" ] || fail "files were rewritten"
end

begin "archive: a changed review is refused, naming the date and the first differing file"
sed 's/Review #3 (go\/no-go)/Review #3 (go\/no-go, amended)/' "$SAMPLES/reviews/2026-05-25.json" > "$R/2026-05-25.json"
cp "$A/2026-05-25/reviews/2026-05-25/index.html" "$W/before.html"
run archive "$R" "$A"
expect_rc 1
expect_err "prr: archive: 2026-05-25 is already archived in '$A/2026-05-25' with different content: 'reviews/2026-05-25/index.html' differs (use --force to replace it)"
grep -q '2026-04-13\|2026-03-02' "$W/err" && fail "an unchanged review was refused: $(cat "$W/err")"
cmp -s "$W/before.html" "$A/2026-05-25/reviews/2026-05-25/index.html" || fail "the archived page was overwritten"
end

begin "archive: --review limits the dates; an unknown or bad date is refused"
run archive --review 2026-03-02 "$R" "$A"
expect_rc 0
expect_err "0 added, 0 replaced, 1 unchanged"
run archive --review 2026-01-01 "$R" "$A"
expect_rc 1
expect_err "prr: archive: no review is dated 2026-01-01"
run archive --review 2026-02-30 "$R" "$A"
expect_rc 2
expect_err "--review wants a date YYYY-MM-DD, not '2026-02-30'"
end

begin "archive: --force replaces a changed date"
run archive --force --review 2026-05-25 "$R" "$A"
expect_rc 0
expect_err "0 added, 1 replaced, 0 unchanged"
grep -q 'amended' "$A/2026-05-25/reviews/2026-05-25/index.html" || fail "not replaced"
(cd "$A/2026-05-25" && sha256sum -c --strict --quiet MANIFEST) >/dev/null 2>&1 || fail "MANIFEST not rewritten"
ls -a "$A" | grep -qE '\.(tmp|old)-' && fail "a temporary folder was left behind"
end

begin "archive: a built site is not read as reviews"
run build "$R" -o "$W/archive-site"
expect_rc 0
run archive "$W/archive-site" "$A"
expect_rc 2
expect_err "prr: archive: '$W/archive-site' is a site prr built; prr archive reads the reviews"
run archive "$W/no-such-reviews" "$A"
expect_rc 1
expect_err "$W/no-such-reviews"
end

begin "verify-archive: a clean archive"
run verify-archive "$A"
expect_rc 0
expect_out "3 archived reviews, 35 files checked: 0 changed, 0 missing, 0 added"
expect_no_err
end

begin "verify-archive: a modified, a missing and an added file"
printf 'tampered\n' >> "$A/2026-03-02/reviews/2026-03-02/report.md"
rm "$A/2026-04-13/assets/sort.js"
printf 'new\n' > "$A/2026-04-13/assets/extra.js"
run verify-archive "$A"
expect_rc 1
line=$(grep -n '  reviews/2026-03-02/report.md$' "$A/2026-03-02/MANIFEST" | cut -d: -f1)
expect_err "prr: $A/2026-03-02/reviews/2026-03-02/report.md: error: changed since it was archived (MANIFEST line $line)"
expect_err "prr: $A/2026-04-13/assets/sort.js: error: missing (listed in MANIFEST line 1)"
expect_err "prr: $A/2026-04-13/assets/extra.js: error: added since it was archived (not in MANIFEST)"
expect_out "3 archived reviews, 34 files checked: 1 changed, 1 missing, 1 added"
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

begin "build --archive --base-url: archived pages link the published site, every other link resolves"
rm -rf "$W/bu-site" "$W/bu"
run build "$SAMPLES/reviews" -o "$W/bu-site" --base-url https://prr.example/ledger/ --archive "$W/bu"
expect_rc 0
python3 "$ROOT/tests/e2e/archive_links.py" "$W/bu" https://prr.example/ledger/ >"$W/out" 2>"$W/err" || fail "$(head -c 600 "$W/err")"
p=$W/bu/2026-04-13/reviews/2026-04-13/index.html
grep -qF '<a href="https://prr.example/ledger/waves.html">Plan vs actual</a>' "$p" || fail "no link to the site's plan"
grep -qF '<a class="date" href="https://prr.example/ledger/reviews/2026-03-02/index.html">2026-03-02</a>' "$p" || fail "no link to the earlier review on the site"
grep -qF 'href="https://prr.example/ledger/components/postgres.html"' "$W/bu/2026-04-13/reviews/2026-04-13/components/postgres.html" \
	|| fail "no link to the component across the reviews"
# the site's own pages keep their relative links
grep -qF '<a href="../../waves.html">Plan vs actual</a>' "$W/bu-site/reviews/2026-04-13/index.html" || fail "the site's review page lost its relative link"
end

begin "build --archive: every review of the built site, then a no-op"
rm -rf "$W/ba-site" "$W/ba"
run build "$SAMPLES/reviews" -o "$W/ba-site" --archive "$W/ba"
expect_rc 0
for d in 2026-03-02 2026-04-13 2026-05-25; do
	[ -f "$W/ba/$d/reviews/$d/index.html" ] || fail "$d not archived"
	[ -f "$W/ba/$d/assets/style.css" ] || fail "$d: the stylesheet its page uses was not archived"
done
python3 "$ROOT/tests/e2e/archive_links.py" "$W/ba" >"$W/out" 2>"$W/err" || fail "$(head -c 600 "$W/err")"
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

begin "build --archive: a new review leaves the archived older ones as they are"
rm -rf "$W/grow" "$W/grow-site" "$W/grow-ar"
mkdir -p "$W/grow"
cp "$SAMPLES/reviews/prr.json" "$SAMPLES/reviews/2026-03-02.json" "$SAMPLES/reviews/2026-04-13.json" "$W/grow/"
run build "$W/grow" -o "$W/grow-site" --archive "$W/grow-ar"
expect_rc 0
cp "$W/grow-ar/2026-03-02/MANIFEST" "$W/grow-m1"
cp "$W/grow-ar/2026-04-13/MANIFEST" "$W/grow-m2"
cp "$SAMPLES/reviews/2026-05-25.json" "$W/grow/"
run build "$W/grow" -o "$W/grow-site" --archive "$W/grow-ar"
expect_rc 0
cmp -s "$W/grow-m1" "$W/grow-ar/2026-03-02/MANIFEST" || fail "2026-03-02's MANIFEST changed"
cmp -s "$W/grow-m2" "$W/grow-ar/2026-04-13/MANIFEST" || fail "2026-04-13's MANIFEST changed"
[ -f "$W/grow-ar/2026-05-25/reviews/2026-05-25/index.html" ] || fail "2026-05-25 not archived"
grep -q '2026-05-25' "$W/grow-ar/2026-04-13/reviews/2026-04-13/index.html" && fail "an older review's page names a later review"
grep -q '2026-05-25' "$W/grow-ar/2026-04-13/reviews/2026-04-13/report.md" && fail "an older review's report names a later review"
run verify-archive "$W/grow-ar"
expect_rc 0
expect_out "3 archived reviews"
end

# DIR/index.html names each archived review from its pages.json: a date
# left as it is whose pages.json is broken or gone is refused by name
# before anything is written, never silently listed by its key.
begin "archive: a broken or lost pages.json of a date left as it is is refused (exit 1), nothing written"
rm -rf "$W/pj"
run archive "$R" "$W/pj" --review 2026-03-02 --review 2026-04-13
expect_rc 0
cp "$W/pj/index.html" "$W/pj-index"
cp "$W/pj/MANIFEST" "$W/pj-manifest"
printf '{"format":"prr-pages/1","pages":[' > "$W/pj/2026-03-02/pages.json"
run archive "$R" "$W/pj" --review 2026-05-25
expect_rc 1
expect_err "$W/pj/2026-03-02/pages.json: not JSON"
expect_err "archive that date again with \`prr archive REVIEWS $W/pj --review 2026-03-02 --force\`"
[ ! -e "$W/pj/2026-05-25" ] || fail "2026-05-25 was archived though the refusal"
cmp -s "$W/pj-index" "$W/pj/index.html" || fail "index.html was rewritten"
cmp -s "$W/pj-manifest" "$W/pj/MANIFEST" || fail "MANIFEST was rewritten"
printf '{"format":"prr-pages/1","pages":[\n{"kind":"report","path":"x/report.md","title":"x","assets":[]}\n]}\n' > "$W/pj/2026-03-02/pages.json"
run archive "$R" "$W/pj" --review 2026-05-25
expect_rc 1
expect_err "$W/pj/2026-03-02/pages.json: lists no review page"
rm "$W/pj/2026-03-02/pages.json"
run archive "$R" "$W/pj" --review 2026-05-25
expect_rc 1
expect_err "$W/pj/2026-03-02/pages.json: missing, though $W/pj/2026-03-02/MANIFEST lists it"
# the way out the message gives
run archive "$R" "$W/pj" --review 2026-03-02 --force
expect_rc 0
run archive "$R" "$W/pj" --review 2026-05-25
expect_rc 0
grep -qF '2026-03-02</time> Review of 2026-03-02 · Ledgerline Payments API</a>' "$W/pj/index.html" ||
	fail "2026-03-02 is not listed from its pages.json again"
run verify-archive "$W/pj"
expect_rc 0
end
