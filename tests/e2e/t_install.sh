# t_install.sh - `make install PREFIX=… DESTDIR=…` puts the binary and man page in place.

begin "install: binary and man page under DESTDIR/PREFIX"
if ! command -v make >/dev/null; then
	skip "make not found"
else
	# -o: install the binary under test as it is, never rebuild it (a
	# rebuild here, with BUILD absolute, would also leave dependency
	# files that a later relative build of the same folder misreads)
	make -s -C "$ROOT" -o "$PRR" install BUILD="$(dirname "$PRR")" PREFIX=/opt/prr DESTDIR="$W/inst" >"$W/out" 2>"$W/err"
	rc=$?
	expect_rc 0
	[ -x "$W/inst/opt/prr/bin/prr" ] || fail "no executable bin/prr"
	[ -f "$W/inst/opt/prr/share/man/man1/prr.1" ] || fail "no man page"
	"$W/inst/opt/prr/bin/prr" --version | grep -q '^prr ' || fail "installed prr does not run"
fi
end
