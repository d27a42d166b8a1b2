// Package extract turns PDF, HTML and plain-text documents into an ordered
// list of clean paragraphs with their page, section and paragraph number.
//
// It knows nothing of fetching, tagging or storage: callers hand it bytes
// and get back a Document. Every entry point recovers from panics in the
// underlying parsers and reports them as errors, so one bad file never
// brings a batch down.
package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Kind is the kind of an extracted block.
type Kind string

// The kinds of block a Document holds.
const (
	KindParagraph Kind = "paragraph"
	KindHeading   Kind = "heading"
	KindListItem  Kind = "list_item"
	KindFootnote  Kind = "footnote"
)

// Format is the detected format of a source document.
type Format string

// The formats Extract understands.
const (
	FormatPDF     Format = "pdf"
	FormatHTML    Format = "html"
	FormatText    Format = "text"
	FormatUnknown Format = ""
)

// Paragraph is one block of a document in reading order.
type Paragraph struct {
	Kind    Kind   // paragraph, heading, list_item or footnote
	Page    int    // 1-based page number for PDFs, 0 when the format has no pages
	Section string // text of the innermost heading above (a heading's section is itself)
	ParaNo  string // printed paragraph number without its dot ("14", "(a)"), or ""
	Text    string // clean text: whitespace collapsed, hyphenation undone, no number
}

// Metadata describes a document as a whole.
type Metadata struct {
	Title   string // document title
	Symbol  string // UN document symbol such as A/75/816, or ""
	Date    string // ISO date (YYYY-MM-DD, or YYYY-MM, YYYY) when one is found
	Kind    string // report, resolution, statement, working_paper, analysis, news, declaration, or ""
	Speaker string // ISO alpha-3 or group code of the speaking delegation for statements
	Lang    string // ISO 639-1 language code
}

// Document is the result of extraction.
type Document struct {
	Format     Format
	Pages      int    // number of pages (PDF), 0 otherwise
	Engine     string // which engine produced it ("go", "poppler", "html", "text")
	Meta       Metadata
	Paragraphs []Paragraph
}

// Options tune extraction. The zero value is ready to use.
type Options struct {
	// PDFEngine selects the PDF engine: "auto" (poppler's pdftotext when it
	// is on PATH, else the pure-Go engine), "go" or "poppler". "" means "go".
	PDFEngine string
	// ContentType is the declared Content-Type, used for the HTML charset
	// when the document does not declare one itself.
	ContentType string
	// URL is the address of the document, used to resolve relative links
	// and as a hint for the main-content extractor. May be empty.
	URL string
}

// ErrUnsupported is returned for input whose format is not PDF, HTML or text.
var ErrUnsupported = errors.New("unsupported format")

// Sniff detects the format of data from its bytes, not its name.
func Sniff(data []byte) Format {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	if bytes.Contains(head, []byte("%PDF-")) {
		return FormatPDF
	}
	if h, ok := utf16Head(head); ok {
		if f := Sniff(h); f == FormatHTML {
			return FormatHTML
		}
		return FormatText
	}
	trimmed := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	lower := bytes.ToLower(trimmed)
	for _, p := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<?xml"), []byte("<!--"), []byte("<meta"), []byte("<div"), []byte("<p"), []byte("<h1"), []byte("<article"), []byte("<title")} {
		if bytes.HasPrefix(lower, p) {
			return FormatHTML
		}
	}
	if looksText(head) {
		return FormatText
	}
	return FormatUnknown
}

// utf16Head decodes the head of a UTF-16 document (with a byte order
// mark, or without one when it opens with an ASCII character followed or
// preceded by a NUL byte) to UTF-8, so that Sniff sees its markup.
func utf16Head(head []byte) ([]byte, bool) {
	var e encoding.Encoding
	switch {
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}), bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		e = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case len(head) >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0:
		e = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case len(head) >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0:
		e = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	default:
		return nil, false
	}
	out, _, err := transform.Bytes(e.NewDecoder(), head[:len(head)&^1])
	if err != nil {
		return nil, false
	}
	return out, true
}

// looksText reports whether b is plausibly text: no NUL bytes and few
// control characters.
func looksText(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	ctrl := 0
	for _, c := range b {
		if c == 0 {
			return false
		}
		if c < 0x09 || (c > 0x0d && c < 0x20) {
			ctrl++
		}
	}
	return ctrl*100 < len(b)
}

// Extract detects the format of data and extracts it.
func Extract(ctx context.Context, data []byte, opt Options) (*Document, error) {
	if len(data) == 0 {
		return nil, errors.New("empty document")
	}
	switch Sniff(data) {
	case FormatPDF:
		return ExtractPDF(ctx, data, opt)
	case FormatHTML:
		return ExtractHTML(ctx, data, opt)
	case FormatText:
		return ExtractText(ctx, data, opt)
	}
	return nil, fmt.Errorf("%w: neither PDF, HTML nor text", ErrUnsupported)
}

// guard runs f and turns a panic into an error, so that a parser bug on one
// document never escapes the stage.
func guard(what string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error (recovered panic): %v", what, r)
		}
	}()
	return f()
}
