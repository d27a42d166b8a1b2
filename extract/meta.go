package extract

import (
	"regexp"
	"strings"
)

// reSymbol matches UN document symbols such as A/75/816, A/AC.290/2021/CRP.2,
// A/RES/73/27, S/2021/123, E/CN.4/2000/1.
var reSymbol = regexp.MustCompile(`\b(?:A|S|E|ST|UNEP|CCPR)/(?:[A-Z]{1,5}(?:\.\d+)?/)*(?:RES/)?\d{1,4}(?:/[A-Z0-9.]{1,12}){0,4}\b`)

// inferMetadata fills the missing fields of doc.Meta from its paragraphs.
// (basic version; extended by the metadata work)
func inferMetadata(doc *Document) {
	m := &doc.Meta
	for i, p := range doc.Paragraphs {
		if i > 40 {
			break
		}
		if m.Title == "" && p.Kind == KindHeading {
			m.Title = p.Text
		}
		if m.Symbol == "" {
			if s := reSymbol.FindString(p.Text); s != "" {
				m.Symbol = s
			}
		}
	}
	if m.Title == "" && len(doc.Paragraphs) > 0 {
		t := doc.Paragraphs[0].Text
		if len(t) > 200 {
			t = t[:200]
		}
		m.Title = strings.TrimSpace(t)
	}
	if m.Lang == "" {
		m.Lang = "en"
	}
}
