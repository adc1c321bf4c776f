# t_man.sh - the manual page: it renders cleanly and names every command.

MAN=$ROOT/gen/prr.1

begin "man: prr.1 renders without groff warnings"
if ! command -v groff >/dev/null 2>&1; then
	skip "groff is not installed (apt-get install groff-base)"
else
	groff -man -Tutf8 -ww -P-cbu "$MAN" >"$W/out" 2>"$W/err"
	rc=$?
	expect_rc 0
	expect_no_err
	expect_out "EXIT STATUS"
fi
end

begin "man: every command of 'prr --help' has a paragraph in COMMANDS"
run --help
expect_rc 0
# the command names listed after "commands:" up to the blank line
for c in $(sed -n '/^commands:/,/^$/s/^  \([a-z][a-z_]*\) .*/\1/p' "$W/out"); do
	grep -q "^\.B[I]* $c\b" "$MAN" || fail "command '$c' is missing from gen/prr.1"
done
end

begin "man: the exit codes match --help"
run --help
for code in "0 ok" "1 bad input" "2 bad usage" "3 system error"; do
	expect_out "$code"
done
grep -q '^\.B 3$' "$MAN" || fail "gen/prr.1 does not document exit status 3"
end
