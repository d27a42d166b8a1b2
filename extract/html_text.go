package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds the small DOM and text helpers of the HTML engine.

// attr returns the value of the attribute key of n, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n carries the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// classTokens splits the class and id attributes of n into lower-case word
// tokens: class="entry-meta share_bar" gives entry, meta, share, bar.
func classTokens(n *html.Node) []string {
	s := attr(n, "class") + " " + attr(n, "id")
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		// Split camelCase ("shareBar") as well.
		start := 0
		rs := []rune(f)
		for i := 1; i < len(rs); i++ {
			if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
				out = append(out, strings.ToLower(string(rs[start:i])))
				start = i
			}
		}
		out = append(out, strings.ToLower(string(rs[start:])))
	}
	return out
}

// furnitureTokens are class/id/role tokens that mark page chrome: menus,
// banners, share bars, comment forms, related posts, bylines, footnotes,
// captions and the like.
var furnitureTokens = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "menubar": true, "submenu": true,
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "banner": true, "notice": true,
	"share": true, "sharing": true, "sharebar": true, "social": true, "sociallinks": true,
	"related": true, "recommended": true, "recirculation": true, "popular": true, "trending": true,
	"sidebar": true, "widget": true, "aside": true, "rail": true,
	"comment": true, "comments": true, "respond": true, "reply": true, "disqus": true,
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true, "optin": true,
	"promo": true, "promotion": true, "advert": true, "advertisement": true, "ad": true, "ads": true, "sponsor": true, "sponsored": true,
	"author": true, "authors": true, "bio": true, "bios": true, "byline": true, "contributor": true, "contributors": true, "contrib": true, "avatar": true,
	"pullquote": true, "hits": true, "views": true, "rating": true,
	"caption": true, "credit": true, "credits": true, "breadcrumb": true, "breadcrumbs": true,
	"meta": true, "postmeta": true, "dateline": true, "tags": true, "tagcloud": true, "categories": true,
	"toolbar": true, "topbar": true, "skip": true, "popup": true, "modal": true, "overlay": true,
	"logo": true, "tagline": true, "masthead": true, "footer": true, "copyright": true,
	"pagination": true, "pager": true, "print": true, "toc": true, "search": true, "login": true,
	"donate": true, "paywall": true, "disclaimer": true,
	"hidden": true, "invisible": true, "screenreader": true,
	"kicker": true, "eyebrow": true, "date": true, "timestamp": true, "pubdate": true, "published": true, "readtime": true,
}

// furniturePairs are two consecutive tokens that mark chrome or hidden text
// ("sr-only", "screen-reader-text", "visually-hidden", "d-none").
var furniturePairs = [][2]string{{"pull", "quote"}, {"sr", "only"}, {"screen", "reader"}, {"visually", "hidden"}, {"d", "none"}, {"read", "more"}, {"reading", "time"}}

// furniturePrefixes are token prefixes long and distinctive enough to mark
// chrome inside compound class names ("sharedaddy", "cookiebar").
var furniturePrefixes = []string{"cookie", "consent", "newsletter", "breadcrumb", "sidebar",
	"subscribe", "social", "sharing", "advert", "byline"}

// furnitureRoles are ARIA roles of page chrome.
var furnitureRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "search": true,
	"dialog": true, "alertdialog": true, "menu": true, "menubar": true, "toolbar": true, "note": true,
}

// isFurnitureTokens reports whether the class/id tokens or the role of n
// mark it as chrome.
func isFurnitureTokens(n *html.Node) bool {
	if furnitureRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
		return true
	}
	toks := classTokens(n)
	for i, t := range toks {
		if furnitureTokens[t] {
			return true
		}
		if i+1 < len(toks) {
			for _, p := range furniturePairs {
				if t == p[0] && toks[i+1] == p[1] {
					return true
				}
			}
		}
		for _, p := range furniturePrefixes {
			if strings.HasPrefix(t, p) {
				return true
			}
		}
	}
	return false
}

// isFootnoteZone reports whether n holds footnotes or endnotes (class/id
// tokens footnote(s), endnote(s), notes, references; role doc-endnotes).
func isFootnoteZone(n *html.Node) bool {
	switch strings.ToLower(attr(n, "role")) {
	case "doc-endnotes", "doc-footnote", "doc-footnotes":
		return true
	}
	for _, t := range classTokens(n) {
		switch t {
		case "footnote", "footnotes", "endnote", "endnotes", "fn", "fns", "notes", "references", "reflist":
			return true
		}
		if strings.HasPrefix(t, "footnote") || strings.HasPrefix(t, "endnote") {
			return true
		}
	}
	return false
}

