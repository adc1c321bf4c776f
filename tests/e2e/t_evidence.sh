# t_evidence.sh - evidence resolution, the revision rules and plans
# delivered later, against a fixture repository built here with pinned
# names and dates (evidence.h).

E=$W/evid
if ! command -v git >/dev/null 2>&1; then
	begin "evidence: fixtures"; skip "git is not installed"; end
else
mkdir -p "$E/reviews" "$E/plan" "$E/md" "$E/old"
ER=$E/repo
(
	fixture_git "$ER" || exit 1
	at() { git_at "$@"; }
	commit() { git_commit "$@"; }
	at 2026-03-01T12:00:00+0000
	mkdir -p proj/src/obs proj/lib app/a app/b app/c app/d app/e app/f docs
	printf 'export const Metrics = 1;\n' > proj/src/obs/Metrics.ts
	printf 'export class Registry {}\n' > proj/src/obs/Registry.ts
	printf 'export class Registry { old() {} }\n' > proj/lib/Registry.ts
	printf 'export const schema = {\n  useRealAgents: true,\n};\n' > proj/src/schema.ts
	for d in a b c d e f; do printf 'x\n' > app/$d/index.ts; done
	printf 'x\n' > app/a/Metrics.ts
	commit "Start"
	# the instant 2026-03-02T09:00Z
	at 2026-03-02T09:00:00+0000
	printf 'one\n' > proj/src/nine.ts
	commit "Nine o'clock"
	# 22:30 UTC on 2026-03-02, already 2026-03-03 where it was made
	at 2026-03-03T00:30:00+0200
	printf 'two\n' > proj/src/late.ts
	commit "Late evening in UTC"
	at 2026-03-05T12:00:00+0000
	printf 'delivered\n' > proj/src/new.ts
	commit "Deliver new.ts"
	git checkout -q -b side
	at 2026-03-06T12:00:00+0000
	printf 'on a branch\n' > proj/src/branch.ts
	commit "Side work"
	git checkout -q main
	at 2026-03-20T12:00:00+0000
	printf 'more\n' > proj/src/more.ts
	commit "More"
) >/dev/null 2>&1 || echo "FAIL: the evidence fixture" >&2
c_nine=$(git -C "$ER" rev-parse --short=10 HEAD~3)
c_late=$(git -C "$ER" rev-parse --short=10 HEAD~2)
c_new=$(git -C "$ER" rev-parse --short=10 HEAD~1)
c_side=$(git -C "$ER" rev-parse --short=10 side)
c_start=$(git -C "$ER" rev-parse --short=10 HEAD~4)

cat > "$E/reviews/prr.json" <<JSON
{ "project": "Evid", "root": "proj" }
JSON
cat > "$E/reviews/2026-03-02.json" <<JSON
{ "schema": "prr/review/v1", "project": "Evid", "date": "2026-03-02",
  "waves": [{"id": "W1", "stories": [
    {"id": "S1", "evidence": [{"path": "src/obs/Metrics.ts"},
                              {"path": "Registry.ts", "beside": "src/obs/Metrics.ts"}]},
    {"id": "S2", "evidence": [{"path": "Registry.ts"}]},
    {"id": "S3", "evidence": [{"path": "proj/src/schema.ts", "token": "config.useRealAgents"}]},
    {"id": "S4", "evidence": [{"path": "src/schema.ts", "token": "config.useFakeAgents"}]},
    {"id": "S5", "evidence": [{"path": "index.ts"}]},
    {"id": "S6", "evidence": [{"path": "schema.ts", "token": "useRealAgents", "absent": true}]},
    {"id": "S7", "evidence": [{"path": "~/.local/share/app.db"}]},
    {"id": "S8", "evidence": [{"path": "Metrics.ts"}]}
  ]}],
  "evidence": [{"path": "src/late.ts"}, {"path": "obs"}] }
JSON

