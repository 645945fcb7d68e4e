#!/usr/bin/env bash
# Load test of `zhengce serve` with wrk (Debian's `wrk`): builds a set of FILES
# edited copies of the bundled corpus (default 5,000), indexes it with a release
# build, serves it, and queries /api/search at 1, 8 and 64 connections for
# SECONDS each (default 10), then once for 60 s at 8 connections while the
# server's resident memory is sampled every 5 s. Prints one Markdown table.
#   scripts/load-test.sh [FILES] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-5000}
seconds=${2:-10}
command -v wrk >/dev/null || { echo "load-test.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

swift build -c release --product zhengce >/dev/null 2>"$work/build.log" || { cat "$work/build.log" >&2; exit 1; }
bin="$(swift build -c release --show-bin-path)/zhengce"

python3 scripts/corpus-copies.py "$work/docs" "$files" >/dev/null
"$bin" index "$work/docs" --index "$work/index" >/dev/null 2>"$work/index.log" || { cat "$work/index.log" >&2; exit 1; }

"$bin" serve --index "$work/index" --port 0 2>"$work/serve.log" &
server=$!
address=
for _ in $(seq 100); do
  address=$(grep -o 'http://[^/]*' "$work/serve.log" | head -1 || true)
  [ -n "$address" ] && break
  sleep 0.2
done
[ -n "$address" ] || { echo "load-test.sh: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# Each request takes the next query of a fixed list (terms, phrases, filters, NOT).
cat >"$work/queries.lua" <<'LUA'
local queries = {"易地扶贫搬迁", "财政", "教育扶贫", "\"产业扶贫\" province:湖南", "贫困 -金融", "dept:财政 role:lead", "topic:教育", "危房改造 OR 饮水安全"}
local n = 0
local function escape(s) return (s:gsub("[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
request = function()
  n = n + 1
  return wrk.format("GET", "/api/search?q=" .. escape(queries[(n % #queries) + 1]) .. "&limit=10")
end
LUA

run() { wrk -t"$(( $1 < 2 ? 1 : 2 ))" -c"$1" -d"$2"s --latency -s "$work/queries.lua" "$address" >"$work/wrk.txt"; }
row() {
  awk -v c="$1" '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx|Socket errors/ { errors = errors $0 " " }
    END { printf "| %s | %s | %s | %s | %s |\n", c, rps, p50, p99, errors == "" ? "none" : errors }' "$work/wrk.txt"
}
rss() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$server/status"; }

echo "$files files, $(find "$work/docs" -name '*.txt' | wc -l) indexed, $(du -sm "$work/index" | cut -f1) MB index; server RSS at start $(rss) MB"
echo
echo "| connections | requests/s | p50 | p99 | errors |"
echo "| ---: | ---: | ---: | ---: | --- |"
for c in 1 8 64; do
  run "$c" "$seconds"
  row "$c"
done
run 8 60 &
load=$!
samples=()
while kill -0 "$load" 2>/dev/null; do samples+=("$(rss)"); sleep 5; done
wait "$load"
row "8 (60 s)"
echo
echo "server RSS during the 60 s run, every 5 s (MB): ${samples[*]}"
