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

func TestQuoteLayout(t *testing.T) {
	cases := []struct {
		text             string
		balanced, framed bool
	}{
		{"No quotation here.", true, false},
		{`"A whole paragraph in quotes. Two sentences."`, true, true},
		{`"A whole paragraph in quotes."`, true, true},
		{"“A curly paragraph.”", true, true},
		{"«Guillemets.»", true, true},
		{`"Is enough. Meanwhile it grew," said Russia.`, true, false},
		{`"One," he said, "two."`, true, false},
		{`A stray " mark.`, false, false},
		{"A closing ” before “ an opening.", false, false},
		{"“Unclosed curly.", false, false},
		{`"Mixed.”`, false, false},
	}
	for _, c := range cases {
		b, f := quoteLayout(c.text)
		if b != c.balanced || f != c.framed {
			t.Errorf("quoteLayout(%q) = %v, %v; want %v, %v", c.text, b, f, c.balanced, c.framed)
		}
	}
}

func TestQuotationOverSentences(t *testing.T) {
	// a quotation that runs over a sentence break stays quoted when its
	// marks pair up; the attribution after it is outside
	toks := tokenize(`"It is enough. Meanwhile the attacks grew," said the Russian delegate.`, nil)
	for _, tk := range toks {
		w := tk.low
		inQuote := w != "said" && w != "the" && w != "russian" && w != "delegate"
		if w == "the" && tk.s < 40 {
			inQuote = true // "the attacks"
		}
		if tk.quoted != inQuote {
			t.Errorf("%q: quoted = %v, want %v", w, tk.quoted, inQuote)
		}
	}
	// a stray mark does not quote the rest of the paragraph
	for _, tk := range tokenize(`He said " it. Then the rest follows.`, nil) {
		if tk.low == "rest" && tk.quoted {
			t.Errorf("a stray mark quoted the next sentence")
		}
	}
}
