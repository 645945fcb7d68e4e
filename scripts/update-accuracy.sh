#!/usr/bin/env bash
# Rewrites the real-world ratchet's baseline and the README's accuracy tables
# from what the parser in this checkout extracts. Run it in the commit that
# changes the scores, and read the baseline's diff: every removed line is an
# expectation that stopped passing.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product zhengce >/dev/null
bin="$(swift build --show-bin-path)/zhengce"
tables="$(mktemp)"
trap 'rm -f "$tables"' EXIT
"$bin" check Tests/Fixtures/realworld/expectations/*.jsonl \
  --write-baseline Tests/Fixtures/realworld/baseline.txt --markdown > "$tables"
python3 - "$tables" <<'PY'
import re, sys
tables = open(sys.argv[1], encoding="utf-8").read()
readme = open("README.md", encoding="utf-8").read()
updated = re.sub(r"<!-- check:begin -->\n.*?<!-- check:end -->",
                 lambda _: "<!-- check:begin -->\n" + tables + "<!-- check:end -->", readme, flags=re.S)
open("README.md", "w", encoding="utf-8").write(updated)
PY
git --no-pager diff --stat -- Tests/Fixtures/realworld/baseline.txt README.md
