package extract

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of text inside a block, after furniture and footnote
// reference marks are removed.
type line struct {
	words        []word
	text         string
	x0, x1, base float64
	size         float64 // dominant font size
	bold, italic bool
}

// block is a leaf region of the page found by the XY cut: a column piece,
// a side box, a header or a footnote area. Lines are top to bottom.
type block struct {
	page     int // 0-based
	lines    []line
	x0, x1   float64
	top, bot float64
	size     float64
	footnote bool
}

// layoutParams are the document-wide measures the rules are relative to.
type layoutParams struct {
	body    float64 // the most common font size (by characters)
	noStyle bool    // the engine reports no bold/italic (poppler without the Go reader)
}

// Patterns of page furniture recognised wherever they stand in the top or
// bottom band of a page.
var (
	rePageLabel  = regexp.MustCompile(`(?i)^(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:/|of)\s*\d+|[-–—−]\s*\d+\s*[-–—−]|\d{1,4}|[ivxlc]{1,6}|p\.\s*\d+)$`)
	reJobNo      = regexp.MustCompile(`^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\S+)?$`)
	reSymbolOnly = regexp.MustCompile(`^(?:A|S|E|ST|UNEP|CCPR)/(?:[A-Z]{1,5}(?:\.\d+)?/)*(?:RES/)?\d{1,4}(?:/[A-Z0-9.]{1,12}){0,4}(?:\s*\*)?$`)
	reDateLine   = regexp.MustCompile(`(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}|\d{4}-\d{2}-\d{2})$`)
	reBullet     = regexp.MustCompile(`^(?:[•◦▪▫■□●○◆◇►▸‣⁃➢➤✓✔*·\x{F0B7}\x{F0A7}\x{F076}\x{F0D8}\x{F0FC}\x{F0A8}]|[-–—](?:\s|$))`)
	reEnumTok    = regexp.MustCompile(`^(?:\d{1,3}\.|\(?[a-z]{1,4}\)|\(\d{1,3}\)|[A-Z]\.|[IVXL]{1,6}\.|[•◦▪■●○◆►▸‣⁃➢➤✓✔·\-–—\x{F0B7}\x{F0A7}\x{F076}\x{F0D8}\x{F0FC}\x{F0A8}])$`)
	reTOCLine    = regexp.MustCompile(`(?:(?:\.\s?){4,}|…{2,}|_{4,})\s*(?:\d{1,4}|[ivxlc]{1,6})$`)
	reDigits     = regexp.MustCompile(`\d+`)
)

// analyze runs the layout analysis over the pages of a document and returns
// its paragraphs in reading order.
func analyze(pages []page, noStyle bool) []Paragraph {
	par := measure(pages)
	par.noStyle = noStyle
	furn := findFurniture(pages, par)
	var blocks []block
	for pi, pg := range pages {
		var ws []word
		for wi, w := range pg.Words {
			if !furn[pi][wi] {
				ws = append(ws, w)
			}
		}
		for _, leaf := range xyCut(ws, 0) {
			b := makeBlock(pi, leaf)
			if len(b.lines) > 0 {
				blocks = append(blocks, b)
			}
		}
		markFootnotes(blocks, pi, pg, par)
	}
	return paragraphs(blocks, par)
}

