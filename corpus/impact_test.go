package corpus

import (
	"context"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"
)

// withImpacts returns the fixture with every word given a posting list,
// so that queries take the impact path (the default).
func withImpacts(t *testing.T) (*Store, []Paragraph) {
	t.Helper()
	old := postingsMinDF
	postingsMinDF = 1
	defer func() { postingsMinDF = old }()
	return fixture(t)
}

// ftsFixture returns the fixture without posting lists: every query
// takes the FTS5 path.
func ftsFixture(t *testing.T) (*Store, []Paragraph) {
	t.Helper()
	old := postingsMinDF
	postingsMinDF = math.MaxInt32
	defer func() { postingsMinDF = old }()
	return fixture(t)
}

func TestImpactPathMatchesFTS(t *testing.T) {
	fts, _ := ftsFixture(t) // no posting lists: everything goes through FTS5
	imp, _ := withImpacts(t)
	ctx := context.Background()
	queries := []Query{
		{Text: "ransomware"},
		{Text: "the"},
		{Text: "States"},
		{Text: "programme action"},
		{Text: "of the"},
		{Text: `"permanent mechanism"`},
		{Text: `"of the"`},
		{Text: "the -ransomware"},
		{Text: "the NOT \"programme of action\""},
		{Text: "the", Topics: []string{"threats", "cbms"}},
		{Text: "the", Kinds: []string{"report"}, From: "2021-03", To: "2023-02-13"},
		{Text: "the", Actors: []string{"RUR"}},
		{Text: "the", Stances: []string{"programme_of_action:favor", "binding_instrument"}},
		{Text: "the", DocID: "a1b2c3d4e5f60003"},
		{Text: "the", Symbol: "a/80/101"},
		{Text: "the", Limit: 2, Offset: 3},
		{Text: "ransomware OR sovereignty"},
		{Text: "(the OR of) -ransomware"},
		{Text: "direct*"},
		{Text: "the AND (programme OR direct*)", Topics: []string{"cbms", "institutional_dialogue"}},
		{Text: `"legally binding" OR ransomware`},
	}
	for _, q := range queries {
		q.Facets = true
		a, err := fts.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		b, err := imp.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		// The impact path must have been taken for these queries.
		tq, _ := ParseQuery(q.Text)
		ir, err := imp.impactSearch(ctx, imp.db, tq, withDefaults(q))
		// A phrase of frequent words under OR needs FTS5.
		wantImpact := q.Text != `"legally binding" OR ransomware`
		if err != nil || (ir != nil) != wantImpact {
			t.Errorf("%+v: impact path taken = %v, want %v (%v)", q, ir != nil, wantImpact, err)
		}
		if a.Total != b.Total {
			t.Errorf("%+v: total fts %d, impacts %d", q, a.Total, b.Total)
		}
		for _, key := range FacetKeys {
			fa, fb := map[string]int{}, map[string]int{}
			for _, f := range a.Facets[key] {
				fa[f.Value] = f.Count
			}
			for _, f := range b.Facets[key] {
				fb[f.Value] = f.Count
			}
			if !maps.Equal(fa, fb) {
				t.Errorf("%+v: facet %s: fts %v, impacts %v", q, key, fa, fb)
			}
		}
		if q.Limit == 0 {
			ga, gb := hitIDs(a), hitIDs(b)
			sort.Strings(ga)
			sort.Strings(gb)
			if !slices.Equal(ga, gb) {
				t.Errorf("%+v: hits fts %v, impacts %v", q, ga, gb)
			}
		}
		// Scores agree (BM25 with the same parameters) up to quantisation,
		// for non-phrase queries, hit by hit in rank order.
		if strings.ContainsAny(q.Text, `"*`) {
			continue // phrases and prefixes are scored per word on the impact path
		}
		for i := range min(len(a.Hits), len(b.Hits)) {
			sa, sb := a.Hits[i].Score, b.Hits[i].Score
			if math.Abs(sa-sb) > 1e-3*math.Max(1, math.Abs(sa)) {
				t.Errorf("%+v: hit %d score fts %.6f (%s), impacts %.6f (%s)", q, i, sa, a.Hits[i].Paragraph.ID, sb, b.Hits[i].Paragraph.ID)
			}
		}
	}
}

func withDefaults(q Query) Query {
	if q.Limit == 0 {
		q.Limit = 20
	}
	return q
}

