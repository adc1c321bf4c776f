# t_narrative.sh - a review page reads like its document, without the
# headings whose whole content went into the figures.

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

begin "narrative: sections with prose shown, emptied ones left out"
run build -o "$N/site" "$N/reviews"
expect_rc 0
page=$N/site/reviews/2026-01-01/index.html
grep -q 'Mostly there; see the scorecard.' "$page" || fail "prose of Summary missing"
grep -q 'The database has no replica.' "$page" || fail "prose of Risks missing"
if grep -q '>Component: API<' "$page"; then fail "a heading whose table went into the scorecard is still shown"; fi
if grep -q '>Components<' "$page"; then fail "a heading with nothing shown below it is still shown"; fi
end
