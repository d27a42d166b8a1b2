package extract

import (
	"io"
	"log/slog"
	nurl "net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxReadabilityElems bounds the pages given to readability; larger pages
// fall back to the <article>/<main>/<body> container.
const maxReadabilityElems = 60000

// readabilityArticle runs readability on a copy of the page and returns the
// node of the article it found, or nil.
func readabilityArticle(root *html.Node, opt Options) *html.Node {
	p := readability.NewParser()
	p.MaxElemsToParse = maxReadabilityElems
	p.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	u, _ := nurl.Parse(opt.URL)
	if u == nil {
		u = &nurl.URL{}
	}
	art, err := p.ParseDocument(root, u)
	if err != nil {
		return nil
	}
	return art.Node
}

// readabilityLocator finds the main container in the original DOM: the
// deepest element holding (almost) all the text blocks readability kept.
// Segmenting that element of the original page, rather than readability's
// cleaned copy, keeps every paragraph of the container (readability drops
// short blocks and boxes) while the chrome is filtered by our own rules.
func readabilityLocator(root *html.Node, opt Options) *html.Node {
	art := readabilityArticle(root, opt)
	if art == nil {
		return nil
	}
	return widenToArticle(mapToOriginal(root, art))
}

// widenToArticle returns the <article> / <main> enclosing c, or c.
func widenToArticle(c *html.Node) *html.Node {
	if c == nil {
		return nil
	}
	// Widen to the enclosing <article> / <main>: the title, subtitle and
	// lede printed above the body text belong to the content, and the chrome
	// inside is filtered by the segmenter. Not when the ancestor adds much
	// text (a <main> that also holds listings of other posts).
	for p := c; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.Article || p.DataAtom == atom.Main || attr(p, "role") == "main") {
			if smallWidening(c, p) {
				return p
			}
			return c
		}
	}
	return c
}

// smallWidening reports whether the ancestor anc of c holds at most half as
// many words again as c (plus a header's worth).
func smallWidening(c, anc *html.Node) bool {
	cl, al := len(strings.Fields(nodeText(c))), len(strings.Fields(nodeText(anc)))
	return al*2 <= cl*3+600
}

// rawReadabilityLocator returns readability's own article node (used to
// measure readability alone).
func rawReadabilityLocator(root *html.Node, opt Options) *html.Node {
	return readabilityArticle(root, opt)
}

// mapToOriginal returns the deepest element of root that holds at least 90%
// of the text of art (matched text node by text node, since readability
// rewraps text but keeps its text nodes).
func mapToOriginal(root, art *html.Node) *html.Node {
	if root == nil || art == nil {
		return nil
	}
	want := map[string]bool{}
	forTextNodes(art, func(n *html.Node) {
		if k := textKey(n.Data); len(k) >= 8 {
			want[k] = true
		}
	})
	if len(want) == 0 {
		return nil
	}
	weight := map[*html.Node]int{}
	total := 0
	forTextNodes(root, func(n *html.Node) {
		k := textKey(n.Data)
		if !want[k] {
			return
		}
		total += len(k)
		for p := n.Parent; p != nil; p = p.Parent {
			weight[p] += len(k)
		}
	})
	if total == 0 {
		return nil
	}
	cur := root
	for depth := 0; depth < maxDepth; depth++ {
		var next *html.Node
		for c := cur.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && weight[c]*10 >= total*9 {
				next = c
				break
			}
		}
		if next == nil {
			break
		}
		cur = next
	}
	if cur == root || cur.DataAtom == atom.Html || cur.DataAtom == atom.Body {
		return nil
	}
	return cur
}

// textKey is a cheap comparison key for a text node (readability copies
// text nodes verbatim, up to whitespace).
func textKey(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// forTextNodes calls f for every text node under n outside scripts and
// styles.
func forTextNodes(n *html.Node, f func(*html.Node)) {
	var rec func(*html.Node, int)
	rec = func(n *html.Node, d int) {
		if d > maxDepth {
			return
		}
		switch n.Type {
		case html.TextNode:
			f(n)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, d+1)
		}
	}
	rec(n, 0)
}
