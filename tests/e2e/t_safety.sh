# t_safety.sh - prr with the user's files and hostile inputs: it deletes
# only what it made, reads only what is inside, never hangs.

S=$W/safety
mkdir -p "$S"
# one small valid review, for the cases that need any
review() { # review FILE DATE [PROJECT]
	printf '{"schema": "prr/review/v1", "project": "%s", "date": "%s"}\n' \
		"${3:-Safe}" "$2" > "$1"
}

begin "safety: a folder with index.html and data.json but no .prr-site marker is not replaced"
mkdir -p "$S/w/important"
echo site > "$S/w/index.html"
echo '{}' > "$S/w/data.json"
echo precious > "$S/w/important/db"
run build -o "$S/w" "$SAMPLES/reviews"
expect_rc 3
expect_err "is not a prr site (it has no .prr-site file)"
expect_err "choose another -o folder"
[ "$(cat "$S/w/important/db" 2>/dev/null)" = precious ] || fail "the user's file is gone"
ls -d "$S"/w.prr-* >/dev/null 2>&1 && fail "a temporary was left: $(ls -d "$S"/w.*)"
end

begin "safety: a site carries .prr-site and is replaced by the next build"
run build -o "$S/site" "$SAMPLES/reviews"
expect_rc 0
grep -q '^prr site 1$' "$S/site/.prr-site" || fail "no marker naming prr and the format"
echo stale > "$S/site/stale.html"
run build -o "$S/site" "$SAMPLES/reviews"
expect_rc 0
[ -e "$S/site/stale.html" ] && fail "the old site was not replaced"
end

begin "safety: backups beside the site (site.old-2023, site.tmp-1999) are never deleted nor restored"
mkdir -p "$S/b"
cp -R "$S/site" "$S/b/site.old-2023"     # a user's copy of an old site
mkdir -p "$S/b/site.tmp-1999" "$S/b/site.old-1" "$S/b/site.prr-tmp-0123456789abcdef"
echo mine > "$S/b/site.tmp-1999/notes"
echo mine > "$S/b/site.old-1/notes"
echo mine > "$S/b/site.prr-tmp-0123456789abcdef/notes"  # no lock file: not prr's
run build -o "$S/b/site" "$SAMPLES/reviews"
expect_rc 0
for k in site.tmp-1999 site.old-1 site.prr-tmp-0123456789abcdef; do
	[ "$(cat "$S/b/$k/notes" 2>/dev/null)" = mine ] || fail "$k was touched"
done
[ -f "$S/b/site.old-2023/.prr-site" ] || fail "site.old-2023 was deleted or restored"
expect_no_err
end

begin "safety: output paths equal to an input are refused"
mkdir -p "$S/same"
cp "$ROOT/tests/data/md/"*.md "$S/same/" 2>/dev/null
printf '# Review\n\nDate: 2026-01-05\n' > "$S/same/doc.md"
cp "$S/same/doc.md" "$S/same/doc.copy"
run import "$S/same/doc.md" -o "$S/same/./doc.md"
expect_rc 2
expect_err "is the input"
cmp -s "$S/same/doc.md" "$S/same/doc.copy" || fail "import overwrote its input"
mkdir -p "$S/rj"
review "$S/rj/r.json" 2026-01-05
cp "$S/rj/r.json" "$S/rj/r.copy"
run report "$S/rj/r.json" -o "$S/rj/r.json"
expect_rc 2
expect_err "is the input"
cmp -s "$S/rj/r.json" "$S/rj/r.copy" || fail "report overwrote its input"
run report "$S/rj" --format json -o "$S/rj/r.json"
expect_rc 2
echo '{}' > "$S/rj/prr.json"
run report "$S/rj" -o "$S/rj/prr.json"
expect_rc 2
expect_err "is the input"
rm "$S/rj/prr.json"
end

begin "safety: prr's own outputs in a reviews folder are not read as reviews (build . -o site twice)"
mkdir -p "$S/here"
cp "$SAMPLES/reviews/"*.json "$S/here/"
run_in "$S/here" build . -o site --archive archive
expect_rc 0
run_in "$S/here" report . --format md -o report.md
expect_rc 0
head -1 "$S/here/report.md" | grep -q '^<!-- prr:report project=' || fail "the report carries no marker"
run_in "$S/here" report . --format json -o figures.json
expect_rc 0
[ -f "$S/here/archive/.prr-archive" ] || fail "the archive carries no marker"
run_in "$S/here" build . -o site --archive archive
expect_rc 0
expect_no_err
run_in "$S/here" check .
expect_rc 0
expect_out "3 reviews checked, 0 invalid"
end

