// Package pipeline runs normscope's stages over a list of sources: it
// expands sources (URLs, files, folders, manifests), fetches them, hands
// the bytes to extract and classify, and writes the records with resume
// and deduplication. It is the only package that knows all the stages.
package pipeline

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Meta holds document metadata given by a manifest. Non-empty fields
// override what extraction infers.
type Meta struct {
	Title   string `json:"title,omitempty"`
	Date    string `json:"date,omitempty"`
	Kind    string `json:"kind,omitempty"`
	Speaker string `json:"speaker,omitempty"`
	Symbol  string `json:"symbol,omitempty"`
	Lang    string `json:"lang,omitempty"`
}

// Source is one document to process.
type Source struct {
	Input        string // canonical key: the URL, or the absolute path of a file
	URL          string // http(s) URL for remote sources
	Path         string // local path for files
	Meta         Meta   // metadata from a manifest
	DiscoveredBy string // the index page this URL was found on (--follow)
	Err          error  // set when the source is unusable as given (missing file, bad manifest line)

	indexLinks int // links found when this source is an index page (--follow)
}

// IsRemote reports whether the source is fetched over HTTP.
func (s Source) IsRemote() bool { return s.URL != "" }

// DocumentExts are the file name endings taken from folders.
var DocumentExts = []string{".pdf", ".html", ".htm", ".txt"}

// ExpandSources turns command-line arguments into sources: http(s) URLs,
// files, folders (recursively, files ending in DocumentExts, in name
// order) and @manifest files. A source that cannot be used (a missing file)
// is returned with Err set, so that it is recorded rather than dropped.
func ExpandSources(args []string) ([]Source, error) {
	var out []Source
	for _, a := range args {
		srcs, err := expandOne(a, "")
		if err != nil {
			return nil, err
		}
		out = append(out, srcs...)
	}
	return dedupSources(out), nil
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func expandOne(a, base string) ([]Source, error) {
	a = strings.TrimSpace(a)
	switch {
	case a == "":
		return nil, nil
	case isURL(a):
		return []Source{{Input: a, URL: a}}, nil
	case strings.HasPrefix(a, "@"):
		return readManifest(resolve(a[1:], base))
	}
	if strings.Contains(a, "://") {
		return []Source{{Input: a, Err: fmt.Errorf("unsupported URL scheme (only http and https)")}}, nil
	}
	p := resolve(a, base)
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	st, err := os.Stat(abs)
	if err != nil {
		return []Source{{Input: abs, Path: abs, Err: fmt.Errorf("cannot read source: %w", err)}}, nil
	}
	if !st.IsDir() {
		return []Source{{Input: abs, Path: abs}}, nil
	}
	var out []Source
	err = filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, Source{Input: path, Path: path, Err: fmt.Errorf("cannot read: %w", err)})
			return nil
		}
		if d.IsDir() {
			if path != abs && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(filepath.Ext(path))
		for _, e := range DocumentExts {
			if ext == e {
				out = append(out, Source{Input: path, Path: path})
				break
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("walk %s: %w", abs, err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Input < out[j].Input })
	return out, nil
}

func resolve(p, base string) string {
	if base == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(base, p)
}

// readManifest reads a manifest: JSONL (lines starting with "{"), CSV with
// a header row naming a url or path column, or one source a line. Blank
// lines and lines starting with # are ignored. Relative paths are relative
// to the manifest's folder.
func readManifest(path string) ([]Source, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	base := filepath.Dir(path)
	trimmed := bytes.TrimLeft(data, "\xef\xbb\xbf \t\r\n")
	switch {
	case bytes.HasPrefix(trimmed, []byte("{")):
		return readJSONLManifest(path, base, trimmed)
	case isCSVHeader(firstLine(trimmed)):
		return readCSVManifest(path, base, trimmed)
	}
	var out []Source
	sc := bufio.NewScanner(bytes.NewReader(trimmed))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		srcs, err := expandOne(line, base)
		if err != nil {
			return nil, err
		}
		out = append(out, srcs...)
	}
	return out, sc.Err()
}

func firstLine(b []byte) string {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		b = b[:i]
	}
	return strings.TrimSpace(string(b))
}

func isCSVHeader(line string) bool {
	if !strings.Contains(line, ",") {
		return false
	}
	for _, f := range strings.Split(strings.ToLower(line), ",") {
		switch strings.Trim(strings.TrimSpace(f), `"`) {
		case "url", "path", "source", "file":
			return true
		}
	}
	return false
}

// manifestRow is one manifest entry (CSV columns or JSONL fields).
type manifestRow struct {
	URL    string `json:"url"`
	Path   string `json:"path"`
	Source string `json:"source"`
	File   string `json:"file"`
	Meta
}

func (r manifestRow) toSources(base string) ([]Source, error) {
	loc := r.URL
	for _, alt := range []string{r.Path, r.Source, r.File} {
		if loc == "" {
			loc = alt
		}
	}
	if loc == "" {
		return []Source{{Input: "(manifest row without url or path)", Err: fmt.Errorf("manifest row has no url or path")}}, nil
	}
	srcs, err := expandOne(loc, base)
	for i := range srcs {
		srcs[i].Meta = r.Meta
	}
	return srcs, err
}

func readJSONLManifest(path, base string, data []byte) ([]Source, error) {
	var out []Source
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		var r manifestRow
		if err := json.Unmarshal(line, &r); err != nil {
			return nil, fmt.Errorf("manifest %s:%d: %w", path, n, err)
		}
		srcs, err := r.toSources(base)
		if err != nil {
			return nil, err
		}
		out = append(out, srcs...)
	}
	return out, sc.Err()
}

func readCSVManifest(path, base string, data []byte) ([]Source, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	get := func(row []string, names ...string) string {
		for _, n := range names {
			if i, ok := col[n]; ok && i < len(row) {
				if v := strings.TrimSpace(row[i]); v != "" {
					return v
				}
			}
		}
		return ""
	}
	var out []Source
	for _, row := range rows[1:] {
		if len(row) == 0 || (len(row) == 1 && strings.TrimSpace(row[0]) == "") {
			continue
		}
		r := manifestRow{URL: get(row, "url"), Path: get(row, "path", "file", "source"), Meta: Meta{
			Title: get(row, "title"), Date: get(row, "date"), Kind: get(row, "kind", "type"),
			Speaker: get(row, "speaker"), Symbol: get(row, "symbol"), Lang: get(row, "lang", "language"),
		}}
		srcs, err := r.toSources(base)
		if err != nil {
			return nil, err
		}
		out = append(out, srcs...)
	}
	return out, nil
}

// dedupSources keeps the first of sources with the same Input.
func dedupSources(in []Source) []Source {
	seen := make(map[string]bool, len(in))
	out := in[:0]
	for _, s := range in {
		if seen[s.Input] {
			continue
		}
		seen[s.Input] = true
		out = append(out, s)
	}
	return out
}
