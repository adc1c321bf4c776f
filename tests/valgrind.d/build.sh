# build.sh - prr build and prr report --format md under valgrind.
vgsite=$(mktemp -d /tmp/prr-vg-site-XXXXXX)
vg build -o "$vgsite/site" samples/reviews
vg build -o "$vgsite/site2" --archive "$vgsite/a" samples/reviews
vg report --format md samples/reviews
rm -rf "$vgsite"
