# t_portfolio.sh - projects are explicit (a folder with a prr.json is a
# project; mixed documents are kept apart, said), the portfolio badge, and
# `prr portfolio`: sites built apart merged into one, foreign data refused.

P=$W/portfolio
# pf_review DIR DATE STATUS [PROJECT]: a one-check review
pf_review() {
	proj=${4:+"\"project\": \"$4\", "}
	printf '{"schema": "prr/review/v1", %s"date": "%s", "components": [{"name": "API", "checks": [{"category": "Tests", "status": "%s"}, {"category": "Load", "status": "pass"}]}]}\n' \
		"$proj" "$2" "$3" > "$1/$2.json"
}
mkdir -p "$P/org/alpha" "$P/org/beta" "$P/mixed" "$P/loose1" "$P/loose2"
pf_review "$P/org/alpha" 2026-01-05 pass
pf_review "$P/org/alpha" 2026-02-05 fail
echo '{"project": "Alpha"}' > "$P/org/alpha/prr.json"
pf_review "$P/org/beta" 2026-01-10 fail
pf_review "$P/org/beta" 2026-02-10 pass
echo '{}' > "$P/org/beta/prr.json"
pf_review "$P/loose1" 2026-03-01 pass
pf_review "$P/loose2" 2026-03-02 fail
pf_review "$P/mixed" 2026-01-01 pass Ledger
pf_review "$P/mixed" 2026-02-01 fail Billing

begin "portfolio: each folder with a prr.json is a project, named by it or by the folder"
run report --format json "$P/org"
expect_rc 0
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sorted((p["project"], len(p["reviews"])) for p in d["projects"]))' "$W/out" > "$W/names"
grep -qF "[('Alpha', 2), ('beta', 2)]" "$W/names" || fail "projects: $(cat "$W/names")"
end

begin "portfolio: two folders given together are two projects, not one"
run report --format json "$P/loose1" "$P/loose2"
expect_rc 0
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sorted(p["project"] for p in d["projects"]))' "$W/out" > "$W/names"
grep -qF "['loose1', 'loose2']" "$W/names" || fail "projects: $(cat "$W/names")"
end

begin "portfolio: documents of two projects in one folder are kept apart, with a warning naming them"
run report --format json "$P/mixed"
expect_rc 0
expect_err 'holds reviews of 2 projects ("Ledger", "Billing")'
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sorted((p["project"], len(p["reviews"])) for p in d["projects"]))' "$W/out" > "$W/names"
grep -qF "[('Billing', 1), ('Ledger', 1)]" "$W/names" || fail "projects: $(cat "$W/names")"
end

