package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"image"
	_ "image/png"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestStatsEqualDirectCounts(t *testing.T) {
	s, paras := fixture(t)
	ctx := context.Background()
	tests := []struct {
		by   []string
		q    Query
		keys func(p Paragraph) [][]string // the groups a paragraph counts in
	}{
		{[]string{"topic"}, Query{}, func(p Paragraph) [][]string { return [][]string{{p.Topic}} }},
		{[]string{"year", "topic"}, Query{}, func(p Paragraph) [][]string { return [][]string{{p.Doc.Date[:4], p.Topic}} }},
		{[]string{"kind"}, Query{Text: "ransomware OR delegations"}, func(p Paragraph) [][]string {
			if !has(p.Text, "ransomware") && !has(p.Text, "delegations") {
				return nil
			}
			return [][]string{{p.Doc.Kind}}
		}},
		{[]string{"actor"}, Query{}, func(p Paragraph) [][]string {
			var out [][]string
			for _, a := range p.Actors {
				out = append(out, []string{a})
			}
			return out
		}},
		{[]string{"actor", "issue"}, Query{}, func(p Paragraph) [][]string {
			seen := map[string]bool{}
			var out [][]string
			for _, st := range p.Stances {
				actors := st.Actors
				if len(actors) == 0 {
					actors = []string{""}
				}
				for _, a := range actors {
					if k := a + "|" + st.Issue; !seen[k] {
						seen[k] = true
						out = append(out, []string{a, st.Issue})
					}
				}
			}
			return out
		}},
		{[]string{"stance"}, Query{From: "2022"}, func(p Paragraph) [][]string {
			if p.Doc.Date < "2022" {
				return nil
			}
			seen := map[string]bool{}
			var out [][]string
			for _, st := range p.Stances {
				if k := st.Issue + ":" + st.Value; !seen[k] {
					seen[k] = true
					out = append(out, []string{k})
				}
			}
			return out
		}},
		{[]string{"doc"}, Query{Topics: []string{"threats"}}, func(p Paragraph) [][]string {
			if p.Topic != "threats" {
				return nil
			}
			return [][]string{{p.DocID}}
		}},
		{nil, Query{}, func(p Paragraph) [][]string { return [][]string{{}} }},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.by, ","), func(t *testing.T) {
			tab, err := s.Stats(ctx, tt.by, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]int{}
			for _, p := range paras {
				for _, k := range tt.keys(p) {
					want[strings.Join(k, "|")]++
				}
			}
			got := map[string]int{}
			for _, r := range tab.Data {
				got[strings.Join(r.Keys, "|")] = r.Count
			}
			if len(got) != len(want) {
				t.Errorf("groups: got %v, want %v", got, want)
			}
			for k, n := range want {
				if got[k] != n {
					t.Errorf("group %q: got %d, want %d", k, got[k], n)
				}
			}
			if len(tab.Rows) != len(tab.Data) || (len(tab.Rows) > 0 && len(tab.Rows[0]) != len(tab.Columns)) {
				t.Errorf("rows/columns mismatch: %v %v", tab.Columns, tab.Rows)
			}
			if slices.Contains(tt.by, "topic") {
				sums := map[string]float64{}
				for _, r := range tab.Data {
					var rest []string
					for i, d := range tt.by {
						if d != "topic" {
							rest = append(rest, r.Keys[i])
						}
					}
					sums[strings.Join(rest, "|")] += r.Share
				}
				for g, sum := range sums {
					if sum < 0.9999 || sum > 1.0001 {
						t.Errorf("shares of group %q sum to %v", g, sum)
					}
				}
			}
		})
	}
	if _, err := s.Stats(ctx, []string{"colour"}, Query{}); err == nil {
		t.Error("unknown dimension accepted")
	}
}

