package extract

import (
	"math"
	"regexp"
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
	body float64 // the most common font size (by characters)
}

// Patterns of page furniture recognised wherever they stand in the top or
// bottom band of a page.
var (
	rePageLabel = regexp.MustCompile(`(?i)^(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:/|of)\s*\d+|[-–—]\s*\d+\s*[-–—]|\d{1,4}|[ivxlc]{1,6}|p\.\s*\d+)$`)
	reJobNo     = regexp.MustCompile(`^\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\S+)?$`)
	reSymbolOnly = regexp.MustCompile(`^(?:A|S|E|ST|UNEP|CCPR)/(?:[A-Z]{1,5}(?:\.\d+)?/)*(?:RES/)?\d{1,4}(?:/[A-Z0-9.]{1,12}){0,4}(?:\s*\*)?$`)
	reDateLine  = regexp.MustCompile(`(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}|\d{4}-\d{2}-\d{2})$`)
	reBullet    = regexp.MustCompile(`^(?:[•◦▪▫■□●○◆◇►▸‣⁃➢➤✓✔*·]|[-–—](?:\s|$))`)
	reEnumTok   = regexp.MustCompile(`^(?:\d{1,3}\.|\(?[a-z]{1,4}\)|\(\d{1,3}\)|[A-Z]\.|[IVXL]{1,6}\.|[•◦▪■●○◆►▸‣⁃➢➤✓✔·\-–—])$`)
	reDigits    = regexp.MustCompile(`\d+`)
)

// analyze runs the layout analysis over the pages of a document and returns
// its paragraphs in reading order.
func analyze(pages []page) []Paragraph {
	par := measure(pages)
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
	return paragraphs(blocks, pages, par)
}

