# t_narrative.sh - a review page reads like its document: every heading it
# wrote, even one whose whole content went into the figures.

N=$W/narrative
mkdir -p "$N/reviews"
cat > "$N/reviews/review.md" <<'MD'
# Readiness review

**Date:** 2026-01-01

## Summary

Mostly there; see the scorecard.

## Components

### Component: API

| Category | Status | Notes |
|---|---|---|
| Tests | ✅ | all green |
| Docs | ❌ | none yet |

## Risks

The database has no replica.
MD

begin "narrative: sections with prose shown, and every heading"
run build -o "$N/site" "$N/reviews"
expect_rc 0
page=$N/site/reviews/2026-01-01/index.html
grep -q 'Mostly there; see the scorecard.' "$page" || fail "prose of Summary missing"
grep -q 'The database has no replica.' "$page" || fail "prose of Risks missing"
# a heading is text the document wrote (it may hold a failed check written
# as a heading): shown though its table went into the scorecard
grep -q '>Component: API</h' "$page" || fail "a heading whose table went into the scorecard is not shown"
grep -q '>Components</h' "$page" || fail "a heading with nothing below it but headings is not shown"
end

# A document's relative links name files beside it (docs/plan.md), which
# the site does not have, and its table of contents names its headings
# GitHub's way (#security--auth): every link of the page must resolve.
mkdir -p "$N/rel"
cat > "$N/rel/review.md" <<'MD'
# Readiness review

**Date:** 2026-01-02

## Contents

- [Security & Auth](#security--auth)
- [Nowhere](#no-such-heading)

## Security & Auth

Tokens rotate daily; see [the plan](docs/plan.md), [notes](../notes/x.md)
and [`docs/runbook.md`](docs/runbook.md). Diagram: ![flow](img/flow.png).
Upstream: [guide](https://example.com/guide).
MD
begin "narrative: relative links are never dead, fragments reach their section"
run build -o "$N/relsite" "$N/rel"
expect_rc 0
page=$N/relsite/reviews/2026-01-02/index.html
grep -q 'the plan (<code>docs/plan.md</code>)' "$page" || fail "a relative link does not show its target"
grep -q 'notes (<code>../notes/x.md</code>)' "$page" || fail "a ../ link does not show its target"
grep -q 'and <code>docs/runbook.md</code>\.' "$page" || fail "a link whose text is its path is not shown once"
grep -q 'flow (<code>img/flow.png</code>)' "$page" || fail "a relative image does not become its alt text and file"
grep -q '<a href="https://example.com/guide">guide</a>' "$page" || fail "a web link was lost"
python3 - "$page" <<'PY' || fail "a link of the review page goes nowhere"
import html.parser, os, sys, urllib.parse
page = sys.argv[1]
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.ids = set(); self.refs = []
    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k == "id": self.ids.add(v)
            if k in ("href", "src") and v is not None: self.refs.append(v)
p = P(); p.feed(open(page, encoding="utf-8").read())
bad = []
for ref in p.refs:
    u = urllib.parse.urlsplit(ref)
    if u.scheme:
        continue
    if not u.path:
        if u.fragment not in p.ids: bad.append(ref)
        continue
    t = os.path.normpath(os.path.join(os.path.dirname(page), urllib.parse.unquote(u.path)))
    if os.path.isdir(t): t = os.path.join(t, "index.html")
    if not os.path.isfile(t): bad.append(ref)
for b in bad: print("dead:", b, file=sys.stderr)
# the contents line reaches the section, as the page's own table does
sys.exit(1 if bad or sum(r.startswith("#s") and r.endswith("-security-auth") for r in p.refs) < 2 else 0)
PY
if grep -q 'href="#no-such-heading"' "$page"; then fail "a fragment naming no heading is still a link"; fi
end
