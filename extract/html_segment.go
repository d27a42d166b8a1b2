package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth bounds every recursive walk of the DOM, so that a pathological
// page (tens of thousands of nested elements) costs time, never the stack.
const maxDepth = 400

// segmenter turns the DOM of the main container into paragraphs: headings,
// paragraphs, list items, table rows and footnotes, with page chrome left
// out by general signals (tags, class/id/role tokens, link density).
type segmenter struct {
	out       []Paragraph
	section   string
	titleKey  string // normKey of the page title: that heading does not open a section
	titleSeen bool   // the title heading was emitted

	// the run of inline text being collected
	run       strings.Builder
	linkChars int    // characters of the run inside <a>
	noteStart bool   // the run began with a footnote marker (<sup>1</sup>)
	leadNo    string // the run began with a number in its own element
	brs       int    // <br> seen since the last text of the run
	kind      Kind   // kind of the runs of the current block

	// filtering
	raw     bool               // no chrome filtering (to measure an extractor alone)
	textLen map[*html.Node]int // text length per element (lazily filled)
	rootLen int                // text length of the container
	inLink  int                // depth of <a> elements
	layout  bool               // inside a layout table (cells hold blocks)
	notes   int                // depth of footnote zones
	// a zone opened by a heading ("About the author", "Notes"): chrome
	// dropped, or notes set apart, until a heading of the same or a higher
	// level or the end of the heading's parent
	zone       int // 0 none, 1 chrome, 2 notes
	zoneLevel  int
	zoneParent *html.Node

	quote     int          // depth of quotation elements (<blockquote>, <figure class="quote">)
	quoted    map[int]bool // indexes in out of records emitted inside a quotation
	authorRun bool         // the current run held an author element (rel=author, itemprop=author)
}

func newSegmenter(root *html.Node, titleKey string, raw bool) *segmenter {
	s := &segmenter{titleKey: titleKey, raw: raw, kind: KindParagraph, textLen: map[*html.Node]int{}, quoted: map[int]bool{}}
	s.rootLen = s.length(root)
	return s
}

// length returns the length of the collapsed text of n.
func (s *segmenter) length(n *html.Node) int {
	if l, ok := s.textLen[n]; ok {
		return l
	}
	l := len(strings.Join(strings.Fields(nodeText(n)), " "))
	s.textLen[n] = l
	return l
}

// skip reports whether the element n (and all it holds) is chrome.
func (s *segmenter) skip(n *html.Node) bool {
	if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript || n.DataAtom == atom.Template || n.DataAtom == atom.Head {
		return true
	}
	if s.raw {
		return false
	}
	if skipTags[n.DataAtom] || isHidden(n) {
		return true
	}
	if n.DataAtom == atom.Header && s.isSiteHeader(n) {
		return true
	}
	if n.DataAtom == atom.Aside && !s.isTextBox(n) {
		return true
	}
	if isAuthorElement(n) && (s.rootLen == 0 || s.length(n)*4 < s.rootLen) {
		s.authorRun = true
		return true
	}
	if isPullQuoteBox(n) {
		return true
	}
	if isFurnitureTokens(n) {
		// Never drop by a class name an element holding most of the text
		// (a wrapper such as <div class="has-sidebar">).
		if s.rootLen > 0 && s.length(n)*2 > s.rootLen {
			return false
		}
		return true
	}
	return false
}

// isTextBox reports whether an <aside> inside the content is a box of
// running text (an explainer with a heading and paragraphs) rather than a
// sidebar, a pull quote or a link list: it holds a paragraph of 80
// characters or a heading and a paragraph, and few links.
func (s *segmenter) isTextBox(n *html.Node) bool {
	if isFurnitureTokens(n) {
		return false
	}
	total, links, long, head, para := 0, 0, false, false, false
	var rec func(*html.Node, int, bool)
	rec = func(c *html.Node, d int, inLink bool) {
		if d > maxDepth {
			return
		}
		if c.Type == html.TextNode {
			l := len(strings.TrimSpace(c.Data))
			total += l
			if inLink {
				links += l
			}
			return
		}
		if c.Type == html.ElementNode {
			if c.DataAtom == atom.A {
				inLink = true
			}
			if c.DataAtom == atom.P {
				para = true
				long = long || len(cleanHTMLText(nodeText(c))) >= 80
			}
			head = head || headingLevel(c) > 0
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k, d+1, inLink)
		}
	}
	rec(n, 0, false)
	return (long || head && para) && links*4 < total
}

// isSiteHeader reports whether a <header> is the site's banner (logo, menu,
// search) rather than the header of the article (title, subtitle, byline).
func (s *segmenter) isSiteHeader(n *html.Node) bool {
	found := false
	var rec func(*html.Node, int)
	rec = func(c *html.Node, d int) {
		if found || d > maxDepth {
			return
		}
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Nav, atom.Form, atom.Input:
				found = true
				return
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k, d+1)
		}
	}
	rec(n, 0)
	return found
}

// walk segments the children of n.
func (s *segmenter) walk(n *html.Node, depth int) {
	if depth > maxDepth {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.node(c, depth+1)
	}
}

