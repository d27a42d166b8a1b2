package extract

import (
	"context"
	"errors"
	"fmt"
)

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
		doc.Paragraphs = analyze(pages, src.Engine() == "poppler")
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
