# t_check.sh - `prr check`: valid reviews, and every kind of bad input.

R=$W/check
mkdir -p "$R"
cat > "$R/good.json" <<'JSON'
{
  "schema": "prr/review/v1",
  "project": "Demo",
  "title": "First review",
  "date": "2026-03-02",
  "status": {"text": "NOT READY", "level": "not-ready"},
  "scores": [{"label": "Overall", "value": 6.0, "high": 6.5, "max": 10}],
  "components": [
    {"name": "API", "checks": [{"category": "Tests", "status": "pass", "passed": 3, "total": 3}]},
    {"name": "Worker", "checks": []}
  ],
  "waves": [{"id": "W1", "stories": [{"id": "S1", "points": 3, "status": "pass"}]}]
}
JSON

begin "check: a valid review gives a summary line and exit 0"
run check "$R/good.json"
expect_rc 0
expect_out "good.json: ok: 2026-03-02 \"First review\", 2 components, 1 check, 1 wave (1 story)"
expect_out "1 review checked, 0 invalid"
end

begin "check: the samples are valid"
run check "$SAMPLES/reviews"
expect_rc 0
expect_out ", 0 invalid"
end

begin "check: --format json"
run check --format json "$R/good.json"
expect_rc 0
expect_out '"ok": true'
expect_out '"components": 2'
end

# bad NAME SED-EXPRESSION EXPECTED-MESSAGE: a variant of good.json
bad() {
	begin "check: bad input: $1"
	sed "$2" "$R/good.json" > "$R/$1.json"
	run check "$R/$1.json"
	expect_rc 1
	expect_err "$3"
	end
}
bad impossible-date 's/2026-03-02/2026-02-30/' "$1.json:5:11: error: 'date' is not a valid date"
bad unknown-status 's/"pass"/"passed"/' 'unknown status "passed" (expected pass, partial'
bad score-above-max 's/"value": 6.0/"value": 11/' 'score 11 is above its max 10'
bad negative-points 's/"points": 3/"points": -3/' "'points' must not be negative"
bad duplicate-component 's/"Worker"/"api"/' 'duplicate component "api" (already at line 9)'
bad wrong-type 's/"title": "First review"/"title": 42/' "'title' must be a string, not a number"
bad unknown-field 's/"project"/"projcet"/' "unknown field 'projcet' in review"
bad wrong-schema 's|prr/review/v1|prr/review/v9|' 'unsupported schema "prr/review/v9"'
bad passed-over-total 's/"total": 3/"total": 2/' '3 passed of 2 total'
bad infinite-number 's/"max": 10/"max": 1e999/' "'max' is too large a number"
bad schema-pointer-type 's|"schema": "prr/review/v1",|"schema": "prr/review/v1", "$schema": 7,|' "'\$schema' must be a string (a schema's URL or path), not a number"

begin "check: not JSON"
printf 'hello: world\n' > "$R/notjson.json"
run check "$R/notjson.json"
expect_rc 1
expect_err "notjson.json:1:1: error: invalid JSON near 'hello"
end

begin "check: truncated"
head -c 150 "$R/good.json" > "$R/trunc.json"
run check "$R/trunc.json"
expect_rc 1
expect_err_re 'trunc\.json:[0-9]+:[0-9]+: error: unexpected end of input'
end

begin "check: trailing garbage"
{ cat "$R/good.json"; echo '} junk'; } > "$R/trail.json"
run check "$R/trail.json"
expect_rc 1
expect_err "trail.json:14:1: error: unexpected content after the JSON document"
end

begin "check: invalid UTF-8 with line and column"
printf '{"schema":"prr/review/v1",\n "date":"2026-01-01", "title":"caf\351"}\n' > "$R/latin1.json"
run check "$R/latin1.json"
expect_rc 1
expect_err "latin1.json:2:35: error: invalid UTF-8 (byte 0xE9)"
end

begin "check: a UTF-8 byte-order mark is accepted"
{ printf '\357\273\277'; cat "$R/good.json"; } > "$R/bom.json"
run check "$R/bom.json"
expect_rc 0
end

begin "check: an empty file"
: > "$R/empty.json"
run check "$R/empty.json"
expect_rc 1
expect_err "empty.json:1:1: error: empty file"
end

begin "check: a 100 MB file is refused, quickly"
truncate -s 100M "$R/huge.json"
run check "$R/huge.json"
expect_rc 1
expect_err "huge.json: error: file too large (100.0 MiB; the limit is 64 MiB)"
rm -f "$R/huge.json"
end

begin "check: arrays nested 10,000 deep"
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "["; for (i = 0; i < 10000; i++) printf "]"; print "" }' > "$R/deep.json"
run check "$R/deep.json"
expect_rc 1
expect_err "deep.json:1:1001: error: nested too deep (more than 1000 levels)"
end

begin "check: a NUL byte"
printf '{"schema":"prr/review/v1","date":"2026-01-01"}\0junk' > "$R/nul.json"
run check "$R/nul.json"
expect_rc 1
expect_err "nul.json:1:47: error: NUL byte in a JSON document"
end

begin "check: a folder with no reviews"
mkdir -p "$R/none"
run check "$R/none"
expect_rc 1
expect_err "none: error: no reviews found in this folder"
end

begin "check: an unreadable file"
cp "$R/good.json" "$R/locked.json"
chmod 000 "$R/locked.json"
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	"$PRR" check "$R/locked.json" >/dev/null 2>&1 # root reads anything:
	setpriv --reuid=65534 --regid=65534 --clear-groups "$PRR" check "$R/locked.json" >"$W/out" 2>"$W/err"
	rc=$?
else
	run check "$R/locked.json"
fi
expect_rc 1
expect_err "locked.json: error: cannot open: Permission denied"
chmod 644 "$R/locked.json"
end

begin "check: a missing file"
run check "$R/no-such.json"
expect_rc 1
expect_err "no-such.json: error: cannot open: No such file or directory"
end

begin "check: all problems of a file in one run"
sed 's/2026-03-02/2026-02-30/; s/"pass"/"passed"/; s/"points": 3/"points": -3/' "$R/good.json" > "$R/many.json"
run check "$R/many.json"
expect_rc 1
[ "$(grep -c ": error: " "$W/err")" = 4 ] || fail "expected 4 errors: $(cat "$W/err")"
end

begin "check: usage errors exit 2"
run check
expect_rc 2
expect_err "usage: prr check"
run check --frobnicate x
expect_rc 2
expect_err "unknown option '--frobnicate'"
run check --format yaml "$R/good.json"
expect_rc 2
end

begin "check: help answers"
run help check
expect_rc 0
expect_out "usage: prr check"
run check --help
expect_rc 0
expect_out "exit status"
end

begin "check: a folder's prr.json is checked too"
mkdir -p "$R/withconfig"
cp "$R/good.json" "$R/withconfig/"
printf '{"project": "P",\n "thresholds": {"ready": 180}}\n' > "$R/withconfig/prr.json"
run check "$R/withconfig"
expect_rc 1
expect_err "withconfig/prr.json:2:26: error: 'ready' must be a number from 0 to 100"
end