begin "portfolio: a site of several projects has a portfolio badge counting them"
run build "$P/org" -o "$P/orgsite"
expect_rc 0
grep -qF 'aria-label="portfolio: 2 projects, 1 partial"' "$P/orgsite/badge.svg" ||
	fail "badge: $(grep -o 'aria-label="[^"]*"' "$P/orgsite/badge.svg")"
end

# sites built apart, as each project's CI would
mkdir -p "$P/sites"
run build "$P/org/alpha" -o "$P/sites/alpha"
run build "$P/org/beta" -o "$P/sites/beta"
run build "$SAMPLES/reviews" -o "$P/sites/ledgerline"

begin "portfolio: merges sites built apart, ordered by what needs attention, linked by URL"
run portfolio "$P/sites/beta" "$P/sites/alpha/data.json" "$P/sites/ledgerline=https://ci.example/ledger/" \
	--base-url https://ci.example/prr -o "$P/out"
expect_rc 0
expect_out "$P/out/index.html"
[ -f "$P/out/.prr-site" ] || fail "no .prr-site marker"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["method"] == "prr-score/1"; print([(p["project"], p["href"], p["blockers"], p["regressed"]) for p in d["portfolio"]])' \
	"$P/out/portfolio.json" > "$W/names" 2>&1
# Ledgerline has a blocker: first (8 regressed: 6 figures and checks, 2
# components' stated statuses); Alpha regressed (pass -> fail): next; Beta last
grep -qF "[('Ledgerline Payments API', 'https://ci.example/ledger/', 1, 8), ('Alpha', 'https://ci.example/prr/alpha/', 0, 3), ('beta', 'https://ci.example/prr/beta/', 0, 0)]" "$W/names" ||
	fail "portfolio: $(cat "$W/names")"
grep -qF '<a href="https://ci.example/prr/alpha/">Alpha</a>' "$P/out/index.html" || fail "no link to Alpha's site"
# Ledgerline's document states partial (prr computes ready), Alpha is
# partial: the badge counts the levels the rows show
grep -qF 'aria-label="portfolio: 3 projects, 2 partial"' "$P/out/badge.svg" || fail "badge: $(head -c 300 "$P/out/badge.svg")"
end

begin "portfolio: project names reach the page escaped"
mkdir -p "$P/evil"
pf_review "$P/evil" 2026-01-01 pass '<script>x</script>'
run build "$P/evil" -o "$P/sites/evil"
run portfolio "$P/sites/evil" -o "$P/evilout"
expect_rc 0
grep -qF '&lt;script&gt;x&lt;/script&gt;' "$P/evilout/index.html" || fail "name not escaped"
! grep -qF '<script>x' "$P/evilout/index.html" || fail "raw name in the page"
end

begin "portfolio: a data.json of another method is refused by name; nothing is written"
mkdir -p "$P/foreign"
sed 's/"method":"prr-score\/1"/"method":"prr-score\/2"/' "$P/sites/beta/data.json" > "$P/foreign/data.json"
grep -qF 'prr-score/2' "$P/foreign/data.json" || fail "fixture: method not changed"
run portfolio "$P/sites/alpha" "$P/foreign" -o "$P/out"
expect_rc 1
expect_err "$P/foreign/data.json:1:"
expect_err 'figures of method "prr-score/2", not prr-score/1'
grep -qF 'https://ci.example/ledger/' "$P/out/portfolio.json" || fail "the previous portfolio was replaced"
end

begin "portfolio: a file that is not a prr data.json, and one project twice, are refused"
echo '{"projects": []}' > "$P/foreign/other.json"
run portfolio "$P/foreign/other.json" -o "$P/out2"
expect_rc 1
expect_err 'no "method": not the data.json of a prr site'
run portfolio "$P/sites/alpha" "$P/orgsite" -o "$P/out2"
expect_rc 1
expect_err 'project "Alpha" is also in'
[ ! -e "$P/out2" ] || fail "out2 written"
end

begin "portfolio: refuses to replace a folder that is not a prr site"
mkdir -p "$P/mine"
echo keep > "$P/mine/notes.txt"
run portfolio "$P/sites/alpha" -o "$P/mine"
expect_rc 3
[ "$(cat "$P/mine/notes.txt")" = keep ] || fail "the user's folder was touched"
end

begin "portfolio: -o is required"
run portfolio "$P/sites/alpha"
expect_rc 2
end

begin "portfolio: report md of several projects, a section each beginning with its own marker"
run report --format md "$P/org"
expect_rc 0
grep '^<!-- prr:report' "$W/out" > "$W/markers"
printf '<!-- prr:report project=Alpha -->\n<!-- prr:report project=beta -->\n' | cmp -s - "$W/markers" ||
	fail "markers: $(cat "$W/markers")"
[ "$(head -n 1 "$W/out")" = "<!-- prr:report project=Alpha -->" ] || fail "first line: $(head -n 1 "$W/out")"
# each section is that project's report alone, as --project prints it
awk '/^<!-- prr:report project=beta -->/ { on = 1 } on' "$W/out" > "$W/beta.md"
run report --format md --project beta "$P/org"
expect_rc 0
cmp -s "$W/out" "$W/beta.md" || fail "beta's section differs from its report alone"
run report --format md "$P/org/beta"
cmp -s "$W/out" "$W/beta.md" || fail "beta's section differs from a report of its folder"
end

begin "portfolio: report --project names one project; an unknown one is refused, naming them"
run report --project ALPHA "$P/org"
expect_rc 0
expect_out "Alpha: 2 reviews"
grep -q '^beta' "$W/out" && fail "beta reported"
run report --project nope "$P/org"
expect_rc 1
expect_err 'no project "nope" in these reviews ("Alpha", "beta")'
end

begin "portfolio: each project of a site has its own badge beside its pages"
[ -f "$P/orgsite/alpha/badge.svg" ] || fail "no alpha/badge.svg: $(ls "$P/orgsite")"
# (their documents state no verdict: the level is prr's, said so)
grep -qF 'aria-label="readiness: prr: 50% partial"' "$P/orgsite/alpha/badge.svg" ||
	fail "alpha badge: $(grep -o 'aria-label="[^"]*"' "$P/orgsite/alpha/badge.svg")"
grep -qF 'aria-label="readiness: prr: 100% ready"' "$P/orgsite/beta/badge.svg" ||
	fail "beta badge: $(grep -o 'aria-label="[^"]*"' "$P/orgsite/beta/badge.svg")"
# a project's badge is the badge of its site built alone
cmp -s "$P/orgsite/beta/badge.svg" "$P/sites/beta/badge.svg" || fail "beta's badge differs from its own site's"
end

# Reviews that name no project, in one folder: their titles tell the
# projects apart, cautiously.
begin "portfolio: two systems' reviews in one folder are two projects by their titles, said"
mkdir -p "$P/titled"
pf_titled() { # pf_titled FILE TITLE DATE STATUS
	printf '{"schema": "prr/review/v1", "title": "%s", "date": "%s", "components": [{"name": "API", "checks": [{"category": "Tests", "status": "%s"}]}]}\n' \
		"$2" "$3" "$4" > "$P/titled/$1"
}
pf_titled a.json 'Acme API \u2014 Production Readiness' 2026-01-05 fail
pf_titled b.json 'Billing \u2014 Production Readiness Review' 2026-01-06 pass
pf_titled c.json 'Acme API \u2014 Production Readiness Review #2 (2026-02-05)' 2026-02-05 pass
run report --format json "$P/titled"
expect_rc 0
expect_err "$P/titled: warning: the titles of these reviews name 2 projects (\"Acme API\", \"Billing\"): they are kept apart"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sorted((p["project"], len(p["reviews"])) for p in d["projects"]))' "$W/out" > "$W/names"
grep -qF "[('Acme API', 2), ('Billing', 1)]" "$W/names" || fail "projects: $(cat "$W/names")"
run gate "$P/titled" --min-readiness 90
expect_rc 0
expect_out "Acme API 2026-02-05: passed"
expect_out "Billing 2026-01-06: passed"
end

if [ -d "$SAMPLES/reviews" ]; then
	begin "portfolio: the samples without their project field stay one project, named by the folder"
	mkdir -p "$P/ledger"
	for f in "$SAMPLES"/reviews/2026-*.json; do
		sed '/^  "project": /d' "$f" > "$P/ledger/$(basename "$f")"
	done
	grep -q '"project"' "$P"/ledger/*.json && fail "fixture: a project field is left"
	run report "$P/ledger"
	expect_rc 0
	expect_out "ledger: 3 reviews, latest 2026-05-25"
	grep -q 'titles of these reviews' "$W/err" && fail "split: $(cat "$W/err")"
	end
fi

if [ -n "$SEEDS" ]; then
	begin "portfolio: the seeds in one folder stay one project (not every title names a system)"
	mkdir -p "$P/seeds"
	for f in "$SEEDS"/*.txt; do cp "$f" "$P/seeds/$(basename "$f" .txt).md"; done
	run report "$P/seeds"
	expect_rc 0
	expect_out "seeds: $(ls "$P/seeds" | wc -l | tr -d ' ') reviews"
	grep -q 'titles of these reviews' "$W/err" && fail "split: $(cat "$W/err")"
	end
fi

begin "portfolio: the page is rendered through prr's templates, as every page of a site"
run portfolio "$P/sites/beta" "$P/sites/alpha=https://ci.example/a/" -o "$P/tpl"
expect_rc 0
grep -qF '<link rel="stylesheet" href="./assets/style.css">' "$P/tpl/index.html" || fail "not through the layout"
[ -f "$P/tpl/assets/style.css" ] && [ -f "$P/tpl/assets/sort.js" ] || fail "assets missing: $(ls "$P/tpl")"
cmp -s "$P/tpl/assets/style.css" "$P/orgsite/assets/style.css" || fail "not the site's stylesheet"
expect_out "$P/tpl/index.html"
# a project without a link is named, not linked; the columns of a merge
grep -qF '<th scope="row">beta</th>' "$P/tpl/index.html" || fail "beta: $(grep -o '<th scope="row">[^/]*beta[^/]*/' "$P/tpl/index.html")"
grep -qF '<a href="https://ci.example/a/">Alpha</a>' "$P/tpl/index.html" || fail "no link to Alpha"
grep -qF '<th scope="col" class="num">Regressions</th>' "$P/tpl/index.html" || fail "no Regressions column"
grep -qF '2 projects, by what needs attention first' "$P/tpl/index.html" || fail "no summary line"
# the site's own portfolio page, from the same template, keeps its columns
grep -qF 'Regressions' "$P/orgsite/index.html" && fail "a build's portfolio page changed"
end

begin "portfolio: --templates replaces prr's portfolio template; a broken one writes nothing"
mkdir -p "$P/mytpl"
printf '{{<layout}}{{$content}}<p id="mine">{{#projects}}[{{project}} {{readiness}}]{{/projects}}</p>{{/content}}{{/layout}}\n' \
	> "$P/mytpl/portfolio.html.mustache"
run portfolio "$P/sites/alpha" "$P/sites/beta" -t "$P/mytpl" -o "$P/tpl"
expect_rc 0
grep -qF '<p id="mine">[Alpha 50%][beta 100%]</p>' "$P/tpl/index.html" || fail "own template: $(grep -o '<p id="mine">.*' "$P/tpl/index.html")"
printf '{{#projects}}{{/nope}}\n' > "$P/mytpl/portfolio.html.mustache"
run portfolio "$P/sites/alpha" -t "$P/mytpl" -o "$P/tpl"
expect_rc 1
expect_err "portfolio.html.mustache"
expect_err "prr: portfolio: nothing written"
grep -qF '<p id="mine">' "$P/tpl/index.html" || fail "the site before was replaced"
end

begin "portfolio: each project's figures use its own prr.json (thresholds, waivers), the rest the folder given's"
mkdir -p "$P/own/lax" "$P/own/strict"
pf_review "$P/own/lax" 2026-01-05 fail
pf_review "$P/own/strict" 2026-01-05 fail
echo '{"thresholds": {"ready": 40, "partial": 20}}' > "$P/own/lax/prr.json"
echo '{"waivers": [{"component": "API", "category": "Tests", "reason": "rig down", "approver": "QA", "expires": "2026-12-31"}]}' \
	> "$P/own/strict/prr.json"
echo '{"thresholds": {"ready": 100, "partial": 90}}' > "$P/own/prr.json"
run report "$P/own"
expect_rc 0
# lax: 1 of 2 checks pass, 50%, ready by its own thresholds; strict: the
# failed check waived (100%), ready only by the folder given's 100
expect_out "lax: 1 review, latest 2026-01-05"
expect_out "  readiness 50.0% (ready): 1 pass, 0 partial, 1 fail"
expect_out "strict: 1 review, latest 2026-01-05"
expect_out "  readiness 100.0% (ready): 1 pass, 0 partial, 0 fail, 0 pending of 1 applicable; 1 n/a, 0 unknown; 1 waived"
echo '{"thresholds": {"ready": 100, "partial": 60}}' > "$P/own/prr.json"
rm "$P/own/strict/prr.json"
run report "$P/own"
expect_out "  readiness 50.0% (not-ready): 1 pass, 0 partial, 1 fail"
end

begin "portfolio: reviews taken as one project that share no component or dimension are said to be of different systems"
U=$W/unrelated
mkdir -p "$U"
cat > "$U/2026-01-05.json" <<'JSON'
{ "schema": "prr/review/v1", "date": "2026-01-05",
  "components": [{"name": "Checkout", "checks": [{"category": "Security", "status": "pass"}]}] }
JSON
cat > "$U/2026-02-05.json" <<'JSON'
{ "schema": "prr/review/v1", "date": "2026-02-05",
  "components": [{"name": "Telescope Mount", "checks": [{"category": "Security", "status": "fail"}]}] }
JSON
run build "$U" -o "$W/unrelated-site"
expect_rc 0
expect_err "2026-02-05.json: warning: this review (2026-02-05) shares no component and no dimension with the one before it (2026-01-05, 2026-01-05.json)"
grep -q 'different systems?' "$W/unrelated-site/reviews/2026-02-05/index.html" ||
	fail "the review page does not say the changes compare different systems"
grep -q 'share no component and no dimension' "$W/unrelated-site/reviews/2026-02-05/report.md" ||
	fail "report.md does not say the changes compare different systems"
grep -q 'different systems?' "$W/unrelated-site/reviews/2026-01-05/index.html" &&
	fail "the first review is said to differ from a review before it"
cp "$U/2026-01-05.json" "$U/2026-03-05.json"
sed -i 's/2026-01-05/2026-03-05/' "$U/2026-03-05.json"
sed -i 's/Checkout/Telescope Mount/' "$U/2026-03-05.json"
run report "$U"
expect_rc 0
grep -q 'shares no component' "$W/err" && grep -q '(2026-03-05)' "$W/err" &&
	fail "a review sharing a component with the one before is said to differ"
# the pair it compares shares a component, but the project's earlier pair
# does not: the PR report says so beside its changes, as the site does
run report --format md "$U"
expect_rc 0
expect_out "look like reviews of different systems:** the review of 2026-02-05 shares no component and no dimension with the one before it, of 2026-01-05"
end

begin "portfolio: a row shows the document's verdict, and prr's level beside it when they differ"
grep -qF 'Partially ready</span> <span class="prr-level">prr: Ready</span>' "$P/out/index.html" ||
	fail "Ledgerline's row: $(grep -o 'Ledgerline.\{0,400\}' "$P/out/index.html" | head -c 500)"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); l=[p for p in d["portfolio"] if p["project"].startswith("Ledgerline")][0]; assert (l["level"], l["stated_level"]) == ("ready", "partial"), l' \
	"$P/out/portfolio.json" 2>"$W/py" || fail "portfolio.json: $(cat "$W/py")"
end

begin "portfolio: a project's day given at import is said so in its row, as on its pages"
G=$W/given
mkdir -p "$G"
printf '# Widget readiness review\n\n**Status:** Ready\n\n| Component | Tests |\n|---|---|\n| API | \342\234\205 |\n' > "$W/given.md"
run import --date 2026-03-01 "$W/given.md"
expect_rc 0
cp "$W/out" "$G/widget.json"
cat > "$G/ledger.json" <<'JSON'
{ "schema": "prr/review/v1", "project": "Ledger", "date": "2026-02-01",
  "components": [{"name": "Books", "checks": [{"category": "Tests", "status": "pass"}]}] }
JSON
run build "$G" -o "$W/given-site"
expect_rc 0
grep -q '2026-03-01 <span class="muted">(given at import)' "$W/given-site/index.html" ||
	fail "the portfolio row does not say the day was given at import: $(grep -o '<td class="date">[^/]*' "$W/given-site/index.html")"
grep -q '2026-02-01 <span class="muted">(given' "$W/given-site/index.html" &&
	fail "a day the review states is said to be given at import"
end

begin "portfolio: prr portfolio says so too, from the data.json of sites built apart"
mkdir -p "$G/w" "$G/l"
cp "$G/widget.json" "$G/w/"
cp "$G/ledger.json" "$G/l/"
run build "$G/w" -o "$W/given-w"
expect_rc 0
run build "$G/l" -o "$W/given-l"
expect_rc 0
run portfolio "$W/given-w" "$W/given-l" -o "$W/given-pf"
expect_rc 0
grep -q '2026-03-01 <span class="muted">(given at import)' "$W/given-pf/index.html" ||
	fail "prr portfolio's row does not say the day was given at import: $(grep -o '<td class="date">[^/]*' "$W/given-pf/index.html")"
grep -q '2026-02-01 <span class="muted">(given' "$W/given-pf/index.html" &&
	fail "prr portfolio says a day the review states was given at import"
python3 -c 'import json,sys; d={p["project"]: p for p in json.load(open(sys.argv[1]))["portfolio"]}; assert d["Ledger"].get("date_from") is None and [p.get("date_from") for n, p in d.items() if n != "Ledger"] == ["command-line"], d' \
	"$W/given-pf/portfolio.json" 2>"$W/py" || fail "portfolio.json: $(cat "$W/py")"
end