begin "evidence: resolution beside, under the root, as a suffix; tokens as identifiers"
run verify "$E/reviews" --repo "$ER" --no-cache
expect_rc 1
expect_out "(the last commit at or before the end of the review date (UTC), 2026-03-02T23:59:59Z)"
expect_out "checked at $c_late of 2026-03-03"
expect_out "confirmed: path (story S1): 'Registry.ts' exists at $c_late as 'proj/src/obs/Registry.ts' (beside 'src/obs/Metrics.ts')"
expect_out "unverifiable: path (story S2): 'Registry.ts' at $c_late is any of 2 paths: 'proj/lib/Registry.ts' and 'proj/src/obs/Registry.ts'"
expect_out "confirmed: path (story S3): 'proj/src/schema.ts' exists at $c_late as 'proj/src/schema.ts' (under the project root)"
expect_out "confirmed: token (story S3): 'config.useRealAgents' is in 'proj/src/schema.ts'"
expect_out "contradicted: token (story S4): 'config.useFakeAgents' is not in 'proj/src/schema.ts'"
expect_out "unverifiable: path (story S5): 'index.ts' at $c_late is any of 6 paths: 'app/a/index.ts', 'app/b/index.ts', 'app/c/index.ts', 'app/d/index.ts' and 2 more"
expect_out "contradicted: absent (story S6): 'useRealAgents' is in 'proj/src/schema.ts'"
expect_out "confirmed: path (story S8): 'Metrics.ts' exists at $c_late as 'proj/src/obs/Metrics.ts' (the one match of **/Metrics.ts under the project root)"
expect_out "unverifiable: refused (story S7): refused: '~/.local/share/app.db' leaves the repository"
expect_out "confirmed: path: 'src/late.ts' exists at $c_late as 'proj/src/late.ts'"
expect_out "confirmed: path: 'obs' exists at $c_late as 'proj/src/obs' (the one match of **/obs)"
end

begin "evidence: --format json names the rule and each resolved path"
run verify "$E/reviews" --repo "$ER" --no-cache --format json
expect_out '"rule": "end of day"'
expect_out '"cutoff": "2026-03-02T23:59:59Z"'
expect_out '"resolved": "proj/src/obs/Registry.ts"'
end

# a Markdown review stating its time and zone
cat > "$E/md/review.md" <<'MD'
# Readiness review

**Date:** 2026-03-02 10:30 UTC

| Component | Status | Evidence |
|-----------|--------|----------|
| Core | PASS | `proj/src/schema.ts` |
MD
begin "evidence: the stated time and zone choose the commit"
run verify "$E/md" --repo "$ER" --no-cache
expect_out "confirmed: revision: checked at $c_nine of 2026-03-02 (the last commit at or before the stated time, 2026-03-02T10:30:00Z)"
# 11:59 at +03:00 is 08:59 UTC: before the 09:00 commit
sed -i 's/2026-03-02 10:30 UTC/2026-03-02T11:59:00+03:00/' "$E/md/review.md"
run verify "$E/md" --repo "$ER" --no-cache
expect_out "confirmed: revision: checked at $c_start of 2026-03-01 (the last commit at or before the stated time, 2026-03-02T08:59:00Z)"
end

