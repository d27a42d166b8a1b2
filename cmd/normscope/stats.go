package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/normscope/normscope/corpus"
)

func init() {
	register(command{name: "stats", usage: "[--corpus DIR] [--by DIMS] [filters] [--plot FILE.svg|png]", summary: "paragraph counts by topic, year, actor, issue, stance, kind or document; charts", run: cmdStats})
}

func cmdStats(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := command{name: "stats", usage: "[--corpus DIR] [--by DIMS] [filters] [--plot FILE.svg|png] [QUERY]", summary: "Counts paragraphs grouped by any of " + strings.Join(corpus.StatDims, ", ") + " (with topic, each topic's\nshare of its group). --plot draws a chart: topic-share (topic share per year), stance-matrix (actor x\nissue stances) or kinds (documents per kind and year), chosen from --by unless --chart says."}
	fs := newFlags(&c, stderr)
	var qf queryFlags
	qf.register(fs)
	var by stringList
	fs.Var(&by, "by", "group by these `DIMS`, comma-separated (default topic)")
	format := fs.String("format", "table", "output `format`: table, csv or jsonl")
	plotFile := fs.String("plot", "", "also draw a chart into `FILE` (.svg or .png)")
	chart := fs.String("chart", "", "chart kind: topic-share, stance-matrix or kinds (default from --by)")
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(by) == 0 {
		by = stringList{"topic"}
	}
	for _, d := range by {
		if !slices.Contains(corpus.StatDims, d) {
			fmt.Fprintf(stderr, "normscope stats: unknown dimension %q (use %s)\n", d, strings.Join(corpus.StatDims, ", "))
			return exitUsage
		}
	}
	plotFormat := ""
	if *plotFile != "" {
		switch strings.ToLower(filepath.Ext(*plotFile)) {
		case ".svg":
			plotFormat = "svg"
		case ".png":
			plotFormat = "png"
		default:
			fmt.Fprintln(stderr, "normscope stats: --plot FILE must end in .svg or .png")
			return exitUsage
		}
		if *chart == "" {
			*chart = chartFor(by)
		}
	}
	s, code := openCorpus(qf.corpus, stderr, "stats")
	if s == nil {
		return code
	}
	defer s.Close()
	q := qf.query(strings.Join(pos, " "))
	t, err := s.Stats(ctx, by, q)
	if err != nil {
		return queryError(stderr, "stats", err)
	}
	if err := corpus.WriteTable(stdout, t, *format); err != nil {
		fmt.Fprintln(stderr, "normscope stats:", err)
		return exitUsage
	}
	if *plotFile != "" {
		err := corpus.WriteFileAtomic(*plotFile, func(w io.Writer) error {
			return corpus.Plot(ctx, s, *chart, q, w, plotFormat)
		})
		if err != nil {
			os.Remove(*plotFile)
			return queryError(stderr, "stats", err)
		}
		fmt.Fprintf(stderr, "normscope stats: %s chart written to %s\n", *chart, *plotFile)
	}
	return exitOK
}

// chartFor picks the chart that fits the grouping.
func chartFor(by []string) string {
	has := func(d string) bool { return slices.Contains(by, d) }
	switch {
	case has("actor") && (has("issue") || has("stance")):
		return "stance-matrix"
	case has("kind"):
		return "kinds"
	default:
		return "topic-share"
	}
}