begin "safety: a link in the reviews folder to a file outside it is refused (--allow-outside reads it)"
mkdir -p "$S/out/reviews" "$S/out/secret"
review "$S/out/reviews/2026-01-05.json" 2026-01-05
review "$S/out/secret/env.json" 2026-01-06 "SECRET-TOKEN"
ln -s ../secret/env.json "$S/out/reviews/2026-06-01.json"
run build "$S/out/reviews" -o "$S/out/site"
expect_rc 1
expect_err "$S/out/reviews/2026-06-01.json: error: a link to outside the reviews folder"
[ -e "$S/out/site" ] && fail "a site was written"
run check "$S/out/reviews"
expect_rc 1
run build "$S/out/reviews" -o "$S/out/site" --allow-outside
expect_rc 0
grep -q SECRET-TOKEN "$S/out/site/data.json" || fail "--allow-outside did not read it"
rm "$S/out/reviews/2026-06-01.json"
ln -s ../secret "$S/out/reviews/more"
run report "$S/out/reviews" --format json
expect_rc 1
expect_err "more: error: a link to outside"
grep -q SECRET "$W/out" && fail "the outside folder was read"
rm "$S/out/reviews/more"
ln -s /proc/self/environ "$S/out/reviews/env.md"
run gate "$S/out/reviews"
expect_rc 1
expect_err "env.md: error: a link to outside"
rm "$S/out/reviews/env.md"
run build --help
expect_out "--allow-outside"
end

begin "safety: a link loop (self -> .) ends; each review is loaded once"
mkdir -p "$S/loop"
review "$S/loop/2026-01-05.json" 2026-01-05
ln -s . "$S/loop/self"
ln -s 2026-01-05.json "$S/loop/again.json"
run check "$S/loop"
expect_rc 0
expect_out "1 review checked, 0 invalid"
run report "$S/loop" --format json
expect_rc 0
end

begin "safety: a FIFO as a review, as prr.json or as the history cache does not hang"
mkdir -p "$S/fifo"
review "$S/fifo/2026-01-05.json" 2026-01-05
mkfifo "$S/fifo/2026-01-06.json"
timeout 20 "$PRR" check "$S/fifo" >"$W/out" 2>"$W/err"; rc=$?
expect_rc 1
expect_err "2026-01-06.json: error: is a FIFO; prr reads regular files only"
timeout 20 "$PRR" import "$S/fifo/2026-01-06.json" >"$W/out" 2>"$W/err"; rc=$?
expect_rc 1
expect_err "is a FIFO"
rm "$S/fifo/2026-01-06.json"
mkfifo "$S/fifo/prr.json"
timeout 20 "$PRR" report "$S/fifo" >"$W/out" 2>"$W/err"; rc=$?
expect_rc 1
expect_err "prr.json: error: is a FIFO"
rm "$S/fifo/prr.json"
if command -v git >/dev/null; then
	sh "$ROOT/tests/fixtures/mkrepo.sh" basic "$S/fifo-repo" >/dev/null 2>&1
	mkdir -p "$S/fifo-cache"
	mkfifo "$S/fifo-cache/history.cache"
	timeout 60 "$PRR" history --repo "$S/fifo-repo/repo" --cache "$S/fifo-cache" >"$W/out" 2>"$W/err"; rc=$?
	[ "$rc" = 124 ] && fail "history hung on a FIFO as its cache"
	expect_rc 0
fi
end

# big REVIEW DATE N: a JSON review of N components (one check each) and N
# findings, milestones and estimates, one per line
big() {
	awk -v d="$2" -v n="$3" 'BEGIN {
		printf "{\"schema\": \"prr/review/v1\", \"project\": \"Big\", \"date\": \"%s\",\n\"components\": [\n", d
		for (i = 0; i < n; i++)
			printf "%s{\"name\": \"c%d\", \"checks\": [{\"category\": \"Security\", \"status\": \"pass\"}]}\n", i ? "," : "", i
		printf "],\n\"findings\": [\n"
		for (i = 0; i < n; i++)
			printf "%s{\"id\": \"F-%d\", \"severity\": \"low\", \"title\": \"f%d\"}\n", i ? "," : "", i, i
		printf "],\n\"milestones\": [\n"
		for (i = 0; i < n; i++)
			printf "%s{\"name\": \"m%d\", \"due\": \"2026-09-01\", \"done\": true}\n", i ? "," : "", i
		printf "],\n\"estimates\": [\n"
		for (i = 0; i < n; i++)
			printf "%s{\"label\": \"e%d\", \"low\": 1, \"high\": 2, \"unit\": \"days\"}\n", i ? "," : "", i
		printf "]}\n"
	}' > "$1"
}

begin "safety: 200,000 components (and findings, milestones, estimates) in each of two reviews are checked and reported in linear time"
# a hang guard only: quadratic passes took minutes for 50,000
mkdir -p "$S/big"
big "$S/big/2026-01-05.json" 2026-01-05 200000
big "$S/big/2026-02-05.json" 2026-02-05 200000
timeout $LONG "$PRR" check "$S/big" >"$W/out" 2>"$W/err"; rc=$?
expect_rc 0
expect_out "2 reviews checked, 0 invalid"
timeout $LONG "$PRR" report "$S/big" --format json >"$W/out" 2>"$W/err"; rc=$?
expect_rc 0
grep -q '"c199999"' "$W/out" || fail "the last component is missing"
timeout $LONG "$PRR" report "$S/big" --format text >"$W/out" 2>"$W/err"; rc=$?
expect_rc 0
# a duplicate at the end, reported at its line with the first one's
printf '{"schema": "prr/review/v1", "date": "2026-03-05", "components": [\n' > "$S/big/dup.json"
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "{\"name\": \"c%d\"},\n", i }' >> "$S/big/dup.json"
printf '{"name": "C_100"}\n]}\n' >> "$S/big/dup.json"
timeout $LONG "$PRR" check "$S/big/dup.json" >"$W/out" 2>"$W/err"; rc=$?
expect_rc 1
expect_err 'dup.json:200002:10: error: duplicate component "C_100" (already at line 102)'
rm -rf "$S/big"
end

