# t_stated.sh - a review's score where prr computes none: with no
# dimensions, the one overall score the document states is the headline's
# score, marked as stated (overview, review page, report.md, the text
# report, the portfolio and portfolio.json); of several, none is picked;
# prr's dimension score, where it computes one, is said to be prr's, and
# shown beside the stated one where it differs.

ST=$W/stated
mkdir -p "$ST/one" "$ST/two" "$ST/grade" "$ST/both" "$ST/org/one" "$ST/org/two"
cat > "$ST/one/2026-02-24.json" <<'JSON'
{ "schema": "prr/review/v1", "project": "Termine", "date": "2026-02-24",
  "scores": [{"label": "Gesamtnote", "value": 8.2, "max": 10, "line": 12}],
  "findings": [{"id": "B-1", "severity": "critical", "title": "Mandantentrennung"}] }
JSON
cat > "$ST/two/2026-02-24.json" <<'JSON'
{ "schema": "prr/review/v1", "project": "Pair", "date": "2026-02-24",
  "scores": [{"label": "Overall readiness", "value": 72, "max": 100},
             {"label": "Reviewer confidence", "value": 6.5, "high": 7, "max": 10}] }
JSON
cat > "$ST/grade/2026-02-24.json" <<'JSON'
{ "schema": "prr/review/v1", "project": "Graded", "date": "2026-02-24",
  "scores": [{"label": "Overall posture", "grade": "B+<i>"}] }
JSON
cat > "$ST/both/2026-02-24.json" <<'JSON'
{ "schema": "prr/review/v1", "project": "Both", "date": "2026-02-24",
  "dimensions": [{"name": "Security", "score": 6, "max": 10},
                 {"name": "Testing", "score": 8, "max": 10}],
  "scores": [{"label": "Overall", "value": 9, "max": 10}] }
JSON
# st_headline SITE SCORE: the overview's and the review page's headline
# give SCORE
st_headline() {
	for page in "$1/index.html" "$1/reviews/2026-02-24/index.html"; do
		grep -qF "<div><dt>Score</dt><dd>$2</dd></div>" "$page" ||
			fail "$page: $(grep -o '<dt>Score</dt><dd>[^<]*' "$page")"
	done
}
# st_reports DIR MD TEXT: report.md of the reviews in DIR holds MD, the
# text report the line TEXT
st_reports() {
	run report --format md "$1" --no-repo
	expect_rc 0
	expect_out "$2"
	run report "$1" --no-repo
	expect_rc 0
	expect_out "$3"
}
cp "$ST/one/2026-02-24.json" "$ST/org/one/"
echo '{}' > "$ST/org/one/prr.json"
cp "$ST/two/2026-02-24.json" "$ST/org/two/"
echo '{}' > "$ST/org/two/prr.json"

begin "stated: one stated score and no dimensions is the headline's score, as stated, on the overview and the review page"
run build "$ST/one" -o "$ST/one-site" --no-repo
expect_rc 0
st_headline "$ST/one-site" "8.2 / 10, as stated"
# the review page still lists it with its label
grep -qF '<li>Gesamtnote: <strong>8.2 / 10</strong></li>' "$ST/one-site/reviews/2026-02-24/index.html" ||
	fail "the stated scores' list"
# no figure of prr's is made of it
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["projects"][0]["reviews"][0]["scorecard"]["dimension_score"]; assert s["value"] is None, s; assert [x["value"] for x in s["stated"]] == [8.2], s' \
	"$ST/one-site/data.json" 2>"$W/py" || fail "data.json: $(cat "$W/py")"
end

begin "stated: report.md's headline and the text report give the one stated score as stated"
grep -qF '· score **8.2 / 10, as stated** ·' "$ST/one-site/reviews/2026-02-24/report.md" ||
	fail "the site's report.md: $(grep -o 'score \*\*[^·]*' "$ST/one-site/reviews/2026-02-24/report.md")"
st_reports "$ST/one" '· score **8.2 / 10, as stated** ·' "  no dimension score; stated: Gesamtnote 8.2/10"
end

begin "stated: of two stated scores and no dimensions, none is picked: n/a and how many are stated"
run build "$ST/two" -o "$ST/two-site" --no-repo
expect_rc 0
st_headline "$ST/two-site" "n/a (2 stated)"
grep -rqF 'as stated' "$ST/two-site" && fail "one of two stated scores picked"
st_reports "$ST/two" '· score **n/a** (2 stated) ·' \
	"  no dimension score; stated: Overall readiness 72/100, Reviewer confidence 6.5-7/10"
