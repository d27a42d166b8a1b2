// Package corpus defines the normscope record schema, reads and writes it as
// JSONL, and keeps the SQLite index over it (search, stats, export).
package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/normscope/normscope/classify"
)

// Schema identifiers written in every record.
const (
	ParagraphSchema = "normscope.paragraph/v1"
	DocumentSchema  = "normscope.document/v1"
)

// Source is the provenance of a document: where its bytes came from.
type Source struct {
	URL         string   `json:"url"`                 // http(s) URL, or file:// URL of a local file
	SHA256      string   `json:"sha256"`              // hex SHA-256 of the source bytes
	ContentType string   `json:"content_type"`        // sniffed content type
	FetchedAt   string   `json:"fetched_at"`          // RFC 3339 UTC time the bytes were fetched or read
	Path        string   `json:"path,omitempty"`      // local path, for files
	AlsoURLs    []string `json:"also_urls,omitempty"` // other URLs that served the same bytes
}

// DocMeta is the metadata of a document, repeated in each paragraph record.
type DocMeta struct {
	Title   string  `json:"title"`
	Symbol  string  `json:"symbol"`
	Date    string  `json:"date"`
	Kind    string  `json:"kind"`
	Speaker *string `json:"speaker"`
	Lang    string  `json:"lang"`
}

// TaggerInfo names the tagger that produced the tags of a record.
type TaggerInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Paragraph is one record of paragraphs.jsonl (schema normscope.paragraph/v1).
type Paragraph struct {
	Schema  string                `json:"schema"`
	ID      string                `json:"id"`
	DocID   string                `json:"doc_id"`
	Seq     int                   `json:"seq"`
	Source  Source                `json:"source"`
	Doc     DocMeta               `json:"doc"`
	Kind    string                `json:"kind"`
	Page    int                   `json:"page"`
	Section string                `json:"section"`
	ParaNo  string                `json:"para_no"`
	Text    string                `json:"text"`
	Topic   string                `json:"topic,omitempty"`
	Topics  []classify.TopicScore `json:"topics,omitzero"`
	Stances []classify.Stance     `json:"stances,omitzero"`
	Actors  []string              `json:"actors,omitzero"`
	Tagger  *TaggerInfo           `json:"tagger,omitempty"`
}

// Document status values.
const (
	StatusOK      = "ok"
	StatusSkipped = "skipped"
	StatusError   = "error"
)

// Document is one record of documents.jsonl (schema normscope.document/v1):
// one per source of a run, whatever became of it.
type Document struct {
	Schema     string  `json:"schema"`
	DocID      string  `json:"doc_id"` // "" when the bytes never arrived
	Input      string  `json:"input"`  // the source as given (URL or path)
	Source     Source  `json:"source"`
	Doc        DocMeta `json:"doc"`
	Status     string  `json:"status"`          // ok, skipped or error
	Error      string  `json:"error,omitempty"` // reason, when status is error (or why skipped)
	Paragraphs int     `json:"paragraphs"`      // number of records in paragraphs.jsonl
	Pages      int     `json:"pages,omitempty"`
	Format     string  `json:"format,omitempty"` // pdf, html, text
	Engine     string  `json:"engine,omitempty"` // extraction engine
	// Fetch details (HTTP sources).
	Attempts     int         `json:"attempts,omitempty"`
	HTTPStatus   int         `json:"http_status,omitempty"`
	ETag         string      `json:"etag,omitempty"`
	LastModified string      `json:"last_modified,omitempty"`
	DiscoveredBy string      `json:"discovered_by,omitempty"` // index page a link was found on
	Duplicate    string      `json:"duplicate_of,omitempty"`  // input whose identical bytes were used
	ProcessedAt  string      `json:"processed_at"`
	Tagger       *TaggerInfo `json:"tagger,omitempty"`
}

// DocID returns the stable document ID for source bytes: the first 16 hex
// digits of their SHA-256. The same bytes always give the same ID.
func DocID(sha256hex string) string {
	if len(sha256hex) < 16 {
		return sha256hex
	}
	return sha256hex[:16]
}

// SHA256Hex returns the hex SHA-256 of b.
func SHA256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// ParagraphID returns the stable ID of the seq-th paragraph of a document.
func ParagraphID(docID string, seq int) string {
	return fmt.Sprintf("%s-%04d", docID, seq)
}
