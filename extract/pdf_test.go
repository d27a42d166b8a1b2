package extract

import (
	"bytes"
	"context"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// engines lists the PDF engines to test: always "go", and "poppler" when
// pdftotext is installed.
func engines(t testing.TB) []string {
	e := []string{"go"}
	if popplerAvailable() {
		e = append(e, "poppler")
	} else {
		t.Log("pdftotext not on PATH: poppler engine not tested")
	}
	return e
}

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "pdf", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func extractFixture(t *testing.T, name, engine string) *Document {
	t.Helper()
	doc, err := ExtractPDF(context.Background(), readFixture(t, name), Options{PDFEngine: engine})
	if err != nil {
		t.Fatalf("%s (%s): %v", name, engine, err)
	}
	if doc.Engine != engine {
		t.Errorf("Engine = %q, want %q", doc.Engine, engine)
	}
	return doc
}

func findPara(doc *Document, f func(Paragraph) bool) (Paragraph, bool) {
	for _, p := range doc.Paragraphs {
		if f(p) {
			return p, true
		}
	}
	return Paragraph{}, false
}

// TestExtractPDFUNReport checks the groff UN-style report: title, numbered
// headings, paragraph numbers, list items, the footnote set apart, running
// header and page labels removed, hyphenation undone and the paragraph
// continued across the page break.
func TestExtractPDFUNReport(t *testing.T) {
	for _, engine := range engines(t) {
		t.Run(engine, func(t *testing.T) {
			doc := extractFixture(t, "un-report.pdf", engine)
			if doc.Pages != 2 {
				t.Errorf("Pages = %d, want 2", doc.Pages)
			}
			if doc.Meta.Title != "Regional Approaches to Cyber Resilience" {
				t.Errorf("Title = %q", doc.Meta.Title)
			}
			first := doc.Paragraphs[0]
			if first.Kind != KindHeading || first.Text != "Regional Approaches to Cyber Resilience" || first.Section != "" {
				t.Errorf("first record = %+v, want the title heading", first)
			}
			var headings, nos []string
			lists, notes := 0, 0
			for _, p := range doc.Paragraphs {
				switch p.Kind {
				case KindHeading:
					headings = append(headings, p.Text)
				case KindListItem:
					lists++
				case KindFootnote:
					notes++
					if !strings.Contains(p.Text, "Summary of the informal consultations") {
						t.Errorf("footnote text = %q", p.Text)
					}
				case KindParagraph:
					nos = append(nos, p.ParaNo)
				}
				if p.Kind != KindFootnote {
					for _, furn := range []string{"Working paper on regional capacity", "A/AC.999/2099/WP.7", "- 1 -", "- 2 -", "Summary of the informal"} {
						if strings.Contains(p.Text, furn) {
							t.Errorf("furniture %q leaked into %q", furn, p.Text)
						}
					}
				}
			}
			wantH := []string{"Regional Approaches to Cyber Resilience", "1. Introduction", "2. Capacity and cooperation", "3. Future work"}
			if strings.Join(headings, "|") != strings.Join(wantH, "|") {
				t.Errorf("headings = %q, want %q", headings, wantH)
			}
			var wantNos []string
			for i := 1; i <= 14; i++ {
				wantNos = append(wantNos, strconv.Itoa(i))
			}
			if strings.Join(nos, ",") != strings.Join(wantNos, ",") {
				t.Errorf("paragraph numbers = %v, want 1..14 once each", nos)
			}
			if lists != 3 || notes != 1 {
				t.Errorf("list items = %d (want 3), footnotes = %d (want 1)", lists, notes)
			}
			checks := []struct {
				no, prefix, suffix, section string
			}{
				// footnote mark removed, "re-silience" joined
				{"1", "The working group recalled", "strengthen their resilience against malicious activity.", "1. Introduction"},
				// real hyphen kept at a line break or inside a line
				{"3", "Participants emphasized the importance of capacity-building programmes", "national strategies.", "2. Capacity and cooperation"},
				// "ex-perts" joined
				{"7", "Several participants also proposed", "intergovernmental character of the process.", "2. Capacity and cooperation"},
				// continued across the page break
				{"9", "The working group considered", "on each of the issues before it.", "3. Future work"},
				{"14", "At the close of the meeting", "in the months ahead.", "3. Future work"},
			}
			for _, c := range checks {
				p, ok := findPara(doc, func(p Paragraph) bool { return p.ParaNo == c.no })
				if !ok {
					t.Errorf("paragraph %s missing", c.no)
					continue
				}
				if !strings.HasPrefix(p.Text, c.prefix) || !strings.HasSuffix(p.Text, c.suffix) || p.Section != c.section {
					t.Errorf("paragraph %s = %+v\nwant prefix %q, suffix %q, section %q", c.no, p, c.prefix, c.suffix, c.section)
				}
				if strings.Contains(p.Text, "- ") || strings.Contains(p.Text, "  ") {
					t.Errorf("paragraph %s has a broken hyphen or double space: %q", c.no, p.Text)
				}
			}
			if p, ok := findPara(doc, func(p Paragraph) bool { return p.ParaNo == "10" }); !ok || p.Page != 2 {
				t.Errorf("paragraph 10 page = %d, want 2", p.Page)
			}
		})
	}
}

// TestExtractPDFTwoColumns checks reading order over two columns and a
// paragraph continued from the first column into the second.
func TestExtractPDFTwoColumns(t *testing.T) {
	for _, engine := range engines(t) {
		t.Run(engine, func(t *testing.T) {
			doc := extractFixture(t, "two-column.pdf", engine)
			var headings []string
			var starts []string
			for _, p := range doc.Paragraphs {
				if p.Kind == KindHeading {
					headings = append(headings, p.Text)
				} else {
					starts = append(starts, strings.Join(strings.Fields(p.Text)[:3], " "))
				}
			}
			wantH := []string{"Norms in Practice: Lessons from Regional Dialogues", "Background", "Points of contact", "Exchanges of views", "Capacity-building", "Conclusion"}
			if strings.Join(headings, "|") != strings.Join(wantH, "|") {
				t.Errorf("headings = %q\nwant %q", headings, wantH)
			}
			wantS := []string{"Regional dialogues on", "This note reviews", "The most widely", "Experience shows that", "A second group", "These exchanges have", "Finally, regional dialogues", "Participants in these", "The practice of", "Further research should", "It would also"}
			if strings.Join(starts, "|") != strings.Join(wantS, "|") {
				t.Errorf("paragraphs in order:\n%q\nwant\n%q", starts, wantS)
			}
			p, _ := findPara(doc, func(p Paragraph) bool { return strings.HasPrefix(p.Text, "Participants in these") })
			want := "Participants in these programmes report that the most valuable element is often the informal network of practitioners that remains after the course has ended, rather than the formal curriculum itself."
			if p.Text != want || p.Section != "Capacity-building" {
				t.Errorf("got %+v\nwant text %q in section Capacity-building", p, want)
			}
		})
	}
}

// TestExtractPDFBadInput feeds damaged files: each must give an error that
// names the problem, never a panic.
func TestExtractPDFBadInput(t *testing.T) {
	good := readFixture(t, "un-report.pdf")
	rng := rand.New(rand.NewSource(1))
	random := make([]byte, 4096)
	rng.Read(random)
	random = append([]byte("%PDF-1.4\n"), random...)
	corruptXref := bytes.Clone(good)
	if i, k := bytes.Index(corruptXref, []byte("\nxref")), bytes.Index(corruptXref, []byte("trailer")); i > 0 && k > i {
		// Damage the offsets of the table, keep trailer and startxref.
		for j := i + 5; j < k; j++ {
			if corruptXref[j] >= '0' && corruptXref[j] <= '9' {
				corruptXref[j] = 'x'
			}
		}
	} else {
		t.Fatal("fixture has no xref table")
	}
	pdf20 := append([]byte("%PDF-2.0\n"), good[len("%PDF-1.4\n"):len(good)/3]...)
	cases := []struct {
		name string
		data []byte
		want string // substring of the error
	}{
		{"empty", nil, "empty"},
		{"truncated", good[:len(good)/2], "pdf"},
		{"corrupted xref", corruptXref, "pdf"},
		{"PDF 2.0 header, damaged body", pdf20, "pdf"},
		{"encrypted", readFixture(t, "encrypted.pdf"), "pdf"},
		{"random bytes after a header", random, "pdf"},
		{"not a PDF", []byte("hello, world"), "pdf"},
	}
	for _, engine := range engines(t) {
		for _, c := range cases {
			t.Run(engine+"/"+c.name, func(t *testing.T) {
				ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				defer cancel()
				doc, err := ExtractPDF(ctx, c.data, Options{PDFEngine: engine})
				if c.name == "corrupted xref" && engine == "poppler" && err == nil {
					// poppler rebuilds a broken xref table by scanning the file.
					if len(doc.Paragraphs) == 0 {
						t.Error("no error and no paragraphs")
					}
					return
				}
				if err == nil {
					t.Fatalf("no error; got %d paragraphs", len(doc.Paragraphs))
				}
				t.Logf("error: %v", err)
				if !strings.HasPrefix(err.Error(), "pdf: ") {
					t.Errorf("error %q lacks the pdf: prefix", err)
				}
				if !strings.Contains(strings.ToLower(err.Error()), c.want) {
					t.Errorf("error %q does not mention %q", err, c.want)
				}
			})
		}
	}
}

// TestExtractPDF20 checks that a well-formed file announcing PDF 2.0 is
// read by the Go engine (the library underneath only accepts 1.x headers).
func TestExtractPDF20(t *testing.T) {
	good := readFixture(t, "un-report.pdf")
	v20 := bytes.Clone(good)
	copy(v20, "%PDF-2.0")
	a, err := ExtractPDF(context.Background(), good, Options{PDFEngine: "go"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := ExtractPDF(context.Background(), v20, Options{PDFEngine: "go"})
	if err != nil {
		t.Fatalf("PDF 2.0 header: %v", err)
	}
	if len(a.Paragraphs) != len(b.Paragraphs) || a.Paragraphs[3].Text != b.Paragraphs[3].Text {
		t.Errorf("PDF 2.0 copy extracted differently: %d vs %d records", len(a.Paragraphs), len(b.Paragraphs))
	}
}

func TestExtractPDFEngineOption(t *testing.T) {
	data := readFixture(t, "two-column.pdf")
	if _, err := ExtractPDF(context.Background(), data, Options{PDFEngine: "tesseract"}); err == nil || !strings.Contains(err.Error(), "unknown engine") {
		t.Errorf("unknown engine: err = %v", err)
	}
	doc, err := ExtractPDF(context.Background(), data, Options{PDFEngine: "auto"})
	if err != nil {
		t.Fatal(err)
	}
	want := "go"
	if popplerAvailable() {
		want = "poppler"
	}
	if doc.Engine != want {
		t.Errorf("auto engine = %q, want %q", doc.Engine, want)
	}
	// The zero Options use the Go engine.
	doc, err = ExtractPDF(context.Background(), data, Options{})
	if err != nil || doc.Engine != "go" {
		t.Errorf("default engine = %v, %v", doc, err)
	}
}

func TestExtractPDFCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, engine := range engines(t) {
		_, err := ExtractPDF(ctx, readFixture(t, "un-report.pdf"), Options{PDFEngine: engine})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%s: err = %v, want context.Canceled", engine, err)
		}
	}
}

// TestMastheadMeta reads symbol and date from the masthead of a UN-style
// first page, which is not part of the text.
func TestMastheadMeta(t *testing.T) {
	s := &synth{}
	s.text(72, 60, 15, "United Nations").bold()
	s.text(360, 62, 15, "A/AC.290/2021/INF/5")
	s.text(72, 85, 18, "General Assembly").bold()
	s.text(360, 85, 9.5, "Distr.: General")
	s.text(360, 97, 9.5, "4 March 2021")
	s.text(72, 300, 10, "Body text mentioning 12 May 2019 is not the date of issue.")
	sym, date := mastheadMeta([]page{a4(s.words)})
	if sym != "A/AC.290/2021/INF/5" || date != "2021-03-04" {
		t.Errorf("masthead = %q, %q", sym, date)
	}
	if sym, date := mastheadMeta([]page{a4((&synth{}).text(72, 300, 10, "Nothing on top, 12 May 2019.").words)}); sym != "" || date != "" {
		t.Errorf("masthead of a plain page = %q, %q", sym, date)
	}
}

// TestExtractPDFNews checks a ragged-right news item: block paragraphs
// split by spacing, list numbers set on their own line, a table read row
// by row, and the page header (with a date) and "Page x of y" removed.
func TestExtractPDFNews(t *testing.T) {
	for _, engine := range engines(t) {
		t.Run(engine, func(t *testing.T) {
			doc := extractFixture(t, "news.pdf", engine)
			var headings, body []string
			nos := map[string]string{}
			for _, p := range doc.Paragraphs {
				for _, furn := range []string{"Page 1 of 2", "Page 2 of 2", "Digital Policy Wire"} {
					if strings.Contains(p.Text, furn) {
						t.Errorf("furniture %q leaked into %q", furn, p.Text)
					}
				}
				if p.Kind == KindHeading {
					headings = append(headings, p.Text)
					continue
				}
				body = append(body, p.Text)
				if p.ParaNo != "" {
					nos[p.ParaNo] = p.Text
				}
			}
			wantH := []string{"Ministers Agree on a Common Approach to Incident Reporting", "What the agreement says", "Reactions"}
			if strings.Join(headings, "|") != strings.Join(wantH, "|") {
				t.Errorf("headings = %q, want %q", headings, wantH)
			}
			// 3 + (1 + 4 items + 1 + 4 table rows) + 16 paragraphs in the source.
			if len(body) != 29 {
				t.Errorf("got %d body records, want 29:\n%s", len(body), strings.Join(body, "\n"))
			}
			if nos["1"] != "a short description of the incident and of the systems affected;" || nos["4"] != "a contact point available at all hours." || len(nos) != 4 {
				t.Errorf("numbered items = %q", nos)
			}
			for _, row := range []string{"Country group Reporting deadline", "Founding members 24 hours", "New members 48 hours", "Observers Voluntary"} {
				if !slices.Contains(body, row) {
					t.Errorf("table row %q missing", row)
				}
			}
			if body[len(body)-1] != "A final decision on the participation of observers in the exercises will be taken at the next ministerial meeting, after consultations with the countries concerned." {
				t.Errorf("last record = %q", body[len(body)-1])
			}
		})
	}
}

func TestParseBBoxLayout(t *testing.T) {
	in := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>
<doc>
  <page width="595.000000" height="842.000000">
    <flow><block xMin="72" yMin="90" xMax="200" yMax="102"><line xMin="72" yMin="90" xMax="200" yMax="102">
      <word xMin="72.000000" yMin="90.000000" xMax="110.000000" yMax="101.200000">States&amp;</word>
      <word xMin="113.000000" yMin="90.000000" xMax="200.000000" yMax="101.200000">agreed` + "\x01" + `</word>
    </line></block></flow>
  </page>
  <page width="595.000000" height="842.000000"></page>
</doc></body></html>`
	pages, err := parseBBoxLayout(bytes.NewReader(xmlSafe([]byte(in))))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 || len(pages[0].Words) != 2 || len(pages[1].Words) != 0 {
		t.Fatalf("pages = %+v", pages)
	}
	w := pages[0].Words[0]
	if w.Text != "States&" || w.X0 != 72 || w.X1 != 110 || abs(w.Size-10) > 0.01 || abs(w.Base-(101.2-0.19*11.2)) > 0.01 {
		t.Errorf("word = %+v", w)
	}
	if pages[0].Words[1].Text != "agreed" {
		t.Errorf("control character not cleaned: %q", pages[0].Words[1].Text)
	}
}
