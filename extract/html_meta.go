package extract

import (
	"encoding/json"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// htmlMeta is what the <head> of a page says about it.
type htmlMeta struct {
	Metadata
	title    string // <title>
	ogTitle  string
	siteName string
	ogType   string
	ldType   string
}

// headMeta reads <title>, <html lang>, the meta tags (og:*, article:*,
// citation_*, DC.*) and JSON-LD blocks of a page.
func headMeta(gq *goquery.Document) htmlMeta {
	var m htmlMeta
	m.title = cleanHTMLText(gq.Find("head title").First().Text())
	if lang, ok := gq.Find("html").First().Attr("lang"); ok {
		m.Lang = normLang(lang)
	}
	metas := map[string]string{}
	gq.Find("meta").Each(func(_ int, s *goquery.Selection) {
		key, _ := s.Attr("property")
		if key == "" {
			key, _ = s.Attr("name")
		}
		if key == "" {
			key, _ = s.Attr("itemprop")
		}
		val, _ := s.Attr("content")
		key = strings.ToLower(strings.TrimSpace(key))
		val = cleanHTMLText(val)
		if key != "" && val != "" {
			if _, dup := metas[key]; !dup {
				metas[key] = val
			}
		}
	})
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := metas[k]; v != "" {
				return v
			}
		}
		return ""
	}
	m.ogTitle = first("og:title", "twitter:title", "citation_title", "dc.title")
	m.siteName = first("og:site_name", "application-name")
	m.ogType = strings.ToLower(first("og:type"))
	m.Title = first("citation_title", "dc.title", "og:title", "twitter:title")
	m.Date = parseDate(first("citation_publication_date", "citation_date", "article:published_time", "dc.date", "dc.date.issued", "date", "datepublished", "pubdate"))
	if m.Lang == "" {
		m.Lang = normLang(first("og:locale", "dc.language", "citation_language", "language"))
	}
	if s := first("citation_technical_report_number", "dc.identifier"); s != "" {
		m.Symbol = reSymbol.FindString(s)
	}
	gq.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		readJSONLD([]byte(s.Text()), &m)
	})
	if m.Date == "" {
		if t, ok := gq.Find("time[datetime]").First().Attr("datetime"); ok {
			m.Date = parseDate(t)
		}
	}
	if m.Title == "" && m.ogTitle != "" {
		m.Title = m.ogTitle
	}
	m.Title = stripKnownSite(m.Title, m.siteName)
	m.ogTitle = stripKnownSite(m.ogTitle, m.siteName)
	return m
}

// readJSONLD takes headline, datePublished, inLanguage and @type from a
// JSON-LD block (an object, an array, or an @graph).
func readJSONLD(data []byte, m *htmlMeta) {
	var v any
	if json.Unmarshal(data, &v) != nil {
		return
	}
	var visit func(any, int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			str := func(k string) string {
				s, _ := x[k].(string)
				return cleanHTMLText(s)
			}
			if t := str("@type"); t != "" && m.ldType == "" && t != "WebSite" && t != "Organization" && t != "BreadcrumbList" {
				m.ldType = t
			}
			if h := str("headline"); h != "" && m.ogTitle == "" {
				m.ogTitle = h
			}
			if d := parseDate(str("datePublished")); d != "" && m.Date == "" {
				m.Date = d
			}
			if l := normLang(str("inLanguage")); l != "" && m.Lang == "" {
				m.Lang = l
			}
		}
	}
	visit(v, 0)
}

// normLang reduces a language tag ("en-GB", "fr_FR") to its ISO 639-1 code.
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if len(s) != 2 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

// kindHint maps the page's declared type (JSON-LD @type, og:type) to a
// document kind, or "".
func (m htmlMeta) kindHint() string {
	switch strings.ToLower(m.ldType) {
	case "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "backgroundnewsarticle", "liveblogposting":
		return "news"
	case "report":
		return "report"
	case "scholarlyarticle", "opinionnewsarticle", "blogposting", "techarticle":
		return "analysis"
	}
	return ""
}

// stripKnownSite removes the site name from a title that carries it
// ("Title | Site", "Site - Title"); other titles are returned unchanged.
func stripKnownSite(title, site string) string {
	if site == "" || title == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if l, ok := strings.CutSuffix(title, sep+site); ok && l != "" {
			return strings.TrimSpace(l)
		}
		if r, ok := strings.CutPrefix(title, site+sep); ok && r != "" {
			return strings.TrimSpace(r)
		}
	}
	return title
}
