package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/pipeline"
)

func init() {
	register(command{name: "classify", usage: "[-i IN] [-o OUT] [--rules DIR]", summary: "tag JSONL records that have a text field with topic, topics, stances and actors", run: cmdClassify})
}

func cmdClassify(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := command{name: "classify", usage: "[-i IN] [-o OUT] [--rules DIR]", summary: "Reads JSONL records with a text field (stdin by default) and writes them back with topic, topics,\nstances, actors and tagger set. Other fields pass through unchanged; tag fields in the input are\nreplaced, never read. Consecutive records of one document are tagged together."}
	fs := newFlags(&c, stderr)
	in := fs.String("i", "-", "input JSONL `file` (- for stdin)")
	out := fs.String("o", "-", "output JSONL `file` (- for stdout); written to a temporary file and renamed")
	rules := fs.String("rules", "", "`folder` of rule files extending or overriding the built-in ones")
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "normscope classify: unexpected argument %q (use -i FILE)\n", pos[0])
		return exitUsage
	}
	t, err := classify.New(*rules)
	if err != nil {
		fmt.Fprintln(stderr, "normscope classify:", err)
		return exitUsage
	}
	var r io.Reader = os.Stdin
	if *in != "-" {
		f, err := os.Open(*in)
		if err != nil {
			fmt.Fprintln(stderr, "normscope classify:", err)
			return exitFailure
		}
		defer f.Close()
		r = f
	}
	if *out == "-" {
		if _, err := pipeline.ClassifyJSONL(ctx, r, stdout, t); err != nil {
			fmt.Fprintln(stderr, "normscope classify:", err)
			return exitFailure
		}
		return exitOK
	}
	err = corpus.WriteFileAtomic(*out, func(w io.Writer) error {
		_, err := pipeline.ClassifyJSONL(ctx, r, w, t)
		return err
	})
	if err != nil {
		fmt.Fprintln(stderr, "normscope classify:", err)
		return exitFailure
	}
	return exitOK
}
