package extract

import (
	"strings"
	"testing"
)

// synthetic word lists: each word is 0.5 em per character wide, words are
// separated by 0.25 em.

type synth struct {
	words []word
	width float64 // when set, para justifies all but its last line to this width
}

// text lays s out from x on baseline base in font size size.
func (s *synth) text(x, base, size float64, t string) *synth {
	for _, f := range strings.Fields(t) {
		w := float64(len([]rune(f))) * 0.5 * size
		s.words = append(s.words, word{Text: f, X0: x, X1: x + w, Base: base, Size: size})
		x += w + 0.25*size
	}
	return s
}

func (s *synth) bold() *synth {
	for i := range s.words {
		s.words[i].Bold = true
	}
	return s
}

// para lays out lines of a paragraph from base with 1.2 em leading and
// returns the next free baseline.
func (s *synth) para(x, base, size float64, lines ...string) float64 {
	return s.lines(x, base, size, false, lines...)
}

// cont lays out lines that continue in the next column or page: all of
// them are justified.
func (s *synth) cont(x, base, size float64, lines ...string) float64 {
	return s.lines(x, base, size, true, lines...)
}

func (s *synth) lines(x, base, size float64, all bool, lines ...string) float64 {
	for i, l := range lines {
		n := len(s.words)
		s.text(x, base, size, l)
		if ws := s.words[n:]; s.width > 0 && (all || i < len(lines)-1) && len(ws) > 1 {
			extra := (x + s.width - ws[len(ws)-1].X1) / float64(len(ws)-1)
			for k := range ws {
				ws[k].X0 += float64(k) * extra
				ws[k].X1 += float64(k) * extra
			}
		}
		base += 1.2 * size
	}
	return base
}

func a4(ws []word) page { return page{Width: 595, Height: 842, Words: ws} }

func texts(ps []Paragraph, kind Kind) []string {
	var out []string
	for _, p := range ps {
		if kind == "" || p.Kind == kind {
			out = append(out, p.Text)
		}
	}
	return out
}

