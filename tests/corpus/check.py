#!/usr/bin/env python3
"""Check what prr makes of the import corpus against its answer key.

usage: check.py [-v] PRR       evaluate tests/corpus/facts.txt (-v: the facts held too)
       check.py --self-test    evaluate facts on a small inline model

The documents are read at run time from ../shared/corpus (relative to the
repository; also ../../shared/corpus, or $PRR_CORPUS); none of their text
is kept in the repository ($PRR_CORPUS, when set, is the only place looked
at).  tests/corpus/facts.txt documents the format of
the facts.  Prints one line per missed fact, then `corpus: N of M facts`.
Exit status: 0 when N is at least the integer in tests/corpus/floor (or
the corpus is absent: skipped), 1 below it, 2 on a usage or format error.
"""

import concurrent.futures
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FACTS = os.path.join(HERE, "facts.txt")
FLOOR = os.path.join(HERE, "floor")
FALLBACK_DATE = "2000-01-01"   # folder name giving a date to undated documents
NO_DATE = "no review date"     # prr's message when a document gives no date
TOL = 0.05

OPS = ("⊇", "∈", "!=", ">=", "<=", "=", "~")
ASCII_OPS = {"has": "⊇", "in": "∈"}
SEVERITIES = ("critical", "high", "medium", "low", "info", "unknown")
STATUSES = ("pass", "partial", "fail", "pending", "na", "unknown")
LEVELS = ("ready", "partial", "not-ready", "unknown")
REPORT_KEYS = ("level", "counts.", "headline_not_contradicted")

# Sequences UTF-8 text shows when it was decoded as Windows-1252 or Mac Roman.
MOJIBAKE = re.compile("â€|âœ|â†|â†|ðŸ|Ã[\u0080-\u00bf§©¡³º±]|‚Ä|‚úÖ|‚ùå|√[°ß©≠®]|Ô∏|\uf8ff")


class FactError(Exception):
    pass


# --- the fact file -------------------------------------------------------------

class Fact:
    def __init__(self, doc, key, op, value, text, lineno):
        self.doc, self.key, self.op, self.value = doc, key, op, value
        self.text, self.lineno = text, lineno

    def uses_report(self):
        return self.key.startswith(REPORT_KEYS)


def parse_fact(line, lineno):
    text = re.sub(r"\s+#.*$", "", line).strip()
    m = re.match(r"^(\d{2})\s+(\S+)\s*(.*)$", text)
    if not m:
        raise FactError("line %d: expected 'NN KEY OP VALUE': %s" % (lineno, line))
    doc, key, rest = m.group(1), m.group(2), m.group(3).strip()
    if not rest:
        if key != "headline_not_contradicted":
            raise FactError("line %d: %s needs an operator and a value" % (lineno, key))
        return Fact(doc, key, None, None, text, lineno)
    op = None
    first = rest.split(None, 1)[0]
    if first in ASCII_OPS:
        op, value = ASCII_OPS[first], rest[len(first):].strip()
    else:
        for o in OPS:
            if rest.startswith(o):
                op, value = o, rest[len(o):].strip()
                break
    if op is None or not value:
        raise FactError("line %d: bad operator or value: %s" % (lineno, line))
    return Fact(doc, key, op, value, text, lineno)


def read_facts(path):
    facts = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            facts.append(parse_fact(s, n))
    return facts


# --- values of the model -------------------------------------------------------

def num(x):
    return x if isinstance(x, (int, float)) and not isinstance(x, bool) else None


def items(model, name):
    v = model.get(name)
    return v if isinstance(v, list) else []


def checkitems(model):
    return [i for c in items(model, "checklists") for i in (c.get("items") or [])]


def stories(model):
    return [s for w in items(model, "waves") for s in (w.get("stories") or [])]


def wave_points(w):
    if num(w.get("planned_points")) is not None:
        return w["planned_points"]
    pts = [num(s.get("points")) for s in (w.get("stories") or [])]
    pts = [p for p in pts if p is not None]
    return sum(pts) if pts else None


