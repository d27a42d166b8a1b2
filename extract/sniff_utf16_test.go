package extract

import (
	"context"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// TestSniffUTF16 checks that UTF-16 pages (with and without a byte order
// mark, both byte orders) are sniffed as HTML and extracted.
func TestSniffUTF16(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>Régime of due diligence</title></head><body><article>` +
		`<h1>Régime of due diligence</h1><p>The delegation recalled that due diligence is a voluntary norm of responsible behaviour.</p></article></body></html>`
	cases := []struct {
		name string
		enc  encoding.Encoding
		want Format
	}{
		{"le-bom", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), FormatHTML},
		{"be-bom", unicode.UTF16(unicode.BigEndian, unicode.UseBOM), FormatHTML},
		{"le-nobom", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), FormatHTML},
		{"be-nobom", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), FormatHTML},
		{"utf8", unicode.UTF8, FormatHTML},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.enc.NewEncoder().Bytes([]byte(page))
			if err != nil {
				t.Fatal(err)
			}
			if got := Sniff(data); got != tc.want {
				t.Fatalf("Sniff = %q, want %q", got, tc.want)
			}
			doc, err := Extract(context.Background(), data, Options{})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if len(doc.Paragraphs) != 2 || doc.Paragraphs[0].Text != "Régime of due diligence" ||
				doc.Paragraphs[1].Text != "The delegation recalled that due diligence is a voluntary norm of responsible behaviour." {
				t.Fatalf("paragraphs = %+v", doc.Paragraphs)
			}
		})
	}
	// UTF-16 plain text is text, not HTML.
	data, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("Plain words only.\n"))
	if got := Sniff(data); got != FormatText {
		t.Fatalf("Sniff(utf-16 text) = %q, want text", got)
	}
}