# the review document committed in the repository: that commit is the anchor
cp "$E/reviews/2026-03-02.json" "$E/old/2025-01-01.json"
sed -i 's/"date": "2026-03-02"/"date": "2025-01-01"/' "$E/old/2025-01-01.json"
(
	fixture_git "$ER" && cp "$E/old/2025-01-01.json" docs/review.json &&
	git_at 2026-03-21T12:00:00+0000 && git_commit "Add the review"
) >/dev/null 2>&1 || echo "FAIL: committing the review" >&2
c_doc=$(git -C "$ER" rev-parse --short=10 HEAD)
cp "$E/reviews/prr.json" "$E/old/prr.json"
begin "evidence: a review older than the history, checked at the commit that added it"
run verify "$E/old" --repo "$ER" --no-cache
expect_out "confirmed: revision: checked at $c_doc of 2026-03-21 (the commit that added the review document)"
expect_out "unverifiable: predates: the review (2025-01-01) is older than the history of '$ER' (its first commit $c_start is of 2026-03-01): checked at $c_doc, the first commit that contains the document (as 'docs/review.json')"
run verify "$E/old" --repo "$ER" --no-cache --format json
expect_out '"rule": "document"'
expect_out '"predates": true'
expect_out '"history_first_date": "2026-03-01"'
# the site says it too, naming the repository by its folder, never by
# the path it was read from
run build "$E/old" --repo "$ER" --cache "$E/old-cache" -o "$E/old-site"
expect_rc 0
P=$E/old-site/reviews/2025-01-01/index.html
grep -q 'older than the history</span> Evidence checked against the repository: ' "$P" ||
	fail "the review page does not say the review predates the history"
grep -q "checked at $c_doc" "$P" || fail "the review page does not name the commit checked"
grep -rqF "$ER" "$E/old-site" && fail "a page or data.json names the local path '$ER'"
end

cp "$E/reviews/prr.json" "$E/plan/prr.json"
cat > "$E/plan/2026-03-02.json" <<JSON
{ "schema": "prr/review/v1", "project": "Evid", "date": "2026-03-02",
  "revision": "$c_nine",
  "waves": [
    {"id": "W1", "start": "2026-03-02", "end": "2026-03-10", "stories": [
      {"id": "P1", "status": "pending", "evidence": [{"path": "src/new.ts", "planned": true}]},
      {"id": "P2", "status": "pending", "evidence": [{"path": "src/never.ts", "planned": true}]},
      {"id": "P3", "status": "pending", "evidence": [{"path": "src/branch.ts", "planned": true}]}]},
    {"id": "W2", "start": "2026-03-10", "end": "2099-01-01", "stories": [
      {"id": "P4", "status": "pending", "evidence": [{"path": "src/someday.ts", "planned": true}]}]}] }
JSON
begin "evidence: planned files delivered later, or not"
run verify "$E/plan" --repo "$ER" --no-cache
expect_rc 1
expect_out "(the review's revision)"
expect_out "confirmed: planned (story P1): 'src/new.ts' planned — not there at $c_nine, delivered in $c_new on 2026-03-05 as 'proj/src/new.ts'"
expect_out "contradicted: planned (story P2): 'src/never.ts' planned — not delivered: no commit after $c_nine on HEAD's history adds it (the plan's window ended 2026-03-10, HEAD is of 2026-03-21)"
expect_out "contradicted: planned (story P3): 'src/branch.ts' planned — not delivered"
expect_out "unverifiable: planned (story P4): 'src/someday.ts' planned — not delivered: no commit after $c_nine on HEAD's history adds it (the plan's window 2099-01-01 is not past HEAD)"
run verify "$E/plan" --repo "$ER" --no-cache --all-branches
expect_out "confirmed: planned (story P3): 'src/branch.ts' planned — not there at $c_nine, delivered in $c_side on 2026-03-06 as 'proj/src/branch.ts'"
expect_out "no commit after $c_nine on any branch adds it"
end

begin "evidence: a planned file's delivery is its wave's actual window"
run report "$E/plan" --repo "$ER" --format json
expect_rc 0
expect_out '"actual_start": "2026-03-05"'
run report "$E/plan" --repo "$ER" --format json --all-branches
expect_out '"actual_end": "2026-03-06"'
end
fi

# what the site shows of it: the timeline knows the repository was read,
# stated counts that agree say so, a claimed absence is no "holds"
if command -v git >/dev/null 2>&1; then
mkdir -p "$E/site"
cp "$E/reviews/prr.json" "$E/site/prr.json"
cat > "$E/site/2026-03-02.json" <<JSON
{ "schema": "prr/review/v1", "project": "Evid", "date": "2026-03-02",
  "components": [{"name": "Core", "status": "pass",
    "evidence": [{"path": "src/schema.ts", "token": "compact()", "absent": true}]}],
  "waves": [{"id": "W1", "stories": [{"id": "S1", "status": "pass", "points": 3}]}],
  "audit": [{"claim": "W1 story points", "stated": "3", "computed": "3", "agrees": true, "line": 1}] }
