# t_cited.sh - the evidence a review cites, shown without a repository:
# listed on the review page and in report.md as written (owner, line),
# said to be unchecked; a component citing nothing points to them.
# (With a repository the pages judge each item: t_sitegit.sh.)

CI_=$W/cited
mkdir -p "$CI_/reviews" "$CI_/none"
cat > "$CI_/reviews/2026-03-05.json" <<'JSON'
{ "schema": "prr/review/v1", "project": "Cited", "date": "2026-03-05",
  "components": [{"name": "API", "status": "pass",
    "checks": [{"category": "Testing", "status": "pass"}],
    "evidence": [{"path": "api/server.go", "token": "Serve", "line": 12}]},
    {"name": "Docs", "status": "pass",
     "checks": [{"category": "Runbooks", "status": "pass"}]}],
  "waves": [{"id": "W1", "stories": [
    {"id": "S1", "status": "pass", "evidence": [{"path": "api/server.go", "line": 20}]}]}],
  "evidence": [{"path": "docs/<img src=x onerror=alert(1)>.md", "line": 31},
               {"path": "@alice/notes.md", "claim": "see @alice", "line": 32},
               {"path": "config/sidekiq.yml"}] }
JSON
cat > "$CI_/none/2026-03-05.json" <<'JSON'
{ "schema": "prr/review/v1", "project": "Bare", "date": "2026-03-05",
  "components": [{"name": "API", "status": "pass",
    "checks": [{"category": "Testing", "status": "pass"}]}] }
JSON

begin "cited: without a repository the review page lists every path the review cites, unchecked"
run build "$CI_/reviews" -o "$CI_/site" --no-repo
expect_rc 0
R=$CI_/site/reviews/2026-03-05/index.html
grep -q '<h2 id="ev-h">Evidence the review cites</h2>' "$R" || fail "no section of the evidence cited"
grep -q "The review cites 4 paths in 5 places; prr did not check them against a repository" "$R" ||
	fail "the summary: $(grep -o 'The review cites[^<]*' "$R")"
grep -q "<code>prr verify --repo DIR</code>" "$R" || fail "the page does not say how to check them"
grep -q '<span class="muted">story S1:</span> <code>api/server.go</code> <span class="muted">· line 20</span>' "$R" ||
	fail "a story's item with its owner and line"
grep -q '<span class="muted">component API:</span> <code>api/server.go</code> <span class="muted">(should hold <code>Serve</code>)</span> <span class="muted">· line 12</span>' "$R" ||
	fail "a component's item with its owner, token and line"
# a JSON item without "line" has its line in the JSON file
grep -q '<li><code>config/sidekiq.yml</code> <span class="muted">· line 11</span>' "$R" ||
	fail "the review's own item: $(grep -o '<li><code>config/sidekiq.yml.\{0,60\}' "$R")"
grep -q '<code>docs/&lt;img src=x onerror=alert(1)&gt;.md</code>' "$R" || fail "a path is not escaped as text"
grep -q '<img src=x' "$R" && fail "a cited path reached the page as HTML"
grep -q 'class="verdict' "$R" && fail "a verdict without a repository"
grep -q "Evidence against the repository" "$R" && fail "the repository's section without a repository"
end

begin "cited: a component citing nothing says the review cites paths, and links them"
P=$CI_/site/reviews/2026-03-05/components/docs.html
grep -q 'None cited for this component; the review cites 4 paths (<a href="../index.html#ev-h">see the review page</a>).' "$P" ||
	fail "the review's component page: $(grep -o '<p class="muted">None[^/]*' "$P")"
C=$CI_/site/components/docs.html
grep -q 'None cited for this component; the review cites 4 paths (<a href="../reviews/2026-03-05/index.html#ev-h">see the review page</a>).' "$C" ||
	fail "the component across the reviews: $(grep -o '<p class="muted">None[^/]*' "$C")"
grep -q "None cited" "$CI_/site/reviews/2026-03-05/components/api.html" &&
	fail "a component citing paths says none"
end

begin "cited: report.md lists the paths cited, escaped, and says they are unchecked"
run report --format md "$CI_/reviews" --no-repo
expect_rc 0
expect_out "#### Evidence the review cites"
expect_out "The review cites 4 paths in 5 places; prr did not check them against a repository (\`prr verify --repo DIR\` does)."
expect_out "- story S1: api/server.go (line 20)"
expect_out "- component API: api/server.go (line 12)"
expect_out "- config/sidekiq.yml (line 11)"
expect_out "- docs/\\<img src=x onerror=alert(1)\\>.md (line 31)"
expect_out "- @&#8203;alice/notes.md (line 32)"
grep -qE '(^|[^\\])<img' "$W/out" && fail "report.md holds HTML from a cited path"
grep -q "Evidence against the repository" "$W/out" && fail "the repository's part without a repository"
end

begin "cited: a review citing nothing, without a repository, claims nothing of evidence"
run build "$CI_/none" -o "$CI_/none-site" --no-repo
expect_rc 0
grep -q 'id="ev-h"' "$CI_/none-site/reviews/2026-03-05/index.html" && fail "an evidence section of nothing"
grep -q '<p class="muted">None cited.</p>' "$CI_/none-site/reviews/2026-03-05/components/api.html" ||
	fail "a component of a review citing nothing: $(grep -o '<p class="muted">None[^/]*' "$CI_/none-site/reviews/2026-03-05/components/api.html")"
run report --format md "$CI_/none" --no-repo
expect_rc 0
grep -q "Evidence" "$W/out" && fail "report.md speaks of evidence the review does not cite"
end
