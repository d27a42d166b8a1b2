#!/bin/sh
# Times the search page of "normscope serve" (query + facets + HTML render)
# over a generated 100,000-paragraph corpus and prints p50/p95 per query.
# The corpus is built on the first run (about a minute) and cached in
# $TMPDIR as normscope-web-bench-100000-v2.db; delete it to rebuild.
#
#   sh bench/serve-page.sh [ITERATIONS]     (default 40)
set -eu
cd "$(dirname "$0")/.."
n="${1:-40}"
go test -run '^$' -bench 'BenchmarkSearchPage' -benchtime "${n}x" ./corpus/web/ |
	awk '/^Benchmark/ { sub(/^BenchmarkSearchPage\//, "", $1); sub(/-[0-9]+$/, "", $1);
	       printf "%-20s p50 %8s ms   p95 %8s ms\n", $1, $5, $7 }
	     /^(ok|FAIL)/ { print }'
