package extract

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is a run of lines of one block that forms one record (or the part
// of one that a column or page break cut off).
type unit struct {
	page       int
	lines      []line
	kind       Kind
	blockStart bool
	blockEnd   bool
	size       float64
	bold       bool
	italic     bool
	enum       bool // starts with a paragraph number or bullet
	bullet     bool
	title      bool
	drop       bool
	isolated   bool    // alone at the bottom of its page after a wide gap
	right      float64 // right edge of the column the unit stands in
	block      int     // index of the block the unit comes from
}

var (
	reTerminal  = regexp.MustCompile(`[.!?:;…]["'”’)\]]*$`)
	reHeadEnum  = regexp.MustCompile(`^(?:[A-Z]\.|[IVXL]{1,6}\.|\d{1,2}(?:\.\d{1,2})*\.?)\s+\S`)
	reDashStart = regexp.MustCompile(`^[-–—]`)
	// reHeadEnumDot is an enumerator with its dot ("A.", "II.", "1.", "2.1."):
	// "25 Member States" is no numbered heading.
	reHeadEnumDot = regexp.MustCompile(`^(?:[A-Z]\.|[IVXL]{1,6}\.|\d{1,2}(?:\.\d{1,2})*\.)\s+\S`)
	reByline      = regexp.MustCompile(`^(?i:by)\s+\p{Lu}`)
	reHyphenated  = regexp.MustCompile(`\pL+(?:-\pL+)+`)
	// rePrintChrome names the sections of a web page's own apparatus,
	// printed with the article: author notes, comment forms, related posts.
	rePrintChrome = regexp.MustCompile(`(?i)^(?:about the authors?|about this (?:site|blog)|(?:leave|post|add) a (?:comment|reply)|comments?(?: \(\d+\))?|\d+ comments?|related (?:posts|articles|stories)|share(?: this(?: (?:post|article|page))?)?|subscribe|newsletter|follow us|you may also like|more from .{1,30})$`)
	// reUNMasthead is the organ name of a UN masthead.
	reUNMasthead = regexp.MustCompile(`^United Nations\s+(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council)$`)
	// rePrintLinks names a sidebar's list of links.
	rePrintLinks = regexp.MustCompile(`(?i)^(?:(?:recent|popular|latest) (?:posts|articles|stories)|tags|categories|archives?|blogroll|links)$`)
	// reCaption is a figure or table caption line.
	reCaption = regexp.MustCompile(`^[^\pL\pN]{0,3}(?:Figure|Fig\.|Table|Chart|Graph|Map|Photo)\s+\d+[A-Za-z]?\s*[:.–—-]`)
)

// paragraphs assembles blocks into records: splits blocks into paragraphs,
// classifies headings, list items and footnotes, drops what is not text
// (contents lists, legends, pull quotes, front matter), merges paragraphs
// cut by column and page breaks, and undoes hyphenation.
func paragraphs(blocks []block, par layoutParams) []Paragraph {
	hyph := hyphenatedWords(blocks)
	units := makeUnits(blocks, par)
	dropContents(units)
	dropLegends(units, par)
	runOnHeadings(units)
	pageBody := pageBodySizes(units, par)
	demoteHeadings(units, par, pageBody)
	dropBylines(units, pageBody, par.noStyle)
	standaloneHeadings(units, pageBody, !par.noStyle)
	markTitle(units, par)
	dropPullQuotes(units, pageBody)
	dropChrome(units)
	return assemble(units, hyph)
}

// makeUnits splits every block into units and notes how isolated each
// one-unit block is.
func makeUnits(blocks []block, par layoutParams) []unit {
	// Blocks by page, for the neighbourhood measures below.
	onPage := map[int][]int{}
	for bi, b := range blocks {
		onPage[b.page] = append(onPage[b.page], bi)
	}
	var units []unit
	for bi, b := range blocks {
		// The right edge of the column the block stands in: the widest
		// right edge among blocks of the page in the same column and font
		// size, so that the last line of a short block is seen as short.
		right := b.x1
		for _, oi := range onPage[b.page] {
			o := blocks[oi]
			if abs(o.size-b.size) <= 0.15*b.size {
				ov := math.Min(o.x1, b.x1) - math.Max(o.x0, b.x0)
				if ov > 0.5*math.Min(o.x1-o.x0, b.x1-b.x0) && o.x1 < b.x1+0.5*(b.x1-b.x0) {
					right = math.Max(right, o.x1)
				}
			}
		}
		us := splitBlock(b, right, par)
		for k := range us {
			us[k].block = bi
		}
		// Isolation of the block: the gap to the nearest text above it and
		// whether any text follows it on the page.
		gap, below := b.top, false
		for _, bj := range onPage[b.page] {
			o := blocks[bj]
			if bj == bi {
				continue
			}
			if o.bot <= b.top+1 {
				gap = math.Min(gap, b.top-o.bot)
			} else if o.top >= b.bot-1 {
				below = true
			}
		}
		if len(us) == 1 {
			us[0].isolated = gap > 5*b.size && !below
		}
		units = append(units, us...)
	}
	return units
}

// dropContents drops table-of-contents entries (every line ends in a dot
// leader and a page number) and the "Contents" heading above them.
func dropContents(units []unit) {
	for i := range units {
		u := &units[i]
		toc := u.kind != KindFootnote
		for _, l := range u.lines {
			toc = toc && reTOCLine.MatchString(l.text)
		}
		if toc {
			u.drop = true
			// and the "Contents" heading above the entries
			if i > 0 && !units[i-1].drop && units[i-1].kind == KindHeading && len(units[i-1].lines) == 1 && len(strings.Fields(units[i-1].lines[0].text)) <= 3 {
				units[i-1].drop = true
			}
		}
	}
}

// dropLegends drops a lone short line without final punctuation, in a
// smaller font than the body or alone at the page bottom below a wide gap
// (a figure), outside the footnote area: a chart legend, photo credit or
// caption, not part of the text.
func dropLegends(units []unit, par layoutParams) {
	for i := range units {
		u := &units[i]
		if u.kind != KindFootnote && len(u.lines) == 1 && (u.size < 0.88*par.body || u.isolated) && !u.bold &&
			len(strings.Fields(u.lines[0].text)) <= 12 && !reTerminal.MatchString(u.lines[0].text) && u.blockStart && u.blockEnd {
			u.drop = true
		}
	}
}

// runOnHeadings turns back into paragraphs the headings whose text runs
// on: a heading never ends in a line-end hyphen, and a unit after a
// heading whose last line had no room left for the unit's first word and
// that opens in lower case in the same type size
// continues its sentence (a bold lead-in that filled its lines, cut off by
// a page or column break). Walking backwards lets a
// lead split over two breaks fall as a whole.
func runOnHeadings(units []unit) {
	for i := len(units) - 1; i >= 0; i-- {
		u := &units[i]
		if u.kind != KindHeading || u.drop {
			continue
		}
		t := joinLines(lineTexts(u.lines))
		runOn := lineEndHyphen(t)
		next := i + 1
		for next < len(units) && (units[next].drop || units[next].kind == KindFootnote) {
			next++
		}
		if next < len(units) && !runOn && !reTerminal.MatchString(t) {
			n := &units[next]
			r, _ := utf8.DecodeRuneInString(n.lines[0].text)
			runOn = (n.kind == KindParagraph || n.kind == KindHeading) && !n.enum && unicode.IsLower(r) && abs(n.size-u.size) < 0.5 &&
				len(n.lines[0].words) > 0 && !fits(u.lines[len(u.lines)-1], n.lines[0].words[0], math.Max(u.right, n.right))
		}
		if runOn {
			u.kind = KindParagraph
			u.enum = startsEnum(u.lines[0])
		}
	}
}

// demoteHeadings turns back into paragraphs the headings set only in a
// larger (not bold) font that are not larger than the text of their page
// and than the text after them: slide decks set all their text large.
func demoteHeadings(units []unit, par layoutParams, pageBody map[int]float64) {
	for i := range units {
		u := &units[i]
		if u.kind != KindHeading || u.bold || u.size >= 1.3*math.Max(par.body, pageBody[u.page]) {
			continue
		}
		next := i + 1
		for next < len(units) && units[next].drop {
			next++
		}
		if u.size < 1.12*pageBody[u.page] || next < len(units) && units[next].size >= u.size-0.5 {
			u.kind = KindParagraph
			u.enum = startsEnum(u.lines[0])
		}
	}
}

// dropBylines drops author lines: a personal name alone on its line and in
// its block, set in italics or a smaller type than its page's text, or
// standing (not in bold) between a heading and a paragraph.
func dropBylines(units []unit, pageBody map[int]float64, noStyle bool) {
	for i := range units {
		u := &units[i]
		if u.drop || u.kind != KindParagraph || len(u.lines) != 1 || !u.blockStart || !u.blockEnd || !looksName(u.lines[0].text) {
			continue
		}
		if !noStyle && (u.italic && !u.bold || u.size < 0.95*pageBody[u.page]) {
			u.drop = true
			continue
		}
		if u.bold {
			continue
		}
		prev, next := i-1, i+1
		for prev >= 0 && units[prev].drop {
			prev--
		}
		for next < len(units) && (units[next].drop || units[next].kind == KindFootnote) {
			next++
		}
		if prev >= 0 && units[prev].kind == KindHeading && next < len(units) && units[next].kind == KindParagraph && len(units[next].lines) >= 2 {
			u.drop = true
		}
	}
}

// standaloneHeadings finds headings when the engine reports no font styles
// (poppler): a heading in the body size is known only by standing alone,
// a short block without final punctuation followed by a paragraph.
//
// With font styles known (strict), a plain line alone is a heading only
// when it is enumerated ("A. Scope", "II. Background") or in capitals.
func standaloneHeadings(units []unit, pageBody map[int]float64, strict bool) {
	for i := range units {
		u := &units[i]
		// One line, or up to three in a slightly larger font.
		maxLines := 1
		if u.size >= 1.05*pageBody[u.page] {
			maxLines = 3
		}
		if u.kind != KindParagraph || u.drop || len(u.lines) > maxLines || !u.blockStart || !u.blockEnd {
			continue
		}
		t := joinLines(lineTexts(u.lines))
		r, _ := utf8.DecodeRuneInString(t)
		if t == "" || len(strings.Fields(t)) > 12*len(u.lines) || len(t) > 200 || strings.ContainsRune(".,;:", rune(t[len(t)-1])) || !(unicode.IsUpper(r) || unicode.IsDigit(r)) {
			continue
		}
		if strict && !reHeadEnumDot.MatchString(t) && !allCaps(t) {
			continue
		}
		next := i + 1
		for next < len(units) && (units[next].drop || units[next].kind == KindFootnote) {
			next++
		}
		// Followed by a paragraph of several lines, not indented less
		// than the heading (a sub-item above its parent's sibling).
		if next < len(units) && units[next].kind == KindParagraph && (len(units[next].lines) >= 2 || sentenceAfter(u, &units[next])) &&
			abs(units[next].size-u.size) < 0.15*u.size+0.5 && u.lines[0].x0 <= units[next].lines[0].x0+0.5*u.size {
			u.kind = KindHeading
			u.enum = false
		}
	}
}

// assemble turns units into records in reading order: it merges a unit
// into the paragraph it continues, keeps the section, and emits footnotes
// after the paragraph their page break interrupted.
func assemble(units []unit, hyph map[string]bool) []Paragraph {
	var out []Paragraph
	section := ""
	var prev *unit // last body unit kept, for merging across breaks
	var pending []line
	var pendingUnit unit
	flush := func() {
		if prev == nil {
			return
		}
		out = append(out, record(pendingUnit, pending, hyph, &section))
		prev = nil
		pending = nil
	}
	var notes []Paragraph
	for i := range units {
		u := &units[i]
		if u.drop {
			continue
		}
		if u.kind == KindFootnote {
			notes = append(notes, record(*u, u.lines, hyph, &section))
			continue
		}
		if prev != nil && continues(prev, u, pending) {
			pending = append(pending, u.lines...)
			pendingUnit.blockEnd = u.blockEnd
			prev = u
			continue
		}
		flush()
		out = append(out, notes...)
		notes = nil
		pending = append([]line(nil), u.lines...)
		pendingUnit = *u
		prev = u
	}
	flush()
	out = append(out, notes...)
	// A bullet or number standing alone leaves no text.
	kept := out[:0]
	for _, p := range out {
		if p.Text != "" {
			kept = append(kept, p)
		}
	}
	return kept
}

// alnumKey keeps only the letters and digits of s, lower-cased, so that
// texts compare across line breaks, hyphenation and quotation marks.
func alnumKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// dropPullQuotes drops pull quotes: runs of units of one block set larger
// than their page's text, in italics or opening with a quotation mark,
// whose words repeat a passage of the body text word for word. A centred
// pull quote may fall apart into several units of its block.
func dropPullQuotes(units []unit, pageBody map[int]float64) {
	styled := func(u unit) bool {
		return !u.drop && u.kind != KindFootnote && !u.title && (u.size > 1.1*pageBody[u.page] || u.italic)
	}
	var groups [][2]int // [from, to) runs of candidate units
	for i := 0; i < len(units); i++ {
		u := units[i]
		if u.drop || u.kind == KindFootnote || u.title {
			continue
		}
		r, _ := utf8.DecodeRuneInString(u.lines[0].text)
		if !styled(u) && !strings.ContainsRune("\"“‘«'", r) {
			continue
		}
		j := i + 1
		for j < len(units) && units[j].block == u.block && styled(units[j]) {
			j++
		}
		var texts []string
		for k := i; k < j; k++ {
			texts = append(texts, lineTexts(units[k].lines)...)
		}
		if len(strings.Fields(strings.Join(texts, " "))) >= 8 {
			groups = append(groups, [2]int{i, j})
		}
		i = j - 1
	}
	if len(groups) == 0 {
		return
	}
	isCand := map[int]bool{}
	for _, g := range groups {
		for k := g[0]; k < g[1]; k++ {
			isCand[k] = true
		}
	}
	var body strings.Builder
	for i, u := range units {
		if !isCand[i] && !u.drop && u.kind != KindFootnote {
			for _, l := range u.lines {
				body.WriteString(alnumKey(l.text))
			}
		}
	}
	all := body.String()
	for _, g := range groups {
		var key strings.Builder
		for k := g[0]; k < g[1]; k++ {
			for _, l := range units[k].lines {
				key.WriteString(alnumKey(l.text))
			}
		}
		if k := key.String(); len(k) >= 30 && strings.Contains(all, k) {
			for k := g[0]; k < g[1]; k++ {
				units[k].drop = true
			}
		}
	}
}

// dropChrome drops what a printed web page carries besides its article:
// the sections under headings such as "About the author" or "Leave a
// comment" when only such sections follow (the page's tail), such a
// heading and the short link lines under it elsewhere (a sidebar's
// "Recent posts", "Tags"), and one-line figure captions.
func dropChrome(units []unit) {
	text := func(u unit) string { return strings.TrimSpace(joinLines(lineTexts(u.lines))) }
	tail := len(units)
	for i := len(units) - 1; i >= 0; i-- {
		u := units[i]
		if u.drop || u.kind != KindHeading {
			continue
		}
		if !rePrintChrome.MatchString(text(u)) {
			break
		}
		tail = i
	}
	for i := range units {
		u := &units[i]
		if u.drop || u.kind == KindFootnote {
			continue
		}
		t := text(*u)
		if i >= tail || len(u.lines) == 1 && reCaption.MatchString(t) && !reTerminal.MatchString(t) {
			u.drop = true
			continue
		}
		if u.kind != KindHeading || !rePrintLinks.MatchString(t) && !rePrintChrome.MatchString(t) {
			continue
		}
		u.drop = true
		// The links under it: a few short lines without final punctuation.
		for j := i + 1; j < len(units); j++ {
			n := &units[j]
			if n.drop || n.kind == KindFootnote {
				continue
			}
			short := len(n.lines) <= 4
			for _, l := range n.lines {
				short = short && len(l.words) <= 6 && !reTerminal.MatchString(l.text)
			}
			if n.kind == KindHeading || !short {
				break
			}
			n.drop = true
		}
	}
}

// allCaps reports whether t has at least four letters and no lower-case
// letter.
func allCaps(t string) bool {
	n := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 4
}

// sentenceAfter reports whether n, a one-line unit after the heading
// candidate u, is a finished sentence clearly longer than u.
func sentenceAfter(u, n *unit) bool {
	t := joinLines(lineTexts(n.lines))
	return reTerminal.MatchString(t) && len(strings.Fields(t)) >= len(strings.Fields(joinLines(lineTexts(u.lines))))+4
}

// pageBodySizes gives, per page, the font size carrying the most
// characters among the units kept (the document's body size for pages
// without text below display size).
func pageBodySizes(units []unit, par layoutParams) map[int]float64 {
	count := map[int]map[float64]int{}
	for _, u := range units {
		// Display type (titles) does not count; a page with nothing else
		// takes the document's body size.
		if u.drop || u.kind == KindFootnote || u.size >= 1.5*par.body {
			continue
		}
		if count[u.page] == nil {
			count[u.page] = map[float64]int{}
		}
		for _, l := range u.lines {
			count[u.page][math.Round(l.size*2)/2] += utf8.RuneCountInString(l.text)
		}
	}
	out := map[int]float64{}
	for _, u := range units {
		out[u.page] = par.body
	}
	for p, m := range count {
		best, n := 0.0, -1
		for s, c := range m {
			if c > n || c == n && s < best {
				best, n = s, c
			}
		}
		out[p] = best
	}
	return out
}

// continues reports whether u carries on the paragraph prev across a
// column or page break (or a gap inside a column).
func continues(prev, u *unit, pending []line) bool {
	if prev.kind != KindParagraph && prev.kind != KindListItem || u.kind != KindParagraph || u.enum {
		return false
	}
	if !prev.blockEnd || !u.blockStart {
		return false
	}
	last := pending[len(pending)-1].text
	if reTerminal.MatchString(last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(u.lines[0].text)
	if unicode.IsLower(first) {
		return true
	}
	// A capital after an unfinished line continues the paragraph only
	// across a page or column break, not across a gap in the same column.
	if u.page == prev.page && u.lines[0].base > pending[len(pending)-1].base {
		return false
	}
	lr, _ := utf8.DecodeLastRuneInString(last)
	return (unicode.IsLetter(lr) || lr == ',' || lr == '-') && (unicode.IsLetter(first) || unicode.IsDigit(first)) && abs(prev.size-u.size) < 0.5 && prev.bold == u.bold
}

// record builds the output paragraph of a unit.
func record(u unit, lines []line, hyph map[string]bool, section *string) Paragraph {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	t := joinLinesWith(texts, hyph)
	p := Paragraph{Kind: u.kind, Page: u.page + 1, Text: t}
	switch u.kind {
	case KindHeading:
		if !u.title {
			*section = t
		}
		p.Section = *section
		if u.title {
			p.Section = ""
		}
		return p
	case KindListItem:
		p.Text = strings.TrimSpace(reBullet.ReplaceAllString(t, ""))
		if no, rest, ok := splitParaNo(p.Text); ok && u.enum && !u.bullet {
			p.ParaNo, p.Text = no, rest
		}
	case KindParagraph:
		if u.enum {
			if no, rest, ok := splitParaNo(t); ok {
				p.ParaNo, p.Text = no, rest
			}
		}
	}
	p.Section = *section
	return p
}

// hyphenatedWords collects the document's spellings for joinLinesWith:
// words written with a hyphen inside a line (true), so that "capacity-" +
// "building" keeps its hyphen when the document spells it so elsewhere,
// and plain words (false), so that "co-" + "ordinated" is joined when
// "coordinated" occurs.
func hyphenatedWords(blocks []block) map[string]bool {
	m := map[string]bool{}
	for _, b := range blocks {
		for _, l := range b.lines {
			t := l.text
			if strings.HasSuffix(t, "-") {
				if i := strings.LastIndexByte(t, ' '); i >= 0 {
					t = t[:i]
				} else {
					continue
				}
			}
			for _, w := range reHyphenated.FindAllString(t, -1) {
				m[strings.ToLower(w)] = true
			}
			for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
				if w = strings.ToLower(w); !strings.Contains(w, "-") {
					if _, ok := m[w]; !ok {
						m[w] = false
					}
				}
			}
		}
	}
	// Line-end hyphens: when none of them joins into a word the document
	// spells plainly elsewhere, the producer does not hyphenate (browsers
	// print without hyphenation) and every line-end hyphen is a real one.
	type brk struct{ left, right string }
	var breaks []brk
	for _, b := range blocks {
		for i := 0; i+1 < len(b.lines); i++ {
			t := b.lines[i].text
			if !strings.HasSuffix(t, "-") || strings.HasSuffix(t, " -") {
				continue
			}
			left := strings.ToLower(strings.TrimSuffix(lastWord(t), "-"))
			right := strings.ToLower(strings.TrimRightFunc(firstWord(b.lines[i+1].text), func(r rune) bool { return !unicode.IsLetter(r) }))
			if left != "" && right != "" && !strings.Contains(left, "-") {
				breaks = append(breaks, brk{left, right})
			}
		}
	}
	evidence := 0
	for _, k := range breaks {
		if v, ok := m[k.left+k.right]; ok && !v {
			evidence++
		}
	}
	if evidence == 0 {
		for _, k := range breaks {
			m[k.left+"-"+k.right] = true
		}
	}
	return m
}

// splitBlock splits the lines of a block into units.
func splitBlock(b block, right float64, par layoutParams) []unit {
	if len(b.lines) == 0 {
		return nil
	}
	// Usual left edge of the block's lines, and line pitch.
	left := modeX(b.lines)
	var pitches []float64
	for i := 1; i < len(b.lines); i++ {
		pitches = append(pitches, b.lines[i].base-b.lines[i-1].base)
	}
	pitch := 0.0
	if len(pitches) > 0 {
		sort.Float64s(pitches)
		pitch = pitches[len(pitches)/2]
	}
	var units []unit
	start := 0
	emit := func(end int) {
		u := newUnit(b, b.lines[start:end], par)
		u.blockStart = start == 0
		u.blockEnd = end == len(b.lines)
		u.right = right
		units = append(units, u)
		start = end
	}
	for i := 1; i < len(b.lines); i++ {
		if breakBefore(b.lines[i-1], b.lines[i], left, right, pitch) {
			emit(i)
		}
	}
	emit(len(b.lines))
	return units
}

func modeX(lines []line) float64 {
	cnt := map[int]int{}
	best, n := lines[0].x0, 0
	for _, l := range lines {
		k := int(math.Round(l.x0))
		cnt[k]++
		if cnt[k] > n || cnt[k] == n && float64(k) < best {
			best, n = float64(k), cnt[k]
		}
	}
	return best
}

func firstTok(l line) string {
	if len(l.words) == 0 {
		return ""
	}
	return l.words[0].Text
}

func startsEnum(l line) bool {
	t := firstTok(l)
	if reEnumTok.MatchString(t) || reBullet.MatchString(l.text) {
		return len(l.words) > 1 || reBullet.MatchString(l.text)
	}
	return false
}

// breakBefore decides whether cur starts a new paragraph after prev inside
// one block.
func breakBefore(prev, cur line, left, right, pitch float64) bool {
	// A number or bullet alone on its line belongs to the text below it.
	if len(prev.words) == 1 && reEnumTok.MatchString(prev.words[0].Text) && abs(prev.size-cur.size) < 0.12*prev.size &&
		cur.base-prev.base < 2*prev.size {
		return false
	}
	size := math.Max(prev.size, cur.size)
	if abs(prev.size-cur.size) > 0.12*size {
		return true
	}
	if prev.bold != cur.bold && !runIn(prev, cur, right) {
		return true
	}
	if pitch > 0 && cur.base-prev.base > pitch*1.35+0.5 {
		return true
	}
	term := reTerminal.MatchString(prev.text)
	// A bullet glyph always starts an item; a number or a dash (which may
	// be a parenthetical dash wrapped to the start of a line) only after a
	// finished line or when it hangs left of the text.
	if startsEnum(cur) && (term || cur.x0 < left-0.5*cur.size || reBullet.MatchString(cur.text) && !reDashStart.MatchString(cur.text)) {
		return true
	}
	// A line aligned with the text after the previous line's bullet or
	// number continues a hanging-indent item.
	hanging := startsEnum(prev) && len(prev.words) > 1 && abs(cur.x0-prev.words[1].X0) < 0.5*cur.size
	// First-line indent.
	if !hanging && cur.x0 > left+0.6*cur.size && prev.x0 <= left+0.3*cur.size && cur.x0-left < 8*cur.size {
		return true
	}
	// A line ending far short of the column (by more than 30% of its
	// width) before a capital: a heading or a short paragraph, even when
	// the next word is too long to have fitted.
	if r, _ := utf8.DecodeRuneInString(cur.text); prev.x1 < right-0.3*(right-left) && (unicode.IsUpper(r) || unicode.IsDigit(r)) {
		return true
	}
	// The previous line ended although the first word of this one would
	// have fitted: a deliberate line end.
	if len(cur.words) > 0 {
		fw := cur.words[0].X1 - cur.words[0].X0
		if prev.x1+fw+0.5*cur.size < right {
			r, _ := utf8.DecodeRuneInString(cur.text)
			if term || unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(", r) {
				return true
			}
		}
	}
	return false
}

// runIn reports whether cur carries on the sentence of prev although the
// weight changes between them: prev ends in a line-end hyphen, prev fills
// the column (up to right) and cur starts in lower case or prev ends in a
// colon, or prev's bold run-in lead ("Scope: the ...") already
// gave way to regular text at its end, the weight cur goes on in. A
// heading never ends in a hyphen nor runs on in lower case.
func runIn(prev, cur line, right float64) bool {
	if len(prev.words) == 0 || len(cur.words) == 0 {
		return false
	}
	if lineEndHyphen(prev.text) {
		return true
	}
	full := !fits(prev, cur.words[0], right)
	if r, _ := utf8.DecodeRuneInString(cur.text); unicode.IsLower(r) && full {
		return true
	}
	first, last := prev.words[0], prev.words[len(prev.words)-1]
	if prev.bold && !cur.bold && full && strings.HasSuffix(prev.text, ":") {
		// A bold lead that fills its lines up to its colon.
		return true
	}
	return first.Bold && !last.Bold && !cur.bold
}

// fits reports whether word w would have fitted at the end of line l in a
// column whose text ends at right: when not, l may have ended only because
// the column was full.
func fits(l line, w word, right float64) bool {
	return l.x1+0.25*l.size+(w.X1-w.X0) <= right
}

// lineEndHyphen reports whether t ends in a letter and a hyphen, a word
// broken at the line end.
func lineEndHyphen(t string) bool {
	if !strings.HasSuffix(t, "-") && !strings.HasSuffix(t, "\u2010") {
		return false
	}
	t = strings.TrimRight(t, "-\u2010")
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r)
}

