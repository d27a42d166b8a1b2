package extract

import (
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

func TestHeadMeta(t *testing.T) {
	tests := []struct {
		name string
		head string
		want htmlMeta
	}{
		{
			name: "JSON-LD graph",
			head: `<html lang="fr-FR"><head><title>Titre - Site</title><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
{"@type":"NewsArticle","headline":"La cybersécurité à l'ONU","datePublished":"2020-07-10T09:00:00Z","inLanguage":"fr"}]}</script></head><body></body></html>`,
			want: htmlMeta{Metadata: Metadata{Date: "2020-07-10", Lang: "fr"}, ogTitle: "La cybersécurité à l'ONU", ldType: "NewsArticle"},
		},
		{
			name: "citation tags win over og",
			head: `<html><head><meta property="og:title" content="Short title | Journal"><meta property="og:site_name" content="Journal">
<meta name="citation_title" content="The Full Title of the Paper"><meta name="citation_date" content="March 18, 2021"></head><body></body></html>`,
			want: htmlMeta{Metadata: Metadata{Title: "The Full Title of the Paper", Date: "2021-03-18"}, ogTitle: "Short title", siteName: "Journal"},
		},
		{
			name: "broken JSON-LD and og:locale",
			head: `<html><head><meta property="og:locale" content="es_ES"><script type="application/ld+json">{"headline": </script></head><body><time datetime="2019-01-04">Jan 4</time></body></html>`,
			want: htmlMeta{Metadata: Metadata{Lang: "es", Date: "2019-01-04"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gq, err := goquery.NewDocumentFromReader(strings.NewReader(tc.head))
			if err != nil {
				t.Fatal(err)
			}
			got := headMeta(gq)
			checkMeta(t, got.Metadata, tc.want.Metadata)
			if tc.want.ogTitle != "" && got.ogTitle != tc.want.ogTitle {
				t.Errorf("ogTitle %q, want %q", got.ogTitle, tc.want.ogTitle)
			}
			if tc.want.ldType != "" && got.ldType != tc.want.ldType {
				t.Errorf("ldType %q, want %q", got.ldType, tc.want.ldType)
			}
			if tc.want.siteName != "" && got.siteName != tc.want.siteName {
				t.Errorf("siteName %q, want %q", got.siteName, tc.want.siteName)
			}
		})
	}
}
