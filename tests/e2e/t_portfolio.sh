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
# Ledgerline has a blocker: first; Alpha regressed (pass -> fail): next; Beta last
grep -qF "[('Ledgerline Payments API', 'https://ci.example/ledger/', 1, 6), ('Alpha', 'https://ci.example/prr/alpha/', 0, 3), ('beta', 'https://ci.example/prr/beta/', 0, 0)]" "$W/names" ||
	fail "portfolio: $(cat "$W/names")"
grep -qF '<a href="https://ci.example/prr/alpha/">Alpha</a>' "$P/out/index.html" || fail "no link to Alpha's site"
grep -qF 'aria-label="portfolio: 3 projects, 1 partial"' "$P/out/badge.svg" || fail "badge: $(head -c 300 "$P/out/badge.svg")"
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
