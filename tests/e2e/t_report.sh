# t_report.sh - `prr report`: every figure as JSON, a text summary, --against.

R=$W/report
mkdir -p "$R/set"
cat > "$R/set/2026-03-02.json" <<'JSON'
{
  "schema": "prr/review/v1", "project": "Demo", "date": "2026-03-02",
  "dimensions": [{"name": "Security", "score": 4, "max": 10},
                 {"name": "Docs", "score": 6, "max": 10}],
  "components": [
    {"name": "API", "checks": [{"category": "Tests", "status": "pass"},
                               {"category": "Runbooks", "status": "fail"}]},
    {"name": "Worker", "checks": [{"category": "Tests", "status": "pass"},
                                  {"category": "Runbooks", "status": "pass"}]}
  ],
  "waves": [{"id": "W1", "planned": true, "stories": [
    {"id": "S1", "points": 3, "status": "pass"},
    {"id": "S2", "points": 5, "status": "partial"}]}],
  "findings": [{"id": "F-1", "severity": "high", "title": "Keys in env"}]
}
JSON
cat > "$R/set/2026-04-13.json" <<'JSON'
{
  "schema": "prr/review/v1", "project": "Demo", "date": "2026-04-13",
  "dimensions": [{"name": "Security", "score": 7, "max": 10},
                 {"name": "Docs", "score": 5, "max": 10}],
  "components": [
    {"name": "API", "checks": [{"category": "Tests", "status": "pass"},
                               {"category": "Runbooks", "status": "partial"}]},
    {"name": "Worker", "checks": [{"category": "Tests", "status": "pass"},
                                  {"category": "Runbooks", "status": "fail"}]}
  ],
  "waves": [{"id": "W1", "planned": true, "stories": [
    {"id": "S1", "points": 3, "status": "pass"},
    {"id": "S2", "points": 5, "status": "pass"}]},
    {"id": "Hotfix", "planned": false, "stories": [{"id": "S9", "points": 2, "status": "pass"}]}],
  "estimates": [{"label": "Time to ready", "low": 2, "high": 3, "unit": "weeks"}],
  "findings": [{"id": "F-2", "severity": "critical", "title": "Retries re-send"}]
}
JSON

begin "report: --format json has the method and every figure"
run report --format json "$R/set"
expect_rc 0
expect_out '"method": "prr-score/1"'
expect_out '"readiness": 62.5'
expect_out '"level": "partial"'
expect_out '"categories": ['
expect_out '"half_credit": 100'
expect_out '"strict": 37.5'
expect_out '"half_credit": 68.75'
expect_out '"percent": 25'
expect_out '"findings_opened": ['
expect_out '"components_gone": []'
expect_out '"kind": "estimate"'
expect_out '"slips": []'
end

begin "report: the JSON is valid and the delta is the latest against the one before"
run report --format json "$R/set"
expect_rc 0
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); p=d["projects"][0]; dl=p["delta"]; \
assert d["method"]=="prr-score/1"; assert dl["before"]=="2026-03-02" and dl["after"]=="2026-04-13"; \
assert dl["improved"]>=1 and dl["regressed"]>=1; \
assert [f["id"] for f in dl["findings_closed"]]==["F-1"]; \
assert p["reviews"][1]["scorecard"]["dimension_score"]["value"]==6.0' "$W/out" 2>"$W/py"; then :; else
	fail "JSON check: $(cat "$W/py")"
fi
end

begin "report: text summary (the default)"
run report "$R/set"
expect_rc 0
expect_out "method prr-score/1"
expect_out "Demo: 2 reviews, latest 2026-04-13"
expect_out "readiness 62.5% (partial)"
expect_out "dimension score 6.00/10"
expect_out "regressed check Worker / Runbooks: pass -> fail"
expect_out "improved dimension Security: 4 -> 7"
expect_out "scope growth: +1 wave, +1 story"
end

begin "report: --against a date no review has"
run report --against 2026-01-01 "$R/set"
expect_rc 1
expect_err "no review is dated '2026-01-01'"
expect_no_out
end

begin "report: --against a bad date, an unknown format"
run report --against 2026-13-01 "$R/set"
expect_rc 2
expect_err "--against wants a date"
run report --format yaml "$R/set"
expect_rc 2
expect_err "unknown format 'yaml'"
end

begin "report: -o writes the file"
run report --format json -o "$R/out.json" "$R/set"
expect_rc 0
expect_no_out
grep -q '"method": "prr-score/1"' "$R/out.json" || fail "no method in $R/out.json"
end

