# t_history.sh - `prr history`: commits, tags, paths, churn, the cache and
# every kind of bad repository.  Repositories are built at test time by
# tests/fixtures/mkrepo.sh with pinned names and dates.

H=$W/history
mkdir -p "$H"
if ! command -v git >/dev/null 2>&1; then
	begin "history: fixtures"; skip "git is not installed"; end
else
sh "$ROOT/tests/fixtures/mkrepo.sh" big "$H/fx" >/dev/null 2>&1 || echo "FAIL: mkrepo.sh" >&2
REPO=$H/fx/repo
G() { git -C "$REPO" -c core.quotepath=off "$@"; }

# prr's text output as "id<TAB>path" lines (and "id" for commits without paths)
# (mawk has no {40}: ids are told by their length)
prr_pairs() { awk 'length($1)==40 && $1 ~ /^[0-9a-f]+$/ && !/^    /{id=$1; print id; next} /^    /{sub(/^    /,""); print id "\t" $0}' | sort; }
git_pairs() { awk 'length($0)==40 && $0 ~ /^[0-9a-f]+$/{id=$1; print id; next} NF{print id "\t" $0}' | sort; }

begin "history: a cache that cannot be written is a warning, the history whole"
: > "$H/not-a-folder"
run history --repo "$REPO" --paths --format json --cache "$H/not-a-folder/cache"
expect_rc 0
expect_err "prr: warning: "
expect_err "going on without it"
cp "$W/out" "$H/uncached.json"
run history --repo "$REPO" --paths --format json
expect_rc 0
cmp -s "$W/out" "$H/uncached.json" || fail "the history differs when the cache cannot be written"
end

begin "history: commits, parents, authors and tags as JSON"
run history --repo "$REPO"
expect_rc 0
n=$(grep -o '"id":"[0-9a-f]\{40\}"' "$W/out" | wc -l)
[ "$n" = "$(G rev-list --count HEAD)" ] || fail "$n commits, git says $(G rev-list --count HEAD)"
expect_out "\"author\":\"Ada Author\",\"email\":\"ada@example.com\",\"time\":\"2026-01-05T12:00:00+01:00\""
expect_out "\"summary\":\"Merge branch 'feature'\""
expect_out "{\"name\":\"v1.0\",\"target\":\"$(G rev-parse 'v1.0^{commit}')\"}"
expect_out "{\"name\":\"v0.1\",\"target\":\"$(G rev-parse v0.1)\"}"
merge=$(G rev-parse 'v1.0^{commit}')
expect_out "\"id\":\"$merge\",\"parents\":[\"$(G rev-parse "$merge^1")\",\"$(G rev-parse "$merge^2")\"]"
grep -q '"paths"' "$W/out" && fail "paths without --paths"
end

begin "history: --paths equal git log --name-only (renames not followed, merges empty)"
run history --repo "$REPO" --paths --format text
expect_rc 0
prr_pairs < "$W/out" > "$H/prr.pairs"
G log --no-renames --name-only --format=%H | git_pairs > "$H/git.pairs"
cmp -s "$H/prr.pairs" "$H/git.pairs" || fail "paths differ: $(diff "$H/prr.pairs" "$H/git.pairs" | head -5)"
expect_out "    lib/a.c"
expect_out "    lib/b.c"
expect_out "    sub/logo.png"
n=$(grep -c '^    many/' "$W/out")
[ "$n" = 10000 ] || fail "the big commit lists $n paths, not 10000"
end

begin "history: --churn equals git log --numstat (binary files count no lines)"
run history --repo "$REPO" --churn --format json
expect_rc 0
for c in $(G rev-list HEAD); do
	want=$(G log -1 --no-renames --numstat --format= "$c" | awk '{a+=($1=="-"?0:$1); d+=($2=="-"?0:$2)} END{printf "\"added\":%d,\"deleted\":%d", a, d}')
	grep -q "\"id\":\"$c\".*" "$W/out" || fail "no commit $c"
	tr '{' '\n' < "$W/out" | grep "\"id\":\"$c\"" | grep -qF "$want" || fail "commit $c: want $want"
