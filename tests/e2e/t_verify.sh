# t_verify.sh - `prr verify`: every verdict, against a fixture repository.

V=$W/verify
mkdir -p "$V/reviews" "$V/ok"
if ! command -v git >/dev/null 2>&1; then
	begin "verify: fixtures"; skip "git is not installed"; end
else
sh "$ROOT/tests/fixtures/mkrepo.sh" basic "$V/fx" >/dev/null 2>&1 || echo "FAIL: mkrepo.sh" >&2
VREPO=$V/fx/repo
api=$(git -C "$VREPO" rev-parse v0.1)
short=$(echo "$api" | cut -c1-8)
short2=$(git -C "$VREPO" rev-parse --short=10 HEAD~2)
cat > "$V/reviews/prr.json" <<JSON
{ "project": "Demo", "root": "sub",
  "components": { "API": ["src/api/**"], "Lib": ["../lib/*.c"] } }
JSON
cat > "$V/reviews/2026-01-20.json" <<JSON
{
  "schema": "prr/review/v1",
  "project": "Demo",
  "date": "2026-01-20",
  "components": [
    {"name": "API", "evidence": [{"path": "src/api/server.c"}]},
    {"name": "Lib", "evidence": [{"path": "../lib/b.c"}]}
  ],
  "waves": [{"id": "W1", "stories": [
    {"id": "S1", "evidence": [{"path": "package.json", "token": "@anthropic-ai/sdk"}]},
    {"id": "S2", "evidence": [{"path": "/src/state.js", "token": "compact()", "absent": true, "claim": "NOT FOUND"}]},
    {"id": "S3", "evidence": [{"path": "src/missing.c"}]},
    {"id": "S4", "evidence": [{"path": "./src/*.js"}]},
    {"id": "S5", "evidence": [{"path": "../../etc/passwd"}]},
    {"id": "S6", "evidence": [{"path": "links/out", "token": "root"}]},
    {"id": "S7", "evidence": [{"path": "links/in", "token": "StateManager"}]},
    {"id": "S8", "evidence": [{"path": "package.json", "token": "express"}]},
    {"id": "S9", "evidence": [{"path": "src/state.js", "token": "load()", "absent": true}]},
    {"id": "S10", "evidence": [{"path": "docs", "absent": true}]}
  ]}],
  "commits": [
    {"ref": "$short", "text": "the API server"},
    {"ref": "deadbeefdeadbeef", "text": "a commit that never was"}
  ]
}
JSON
cat > "$V/reviews/2026-01-06.json" <<JSON
{ "schema": "prr/review/v1", "project": "Demo", "date": "2026-01-06", "revision": "v0.1",
  "waves": [{"id": "W1", "stories": [
    {"id": "S1", "evidence": [{"path": "src/api/server.c"}]},
    {"id": "S2", "evidence": [{"path": "src/state.js", "token": "compact()", "absent": true}]}]}] }
JSON
cat > "$V/reviews/2025-12-01.json" <<JSON
{ "schema": "prr/review/v1", "project": "Demo", "date": "2025-12-01",
  "waves": [{"id": "W0", "stories": [{"id": "S0", "evidence": [{"path": "src/api/server.c"}]}]}] }
JSON
cat > "$V/reviews/2026-01-07.json" <<JSON
{ "schema": "prr/review/v1", "project": "Demo", "date": "2026-01-07", "revision": "no-such-rev" }
JSON

