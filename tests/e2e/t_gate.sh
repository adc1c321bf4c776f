# t_gate.sh - `prr gate`: passes and fails crafted reviews as a CI step.

G=$W/gate
mkdir -p "$G/good" "$G/bad"
cat > "$G/good/2026-04-01.json" <<'JSON'
{"schema": "prr/review/v1", "project": "Demo", "date": "2026-04-01",
 "dimensions": [{"name": "Security", "score": 7, "max": 10}],
 "components": [{"name": "API", "checks": [
   {"category": "Tests", "status": "pass"}, {"category": "Load", "status": "partial"}]}]}
JSON
cat > "$G/good/2026-05-01.json" <<'JSON'
{"schema": "prr/review/v1", "project": "Demo", "date": "2026-05-01",
 "dimensions": [{"name": "Security", "score": 8, "max": 10}],
 "components": [{"name": "API", "checks": [
   {"category": "Tests", "status": "pass"}, {"category": "Load", "status": "pass"}]}]}
JSON
cat > "$G/good/prr.json" <<'JSON'
{"gate": {"min_readiness": 80, "min_score": 7, "max_critical": 0, "no_regressions": true}}
JSON
cp "$G/good/2026-04-01.json" "$G/bad/"
cat > "$G/bad/2026-05-01.json" <<'JSON'
{"schema": "prr/review/v1", "project": "Demo", "date": "2026-05-01",
 "dimensions": [{"name": "Security", "score": 5, "max": 10}],
 "components": [{"name": "API", "checks": [
   {"category": "Tests", "status": "fail"}, {"category": "Load", "status": "partial"}]}],
 "findings": [{"id": "F-1", "severity": "critical", "title": "No TLS"}],
 "audit": [{"claim": "Checks passing", "stated": "2 of 2", "computed": "0/2", "agrees": false}]}
JSON
cp "$G/good/prr.json" "$G/bad/"

begin "gate: a ready review passes the prr.json conditions"
run gate "$G/good"
expect_rc 0
expect_out "gate: passed (4 conditions; method prr-score/1)"
end

begin "gate: one line per failed condition, then what fails it at its FILE:LINE, exit 1"
run gate "$G/bad" --max-disagreements 0
expect_rc 1
expect_out "Demo 2026-05-01: readiness 25% is below 80%"
expect_out "  $G/bad/2026-05-01.json:3: component \"API\": 25% (0 of 2 checks pass, 1 partial, 1 failing, 0 pending)"
expect_out "Demo 2026-05-01: score 5/10 is below 7"
expect_out "  $G/bad/2026-05-01.json:2: dimension \"Security\": 5/10"
expect_out "Demo 2026-05-01: 1 critical finding open, at most 0 allowed"
expect_out "  $G/bad/2026-05-01.json:5: finding F-1 \"No TLS\""
expect_out "Demo 2026-05-01: 6 regressions since 2026-04-01"
expect_out "  figure \"readiness\": 75% -> 25%"
expect_out "  figure \"dimension score\": 7 -> 5"
expect_out "  $G/bad/2026-05-01.json:4: check \"API / Tests\": pass -> fail"
expect_out "Demo 2026-05-01: 1 disagreement between the document and prr, at most 0 allowed"
expect_out "  $G/bad/2026-05-01.json:6: claim \"Checks passing\": stated 2 of 2; found 0/2"
expect_out "gate: failed (5 conditions; method prr-score/1)"
expect_no_err # the review cites no evidence: nothing went unchecked
end

begin "gate: options override prr.json"
run gate "$G/bad" --min-readiness 20 --min-score 5 --max-critical 1
expect_rc 1
expect_out "gate: failed (1 condition"
expect_out "regressions since 2026-04-01"
end

begin "gate: with no condition at all it passes and says so"
mkdir -p "$G/plain"
cp "$G/bad/2026-05-01.json" "$G/plain/"
run gate "$G/plain"
expect_rc 0
expect_out "gate: no conditions set"
end

