package extract

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// fuzzVocab is the text a fuzzed word can carry: ordinary words and the
// tokens the layout rules look at (numbers, bullets, labels, hyphens).
var fuzzVocab = []string{
	"the", "States", "international", "law", "applies.", "norms", "of", "capacity-", "building",
	"interna-", "tional", "1.", "14.", "(a)", "A.", "II.", "•", "–", "-", "*", "1", "2", "Page", "2/7",
	"- 3 -", "20-17342", "(E)", "A/AC.290/2021/CRP.2", "Introduction", "Cyber", "security;", ":", "”",
	"co-", "ordinated", "Report", "January", "2021", "By", "Jane", "Doe", "",
}

// wordsFromBytes turns fuzz input into positioned words on up to four
// pages: a header byte (page count, no-style flag), then six bytes a word:
// x, baseline, size, text, flags (bold, italic, next page), width.
func wordsFromBytes(data []byte) ([]page, bool) {
	if len(data) == 0 {
		return nil, false
	}
	n := int(data[0]%4) + 1
	noStyle := data[0]&0x80 != 0
	pages := make([]page, n)
	for i := range pages {
		pages[i] = page{Width: 595, Height: 842}
	}
	pi := 0
	for i := 1; i+6 <= len(data); i += 6 {
		b := data[i : i+6]
		if b[4]&4 != 0 {
			pi = (pi + 1) % n
		}
		size := 4 + float64(b[2]%24)
		text := fuzzVocab[int(b[3])%len(fuzzVocab)]
		x := float64(b[0]) * 2.3
		w := word{
			Text: text, X0: x, X1: x + float64(b[5]%64)*size/8,
			Base: float64(b[1]) * 3.3, Size: size,
			Bold: b[4]&1 != 0, Italic: b[4]&2 != 0,
		}
		pages[pi].Words = append(pages[pi].Words, w)
	}
	return pages, noStyle
}

// bytesFromPages is the inverse of wordsFromBytes (lossy), used to seed the
// corpus from real layouts.
func bytesFromPages(pages []page) []byte {
	out := []byte{byte(len(pages)-1) % 4}
	for pi, pg := range pages {
		for wi, w := range pg.Words {
			ti := 0
			for k, v := range fuzzVocab {
				if v == w.Text {
					ti = k
				}
			}
			var flags byte
			if w.Bold {
				flags |= 1
			}
			if w.Italic {
				flags |= 2
			}
			if wi == 0 && pi > 0 {
				flags |= 4
			}
			size := math.Max(0, math.Min(27, w.Size-4))
			out = append(out, byte(math.Min(255, w.X0/2.3)), byte(math.Min(255, w.Base/3.3)), byte(size), byte(ti), flags, byte(math.Min(63, (w.X1-w.X0)*8/math.Max(w.Size, 1))))
		}
	}
	return out
}

var layoutSeeds = []string{"un-report.pdf", "two-column.pdf"}

// FuzzLayout runs the layout analysis over arbitrary positioned words: it
// must not panic, and every record must carry text, a known kind and a
// page of the document.
func FuzzLayout(f *testing.F) {
	for _, name := range layoutSeeds {
		data, err := os.ReadFile(filepath.Join("testdata", "pdf", name))
		if err != nil {
			f.Fatal(err)
		}
		src, err := newGoSource(data)
		if err != nil {
			f.Fatal(err)
		}
		var pages []page
		for i := 0; i < src.NumPages(); i++ {
			p, err := src.Page(context.Background(), i)
			if err != nil {
				f.Fatal(err)
			}
			pages = append(pages, p)
		}
		// Two slices of each page (top and bottom), small enough for the
		// fuzzer to mutate and minimise quickly.
		var cut []page
		for _, p := range pages {
			n := min(len(p.Words), 120)
			c := p
			c.Words = append(append([]word(nil), p.Words[:n]...), p.Words[len(p.Words)-min(len(p.Words), 40):]...)
			cut = append(cut, c)
		}
		f.Add(bytesFromPages(cut))
	}
	f.Add([]byte{0x81, 10, 10, 8, 11, 0, 20, 10, 10, 8, 16, 0, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1+6*3000 {
			data = data[:1+6*3000] // a crowded page, not a pathological one
		}
		pages, noStyle := wordsFromBytes(data)
		if pages == nil {
			return
		}
		for _, p := range analyze(pages, noStyle) {
			if p.Text == "" {
				t.Errorf("empty record %+v", p)
			}
			if p.Page < 1 || p.Page > len(pages) {
				t.Errorf("record on page %d of %d", p.Page, len(pages))
			}
			switch p.Kind {
			case KindParagraph, KindHeading, KindListItem, KindFootnote:
			default:
				t.Errorf("kind %q", p.Kind)
			}
		}
	})
}

// FuzzExtractPDF runs the Go engine over damaged PDFs: errors are fine,
// panics and hangs are not.
func FuzzExtractPDF(f *testing.F) {
	for _, name := range []string{"un-report.pdf", "two-column.pdf"} {
		data, err := os.ReadFile(filepath.Join("testdata", "pdf", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		f.Add(data[:len(data)/2])
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ExtractPDF(context.Background(), data, Options{PDFEngine: "go"})
		if err == nil && len(doc.Paragraphs) == 0 {
			t.Error("no error and no paragraphs")
		}
	})
}
