# t_cli.sh - the command line itself: usage, help, version, exit codes.

begin "cli: no arguments is a usage error"
run
expect_rc 2
expect_err "usage: prr COMMAND"
end

begin "cli: unknown command"
run frobnicate
expect_rc 2
expect_err "'frobnicate' is not a prr command"
end

begin "cli: --help and --version answer"
run --help
expect_rc 0
expect_out "commands:"
run --version
expect_rc 0
expect_out_re '^prr [0-9]+\.[0-9]+\.[0-9]+'
end

begin "cli: each command's help/NAME.txt: its help, its usage, its summary"
run --help
expect_rc 0
cp "$W/out" "$W/list"
# the command names listed after "commands:" up to the blank line
cmds=" $(sed -n '/^commands:/,/^$/s/^  \([a-z][a-z_-]*\) .*/\1/p' "$W/list" | tr '\n' ' ')"
case $cmds in
*" import "*) ;;
*) fail "no command 'import' in 'prr --help': $cmds" ;;
esac
for c in $cmds; do
	f=$ROOT/gen/cmd/help/$c.txt
	[ -s "$f" ] || { fail "command '$c' has no help/$c.txt"; continue; }
	# usage, a blank line, the summary, a blank line, paragraphs
	usage=$(sed -n 1p "$f")
	summary=$(sed -n 3p "$f")
	case $usage in
	"usage: prr $c "?*) ;;
	*) fail "help/$c.txt: line 1 is not 'usage: prr $c ...'" ;;
	esac
	[ -z "$(sed -n 2p "$f")" ] && [ -n "$summary" ] &&
		[ -z "$(sed -n 4p "$f")" ] ||
		fail "help/$c.txt: lines 2 to 4 are not blank, the summary, blank"
	grep -qxF "  $(printf '%-15s' "$c") $summary" "$W/list" ||
		fail "'prr --help' does not list '$c' with line 3 of help/$c.txt"
	run help "$c"
	expect_rc 0
	cp "$W/out" "$W/help"
	n=$(wc -c <"$f")
	head -c "$n" "$W/help" | cmp -s - "$f" ||
		fail "'prr help $c' does not begin with help/$c.txt"
	[ "$(tail -c +$((n + 1)) "$W/help" | head -n 2)" = "
options:" ] || fail "'prr help $c': no options right after help/$c.txt"
	run "$c" --help
	cmp -s "$W/out" "$W/help" || fail "'prr $c --help' and 'prr help $c' differ"
	run "$c" --no-such-option
	expect_rc 2
	grep -qxF "$usage" "$W/err" ||
		fail "a usage error of '$c' does not print line 1 of help/$c.txt"
done
for f in "$ROOT"/gen/cmd/help/*.txt; do
	c=$(basename "$f" .txt)
	case $cmds in
	*" $c "*) ;;
	*) fail "help/$c.txt: no command '$c'" ;;
	esac
done
end
