package web

import (
	"context"
	"net/url"
	"reflect"
	"testing"
)

// optimizedServer serves a generated corpus whose posting lists are
// current (as after normscope run), so that corpus.Store.MatchKeys
// answers from them.
func optimizedServer(t *testing.T, docs, perDoc int) *Server {
	t.Helper()
	return serveGenerated(t, docs, perDoc, 3, true)
}

// TestFacetCountsFromMatchKeys: the counts the pages take (text matched
// by corpus.Store.MatchKeys, from the posting lists) equal those with the
// match run in SQLite, for every query shape, with and without filters.
func TestFacetCountsFromMatchKeys(t *testing.T) {
	ctx := context.Background()
	for _, sv := range []struct {
		name      string
		srv       *Server
		generated bool
	}{
		{"generated, lists current", optimizedServer(t, 10, 200), true},
		{"fixture, no lists: MatchKeys runs FTS5", newTestServer(t), false},
	} {
		srv, ix := sv.srv, sv.srv.facets.get()
		cases := []struct {
			name, raw string
			some      bool // the generated corpus has matches
		}{
			{"word", "q=States", true},
			{"word, case and accents", "q=D%C3%89L%C3%89GATIONS", true},
			{"rare word", "q=quantum", true},
			{"no match", "q=nothingmatchesthis", false},
			{"AND", "q=States+binding", true},
			{"explicit AND", "q=ransomware+AND+hospitals+AND+Chair", true},
			{"phrase", "q=" + url.QueryEscape(`"legally binding instrument"`), true},
			{"phrase and word", "q=" + url.QueryEscape(`"called for" ransomware`), true},
			{"OR", "q=norms+OR+sovereignty", true},
			{"NOT", "q=States+NOT+binding", true},
			{"minus", "q=States+-ransomware+-binding", true},
			{"OR and NOT", "q=" + url.QueryEscape("(norms OR sovereignty) -delegation"), true},
			{"prefix", "q=ransom*", true},
			{"word+topic", "q=States&topic=norms", true},
			{"word+topics+kind", "q=States&topic=threats&topic=cbms&kind=statement", true},
			{"word+actor", "q=ransomware&actor=RUS&actor=usa", true},
			{"word+stance", "q=binding&stance=binding_instrument", true},
			{"OR+stance+years", "q=norms+OR+sovereignty&stance=new_norms:favor&from=2022&to=2026", true},
			{"phrase+dates", "q=" + url.QueryEscape(`"digital divide"`) + "&from=2020-03&to=2025", true},
			{"filters only", "topic=cbms&kind=statement", true},
		}
		for _, c := range cases {
			v, _ := url.ParseQuery(c.raw)
			p, err := parseParams(v, srv.opts, MaxPageSize)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			got, err := ix.countWith(ctx, srv.store.MatchKeys, p)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			want, err := ix.count(ctx, srv.store.DB(), p)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %s (%s): counts from MatchKeys differ from SQL\n got  %+v\n want %+v", sv.name, c.name, c.raw, got, want)
			}
			if sv.generated && c.some && got.Total == 0 {
				t.Errorf("%s: %s: no matches; the case tests nothing", sv.name, c.name)
			}
		}
	}
}