// measure finds the body font size: the size carrying the most characters.
func measure(pages []page) layoutParams {
	// Only the upper part of each page counts: footnotes, which can
	// outweigh the text on note-heavy pages, sit at the bottom.
	count := map[float64]int{}
	for _, pg := range pages {
		for _, w := range pg.Words {
			if pg.Height <= 0 || w.Base < 0.6*pg.Height {
				count[math.Round(w.Size*2)/2] += utf8.RuneCountInString(w.Text)
			}
		}
	}
	best, n := 10.0, -1
	for s, c := range count {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return layoutParams{body: best}
}

// rowsOf groups words into rows by baseline and sorts each row left to
// right; rows are returned top to bottom. Small raised tokens (footnote
// reference marks) standing alone are attached to the row they are raised
// above, where makeLine recognises them.
func rowsOf(ws []word) [][]word {
	if len(ws) == 0 {
		return nil
	}
	sorted := append([]word(nil), ws...)
	slices.SortStableFunc(sorted, func(a, b word) int { return cmp.Compare(a.Base, b.Base) })
	type row struct {
		words      []word
		base, size float64
	}
	var rows []row
	for _, w := range sorted {
		if n := len(rows); n > 0 {
			r := &rows[n-1]
			if abs(w.Base-r.base) <= 0.25*math.Max(w.Size, r.size) {
				r.words = append(r.words, w)
				r.size = math.Max(r.size, w.Size)
				continue
			}
		}
		rows = append(rows, row{words: []word{w}, base: w.Base, size: w.Size})
	}
	// Attach rows of marks to the row below them.
	var out [][]word
	for i := 0; i < len(rows); i++ {
		r := rows[i]
		if i+1 < len(rows) && onlyMarks(r.words) {
			nx := &rows[i+1]
			raise := nx.base - r.base
			if r.size < 0.85*nx.size && raise >= 0.1*nx.size && raise <= 0.7*nx.size {
				nx.words = append(nx.words, r.words...)
				continue
			}
		}
		out = append(out, r.words)
	}
	for _, r := range out {
		slices.SortStableFunc(r, func(a, b word) int { return cmp.Compare(a.X0, b.X0) })
	}
	return out
}

// onlyMarks reports whether every word is short enough to be a reference
// mark (digits, letters or symbols of up to four characters).
func onlyMarks(ws []word) bool {
	for _, w := range ws {
		if utf8.RuneCountInString(w.Text) > 4 {
			return false
		}
	}
	return true
}

// sizeGroups splits a row into groups of words of about the same font
// size, each still left to right, so that a small footer overlapping a
// line of larger text is seen on its own.
func sizeGroups(row []word) [][]word {
	var groups [][]word
	var sizes []float64
Words:
	for _, w := range row {
		for i, s := range sizes {
			if abs(w.Size-s) <= 0.15*math.Max(w.Size, s) {
				groups[i] = append(groups[i], w)
				continue Words
			}
		}
		sizes = append(sizes, w.Size)
		groups = append(groups, []word{w})
	}
	return groups
}

// segments splits a row at horizontal gaps wider than gap×font size.
func segments(row []word, gap float64) [][]word {
	var segs [][]word
	start := 0
	for i := 1; i <= len(row); i++ {
		if i == len(row) || row[i].X0-row[i-1].X1 > gap*math.Max(row[i].Size, row[i-1].Size) {
			segs = append(segs, row[start:i])
			start = i
		}
	}
	return segs
}

// wordsText joins words with single spaces, except before closing
// punctuation, which is glued to the word before it, and between pieces
// that touch.
func wordsText(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		// Pieces drawn edge to edge (a font change inside a word, a raised
		// ordinal suffix) are one word.
		if i > 0 && !isClosingPunct(w.Text) && w.X0-ws[i-1].X1 > 0.05*math.Min(w.Size, ws[i-1].Size) {
			b.WriteByte(' ')
		}
		b.WriteString(w.Text)
	}
	return normalizeText(b.String())
}

func isClosingPunct(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if !strings.ContainsRune(".,;:!?)]}”’»", r) {
			return false
		}
	}
	return true
}

// furnKey normalises a furniture candidate for comparison across pages:
// digits collapse to '#', case and spacing are ignored.
func furnKey(s string) string {
	return reDigits.ReplaceAllString(strings.ToLower(normalizeText(s)), "#")
}

// furnCand is a piece of a row in the top or bottom band of a page.
type furnCand struct {
	page   int
	idx    []int
	text   string
	tokens map[string]bool
	top    bool
	size   float64
}

