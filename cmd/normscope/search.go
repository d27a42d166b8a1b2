package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/pipeline"
)

func init() {
	register(command{name: "search", usage: "[--corpus DIR] [filters] QUERY", summary: "full-text search of a corpus with filters, facets, highlights and keyword-in-context", run: cmdSearch})
}

// queryFlags are the filters shared by search and stats.
type queryFlags struct {
	corpus           string
	topics, stances  stringList
	actors, kinds    stringList
	from, to, symbol string
}

func (f *queryFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.corpus, "corpus", "corpus", "corpus `folder` (as written by normscope run)")
	fs.Var(&f.topics, "topic", "only paragraphs whose best topic is `T` (repeatable or comma-separated: OR)")
	fs.Var(&f.stances, "stance", "only paragraphs with a stance `ISSUE:VALUE` or ISSUE (repeatable: OR)")
	fs.Var(&f.actors, "actor", "only paragraphs naming actor `CODE` (ISO alpha-3 or group code; repeatable: OR)")
	fs.Var(&f.kinds, "kind", "only documents of `KIND` (report, statement, analysis, ...; repeatable: OR)")
	fs.StringVar(&f.from, "from", "", "only documents dated on or after `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&f.to, "to", "", "only documents dated on or before `DATE`")
	fs.StringVar(&f.symbol, "symbol", "", "only the document with UN `SYMBOL` (e.g. A/75/816)")
}

func (f *queryFlags) query(text string) corpus.Query {
	return corpus.Query{Text: text, Topics: f.topics, Stances: f.stances, Actors: f.actors, Kinds: f.kinds, From: f.from, To: f.to, Symbol: f.symbol}
}

// openCorpus opens the corpus database of a folder read-only.
func openCorpus(dir string, stderr io.Writer, name string) (*corpus.Store, int) {
	s, err := corpus.OpenReadOnly(filepath.Join(dir, pipeline.DatabaseFile))
	if err != nil {
		fmt.Fprintf(stderr, "normscope %s: %v\n(run 'normscope run -o %s SOURCE...' or 'normscope index --corpus %s' first)\n", name, err, dir, dir)
		return nil, exitFailure
	}
	return s, exitOK
}

// queryError prints a search error; a malformed query is a usage error.
func queryError(stderr io.Writer, name string, err error) int {
	fmt.Fprintf(stderr, "normscope %s: %v\n", name, err)
	if errors.Is(err, corpus.ErrBadQuery) {
		return exitUsage
	}
	return exitFailure
}

func cmdSearch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := command{name: "search", usage: "[--corpus DIR] [filters] QUERY", summary: "Searches the paragraphs of a corpus. QUERY: words (all must match), \"a phrase\", OR, AND, NOT or -word,\nprefix*, parentheses; \"\" with filters lists paragraphs in document order. Ranked by BM25.\nExit status 2 on a malformed query."}
	fs := newFlags(&c, stderr)
	var qf queryFlags
	qf.register(fs)
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	limit := fs.Int("limit", 20, "hits to print")
	offset := fs.Int("offset", 0, "hits to skip (paging)")
	kwic := fs.Int("kwic", 0, "print keyword-in-context lines with `N` characters of context instead of snippets")
	facets := fs.Bool("facets", false, "print facet counts (topic, stance, actor, year, kind) over all matches")
	exact := fs.Bool("exact-total", false, "count all matches exactly (by default counting stops at 10,000)")
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(stderr, "normscope search: no QUERY given (use \"\" to list with filters only)")
		return exitUsage
	}
	switch *format {
	case "table", "jsonl", "csv":
	default:
		fmt.Fprintf(stderr, "normscope search: --format must be table, jsonl or csv\n")
		return exitUsage
	}
	if *limit < 1 || *limit > 10000 || *offset < 0 {
		fmt.Fprintln(stderr, "normscope search: --limit must be 1..10000 and --offset >= 0")
		return exitUsage
	}
	s, code := openCorpus(qf.corpus, stderr, "search")
	if s == nil {
		return code
	}
	defer s.Close()
	q := qf.query(strings.Join(pos, " "))
	q.Limit, q.Offset, q.KWIC, q.Facets, q.ExactTotal = *limit, *offset, *kwic, *facets, *exact
	if q.KWIC == 0 && *format != "table" {
		q.KWIC = 0
	}
	res, err := s.Search(ctx, q)
	if err != nil {
		return queryError(stderr, "search", err)
	}
	switch {
	case *kwic > 0 && *format == "table":
		err = corpus.WriteKWIC(stdout, res)
	default:
		err = corpus.WriteResults(stdout, res, *format, corpus.WriteOptions{Terminal: isTerminal(stdout)})
	}
	if err == nil && *facets {
		if *format == "table" {
			err = corpus.WriteFacets(stdout, res)
		} else {
			err = corpus.WriteFacets(stderr, res)
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "normscope search:", err)
		return exitFailure
	}
	return exitOK
}
