# t_new.sh - `prr new` (the next review drafted, read back by `prr import`)
# and `prr init` (a new reviews folder that check and build accept).

N=$W/new
mkdir -p "$N"

# same_as_source SOURCE.json IMPORTED.json DATE: what the draft carries of
# the source review is what `prr import` read back, field by field.
same_as_source() {
	/usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import json, sys
src, got, date = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
bad = []
def eq(what, a, b):
    if a != b:
        bad.append("%s: %r read back as %r" % (what, a, b))
def ws(s):
    return " ".join(s.split()) if s else None
eq("date", date, got.get("date"))
eq("project", src.get("project"), got.get("project"))
sc, gc = src.get("components", []), got.get("components", [])
eq("components", len(sc), len(gc))
for a, b in zip(sc, gc):
    for k in ("name", "kind", "status"):
        eq(a["name"] + " " + k, a.get(k), b.get(k))
    eq(a["name"] + " checks", len(a.get("checks", [])), len(b.get("checks", [])))
    for x, y in zip(a.get("checks", []), b.get("checks", [])):
        w = a["name"] + "/" + x["category"]
        for k in ("category", "status", "passed", "total", "action"):
            eq(w + " " + k, ws(x.get(k)) if isinstance(x.get(k), str) else x.get(k), y.get(k))
        note = "(re-check)" + (" " + ws(x["note"]) if x.get("note") else "")
        eq(w + " note", note, y.get("note"))
sf, gf = src.get("findings", []), got.get("findings", [])
eq("findings", len(sf), len(gf))
for a, b in zip(sf, gf):
    for k in ("id", "severity", "title", "component", "effort"):
        eq("finding " + a["title"] + " " + k, a.get(k), b.get(k))
    eq("finding " + a["title"] + " blocking", bool(a.get("blocking")), b.get("blocking"))
items = [(cl["title"], i["text"], i.get("status") if i.get("status") in ("partial", "fail") else "pending")
         for cl in src.get("checklists", []) for i in cl.get("items", [])
         if not i["done"] and i.get("status") not in ("pass", "na")]
back = [(cl["title"], i["text"], i.get("status")) for cl in got.get("checklists", []) for i in cl["items"]]
eq("unfinished checklist items", items, back)
eq("milestones", [(m["name"], m.get("due"), bool(m.get("done"))) for m in src.get("milestones", [])],
   [(m["name"], m.get("due"), m.get("done")) for m in got.get("milestones", [])])
eq("estimates", [(e.get("label"), e["low"], e["high"], e.get("unit")) for e in src.get("estimates", [])],
   [(e.get("label"), e["low"], e["high"], e.get("unit")) for e in got.get("estimates", [])])
for b in bad:
    print(b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
}

begin "new: --help, and no --date is bad usage"
run new --help
expect_rc 0
expect_out "usage: prr new"
expect_out "--date YYYY-MM-DD"
run new "$SAMPLES/reviews"
expect_rc 2
expect_err "--date YYYY-MM-DD is required"
expect_err "reads no clock"
expect_no_out
run new "$SAMPLES/reviews" --date 2026-02-30
expect_rc 2
expect_err "'2026-02-30' is no date"
run new "$SAMPLES/reviews" --date 2026-05-25
expect_rc 2
expect_err "not after the latest review's (2026-05-25)"
run new "$N/no-such-folder" --date 2026-07-01
expect_rc 1
expect_err "no-such-folder"
end

begin "new: the draft of the samples reads back through prr import exactly"
run new "$SAMPLES/reviews" --date 2026-07-01 -o "$N/next.md"
expect_rc 0
expect_no_out
expect_no_err
run import "$N/next.md" -o "$N/next.json"
expect_rc 0
expect_no_err
same_as_source "$SAMPLES/reviews/2026-05-25.json" "$N/next.json" 2026-07-01 ||
	fail "the draft does not read back as the latest review (see above)"
grep -q '^### F-008: Notification v2 migration' "$N/next.md" || fail "no finding section"
grep -q '(re-check) The v2 migration dropped' "$N/next.md" || fail "no re-check mark"
grep -q 'On-call rota' "$N/next.md" || fail "no unfinished item"
grep -q 'Backups restored' "$N/next.md" && fail "a done item was carried"
grep -q 'Overall readiness' "$N/next.md" && fail "a score of the last review was carried"
grep -q '^## Since the last review' "$N/next.md" && fail "a 'since' section without --repo"
run check "$N/next.md"
expect_rc 0
expect_out "7 components, 49 checks"
end

begin "new: stdout without -o; -o never replaced without --force"
run new "$SAMPLES/reviews" --date 2026-07-01
expect_rc 0
expect_out "**Date:** 2026-07-01"
cmp -s "$W/out" "$N/next.md" || fail "stdout differs from -o"
printf 'mine\n' > "$N/taken.md"
run new "$SAMPLES/reviews" --date 2026-07-01 -o "$N/taken.md"
expect_rc 1
expect_err "exists; --force replaces it"
[ "$(cat "$N/taken.md")" = mine ] || fail "an existing file was overwritten"
run new "$SAMPLES/reviews" --date 2026-07-01 -o "$N"
expect_rc 2
expect_err "is a folder"
run new "$SAMPLES/reviews" --date 2026-07-01 -o "$N/taken.md" --force
expect_rc 0
cmp -s "$N/taken.md" "$N/next.md" || fail "--force did not write the draft"
cp -r "$SAMPLES/reviews" "$N/own"
run new "$N/own" --date 2026-07-01 -o "$N/own/2026-05-25.json" --force
expect_rc 1
expect_err "never writes over its input"
cmp -s "$N/own/2026-05-25.json" "$SAMPLES/reviews/2026-05-25.json" || fail "input overwritten"
end

begin "new: hostile names stay in their cells and read back"
mkdir -p "$N/hostile"
cat > "$N/hostile/2026-01-10.json" <<'EOF'
{
  "schema": "prr/review/v1",
  "project": "Hostile | Project *x*",
  "date": "2026-01-10",
  "components": [
    {"name": "Gate|way <b>", "kind": "svc_x", "status": "partial", "checks": [
      {"category": "Sec | urity", "status": "fail", "passed": 1, "total": 3,
       "note": "a | b *c* _d_ `e` [f](g) <h> &amp; \\ # 1. x", "action": "fix ~~it~~ | now"},
      {"category": "Docs", "status": "pending", "note": "line one\nline two"},
      {"category": "Ops", "note": "- dash start"}
    ]}
  ],
  "findings": [
    {"id": "SEC-1", "severity": "critical", "blocking": true, "title": "Token | leak in `logs` *now* here",
     "component": "Gate|way <b>", "effort": {"low": 2, "high": 3, "unit": "days"}},
    {"id": "F-2", "severity": "medium", "title": "a | b & <script>alert(1)</script> [x]"}
  ],
  "checklists": [{"title": "Go | live", "items": [
    {"text": "- [ ] nested? | pipe", "done": false},
    {"text": "done one", "done": true},
    {"text": "half _way_ there", "done": false, "status": "partial"}]}],
  "milestones": [{"name": "GA | launch", "due": "2026-03-01", "done": false}],
  "estimates": [{"label": "Left *to* do", "low": 2, "high": 3, "unit": "weeks"}]
}
EOF
run new "$N/hostile" --date 2026-02-01 -o "$N/hostile-next.md"
expect_rc 0
expect_no_err
grep -qF '| Sec \| urity | ❌ FAIL | 1/3 | (re-check) a \| b \*c\*' "$N/hostile-next.md" ||
	fail "a cell's '|' or '*' not escaped"
grep -qF '\<script\>' "$N/hostile-next.md" || fail "'<' not escaped"
run import "$N/hostile-next.md" -o "$N/hostile-next.json"
expect_rc 0
expect_no_err
same_as_source "$N/hostile/2026-01-10.json" "$N/hostile-next.json" 2026-02-01 ||
	fail "hostile names do not read back (see above)"
end

begin "new: what the importer cannot read back is a warning at the draft's line"
mkdir -p "$N/lossy"
cat > "$N/lossy/2026-01-10.json" <<'EOF'
{"schema": "prr/review/v1", "date": "2026-01-10",
 "findings": [{"id": "auth-1", "severity": "high", "title": "Tokens never expire"},
              {"id": "F-3", "severity": "low", "title": "Ends in emphasis *"}]}
EOF
run new "$N/lossy" --date 2026-02-01
expect_rc 0
expect_out "### 1. Tokens never expire"
expect_err_re "\(draft\):[0-9]+: warning: finding 'auth-1', ID: 'auth-1' reads back as 'F1'"
expect_err "finding 'F-3', title: 'Ends in emphasis *' reads back as 'Ends in emphasis'"
end

begin "new: several projects need --project"
mkdir -p "$N/two"
printf '{"schema": "prr/review/v1", "project": "Alpha", "date": "2026-01-10", "findings": [{"id": "A-1", "severity": "low", "title": "Alpha thing"}]}\n' > "$N/two/a.json"
printf '{"schema": "prr/review/v1", "project": "Beta", "date": "2026-01-12", "findings": [{"id": "B-1", "severity": "high", "title": "Beta thing"}]}\n' > "$N/two/b.json"
run new "$N/two" --date 2026-02-01
expect_rc 2
expect_err "--project"
run new "$N/two" --date 2026-02-01 --project Beta
expect_rc 0
expect_out "### B-1: Beta thing"
grep -q "Alpha" "$W/out" && fail "the other project's review was drafted"
run new "$N/two" --date 2026-02-01 --project Gamma
expect_rc 1
expect_err "no review of project 'Gamma'"
end

begin "new --repo: commits per component, changed evidence, planned files that appeared"
R=$N/repo
mkdir -p "$R"
(
	cd "$R" || exit 1
	export GIT_AUTHOR_NAME=T GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=T \
		GIT_COMMITTER_EMAIL=t@example.org GIT_CONFIG_NOSYSTEM=1 HOME=$R
	at() { GIT_AUTHOR_DATE="$1T10:00:00+00:00" GIT_COMMITTER_DATE="$1T10:00:00+00:00" git commit -q -m "$2"; }
	git init -q -b main . && git config commit.gpgsign false
	mkdir -p services/api docs
	echo one > services/api/main.go; echo run > docs/runbook.md
	git add . && at 2026-01-05 "first"
	git tag v1
	echo two >> services/api/main.go; git add . && at 2026-01-15 "api change"
	echo cache > services/api/cache.go; git add . && at 2026-01-20 "cache"
	echo later >> docs/runbook.md; git add . && at 2026-02-10 "after the new date"
) >/dev/null 2>&1 || fail "git fixture"
mkdir -p "$N/withrepo"
# ("Core": a folder, as verify counts it, covers the files under it)
printf '{"components": {"API": ["services/api/**"], "Docs": ["docs/**"], "Core": ["services/api"]}}\n' > "$N/withrepo/prr.json"
cat > "$N/withrepo/2026-01-10.json" <<'EOF'
{"schema": "prr/review/v1", "date": "2026-01-10", "revision": "v1",
 "components": [{"name": "API", "status": "pass",
   "checks": [{"category": "Testing", "status": "pass"}],
   "evidence": [{"path": "services/api/main.go", "claim": "the service"},
                {"path": "docs/runbook.md", "claim": "the runbook"}]}],
 "waves": [{"id": "W1", "name": "Cache", "stories": [{"id": "S-1", "title": "Cache",
   "status": "pending", "evidence": [{"path": "services/api/cache.go", "claim": "the cache", "planned": true}]}]}]}
EOF
run new "$N/withrepo" --date 2026-02-01 --repo "$R" -o "$N/withrepo-next.md"
expect_rc 0
expect_no_err
D=$N/withrepo-next.md
grep -q '^## Since the last review' "$D" || fail "no 'since' section"
grep -q 'after the revision reviewed, v1 (.*), up to 2026-02-01. 2 commits.' "$D" || fail "wrong span: $(grep 'What git' "$D")"
grep -q '^- API — 2 commits, newest [0-9a-f]\{10\} on 2026-01-20$' "$D" || fail "API commits: $(grep '^- API' "$D")"
grep -q '^- Docs — no commit$' "$D" || fail "Docs counted a commit after --date"
grep -q '^- Core — 2 commits, newest [0-9a-f]\{10\} on 2026-01-20$' "$D" || fail "a folder's commits: $(grep '^- Core' "$D")"
grep -q '^- services/api/main.go (API) — 1 commit, newest [0-9a-f]\{10\} on 2026-01-15$' "$D" ||
	fail "changed evidence: $(grep 'main.go' "$D")"
grep -q 'runbook.md (API)' "$D" && fail "evidence unchanged before --date listed"
grep -q '^- S-1 Cache — services/api/cache.go appeared in [0-9a-f]\{10\} on 2026-01-20$' "$D" ||
	fail "planned file: $(grep 'cache.go' "$D")"
run import "$D"
expect_rc 0
expect_no_err
expect_out '"date": "2026-02-01"'
run new "$N/withrepo" --date 2026-02-01 --repo "$N/no-repo"
expect_rc 1
expect_err "no-repo"
end

begin "init: a folder that check and build accept at once, a template"
run init --help
expect_rc 0
expect_out "usage: prr init"
run init "$N/rv" --date 2026-07-01 --project "Pay | API"
expect_rc 0
expect_out "wrote $N/rv/prr.json"
[ -f "$N/rv/prr.json" ] && [ -f "$N/rv/README.txt" ] && [ -f "$N/rv/2026-07-01.md" ] ||
	fail "files missing: $(ls "$N/rv")"
grep -q '"project": "Pay | API"' "$N/rv/prr.json" || fail "project not in prr.json"
run check "$N/rv"
expect_rc 0
expect_out "1 review checked, 0 invalid"
expect_out "0 components, 0 checks"
expect_err "this looks like a template"
run build "$N/rv" -o "$N/rv-site"
expect_rc 0
[ -f "$N/rv-site/index.html" ] || fail "no site"
run report "$N/rv"
expect_rc 0
expect_out "no component checks"
expect_out "0 open"
grep -q "not-ready" "$W/out" && fail "a template gave a level"
run new "$N/rv" --date 2026-08-01 -o "$N/rv/2026-08-01.md"
expect_rc 0
run check "$N/rv"
expect_rc 0
expect_out "2 reviews checked, 0 invalid"
end

begin "init: no --date gives review.md, dated by check --date"
run init "$N/rv2"
expect_rc 0
[ -f "$N/rv2/review.md" ] || fail "no review.md"
run check "$N/rv2"
expect_rc 1
expect_err "no review date"
run check "$N/rv2" --date 2026-07-01
expect_rc 0
run build "$N/rv2" --date 2026-07-01 -o "$N/rv2-site"
expect_rc 0
end

begin "init: a folder that is not empty, or a file, is refused and left as it was"
mkdir -p "$N/full"
printf 'keep\n' > "$N/full/notes.txt"
run init "$N/full"
expect_rc 1
expect_err "is not empty"
[ "$(ls "$N/full")" = notes.txt ] || fail "something was written: $(ls "$N/full")"
run init "$N/full/notes.txt"
expect_rc 1
expect_err "is not a folder"
mkdir -p "$N/empty"
run init "$N/empty"
expect_rc 0
run init "$N/a/b/c"
expect_rc 1
expect_err "cannot create"
[ -e "$N/a" ] && fail "a parent folder was made"
run init "$N/x" --date 2026-13-01
expect_rc 2
expect_err "is no date"
[ -e "$N/x" ] && fail "written despite bad usage"
run_in "$N/empty" init
expect_rc 0
[ -f "$N/empty/reviews/prr.json" ] || fail "default folder not 'reviews'"
end