// newUnit classifies a run of lines.
func newUnit(b block, lines []line, par layoutParams) unit {
	u := unit{page: b.page, lines: lines, kind: KindParagraph}
	chars := 0
	var sz float64
	bold, ital := 0, 0
	for _, l := range lines {
		c := utf8.RuneCountInString(l.text)
		chars += c
		sz += l.size * float64(c)
		if l.bold {
			bold += c
		}
		if l.italic {
			ital += c
		}
	}
	if chars > 0 {
		u.size = sz / float64(chars)
	}
	u.bold = bold*10 >= chars*8
	u.italic = ital*10 >= chars*8
	if b.footnote {
		u.kind = KindFootnote
		return u
	}
	first := lines[0]
	u.enum = startsEnum(first) || len(lines) > 1 && len(first.words) == 1 && reEnumTok.MatchString(first.words[0].Text)
	u.bullet = reBullet.MatchString(first.text)
	text := joinLines(lineTexts(lines))
	if u.bullet {
		u.kind = KindListItem
		return u
	}
	if isHeading(u, text, par) {
		u.kind = KindHeading
		u.enum = false
	}
	return u
}

func lineTexts(ls []line) []string {
	t := make([]string, len(ls))
	for i, l := range ls {
		t[i] = l.text
	}
	return t
}

