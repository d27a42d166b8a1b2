package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// MaxHTMLSize is the largest page ExtractHTML accepts.
const MaxHTMLSize = 32 << 20

// ErrNotHTML is returned by ExtractHTML for data that is not a web page
// (binary content).
var ErrNotHTML = errors.New("html: not an HTML document")

// ExtractHTML extracts the main-content paragraphs of an HTML page.
//
// The page is decoded from its declared charset (byte order mark,
// opt.ContentType, <meta charset>; UTF-16 told by its NUL bytes;
// windows-1252 when undeclared and not UTF-8). The main content container is located with a readability
// extractor and then segmented from the original DOM: headings (the page
// title first), paragraphs, list items, table rows; menus, banners, share
// bars, forms, sidebars, bylines (also rel=author, itemprop=author and a
// name-only line under a heading), pull quotes (a quotation repeating the
// text of the page), captions and footers are left out, and
// footnotes are set apart as KindFootnote. Document metadata comes from the
// <head> (title, og:*, article:published_time, citation_*, JSON-LD, lang)
// and from the text.
func ExtractHTML(ctx context.Context, data []byte, opt Options) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("html: empty document")
	}
	if len(data) > MaxHTMLSize {
		return nil, fmt.Errorf("html: page too large (%d bytes, limit %d)", len(data), MaxHTMLSize)
	}
	utf16 := bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff})
	switch f := Sniff(data); {
	case f == FormatPDF:
		return nil, fmt.Errorf("%w: the data is a PDF", ErrNotHTML)
	case f != FormatHTML && !utf16 && !looksText(data):
		return nil, fmt.Errorf("%w: binary content", ErrNotHTML)
	}
	var doc *Document
	err := guard("html", func() error {
		var err error
		doc, err = extractHTML(ctx, data, opt, htmlConfig{locate: readabilityLocator})
		return err
	})
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// locator finds the main-content container of a parsed page; nil means
// the fallback container.
type locator func(root *html.Node, opt Options) *html.Node

// htmlConfig selects how the main content is found: the locator, and raw
// (segment the locator's node with no chrome filtering, to measure an
// extractor on its own).
type htmlConfig struct {
	locate locator
	raw    bool
}

// decodeHTML converts data to UTF-8 using the BOM, the Content-Type header,
// the <meta> declaration, or a UTF-8 / windows-1252 guess, in that order.
func decodeHTML(data []byte, contentType string) (string, string, error) {
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	if name != "utf-16le" && name != "utf-16be" && len(data) >= 4 && !bytes.HasPrefix(data, []byte{0xff, 0xfe}) && !bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		// UTF-16 without a byte order mark, told by its NUL bytes.
		switch {
		case data[0] != 0 && data[1] == 0 && data[2] != 0 && data[3] == 0:
			enc, name = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"
		case data[0] == 0 && data[1] != 0 && data[2] == 0 && data[3] != 0:
			enc, name = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"
		}
	}
	if name == "utf-8" {
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD"))), name, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return "", name, fmt.Errorf("html: decode %s: %w", name, err)
	}
	return string(out), name, nil
}

