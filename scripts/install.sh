#!/bin/sh
# Builds zhengce in release mode with the Swift standard library and Foundation
# linked statically, checks with ldd that it needs no Swift runtime library,
# and installs it with the bundled corpus:
#   PREFIX/bin/zhengce
#   PREFIX/share/zhengce/corpus/     (what `zhengce search` reads when given no files)
#   PREFIX/share/man/man1/zhengce.1  (swift-argument-parser's generate-manual, through scripts/man-page.sh)
# Usage: scripts/install.sh [PREFIX]     (default: $HOME/.local)
set -eu
prefix=${1:-${PREFIX:-$HOME/.local}}
cd "$(dirname "$0")/.."

swift build -c release --product zhengce --static-swift-stdlib
binary=$(swift build -c release --product zhengce --static-swift-stdlib --show-bin-path)/zhengce

if ldd "$binary" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime' >&2; then
  echo "install.sh: $binary still needs the Swift runtime libraries above" >&2
  exit 1
fi

mkdir -p "$prefix/bin" "$prefix/share/zhengce"
install -m 755 "$binary" "$prefix/bin/zhengce"
rm -rf "$prefix/share/zhengce/corpus"
cp -R corpus "$prefix/share/zhengce/corpus"
scripts/man-page.sh "$binary" "$prefix/share/man/man1/zhengce.1"
echo "installed $prefix/bin/zhengce ($("$prefix/bin/zhengce" --version))"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "add it to PATH: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
