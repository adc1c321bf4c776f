# t_sitegit.sh - what the site and the report show of the repository: each
# evidence item's verdict, resolved path, first and last commit and why;
# the components changed since a review; plan vs actual with git facts cut
# at each review's date, and the plan across reviews.  A fixture repository
# built here with pinned names and dates.

G=$W/sitegit
if ! command -v git >/dev/null 2>&1; then
	begin "site and git: fixtures"; skip "git is not installed"; end
else
mkdir -p "$G/reviews"
GR=$G/repo
(
	fixture_git "$GR" || exit 1
	mkdir -p proj/api/util proj/web/util docs
	git_at 2026-03-01T12:00:00+0000
	printf 'func Serve() {}\n' > proj/api/server.go
	printf 'retries: 3\n' > proj/api/config.yaml
	printf 'x\n' > proj/api/util/Helpers.ts
	printf 'x\n' > proj/web/util/Helpers.ts
	git_commit "Start"
	git_at 2026-03-04T12:00:00+0000
	printf '// tuned\n' >> proj/api/server.go
	git_commit "Tune the server"
	# after the first review's date: the planned runbook is delivered
	git_at 2026-03-08T12:00:00+0000
	printf '# Runbook\n' > docs/runbook.md
	git_commit "Add the runbook"
	git_at 2026-03-12T12:00:00+0000
	printf 'const timeout = 2\n' > proj/api/timeouts.go
	git_commit "API timeouts"
	git_at 2026-03-20T12:00:00+0000
	printf '// more\n' >> proj/api/server.go
	git_commit "More API work"
) >/dev/null 2>&1 || echo "FAIL: the site-and-git fixture" >&2
g_start=$(git -C "$GR" rev-parse --short=10 HEAD~4)
g_tune=$(git -C "$GR" rev-parse --short=10 HEAD~3)
g_runbook=$(git -C "$GR" rev-parse --short=10 HEAD~2)
g_timeouts=$(git -C "$GR" rev-parse --short=10 HEAD~1)
g_more=$(git -C "$GR" rev-parse --short=10 HEAD)

cat > "$G/reviews/prr.json" <<JSON
{ "project": "Gitsite", "root": "proj",
  "components": {"API": ["api/**"], "Docs": ["../docs/**"]} }
JSON
# review 1: W1 ends 03-06, the runbook (S2) is planned; review 2 moves the
# end to 03-10, adds a story and finds the runbook delivered
cat > "$G/reviews/2026-03-05.json" <<JSON
{ "schema": "prr/review/v1", "project": "Gitsite", "date": "2026-03-05",
  "components": [{"name": "API", "status": "pass",
    "checks": [{"category": "Testing", "status": "pass"}],
    "evidence": [{"path": "api/server.go", "token": "Serve", "claim": "serves"},
                 {"path": "api/config.yaml", "token": "retries: 5"},
                 {"path": "Helpers.ts"},
                 {"path": "api/gone.go", "absent": true}]},
    {"name": "Docs", "status": "pass"}],
  "waves": [{"id": "W1", "name": "Base", "start": "2026-03-01", "end": "2026-03-06", "stories": [
    {"id": "S1", "status": "pass", "points": 3, "evidence": [{"path": "api/server.go"}]},
    {"id": "S2", "status": "pending", "points": 2,
     "evidence": [{"path": "../docs/runbook.md", "planned": true}]}]}] }
JSON
cat > "$G/reviews/2026-03-15.json" <<JSON
{ "schema": "prr/review/v1", "project": "Gitsite", "date": "2026-03-15",
  "components": [{"name": "API", "status": "pass",
    "checks": [{"category": "Testing", "status": "pass"}],
    "evidence": [{"path": "api/server.go", "token": "Serve", "claim": "serves"},
                 {"path": "api/config.yaml", "token": "retries: 5"},
                 {"path": "Helpers.ts"}]},
    {"name": "Docs", "status": "pass"}],
  "waves": [{"id": "W1", "name": "Base", "start": "2026-03-01", "end": "2026-03-10", "stories": [
    {"id": "S1", "status": "pass", "points": 3, "evidence": [{"path": "api/server.go"}]},
    {"id": "S2", "status": "pass", "points": 2, "evidence": [{"path": "../docs/runbook.md"}]},
    {"id": "S3", "status": "pass", "points": 1}]}] }
JSON

