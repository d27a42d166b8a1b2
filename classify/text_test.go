package classify

import (
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
