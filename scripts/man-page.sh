#!/bin/sh
# Writes zhengce's man page (mdoc) with swift-argument-parser's generate-manual,
# keeping the Chinese text.
#
# The generator (Tools/generate-manual/MDoc/String+Escaping.swift, 1.x) keeps
# only ASCII characters when it escapes text for mdoc (`for character in self
# where character.isASCII`), whatever the locale; and text cannot carry a roff
# escape for them either, since it turns every backslash into `\e`. So the
# generator is handed zhengce's --experimental-dump-help with each non-ASCII
# character written as an ASCII placeholder (ZHENGCEU4E2DZ), which it copies
# as it is, and each placeholder in the page is then made the roff escape
# \[u4E2D], which groff and mandoc render as the character.
#
# Usage: scripts/man-page.sh ZHENGCE_BINARY OUTPUT_FILE
# The generator is built from the checkout SwiftPM resolved, in
# .build/generate-manual (its own build folder, so this also runs while
# another swift command holds .build).
set -eu
[ $# -eq 2 ] || { echo "usage: scripts/man-page.sh ZHENGCE_BINARY OUTPUT_FILE" >&2; exit 2; }
absolute() { case $1 in /*) echo "$1" ;; *) echo "$(pwd)/$1" ;; esac; }
binary=$(absolute "$1")
output=$(absolute "$2")
cd "$(dirname "$0")/.."

checkout=.build/checkouts/swift-argument-parser
[ -d "$checkout" ] || { echo "man-page.sh: no $checkout: run swift build first" >&2; exit 1; }
swift build --package-path "$checkout" --scratch-path .build/generate-manual --product generate-manual >/dev/null
generator=$(swift build --package-path "$checkout" --scratch-path .build/generate-manual --show-bin-path)/generate-manual

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$binary" --experimental-dump-help | perl -CS -pe 's/([^\x00-\x7F])/sprintf("ZHENGCEU%04XZ", ord($1))/ge' >"$work/help.json"
# The "tool" the generator runs: it prints the prepared help whatever it is asked.
printf '#!/bin/sh\ncat "%s"\n' "$work/help.json" >"$work/zhengce"
chmod +x "$work/zhengce"
"$generator" "$work/zhengce" --output-directory "$work" >/dev/null
mkdir -p "$(dirname "$output")"
perl -pe 's/ZHENGCEU([0-9A-F]{4,6})Z/\\[u$1]/g' "$work/zhengce.1" >"$output"
