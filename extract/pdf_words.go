package extract

import (
	"context"
	"strings"
)

// word is one positioned word on a page. Coordinates are in PDF points with
// the origin at the top-left corner of the page, y growing downwards.
type word struct {
	Text   string
	X0, X1 float64 // left and right edge
	Base   float64 // baseline (distance from the top of the page)
	Size   float64 // font size in points (for poppler: a proxy from the box height)
	Bold   bool
	Italic bool
}

// top and bottom give a font-size based box, the same for both engines, so
// thresholds in the layout analysis do not depend on font metrics.
func (w word) top() float64    { return w.Base - 0.75*w.Size }
func (w word) bottom() float64 { return w.Base + 0.25*w.Size }

// page is the positioned text of one page.
type page struct {
	Width, Height float64
	Words         []word
}

// pageSource yields the positioned words of a PDF page by page. Both PDF
// engines implement it, so the layout analysis is shared.
type pageSource interface {
	// NumPages is the number of pages.
	NumPages() int
	// Page returns page i (0-based).
	Page(ctx context.Context, i int) (page, error)
	// Engine names the engine ("go" or "poppler").
	Engine() string
}

// glyphRun accumulates glyphs into words: a word ends at a space glyph, at a
// horizontal gap wider than a fraction of the font size, or when the
// baseline moves.
type glyphRun struct {
	words []word
	cur   strings.Builder
	w     word
	open  bool
}

// add appends one glyph of text s drawn at x (left edge) with advance adv
// on baseline base.
func (g *glyphRun) add(s string, x, adv, base, size float64, bold, italic bool) {
	if s == "" {
		return
	}
	if strings.TrimSpace(s) == "" || s == "\u00a0" {
		g.flush()
		return
	}
	if g.open {
		gap := x - g.w.X1
		tol := 0.12 * size
		if size > g.w.Size {
			tol = 0.12 * g.w.Size
		}
		if abs(base-g.w.Base) > 0.3*size || gap > tol || gap < -0.5*size || g.w.Size > 0 && (size/g.w.Size > 1.5 || g.w.Size/size > 1.5) {
			g.flush()
		}
	}
	if !g.open {
		g.open = true
		g.w = word{X0: x, X1: x + adv, Base: base, Size: size, Bold: bold, Italic: italic}
	}
	g.cur.WriteString(s)
	if x+adv > g.w.X1 {
		g.w.X1 = x + adv
	}
	if size > g.w.Size {
		g.w.Size = size
	}
}

func (g *glyphRun) flush() {
	if !g.open {
		return
	}
	g.open = false
	g.w.Text = g.cur.String()
	g.cur.Reset()
	if strings.TrimSpace(g.w.Text) != "" {
		g.words = append(g.words, g.w)
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