begin "safety: 50,000 waivers over 50,000 checks and findings are matched in linear time"
# a hang guard only: waivers times checks took minutes
mkdir -p "$S/waive"
big "$S/waive/2026-01-05.json" 2026-01-05 50000
awk 'BEGIN {
	printf "{\"project\": \"Big\", \"waivers\": [\n"
	for (i = 0; i < 50000; i++)
		printf "{\"component\": \"c%d\", \"category\": \"Security\", \"reason\": \"r\", \"approver\": \"a\", \"expires\": \"2026-12-31\"},\n{\"finding\": \"F-%d\", \"reason\": \"r\", \"approver\": \"a\", \"expires\": \"2026-12-31\"},\n", i, i
	printf "{\"finding\": \"none\", \"reason\": \"r\", \"approver\": \"a\", \"expires\": \"2026-12-31\"}]}\n"
}' > "$S/waive/prr.json"
timeout $LONG "$PRR" report "$S/waive" --format json >"$W/out" 2>"$W/err"; rc=$?
expect_rc 0
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
sc = d["projects"][0]["reviews"][0]["scorecard"]
assert sc["counts"]["waived"] == 50000, sc["counts"]
assert sc["findings"]["waived"] == 50000 and sc["findings"]["open"] == 0, sc["findings"]
assert all(f["waived"] for f in sc["findings"]["list"]), "a finding listed as not waived"
' "$W/out" || fail "not every check and finding was waived"
rm -rf "$S/waive"
end

begin "safety: a 140 KB table with a 10,000-column header is not imported, in bounded memory and time"
mkdir -p "$S/wide"
# wide COLS ROWS FILE: a table of COLS header cells over ROWS one-cell rows
wide() {
	awk -v cols="$1" -v rows="$2" 'BEGIN {
		print "# Review\n\nDate: 2026-01-05\n"
		h = "|"; d = "|"
		for (i = 0; i < cols; i++) { h = h "c" i "|"; d = d "---|" }
		print h; print d
		for (i = 0; i < rows; i++) print "|x|"
	}' > "$3"
}
wide 10000 10000 "$S/wide/wide.md"  # md4c would pad each row to 10,000 cells
wide 64 34000 "$S/wide/w64.md"      # the widest table read
# 150 MB of address space: the 10,000-column table took 10 GB, the
# 64-column one 230 MB, before.  Not under ASan, whose shadow memory
# alone reserves more: the plain build's run of `make test` holds the limit.
mem=150000
grep -q __asan_init "$PRR" 2>/dev/null && mem=unlimited
(ulimit -v $mem; timeout 60 "$PRR" import "$S/wide/wide.md" -o "$S/wide/wide.json") >"$W/out" 2>"$W/err"; rc=$?
expect_rc 0
expect_err "wide.md:5: warning: not imported: a table of 10000 columns (prr reads tables of at most 64)"
# the site renders the narrative, table and all: 1.5 GB and out of memory before
mkdir -p "$S/wide/r" && cp "$S/wide/wide.md" "$S/wide/r/2026-01-05.md"
(ulimit -v $mem; timeout 60 "$PRR" build "$S/wide/r" -o "$S/wide/site") >"$W/out" 2>"$W/err"; rc=$?
expect_rc 0
(ulimit -v $mem; timeout 60 "$PRR" import "$S/wide/w64.md" -o "$S/wide/w64.json") >"$W/out" 2>"$W/err"; rc=$?
expect_rc 0
grep -q '"c63"' "$S/wide/w64.json" || fail "the 64-column table was not kept"
rm -rf "$S/wide"
end

begin "safety: a repository without tags (UBSan: no qsort of NULL, 0)"
mkdir -p "$S/notags/reviews"
review "$S/notags/reviews/2026-01-05.json" 2026-01-05
(
	cd "$S/notags" && git init -q -b main repo && cd repo &&
	echo x > f && git add f &&
	GIT_AUTHOR_DATE=2026-01-01T12:00:00Z GIT_COMMITTER_DATE=2026-01-01T12:00:00Z \
	git -c user.name=A -c user.email=a@example.com -c commit.gpgsign=false commit -q -m one
) >/dev/null 2>&1 || fail "git init"
run report "$S/notags/reviews" --repo "$S/notags/repo" --cache "$S/notags/cache" --format json
expect_rc 0
expect_out '"method"'
end