func TestFurniturePatterns(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"3/12", true}, {"Page 2 of 7", true}, {"page 4", true}, {"- 2 -", true}, {"-2-", true},
		{"− 3 −", true}, {"17", true}, {"iv", true},
		{"21-03711 (E)", true}, {"20-17342", true}, {"A/AC.290/2021/CRP.2", true}, {"A/RES/73/27", true},
		{"2021 was a difficult year", false}, {"Article 51", false}, {"Introduction", false},
		{"1. Scope", false}, {"Distr.: General", false},
	}
	for _, c := range cases {
		got := rePageLabel.MatchString(c.s) || reJobNo.MatchString(c.s) || reSymbolOnly.MatchString(c.s)
		if got != c.want {
			t.Errorf("furniture pattern(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// threePages builds pages with a running header, body text and a footer
// page label; the header text varies in its digits only.
func threePages() []page {
	var pages []page
	for i := 1; i <= 3; i++ {
		s := &synth{}
		s.text(72, 40, 8, "Annual review of cyber norms 2023 · Issue "+string(rune('0'+i)))
		s.para(72, 100, 10,
			"States reaffirmed that international law applies to the use of information",
			"and communications technologies and that the agreed norms provide a basis",
			"for responsible behaviour in cyberspace.")
		s.text(290, 800, 8, "Page "+string(rune('0'+i))+" of 3")
		pages = append(pages, a4(s.words))
	}
	return pages
}

func TestFindFurnitureByRepetition(t *testing.T) {
	pages := threePages()
	furn := findFurniture(pages, measure(pages))
	for pi, pg := range pages {
		for wi, w := range pg.Words {
			want := w.Base < 50 || w.Base > 790
			if furn[pi][wi] != want {
				t.Errorf("page %d word %q: furniture = %v, want %v", pi+1, w.Text, furn[pi][wi], want)
			}
		}
	}
	ps := analyze(pages, false)
	for _, p := range ps {
		if strings.Contains(p.Text, "Annual review") || strings.Contains(p.Text, "Page") {
			t.Errorf("furniture leaked: %q", p.Text)
		}
	}
	if len(ps) != 3 {
		t.Errorf("got %d records, want 3 paragraphs: %q", len(ps), texts(ps, ""))
	}
}

// A line at the top of a page that merely looks like a heading is not
// furniture when it does not repeat, is not set small and has no pattern.
func TestFindFurnitureKeepsBody(t *testing.T) {
	s := &synth{}
	s.text(72, 60, 10, "1. Scope of the report").bold()
	s.para(72, 80, 10, "The group examined the questions before it in detail and adopted", "its conclusions by consensus.")
	pages := []page{a4(s.words), a4((&synth{}).text(72, 300, 10, "Second page text that is here.").words)}
	furn := findFurniture(pages, measure(pages))
	if len(furn[0]) != 0 {
		t.Errorf("marked %d words of page 1 as furniture", len(furn[0]))
	}
}

func TestFootnoteSeparation(t *testing.T) {
	s := &synth{width: 350}
	next := s.para(72, 100, 10,
		"The delegation stressed that due diligence is an expectation of conduct",
		"rather than a binding obligation under customary international law.")
	last := s.words[len(s.words)-1]
	s.text(last.X1+0.5, last.Base-4, 6, "1") // a raised, small reference mark
	_ = next
	s.para(72, 760, 8,
		"1 See the statement delivered at the second substantive session of the group.",
		"2 Ibid., paragraph 4.")
	ps := analyze([]page{a4(s.words)}, false)
	var notes, body []string
	for _, p := range ps {
		if p.Kind == KindFootnote {
			notes = append(notes, p.Text)
		} else {
			body = append(body, p.Text)
		}
	}
	if len(body) != 1 || strings.Contains(body[0], "See the statement") {
		t.Fatalf("body = %q", body)
	}
	if !strings.HasSuffix(body[0], "customary international law.") {
		t.Errorf("body text %q", body[0])
	}
	if len(notes) == 0 || !strings.Contains(strings.Join(notes, " "), "See the statement") {
		t.Errorf("footnotes = %q; all = %+v", notes, ps)
	}
}

func TestRefMarkRemoved(t *testing.T) {
	row := []word{
		{Text: "sovereignty", X0: 72, X1: 127, Base: 100, Size: 10},
		{Text: "12", X0: 127.5, X1: 133, Base: 96, Size: 6},
		{Text: "applies.", X0: 136, X1: 176, Base: 100, Size: 10},
	}
	if l := makeLine(row); l.text != "sovereignty applies." {
		t.Errorf("line = %q", l.text)
	}
	// Same size on the baseline, after a space: not a mark.
	row[1].Size, row[1].Base, row[1].X0, row[1].X1 = 10, 100, 130, 135
	if l := makeLine(row); l.text != "sovereignty 12 applies." {
		t.Errorf("line = %q", l.text)
	}
}

func TestJoinLinesHyphenation(t *testing.T) {
	cases := []struct {
		lines []string
		doc   map[string]bool
		want  string
	}{
		{[]string{"the interna-", "tional community"}, nil, "the international community"},
		{[]string{"for capacity-", "building measures"}, nil, "for capacity-building measures"},
		{[]string{"the co-", "ordinated disclosure"}, map[string]bool{"coordinated": false}, "the coordinated disclosure"},
		{[]string{"principle of non-in-", "tervention"}, map[string]bool{"non-intervention": true}, "principle of non-intervention"},
		{[]string{"see https://www.example.org/en/public-ser-", "vices/plan.html"}, map[string]bool{"services": false}, "see https://www.example.org/en/public-services/plan.html"},
		{[]string{"see https://www.example.org/en/democratic-", "institutions/plan.html"}, map[string]bool{"services": false}, "see https://www.example.org/en/democratic-institutions/plan.html"},
		{[]string{"or Like-", "mindedness?"}, map[string]bool{"like-mindedness": true}, "or Like-mindedness?"},
		{[]string{"the Asia-", "Pacific region"}, nil, "the Asia-Pacific region"},
		{[]string{"counter-", "measures"}, nil, "countermeasures"},
		{[]string{"a dash -", "and more"}, nil, "a dash - and more"},
	}
	for _, c := range cases {
		if got := joinLinesWith(c.lines, c.doc); got != c.want {
			t.Errorf("joinLinesWith(%q) = %q, want %q", c.lines, got, c.want)
		}
	}
}

func TestHyphenationAcrossLayout(t *testing.T) {
	// A producer that hyphenates (the joined form occurs elsewhere) and a
	// compound spelt with its hyphen elsewhere in the document.
	s := &synth{}
	s.para(72, 100, 10,
		"The international community recognised that capacity-building is needed and",
		"stressed that the interna-",
		"tional framework and confidence-building measures and capacity-",
		"building programmes must be sustained over the long term by all.")
	ps := analyze([]page{a4(s.words)}, false)
	if len(ps) != 1 {
		t.Fatalf("records = %q", texts(ps, ""))
	}
	for _, want := range []string{"the international framework", "and capacity-building programmes"} {
		if !strings.Contains(ps[0].Text, want) {
			t.Errorf("%q missing in %q", want, ps[0].Text)
		}
	}
}

func TestParaNumbersAndHeadings(t *testing.T) {
	s := &synth{}
	s.text(72, 80, 14, "Report of the Working Group on Cyber Norms").bold()
	s.text(72, 120, 10, "A. Existing and potential threats").bold()
	base := 145.0
	s.text(72, base, 10, "14.")
	base = s.para(100, base, 10,
		"States expressed concern about the growing use of ransomware against",
		"hospitals and other critical services.")
	base += 6
	s.text(100, base, 10, "(a)")
	base = s.para(124, base, 10, "attacks on medical facilities;")
	s.text(100, base, 10, "(b)")
	s.para(124, base, 10, "attacks on water utilities.")
	ps := analyze([]page{a4(s.words)}, false)
	want := []Paragraph{
		{Kind: KindHeading, Page: 1, Section: "", Text: "Report of the Working Group on Cyber Norms"},
		{Kind: KindHeading, Page: 1, Section: "A. Existing and potential threats", Text: "A. Existing and potential threats"},
		{Kind: KindParagraph, Page: 1, Section: "A. Existing and potential threats", ParaNo: "14", Text: "States expressed concern about the growing use of ransomware against hospitals and other critical services."},
		{Kind: KindParagraph, Page: 1, Section: "A. Existing and potential threats", ParaNo: "(a)", Text: "attacks on medical facilities;"},
		{Kind: KindParagraph, Page: 1, Section: "A. Existing and potential threats", ParaNo: "(b)", Text: "attacks on water utilities."},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d records: %+v", len(ps), ps)
	}
	for i := range want {
		if ps[i] != want[i] {
			t.Errorf("record %d = %+v\nwant %+v", i, ps[i], want[i])
		}
	}
}

// twoColumns lays out two columns whose first paragraph runs from the
// bottom of the left column into the right one.
func twoColumns() []word {
	s := &synth{width: 185}
	s.text(72, 60, 16, "Two Columns of Text for Testing").bold()
	base := s.para(72, 100, 9,
		"Left column first paragraph starts here and",
		"it goes on for a while and then ends.")
	s.cont(72, base, 9,
		"Left column second paragraph begins here and",
		"runs all the way to the bottom of the column")
	base = s.para(310, 100, 9,
		"where it continues in the right column and",
		"then ends.")
	s.para(310, base, 9,
		"Right column paragraph two is not so long and",
		"it ends here.")
	return s.words
}

func TestColumnsReadingOrder(t *testing.T) {
	ps := analyze([]page{a4(twoColumns())}, false)
	got := texts(ps, "")
	want := []string{
		"Two Columns of Text for Testing",
		"Left column first paragraph starts here and it goes on for a while and then ends.",
		"Left column second paragraph begins here and runs all the way to the bottom of the column where it continues in the right column and then ends.",
		"Right column paragraph two is not so long and it ends here.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestXYCutColumns(t *testing.T) {
	leaves := xyCut(twoColumns(), 0)
	if len(leaves) < 3 {
		t.Fatalf("got %d regions, want title, left, right", len(leaves))
	}
	left, right := leaves[len(leaves)-2], leaves[len(leaves)-1]
	for _, w := range left {
		if w.X0 >= 300 {
			t.Errorf("left region holds %q at x=%.0f", w.Text, w.X0)
		}
	}
	for _, w := range right {
		if w.X0 < 300 {
			t.Errorf("right region holds %q at x=%.0f", w.Text, w.X0)
		}
	}
}

// A hanging paragraph number is no column, and a table is read row by row.
func TestXYCutNoFalseColumns(t *testing.T) {
	s := &synth{}
	s.text(72, 100, 10, "12.")
	s.para(100, 100, 10, "Delegations noted the value of exchanging views", "on national approaches to the matter.")
	if n := len(xyCut(s.words, 0)); n != 1 {
		t.Errorf("numbered paragraph cut into %d regions", n)
	}
	tab := &synth{}
	rows := [][2]string{{"2019", "Organisational session of the group"}, {"2020", "First substantive session"}, {"2021", "Final session and report"}}
	for i, r := range rows {
		tab.text(72, 100+float64(i)*20, 10, r[0])
		tab.text(200, 100+float64(i)*20, 10, r[1])
	}
	ps := analyze([]page{a4(tab.words)}, false)
	want := []string{"2019 Organisational session of the group", "2020 First substantive session", "2021 Final session and report"}
	if got := texts(ps, ""); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("table rows = %q, want %q", got, want)
	}
}

func TestParagraphAcrossPages(t *testing.T) {
	p1, p2 := &synth{width: 300}, &synth{width: 300}
	p1.cont(72, 700, 10, "The Chair recalled that the mandate of the group requires it", "to consider existing and potential threats and possible")
	base := p2.para(72, 100, 10, "cooperative measures to address them.")
	p2.para(72, base, 10, "A new paragraph starts on this page and it runs over", "two lines.")
	ps := analyze([]page{a4(p1.words), a4(p2.words)}, false)
	got := texts(ps, "")
	if len(got) != 2 || !strings.HasSuffix(got[0], "and possible cooperative measures to address them.") || ps[0].Page != 1 || ps[1].Page != 2 {
		t.Errorf("records = %q", got)
	}
}

func TestListItems(t *testing.T) {
	s := &synth{}
	s.para(72, 100, 10, "The Call invites its supporters to:")
	s.text(72, 112, 10, "•")
	s.para(86, 112, 10, "prevent malicious activity that threatens", "critical infrastructure;")
	s.text(72, 136, 10, "•")
	s.para(86, 136, 10, "strengthen the security of products.")
	ps := analyze([]page{a4(s.words)}, false)
	items := texts(ps, KindListItem)
	want := []string{"prevent malicious activity that threatens critical infrastructure;", "strengthen the security of products."}
	if strings.Join(items, "|") != strings.Join(want, "|") {
		t.Errorf("list items = %q, want %q", items, want)
	}
}

func TestWordsTextJoins(t *testing.T) {
	ws := []word{
		{Text: "the", X0: 72, X1: 87, Base: 100, Size: 10},
		{Text: "2", X0: 90, X1: 95, Base: 100, Size: 10},
		{Text: "nd", X0: 95, X1: 101, Base: 97, Size: 6}, // raised ordinal suffix, touching
		{Text: "session", X0: 104, X1: 139, Base: 100, Size: 10},
		{Text: ",", X0: 140, X1: 142, Base: 100, Size: 10},
		{Text: "we", X0: 145, X1: 155, Base: 100, Size: 10},
	}
	if got := wordsText(ws); got != "the 2nd session, we" {
		t.Errorf("wordsText = %q", got)
	}
}

func TestTOCAndBylineDropped(t *testing.T) {
	s := &synth{}
	s.text(72, 60, 18, "Annual Report on Cyber Diplomacy").bold()
	s.text(72, 85, 10, "Maria Lopez | 3 February 2024")
	s.text(72, 120, 12, "Contents").bold()
	s.text(72, 140, 10, "Introduction . . . . . . . . . . . . 3")
	s.text(72, 152, 10, "Regional dialogues . . . . . . . . . . 7")
	s.para(72, 200, 10, "The year under review saw a marked increase in diplomatic activity on the security of information and communications technologies.")
	ps := analyze([]page{a4(s.words)}, false)
	got := texts(ps, "")
	want := []string{"Annual Report on Cyber Diplomacy", "The year under review saw a marked increase in diplomatic activity on the security of information and communications technologies."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("records = %q\nwant %q", got, want)
	}
}

func TestSplitParaNo(t *testing.T) {
	cases := []struct{ in, no, rest string }{
		{"14. States agreed.", "14", "States agreed."},
		{"(a) attacks on hospitals;", "(a)", "attacks on hospitals;"},
		{"(iv) further measures", "(iv)", "further measures"},
		{"b) a lettered item", "(b)", "a lettered item"},
		{"2021 was a year", "", "2021 was a year"},
	}
	for _, c := range cases {
		no, rest, _ := splitParaNo(c.in)
		if no != c.no || rest != c.rest {
			t.Errorf("splitParaNo(%q) = %q, %q; want %q, %q", c.in, no, rest, c.no, c.rest)
		}
	}
}

func TestPullQuoteDropped(t *testing.T) {
	s := &synth{width: 400}
	s.text(72, 60, 18, "Notes from the Regional Panel").bold()
	base := s.para(72, 100, 10,
		"The panel agreed that trust between States grows from small and practical",
		"steps taken together over many years, and that no treaty can replace it.",
		"Several speakers gave examples from their own regions.")
	base = s.para(90, base+20, 14, "“Trust between States grows from small and practical steps", "taken together over many years”")
	s.para(72, base+20, 10, "The discussion then turned to the role of regional organizations in",
		"supporting these steps.")
	ps := analyze([]page{a4(s.words)}, false)
	for _, p := range ps {
		if strings.HasPrefix(p.Text, "“Trust") {
			t.Errorf("pull quote kept: %+v", p)
		}
	}
	if len(ps) != 3 {
		t.Errorf("records = %q", texts(ps, ""))
	}
}

func TestPlainHeadingsAlone(t *testing.T) {
	s := &synth{width: 330}
	s.text(72, 100, 10, "II. Applicability of international law")
	base := s.para(72, 120, 10, "The group reaffirmed that international law, and in particular the",
		"Charter of the United Nations, is applicable and essential.")
	s.text(72, base+10, 10, "RECOMMENDATIONS")
	base = s.para(72, base+30, 10, "States should continue to exchange views on how international law",
		"applies, including through voluntary national contributions.")
	s.text(72, base+10, 10, "25 Member States")
	base = s.para(72, base+30, 10, "took part in the consultations, which were held over three days and",
		"covered all items.")
	s.text(72, base+10, 10, "Several delegations also noted")
	s.para(72, base+30, 10, "that further work would be needed on these questions in the future and",
		"that the group should return to them.")
	ps := analyze([]page{a4(s.words)}, false)
	got := texts(ps, KindHeading)
	want := []string{"II. Applicability of international law", "RECOMMENDATIONS"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("headings = %q, want %q", got, want)
	}
}

func TestNormalizeText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text stays", "plain text stays"},
		{"  two  spaces\tand tab ", "two spaces and tab"},
		{"e\ufb03cient de\ufb01ned", "efficient defined"},
		{"soft\u00adhyphen and\u00a0nbsp", "softhyphen and nbsp"},
		{"", ""},
	}
	for _, c := range cases {
		if got := normalizeText(c.in); got != c.want {
			t.Errorf("normalizeText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Both columns have a paragraph gap at the same height, wider than the gap
// under the title: the columns must still be read one after the other.
func TestColumnsWithAlignedGaps(t *testing.T) {
	s := &synth{width: 185}
	s.text(72, 60, 14, "A Title Across Both of the Columns of This Page Here").bold()
	s.para(72, 80, 9, "Left column opening paragraph that runs", "over two lines and ends.")
	s.para(72, 130, 9, "Left column closing paragraph that is", "also two lines long.")
	s.para(310, 80, 9, "Right column opening paragraph that is", "two lines long as well.")
	s.para(310, 130, 9, "Right column closing paragraph with two", "lines and a full stop.")
	ps := analyze([]page{a4(s.words)}, false)
	var starts []string
	for _, p := range ps {
		starts = append(starts, strings.Join(strings.Fields(p.Text)[:2], " "))
	}
	want := []string{"A Title", "Left column", "Left column", "Right column", "Right column"}
	if strings.Join(starts, "|") != strings.Join(want, "|") {
		t.Errorf("order = %q, want %q", starts, want)
	}
	if len(ps) == 5 && !strings.HasPrefix(ps[2].Text, "Left column closing") {
		t.Errorf("third record = %q", ps[2].Text)
	}
}

// The running header repeats the title in small type: the header goes,
// the title on page 1 stays.
func TestTitleRepeatedInHeader(t *testing.T) {
	var pages []page
	for i := 0; i < 3; i++ {
		s := &synth{width: 400}
		if i == 0 {
			s.text(72, 60, 20, "Cyber Norms in Practice").bold()
		} else {
			s.text(72, 40, 8, "Cyber Norms in Practice")
		}
		s.para(72, 120, 10, "States reaffirmed that international law applies to the use of information", "technologies by States.")
		pages = append(pages, a4(s.words))
	}
	ps := analyze(pages, false)
	n := 0
	for _, p := range ps {
		if strings.Contains(p.Text, "Cyber Norms in Practice") {
			n++
			if p.Kind != KindHeading || p.Page != 1 {
				t.Errorf("title record = %+v", p)
			}
		}
	}
	if n != 1 {
		t.Errorf("title found %d times in %q", n, texts(ps, ""))
	}
}

// A bold lead-in that fills the first line of a list item or numbered
// paragraph is no heading: it ends in a line-end hyphen, gives way to
// regular text within its line, or runs on in lower case.
func TestRunInLeadIsNoHeading(t *testing.T) {
	cases := []struct {
		name  string
		build func(s *synth)
	}{
		{"hyphen", func(s *synth) {
			s.boldText(72, 120, 10, "(a) Support the drafting of national frameworks that define op-")
			s.para(72, 132, 10, "erational responsibility in cyberspace, in line with commitments.")
		}},
		{"mixed weight", func(s *synth) {
			s.boldText(72, 120, 10, "(b) Encourage engagement with regional attribution narratives:")
			s.text(s.words[len(s.words)-1].X1+2.5, 120, 10, "As")
			s.para(72, 132, 10, "regional states attribute more often, partners should respond.")
		}},
		{"lower case after a full line", func(s *synth) {
			s.boldText(72, 120, 10, "Semi-structured interviews with officials and experts: Some")
			s.para(72, 132, 10, "authors interviewed officials who could not attend the meetings.")
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := &synth{}
			s.boldText(72, 80, 14, "Recommendations to the working group")
			s.para(72, 100, 10, "The following measures were proposed by the participants here.")
			c.build(s)
			ps := analyze([]page{a4(s.words)}, false)
			heads := texts(ps, KindHeading)
			if len(heads) != 1 || heads[0] != "Recommendations to the working group" {
				t.Errorf("headings = %q, want only the section heading", heads)
			}
			if paras := texts(ps, KindParagraph); len(paras) != 2 {
				t.Errorf("paragraphs = %q, want 2", paras)
			}
		})
	}
}

// The run-on rule leaves a bold heading alone when the line below it
// opens in lower case but the heading line had room left.
func TestShortHeadingBeforeLowerCase(t *testing.T) {
	s := &synth{}
	s.boldText(72, 80, 10, "Draft resolution (para. 5)")
	s.para(72, 92, 10, "to submit a report on the results of the study to the Assembly.", "at its next session, and to hold consultations with all parties.")
	ps := analyze([]page{a4(s.words)}, false)
	if heads := texts(ps, KindHeading); len(heads) != 1 || heads[0] != "Draft resolution (para. 5)" {
		t.Errorf("headings = %q; all %+v", heads, ps)
	}
}

func (s *synth) italic(from int) *synth {
	for i := from; i < len(s.words); i++ {
		s.words[i].Italic = true
	}
	return s
}

// boldText lays out a line like text, in bold.
func (s *synth) boldText(x, base, size float64, t string) *synth {
	n := len(s.words)
	s.text(x, base, size, t)
	for i := n; i < len(s.words); i++ {
		s.words[i].Bold = true
	}
	return s
}

// A centred pull quote whose short last line falls into a unit of its own
// is dropped as a whole.
func TestCentredPullQuoteDropped(t *testing.T) {
	s := &synth{width: 400}
	s.boldText(72, 60, 18, "Notes from the Regional Panel")
	base := s.para(72, 100, 10,
		"The panel agreed that trust between States grows from small and practical",
		"steps taken together over many years by the parties.",
		"Several speakers gave examples from their own regions.")
	n := len(s.words)
	s.text(120, base+20, 14, "Trust between States grows from")
	s.text(110, base+37, 14, "small and practical steps taken")
	s.text(200, base+54, 14, "together")
	s.italic(n)
	s.para(72, base+80, 10, "The discussion then turned to the role of regional organizations in",
		"supporting these steps.")
	ps := analyze([]page{a4(s.words)}, false)
	for _, p := range ps {
		if strings.Contains(p.Text, "grows from small") && p.Kind != KindParagraph || p.Text == "together" {
			t.Errorf("pull quote kept: %+v", p)
		}
	}
	if len(ps) != 3 {
		t.Errorf("records = %q", texts(ps, ""))
	}
}

// An author's name alone under a heading, in italics (or, without styles,
// between a heading and a paragraph) is no paragraph; a cover byline may
// end in "et al.".
func TestBylinesDropped(t *testing.T) {
	for _, c := range []struct{ noStyle, italic bool }{{false, true}, {false, false}, {true, false}} {
		noStyle := c.noStyle
		s := &synth{width: 400}
		s.boldText(72, 60, 14, "Regional Perspectives on Capacity")
		n := len(s.words)
		s.text(72, 80, 10, "Amina Okafor Lindqvist")
		if c.italic {
			s.italic(n)
		}
		s.para(72, 100, 10,
			"The chapter reviews how the States of the region have built their",
			"national capacities over the last decade of negotiations.")
		ps := analyze([]page{a4(s.words)}, noStyle)
		for _, p := range ps {
			if strings.Contains(p.Text, "Okafor") {
				t.Errorf("noStyle=%v: byline kept: %+v", noStyle, p)
			}
		}
		if got := texts(ps, KindParagraph); len(got) != 1 {
			t.Errorf("noStyle=%v: paragraphs = %q", noStyle, got)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"Amina Okafor et al.", true}, {"Amina Okafor", true}, {"Key findings", false}, {"The group agreed.", false}} {
		if got := looksName(c.s); got != c.want {
			t.Errorf("looksName(%q) = %v", c.s, got)
		}
	}
}

// A long bold heading in a narrow column takes five lines: headings are
// limited by words and characters, not lines.
func TestLongNarrowHeading(t *testing.T) {
	s := &synth{}
	s.para(72, 100, 11, "Sharing between users and owners of", "shared digital resources: a regional", "centre for open networks takes part in", "international talks on the reuse of", "software")
	s.bold()
	s.para(72, 170, 10, "The centre has argued since its founding that open licences", "make systems easier to audit and to secure.")
	ps := analyze([]page{a4(s.words)}, false)
	if heads := texts(ps, KindHeading); len(heads) != 1 || !strings.HasSuffix(heads[0], "reuse of software") {
		t.Errorf("headings = %q; all %q", heads, texts(ps, ""))
	}
}

// Footnotes set across both columns under a two-column page are marked
// even when the column order put a note block before the right column's
// text: small type below the lowest body-size line of the page.
func TestFootnotesAcrossColumns(t *testing.T) {
	blk := func(x, base, size float64, lines ...string) block {
		s := &synth{}
		s.para(x, base, size, lines...)
		return makeBlock(0, s.words)
	}
	left := blk(72, 100, 10, "Protecting the shared infrastructure of the", "network calls for close cooperation be-")
	note := blk(72, 140, 8, "1 Regional Association of Network Operators: https://", "rano.example.org/")
	right := blk(320, 97, 10, "tween many kinds of actors, among them", "operators, registries and public bodies.", "They met twice in the course of the year.")
	for _, c := range []struct {
		name   string
		blocks []block
	}{{"note before right column", []block{left, note, right}}, {"note last", []block{left, right, note}}} {
		bs := append([]block(nil), c.blocks...)
		markFootnotes(bs, 0, a4(nil), layoutParams{body: 10})
		for _, b := range bs {
			if want := b.size < 9; b.footnote != want {
				t.Errorf("%s: block %q footnote = %v, want %v", c.name, b.lines[0].text, b.footnote, want)
			}
		}
	}
	// Small type with body text below it is no footnote area.
	bs := []block{left, note, blk(72, 170, 10, "The meeting closed with a statement by the chair.")}
	markFootnotes(bs, 0, a4(nil), layoutParams{body: 10})
	if bs[1].footnote {
		t.Errorf("small block above body text marked as footnote")
	}
}

// A printed web page: the sidebar link list under "recent posts", a figure
// caption and the author notes and comment form at the end are dropped;
// the article stays whole.
func TestPrintedPageChrome(t *testing.T) {
	s := &synth{}
	s.boldText(40, 60, 20, "Responsible Conduct in Cyberspace")
	s.boldText(40, 90, 12, "recent posts")
	s.text(40, 105, 10, "Securing Networks 2024")
	s.text(40, 118, 10, "Open Working Group Notes")
	base := s.para(40, 150, 10, "This article looks at how States describe responsible conduct in",
		"their national statements and what this means for capacity building.")
	s.text(40, base+10, 10, "▲ Figure 1: Four areas of responsible conduct")
	base = s.para(40, base+40, 10, "The four areas overlap, and most statements mention at least two",
		"of them when they describe their own practice.")
	s.boldText(40, base+20, 12, "about the author")
	base = s.para(40, base+40, 10, "Amina Okafor is a research fellow who works on cyber diplomacy and",
		"the governance of emerging technologies.")
	s.boldText(40, base+20, 12, "Leave a comment")
	s.text(40, base+40, 10, "Your name")
	s.text(40, base+60, 10, "Your comment")
	ps := analyze([]page{a4(s.words)}, false)
	got := texts(ps, "")
	want := []string{"Responsible Conduct in Cyberspace",
		"This article looks at how States describe responsible conduct in their national statements and what this means for capacity building.",
		"The four areas overlap, and most statements mention at least two of them when they describe their own practice."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("records:\n got %q\nwant %q", got, want)
	}
}

// The UN masthead ("United Nations" over the organ's name, in large type)
// is neither a heading nor the title: the title is the report's own.
func TestUNMastheadIsNoTitle(t *testing.T) {
	s := &synth{}
	s.boldText(72, 70, 16, "United Nations")
	s.boldText(72, 89, 16, "General Assembly")
	s.text(72, 140, 10, "Agenda item 6")
	s.boldText(90, 200, 14, "Annual progress report of the working group")
	s.boldText(72, 240, 10, "I. Introduction")
	s.para(72, 260, 10, "The working group held its third session in New York and adopted",
		"the present report by consensus.")
	ps := analyze([]page{a4(s.words)}, false)
	heads := texts(ps, KindHeading)
	if len(heads) == 0 || heads[0] != "Annual progress report of the working group" {
		t.Errorf("headings = %q", heads)
	}
	for _, p := range ps {
		if strings.Contains(p.Text, "United Nations") {
			t.Errorf("masthead kept: %+v", p)
		}
	}
}
