# t_build.sh - `prr build` (the site) and `prr report --format md`.

B=$W/build
mkdir -p "$B"

begin "build: the samples give every page, prints the index path"
run build -o "$B/site" "$SAMPLES/reviews"
expect_rc 0
expect_out "$B/site/index.html"
for f in index.html waves.html timeline.html history.html data.json badge.svg \
	assets/style.css assets/sort.js components/api-gateway.html \
	reviews/2026-03-02/index.html reviews/2026-05-25/report.md; do
	[ -s "$B/site/$f" ] || fail "missing $f"
done
grep -q "Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'\"" "$B/site/index.html" || fail "no CSP"
grep -q '<html lang="en">' "$B/site/reviews/2026-04-13/index.html" || fail "no lang"
grep -q 'href="../../assets/style.css"' "$B/site/reviews/2026-04-13/index.html" || fail "review page root is not ../../"
grep -q 'href="../index.html"' "$B/site/components/postgres.html" || fail "component page root"
grep -qE '(src|href)="(https?:)?//' "$B/site/index.html" && fail "an external reference in index.html"
grep -q '<title>readiness: partial (prr: 96% ready)</title>' "$B/site/badge.svg" || fail "badge: $(head -c 300 "$B/site/badge.svg")"
grep -q '"method"' "$B/site/data.json" || fail "data.json has no method"
end

begin "build: data.json carries the findings themselves, waived ones marked"
python3 - "$B/site/data.json" <<'PY' || fail "data.json findings (above)"
import json, sys
d = json.load(open(sys.argv[1]))
def lists(o):
    if isinstance(o, dict):
        if "list" in o and "open" in o:
            yield o
        for v in o.values():
            yield from lists(v)
    elif isinstance(o, list):
        for v in o:
            yield from lists(v)
latest = [f for f in lists(d)][-1]
ids = {x["id"]: x for x in latest["list"]}
assert set(ids) == {"F-005", "F-008", "F-009", "F-010", "F-011"}, ids
assert ids["F-010"]["waived"] and not ids["F-008"]["waived"], ids
assert latest["open"] == sum(not x["waived"] for x in latest["list"]), latest
assert ids["F-008"]["severity"] == "high" and ids["F-008"]["line"] > 0, ids
PY
end

begin "build: pages.json lists every page and report of the site, with what it is"
python3 - "$B/site" <<'PY' || fail "pages.json (above)"
import json, os, sys
site = sys.argv[1]
d = json.load(open(os.path.join(site, "pages.json")))
assert d["format"] == "prr-pages/1", d
files = sorted(os.path.relpath(os.path.join(f, n), site)
               for f, _, ns in os.walk(site) for n in ns
               if n.endswith(".html") or n == "report.md")
paths = [p["path"] for p in d["pages"]]
assert paths == sorted(paths), "not sorted by path"
assert paths == files, set(paths) ^ set(files)
by = {p["path"]: p for p in d["pages"]}
want = {
    "index.html": ("overview", None, "Overview"),
    "waves.html": ("waves", None, "Plan vs actual"),
    "timeline.html": ("timeline", None, "Timeline"),
    "history.html": ("history", None, "History"),
    "components/postgres.html": ("component", None, "Postgres"),
    "reviews/2026-03-02/index.html": ("review", "2026-03-02", "Review of 2026-03-02"),
    "reviews/2026-03-02/report.md": ("report", "2026-03-02", "Review of 2026-03-02"),
    "reviews/2026-03-02/components/postgres.html":
        ("review-component", "2026-03-02", "Postgres in the review of 2026-03-02"),
}
for path, (kind, date, title) in want.items():
    p = by[path]
    assert (p["kind"], p.get("date"), p["title"]) == (kind, date, title), p
    assert p["project"] == "Ledgerline Payments API", p
for p in d["pages"]:
    html = p["path"].endswith(".html")
    # title: the page's own, as its <title> begins; a report's is its
    # review page's
    page = p["path"] if html else p["path"][:-len("report.md")] + "index.html"
    head = open(os.path.join(site, page), encoding="utf-8").read()
    t = head[head.index("<title>") + 7:head.index("</title>")]
    assert t.startswith(p["title"] + " · "), (p["path"], p["title"], t)
    assert p["assets"] == (["assets/style.css", "assets/sort.js"] if html else []), p
    for a in p["assets"]:
        assert os.path.isfile(os.path.join(site, a)), a
        text = open(os.path.join(site, p["path"]), encoding="utf-8").read()
        rel = os.path.relpath(os.path.join(site, a), os.path.dirname(os.path.join(site, p["path"])))
        assert f'"{rel}"' in text or f'"./{rel}"' in text, (p["path"], rel)
PY
end

