package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one word token of a paragraph. Punctuation is not a token; what
// matters of it is kept as flags on the following token.
type tok struct {
	s, e     int    // byte offsets in the paragraph text
	low      string // lower-cased text, apostrophes normalised
	sent     int    // sentence index
	word     int32  // id of low in the Tagger's vocabulary (0: none), see vocab.intern
	form     int32  // id of low's feature form in the Tagger's wordFeatures (0: none), see vocab.intern
	capInit  bool   // first rune upper case
	allCaps  bool   // every letter upper case (and at least one letter)
	clause   bool   // a clause boundary (, ; : ( ) dash) precedes the token
	quoted   bool   // inside quotation marks
	sentInit bool   // first token of its sentence
}

// abbreviations after which a full stop does not end a sentence.
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "art": true, "arts": true,
	"no": true, "nos": true, "para": true, "paras": true, "e": true, "g": true, "i": true,
	"etc": true, "vs": true, "v": true, "st": true, "jr": true, "sr": true, "amb": true,
	"h": true, "u": true, "s": true, "op": true, "cf": true, "al": true, "fig": true,
	"vol": true, "pp": true, "p": true, "ibid": true, "inc": true, "ltd": true, "co": true,
}

// answerNo reports "No." as an answer, not "No. 5": "no" or "nos" whose
// full stop no number follows.
func answerNo(low, rest string) bool {
	if low != "no" && low != "nos" {
		return false
	}
	rest = strings.TrimLeft(rest, " \t\u00a0")
	return rest == "" || rest[0] < '0' || rest[0] > '9'
}

// quoteLayout reports how the double quotation marks of text stand:
// balanced when they pair up (an even number of straight marks, as many
// opening curly marks or guillemets as closing ones, none closed before it
// opens), and framed when the text is a single quotation from its first
// character to its last (but for a full stop after the closing mark). It
// counts with the byte searches of package strings and walks the runes
// only when curly marks or guillemets must be checked for order.
func quoteLayout(text string) (balanced, framed bool) {
	straight := strings.Count(text, `"`)
	co, cc, gOpen, gClose := 0, 0, 0, 0
	if strings.IndexByte(text, 0xE2) >= 0 { // “ and ” are E2 80 9C and E2 80 9D
		co, cc = strings.Count(text, "“"), strings.Count(text, "”")
	}
	if strings.IndexByte(text, 0xC2) >= 0 { // « and » are C2 AB and C2 BB
		gOpen, gClose = strings.Count(text, "«"), strings.Count(text, "»")
	}
	marks := straight + co + cc + gOpen + gClose
	if marks == 0 {
		return true, false
	}
	balanced = straight%2 == 0 && co == cc && gOpen == gClose
	if balanced && co+gOpen > 0 {
		curly, guil := 0, 0
		for _, r := range text {
			switch r {
			case '“':
				curly++
			case '”':
				curly--
			case '«':
				guil++
			case '»':
				guil--
			}
			if curly < 0 || guil < 0 {
				balanced = false
				break
			}
		}
	}
	if marks == 2 && balanced {
		t := strings.TrimRight(strings.TrimSpace(text), ".")
		framed = len(t) >= 2 && (t[0] == '"' && t[len(t)-1] == '"' || strings.HasPrefix(t, "“") && strings.HasSuffix(t, "”") || strings.HasPrefix(t, "«") && strings.HasSuffix(t, "»"))
	}
	return balanced, framed
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits text into word tokens with sentence, clause and quote
// information. It allocates only for tokens that need lower-casing.
func tokenize(text string, buf []tok) []tok {
	toks := buf[:0]
	sent := 0
	pendingClause := false
	pendingSentEnd := false
	quoted, openedAfterEnd := false, false
	// a quotation may run over several sentences ("“... is enough.
	// Meanwhile the attacks have multiplied,” said ..."): when the marks
	// pair up, a quotation stays open across a sentence break; when they
	// do not, each sentence starts outside quotation marks but for one
	// opened after the break, so that a stray mark cannot quote the rest
	// a paragraph that is one quotation from end to end (talking points,
	// a quoted passage set apart) is read as plain text
	balanced, framed := quoteLayout(text)
	newSent := true
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			switch r {
			case ',', ';', ':', '(', ')', '[', ']', '—', '–':
				pendingClause = true
				if r == ';' {
					pendingSentEnd = false
				}
			case '"', '“', '”', '«', '»':
				if framed {
					pendingClause = true
					break
				}
				if r == '“' || r == '«' {
					quoted = true
				} else if r == '”' || r == '»' {
					quoted = false
				} else {
					quoted = !quoted
				}
				if pendingSentEnd {
					// a quotation opening the next sentence survives the
					// sentence break; one closing after the full stop does not
					openedAfterEnd = quoted
				}
				pendingClause = true
			case '.', '?', '!':
				// a full stop after an abbreviation or a single capital does not end the sentence
				if len(toks) > 0 && r == '.' {
					last := toks[len(toks)-1]
					if last.e == i && (abbrev[last.low] || (last.e-last.s == 1 && last.capInit)) && !answerNo(last.low, text[i+1:]) {
						break
					}
				}
				pendingSentEnd = true
			case '-':
				// "-" inside a word joins it loosely; a spaced dash is a clause break
				if i > 0 && i+1 < len(text) && (text[i-1] == ' ' || text[i+1] == ' ') {
					pendingClause = true
				}
			}
			i += size
			continue
		}
		// a word
		j := i + size
		for j < len(text) {
			r2, s2 := rune(text[j]), 1
			if r2 >= utf8.RuneSelf {
				r2, s2 = utf8.DecodeRuneInString(text[j:])
			}
			if !isWordRune(r2) {
				break
			}
			j += s2
		}
		w := text[i:j]
		if pendingSentEnd {
			// a new sentence starts unless the word is lower case (e.g. "e.g. the")
			first, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(first) || unicode.IsDigit(first) {
				sent++
				newSent = true
				if !balanced {
					quoted = openedAfterEnd
				}
			}
			pendingSentEnd = false
			openedAfterEnd = false
		}
		t := tok{s: i, e: j, sent: sent, clause: pendingClause, quoted: quoted, sentInit: newSent}
		t.low, t.capInit, t.allCaps = lowerWord(w)
		toks = append(toks, t)
		pendingClause = false
		newSent = false
		i = j
	}
	return toks
}

