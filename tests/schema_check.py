#!/usr/bin/python3
"""schema_check.py - samples/review.schema.json against the samples and prr.

    /usr/bin/python3 tests/schema_check.py PRR_BINARY

1. The schema is a valid JSON Schema 2020-12 and documents every property
   (each has a "description").
2. Every samples/reviews/*.json but prr.json validates, with format checking
   (so "2026-02-30" is not a date); each problem is printed as FILE: $.path:
   message.  Together the samples use every property the schema defines.
3. Negative checks: copies of a sample with one thing wrong (a bad status
   word, an impossible date, a misspelt property ...) are rejected by the
   schema -- so the schema is not vacuous -- and, when PRR_BINARY has a
   `check` command, by `prr check` too, and the samples pass `prr check`.
4. When PRR_BINARY has an `import` command and tests/data/md/ exists, the
   JSON `prr import` prints for each tests/data/md/*.md validates, so the
   schema never drifts from the code.

Closing line: "schema: N documents valid, M invalid"; exit 1 if anything
failed, 2 on bad usage.
"""
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema
from jsonschema import Draft202012Validator

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(ROOT, "samples", "review.schema.json")
SAMPLES = os.path.join(ROOT, "samples", "reviews")
MD_DATA = os.path.join(ROOT, "tests", "data", "md")
TIMEOUT = 60


def rel(path):
    return os.path.relpath(path, ROOT)


def json_path(parts):
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def problems(validator, doc):
    """Every schema error of `doc` as '$.path: message', in document order."""
    def order(e):
        return [f"{p:09d}" if isinstance(p, int) else p for p in e.absolute_path]
    errs = sorted(validator.iter_errors(doc), key=order)
    out = []
    for e in errs:
        # anyOf/oneOf failures: name the deepest reasons, not just "not valid"
        leaves = [c for c in (e.context or []) if not c.context] or [e]
        msg = e.message if len(leaves) > 3 else "; ".join(sorted({c.message for c in leaves}))
        out.append(f"{json_path(e.absolute_path)}: {msg}")
    return out


class Schema:
    """The schema, resolved for walking: which properties exist where."""

    def __init__(self, schema):
        self.schema = schema
        self.defs = schema.get("$defs", {})

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            assert ref.startswith("#/$defs/"), ref
            node = self.defs[ref[len("#/$defs/"):]]
        return node

    def where(self, node):
        """A name for a schema object with properties: the $def or 'review'."""
        for name, d in self.defs.items():
            if d is node:
                return name
        return "review"

    def all_properties(self):
        out = set()
        for node in [self.schema] + list(self.defs.values()):
            for p in node.get("properties", {}):
                out.add((self.where(node), p))
        return out

    def undocumented(self):
        out = []
        for node in [self.schema] + list(self.defs.values()):
            for p, sub in node.get("properties", {}).items():
                if not isinstance(sub, dict) or not sub.get("description"):
                    out.append(f"{self.where(node)}.{p}")
        return out

    def used(self, doc, node=None, acc=None):
        """The (object, property) pairs a valid document uses."""
        node = self.resolve(self.schema if node is None else node)
        acc = set() if acc is None else acc
        if isinstance(doc, dict) and "properties" in node:
            for k, v in doc.items():
                if k in node["properties"]:
                    acc.add((self.where(node), k))
                    self.used(v, node["properties"][k], acc)
        elif isinstance(doc, list) and "items" in node:
            for v in doc:
                self.used(v, node["items"], acc)
        return acc


