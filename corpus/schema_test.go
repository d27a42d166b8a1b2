package corpus

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compileSchemas compiles the embedded JSON Schemas.
func compileSchemas(t *testing.T) (para, doc *jsonschema.Schema) {
	t.Helper()
	c := jsonschema.NewCompiler()
	for _, name := range []string{"paragraph", "document"} {
		b, err := Schemas.ReadFile("schema/" + name + ".schema.json")
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s schema: %v", name, err)
		}
		if err := c.AddResource(name+".schema.json", v); err != nil {
			t.Fatal(err)
		}
	}
	var err error
	if para, err = c.Compile("paragraph.schema.json"); err != nil {
		t.Fatal(err)
	}
	if doc, err = c.Compile("document.schema.json"); err != nil {
		t.Fatal(err)
	}
	return para, doc
}

func validate(t *testing.T, s *jsonschema.Schema, rec any) error {
	t.Helper()
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(v)
}

func TestSchemasAcceptGoodAndRejectBadRecords(t *testing.T) {
	para, doc := compileSchemas(t)
	speaker := "DZA"
	good := Paragraph{
		Schema: ParagraphSchema, ID: "3f9c2a1b7d4e5f60-0014", DocID: "3f9c2a1b7d4e5f60", Seq: 14,
		Source: Source{URL: "https://example.org/a.pdf", SHA256: strings.Repeat("ab", 32), ContentType: "application/pdf", FetchedAt: "2026-01-02T03:04:05Z"},
		Doc:    DocMeta{Title: "T", Date: "2021-03-18", Kind: "statement", Speaker: &speaker, Lang: "en"},
		Kind:   "paragraph", Page: 4, Section: "B. Threats", ParaNo: "16", Text: "States underscored ...",
	}
	if err := validate(t, para, good); err != nil {
		t.Fatalf("good record rejected: %v", err)
	}
	bad := []struct {
		name string
		mod  func(p *Paragraph)
	}{
		{"wrong schema", func(p *Paragraph) { p.Schema = "normscope.paragraph/v0" }},
		{"bad id", func(p *Paragraph) { p.ID = "x" }},
		{"bad kind", func(p *Paragraph) { p.Kind = "table" }},
		{"empty text", func(p *Paragraph) { p.Text = "" }},
		{"bad date", func(p *Paragraph) { p.Doc.Date = "18 March 2021" }},
		{"bad topic", func(p *Paragraph) { p.Topic = "cyber" }},
		{"bad stance value", func(p *Paragraph) {
			p.Stances = append(p.Stances, struct {
				Issue  string   `json:"issue"`
				Value  string   `json:"value"`
				Actors []string `json:"actors"`
				Cue    string   `json:"cue"`
			}{"binding_instrument", "maybe", []string{"RUS"}, "called for"})
		}},
	}
	for _, c := range bad {
		p := good
		c.mod(&p)
		if err := validate(t, para, p); err == nil {
			t.Errorf("%s: accepted", c.name)
		}
	}
	d := Document{Schema: DocumentSchema, DocID: "3f9c2a1b7d4e5f60", Input: "x.pdf", Status: StatusError, ProcessedAt: "2026-01-02T03:04:05Z"}
	if err := validate(t, doc, d); err == nil {
		t.Error("error document without a reason accepted")
	}
	d.Error = "HTTP 404 Not Found"
	if err := validate(t, doc, d); err != nil {
		t.Errorf("error document rejected: %v", err)
	}
}
