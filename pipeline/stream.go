package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/extract"
)

// ExtractFile extracts a local file into paragraph records without tags,
// as `normscope extract` prints them.
func ExtractFile(ctx context.Context, path string, opt extract.Options) ([]corpus.Paragraph, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s is a folder (use normscope run for folders)", path)
	}
	if st.Size() > DefaultMaxFileBytes {
		return nil, fmt.Errorf("%s: %d bytes, over the %d-byte limit", path, st.Size(), DefaultMaxFileBytes)
	}
	body, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(body) == 0 {
		return nil, fmt.Errorf("%s: empty file", path)
	}
	format := extract.Sniff(body)
	doc, err := extract.Extract(ctx, body, opt)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	usable(doc)
	f := Fetched{Body: body, URL: FileURL(path), Path: path, ContentType: contentType(format), FetchedAt: st.ModTime()}
	return BuildParagraphs(SourceOf(f), DocMetaOf(doc.Meta, Meta{}, ""), doc, nil, nil), nil
}

// tagFields are the fields ClassifyJSONL writes; any present in the input
// are dropped first, so gold labels never leak into predictions.
var tagFields = map[string]bool{"topic": true, "topics": true, "stances": true, "actors": true, "tagger": true}

// field is one member of a JSON object, kept in input order.
type field struct {
	key string
	val json.RawMessage
}

func parseObject(line []byte) ([]field, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("not a JSON object")
	}
	var out []field
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		out = append(out, field{key, raw})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	return out, nil
}

func lookup(fs []field, key string) json.RawMessage {
	for _, f := range fs {
		if f.key == key {
			return f.val
		}
	}
	return nil
}

func str(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return ""
}

// docKey groups records of one document: doc_id, or a string doc field, or
// the doc object's title.
func docKey(fs []field) string {
	if k := str(lookup(fs, "doc_id")); k != "" {
		return "id:" + k
	}
	raw := lookup(fs, "doc")
	if s := str(raw); s != "" {
		return "doc:" + s
	}
	if len(raw) > 0 {
		return "obj:" + string(raw)
	}
	return ""
}

// ClassifyJSONL reads JSONL records with a text field from r and writes
// them to w with topic, topics, stances, actors and tagger set. Other
// fields pass through unchanged and in order. Consecutive records of the
// same document (same doc_id, or doc) are tagged together, so document-level
// hints (the speaker of a statement) apply.
func ClassifyJSONL(ctx context.Context, r io.Reader, w io.Writer, t *classify.Tagger) (int, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	defer bw.Flush()
	tagger, _ := json.Marshal(corpus.TaggerInfo{Name: TaggerName, Version: t.Version()})
	var group [][]field
	groupKey := ""
	n := 0
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		d := classify.Doc{Paras: make([]classify.Para, len(group))}
		if raw := lookup(group[0], "doc"); len(raw) > 0 && raw[0] == '{' {
			var m corpus.DocMeta
			if json.Unmarshal(raw, &m) == nil {
				d.Kind, d.Title = m.Kind, m.Title
				if m.Speaker != nil {
					d.Speaker = *m.Speaker
					if c, ok := t.ResolveActor(d.Speaker); ok {
						d.Speaker = c
					}
				}
			}
		}
		for i, fs := range group {
			d.Paras[i] = classify.Para{Text: str(lookup(fs, "text")), Section: str(lookup(fs, "section")), Kind: str(lookup(fs, "kind"))}
		}
		var res []classify.Result
		if err := safe(func() { res = t.TagDoc(d) }); err != nil {
			return fmt.Errorf("classify: %w", err)
		}
		for i, fs := range group {
			if err := writeTagged(bw, fs, res[i], tagger); err != nil {
				return err
			}
		}
		group = group[:0]
		return bw.Flush()
	}
	err := corpus.ReadJSONL(r, func(line []byte, ln int) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		fs, err := parseObject(line)
		if err != nil {
			return fmt.Errorf("line %d: %w", ln, err)
		}
		if lookup(fs, "text") == nil {
			return fmt.Errorf("line %d: record has no text field", ln)
		}
		n++
		if k := docKey(fs); k != groupKey || k == "" {
			if err := flush(); err != nil {
				return err
			}
			groupKey = k
		}
		group = append(group, fs)
		return nil
	})
	if err != nil {
		return n, err
	}
	return n, flush()
}

func writeTagged(w *bufio.Writer, fs []field, res classify.Result, tagger []byte) error {
	w.WriteByte('{')
	first := true
	put := func(k string, v []byte) {
		if !first {
			w.WriteByte(',')
		}
		first = false
		kb, _ := json.Marshal(k)
		w.Write(kb)
		w.WriteByte(':')
		w.Write(v)
	}
	for _, f := range fs {
		if tagFields[f.key] {
			continue
		}
		put(f.key, f.val)
	}
	if res.Stances == nil {
		res.Stances = []classify.Stance{}
	}
	if res.Actors == nil {
		res.Actors = []string{}
	}
	for _, kv := range []struct {
		k string
		v any
	}{{"topic", res.Topic}, {"topics", res.Topics}, {"stances", res.Stances}, {"actors", res.Actors}} {
		b, err := marshalNoEscape(kv.v)
		if err != nil {
			return err
		}
		put(kv.k, b)
	}
	put("tagger", tagger)
	w.WriteString("}\n")
	return nil
}

func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
