#!/usr/bin/env bash
# Compares the parse speed of release builds of zhengce, as the README's
# performance table does: in each round every build runs
# `bench-parse --megabytes MB --threads 1` once, pinned to one core, with
# compilers, tests and fuzzers paused (SIGSTOP) for the round; prints each
# round, then each build's best and median MB/s and its ratios to the first.
#
#   scripts/compare-parse-speed.sh [--rounds N] [--megabytes MB] BINARY...
#   scripts/compare-parse-speed.sh ../old/.build/release/zhengce .build/release/zhengce
set -euo pipefail
rounds=7
mb=20
while [[ $# -gt 0 && $1 == --* ]]; do
  case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --megabytes) mb=$2; shift 2 ;;
    *) echo "compare-parse-speed: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ $# -ge 1 ]] || { echo "usage: compare-parse-speed.sh [--rounds N] [--megabytes MB] BINARY..." >&2; exit 2; }
for b in "$@"; do [[ -x $b ]] || { echo "compare-parse-speed: $b: not an executable" >&2; exit 2; }; done
core=$(( $(nproc) - 1 ))
paused=""
resume() { for p in $paused; do kill -CONT "$p" 2>/dev/null || true; done; paused=""; }
trap resume EXIT
for round in $(seq "$rounds"); do
  paused=$(pgrep -f 'swift-frontend|swift-build|swift-test|xctest|PackageTests|Fuzz[A-Z]|clang|ld\.lld|ld\.gold' || true)
  for p in $paused; do kill -STOP "$p" 2>/dev/null || true; done
  sleep 0.5
  for b in "$@"; do
    taskset -c "$core" "$b" bench-parse --megabytes "$mb" --threads 1 | awk '/per core/{gsub(/\(/,""); printf "%s ", $2}'
  done
  resume
  echo
done | python3 -c '
import statistics, sys
names = sys.argv[1:]
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
for r in rows: print(" ".join(f"{v:.1f}" for v in r))
for k, name in enumerate(names):
    col = [r[k] for r in rows]
    best = max(col) / max(r[0] for r in rows)
    median = statistics.median(r[k] / r[0] for r in rows)
    print(f"{name}: best {max(col):.1f} MB/s, median {statistics.median(col):.1f}; to the first: best {best:.3f}, median {median:.3f}")
' "$@"