def scored(model):
    """(value, high, max, grade, status) of every score and dimension."""
    out = []
    for s in items(model, "scores"):
        out.append((num(s.get("value")), num(s.get("high")), num(s.get("max")), s.get("grade"), None))
    for d in items(model, "dimensions"):
        out.append((num(d.get("score")), num(d.get("high")), num(d.get("max")), d.get("grade"), d.get("status")))
    return out


def all_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from all_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from all_strings(v)


def unit_name(u):
    u = (u or "").strip().lower()
    for prefix, name in (("min", "minutes"), ("mo", "months"), ("h", "hours"), ("d", "days"),
                         ("j", "days"), ("w", "weeks"), ("sem", "weeks"), ("m", "months"),
                         ("p", "points"), ("sp", "points")):
        if u.startswith(prefix):
            return name
    return u


BOX = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[(.)\]")
FENCE = re.compile(r"^\s*(```|~~~)")


def box_lines(path):
    """Lines (1-based) of the document that are task-list boxes outside fences."""
    lines, fence = set(), None
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            m = FENCE.match(line)
            if m:
                fence = None if fence == m.group(1) else (fence or m.group(1))
                continue
            if fence is None and BOX.match(line):
                lines.add(n)
    return lines


def scalar(model, key, boxes=None):
    """The model's value for a counting or single-valued key."""
    ci = checkitems(model)
    if key.startswith("boxes."):
        if boxes is None:
            raise FactError("%s needs the document" % key)
        ci = [i for i in ci if i.get("line") in boxes]
        key = "checklist." + key[6:]
    if key == "date":
        return model.get("date")
    if key == "stated_level":
        lv = (model.get("status") or {}).get("level")
        return "none" if lv in (None, "unknown") else lv
    if key == "checklist.done":
        return sum(1 for i in ci if i.get("done") is True)
    if key == "checklist.open":
        return sum(1 for i in ci if i.get("done") is not True)
    if key == "checklist.partial":
        return sum(1 for i in ci if i.get("done") is not True and i.get("status") == "partial")
    if key == "checklist.total":
        return len(ci)
    if key == "grades.count":
        return sum(1 for s in scored(model) if s[3])
    if key == "dimensions.count":
        return len(items(model, "dimensions"))
    m = re.match(r"^dimensions\.status\.(\w+)$", key)
    if m and m.group(1) in STATUSES:
        return sum(1 for d in items(model, "dimensions") if d.get("status") == m.group(1))
    if key == "findings.count":
        return len(items(model, "findings"))
    m = re.match(r"^findings\.severity\.(\w+)$", key)
    if m and m.group(1) in SEVERITIES:
        return sum(1 for f in items(model, "findings") if f.get("severity") == m.group(1))
    if key == "findings.blocking":
        return sum(1 for f in items(model, "findings") if f.get("blocking") is True)
    if key == "risks.count":
        return len(items(model, "risks"))
    m = re.match(r"^risks\.level\.(\w+)$", key)
    if m and m.group(1) in SEVERITIES:
        return sum(1 for r in items(model, "risks") if r.get("level") == m.group(1))
    if key == "audit.disagreements":
        return sum(1 for a in items(model, "audit") if a.get("agrees") is False)
    if key == "waves.count":
        return len(items(model, "waves"))
    if key == "plan.stories":
        return len(stories(model))
    if key == "plan.points":
        return sum(num(s.get("points")) or 0 for s in stories(model))
    if key == "plan.done_points":
        return sum(num(s.get("points")) or 0 for s in stories(model) if s.get("status") == "pass")
    m = re.match(r"^statuses\.(\w+)$", key)
    if m and m.group(1) in STATUSES:
        marks = []
        for c in items(model, "components"):
            checks = c.get("checks") or []
            marks += [k.get("status") for k in checks] if checks else [c.get("status")]
        return sum(1 for x in marks if x == m.group(1))
    if key in ("checks.passed", "checks.total"):
        f = key.split(".")[1]
        return sum(num(k.get(f)) or 0 for c in items(model, "components") for k in (c.get("checks") or []))
    if key == "mojibake":
        return sum(1 for s in all_strings(model) if MOJIBAKE.search(s))
    raise FactError("unknown key %r" % key)