end

begin "stated: a stated grade alone is the headline's score, escaped"
run build "$ST/grade" -o "$ST/grade-site" --no-repo
expect_rc 0
grep -qF '<dd>B+&lt;i&gt;, as stated</dd>' "$ST/grade-site/index.html" ||
	fail "$(grep -o '<dt>Score</dt><dd>[^/]*' "$ST/grade-site/index.html")"
grep -qF '<i>' "$ST/grade-site/index.html" && fail "a stated grade reached the page as HTML"
st_reports "$ST/grade" '· score **B+\<i\>, as stated** ·' "  no dimension score; stated: Overall posture B+<i>"
grep -qF 'nan' "$W/out" && fail "a grade without a number printed as nan"
end

begin "stated: prr's dimension score is shown beside a stated one it differs from, as prr's; the review page lists both"
run build "$ST/both" -o "$ST/both-site" --no-repo
expect_rc 0
st_headline "$ST/both-site" "9.0 / 10, as stated (7.0 / 10 from its dimensions)"
grep -qF '<li>Overall: <strong>9.0 / 10</strong></li>' "$ST/both-site/reviews/2026-02-24/index.html" ||
	fail "the stated score is not listed"
end

begin "stated: a site's portfolio and prr portfolio show the one stated score as stated, portfolio.json carries it"
run build "$ST/org" -o "$ST/org-site" --no-repo
expect_rc 0
grep -qF '<td>8.2 / 10, as stated</td>' "$ST/org-site/index.html" || fail "the site's portfolio: one stated score"
grep -qF '<td>n/a (2 stated)</td>' "$ST/org-site/index.html" || fail "the site's portfolio: two stated scores"
run build "$ST/one" -o "$ST/pf-one" --no-repo
run build "$ST/two" -o "$ST/pf-two" --no-repo
run build "$ST/both" -o "$ST/pf-both" --no-repo
run build "$ST/grade" -o "$ST/pf-grade" --no-repo
run portfolio "$ST/pf-one" "$ST/pf-two" "$ST/pf-both" "$ST/pf-grade" -o "$ST/pf"
expect_rc 0
grep -qF '<td>8.2 / 10, as stated</td>' "$ST/pf/index.html" || fail "prr portfolio: one stated score"
grep -qF '<td>n/a (2 stated)</td>' "$ST/pf/index.html" || fail "prr portfolio: two stated scores"
grep -qF '<td>9.0 / 10, as stated (7.0 / 10 from its dimensions)</td>' "$ST/pf/index.html" || fail "prr portfolio: the stated and the dimension score"
grep -qF '<td>B+&lt;i&gt;, as stated</td>' "$ST/pf/index.html" || fail "prr portfolio: a grade, escaped"
python3 -c '
import json, sys
d = {p["project"]: p for p in json.load(open(sys.argv[1]))["portfolio"]}
got = {k: (p["score"], p["stated_score"], p["stated_scores"]) for k, p in d.items()}
want = {"Termine": (None, {"value": 8.2, "max": 10}, 1),
        "Pair": (None, None, 2),
        "Both": (7, {"value": 9, "max": 10}, 1),
        "Graded": (None, {"value": None, "max": None, "grade": "B+<i>"}, 1)}
assert got == want, got' "$ST/pf/portfolio.json" 2>"$W/py" || fail "portfolio.json: $(cat "$W/py")"
end

begin "stated: where the document states no verdict, the headline says so and gives prr's level as prr's"
mkdir -p "$ST/none" "$ST/said"
cat > "$ST/none/2026-02-24.json" <<'JSON'
{ "schema": "prr/review/v1", "project": "Unsaid", "date": "2026-02-24",
  "components": [{"name": "API", "checks": [{"category": "Security", "status": "fail"},
                                             {"category": "Testing", "status": "pass"}]}] }
JSON
sed 's/"date": "2026-02-24",/"date": "2026-02-24", "status": {"text": "GO", "level": "ready"},/' \
	"$ST/none/2026-02-24.json" > "$ST/said/2026-02-24.json"
run build "$ST/none" -o "$ST/none-site" --no-repo
expect_rc 0
for page in "$ST/none-site/index.html" "$ST/none-site/reviews/2026-02-24/index.html"; do
	grep -qF '<p class="hero-verdict">The document states no verdict; prr computes <strong>Partially ready</strong> from its checks.</p>' "$page" ||
		fail "$page: $(grep -o '<p class="hero-verdict">[^/]*' "$page")"