begin "safety: 200,000 check categories in a component, compared across two reviews, in linear time"
# a hang guard only: the category columns and the delta's check matching
# compared every category with every other (minutes)
mkdir -p "$S/cats200k"
cats() { # cats FILE DATE ORDER: one component, 200,000 checks k0..k199999
	awk -v d="$2" -v o="$3" 'BEGIN {
		n = 200000
		printf "{\"schema\": \"prr/review/v1\", \"project\": \"Q\", \"date\": \"%s\",\n", d
		printf "\"components\": [{\"name\": \"api\", \"checks\": [\n"
		for (i = 0; i < n; i++) {
			k = o == "up" ? i : n - 1 - i
			printf "%s{\"category\": \"k%d\", \"status\": \"%s\"}\n", i ? "," : "", k,
				o == "up" || k % 2 ? "pass" : "fail"
		}
		printf "]}]}\n"
	}' > "$1"
}
cats "$S/cats200k/2026-01-05.json" 2026-01-05 up
cats "$S/cats200k/2026-02-05.json" 2026-02-05 down
timeout $LONG "$PRR" report "$S/cats200k" --format json >"$W/out" 2>"$W/err"; rc=$?
expect_rc 0
grep -q '"k199999"' "$W/out" || fail "the last category is missing"
n=$(grep -c '"name": "api / k[0-9]*"' "$W/out")
[ "$n" = 100000 ] || fail "not every regressed check is in the delta: $n"
rm -rf "$S/cats200k"
end

begin "safety: a scorecard of components by categories too big to draw is refused at the check that makes it so"
# 4,000 components with a category of their own: 16e6 cells
mkdir -p "$S/matrix"
awk 'BEGIN {
	printf "{\"schema\": \"prr/review/v1\", \"date\": \"2026-01-05\", \"components\": [\n"
	for (i = 0; i < 4000; i++)
		printf "%s{\"name\": \"c%d\", \"checks\": [{\"category\": \"k%d\", \"status\": \"pass\", \"line\": %d}]}\n", i ? "," : "", i, i, i + 2
	printf "]}\n"
}' > "$S/matrix/2026-01-05.json"
timeout $LONG "$PRR" check "$S/matrix" >"$W/out" 2>"$W/err"; rc=$?
expect_rc 1
expect_err "2026-01-05.json:2502:1: error: 4000 components by 2501 check categories is a scorecard of more than 10000000 cells"
rm -rf "$S/matrix"
end

begin "safety: 100,000 tags and 50,000 delivered stories in linear time"
# a hang guard only: each tag's date looked its name up among all tags,
# each story's delivery went over every check and every delivery
if [ -d "$S/notags/repo/.git" ]; then
	mkdir -p "$S/many/reviews"
	cp -R "$S/notags/repo" "$S/many/repo"
	h=$(git -C "$S/many/repo" rev-parse HEAD)
	awk -v h="$h" 'BEGIN { print "# pack-refs with: peeled fully-peeled sorted "
		for (i = 0; i < 100000; i++) printf "%s refs/tags/v%06d\n", h, i }' > "$S/many/repo/.git/packed-refs"
	awk 'BEGIN { n = 50000
		printf "{\"schema\": \"prr/review/v1\", \"project\": \"S\", \"date\": \"2026-01-05\",\n"
		printf "\"waves\": [{\"name\": \"W1\", \"stories\": [\n"
		for (i = 0; i < n; i++)
			printf "%s{\"id\": \"S-%d\", \"status\": \"pass\", \"evidence\": [{\"path\": \"f\"}]}\n", i ? "," : "", i
		printf "]}]}\n" }' > "$S/many/reviews/2026-01-05.json"
	timeout $LONG "$PRR" report "$S/many/reviews" --repo "$S/many/repo" --cache "$S/many/cache" --format json >"$W/out" 2>"$W/err"; rc=$?
	expect_rc 0
	grep -q '"v099999"' "$W/out" || fail "the last tag is missing"
	grep -q '"delivered_stories": 50000' "$W/out" || fail "not every story was delivered: $(grep -o '"delivered_stories": [0-9]*' "$W/out" | head -1)"
	rm -rf "$S/many"
else
	skip "no git repository from the test above"
fi
end


