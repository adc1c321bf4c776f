#!/bin/sh
# valgrind.sh PRR - prr's main commands under valgrind: no leak, no error.
PRR=$1
fail=0
vg() {
	if ! valgrind -q --leak-check=full --show-leak-kinds=all \
		--errors-for-leak-kinds=all --error-exitcode=97 "$PRR" "$@" \
		>/dev/null 2>/tmp/prr-valgrind.$$; then
		rc=$?
		if [ $rc = 97 ] || grep -q '==[0-9]*==' /tmp/prr-valgrind.$$; then
			echo "valgrind: prr $*: errors or leaks:"; cat /tmp/prr-valgrind.$$
			fail=1
		fi
	fi
	rm -f /tmp/prr-valgrind.$$
}
vg check samples/reviews
for extra in tests/valgrind.d/*.sh; do
	[ -f "$extra" ] && . "$extra"
done
[ $fail = 0 ] && echo "valgrind: no leaks, no errors"
exit $fail
