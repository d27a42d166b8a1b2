package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/normscope/normscope/corpus"
)

// Fixture IDs (testdata/paragraphs.jsonl, invented texts).
const (
	docReport    = "aaaa000000000001"
	docStatement = "bbbb000000000002"
	docAnalysis  = "cccc000000000003"
	paraHeading  = docReport + "-0001"
	paraRansom   = docReport + "-0002"
	paraBinding  = docReport + "-0003"
	paraPoC      = docReport + "-0004"
	paraScript   = docReport + "-0005"
	paraCanLaw   = docStatement + "-0001"
	paraCanBind  = docStatement + "-0002"
	paraCanRans  = docStatement + "-0003"
	paraCapacity = docAnalysis + "-0001"
	paraPoA      = docAnalysis + "-0002"
)

// buildCorpus writes the records of testdata into a new corpus database
// in a temp dir and returns its path.
func buildCorpus(t testing.TB, paraFile, docFile string) string {
	t.Helper()
	paras, err := corpus.ReadParagraphs(paraFile)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := corpus.ReadDocuments(docFile)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "corpus.db")
	st, err := corpus.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[string][]corpus.Paragraph{}
	for _, p := range paras {
		byDoc[p.DocID] = append(byDoc[p.DocID], p)
	}
	for _, d := range docs {
		if err := st.PutDocument(context.Background(), d, byDoc[d.DocID]); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// newTestServer serves the fixture corpus, opened read-only as normscope
// serve does.
func newTestServer(t testing.TB) *Server {
	t.Helper()
	return serveReadOnly(t, buildCorpus(t, filepath.Join("testdata", "paragraphs.jsonl"), filepath.Join("testdata", "documents.jsonl")))
}

// serveReadOnly opens the corpus at path read-only, as normscope serve
// does, and returns its server once the facet index is built.
func serveReadOnly(t testing.TB, path string) *Server {
	t.Helper()
	st, err := corpus.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s, err := New(st, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	s.facets.waitReady()
	if s.facets.get() == nil {
		t.Fatal("facet index not built")
	}
	return s
}

// withoutFacetIndex returns a copy of s that always takes its facet
// counts from corpus.Search.
func withoutFacetIndex(s *Server) *Server {
	c := *s
	c.facets = &facetSource{disabled: true}
	return &c
}

type response struct {
	Code   int
	Header http.Header
	Body   string
}

func do(t testing.TB, h http.Handler, method, target string) response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{Code: rec.Code, Header: rec.Result().Header, Body: rec.Body.String()}
}

func get(t testing.TB, h http.Handler, target string) response {
	t.Helper()
	return do(t, h, http.MethodGet, target)
}

func parseHTML(t testing.TB, body string) *goquery.Document {
	t.Helper()
	d, err := goquery.NewDocumentFromReader(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// hitIDs returns the paragraph IDs of the results on a search page, in order.
func hitIDs(d *goquery.Document) []string {
	var ids []string
	d.Find("li.hit a.permalink").Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("href")
		ids = append(ids, strings.TrimPrefix(href, "/p/"))
	})
	return ids
}

// facetLink returns the href of the facet value in the group with the
// given heading.
func facetLink(t testing.TB, d *goquery.Document, group, value string) string {
	t.Helper()
	var href string
	d.Find("section.facet").Each(func(_ int, g *goquery.Selection) {
		if strings.TrimSpace(g.Find("h2").Text()) != group {
			return
		}
		g.Find("li a").Each(func(_ int, a *goquery.Selection) {
			v := strings.TrimSpace(strings.TrimPrefix(a.Find(".v").Text(), "✓ "))
			if v == value {
				href, _ = a.Attr("href")
			}
		})
	})
	if href == "" {
		t.Fatalf("no facet link %s / %s", group, value)
	}
	return href
}

// generatedServer serves a corpus of docs x perDoc generated paragraphs
// (see generator in bench_test.go).
func generatedServer(t testing.TB, docs, perDoc int) *Server {
	t.Helper()
	return serveGenerated(t, docs, perDoc, 2, false)
}

// serveGenerated builds a corpus of docs x perDoc paragraphs from the
// generator with seed, optionally optimised (posting lists current, as
// after normscope run), and serves it read-only.
func serveGenerated(t testing.TB, docs, perDoc int, seed uint64, optimize bool) *Server {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "corpus.db")
	st, err := corpus.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	g := newGenerator(seed)
	for d := range docs {
		doc, paras := g.document(d, perDoc)
		if err := st.PutDocument(ctx, doc, paras); err != nil {
			t.Fatal(err)
		}
	}
	if optimize {
		if err := st.Optimize(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return serveReadOnly(t, path)
}