begin "safety: a truncated loose object is an error naming it (libgit2 1.5 would loop forever), a rewritten one is not trusted"
if [ -d "$S/notags/repo/.git" ]; then
	G=$S/gitbad
	mkdir -p "$G/reviews"
	cp -R "$S/notags/repo" "$G/trunc"
	cp -R "$S/notags/repo" "$G/rewr"
	tree=$(git -C "$G/trunc" rev-parse 'HEAD^{tree}')
	o=$G/trunc/.git/objects/$(echo "$tree" | cut -c1-2)/$(echo "$tree" | cut -c3-)
	chmod u+w "$o"
	head -c $(($(wc -c < "$o") / 2)) "$o" > "$G/half" && cat "$G/half" > "$o"
	timeout 60 "$PRR" history --repo "$G/trunc" --paths >"$W/out" 2>"$W/err"; rc=$?
	[ "$rc" = 124 ] && fail "prr hung on a truncated loose object"
	expect_rc 1
	expect_err "object $tree: loose object truncated (its zlib stream ends early)"
	# the blob of f rewritten with another object's bytes: its hash no longer matches
	blob=$(git -C "$G/rewr" rev-parse HEAD:f)
	other=$(echo "other bytes" | git -C "$G/rewr" hash-object -w --stdin)
	ob=$G/rewr/.git/objects/$(echo "$blob" | cut -c1-2)/$(echo "$blob" | cut -c3-)
	chmod u+w "$ob"
	cp "$G/rewr/.git/objects/$(echo "$other" | cut -c1-2)/$(echo "$other" | cut -c3-)" "$ob"
	printf '{"schema": "prr/review/v1", "date": "2026-01-05", "components": [{"name": "A", "evidence": [{"path": "f", "token": "x"}]}]}\n' > "$G/reviews/2026-01-05.json"
	timeout 60 "$PRR" verify "$G/reviews" --repo "$G/rewr" --no-cache >"$W/out" 2>"$W/err"; rc=$?
	expect_rc 1
	expect_err "object $blob: content hashes to $other"
	grep -q "contradicted" "$W/out" && fail "a verdict from a rewritten object"
	# the same review against the sound repository
	run verify "$G/reviews" --repo "$S/notags/repo" --no-cache
	expect_rc 0
	expect_out "'x' is in 'f'"
else
	skip "no git repository from the test above"
fi
end

begin "safety: the same site for 'build r', 'build ./r', 'build r/' and 'build /abs/r'"
mkdir -p "$S/paths"
cp -R "$SAMPLES/reviews" "$S/paths/r"
run_in "$S/paths" build r -o s1
expect_rc 0
for k in 2:./r 3:r/ 4:"$S/paths/r"; do
	run_in "$S/paths" build "${k#*:}" -o "s${k%%:*}"
	expect_rc 0
	diff -r "$S/paths/s1" "$S/paths/s${k%%:*}" >/dev/null ||
		fail "'build r' and 'build ${k#*:}' differ: $(diff -rq "$S/paths/s1" "$S/paths/s${k%%:*}" | head -3)"
done
grep -q '"source":"2026-05-25.json"' "$S/paths/s1/data.json" || fail "the source is not shown relative to the reviews folder"
run_in "$S/paths/r" build . -o ../s5
expect_rc 0
cmp -s "$S/paths/s1/data.json" "$S/paths/s5/data.json" || fail "'build .' from inside differs"
# no project anywhere: the folder's name, however the folder is written
mkdir -p "$S/paths/Payments"
printf '{"schema": "prr/review/v1", "date": "2026-01-05"}\n' > "$S/paths/Payments/2026-01-05.json"
run_in "$S/paths" report Payments --format json -o p1.json
run_in "$S/paths/Payments" report . --format json -o ../p2.json
run_in "$S/paths/Payments" report ./ --format json -o ../p3.json
grep -q '"project": "Payments"' "$S/paths/p1.json" || fail "project: $(head -c 100 "$S/paths/p1.json")"
cmp -s "$S/paths/p1.json" "$S/paths/p2.json" || fail "'report .' names another project: $(head -c 100 "$S/paths/p2.json")"
cmp -s "$S/paths/p1.json" "$S/paths/p3.json" || fail "'report ./' differs"
end

begin "safety: control sequences in review text never reach the terminal (gate, check, report --format text, messages)"
mkdir -p "$S/esc"
forge='\u001b[2K\r\u001b]0;owned\u0007\u009b2Kgate: passed\ngate: passed (5 conditions)'
cat > "$S/esc/2026-01-05.json" <<JSON
{"schema": "prr/review/v1", "project": "P$forge", "title": "T$forge",
 "date": "2026-01-05",
 "components": [{"name": "C$forge", "checks": [{"category": "Security$forge", "status": "fail"}]},
                {"name": "D", "checks": [{"category": "Security", "status": "pass"}]}],
 "checklists": [{"title": "L$forge", "items": [{"text": "x", "done": false}]}]}
JSON
cat > "$S/esc/2026-01-06.json" <<JSON
{"schema": "prr/review/v1", "project": "P$forge", "date": "2026-01-06",
 "components": [{"name": "C$forge", "checks": [{"category": "Security$forge", "status": "fail"}]},
                {"name": "D", "checks": [{"category": "Security", "status": "fail"}]}]}