// lowerWord lower-cases w (only allocating when needed) and reports its case shape.
func lowerWord(w string) (low string, capInit, allCaps bool) {
	ascii := true
	hasUpper, hasLower := false, false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			hasUpper = true
			if k == 0 {
				capInit = true
			}
		} else if c >= 'a' && c <= 'z' {
			hasLower = true
		}
	}
	if ascii {
		allCaps = hasUpper && !hasLower
		if !hasUpper {
			return w, false, false
		}
		return strings.ToLower(w), capInit, allCaps
	}
	hasUpper, hasLower = false, false
	for k, r := range w {
		if unicode.IsUpper(r) {
			hasUpper = true
			if k == 0 {
				capInit = true
			}
		} else if unicode.IsLower(r) {
			hasLower = true
		}
	}
	return strings.ToLower(w), capInit, hasUpper && !hasLower
}

// wordsOf tokenizes a rule phrase into lower-cased words, keeping the case
// requirement of each word: 0 any case, 1 capital initial, 2 all capitals.
func wordsOf(phrase string) (words []string, cases []uint8) {
	for _, t := range tokenize(phrase, nil) {
		w := phrase[t.s:t.e]
		words = append(words, t.low)
		switch {
		case t.allCaps && utf8.RuneCountInString(w) >= 1 && t.capInit && len(w) > 1:
			cases = append(cases, 2)
		case t.allCaps && len(w) == 1:
			cases = append(cases, 2)
		case t.capInit:
			cases = append(cases, 1)
		default:
			cases = append(cases, 0)
		}
	}
	return words, cases
}

// phraseWords splits a rule phrase into lower-cased words; a piece ending
// in "*" keeps the "*" on its last word (a prefix match).
func phraseWords(p string) []string {
	var out []string
	for _, piece := range strings.Fields(p) {
		star := strings.HasSuffix(piece, "*")
		words, _ := wordsOf(strings.TrimSuffix(piece, "*"))
		if star && len(words) > 0 {
			words[len(words)-1] += "*"
		}
		out = append(out, words...)
	}
	return out
}
