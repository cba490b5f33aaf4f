#!/usr/bin/env bash
# Edit-to-reload benchmark of archive serve: writes a synthetic archive of N articles with
# ../shared/bench/make-corpus.py, starts `archive serve --port 0` on it, lets it warm up, then saves a paragraph of
# one article ROUNDS times and prints, per save, the time to the reload event (read over Server-Sent Events, as the
# page's script does) and to the new page fetched, then the medians, the server's CPU time per measured save (which
# depends less on the other work of the machine than the wall times) and the preview's own build timings (the last
# five builds, and the median of each step over the measured ones).
# Usage: src/bench/serve.sh [N] [ROUNDS] [WARMUP] [HEAP]     e.g. src/bench/serve.sh 1000 15 3 1g
# Environment: JAR (the archive.jar to measure; default: the repository's, made by `mvn package` when missing),
#   SERVE_JAVA_OPTIONS (more options for the server's JVM, such as
#   -XX:StartFlightRecording=filename=serve.jfr,settings=profile to profile it), CORPUS (an archive folder made by
#   an earlier run's make-corpus.py to use instead of a new one, such as to compare two jars on the same archive:
#   its content is left as it was found, its .verbatim cache is used and kept).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
n=${1:-1000}
rounds=${2:-15}
warmup=${3:-3}
heap=${4:-1g}
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -n "${CORPUS:-}" ]; then
  corpus=$(cd "$CORPUS" && pwd)
else
  corpus=$work/corpus
  python3 ../shared/bench/make-corpus.py "$n" "$corpus" >/dev/null
fi
if [ -n "${JAR:-}" ]; then
  jar=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
else
  [ -f archive.jar ] || mvn -q -B package -DskipTests
  jar=$root/archive.jar
fi
# shellcheck disable=SC2086
(cd "$corpus" && exec java "-Xmx$heap" ${SERVE_JAVA_OPTIONS:-} -jar "$jar" serve --port 0 --output "$work/site") \
  >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 1 600); do
  url=$(grep -m1 -o 'http://[^ ]*/' "$work/serve.out" || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.out" "$work/serve.err"; exit 1; }
  sleep 1
done
[ -n "$url" ] || { echo "serve did not start"; exit 1; }
head -1 "$work/serve.out"
files=("$corpus/content/"*.fr.md)
file=${files[0]}
java -cp "$jar" src/bench/ServeBench.java "$url" "$file" "$rounds" "$warmup" "$server" "$(getconf CLK_TCK)"
echo "the preview's builds (the last 5):"
grep ' changed: ' "$work/serve.out" | tail -5 | sed 's/^/  /'
# the median of each step over the measured saves' builds (the last ROUNDS), to see where a save's time goes
grep ' changed: ' "$work/serve.out" | tail -n "$rounds" | python3 -c '
import re, statistics, sys
steps = {}
for line in sys.stdin:
    for name, ms in re.findall(r"([a-z]+) (\d+) ms", line.split("(", 1)[1]):
        steps.setdefault(name, []).append(int(ms))
print("median of each step of the last %d builds: " % max(map(len, steps.values()), default=0)
      + ", ".join("%s %g ms" % (k, statistics.median(v)) for k, v in steps.items()))'
