//go:build compare

package extract

import (
	"context"
	"os"
	"testing"

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

// BenchmarkHTMLModes times the whole HTML engine over the dev pages with
// each content locator: go test -tags compare -bench HTMLModes ./extract
func BenchmarkHTMLModes(b *testing.B) {
	files := devHTMLFiles(b)
	var pages [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	for _, mode := range []string{"combined", "trafilatura-combined", "readability-raw", "trafilatura-raw", "fallback"} {
		cfg := htmlModes[mode]
		b.Run(mode, func(b *testing.B) {
			for b.Loop() {
				for _, p := range pages {
					if _, err := extractHTML(context.Background(), p, Options{}, cfg); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