begin "gate: a waiver in prr.json makes a failed check count as n/a"
mkdir -p "$G/waived"
cp "$G/bad/2026-05-01.json" "$G/waived/"
cat > "$G/waived/prr.json" <<'JSON'
{"gate": {"min_readiness": 40, "max_critical": 0},
 "waivers": [{"component": "api", "category": "tests", "reason": "flaky rig",
              "approver": "QA lead", "expires": "2026-05-01"},
             {"finding": "No TLS", "reason": "internal", "approver": "CISO",
              "expires": "2026-05-01"}]}
JSON
run gate "$G/waived"
expect_rc 0
run report --format json "$G/waived"
expect_out '"state": "active"'
expect_out '"waived": 1'
sed -i 's/2026-05-01"}/2026-04-30"}/g' "$G/waived/prr.json"
run gate "$G/waived"
expect_rc 1
expect_out "readiness 25% is below 40%"
run report "$G/waived"
expect_out "EXPIRED waiver: API / Tests until 2026-04-30 (QA lead)"
end

begin "gate: bad option values are usage errors"
run gate "$G/good" --min-readiness 120
expect_rc 2
expect_err "--min-readiness wants a number from 0 to 100, not '120'"
run gate "$G/good" --max-critical 1.5
expect_rc 2
end

if [ -d "$SAMPLES/reviews" ]; then
	begin "gate: the samples pass their prr.json gate, fail --no-regressions"
	run gate "$SAMPLES/reviews"
	expect_rc 0
	run gate --no-regressions "$SAMPLES/reviews"
	expect_rc 1
	expect_out "regressions since 2026-04-13"
	end
fi

# The figure compared is the figure printed: readiness as the pages show
# it, a whole percent (half to even), the score in tenths.
mkdir -p "$G/round"
cat > "$G/round/2026-05-01.json" <<'JSON'
{"schema": "prr/review/v1", "project": "Round", "date": "2026-05-01",
 "dimensions": [{"name": "Security", "score": 8.25, "max": 10}],
 "components": [{"name": "API", "checks": [
   {"category": "A", "status": "pass"}, {"category": "B", "status": "pass"},
   {"category": "C", "status": "pass"}, {"category": "D", "status": "pass"},
   {"category": "E", "status": "pass"}, {"category": "F", "status": "pass"},
   {"category": "G", "status": "pass"}, {"category": "H", "status": "pass"},
   {"category": "I", "status": "partial"}]}]}
JSON
begin "gate: readiness 94.4% is shown and compared as 94%"
run report --format json "$G/round"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["projects"][0]["reviews"][0]["scorecard"]; \
assert abs(r["readiness"]-94.444)<0.01, r["readiness"]' "$W/out" 2>"$W/py" || fail "readiness: $(cat "$W/py")"
run gate "$G/round" --min-readiness 94
expect_rc 0
run gate "$G/round" --min-readiness 94.4
expect_rc 1
expect_out "Round 2026-05-01: readiness 94% is below 94.4%"
run report --format md "$G/round"
expect_out "readiness **94%**"
end

begin "gate: a half percent rounds to even, as the pages print it (12.5% is 12%)"
mkdir -p "$G/half"
cat > "$G/half/2026-05-01.json" <<'JSON'
{"schema": "prr/review/v1", "project": "Half", "date": "2026-05-01",
 "components": [{"name": "API", "checks": [
   {"category": "A", "status": "partial"}, {"category": "B", "status": "fail"},
   {"category": "C", "status": "fail"}, {"category": "D", "status": "fail"}]}]}
JSON
run gate "$G/half" --min-readiness 12.5
expect_rc 1
expect_out "Half 2026-05-01: readiness 12% is below 12.5%"
run gate "$G/half" --min-readiness 12
expect_rc 0
run report --format md "$G/half"
expect_out "readiness **12%**"
end

begin "gate: --min-score compares the score in tenths, as printed"
run gate "$G/round" --min-score 8.3
expect_rc 0 # 8.25 is shown as 8.3
run gate "$G/round" --min-score 8.31
expect_rc 1
expect_out "score 8.3/10 is below 8.31"
end