begin "site and git: each evidence item's verdict, resolved path, first and last commit, why"
run build "$G/reviews" -o "$G/site" --repo "$GR" --cache "$G/cache"
expect_rc 0
P=$G/site/reviews/2026-03-05/components/api.html
# confirmed: the token since the first commit, last changed by the tune
grep -q "confirmed</span> <code>api/server.go</code>" "$P" || fail "no verdict for api/server.go"
grep -q "Resolved to <code>proj/api/server.go</code>" "$P" || fail "no resolved path"
grep -q "First appeared in <code>$g_start</code> of 2026-03-01" "$P" || fail "no first commit: $(grep -o 'First appeared[^<]*<code>[^<]*' "$P")"
grep -q "last changed in <code>$g_tune</code> of 2026-03-04" "$P" || fail "no last commit (cut at the review's commit)"
grep -q "contradicted</span> <code>api/config.yaml</code>" "$P" || fail "no contradicted verdict"
grep -q "Why: &#39;retries: 5&#39; is not in &#39;proj/api/config.yaml&#39;" "$P" ||
	fail "no reason for the contradiction: $(grep -o 'Why: [^<]*' "$P")"
# an ambiguous name: unverifiable, naming its candidates
grep -q "unverifiable</span> <code>Helpers.ts</code>" "$P" || fail "no unverifiable verdict"
grep -q "Why: &#39;Helpers.ts&#39; at $g_tune is any of 2 paths: &#39;proj/api/util/Helpers.ts&#39; and &#39;proj/web/util/Helpers.ts&#39;" "$P" ||
	fail "the candidates of an ambiguous name are not shown: $(grep -o 'Why: [^<]*' "$P")"
grep -q "confirmed</span> <code>api/gone.go</code> <span class=\"muted\">(claimed absent)" "$P" ||
	fail "a claimed absence without a token is not shown as one"
# stale: two commits after the review's commit touch proj/api/**
grep -q "2 commits after $g_tune, the commit checked, touch its paths (prr.json) up to HEAD, $g_more of 2026-03-20; the newest: <code>$g_more</code> of 2026-03-20" "$P" ||
	fail "the component's commits since the review: $(grep -o 'class="stale">.*' "$P" | head -c 300)"
# the component across the reviews: the latest review's evidence, judged
C=$G/site/components/api.html
grep -q "Evidence cited in the latest review (<a href=\"../reviews/2026-03-15/components/api.html\">2026-03-15</a>)" "$C" ||
	fail "the cross-review page does not say which review its evidence is from"
grep -q "contradicted</span> <code>api/config.yaml</code>" "$C" || fail "no verdict on the cross-review page"
grep -q "last changed in <code>$g_tune</code>" "$C" || fail "no last commit on the cross-review page"
grep -q "1 commit after $g_timeouts, the commit checked" "$C" || fail "no stale figure on the cross-review page"
# the review page: counts, what is not confirmed first, the stale component
R=$G/site/reviews/2026-03-05/index.html
grep -q "6 evidence items checked: 4 confirmed, 1 contradicted, 1 unverifiable at $g_tune of 2026-03-04" "$R" ||
	fail "the review page's evidence counts: $(grep -o '[0-9]* evidence items checked[^<]*' "$R")"
grep -q "<a href=\"components/api.html\">API</a>: 2 commits, the newest <code>$g_more</code>" "$R" ||
	fail "the review page does not list the stale component"
grep -q "0 of 2 components unchanged" "$R" || fail "the unchanged components are not counted"
grep -q "Evidence the review cites" "$R" && fail "the unchecked list beside the repository's verdicts"
# a component citing nothing: the review's paths are on its page, judged
grep -q 'None cited for this component; the review cites 5 paths (<a href="../index.html#ev-h">see the review page</a>).' \
	"$G/site/reviews/2026-03-05/components/docs.html" || fail "a component citing nothing does not point to the review's evidence"
grep -q "<a href=\"components/docs.html\">Docs</a>: 1 commit, the newest <code>$g_runbook</code>" "$R" ||
	fail "the review page does not list the second stale component"
grep -rqF "$GR" "$G/site" && fail "a page or data.json names the local path '$GR'"
end

