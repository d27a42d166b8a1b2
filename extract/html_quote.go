package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pull quotes and bylines: general rules that do not depend on one site's
// class names.

// isAuthorElement reports whether n names an author in markup: rel=author,
// itemprop=author, or a schema.org Person inside the article.
func isAuthorElement(n *html.Node) bool {
	for _, f := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
		if f == "author" {
			return true
		}
	}
	for _, f := range strings.Fields(strings.ToLower(attr(n, "itemprop"))) {
		if f == "author" || f == "creator" || f == "contributor" {
			return true
		}
	}
	return false
}

// isPullQuoteBox reports whether n is a box set out to display a quotation
// as decoration: <figure> or <aside> whose class/id tokens say "quote"
// (<figure class="quote">, <aside class="pull-quote">).
func isPullQuoteBox(n *html.Node) bool {
	if n.DataAtom != atom.Figure && n.DataAtom != atom.Aside {
		return false
	}
	for _, t := range classTokens(n) {
		if t == "quote" || t == "pullquote" || t == "callout" || t == "highlight" {
			return true
		}
	}
	return false
}

// isQuotation reports whether n holds a quotation whose records are
// checked against the rest of the page: <blockquote>, <q> as a block, or
// an element whose class/id tokens say "quote".
func isQuotation(n *html.Node) bool {
	if n.DataAtom == atom.Blockquote {
		return true
	}
	if !blockTags[n.DataAtom] {
		return false
	}
	for _, t := range classTokens(n) {
		if t == "quote" || t == "quotation" || t == "blockquote" {
			return true
		}
	}
	return false
}

// quoteShingle is the number of words of the shingles compared by
// dropRepeatedQuotes.
const quoteShingle = 4

// wordsOf returns the lower-cased words of t (letters and digits only).
func wordsOf(t string) []string {
	return strings.Fields(normKey(t))
}

// dropRepeatedQuotes removes the records emitted inside a quotation whose
// text is (nearly) contained in another record of the page: a pull quote
// repeats a sentence of the article, maybe shortened with an ellipsis or
// with its quotation marks and attribution changed. Nearly contained means
// that at least 80% of its 4-word shingles occur in one other record. A
// quoted passage that is not repeated elsewhere is a real block quote and
// stays.
func dropRepeatedQuotes(out []Paragraph, quoted map[int]bool) []Paragraph {
	if len(quoted) == 0 {
		return out
	}
	shingles := make([]map[string]bool, len(out))
	set := func(i int) map[string]bool {
		if shingles[i] == nil {
			ws := wordsOf(out[i].Text)
			m := make(map[string]bool, len(ws))
			for j := 0; j+quoteShingle <= len(ws); j++ {
				m[strings.Join(ws[j:j+quoteShingle], " ")] = true
			}
			shingles[i] = m
		}
		return shingles[i]
	}
	drop := map[int]bool{}
	for i := range out {
		if !quoted[i] || out[i].Kind == KindHeading || out[i].Kind == KindFootnote {
			continue
		}
		ws := wordsOf(out[i].Text)
		if len(ws) < quoteShingle+2 {
			continue // too short to tell a repetition from a common phrase
		}
		for j := range out {
			if j == i || quoted[j] || len(out[j].Text) < len(out[i].Text)/2 {
				continue
			}
			other := set(j)
			hit, n := 0, 0
			for k := 0; k+quoteShingle <= len(ws); k++ {
				n++
				if other[strings.Join(ws[k:k+quoteShingle], " ")] {
					hit++
				}
			}
			if n > 0 && hit*10 >= n*8 {
				drop[i] = true
				break
			}
		}
	}
	if len(drop) == 0 {
		return out
	}
	kept := out[:0:0]
	for i, p := range out {
		if !drop[i] {
			kept = append(kept, p)
		}
	}
	return kept
}

// nameParticles are the lower-case words a personal name may hold.
var nameParticles = map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true, "da": true, "di": true,
	"du": true, "le": true, "la": true, "bin": true, "bint": true, "al": true, "el": true, "y": true, "and": true, "&": true,
	"et": true, "al.": true, "dos": true, "das": true, "ter": true}

// looksPersonName reports whether t is only a personal name or a list of
// names ("Jane Doe", "A. Osei and M. Lindqvist", "Louise Hurel et al."):
// two to eight words, each capitalised or a name particle, no digits, no
// final punctuation other than "et al.".
func looksPersonName(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, "et al.") {
		t = strings.TrimSpace(strings.TrimSuffix(t, "et al."))
		if t == "" {
			return false
		}
		t += " et al"
	}
	if strings.ContainsAny(t, ".:;!?") && !reInitials.MatchString(t) {
		return false
	}
	ws := strings.Fields(strings.ReplaceAll(t, ",", " , "))
	caps := 0
	for _, w := range ws {
		if w == "," || nameParticles[w] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if unicode.IsDigit(c) {
				return false
			}
		}
		caps++
	}
	return caps >= 2 && caps <= 8 && len(ws) <= 12
}

// reInitials allows the full stops of initials ("J. Doe", "A.B. Osei")
// and nothing after the last name.
var reInitials = regexp.MustCompile(`^(?:[\p{Lu}][\p{L}'’-]*\.?\s*,?\s*)+$`)

// dropNameLines removes a line that only names a person directly under a
// heading (an author line of a chapter), when running text follows.
func dropNameLines(out []Paragraph) []Paragraph {
	kept := out[:0:0]
	for i, p := range out {
		if i > 0 && i+1 < len(out) && p.Kind == KindParagraph && p.ParaNo == "" &&
			out[i-1].Kind == KindHeading && out[i+1].Kind != KindHeading &&
			len(out[i+1].Text) > 2*len(p.Text) && len(p.Text) < 80 && looksPersonName(p.Text) {
			continue
		}
		kept = append(kept, p)
	}
	return kept
}