JSON
# no ESC, CR, BEL or C1 (U+009B is c2 9b) in $W/out and $W/err, and no forged line
clean() {
	for f in "$W/out" "$W/err"; do
		if LC_ALL=C grep -q "$(printf '[\033\r\007]')" "$f" || od -An -tx1 "$f" | tr -d '\n' | grep -q ' c2 9b'; then
			fail "$1: a control character in $(basename "$f"): $(od -c "$f" | head -5)"
		fi
	done
	grep -q '^gate: passed' "$W/out" "$W/err" && fail "$1: a forged 'gate: passed' line"
}
run gate "$S/esc" --min-readiness 100 --no-regressions
expect_rc 1
expect_out "gate: failed"
clean gate
grep -q "$(printf '\357\277\275')" "$W/out" || fail "gate: the control characters are not shown as U+FFFD"
run check "$S/esc"
expect_rc 0
clean check
run report "$S/esc" --format text
expect_rc 0
clean "report --format text"
cp "$S/esc/2026-01-06.json" "$S/esc/dup.json"
sed -i 's/"name": "D"/"name": "C\\u001b[2K\\r\\u001b]0;owned\\u0007\\u009b2Kgate: passed\\ngate: passed (5 conditions)"/' "$S/esc/dup.json"
run check "$S/esc/dup.json"
expect_rc 1
expect_err "duplicate component"
clean "a message"
end

begin "safety: an empty review says where (FILE:1:1)"
: > "$S/empty.json"
: > "$S/empty.md"
run check "$S/empty.json"
expect_rc 1
expect_err "empty.json:1:1: error: empty file"
run import "$S/empty.md"
expect_rc 1
expect_err "empty.md:1:1: error: empty file"
end

begin "safety: project names differing only in case are one project, with a warning naming both"
mkdir -p "$S/case"
review "$S/case/2026-01-05.json" 2026-01-05 "API"
review "$S/case/2026-02-05.json" 2026-02-05 "Api"
review "$S/case/2026-03-05.json" 2026-03-05 "a_p-i"
run build "$S/case" -o "$S/case-site"
expect_rc 0
expect_err '2026-02-05.json: warning: project "Api" is taken as "API"'
expect_err 'project "a_p-i" is taken as "API"'
grep -q '"project":"API","dates":\["2026-01-05","2026-02-05","2026-03-05"\]' "$S/case-site/data.json" || fail "not one project: $(head -c 200 "$S/case-site/data.json")"
end

begin "safety: names of 251+ characters make short file names; the page keeps the whole name"
mkdir -p "$S/long"
long=$(printf 'Payments%.0s' $(seq 1 40))   # 320 characters
printf '{"schema": "prr/review/v1", "project": "%s", "date": "2026-01-05", "components": [{"name": "%s", "status": "pass"}, {"name": "%sX", "status": "pass"}]}\n' "$long" "$long" "$long" > "$S/long/2026-01-05.json"
review "$S/long/2026-01-06.json" 2026-01-06 "Other"
run build "$S/long" -o "$S/long-site"
expect_rc 0
n=$(find "$S/long-site" -name '*.html' | awk -F/ '{ if (length($NF) > m) m = length($NF) } END { print m }')
[ "$n" -le 120 ] || fail "a file name of $n bytes"
[ "$(find "$S/long-site" -path '*components*' -name 'payments*' | wc -l)" -ge 2 ] || fail "the two long components do not have pages of their own"
grep -rqF "$long" "$S/long-site" --include=index.html || fail "the whole name is not in the pages"
end

begin "safety: check categories that are one after normalisation (Security / security / SECU_RITY) are errors at their lines"
cat > "$S/cats.json" <<'JSON'
{"schema": "prr/review/v1", "date": "2026-01-05", "components": [
  {"name": "API", "checks": [
    {"category": "Security", "status": "pass"},
    {"category": "Testing", "status": "pass"},
    {"category": "security", "status": "fail"},
    {"category": "SECU_RITY", "status": "fail"}
  ]}
]}
JSON
run check "$S/cats.json"
expect_rc 1
expect_err 'cats.json:5:1: error: check category "security" of "API" is "Security" (line 3) again'
expect_err 'cats.json:6:1: error: check category "SECU_RITY" of "API" is "Security" (line 3) again'
end

begin "safety: verify-archive notices a dot-file and a symlink in a date; killed runs' leftovers are cleaned"
mkdir -p "$S/arch"
run build "$SAMPLES/reviews" -o "$S/arch/site" --archive "$S/arch/a"
expect_rc 0
run verify-archive "$S/arch/a"
expect_rc 0
D=$S/arch/a/2026-03-02
printf 'Redirect 301 / https://evil.example/\n' > "$D/.htaccess"
run verify-archive "$S/arch/a"
expect_rc 1
expect_err ".htaccess: error: added since it was archived"
rm "$D/.htaccess"
f=$(cd "$D" && find reviews -name index.html | head -1)
cp "$D/$f" "$S/arch/same.html"
rm "$D/$f"
ln -s "$S/arch/same.html" "$D/$f"
run verify-archive "$S/arch/a"
expect_rc 1
expect_err "is a symbolic link"
rm "$D/$f"
cp "$S/arch/same.html" "$D/$f"
run verify-archive "$S/arch/a"
expect_rc 0
# a killed run's temporary (a pid beyond pid_max) and a date moved aside
mkdir -p "$S/arch/a/.2026-03-02.tmp-999999999/x" "$S/arch/a/.2026-09-09.tmp-12x"
mv "$S/arch/a/2026-04-13" "$S/arch/a/.2026-04-13.old-999999998"
run build "$SAMPLES/reviews" -o "$S/arch/site" --archive "$S/arch/a"
expect_rc 0
[ -e "$S/arch/a/.2026-03-02.tmp-999999999" ] && fail "a killed run's temporary was left"
[ -e "$S/arch/a/.2026-04-13.old-999999998" ] && fail "the date moved aside was left"
[ -d "$S/arch/a/.2026-09-09.tmp-12x" ] || fail "a folder not named as prr names its own was removed"
# ... but it is not part of the archive: verify-archive names it
run verify-archive "$S/arch/a"
expect_rc 1
expect_err ".2026-09-09.tmp-12x: error: added since it was archived (not part of a prr archive)"
rm -r "$S/arch/a/.2026-09-09.tmp-12x"
run verify-archive "$S/arch/a"
expect_rc 0
end

