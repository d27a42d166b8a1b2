package extract

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normalizeText applies NFKC (ligatures such as U+FB01 become "fi"), turns
// non-breaking and other odd spaces into plain spaces, drops soft hyphens
// and zero-width characters, and collapses whitespace.
func normalizeText(s string) string {
	if plainASCII(s) {
		return s
	}
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff':
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// plainASCII reports whether s is already normal: printable ASCII with
// single spaces between words and none at the ends.
func plainASCII(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c > 0x7e || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

// knownCompounds are hyphenated words whose hyphen is kept when a line break
// falls after it, even if the hyphenated form does not occur elsewhere in
// the document.
var knownCompounds = map[string]bool{
	"capacity-building": true, "confidence-building": true, "cyber-attack": true, "cyber-attacks": true,
	"well-being": true, "non-binding": true, "non-state": true, "state-led": true, "multi-stakeholder": true,
	"open-ended": true, "long-term": true, "short-term": true, "follow-up": true, "decision-making": true,
	"action-oriented": true, "ict-related": true, "cyber-related": true, "so-called": true, "self-defence": true,
	"self-defense": true, "non-intervention": true, "co-sponsored": true, "co-sponsors": true, "co-chair": true,
	"co-chairs": true, "cross-border": true, "cross-regional": true, "high-level": true, "low-income": true,
	"inter-state": true, "non-governmental": true, "intergovernmental": false, "public-private": true,
	"state-sponsored": true, "rules-based": true, "whole-of-government": true, "peer-to-peer": true,
	"real-time": true, "re-establish": true, "non-interference": true, "non-use": true,
	"ex-ante": true, "ex-post": true, "end-to-end": true, "up-to-date": true, "two-way": true,
	"needs-based": true, "demand-driven": true, "evidence-based": true, "gender-sensitive": true,
	"law-enforcement": false, "human-rights": false, "e-mail": true, "e-commerce": true, "e-government": true,
}

// joinLines joins the lines of one paragraph, undoing hyphenation at line
// ends: "interna-" + "tional" becomes "international", while
// "capacity-" + "building" keeps its hyphen. The result is normalised.
func joinLines(lines []string) string {
	return joinLinesWith(lines, nil)
}

// joinLinesWith is joinLines with the document's own spellings (lower
// case): a hyphenated word mapped to true ("capacity-building") keeps its
// hyphen across a break; a plain word mapped to false ("coordinated")
// means a break "co-" + "ordinated" is joined without the hyphen.
func joinLinesWith(lines []string, docHyphenated map[string]bool) string {
	var b strings.Builder
	for i, l := range lines {
		l = strings.TrimSpace(normalizeText(l))
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			prev := b.String()
			if strings.HasSuffix(prev, "-") && !strings.HasSuffix(prev, " -") && !strings.HasSuffix(prev, "--") {
				if keepHyphen(prev, l, docHyphenated) {
					b.WriteString(l)
				} else {
					s := prev[:len(prev)-1]
					b.Reset()
					b.WriteString(s)
					b.WriteString(l)
				}
				_ = i
				continue
			}
			b.WriteByte(' ')
		}
		b.WriteString(l)
	}
	return normalizeText(b.String())
}

// keepHyphen decides whether the hyphen ending prev is a real one (kept when
// the line is joined to next) or a line-break hyphen (removed).
func keepHyphen(prev, next string, docHyphenated map[string]bool) bool {
	left := lastWord(strings.TrimSuffix(prev, "-"))
	right := firstWord(next)
	if left == "" || right == "" {
		return true
	}
	if strings.Contains(left, "/") || strings.HasPrefix(strings.ToLower(left), "www.") {
		// Inside a URL the hyphen is part of the address unless the two
		// pieces of the path segment make a word the document uses.
		seg := left[strings.LastIndexAny(left, "/.=?&_#-")+1:]
		rest := right
		if k := strings.IndexAny(rest, "/.=?&_#"); k >= 0 {
			rest = rest[:k]
		}
		v, ok := docHyphenated[strings.ToLower(seg+rest)]
		return seg == "" || rest == "" || !ok || v
	}
	w := strings.ToLower(left + "-" + right)
	w = strings.TrimRight(w, ".,;:)?!\"'”’")
	j := strings.ToLower(left + right) // the word without the break hyphen
	j = strings.TrimRight(j, ".,;:)?!\"'”’")
	if docHyphenated != nil {
		if v, ok := docHyphenated[j]; ok && (v || !strings.Contains(j, "-")) {
			// The document spells the joined form ("non-intervention",
			// "coordinated") elsewhere.
			return docHyphenated[w]
		}
		if docHyphenated[w] {
			return true
		}
	}
	if keep, ok := knownCompounds[w]; ok {
		return keep
	}
	if knownCompounds[j] {
		return false
	}
	// A capitalised continuation ("Asia-Pacific", "non-UN") or digits keep the hyphen.
	r0 := []rune(right)[0]
	if unicode.IsUpper(r0) || unicode.IsDigit(r0) {
		return true
	}
	if strings.ContainsRune(left, '-') {
		// "state-of-" + "the-art": already a compound.
		return true
	}
	// Prefixes that are (nearly) always written with a hyphen keep it when
	// the stem is a word of its own. Prefixes such as co-, inter-, multi-
	// are left out: "co-" + "ordinated" and "inter-" + "national" are
	// ordinary hyphenation points of one word.
	switch strings.ToLower(left) {
	case "non", "self", "cross", "ex", "semi":
		return len(right) > 3
	}
	return false
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' || r == '\u201c' })
	return s[i+1:]
}

func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// reParaNo matches a printed paragraph number at the start of a paragraph:
// "14. ", "14 ", "(a) ", "(iv) ", "a) ".
var reParaNo = regexp.MustCompile(`^(?:(\d{1,3})\.\s+|(\([a-z]{1,2}\)|\([ivxl]{1,6}\))\s+|([a-z])\)\s+)`)

// splitParaNo splits a leading paragraph number from t. It returns the
// number without its dot ("14", "(a)") and the rest of the text.
func splitParaNo(t string) (no, rest string, ok bool) {
	m := reParaNo.FindStringSubmatch(t)
	if m == nil {
		return "", t, false
	}
	rest = strings.TrimSpace(t[len(m[0]):])
	if rest == "" {
		return "", t, false
	}
	switch {
	case m[1] != "":
		no = m[1]
	case m[2] != "":
		no = m[2]
	default:
		no = "(" + m[3] + ")"
	}
	return no, rest, true
}

// reHeadingEnum matches the enumerator of a section heading: "A.", "IV.",
// "1.", "1.2", "Chapter 3", "Annex".
var reHeadingEnum = regexp.MustCompile(`^(?:[A-Z]\.|[IVXL]{1,6}\.|\d{1,2}(?:\.\d{1,2})*\.?|Chapter\s+\w+|Annex(?:\s+\w+)?|Part\s+\w+)\s+\S`)

// looksHeadingText reports whether a one-line block reads like a heading:
// short, no final period, title-like or enumerated.
func looksHeadingText(t string) bool {
	if len(t) == 0 || len(t) > 160 {
		return false
	}
	words := strings.Fields(t)
	if len(words) > 16 {
		return false
	}
	last := t[len(t)-1]
	if last == '.' || last == ',' || last == ';' || last == ':' {
		return false
	}
	if reHeadingEnum.MatchString(t) {
		return true
	}
	caps := 0
	for _, w := range words {
		r := []rune(w)[0]
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return caps*2 >= len(words) && len(words) <= 12
}