if [ -d "$SAMPLES/reviews" ]; then
	begin "gate: the samples' 95.56% passes --min-readiness 95.6 (it is shown as 96%)"
	run gate "$SAMPLES/reviews" --min-readiness 95.6
	expect_rc 0
	expect_out "gate: passed"
	run gate "$SAMPLES/reviews" --min-readiness 96
	expect_rc 0
	run gate "$SAMPLES/reviews" --min-readiness 96.5
	expect_rc 1
	expect_out "readiness 96% is below 96.5%"
	run report --format md "$SAMPLES/reviews"
	expect_out "readiness **96%**"
	end

	begin "gate: --max-disagreements without a repository warns that evidence was not checked, and passes"
	# (one disagreement is the document's own: its verdict is conditional,
	# prr computes ready)
	run gate "$SAMPLES/reviews" --no-repo --max-disagreements 1
	expect_rc 0
	expect_err "prr: warning: gate: Ledgerline Payments API 2026-05-25: max_disagreements: evidence was not checked: no repository was read"
	expect_out "gate: passed (3 conditions; 1 not wholly checked; method prr-score/1)"
	run gate "$SAMPLES/reviews" --no-repo --max-disagreements 1 --format json
	expect_rc 0
	python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); \
c=[c for c in d["conditions"] if c["condition"]=="max_disagreements"][0]; \
assert d["passed"] is True and d["unchecked"]==1, d; \
assert c["checked"] is False and "evidence was not checked" in c["warning"], c; \
assert c["passed"] is True and c["value"]==1 and c["limit"]==1, c' "$W/out" 2>"$W/py" || fail "json: $(cat "$W/py")"
	end

	if command -v git >/dev/null 2>&1; then
		sh "$SAMPLES/mkrepo.sh" "$G/repo" >/dev/null 2>&1
		begin "gate: with the repository, evidence is checked and a wrong commit fails"
		run gate "$SAMPLES/reviews" --repo "$G/repo" --max-disagreements 1
		expect_rc 1
		expect_no_err
		expect_out "2 disagreements between the document and prr, at most 1 allowed"
		expect_out_re '^  .*2026-05-25\.json:[0-9]+: claim "c0ffee42d1": stated is a commit of the repository'
		end
	fi
fi

begin "gate: --no-regressions with a single review warns it was not checked"
mkdir -p "$G/single"
cp "$G/bad/2026-05-01.json" "$G/single/"
run gate "$G/single" --no-regressions --format github
expect_rc 0
expect_err "no_regressions: a single review: no earlier review to compare with, regressions were not checked"
expect_out "::warning title=prr gate%3A no_regressions::Demo 2026-05-01: a single review"
expect_out "gate: passed (1 condition; 1 not wholly checked"
end

begin "gate: --format json, one object: each condition with value, limit, passed and what fails it"
run gate "$G/bad" --max-disagreements 0 --format json
expect_rc 1
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); G=sys.argv[2]; \
c={c["condition"]:c for c in d["conditions"]}; \
assert d["method"]=="prr-score/1" and d["passed"] is False and d["failed"]==5, d; \
assert set(c)=={"min_readiness","min_score","max_critical","no_regressions","max_disagreements"}, c.keys(); \
r=c["min_readiness"]; assert r["value"]==25 and r["limit"]==80 and r["passed"] is False and r["checked"] is True; \
assert r["items"]==[{"kind":"component","id":None,"name":"API","detail":"25% (0 of 2 checks pass, 1 partial, 1 failing, 0 pending)","file":G+"/bad/2026-05-01.json","line":3}], r["items"]; \
k=c["max_critical"]; assert k["value"]==1 and k["limit"]==0; \
assert [(i["id"],i["name"],i["line"]) for i in k["items"]]==[("F-1","No TLS",5)], k["items"]; \
g=c["no_regressions"]; assert g["value"]==6 and len(g["items"])==6; \
assert ("check","API / Tests","pass -> fail",4) in [(i["kind"],i["name"],i["detail"],i["line"]) for i in g["items"]]; \
m=c["max_disagreements"]; assert [i["name"] for i in m["items"]]==["Checks passing"] and m["items"][0]["line"]==6' \
	"$W/out" "$G" 2>"$W/py" || fail "json: $(cat "$W/py")"
