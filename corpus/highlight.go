package corpus

import (
	"strings"
	"unicode"
)

// tokSpan is one token of a text: its folded form and byte range.
type tokSpan struct {
	tok        string
	start, end int
}

func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Co, r)
}

// tokenSpans splits text into tokens the way the index does, keeping
// their byte offsets.
func tokenSpans(text string) []tokSpan {
	var out []tokSpan
	start := -1
	for i, r := range text {
		if isTokenRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, tokSpan{fold(text[start:i]), start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, tokSpan{fold(text[start:]), start, len(text)})
	}
	return out
}

// matchItem is a positive word or phrase of a query.
type matchItem struct {
	toks   []string
	prefix bool
}

func (n *node) items(out *[]matchItem) {
	if n.negated {
		return
	}
	if n.op == "term" {
		if toks := tokenize(n.text); len(toks) > 0 {
			*out = append(*out, matchItem{toks, n.prefix})
		}
		return
	}
	for _, c := range n.children {
		c.items(out)
	}
}

// highlightSpans splits text into spans, marking the instances of the
// positive words and phrases of the query (what FTS5's highlight() marks).
func highlightSpans(text string, root *node) []Span {
	var items []matchItem
	if root != nil {
		root.items(&items)
	}
	toks := tokenSpans(text)
	type rng struct{ a, b int }
	var marks []rng
	for i := range toks {
		for _, it := range items {
			if i+len(it.toks) > len(toks) {
				continue
			}
			ok := true
			for j, w := range it.toks {
				t := toks[i+j].tok
				if j == len(it.toks)-1 && it.prefix {
					ok = strings.HasPrefix(t, w)
				} else {
					ok = t == w
				}
				if !ok {
					break
				}
			}
			if ok {
				a, b := toks[i].start, toks[i+len(it.toks)-1].end
				if n := len(marks); n > 0 && a <= marks[n-1].b {
					marks[n-1].b = max(marks[n-1].b, b)
				} else {
					marks = append(marks, rng{a, b})
				}
			}
		}
	}
	var spans []Span
	pos := 0
	for _, m := range marks {
		if m.a > pos {
			spans = append(spans, Span{Text: text[pos:m.a]})
		}
		spans = append(spans, Span{Text: text[m.a:m.b], Match: true})
		pos = m.b
	}
	if pos < len(text) || len(spans) == 0 {
		spans = append(spans, Span{Text: text[pos:]})
	}
	return spans
}