// isHeading: a short unit without final punctuation set in bold or in a
// larger font, or an enumerated short bold/larger line.
func isHeading(u unit, text string, par layoutParams) bool {
	if len(u.lines) > 8 || len(text) > 250 || text == "" || lineEndHyphen(text) {
		return false
	}
	larger := u.size >= 1.12*par.body
	if !(u.bold || larger) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	if strings.ContainsRune(".,;:", last) && !reHeadEnum.MatchString(text) {
		return false
	}
	words := len(strings.Fields(text))
	return words <= 30
}

// markTitle drops the UN masthead ("United Nations General Assembly"),
// finds the document title (the largest font on the first page, at least
// three words), marks it as a heading, and drops what stands
// before it on that page (mastheads, kickers) and the bylines and dates
// right after it.
func markTitle(units []unit, par layoutParams) {
	best := -1
	for i := range units {
		u := &units[i]
		if u.page != 0 {
			break
		}
		if reUNMasthead.MatchString(joinLines(lineTexts(u.lines))) {
			u.drop = true
		}
		if u.drop || u.kind == KindFootnote || len(strings.Fields(joinLines(lineTexts(u.lines)))) < 3 || len(u.lines) > 4 {
			continue
		}
		if best < 0 || u.size > units[best].size+0.3 {
			best = i
		}
	}
	if best < 0 || units[best].size < 1.12*par.body {
		return
	}
	// What stands before a title is short front matter; a paragraph of
	// several lines before it means the large type is no title (a pull
	// quote, a figure label).
	for i := 0; i < best; i++ {
		if len(units[i].lines) > 3 && units[i].kind != KindFootnote {
			return
		}
	}
	for i := 0; i < best; i++ {
		units[i].drop = true
	}
	t := &units[best]
	t.kind, t.title, t.enum = KindHeading, true, false
	// Subtitle, byline and date directly after the title.
	for i := best + 1; i < len(units) && units[i].page == 0; i++ {
		u := &units[i]
		text := joinLines(lineTexts(u.lines))
		switch {
		case reDateLine.MatchString(text) || reByline.MatchString(text) || looksName(text) ||
			len(strings.Fields(text)) <= 12 && !reTerminal.MatchString(text) && (reDayMonthYear.MatchString(text) || reMonthDayYear.MatchString(text)):
			u.drop = true
			continue
		case u.kind == KindHeading && u.size >= 1.12*par.body && i == best+1 && !reHeadEnum.MatchString(text):
			u.title = true
			continue
		}
		break
	}
}

// looksName reports whether t reads like a personal name or list of names:
// two to six capitalised words, no digits, no final punctuation, perhaps
// followed by "et al.".
func looksName(t string) bool {
	if reHeadEnum.MatchString(t) {
		return false
	}
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, "et al."), "et al"))
	ws := strings.Fields(t)
	if len(ws) < 2 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if w == "and" || w == "&" || w == "," {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if unicode.IsDigit(c) {
				return false
			}
		}
	}
	return !reTerminal.MatchString(t)
}
