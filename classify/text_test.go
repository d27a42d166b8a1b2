package classify

import (
	"slices"
	"strings"
	"testing"
)

// TestQuotedTokens checks which words the tokenizer marks as quoted: a
// quotation that opens a sentence survives the full stop before it, one
// that closes after a full stop does not leak into the next sentence.
func TestQuotedTokens(t *testing.T) {
	cases := []struct {
		text, quoted string // quoted: the quoted words, space-separated
	}{
		{"“The world cannot wait,” France said. “A treaty is not needed.”", "the world cannot wait a treaty is not needed"},
		{`He said "a treaty is needed." Then he left.`, "a treaty is needed"},
		{`France said so. "A treaty" is "needed".`, "a treaty needed"},
		{"« Un traité » est nécessaire.", "un traité"},
		{"An unclosed “quote. The next sentence is free.", "quote"},
	}
	for _, c := range cases {
		var got []string
		for _, k := range tokenize(c.text, nil) {
			if k.quoted {
				got = append(got, k.low)
			}
		}
		if strings.Join(got, " ") != c.quoted {
			t.Errorf("%q: quoted words %q, want %q", c.text, strings.Join(got, " "), c.quoted)
		}
	}
}

// TestClauseSpans checks where the stance model splits a sentence: before
// a clause that opens with a named actor of its own.
func TestClauseSpans(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		text string
		want []string // the parts, without the final full stop
	}{
		{"Japan and Chile see no gap that a treaty would fill, and Canada has warned against new obligations.",
			[]string{"Japan and Chile see no gap that a treaty would fill", ", and Canada has warned against new obligations"}},
		{"Mexico considers the directory a practical tool; Egypt wants a treaty negotiated.",
			[]string{"Mexico considers the directory a practical tool", "; Egypt wants a treaty negotiated"}},
		{"Brazil backed the directory, while the Russian Federation argued for a convention.",
			[]string{"Brazil backed the directory", ", while the Russian Federation argued for a convention"}},
		// no actor opens the next clause, or it comes too soon: one part
		{"Japan sees no gap, and a treaty would only divide States.", []string{"Japan sees no gap, and a treaty would only divide States"}},
		{"Japan, and Chile, see no gap that a treaty would fill.", []string{"Japan, and Chile, see no gap that a treaty would fill"}},
	}
	for _, c := range cases {
		p := tg.analyse(c.text)
		var got []string
		a := 0
		for _, b := range p.clauseSpans(0, len(p.toks)) {
			from := p.toks[a].s
			if a > 0 {
				from = p.toks[a-1].e
			}
			got = append(got, c.text[from:p.toks[b-1].e])
			a = b
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: parts %q, want %q", c.text, got, c.want)
		}
	}
}
