package extract

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
)

// minimalPDF writes a one-page PDF (A4) whose content stream is content,
// with Helvetica as font /F1, and a correct cross-reference table.
func minimalPDF(content string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content)+1, content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// textLines draws lines of text with the given text matrix prefix for the
// first line, moving by (0, -14) in text space for the next ones.
func textLines(tm string, lines ...string) string {
	var b strings.Builder
	b.WriteString("BT /F1 11 Tf " + tm + " Tm 14 TL\n")
	for _, l := range lines {
		fmt.Fprintf(&b, "(%s) Tj T*\n", l)
	}
	b.WriteString("ET")
	return b.String()
}

// TestGoEngineOrientation draws the same text upright, turned a quarter to
// the left and to the right, and upside down: the Go engine reads it in
// its own direction.
func TestGoEngineOrientation(t *testing.T) {
	lines := []string{"States underlined that the framework of responsible", "behaviour applies to all of them."}
	want := "States underlined that the framework of responsible behaviour applies to all of them."
	for _, c := range []struct{ name, tm string }{
		{"upright", "1 0 0 1 72 770"},
		{"turned left", "0 1 -1 0 72 72"},
		{"turned right", "0 -1 1 0 523 770"},
		{"upside down", "-1 0 0 -1 523 72"},
	} {
		t.Run(c.name, func(t *testing.T) {
			// A margin stamp in another direction must not disturb the text.
			stamp := textLines("0 1 -1 0 20 300", "DRAFT")
			if c.name == "turned left" {
				stamp = textLines("1 0 0 1 20 20", "DRAFT")
			}
			doc, err := ExtractPDF(context.Background(), minimalPDF(textLines(c.tm, lines...)+"\n"+stamp), Options{PDFEngine: "go"})
			if err != nil {
				t.Fatal(err)
			}
			got := texts(doc.Paragraphs, "")
			if len(got) != 1 || got[0] != want {
				t.Errorf("got %q, want [%q]", got, want)
			}
		})
	}
}

// buildPDF writes a PDF from numbered objects (object i+1 is objs[i]);
// object 1 must be the catalog.
func buildPDF(objs []string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func stream(s string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(s)+1, s)
}

// TestGoEngineFontsPerObject: two pages use fonts with the same resource
// name and subset name whose ToUnicode maps differ (as in merged files);
// each page must be decoded with its own font.
func TestGoEngineFontsPerObject(t *testing.T) {
	cmap := func(to string) string {
		return stream("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def " +
			"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <41> <00" + to + "> endbfchar " +
			"endcmap CMapName currentdict /CMap defineresource pop end end")
	}
	font := func(tu int) string {
		return fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /AAAAAA+Sans /FirstChar 65 /LastChar 65 /Widths [600] /ToUnicode %d 0 R >>", tu)
	}
	content := stream("BT /F1 12 Tf 72 770 Td (AAAA AAA) Tj ET")
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents 5 0 R >>",
		content,
		font(8), font(9),
		cmap("78"), cmap("79"), // x, y
	}
	src, err := newGoSource(buildPDF(objs))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"xxxx xxx", "yyyy yyy"} {
		pg, err := src.Page(context.Background(), i)
		if err != nil {
			t.Fatal(err)
		}
		if got := wordsText(pg.Words); got != want {
			t.Errorf("page %d = %q, want %q", i+1, got, want)
		}
	}
}