expect_no_err
run gate "$G/good" --format json
expect_rc 0
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); \
assert d["passed"] is True and d["failed"]==0 and len(d["conditions"])==4; \
assert all(c["passed"] and c["items"]==[] for c in d["conditions"]); \
r=[c for c in d["conditions"] if c["condition"]=="min_readiness"][0]; \
assert r["value"]==100 and r["message"]=="readiness 100% (at least 80%)", r' "$W/out" 2>"$W/py" || fail "json: $(cat "$W/py")"
end

begin "gate: --format github writes an ::error annotation per failing item at its file and line"
run gate "$G/bad" --max-disagreements 0 --format github
expect_rc 1
expect_out "::error file=$G/bad/2026-05-01.json,line=5,title=prr gate%3A max_critical::Demo 2026-05-01: 1 critical finding open, at most 0 allowed: finding F-1 \"No TLS\""
expect_out "::error file=$G/bad/2026-05-01.json,line=3,title=prr gate%3A min_readiness::Demo 2026-05-01: readiness 25%25 is below 80%25: component \"API\""
expect_out "::error title=prr gate%3A no_regressions::Demo 2026-05-01: 6 regressions since 2026-04-01: figure \"readiness\""
expect_out "gate: failed (5 conditions; method prr-score/1)"
[ "$(grep -c '^::error ' "$W/out")" = 10 ] || fail "10 annotations wanted: $(cat "$W/out")"
end

begin "gate: review text cannot forge annotations, lines or commands"
mkdir -p "$G/hostile"
cat > "$G/hostile/2026-05-01.json" <<'JSON'
{"schema": "prr/review/v1", "project": "Demo", "date": "2026-05-01",
 "components": [{"name": "API", "checks": [{"category": "Tests", "status": "pass"}]}],
 "findings": [{"id": "F-1", "severity": "critical",
   "title": "x\n::error::forged\r\ngate: passed 100%, \u001b[2K"}]}
JSON
run gate "$G/hostile" --max-critical 0 --format github
expect_rc 1
[ "$(grep -c '^::' "$W/out")" = 1 ] || fail "one annotation wanted: $(cat "$W/out")"
grep -q '^gate: passed' "$W/out" && fail "a forged 'gate: passed' line"
expect_out "$(printf 'finding F-1 "x\357\277\275::error::forged\357\277\275\357\277\275gate: passed 100%%25, \357\277\275[2K"')"
run gate "$G/hostile" --max-critical 0
expect_rc 1
[ "$(grep -c 'forged' "$W/out")" = 1 ] || fail "the title on one line wanted: $(cat "$W/out")"
grep -q "$(printf '\033')" "$W/out" && fail "an escape character reached the log"
end

begin "gate: a project named like a workflow command is no command in the log"
mkdir -p "$G/cmd"
sed 's/"project": "Demo"/"project": "::error::forged"/' "$G/bad/2026-05-01.json" > "$G/cmd/2026-05-01.json"
run gate "$G/cmd" --max-critical 0
expect_rc 1
grep -q '^ *::' "$W/out" && fail "a line the runner reads as a command: $(cat "$W/out")"
expect_out "$(printf '\357\277\275::error::forged 2026-05-01: 1 critical finding open')"
end

begin "gate: --format is text, json or github"
run gate "$G/good" --format yaml
expect_rc 2
expect_err "unknown format 'yaml'"
end

begin "gate: 20,000 regressed components and checks are named in linear time"
# a hang guard only: each regression was looked up by a walk of the review
mkdir -p "$G/many"
for d in 2026-01-05 2026-02-05; do
	awk -v d="$d" -v s="$([ "$d" = 2026-01-05 ] && echo pass || echo fail)" 'BEGIN {
		printf "{\"schema\": \"prr/review/v1\", \"project\": \"Many\", \"date\": \"%s\",\n\"components\": [\n", d
		for (i = 0; i < 20000; i++)
			printf "%s{\"name\": \"c%d\", \"checks\": [{\"category\": \"T\", \"status\": \"%s\"}]}\n", i ? "," : "", i, s
		printf "]}\n" }' > "$G/many/$d.json"