JSON
begin "evidence: the site built with --repo shows what it read"
run build "$E/site" -o "$E/out" --repo "$ER"
expect_rc 0
grep -q 'Build with <code>--repo DIR</code>' "$E/out/timeline.html" &&
	fail "the timeline asks for --repo on a site built with it"
grep -q 'W1 story points: 3 — agrees with the stories' "$E/out/waves.html" ||
	fail "a stated count that agrees is not shown as agreeing: $(grep -o 'W1 story points[^<]*' "$E/out/waves.html")"
grep -q 'must not hold <code>compact()</code>' "$E/out/components/core.html" ||
	fail "the component page shows a claimed absence as held: $(grep -o '(holds[^)]*)' "$E/out/components/core.html")"
run build "$E/site" -o "$E/out2" --no-repo
grep -q 'Build with <code>--repo DIR</code>' "$E/out2/timeline.html" ||
	fail "the timeline of a site built without a repository says nothing"
end
fi

# paths as people write them: a Next.js route with brackets, a file the
# repository's .gitignore keeps out of git, a path on the author's machine
if command -v git >/dev/null 2>&1; then
NR=$E/names-repo
(
	export GIT_AUTHOR_NAME="Ada Author" GIT_AUTHOR_EMAIL="ada@example.com"
	export GIT_COMMITTER_NAME="Cid Committer" GIT_COMMITTER_EMAIL="cid@example.com"
	export GIT_CONFIG_NOSYSTEM=1 HOME=$E/.home TZ=UTC
	export GIT_AUTHOR_DATE=2026-04-01T12:00:00+0000 GIT_COMMITTER_DATE=2026-04-01T12:00:00+0000
	unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
	git init -q -b main "$NR" && cd "$NR" && git config commit.gpgsign false
	mkdir -p 'app/[id]' api
	printf 'x\n' > 'app/[id]/route.ts'
	printf 'x\n' > NOTES.md
	printf '# local files\n.env*\n!.env.example\n' > .gitignore
	printf 'secret.json\n' > api/.gitignore
	printf 'A=\n' > .env.example
	printf 'x\n' > old.ts
	git add -A && git commit -q -m "Start"
	export GIT_AUTHOR_DATE=2026-04-01T13:00:00+0000 GIT_COMMITTER_DATE=2026-04-01T13:00:00+0000
	git rm -q old.ts && git commit -q -m "Remove old.ts"
) >/dev/null 2>&1 || echo "FAIL: the names fixture" >&2
mkdir -p "$E/names"
cat > "$E/names/2026-04-02.json" <<JSON
{ "schema": "prr/review/v1", "project": "Names", "date": "2026-04-02",
  "evidence": [{"path": "app/[id]/route.ts"}, {"path": "app/[x]/route.ts"},
    {"path": ".env"}, {"path": ".env.local"}, {"path": ".env.example"},
    {"path": "api/secret.json"}, {"path": "secret.json"}, {"path": "web/secret.json"},
    {"path": "/home/ana/work/names/NOTES.md"}, {"path": "/Users/ana/elsewhere/none.md"},
    {"path": "old.ts"}, {"path": "react-hooks/static-components"},
    {"path": "api/handlers"}] }