// node handles one node inside a block.
func (s *segmenter) node(c *html.Node, depth int) {
	switch c.Type {
	case html.TextNode:
		s.text(c.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	if s.skip(c) {
		return
	}
	if !s.raw && isFootnoteZone(c) {
		if !blockTags[c.DataAtom] {
			return // an inline note or note reference (<a class="footnote-ref">)
		}
		// Footnote lists are set apart, not dropped: emitted as KindFootnote.
		s.flush()
		s.notes++
		s.walk(c, depth)
		s.flush()
		s.notes--
		return
	}
	if lvl := headingLevel(c); lvl > 0 {
		if s.notes > 0 {
			return
		}
		s.flush()
		if s.zone != 0 && lvl <= s.zoneLevel {
			s.zone = 0
		}
		if s.zone == 0 {
			s.heading(c, depth)
		}
		return
	}
	switch c.DataAtom {
	case atom.Br:
		if s.run.Len() > 0 {
			s.brs++
		}
		return
	case atom.Sup:
		t := strings.TrimSpace(nodeText(c))
		if isFootnoteMark(t) && !s.raw {
			if strings.TrimSpace(s.run.String()) == "" {
				s.noteStart = true
			}
			return // a footnote reference is not text
		}
	case atom.A:
		if t := strings.TrimSpace(nodeText(c)); !s.raw && strings.HasPrefix(attr(c, "href"), "#") && (isFootnoteMark(t) || isBackLink(t)) {
			return // a footnote reference or a footnote's link back to the text
		}
		s.inLink++
		s.walk(c, depth)
		s.inLink--
		return
	case atom.Li:
		s.flush()
		old := s.kind
		s.kind = KindListItem
		s.walk(c, depth)
		s.flush()
		s.kind = old
		return
	case atom.Tr:
		if !s.layout {
			s.flush()
			s.row(c, depth)
			return
		}
	case atom.Table:
		s.flush()
		old := s.layout
		s.layout = s.layoutTable(c)
		s.walk(c, depth)
		s.flush()
		s.layout = old
		return
	case atom.Hr:
		s.flush()
		return
	}
	if !s.raw && blockTags[c.DataAtom] && c.DataAtom != atom.Li && s.section == "" && len(s.out) > 0 && hasSubtitleToken(c) {
		s.flush()
		s.heading(c, depth) // a subtitle printed as <p class="subtitle">
		return
	}
	if isQuotation(c) {
		s.flush()
		s.quote++
		defer func() { s.flush(); s.quote-- }()
	}
	if blockTags[c.DataAtom] {
		s.flush()
		old := s.kind
		if c.DataAtom != atom.Li && old == KindListItem && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) {
			s.kind = KindParagraph
		}
		s.walk(c, depth)
		s.flush()
		s.kind = old
		if s.zone != 0 && s.zoneParent == c {
			s.zone = 0
		}
		return
	}
	if !s.raw && strings.TrimSpace(s.run.String()) == "" && s.leadNo == "" {
		// A printed number in its own element opening the block
		// (<span class="pn">14.</span>Text): kept apart from the text.
		if t := cleanHTMLText(nodeText(c)); reEnumerator.MatchString(t) {
			s.leadNo = t
			s.run.WriteString(t + " ")
			return
		}
	}
	s.walk(c, depth) // inline element
}

// reEnumerator matches a printed paragraph or heading number: "14.", "(a)",
// "a)", "A.", "IV.".
var reEnumerator = regexp.MustCompile(`^(?:\d{1,3}\.|\(?[a-z]{1,2}\)|\([ivxl]{1,6}\)|[A-Z]\.|[IVXLC]{1,6}\.)$`)

// text appends a text node to the current run.
func (s *segmenter) text(t string) {
	if strings.TrimSpace(t) == "" {
		if s.run.Len() > 0 {
			s.run.WriteByte(' ')
		}
		return
	}
	if s.brs >= 2 {
		s.flush()
	} else if s.brs == 1 {
		s.run.WriteByte(' ')
	}
	s.brs = 0
	s.run.WriteString(t)
	if s.inLink > 0 {
		s.linkChars += len(strings.TrimSpace(t))
	}
}

// flush ends the current run and emits it as a record of the current kind.
func (s *segmenter) flush() {
	raw := s.run.String()
	link := s.linkChars
	note := s.noteStart
	leadNo := s.leadNo
	s.run.Reset()
	author := s.authorRun
	s.linkChars, s.noteStart, s.brs, s.leadNo, s.authorRun = 0, false, 0, "", false
	t := cleanHTMLText(raw)
	if t == "" {
		return
	}
	if author && !s.raw && len(t) < 60 && !strings.HasSuffix(t, ".") {
		return // what is left of a byline once its author element is gone ("By", "Posted by · 3 May")
	}
	kind := s.kind
	if s.zone == 1 {
		return
	}
	if !s.raw {
		tl := len(strings.Join(strings.Fields(raw), " "))
		// A short block made of links is a menu entry or a related post.
		if tl > 0 && link*10 >= tl*8 && tl < 120 {
			return
		}
		if kind != KindFootnote && !note && s.notes == 0 && s.zone == 0 && isChromeText(t) {
			return
		}
		if note || s.notes > 0 || s.zone == 2 || reNoteStart.MatchString(t) {
			kind = KindFootnote
			t = strings.TrimSpace(reNoteStart.ReplaceAllString(t, ""))
			t = strings.TrimSpace(strings.TrimPrefix(t, "."))
			if t == "" {
				return
			}
		}
	}
	p := Paragraph{Kind: kind, Section: s.section, Text: t}
	if leadNo != "" && !s.raw && kind != KindFootnote {
		if no, rest, ok := splitParaNo(t); ok && rest != "" {
			p.ParaNo, p.Text = no, rest
		}
	}
	if s.quote > 0 && s.quoted != nil { // sub-segmenters (heading text, table cells) do not track quotations
		s.quoted[len(s.out)] = true
	}
	s.out = append(s.out, p)
}

// isBackLink reports whether t is the text of a footnote's link back to
// its reference ("↩", "↑", "^", "back").
func isBackLink(t string) bool {
	switch strings.ToLower(strings.TrimSuffix(t, "\ufe0e")) {
	case "↩", "↑", "^", "⤴", "⏎", "back", "return", "[back]", "↩︎":
		return true
	}
	return false
}

// reNoteStart matches a bracketed footnote number opening a block: "[3] See ...".
var reNoteStart = regexp.MustCompile(`^\[\d{1,3}\]\s*`)

// heading emits a heading element.
func (s *segmenter) heading(c *html.Node, depth int) {
	var hs segmenter
	hs = segmenter{raw: s.raw, textLen: s.textLen, rootLen: s.rootLen, kind: KindHeading}
	hs.walk(c, depth)
	t := cleanHTMLText(hs.run.String())
	for _, p := range hs.out {
		t = cleanHTMLText(p.Text + " " + t)
	}
	if t == "" {
		return
	}
	if !s.raw {
		tl := len(strings.Join(strings.Fields(hs.run.String()), " "))
		if headingLevel(c) > 1 && tl > 0 && hs.linkChars*10 >= tl*9 && !strings.HasPrefix(firstHref(c), "#") {
			return // a linked teaser title
		}
	}
	if !s.raw {
		if reChromeHeading.MatchString(t) || reNotesHeading.MatchString(t) {
			s.zone, s.zoneLevel, s.zoneParent = 1, headingLevel(c), c.Parent
			if reNotesHeading.MatchString(t) {
				s.zone = 2
			}
			return
		}
	}
	key := normKey(t)
	if key == s.titleKey && s.titleKey != "" && !s.titleSeen || s.isSubtitle(c) {
		s.titleSeen = s.titleSeen || key == s.titleKey
		s.out = append(s.out, Paragraph{Kind: KindHeading, Section: "", Text: t})
		return
	}
	s.section = t
	s.out = append(s.out, Paragraph{Kind: KindHeading, Section: t, Text: t})
}

// isSubtitle reports whether the heading c is a subtitle printed under the
// page title: it carries a subtitle class, or follows the title heading in
// the same <header>/<hgroup> before any text.
func (s *segmenter) isSubtitle(c *html.Node) bool {
	if hasSubtitleToken(c) {
		return len(s.out) > 0 && s.section == ""
	}
	if s.section != "" || len(s.out) == 0 {
		return false
	}
	last := s.out[len(s.out)-1]
	if last.Kind != KindHeading || normKey(last.Text) != s.titleKey {
		return false
	}
	for p := c.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Header || p.DataAtom == atom.Hgroup {
			return true
		}
	}
	return false
}

