# archive.sh - prr archive (first time, unchanged, refused, forced, one
# date, with a base URL) and verify-archive (clean and with problems)
# under valgrind.
VA=$(mktemp -d /tmp/prr-vg-archive-XXXXXX)
cp -R samples/reviews "$VA/r"
vg archive "$VA/r" "$VA/a"
vg archive "$VA/r" "$VA/a"
sed 's/Review #3/Review #3 (amended)/' samples/reviews/2026-05-25.json > "$VA/r/2026-05-25.json"
vg archive "$VA/r" "$VA/a"
vg archive --force --review 2026-05-25 "$VA/r" "$VA/a"
vg archive --base-url https://prr.example/x "$VA/r" "$VA/b"
vg verify-archive "$VA/a"
rm "$VA/a/2026-03-02/assets/sort.js"
printf 'y\n' > "$VA/a/2026-03-02/extra"
printf 'bad line\n' > "$VA/a/2026-04-13/MANIFEST"
vg verify-archive "$VA/a"
rm -rf "$VA"
