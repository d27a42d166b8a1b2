package examples

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os/exec"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// allEmbedded lists every file in FS, documents and index/manifest alike.
func allEmbedded(t *testing.T) []string {
	t.Helper()
	var out []string
	err := fs.WalkDir(FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, p)
		}
		return err
	})
	if err != nil {
		t.Fatalf("walk FS: %v", err)
	}
	return out
}

func readFS(t *testing.T, name string) []byte {
	t.Helper()
	b, err := FS.ReadFile(name)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return b
}

func TestFiles(t *testing.T) {
	files := Files()
	if len(files) < 6 || len(files) > 8 {
		t.Fatalf("Files() = %d documents, want 6 to 8: %v", len(files), files)
	}
	if !sort.StringsAreSorted(files) {
		t.Errorf("Files() not sorted: %v", files)
	}
	kinds := map[string]int{}
	for _, f := range files {
		if f == Index || f == Manifest {
			t.Errorf("Files() includes %s", f)
		}
		kinds[path.Ext(f)]++
	}
	for _, ext := range []string{".pdf", ".html", ".txt"} {
		if kinds[ext] == 0 {
			t.Errorf("no %s document among %v", ext, files)
		}
	}
	// Files plus the index and the manifest are everything embedded.
	if got, want := len(allEmbedded(t)), len(files)+2; got != want {
		t.Errorf("FS holds %d files, want %d (documents + index + manifest)", got, want)
	}
}

func TestEmbeddedFilesValid(t *testing.T) {
	total := 0
	for _, name := range allEmbedded(t) {
		b := readFS(t, name)
		total += len(b)
		if len(b) == 0 {
			t.Errorf("%s is empty", name)
			continue
		}
		switch path.Ext(name) {
		case ".pdf":
			if !bytes.HasPrefix(b, []byte("%PDF-")) {
				t.Errorf("%s does not start with %%PDF-: %q", name, b[:min(len(b), 8)])
			}
			if !bytes.HasSuffix(bytes.TrimRight(b, "\r\n"), []byte("%%EOF")) {
				t.Errorf("%s does not end with %%%%EOF (truncated?)", name)
			}
		default:
			if !utf8.Valid(b) {
				t.Errorf("%s is not valid UTF-8", name)
			}
		}
	}
	if total > 400<<10 {
		t.Errorf("embedded documents total %d bytes, want < 400 KB", total)
	}
}

// parseHTML parses name from FS, failing on tokenizer errors other than EOF.
func parseHTML(t *testing.T, name string) *html.Node {
	t.Helper()
	b := readFS(t, name)
	z := html.NewTokenizer(bytes.NewReader(b))
	for z.Next() != html.ErrorToken {
	}
	if err := z.Err(); err != io.EOF {
		t.Fatalf("%s: tokenize: %v", name, err)
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: parse: %v", name, err)
	}
	return doc
}

// walk calls f for n and all its descendants.
func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf returns the text of the elements named tag under doc, outside
// <script> and <style>.
func textOf(doc *html.Node, tag string) string {
	var sb strings.Builder
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode || n.Data != tag {
			return
		}
		walk(n, func(c *html.Node) {
			if c.Type == html.TextNode && c.Parent != nil && c.Parent.Data != "script" && c.Parent.Data != "style" {
				sb.WriteString(c.Data)
				sb.WriteByte(' ')
			}
		})
	})
	return strings.Join(strings.Fields(sb.String()), " ")
}

func htmlFiles() []string {
	out := []string{Index}
	for _, f := range Files() {
		if path.Ext(f) == ".html" {
			out = append(out, f)
		}
	}
	return out
}

func TestHTMLParses(t *testing.T) {
	for _, name := range htmlFiles() {
		t.Run(name, func(t *testing.T) {
			doc := parseHTML(t, name)
			if title := textOf(doc, "title"); len(title) < 10 {
				t.Errorf("title %q too short", title)
			}
			if h1 := textOf(doc, "h1"); h1 == "" {
				t.Error("no <h1> heading")
			}
			if words := len(strings.Fields(textOf(doc, "body"))); words < 120 {
				t.Errorf("body has %d words, want at least 120", words)
			}
			var lang string
			walk(doc, func(n *html.Node) {
				if n.Type == html.ElementNode && n.Data == "html" {
					lang = attr(n, "lang")
				}
			})
			if lang != "en" {
				t.Errorf(`<html lang=%q>, want "en"`, lang)
			}
		})
	}
}

// TestEscapedScriptIsText checks that one document carries the literal text
// <script>alert(1)</script> as paragraph text (written as entities), and that
// no page has a script element that could run it.
func TestEscapedScriptIsText(t *testing.T) {
	const payload = "<script>alert(1)</script>"
	found := 0
	for _, name := range htmlFiles() {
		doc := parseHTML(t, name)
		walk(doc, func(n *html.Node) {
			switch {
			case n.Type == html.TextNode && strings.Contains(n.Data, payload):
				if n.Parent == nil || n.Parent.Data != "p" {
					t.Errorf("%s: payload text inside <%s>, want <p>", name, n.Parent.Data)
				}
				found++
			case n.Type == html.ElementNode && n.Data == "script":
				walk(n, func(c *html.Node) {
					if c.Type == html.TextNode && strings.Contains(c.Data, "alert") {
						t.Errorf("%s: a real <script> element contains alert", name)
					}
				})
			}
		})
	}
	if found != 1 {
		t.Errorf("payload found as paragraph text %d times, want exactly 1", found)
	}
}

