package extract

import (
	"bytes"
	"context"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ExtractText extracts paragraphs from plain text: blocks separated by blank
// lines are paragraphs; lines wrapped inside a block are joined (undoing
// hyphenation at line ends); short title-like blocks become headings.
func ExtractText(ctx context.Context, data []byte, opt Options) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		if u, err := dec.Bytes(data); err == nil {
			data = u
		}
	}
	if !utf8.Valid(data) {
		if dec, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
			data = dec
		}
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	doc := &Document{Format: FormatText, Engine: "text"}
	var block []string
	section := ""
	flush := func() {
		if len(block) == 0 {
			return
		}
		lines := block
		block = nil
		t := joinLines(lines)
		if t == "" {
			return
		}
		p := Paragraph{Kind: KindParagraph, Text: t}
		if no, rest, ok := splitParaNo(t); ok {
			p.ParaNo, p.Text = no, rest
		}
		if len(lines) == 1 && p.ParaNo == "" && looksHeadingText(t) {
			p.Kind = KindHeading
			section = t
		}
		p.Section = section
		doc.Paragraphs = append(doc.Paragraphs, p)
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		block = append(block, line)
	}
	flush()
	inferMetadata(doc)
	return doc, nil
}
