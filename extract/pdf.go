package extract

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// PDF extraction has two halves. An engine yields the positioned words of
// each page (pageSource): the pure-Go engine interprets content streams
// itself on top of github.com/ledongthuc/pdf (pdf_go.go); the poppler
// engine parses `pdftotext -bbox-layout` (poppler.go) and takes font
// weight and slant from the Go reader's words on the same page when that
// can read the file. One layout analysis
// then works on words alone (layout.go, layout_para.go):
//
//  1. furniture: lines in the top and bottom tenth of the page that repeat
//     across pages (digits ignored), match page-label, job-number or
//     symbol patterns, or stand alone in a small font;
//  2. regions: a recursive XY cut, vertical gutters first (columns, side
//     boxes; not hanging numbers, not table columns), then the widest
//     horizontal gap;
//  3. lines: words grouped by baseline; raised small marks removed;
//  4. footnotes: the trailing small-font blocks at the page bottom, and
//     the small type below the page's last body line across columns;
//  5. paragraphs within a block: indent, gap, font change, a number or
//     bullet, a line ending short;
//  6. classification: headings (bold or larger, or standing alone without
//     styles; never a bold run-in lead), title and front matter, bylines,
//     list items, contents lists, legends, pull quotes and the chrome of
//     printed web pages;
//  7. assembly: paragraphs continued across column and page breaks are
//     merged, hyphenation is undone with the document's own spellings,
//     paragraph numbers move to ParaNo, sections follow headings.

// ExtractPDF extracts the paragraphs of a PDF file in reading order.
//
// opt.PDFEngine selects the text engine: "go" (the default, pure Go),
// "poppler" (poppler's pdftotext, which must be on PATH) or "auto" (poppler
// when available, else Go). Both engines feed the same layout analysis:
// columns, running headers and footers, footnotes, paragraphs continued
// across page and column breaks, hyphenation, paragraph numbers, headings
// and list items. A page that cannot be decoded is left out; the document
// is an error only when no page can be read or no text is found.
func ExtractPDF(ctx context.Context, data []byte, opt Options) (*Document, error) {
	if len(data) == 0 {
		return nil, errors.New("pdf: empty file")
	}
	src, err := openSource(ctx, data, opt.PDFEngine)
	if err != nil {
		return nil, err
	}
	// A damaged page is left empty so that the rest of the document is
	// still read; only when no page can be read is the file an error.
	pages := make([]page, 0, src.NumPages())
	var firstErr error
	failed := 0
	for i := 0; i < src.NumPages(); i++ {
		pg, err := src.Page(ctx, i)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("pdf: %w", ctx.Err())
			}
			if firstErr == nil {
				firstErr = fmt.Errorf("pdf: page %d: %w", i+1, err)
			}
			failed++
			pg = page{}
		}
		pages = append(pages, pg)
	}
	if failed == len(pages) && firstErr != nil {
		return nil, firstErr
	}
	doc := &Document{Format: FormatPDF, Pages: len(pages), Engine: src.Engine()}
	err = guard("pdf: layout", func() error {
		noStyle := src.Engine() == "poppler"
		if sr, ok := src.(interface{ HasStyles() bool }); ok && sr.HasStyles() {
			noStyle = false
		}
		doc.Paragraphs = analyze(pages, noStyle)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(doc.Paragraphs) == 0 {
		return nil, errors.New("pdf: no text found (scanned or image-only PDF?)")
	}
	for _, p := range doc.Paragraphs {
		if p.Kind == KindHeading {
			doc.Meta.Title = p.Text
			break
		}
	}
	// The masthead is dropped from the text, but its symbol and date
	// describe the document.
	doc.Meta.Symbol, doc.Meta.Date = mastheadMeta(pages)
	inferMetadata(doc)
	return doc, nil
}

// openSource picks the PDF engine.
func openSource(ctx context.Context, data []byte, engine string) (pageSource, error) {
	switch engine {
	case "", "go":
		return newGoSource(data)
	case "poppler":
		s, err := newPopplerSource(ctx, data)
		if err != nil {
			return nil, fmt.Errorf("pdf: %w", err)
		}
		return s, nil
	case "auto":
		if popplerAvailable() {
			s, err := newPopplerSource(ctx, data)
			if err != nil {
				return nil, fmt.Errorf("pdf: %w", err)
			}
			return s, nil
		}
		return newGoSource(data)
	}
	return nil, fmt.Errorf("pdf: unknown engine %q (want go, poppler or auto)", engine)
}

var (
	reDayMonthYear = regexp.MustCompile(`\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b`)
	reMonthDayYear = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})\b`)
	monthNumbers   = map[string]int{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12}
)

// mastheadMeta reads the document symbol and the date of issue from the
// top of the first page (the UN masthead: symbol top right, "Distr.:
// General", the date), which the layout analysis drops from the text.
func mastheadMeta(pages []page) (symbol, date string) {
	if len(pages) == 0 {
		return "", ""
	}
	pg := pages[0]
	h := pg.Height
	if h <= 0 {
		h = 842
	}
	var top []word
	for _, w := range pg.Words {
		if w.Base < 0.3*h {
			top = append(top, w)
		}
	}
	for _, row := range rowsOf(top) {
		for _, seg := range segments(row, 1.5) {
			t := wordsText(seg)
			if symbol == "" && reSymbolOnly.MatchString(strings.TrimSuffix(t, "*")) {
				symbol = strings.TrimSpace(strings.TrimSuffix(t, "*"))
			}
			if date == "" {
				if m := reDayMonthYear.FindStringSubmatch(t); m != nil {
					date = fmt.Sprintf("%s-%02d-%02s", m[3], monthNumbers[m[2]], m[1])
				} else if m := reMonthDayYear.FindStringSubmatch(t); m != nil {
					date = fmt.Sprintf("%s-%02d-%02s", m[3], monthNumbers[m[1]], m[2])
				}
			}
		}
	}
	date = strings.ReplaceAll(date, " ", "0")
	return symbol, date
}
