package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/normscope/normscope/internal/testenv"
)

// htmlModes are the ways of locating the main content that the dev-set
// helper can compare (html_compare_test.go adds trafilatura under the
// "compare" build tag).
var htmlModes = map[string]htmlConfig{
	"combined":         {locate: readabilityLocator},
	"readability-raw":  {locate: rawReadabilityLocator, raw: true},
	"fallback":         {},
	"readability-only": {locate: rawReadabilityLocator},
}

func devHTMLFiles(t testing.TB) []string {
	dir := os.Getenv("NORMSCOPE_HTML_DIR")
	if dir == "" {
		dir = testenv.SharedCorpus(t, "extraction")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil || len(files) == 0 {
		t.Skipf("no HTML pages in %s", dir)
	}
	sort.Strings(files)
	return files
}

// TestWriteHTMLDev writes the records of every shared HTML page (or of
// every page in $NORMSCOPE_HTML_DIR) as JSONL to $NORMSCOPE_HTML_OUT/NAME.jsonl
// for score.py. NORMSCOPE_HTML_MODE picks the content locator (default
// "combined").
func TestWriteHTMLDev(t *testing.T) {
	out := os.Getenv("NORMSCOPE_HTML_OUT")
	if out == "" {
		t.Skip("set NORMSCOPE_HTML_OUT=DIR to write the dev-set records")
	}
	mode := os.Getenv("NORMSCOPE_HTML_MODE")
	if mode == "" {
		mode = "combined"
	}
	cfg, ok := htmlModes[mode]
	if !ok {
		t.Fatalf("unknown mode %q", mode)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range devHTMLFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := extractHTML(context.Background(), data, Options{}, cfg)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		var b strings.Builder
		enc := json.NewEncoder(&b)
		for _, p := range doc.Paragraphs {
			_ = enc.Encode(map[string]string{"kind": string(p.Kind), "section": p.Section, "para_no": p.ParaNo, "text": p.Text})
		}
		if err := os.WriteFile(filepath.Join(out, filepath.Base(f)+".jsonl"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d records, meta %+v", filepath.Base(f), len(doc.Paragraphs), doc.Meta)
	}
}