done
timeout $LONG "$PRR" gate --no-regressions "$G/many" >"$W/out" 2>"$W/err"; rc=$?
expect_rc 1
expect_out "Many 2026-02-05: 40001 regressions since 2026-01-05"
expect_out "$G/many/2026-02-05.json:20002: check \"c19999 / T\": pass -> fail"
rm -rf "$G/many"
end

# A folder of project folders: each project is gated by its own prr.json
# (a project's prr.json without "gate" takes the folder given's).
mkdir -p "$G/org/alpha" "$G/org/beta" "$G/org/gamma"
gate_review() { # gate_review DIR DATE STATUS
	printf '{"schema": "prr/review/v1", "date": "%s", "components": [{"name": "API", "checks": [{"category": "Tests", "status": "%s"}, {"category": "Load", "status": "pass"}]}]}\n' \
		"$2" "$3" > "$1/$2.json"
}
gate_review "$G/org/alpha" 2026-01-05 pass
gate_review "$G/org/alpha" 2026-02-05 fail
gate_review "$G/org/beta" 2026-01-10 fail
gate_review "$G/org/beta" 2026-02-10 pass
gate_review "$G/org/gamma" 2026-02-11 pass
echo '{"gate": {"min_readiness": 90}}' > "$G/org/prr.json"
echo '{"project": "Alpha", "gate": {"min_readiness": 40, "no_regressions": true}}' > "$G/org/alpha/prr.json"
echo '{}' > "$G/org/beta/prr.json"
echo '{"gate": {"max_critical": 0}}' > "$G/org/gamma/prr.json"

begin "gate: a portfolio's projects each against their own conditions, a block each; one failing fails the gate"
run gate "$G/org"
expect_rc 1
expect_out "Alpha 2026-02-05: failed (1 of 2 conditions failed; conditions of $G/org/alpha/prr.json)"
expect_out "  passed min_readiness: readiness 50% (at least 40%)"
expect_out "  FAILED no_regressions: 3 regressions since 2026-01-05"
expect_out "    $G/org/alpha/2026-02-05.json:1: check \"API / Tests\": pass -> fail"
expect_out "beta 2026-02-10: passed (1 condition; conditions of $G/org/prr.json)"
expect_out "  passed min_readiness: readiness 100% (at least 90%)"
expect_out "gamma 2026-02-11: passed (1 condition; conditions of $G/org/gamma/prr.json)"
expect_out "  passed max_critical: 0 critical findings open (at most 0)"
expect_out "gate: failed (1 of 3 projects failed; 4 conditions; method prr-score/1)"
# the blocks in the figures' order, each condition under its project
awk '/^[^ ]/ { p = $1 } /^  (passed|FAILED)/ { print p, $2 }' "$W/out" > "$W/blocks"
printf 'Alpha min_readiness:\nAlpha no_regressions:\nbeta min_readiness:\ngamma max_critical:\n' | cmp -s - "$W/blocks" ||
	fail "blocks: $(cat "$W/blocks")"
end

begin "gate: options apply over every project's conditions; the blocks say so"
run gate "$G/org" --min-readiness 60
expect_rc 1
expect_out "  FAILED min_readiness: readiness 50% is below 60%"
expect_out "beta 2026-02-10: passed (1 condition; conditions of $G/org/prr.json and the options)"
expect_out "  passed min_readiness: readiness 100% (at least 60%)"
expect_out "gamma 2026-02-11: passed (2 conditions; conditions of $G/org/gamma/prr.json and the options)"
end

begin "gate: a project passes when its own conditions pass, whatever the others'"
run gate "$G/org/gamma"
expect_rc 0
expect_out "gate: passed (1 condition; method prr-score/1)"
# alone, beta is its own reviews folder: the portfolio's prr.json is not read
run gate "$G/org/beta"
expect_rc 0
expect_out "gate: no conditions set"
run gate "$G/org/alpha"
expect_rc 1
expect_out "Alpha 2026-02-05: 3 regressions since 2026-01-05"
end