begin "report: a bad review is reported with its location"
printf '{"schema": "prr/review/v1", "date": "2026-02-30"}' > "$R/bad.json"
run report "$R/bad.json"
expect_rc 1
expect_err "bad.json:1:"
end

if [ -d "$SAMPLES/reviews" ]; then
	begin "report: the samples' delta has an improvement and a regression"
	run report --format json "$SAMPLES/reviews"
	expect_rc 0
	if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); dl=d["projects"][0]["delta"]; \
ch={(c["kind"],c["name"]):c["change"] for c in dl["changes"]}; \
assert dl["before"]=="2026-04-13" and dl["after"]=="2026-05-25"; \
assert ch[("dimension","Performance")]=="regressed", ch; \
assert ch[("check","Notification Service / Resilience")]=="regressed"; \
assert ch[("component","Redis Cache")]=="improved"; \
assert dl["improved"]>0 and dl["regressed"]>0' "$W/out" 2>"$W/py"; then :; else
		fail "samples delta: $(cat "$W/py")"
	fi
	end

	begin "report: the samples against their first review"
	run report --against 2026-03-02 "$SAMPLES/reviews"
	expect_rc 0
	expect_out "since 2026-03-02:"
	expect_out "readiness 95.6% (ready)"
	# the document's verdict comes first, in its own words
	expect_out "  document's verdict: partial (\"READY for general availability, on condition that F-008 is fixed before launch\")"
	end
else
	begin "report: samples"; skip "samples/reviews is absent (not merged yet)"; end
fi

# The seed documents, once Markdown reviews load (branch md).
seed_dir() { # seed_dir NNN: a folder holding seed NNN as a .md review
	mkdir -p "$R/seed$1"
	for f in "$SEEDS"/$1_*.txt; do cp "$f" "$R/seed$1/review.md"; done
	echo "$R/seed$1"
}
if [ -n "$SEEDS" ] && "$PRR" check "$(seed_dir 004)" >/dev/null 2>&1; then
	begin "report: seed 004, plan versus actual"
	run report "$R/seed004"
	expect_rc 0
	expect_out "plan: 20 stories, 91 points planned; delivered 72 (79.1%), with half credit for 16 partial: 87.9%"
	expect_out "scope growth: +2 waves"
	expect_out "stated \"85%\": disagrees with the computed figures"
	end

	begin "report: seed 002, readiness of the 8 x 8 table"
	run report "$(seed_dir 002)"
	expect_rc 0
	expect_out "readiness 7.9% (not-ready): 1 pass, 8 partial, 54 fail, 0 pending of 63 applicable; 1 n/a"
	expect_out_re "Main Entry Point +18.8%"
	expect_out_re "Configuration Module +7.1%"
	expect_out "(2 critical"
	end

	begin "report: seed 001, the dimension score against the stated ones"
	run report "$(seed_dir 001)"
	expect_rc 0
	expect_out "dimension score 6.86/10 over 7 dimensions"
	end

	begin "report: seed 000, test counts and checklists"
	run report "$(seed_dir 000)"
	expect_rc 0
	expect_out "tests 56/56 passing"
	expect_out "6/8 done"
	expect_out "0/7 done"
	end
else
	begin "report: seeds"; skip "seeds absent or Markdown reviews do not load yet"; end
fi

# The release-PR report (--format md): a marker a CI step finds, every
# count whole, and review text that can load nothing and ping no one.
begin "report md: the marker comes first and is the same on every run"
run report --format md "$R/set"
expect_rc 0
[ "$(head -n 1 "$W/out")" = "<!-- prr:report project=Demo -->" ] || fail "first line: $(head -n 1 "$W/out")"
cp "$W/out" "$R/first.md"
run report --format md --against 2026-03-02 "$R/set"
[ "$(head -n 1 "$W/out")" = "$(head -n 1 "$R/first.md")" ] || fail "the marker changed"
[ "$(grep -c 'prr:report' "$W/out")" = 1 ] || fail "one marker wanted"
end

begin "report md: every count whole, a status line that loads nothing"
run report --format md "$R/set"
expect_rc 0
expect_out "2 of 4 checks pass, 1 partial, 1 failing, 0 pending"
expect_out "$(printf '\360\237\237\241') \`prr: Partially ready\` \`readiness 62%\` \`2 of 4 checks pass\` \`1 blocker\` \`1 critical, 0 high open\`"
expect_out "| API | Partially ready | 75% | 1 of 2 | 1 | 0 | 0 |"
expect_out "| Worker | Partially ready | 50% | 1 of 2 | 0 | 1 | 0 |"
grep -q '!\[' "$W/out" && fail "an image in the report"
end