def mutations(sample):
    """(what, mutated copy) pairs the schema must reject."""
    def mutate(fn):
        d = copy.deepcopy(sample)
        fn(d)
        return d

    def first_check(d):
        return d["components"][0]["checks"][0]

    return [
        ("a bad status word", mutate(lambda d: first_check(d).update(status="done"))),
        ("a status in capitals", mutate(lambda d: d["components"][0].update(status="PASS"))),
        ("an impossible date", mutate(lambda d: d.update(date="2026-02-30"))),
        ("a date not YYYY-MM-DD", mutate(lambda d: d.update(date="2026-3-2"))),
        ("a compact ISO date", mutate(lambda d: d.update(date="20260302"))),
        ("a misspelt top-level property", mutate(lambda d: d.update(titel=d.pop("title")))),
        ("a misspelt nested property", mutate(lambda d: first_check(d).update(notes="x"))),
        ("a wrong schema name", mutate(lambda d: d.update(schema="prr/review/v2"))),
        ("no schema", mutate(lambda d: d.pop("schema"))),
        ("no date", mutate(lambda d: d.pop("date"))),
        ("a bad readiness level", mutate(lambda d: d["status"].update(level="ready-ish"))),
        ("a bad severity", mutate(lambda d: d["findings"][0].update(severity="blocker"))),
        ("a negative score", mutate(lambda d: d["scores"][0].update(value=-1))),
        ("a zero scale", mutate(lambda d: d["dimensions"][0].update(max=0))),
        ("a fractional check count", mutate(lambda d: first_check(d).update(passed=1.5))),
        ("line 0", mutate(lambda d: d["findings"][0].update(line=0))),
        ("a line past 2^31", mutate(lambda d: d["findings"][0].update(line=3_000_000_000))),
        ("a short commit ref", mutate(lambda d: d["commits"][0].update(ref="abc12"))),
        ("a commit ref that is not hex", mutate(lambda d: d["commits"][0].update(ref="release-1"))),
        ("a wave without id or name", mutate(lambda d: [d["waves"][0].pop(k, None) for k in ("id", "name")])),
        ("a milestone done 'yes'", mutate(lambda d: d["milestones"][0].update(done="yes"))),
        ("a checklist item without done", mutate(lambda d: d["checklists"][0]["items"][0].pop("done"))),
        ("evidence without a path", mutate(lambda d: d["components"][0]["evidence"][0].pop("path"))),
        ("a null instead of an absent field", mutate(lambda d: d.update(revision=None))),
        ("a heading level 7", mutate(lambda d: d["sections"][0].update(level=7))),
        ("a bad source format", mutate(lambda d: d["source"].update(format="yaml"))),
        ("an empty component name", mutate(lambda d: d["components"][0].update(name=""))),
        ("an audit entry without agrees", mutate(lambda d: d["audit"][0].pop("agrees"))),
    ]


def loader_rules(sample):
    """(what, mutated copy) pairs that break rules a JSON Schema cannot
    state; the schema accepts them, `prr check` must not."""
    def mutate(fn):
        d = copy.deepcopy(sample)
        fn(d)
        return d

    def first_counted(d):
        return next(k for c in d["components"] for k in c["checks"] if "total" in k)

    return [
        ("a score above its max", mutate(lambda d: d["scores"][0].update(value=d["scores"][0]["max"] + 1))),
        ("a range that ends below its start", mutate(lambda d: d["dimensions"][0].update(high=d["dimensions"][0]["score"] - 0.5))),
        ("more passed than total", mutate(lambda d: first_counted(d).update(passed=first_counted(d)["total"] + 1))),
        ("a duplicate component name", mutate(lambda d: d["components"].append(dict(d["components"][0], name=d["components"][0]["name"].upper())))),
        ("a wave that ends before it starts", mutate(lambda d: d["waves"][0].update(end="2000-01-01"))),
        ("a table row narrower than its header", mutate(lambda d: d["tables"][0]["rows"][0].pop())),
        ("an effort that ends below its start", mutate(lambda d: d["findings"][0]["effort"].update(low=99))),
    ]


def has_command(prr, name):
    try:
        r = subprocess.run([prr, "help", name], capture_output=True, timeout=TIMEOUT)
    except OSError:
        return False
    return r.returncode == 0


class Run:
    """One run: the validator, the tallies and every problem found."""

    def __init__(self, prr, validator, tmp):
        self.prr, self.validator, self.tmp = prr, validator, tmp
        self.failures = []
        self.valid = self.invalid = 0

    def document(self, name, read):
        """Validates the document `read()` returns; the document or None."""
        try:
            doc = read()
        except (OSError, ValueError) as e:
            self.failures.append(f"{name}: cannot read: {e}")
            self.invalid += 1
            return None
        errs = problems(self.validator, doc)
        self.failures += [f"{name}: {e}" for e in errs]
        if errs:
            self.invalid += 1
            return None
        self.valid += 1
        return doc

    def prr_rejects(self, doc, name, what, why):
        """1 if `prr check` exits 1 on `doc`, naming the file."""
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
        r = subprocess.run([self.prr, "check", path], capture_output=True, text=True,
                           timeout=TIMEOUT)
        if r.returncode != 1:
            self.failures.append(f"negative: {what}: prr check exits {r.returncode}, expected 1 {why}")
            return 0
        if f"{path}:" not in r.stderr:
            self.failures.append(f"negative: {what}: prr check does not name the file: "
                                 f"{r.stderr.strip()[:300]}")
            return 0
        return 1


