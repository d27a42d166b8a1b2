// Command devtag tags a labelled JSONL file the way `normscope eval` does
// (gold tags ignored, documents grouped by the doc field, no speaker given)
// and writes the predictions as JSONL, for score_tags.py:
//
//	go run ./classify/internal/devtag -i ../shared/corpus/labelled/tags.jsonl -o /tmp/pred.jsonl
//	python3 ../shared/corpus/labelled/score_tags.py ../shared/corpus/labelled/tags.jsonl /tmp/pred.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/normscope/normscope/classify"
)

func main() {
	in := flag.String("i", "", "labelled JSONL")
	out := flag.String("o", "-", "predictions JSONL (- for stdout)")
	rules := flag.String("rules", "", "rules directory")
	table := flag.Bool("table", false, "print the evaluation table to stderr")
	flag.Parse()
	if err := run(*in, *out, *rules, *table); err != nil {
		fmt.Fprintln(os.Stderr, "devtag:", err)
		os.Exit(1)
	}
}

func run(in, out, rules string, table bool) error {
	t, err := classify.New(rules)
	if err != nil {
		return err
	}
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	gold, err := classify.ReadLabelled(f)
	if err != nil {
		return err
	}
	pred := classify.TagGold(t, gold)
	w := os.Stdout
	if out != "-" {
		if w, err = os.Create(out); err != nil {
			return err
		}
		defer w.Close()
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, p := range pred {
		if err := enc.Encode(p); err != nil {
			return err
		}
	}
	if table {
		if err := classify.Evaluate(gold, pred).WriteTable(os.Stderr); err != nil {
			return err
		}
	}
	return bw.Flush()
}