JSON
begin "evidence: brackets named as written, files git ignores, paths on the author's machine, a file removed before"
run verify "$E/names" --repo "$NR" --no-cache
c0=$(git -C "$NR" rev-parse --short=10 HEAD)
expect_out "confirmed: path: 'app/[id]/route.ts' exists at $c0"
c1=$(git -C "$NR" rev-parse --short=10 HEAD~1)
expect_out "confirmed: history: 'app/[id]/route.ts' first appeared in $c1 (2026-04-01)"
expect_out "contradicted: path: 'old.ts' does not exist at $c0 (tried 'old.ts' and **/old.ts); it was there until $c0 (2026-04-01), which removed or moved it: 'Remove old.ts'"
expect_out "contradicted: path: 'app/[x]/route.ts'"
expect_out "unverifiable: path: '.env' is not kept in git: '.gitignore' at $c0 ignores it"
expect_out "unverifiable: path: '.env.local' is not kept in git: '.gitignore' at $c0 ignores it"
expect_out "confirmed: path: '.env.example' exists at $c0"
expect_out "unverifiable: path: 'api/secret.json' is not kept in git: 'api/.gitignore' at $c0 ignores it"
expect_out "unverifiable: path: 'secret.json' is not kept in git: 'api/.gitignore' at $c0 ignores it"
expect_out "contradicted: path: 'web/secret.json' does not exist"
expect_out "confirmed: path: 'NOTES.md' exists at $c0"
expect_out "unverifiable: path: 'react-hooks/static-components' names no file and nothing at $c0 is called 'react-hooks': not a path of this repository?"
expect_out "contradicted: path: 'api/handlers' does not exist at $c0"
expect_out "unverifiable: path: '/Users/ana/elsewhere/none.md' is a path on the author's machine; no end of it is a path in the repository at $c0"
expect_rc 1
end
fi

# files a review asks to delete (a heading or label that says remove, in
# the languages reviews are written in), a library's name written like a
# file, a name whose case differs, and a review added to the repository
# after the file it cites had moved
if command -v git >/dev/null 2>&1; then
DR=$E/drops-repo
mkdir -p "$E/drops"
cat > "$E/drops/2026-05-02.md" <<'MD'
# Cleanup review

Date: 2026-05-02

## Checks

- [x] Passport.js switched on
- `SessionLog.js` records each login
- `UserStore.ts` keeps the state
- [__tests__/login.test.ts](__tests__/login.test.ts): passes

### FIX-2: Alte Dateien entfernen

- `legacy/a.js`
- `legacy/b.js` (deprecated)
- `keep.js`: die Debug-Aufrufe

**Zu löschen:**

- `gone.js`

### Remove console.log calls

- Remove console.log: `keep.js`
MD
cat > "$E/drops/2026-05-04.md" <<'MD'
# Widget review

Date: 2026-05-04

## UI

