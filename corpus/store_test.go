package corpus

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// fixture opens a new store in a temp dir loaded with testdata records and
// returns it with the records themselves.
func fixture(t testing.TB) (*Store, []Paragraph) {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	pf, err := os.Open("testdata/paragraphs.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	df, err := os.Open("testdata/documents.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer df.Close()
	if err := s.Rebuild(context.Background(), pf, df); err != nil {
		t.Fatal(err)
	}
	return s, loadParas(t)
}

func loadParas(t testing.TB) []Paragraph {
	t.Helper()
	f, err := os.Open("testdata/paragraphs.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Paragraph
	if err := readJSONL(f, func(_ int, b []byte) error {
		var p Paragraph
		if err := jsonUnmarshal(b, &p); err != nil {
			return err
		}
		out = append(out, p)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func hitIDs(r *Results) []string {
	var ids []string
	for _, h := range r.Hits {
		ids = append(ids, h.Paragraph.ID)
	}
	return ids
}

// idsWhere returns the IDs of the fixture records satisfying pred, sorted.
func idsWhere(paras []Paragraph, pred func(p Paragraph) bool) []string {
	var ids []string
	for _, p := range paras {
		if pred(p) {
			ids = append(ids, p.ID)
		}
	}
	sort.Strings(ids)
	return ids
}

func has(text string, words ...string) bool {
	toks := tokenize(text)
	for _, w := range words {
		if !slices.Contains(toks, w) {
			return false
		}
	}
	return true
}

func TestSearchText(t *testing.T) {
	t.Run("impacts", func(t *testing.T) { s, paras := fixture(t); testSearchText(t, s, paras) })
	t.Run("fts", func(t *testing.T) { s, paras := ftsFixture(t); testSearchText(t, s, paras) })
}

func testSearchText(t *testing.T, s *Store, paras []Paragraph) {
	ctx := context.Background()
	tests := []struct {
		query string
		want  func(p Paragraph) bool
	}{
		{"ransomware", func(p Paragraph) bool { return has(p.Text, "ransomware") }},
		{"RANSOMWARE", func(p Paragraph) bool { return has(p.Text, "ransomware") }},
		{"debat", func(p Paragraph) bool { return strings.Contains(p.Text, "débat") }},
		{"programme action", func(p Paragraph) bool { return has(p.Text, "programme", "action") }},
		{"programme AND action", func(p Paragraph) bool { return has(p.Text, "programme", "action") }},
		{`"permanent mechanism"`, func(p Paragraph) bool { return strings.Contains(strings.ToLower(p.Text), "permanent mechanism") }},
		{"ransomware OR sovereignty", func(p Paragraph) bool { return has(p.Text, "ransomware") || has(p.Text, "sovereignty") }},
		{"ransomware NOT hospitals", func(p Paragraph) bool { return has(p.Text, "ransomware") && !has(p.Text, "hospitals") }},
		{"ransomware -hospitals", func(p Paragraph) bool { return has(p.Text, "ransomware") && !has(p.Text, "hospitals") }},
		{"direct*", func(p Paragraph) bool { return strings.Contains(strings.ToLower(p.Text), "direct") }},
		{"(ransomware OR treaty) AND States", func(p Paragraph) bool {
			return (has(p.Text, "ransomware") || has(p.Text, "treaty")) && has(p.Text, "states")
		}},
		{`"legally binding" -Ruritania`, func(p Paragraph) bool {
			return strings.Contains(p.Text, "legally binding") && !has(p.Text, "ruritania")
		}},
		{"capacity-building", func(p Paragraph) bool { return strings.Contains(strings.ToLower(p.Text), "capacity-building") }},
		{"nonexistentword", func(p Paragraph) bool { return false }},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := s.Search(ctx, Query{Text: tt.query, Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			got := hitIDs(res)
			sort.Strings(got)
			want := idsWhere(paras, tt.want)
			if !slices.Equal(got, want) {
				t.Errorf("query %q: got %v, want %v", tt.query, got, want)
			}
			if res.Total != len(want) {
				t.Errorf("query %q: total %d, want %d", tt.query, res.Total, len(want))
			}
			for _, h := range res.Hits {
				if h.Score <= 0 {
					t.Errorf("hit %s: score %v, want > 0", h.Paragraph.ID, h.Score)
				}
				matched := false
				for _, sp := range h.Snippet {
					matched = matched || sp.Match
				}
				if !matched {
					t.Errorf("hit %s: snippet %v has no match span", h.Paragraph.ID, h.Snippet)
				}
			}
		})
	}
}

func TestSearchRanking(t *testing.T) {
	s, _ := fixture(t)
	res, err := s.Search(context.Background(), Query{Text: "ransomware"})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(res.Hits); i++ {
		if res.Hits[i].Score > res.Hits[i-1].Score {
			t.Errorf("hits not in descending score order: %v then %v", res.Hits[i-1].Score, res.Hits[i].Score)
		}
	}
}

func TestSearchFilters(t *testing.T) {
	t.Run("impacts", func(t *testing.T) { s, paras := fixture(t); testSearchFilters(t, s, paras) })
	t.Run("fts", func(t *testing.T) { s, paras := ftsFixture(t); testSearchFilters(t, s, paras) })
}

func testSearchFilters(t *testing.T, s *Store, paras []Paragraph) {
	ctx := context.Background()
	stanceIs := func(p Paragraph, issue, value string) bool {
		for _, st := range p.Stances {
			if st.Issue == issue && (value == "" || st.Value == value) {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name string
		q    Query
		want func(p Paragraph) bool
	}{
		{"topic", Query{Topics: []string{"threats"}}, func(p Paragraph) bool { return p.Topic == "threats" }},
		{"two topics", Query{Topics: []string{"threats", "cbms"}}, func(p Paragraph) bool { return p.Topic == "threats" || p.Topic == "cbms" }},
		{"stance issue:value", Query{Stances: []string{"binding_instrument:favor"}}, func(p Paragraph) bool { return stanceIs(p, "binding_instrument", "favor") }},
		{"stance issue", Query{Stances: []string{"binding_instrument"}}, func(p Paragraph) bool { return stanceIs(p, "binding_instrument", "") }},
		{"actor", Query{Actors: []string{"RUR"}}, func(p Paragraph) bool { return slices.Contains(p.Actors, "RUR") }},
		{"actor lower case", Query{Actors: []string{"rur"}}, func(p Paragraph) bool { return slices.Contains(p.Actors, "RUR") }},
		{"from year", Query{From: "2023"}, func(p Paragraph) bool { return p.Doc.Date >= "2023" }},
		{"to year", Query{To: "2022"}, func(p Paragraph) bool { return p.Doc.Date < "2023" }},
		{"to month", Query{To: "2022-07"}, func(p Paragraph) bool { return p.Doc.Date < "2022-08" }},
		{"to day before", Query{To: "2022-07-24"}, func(p Paragraph) bool { return p.Doc.Date <= "2022-07-24" }},
		{"range", Query{From: "2022-01", To: "2023-12-31"}, func(p Paragraph) bool { return p.Doc.Date >= "2022-01" && p.Doc.Date <= "2023-12-31" }},
		{"kind", Query{Kinds: []string{"statement"}}, func(p Paragraph) bool { return p.Doc.Kind == "statement" }},
		{"symbol", Query{Symbol: "a/80/101"}, func(p Paragraph) bool { return p.Doc.Symbol == "A/80/101" }},
		{"doc", Query{DocID: "a1b2c3d4e5f60003"}, func(p Paragraph) bool { return p.DocID == "a1b2c3d4e5f60003" }},
		{"text and topic", Query{Text: "ransomware", Topics: []string{"threats"}}, func(p Paragraph) bool { return has(p.Text, "ransomware") && p.Topic == "threats" }},
		{"text and actor and date", Query{Text: "programme", Actors: []string{"RUR", "WEST"}, From: "2024"},
			func(p Paragraph) bool {
				return has(p.Text, "programme") && (slices.Contains(p.Actors, "RUR") || slices.Contains(p.Actors, "WEST")) && p.Doc.Date >= "2024"
			}},
		{"text and stance nothing", Query{Text: "ransomware", Stances: []string{"binding_instrument"}}, func(p Paragraph) bool { return false }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Limit = 100
			res, err := s.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got := hitIDs(res)
			sort.Strings(got)
			want := idsWhere(paras, tt.want)
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
			if res.Total != len(want) {
				t.Errorf("total %d, want %d", res.Total, len(want))
			}
		})
	}
}

func TestSearchDocumentOrderAndPaging(t *testing.T) {
	s, paras := fixture(t)
	ctx := context.Background()
	// Fixture documents are in date order, so file order is document order.
	var all []string
	for off := 0; off < len(paras); off += 5 {
		res, err := s.Search(ctx, Query{Limit: 5, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != len(paras) {
			t.Fatalf("total %d, want %d", res.Total, len(paras))
		}
		all = append(all, hitIDs(res)...)
	}
	var want []string
	for _, p := range paras {
		want = append(want, p.ID)
	}
	if !slices.Equal(all, want) {
		t.Errorf("pages:\n got %v\nwant %v", all, want)
	}
}

func TestFacetsEqualDirectCounts(t *testing.T) {
	t.Run("impacts", func(t *testing.T) { s, paras := fixture(t); testFacets(t, s, paras) })
	t.Run("fts", func(t *testing.T) { s, paras := ftsFixture(t); testFacets(t, s, paras) })
}

func testFacets(t *testing.T, s *Store, paras []Paragraph) {
	for _, q := range []Query{{}, {Text: "ransomware OR programme OR directory"}, {Topics: []string{"institutional_dialogue", "cbms"}}} {
		q.Facets = true
		res, err := s.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		// All matches, for direct counting.
		q.Limit = 1000
		q.Facets = false
		all, err := s.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		matched := map[string]bool{}
		for _, h := range all.Hits {
			matched[h.Paragraph.ID] = true
		}
		want := map[string]map[string]int{"topic": {}, "stance": {}, "actor": {}, "year": {}, "kind": {}}
		for _, p := range paras {
			if !matched[p.ID] {
				continue
			}
			want["topic"][p.Topic]++
			want["year"][p.Doc.Date[:4]]++
			want["kind"][p.Doc.Kind]++
			seen := map[string]bool{}
			for _, st := range p.Stances {
				k := st.Issue + ":" + st.Value
				if !seen[k] {
					want["stance"][k]++
					seen[k] = true
				}
			}
			for _, a := range p.Actors {
				want["actor"][a]++
			}
		}
		for key, wm := range want {
			got := map[string]int{}
			for _, fc := range res.Facets[key] {
				got[fc.Value] = fc.Count
			}
			if len(got) != len(wm) {
				t.Errorf("query %+v facet %s: got %v, want %v", q, key, got, wm)
				continue
			}
			for v, n := range wm {
				if got[v] != n {
					t.Errorf("query %+v facet %s=%s: got %d, want %d", q, key, v, got[v], n)
				}
			}
		}
	}
}

func TestKWIC(t *testing.T) {
	s, _ := fixture(t)
	res, err := s.Search(context.Background(), Query{Text: "mechanism OR directory", KWIC: 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 {
		t.Fatal("no hits")
	}
	for _, h := range res.Hits {
		if len(h.KWIC) == 0 {
			t.Errorf("hit %s: no KWIC lines", h.Paragraph.ID)
		}
		for _, l := range h.KWIC {
			m := strings.ToLower(l.Match)
			if m != "mechanism" && m != "directory" {
				t.Errorf("KWIC match %q is not a query word", l.Match)
			}
			if n := len([]rune(l.Left)); n > 20 {
				t.Errorf("left context %q is %d chars, want <= 20", l.Left, n)
			}
			if n := len([]rune(l.Right)); n > 20 {
				t.Errorf("right context %q is %d chars, want <= 20", l.Right, n)
			}
			if !strings.Contains(h.Paragraph.Text, strings.TrimSpace(l.Left)+" "+l.Match) && strings.TrimSpace(l.Left) != "" {
				t.Errorf("KWIC line %+v does not come from text %q", l, h.Paragraph.Text)
			}
		}
	}
}

func TestBadQueries(t *testing.T) {
	s, _ := fixture(t)
	bad := []string{
		`"unbalanced quote`,
		`ransomware AND`,
		`AND ransomware`,
		`NOT`,
		`NOT ransomware`,
		`-ransomware`,
		`*`,
		`ran*som`,
		`text:foo`,
		`NEAR(ransomware treaty)`,
		`(ransomware OR treaty`,
		`ransomware)`,
		`ransomware OR`,
		`OR ransomware`,
		`ransomware AND AND treaty`,
		`""`,
		`ransomware OR NOT treaty`,
		"",
		"   ",
	}
	for _, q := range bad {
		t.Run(q, func(t *testing.T) {
			_, err := ParseQuery(q)
			if !errors.Is(err, ErrBadQuery) {
				t.Errorf("ParseQuery(%q) error = %v, want ErrBadQuery", q, err)
			}
			if strings.TrimSpace(q) == "" {
				return // an empty Text is a filter-only listing in Search
			}
			if _, err := s.Search(context.Background(), Query{Text: q}); !errors.Is(err, ErrBadQuery) {
				t.Errorf("Search(%q) error = %v, want ErrBadQuery", q, err)
			}
		})
	}
	badFilters := []Query{
		{From: "2021-13"}, {To: "21"}, {From: "2024", To: "2023"}, {Stances: []string{"binding_instrument:maybe"}},
		{Stances: []string{":favor"}}, {Offset: -1}, {KWIC: -3},
	}
	for _, q := range badFilters {
		if _, err := s.Search(context.Background(), q); !errors.Is(err, ErrBadQuery) {
			t.Errorf("Search(%+v) error = %v, want ErrBadQuery", q, err)
		}
	}
}

func TestInjectionLeavesDatabaseIntact(t *testing.T) {
	s, paras := fixture(t)
	ctx := context.Background()
	attacks := []string{
		`'); DROP TABLE paragraphs; --`,
		`" OR 1=1 --`,
		`ransomware"; DELETE FROM paragraphs; --`,
		`x' UNION SELECT * FROM sqlite_master --`,
		`paragraphs_fts: *`,
		`{text}: ransomware`,
		`^ransomware`,
		`ransomware + treaty`,
	}
	for _, a := range attacks {
		for _, q := range []Query{{Text: a}, {Topics: []string{a}}, {Actors: []string{a}}, {Stances: []string{a}}, {Symbol: a}, {Kinds: []string{a}}} {
			_, err := s.Search(ctx, q)
			if err != nil && !errors.Is(err, ErrBadQuery) {
				t.Errorf("Search(%+v): unexpected error %v", q, err)
			}
		}
		if _, err := s.Stats(ctx, []string{"topic"}, Query{Text: a}); err != nil && !errors.Is(err, ErrBadQuery) {
			t.Errorf("Stats(%q): unexpected error %v", a, err)
		}
	}
	var n int
	if err := s.DB().QueryRow(`SELECT count(*) FROM paragraphs`).Scan(&n); err != nil || n != len(paras) {
		t.Fatalf("paragraphs after attacks: %d (%v), want %d", n, err, len(paras))
	}
	res, err := s.Search(ctx, Query{Text: "ransomware"})
	if err != nil || res.Total == 0 {
		t.Fatalf("index broken after attacks: %v %v", res, err)
	}
}

func TestParseQueryMatch(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ransomware", `"ransomware"`},
		{"a b", `("a" AND "b")`},
		{"a OR b c", `("a" OR ("b" AND "c"))`},
		{`"a b"*`, `"a b" *`},
		{"cyber*", `"cyber" *`},
		{"a -b NOT c", `(("a" NOT "b") NOT "c")`},
		{`it's`, `"it's"`},
		{`a "quo""te"`, `("a" AND "quo" AND "te")`},
		{`self-defence`, `"self-defence"`},
		{`ransomware ;`, `"ransomware"`},
		{`"a" OR b AND c`, `("a" OR ("b" AND "c"))`},
	}
	for _, tt := range tests {
		tq, err := ParseQuery(tt.in)
		if err != nil {
			t.Errorf("ParseQuery(%q): %v", tt.in, err)
			continue
		}
		if tq.Match != tt.want {
			t.Errorf("ParseQuery(%q) = %s, want %s", tt.in, tq.Match, tt.want)
		}
	}
}

func TestParagraphAccess(t *testing.T) {
	s, paras := fixture(t)
	ctx := context.Background()
	p, err := s.Paragraph(ctx, paras[4].ID)
	if err != nil {
		t.Fatal(err)
	}
	if p.Text != paras[4].Text || p.Topic != paras[4].Topic || len(p.Stances) != len(paras[4].Stances) ||
		!slices.Equal(p.Actors, paras[4].Actors) || p.Doc != paras[4].Doc || p.Source.URL != paras[4].Source.URL {
		t.Errorf("round trip: got %+v, want %+v", p, paras[4])
	}
	if _, err := s.Paragraph(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing paragraph: %v", err)
	}
	prev, next, err := s.Neighbours(ctx, paras[4].ID)
	if err != nil || prev != paras[3].ID || next != paras[5].ID {
		t.Errorf("Neighbours = %q, %q, %v; want %q, %q", prev, next, err, paras[3].ID, paras[5].ID)
	}
	prev, _, err = s.Neighbours(ctx, paras[0].ID)
	if err != nil || prev != "" {
		t.Errorf("first paragraph prev = %q, %v", prev, err)
	}
	d, ps, err := s.DocumentParagraphs(ctx, paras[6].DocID)
	if err != nil {
		t.Fatal(err)
	}
	if d.DocID != paras[6].DocID || d.Status != StatusOK || len(ps) != 3 || ps[0].ID != paras[6].ID {
		t.Errorf("DocumentParagraphs: %+v, %d paragraphs", d, len(ps))
	}
	if _, _, err := s.DocumentParagraphs(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing document: %v", err)
	}
}

func TestPutAndDeleteDocument(t *testing.T) {
	s, paras := fixture(t)
	ctx := context.Background()
	docID := paras[0].DocID
	d, old, err := s.DocumentParagraphs(ctx, docID)
	if err != nil {
		t.Fatal(err)
	}
	// Replace the document with one new paragraph.
	np := old[2]
	np.Text = "A completely rewritten paragraph about quantum computing."
	np.Stances = nil
	np.Actors = []string{"ZZZ"}
	if err := s.PutDocument(ctx, *d, []Paragraph{np}); err != nil {
		t.Fatal(err)
	}
	if res, _ := s.Search(ctx, Query{Text: "hospitals"}); res.Total != 0 {
		t.Errorf("old text still found: %v", hitIDs(res))
	}
	if res, _ := s.Search(ctx, Query{Text: "quantum"}); res.Total != 1 {
		t.Errorf("new text: total %d", res.Total)
	}
	if res, _ := s.Search(ctx, Query{Stances: []string{"binding_instrument:favor"}}); res.Total != 0 {
		t.Errorf("old stances still there: %v", hitIDs(res))
	}
	if res, _ := s.Search(ctx, Query{Actors: []string{"ZZZ"}}); res.Total != 1 {
		t.Errorf("new actor: total %d", res.Total)
	}
	if err := s.DeleteDocument(ctx, docID); err != nil {
		t.Fatal(err)
	}
	if res, _ := s.Search(ctx, Query{Text: "quantum"}); res.Total != 0 {
		t.Errorf("deleted text still found")
	}
	for _, table := range []string{"paragraphs", "stances", "actors"} {
		var n int
		q := "SELECT count(*) FROM " + table + " WHERE "
		if table == "paragraphs" {
			q += "doc_id = ?"
		} else {
			q += "para_id LIKE ? || '%'"
		}
		if err := s.DB().QueryRow(q, docID).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s rows left after delete: %d %v", table, n, err)
		}
	}
	// Integrity of the external-content index.
	if _, err := s.DB().Exec(`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("fts integrity: %v", err)
	}
	// A paragraph of another document is refused.
	if err := s.PutDocument(ctx, *d, []Paragraph{paras[8]}); err == nil {
		t.Error("PutDocument accepted a foreign paragraph")
	}
}

func TestOpenReadOnlyErrors(t *testing.T) {
	dir := t.TempDir()
	foreign := filepath.Join(dir, "foreign.db")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE customers(id INTEGER, name TEXT)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("this is not a database at all, just some words that go on for a while."), 0o644)
	for _, path := range []string{filepath.Join(dir, "missing.db"), foreign, text, dir} {
		if _, err := OpenReadOnly(path); !errors.Is(err, ErrNotCorpus) {
			t.Errorf("OpenReadOnly(%s) = %v, want ErrNotCorpus", filepath.Base(path), err)
		} else if !strings.Contains(err.Error(), "not a normscope corpus database") {
			t.Errorf("error text %q", err)
		}
	}
	if _, err := Open(foreign); !errors.Is(err, ErrNotCorpus) {
		t.Errorf("Open(foreign) = %v, want ErrNotCorpus", err)
	}
	// A real corpus opens read-only, and refuses writes.
	s, _ := fixture(t)
	ro, err := OpenReadOnly(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if res, err := ro.Search(context.Background(), Query{Text: "ransomware"}); err != nil || res.Total == 0 {
		t.Errorf("read-only search: %v %v", res, err)
	}
	if err := ro.DeleteDocument(context.Background(), "x"); err == nil {
		t.Error("read-only store accepted a write")
	}
}

func TestConcurrentReaderDuringWrites(t *testing.T) {
	s, paras := fixture(t)
	ro, err := OpenReadOnly(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	ctx := context.Background()
	d, ps, err := s.DocumentParagraphs(ctx, paras[0].DocID)
	if err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var readErr error
	reads := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			res, err := ro.Search(ctx, Query{Text: "ransomware OR delegations", Facets: true})
			if err != nil {
				readErr = err
				return
			}
			// The document is either fully there or fully replaced: its
			// 'hospitals' paragraph always exists in each version.
			if res.Total == 0 {
				readErr = errors.New("reader saw an empty result mid-write")
				return
			}
			reads++
		}
	}()
	deadline := time.Now().Add(2 * time.Second)
	writes := 0
	for i := 0; i < 30 && time.Now().Before(deadline); i++ {
		if err := s.PutDocument(ctx, *d, ps); err != nil {
			t.Fatalf("write %d: %v", i, err)
		}
		writes++
	}
	close(stop)
	wg.Wait()
	if readErr != nil {
		t.Fatal(readErr)
	}
	if reads == 0 || writes == 0 {
		t.Errorf("reads %d, writes %d", reads, writes)
	}
}

func TestRebuildBadInput(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cases := map[string]string{
		"not json":     "{\"id\":\"x-0000\",\"doc_id\":\"x\",\"text\":\"ok\"}\nnot json at all\n",
		"no id":        "{\"doc_id\":\"x\",\"text\":\"ok\"}\n",
		"duplicate id": "{\"id\":\"x-0000\",\"doc_id\":\"x\",\"text\":\"a\"}\n{\"id\":\"x-0000\",\"doc_id\":\"x\",\"text\":\"b\"}\n",
	}
	for name, in := range cases {
		err := s.Rebuild(context.Background(), strings.NewReader(in), nil)
		if err == nil {
			t.Errorf("%s: Rebuild accepted bad input", name)
		}
	}
	// A failed rebuild leaves the previous content: here, empty but valid.
	if res, err := s.Search(context.Background(), Query{}); err != nil || res.Total != 0 {
		t.Errorf("after failed rebuilds: %v %v", res, err)
	}
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }
