package extract

import (
	"context"
	"errors"
)

// ExtractHTML extracts the main-content paragraphs of an HTML page.
// (placeholder: replaced by the HTML work)
func ExtractHTML(ctx context.Context, data []byte, opt Options) (*Document, error) {
	return nil, errors.New("html: not implemented")
}
