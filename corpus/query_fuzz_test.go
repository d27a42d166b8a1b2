package corpus

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseQuery checks that any input either parses into an expression
// FTS5 accepts or gives ErrBadQuery, never a panic or an SQL error.
func FuzzParseQuery(f *testing.F) {
	for _, seed := range []string{
		"ransomware", `"critical infrastructure"`, "a OR b", "a -b", "(a OR b) AND c*", `'); DROP TABLE paragraphs; --`,
		"text:foo", "NEAR(a b)", `"unbalanced`, "*", "a AND", "NOT a", "é*", `""`, "((a))", "a OR (b -c)",
	} {
		f.Add(seed)
	}
	s, err := Open(filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	if err := s.Rebuild(context.Background(), strings.NewReader(
		`{"id":"d-0000","doc_id":"d","seq":0,"text":"States discussed ransomware and critical infrastructure."}`+"\n"), nil); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		tq, err := ParseQuery(q)
		if err != nil {
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("ParseQuery(%q): error %v does not wrap ErrBadQuery", q, err)
			}
			return
		}
		var n int
		if err := s.DB().QueryRow(`SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?`, tq.Match).Scan(&n); err != nil {
			t.Fatalf("ParseQuery(%q) = %q, which FTS5 rejects: %v", q, tq.Match, err)
		}
		if _, err := s.Search(context.Background(), Query{Text: q, KWIC: 10, Facets: true}); err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}
