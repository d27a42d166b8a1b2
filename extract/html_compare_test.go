//go:build compare

package extract

import (
	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// The trafilatura locators are built only with -tags compare: the library
// pulls wazero and an RE2 build, which the engine does not ship.

func trafilaturaArticle(root *html.Node, opt Options) *html.Node {
	res, err := trafilatura.ExtractDocument(dom.Clone(root, true), trafilatura.Options{ExcludeComments: true})
	if err != nil || res == nil {
		return nil
	}
	return res.ContentNode
}

func init() {
	htmlModes["trafilatura-raw"] = htmlConfig{locate: trafilaturaArticle, raw: true}
	htmlModes["trafilatura-only"] = htmlConfig{locate: trafilaturaArticle}
	htmlModes["trafilatura-combined"] = htmlConfig{locate: func(root *html.Node, opt Options) *html.Node {
		return widenToArticle(mapToOriginal(root, trafilaturaArticle(root, opt)))
	}}
}