func TestPlotFilesAreValid(t *testing.T) {
	s, _ := fixture(t)
	empty, err := Open(filepath.Join(t.TempDir(), "empty.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	for _, st := range []*Store{s, empty} {
		for _, kind := range PlotKinds {
			for _, format := range []string{"svg", "png"} {
				var buf bytes.Buffer
				if err := Plot(context.Background(), st, kind, Query{}, &buf, format); err != nil {
					t.Fatalf("%s %s: %v", kind, format, err)
				}
				switch format {
				case "svg":
					dec := xml.NewDecoder(&buf)
					root := ""
					for {
						tok, err := dec.Token()
						if err == io.EOF {
							break
						}
						if err != nil {
							t.Fatalf("%s svg: invalid XML: %v", kind, err)
						}
						if se, ok := tok.(xml.StartElement); ok && root == "" {
							root = se.Name.Local
						}
					}
					if root != "svg" {
						t.Errorf("%s svg: root element %q", kind, root)
					}
				case "png":
					img, name, err := image.Decode(&buf)
					if err != nil || name != "png" {
						t.Fatalf("%s png: %v (%s)", kind, err, name)
					}
					if b := img.Bounds(); b.Dx() < 100 || b.Dy() < 100 {
						t.Errorf("%s png: tiny image %v", kind, b)
					}
				}
			}
		}
	}
	if err := Plot(context.Background(), s, "pie", Query{}, io.Discard, "svg"); err == nil {
		t.Error("unknown chart accepted")
	}
	if err := Plot(context.Background(), s, "kinds", Query{}, io.Discard, "gif"); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestExportDatapackage(t *testing.T) {
	s, paras := fixture(t)
	dir := t.TempDir()
	if err := Export(context.Background(), s, dir, "datapackage", ExportOptions{Version: "v9.9.9"}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "datapackage.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pkg struct {
		Resources []struct {
			Name, Path, Format, Hash string
			Bytes                    int64
			Schema                   struct{ Fields []struct{ Name, Type string } }
		}
	}
	if err := json.Unmarshal(b, &pkg); err != nil {
		t.Fatal(err)
	}
	if len(pkg.Resources) != 4 {
		t.Fatalf("%d resources", len(pkg.Resources))
	}
	for _, r := range pkg.Resources {
		data, err := os.ReadFile(filepath.Join(dir, r.Path))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(data)
		if r.Hash != "sha256:"+hex.EncodeToString(sum[:]) {
			t.Errorf("%s: hash %s does not verify", r.Path, r.Hash)
		}
		if r.Bytes != int64(len(data)) {
			t.Errorf("%s: bytes %d, file has %d", r.Path, r.Bytes, len(data))
		}
		recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", r.Path, err)
		}
		for i, f := range r.Schema.Fields {
			if recs[0][i] != f.Name {
				t.Errorf("%s: column %d is %q, schema says %q", r.Path, i, recs[0][i], f.Name)
			}
		}
		if r.Name == "paragraphs" && len(recs)-1 != len(paras) {
			t.Errorf("paragraphs.csv has %d rows, want %d", len(recs)-1, len(paras))
		}
	}
	card, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil || !strings.Contains(string(card), "machine-generated") || !strings.Contains(string(card), "v9.9.9") {
		t.Errorf("dataset card: %v %q", err, card)
	}
}

func TestExportJSONLRoundTrip(t *testing.T) {
	s, paras := fixture(t)
	dir := t.TempDir()
	if err := Export(context.Background(), s, dir, "jsonl", ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(filepath.Join(t.TempDir(), "again.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	pf, _ := os.Open(filepath.Join(dir, "paragraphs.jsonl"))
	defer pf.Close()
	df, _ := os.Open(filepath.Join(dir, "documents.jsonl"))
	defer df.Close()
	if err := s2.Rebuild(context.Background(), pf, df); err != nil {
		t.Fatal(err)
	}
	for _, p := range paras {
		got, err := s2.Paragraph(context.Background(), p.ID)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(got)
		b, _ := json.Marshal(p)
		if !bytes.Equal(a, b) {
			t.Errorf("round trip of %s:\n got %s\nwant %s", p.ID, a, b)
		}
	}
	var failed int
	s2.DB().QueryRow(`SELECT count(*) FROM failed_sources`).Scan(&failed)
	if failed != 1 {
		t.Errorf("failed sources after round trip: %d, want 1", failed)
	}
}

func TestWriters(t *testing.T) {
	s, _ := fixture(t)
	res, err := s.Search(context.Background(), Query{Text: "ransomware", KWIC: 15, Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteResults(&buf, res, "table", WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "«Ransomware»") && !strings.Contains(buf.String(), "«ransomware»") {
		t.Errorf("table output has no highlighted match:\n%s", buf.String())
	}
	if strings.Contains(buf.String(), "\x1b[") {
		t.Error("ANSI escapes in non-terminal output")
	}
	buf.Reset()
	WriteResults(&buf, res, "table", WriteOptions{Terminal: true})
	if !strings.Contains(buf.String(), "\x1b[1m") {
		t.Error("no bold in terminal output")
	}
	buf.Reset()
	if err := WriteResults(&buf, res, "jsonl", WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != len(res.Hits) {
		t.Errorf("jsonl: %d lines for %d hits", len(lines), len(res.Hits))
	}
	for _, l := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil || rec["id"] == nil || rec["score"] == nil || rec["schema"] != ParagraphSchema {
			t.Errorf("jsonl line %s: %v", l, err)
		}
	}
	buf.Reset()
	if err := WriteResults(&buf, res, "csv", WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if recs, err := csv.NewReader(&buf).ReadAll(); err != nil || len(recs) != len(res.Hits)+1 {
		t.Errorf("csv: %d records, %v", len(recs), err)
	}
	if err := WriteResults(io.Discard, res, "xml", WriteOptions{}); err == nil {
		t.Error("unknown format accepted")
	}
	buf.Reset()
	WriteKWIC(&buf, res)
	if n := strings.Count(buf.String(), "«"); n < len(res.Hits) {
		t.Errorf("kwic output has %d matches for %d hits:\n%s", n, len(res.Hits), buf.String())
	}
	buf.Reset()
	WriteFacets(&buf, res)
	for _, fc := range res.Facets["topic"] {
		if !strings.Contains(buf.String(), fc.Value) || !strings.Contains(buf.String(), strconv.Itoa(fc.Count)) {
			t.Errorf("facets output lacks %v:\n%s", fc, buf.String())
		}
	}
	tab, _ := s.Stats(context.Background(), []string{"topic"}, Query{})
	for _, f := range []string{"table", "csv", "tsv", "jsonl"} {
		buf.Reset()
		if err := WriteTable(&buf, tab, f); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "threats") {
			t.Errorf("%s table lacks a row:\n%s", f, buf.String())
		}
	}
}
