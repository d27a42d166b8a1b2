// Command lexmine is an offline aid for maintaining classify/rules/topics.tsv.
// It POS-tags labelled paragraphs with prose (github.com/jdkato/prose/v2),
// extracts noun-phrase candidates (runs of adjectives and nouns, 1 to 3
// words) and ranks them per topic by smoothed log-odds against the other
// topics, marking the candidates the lexicon already has. An analyst reads
// the list and adds the general domain terms (never sentence-specific ones)
// to the lexicon; the tagger itself does not use prose at run time, so that
// tagging keeps its throughput.
//
//	go run ./classify/internal/lexmine -gold ../shared/corpus/labelled/tags.jsonl -top 25
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/jdkato/prose/v2"

	"github.com/normscope/normscope/classify"
)

func main() {
	gold := flag.String("gold", "", "labelled JSONL (topic = the class of each paragraph)")
	lexPath := flag.String("lexicon", "classify/rules/topics.tsv", "lexicon file to mark known phrases")
	top := flag.Int("top", 20, "candidates to list per topic")
	minDF := flag.Int("min", 2, "least paragraphs a candidate must occur in")
	flag.Parse()
	if err := run(os.Stdout, *gold, *lexPath, *top, *minDF); err != nil {
		fmt.Fprintln(os.Stderr, "lexmine:", err)
		os.Exit(1)
	}
}

type cand struct {
	phrase string
	score  float64
	in, df int
	known  bool
}

func run(out io.Writer, goldPath, lexPath string, top, minDF int) error {
	f, err := os.Open(goldPath)
	if err != nil {
		return err
	}
	defer f.Close()
	recs, err := classify.ReadLabelled(f)
	if err != nil {
		return err
	}
	known := map[string]bool{}
	if data, err := os.ReadFile(lexPath); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			fields := strings.Split(line, "\t")
			if len(fields) == 3 && !strings.HasPrefix(line, "#") {
				for _, p := range strings.Split(fields[2], "|") {
					known[strings.ToLower(strings.TrimSpace(p))] = true
				}
			}
		}
	}
	// build the POS model once and share it (prose reloads it otherwise)
	seed, err := prose.NewDocument("Build the model once.", prose.WithExtraction(false), prose.WithSegmentation(false))
	if err != nil {
		return err
	}
	model := seed.Model

	df := map[string]map[string]int{} // phrase -> topic -> paragraphs
	nTopic := map[string]int{}
	for _, r := range recs {
		doc, err := prose.NewDocument(r.Text, prose.UsingModel(model), prose.WithExtraction(false), prose.WithSegmentation(false))
		if err != nil {
			return fmt.Errorf("%s#%s: %w", r.Doc, r.Seq, err)
		}
		nTopic[r.Topic]++
		seen := map[string]bool{}
		var run []string
		flush := func() {
			for n := 1; n <= 3; n++ {
				for i := 0; i+n <= len(run); i++ {
					seen[strings.Join(run[i:i+n], " ")] = true
				}
			}
			run = run[:0]
		}
		for _, tk := range doc.Tokens() {
			if (strings.HasPrefix(tk.Tag, "NN") || strings.HasPrefix(tk.Tag, "JJ")) && strings.IndexFunc(tk.Text, unicode.IsLetter) >= 0 {
				run = append(run, strings.ToLower(tk.Text))
			} else {
				flush()
			}
		}
		flush()
		for p := range seen {
			if df[p] == nil {
				df[p] = map[string]int{}
			}
			df[p][r.Topic]++
		}
	}
	total := len(recs)
	w := bufio.NewWriter(out)
	defer w.Flush()
	for _, topic := range classify.Topics {
		var cs []cand
		for p, by := range df {
			all := 0
			for _, n := range by {
				all += n
			}
			if all < minDF || by[topic] == 0 {
				continue
			}
			in, out := float64(by[topic]), float64(all-by[topic])
			nin, nout := float64(nTopic[topic]), float64(total-nTopic[topic])
			score := math.Log((in+0.5)/(nin-in+0.5)) - math.Log((out+0.5)/(nout-out+0.5))
			cs = append(cs, cand{phrase: p, score: score, in: by[topic], df: all, known: known[p]})
		}
		sort.Slice(cs, func(i, j int) bool {
			if cs[i].score != cs[j].score {
				return cs[i].score > cs[j].score
			}
			return cs[i].phrase < cs[j].phrase
		})
		fmt.Fprintf(w, "## %s (%d paragraphs)\n", topic, nTopic[topic])
		for i := 0; i < len(cs) && i < top; i++ {
			mark := ""
			if cs[i].known {
				mark = "  (in lexicon)"
			}
			fmt.Fprintf(w, "%6.2f %3d/%-3d %s%s\n", cs[i].score, cs[i].in, cs[i].df, cs[i].phrase, mark)
		}
	}
	return nil
}