// subtitleTokens mark the subtitle / standfirst printed under a page title.
var subtitleTokens = map[string]bool{"subtitle": true, "subhead": true, "subheading": true, "dek": true, "deck": true, "standfirst": true, "strapline": true}

func hasSubtitleToken(n *html.Node) bool {
	for _, t := range classTokens(n) {
		if subtitleTokens[t] {
			return true
		}
	}
	return false
}

// skipTags are elements whose text is never content.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Canvas: true, atom.Nav: true, atom.Footer: true,
	atom.Form: true, atom.Figure: true, atom.Figcaption: true, atom.Button: true, atom.Input: true,
	atom.Select: true, atom.Textarea: true, atom.Label: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Video: true, atom.Audio: true, atom.Map: true, atom.Dialog: true,
	atom.Menu: true, atom.Head: true, atom.Title: true, atom.Meta: true, atom.Link: true,
	atom.Address: true, atom.Picture: true, atom.Img: true, atom.Option: true, atom.Caption: true,
	atom.Datalist: true, atom.Output: true, atom.Progress: true, atom.Meter: true,
}

// blockTags are elements that start a new block of text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Blockquote: true, atom.Ul: true, atom.Ol: true, atom.Li: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Pre: true, atom.Hr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Hgroup: true, atom.Details: true, atom.Summary: true, atom.Center: true, atom.Body: true,
	atom.Html: true, atom.Fieldset: true, atom.Caption: true, atom.Colgroup: true,
	atom.Figure: true, atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true,
}

// headingLevel returns 1-6 for h1-h6 and 0 otherwise.
func headingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// isHidden reports whether n is hidden from readers.
func isHidden(n *html.Node) bool {
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	st := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

// nodeText returns the raw text content of n (scripts and styles left out).
func nodeText(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node, int)
	rec = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript || n.DataAtom == atom.Template {
				return
			}
			if blockTags[n.DataAtom] || n.DataAtom == atom.Br {
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, depth+1)
		}
	}
	rec(n, 0)
	return b.String()
}

// cleanHTMLText normalises a text run taken from the DOM: NFKC, no-break
// spaces to plain spaces, whitespace collapsed.
func cleanHTMLText(s string) string {
	return strings.TrimSpace(normalizeText(s))
}

// isFootnoteMark reports whether s is a footnote marker such as "1", "[12]",
// "(3)", "*", "†" or "iv".
func isFootnoteMark(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ".")
	s = strings.TrimPrefix(strings.TrimSuffix(s, "]"), "[")
	s = strings.TrimPrefix(strings.TrimSuffix(s, ")"), "(")
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 4 {
		return false
	}
	allDigits, allSym, allRoman := true, true, true
	for _, r := range s {
		if !unicode.IsDigit(r) {
			allDigits = false
		}
		if !strings.ContainsRune("*†‡§¶#", r) {
			allSym = false
		}
		if !strings.ContainsRune("ivx", r) {
			allRoman = false
		}
	}
	return allDigits || allSym || allRoman
}

// normKey is the comparison key of a text: normalised, case-folded, with
// punctuation and typographic variants reduced, so that the same sentence
// found in two DOMs compares equal.
func normKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range normalizeText(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}

// wrapperTags are the elements flattenHTML drops: containers and inline
// wrappers whose nesting carries no paragraph structure.
var wrapperTags = map[atom.Atom]bool{
	atom.Div: true, atom.Span: true, atom.Font: true, atom.Section: true, atom.Center: true,
	atom.B: true, atom.I: true, atom.Em: true, atom.Strong: true, atom.U: true, atom.A: true,
	atom.Small: true, atom.Big: true, atom.S: true, atom.Strike: true, atom.Blockquote: true,
	atom.Article: true, atom.Main: true, atom.Table: true, atom.Tbody: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Thead: true, atom.Tfoot: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Form: true, atom.Label: true, atom.Sub: true, atom.Sup: false,
}

// flattenHTML rewrites a page without its wrapper tags (keeping text,
// paragraphs, headings, list items and breaks), for pages nested too deep
// to parse. Unknown elements are dropped as well.
func flattenHTML(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == 0 || wrapperTags[a] {
				if tt == html.EndTagToken || a == atom.Div || a == atom.Td || a == atom.Tr {
					b.WriteByte(' ')
				}
				continue
			}
			if a == atom.Li && tt == html.StartTagToken {
				b.WriteString("</li>") // never nest list items
			}
			b.Write(z.Raw())
		default:
			b.Write(z.Raw())
		}
	}
}
