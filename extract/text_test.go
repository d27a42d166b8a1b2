package extract

import (
	"context"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestExtractTextEncodings(t *testing.T) {
	const src = "Report of the Group\n\n1. States noted the Group\u2019s work on confidence-building measures.\n\n2. Other States dis-\nagreed.\n"
	utf16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(src))
	utf16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(src))
	cp1252, _ := charmap.Windows1252.NewEncoder().Bytes([]byte(src))
	cases := map[string][]byte{
		"utf-8":        []byte(src),
		"utf-8 BOM":    append([]byte("\xef\xbb\xbf"), src...),
		"utf-16le BOM": utf16le,
		"utf-16be BOM": utf16be,
		"windows-1252": cp1252,
	}
	for name, data := range cases {
		doc, err := ExtractText(context.Background(), data, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(doc.Paragraphs) != 3 {
			t.Fatalf("%s: %d paragraphs, want 3: %+v", name, len(doc.Paragraphs), doc.Paragraphs)
		}
		p := doc.Paragraphs[1]
		if p.ParaNo != "1" || p.Text != "States noted the Group\u2019s work on confidence-building measures." {
			t.Errorf("%s: paragraph 1 = %q %q", name, p.ParaNo, p.Text)
		}
		if got := doc.Paragraphs[2].Text; got != "Other States disagreed." {
			t.Errorf("%s: hyphenation not undone: %q", name, got)
		}
		if doc.Paragraphs[0].Kind != KindHeading || doc.Meta.Title != "Report of the Group" {
			t.Errorf("%s: title %q kind %s", name, doc.Meta.Title, doc.Paragraphs[0].Kind)
		}
	}
}
