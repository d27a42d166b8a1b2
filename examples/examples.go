// Package examples bundles the demo documents of normscope: a UN-style
// progress report of an open-ended working group, two national statements,
// two think-tank analyses, a news item and a General Assembly resolution,
// together with an index page that links them all and a CSV manifest that
// describes them. Every text is invented for the demo; symbols, dates and
// sessions are fictional (see README.md).
//
// The documents are embedded in FS, so `normscope demo` can serve them from
// an in-process HTTP server (see Handler) and run the whole pipeline offline.
// The sources the PDFs are built from live in examples/src and are not
// embedded.
package examples

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"sort"
)

// FS holds the demo documents, the index page and the manifest at its root.
//
//go:embed *.pdf *.html *.txt manifest.csv
var FS embed.FS

// Index is the path in FS of the index page that links every document.
const Index = "index.html"

// Manifest is the path in FS of the CSV manifest (columns path, title, date,
// kind, speaker, symbol; paths relative to the manifest).
const Manifest = "manifest.csv"

// Files returns the paths in FS of the documents, sorted by name. It leaves
// out the index page and the manifest, which describe documents rather than
// being ones.
func Files() []string {
	var out []string
	// Walking an embed.FS cannot fail: its tree is fixed at build time.
	_ = fs.WalkDir(FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch path.Base(p) {
		case Index, Manifest:
			return nil
		}
		out = append(out, p)
		return nil
	})
	sort.Strings(out)
	return out
}

// Handler returns an http.Handler serving FS: "/" serves the index page and
// "/NAME" the document NAME, with a Content-Type chosen from the extension
// (application/pdf, text/html, text/plain).
func Handler() http.Handler {
	return http.FileServerFS(FS)
}
