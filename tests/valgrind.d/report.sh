# report.sh - `prr report` and `prr gate` under valgrind.
if [ -d samples/reviews ]; then
	vg report --format json samples/reviews
	vg report samples/reviews
	vg gate --no-regressions samples/reviews
fi
