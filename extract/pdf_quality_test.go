package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// pdfScoreResult holds the figures the quality test asserts.
type pdfScoreResult struct {
	gold, ext, matched int
	leaks              []string
}

// pdfScoreDoc is a port of the matching of score.py: a gold record is matched
// by one unused extracted record whose normalised text is equal or whose
// token F1 is at least 0.95 (lengths within 10%), one to one. Footnotes are
// set aside. A leak is a scored record containing a furniture string at word
// boundaries.
func pdfScoreDoc(gold []string, doc *Document, furniture []string) pdfScoreResult {
	var ext []string
	for _, p := range doc.Paragraphs {
		if p.Kind != KindFootnote {
			ext = append(ext, scoreNorm(p.Text))
		}
	}
	res := pdfScoreResult{gold: len(gold), ext: len(ext)}
	etok := make([]map[string]int, len(ext))
	elen := make([]int, len(ext))
	for j, e := range ext {
		etok[j] = tokenBag(e)
		for _, c := range etok[j] {
			elen[j] += c
		}
	}
	used := make([]bool, len(ext))
	for _, g := range gold {
		g = scoreNorm(g)
		gt := tokenBag(g)
		glen := 0
		for _, c := range gt {
			glen += c
		}
		best, bestJ := 0.0, -1
		for j, e := range ext {
			if used[j] {
				continue
			}
			if e == g {
				best, bestJ = 2, j
				break
			}
			if elen[j] == 0 || glen == 0 || float64(min(elen[j], glen))/float64(max(elen[j], glen)) < 0.9 {
				continue
			}
			if f := bagF1(gt, etok[j]); f >= 0.95 && f > best {
				best, bestJ = f, j
			}
		}
		if bestJ >= 0 {
			used[bestJ] = true
			res.matched++
		}
	}
	for _, e := range ext {
		for _, f := range furniture {
			if pdfContainsBounded(e, scoreNorm(f)) {
				res.leaks = append(res.leaks, f)
			}
		}
	}
	return res
}

func pdfIsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// pdfContainsBounded reports whether s contains sub not glued to word
// characters on a side where sub itself begins or ends with one.
func pdfContainsBounded(s, sub string) bool {
	if sub == "" {
		return false
	}
	first, last := []rune(sub)[0], []rune(sub)[len([]rune(sub))-1]
	for i := 0; ; {
		k := strings.Index(s[i:], sub)
		if k < 0 {
			return false
		}
		k += i
		okL := !pdfIsWordRune(first) || k == 0 || !pdfIsWordRune(pdfLastRune(s[:k]))
		end := k + len(sub)
		okR := !pdfIsWordRune(last) || end == len(s) || !pdfIsWordRune([]rune(s[end:])[0])
		if okL && okR {
			return true
		}
		i = k + 1
	}
}

func pdfLastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

func pdfReadGold(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r struct{ Text string }
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, r.Text)
	}
	return out
}

func pdfReadFurniture(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// TestPDFCorpusQuality extracts every PDF of the shared extraction set with
// each engine and asserts micro recall and precision floors and no leaked
// furniture. Measured with score.py: go 0.997/0.997, poppler 0.992/0.997,
// 0 leaks each; the floors leave a small margin.
func TestPDFCorpusQuality(t *testing.T) {
	files := corpusPDFs(t)
	const floor = 0.97
	for _, engine := range engines(t) {
		t.Run(engine, func(t *testing.T) {
			var total pdfScoreResult
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := ExtractPDF(context.Background(), data, Options{PDFEngine: engine})
				if err != nil {
					t.Errorf("%s: %v", filepath.Base(f), err)
					continue
				}
				gold := pdfReadGold(t, f+".gold.jsonl")
				r := pdfScoreDoc(gold, doc, pdfReadFurniture(f+".furniture.txt"))
				t.Logf("%-36s gold %3d ext %3d matched %3d leaks %d", filepath.Base(f), r.gold, r.ext, r.matched, len(r.leaks))
				for _, l := range r.leaks {
					t.Errorf("%s: furniture leaked: %q", filepath.Base(f), l)
				}
				total.gold += r.gold
				total.ext += r.ext
				total.matched += r.matched
			}
			if total.gold == 0 || total.ext == 0 {
				t.Fatal("nothing scored")
			}
			recall := float64(total.matched) / float64(total.gold)
			precision := float64(total.matched) / float64(total.ext)
			t.Logf("micro recall %.3f precision %.3f", recall, precision)
			if recall < floor || precision < floor {
				t.Errorf("micro recall %.3f, precision %.3f: below the %.2f floor", recall, precision, floor)
			}
		})
	}
}
