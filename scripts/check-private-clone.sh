#!/usr/bin/env bash
# The quick start in a private directory (decision 009): this checkout's files copied into a fresh
# `mktemp -d` (0700) folder, node_modules hard-linked, then, as the user running this (root in CI):
#   - `npm run db` starts embedded PostgreSQL there, migrates a database and queries it; twice,
#     the second start reusing the cluster;
#   - a test file through vitest's global setup (what `npm test` runs first);
#   - as root: a global setup that cannot work says why on one line, instead of only `RUN`.
# As root it repeats the first two as a throwaway normal user in a 0700 folder of its own.
# About a minute. Run from anywhere: bash scripts/check-private-clone.sh
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)
export NPM_CONFIG_UPDATE_NOTIFIER=false
unset DATABASE_URL TEST_DATABASE_SERVER_URL PGPORT
check_user=frontdesk-check
made_user=""
dirs=()

cleanup() {
  for dir in "${dirs[@]}"; do
    # As root the cluster lives outside the clone, behind the .data/postgres link.
    link="$dir/clone/.data/postgres"
    if [ -L "$link" ]; then rm -rf "$(readlink "$link")"; fi
    rm -rf "$dir"
  done
  if [ -n "$made_user" ]; then userdel "$check_user" 2>/dev/null || true; fi
}
trap cleanup EXIT

fail() {
  echo "private clone check FAILED: $1" >&2
  [ -f "${2:-}" ] && tail -n 40 "$2" >&2
  exit 1
}

# A 0700 folder (owned by $1, default: us) holding a copy of the checkout, with node_modules;
# its path in $dir.
private_clone() {
  local owner=${1:-}
  if [ -n "$owner" ]; then dir=$(runuser -u "$owner" -- mktemp -d); else dir=$(mktemp -d); fi
  dirs+=("$dir")
  [ "$(stat -c %a "$dir")" = 700 ] || fail "mktemp -d made $(stat -c %a "$dir"), not 700"
  mkdir "$dir/clone"
  # The working tree as git sees it (tracked and new files), not the build or node_modules.
  git -C "$src" ls-files -z --cached --others --exclude-standard \
    | tar -C "$src" --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -C "$dir/clone" -xf -
  if [ -n "$owner" ]; then chown -R "$owner": "$dir/clone"; fi
  # Hard links: a second of work instead of copying ~600 MB. The links' folders are new (so
  # may be given to $owner); the files are shared, so nothing here may rewrite them in place.
  cp -al "$src/node_modules" "$dir/clone/node_modules"
  rm -rf "$dir/clone/node_modules/.vite" "$dir/clone/node_modules/.vite-temp"
  if [ -n "$owner" ]; then find "$dir/clone/node_modules" -type d -exec chown "$owner": {} +; fi
}

# Runs "$@" in the clone at $1, as $2 (or us), its output in a log kept for a failure.
in_clone() {
  local dir=$1 owner=$2
  shift 2
  local log="$dir/check.log"
  if [ -n "$owner" ]; then
    (cd "$dir/clone" && runuser -u "$owner" -- env HOME="$dir" NPM_CONFIG_UPDATE_NOTIFIER=false "$@") >"$log" 2>&1
  else
    (cd "$dir/clone" && env HOME="$dir" "$@") >"$log" 2>&1
  fi
}

migrations=$(find "$src/prisma/migrations" -mindepth 1 -maxdepth 1 -type d | wc -l)
# Every Prisma migration applied, graphile-worker's schema there, a migrated table answering.
query="const pg = require('pg');
(async () => {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  const m = await c.query('SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL');
  const w = await c.query(\"SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'graphile_worker'\");
  await c.query('SELECT count(*) FROM \"Session\"');
  await c.end();
  if (m.rows[0].n !== $migrations || w.rows[0].n !== 1) throw new Error('migrations: ' + m.rows[0].n + ' of $migrations, graphile_worker: ' + w.rows[0].n);
  console.log('migrated: ' + m.rows[0].n + ' migrations');
})().catch((e) => { console.error(e); process.exit(1); });"

check_as() {
  local owner=$1 who=${1:-$(id -un)}
  private_clone "$owner"
  local started=$SECONDS
  for round in first second; do
    in_clone "$dir" "$owner" npm run --silent db -- node -e "$query" || fail "npm run db ($round start, as $who in $dir)" "$dir/check.log"
    grep -q "^migrated: $migrations migrations" "$dir/check.log" || fail "npm run db ($round start) did not migrate" "$dir/check.log"
  done
  in_clone "$dir" "$owner" npx vitest run --project integration tests/healthz.test.ts || fail "vitest global setup (as $who in $dir)" "$dir/check.log"
  echo "private clone as $who ($dir, 0700): PostgreSQL started twice, $migrations migrations applied, vitest's global setup passed ($((SECONDS - started)) s)"
}

check_as ""

if [ "$(id -u)" = 0 ]; then
  # A global setup that cannot work must say why. As root, PostgreSQL's user cannot enter a
  # private TMPDIR, where the tests' data directory would be made.
  dir=${dirs[0]}
  mkdir -m 700 "$dir/private-tmp"
  if in_clone "$dir" "" env TMPDIR="$dir/private-tmp" npx vitest run --project integration tests/healthz.test.ts; then
    fail "vitest passed with a TMPDIR that PostgreSQL's user cannot enter" "$dir/check.log"
  fi
  grep -q "The test database could not be set up: PostgreSQL cannot start: .*TMPDIR" "$dir/check.log" \
    || fail "a failing global setup did not print its reason" "$dir/check.log"
  echo "failing global setup prints: $(grep -o "PostgreSQL cannot start: .*" "$dir/check.log" | head -n 1)"

  # And as a normal user, where PostgreSQL runs as that user, from node_modules, data in .data/.
  if ! command -v runuser >/dev/null || ! command -v useradd >/dev/null; then
    echo "private clone as a normal user: skipped (no runuser or useradd here)"
    exit 0
  fi
  if ! id "$check_user" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$check_user"
    made_user=1
  fi
  check_as "$check_user"
fi
