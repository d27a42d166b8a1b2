package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
)

// model is a word-bigram model of the real texts, fitted at run time (their
// text is never stored in this repository).
type model struct {
	starts  []string            // words that begin a sentence
	next    map[string][]string // successors, with repetition (so sampling is proportional)
	unigram []string            // all words, with repetition
	lengths []int               // paragraph lengths in words
	counts  map[string]int      // lower-cased word counts
}

func cleanWord(w string) string {
	if strings.ContainsAny(w, "<>{}|#=\\") || strings.Contains(w, "http") || strings.Contains(w, "@") {
		return ""
	}
	w = strings.Trim(w, "*_[]()`~^\"'")
	if !strings.ContainsFunc(w, unicode.IsLetter) {
		return ""
	}
	return w
}

func fitModel(dir string) (*model, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no *.txt files in %s (set -texts)", dir)
	}
	m := &model{next: map[string][]string{}, counts: map[string]int{}}
	for _, f := range files {
		if filepath.Base(f) == "SOURCES.md" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, para := range strings.Split(string(b), "\n\n") {
			words := []string{}
			for _, w := range strings.Fields(para) {
				if w = cleanWord(w); w != "" {
					words = append(words, w)
				}
			}
			if len(words) >= 8 {
				m.lengths = append(m.lengths, min(len(words), 400))
			}
			prev := ""
			for _, w := range words {
				m.unigram = append(m.unigram, w)
				m.counts[strings.ToLower(strings.Trim(w, ".,;:!?"))]++
				if prev == "" || strings.HasSuffix(prev, ".") {
					if unicode.IsUpper([]rune(w)[0]) {
						m.starts = append(m.starts, w)
					}
				} else {
					m.next[prev] = append(m.next[prev], w)
				}
				prev = w
			}
		}
	}
	if len(m.starts) == 0 || len(m.lengths) == 0 {
		return nil, fmt.Errorf("texts in %s are too small to fit a model", dir)
	}
	return m, nil
}

func (m *model) paragraph(r *rand.Rand) string {
	n := m.lengths[r.IntN(len(m.lengths))]
	var b strings.Builder
	w := m.starts[r.IntN(len(m.starts))]
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if strings.HasSuffix(w, ".") && i > n-8 {
			break
		}
		nx := m.next[w]
		switch {
		case strings.HasSuffix(w, "."):
			w = m.starts[r.IntN(len(m.starts))]
		case len(nx) > 0 && r.IntN(10) > 0:
			w = nx[r.IntN(len(nx))]
		default:
			w = m.unigram[r.IntN(len(m.unigram))]
		}
	}
	s := b.String()
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

var (
	topics      = []string{"threats", "international_law", "norms", "cbms", "capacity_building", "institutional_dialogue", "other"}
	topicWeight = []int{20, 15, 15, 10, 15, 15, 10}
	issues      = []string{"binding_instrument", "charter_applies", "ihl_applies", "new_norms", "framework_acquis",
		"programme_of_action", "multistakeholder", "tech_neutrality", "poc_directory", "cyber_sovereignty"}
	actorCodes = []string{"USA", "RUS", "CHN", "EU", "GBR", "FRA", "DEU", "IRN", "CUB", "NAM", "IND", "BRA", "JPN",
		"AUS", "CAN", "NLD", "EST", "SGP", "MEX", "ZAF", "EGY", "KEN", "NGA", "ISR", "KOR", "CHE", "ARAB_GROUP",
		"AU", "ASEAN", "WEST", "LIKE_MINDED", "AUTHOR", "SYR", "VEN", "BLR", "PAK", "IDN", "COL", "CHL", "NZL"}
	docKinds   = []string{"report", "statement", "analysis", "news", "resolution", "working_paper"}
	kindWeight = []int{25, 40, 15, 8, 4, 8}
	values     = []string{"favor", "favor", "favor", "against", "against", "neutral"}
)

func weighted(r *rand.Rand, w []int) int {
	t := 0
	for _, x := range w {
		t += x
	}
	n := r.IntN(t)
	for i, x := range w {
		if n < x {
			return i
		}
		n -= x
	}
	return len(w) - 1
}

