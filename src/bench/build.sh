#!/usr/bin/env bash
# Build benchmark: writes a synthetic archive of N articles with ../shared/bench/make-corpus.py (--hugo), then, in
# one run and on the same files:
#   cold       archive.jar build with an empty cache and no previous output
#   no change  the same build again (analyses from the cache, every file unchanged)
#   one edit   after one sentence is added to one article's original
#   hugo       the Hugo version of the same archive (when `hugo` is on PATH)
# and prints wall time, CPU time (user + system, and each apart: the system time of writing thousands of files varies
# with the machine's file system, see the README) and peak RSS of each whole process (/usr/bin/time), with the
# ratio of each wall time to Hugo's. With ROUNDS=n, every step is measured n times (each cold build after the output
# and the cache are deleted; each edit adds one more sentence to the same article) and the median of each figure is
# printed.
# Usage: src/bench/build.sh N [JAVA_OPTION...]   e.g. src/bench/build.sh 1000    or   src/bench/build.sh 10000 -Xmx1g
# Environment: MAKE_CORPUS (path of make-corpus.py), KEEP=1 to keep the work folder (printed at the end),
#   JAR (the archive.jar to measure; default: the repository's, made by `mvn package` when missing), ROUNDS (1).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:?number of articles}
shift
java_options=("$@")
make_corpus=${MAKE_CORPUS:-../shared/bench/make-corpus.py}
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian: apt-get install time)" >&2; exit 1; }
work=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
python3 "$make_corpus" "$n" "$work/corpus" --hugo >/dev/null
if [ -n "${JAR:-}" ]; then
  jar=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
else
  [ -f archive.jar ] || mvn -q -B -ntp package -DskipTests
  jar=$PWD/archive.jar
fi

rounds=${ROUNDS:-1}
declare -A wall cpu user sys rss
measure() { # name command...: the figures of each round are appended
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/$name.log" 2>&1 \
    || { cat "$work/$name.log" >&2; exit 1; }
  read -r w u s m <"$work/time.txt"
  wall[$name]="${wall[$name]:-} $w"
  cpu[$name]="${cpu[$name]:-} $(echo "$u + $s" | bc)"
  user[$name]="${user[$name]:-} $u"
  sys[$name]="${sys[$name]:-} $s"
  rss[$name]="${rss[$name]:-} $((m / 1024))"
}
median() { # numbers... → their median
  printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
build=(java "${java_options[@]}" -jar "$jar" build --content "$work/corpus/content" --output "$work/site")
for ((r = 0; r < rounds; r++)); do
  rm -rf "$work/site" "$work/corpus/.verbatim"
  measure cold "${build[@]}"
done
for ((r = 0; r < rounds; r++)); do measure "no change" "${build[@]}"; done
files=("$work/corpus/content"/*.md)
original=$(sed -n 's/^original: //p' "${files[0]}")
originals=("$work/corpus/content"/*."$original".md)
edited=${originals[0]}
for ((r = 0; r < rounds; r++)); do
  python3 - "$edited" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
head, sep, body = text.partition("\n---\n")
body = body.rstrip("\n") + "\n\n"  # the end of the first paragraph gains a sentence
body = body.replace("\n\n", " Une phrase ajoutée.\n\n", 1)
open(path, "w", encoding="utf-8").write(head + sep + body)
PY
  measure "one edit" "${build[@]}"
done
steps=(cold "no change" "one edit")
if command -v hugo >/dev/null; then
  for ((r = 0; r < rounds; r++)); do measure hugo hugo --quiet -s "$work/corpus" -d "$work/hugo-site"; done
  steps+=(hugo)
fi
for s in "${steps[@]}"; do # each figure's median over the rounds
  [ "$rounds" -gt 1 ] && echo "$s: wall${wall[$s]} s; CPU${cpu[$s]} s (user${user[$s]}; sys${sys[$s]}); peak${rss[$s]} MiB"
  wall[$s]=$(median ${wall[$s]})
  cpu[$s]=$(median ${cpu[$s]})
  user[$s]=$(median ${user[$s]})
  sys[$s]=$(median ${sys[$s]})
  rss[$s]=$(median ${rss[$s]})
done

echo "$n articles, $(nproc) cores, $(java -version 2>&1 | head -1), hugo: $(command -v hugo >/dev/null && hugo version | cut -d' ' -f2 || echo absent), rounds: $rounds (medians)"
echo "pages: $(find "$work/site" -name '*.html' | wc -l), site: $(du -sh "$work/site" | cut -f1), cache: $(du -sh "$work/corpus/.verbatim" | cut -f1)"
for s in "no change" "one edit"; do grep -h "^Analysed" "$work/$s.log" | sed "s/^/$s: /"; done
printf '%-10s %9s %9s %9s %9s %10s %10s\n' step "wall s" "CPU s" "user s" "sys s" "peak MiB" "wall/hugo"
for s in "${steps[@]}"; do
  ratio=-
  [ -n "${wall[hugo]:-}" ] && ratio=$(echo "scale=1; ${wall[$s]} / ${wall[hugo]}" | bc)
  printf '%-10s %9s %9s %9s %9s %10s %10s\n' "$s" "${wall[$s]}" "${cpu[$s]}" "${user[$s]}" "${sys[$s]}" "${rss[$s]}" \
    "$ratio"
done
[ "${KEEP:-0}" = 1 ] && echo "kept: $work"
exit 0
