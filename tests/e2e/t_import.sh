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