// zipfActor draws an actor code, the first ones far more often.
func zipfActor(r *rand.Rand) string {
	for {
		i := int(float64(len(actorCodes)) * r.Float64() * r.Float64())
		if i < len(actorCodes) {
			return actorCodes[i]
		}
	}
}

// generate writes n paragraphs and their documents as JSONL into dir.
func generate(m *model, n int, seed uint64, dir string) (paraPath, docPath string, err error) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	paraPath, docPath = filepath.Join(dir, "paragraphs.jsonl"), filepath.Join(dir, "documents.jsonl")
	pf, err := os.Create(paraPath)
	if err != nil {
		return "", "", err
	}
	defer pf.Close()
	df, err := os.Create(docPath)
	if err != nil {
		return "", "", err
	}
	defer df.Close()
	pw, dw := bufio.NewWriterSize(pf, 1<<20), bufio.NewWriterSize(df, 1<<16)
	pe, de := json.NewEncoder(pw), json.NewEncoder(dw)
	tagger := &corpus.TaggerInfo{Name: "normscope", Version: "bench"}
	made, docNo := 0, 0
	for made < n {
		docNo++
		sum := corpus.SHA256Hex([]byte(fmt.Sprintf("doc-%d-%d", seed, docNo)))
		docID := corpus.DocID(sum)
		kind := docKinds[weighted(r, kindWeight)]
		var speaker *string
		if kind == "statement" {
			sp := zipfActor(r)
			speaker = &sp
		}
		date := fmt.Sprintf("%d-%02d-%02d", 2019+r.IntN(8), 1+r.IntN(12), 1+r.IntN(28))
		meta := corpus.DocMeta{Title: fmt.Sprintf("Generated %s %d", kind, docNo), Symbol: fmt.Sprintf("A/AC.%d/%d", 200+docNo%90, docNo),
			Date: date, Kind: kind, Speaker: speaker, Lang: "en"}
		src := corpus.Source{URL: fmt.Sprintf("https://example.org/gen/%d.pdf", docNo), SHA256: sum, ContentType: "application/pdf", FetchedAt: "2026-01-01T00:00:00Z"}
		np := min(20+r.IntN(280), n-made)
		for seq := 0; seq < np; seq++ {
			p := corpus.Paragraph{Schema: corpus.ParagraphSchema, ID: corpus.ParagraphID(docID, seq), DocID: docID, Seq: seq,
				Source: src, Doc: meta, Kind: "paragraph", Page: 1 + seq/6, ParaNo: fmt.Sprint(seq + 1), Text: m.paragraph(r), Tagger: tagger}
			ti := weighted(r, topicWeight)
			p.Topic = topics[ti]
			p.Topics = []classify.TopicScore{{Label: p.Topic, Score: 0.5 + r.Float64()/2}}
			actors := map[string]bool{}
			if r.IntN(100) < 9 {
				st := classify.Stance{Issue: issues[r.IntN(len(issues))], Value: values[r.IntN(len(values))], Cue: "called for"}
				for k := 0; k <= r.IntN(3); k++ {
					a := zipfActor(r)
					if !actors[a] {
						actors[a] = true
						st.Actors = append(st.Actors, a)
					}
				}
				p.Stances = []classify.Stance{st}
			}
			if r.IntN(100) < 12 {
				actors[zipfActor(r)] = true
			}
			for a := range actors {
				p.Actors = append(p.Actors, a)
			}
			sort.Strings(p.Actors)
			if err := pe.Encode(p); err != nil {
				return "", "", err
			}
		}
		made += np
		d := corpus.Document{Schema: corpus.DocumentSchema, DocID: docID, Input: src.URL, Source: src, Doc: meta,
			Status: corpus.StatusOK, Paragraphs: np, Format: "pdf", Engine: "go", ProcessedAt: "2026-01-01T00:00:00Z", Tagger: tagger}
		if err := de.Encode(d); err != nil {
			return "", "", err
		}
	}
	if err := pw.Flush(); err != nil {
		return "", "", err
	}
	return paraPath, docPath, dw.Flush()
}