def multiset(model, key):
    if key == "dimensions.values":
        return [num(d.get("score")) for d in items(model, "dimensions")]
    if key == "waves.points":
        return [wave_points(w) for w in items(model, "waves")]
    if key == "waves.start":
        return [w.get("start") for w in items(model, "waves")]
    if key == "commits":
        return [c.get("ref") for c in items(model, "commits")]
    raise FactError("%s is not a list key" % key)


# --- comparing -----------------------------------------------------------------

def as_number(s):
    try:
        return float(s)
    except (TypeError, ValueError):
        return None


def same(a, b):
    """a (from the model) equals b (a word of the fact)."""
    if a is None:
        return b == "none"
    na, nb = num(a), as_number(b)
    if na is not None and nb is not None:
        return abs(na - nb) <= TOL
    return str(a) == b


def contains(have, want, key):
    pool = list(have)
    for w in want:
        for i, h in enumerate(pool):
            if h is None:
                continue
            if key == "commits":
                ok = h.lower().startswith(w.lower()) or w.lower().startswith(h.lower())
            else:
                ok = same(h, w)
            if ok:
                del pool[i]
                break
        else:
            return False
    return True


def parse_range(s):
    """'87', '6.0-6.5' -> (low, high or None)."""
    m = re.match(r"^([0-9.]+)(?:-([0-9.]+))?$", s)
    if not m:
        raise FactError("bad figure %r" % s)
    return float(m.group(1)), (float(m.group(2)) if m.group(2) else None)


def match_score(model, value):
    m = re.match(r"^([0-9.]+(?:-[0-9.]+)?)/([0-9.]+)$", value)
    if not m:
        raise FactError("score wants V/M or L-H/M, not %r" % value)
    lo, hi = parse_range(m.group(1))
    mx = float(m.group(2))
    for v, h, x, _g, _s in scored(model):
        if v is None or x is None or abs(x - mx) > TOL or abs(v - lo) > TOL:
            continue
        if hi is None and (h is None or abs(h - v) <= TOL):
            return True
        if hi is not None and h is not None and abs(h - hi) <= TOL:
            return True
    return False


def match_estimate(model, value):
    m = re.match(r"^([0-9.]+(?:-[0-9.]+)?)\s+(\S+)$", value)
    if not m:
        raise FactError("estimate wants 'L-H UNIT', not %r" % value)
    lo, hi = parse_range(m.group(1))
    hi = lo if hi is None else hi
    unit = unit_name(m.group(2))
    cands = list(items(model, "estimates"))
    cands += [f["effort"] for f in items(model, "findings") if isinstance(f.get("effort"), dict)]
    for e in cands:
        el, eh = num(e.get("low")), num(e.get("high"))
        if el is None:
            continue
        eh = el if eh is None else eh
        if abs(el - lo) <= TOL and abs(eh - hi) <= TOL and unit_name(e.get("unit")) == unit:
            return True
    return False


def describe(v):
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, list):
        return "[" + ",".join(describe(x) for x in v) + "]"
    return "none" if v is None else str(v)