begin "build: the same inputs give a byte-identical site"
run build -o "$B/again" "$SAMPLES/reviews"
expect_rc 0
diff -r "$B/site" "$B/again" >/dev/null || fail "two builds differ: $(diff -r "$B/site" "$B/again" | head -5)"
SOURCE_DATE_EPOCH=1767225600 "$PRR" build -o "$B/dated" "$SAMPLES/reviews" >/dev/null 2>&1
grep -q "built 2026-01-01" "$B/dated/index.html" || fail "SOURCE_DATE_EPOCH not printed"
end

begin "build: one page per component per review, linked from its scorecard"
P=$B/site/reviews/2026-03-02
[ -s "$P/components/api-gateway.html" ] || fail "no reviews/2026-03-02/components/api-gateway.html"
grep -q '<a href="components/api-gateway.html">API Gateway</a>' "$P/index.html" || fail "the scorecard row does not link the review's component page"
grep -q '<a href="../index.html">Review of 2026-03-02</a>' "$P/components/api-gateway.html" || fail "no link back to the review"
grep -q 'href="../../../components/api-gateway.html"' "$P/components/api-gateway.html" || fail "no link to the component across reviews"
grep -q '148/156' "$P/components/api-gateway.html" || fail "passed/total missing"
grep -q 'Fix the refund contract fixtures' "$P/components/api-gateway.html" || fail "the action is missing"
grep -q '<td class="cell st-fail"[^>]*>fail' "$P/components/api-gateway.html" && grep -q 'td.st-fail::before { content: "\\2717"' "$B/site/assets/style.css" || fail "status in words and symbol missing"
n=$(ls "$B/site/reviews/"*/components/*.html | wc -l)
[ "$n" = 20 ] || fail "expected 20 review component pages (6 + 7 + 7), found $n"
end

begin "build: the site is the same whatever the number of threads (PRR_JOBS)"
for j in 1 3; do
	rm -rf "$B/jobs$j"
	PRR_JOBS=$j "$PRR" build -o "$B/jobs$j" "$SAMPLES/reviews" >/dev/null 2>&1 || fail "PRR_JOBS=$j failed"
done
diff -r "$B/jobs1" "$B/jobs3" >/dev/null || fail "PRR_JOBS=1 and 3 differ: $(diff -r "$B/jobs1" "$B/jobs3" | head -5)"
diff -r "$B/site" "$B/jobs1" >/dev/null || fail "PRR_JOBS=1 differs from the default"
end

# A review whose text tries to inject markup.
mkdir -p "$B/evil"
cat > "$B/evil/2026-01-05.json" <<'JSON'
{
  "schema": "prr/review/v1",
  "project": "Evil <script>alert(1)</script>",
  "title": "\"><img src=x onerror=alert(2)>",
  "date": "2026-01-05",
  "status": {"text": "<b>bold</b>", "level": "partial"},
  "components": [
    {"name": "<svg onload=alert(3)>", "checks": [{"category": "T\"ests", "status": "fail", "note": "\" onmouseover=\"alert(4)"}]}
  ],
  "findings": [{"id": "F-1", "severity": "critical", "title": "<iframe src=javascript:alert(5)>"}],
  "sections": [
    {"heading": "Notes <i>", "level": 2, "markdown": "[a](javascript:alert(6)) [b](JaVaScRiPt:alert(7)) [c](jav&#x61;script:alert(8)) [d](data:text/html,x) ![e](https://evil.example/x.png)\n\n<script>alert(9)</script>\n\n[ok](https://example.com)"}
  ]
}
JSON

begin "build: review text is escaped, unsafe links are dropped"
run build -o "$B/evil-site" "$B/evil"
expect_rc 0
for f in $(find "$B/evil-site" -name '*.html'); do
	grep -qiE '<script>alert|<img src=x|<svg onload|<iframe|onmouseover="|href="(javascript|data):|<b>bold' "$f" \
		&& fail "unescaped markup in $f: $(grep -oiE '.{40}(<script>alert|<img src=x|<svg onload|<iframe|onmouseover="|href="(javascript|data):|<b>bold).{20}' "$f" | head -2)"
	grep -q 'evil.example' "$f" && grep -q 'src="https://evil' "$f" && fail "external image kept in $f"
done
grep -q 'href="https://example.com"' "$B/evil-site/reviews/2026-01-05/index.html" || fail "a safe link was dropped"
grep -q '&lt;script&gt;alert(9)' "$B/evil-site/reviews/2026-01-05/index.html" || fail "raw HTML not shown as text"
end

begin "build: a failing build (broken template) leaves the old site byte-identical"
cp -R "$B/site" "$B/site.copy"
mkdir -p "$B/tpl"
printf '{{<layout}}{{$content}}{{#headline}}unclosed{{/content}}{{/layout}}\n' > "$B/tpl/index.html.mustache"
run build -o "$B/site" --templates "$B/tpl" "$SAMPLES/reviews"
expect_rc 1
expect_err "index.html.mustache"
expect_err "was left as it was"
diff -r "$B/site" "$B/site.copy" >/dev/null || fail "the old site changed"
ls -d "$B"/site.prr-* >/dev/null 2>&1 && fail "a temporary folder was left"
# a template every thread renders is reported once
printf '{{#broken}}\n' > "$B/tpl/review-component.html.mustache"
rm "$B/tpl/index.html.mustache"
PRR_JOBS=3 run build -o "$B/site" --templates "$B/tpl" "$SAMPLES/reviews"
expect_rc 1
[ "$(grep -c "unclosed section 'broken'" "$W/err")" = 1 ] || fail "the template error is not reported exactly once: $(cat "$W/err")"
rm "$B/tpl/review-component.html.mustache"
end

begin "build: a build killed with kill -9 leaves the old site whole; the next one cleans up"
PRR_TEST_BUILD_DELAY=100 "$PRR" build -o "$B/site" "$SAMPLES/reviews" >/dev/null 2>&1 &
pid=$!
sleep 1
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
diff -r "$B/site" "$B/site.copy" >/dev/null || fail "the old site changed"
ls -d "$B"/site.prr-tmp-* "$B"/site.prr-lock-* >/dev/null 2>&1 || fail "expected the killed build's temporary folder"
run build -o "$B/site" "$SAMPLES/reviews"
expect_rc 0
ls -d "$B"/site.prr-* >/dev/null 2>&1 && fail "leftovers not cleaned: $(ls -d "$B"/site.*)"
diff -r "$B/site" "$B/site.copy" >/dev/null || fail "the rebuilt site differs"
end

begin "build: refuses to replace a folder that is not a prr site"
mkdir -p "$B/home"
echo keep > "$B/home/notes.txt"
run build -o "$B/home" "$SAMPLES/reviews"
expect_rc 3
expect_err "is not a prr site"
[ "$(cat "$B/home/notes.txt")" = keep ] || fail "notes.txt changed"
end

# -o in folders that do not exist yet: made as mkdir -p; the ones prr
# made are gone again when the build puts nothing in place.
begin "build: -o under missing folders makes them, and removes them again on a refusal"
rm -rf "$B/deep" "$B/gone" "$B/keep" "$B/afile"
run build -o "$B/deep/er/site" "$SAMPLES/reviews"
expect_rc 0
[ -f "$B/deep/er/site/index.html" ] || fail "no site in $B/deep/er/site"
mkdir -p "$B/keep" "$B/not-an-archive"
echo mine > "$B/keep/notes.txt"
echo mine > "$B/not-an-archive/notes.txt"
run build -o "$B/keep/new/site" --archive "$B/not-an-archive" "$SAMPLES/reviews"
expect_rc 1
[ ! -e "$B/keep/new" ] || fail "the folder prr made for a site it did not put in place is left"
[ "$(cat "$B/keep/notes.txt")" = mine ] || fail "a file of the user's beside it changed"
run build -o "$B/gone/a/b/site" --archive "$B/not-an-archive" "$SAMPLES/reviews"
expect_rc 1
[ ! -e "$B/gone" ] || fail "folders prr made are left: $(find "$B/gone")"
echo text > "$B/afile"
run build -o "$B/afile/site" "$SAMPLES/reviews"
expect_rc 3
expect_err "cannot create"
[ "$(cat "$B/afile")" = text ] || fail "the file in the way changed"
end

begin "build: usage errors"
run build --base-url 'javascript:alert(1)' "$SAMPLES/reviews"
expect_rc 2
expect_err "--base-url wants an http or https URL"
run build --templates "$B/no-such" "$SAMPLES/reviews"
expect_rc 2
SOURCE_DATE_EPOCH=yesterday "$PRR" build -o "$B/x" "$SAMPLES/reviews" >"$W/out" 2>"$W/err"; rc=$?
expect_rc 2
end

begin "report: --format md for a release PR"
run report --format md --base-url https://ops.example.com/prr "$SAMPLES/reviews"
expect_rc 0
expect_out "### Production readiness: Ledgerline Payments API"
expect_out "readiness **96%** (▲"
expect_out "#### Regressions since 2026-04-13"
expect_out "[The full review](https://ops.example.com/prr/reviews/2026-05-25/)"
expect_out "<details><summary>Components (7)</summary>"
run report --format md --against 2026-03-02 "$SAMPLES/reviews"
expect_rc 0
expect_out "since 2026-03-02"
end

# Of several projects each has its folder of the site: a report's link
# to its review's page goes there, from the site's report.md and from
# `prr report`.
mkdir -p "$B/two/billing" "$B/two/ledger"
for p in billing ledger; do
	printf '{"project": "%s"}\n' "$p" > "$B/two/$p/prr.json"
	printf '{"schema": "prr/review/v1", "date": "2026-02-0%s", "components": [{"name": "Core", "checks": [{"category": "Tests", "status": "pass"}]}]}\n' \
		"$([ $p = billing ] && echo 1 || echo 2)" > "$B/two/$p/review.json"
done
begin "build: report.md of several projects links its page in the project's folder"
run build --base-url https://ops.example.com/prr/ -o "$B/two-site" "$B/two"
expect_rc 0
for pd in billing/reviews/2026-02-01 ledger/reviews/2026-02-02; do
	[ -f "$B/two-site/$pd/index.html" ] || fail "no page $pd/index.html"
	grep -qF "[The full review](https://ops.example.com/prr/$pd/)" "$B/two-site/$pd/report.md" ||
		fail "$pd/report.md does not link https://ops.example.com/prr/$pd/: $(grep -F 'The full review' "$B/two-site/$pd/report.md")"
done
run report --format md --base-url https://ops.example.com/prr "$B/two"
expect_rc 0
expect_out "[The full review](https://ops.example.com/prr/billing/reviews/2026-02-01/)"
expect_out "[The full review](https://ops.example.com/prr/ledger/reviews/2026-02-02/)"
end

begin "report: 2,000 components stay under 65,536 characters and say what was folded"
mkdir -p "$B/big"
awk 'BEGIN {
	printf "{\"schema\": \"prr/review/v1\", \"project\": \"Big\", \"date\": \"2026-02-01\", \"components\": [";
	for (i = 0; i < 2000; i++)
		printf "%s{\"name\": \"Component number %04d with a long descriptive name\", \"checks\": [{\"category\": \"Tests\", \"status\": \"fail\"}, {\"category\": \"Docs\", \"status\": \"pass\"}]}", (i ? "," : ""), i;
	printf "], \"findings\": [";
	for (i = 0; i < 300; i++)
		printf "%s{\"id\": \"F-%d\", \"severity\": \"critical\", \"title\": \"Critical finding number %d with a long title\"}", (i ? "," : ""), i, i;
	print "]}"
}' > "$B/big/2026-02-01.json"
run report --format md "$B/big"
expect_rc 0
n=$(wc -c < "$W/out")
[ "$n" -lt 65536 ] || fail "report is $n bytes"
expect_out "more components"
expect_out "Folded to stay under the 65,536-character limit"
end

begin "build: a later review never renames an earlier review's component pages"
S2=$B/slugs
rm -rf "$S2" && mkdir -p "$S2/in"
cat > "$S2/in/2026-01-05.json" <<'JSON'
{"schema": "prr/review/v1", "project": "Slugs", "date": "2026-01-05",
 "components": [{"name": "A.B", "checks": [{"category": "Testing", "status": "pass"}]}]}
JSON
run build -o "$S2/one" "$S2/in"
expect_rc 0
cat > "$S2/in/2026-02-02.json" <<'JSON'
{"schema": "prr/review/v1", "project": "Slugs", "date": "2026-02-02",
 "components": [{"name": "A B", "checks": [{"category": "Testing", "status": "fail"}]},
                {"name": "A.B", "checks": [{"category": "Testing", "status": "pass"}]}]}
JSON
run build -o "$S2/two" "$S2/in"
expect_rc 0
cmp -s "$S2/one/reviews/2026-01-05/index.html" "$S2/two/reviews/2026-01-05/index.html" || fail "the earlier review's page changed: $(diff "$S2/one/reviews/2026-01-05/index.html" "$S2/two/reviews/2026-01-05/index.html" | head -6)"
cmp -s "$S2/one/reviews/2026-01-05/components/a-b.html" "$S2/two/reviews/2026-01-05/components/a-b.html" || fail "the earlier review's component page changed"
grep -q 'href="components/a-b-2.html">A B<' "$S2/two/reviews/2026-02-02/index.html" || fail "the new name did not get the next slug"
end

begin "build: the headline holds both voices and the checks it counts"
mkdir -p "$B/voices/reviews"
printf '# Review\n\nDate: 2026-02-01\n\n**Verdict:** NOT production ready\n\n| Category | Status |\n|---|---|\n| Tests | PASS |\n| Backups | PASS |\n| Failover | PENDING |\n| Alerts | frobbed |\n' > "$B/voices/reviews/review.md"
run build -o "$B/voices/site" "$B/voices/reviews"
expect_rc 0
grep -q "The document's verdict: <strong>Not ready</strong>" "$B/voices/site/index.html" || fail "no stated verdict in the headline"
grep -q "prr computes <strong>Partially ready</strong>" "$B/voices/site/index.html" || fail "no computed level beside it"
grep -q 'class="tag disagree">disagreement' "$B/voices/site/index.html" || fail "no disagreement mark"
grep -q "2 of 3 checks pass" "$B/voices/site/index.html" || fail "checks not counted"
grep -q "1 pending" "$B/voices/site/index.html" || fail "pending not shown"
grep -q "1 of unknown status, not counted" "$B/voices/site/index.html" || fail "unknown not shown"
run report --format md "$B/voices/reviews"
expect_rc 0
expect_out "**Disagreement:** the document's verdict is Not ready; prr computes Partially ready"
end

begin "build: a verdict resting on a figure found false is marked in the headline (round 26's site)"
mkdir -p "$B/basis/reviews"
printf '# OTA\n\nDate: 2026-01-20\n\n## TL;DR\n\nAll 4 pre-flight checks pass and we are **ready** to start.\n\n## Pre-flight & boot checks\n\n- [x] One\n- [x] Two\n- [ ] Three\n- [x] Four\n' > "$B/basis/reviews/review.md"
run build -o "$B/basis/site" "$B/basis/reviews"
expect_rc 0
grep -q "The document's verdict: <strong>Ready</strong>" "$B/basis/site/index.html" || fail "no stated verdict in the headline"
grep -qF "The verdict rests on a figure prr finds false: checks: 4 of 4, in &#39;Pre-flight &amp; boot checks&#39; (stated 100% (4/4)); prr finds 75% (3/4) <span class=\"tag disagree\">disagreement</span>" "$B/basis/site/reviews/2026-01-20/index.html" || fail "the review page does not mark the verdict's false basis"
grep -q "rests on a figure" "$B/basis/site/index.html" || fail "the overview does not mark the verdict's false basis"
run report --format md "$B/basis/reviews"
expect_rc 0
expect_out "\`document: Ready\` \`prr: Unknown\` \`⚠️ disagreement\`"
expect_out "**Disagreement:** the verdict rests on a figure prr finds false: checks: 4 of 4, in 'Pre-flight \\& boot checks' (stated 100% (4/4)); prr finds 75% (3/4)."
end

begin "build: no verdict and no findings: no green 'No blockers' (round 9's site)"
mkdir -p "$B/unsure/reviews"
printf '# Launch checklist\n\nDate: 2026-05-14\n\n## Product\n\n- [x] Onboarding\n- [ ] Billing\n' > "$B/unsure/reviews/review.md"
run build -o "$B/unsure/site" "$B/unsure/reviews"
expect_rc 0
grep -q "None that prr can list; the document states no verdict." "$B/unsure/site/index.html" || fail "index: no word that prr lists none"
grep -q "No blockers" "$B/unsure/site/index.html" && fail "index: a flat 'No blockers' with no verdict"
grep -q "None that prr can list; the document states no verdict." "$B/unsure/site/reviews/2026-05-14/index.html" || fail "review page: no word that prr lists none"
run report --format md "$B/unsure/reviews"
expect_rc 0
expect_out "None that prr can list; the document states no verdict."
end

begin "build: words that do not mislead (tests/data/wording): blockers beside the verdict, labels without backticks, milestones against their dates, counts of one"
D=$ROOT/tests/data/wording
run build -o "$B/wording" "$D"
expect_rc 0
P=$B/wording/reviews/2026-02-10/index.html
# the verdict speaks of open high findings that prr does not list: never a flat "None"
grep -q 'None that prr can list, but the document.s verdict reads “Conditional go: two high findings are open”' "$P" || fail "review page: no note beside the verdict"
grep -q 'ok-note.*None\.' "$P" && fail "review page: a flat None beside an open verdict"
grep -q 'ok-note.*No blockers' "$B/wording/index.html" && fail "overview: a flat 'No blockers'"
grep -q '<dt>Blockers</dt><dd>none listed; see the verdict</dd>' "$P" || fail "headline: blockers"
# Markdown code spans lose their backticks wherever a label is shown
left=$(cat "$P" "$B/wording/index.html" "$B/wording/components/locker-api.html" | grep -o '[^<>]*`[^<>]*' | grep -v '^ *A lone ` backtick stays$')
[ -z "$left" ] || fail "a backtick left: $(echo "$left" | head -3)"
grep -q 'Runbooks (ops/runbooks/LOCKER_JAM.md)' "$B/wording/index.html" || fail "category label"
grep -q 'Door sensors calibrated with calib --all' "$P" || fail "checklist label"
# milestones: due and done, the lateness in words
grep -q 'due 2026-01-05, done 2026-02-08: <span class="muted">done 34 days after its due date' "$P" || fail "late milestone"
grep -q 'done 2 days before its due date' "$P" || fail "early milestone"
grep -q 'not done, 9 days past its due date at this review' "$P" || fail "overdue milestone"
grep -q 'City permit — due 2026-03-15: <span class="muted">not done yet' "$P" || fail "future milestone"
grep -q '(pass)\|(pending)' "$P" && fail "a status word instead of the milestone's state"
# a milestone due later than planned: the slip beside its due day; one
# planned with no day due now keeps its planned day (escaped)
grep -q 'Depot lease signed — due 2026-03-02 (planned 2026-02-09, 21 days later): <span class="muted">not done yet' "$P" || fail "slipped milestone"
grep -q 'Insurance &lt;cover&gt; &amp; bond — planned 2026-02-03, no day due now: <span class="muted">not done<' "$P" || fail "milestone planned, no day due"
grep -q '^- Depot lease signed: due 2026-03-02 (planned 2026-02-09, 21 days later)$' "$B/wording/reviews/2026-02-10/report.md" || fail "report.md: slipped milestone"
grep -q '^- Insurance .*: planned 2026-02-03, no day due now$' "$B/wording/reviews/2026-02-10/report.md" || fail "report.md: milestone planned, no day due"
# counts of one are singular, in the pages, report.md and the text report
grep -q '1 of 1 check passes' "$P" || fail "headline: 1 of 1 check passes"
grep -q '1 of 1 checks\|1 stories\|1 points' "$P" "$B/wording/reviews/2026-02-10/report.md" "$B/wording/waves.html" && fail "a plural after 1"
grep -q 'Planned 1 point, delivered 1 (100%; 100% counting partial work as half); 1 of 1 story done.' "$B/wording/reviews/2026-02-10/report.md" || fail "report.md plan"
grep -q '0 open findings' "$B/wording/reviews/2026-02-10/report.md" || fail "report.md findings"
run report "$D"
expect_rc 0
expect_out 'plan: 1 story, 1 point planned'
expect_out 'no blockers listed, but the verdict reads "Conditional go: two high findings are open"'
run check "$D"
expect_out '1 component, 1 check, 1 wave (1 story), 0 findings, 1 checklist'
end

begin "build: a review without component checks says so, not '0 of 0 checks pass'"
mkdir -p "$B/nochecks"
cat > "$B/nochecks/2026-02-11.json" <<'JSON'
{"schema": "prr/review/v1", "title": "Kiosk notes", "date": "2026-02-11",
 "checklists": [{"title": "Before opening", "items": [{"text": "Signage up", "done": true}]}]}
JSON
run build -o "$B/nochecks-site" "$B/nochecks"
expect_rc 0
grep -q '<dt>Checks</dt><dd>no component checks</dd>' "$B/nochecks-site/reviews/2026-02-11/index.html" || fail "headline"
grep -q '0 of 0' "$B/nochecks-site/reviews/2026-02-11/index.html" "$B/nochecks-site/reviews/2026-02-11/report.md" && fail "'0 of 0' shown"
grep -q '^no component checks · 0 open findings' "$B/nochecks-site/reviews/2026-02-11/report.md" || fail "report.md: $(sed -n 5,12p "$B/nochecks-site/reviews/2026-02-11/report.md")"
end

begin "build: components that state only their status are on the scorecard; no empty findings table"
mkdir -p "$B/stated"
cat > "$B/stated/2026-06-03.md" <<'MD'
# Platform Readiness Review

## Services

### Auth Service

**Status:** ✅ Ready

### Billing Service

**Status:** ⚠️ Partial
MD
run build -o "$B/stated-site" "$B/stated"
expect_rc 0
P="$B/stated-site/reviews/2026-06-03/index.html"
grep -q '<th scope="col">Stated</th>' "$P" || fail "no Stated column"
grep -q 'Billing Service</a></th><td class="cell st-partial">partial</td>' "$P" || fail "Billing's stated status"
grep -q 'This review has no component checks' "$P" && fail "the components are not shown"
grep -q '<p class="muted">No findings.</p>' "$P" || fail "no 'No findings.'"
grep -q '<th scope="col">Severity</th>' "$P" && fail "an empty findings table"
end

begin "build: checklist items that fail or are partial are shown open, on the overview and in report.md; letter grades are shown"
mkdir -p "$B/gates"
cat > "$B/gates/2026-09-14.json" <<'JSON'
{"schema": "prr/review/v1", "title": "Checkout launch", "date": "2026-09-14",
 "scores": [{"label": "Security posture", "grade": "B+"},
            {"label": "Overall", "value": 87, "max": 100, "grade": "B+"}],
 "dimensions": [{"name": "Testing", "grade": "A-"},
                {"name": "Docs", "score": 6, "max": 10, "weight": 3}],
 "components": [{"name": "api", "checks": [{"category": "Runbooks", "status": "pass"}],
                 "evidence": [{"path": "docs/run.md", "claim": "Runbook at `docs/run.md`"}]}],
 "checklists": [
  {"title": "Gates", "items": [
    {"text": "Gate 1 — Load testing", "done": true, "status": "pass"},
    {"text": "Gate 2 — Security review", "done": false, "status": "fail", "note": "pen test <pending>"},
    {"text": "Gate 3 — On-call", "done": false, "status": "partial"}]},
  {"title": "Actions", "items": [{"text": "Publish runbook", "done": false}]}]}
JSON
run build -o "$B/gates-site" "$B/gates"
expect_rc 0
P=$B/gates-site/reviews/2026-09-14/index.html
grep -q '<details open><summary>Gates — 1 of 3 done (33%) · 1 failing, 1 partial</summary>' "$P" || fail "review page: Gates not open with its counts"
grep -q '<details><summary>Actions — 0 of 1 done (0%)</summary>' "$P" || fail "review page: a list of pending items only is folded, without counts"
grep -q 'Gate 2 — Security review — <span class="muted">pen test &lt;pending&gt;</span>' "$P" || fail "review page: the failing item's note"
I=$B/gates-site/index.html
grep -q '<h3>Checklist items that fail or pass in part</h3>' "$I" || fail "overview: no checklist items"
grep -q '<span class="sr-only">fail:</span> <span class="muted">Gates:</span> Gate 2 — Security review — <span class="muted">pen test &lt;pending&gt;</span>' "$I" || fail "overview: the failing item"
grep -q 'Publish runbook' "$I" && fail "overview: a pending item listed as not passing"
M=$B/gates-site/reviews/2026-09-14/report.md
grep -q '^#### Checklist items that fail or pass in part$' "$M" || fail "report.md: no section"
grep -q '^- \*\*fail\*\* Gates: Gate 2 — Security review — pen test' "$M" || fail "report.md: the failing item: $(grep -A4 Checklist "$M")"
grep -q '^- \*\*partial\*\* Gates: Gate 3 — On-call$' "$M" || fail "report.md: the partial item"
grep -q 'Publish runbook' "$M" && fail "report.md: a pending item listed"
# letter grades: alone, or beside the number; a dimension graded by a
# letter alone has no weight, as it takes no part in the score
grep -q '<li>Security posture: <strong>B+</strong></li><li>Overall: <strong>87.0 / 100 (B+)</strong></li>' "$P" || fail "stated scores without their grades"
grep -q '<th scope="row">Testing</th><td>A-</td><td class="num"></td>' "$P" || fail "a graded dimension: $(grep -o '<th scope="row">Testing</th>.\{0,80\}' "$P")"
grep -q '<th scope="row">Docs</th><td>6.0 / 10</td><td class="num">3</td>' "$P" || fail "a scored dimension"
# an evidence claim is a label: its code spans without backticks
grep -q 'Runbook at docs/run.md' "$B/gates-site/components/api.html" || fail "component page: the evidence claim"
grep -q '`' "$B/gates-site/components/api.html" "$B/gates-site/reviews/2026-09-14/components/api.html" && fail "a backtick left in an evidence claim"
end

begin "build: a review whose checklist items all pass or wait has no such section"
mkdir -p "$B/nogates"
cat > "$B/nogates/2026-09-14.json" <<'JSON'
{"schema": "prr/review/v1", "title": "Kiosk", "date": "2026-09-14",
 "checklists": [{"title": "Actions", "items": [{"text": "Signage up", "done": true},
                                              {"text": "Cash float", "done": false}]}]}
JSON
run build -o "$B/nogates-site" "$B/nogates"
expect_rc 0
grep -q 'Checklist items that fail or pass in part' "$B/nogates-site/index.html" "$B/nogates-site/reviews/2026-09-14/report.md" && fail "an empty section"
grep -q '<details open><summary>Actions' "$B/nogates-site/reviews/2026-09-14/index.html" && fail "a list without failing items shown open"
end

begin "build: a review's page links the ten latest earlier reviews and the overview for the rest"
mkdir -p "$B/many/in"
for d in 01 02 03 04 05 06 07 08 09 10 11 12 13; do
	printf '{"schema": "prr/review/v1", "project": "Many", "date": "2026-01-%s"}\n' "$d" > "$B/many/in/2026-01-$d.json"
done
run build -o "$B/many/site" "$B/many/in"
expect_rc 0
P=$B/many/site/reviews/2026-01-13/index.html
n=$(grep -o 'class="date" href="../../reviews/2026-01-[0-9]*/index.html"' "$P" | wc -l)
[ "$n" -eq 10 ] || fail "the latest review links $n earlier reviews, not 10"
grep -q 'href="../../reviews/2026-01-03/index.html"' "$P" || fail "the tenth earlier review is not linked"
grep -q 'href="../../reviews/2026-01-02/index.html"' "$P" && fail "the eleventh earlier review is linked"
grep -q '<p>and <a href="../../index.html#reviews-h">2 earlier reviews</a></p>' "$P" || fail "no link to the rest: $(grep -o 'and <a.\{0,80\}' "$P")"
grep -q 'id="reviews-h"' "$B/many/site/index.html" || fail "the overview has no list to link"
n=$(grep -o 'class="date" href="./reviews/2026-01-[0-9]*/index.html"' "$B/many/site/index.html" | sort -u | wc -l)
[ "$n" -eq 13 ] || fail "the overview lists $n reviews, not 13"
P=$B/many/site/reviews/2026-01-11/index.html
grep -q 'earlier review' "$P" && fail "a review with ten earlier ones says there are more"
grep -q 'href="../../reviews/2026-01-01/index.html"' "$P" || fail "the first review is not linked from the eleventh"
end

begin "build: a stated score is shown as written, to its hundredth; prr's own to a tenth"
mkdir -p "$B/hundredths"
printf '# Review\n\nDate: 2026-02-01\n\n**Overall: 7.25/10**\n\n## Scores\n\n| Dimension | Score |\n|---|---|\n| Security | 7/10 |\n| Reliability | 8/10 |\n| Operability | 6.5/10 |\n| Docs | 7.5/10 |\n' > "$B/hundredths/review.md"
run build -o "$B/hundredths/site" "$B/hundredths"
expect_rc 0
P=$B/hundredths/site/reviews/2026-02-01/index.html
grep -q '<li>Overall: <strong>7.25 / 10</strong></li>' "$P" || fail "the stated score: $(grep -o 'Overall: <strong>[^<]*' "$P")"
grep -q '<dt>Score</dt><dd>7.25 / 10, as stated</dd>' "$P" || fail "the headline, the stated score (prr's mean agrees): $(grep -o '<dt>Score</dt><dd>[^<]*' "$P")"
grep -q '7.2 / 10' "$P" && fail "7.25 shown as 7.2"
grep -q '6.5 / 10' "$P" || fail "a stated dimension"
sed -i 's/\*\*Overall: 7.25\/10\*\*//' "$B/hundredths/review.md"
run build -o "$B/hundredths/site" "$B/hundredths"
expect_rc 0
grep -q '<dt>Score</dt><dd>7.3 / 10, from its dimensions</dd>' "$P" || fail "prr's mean of 7.25 to a tenth, said to be prr's: $(grep -o '<dt>Score</dt><dd>[^<]*' "$P")"
end

begin "build: a dimension's weight is shown as written"
mkdir -p "$B/weights"
printf '# Review\n\nDate: 2026-02-01\n\n## Scores\n\n| Dimension | Score | Weight |\n|---|---|---|\n| Reliability | 72%% | 0.25 |\n| Security | 60%% | 0.15 |\n| Operability | 45%% | 0.6 |\n' > "$B/weights/review.md"
run build -o "$B/weights/site" "$B/weights"
expect_rc 0
P=$B/weights/site/reviews/2026-02-01/index.html
grep -q '>0.25<' "$P" || fail "weight 0.25: $(grep -o 'Reliability</th>.\{0,120\}' "$P")"
grep -q '>0.15<' "$P" || fail "weight 0.15"
end

begin "build: the headline says 'since' an earlier review only beside a change"
mkdir -p "$B/since"
# the earlier review has no readiness to compare with: no change, no "since"
printf '# Review\n\nDate: 2026-02-01\n\nVerdict: NOT READY\n' > "$B/since/2026-02-01.md"
printf '# Review\n\nDate: 2026-03-01\n\n## Checks\n\n| Check | Status |\n|---|---|\n| Backups | ✅ |\n| Alerts | ❌ |\n' > "$B/since/2026-03-01.md"
run build -o "$B/since/site" "$B/since"
expect_rc 0
P=$B/since/site/reviews/2026-03-01/index.html
grep -q '<dt>Readiness</dt><dd>50%' "$P" || fail "no readiness: $(grep -o '<dt>Readiness</dt><dd>.\{0,160\}' "$P")"
grep -q 'class="since"' "$P" && fail "'since' beside no change: $(grep -o '<dt>Readiness</dt><dd>.\{0,160\}' "$P")"
printf '# Review\n\nDate: 2026-02-01\n\n## Checks\n\n| Check | Status |\n|---|---|\n| Backups | ✅ |\n| Alerts | ✅ |\n' > "$B/since/2026-02-01.md"
run build -o "$B/since/site2" "$B/since"
expect_rc 0
grep -q '<span class="since">since 2026-02-01</span>' "$B/since/site2/reviews/2026-03-01/index.html" || fail "no 'since' beside a change"
end