begin "safety: the archive's own MANIFEST notices a date deleted, a forged date, an edited index.html"
mkdir -p "$S/top"
run build "$SAMPLES/reviews" -o "$S/top/site" --archive "$S/top/a"
expect_rc 0
A=$S/top/a
(cd "$A" && sha256sum -c --strict --quiet MANIFEST) >"$W/out" 2>&1 || fail "sha256sum -c MANIFEST: $(cat "$W/out")"
grep -q '  2026-03-02/MANIFEST$' "$A/MANIFEST" || fail "the archive's MANIFEST does not list 2026-03-02"
grep -q '  index.html$' "$A/MANIFEST" || fail "the archive's MANIFEST does not cover index.html"
grep -qx 'prr archive 2' "$A/.prr-archive" || fail "the marker does not promise a MANIFEST"
cp -R "$A" "$S/top/saved"
mv "$A/2026-03-02" "$S/top/gone"
run verify-archive "$A"
expect_rc 1
expect_err "$A/2026-03-02: error: missing (listed in the archive's MANIFEST, line"
mv "$S/top/gone" "$A/2026-03-02"
# a forged date, consistent with a MANIFEST of its own
mkdir -p "$A/2026-12-24/reviews/2026-12-24"
echo '<p>all green</p>' > "$A/2026-12-24/reviews/2026-12-24/index.html"
(cd "$A/2026-12-24" && sha256sum reviews/2026-12-24/index.html > MANIFEST)
run verify-archive "$A"
expect_rc 1
expect_err "$A/2026-12-24: error: added since it was archived (not in the archive's MANIFEST)"
# the next archive run does not take the forged date in, and writes nothing
cp "$A/MANIFEST" "$S/top/MANIFEST.before"
run build "$SAMPLES/reviews" -o "$S/top/site" --archive "$A"
expect_rc 1
expect_err "changed since prr last wrote it: nothing was written"
cmp -s "$A/MANIFEST" "$S/top/MANIFEST.before" || fail "the archive's MANIFEST was rewritten"
rm -r "$A/2026-12-24"
# a run killed after putting 2026-04-13 in place, before listing it: the
# next run of the same build takes it in
grep -v '  2026-04-13/MANIFEST$' "$A/MANIFEST" > "$S/top/m" && cat "$S/top/m" > "$A/MANIFEST"
run build "$SAMPLES/reviews" -o "$S/top/site" --archive "$A"
expect_rc 0
cmp -s "$A/MANIFEST" "$S/top/MANIFEST.before" || fail "the interrupted date was not listed again"
printf '<p>forged</p>\n' >> "$A/index.html"
printf 'Redirect 301 / https://evil.example/\n' > "$A/.htaccess"
run verify-archive "$A"
expect_rc 1
expect_err "$A/index.html: error: changed since it was archived (the archive's MANIFEST, line"
expect_err "$A/.htaccess: error: added since it was archived (not part of a prr archive)"
rm "$A/.htaccess"
# a date's MANIFEST rewritten to match an edited page
p=$A/2026-04-13/reviews/2026-04-13/index.html
printf '<p>edited</p>\n' >> "$p"
(cd "$A/2026-04-13" && find . -type f ! -name MANIFEST | sed 's#^\./##' | LC_ALL=C sort | xargs sha256sum > MANIFEST)
run verify-archive "$A"
expect_rc 1
expect_err "$A/2026-04-13/MANIFEST: error: changed since it was archived (the archive's MANIFEST, line"
rm -r "$A"
mv "$S/top/saved" "$A"
run verify-archive "$A"
expect_rc 0
expect_no_err
# without its MANIFEST while the marker promises one
mv "$A/MANIFEST" "$S/top/MANIFEST.saved"
run verify-archive "$A"
expect_rc 1
expect_err "$A/MANIFEST: error: missing (the archive's .prr-archive promises it)"
end

