#!/usr/bin/python3
"""gen_portfolio.py SITE_DATA OUT N - synthetic input for `make
bench-portfolio`: N sites' data.json (OUT/p0000/data.json ...), each a copy
of SITE_DATA (the data.json of a real `prr build`) under its own project
name, with the readiness of its reviews and its blockers varied so that the
portfolio has an order to find.  Deterministic (a fixed seed)."""
import json
import os
import random
import sys


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        base = json.load(f)
    out, n = argv[2], int(argv[3])
    rnd = random.Random(20261202)
    for i in range(n):
        d = json.loads(json.dumps(base))
        for p in d["projects"]:
            p["project"] = f"Service {i:04d}"
            for r in p["reviews"]:
                sc = r["scorecard"]
                sc["readiness"] = round(rnd.uniform(20, 100), 3)
                sc["blockers"] = sc["blockers"][: rnd.randrange(0, 3)]
        os.makedirs(os.path.join(out, f"p{i:04d}"), exist_ok=True)
        with open(os.path.join(out, f"p{i:04d}", "data.json"), "w",
                  encoding="utf-8") as f:
            json.dump(d, f, separators=(",", ":"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
