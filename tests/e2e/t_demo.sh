# t_demo.sh - the bundled samples against the repository they describe:
# what `make demo` shows, checked end to end.

DEMO=$W/demo
mkdir -p "$DEMO"
if ! command -v git >/dev/null; then
	begin "demo: samples against their repository"
	skip "git not found"
	end
else
sh "$ROOT/samples/mkrepo.sh" "$DEMO/repo" >/dev/null 2>&1

begin "demo: the sample repository is the same on every machine"
[ "$(git -C "$DEMO/repo" rev-parse HEAD)" = 08b02e5da2c67d65e750369829354e299f92555f ] ||
	fail "HEAD is $(git -C "$DEMO/repo" rev-parse HEAD); samples' commit references would not resolve"
end

begin "demo: verify confirms the samples but the one wrong commit reference"
run verify --repo "$DEMO/repo" --no-cache "$SAMPLES/reviews"
expect_rc 1
[ "$(grep -c ': contradicted: ' "$W/out")" = 1 ] || fail "expected 1 contradiction: $(grep contradicted "$W/out")"
expect_out "contradicted: commit: commit 'c0ffee42d1' is unknown"
expect_out "confirmed: commit: commit 6e6207d9c1ed875a450fce84bf7212ef9725bbcb of 2026-05-06"
# every history check is filled in (a check left blank was a bug once)
if grep -E 'history \([^)]*\): *$' "$W/out" >/dev/null; then fail "a history check without a message"; fi
expect_out "holds 'RedisMemoryHigh' since 558dd59a9c (2026-04-06)"
end

begin "demo: delivery dates from git reach plan vs actual"
run report --format json --repo "$DEMO/repo" --cache "$DEMO/cache" "$SAMPLES/reviews"
expect_rc 0
/usr/bin/python3 - "$W/out" <<'PY' || fail "plan windows: see above"
import json, sys
d = json.load(open(sys.argv[1]))
waves = {w["id"]: w for w in d["projects"][0]["reviews"][-1]["plan"]["waves"]}
want = {"W2": ("2026-03-20", "2026-04-21", 11), "INC-0412": ("2026-04-06", "2026-04-16", -1)}
bad = [(k, (waves[k].get("actual_start"), waves[k].get("actual_end"), waves[k].get("slip_days")), v)
       for k, v in want.items()
       if (waves[k].get("actual_start"), waves[k].get("actual_end"), waves[k].get("slip_days")) != v]
if bad:
    print(bad, file=sys.stderr)
    sys.exit(1)
PY
end

begin "demo: a history cache that cannot be made is one warning, not a failure"
mkdir -p "$DEMO/nocache"
cp "$SAMPLES/reviews/"*.json "$DEMO/nocache/"
: > "$DEMO/nocache/.prr-cache"  # where the folder would go (as a read-only folder would refuse it)
run report --format json --repo "$DEMO/repo" "$DEMO/nocache"
expect_rc 0
[ "$(grep -c 'warning: cannot create the history cache' "$W/err")" = 1 ] || fail "expected one warning: $(cat "$W/err")"
grep -q '"actual_start": "2026-04-06"' "$W/out" || fail "repository facts lost without the cache"
end

begin "demo: a prr.json repo that cannot be opened is a warning, --repo an error"
mkdir -p "$DEMO/reviews"
cp "$SAMPLES/reviews/2026-05-25.json" "$DEMO/reviews/"
printf '{"project": "P", "repo": "no-such-repo"}\n' > "$DEMO/reviews/prr.json"
run report --format text "$DEMO/reviews"
expect_rc 0
expect_err "warning:"
expect_err "going on without the repository"
run report --format text --repo "$DEMO/no-such" "$DEMO/reviews"
expect_rc 1
end
fi
