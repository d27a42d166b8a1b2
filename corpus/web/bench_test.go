package web

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
)

// benchParagraphs is the size of the generated benchmark corpus.
const benchParagraphs = 100_000

// benchDB builds (once, cached under os.TempDir) a corpus of
// benchParagraphs generated paragraphs and returns its path.
var benchDB = sync.OnceValues(func() (string, error) {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("normscope-web-bench-%d-v2.db", benchParagraphs))
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	tmp := path + ".building"
	os.Remove(tmp)
	st, err := corpus.Open(tmp)
	if err != nil {
		return "", err
	}
	g := newGenerator(1)
	const perDoc = 500
	for d := 0; d*perDoc < benchParagraphs; d++ {
		doc, paras := g.document(d, perDoc)
		if err := st.PutDocument(context.Background(), doc, paras); err != nil {
			st.Close()
			return "", err
		}
	}
	// As normscope run does after a batch: build the ranking accelerators.
	if err := st.Optimize(context.Background()); err != nil {
		st.Close()
		return "", err
	}
	if err := st.Close(); err != nil {
		return "", err
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	return path, os.Rename(tmp, path)
})

// generator makes paragraphs in the style of the negotiation records
// from a small vocabulary, with tags drawn to resemble a real corpus
// (a few common topics, stances on a fifth of the paragraphs).
type generator struct{ r *rand.Rand }

func newGenerator(seed uint64) *generator {
	return &generator{r: rand.New(rand.NewPCG(seed, seed*7919))}
}

var (
	genSubjects = []string{"States", "Several delegations", "The Chair", "Many Member States", "Some States",
		"The group", "Delegations", "A number of States", "Participants", "The European Union", "My delegation"}
	genVerbs = []string{"called for", "underscored", "recalled", "noted", "welcomed", "opposed", "supported",
		"rejected", "emphasised", "proposed", "expressed concern about", "reaffirmed"}
	genObjects = []string{"a legally binding instrument", "the Points of Contact directory", "capacity-building for developing countries",
		"the applicability of international law", "the eleven voluntary norms", "a Programme of Action",
		"confidence-building measures", "the protection of critical infrastructure", "ransomware attacks on hospitals",
		"the digital divide", "regular institutional dialogue", "the framework of responsible State behaviour",
		"international humanitarian law", "the role of non-governmental stakeholders", "supply chain security",
		"information exchange between national CERTs", "State sovereignty in the information space"}
	genTails = []string{"in the use of information and communications technologies", "in the context of international security",
		"as agreed in previous reports", "without delay", "on a voluntary basis", "in accordance with the Charter of the United Nations",
		"within the open-ended working group", "at the regional and subregional levels", "taking into account national circumstances"}
	genTopics  = []string{"threats", "international_law", "norms", "cbms", "capacity_building", "institutional_dialogue", "other"}
	genIssues  = []string{"binding_instrument", "charter_applies", "ihl_applies", "new_norms", "framework_acquis", "programme_of_action", "multistakeholder", "poc_directory", "cyber_sovereignty"}
	genValues  = []string{"favor", "favor", "against", "neutral"}
	genActors  = []string{"RUS", "CHN", "USA", "GBR", "FRA", "DEU", "IRN", "CUB", "BRA", "IND", "JPN", "AUS", "CAN", "NLD", "EGY", "ZAF", "MEX", "SGP", "KOR", "CHE", "EU", "NAM", "ASEAN", "AU", "G77", "ARAB_GROUP", "WEST", "AUTHOR"}
	genKinds   = []string{"report", "statement", "statement", "statement", "analysis", "resolution", "news"}
	genRareTag = "quantum"
)

func (g *generator) pick(s []string) string { return s[g.r.IntN(len(s))] }

// zipf picks index i with weight 1/(i+1).
func (g *generator) zipf(s []string) string {
	total := 0.0
	for i := range s {
		total += 1 / float64(i+1)
	}
	x := g.r.Float64() * total
	for i := range s {
		x -= 1 / float64(i+1)
		if x <= 0 {
			return s[i]
		}
	}
	return s[len(s)-1]
}

func (g *generator) sentence() (string, string) {
	verb := g.pick(genVerbs)
	return g.pick(genSubjects) + " " + verb + " " + g.pick(genObjects) + " " + g.pick(genTails) + ".", verb
}