done
grep -qF "**Partially ready** (prr's: the document states no verdict) ·" "$ST/none-site/reviews/2026-02-24/report.md" ||
	fail "report.md: the level not said to be prr's"
sed 's/"date": "2026-02-24",/"date": "2026-02-24", "status": {"text": "Resolved"},/' \
	"$ST/none/2026-02-24.json" > "$ST/none/2026-02-25.json"
sed -i 's/2026-02-24"/2026-02-25"/' "$ST/none/2026-02-25.json"
run build "$ST/none" -o "$ST/none-site" --no-repo
expect_rc 0
grep -qF '<p class="hero-status">Its status line, no verdict: “Resolved”</p>' "$ST/none-site/index.html" ||
	fail "a status line that states no level: $(grep -o '<p class="hero-status">[^<]*' "$ST/none-site/index.html")"
run build "$ST/said" -o "$ST/said-site" --no-repo
expect_rc 0
grep -qF 'states no verdict' "$ST/said-site/index.html" && fail "a stated verdict said to be none"
grep -qF "The document's verdict: <strong>Ready</strong>" "$ST/said-site/index.html" || fail "the stated verdict"
end

begin "stated: a stated score within its own rounding of prr's (3.4 / 5 stated, a mean of 3.43 / 5) is shown alone"
mkdir -p "$ST/round"
cat > "$ST/round/2026-02-24.json" <<'JSON'
{ "schema": "prr/review/v1", "project": "Round", "date": "2026-02-24",
  "dimensions": [{"name": "A", "score": 3, "max": 5}, {"name": "B", "score": 4, "max": 5},
                 {"name": "C", "score": 3, "max": 5}, {"name": "D", "score": 4, "max": 5},
                 {"name": "E", "score": 4, "max": 5}, {"name": "F", "score": 3, "max": 5},
                 {"name": "G", "score": 3, "max": 5}],
  "scores": [{"label": "Average", "value": 3.4, "max": 5}] }
JSON
run build "$ST/round" -o "$ST/round-site" --no-repo
expect_rc 0
st_headline "$ST/round-site" "3.4 / 5, as stated"

begin "stated: a day the document does not state, given by --date, is said to be so on the headline and in report.md; a stated day is not"
mkdir -p "$ST/given/rev"
printf '# R\n\n| Component | Security |\n|---|---|\n| api | pass |\n' > "$ST/given/r.md"
run import --date 2026-01-05 "$ST/given/r.md"
expect_rc 0
cp "$W/out" "$ST/given/rev/r.json"
run build "$ST/given/rev" -o "$ST/given/site" --no-repo
expect_rc 0
for page in "$ST/given/site/index.html" "$ST/given/site/reviews/2026-01-05/index.html"; do
	grep -q "2026-01-05</time> <span class=\"muted\">(the day given at import; the document states none)" "$page" ||
		fail "$page: the day given at import not said so"
done
grep -qF "review of 2026-01-05 (the day given at import; the document states none)" \
	"$ST/given/site/reviews/2026-01-05/report.md" || fail "report.md: the day given at import not said so"
grep -q "day given at import" "$ST/one-site/index.html" &&
	fail "a stated day said to be given at import"
end

begin "stated: no overall score stated beside dimensions that are: the page says the whole has none and points to them"
mkdir -p "$ST/dims"
cat > "$ST/dims/2026-02-24.json" <<'JSON'
{ "schema": "prr/review/v1", "project": "Dims", "date": "2026-02-24",
  "dimensions": [{"name": "Security", "score": 8, "max": 10}] }
JSON
run build "$ST/dims" -o "$ST/dims-site"
expect_rc 0
grep -qF "None stated for the whole; its dimensions' scores are under" "$ST/dims-site/reviews/2026-02-24/index.html" ||
	fail "review page: $(grep -o 'Stated scores</h3>.\{0,200\}' "$ST/dims-site/reviews/2026-02-24/index.html")"
mkdir -p "$ST/nodims"
printf '{ "schema": "prr/review/v1", "project": "None", "date": "2026-02-24" }\n' > "$ST/nodims/2026-02-24.json"
run build "$ST/nodims" -o "$ST/nodims-site"
expect_rc 0
grep -qF '<p class="muted">None stated.</p>' "$ST/nodims-site/reviews/2026-02-24/index.html" ||
	fail "a review with no dimensions and no score: $(grep -o 'Stated scores</h3>.\{0,200\}' "$ST/nodims-site/reviews/2026-02-24/index.html")"
end