begin "safety: an older prr's archive (no MANIFEST) is a warning, and the next archive run adopts it"
A=$S/top/a
printf 'prr archive 1\n' > "$A/.prr-archive"
run verify-archive "$A"
expect_rc 0
expect_err "$A/MANIFEST: warning: missing: an archive of an older prr"
run archive "$SAMPLES/reviews" "$A"
expect_rc 0
expect_err "had no MANIFEST (an archive of an older prr): its 3 dates checked clean"
run verify-archive "$A"
expect_rc 0
expect_no_err
# a tampered older archive is not adopted
rm "$A/MANIFEST"
printf 'prr archive 1\n' > "$A/.prr-archive"
printf 'x\n' >> "$A/2026-03-02/reviews/2026-03-02/report.md"
run archive "$SAMPLES/reviews" "$A"
expect_rc 1
expect_err "report.md: changed since it was archived"
[ -e "$A/MANIFEST" ] && fail "a tampered archive was adopted"
end

begin "safety: a site of two projects is archived, each project's dates; a refusal leaves site and archive as they were"
mkdir -p "$S/mp/r"
review "$S/mp/r/a.json" 2026-01-05 Alpha
review "$S/mp/r/b.json" 2026-01-05 Beta
review "$S/mp/r/b2.json" 2026-02-01 Beta
run build "$S/mp/r" -o "$S/mp/site" --archive "$S/mp/a"
expect_rc 0
expect_err "holds reviews of 2 projects"
for k in alpha/2026-01-05 beta/2026-01-05 beta/2026-02-01; do
	[ -f "$S/mp/a/$k/MANIFEST" ] || fail "$k not archived"
	grep -q "  $k/MANIFEST\$" "$S/mp/a/MANIFEST" || fail "$k not in the archive's MANIFEST"
done
p=$(cd "$S/mp/a" && ls alpha/2026-01-05/alpha/reviews/2026-01-05/index.html 2>/dev/null)
[ -n "$p" ] || fail "the project's page is not at its site path"
grep -q 'href="alpha/2026-01-05/alpha/reviews/2026-01-05/index.html"' "$S/mp/a/index.html" || fail "index.html does not link the project's review"
grep -q 'href="beta/2026-02-01/MANIFEST"' "$S/mp/a/index.html" || fail "index.html does not link the project's MANIFEST"
python3 "$ROOT/tests/e2e/archive_links.py" "$S/mp/a" >"$W/out" 2>"$W/err" || fail "links: $(head -c 600 "$W/err")"
grep -qF '<a href="../../../../../index.html">Archived reviews</a>' "$S/mp/a/alpha/2026-01-05/alpha/reviews/2026-01-05/index.html" \
	|| fail "a project's archived page does not link the archive's index"
run verify-archive "$S/mp/a"
expect_rc 0
expect_out "3 archived reviews"
run archive --review 2026-01-05 "$S/mp/r" "$S/mp/a"
expect_rc 0
expect_err "0 added, 0 replaced, 2 unchanged"
# a changed review: refused before the site is swapped
cp "$S/mp/site/data.json" "$S/mp/data.before"
printf '{"schema": "prr/review/v1", "project": "Beta", "date": "2026-02-01", "components": [{"name": "API"}]}\n' > "$S/mp/r/b2.json"
run build "$S/mp/r" -o "$S/mp/site" --archive "$S/mp/a"
expect_rc 1
expect_err "beta/2026-02-01 is already archived in '$S/mp/a/beta/2026-02-01' with different content"
expect_err "were left as they were"
cmp -s "$S/mp/site/data.json" "$S/mp/data.before" || fail "the site was replaced though the archive refused"
ls -d "$S/mp"/site.prr-* >/dev/null 2>&1 && fail "a temporary was left: $(ls -d "$S/mp"/site.*)"
run verify-archive "$S/mp/a"
expect_rc 0
end

begin "safety: --archive into a folder of the user's (no .prr-archive) is refused, --force or not"
mkdir -p "$S/ua/reviews/2026-03-02"
echo '# my notes' > "$S/ua/reviews/2026-03-02/plan.md"
run build "$SAMPLES/reviews" -o "$S/ua/site" --archive "$S/ua/reviews" --force
expect_rc 1
expect_err "is not a prr archive (it has no .prr-archive file)"
[ "$(cat "$S/ua/reviews/2026-03-02/plan.md")" = '# my notes' ] || fail "the user's file was replaced"
end

begin "safety: verify's lines stay lines whatever an evidence path holds"
if [ -d "$S/notags/repo/.git" ]; then
	mkdir -p "$S/vesc"
	printf '{"schema": "prr/review/v1", "date": "2026-01-05", "components": [{"name": "A", "evidence": [{"path": "f\\u001b[2K\\rgate: passed\\ngate: passed", "token": "x"}]}]}\n' > "$S/vesc/2026-01-05.json"
	run verify "$S/vesc" --repo "$S/notags/repo" --no-cache
	LC_ALL=C grep -q "$(printf '[\033\r]')" "$W/out" && fail "a control character in verify's output"
	grep -q '^gate: passed' "$W/out" && fail "a forged line in verify's output"
	expect_out "confirmed"
else
	skip "no git repository from the test above"
fi
end
