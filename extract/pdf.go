package extract

import (
	"context"
	"errors"
)

// ExtractPDF extracts the paragraphs of a PDF file.
// (placeholder: replaced by the PDF engine work)
func ExtractPDF(ctx context.Context, data []byte, opt Options) (*Document, error) {
	return nil, errors.New("pdf: not implemented")
}