func TestImpactsGoStaleOnWrite(t *testing.T) {
	s, paras := withImpacts(t)
	ctx := context.Background()
	tq, _ := ParseQuery("the")
	taken := func() bool {
		ir, err := s.impactSearch(ctx, s.db, tq, withDefaults(Query{}))
		if err != nil {
			t.Fatal(err)
		}
		return ir != nil
	}
	if !taken() {
		t.Fatal("impact path not taken after Rebuild")
	}
	d, ps, err := s.DocumentParagraphs(ctx, paras[0].DocID)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutDocument(ctx, *d, ps[:2]); err != nil {
		t.Fatal(err)
	}
	if taken() {
		t.Error("impact path taken with stale posting lists")
	}
	// Search stays correct through FTS5.
	res, err := s.Search(ctx, Query{Text: "hospitals"})
	if err != nil || res.Total != 0 {
		t.Errorf("after write: %v %v", res, err)
	}
	if err := s.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	if !taken() {
		t.Error("impact path not taken after Optimize")
	}
	res, err = s.Search(ctx, Query{Text: "the"})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if h.Paragraph.DocID == paras[0].DocID && h.Paragraph.Seq >= 2 {
			t.Errorf("removed paragraph %s still found", h.Paragraph.ID)
		}
	}
}

func TestHighlightSpans(t *testing.T) {
	tests := []struct {
		text, query string
		want        []string // matched span texts
	}{
		{"Ransomware hit hospitals; ransomware again.", "ransomware", []string{"Ransomware", "ransomware"}},
		{"The Programme of Action and a programme.", `"programme of action"`, []string{"Programme of Action"}},
		{"Cyber-attacks and cybersecurity", "cyber*", []string{"Cyber", "cybersecurity"}},
		{"Le débat continue", "debat", []string{"débat"}},
		{"ransomware and hospitals", "ransomware -hospitals", []string{"ransomware"}},
		{"nothing here", "ransomware", nil},
	}
	for _, tt := range tests {
		tq, err := ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		spans := highlightSpans(tt.text, tq.root)
		var got []string
		joined := ""
		for _, sp := range spans {
			joined += sp.Text
			if sp.Match {
				got = append(got, sp.Text)
			}
		}
		if joined != tt.text {
			t.Errorf("%q: spans do not rebuild the text: %q", tt.query, joined)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q on %q: matches %q, want %q", tt.query, tt.text, got, tt.want)
		}
	}
}

func TestIndexReadsFTSAverages(t *testing.T) {
	s, paras := withImpacts(t)
	ctx := context.Background()
	ix, err := s.index(ctx, s.db)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, p := range paras {
		total += len(tokenize(p.Text))
	}
	if ix.n != float64(len(paras)) {
		t.Errorf("n = %v, want %d", ix.n, len(paras))
	}
	if want := float64(total) / float64(len(paras)); math.Abs(ix.avgdl-want) > 1e-9 {
		t.Errorf("avgdl = %v, want %v (Go tokenizer and FTS5 disagree?)", ix.avgdl, want)
	}
}

func TestSQLiteVarint(t *testing.T) {
	tests := []struct {
		in   []byte
		want uint64
		n    int
	}{
		{[]byte{0x05}, 5, 1},
		{[]byte{0x81, 0x00}, 128, 2},
		{[]byte{0xff, 0x7f}, 16383, 2},
		{[]byte{0x81, 0x80, 0x00}, 16384, 3},
		{[]byte{0x80}, 0, 0},
		{nil, 0, 0},
	}
	for _, tt := range tests {
		v, n := sqliteVarint(tt.in)
		if v != tt.want || n != tt.n {
			t.Errorf("sqliteVarint(%x) = %d, %d; want %d, %d", tt.in, v, n, tt.want, tt.n)
		}
	}
}

func TestAdvance(t *testing.T) {
	pks := []uint32{}
	for i := uint32(0); i < 5000; i += 3 {
		pks = append(pks, i)
	}
	for _, k0 := range []int{0, 1, 10, 100, 1000, len(pks)} {
		for _, pk := range []uint32{0, 1, 2, 3, 29, 30, 31, 3000, 4998, 4999, 5000, 9000} {
			want := k0 + sort.Search(len(pks)-k0, func(i int) bool { return pks[k0+i] >= pk })
			if got := advance(pks, k0, pk); got != want {
				t.Errorf("advance(k=%d, pk=%d) = %d, want %d", k0, pk, got, want)
			}
		}
	}
}