def evaluate(fact, model, report=None, stated=None, boxes=None):
    """(ok, got): whether the fact holds of model (and report), and what was found."""
    key, op, value = fact.key, fact.op, fact.value
    if key == "headline_not_contradicted":
        level = scorecard(report).get("level")
        if stated not in ("ready", "not-ready"):
            raise FactError("headline_not_contradicted needs a 'stated_level = ready|not-ready' fact")
        opposite = "not-ready" if stated == "ready" else "ready"
        return level != opposite, "computed level %s, stated %s" % (describe(level), stated)
    if key == "score" or key == "grade" or key == "estimate":
        if op == "~" and key == "score":
            got = [describe(v) + ("-" + describe(h) if h is not None else "") + "/" + describe(x)
                   for v, h, x, _g, _s in scored(model)]
            return match_score(model, value), "scores " + (", ".join(got) or "none")
        if op == "=" and key == "grade":
            got = [g for _v, _h, _x, g, _s in scored(model) if g]
            return value in got, "grades " + (", ".join(got) or "none")
        if op == "~" and key == "estimate":
            got = ["%s-%s %s" % (describe(e.get("low")), describe(e.get("high")), e.get("unit"))
                   for e in items(model, "estimates")]
            return match_estimate(model, value), "estimates " + (", ".join(got) or "none")
        raise FactError("%s does not take %s" % (key, op))
    if op == "⊇":
        have = multiset(model, key)
        return contains(have, [w.strip() for w in value.split(",")], key), describe(have)
    if key == "level" or key.startswith("counts."):
        sc = scorecard(report)
        got = sc.get("level") if key == "level" else (sc.get("counts") or {}).get(key[7:])
        if key.startswith("counts.") and key[7:] not in STATUSES + ("waived", "applicable"):
            raise FactError("unknown key %r" % key)
    else:
        got = scalar(model, key, boxes)
    if op == "=":
        return same(got, value), describe(got)
    if op == "!=":
        return not same(got, value), describe(got)
    if op == "∈":
        return any(same(got, w.strip()) for w in value.split(",")), describe(got)
    if op in (">=", "<="):
        n, g = as_number(value), num(got)
        if n is None:
            raise FactError("%s wants a number, not %r" % (op, value))
        if g is None:
            return False, describe(got)
        return (g >= n - TOL if op == ">=" else g <= n + TOL), describe(got)
    raise FactError("%s does not take %s" % (key, op))


def scorecard(report):
    try:
        return report["projects"][0]["reviews"][0]["scorecard"] or {}
    except (KeyError, IndexError, TypeError):
        return {}


# --- running prr ---------------------------------------------------------------

def find_corpus():
    if os.environ.get("PRR_CORPUS"):          # when set, the only place looked at
        cands = [os.environ["PRR_CORPUS"]]
    else:
        cands = [os.path.join(REPO, "..", "shared", "corpus"),
                 os.path.join(REPO, "..", "..", "shared", "corpus")]
    for c in cands:
        if os.path.isfile(os.path.join(c, "MANIFEST.md")):
            return os.path.abspath(c)
    return None


def run(cmd, timeout=60):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return -1, "", "timed out"


def first_error(stderr):
    for line in stderr.splitlines():
        if ": error: " in line:
            return line.split(": error: ", 1)[1].strip()[:120]
    return (stderr.strip().splitlines() or ["no output"])[-1][:120]


def study(prr, path, work, want_report):
    """Import one document; returns a dict with the model, report and notes."""
    res = {"model": None, "report": None, "date_note": "", "note": "", "boxes": box_lines(path)}
    out = os.path.join(work, "model.json")
    rc, _o, err = run([prr, "import", path, "-o", out])
    res["rc"] = rc
    if rc == 0:
        with open(out, encoding="utf-8") as f:
            res["model"] = json.load(f)
        res["date_note"] = "imported"
    else:
        res["no_date"] = NO_DATE in err
        res["date_note"] = "import failed (exit %d: %s)" % (rc, first_error(err))
        if res["no_date"]:
            # Everything else is judged on a copy in a dated folder.
            dated = os.path.join(work, FALLBACK_DATE)
            os.makedirs(dated, exist_ok=True)
            copy = os.path.join(dated, os.path.basename(path))
            shutil.copyfile(path, copy)
            rc2, _o, err2 = run([prr, "import", copy, "-o", out])
            if rc2 == 0:
                with open(out, encoding="utf-8") as f:
                    res["model"] = json.load(f)
            else:
                res["note"] = "import failed (exit %d: %s)" % (rc2, first_error(err2))
        else:
            res["note"] = res["date_note"]
    if res["model"] is not None:
        # what import writes, prr loads: an import prr check refuses is
        # a failure whatever the facts say
        rc, _o, err = run([prr, "check", out])
        res["loads"] = rc == 0
        res["load_note"] = "" if rc == 0 else first_error(err)
    if res["model"] is not None and want_report:
        rc, o, err = run([prr, "report", out, "--format", "json"])
        if rc == 0:
            try:
                res["report"] = json.loads(o)
            except ValueError:
                res["report_note"] = "report is not JSON"
        else:
            res["report_note"] = "report failed (exit %d: %s)" % (rc, first_error(err))
    return res


