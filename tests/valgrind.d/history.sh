# history.sh - prr history and verify under valgrind (sourced by valgrind.sh).
if command -v git >/dev/null 2>&1; then
	vgh=$(mktemp -d /tmp/prr-vg-history-XXXXXX)
	sh tests/fixtures/mkrepo.sh basic "$vgh/fx" >/dev/null 2>&1
	vg history --repo "$vgh/fx/repo" --churn
	vg history --repo "$vgh/fx/repo" --paths --cache "$vgh/cache" --format text
	vg history --repo "$vgh/fx/repo" --paths --cache "$vgh/cache"
	vg history --repo "$vgh/nowhere"
	mkdir -p "$vgh/reviews"
	printf '{ "components": { "API": ["sub/src/api/**"] } }\n' > "$vgh/reviews/prr.json"
	printf '{ "schema": "prr/review/v1", "project": "D", "date": "2026-01-20",\n  "components": [{"name": "API", "evidence": [{"path": "sub/src/api/server.c", "token": "listen"}, {"path": "sub/links/out"}]}],\n  "commits": [{"ref": "deadbeef", "text": "x"}] }\n' > "$vgh/reviews/2026-01-20.json"
	vg verify "$vgh/reviews" --repo "$vgh/fx/repo"
	rm -rf "$vgh"
fi