done
end

begin "history: edge cases of trees and line counts equal git log"
sh "$ROOT/tests/fixtures/mkrepo.sh" edges "$H/edges" >/dev/null 2>&1 || fail "mkrepo.sh edges"
E=$H/edges/repo
run history --repo "$E" --paths --format text
expect_rc 0
prr_pairs < "$W/out" > "$H/edges.prr"
git -C "$E" -c core.quotepath=off log --no-renames --name-only --format=%H | git_pairs > "$H/edges.git"
cmp -s "$H/edges.prr" "$H/edges.git" || fail "paths differ: $(diff "$H/edges.prr" "$H/edges.git" | head -5)"
expect_out "    a/inner"
expect_out "    mod"
run history --repo "$E" --churn --format json
expect_rc 0
for c in $(git -C "$E" rev-list HEAD); do
	want=$(git -C "$E" log -1 --no-renames --numstat --format= "$c" | awk '{a+=($1=="-"?0:$1); d+=($2=="-"?0:$2)} END{printf "\"added\":%d,\"deleted\":%d", a, d}')
	tr '{' '\n' < "$W/out" | grep "\"id\":\"$c\"" | grep -qF "$want" || fail "commit $c: want $want"
done
end

begin "history: --since, --until and --rev"
run history --repo "$REPO" --since 2026-01-12 --until 2026-01-14 --format text
expect_rc 0
n=$(grep -c '^[0-9a-f]\{40\} ' "$W/out")
[ "$n" = 3 ] || fail "$n commits between 2026-01-12 and 2026-01-14, expected 3"
run history --repo "$REPO" --rev v0.1 --format text
expect_rc 0
n=$(grep -c '^[0-9a-f]\{40\} ' "$W/out")
[ "$n" = 2 ] || fail "$n commits up to v0.1, expected 2"
end

begin "history: the cache gives the same output and a rerun reads no tree"
run history --repo "$REPO" --churn
cp "$W/out" "$H/nocache.json"
run history --repo "$REPO" --churn --cache "$H/cache" --stats
expect_rc 0
expect_err "0 from cache"
cmp -s "$W/out" "$H/nocache.json" || fail "first cached run differs"
[ -f "$H/cache/history.cache" ] || fail "no cache file written"
run history --repo "$REPO" --churn --cache "$H/cache" --stats
expect_rc 0
expect_err "0 computed, 0 trees read, 0 blobs read, walked no"
cmp -s "$W/out" "$H/nocache.json" || fail "cached rerun differs"
end

begin "history: a corrupt or foreign cache file is rebuilt, never trusted"
printf 'garbage' | dd of="$H/cache/history.cache" bs=1 seek=200 conv=notrunc 2>/dev/null
run history --repo "$REPO" --churn --cache "$H/cache" --stats
expect_rc 0
expect_err "cache rebuilt"
cmp -s "$W/out" "$H/nocache.json" || fail "output after a corrupt cache differs"
run history --repo "$REPO" --churn --cache "$H/cache" --stats
expect_err "0 trees read"
echo "not a prr cache" > "$H/cache/history.cache"
run history --repo "$REPO" --paths --cache "$H/cache" --stats
expect_rc 0
expect_err "cache rebuilt"
head -c 100 "$H/cache/history.cache" > "$H/trunc" && mv "$H/trunc" "$H/cache/history.cache"
run history --repo "$REPO" --paths --cache "$H/cache" --stats
expect_err "cache rebuilt"
end