begin "gate: --format json of several projects, a summary each beside the conditions"
run gate "$G/org" --format json
expect_rc 1
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); G=sys.argv[2]; \
assert d["passed"] is False and d["failed"]==1, d; \
p={x["project"]:x for x in d["projects"]}; \
assert list(p)==["Alpha","beta","gamma"], list(p); \
assert (p["Alpha"]["passed"], p["Alpha"]["conditions"], p["Alpha"]["failed"])==(False,2,1), p["Alpha"]; \
assert p["Alpha"]["gate_from"]==G+"/org/alpha/prr.json" and p["beta"]["gate_from"]==G+"/org/prr.json", p; \
assert p["beta"]["passed"] and p["gamma"]["passed"] and p["gamma"]["conditions"]==1; \
c=[(x["project"],x["condition"],x["passed"]) for x in d["conditions"]]; \
assert c==[("Alpha","min_readiness",True),("Alpha","no_regressions",False),("beta","min_readiness",True),("gamma","max_critical",True)], c' \
	"$W/out" "$G" 2>"$W/py" || fail "json: $(cat "$W/py")"
run gate "$G/org/gamma" --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "projects" not in d and len(d["conditions"])==1, d' \
	"$W/out" 2>"$W/py" || fail "one project's json changed: $(cat "$W/py")"
end

begin "gate: --format github of several projects names the project in each annotation's title"
run gate "$G/org" --format github
expect_rc 1
expect_out "::error file=$G/org/alpha/2026-02-05.json,line=1,title=prr gate%3A Alpha%3A no_regressions::Alpha 2026-02-05: 3 regressions since 2026-01-05: check \"API / Tests\": pass -> fail"
expect_out "beta 2026-02-10: passed (1 condition; conditions of $G/org/prr.json)"
[ "$(grep -c '^::error ' "$W/out")" = 3 ] || fail "3 annotations wanted: $(cat "$W/out")"
expect_out "gate: failed (1 of 3 projects failed"
end

begin "gate: a project without conditions among gated ones is said on stderr, not passed unseen"
mkdir -p "$G/org2/one" "$G/org2/two"
gate_review "$G/org2/one" 2026-01-05 pass
gate_review "$G/org2/two" 2026-01-05 pass
echo '{"gate": {"min_readiness": 50}}' > "$G/org2/one/prr.json"
echo '{}' > "$G/org2/two/prr.json"
run gate "$G/org2"
expect_rc 0
expect_out "two 2026-01-05: passed (no conditions set (its prr.json \"gate\" or options))"
expect_err "prr: warning: gate: two 2026-01-05: no conditions set (its prr.json \"gate\" or options): it passes unchecked"
expect_out "gate: passed (2 projects; 1 condition; method prr-score/1)"
rm "$G/org2/one/prr.json"
run gate "$G/org2"
expect_rc 0
expect_out "gate: no conditions set for any of the 2 projects"
end

# The document's own verdict (--min-verdict, prr.json "min_verdict"): a
# review whose document says NO-GO while its checks compute 57%.
mkdir -p "$G/nogo" "$G/partial" "$G/noverdict" "$G/merged/2026-07-21"
cat > "$G/nogo/2026-07-21.md" <<'MD'
# Orders Service – Production Readiness Review

| Component | Monitoring | Alerting | Backups |
|---|---|---|---|
| API | Yes | Yes | No |
| Worker | Yes | No | Yes |

## Result

| Gate | Result |
|---|---|
| Load test | Failed |
| **Overall** | **NO-GO** |
MD
sed 's/\*\*NO-GO\*\*/**GO with conditions**/' "$G/nogo/2026-07-21.md" > "$G/partial/2026-07-21.md"
grep -v 'Overall' "$G/nogo/2026-07-21.md" > "$G/noverdict/2026-07-21.md"
# two documents of one date, the verdict in the second
sed -n '1,6p' "$G/nogo/2026-07-21.md" > "$G/merged/2026-07-21/a.md"
printf '# Orders Service – Production Readiness Review\n\n**Status:** NO-GO\n' > "$G/merged/2026-07-21/b.md"

