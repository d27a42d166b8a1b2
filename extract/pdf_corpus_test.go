package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/normscope/normscope/internal/testenv"
)

func corpusPDFs(t testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join(testenv.SharedCorpus(t, "extraction"), "*.pdf"))
	if len(files) == 0 {
		t.Skip("no PDFs in the shared extraction corpus")
	}
	return files
}

// TestWriteCorpusJSONL writes the records of every shared PDF as JSONL to
// $NORMSCOPE_PDF_OUT/NAME.jsonl for the corpus scorer (score.py).
// Engine: $NORMSCOPE_PDF_ENGINE (default go).
func TestWriteCorpusJSONL(t *testing.T) {
	out := os.Getenv("NORMSCOPE_PDF_OUT")
	if out == "" {
		t.Skip("set NORMSCOPE_PDF_OUT to write extraction output")
	}
	engine := os.Getenv("NORMSCOPE_PDF_ENGINE")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range corpusPDFs(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ExtractPDF(context.Background(), data, Options{PDFEngine: engine})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		var b strings.Builder
		enc := json.NewEncoder(&b)
		for _, p := range doc.Paragraphs {
			enc.Encode(map[string]any{"kind": p.Kind, "section": p.Section, "para_no": p.ParaNo, "text": p.Text, "page": p.Page})
		}
		if err := os.WriteFile(filepath.Join(out, filepath.Base(f)+".jsonl"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
