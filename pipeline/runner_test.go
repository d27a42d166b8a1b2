package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
)

// writeFile writes a test document and returns its path.
func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const statementText = `Statement by the delegation of Freedonia

Mr. Chair,

1. My delegation believes that existing international law applies to the use of information and communications technologies by States.

2. We support the establishment of a Programme of Action as a permanent mechanism.
`

const reportText = `Report of the Working Group

A. Existing and potential threats

3. States expressed concern about ransomware attacks against critical infra-
structure and hospitals.
`

func newTagger(t *testing.T) *classify.Tagger {
	t.Helper()
	tg, err := classify.New("")
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func readOut(t *testing.T, dir string) ([]corpus.Paragraph, []corpus.Document) {
	t.Helper()
	ps, err := corpus.ReadParagraphs(filepath.Join(dir, ParagraphsFile))
	if err != nil {
		t.Fatal(err)
	}
	ds, err := corpus.ReadDocuments(filepath.Join(dir, DocumentsFile))
	if err != nil {
		t.Fatal(err)
	}
	return ps, ds
}

func TestRunFilesAndErrors(t *testing.T) {
	in := t.TempDir()
	a := writeFile(t, in, "docs/statement.txt", statementText)
	b := writeFile(t, in, "docs/report.txt", reportText)
	bin := writeFile(t, in, "docs/binary.html", "\x00\x01\x02\x03binary\x00")
	empty := writeFile(t, in, "docs/empty.pdf", "")
	trunc := writeFile(t, in, "docs/truncated.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
	out := filepath.Join(t.TempDir(), "corpus")
	srcs, err := ExpandSources([]string{filepath.Join(in, "docs"), filepath.Join(in, "missing.pdf")})
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 6 {
		t.Fatalf("got %d sources, want 6 (5 files in the folder + 1 missing)", len(srcs))
	}
	sum, err := Run(context.Background(), Config{OutDir: out, Tagger: newTagger(t)}, srcs)
	if err != nil {
		t.Fatal(err)
	}
	if sum.OK != 2 || sum.Failed != 4 {
		t.Errorf("summary = %+v, want 2 ok and 4 failed", sum)
	}
	ps, ds := readOut(t, out)
	status := map[string]corpus.Document{}
	for _, d := range ds {
		status[d.Input] = d
	}
	for path, want := range map[string]string{a: "ok", b: "ok", bin: "error", empty: "error", trunc: "error", filepath.Join(in, "missing.pdf"): "error"} {
		d, ok := status[path]
		if !ok {
			t.Errorf("%s: no document record (silently dropped)", path)
			continue
		}
		if d.Status != want {
			t.Errorf("%s: status %q, want %q (error %q)", path, d.Status, want, d.Error)
		}
		if want == "error" && d.Error == "" {
			t.Errorf("%s: status error without a reason", path)
		}
	}
	if n := status[b].Paragraphs; n != 3 {
		t.Errorf("report: %d paragraphs, want 3 (title, heading, paragraph)", n)
	}
	var joined string
	for _, p := range ps {
		if p.DocID == status[b].DocID && p.ParaNo == "3" {
			joined = p.Text
		}
	}
	if !strings.Contains(joined, "critical infrastructure") {
		t.Errorf("hyphenated line break not joined: %q", joined)
	}
	ids := map[string]bool{}
	for _, p := range ps {
		if ids[p.ID] {
			t.Errorf("duplicate id %s", p.ID)
		}
		ids[p.ID] = true
		if p.Topic == "" || p.Tagger == nil || p.Stances == nil {
			t.Errorf("%s: missing tags: %+v", p.ID, p)
		}
	}
}

func TestRunStableIDsAndSkipUnchanged(t *testing.T) {
	in := t.TempDir()
	a := writeFile(t, in, "a.txt", statementText)
	out1, out2 := t.TempDir(), t.TempDir()
	for _, out := range []string{out1, out2} {
		if _, err := Run(context.Background(), Config{OutDir: out}, []Source{{Input: a, Path: a}}); err != nil {
			t.Fatal(err)
		}
	}
	p1, _ := readOut(t, out1)
	p2, _ := readOut(t, out2)
	if len(p1) == 0 || len(p1) != len(p2) {
		t.Fatalf("got %d and %d paragraphs", len(p1), len(p2))
	}
	for i := range p1 {
		if p1[i].ID != p2[i].ID || p1[i].Text != p2[i].Text {
			t.Errorf("record %d differs across runs: %s vs %s", i, p1[i].ID, p2[i].ID)
		}
	}
	// A second run over the same folder skips the unchanged file.
	sum, err := Run(context.Background(), Config{OutDir: out1}, []Source{{Input: a, Path: a}})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 1 || sum.OK != 0 {
		t.Errorf("second run: %+v, want 1 unchanged", sum)
	}
	// Changing the file replaces its records.
	writeFile(t, in, "a.txt", reportText)
	sum, err = Run(context.Background(), Config{OutDir: out1}, []Source{{Input: a, Path: a}})
	if err != nil {
		t.Fatal(err)
	}
	ps, ds := readOut(t, out1)
	if sum.OK != 1 || len(ds) != 1 {
		t.Fatalf("after change: %+v, %d document records", sum, len(ds))
	}
	for _, p := range ps {
		if p.DocID != ds[0].DocID {
			t.Errorf("stale record %s of the old version kept", p.ID)
		}
	}
}

func TestRunDedupSameBytes(t *testing.T) {
	in := t.TempDir()
	a := writeFile(t, in, "a.txt", statementText)
	b := writeFile(t, in, "copy/b.txt", statementText)
	out := t.TempDir()
	sum, err := Run(context.Background(), Config{OutDir: out, Workers: 2}, []Source{{Input: a, Path: a}, {Input: b, Path: b}})
	if err != nil {
		t.Fatal(err)
	}
	ps, ds := readOut(t, out)
	if len(ds) != 2 || ds[0].Status != "ok" || ds[1].Status != "skipped" || ds[1].Duplicate != a {
		t.Fatalf("documents: %+v", ds)
	}
	if sum.OK+sum.Skipped != 2 {
		t.Errorf("summary %+v", sum)
	}
	n := 0
	for _, p := range ps {
		n++
		if len(p.Source.AlsoURLs) != 1 || !strings.HasSuffix(p.Source.AlsoURLs[0], "copy/b.txt") {
			t.Errorf("%s: also_urls = %v", p.ID, p.Source.AlsoURLs)
		}
	}
	if n != ds[0].Paragraphs {
		t.Errorf("%d paragraph records, document says %d", n, ds[0].Paragraphs)
	}
}

func TestRunResumesAfterTornWrite(t *testing.T) {
	in := t.TempDir()
	a := writeFile(t, in, "a.txt", statementText)
	b := writeFile(t, in, "b.txt", reportText)
	srcs := []Source{{Input: a, Path: a}, {Input: b, Path: b}}
	ref := t.TempDir()
	if _, err := Run(context.Background(), Config{OutDir: ref}, srcs); err != nil {
		t.Fatal(err)
	}
	// Simulate a crash: the paragraphs of b written, its document record
	// torn half-way, and a torn paragraph line on top.
	out := t.TempDir()
	if _, err := Run(context.Background(), Config{OutDir: out}, srcs[:1]); err != nil {
		t.Fatal(err)
	}
	refParas, _ := readOut(t, ref)
	f, _ := os.OpenFile(filepath.Join(out, ParagraphsFile), os.O_APPEND|os.O_WRONLY, 0)
	for _, p := range refParas {
		if p.Source.Path == b {
			line, _ := json.Marshal(p)
			f.Write(append(line, '\n'))
		}
	}
	f.WriteString(`{"schema":"normscope.paragraph/v1","id":"torn`)
	f.Close()
	if err := os.WriteFile(filepath.Join(out, DocumentsFile), append(mustRead(t, filepath.Join(out, DocumentsFile)), []byte(`{"schema":"normscope.doc`)...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), Config{OutDir: out}, srcs); err != nil {
		t.Fatal(err)
	}
	got, gotDocs := readOut(t, out)
	want, wantDocs := readOut(t, ref)
	if len(gotDocs) != len(wantDocs) {
		t.Fatalf("%d documents after resume, want %d", len(gotDocs), len(wantDocs))
	}
	if a, b := canon(t, got), canon(t, want); a != b {
		t.Errorf("resumed output differs from an uninterrupted run:\n%s\nvs\n%s", a, b)
	}
}

// canon renders records sorted by ID with run-dependent times removed.
func canon(t *testing.T, ps []corpus.Paragraph) string {
	t.Helper()
	sort.Slice(ps, func(i, j int) bool { return ps[i].ID < ps[j].ID })
	var buf bytes.Buffer
	for _, p := range ps {
		p.Source.FetchedAt = ""
		b, _ := json.Marshal(p)
		buf.Write(b)
		buf.WriteByte('\n')
	}
	return buf.String()
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRunHTTPSourcesAndFailures(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/ok.txt", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(statementText)) })
	mux.HandleFunc("/missing.pdf", http.NotFound)
	mux.HandleFunc("/slow.pdf", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	srcs, _ := ExpandSources([]string{srv.URL + "/ok.txt", srv.URL + "/missing.pdf"})
	sum, err := Run(ctx, Config{OutDir: out, Fetcher: NewHTTPFetcher(HTTPConfig{})}, srcs)
	if err != nil {
		t.Fatal(err)
	}
	_, ds := readOut(t, out)
	if sum.OK != 1 || sum.Failed != 1 || len(ds) != 2 {
		t.Fatalf("summary %+v, documents %+v", sum, ds)
	}
	if ds[1].Status != "error" || !strings.Contains(ds[1].Error, "404") {
		t.Errorf("404 recorded as %q %q", ds[1].Status, ds[1].Error)
	}
	if ds[0].Source.URL != srv.URL+"/ok.txt" {
		t.Errorf("provenance url = %q", ds[0].Source.URL)
	}
}

func TestManifestFormats(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", statementText)
	cases := []struct {
		name, body string
		want       []Source
	}{
		{"lines.txt", "# comment\nhttps://example.org/a.pdf\n\na.txt\n", []Source{{Input: "https://example.org/a.pdf"}, {Input: filepath.Join(dir, "a.txt")}}},
		{"m.csv", "url,title,date,kind,speaker\nhttps://example.org/b.pdf,\"Report, final\",2022-07-28,report,\na.txt,Statement,2021-03-01,statement,Algeria\n",
			[]Source{{Input: "https://example.org/b.pdf", Meta: Meta{Title: "Report, final", Date: "2022-07-28", Kind: "report"}}, {Input: filepath.Join(dir, "a.txt"), Meta: Meta{Title: "Statement", Date: "2021-03-01", Kind: "statement", Speaker: "Algeria"}}}},
		{"m.jsonl", "{\"url\":\"https://example.org/c.html\",\"symbol\":\"A/75/816\"}\n{\"path\":\"a.txt\",\"lang\":\"fr\"}\n",
			[]Source{{Input: "https://example.org/c.html", Meta: Meta{Symbol: "A/75/816"}}, {Input: filepath.Join(dir, "a.txt"), Meta: Meta{Lang: "fr"}}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeFile(t, dir, c.name, c.body)
			got, err := ExpandSources([]string{"@" + p})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(c.want) {
				t.Fatalf("got %d sources, want %d: %+v", len(got), len(c.want), got)
			}
			for i := range got {
				if got[i].Input != c.want[i].Input || got[i].Meta != c.want[i].Meta || got[i].Err != nil {
					t.Errorf("source %d = %+v, want %+v", i, got[i], c.want[i])
				}
			}
		})
	}
	if _, err := ExpandSources([]string{"@" + filepath.Join(dir, "nope.csv")}); err == nil {
		t.Error("missing manifest: no error")
	}
	got, _ := ExpandSources([]string{"ftp://example.org/x.pdf"})
	if len(got) != 1 || got[0].Err == nil {
		t.Errorf("ftp source not rejected: %+v", got)
	}
}

func TestRunRevalidatesWithETag(t *testing.T) {
	var gets, notModified int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		gets++
		if r.Header.Get("If-None-Match") == `"v1"` {
			notModified++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Write([]byte(reportText))
	}))
	defer srv.Close()
	out := t.TempDir()
	cfg := Config{OutDir: out, Fetcher: NewHTTPFetcher(HTTPConfig{RatePerHost: -1}), Tagger: newTagger(t)}
	src := []Source{{Input: srv.URL + "/r.txt", URL: srv.URL + "/r.txt"}}
	if _, err := Run(context.Background(), cfg, src); err != nil {
		t.Fatal(err)
	}
	before, docs1 := readOut(t, out)
	if docs1[0].ETag != `"v1"` {
		t.Fatalf("etag not recorded: %+v", docs1[0])
	}
	sum, err := Run(context.Background(), cfg, src)
	if err != nil {
		t.Fatal(err)
	}
	after, docs2 := readOut(t, out)
	if sum.Unchanged != 1 || notModified != 1 || gets != 2 {
		t.Errorf("second run: %+v, %d GETs, %d answered 304", sum, gets, notModified)
	}
	if docs2[0].HTTPStatus != http.StatusNotModified || docs2[0].Status != "ok" {
		t.Errorf("document after 304: status %q, http %d", docs2[0].Status, docs2[0].HTTPStatus)
	}
	if canon(t, before) != canon(t, after) {
		t.Error("records changed after a 304")
	}
	// A new tagger version re-tags from the cached bytes, without a full fetch.
	rules := t.TempDir()
	writeFile(t, rules, "consensus.txt", "an extra consensus formula for this test\n")
	t2, err := classify.New(rules)
	if err != nil {
		t.Fatal(err)
	}
	if t2.Version() == cfg.Tagger.Version() {
		t.Fatal("changing the rules did not change the tagger version")
	}
	cfg.Tagger = t2
	sum, err = Run(context.Background(), cfg, src)
	if err != nil {
		t.Fatal(err)
	}
	if sum.OK != 1 || notModified != 2 {
		t.Errorf("after a rules change: %+v, %d answered 304 (want re-tagging from the cache)", sum, notModified)
	}
	retagged, _ := readOut(t, out)
	for _, p := range retagged {
		if p.Tagger == nil || p.Tagger.Version != t2.Version() {
			t.Errorf("%s: tagger %+v, want version %s", p.ID, p.Tagger, t2.Version())
		}
	}
}