func firstHref(n *html.Node) string {
	if n.DataAtom == atom.A {
		return attr(n, "href")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if h := firstHref(c); h != "" {
				return h
			}
		}
	}
	return ""
}

// row emits one table row as one record, its cells joined by one space.
func (s *segmenter) row(tr *html.Node, depth int) {
	var cells []string
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) || s.skip(c) {
			continue
		}
		cs := &segmenter{raw: s.raw, textLen: s.textLen, rootLen: s.rootLen, kind: KindParagraph, section: s.section}
		cs.walk(c, depth)
		cs.flush()
		for _, p := range cs.out {
			if p.Kind != KindFootnote {
				cells = append(cells, p.Text)
			}
		}
	}
	t := cleanHTMLText(strings.Join(cells, " "))
	if t != "" {
		s.out = append(s.out, Paragraph{Kind: KindParagraph, Section: s.section, Text: t})
	}
}

// layoutTable reports whether a table is used for layout (its cells hold
// paragraphs or lists) rather than data.
func (s *segmenter) layoutTable(t *html.Node) bool {
	found := false
	var rec func(*html.Node, int)
	rec = func(n *html.Node, d int) {
		if found || d > maxDepth {
			return
		}
		if n.Type == html.ElementNode && d > 0 {
			switch n.DataAtom {
			case atom.P, atom.Ul, atom.Ol, atom.Div, atom.Table, atom.H1, atom.H2, atom.H3, atom.H4, atom.Blockquote:
				found = true
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, d+1)
		}
	}
	rec(t, 0)
	return found
}