// measure finds the body font size: the size carrying the most characters.
func measure(pages []page) layoutParams {
	count := map[float64]int{}
	for _, pg := range pages {
		for _, w := range pg.Words {
			count[math.Round(w.Size*2)/2] += utf8.RuneCountInString(w.Text)
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

// rowsOf groups words into rows by vertical overlap and sorts each row left
// to right. Rows are returned top to bottom.
func rowsOf(ws []word) [][]word {
	if len(ws) == 0 {
		return nil
	}
	idx := make([]int, len(ws))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return ws[idx[a]].Base < ws[idx[b]].Base })
	var rows [][]word
	var top, bot, base float64
	for _, i := range idx {
		w := ws[i]
		if len(rows) > 0 {
			ov := math.Min(bot, w.bottom()) - math.Max(top, w.top())
			h := math.Min(bot-top, w.bottom()-w.top())
			if ov >= 0.5*h || abs(w.Base-base) < 0.2*w.Size {
				r := &rows[len(rows)-1]
				*r = append(*r, w)
				top, bot = math.Min(top, w.top()), math.Max(bot, w.bottom())
				continue
			}
		}
		rows = append(rows, []word{w})
		top, bot, base = w.top(), w.bottom(), w.Base
	}
	for _, r := range rows {
		sort.SliceStable(r, func(a, b int) bool { return r[a].X0 < r[b].X0 })
	}
	return rows
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

func wordsText(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Text
	}
	return normalizeText(strings.Join(parts, " "))
}

// furnKey normalises a furniture candidate for comparison across pages:
// digits collapse to '#', case and spacing are ignored.
func furnKey(s string) string {
	return reDigits.ReplaceAllString(strings.ToLower(normalizeText(s)), "#")
}

// findFurniture marks the words of running headers and footers, page
// labels, job numbers and document symbols in the top and bottom bands of
// each page. It returns, per page, the indexes of furniture words.
func findFurniture(pages []page, par layoutParams) []map[int]bool {
	type cand struct {
		page int
		idx  []int
		key  string
		text string
		top  bool
	}
	out := make([]map[int]bool, len(pages))
	var cands []cand
	pagesWith := map[string]map[int]bool{}
	for pi, pg := range pages {
		out[pi] = map[int]bool{}
		h := pg.Height
		if h <= 0 {
			h = 842
		}
		pos := map[*word]int{}
		for i := range pg.Words {
			pos[&pg.Words[i]] = i
		}
		ws := pg.Words
		indexOf := func(w word) int {
			for i := range ws {
				if ws[i] == w {
					return i
				}
			}
			return -1
		}
		rows := rowsOf(ws)
		for ri, row := range rows {
			base := row[0].Base
			top := base < 0.1*h
			bottom := base > 0.9*h
			if !top && !bottom {
				continue
			}
			segs := segments(row, 1.5)
			for _, s := range segs {
				c := cand{page: pi, text: wordsText(s), top: top}
				for _, w := range s {
					c.idx = append(c.idx, indexOf(w))
				}
				c.key = furnKey(c.text)
				cands = append(cands, c)
				if pagesWith[c.key] == nil {
					pagesWith[c.key] = map[int]bool{}
				}
				pagesWith[c.key][pi] = true
			}
			// A header line split into pieces pushed to both margins,
			// standing apart from the text below, is a running header even
			// when it occurs once (e.g. from page 2 of a two-page text).
			if top && len(segs) >= 2 && ri+1 < len(rows) && pi > 0 {
				next := rows[ri+1][0]
				if next.top()-row[0].bottom() > 1.0*row[0].Size {
					for _, w := range row {
						out[pi][indexOf(w)] = true
					}
				}
			}
		}
		_ = pos
	}
	n := len(pages)
	need := 2
	if t := int(math.Ceil(0.4 * float64(n))); t > need {
		need = t
	}
	for _, c := range cands {
		t := c.text
		furniture := rePageLabel.MatchString(t) || reJobNo.MatchString(t) || reSymbolOnly.MatchString(t)
		if !furniture && n >= 2 && len(pagesWith[c.key]) >= need {
			furniture = true
		}
		if furniture {
			for _, i := range c.idx {
				if i >= 0 {
					out[c.page][i] = true
				}
			}
		}
	}
	return out
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
	sort.Slice(byX, func(a, b int) bool { return byX[a].X0 < byX[b].X0 })
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
		return append(xyCut(l, depth+1), xyCut(r, depth+1)...)
	}

	// Horizontal gaps: cut at the widest one.
	byY := append([]word(nil), ws...)
	sort.Slice(byY, func(a, b int) bool { return byY[a].top() < byY[b].top() })
	bestGap, bestAt = 0, 0
	low := byY[0].bottom()
	for i := 1; i < len(byY); i++ {
		w := byY[i]
		if g := w.top() - low; g >= 0.5*math.Min(med, w.Size) && g > bestGap {
			bestGap, bestAt = g, w.top()
		}
		low = math.Max(low, w.bottom())
	}
	if bestGap > 0 {
		var t, b []word
		for _, w := range ws {
			if w.top() < bestAt {
				t = append(t, w)
			} else {
				b = append(b, w)
			}
		}
		return append(xyCut(t, depth+1), xyCut(b, depth+1)...)
	}
	return [][]word{ws}
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
	l.bold = all > 0 && boldChars*10 >= all*8
	l.italic = all > 0 && italChars*10 >= all*8
	l.text = wordsText(l.words)
	return l
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

// markFootnotes marks the blocks of page pi that are footnotes: blocks in
// the lower part of the page set in a clearly smaller font than the body,
// with no body-size text below them.
func markFootnotes(blocks []block, pi int, pg page, par layoutParams) {
	h := pg.Height
	if h <= 0 {
		h = 842
	}
	for i := len(blocks) - 1; i >= 0 && blocks[i].page == pi; i-- {
		b := &blocks[i]
		if b.size >= 0.9*par.body {
			// body text below: footnotes end here, unless it is beside.
			if b.top > 0.5*h {
				break
			}
			continue
		}
		if b.top < 0.45*h {
			continue
		}
		// Starts with a note marker, or continues a note above/below.
		first := b.lines[0].words[0].Text
		if startsNote(first) || i+1 < len(blocks) && blocks[i+1].page == pi && blocks[i+1].footnote || b.top > 0.6*h {
			b.footnote = true
		}
	}
}

func startsNote(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsDigit(r) || strings.ContainsRune("*†‡§¶", r)
}
