package extract

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

type goldRec struct {
	Kind, Section, Text string
}

// matchCount returns how many gold records are matched one-to-one by an
// extracted text (normalised equality, or token F1 >= 0.95).
func matchCount(gold []goldRec, ext []Paragraph) int {
	used := make([]bool, len(ext))
	n := 0
	for _, g := range gold {
		gn := scoreNorm(g.Text)
		gb := tokenBag(gn)
		best, bj := 0.0, -1
		for j, e := range ext {
			if used[j] {
				continue
			}
			en := scoreNorm(e.Text)
			if en == gn {
				best, bj = 2, j
				break
			}
			if f := bagF1(gb, tokenBag(en)); f >= 0.95 && f > best {
				best, bj = f, j
			}
		}
		if bj >= 0 {
			used[bj] = true
			n++
		}
	}
	return n
}

// furnitureLeaks returns the furniture strings found (word-bounded, after
// normalisation) inside scored records.
func furnitureLeaks(fur []string, ext []Paragraph) []string {
	var leaks []string
	for _, f := range fur {
		n := scoreNorm(f)
		if n == "" {
			continue
		}
		pat := regexp.QuoteMeta(n)
		if isWordRune(rune(n[0])) {
			pat = `(?:^|[^\p{L}\p{N}_])` + pat
		}
		if isWordRune(rune(n[len(n)-1])) {
			pat += `(?:$|[^\p{L}\p{N}_])`
		}
		re := regexp.MustCompile(pat)
		for _, e := range ext {
			if re.MatchString(scoreNorm(e.Text)) {
				leaks = append(leaks, f)
				break
			}
		}
	}
	return leaks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

func readGold(t *testing.T, path string) []goldRec {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []goldRec
	for _, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var g goldRec
		if err := json.Unmarshal(line, &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	return out
}

func readFurniture(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

func scored(ps []Paragraph) []Paragraph {
	var out []Paragraph
	for _, p := range ps {
		if p.Kind != KindFootnote {
			out = append(out, p)
		}
	}
	return out
}

// TestHTMLDevQuality holds the engine to the quality floor on the shared
// dev pages: recall and precision >= 0.97 (micro) and no furniture leak.
func TestHTMLDevQuality(t *testing.T) {
	files := devHTMLFiles(t)
	var gold, ext, matched int
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ExtractHTML(context.Background(), data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			g := readGold(t, f+".gold.jsonl")
			e := scored(doc.Paragraphs)
			m := matchCount(g, e)
			gold, ext, matched = gold+len(g), ext+len(e), matched+m
			if leaks := furnitureLeaks(readFurniture(f+".furniture.txt"), e); len(leaks) > 0 {
				t.Errorf("furniture leaked: %q", leaks)
			}
			if len(e) == 0 || e[0].Kind != KindHeading || matchCount(g[:1], e[:1]) != 1 {
				t.Errorf("first record is not the title heading %q", g[0].Text)
			}
			t.Logf("gold %d, extracted %d, matched %d", len(g), len(e), m)
		})
	}
	if gold == 0 || ext == 0 {
		t.Fatal("nothing scored")
	}
	r, p := float64(matched)/float64(gold), float64(matched)/float64(ext)
	t.Logf("micro recall %.3f precision %.3f", r, p)
	if r < 0.97 || p < 0.97 {
		t.Errorf("micro recall %.3f, precision %.3f: below 0.97", r, p)
	}
}

// want is one expected record of a fixture.
type want struct {
	kind    Kind
	section string
	text    string
}

func TestExtractHTMLFixtures(t *testing.T) {
	const sec1, sec2 = "I. Points of contact", "II. Looking ahead"
	const bsec1, bsec2 = "What the mechanism would do", "Background: the two tracks"
	tests := []struct {
		file        string
		contentType string
		want        []want
		notes       []string // footnote texts set apart
		absent      []string // chrome that must appear in no record
		paraNos     []string // ParaNo of the records, when checked
		meta        Metadata // fields checked when non-empty
	}{
		{
			file: "chrome.html",
			want: []want{
				{KindHeading, "", "Capacity and Trust in the Digital Commons"},
				{KindParagraph, "", "Delegations gathered for the fourth round of consultations agreed that capacity-building remains the connective tissue of the framework. Several speakers stressed that assistance must be demand-driven."},
				{KindHeading, sec1, sec1},
				{KindParagraph, sec1, "The directory of points of contact was described as a modest but practical tool for crisis communication between capitals."},
				{KindParagraph, sec1, "Smaller delegations asked for templates in all official languages and for regular ping tests of the directory."},
				{KindListItem, sec1, "Templates for the exchange of technical information;"},
				{KindListItem, sec1, "A schedule of communication checks; and"},
				{KindListItem, sec1, "Guidance for national focal points."},
				{KindHeading, sec2, sec2},
				{KindParagraph, sec2, "The Chair invited written submissions before the next session and noted that the consolidated text would be circulated in advance."},
			},
			notes:  []string{"See the annual report of the working group, paragraph 12.", "Informal remarks of the facilitator, second session."},
			absent: []string{"Skip to content", "Home", "Who we are", "Amara Okafor", "Published", "Share", "Photo", "Related", "Norms after", "About the authors", "Leave a Reply", "Post Comment", "Recent Posts", "Ransomware and the Charter", "All rights reserved", "cookies"},
			meta:   Metadata{Title: "Capacity and Trust in the Digital Commons", Date: "2022-06-09", Lang: "en"},
		},
		{
			// No <article>/<main>: the container comes from readability; text
			// split by <br><br>, a byline without "By", a pull quote, an
			// explainer box (kept), chrome before and after the content.
			file: "board.html",
			want: []want{
				{KindHeading, "", "Ministers meet on the future mechanism"},
				{KindHeading, "", "A single track after the working group"},
				{KindParagraph, "", "Ministers from forty States met to discuss the permanent mechanism that will follow the working group."},
				{KindParagraph, "", "Several delegations asked that the new body keep decisions by consensus and hold annual plenary sessions."},
				{KindHeading, bsec1, bsec1},
				{KindParagraph, bsec1, "The draft elements foresee thematic groups on threats, norms and capacity-building."},
				{KindHeading, bsec2, bsec2},
				{KindParagraph, bsec2, "For several years two parallel processes ran side by side, one open to all Member States and one with limited membership, which made coordination between them a recurring concern for smaller delegations."},
				{KindParagraph, bsec2, "A vote on the founding resolution is expected in the autumn."},
			},
			absent: []string{"Skip to", "Bulletin home", "Diplomacy", "Views", "Send", "Tomasz", "Consensus is the price", "Tags", "Read the Bulletin", "Leave a comment", "reviewed", "Example Street"},
			meta:   Metadata{Kind: "news", Date: "2025-02-14", Title: "Ministers meet on the future mechanism"},
		},
		{
			file: "subtitle.html",
			want: []want{
				{KindHeading, "", "Capacity-building after 2025"},
				{KindHeading, "", "What donors and recipients told the working group"},
				{KindParagraph, "", "Recipients want predictable funding more than new frameworks."},
				{KindHeading, "Funding", "Funding"},
				{KindParagraph, "Funding", "Several delegations called for a voluntary fund with transparent criteria."},
			},
			absent: []string{"Amina", "min read"},
		},
		{
			// Numbers printed in their own element: a heading keeps its
			// enumerator (with a space), a paragraph number goes to ParaNo.
			file: "numbered.html",
			want: []want{
				{KindHeading, "", "Summary of the informal dialogue"},
				{KindHeading, "A. Threats", "A. Threats"},
				{KindParagraph, "A. Threats", "Participants described incidents affecting hospitals."},
				{KindParagraph, "A. Threats", "Hospitals need tested backups;"},
				{KindParagraph, "A. Threats", "2. A number typed in the text stays in the text."},
			},
			paraNos: []string{"", "", "1", "(a)", ""},
		},
		{
			// Note references of several shapes are cut out of the text;
			// notes under a "Notes" heading or in ARIA endnotes are set apart.
			file: "notes.html",
			want: []want{
				{KindHeading, "", "Due diligence in practice"},
				{KindParagraph, "", "States recalled the voluntary norm on due diligence and its limits."},
				{KindParagraph, "", "Several speakers preferred capacity-building to new obligations."},
			},
			notes: []string{"A footnote printed as small text in the body.", "The norm was first set out in the 2015 report.", "An endnote in an ARIA section."},
		},
		{
			// Metadata from citation_* tags and from the text.
			file: "statement.html",
			want: []want{
				{KindHeading, "", "Statement by the delegation of the Islamic Republic of Iran on international law"},
				{KindParagraph, "", "Check against delivery"},
				{KindParagraph, "", "Mr. Chair,"},
				{KindParagraph, "", "My delegation believes that the existing rules need to be complemented by a legally binding instrument negotiated under the auspices of the United Nations."},
				{KindParagraph, "", "I thank you."},
			},
			meta: Metadata{Title: "Statement by the delegation of the Islamic Republic of Iran on international law", Date: "2021-03-09",
				Symbol: "A/AC.290/2021/INF/9", Kind: "statement", Speaker: "Islamic Republic of Iran", Lang: "en"},
		},
		{
			// Pull quotes (a blockquote repeating a sentence of the page, a
			// <figure class="quote">, an <aside class="pull-quote">) are left
			// out; a block quote found nowhere else stays. Bylines marked with
			// rel=author or itemprop=author and a name-only line under a
			// heading are left out.
			file: "quotes.html",
			want: []want{
				{KindHeading, "", "Confidence-building in the regional forums"},
				{KindParagraph, "", "Regional organisations have adopted their own lists of confidence-building measures since the first consensus report of the experts."},
				{KindParagraph, "", "Observers agree that regional forums turned abstract commitments into routine practice between national agencies, although progress has been uneven across regions."},
				{KindHeading, "Points of contact", "Points of contact"},
				{KindParagraph, "Points of contact", "The directory of points of contact was tested twice last year, and half of the participating States replied within the agreed time."},
				{KindParagraph, "Points of contact", "One delegation recalled the wording adopted by the Assembly in its founding text:"},
				{KindParagraph, "Points of contact", "States should consider additional voluntary measures that strengthen transparency and predictability in the use of information technologies."},
				{KindParagraph, "Points of contact", "Further rounds of tests are planned before the review conference."},
			},
			absent: []string{"Inês", "Kwame Mensah", "By"},
		},
		{
			file: "w1252.html",
			want: []want{
				{KindHeading, "", "Statement on the “Programme of Action”"},
				{KindParagraph, "", "The delegation’s view is that the régime must remain open – and inclusive."},
				{KindParagraph, "", "It welcomes the Chair’s nonpaper..."},
			},
		},
		{
			// The header says UTF-8 is wrong, but the page's own <meta> wins
			// over nothing only when no header is given; with a header naming
			// windows-1252 the bytes decode the same way.
			file:        "w1252.html",
			contentType: "text/html; charset=windows-1252",
			want: []want{
				{KindHeading, "", "Statement on the “Programme of Action”"},
				{KindParagraph, "", "The delegation’s view is that the régime must remain open – and inclusive."},
				{KindParagraph, "", "It welcomes the Chair’s nonpaper..."},
			},
		},
		{
			file: "entities.html",
			want: []want{
				{KindHeading, "", "The “Open” Ended Working Group’s Mandate"},
				{KindParagraph, "", "Member States agreed — after long debate — that the régime’s scope is settled."},
				{KindParagraph, "", "Costs fell by 5 % & more, <not> less."},
			},
		},
		{
			file: "brbr.html",
			want: []want{
				{KindHeading, "", "Notes from the floor"},
				{KindParagraph, "", "First remark on the consultations, which continued on a second line."},
				{KindParagraph, "", "Second remark about the working methods of the group."},
				{KindParagraph, "", "Third remark, on the next session."},
			},
		},
		{
			file: "table.html",
			want: []want{
				{KindHeading, "", "Regional groups"},
				{KindParagraph, "", "The composition is shown below."},
				{KindParagraph, "", "Group Seats"},
				{KindParagraph, "", "African States 5"},
				{KindParagraph, "", "Asia-Pacific States 6"},
				{KindParagraph, "", "Left box paragraph about confidence-building."},
				{KindParagraph, "", "Right box paragraph about capacity-building."},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file+tc.contentType, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "html", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ExtractHTML(context.Background(), data, Options{ContentType: tc.contentType})
			if err != nil {
				t.Fatal(err)
			}
			var got []want
			var notes, paraNos []string
			for _, p := range doc.Paragraphs {
				if p.Kind == KindFootnote {
					notes = append(notes, p.Text)
					continue
				}
				got = append(got, want{p.Kind, p.Section, p.Text})
				paraNos = append(paraNos, p.ParaNo)
				if (p.ParaNo != "" && tc.paraNos == nil) || p.Page != 0 {
					t.Errorf("web record with para_no %q / page %d", p.ParaNo, p.Page)
				}
				for _, a := range tc.absent {
					if strings.Contains(p.Text, a) {
						t.Errorf("chrome %q leaked into %q", a, p.Text)
					}
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("got %d records, want %d", len(got), len(tc.want))
			}
			for i := 0; i < len(got) && i < len(tc.want); i++ {
				if got[i] != tc.want[i] {
					t.Errorf("record %d:\n got %+v\nwant %+v", i, got[i], tc.want[i])
				}
			}
			if tc.notes != nil && strings.Join(notes, "|") != strings.Join(tc.notes, "|") {
				t.Errorf("footnotes %q, want %q", notes, tc.notes)
			}
			if tc.paraNos != nil && strings.Join(paraNos, "|") != strings.Join(tc.paraNos, "|") {
				t.Errorf("para_no %q, want %q", paraNos, tc.paraNos)
			}
			checkMeta(t, doc.Meta, tc.meta)
		})
	}
}

func checkMeta(t *testing.T, got, want Metadata) {
	t.Helper()
	for _, f := range []struct{ name, got, want string }{
		{"Title", got.Title, want.Title}, {"Symbol", got.Symbol, want.Symbol}, {"Date", got.Date, want.Date},
		{"Kind", got.Kind, want.Kind}, {"Speaker", got.Speaker, want.Speaker}, {"Lang", got.Lang, want.Lang},
	} {
		if f.want != "" && f.got != f.want {
			t.Errorf("Meta.%s = %q, want %q", f.name, f.got, f.want)
		}
	}
}

func TestExtractHTMLBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 50000) + "deep text" + strings.Repeat("</div>", 50000)
	tests := []struct {
		name    string
		data    []byte
		wantErr error // nil: any error; checked with errors.Is when set
		ok      bool  // no error expected
		has     string
	}{
		{name: "empty", data: nil},
		{name: "blank", data: []byte(" \n\t ")},
		{name: "binary", data: append([]byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d}, bytes.Repeat([]byte{0, 1, 2, 0xff}, 300)...), wantErr: ErrNotHTML},
		{name: "gzip", data: []byte{0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0}, wantErr: ErrNotHTML},
		{name: "pdf", data: []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"), wantErr: ErrNotHTML},
		{name: "invalid utf-8", data: []byte("<html><body><p>caf\xc3 \xff\xfe ok</p></body></html>"), ok: true},
		{name: "no tags", data: []byte("just a line of text"), ok: true},
		// x/net/html refuses more than 512 open elements: the page is
		// flattened and parsed again.
		{name: "deeply nested", data: []byte(deep), ok: true, has: "deep text"},
		{name: "deeply nested inline", data: []byte(strings.Repeat("<p><font><b>", 3000) + "final text"), ok: true, has: "final text"},
		{name: "nested 300", data: []byte(strings.Repeat("<div><span>", 150) + "deep text"), ok: true},
		{name: "unclosed", data: []byte("<html><body><p>open <b>bold <i>italic"), ok: true},
		{name: "frameset only", data: []byte("<html><frameset><frame src=a.html></frameset></html>")},
		{name: "script only", data: []byte("<html><body><script>document.write('x')</script></body></html>"), ok: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := ExtractHTML(context.Background(), tc.data, Options{})
			if tc.ok {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				found := false
				for _, p := range doc.Paragraphs {
					if !utf8Valid(p.Text) {
						t.Errorf("invalid UTF-8 in %q", p.Text)
					}
					found = found || p.Text == tc.has
				}
				if tc.has != "" && !found {
					t.Errorf("no record %q in %d records", tc.has, len(doc.Paragraphs))
				}
				return
			}
			if err == nil {
				t.Fatalf("no error; got %d records", len(doc.Paragraphs))
			}
			if tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Errorf("error %v, want %v", err, tc.wantErr)
			}
		})
	}
	// A UTF-16 page (with its byte order mark) is decoded, not refused.
	u16 := []byte{0xff, 0xfe}
	for _, r := range "<html><body><p>Caf\u00e9 talks</p></body></html>" {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	doc, err := ExtractHTML(context.Background(), u16, Options{})
	if err != nil || len(doc.Paragraphs) == 0 || doc.Paragraphs[len(doc.Paragraphs)-1].Text != "Café talks" {
		t.Errorf("UTF-16 page: %v %+v", err, doc)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ExtractHTML(ctx, []byte("<p>x</p>"), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err %v", err)
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

func FuzzExtractHTML(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<p>a<br><br>b<sup>1</sup></p><table><tr><td><p>x</td></tr>"))
	f.Add([]byte(strings.Repeat("<div><li><font>", 200) + "<h2>deep</h2>x<br><br>y"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00a\x00 \x00b\x00<\x00/\x00p\x00>\x00"))
	f.Add([]byte("<article><p>one two three four five six seven</p><blockquote>one two three four five six</blockquote><h2>H</h2><p>Ann Lee</p><p>long text follows here.</p></article>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ExtractHTML(context.Background(), data, Options{})
		if err != nil {
			if strings.Contains(err.Error(), "recovered panic") {
				t.Fatalf("panic: %v", err)
			}
			return
		}
		for _, p := range doc.Paragraphs {
			if strings.TrimSpace(p.Text) == "" {
				t.Errorf("empty %s record", p.Kind)
			}
			if p.Text != strings.TrimSpace(p.Text) || strings.Contains(p.Text, "  ") {
				t.Errorf("whitespace not collapsed: %q", p.Text)
			}
		}
	})
}

func BenchmarkExtractHTML(b *testing.B) {
	files := devHTMLFiles(b)
	var pages [][]byte
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := ExtractHTML(context.Background(), p, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