def read_json_file(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def check_samples(run, walker):
    """Validates the samples; {path: document} of the valid ones."""
    samples = sorted(f for f in glob.glob(os.path.join(SAMPLES, "*.json"))
                     if os.path.basename(f) != "prr.json")
    if not samples:
        run.failures.append(f"{rel(SAMPLES)}: no sample reviews")
    docs = {}
    used = set()
    for path in samples:
        doc = run.document(rel(path), lambda: read_json_file(path))
        if doc is not None:
            docs[path] = doc
            used |= walker.used(doc)
    if docs:
        for where, prop in sorted(walker.all_properties() - used):
            run.failures.append(f"{rel(SAMPLES)}: no sample uses {where}.{prop}")
    return docs


def check_negatives(run, docs, can_check):
    """Broken copies of a sample: the schema and prr check reject them."""
    # the sample with the most kinds of items, the latest of equals
    base_path = max(docs, key=lambda p: (len(docs[p]), p))
    base = docs[base_path]
    stem = os.path.basename(base_path)[:-len(".json")]
    cases, rules = mutations(base), loader_rules(base)
    rejected = check_rejected = 0
    for i, (what, doc) in enumerate(cases):
        if not list(run.validator.iter_errors(doc)):
            run.failures.append(f"negative: {what}: the schema accepts it")
            continue
        rejected += 1
        if can_check:
            check_rejected += run.prr_rejects(doc, f"{stem}-bad{i:02d}.json", what,
                                              "as the schema rejects it")
    for i, (what, doc) in enumerate(rules):
        errs = problems(run.validator, doc)
        if errs:  # the mutation itself went wrong, or the schema grew
            run.failures.append(f"loader rule: {what}: the schema rejects it: {errs[0]}")
        if can_check:
            check_rejected += run.prr_rejects(doc, f"{stem}-rule{i:02d}.json", what,
                                              "(a rule the schema cannot state)")
    print(f"schema: {rejected} of {len(cases)} broken copies rejected by the schema")
    if can_check:
        print(f"schema: {check_rejected} of {len(cases) + len(rules)} broken copies "
              f"rejected by prr check ({len(rules)} break rules only prr checks)")
        r = subprocess.run([run.prr, "check"] + sorted(docs), capture_output=True, text=True,
                           timeout=TIMEOUT)
        if r.returncode != 0:
            run.failures.append(f"prr check {rel(SAMPLES)}: exit {r.returncode}: "
                                f"{r.stderr.strip()[:2000]}")
    else:
        print("schema: prr has no check command yet; broken copies not given to it")


def check_imports(run, mds):
    """The JSON `prr import` prints for each Markdown file validates."""
    checked = refused = 0
    for md in mds:
        r = subprocess.run([run.prr, "import", md], capture_output=True, text=True,
                           timeout=TIMEOUT)
        if r.returncode == 1:
            refused += 1  # bad input by design; the importer's own tests say which
            continue
        if r.returncode != 0:
            run.failures.append(f"{rel(md)}: prr import exits {r.returncode}: "
                                f"{r.stderr.strip()[:400]}")
            run.invalid += 1
            continue
        checked += run.document(f"{rel(md)} (imported)", lambda: json.loads(r.stdout)) is not None
    print(f"schema: {checked} of {len(mds)} imported documents valid"
          + (f" ({refused} refused by prr import)" if refused else ""))


def main(argv):
    if len(argv) != 2:
        print("usage: schema_check.py PRR_BINARY", file=sys.stderr)
        return 2
    prr = os.path.abspath(argv[1])

    schema = read_json_file(SCHEMA)
    try:
        Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as e:
        print(f"{rel(SCHEMA)}: {json_path(e.absolute_path)}: not a valid schema: {e.message}")
        return 1
    walker = Schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    with tempfile.TemporaryDirectory(prefix="prr-schema-") as tmp:
        run = Run(prr, validator, tmp)
        run.failures += [f"{rel(SCHEMA)}: property {p} has no description"
                         for p in walker.undocumented()]
        docs = check_samples(run, walker)
        if docs:
            check_negatives(run, docs, has_command(prr, "check"))
        mds = sorted(glob.glob(os.path.join(MD_DATA, "*.md")))
        if mds and has_command(prr, "import"):
            check_imports(run, mds)
        elif mds:
            print("schema: prr has no import command yet; tests/data/md not checked")
        # the seed documents of ../shared, where present, copied to *.md
        seeds = os.environ.get("PRR_SEEDS") or os.path.join(ROOT, "..", "shared", "seeds")
        if os.path.isdir(seeds) and has_command(prr, "import"):
            copies = []
            for src in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
                dst = os.path.join(tmp, os.path.basename(src)[:-4] + ".md")
                with open(src, "rb") as a, open(dst, "wb") as b:
                    b.write(a.read())
                copies.append(dst)
            check_imports(run, copies)
        else:
            print("schema: ../shared/seeds absent; seed imports not checked")

    for f in run.failures:
        print(f)
    print(f"schema: {run.valid} documents valid, {run.invalid} invalid"
          + (f", {len(run.failures)} problems" if run.failures else ""))
    return 1 if run.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