func extractHTML(ctx context.Context, data []byte, opt Options, cfg htmlConfig) (*Document, error) {
	text, _, err := decodeHTML(data, opt.ContentType)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// x/net/html refuses more than 512 open elements; broken pages
		// (thousands of unclosed <div> or <font>) are flattened and parsed
		// again: the text and its blocks survive, the wrappers go.
		root, err = html.Parse(strings.NewReader(flattenHTML(text)))
		if err != nil {
			return nil, fmt.Errorf("html: parse: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	gq := goquery.NewDocumentFromNode(root)
	doc := &Document{Format: FormatHTML, Engine: "html"}
	hm := headMeta(gq)
	body := gq.Find("body").First()
	if body.Length() == 0 {
		return nil, errors.New("html: no <body> (a frameset page?)")
	}
	var container *html.Node
	if cfg.locate != nil {
		container = cfg.locate(root, opt)
	}
	if container == nil {
		container = fallbackContainer(gq)
	}
	title, h1 := pageTitle(gq, container, hm)
	container = widenToTitle(container, h1)
	seg := newSegmenter(container, normKey(title), cfg.raw)
	seg.walk(container, 0)
	seg.flush()
	paras := seg.out
	if !cfg.raw {
		paras = dropNameLines(dropRepeatedQuotes(paras, seg.quoted))
	}
	if title != "" && (len(paras) == 0 || paras[0].Kind != KindHeading || normKey(paras[0].Text) != normKey(title)) {
		// Drop a copy of the title found later (e.g. a repeated h1) and put it first.
		kept := paras[:0:0]
		for _, p := range paras {
			if p.Kind == KindHeading && normKey(p.Text) == normKey(title) && p.Section == "" {
				continue
			}
			kept = append(kept, p)
		}
		paras = append([]Paragraph{{Kind: KindHeading, Text: title}}, kept...)
	}
	doc.Paragraphs = paras
	doc.Meta = hm.Metadata
	if doc.Meta.Title == "" {
		doc.Meta.Title = title
	}
	inferMetadataHint(doc, hm.kindHint())
	return doc, nil
}

// fallbackContainer is the main content element when no extractor found
// one: <article>, <main>, [role=main], else <body>.
func fallbackContainer(gq *goquery.Document) *html.Node {
	for _, sel := range []string{"article", "main", "[role=main]", "body"} {
		if s := gq.Find(sel); s.Length() == 1 {
			return s.Get(0)
		}
	}
	return gq.Find("body").Get(0)
}

// pageTitle returns the title of the page: its first <h1> outside the
// chrome (preferring one inside the container), else og:title, else
// <title> without the site name.
func pageTitle(gq *goquery.Document, container *html.Node, hm htmlMeta) (string, *html.Node) {
	var h1 string
	var node *html.Node
	goquery.NewDocumentFromNode(container).Find("h1").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		node = s.Get(0)
		h1 = cleanHTMLText(nodeText(node))
		return h1 == ""
	})
	if h1 == "" {
		gq.Find("body h1").EachWithBreak(func(_ int, s *goquery.Selection) bool {
			n := s.Get(0)
			for p := n; p != nil; p = p.Parent {
				if p.Type == html.ElementNode && (p.DataAtom == atom.Nav || p.DataAtom == atom.Aside || p.DataAtom == atom.Footer || isFurnitureTokens(p)) {
					return true
				}
			}
			h1, node = cleanHTMLText(nodeText(n)), n
			return h1 == ""
		})
	}
	if h1 != "" {
		return h1, node
	}
	if hm.ogTitle != "" {
		return hm.ogTitle, nil
	}
	return stripSiteName(hm.title, hm.siteName), nil
}

// widenToTitle returns the nearest common ancestor of the container and the
// title heading when the title sits just outside the container (in an
// entry header with its subtitle and lede) and the ancestor adds little
// text; otherwise the container.
func widenToTitle(container, h1 *html.Node) *html.Node {
	if container == nil || h1 == nil {
		return container
	}
	anc := map[*html.Node]bool{}
	for p := container; p != nil; p = p.Parent {
		anc[p] = true
	}
	if anc[h1] {
		return container
	}
	var lca *html.Node
	for p := h1; p != nil; p = p.Parent {
		if anc[p] {
			lca = p
			break
		}
	}
	if lca == nil || lca == container || lca.DataAtom == atom.Body || lca.DataAtom == atom.Html || lca.Type != html.ElementNode {
		return container
	}
	if !smallWidening(container, lca) {
		return container
	}
	return lca
}

// stripSiteName removes the site name from a <title> such as
// "Article title - Site" or "Site | Article title".
func stripSiteName(title, site string) string {
	title = cleanHTMLText(title)
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		i := strings.LastIndex(title, sep)
		if i < 0 {
			continue
		}
		left, right := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if site != "" && strings.EqualFold(left, site) {
			return right
		}
		if site == "" || strings.EqualFold(right, site) || len(right) < len(left) {
			return left
		}
	}
	return title
}