begin "gate: --min-verdict fails a review whose document says NO-GO, whatever its figures"
run gate "$G/nogo" --min-readiness 50
expect_rc 0 # the figures alone pass (57%)
run gate "$G/nogo" --min-readiness 50 --min-verdict partial
expect_rc 1
expect_out "nogo 2026-07-21: the document's verdict is not ready (\"NO-GO\"), at least partial wanted"
expect_out "  $G/nogo/2026-07-21.md:13: verdict \"NO-GO\": not ready"
expect_out "gate: failed (1 condition; method prr-score/1)"
grep -q 'readiness' "$W/out" && fail "readiness passed, yet printed: $(cat "$W/out")"
expect_no_err # the condition looks at the verdict: no warning
end

begin "gate: --min-verdict partial passes a partial verdict, ready does not"
run gate "$G/partial" --min-verdict partial
expect_rc 0
expect_out "gate: passed (1 condition; method prr-score/1)"
expect_no_err
run gate "$G/partial" --min-verdict partial --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); c=d["conditions"][0]; \
assert c["message"]=="the document'"'"'s verdict is partial (at least partial)", c; \
assert (c["value"], c["limit"], c["passed"], c["checked"])==(1,1,True,True), c' "$W/out" 2>"$W/py" || fail "json: $(cat "$W/py")"
run gate "$G/partial" --min-verdict ready
expect_rc 1
expect_out "the document's verdict is partial (\"GO with conditions\"), at least ready wanted"
end

begin "gate: a NO-GO no condition looks at passes, with a warning at the verdict's line"
run gate "$G/nogo" --min-readiness 50
expect_rc 0
expect_err "prr: warning: gate: nogo 2026-07-21: $G/nogo/2026-07-21.md:13: the document says not ready (\"NO-GO\") and no condition looks at its verdict (--min-verdict partial would fail the gate on it)"
expect_out "gate: passed (1 condition; method prr-score/1)"
run gate "$G/nogo"
expect_rc 0
expect_out "gate: no conditions set"
expect_err "--min-verdict partial would fail the gate on it"
run gate "$G/partial" --min-readiness 50
expect_no_err # a partial verdict is no warning
end

begin "gate: a document that states no verdict is not checked, not failed"
run gate "$G/noverdict" --min-verdict partial
expect_rc 0
expect_err "prr: warning: gate: noverdict 2026-07-21: min_verdict: the document states no verdict"
expect_out "gate: passed (1 condition; 1 not wholly checked; method prr-score/1)"
run gate "$G/noverdict" --min-verdict partial --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); c=d["conditions"][0]; \
assert d["passed"] is True and d["unchecked"]==1 and "warnings" not in d, d; \
assert c["condition"]=="min_verdict" and c["value"] is None and c["limit"]==1, c; \
assert c["checked"] is False and c["warning"]=="the document states no verdict", c' "$W/out" 2>"$W/py" || fail "json: $(cat "$W/py")"
end

begin "gate: --min-verdict is partial or ready; prr.json's min_verdict too, at its FILE:LINE:COL"
run gate "$G/nogo" --min-verdict go
expect_rc 2
expect_err "--min-verdict wants partial or ready, not 'go'"
run gate "$G/nogo" --min-verdict not-ready
expect_rc 2
run gate "$G/nogo" --min-verdict Partial
expect_rc 2
printf '{"gate": {\n  "min_verdict": "yes"}}\n' > "$G/nogo/prr.json"
run gate "$G/nogo"
expect_rc 1
expect_err "$G/nogo/prr.json:2:18: error: 'min_verdict' must be \"partial\" or \"ready\""
expect_no_out
rm "$G/nogo/prr.json"
end

begin "gate: prr.json's \"min_verdict\" is a condition as the option is"
echo '{"gate": {"min_verdict": "partial"}}' > "$G/nogo/prr.json"
run gate "$G/nogo"
expect_rc 1
expect_out "the document's verdict is not ready (\"NO-GO\"), at least partial wanted"
expect_no_err
run gate "$G/nogo" --min-verdict ready # the option over prr.json
expect_rc 1
expect_out "at least ready wanted"
cp "$G/nogo/prr.json" "$G/partial/prr.json"
run gate "$G/partial"
expect_rc 0
rm "$G/nogo/prr.json" "$G/partial/prr.json"
end

