#!/usr/bin/env bash
# Builds the libFuzzer harnesses and runs each for SECONDS (default 20), one
# after the other, seeded from the bundled corpus, the real-world fixtures and
# the plugin manifests. Exits non-zero when a harness crashes; the input that
# crashed it is left in fuzz/.artifacts/; keep it in fuzz/regressions/<harness>/
# once fixed, so that every later run replays it first. Extra libFuzzer flags go after `--`.
#   fuzz/run.sh 20                         # the CI step
# ZHENGCE_REALWORLD names another copy of Tests/Fixtures/realworld for seeds.
#   fuzz/run.sh 3600 FuzzParse -- -runs=1000000
set -euo pipefail
cd "$(dirname "$0")"
realworld=${ZHENGCE_REALWORLD:-../Tests/Fixtures/realworld}
seconds=${1:-20}
shift || true
harnesses=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do harnesses+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
extra=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(FuzzDecode FuzzParse FuzzHTML FuzzQuery FuzzManifest FuzzIndexReader)

# lld (shipped with the Swift toolchain): gold stops with an internal error in
# format_file_lineno on these objects' debug info.
flags=(-c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld)
build() { swift build "${flags[@]}" --product "$1" >/dev/null || { echo "fuzz/run.sh: building $1 failed" >&2; exit 1; }; }
for h in "${harnesses[@]}"; do build "$h"; done
bin=$(swift build "${flags[@]}" --show-bin-path)

# Seeds: documents cut into pieces of about 2 KB at line ends (a whole
# document is slow to mutate), HTML pages, queries, manifests, index files.
seed() {
  local dir=.corpus/$1
  mkdir -p "$dir"
  case $1 in
    FuzzDecode | FuzzParse)
      for f in ../corpus/*.txt "$realworld"/docs/*.txt ../Tests/EndToEndTests/Fixtures/*.txt; do
        [ -f "$f" ] && split -C 2048 -d -a 4 "$f" "$dir/$(basename "$f" .txt)-"
      done
      for f in ../corpus/*.txt; do iconv -f UTF-8 -t GB18030 "$f" | head -c 2048 >"$dir/gb18030-$(basename "$f")" || true; done ;;
    FuzzHTML)
      for f in ../Tests/EndToEndTests/Fixtures/*.html "$realworld"/docs/*.html seeds/*.html; do [ -f "$f" ] && cp "$f" "$dir/"; done ;;
    FuzzQuery)
      i=0
      while IFS= read -r q; do i=$((i + 1)); printf '%s' "$q" >"$dir/q$i"; done <seeds/queries.txt ;;
    FuzzManifest)
      for f in ../plugins/*/manifest.json; do cp "$f" "$dir/$(basename "$(dirname "$f")").json"; done ;;
    FuzzIndexReader)
      (cd "$dir" && "$bin/FuzzIndexReader" -print-seeds >/dev/null 2>&1) ;;
  esac
}

mkdir -p .artifacts
status=0
# FuzzIndexReader writes an index file per input: in memory it runs some 30 times faster.
[ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
for h in "${harnesses[@]}"; do
  seed "$h"
  echo "== $h (${seconds}s)"
  # Past findings (regressions/<harness>/) are read, so run, before any mutation.
  dirs=(".corpus/$h")
  [ -d "regressions/$h" ] && dirs+=("regressions/$h")
  if ! SWIFT_BACKTRACE=enable=no "$bin/$h" "${dirs[@]}" -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix=.artifacts/"$h"- -print_final_stats=1 "${extra[@]}" 2>.artifacts/"$h".log; then
    echo "$h crashed: see fuzz/.artifacts/$h.log"
    grep -m1 -E "Fatal error|ERROR:" .artifacts/"$h".log || true
    grep -m8 -E "^ +#[0-9]+ .* in .*/(Sources|fuzz)/" .artifacts/"$h".log | sed 's/^ *//' || true
    for a in .artifacts/"$h"-crash-* .artifacts/"$h"-timeout-* .artifacts/"$h"-oom-*; do
      [ -f "$a" ] && echo "input $(basename "$a"), base64: $(head -c 512 "$a" | base64 -w0)"
    done
    status=1
  fi
  grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss)|cov:" .artifacts/"$h".log | tail -3
done
exit $status
