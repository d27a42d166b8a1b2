package extract

import (
	"regexp"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// A small port of the matching of shared/corpus/extraction/score.py, shared
// by the HTML and PDF quality tests.

var scoreMap = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	"\u2026", "...", "\u00a0", " ", "\u2009", " ", "\u202f", " ", "\u2007", " ", "\u00ad", "", "\u200b", "", "\ufeff", "")

// scoreNorm is score.py's norm(): NFKC, typographic quotes/dashes to ASCII,
// whitespace collapsed, case-folded.
func scoreNorm(s string) string {
	s = scoreMap.Replace(norm.NFKC.String(s))
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

var reWord = regexp.MustCompile(`[\p{L}\p{N}_]+`)

func tokenBag(s string) map[string]int {
	m := map[string]int{}
	for _, w := range reWord.FindAllString(s, -1) {
		m[w]++
	}
	return m
}

func bagF1(gold, ext map[string]int) float64 {
	ng, ne, common := 0, 0, 0
	for _, n := range gold {
		ng += n
	}
	for w, n := range ext {
		ne += n
		common += min(n, gold[w])
	}
	if ng == 0 || ne == 0 || common == 0 {
		return 0
	}
	p, r := float64(common)/float64(ne), float64(common)/float64(ng)
	return 2 * p * r / (p + r)
}