- `src/old/Widget.tsx` draws the widget
MD
(
	fixture_git "$DR" || exit 1
	git_at 2026-04-20T12:00:00+0000
	mkdir -p legacy store src/old __tests__
	for f in legacy/a.js legacy/b.js gone.js keep.js store/userStore.ts \
		src/old/Widget.tsx __tests__/login.test.ts; do
		printf 'x\n' > "$f"
	done
	git_commit "Start"
	git_at 2026-04-25T12:00:00+0000
	git rm -q gone.js && git_commit "Drop gone.js"
	git_at 2026-05-01T12:00:00+0000
	printf 'y\n' > keep.js && git_commit "Quieter keep.js"
	git_at 2026-05-05T12:00:00+0000
	git rm -q legacy/a.js && git_commit "Drop legacy/a.js"
	git_at 2026-05-10T12:00:00+0000
	mkdir -p src/ui docs && git mv src/old/Widget.tsx src/ui/Widget.tsx
	cp "$E/drops/2026-05-04.md" docs/widget-review.md
	git add -A && git_commit "Move the widget; keep its review"
) >/dev/null 2>&1 || echo "FAIL: the drops fixture" >&2
begin "evidence: files to delete, library names, case, a review added after the file moved"
run verify "$E/drops" --repo "$DR" --no-cache
c2=$(git -C "$DR" rev-parse --short=10 HEAD~2)
c1=$(git -C "$DR" rev-parse --short=10 HEAD~3)
c3=$(git -C "$DR" rev-parse --short=10 HEAD~1)
c4=$(git -C "$DR" rev-parse --short=10 HEAD)
c0=$(git -C "$DR" rev-parse --short=10 HEAD~4)
# deleted after the review, by the commit that did it
expect_out "confirmed: absent: 'legacy/a.js' is to be deleted and still there at $c2 as 'legacy/a.js'; deleted later, in $c3 on 2026-05-05: 'Drop legacy/a.js'"
expect_out "unverifiable: absent: 'legacy/b.js' is to be deleted and still there at $c2 as 'legacy/b.js', and at HEAD (2026-05-10)"
expect_out "confirmed: absent: 'gone.js' is to be deleted and absent at $c2 (tried 'gone.js'); $c1 (2026-04-25) deleted or moved it: 'Drop gone.js'"
# a file with more to say, and a label that removes something else: there
expect_out "2026-05-02.md:16: confirmed: path: 'keep.js' exists at $c2"
grep -q "absent: 'keep.js'" "$W/out" && fail "keep.js, a file to change, is read as one to delete"
expect_out "unverifiable: path: 'Passport.js' is a library's name as much as a file's, and no file of that name is in any commit up to $c2: it names a library or nothing in the repository"
expect_out "contradicted: path: 'SessionLog.js' does not exist at $c2"
expect_out "unverifiable: path: 'UserStore.ts' is not at $c2 as written; 'store/userStore.ts' differs from it in case alone"
expect_out "confirmed: path: '__tests__/login.test.ts' exists at $c2"
expect_out "unverifiable: path: 'src/old/Widget.tsx' does not exist at $c4 (tried 'src/old/Widget.tsx' and **/src/old/Widget.tsx); it was there on the review's date 2026-05-04 (from $c0 of 2026-04-20 until $c4 of 2026-05-10, which removed or moved it: 'Move the widget; keep its review'): the review was written before the commit checked"
expect_rc 1
end
fi

# files named in running text without backticks, and links' targets:
# verified as backticked ones are, a file said to be gone as gone
if command -v git >/dev/null 2>&1; then
PR=$E/prose-repo
mkdir -p "$E/prose"
cat > "$E/prose/2026-05-02.md" <<'MD'
# Observability review

Date: 2026-05-02

## Observability

Dashboards are defined in ops/dashboards/payments.json and the runbook
lives at docs/runbooks/outage.md.
See [the SLO doc](docs/slo.md) and [the restore steps](./docs/runbooks/db.md#restore).
The old cleanup.sh was removed; see [the status page](https://status.example.org/a.md).
MD
(
	fixture_git "$PR" || exit 1
	git_at 2026-05-01T12:00:00+0000
	mkdir -p ops/dashboards docs/runbooks
	printf '{}\n' > ops/dashboards/payments.json
	printf 'x\n' > docs/slo.md
	printf 'x\n' > cleanup.sh
	git_commit "Start"
) >/dev/null 2>&1 || echo "FAIL: the prose fixture" >&2
begin "evidence: paths in running text and links' targets are verified"
run verify "$E/prose" --repo "$PR" --no-cache
c0=$(git -C "$PR" rev-parse --short=10 HEAD)
expect_out "2026-05-02.md:7: confirmed: path: 'ops/dashboards/payments.json' exists at $c0"
expect_out "2026-05-02.md:8: contradicted: path: 'docs/runbooks/outage.md' does not exist at $c0"
expect_out "2026-05-02.md:9: confirmed: path: 'docs/slo.md' exists at $c0"
expect_out "2026-05-02.md:9: contradicted: path: 'docs/runbooks/db.md' does not exist at $c0"
expect_out "2026-05-02.md:10: contradicted: absent: 'cleanup.sh'"
grep -q "status.example.org" "$W/out" && fail "a URL's target read as a file"
expect_rc 1
end
fi