begin "verify: every verdict, with the review line it came from"
run verify "$V/reviews" --repo "$VREPO"
expect_rc 1
R20=$V/reviews/2026-01-20.json
expect_out "confirmed: revision: checked at $(git -C "$VREPO" rev-parse --short=10 HEAD~2) of 2026-01-15 (the last commit at or before the end of the review date (UTC), 2026-01-20T23:59:59Z): Links"
expect_out_re "2026-01-20.json:6: confirmed: path \(component API\): 'src/api/server.c' exists at [0-9a-f]+ as 'sub/src/api/server.c' \(under the project root\)"
expect_out "confirmed: history (component API): 'sub/src/api/server.c' first appeared in $(git -C "$VREPO" rev-parse --short=10 v0.1) (2026-01-08), last changed in $(git -C "$VREPO" rev-parse --short=10 'v1.0^2') (2026-01-10)"
expect_out "confirmed: path (component Lib): '../lib/b.c' exists at $short2 as 'lib/b.c'"
expect_out_re "2026-01-20.json:10: confirmed: token \(story S1\): '@anthropic-ai/sdk' is in 'sub/package.json'"
expect_out "confirmed: absent (story S2): 'compact()' is not in 'sub/src/state.js'"
expect_out "contradicted: path (story S3): 'src/missing.c' does not exist at $short2 (tried 'sub/src/missing.c', 'src/missing.c' and **/src/missing.c)"
expect_out "confirmed: path (story S4): './src/*.js' exists at $short2 (1 match of 'sub/src/*.js')"
expect_out "unverifiable: refused (story S5): refused: '../../etc/passwd' leaves the repository"
expect_out "unverifiable: refused (story S6): refused: 'links/out' is a symbolic link leading outside the repository"
expect_out "confirmed: token (story S7): 'StateManager' is in 'sub/links/in'"
expect_out "contradicted: token (story S8): 'express' is not in 'sub/package.json'"
expect_out "contradicted: absent (story S9): 'load()' is in 'sub/src/state.js'"
expect_out "confirmed: absent (story S10): 'docs' is absent at $short2 (tried 'sub/docs', 'docs')"
expect_out "confirmed: commit: commit $api of 2026-01-08 by Ada Author: Add the API server"
expect_out "contradicted: commit: commit 'deadbeefdeadbeef' is unknown"
expect_out_re "unverifiable: stale: 1 commit after [0-9a-f]+ touch the paths of 'API' \(newest [0-9a-f]+ of 2026-02-01: Server retries\)"
expect_out "confirmed: stale: no commit after"
expect_out "confirmed: path (story S1): 'src/api/server.c' exists at $(git -C "$VREPO" rev-parse --short=10 v0.1) as 'sub/src/api/server.c'"
expect_out "confirmed: absent (story S2): 'compact()' is not in 'sub/src/state.js'"
expect_out "unverifiable: revision: the review (2025-12-01) predates the history of '$VREPO' (its first commit $(git -C "$VREPO" rev-list --max-parents=0 HEAD | cut -c1-10) is of 2026-01-05) and the document is in no commit"
expect_out "unverifiable: path (story S0): no commit to check 'src/api/server.c' against"
expect_out "contradicted: revision: revision 'no-such-rev' is not in"
[ -f "$V/reviews/.prr-cache/history.cache" ] || fail "no cache in the reviews folder"
end

begin "verify: --format json carries verdicts, commits and delivery dates"
run verify "$V/reviews" --repo "$VREPO" --format json --no-cache
expect_rc 1
expect_out '"verdict": "contradicted"'
expect_out "\"first_date\": \"2026-01-08\""
expect_out "\"first_commit\": \"$api\""
expect_out '"count": 1'
end

begin "verify: all confirmed exits 0; --root overrides prr.json"
cat > "$V/ok/2026-03-01.json" <<JSON
{ "schema": "prr/review/v1", "project": "Demo", "date": "2026-03-01",
  "components": [{"name": "API", "evidence": [{"path": "src/api/server.c", "token": "retry()"}]}] }
JSON
run verify "$V/ok" --repo "$VREPO" --root sub
expect_rc 0
expect_out "confirmed: token (component API): 'retry()' is in 'sub/src/api/server.c'"
expect_out "0 contradicted"
run verify "$V/ok" --repo "$VREPO"
expect_rc 0
expect_out "confirmed: path (component API): 'src/api/server.c' exists at $(git -C "$VREPO" rev-parse --short=10 HEAD) as 'sub/src/api/server.c' (the one match of **/src/api/server.c)"
end

begin "verify: a missing repository is an error naming it"
run verify "$V/ok" --repo "$V/nowhere"
expect_rc 1
expect_err "repository '$V/nowhere' does not exist"
end
fi
