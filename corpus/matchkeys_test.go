package corpus

import (
	"context"
	"slices"
	"testing"
)

// ftsKeys is the reference: the rowids FTS5 gives for the MATCH.
func ftsKeys(t *testing.T, s *Store, tq *TextQuery) []int64 {
	t.Helper()
	rows, err := s.db.Query(`SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? ORDER BY rowid`, tq.Match)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var keys []int64
	for rows.Next() {
		var pk int64
		if err := rows.Scan(&pk); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, pk)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return keys
}

// TestMatchKeysEqualFTS: MatchKeys gives the FTS5 match set for every
// query shape, from the posting lists where they can answer and from
// FTS5 otherwise (no lists, stale lists, phrases of frequent words).
func TestMatchKeysEqualFTS(t *testing.T) {
	imp, paras := withImpacts(t)
	fts, _ := ftsFixture(t)
	stale, _ := withImpacts(t)
	ctx := context.Background()
	d, ps, err := stale.DocumentParagraphs(ctx, paras[0].DocID)
	if err != nil {
		t.Fatal(err)
	}
	if err := stale.PutDocument(ctx, *d, ps[:2]); err != nil { // lists now stale
		t.Fatal(err)
	}
	cases := []struct {
		text string
		// fromLists: the impact store answers from its posting lists.
		fromLists bool
	}{
		{"ransomware", true},
		{"the", true},
		{"States", true},
		{"programme action", true},
		{"the -ransomware", true},
		{"the NOT ransomware NOT sovereignty", true},
		{"ransomware OR sovereignty", true},
		{"(the OR of) -ransomware", true},
		{"direct*", true},
		{"the AND (programme OR direct*)", true},
		{"nosuchwordanywhere", true},
		{"the nosuchwordanywhere", true},
		{`"permanent mechanism"`, false}, // phrase of frequent words: FTS5
		{`"of the"`, false},
		{`"legally binding" OR ransomware`, false},
		{`the NOT "programme of action"`, false},
		{"Ransomware AND états", true}, // case and accents folded
	}
	for _, c := range cases {
		tq, err := ParseQuery(c.text)
		if err != nil {
			t.Fatalf("%s: %v", c.text, err)
		}
		for _, st := range []struct {
			name      string
			s         *Store
			fromLists bool
			checkPath bool // without lists the evaluator reads FTS5 word by word
		}{{"impacts", imp, c.fromLists, true}, {"fts", fts, false, false}, {"stale", stale, false, true}} {
			got, err := st.s.MatchKeys(ctx, tq)
			if err != nil {
				t.Fatalf("%s %s: %v", st.name, c.text, err)
			}
			if want := ftsKeys(t, st.s, tq); !slices.Equal(got, want) {
				t.Errorf("%s %s: MatchKeys %v, FTS5 %v", st.name, c.text, got, want)
			}
			_, ok, err := st.s.indexKeys(ctx, st.s.db, tq.root)
			if err != nil || (st.checkPath && ok != st.fromLists) {
				t.Errorf("%s %s: answered from lists = %v, want %v (%v)", st.name, c.text, ok, st.fromLists, err)
			}
		}
	}
	if _, err := imp.MatchKeys(ctx, &TextQuery{}); err == nil {
		t.Error("empty TextQuery accepted")
	}
}
