#!/bin/sh
# mkrepo.sh DIR - the git repository the Ledgerline sample reviews describe.
#
# Every evidence path the reviews in samples/reviews/ cite, with the tokens
# they claim, committed on fixed dates inside the waves' planned windows (so
# plan vs actual shows delivery dates and a slip), and tagged with the
# revisions the three reviews name.  Names and dates are pinned, so the
# commit ids are the same on every machine: the reviews' commit references
# are real ids of this history (except one deliberately wrong reference,
# which prr reports as unknown).
set -eu
dir=${1:?usage: mkrepo.sh DIR}
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
export GIT_AUTHOR_NAME="Ledgerline Dev" GIT_AUTHOR_EMAIL="dev@ledgerline.example"
export GIT_COMMITTER_NAME="Ledgerline Dev" GIT_COMMITTER_EMAIL="dev@ledgerline.example"
export GIT_CONFIG_NOSYSTEM=1 HOME="$dir"
git init -q -b main .
git config commit.gpgsign false
git config core.autocrlf false

# commit DATE MESSAGE CHANGE...   CHANGE is PATH+=LINE (append a line) or
# PATH:=TEXT (replace the file)
commit() {
	when="$1T10:00:00+00:00"; msg=$2; shift 2
	for ch in "$@"; do
		case $ch in
		*:=*) p=${ch%%:=*}; mkdir -p "$(dirname "$p")"; printf '%s\n' "${ch#*:=}" > "$p" ;;
		*+=*) p=${ch%%+=*}; mkdir -p "$(dirname "$p")"; printf '%s\n' "${ch#*+=}" >> "$p" ;;
		esac
		git add "$p"
	done
	GIT_AUTHOR_DATE=$when GIT_COMMITTER_DATE=$when git commit -q -m "$msg"
}
tag() { GIT_COMMITTER_DATE="$1T18:00:00+00:00" git tag -a "$2" -m "release $2"; }

# --- before review #1 (2026-03-02, v0.9.0): wave W1 under way
commit 2026-02-16 "gateway, ledger, worker, notify: service skeletons" \
	"services/gateway/src/main.go+=package main" "services/gateway/Dockerfile+=USER 65532" \
	"services/ledger/src/ledger.go+=package ledger" "services/ledger/Dockerfile+=USER 65532" \
	"services/worker/src/worker.go+=package worker" "services/worker/Dockerfile+=USER 65532" \
	"services/notify/src/notify.go+=package notify" "services/notify/Dockerfile+=USER 65532" \
	"services/gateway/.env.example+=STRIPE_SECRET_KEY=sk_test_change_me"
commit 2026-02-18 "gateway: per-merchant rate limits (LL-104)" \
	"services/gateway/config/ratelimit.yaml+=requests_per_second: 50"
commit 2026-02-20 "notify: retry provider 5xx responses" \
	"services/notify/src/provider.go+=func RetryOn5xx() {}"
commit 2026-02-24 "gateway: Vault policy for provider keys (LL-102)" \
	"deploy/gateway/vault.yaml+=path: secret/data/gateway"
commit 2026-02-26 "worker: first pass at capture idempotency (LL-101)" \
	"services/worker/src/capture.go+=// Idempotency-Key read from the request"
tag 2026-02-28 v0.9.0

# --- before review #2 (2026-04-13, v0.11.2): W1 done, W2 and INC-0412
commit 2026-03-06 "postgres: statefulset" "deploy/postgres/statefulset.yaml+=kind: StatefulSet"
commit 2026-03-10 "gateway: read provider keys from Vault (LL-102)" \
	"services/gateway/.env.example:=VAULT_ADDR=https://vault.internal:8200"
commit 2026-03-12 "ledger: idempotency keys on postings (LL-103)" \
	"services/ledger/src/idempotency.go+=type IdempotencyKey string"
commit 2026-03-13 "redis: deployment and first alert" \
	"deploy/redis/deployment.yaml+=kind: Deployment" "ops/alerts/redis.yaml+=alert: RedisDown"
commit 2026-03-15 "worker: Idempotency-Key on every capture (LL-101)" \
	"services/worker/src/capture.go+=func capture() { requireHeader(\"Idempotency-Key\") }"
commit 2026-03-20 "postgres: WAL archiving and nightly base backups (LL-110)" \
	"deploy/postgres/backup.yaml+=tool: wal-g"
commit 2026-03-24 "worker: alert on stale payment queue (LL-113)" \
	"ops/alerts/payment-worker.yaml+=alert: PaymentQueueStale"
commit 2026-03-27 "runbooks: postgres restore (LL-111)" \
	"docs/runbooks/postgres-restore.md+=# Postgres restore" "docs/runbooks/postgres-restore.md+=## Restore drill"
commit 2026-04-01 "runbooks: payment worker (LL-112)" \
	"docs/runbooks/payment-worker.md+=# Payment worker" "docs/runbooks/payment-worker.md+=## Stuck payments"
commit 2026-04-02 "redis: volatile-lru eviction (LL-130)" \
	"deploy/redis/redis.conf+=maxmemory-policy volatile-lru"
commit 2026-04-03 "runbooks: ledger imbalance (LL-114)" \
	"docs/runbooks/ledger-imbalance.md+=# When the ledger shows an imbalance"
commit 2026-04-06 "redis: volatile-lru and a 75% memory alert (LL-132)" \
	"ops/alerts/redis.yaml+=alert: RedisMemoryHigh"
commit 2026-04-07 "redis: TLS between services and cache (LL-116)" \
	"deploy/redis/redis.conf+=tls-port 6380"
commit 2026-04-10 "gateway: availability SLO (LL-120)" \
	"ops/slo/gateway.yaml+=availability: 99.95"
tag 2026-04-10 v0.11.2

# --- before review #3 (2026-05-25, v1.0.0-rc.2): INC-0412 closes, W3
commit 2026-04-15 "ledger: idempotency keys in Postgres (LL-130)" \
	"services/ledger/migrations/0008_idempotency_keys.sql+=CREATE TABLE idempotency_keys (key text primary key);"
commit 2026-04-16 "runbooks: redis memory (LL-131)" \
	"docs/runbooks/redis-memory.md+=# Redis memory pressure"
commit 2026-04-21 "worker: idempotent refunds (LL-115)" \
	"services/worker/src/refund.go+=func refund() { requireHeader(\"Idempotency-Key\") }"
commit 2026-05-05 "loadtest: checkout at 3x peak (LL-121)" \
	"loadtest/k6/checkout.js+=export const options = { thresholds: { http_req_duration: ['p(99)<300'] } };"
commit 2026-05-06 "notify: move to the provider's v2 API (drops the 5xx retry)" \
	"services/notify/src/provider.go:=func SendV2() {}"
commit 2026-05-08 "reconciliation: alert on a failed run (LL-122)" \
	"ops/alerts/reconciliation.yaml+=alert: ReconciliationJobFailed"
commit 2026-05-12 "gateway: mTLS to the ledger (LL-124)" \
	"services/gateway/src/auth.go+=func VerifyMTLS() {}"
commit 2026-05-14 "ledger: migration 0009 drops balance_cover index" \
	"services/ledger/migrations/0009_drop_balance_cover.sql+=DROP INDEX balance_cover;"
commit 2026-05-15 "reconcile: per-merchant runs (LL-125)" \
	"jobs/reconcile/main.go+=flag.String(\"--merchant\", \"\", \"merchant id\")"
tag 2026-05-20 v1.0.0-rc.2
commit 2026-05-28 "notify: restore the 5xx retry on v2 (F-008)" \
	"services/notify/src/provider.go+=func RetryOn5xx() {}"
