#!/bin/sh
# bench/pdf.sh: time normscope's PDF extraction and poppler's pdftotext over
# the same PDFs in one run, and print pages/s for both and their ratio.
#
#   bench/pdf.sh [DIR]          DIR defaults to ../shared/corpus/extraction
#
# Environment:
#   NORMSCOPE  the extractor command, called as "$NORMSCOPE extract FILE...";
#              default: bench/pdfbench built from this tree (stand-in for the CLI)
#   ENGINE     PDF engine passed to pdfbench (go, poppler, auto); default go
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
	(cd "$root" && go build -o "$tmp/pdfbench" ./bench/pdfbench)
	NORMSCOPE="$tmp/pdfbench -engine $engine"
fi

pages=0
for f in "$@"; do
	n=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
	pages=$((pages + n))
done

now() { date +%s.%N; }

# Warm the file cache, check the extractor works.
$NORMSCOPE extract "$@" >"$tmp/out.jsonl"
records=$(wc -l <"$tmp/out.jsonl")

t0=$(now)
i=0
while [ $i -lt "$runs" ]; do
	$NORMSCOPE extract "$@" >/dev/null
	i=$((i + 1))
done
t1=$(now)
i=0
while [ $i -lt "$runs" ]; do
	for f in "$@"; do pdftotext "$f" - >/dev/null; done
	i=$((i + 1))
done
t2=$(now)

awk -v p="$pages" -v r="$runs" -v a="$t0" -v b="$t1" -v c="$t2" -v n="$#" -v rec="$records" -v cmd="$NORMSCOPE" 'BEGIN {
	ns = (b - a); pt = (c - b)
	printf "%d PDFs, %d pages, %d runs each (%d records per run)\n", n, p, r, rec
	printf "%-40s %8.3f s  %8.1f pages/s\n", cmd " extract", ns, p * r / ns
	printf "%-40s %8.3f s  %8.1f pages/s\n", "pdftotext (plain)", pt, p * r / pt
	printf "ratio normscope/pdftotext: %.2f (above 1: normscope faster)\n", (p * r / ns) / (p * r / pt)
}'
