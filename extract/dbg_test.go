package extract

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestDbgWords(t *testing.T) {
	f := os.Getenv("DBG_PDF")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	s, err := newGoSource(data)
	if err != nil {
		t.Fatal(err)
	}
	var pi int
	fmt.Sscan(os.Getenv("DBG_PAGE"), &pi)
	p, err := s.Page(context.Background(), pi)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println(p.Width, p.Height, len(p.Words))
	for _, w := range p.Words {
		fmt.Printf("%6.1f %6.1f %6.1f %5.1f %v %q\n", w.X0, w.X1, w.Base, w.Size, w.Bold, w.Text)
	}
}

func TestDbgBlocks(t *testing.T) {
	f := os.Getenv("DBG_PDF")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	var src pageSource
	var err error
	if os.Getenv("DBG_ENGINE") == "poppler" {
		src, err = newPopplerSource(context.Background(), data)
	} else {
		src, err = newGoSource(data)
	}
	if err != nil {
		t.Fatal(err)
	}
	var pages []page
	for i := 0; i < src.NumPages(); i++ {
		p, _ := src.Page(context.Background(), i)
		pages = append(pages, p)
	}
	par := measure(pages)
	furn := findFurniture(pages, par)
	var blocks []block
	for pi, pg := range pages {
		var ws []word
		for wi, w := range pg.Words {
			if !furn[pi][wi] {
				ws = append(ws, w)
			} else {
				fmt.Printf("FURN p%d %q\n", pi+1, w.Text)
			}
		}
		for _, leaf := range xyCut(ws, 0) {
			b := makeBlock(pi, leaf)
			if len(b.lines) > 0 {
				blocks = append(blocks, b)
			}
		}
		markFootnotes(blocks, pi, pg, par)
	}
	fmt.Println("body", par.body)
	for _, b := range blocks {
		fmt.Printf("p%d top=%.0f x=%.0f-%.0f size=%.1f fn=%v n=%d\n", b.page+1, b.top, b.x0, b.x1, b.size, b.footnote, len(b.lines))
		for _, l := range b.lines {
			tx := l.text
			if len(tx) > 90 {
				tx = tx[:90]
			}
			fmt.Printf("    %5.1f %5.1f-%5.1f %4.1f b=%v | %s\n", l.base, l.x0, l.x1, l.size, l.bold, tx)
		}
	}
}

func TestDbgExtract(t *testing.T) {
	f := os.Getenv("DBG_PDF")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	doc, err := ExtractPDF(context.Background(), data, Options{PDFEngine: os.Getenv("DBG_ENGINE")})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%+v\n", doc.Meta)
	for _, p := range doc.Paragraphs {
		tx := p.Text
		if len(tx) > 110 {
			tx = tx[:50] + " ... " + tx[len(tx)-55:]
		}
		fmt.Printf("%-9s p%d [%s] {%.25s} %s\n", p.Kind, p.Page, p.ParaNo, p.Section, tx)
	}
}
