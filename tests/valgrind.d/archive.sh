# archive.sh - prr archive (first time, unchanged, refused, forced) and
# verify-archive (clean and with problems) under valgrind.
VA=$(mktemp -d /tmp/prr-vg-archive-XXXXXX)
cp -R tests/data/site "$VA/site"
vg archive "$VA/site" "$VA/a"
vg archive "$VA/site" "$VA/a"
printf 'x\n' >> "$VA/site/assets/site.css"
vg archive "$VA/site" "$VA/a"
vg archive --force "$VA/site" "$VA/a"
vg verify-archive "$VA/a"
rm "$VA/a/2026-03-02/assets/icon.svg"
printf 'y\n' > "$VA/a/2026-03-02/extra"
printf 'bad line\n' > "$VA/a/2026-04-13/MANIFEST"
vg verify-archive "$VA/a"
rm -rf "$VA"
