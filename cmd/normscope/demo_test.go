package main

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/normscope/normscope/corpus"
)

// TestDemoEndToEnd runs the demo (HTTP server, link discovery, extraction,
// tagging, index) and the analysts' commands over its corpus.
func TestDemoEndToEnd(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	code, _, stderr := run(t, "demo", "-o", dir, "-q")
	if code != exitOK {
		t.Fatalf("demo exit %d:\n%s", code, stderr)
	}
	s := schemas(t)
	paras, _ := os.ReadFile(filepath.Join(dir, "paragraphs.jsonl"))
	docs, _ := os.ReadFile(filepath.Join(dir, "documents.jsonl"))
	nParas := validateJSONL(t, s["paragraph"], "paragraphs.jsonl", paras)
	validateJSONL(t, s["document"], "documents.jsonl", docs)
	ds, err := corpus.ReadDocuments(filepath.Join(dir, "documents.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	formats := map[string]int{}
	for _, d := range ds {
		if d.Status == corpus.StatusError {
			t.Errorf("%s: %s", d.Input, d.Error)
		}
		formats[d.Format]++
	}
	if formats["pdf"] < 2 || formats["html"] < 3 {
		t.Errorf("formats extracted: %v", formats)
	}

	// The run is recorded with its fetch policy.
	runs, _ := os.ReadFile(filepath.Join(dir, "runs.jsonl"))
	if !strings.Contains(string(runs), `"user_agent":"normscope/`) || !strings.Contains(string(runs), `"ignore_robots":false`) {
		t.Errorf("runs.jsonl does not record the user agent and robots policy: %s", runs)
	}

	// A second demo run finds nothing changed.
	code, _, stderr = run(t, "demo", "-o", dir)
	if code != exitOK || !strings.Contains(stderr, "0 extracted") {
		t.Errorf("second run: exit %d, %s", code, stderr)
	}

	// Search: a phrase known to be in the demo statements, as JSONL.
	code, out, stderr := run(t, "search", "--corpus", dir, "--format", "jsonl", `"legally binding"`)
	if code != exitOK {
		t.Fatalf("search exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 2 {
		t.Fatalf("search: %d hits for \"legally binding\"", len(lines))
	}
	for _, l := range lines {
		var h struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal([]byte(l), &h); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.ToLower(h.Text), "legally binding") {
			t.Errorf("hit without the phrase: %q", h.Text)
		}
	}
	// Filters narrow: every hit with a stance filter carries that stance.
	code, out, _ = run(t, "search", "--corpus", dir, "--format", "jsonl", "--stance", "binding_instrument:favor", "")
	if code != exitOK {
		t.Fatalf("filtered search exit %d", code)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l != "" && !strings.Contains(l, `"issue":"binding_instrument","value":"favor"`) {
			t.Errorf("hit without the stance: %.200s", l)
		}
	}
	// Usage errors and a missing corpus.
	if code, _, _ := run(t, "search", "--corpus", dir, `"unbalanced`); code != exitUsage {
		t.Errorf("malformed query: exit %d, want 2", code)
	}
	if code, _, stderr := run(t, "search", "--corpus", filepath.Join(dir, "nope"), "x"); code != exitFailure || !strings.Contains(stderr, "normscope run") {
		t.Errorf("missing corpus: exit %d, %s", code, stderr)
	}

	// Stats with a chart that parses as SVG.
	svg := filepath.Join(t.TempDir(), "topics.svg")
	code, out, stderr = run(t, "stats", "--corpus", dir, "--by", "topic,year", "--plot", svg)
	if code != exitOK || !strings.Contains(out, "international_law") {
		t.Fatalf("stats exit %d: %s %s", code, out, stderr)
	}
	f, err := os.Open(svg)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(f)
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("chart is not valid XML: %v", err)
		}
	}
	f.Close()

	// index rebuilds the same database content from the JSONL.
	code, out1, _ := run(t, "stats", "--corpus", dir, "--by", "topic", "--format", "csv")
	if code != exitOK {
		t.Fatal("stats csv failed")
	}
	if code, _, stderr := run(t, "index", "--corpus", dir); code != exitOK {
		t.Fatalf("index: %s", stderr)
	}
	_, out2, _ := run(t, "stats", "--corpus", dir, "--by", "topic", "--format", "csv")
	if out1 != out2 {
		t.Errorf("stats differ after index rebuild:\n%s\nvs\n%s", out1, out2)
	}
	total := 0
	for _, l := range strings.Split(strings.TrimSpace(out2), "\n")[1:] {
		f := strings.Split(l, ",")
		var n int
		json.Unmarshal([]byte(f[1]), &n)
		total += n
	}
	if total != nParas {
		t.Errorf("stats count %d paragraphs, the JSONL has %d", total, nParas)
	}

	// Export as a data package.
	exp := filepath.Join(t.TempDir(), "export")
	if code, _, stderr := run(t, "export", "--corpus", dir, "--format", "datapackage", "-o", exp); code != exitOK {
		t.Fatalf("export: %s", stderr)
	}
	var dp struct {
		Resources []struct{ Path, Hash string } `json:"resources"`
	}
	b, err := os.ReadFile(filepath.Join(exp, "datapackage.json"))
	if err != nil || json.Unmarshal(b, &dp) != nil || len(dp.Resources) < 2 {
		t.Fatalf("datapackage.json: %v %s", err, b)
	}
}