// findFurniture marks the words of running headers and footers, page
// labels, job numbers and document symbols in the top and bottom bands of
// each page. It returns, per page, the set of furniture word indexes.
//
// A band piece is furniture when it matches a page-label, job-number or
// symbol pattern; when a similar piece (same band, digits ignored, token
// overlap at least 60%) occurs on enough other pages; or when it is set
// smaller than the body text and stands apart from the text next to it; or
// when it is a top line split into pieces pushed apart, on a later page.
func findFurniture(pages []page, par layoutParams) []map[int]bool {
	out := make([]map[int]bool, len(pages))
	var cands []furnCand
	for pi, pg := range pages {
		out[pi] = map[int]bool{}
		h := pg.Height
		if h <= 0 {
			h = 842
		}
		idx := make(map[word]int, len(pg.Words))
		for i, w := range pg.Words {
			idx[w] = i
		}
		rows := rowsOf(pg.Words)
		for ri, row := range rows {
			base := row[0].Base
			// Only the four outermost rows of each band are candidates:
			// running headers and footers sit at the edge, and this keeps
			// the comparison across pages cheap on crowded pages.
			top := base < 0.1*h && ri < 4
			bottom := base > 0.9*h && ri >= len(rows)-4
			if !top && !bottom {
				continue
			}
			var segs [][]word
			for _, grp := range sizeGroups(row) {
				segs = append(segs, segments(grp, 1.5)...)
			}
			// A line standing alone: wide gaps to the rows above and below
			// (the first line of a footnote area is not alone).
			gap := math.Inf(1)
			if ri+1 < len(rows) {
				gap = rows[ri+1][0].top() - row[0].bottom()
			}
			if ri > 0 {
				gap = math.Min(gap, row[0].top()-rows[ri-1][0].bottom())
			}
			apart := gap > 1.0*row[0].Size
			for _, sg := range segs {
				c := furnCand{page: pi, text: wordsText(sg), top: top, tokens: map[string]bool{}}
				maxSize := 0.0
				for _, w := range sg {
					c.idx = append(c.idx, idx[w])
					maxSize = math.Max(maxSize, w.Size)
				}
				c.size = maxSize
				for _, t := range strings.Fields(furnKey(c.text)) {
					c.tokens[t] = true
				}
				cands = append(cands, c)
				if apart && maxSize < 0.95*par.body {
					for _, i := range c.idx {
						out[pi][i] = true
					}
				}
			}
			if top && len(segs) >= 2 && pi > 0 && apart {
				for _, w := range row {
					out[pi][idx[w]] = true
				}
			}
		}
	}
	n := len(pages)
	need := 2
	if t := int(math.Ceil(0.4 * float64(n))); t > need {
		need = t
	}
	for ci, c := range cands {
		t := c.text
		furniture := rePageLabel.MatchString(t) || reJobNo.MatchString(t) || reSymbolOnly.MatchString(t)
		// Repetition needs words: paragraph numbers ("5.") recur at the top
		// of many pages.
		if !furniture && n >= 2 && hasLetterToken(c.tokens) && !reEnumTok.MatchString(t) {
			seen := map[int]bool{c.page: true}
			for cj, d := range cands {
				// Same band, same type size (a title on page 1 is no running
				// header even when the header repeats its words).
				if cj != ci && d.top == c.top && !seen[d.page] && abs(d.size-c.size) <= 0.2*c.size && jaccard(c.tokens, d.tokens) >= 0.6 {
					seen[d.page] = true
				}
			}
			furniture = len(seen) >= need
		}
		if furniture {
			for _, i := range c.idx {
				out[c.page][i] = true
			}
		}
	}
	return out
}

