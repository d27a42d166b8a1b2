package extract

import (
	"strings"
	"unicode"
)

// stopWords are frequent function words of the languages the corpus meets
// (the six UN languages with a Latin or Cyrillic script, and German,
// Italian, Portuguese, Dutch). A stop-word count is enough to tell these
// apart on a paragraph or more of text.
var stopWords = map[string][]string{
	"en": {"the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "are", "by", "this", "be", "it", "which", "from", "have", "its"},
	"fr": {"le", "la", "les", "de", "des", "et", "du", "un", "une", "est", "que", "dans", "pour", "sur", "par", "qui", "au", "aux", "sont", "avec"},
	"es": {"el", "la", "los", "las", "de", "del", "y", "en", "que", "por", "para", "con", "una", "un", "es", "se", "al", "sobre", "como", "su"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "für", "auf", "ein", "eine", "zu", "im", "sich", "auch", "werden"},
	"it": {"il", "di", "che", "della", "delle", "dei", "e", "per", "con", "una", "sono", "nel", "alla", "gli", "non", "anche", "si", "come", "più", "questo"},
	"pt": {"o", "os", "da", "das", "do", "dos", "e", "que", "em", "para", "com", "uma", "um", "não", "por", "ao", "na", "no", "como", "são"},
	"nl": {"de", "het", "een", "en", "van", "in", "is", "dat", "op", "te", "voor", "met", "zijn", "niet", "door", "ook", "aan", "wordt", "bij", "deze"},
	"ru": {"и", "в", "не", "на", "что", "с", "по", "о", "для", "как", "это", "из", "к", "от", "в", "также", "его", "или", "мы", "государств"},
}

var stopIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, ws := range stopWords {
		for _, w := range ws {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// detectLang guesses the ISO 639-1 language of text. sure is true when the
// evidence is strong (enough words and a clear winner).
func detectLang(text string) (lang string, sure bool) {
	var han, arabic, cyr, letters int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters == 0 {
		return "", false
	}
	if han*3 > letters {
		return "zh", letters > 50
	}
	if arabic*2 > letters {
		return "ar", letters > 100
	}
	score := map[string]int{}
	words := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		for _, l := range stopIndex[w] {
			score[l]++
		}
	}
	if cyr*2 > letters {
		return "ru", words > 30
	}
	best, second := "", ""
	for l, n := range score {
		if best == "" || n > score[best] || n == score[best] && l < best {
			best, second = l, best
		} else if second == "" || n > score[second] {
			second = l
		}
	}
	if best == "" || score[best] < 2 {
		return "", false
	}
	return best, words >= 40 && score[best] >= 2*score[second] && score[best]*100 >= words*15
}
