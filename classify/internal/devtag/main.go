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
	"strings"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/classify/internal/goldset"
)

func main() {
	in := flag.String("i", "", "labelled JSONL")
	out := flag.String("o", "-", "predictions JSONL (- for stdout)")
	rules := flag.String("rules", "", "rules directory")
	table := flag.Bool("table", false, "print the evaluation table to stderr")
	text := flag.String("text", "", "instead: tag a plain-text file (paragraphs split at blank lines) and print a summary")
	flag.Parse()
	if *text != "" {
		if err := show(*text, *rules); err != nil {
			fmt.Fprintln(os.Stderr, "devtag:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*in, *out, *rules, *table); err != nil {
		fmt.Fprintln(os.Stderr, "devtag:", err)
		os.Exit(1)
	}
}

func run(in, out, rules string, table bool) error {
	t, gold, err := goldset.Load(rules, in)
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

// show tags a plain-text file as one document and prints one line a paragraph.
func show(path, rules string) error {
	t, err := classify.New(rules)
	if err != nil {
		return err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var doc classify.Doc
	for _, p := range strings.Split(string(data), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			doc.Paras = append(doc.Paras, classify.Para{Text: p})
		}
	}
	res, info := t.TagDocInfo(doc)
	fmt.Printf("# %s: %s %s\n", path, info.Kind, info.Speaker)
	for i, r := range res {
		text := doc.Paras[i].Text
		if len(text) > 150 {
			text = text[:150]
		}
		fmt.Printf("%-22s %v %v | %s\n", r.Topic, r.Stances, r.Actors, text)
	}
	return nil
}
