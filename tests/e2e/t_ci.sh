# t_ci.sh - the CI recipes of samples/ci/ parse, have the structure their
# CI reads, and every `prr ...` command they run exists with the options
# they give it (as `prr COMMAND --help` lists them).

CI=$ROOT/samples/ci
CIW=$W/ci
mkdir -p "$CIW"

# ci_commands FILE KIND: checks the structure, prints "COMMAND OPTION" per
# option of each prr command run (and "COMMAND -" for one without options)
# the line both recipes split the report with, one part per project
SPLIT="csplit -s -z -f report-part- report.md '/^<!-- prr:report /' '{*}'"

ci_commands() {
	python3 - "$1" "$2" <<'PY'
import shlex, sys, yaml
path, kind = sys.argv[1], sys.argv[2]
doc = yaml.safe_load(open(path, encoding="utf-8"))
scripts = []
if kind == "github":
    assert isinstance(doc.get("jobs"), dict) and doc["jobs"], "no jobs"
    assert "on" in doc or True in doc, "no 'on' trigger"  # YAML 1.1 reads on: as True
    for name, job in doc["jobs"].items():
        assert isinstance(job.get("steps"), list) and job["steps"], f"job {name}: no steps"
        assert "runs-on" in job, f"job {name}: no runs-on"
        for st in job["steps"]:
            assert ("run" in st) != ("uses" in st), f"job {name}: a step wants run or uses: {st}"
            if "run" in st:
                scripts.append(st["run"])
else:
    jobs = {k: v for k, v in doc.items() if isinstance(v, dict) and "script" in v}
    assert jobs, "no job with a script"
    stages = doc.get("stages", [])
    for name, job in jobs.items():
        assert isinstance(job["script"], list), f"job {name}: script is not a list"
        assert job.get("stage") in stages, f"job {name}: stage {job.get('stage')} not in stages"
        scripts.extend(job["script"])
found = 0
for s in scripts:
    for line in s.replace("\\\n", " ").splitlines():
        line = line.strip()
        if not line.startswith("prr "):
            continue
        words = shlex.split(line)
        found += 1
        opts = [w.split("=")[0] for w in words[2:] if w.startswith("-")]
        for o in opts or ["-"]:
            print(words[1], o)
assert found, "no prr command"
PY
}

for recipe in github:github-actions.yml gitlab:gitlab-ci.yml; do
	kind=${recipe%%:*}
	file=$CI/${recipe#*:}
	begin "ci: $kind recipe parses, and each prr command in it exists with its options"
	if ! python3 -c 'import yaml' 2>/dev/null; then
		skip "python3-yaml is not installed (make test-deps installs it)"
	elif ! ci_commands "$file" "$kind" > "$CIW/$kind" 2> "$CIW/$kind.err"; then
		fail "$(tail -n 3 "$CIW/$kind.err")"
	else
		while read -r cmd opt; do
			"$PRR" "$cmd" --help > "$CIW/help" 2>&1 || { fail "'prr $cmd' does not exist"; continue; }
			[ "$opt" = - ] && continue
			if grep -qE -- "(^|[ ,])$opt( |,|\$)" "$CIW/help"; then
				continue
			fi
			fail "'prr $cmd' has no option $opt"
		done < "$CIW/$kind"
		grep -q '^build --archive$' "$CIW/$kind" || fail "the recipe archives no review date (prr build --archive)"
		grep -q '^gate ' "$CIW/$kind" || fail "the recipe runs no gate"
		grep -q '^report --format$' "$CIW/$kind" || fail "the recipe writes no report"
		grep -qF "$SPLIT" "$file" || fail "the report is not split into one comment per project by its markers"
		grep -qF 'marker=$(head -n 1 "$part")' "$file" || fail "a comment is not found by its part's first line"
	fi
	end
done

begin "ci: the recipes' build, archive and report run on the samples"
R=$CIW/run
mkdir -p "$R"
cp -r "$SAMPLES/reviews" "$R/reviews"
run_in "$R" check reviews
expect_rc 0
run_in "$R" build reviews -o site --archive prr-archive
expect_rc 0
run_in "$R" verify-archive prr-archive
expect_rc 0
run_in "$R" report reviews --format md -o report.md
expect_rc 0
head -n 1 "$R/report.md" | grep -q '^<!-- prr' || fail "report.md's first line is no marker: $(head -n 1 "$R/report.md")"
end

begin "ci: the recipes' split gives one comment per project, each starting with its marker"
S2=$CIW/two
mkdir -p "$S2/reviews/api" "$S2/reviews/billing"
printf '{"project": "API"}\n' > "$S2/reviews/api/prr.json"
printf '{"project": "Billing"}\n' > "$S2/reviews/billing/prr.json"
sed 's/"project": "[^"]*"/"project": "API"/' "$SAMPLES/reviews/2026-03-02.json" > "$S2/reviews/api/2026-03-02.json"
sed 's/"project": "[^"]*"/"project": "Billing"/' "$SAMPLES/reviews/2026-04-13.json" > "$S2/reviews/billing/2026-04-13.json"
run_in "$S2" report reviews --format md -o report.md
expect_rc 0
(cd "$S2" && eval "$SPLIT") || fail "the recipes' csplit line fails"
n=$(ls "$S2"/report-part-* 2>/dev/null | wc -l)
[ "$n" -eq 2 ] || fail "$n parts for two projects"
for part in "$S2"/report-part-*; do
	head -n 1 "$part" | grep -q '^<!-- prr:report project=' || fail "$part starts with $(head -n 1 "$part")"
done
end