def judge(fact, res, stated):
    """(ok, got) of one fact for one document's results."""
    if fact.key == "date":
        if res["model"] is not None and res.get("rc") == 0:
            got = res["model"].get("date")
        else:
            got = None
        if fact.op == "=" and fact.value == "none" or fact.op == "∈" and "none" in fact.value:
            if got is None and res.get("no_date"):
                return True, "none"
        if got is None:
            return False, res["date_note"]
        return evaluate(fact, {"date": got})
    if res["model"] is None:
        return False, res["note"] or res["date_note"]
    if fact.uses_report() and res["report"] is None:
        return False, res.get("report_note", "no report")
    return evaluate(fact, res["model"], res["report"], stated, res.get("boxes"))


def main_check(prr, verbose=False):
    corpus = find_corpus()
    if corpus is None:
        print("corpus: skipped (../shared/corpus not found)")
        return 0
    if not os.access(prr, os.X_OK):
        print("check.py: %s is not an executable" % prr, file=sys.stderr)
        return 2
    prr = os.path.abspath(prr)
    facts = read_facts(FACTS)
    docs = {}
    for name in sorted(os.listdir(corpus)):
        m = re.match(r"^(\d{2})-.*\.md$", name)
        if m:
            docs[m.group(1)] = os.path.join(corpus, name)
    stated = {f.doc: f.value for f in facts if f.key == "stated_level" and f.op == "="}
    need_report = {f.doc for f in facts if f.uses_report()}
    tmp = tempfile.mkdtemp(prefix="prr-corpus-")
    try:
        results = {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            futs = {}
            for doc in sorted({f.doc for f in facts}):
                if doc not in docs:
                    continue
                work = os.path.join(tmp, doc)
                os.makedirs(work)
                futs[doc] = pool.submit(study, prr, docs[doc], work, doc in need_report)
            for doc, fut in futs.items():
                results[doc] = fut.result()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    unloadable = [(d, r["load_note"]) for d, r in sorted(results.items())
                  if r["model"] is not None and not r.get("loads", True)]
    for d, note in unloadable:
        print("%s: its import does not load: %s" % (d, note), file=sys.stderr)
    passed = 0
    per_doc = {}
    for f in facts:
        if f.doc not in results:
            ok, got = False, "no document %s-*.md in %s" % (f.doc, corpus)
        else:
            ok, got = judge(f, results[f.doc], stated.get(f.doc))
        per_doc.setdefault(f.doc, [0, 0])
        per_doc[f.doc][1] += 1
        if ok:
            passed += 1
            per_doc[f.doc][0] += 1
            if verbose:
                print("%s %s %s: held (%s)" % (f.doc, f.key, "%s %s" % (f.op, f.value) if f.op else "", got))
        else:
            want = "%s %s" % (f.op, f.value) if f.op else "true"
            print("%s %s: expected %s, got %s" % (f.doc, f.key, want, got))
    print("by document: " + " ".join("%s:%d/%d" % (d, p, t) for d, (p, t) in sorted(per_doc.items())))
    floor = 0
    if os.path.exists(FLOOR):
        with open(FLOOR) as fl:
            floor = int(fl.read().strip() or 0)
    print("corpus: %d of %d facts" % (passed, len(facts)))
    if passed < floor:
        print("check.py: %d facts is below the floor %d (tests/corpus/floor)" % (passed, floor), file=sys.stderr)
        return 1
    if unloadable:
        print("check.py: %d imports that prr check refuses" % len(unloadable), file=sys.stderr)
        return 1
    return 0


# --- self-test -----------------------------------------------------------------

SELF_MODEL = {
    "schema": "prr/review/v1",
    "date": "2026-01-11",
    "status": {"text": "made-up verdict", "level": "partial"},
    "scores": [{"value": 87, "max": 100, "grade": "B+"}, {"value": 6.0, "high": 6.5, "max": 10}],
    "dimensions": [{"name": "a", "score": 80, "max": 100, "status": "pass"},
                   {"name": "b", "score": 45, "max": 100, "status": "fail"},
                   {"name": "c", "score": 80, "max": 100, "grade": "A-"}],
    "checklists": [{"title": "t", "items": [{"text": "x", "done": True, "line": 5},
                                            {"text": "y", "done": False, "line": 6},
                                            {"text": "z", "done": False, "status": "partial", "line": 7},
                                            {"text": "w", "done": True}]}],
    "findings": [{"title": "f1", "severity": "critical", "blocking": True,
                  "effort": {"low": 3, "high": 5, "unit": "days"}},
                 {"title": "f2", "severity": "low"}],
    "risks": [{"title": "r", "level": "medium"}],
    "audit": [{"claim": "c1", "agrees": False}, {"claim": "c2", "agrees": True}],
    "waves": [{"id": "S1", "planned_points": 13, "start": "2025-12-15",
               "stories": [{"id": "a", "points": 8, "status": "pass"}, {"id": "b", "points": 5}]},
              {"id": "S2", "stories": [{"id": "c", "points": 3, "status": "pass"}]}],
    "estimates": [{"label": "e", "low": 60, "high": 75, "unit": "hours"}],
    "components": [{"name": "k", "status": "fail",
                    "checks": [{"category": "x", "passed": 11, "total": 12, "status": "partial"},
                               {"category": "y", "status": "pass"}]},
                   {"name": "g", "status": "fail"}],
    "commits": [{"ref": "d262a22abc"}],
    "fields": [{"name": "n", "value": "clean ✅ text"}],
}
SELF_BOXES = {5, 7}   # lines 5 and 7 are boxes, 6 a marked item, "w" has no line
SELF_REPORT = {"projects": [{"reviews": [{"scorecard": {"level": "ready", "counts": {"pass": 4, "fail": 1}}}]}]}

# (fact line, whether it must hold)
SELF_CASES = [
    ("01 date = 2026-01-11", True), ("01 date = 2026-01-12", False),
    ("01 date ∈ 2025-01-01,2026-01-11", True), ("01 date in none,2026-01-11", True),
    ("01 stated_level = partial", True), ("01 stated_level != partial", False),
    ("01 stated_level ∈ ready,not-ready", False),
    ("01 checklist.done = 2", True), ("01 checklist.open = 2", True),
    ("01 checklist.partial = 1", True), ("01 checklist.total = 4", True),
    ("01 checklist.total >= 5", False), ("01 checklist.total <= 4", True),
    ("01 boxes.done = 1", True), ("01 boxes.open = 1", True), ("01 boxes.partial = 1", True),
    ("01 boxes.total = 2", True), ("01 boxes.total = 4", False),
    ("01 score ~ 87/100", True), ("01 score ~ 87/10", False), ("01 score ~ 6.0-6.5/10", True),
    ("01 score ~ 6/10", False), ("01 score ~ 45/100", True),
    ("01 grade = B+", True), ("01 grade = A-", True), ("01 grade = A", False),
    ("01 grades.count = 2", True),
    ("01 dimensions.values ⊇ 80,45", True), ("01 dimensions.values ⊇ 80,80", True),
    ("01 dimensions.values ⊇ 80,80,80", False), ("01 dimensions.values has 45", True),
    ("01 dimensions.count = 3", True), ("01 dimensions.status.fail = 1", True),
    ("01 findings.count = 2", True), ("01 findings.severity.critical >= 1", True),
    ("01 findings.severity.high >= 1", False), ("01 findings.blocking = 1", True),
    ("01 risks.level.medium = 1", True), ("01 risks.count = 0", False),
    ("01 audit.disagreements >= 1", True), ("01 audit.disagreements = 0", False),
    ("01 waves.count = 2", True), ("01 waves.points ⊇ 13,3", True), ("01 waves.points ⊇ 16", False),
    ("01 waves.start ⊇ 2025-12-15", True),
    ("01 plan.stories = 3", True), ("01 plan.points = 16", True), ("01 plan.done_points = 11", True),
    ("01 checks.passed = 11", True), ("01 checks.total >= 28", False),
    ("01 statuses.fail = 1", True), ("01 statuses.partial = 1", True), ("01 statuses.pass = 1", True),
    ("01 commits ⊇ d262a22", True), ("01 commits ⊇ e440a27", False),
    ("01 estimate ~ 60-75 hours", True), ("01 estimate ~ 60-75 h", True),
    ("01 estimate ~ 3-5 days", True), ("01 estimate ~ 3-5 weeks", False),
    ("01 mojibake = 0", True),
    ("01 level != ready", False), ("01 level != not-ready", True),
    ("01 counts.pass >= 3", True), ("01 counts.fail = 0", False),
]


def self_test():
    bad = 0
    for line, want in SELF_CASES:
        fact = parse_fact(line, 0)
        ok, got = evaluate(fact, SELF_MODEL, SELF_REPORT, "partial", SELF_BOXES)
        if ok != want:
            bad += 1
            print("self-test: %s: should %s, got %s" % (line, "hold" if want else "fail", got))
    # The headline predicate, both ways, and mojibake detection.
    h = parse_fact("01 headline_not_contradicted", 0)
    if evaluate(h, SELF_MODEL, SELF_REPORT, "not-ready")[0] or not evaluate(h, SELF_MODEL, SELF_REPORT, "ready")[0]:
        bad += 1
        print("self-test: headline_not_contradicted judged wrong")
    broken = dict(SELF_MODEL, title="Status: \u00e2\u0153\u2026 done")   # "✅" read as Windows-1252
    if evaluate(parse_fact("01 mojibake = 0", 0), broken)[0]:
        bad += 1
        print("self-test: mojibake not seen")
    # Dates: an undated document whose import failed for want of a date.
    nodate = {"model": None, "rc": 1, "no_date": True, "date_note": "import failed", "note": ""}
    if not judge(parse_fact("01 date = none", 0), nodate, None)[0] or \
            judge(parse_fact("01 date = 2026-01-11", 0), nodate, None)[0]:
        bad += 1
        print("self-test: date = none judged wrong")
    dated = {"model": SELF_MODEL, "rc": 0, "report": SELF_REPORT, "date_note": "imported", "note": ""}
    if judge(parse_fact("01 date = none", 0), dated, None)[0]:
        bad += 1
        print("self-test: an invented date passed as none")
    for line in ("01 nonsense = 3", "01 score = 3", "01 checklist.done >= many"):
        try:
            evaluate(parse_fact(line, 0), SELF_MODEL, SELF_REPORT)
        except FactError:
            continue
        bad += 1
        print("self-test: %s was accepted" % line)
    # Box lines: boxes in code fences do not count; numbered boxes do.
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as t:
        t.write("# t\n- [x] a\n```\n- [ ] in a fence\n```\n1. [ ] b\n- ✅ c\n  - [~] d\n~~~\n- [x] e\n~~~\n")
    try:
        if box_lines(t.name) != {2, 6, 8}:
            bad += 1
            print("self-test: box lines %s, want [2, 6, 8]" % sorted(box_lines(t.name)))
    finally:
        os.unlink(t.name)
    n = len(SELF_CASES) + 5 + 3 + 1
    if bad:
        print("corpus self-test: %d of %d checks wrong" % (bad, n))
        return 1
    # Every fact of the real file must parse and name a known key.
    try:
        for f in read_facts(FACTS):
            if f.key == "headline_not_contradicted":
                continue
            evaluate(f, SELF_MODEL, SELF_REPORT, "ready", SELF_BOXES)
    except FactError as e:
        print("corpus self-test: facts.txt: %s" % e)
        return 1
    print("corpus self-test: %d checks passed" % n)
    return 0


def main(argv):
    if len(argv) == 2 and argv[1] == "--self-test":
        return self_test()
    verbose = len(argv) == 3 and argv[1] == "-v"
    if len(argv) != 2 + verbose or argv[-1].startswith("-"):
        print("usage: check.py [-v] PRR | check.py --self-test", file=sys.stderr)
        return 2
    try:
        return main_check(argv[-1], verbose)
    except FactError as e:
        print("check.py: facts.txt: %s" % e, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