func (g *generator) document(d, n int) (corpus.Document, []corpus.Paragraph) {
	docID := fmt.Sprintf("%016x", 0xbe000000+d)
	year := 2019 + d%13
	meta := corpus.DocMeta{
		Title:  fmt.Sprintf("Generated record %d of the working group", d),
		Symbol: fmt.Sprintf("A/AC.%d/%d/%d", 290+d%3, year, d),
		Date:   fmt.Sprintf("%d-%02d-%02d", year, 1+d%12, 1+d%28),
		Kind:   g.pick(genKinds),
		Lang:   "en",
	}
	src := corpus.Source{URL: "https://example.org/gen/" + docID + ".pdf", SHA256: strings.Repeat(docID, 4), ContentType: "application/pdf", FetchedAt: "2031-01-01T00:00:00Z"}
	doc := corpus.Document{Schema: corpus.DocumentSchema, DocID: docID, Input: src.URL, Source: src, Doc: meta, Status: corpus.StatusOK, Paragraphs: n}
	paras := make([]corpus.Paragraph, 0, n)
	for i := 1; i <= n; i++ {
		var b strings.Builder
		var verbs []string
		for range 1 + g.r.IntN(4) {
			s, v := g.sentence()
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s)
			verbs = append(verbs, v)
		}
		if g.r.IntN(1000) == 0 {
			b.WriteString(" Risks from " + genRareTag + " computing were raised.")
		}
		topic := g.zipf(genTopics)
		p := corpus.Paragraph{
			Schema: corpus.ParagraphSchema, ID: corpus.ParagraphID(docID, i), DocID: docID, Seq: i,
			Source: src, Doc: meta, Kind: "paragraph", Page: 1 + i/8, ParaNo: fmt.Sprint(i), Text: b.String(),
			Topic: topic, Topics: []classify.TopicScore{{Label: topic, Score: 0.5 + g.r.Float64()/2}},
		}
		if g.r.IntN(5) == 0 {
			actors := []string{g.pick(genActors)}
			if g.r.IntN(3) == 0 {
				actors = append(actors, g.pick(genActors))
			}
			actors = slices.Compact(actors)
			p.Stances = []classify.Stance{{Issue: g.pick(genIssues), Value: g.pick(genValues), Actors: actors, Cue: verbs[0]}}
			p.Actors = actors
		}
		paras = append(paras, p)
	}
	return doc, paras
}

// BenchmarkSearchPage times the whole search page (query, facets, render)
// over a 100,000-paragraph corpus, and reports p50 and p95 latencies.
//
//	go test -run '^$' -bench SearchPage -benchtime 40x ./corpus/web/
func BenchmarkSearchPage(b *testing.B) {
	path, err := benchDB()
	if err != nil {
		b.Fatal(err)
	}
	st, err := corpus.OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	s, err := New(st, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	s.facets.waitReady()
	if s.facets.get() == nil {
		b.Fatal("facet index not built")
	}
	b.Logf("facet index of %d paragraphs built in %v", benchParagraphs, time.Since(t0))
	cases := []struct{ name, target string }{
		{"common-term", "/?q=States"},
		{"rare-term", "/?q=" + genRareTag},
		{"phrase", "/?q=" + url.QueryEscape(`"legally binding instrument"`)},
		{"term+facets", "/?q=ransomware&topic=threats&actor=RUS"},
		{"term+stance+years", "/?q=" + url.QueryEscape("norms OR sovereignty") + "&stance=new_norms:favor&from=2022&to=2026"},
		{"filters-only", "/?topic=cbms&kind=statement"},
		{"home", "/"},
		{"deep-page", "/?q=States&offset=2000"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			times := make([]time.Duration, 0, b.N)
			for b.Loop() {
				req := httptest.NewRequest(http.MethodGet, c.target, nil)
				rec := httptest.NewRecorder()
				t0 := time.Now()
				s.ServeHTTP(rec, req)
				times = append(times, time.Since(t0))
				if rec.Code != http.StatusOK {
					b.Fatalf("%s: status %d", c.target, rec.Code)
				}
			}
			slices.Sort(times)
			q := func(p float64) float64 {
				return float64(times[min(len(times)-1, int(p*float64(len(times))))].Microseconds()) / 1000
			}
			b.ReportMetric(q(0.50), "p50-ms")
			b.ReportMetric(q(0.95), "p95-ms")
		})
	}
}
