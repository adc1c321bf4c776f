#!/bin/sh
# mkrepo.sh DIR - a sample git repository for the Ledgerline sample reviews:
# the evidence paths they cite, committed on fixed dates (so waves and the
# timeline show delivery dates) and tagged.  Same DIR contents every run.
set -eu
dir=${1:?usage: mkrepo.sh DIR}
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
export GIT_AUTHOR_NAME="Ledgerline Dev" GIT_AUTHOR_EMAIL="dev@ledgerline.example"
export GIT_COMMITTER_NAME="Ledgerline Dev" GIT_COMMITTER_EMAIL="dev@ledgerline.example"
git init -q -b main .
git config commit.gpgsign false
# commit DATE MESSAGE PATH=CONTENT...
commit() {
	when="$1T10:00:00+00:00"; msg=$2; shift 2
	for pc in "$@"; do
		p=${pc%%=*}; c=${pc#*=}
		mkdir -p "$(dirname "$p")"
		printf '%s\n' "$c" >> "$p"
		git add "$p"
	done
	GIT_AUTHOR_DATE=$when GIT_COMMITTER_DATE=$when git commit -q -m "$msg"
}
commit 2026-02-16 "LL-101 gateway skeleton" "services/gateway/src/main.go=package main" "services/gateway/Dockerfile=USER 65532"
commit 2026-02-20 "LL-102 ledger service" "services/ledger/src/ledger.go=package ledger" "services/ledger/Dockerfile=USER 65532"
commit 2026-02-27 "LL-103 payment worker" "services/worker/src/worker.go=package worker" "services/worker/Dockerfile=USER 65532"
commit 2026-03-06 "LL-110 postgres deployment" "deploy/postgres/statefulset.yaml=kind: StatefulSet"
commit 2026-03-13 "LL-111 redis deployment and alerts" "deploy/redis/deployment.yaml=kind: Deployment" "ops/alerts/redis.yaml=alert: RedisDown"
commit 2026-03-20 "LL-120 gateway SLOs" "ops/slo/gateway.yaml=availability: 99.95"
commit 2026-03-27 "LL-121 checkout load test" "loadtest/k6/checkout.js=thresholds: { http_req_duration: ['p(99)<300'] }"
commit 2026-04-03 "LL-124 mTLS on upstream calls" "services/gateway/src/auth.go=func VerifyMTLS() {}"
GIT_COMMITTER_DATE=2026-04-03T12:00:00+00:00 git tag -f -a v0.9.0 -m beta >/dev/null
commit 2026-04-10 "LL-130 idempotency keys in postgres" "services/ledger/src/idempotency.go=package ledger"
commit 2026-04-24 "LL-140 payment worker alerts and runbook" "ops/alerts/payment-worker.yaml=alert: WorkerLag" "docs/runbooks/payment-worker.md=# Payment worker"
commit 2026-05-01 "LL-141 ledger and postgres runbooks" "docs/runbooks/ledger-restore.md=# Restore" "docs/runbooks/postgres-failover.md=# Failover" "docs/runbooks/redis-flush.md=# Flush"
commit 2026-05-08 "LL-150 reconciliation job" "jobs/reconcile/main.go=package main" "ops/alerts/reconciliation.yaml=alert: ReconcileLate"
commit 2026-05-15 "LL-160 notification service v2" "services/notify/src/notify.go=package notify"
commit 2026-05-22 "LL-170 release candidate 2" "CHANGELOG.md=v1.0.0-rc.2"
GIT_COMMITTER_DATE=2026-05-22T12:00:00+00:00 git tag -a v1.0.0-rc.2 -m "rc 2" >/dev/null
echo "$dir"
