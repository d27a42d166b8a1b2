package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/normscope/normscope/classify"
)

func init() {
	register(command{name: "eval", usage: "--gold FILE [--rules DIR] [--by-doc]", summary: "score the tagger against a labelled JSONL file (per-topic P/R/F1, macro-F1, confusion, stance F1, per issue too)", run: cmdEval})
}

func cmdEval(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := command{name: "eval", usage: "--gold FILE [--rules DIR] [--by-doc]", summary: "Tags the paragraphs of a labelled JSONL file (gold fields topic, topics, stances are stripped\nbefore tagging, never read by the tagger) and prints per-topic precision, recall and F1, macro-F1,\naccuracy, a confusion matrix, and stance P/R/F1 on (paragraph, issue, value, actor) triples and on\n(paragraph, issue, value) pairs, and on the triples of each issue. --by-doc first prints one line\nper document, the lowest stance triple F1 first. The last line is \"score: <topic macro-F1> <stance triple F1>\"."}
	fs := newFlags(&c, stderr)
	gold := fs.String("gold", "", "labelled JSONL `file` (same schema as the records; gold fields topic/topics/stances)")
	rules := fs.String("rules", "", "`folder` of rule files extending or overriding the built-in ones")
	perDoc := fs.Bool("by-doc", false, "first print one line per document (topic accuracy, stance triples and pairs), the lowest stance triple F1 first")
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if *gold == "" && len(pos) == 1 {
		*gold = pos[0]
	} else if len(pos) > 0 {
		fmt.Fprintf(stderr, "normscope eval: unexpected argument %q\n", pos[0])
		return exitUsage
	}
	if *gold == "" {
		fmt.Fprintln(stderr, "normscope eval: --gold FILE is required")
		fs.Usage()
		return exitUsage
	}
	t, err := classify.New(*rules)
	if err != nil {
		fmt.Fprintln(stderr, "normscope eval:", err)
		return exitUsage
	}
	f, err := os.Open(*gold)
	if err != nil {
		fmt.Fprintln(stderr, "normscope eval:", err)
		return exitFailure
	}
	defer f.Close()
	recs, err := classify.ReadLabelled(f)
	if err != nil {
		fmt.Fprintln(stderr, "normscope eval:", err)
		return exitFailure
	}
	r := classify.Evaluate(recs, classify.TagGold(t, recs))
	if *perDoc {
		if err := r.WriteByDoc(stdout); err != nil {
			fmt.Fprintln(stderr, "normscope eval:", err)
			return exitFailure
		}
	}
	if err := r.WriteTable(stdout); err != nil {
		fmt.Fprintln(stderr, "normscope eval:", err)
		return exitFailure
	}
	return exitOK
}
