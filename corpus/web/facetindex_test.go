package web

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/url"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
)

// TestFacetIndexMatchesCorpus checks the in-memory counts against
// corpus.Search on the fixture and on a generated corpus.
func TestFacetIndexMatchesCorpus(t *testing.T) {
	small := newTestServer(t)
	gen := generatedServer(t, 12, 150)
	queries := []string{
		"", "q=ransomware", "q=binding", "q=" + url.QueryEscape(`"legally binding"`), "q=treaty+OR+gender",
		"topic=threats", "topic=threats&topic=cbms", "actor=CAN", "actor=rus&actor=USA", "kind=statement",
		"stance=binding_instrument", "stance=binding_instrument:against", "from=2031", "to=2030-12", "from=2031-03-02&to=2031-03-02",
		"q=States&topic=norms&kind=statement", "q=called+for&stance=new_norms:favor&from=2022&to=2026",
		"q=quantum", "q=nothingmatchesthis", "actor=RUS&stance=poc_directory&from=2020-06",
	}
	for _, srv := range []*Server{small, gen} {
		ix := srv.facets.get()
		for _, raw := range queries {
			v, _ := url.ParseQuery(raw)
			p, err := parseParams(v, srv.opts, MaxPageSize)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ix.count(context.Background(), srv.store.DB(), p)
			if err != nil {
				t.Fatalf("%s: %v", raw, err)
			}
			q := p.query()
			q.Facets, q.ExactTotal = true, true
			want, err := srv.store.Search(context.Background(), q)
			if err != nil {
				t.Fatalf("%s: %v", raw, err)
			}
			if got.Total != want.Total {
				t.Errorf("%s: total %d, corpus %d", raw, got.Total, want.Total)
			}
			for _, k := range corpus.FacetKeys {
				if !equalCounts(got.Facets[k], want.Facets[k]) {
					t.Errorf("%s: facet %s\n got  %v\n want %v", raw, k, got.Facets[k], want.Facets[k])
				}
			}
			// Own counts of a filtered field = corpus facets without that filter.
			for _, f := range filterFields {
				if len(*p.field(f.param)) == 0 {
					continue
				}
				p2 := p.clone()
				*p2.field(f.param) = nil
				q2 := p2.query()
				q2.Facets = true
				w2, err := srv.store.Search(context.Background(), q2)
				if err != nil {
					t.Fatal(err)
				}
				if !equalCounts(got.Own[f.facet], w2.Facets[f.facet]) {
					t.Errorf("%s: own %s\n got  %v\n want %v", raw, f.facet, got.Own[f.facet], w2.Facets[f.facet])
				}
			}
		}
	}
}

func equalCounts(a, b []corpus.FacetCount) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	return reflect.DeepEqual(a, b)
}

// TestSearchPageSameWithoutIndex renders pages with and without the
// facet index: the facet sidebars must be identical.
func TestSearchPageSameWithoutIndex(t *testing.T) {
	s := newTestServer(t)
	plain := withoutFacetIndex(s)
	for _, target := range []string{"/", "/?q=binding", "/?q=binding&actor=USA", "/?topic=threats&topic=cbms",
		"/?stance=binding_instrument&from=2031", "/?q=ransomware&kind=statement&actor=CAN"} {
		a := parseHTML(t, get(t, s, target).Body)
		b := parseHTML(t, get(t, plain, target).Body)
		fa, _ := a.Find("aside.facets").Html()
		fb, _ := b.Find("aside.facets").Html()
		if fa != fb {
			t.Errorf("%s: facets differ\n index: %s\n corpus: %s", target, fa, fb)
		}
		if ha, hb := hitIDs(a), hitIDs(b); !reflect.DeepEqual(ha, hb) {
			t.Errorf("%s: hits differ: %v vs %v", target, ha, hb)
		}
	}
}

