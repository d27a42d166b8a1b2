#!/bin/sh
# bench/pdf.sh: time normscope's PDF extraction and poppler's pdftotext over
# the same PDFs in one run, and print pages/s for both and their ratio.
#
#   bench/pdf.sh [DIR]          DIR defaults to ../shared/corpus/extraction
#
# Environment:
#   NORMSCOPE  the extractor command, called as
#              "$NORMSCOPE extract --pdf-engine $ENGINE FILE..."; default: the
#              normscope CLI built from this tree
#   ENGINE     PDF engine (go, poppler, auto); default go
#   RUNS       repetitions of the whole set for each tool; default 5
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$root/../shared/corpus/extraction}
runs=${RUNS:-5}
engine=${ENGINE:-go}
command -v pdftotext >/dev/null || { echo "pdftotext not found (apt-get install poppler-utils)" >&2; exit 1; }
command -v pdfinfo >/dev/null || { echo "pdfinfo not found (apt-get install poppler-utils)" >&2; exit 1; }
set -- "$dir"/*.pdf
[ -e "$1" ] || { echo "no PDFs in $dir" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "${NORMSCOPE:-}" ]; then
	(cd "$root" && go build -o "$tmp/normscope" ./cmd/normscope)
	NORMSCOPE="$tmp/normscope"
fi

pages=0
for f in "$@"; do
	n=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
	pages=$((pages + n))
done

now() { date +%s.%N; }

# Warm the file cache, check the extractor works.
$NORMSCOPE extract --pdf-engine "$engine" "$@" >"$tmp/out.jsonl"
records=$(wc -l <"$tmp/out.jsonl")

# The two tools alternate run by run, so that a change in machine load
# touches both alike.
tn=0
tp=0
i=0
while [ $i -lt "$runs" ]; do
	a=$(now)
	$NORMSCOPE extract --pdf-engine "$engine" "$@" >/dev/null
	b=$(now)
	for f in "$@"; do pdftotext "$f" - >/dev/null; done
	c=$(now)
	tn=$(echo "$tn $a $b" | awk '{printf "%.6f", $1 + $3 - $2}')
	tp=$(echo "$tp $b $c" | awk '{printf "%.6f", $1 + $3 - $2}')
	i=$((i + 1))
done
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

awk -v p="$pages" -v r="$runs" -v ns="$tn" -v pt="$tp" -v load="$load" -v n="$#" -v rec="$records" -v cmd="$(basename "${NORMSCOPE%% *}") extract --pdf-engine $engine" 'BEGIN {
	printf "%d PDFs, %d pages, %d runs each (%d records per run), load average %s\n", n, p, r, rec, load
	printf "%-40s %8.3f s  %8.1f pages/s\n", cmd, ns, p * r / ns
	printf "%-40s %8.3f s  %8.1f pages/s\n", "pdftotext (plain)", pt, p * r / pt
	printf "ratio normscope/pdftotext: %.2f (above 1: normscope faster)\n", (p * r / ns) / (p * r / pt)
}'
