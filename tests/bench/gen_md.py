#!/usr/bin/env python3
"""gen_md.py SIZE_MB OUT - a large Markdown review made of many varied sections."""
import random, sys

random.seed(42)
MARKS = ["✅", "❌", "⚠️", "⏳", "N/A", "PASS", "PARTIAL", "NOT READY", "DONE", "WIP"]
WORDS = ("service latency cache retry queue deploy rollback metric alert "
         "runbook owner budget storage index schema token audit").split()

def words(n):
    return " ".join(random.choice(WORDS) for _ in range(n))

def section(i):
    k = i % 6
    out = [f"## Section {i}: {words(3)}\n"]
    if k == 0:
        out.append("| Category | Status | Notes | Action Required |\n|---|---|---|---|\n")
        for j in range(8):
            out.append(f"| {words(2)} | {random.choice(MARKS)} | {words(6)} | {words(4)} |\n")
    elif k == 1:
        out.append(f"**Readiness: {random.randint(50,100)}% ({random.randint(1,9)}/10 criteria ready)**\n\n")
        for j in range(10):
            out.append(f"- [{random.choice('x ')}] {words(7)}\n")
    elif k == 2:
        out.append("| Component | Unit Tests | Integration Tests | Status |\n|---|---|---|---|\n")
        for j in range(6):
            a = random.randint(1, 20)
            out.append(f"| {words(1).title()}{j} | {a}/{a} ✅ | 1/1 ✅ | **READY** |\n")
        out.append("| **TOTAL** | **60/60** ✅ | **6/6** ✅ | **66/66** ✅ |\n")
    elif k == 3:
        out.append(f"### Wave {i}: {words(2)} (Planned: 11 pts)\n\n")
        out.append("| Story | Planned | Status | Evidence |\n|---|---|---|---|\n")
        for j in range(3):
            out.append(f"| W{i}-S{j}: {words(3)} | {random.choice([3,5,8])} pts | COMPLETE | `src/{words(1)}/{words(1)}.ts` exists |\n")
    elif k == 4:
        out.append(f"**Date:** 2025-01-0{1 + i % 9}\n**Owner:** {words(1)}\n\n")
        for j in range(5):
            out.append(f"- {random.choice(MARKS[:4])} {words(8)}\n")
        out.append("\n```bash\n" + "\n".join(f"echo {words(4)}" for _ in range(4)) + "\n```\n")
    else:
        for j in range(4):
            out.append(" ".join(words(12) for _ in range(3)) + ".\n\n")
        out.append("1. **" + words(2) + "**\n   - Severity: High\n   - Estimated Time: 8-12 hours\n")
    out.append("\n")
    return "".join(out)

size = int(float(sys.argv[1]) * 1024 * 1024)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# Generated review\n\n**Date:** 2025-01-01\n**Status:** PARTIAL\n\n")
    n, i = 0, 0
    while n < size:
        s = section(i)
        f.write(s)
        n += len(s.encode("utf-8"))
        i += 1
