# t_import.sh - `prr import`: seeds to JSON that `prr check` accepts; bad input.

I=$W/import
mkdir -p "$I"

begin "import: every seed gives JSON that check accepts"
if [ -z "$SEEDS" ]; then
	skip "../shared/seeds not found"
else
	for f in "$SEEDS"/*.txt; do
		n=$(basename "$f" .txt)
		run import "$f" -o "$I/$n.json"
		expect_rc 0
		expect_no_out
		run check "$I/$n.json"
		expect_rc 0
		expect_out "1 review checked, 0 invalid"
	done
fi
end

begin "import: mojibake repaired once, audit disagreement shown by check"
if [ -z "$SEEDS" ]; then
	skip "../shared/seeds not found"
else
	run import "$SEEDS"/003_*.txt
	expect_rc 0
	expect_out '"schema": "prr/review/v1"'
	expect_out '"stated": "90% (9/10)"'
	[ "$(grep -c 'mojibake' "$W/err")" = 1 ] || fail "mojibake note not once"
	expect_err "read as Mac Roman"
	grep -q "$(printf '\342\200\232\303\272')" "$W/out" && fail "mojibake left in output"
	cp "$SEEDS"/003_*.txt "$I/2025-11-11.md"
	run check "$I/2025-11-11.md"
	expect_rc 0
	expect_err "2025-11-11.md:132: warning: Phase 3"
	expect_err "content gives 89% (8/9)"
fi
end

begin "import: stdout without -o, atomic -o"
run import "$ROOT/tests/data/md/crlf.md"
expect_rc 0
expect_out '"date": "2025-03-04"'
run import "$ROOT/tests/data/md/crlf.md" -o "$I/crlf.json"
expect_rc 0
expect_no_out
[ -f "$I/crlf.json" ] || fail "no output file"
ls "$I"/crlf.json.tmp* >/dev/null 2>&1 && fail "temporary file left"
end

begin "import: bad inputs give clear messages"
: > "$I/empty.md"
run import "$I/empty.md"
expect_rc 1
expect_err "empty.md:1:1: error: empty file"
printf '# T\n\nDate: 2020-01-01\nab\377\n' > "$I/bad.md"
run import "$I/bad.md"
expect_rc 1
expect_err "bad.md:4:3: error: invalid UTF-8"
head -c 4096 /dev/urandom > "$I/bin.md"
run import "$I/bin.md"
[ "$rc" = 1 ] || [ "$rc" = 0 ] || fail "binary: exit $rc"
run import "$ROOT/tests/data/md/plain.md"
expect_rc 1
expect_err "no review date"
run import no/such.md
expect_rc 1
expect_err "no/such.md"
run import
expect_rc 2
end

begin "import: a 100 MB document is refused with a message"
dd if=/dev/zero bs=1048576 count=100 2>/dev/null | tr '\0' 'a' > "$I/huge.md"
run import "$I/huge.md"
expect_rc 1
expect_err "too large"
rm -f "$I/huge.md"
end

begin "import: a review's date from the document, its folder, or --date"
mkdir -p "$I/undated" "$I/2026-01-01"
printf '# Review\n\nNothing here says when.\n' > "$I/undated/review.md"
run import "$I/undated/review.md"
expect_rc 1
expect_err "review.md:1:1: error: no review date"
expect_err "pass --date YYYY-MM-DD"
run import --date 2026-02-03 "$I/undated/review.md"
expect_rc 0
expect_out '"date": "2026-02-03"'
run import --date 2026-02-30 "$I/undated/review.md"
expect_rc 2
expect_err "--date '2026-02-30' is no date"
# the folder's date, with the path given relative from inside it
cp "$I/undated/review.md" "$I/2026-01-01/a.md"
run_in "$I/2026-01-01" import a.md
expect_rc 0
expect_out '"date": "2026-01-01"'
# a date the document states wins over --date
printf '# Review\n\nAssessed: 4 March 2026\n' > "$I/undated/dated.md"
run import --date 2026-02-03 "$I/undated/dated.md"
expect_rc 0
expect_out '"date": "2026-03-04"'
# every command that reads reviews takes it
run check --date 2026-02-03 "$I/undated/review.md"
expect_rc 0
run report --date 2026-02-03 "$I/undated/review.md"
expect_rc 0
expect_out "2026-02-03"
end

begin "import: a stated verdict against the computed level fails the gate"
mkdir -p "$I/verdict"
printf '# Review\n\nDate: 2026-02-01\n\n**Verdict:** NOT production ready\n\n| Category | Status |\n|---|---|\n| Tests | PASS |\n| Backups | PASS |\n' > "$I/verdict/review.md"
run import "$I/verdict/review.md"
expect_rc 0
expect_out '"level": "not-ready"'
run gate --max-disagreements 0 "$I/verdict"
expect_rc 1
expect_out "disagreement"
# without the condition the same review passes
run gate "$I/verdict"
expect_rc 0
end

begin "import: a review file in the repository that states no date is dated by the commit that added it"
G=$I/gitdated
rm -rf "$G"; mkdir -p "$G/docs"
git -C "$G" init -q
printf '# Review\n\nStatus: PENDING\n' > "$G/docs/review.md"
git -C "$G" add docs/review.md
GIT_AUTHOR_DATE='2026-03-09T10:00:00+01:00' GIT_COMMITTER_DATE='2026-03-09T10:00:00+01:00' \
	git -C "$G" -c user.name=t -c user.email=t@t commit -qm 'add the review'
printf 'edit\n' >> "$G/docs/review.md"
GIT_AUTHOR_DATE='2026-04-01T10:00:00+01:00' GIT_COMMITTER_DATE='2026-04-01T10:00:00+01:00' \
	git -C "$G" -c user.name=t -c user.email=t@t commit -qam 'edit it'
run report --repo "$G" --cache "$I/gitdated-cache" --format json "$G/docs/review.md"
expect_rc 0
expect_out '"date": "2026-03-09"'
expect_err "dated 2026-03-09 by the commit that added it"
# outside the repository, or with --no-repo, it stays undated: an error
run report --no-repo --format json "$G/docs/review.md"
expect_rc 1
expect_err "no review date"
end

begin "import: evidence where a reader sees it reaches the JSON, which check accepts"
run import "$ROOT/tests/data/md/evidence.md" -o "$I/evidence.json"
expect_rc 0
run check "$I/evidence.json"
expect_rc 0
expect_out "1 review checked, 0 invalid"
tr -d ' \n' < "$I/evidence.json" > "$I/evidence.flat"
grep -q '"revision":"9f3c2ab71d"' "$I/evidence.flat" || fail "no revision"
grep -q '"path":"Pool.ts"[^}]*"beside":"src/net/Client.ts"' "$I/evidence.flat" \
	|| fail "Pool.ts not beside src/net/Client.ts"
grep -q '"path":"src/flags/registry.ts"[^}]*"planned":true' "$I/evidence.flat" || fail "no planned file"
grep -q '"path":"src/flags/old_flags.ts"[^}]*"absent":true' "$I/evidence.flat" || fail "no deleted file"
grep -q '"path":"[^"]*example.org' "$I/evidence.flat" && fail "a URL read as a path"
end