begin "gate: the verdict of two documents of one date is named in the one that states it"
run gate "$G/merged" --min-verdict partial
expect_rc 1
expect_out "  $G/merged/2026-07-21/b.md:3: verdict \"NO-GO\": not ready"
end

begin "gate: --format json carries min_verdict, and the unheeded verdict under \"warnings\""
run gate "$G/nogo" --min-verdict partial --format json
expect_rc 1
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); G=sys.argv[2]; c=d["conditions"][0]; \
assert d["passed"] is False and d["failed"]==1 and "warnings" not in d, d; \
assert c["condition"]=="min_verdict" and (c["value"], c["exact"], c["limit"])==(0,0,1), c; \
assert c["message"]=="the document'"'"'s verdict is not ready (\"NO-GO\"), at least partial wanted", c; \
assert c["items"]==[{"kind":"verdict","id":None,"name":"NO-GO","detail":"not ready","file":G+"/nogo/2026-07-21.md","line":13}], c["items"]' \
	"$W/out" "$G" 2>"$W/py" || fail "json: $(cat "$W/py")"
run gate "$G/nogo" --min-readiness 50 --format json
expect_rc 0
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); G=sys.argv[2]; \
assert d["passed"] is True and [c["condition"] for c in d["conditions"]]==["min_readiness"], d; \
w=d["warnings"]; assert len(w)==1 and (w[0]["project"], w[0]["review"])==("nogo","2026-07-21"), w; \
assert "no condition looks at its verdict" in w[0]["warning"], w; \
assert [(i["kind"],i["name"],i["file"],i["line"]) for i in w[0]["items"]]==[("verdict","NO-GO",G+"/nogo/2026-07-21.md",13)], w' \
	"$W/out" "$G" 2>"$W/py" || fail "json: $(cat "$W/py")"
run gate "$G/partial" --min-readiness 50 --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "warnings" not in d, d' \
	"$W/out" 2>"$W/py" || fail "json: $(cat "$W/py")"
end

begin "gate: --format github, an ::error at the verdict's line, a ::warning when no condition looks"
run gate "$G/nogo" --min-verdict partial --format github
expect_rc 1
expect_out "::error file=$G/nogo/2026-07-21.md,line=13,title=prr gate%3A min_verdict::nogo 2026-07-21: the document's verdict is not ready (\"NO-GO\"), at least partial wanted: verdict \"NO-GO\": not ready"
grep -q '^::warning' "$W/out" && fail "a warning beside the failed condition: $(cat "$W/out")"
run gate "$G/nogo" --min-readiness 50 --format github
expect_rc 0
expect_out "::warning file=$G/nogo/2026-07-21.md,line=13,title=prr gate%3A verdict::nogo 2026-07-21: the document says not ready (\"NO-GO\") and no condition looks at its verdict (--min-verdict partial would fail the gate on it)"
expect_out "gate: passed (1 condition; method prr-score/1)"
[ "$(grep -c '^::' "$W/out")" = 1 ] || fail "one annotation wanted: $(cat "$W/out")"
end

begin "gate: of several projects, the unheeded verdict is its project's, in its annotation's title"
mkdir -p "$G/org3"
cp -r "$G/nogo" "$G/partial" "$G/org3/"
echo '{}' > "$G/org3/nogo/prr.json"
echo '{"gate": {"min_verdict": "partial"}}' > "$G/org3/partial/prr.json"
run gate "$G/org3" --format github
expect_rc 0
expect_out "::warning file=$G/org3/nogo/2026-07-21.md,line=13,title=prr gate%3A nogo%3A verdict::nogo 2026-07-21: the document says not ready"
[ "$(grep -c '^::' "$W/out")" = 1 ] || fail "one annotation wanted: $(cat "$W/out")"
run gate "$G/org3"
expect_rc 0
expect_out "  passed min_verdict: the document's verdict is partial (at least partial)"
expect_err "prr: warning: gate: nogo 2026-07-21: $G/org3/nogo/2026-07-21.md:13: the document says not ready"
grep -q 'partial 2026-07-21: .*says not ready' "$W/err" && fail "the warning on the partial project: $(cat "$W/err")"
end
