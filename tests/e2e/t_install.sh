# t_install.sh - `make install PREFIX=… DESTDIR=…` puts the binary and man page in place.

begin "install: binary and man page under DESTDIR/PREFIX"
if ! command -v make >/dev/null; then
	skip "make not found"
else
	make -s -C "$ROOT" install BUILD="$(dirname "$PRR")" PREFIX=/opt/prr DESTDIR="$W/inst" >"$W/out" 2>"$W/err"
	rc=$?
	expect_rc 0
	[ -x "$W/inst/opt/prr/bin/prr" ] || fail "no executable bin/prr"
	[ -f "$W/inst/opt/prr/share/man/man1/prr.1" ] || fail "no man page"
	"$W/inst/opt/prr/bin/prr" --version | grep -q '^prr ' || fail "installed prr does not run"
fi
end