func TestIndexLinksEveryDocument(t *testing.T) {
	doc := parseHTML(t, Index)
	base, _ := url.Parse("http://127.0.0.1:8080/demo/" + Index)
	linked := map[string]bool{}
	walk(doc, func(n *html.Node) {
		if n.Type != html.ElementNode || n.Data != "a" {
			return
		}
		href := attr(n, "href")
		u, err := url.Parse(href)
		if err != nil {
			t.Errorf("index: bad href %q: %v", href, err)
			return
		}
		if u.IsAbs() || strings.HasPrefix(href, "/") {
			t.Errorf("index: href %q is not relative", href)
		}
		abs := base.ResolveReference(u)
		name := strings.TrimPrefix(abs.Path, "/demo/")
		if _, err := fs.Stat(FS, name); err != nil {
			t.Errorf("index: link %q points to no embedded file", href)
		}
		if textOf(n, "a") == "" {
			t.Errorf("index: link %q has no text", href)
		}
		linked[name] = true
	})
	for _, f := range Files() {
		if !linked[f] {
			t.Errorf("index.html does not link %s", f)
		}
	}
}

func TestManifest(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(readFS(t, Manifest))).ReadAll()
	if err != nil {
		t.Fatalf("manifest: %v", err)
	}
	if len(rows) < 2 {
		t.Fatalf("manifest has %d rows", len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, h := range []string{"path", "title", "date", "kind", "speaker"} {
		if _, ok := col[h]; !ok {
			t.Fatalf("manifest header %v lacks %q", rows[0], h)
		}
	}
	isoDate := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	kinds := map[string]bool{"report": true, "resolution": true, "statement": true, "working_paper": true, "analysis": true, "news": true, "declaration": true}
	seen := map[string]bool{}
	for i, r := range rows[1:] {
		p, kind, speaker := r[col["path"]], r[col["kind"]], r[col["speaker"]]
		if _, err := fs.Stat(FS, p); err != nil {
			t.Errorf("row %d: path %q not embedded", i+2, p)
		}
		if seen[p] {
			t.Errorf("row %d: %q listed twice", i+2, p)
		}
		seen[p] = true
		if r[col["title"]] == "" {
			t.Errorf("row %d: empty title", i+2)
		}
		if d := r[col["date"]]; !isoDate.MatchString(d) {
			t.Errorf("row %d: date %q is not YYYY-MM-DD", i+2, d)
		} else if _, err := time.Parse("2006-01-02", d); err != nil {
			t.Errorf("row %d: date %q: %v", i+2, d, err)
		}
		if !kinds[kind] {
			t.Errorf("row %d: kind %q not a record kind", i+2, kind)
		}
		// Statements name their delegation; other kinds have no speaker.
		if (kind == "statement") != (speaker != "") {
			t.Errorf("row %d: kind %q with speaker %q", i+2, kind, speaker)
		}
	}
	for _, f := range Files() {
		if !seen[f] {
			t.Errorf("manifest does not list %s", f)
		}
	}
}

func TestHandler(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	get := func(p string) (*http.Response, []byte) {
		t.Helper()
		resp, err := srv.Client().Get(srv.URL + "/" + p)
		if err != nil {
			t.Fatalf("GET /%s: %v", p, err)
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatalf("GET /%s: read: %v", p, err)
		}
		return resp, b
	}
	resp, body := get("")
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, readFS(t, Index)) {
		t.Errorf("GET / = %d, %d bytes; want the index page", resp.StatusCode, len(body))
	}
	wantType := map[string]string{".pdf": "application/pdf", ".html": "text/html", ".txt": "text/plain"}
	for _, f := range Files() {
		resp, body := get(f)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET /%s: status %d", f, resp.StatusCode)
			continue
		}
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, wantType[path.Ext(f)]) {
			t.Errorf("GET /%s: Content-Type %q, want %s", f, ct, wantType[path.Ext(f)])
		}
		if !bytes.Equal(body, readFS(t, f)) {
			t.Errorf("GET /%s: body differs from the embedded file", f)
		}
	}
	if resp, _ := get("no-such-document.pdf"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET missing file: status %d, want 404", resp.StatusCode)
	}
}

// TestPDFTextLayer checks with poppler's pdftotext that every PDF has a
// text layer, and that "x/y" page footers, where a PDF has them, count the
// pages right (the Makefile builds in two passes for that).
func TestPDFTextLayer(t *testing.T) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) not on PATH; skipping the text-layer check")
	}
	footer := regexp.MustCompile(`(?m)\b(\d+)/(\d+)\s*$`)
	for _, f := range Files() {
		if path.Ext(f) != ".pdf" {
			continue
		}
		t.Run(f, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "-layout", "-", "-")
			cmd.Stdin = bytes.NewReader(readFS(t, f))
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("pdftotext: %v", err)
			}
			if words := len(strings.Fields(string(out))); words < 300 {
				t.Errorf("text layer has %d words, want at least 300", words)
			}
			pages := strings.Split(strings.TrimRight(string(out), "\f\n"), "\f")
			// The footer is the last "n/m" at a line end of a page (a
			// symbol such as A/AC.299/2031/2 in the header also matches).
			lastFooter := func(page string) string {
				all := footer.FindAllString(page, -1)
				if len(all) == 0 {
					return ""
				}
				return strings.TrimSpace(all[len(all)-1])
			}
			if !strings.HasPrefix(lastFooter(pages[0]), "1/") {
				return // no x/y footer in this layout
			}
			for i, pg := range pages {
				want := fmt.Sprintf("%d/%d", i+1, len(pages))
				if got := lastFooter(pg); got != want {
					t.Errorf("page %d: footer %q, want %q", i+1, got, want)
				}
			}
		})
	}
}
