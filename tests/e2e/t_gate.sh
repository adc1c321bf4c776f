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

begin "gate: one line per failed condition, exit 1"
run gate "$G/bad" --max-disagreements 0
expect_rc 1
expect_out "Demo 2026-05-01: readiness 25.0% is below 80%"
expect_out "Demo 2026-05-01: score 5.00/10 is below 7"
expect_out "Demo 2026-05-01: 1 critical finding open, at most 0 allowed"
expect_out "Demo 2026-05-01: 6 regressions since 2026-04-01: readiness, dimension-score, findings, Security, API, API / Tests"
expect_out "Demo 2026-05-01: 1 disagreement between the document and prr, at most 0 allowed"
expect_out "gate: failed (5 conditions; method prr-score/1)"
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
expect_out "readiness 25.0% is below 40%"
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
