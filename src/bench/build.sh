#!/usr/bin/env bash
# Build benchmark: writes a synthetic archive of N articles with ../shared/bench/make-corpus.py, builds it with
# archive.jar under a fixed heap, and prints wall time and peak memory (from /usr/bin/time when present).
# Usage: src/bench/build.sh N [HEAP]     e.g. src/bench/build.sh 10000 1g
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:?number of articles}
heap=${2:-1g}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 ../shared/bench/make-corpus.py "$n" "$work/corpus" >/dev/null
[ -f archive.jar ] || mvn -q -B package -DskipTests
run=(java "-Xmx$heap" -jar archive.jar build --content "$work/corpus/content" --output "$work/site")
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "wall %e s, peak RSS %M KiB" "${run[@]}"
else
  start=$(date +%s.%N); "${run[@]}"; end=$(date +%s.%N)
  echo "wall $(echo "$end - $start" | bc) s"
fi
echo "pages: $(find "$work/site" -name '*.html' | wc -l), size: $(du -sh "$work/site" | cut -f1)"