// TestListFromIndexMatchesCorpus: filter-only pages from the index are the
// ones corpus.Search gives (same paragraphs, order, snippets, total).
func TestListFromIndexMatchesCorpus(t *testing.T) {
	small := newTestServer(t)
	gen := generatedServer(t, 12, 150)
	queries := []string{
		"", "limit=3&offset=4", "topic=threats", "topic=norms&kind=statement&offset=20", "actor=RUS&actor=CHN",
		"stance=binding_instrument", "stance=new_norms:favor&from=2022&to=2026", "from=2031-03", "to=2020&limit=100",
		"kind=nosuchkind", "offset=5000",
	}
	for _, srv := range []*Server{small, gen} {
		ix := srv.facets.get()
		for _, raw := range queries {
			v, _ := url.ParseQuery(raw)
			p, err := parseParams(v, srv.opts, MaxPageSize)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ix.listFromIndex(context.Background(), srv.store, p)
			if err != nil {
				t.Fatalf("%s: %v", raw, err)
			}
			q := p.query()
			q.ExactTotal = true
			want, err := srv.store.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			// The exact total, counted from offset 0 (corpus.Search reports
			// offset+len(page) as the total for an offset past the end).
			q.Offset, q.Limit = 0, 1
			exact, err := srv.store.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			if got.Total != exact.Total || len(got.Hits) != len(want.Hits) {
				t.Fatalf("%s: total %d / %d hits, corpus %d / %d", raw, got.Total, len(got.Hits), exact.Total, len(want.Hits))
			}
			for i := range got.Hits {
				g, w := got.Hits[i], want.Hits[i]
				if g.Paragraph.ID != w.Paragraph.ID || !reflect.DeepEqual(g.Snippet, w.Snippet) {
					t.Errorf("%s: hit %d: %s %v, corpus %s %v", raw, i, g.Paragraph.ID, g.Snippet, w.Paragraph.ID, w.Snippet)
				}
			}
		}
	}
	// Bad filters are refused as corpus refuses them.
	p := params{Stances: []string{"binding_instrument:maybe"}, Limit: 10}
	if _, err := small.facets.get().listFromIndex(context.Background(), small.store, p); !errors.Is(err, corpus.ErrBadQuery) {
		t.Errorf("bad stance: %v", err)
	}
}

// TestValidateFiltersAgreesWithCorpus: the index path refuses exactly
// the filters corpus.Search refuses.
func TestValidateFiltersAgreesWithCorpus(t *testing.T) {
	s := newTestServer(t)
	cases := []params{
		{Stances: []string{"binding_instrument"}}, {Stances: []string{"binding_instrument:favor"}},
		{Stances: []string{":favor"}}, {Stances: []string{"binding_instrument:"}}, {Stances: []string{"x:maybe"}},
		{Stances: []string{"a:b:c"}}, {From: "2031"}, {From: "2031-02"}, {From: "2031-02-30"}, {From: "2031-13"},
		{To: "2031-00"}, {To: "2031-01-32"}, {From: "31"}, {From: "2031/01"}, {From: "2031-1-1"},
		{From: "2031", To: "2030"}, {From: "2031-05", To: "2031"}, {From: "2031-05-02", To: "2031-05-01"},
		{From: "2031-12-31", To: "2031"}, {From: "abcd"},
	}
	for _, p := range cases {
		p.Limit = 1
		mine := validateFilters(p)
		_, theirs := s.store.Search(context.Background(), p.query())
		if (mine == nil) != (theirs == nil) || mine != nil && !errors.Is(mine, corpus.ErrBadQuery) {
			t.Errorf("%+v: validateFilters %v, corpus %v", p, mine, theirs)
		}
	}
}

// TestDatabaseChangesAreSeen: a write by another process (here another
// Store) shows up in charts, facets and totals without a restart.
func TestDatabaseChangesAreSeen(t *testing.T) {
	path := buildCorpus(t, filepath.Join("testdata", "paragraphs.jsonl"), filepath.Join("testdata", "documents.jsonl"))
	ro, err := corpus.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	s, err := New(ro, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	s.facets.waitReady()
	if body := get(t, s, "/charts/stance-matrix.svg").Body; strings.Contains(body, "NZL") {
		t.Fatal("NZL before the write")
	}
	if r := get(t, s, "/api/search?actor=NZL"); !strings.Contains(r.Body, `"total":0`) {
		t.Fatalf("before the write: %s", r.Body)
	}

	w, err := corpus.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	meta := corpus.DocMeta{Title: "Statement by New Zealand", Date: "2031-05-05", Kind: "statement", Lang: "en"}
	p := corpus.Paragraph{Schema: corpus.ParagraphSchema, ID: "dddd000000000004-0001", DocID: "dddd000000000004", Seq: 1,
		Doc: meta, Kind: "paragraph", Text: "New Zealand supports the Programme of Action.", Topic: "institutional_dialogue",
		Stances: []classify.Stance{{Issue: "programme_of_action", Value: "favor", Actors: []string{"NZL"}, Cue: "supports"}},
		Actors:  []string{"NZL"}}
	if err := w.PutDocument(context.Background(), corpus.Document{Schema: corpus.DocumentSchema, DocID: p.DocID, Doc: meta, Status: "ok"}, []corpus.Paragraph{p}); err != nil {
		t.Fatal(err)
	}
	w.Close()

	if body := get(t, s, "/charts/stance-matrix.svg").Body; !strings.Contains(body, "NZL") {
		t.Error("chart cache not refreshed after the write")
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		r := get(t, s, "/api/search?actor=NZL")
		if strings.Contains(r.Body, `"total":1`) && strings.Contains(r.Body, `{"value":"NZL","count":1}`) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("write not seen: %s", r.Body)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Once rebuilt, the index (not the fallback) answers, with the new row.
	for s.facets.get() == nil && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	d := parseHTML(t, get(t, s, "/?actor=NZL").Body)
	if ids := hitIDs(d); len(ids) != 1 || ids[0] != p.ID {
		t.Errorf("index listing after the write: %v", ids)
	}
}