begin "report md: a review with no components shows no empty table of them"
mkdir -p "$R/nocomp"
cat > "$R/nocomp/2026-05-01.json" <<'JSON'
{"schema": "prr/review/v1", "project": "Demo", "date": "2026-05-01",
 "status": {"text": "Conditionally ready", "level": "partial"},
 "dimensions": [{"name": "Security", "score": 7, "max": 10}]}
JSON
run report --format md "$R/nocomp"
expect_rc 0
expect_out "Conditionally ready"
grep -q "Components (" "$W/out" && fail "an empty components table"
grep -q "| Component |" "$W/out" && fail "a components header with no rows"
end

begin "report md: hostile review text loads no image, pings no one, opens no HTML"
mkdir -p "$R/hostile"
cat > "$R/hostile/2026-05-01.json" <<'JSON'
{"schema": "prr/review/v1", "project": "Demo", "date": "2026-05-01",
 "title": "![t](https://evil.example/t.png)",
 "status": {"text": "READY cc @alice <img src=https://evil.example/s.png> \u001b]0;owned\u0007", "level": "ready"},
 "components": [{"name": "@bob's ![c](https://evil.example/c.png) <b>API</b>",
   "checks": [{"category": "Tests", "status": "fail", "note": "@carol"}]}],
 "findings": [{"id": "F-1", "severity": "high", "title": "&#64;dave ![f](https://evil.example/f.png) @org/team #12",
   "component": "<script>alert(1)</script>"}],
 "audit": [{"claim": "![a](https://evil.example/a.png) @erin", "stated": "@frank", "computed": "<iframe>", "agrees": false}]}
JSON
run report --format md "$R/hostile"
expect_rc 0
for who in alice bob org/team erin frank; do
	grep -q "@$who" "$W/out" && fail "a live mention of @$who"
	grep -qF "@&#8203;$who" "$W/out" || fail "@$who is not shown"
done
grep -qE '(^|[^\\])!\[' "$W/out" && fail "a live image: $(grep '!\[' "$W/out")"
expect_out '\![f](https://evil.example/f.png)'
expect_out '\<img src=https://evil.example/s.png\>'
expect_out '\<script\>alert(1)\</script\>'
expect_out '\&#64;dave'
expect_out '#12'
grep -q "$(printf '\033')" "$W/out" && fail "an escape character in the report"
grep -q "$(printf '\007')" "$W/out" && fail "a bell in the report"
end

if [ -d "$SAMPLES/reviews" ] && command -v git >/dev/null 2>&1; then
	sh "$SAMPLES/mkrepo.sh" "$R/checkout/service" >/dev/null 2>&1
	begin "report md: with --repo no local path is printed, the repository is named"
	run report --format md --repo "$R/checkout/service" "$SAMPLES/reviews"
	expect_rc 0
	grep -qF "$R" "$W/out" && fail "a local path: $(grep -F "$R" "$W/out")"
	expect_out "commit 'c0ffee42d1' is unknown in 'service'"
	run_in "$R/checkout" report --format md --repo ./service/ "$SAMPLES/reviews"
	expect_rc 0
	grep -qF "./service" "$W/out" && fail "a relative path: $(grep -F "./service" "$W/out")"
	expect_out "is unknown in 'service'"
	run_in "$R/checkout/service" report --format md --repo . "$SAMPLES/reviews"
	expect_rc 0
	grep -qF "$R" "$W/out" && fail "a local path"
	expect_out "is unknown in 'service'"
	end
fi

# A plan's stated completion against the computed share of its points: a
# disagreement wherever disagreements are summed up (review page, overview,
# report.md, text, gate), and unplanned waves without points said as such.
mkdir -p "$R/plan"
cat > "$R/plan/2026-02-09.md" <<'MD'
# Release plan, checked against what shipped

**Generated**: 2026-02-09
**Status**: Mostly done, two gaps

## Wave by wave

### Wave 1: Storage (Planned: 8 pts)

| Story | Planned | Status | Evidence |
|-------|---------|--------|----------|
| W1-S1: Snapshot writer | 5 pts | COMPLETE | `src/snap.c` |
| W1-S2: Restore path | 3 pts | PARTIAL | restore of one table only |

### Wave 2: Alerts (Planned: 4 pts)

| Story | Planned | Status | Evidence |
|-------|---------|--------|----------|
| W2-S1: Pager hook | 4 pts | NOT FOUND | no hook in the tree |

## Beyond the plan

### Wave 3: Packaging
- a container image
- a compose file

