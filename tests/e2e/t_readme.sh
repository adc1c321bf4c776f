# t_readme.sh - every command of README's Usage block runs as written, on
# the samples: `prr` is the binary under test, `../service` the samples'
# repository (samples/mkrepo.sh), review.md a Markdown review of our own.
# Each must exit 0, but `prr verify`, which exits 1 on the one commit
# reference the samples get wrong on purpose.

RM=$W/readme
mkdir -p "$RM/bin" "$RM/work"
ln -s "$PRR" "$RM/bin/prr"
sh "$SAMPLES/mkrepo.sh" "$RM/service" >/dev/null
cp -r "$SAMPLES" "$RM/work/samples"
cp "$ROOT/tests/data/md/headline.md" "$RM/work/review.md"
sed -n '/^## Usage/,/^```$/p' "$ROOT/README.md" | sed -n '/^prr /p' |
	sed 's/[[:space:]]*#.*$//' > "$RM/lines"

begin "readme: the Usage block names every command"
for c in check import build report gate verify verify-archive; do
	grep -q "^prr $c " "$RM/lines" || fail "no 'prr $c' line in README's Usage block"
done
end

while IFS= read -r line; do
	begin "readme: $line"
	( cd "$RM/work" && PATH="$RM/bin:$PATH" && export PATH &&
	  eval "$line" ) \
		>"$W/out" 2>"$W/err" </dev/null
	rc=$?
	sanitizer_check
	case $line in
	"prr verify "*) expect_rc 1; expect_out "c0ffee42d1" ;;
	*) expect_rc 0 ;;
	esac
	end
done < "$RM/lines"

# README's "How it works" file map names every source file of gen/ (the
# commands of gen/cmd/ by their pattern, cmd_NAME.c), so a newcomer finds
# each from README; a file added without its line there fails here.
begin "readme: the file map names every source file of gen/"
for f in "$ROOT"/gen/*.c; do
	b=${f##*/}
	grep -qF "\`$b\`" "$ROOT/README.md" || fail "README's file map does not name gen/$b"
done
end