begin "site and git: data.json and report.md carry the evidence verdicts"
python3 - "$G/site/data.json" "$g_tune" <<'PY' || fail "data.json evidence (above)"
import json, sys
d = json.load(open(sys.argv[1]))
r1, r2 = d["projects"][0]["reviews"]
e = r1["evidence"]
assert (e["confirmed"], e["contradicted"], e["unverifiable"]) == (4, 1, 1), e
items = {i["path"]: i for i in e["items"] if i.get("owner") == "component API"}
s = items["api/server.go"]
assert s["verdict"] == "confirmed" and s["resolved"] == "proj/api/server.go", s
assert s["first_date"] == "2026-03-01" and s["last_commit"] == sys.argv[2], s
assert items["Helpers.ts"]["verdict"] == "unverifiable" and "any of 2 paths" in items["Helpers.ts"]["found"]
st = {x["component"]: x for x in e["stale"]}
assert st["API"]["commits"] == 2 and st["Docs"]["commits"] == 1, st
st2 = {x["component"]: x["commits"] for x in r2["evidence"]["stale"]}
assert st2 == {"API": 1, "Docs": 0}, st2
planned = [i for i in e["items"] if i.get("owner") == "story S2"][0]
assert planned["verdict"] == "confirmed" and planned["first_date"] == "2026-03-08", planned
PY
run report --format md "$G/reviews" --repo "$GR" --cache "$G/cache"
expect_rc 0
expect_out "#### Evidence against the repository"
expect_out "5 evidence items checked: 3 confirmed, 1 contradicted, 1 unverifiable at $g_timeouts of 2026-03-12."
expect_out "| contradicted | component API: api/config.yaml (line"
expect_out "Changed since the review's commit, up to HEAD ($g_more of 2026-03-20): 1 component, API (1 commit); 1 of 2 components unchanged."
grep -qF "$GR" "$W/out" && fail "report.md names the local path '$GR'"
end

begin "site and git: plan vs actual cut at each review's date; waves.html as of HEAD"
R1=$G/site/reviews/2026-03-05/index.html
R2=$G/site/reviews/2026-03-15/index.html
# review 1: the runbook came on 03-08, after it: S1's day only, the wave open
grep -q "delivery dates from git, up to the review&#39;s date (2026-03-05)" "$R1" || fail "review 1 does not state its cut"
grep -q '<th scope="row">W1 Base</th><td class="nowrap">planned</td><td class="num">1/2</td>' "$R1" || fail "review 1: stories done"
grep -q '<td><span class="date">2026-03-01</span> → <span class="date">2026-03-06</span></td><td><span class="date">2026-03-01</span> → <span class="date">2026-03-01</span></td><td><span class="muted">open</span></td>' "$R1" ||
	fail "review 1 counts a delivery after its date: $(grep -o 'W1 Base.*' "$R1" | head -c 600)"
# review 2: finished, delivered 03-08 against an end of 03-10: two days early
grep -q '<td><span class="date">2026-03-01</span> → <span class="date">2026-03-10</span></td><td><span class="date">2026-03-01</span> → <span class="date">2026-03-08</span></td><td><span class="nowrap">-2 days</span></td>' "$R2" ||
	fail "review 2's window or slip: $(grep -o 'W1 Base.*' "$R2" | head -c 600)"
WV=$G/site/waves.html
grep -q "up to HEAD ($g_more of 2026-03-20), after the review's date too" "$WV" || fail "waves.html does not say it is as of HEAD"
# the plan across the reviews: the end moved four days, a story added
grep -q 'changed</span> +1 pts, +1 story, end +4 days' "$WV" ||
	fail "waves.html does not show the change of plan: $(grep -o 'changed</span>[^<]*' "$WV")"
grep -q "1 change of plan" "$WV" || fail "the changes of plan are not counted"
end

begin "site and git: without a repository, no verdicts and nothing claimed of git"
run build "$G/reviews" -o "$G/bare" --no-repo
expect_rc 0
grep -q 'class="verdict' "$G/bare/components/api.html" && fail "a verdict without a repository"
grep -q "Evidence against the repository" "$G/bare/reviews/2026-03-05/index.html" && fail "an evidence section without a repository"
grep -q "delivery dates from git" "$G/bare/reviews/2026-03-05/index.html" && fail "git named without a repository"
grep -q "<code>api/config.yaml</code>" "$G/bare/components/api.html" || fail "the evidence as written is gone without a repository"
grep -q '<span class="muted">story S2:</span> <code>../docs/runbook.md</code> <span class="muted">(a file the plan will create)</span>' \
	"$G/bare/reviews/2026-03-05/index.html" || fail "the review page does not list what the review cites without a repository"
end
fi
