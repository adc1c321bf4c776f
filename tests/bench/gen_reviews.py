#!/usr/bin/python3
"""gen_reviews.py DIR [REVIEWS [COMPONENTS [CATEGORIES]]] - synthetic input
for `make bench-site`: REVIEWS prr/review/v1 JSON files (default 200), one a
week, each with COMPONENTS components (default 50) of CATEGORIES checks
(default 8), plus dimensions, findings, risks, a wave and a checklist, and a
prr.json.  Deterministic (a fixed seed), so runs compare."""
import datetime
import json
import os
import random
import sys

STATUSES = ["pass", "pass", "pass", "partial", "fail", "pending"]
CATS = ["Testing", "Security", "Observability", "Reliability", "Performance",
        "Operability", "Documentation", "Data Integrity", "Deployment", "Compliance"]
SEV = ["critical", "high", "medium", "low", "info"]


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[1]
    n_rev = int(argv[2]) if len(argv) > 2 else 200
    n_comp = int(argv[3]) if len(argv) > 3 else 50
    n_cat = int(argv[4]) if len(argv) > 4 else 8
    rnd = random.Random(20260301)
    os.makedirs(out, exist_ok=True)
    comps = [f"Service {i:02d}" for i in range(n_comp)]
    cats = [CATS[i % len(CATS)] + ("" if i < len(CATS) else f" {i}") for i in range(n_cat)]
    with open(os.path.join(out, "prr.json"), "w") as f:
        json.dump({"project": "Bench Platform", "thresholds": {"ready": 80, "partial": 50}}, f)
    day0 = datetime.date(2022, 1, 3)
    for r in range(n_rev):
        date = (day0 + datetime.timedelta(days=7 * r)).isoformat()
        progress = r / max(1, n_rev - 1)
        def status():
            return "pass" if rnd.random() < 0.4 + 0.5 * progress else rnd.choice(STATUSES)
        components = []
        for c in comps:
            checks = []
            for cat in cats:
                total = rnd.randint(5, 200)
                st = status()
                passed = total if st == "pass" else rnd.randint(0, total - 1)
                checks.append({"category": cat, "status": st, "passed": passed, "total": total,
                               "note": f"{cat} of {c}: {passed} of {total} checks pass",
                               "action": None if st == "pass" else f"Fix {cat.lower()} gaps in {c}"})
                if checks[-1]["action"] is None:
                    del checks[-1]["action"]
            components.append({"name": c, "kind": "service", "status": status(), "checks": checks})
        score = round(40 + 50 * progress + rnd.uniform(-5, 5), 1)
        doc = {
            "schema": "prr/review/v1",
            "project": "Bench Platform",
            "title": f"Bench Platform — Production Readiness Review #{r + 1}",
            "date": date,
            "revision": f"v1.{r}.0",
            "status": {"text": "READY" if score >= 80 else "PARTIALLY READY" if score >= 50 else "NOT READY",
                       "level": "ready" if score >= 80 else "partial" if score >= 50 else "not-ready"},
            "scores": [{"label": "Overall readiness", "value": score, "max": 100}],
            "dimensions": [{"name": cat, "score": round(rnd.uniform(3, 10), 1), "max": 10, "weight": 1,
                            "status": status(), "note": f"{cat} across {n_comp} services"} for cat in cats],
            "components": components,
            "checklists": [{"title": "Go-live criteria", "items": [
                {"text": f"Criterion {i}", "done": rnd.random() < progress} for i in range(10)]}],
            "waves": [{"id": f"W{r + 1}", "name": f"Wave {r + 1}", "planned": True, "planned_points": 20,
                       "stories": [{"id": f"BP-{r * 10 + i}", "title": f"Story {i}", "points": 2,
                                    "status": status()} for i in range(10)]}],
            "risks": [{"level": rnd.choice(SEV[1:4]), "title": f"Risk {i} of review {r + 1}",
                       "mitigation": "Mitigate"} for i in range(5)],
            "findings": [{"id": f"F-{r:03d}-{i}", "severity": rnd.choice(SEV), "title": f"Finding {i}",
                          "component": rnd.choice(comps), "effort": {"low": 1, "high": 3, "unit": "days"}}
                         for i in range(8)],
        }
        with open(os.path.join(out, f"{date}.json"), "w") as f:
            json.dump(doc, f, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
