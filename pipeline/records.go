package pipeline

import (
	"net/url"
	"path/filepath"
	"time"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/extract"
)

// TaggerName is the name written in the tagger field of records.
const TaggerName = "normscope"

// Fetched is the raw material of one document: its bytes and provenance.
type Fetched struct {
	Body        []byte
	URL         string // http(s) URL or file:// URL
	Path        string // local path, for files
	ContentType string // sniffed content type
	FetchedAt   time.Time
}

// contentType returns the MIME type for a sniffed format.
func contentType(f extract.Format) string {
	switch f {
	case extract.FormatPDF:
		return "application/pdf"
	case extract.FormatHTML:
		return "text/html"
	case extract.FormatText:
		return "text/plain"
	}
	return "application/octet-stream"
}

// FileURL returns the file:// URL of a local path.
func FileURL(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// SourceOf returns the provenance record of fetched bytes.
func SourceOf(f Fetched) corpus.Source {
	return corpus.Source{
		URL:         f.URL,
		SHA256:      corpus.SHA256Hex(f.Body),
		ContentType: f.ContentType,
		FetchedAt:   f.FetchedAt.UTC().Format(time.RFC3339),
		Path:        f.Path,
	}
}

// DocMetaOf merges manifest metadata over extracted metadata. speakerCode is
// the resolved code of the speaker, or "".
func DocMetaOf(m extract.Metadata, over Meta, speakerCode string) corpus.DocMeta {
	pick := func(a, b string) string {
		if a != "" {
			return a
		}
		return b
	}
	d := corpus.DocMeta{
		Title:  pick(over.Title, m.Title),
		Symbol: pick(over.Symbol, m.Symbol),
		Date:   pick(over.Date, m.Date),
		Kind:   pick(over.Kind, m.Kind),
		Lang:   pick(over.Lang, m.Lang),
	}
	if speakerCode != "" {
		d.Speaker = &speakerCode
	}
	return d
}

// BuildParagraphs turns an extracted document into paragraph records, seq
// from 1, with tags when tags is non-nil (one Result per paragraph).
func BuildParagraphs(src corpus.Source, meta corpus.DocMeta, doc *extract.Document, tags []classify.Result, tagger *corpus.TaggerInfo) []corpus.Paragraph {
	docID := corpus.DocID(src.SHA256)
	out := make([]corpus.Paragraph, 0, len(doc.Paragraphs))
	for i, p := range doc.Paragraphs {
		seq := len(out) + 1
		r := corpus.Paragraph{
			Schema:  corpus.ParagraphSchema,
			ID:      corpus.ParagraphID(docID, seq),
			DocID:   docID,
			Seq:     seq,
			Source:  src,
			Doc:     meta,
			Kind:    string(p.Kind),
			Page:    p.Page,
			Section: p.Section,
			ParaNo:  p.ParaNo,
			Text:    p.Text,
		}
		if tags != nil && i < len(tags) {
			t := tags[i]
			r.Topic, r.Topics, r.Stances, r.Actors, r.Tagger = t.Topic, t.Topics, t.Stances, t.Actors, tagger
			if r.Stances == nil {
				r.Stances = []classify.Stance{}
			}
			if r.Actors == nil {
				r.Actors = []string{}
			}
		}
		out = append(out, r)
	}
	return out
}

// usable drops empty paragraphs so that records always carry text.
func usable(doc *extract.Document) {
	ps := doc.Paragraphs[:0]
	for _, p := range doc.Paragraphs {
		if p.Text != "" {
			ps = append(ps, p)
		}
	}
	doc.Paragraphs = ps
}

// TagDocument tags an extracted document with t, resolving its speaker.
// It returns the tags and the speaker code ("" when none).
func TagDocument(t *classify.Tagger, doc *extract.Document, meta Meta) ([]classify.Result, string) {
	speaker := meta.Speaker
	if speaker == "" {
		speaker = doc.Meta.Speaker
	}
	code := ""
	if speaker != "" {
		if c, ok := t.ResolveActor(speaker); ok {
			code = c
		} else if len(speaker) <= 10 && speaker == upper(speaker) {
			code = speaker // already a code
		}
	}
	kind := meta.Kind
	if kind == "" {
		kind = doc.Meta.Kind
	}
	title := meta.Title
	if title == "" {
		title = doc.Meta.Title
	}
	d := classify.Doc{Kind: kind, Speaker: code, Title: title, Paras: make([]classify.Para, len(doc.Paragraphs))}
	for i, p := range doc.Paragraphs {
		d.Paras[i] = classify.Para{Text: p.Text, Section: p.Section, Kind: string(p.Kind)}
	}
	return t.TagDoc(d), code
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}
