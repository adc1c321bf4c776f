#!/bin/sh
# hostile.sh PRR - `make bench-hostile`: how `prr import` grows with the
# size of documents built to make a careless reader read things again and
# again.  Each shape is imported at N and at 4N units; the ratio of the two
# times is printed: about 4 where the reading is linear, about 16 where it
# is quadratic.  Figures only, never an assertion (the unit tests import
# such shapes for what they read, not for how long they take).
#
# BENCH_N (default 5000) sets N; BENCH_SHAPES, if set, the shapes to run.
set -u
PRR=${1:?usage: hostile.sh PRR}
N=${BENCH_N:-5000}
W=$(mktemp -d "${TMPDIR:-/tmp}/prr-bench-hostile-XXXXXX")
trap 'rm -rf "$W"' EXIT INT TERM

# gen SHAPE COUNT FILE: a document of COUNT units of SHAPE
gen() {
	python3 - "$1" "$2" > "$3" <<'PY'
import sys
shape, n = sys.argv[1], int(sys.argv[2])
out = ["# Review", "", "Date: 2026-03-12", ""]
if shape == "score-table":
    out += ["## Scores", "", "| Area | Score | Notes |", "|---|---|---|"]
    out += ["| Area %d | %d/10 | fine |" % (i, i % 10) for i in range(n)]
elif shape == "score-items":
    out += ["## Scores", ""] + ["- Area %d: %d/10" % (i, i % 10) for i in range(n)]
elif shape == "component-table":
    out += ["| Component | Tests | Docs |", "|---|---|---|"]
    out += ["| svc-%d | ✅ | ❌ |" % i for i in range(n)]
elif shape == "findings":
    out += ["## Findings", ""]
    out += ["- **F-%d** (high): issue %d in module m%d is open" % (i, i, i % 97)
            for i in range(n)]
elif shape == "wave-headings":
    out += ["## Plan", ""]
    for i in range(n):
        out += ["### Wave %d (5 pts)" % i, "- [x] A-%d: work (5 pts)" % i, ""]
elif shape == "run-on-verdict":
    out += ["## Decision", "", "Decision: NO-GO"]
    out += ["and the queue %d is still single-zone" % i for i in range(n)]
elif shape == "cjk-verdicts":
    for i in range(n // 4):
        out += ["前回レビューの結論は以下のとおりだった。", "", "> 判定：条件付き承認", "",
                "**判定：不可**", ""]
elif shape == "bold-run-on":
    out += ["## Decision", ""]
    out += ["Handover is **deferred** until NTF-%d is closed" % i for i in range(n)]
elif shape == "decisions":
    for i in range(n // 4):
        out += ["## Decision", "", "GO for the pilot. The rollout of wave %d is not approved." % i, ""]
elif shape == "sprint-table":
    out += ["## Sprints", "", "| Cycle | Dates | Points planned | Points done |",
            "|---|---|---|---|"]
    out += ["| Cycle %d | 2026-01-05 – 2026-01-16 | 5 | 3 |" % i for i in range(n)]
elif shape == "backticks":
    out += ["a ` " * n]
elif shape == "area-sections":
    for i in range(n):
        out += ["## Area %d" % i, "", "- Score: %d/10" % (i % 10), ""]
elif shape == "long-heading":
    out += ["## " + " ".join("blocker%d risk" % i for i in range(n)), ""]
    for i in range(n):
        out += ["- item %d done" % i, "", "Note %d." % i, ""]
elif shape == "rated-findings":
    out += ["## Findings", ""]
    out += ["- **High**: finding number %d is about subsystem %d" % (i, i)
            for i in range(n)]
elif shape == "compare-table":
    out += ["## Alpha vs Beta", "", "| Factor | Alpha | Beta |", "|---|---|---|"]
    out += ["| f%d | ok \u2705 | no \u274c |" % i for i in range(n)]
elif shape == "decision-branches":
    out += ["## Branches", ""]
    out += ["- \u2705 If case %d holds \u2192 go on" % i for i in range(n)]
elif shape == "conditions-options":
    for i in range(n):
        out += ["### NO-GO if any fails:", "", "- \u274c A test %d" % i, "",
                "### Option %d: More" % i, "", "- \u2705 Item %d" % i, ""]
elif shape == "impact-run-on":
    # one paragraph of fields under a finding, each a dash away from a
    # clause that never stops: each was read to the paragraph's end
    out += ["## Findings", "", "### 1. Slow start", ""]
    out += ["**Impact:** Medium - should verify %d" % i for i in range(n)]
elif shape == "finding-headings":
    out += ["## Findings", ""]
    for i in range(n):
        out += ["### F-%d: Finding number %d is about subsystem %d" % (i, i, i), "",
                "**Severity:** High", ""]
elif shape == "go-nogo-items":
    out += ["- [ ] **FINAL DECISION**: GO or NO-GO" for i in range(n)]
elif shape == "go-nogo-paras":
    out += ["## Decision", ""] + ["**FINAL DECISION**: GO or NO-GO", ""] * n
elif shape == "status-table":
    out += ["## Items", "", "| Item | Owner | Status |", "|---|---|---|"]
    out += ["| Item %d | team %d | %s |" % (i, i % 7, ["Done", "Open", "In progress"][i % 3])
            for i in range(n)]
elif shape == "status-lines":
    out += ["**Status:** %s" % ["Done", "Open", "Blocked"][i % 3] for i in range(n)]
elif shape == "phase-headings":
    out += ["## Phase %d (2 weeks)" % i for i in range(n)]
elif shape == "risk-items":
    out += ["## Risks", ""]
    out += ["- **Risk %d**: the queue %d may overflow (likelihood: high, impact: medium)"
            % (i, i) for i in range(n)]
elif shape == "para-lists":
    # a short paragraph that says what was fixed, then a bullet list of
    # one or two findings, again and again
    out += ["## Findings", ""]
    for i in range(n):
        out += ["Two were fixed. They were fixed in phase %d:" % i, "- item"]
        out += (["- more %d" % i] if i % 2 else []) + [""]
elif shape == "decision-subheads":
    out += ["## Decision", ""]
    for i in range(n):
        out += ["### **%s \u2014 scope %d**" % (["GO", "NO-GO"][i % 2], i), "",
                "Scope %d was reviewed by the team." % i, ""]
elif shape == "result-table":
    out += ["## Results", "", "| Check | Result |", "|---|---|"]
    out += ["| Check %d | \u2705 passed with note %d |" % (i, i) for i in range(n)]
elif shape == "numbered-headings":
    for i in range(n):
        out += ["### %d. Something distinct %d" % (i + 1, i), "", "Text of part %d." % i, ""]
elif shape == "ready-lines":
    out += ["**If all \u2705 above are checked: YOU'RE READY TO LAUNCH! \U0001F680**"] * n
elif shape == "scored-boxes":
    for i in range(n):
        out += ["## Area %d (3/4)" % i, "", "- [x] a", "- [x] b", "- [ ] c", ""]
print("\n".join(out))
PY
}

# secs FILE: wall seconds of one import, to the millisecond
secs() {
	t0=$(date +%s%N)
	"$PRR" import "$1" > /dev/null 2>&1
	t1=$(date +%s%N)
	echo "$t0 $t1" | awk '{ printf "%.3f", ($2 - $1) / 1e9 }'
}

echo "bench-hostile: N = $N; time at N, at 4N, and their ratio (4 linear, 16 quadratic)"
for shape in ${BENCH_SHAPES:-score-table score-items component-table findings wave-headings \
	     run-on-verdict cjk-verdicts decisions bold-run-on sprint-table \
	     area-sections backticks long-heading rated-findings \
	     finding-headings go-nogo-items go-nogo-paras status-table \
	     status-lines phase-headings risk-items impact-run-on \
	     compare-table decision-branches conditions-options \
	     para-lists decision-subheads result-table numbered-headings \
	     ready-lines scored-boxes}; do
	gen "$shape" "$N" "$W/a.md"
	gen "$shape" $((N * 4)) "$W/b.md"
	a=$(secs "$W/a.md")
	b=$(secs "$W/b.md")
	awk -v s="$shape" -v a="$a" -v b="$b" 'BEGIN {
		r = a > 0.0005 ? b / a : 0
		note = r > 10 ? "  (grows as the square)" : ""
		printf "bench-hostile: %-18s %7.3f s %7.3f s  x%.1f%s\n", s, a, b, r, note
	}'
done