func hasLetterToken(toks map[string]bool) bool {
	for t := range toks {
		for _, r := range t {
			if unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// xyCut splits words into leaf regions in reading order with a recursive
// XY cut: a full-height vertical gutter splits into left and right (read
// left first); otherwise the widest horizontal gap splits top from bottom.
// A gutter that would leave a side narrower than a few em (paragraph
// numbers, bullets hanging in the margin) is not a column break.
func xyCut(ws []word, depth int) [][]word {
	if len(ws) <= 1 || depth > 60 {
		if len(ws) == 0 {
			return nil
		}
		return [][]word{ws}
	}
	sizes := make([]float64, len(ws))
	for i, w := range ws {
		sizes[i] = w.Size
	}
	sort.Float64s(sizes)
	med := sizes[len(sizes)/2]

	// Vertical gutters.
	byX := append([]word(nil), ws...)
	slices.SortFunc(byX, func(a, b word) int { return cmp.Compare(a.X0, b.X0) })
	minX, maxX := byX[0].X0, byX[0].X1
	for _, w := range byX {
		maxX = math.Max(maxX, w.X1)
	}
	bestGap, bestAt := 0.0, 0.0
	reach := byX[0].X1
	for i := 1; i < len(byX); i++ {
		w := byX[i]
		if g := w.X0 - reach; g >= 1.2*med {
			left, right := reach-minX, maxX-w.X0
			if left >= 4*med && right >= 4*med && g > bestGap {
				bestGap, bestAt = g, w.X0
			}
		}
		reach = math.Max(reach, w.X1)
	}
	if bestGap > 0 {
		var l, r []word
		for _, w := range ws {
			if w.X0 < bestAt {
				l = append(l, w)
			} else {
				r = append(r, w)
			}
		}
		if !tableLike(l, r) {
			return append(xyCut(l, depth+1), xyCut(r, depth+1)...)
		}
	}

	// Horizontal gaps: cut at the widest one, unless it runs across two
	// columns (both columns happen to have a paragraph gap there): then
	// at the widest gap that does not, so that the columns stay whole.
	byY := append([]word(nil), ws...)
	slices.SortFunc(byY, func(a, b word) int { return cmp.Compare(a.top(), b.top()) })
	type hgap struct{ width, at, from float64 }
	var gaps []hgap
	low := byY[0].bottom()
	for i := 1; i < len(byY); i++ {
		w := byY[i]
		if g := w.top() - low; g >= 0.6*math.Min(med, w.Size) {
			gaps = append(gaps, hgap{g, w.top(), low})
		}
		low = math.Max(low, w.bottom())
	}
	if len(gaps) == 0 {
		return [][]word{ws}
	}
	sort.SliceStable(gaps, func(a, b int) bool { return gaps[a].width > gaps[b].width })
	cut := gaps[0].at
	for _, g := range gaps {
		if !acrossColumns(ws, g.from, g.at, med) {
			cut = g.at
			break
		}
	}
	var t, b []word
	for _, w := range ws {
		if w.top() < cut {
			t = append(t, w)
		} else {
			b = append(b, w)
		}
	}
	return append(xyCut(t, depth+1), xyCut(b, depth+1)...)
}

// acrossColumns reports whether the horizontal gap from..to has text in
// two columns on both sides: the words just above and just below it leave
// a common vertical gutter.
func acrossColumns(ws []word, from, to, med float64) bool {
	var above, below []word
	for _, w := range ws {
		if w.bottom() <= from+0.01 && w.bottom() > from-2.5*med {
			above = append(above, w)
		} else if w.top() >= to-0.01 && w.top() < to+2.5*med {
			below = append(below, w)
		}
	}
	ga, gb := gutters(above, med), gutters(below, med)
	for _, a := range ga {
		for _, b := range gb {
			if math.Min(a[1], b[1])-math.Max(a[0], b[0]) > 0.5*med {
				return true
			}
		}
	}
	return false
}

// gutters lists the empty x-intervals at least 1.2 em wide between words.
func gutters(ws []word, med float64) [][2]float64 {
	if len(ws) < 2 {
		return nil
	}
	sorted := append([]word(nil), ws...)
	slices.SortFunc(sorted, func(a, b word) int { return cmp.Compare(a.X0, b.X0) })
	var out [][2]float64
	reach := sorted[0].X1
	for _, w := range sorted[1:] {
		if w.X0-reach >= 1.2*med {
			out = append(out, [2]float64{reach, w.X0})
		}
		reach = math.Max(reach, w.X1)
	}
	return out
}

// tableLike reports whether the two sides of a candidate vertical cut are
// the columns of a table (or one row of one) rather than text columns or
// side-by-side boxes: a single row, or rows whose baselines pair up across
// the gutter while one side holds only short cells. Tables are read row by
// row, so such a cut is not made.
func tableLike(l, r []word) bool {
	lr, rr := rowsOf(l), rowsOf(r)
	if len(lr) <= 1 && len(rr) <= 1 {
		return true
	}
	match := func(a, b [][]word) int {
		n := 0
		for _, x := range a {
			for _, y := range b {
				if abs(x[0].Base-y[0].Base) < 0.25*x[0].Size {
					n++
					break
				}
			}
		}
		return n
	}
	if float64(match(lr, rr)) < 0.7*float64(len(lr)) || float64(match(rr, lr)) < 0.7*float64(len(rr)) {
		return false
	}
	short := func(rows [][]word) bool {
		for _, row := range rows {
			if len(row) > 4 {
				return false
			}
		}
		return true
	}
	return short(lr) || short(rr)
}

// makeBlock turns the words of a leaf region into lines, dropping footnote
// reference marks (small, raised, short tokens).
func makeBlock(pi int, ws []word) block {
	b := block{page: pi, x0: math.Inf(1), x1: math.Inf(-1), top: math.Inf(1), bot: math.Inf(-1)}
	for _, row := range rowsOf(ws) {
		l := makeLine(row)
		if l.text == "" {
			continue
		}
		b.lines = append(b.lines, l)
		b.x0, b.x1 = math.Min(b.x0, l.x0), math.Max(b.x1, l.x1)
		b.top, b.bot = math.Min(b.top, l.base-l.size), math.Max(b.bot, l.base)
	}
	var sizes []float64
	for _, l := range b.lines {
		sizes = append(sizes, l.size)
	}
	if len(sizes) > 0 {
		sort.Float64s(sizes)
		b.size = sizes[len(sizes)/2]
	}
	return b
}

func makeLine(row []word) line {
	// Dominant size and baseline by characters.
	cnt := map[float64]int{}
	for _, w := range row {
		cnt[math.Round(w.Size*2)/2] += utf8.RuneCountInString(w.Text)
	}
	size, n := 0.0, -1
	for s, c := range cnt {
		if c > n || c == n && s > size {
			size, n = s, c
		}
	}
	var bases []float64
	for _, w := range row {
		if abs(w.Size-size) < 0.6 {
			bases = append(bases, w.Base)
		}
	}
	sort.Float64s(bases)
	base := row[0].Base
	if len(bases) > 0 {
		base = bases[len(bases)/2]
	}
	l := line{size: size, base: base, x0: math.Inf(1), x1: math.Inf(-1)}
	boldChars, italChars, all := 0, 0, 0
	for i, w := range row {
		if isRefMark(w, size, base) {
			// A mark glued to the previous word ("law1") needs no space.
			if i > 0 && len(l.words) > 0 && w.X0-row[i-1].X1 < 0.3*size {
				continue
			}
			continue
		}
		l.words = append(l.words, w)
		l.x0, l.x1 = math.Min(l.x0, w.X0), math.Max(l.x1, w.X1)
		c := utf8.RuneCountInString(w.Text)
		all += c
		if w.Bold {
			boldChars += c
		}
		if w.Italic {
			italChars += c
		}
	}
	// A hyphen set a little apart at the end of a justified line (less
	// than a space) belongs to the word before it; "24 -" keeps its space.
	if n := len(l.words); n >= 2 && (l.words[n-1].Text == "-" || l.words[n-1].Text == "\u2010") &&
		l.words[n-1].X0-l.words[n-2].X1 < 0.2*l.size && endsWithLetter(l.words[n-2].Text) {
		l.words[n-2].Text += "-"
		l.words[n-2].X1 = l.words[n-1].X1
		l.words = l.words[:n-1]
	}
	l.bold = all > 0 && boldChars*10 >= all*8
	l.italic = all > 0 && italChars*10 >= all*8
	l.text = wordsText(l.words)
	return l
}

func endsWithLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// isRefMark reports whether w is a footnote reference mark: a short token of
// digits or symbols, clearly smaller than the line's text and raised above
// its baseline.
func isRefMark(w word, size, base float64) bool {
	if w.Size > 0.85*size || base-w.Base < 0.15*size {
		return false
	}
	t := strings.TrimSpace(w.Text)
	if t == "" || utf8.RuneCountInString(t) > 4 {
		return false
	}
	for _, r := range t {
		if !(unicode.IsDigit(r) || strings.ContainsRune("*†‡§¶,abcdefghij", r)) {
			return false
		}
	}
	return true
}

// markFootnotes marks the blocks of page pi that are footnotes: the
// trailing run of blocks set in a clearly smaller font than the body (no
// body-size text below them), when the run starts with a note marker or
// lies in the lower half of the page; and likewise the small-type blocks
// below the lowest body-size line of the page, however the columns were
// ordered (a note area across two columns).
func markFootnotes(blocks []block, pi int, pg page, par layoutParams) {
	h := pg.Height
	if h <= 0 {
		h = 842
	}
	first := -1
	for i := len(blocks) - 1; i >= 0 && blocks[i].page == pi; i-- {
		if blocks[i].size >= 0.9*par.body {
			break
		}
		first = i
	}
	if first >= 0 {
		b := blocks[first]
		if startsNote(b.lines[0].words[0].Text) || b.top > 0.5*h {
			for i := first; i < len(blocks); i++ {
				blocks[i].footnote = true
			}
		}
	}
	// A note area across columns: the small-type blocks below the last
	// body-size line of every column, wherever the column order put them.
	start := len(blocks)
	for start > 0 && blocks[start-1].page == pi {
		start--
	}
	bodyBot := math.Inf(-1)
	for _, b := range blocks[start:] {
		for _, l := range b.lines {
			if l.size >= 0.9*par.body {
				bodyBot = math.Max(bodyBot, l.base)
			}
		}
	}
	var zone []int
	for i := start; i < len(blocks); i++ {
		if b := blocks[i]; !b.footnote && b.size < 0.9*par.body && b.top > bodyBot {
			zone = append(zone, i)
		}
	}
	if len(zone) == 0 {
		return
	}
	top := zone[0]
	for _, i := range zone {
		if blocks[i].top < blocks[top].top {
			top = i
		}
	}
	if b := blocks[top]; startsNote(b.lines[0].words[0].Text) || b.top > 0.5*h {
		for _, i := range zone {
			blocks[i].footnote = true
		}
	}
}

func startsNote(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsDigit(r) || strings.ContainsRune("*†‡§¶", r)
}
