package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"runtime"

	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/extract"
	"github.com/normscope/normscope/pipeline"
)

func init() {
	register(command{name: "extract", usage: "[flags] FILE...", summary: "print the paragraph records (no tags) of PDF, HTML or text files as JSONL on stdout", run: cmdExtract})
}

func cmdExtract(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := command{name: "extract", usage: "[flags] FILE...", summary: "Prints paragraph records (schema normscope.paragraph/v1, without tags) as JSONL on stdout.\nA file that cannot be extracted is reported on stderr and the others go on (exit status 1)."}
	fs := newFlags(&c, stderr)
	engine := fs.String("pdf-engine", "auto", "PDF engine: auto, go or poppler")
	files, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(files) == 0 {
		fs.Usage()
		return exitUsage
	}
	switch *engine {
	case "auto", "go", "poppler":
	default:
		fmt.Fprintf(stderr, "normscope extract: --pdf-engine must be auto, go or poppler\n")
		return exitUsage
	}
	// Files are extracted concurrently (one per core) and printed in the
	// order given.
	type result struct {
		recs []corpus.Paragraph
		err  error
	}
	results := make([]chan result, len(files))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, f := range files {
		results[i] = make(chan result, 1)
		go func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			recs, err := pipeline.ExtractFile(ctx, f, extract.Options{PDFEngine: *engine})
			results[i] <- result{recs, err}
		}()
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	status := exitOK
	for _, ch := range results {
		r := <-ch
		if r.err != nil {
			fmt.Fprintln(stderr, "normscope extract:", r.err)
			status = exitFailure
			continue
		}
		if err := corpus.WriteJSONL(w, r.recs); err != nil {
			fmt.Fprintln(stderr, "normscope extract:", err)
			return exitFailure
		}
	}
	return status
}