begin "history: after k new commits only k are computed"
sh "$ROOT/tests/fixtures/mkrepo.sh" basic "$H/grow" >/dev/null 2>&1
run history --repo "$H/grow/repo" --paths --cache "$H/gcache" --stats
expect_err "10 computed"
(cd "$H/grow/repo" && echo x > new1 && git add new1 && git commit -qm one && echo y > new2 && git add new2 && git commit -qm two) >/dev/null 2>&1
run history --repo "$H/grow/repo" --paths --cache "$H/gcache" --stats
expect_err "10 from cache, 2 computed"
cp "$W/out" "$H/grown.json"
run history --repo "$H/grow/repo" --paths
cmp -s "$W/out" "$H/grown.json" || fail "cached and uncached output differ after growth"
end

begin "history: a bare clone and a detached HEAD work"
git clone -q --bare "$REPO" "$H/bare.git" 2>/dev/null
run history --repo "$H/bare.git" --format text
expect_rc 0
expect_out "StateManager.compact()"
git clone -q "$REPO" "$H/detached" 2>/dev/null
git -C "$H/detached" checkout -q --detach HEAD~2
run history --repo "$H/detached" --format text
expect_rc 0
n=$(grep -c '^[0-9a-f]\{40\} ' "$W/out")
[ "$n" = "$(git -C "$H/detached" rev-list --count HEAD)" ] || fail "detached: $n commits"
end

begin "history: bad repositories give a message naming them, exit 1"
run history --repo "$H/nowhere"
expect_rc 1
expect_err "repository '$H/nowhere' does not exist"
mkdir -p "$H/plain"
run history --repo "$H/plain"
expect_rc 1
expect_err "'$H/plain' is not a git repository"
sh "$ROOT/tests/fixtures/mkrepo.sh" empty "$H/empty" >/dev/null 2>&1
run history --repo "$H/empty/repo"
expect_rc 1
expect_err "has no commits"
git clone -q --depth 2 "file://$REPO" "$H/shallow" 2>/dev/null
run history --repo "$H/shallow"
expect_rc 1
expect_err "is a shallow clone: history before the graft is missing"
run history --repo "$REPO" --rev no-such-branch
expect_rc 1
expect_err "unknown revision 'no-such-branch' in '$REPO'"
run history --repo "$REPO" --since 2026-13-01
expect_rc 2
end

begin "history: a missing object is named, and the output is not complete"
git clone -q --no-local "$REPO" "$H/broken" 2>/dev/null
git -C "$H/broken" unpack-objects -q < "$(ls "$H"/broken/.git/objects/pack/*.pack)" 2>/dev/null || true
mkdir -p "$H/packs" && mv "$H"/broken/.git/objects/pack/* "$H/packs/" 2>/dev/null
git -C "$H/broken" unpack-objects -q < "$(ls "$H"/packs/*.pack)"
tree=$(git -C "$H/broken" rev-parse 'HEAD~3^{tree}')
rm -f "$H/broken/.git/objects/$(echo "$tree" | cut -c1-2)/$(echo "$tree" | cut -c3-)"
run history --repo "$H/broken" --paths
expect_rc 1
expect_err "$tree"
expect_err "'$H/broken'"
expect_err "incomplete"
end

begin "history: prr's own repository equals git log and git tag"
if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
	run history --repo "$ROOT" --paths --format text
	expect_rc 0
	prr_pairs < "$W/out" > "$H/own.prr"
	git -C "$ROOT" -c core.quotepath=off log --no-renames --name-only --format=%H | git_pairs > "$H/own.git"
	cmp -s "$H/own.prr" "$H/own.git" || fail "prr's own history differs from git log: $(diff "$H/own.prr" "$H/own.git" | head -5)"
	n=$(grep -c '^[0-9a-f]\{40\} ' "$W/out")
	[ "$n" = "$(git -C "$ROOT" rev-list --count HEAD)" ] || fail "$n commits"
	grep '^tag ' "$W/out" | cut -d' ' -f2 > "$H/own.tags"
	git -C "$ROOT" tag | sort > "$H/own.gtags"
	cmp -s "$H/own.tags" "$H/own.gtags" || fail "tags differ"
else
	skip "not in a git checkout"
fi
end
fi