### Wave 4: Smoke checks
- a start-up probe

## Conclusion

**Overall Status**: 90% Complete
MD
begin "plan: a stated completion the points do not give is a disagreement everywhere"
run report --format md "$R/plan"
expect_rc 0
expect_out "#### Stated vs found"
expect_out "| Overall Status | 90% | 42% of the planned points delivered (54% counting partial work as half) |"
expect_out "Unplanned scope: 2 waves, no points stated."
grep -q "0 points in 2 waves\|n/a growth" "$W/out" && fail "unplanned waves given 0 points: $(grep Unplanned "$W/out")"
run report "$R/plan"
expect_out "1 disagreement between the document and prr"
run gate --max-disagreements 0 "$R/plan"
expect_rc 1
expect_out 'claim "Overall Status": stated 90%; found 42% of the planned points delivered'
run build "$R/plan" -o "$R/plansite"
expect_rc 0
page="$R/plansite/reviews/2026-02-09/index.html"
grep -q 'Every figure the review states agrees' "$page" && fail "the review page says every figure agrees"
grep -q '<td class="cell st-fail">disagrees</td><td>Overall Status</td><td>90%</td>' "$page" ||
	fail "no disagreement row on the review page"
grep -q '</span> Overall Status</td><td>90%</td>' "$R/plansite/index.html" || fail "the overview's Stated vs found lacks the plan claim"
grep -q '<dd>2 waves, no points stated</dd>' "$R/plansite/waves.html" || fail "waves.html: $(grep -o 'Unplanned scope</dt><dd>[^<]*' "$R/plansite/waves.html")"
# a wave that lists no stories, and states no points, shows none, not "0"
# or "0/0"
grep -q '<th scope="row">W3 Packaging</th><td class="nowrap">unplanned</td><td class="num">—</td><td class="num">—</td><td class="num">—</td>' "$page" ||
	fail "wave 3's points: $(grep -o '<th scope="row">W3 Packaging</th>.\{0,160\}' "$page")"
grep -q 'W3 Packaging: unplanned, no points stated' "$R/plansite/waves.html" || fail "the chart's description gives wave 3 points"
[ "$(grep -o '>no points stated</text>' "$R/plansite/waves.html" | wc -l)" = 2 ] ||
	fail "the chart's bars of waves 3 and 4 do not say no points are stated"
# no dimensions: the words, and no empty table under them
grep -q 'No dimensions scored' "$page" || fail "no 'No dimensions scored'"
grep -q '<th scope="col">Dimension</th>' "$page" && fail "an empty dimensions table"
end

begin "plan: a stated completion the half-credit figure gives agrees"
sed 's/90% Complete/54% Complete/' "$R/plan/2026-02-09.md" > "$R/plan.md.tmp"
mkdir -p "$R/plan54" && mv "$R/plan.md.tmp" "$R/plan54/2026-02-09.md"
run gate --max-disagreements 0 "$R/plan54"
expect_rc 0
run report --format md "$R/plan54"
grep -q "#### Stated vs found" "$W/out" && fail "a disagreement where 54% is the half-credit figure"
end

# The status line never shows prr's green Ready alone over a document that
# says it is not ready: the document's verdict, prr's level, the mark.
mkdir -p "$R/notready"
cat > "$R/notready/2026-03-03.json" <<'JSON'
{"schema": "prr/review/v1", "project": "Gateway", "date": "2026-03-03",
 "status": {"text": "NOT ready until the failover drill has run", "level": "not-ready"},
 "components": [{"name": "Gateway", "checks": [{"category": "Backups", "status": "pass"},
   {"category": "Alerts", "status": "pass"}]}],
 "findings": [{"id": "F-1", "severity": "critical", "title": "No failover drill"}]}
JSON
begin "report md: the status line holds the document's verdict and prr's level"
run report --format md "$R/notready"
expect_rc 0
expect_out "$(printf '\360\237\224\264') \`document: Not ready\` \`prr: Ready, though 1 blocker is open\` \`⚠️ disagreement\` \`readiness 100%\`"
grep -q "$(printf '\360\237\237\242')" "$W/out" && fail "a green circle over a document that says not ready"
run build "$R/notready" -o "$R/notreadysite"
grep -qF '<title>readiness: not ready (prr: 100% ready)</title>' "$R/notreadysite/badge.svg" ||
	fail "badge: $(grep -o '<title>[^<]*' "$R/notreadysite/badge.svg")"
grep -q 'level-chip lv-not-ready">Not ready' "$R/notreadysite/index.html" || fail "the headline does not lead with the verdict"
end
