package corpus

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/normscope/normscope/classify"
)

// benchParagraphs is the size of the generated benchmark corpus.
const benchParagraphs = 50_000

var (
	benchOnce  sync.Once
	benchStore *Store
	benchDir   string
	benchErr   error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchStore != nil {
		benchStore.Close()
	}
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// synthVocabulary makes a Zipf-distributed vocabulary: a few frequent
// words of the domain first, then invented syllable words.
func synthVocabulary(r *rand.Rand, n int) []string {
	words := strings.Fields(`the of and to in States international security
		information communications technologies norms responsible behaviour capacity building
		confidence measures law Charter United Nations cyber threats critical infrastructure
		Programme Action mechanism Working Group stakeholders sovereignty humanitarian binding
		instrument voluntary implementation cooperation development regional dialogue`)
	syl := []string{"ra", "mon", "te", "ci", "sa", "lu", "ver", "dan", "po", "ki", "nes", "tor", "ba", "gri", "el", "fo"}
	for len(words) < n {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		words = append(words, b.String())
	}
	return words
}

// writeSynthCorpus writes n generated paragraph records as JSONL.
func writeSynthCorpus(path string, n int) error {
	r := rand.New(rand.NewPCG(7, 11))
	vocab := synthVocabulary(r, 8000)
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(vocab)-1))
	topics := []string{"threats", "international_law", "norms", "cbms", "capacity_building", "institutional_dialogue", "other"}
	actors := []string{"RUR", "FRE", "EU", "NAM", "WEST", "AUTHOR", "ZZA", "ZZB"}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var b strings.Builder
	for i := 0; i < n; i++ {
		doc := i / 100
		docID := fmt.Sprintf("%016x", doc+1)
		b.Reset()
		for j := range 30 + r.IntN(120) {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(vocab[zipf.Uint64()])
		}
		p := Paragraph{Schema: ParagraphSchema, ID: ParagraphID(docID, i%100), DocID: docID, Seq: i % 100,
			Doc:  DocMeta{Title: "Doc " + docID, Date: fmt.Sprintf("%d-%02d-01", 2019+doc%7, 1+doc%12), Kind: []string{"report", "statement", "analysis"}[doc%3], Lang: "en"},
			Kind: "paragraph", Text: b.String() + ".", Topic: topics[r.IntN(len(topics))]}
		if r.IntN(10) == 0 {
			a := actors[r.IntN(len(actors))]
			p.Actors = []string{a}
			p.Stances = []classifyStance{{Issue: "binding_instrument", Value: []string{"favor", "against"}[r.IntN(2)], Actors: []string{a}, Cue: "called for"}}
		}
		if _, err := f.WriteString(mustJSON(p) + "\n"); err != nil {
			return err
		}
	}
	return f.Close()
}

func benchCorpus(b *testing.B) *Store {
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "normscope-bench-")
		if benchErr != nil {
			return
		}
		path := filepath.Join(benchDir, "paragraphs.jsonl")
		if benchErr = writeSynthCorpus(path, benchParagraphs); benchErr != nil {
			return
		}
		benchStore, benchErr = Open(filepath.Join(benchDir, "corpus.db"))
		if benchErr != nil {
			return
		}
		f, err := os.Open(path)
		if err != nil {
			benchErr = err
			return
		}
		defer f.Close()
		benchErr = benchStore.Rebuild(context.Background(), f, nil)
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchStore
}

// BenchmarkSearch times one page of 20 hits (records, snippets, count) on
// a generated 50,000-paragraph corpus.
func BenchmarkSearch(b *testing.B) {
	s := benchCorpus(b)
	ctx := context.Background()
	cases := []struct {
		name string
		q    Query
	}{
		{"rare", Query{Text: "ramonte"}},
		{"common", Query{Text: "international"}},
		{"and", Query{Text: "security norms"}},
		{"phrase", Query{Text: `"the of"`}},
		{"topic", Query{Text: "international", Topics: []string{"threats"}}},
		{"or-prefix", Query{Text: "sovereignty OR capacit*"}},
		{"common+facets", Query{Text: "international", Facets: true}},
		{"common+kwic", Query{Text: "international", KWIC: 40}},
		{"filters-only", Query{Topics: []string{"norms"}, From: "2021"}},
		{"filters-only+facets", Query{Topics: []string{"norms"}, From: "2021", Facets: true}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(ctx, c.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRebuild times building a store from 5,000 JSONL records.
func BenchmarkRebuild(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "p.jsonl")
	if err := writeSynthCorpus(path, 5000); err != nil {
		b.Fatal(err)
	}
	s, err := Open(filepath.Join(dir, "c.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		f, _ := os.Open(path)
		if err := s.Rebuild(context.Background(), f, nil); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

type classifyStance = classify.Stance
