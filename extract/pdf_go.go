package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"reflect"
	"strings"
	"unicode"

	"github.com/ledongthuc/pdf"
)

// goSource is the pure-Go engine, built on github.com/ledongthuc/pdf for
// the file structure and content-stream tokens. It runs its own text
// interpreter: the library's Page.Content re-parses each font at every Tf
// and assumes one byte per glyph when looking up widths, which misplaces
// glyphs of CID fonts (Chromium, many office PDFs) and is slow.
type goSource struct {
	r     *pdf.Reader
	n     int
	fonts map[string]*fontInfo // decoded fonts, shared by all pages
}

// newGoSource opens data with the pure-Go engine.
func newGoSource(data []byte) (src *goSource, err error) {
	if len(data) == 0 {
		return nil, errors.New("pdf: empty file")
	}
	if !bytes.HasPrefix(bytes.TrimLeft(data[:min(len(data), 1024)], "\x00\t\r\n "), []byte("%PDF-")) {
		if i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-")); i > 0 {
			data = data[i:]
		} else {
			return nil, errors.New("pdf: not a PDF file: no %PDF- header")
		}
	}
	if bytes.HasPrefix(data, []byte("%PDF-2.")) {
		// The library only accepts 1.x headers; PDF 2.0 keeps the 1.7
		// syntax for everything it reads, so present it as 1.7.
		cp := make([]byte, len(data))
		copy(cp, data)
		copy(cp, "%PDF-1.7")
		data = cp
	}
	err = guard("pdf: open", func() error {
		r, e := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
		if e != nil {
			return e
		}
		src = &goSource{r: r, fonts: map[string]*fontInfo{}}
		src.n = r.NumPage()
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("pdf: open: %w", err)
	}
	if src.n <= 0 {
		return nil, errors.New("pdf: document has no pages (damaged page tree?)")
	}
	if src.n > 100000 {
		return nil, fmt.Errorf("pdf: implausible page count %d", src.n)
	}
	return src, nil
}

func (s *goSource) NumPages() int  { return s.n }
func (s *goSource) Engine() string { return "go" }

// Page interprets the content stream of page i.
func (s *goSource) Page(ctx context.Context, i int) (pg page, err error) {
	if err := ctx.Err(); err != nil {
		return page{}, err
	}
	err = guard(fmt.Sprintf("pdf: page %d", i+1), func() error {
		p := s.r.Page(i + 1)
		if p.V.IsNull() {
			return errors.New("page not found")
		}
		box := inherited(p.V, "MediaBox")
		if cb := inherited(p.V, "CropBox"); cb.Kind() == pdf.Array && cb.Len() == 4 {
			box = cb
		}
		x0, y0, x1, y1 := 0.0, 0.0, 612.0, 792.0
		if box.Kind() == pdf.Array && box.Len() == 4 {
			x0, y0, x1, y1 = box.Index(0).Float64(), box.Index(1).Float64(), box.Index(2).Float64(), box.Index(3).Float64()
			if x1 < x0 {
				x0, x1 = x1, x0
			}
			if y1 < y0 {
				y0, y1 = y1, y0
			}
		}
		in := &interp{src: s}
		contents := p.V.Key("Contents")
		if contents.Kind() != pdf.Null {
			in.walk(contents, p.Resources(), identity, 0)
		}
		// Read the page in the direction most of its text runs (pages
		// set sideways, landscape tables); text in other directions
		// (margin notes, stamps) is left out.
		dom := 0
		for o := 1; o < 4; o++ {
			if in.count[o] > in.count[dom] {
				dom = o
			}
		}
		var run glyphRun
		for _, gl := range in.glyphs {
			if gl.o != dom {
				continue
			}
			var x, base float64
			switch dom {
			case 0:
				x, base = gl.x-x0, y1-gl.y
			case 1:
				x, base = gl.y-y0, gl.x-x0
			case 2:
				x, base = x1-gl.x, gl.y-y0
			case 3:
				x, base = y1-gl.y, x1-gl.x
			}
			run.add(gl.text, x, gl.adv, base, gl.size, gl.bold, gl.italic)
		}
		run.flush()
		pg = page{Width: x1 - x0, Height: y1 - y0, Words: run.words}
		if dom == 1 || dom == 3 {
			pg.Width, pg.Height = pg.Height, pg.Width
		}
		return nil
	})
	return pg, err
}

// inherited looks key up in the page dictionary and its parents.
func inherited(v pdf.Value, key string) pdf.Value {
	for i := 0; i < 32 && !v.IsNull(); i++ {
		if r := v.Key(key); !r.IsNull() {
			return r
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// affine is a PDF transformation matrix [a b c d e f].
type affine [6]float64

var identity = affine{1, 0, 0, 1, 0, 0}

// mul returns m×n (apply m, then n).
func (m affine) mul(n affine) affine {
	return affine{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// fontInfo is a font decoded once per document: code to text and widths.
type fontInfo struct {
	cid       bool
	enc       pdf.TextEncoding
	simple    [256]string
	simpleOK  [256]bool
	cidText   map[int]string
	first     int
	widths    []float64
	cidWidths map[int]float64
	dw        float64
	scale     float64 // glyph space to text space (1/1000, or Type3 FontMatrix)
	bold      bool
	italic    bool
}

func newFontInfo(v pdf.Value) *fontInfo {
	f := &fontInfo{dw: 1000, scale: 0.001}
	pf := pdf.Font{V: v}
	f.enc = pf.Encoder()
	base := v.Key("BaseFont").Name()
	sub := v.Key("Subtype").Name()
	desc := v.Key("FontDescriptor")
	if sub == "Type0" {
		f.cid = true
		f.cidText = map[int]string{}
		f.cidWidths = map[int]float64{}
		d := v.Key("DescendantFonts").Index(0)
		if base == "" {
			base = d.Key("BaseFont").Name()
		}
		desc = d.Key("FontDescriptor")
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		w := d.Key("W")
		for i := 0; i < w.Len(); {
			c := int(w.Index(i).Int64())
			if i+1 < w.Len() && w.Index(i+1).Kind() == pdf.Array {
				arr := w.Index(i + 1)
				for j := 0; j < arr.Len() && j < 65536; j++ {
					f.cidWidths[c+j] = arr.Index(j).Float64()
				}
				i += 2
				continue
			}
			if i+2 < w.Len() {
				last := int(w.Index(i + 1).Int64())
				wd := w.Index(i + 2).Float64()
				for c2 := c; c2 <= last && c2-c < 65536; c2++ {
					f.cidWidths[c2] = wd
				}
			}
			i += 3
		}
	} else {
		f.first = int(v.Key("FirstChar").Int64())
		ws := v.Key("Widths")
		f.widths = make([]float64, ws.Len())
		for i := range f.widths {
			f.widths[i] = ws.Index(i).Float64()
		}
		if sub == "Type3" {
			if fm := v.Key("FontMatrix"); fm.Len() >= 1 {
				f.scale = fm.Index(0).Float64()
			}
		}
	}
	if i := strings.Index(base, "+"); i >= 0 {
		base = base[i+1:]
	}
	lb := strings.ToLower(base)
	f.bold = strings.Contains(lb, "bold") || strings.Contains(lb, "black") || strings.Contains(lb, "heavy") || strings.Contains(lb, "semibold")
	f.italic = strings.Contains(lb, "italic") || strings.Contains(lb, "oblique")
	if !f.bold && desc.Kind() == pdf.Dict {
		if fw := desc.Key("FontWeight").Float64(); fw >= 600 {
			f.bold = true
		}
		if flags := desc.Key("Flags").Int64(); flags&(1<<18) != 0 {
			f.bold = true
		}
	}
	return f
}

// glyph decodes one character code.
func (f *fontInfo) glyph(code int, raw string) string {
	if f.cid {
		if t, ok := f.cidText[code]; ok {
			return t
		}
		t := f.enc.Decode(raw)
		f.cidText[code] = t
		return t
	}
	if !f.simpleOK[code&0xff] {
		t := f.enc.Decode(raw)
		if strings.ContainsRune(t, unicode.ReplacementChar) && code >= 0x20 && code < 0x7f {
			// A ToUnicode map without this code: printable ASCII codes
			// mean themselves in every standard simple-font encoding.
			t = string(rune(code))
		}
		f.simple[code&0xff] = t
		f.simpleOK[code&0xff] = true
	}
	return f.simple[code&0xff]
}

// width is the advance of code in glyph space units.
func (f *fontInfo) width(code int) float64 {
	if f.cid {
		if w, ok := f.cidWidths[code]; ok {
			return w
		}
		return f.dw
	}
	if i := code - f.first; i >= 0 && i < len(f.widths) {
		return f.widths[i]
	}
	return 500
}

// gstate is the part of the graphics and text state the interpreter needs.
type gstate struct {
	ctm                       affine
	tc, tw, th, tl, tfs, rise float64
	font                      *fontInfo
}

type interp struct {
	src    *goSource
	glyphs []glyph
	count  [4]int // glyphs per orientation
}

// maxGlyphs bounds the glyphs kept per page, against content streams that
// loop through forms or draw text by the million.
const maxGlyphs = 1 << 20

// glyph is one decoded character with its origin in user space.
type glyph struct {
	text         string
	x, y         float64
	adv, size    float64
	o            int // orientation: 0 upright, 1 turned 90° left, 2 upside down, 3 turned 90° right
	bold, italic bool
}

// orientation classifies the text rendering matrix: 0 for upright text,
// 1 for text running upwards, 2 upside down, 3 running downwards, and -1
// for skewed text.
func orientation(trm affine, size float64) int {
	a, b := trm[0], trm[1]
	tol := 0.1 * size
	switch {
	case abs(b) < tol && a > 0:
		return 0
	case abs(a) < tol && b > 0:
		return 1
	case abs(b) < tol && a < 0:
		return 2
	case abs(a) < tol && b < 0:
		return 3
	}
	return -1
}

func (in *interp) font(res pdf.Value, name string) *fontInfo {
	fv := res.Key("Font").Key(name)
	if fv.Kind() != pdf.Dict {
		return nil
	}
	// The object number identifies the font dictionary within the file
	// (with the name, for dictionaries written inline in one container);
	// the content digest is the fallback.
	var key string
	if id, gen, ok := objectID(fv); ok {
		key = fmt.Sprintf("%d.%d/%s/%s", id, gen, name, fv.Key("BaseFont").Name())
	} else {
		key = fontKey(fv)
	}
	if f, ok := in.src.fonts[key]; ok {
		return f
	}
	f := newFontInfo(fv)
	in.src.fonts[key] = f
	return f
}

// objectID returns the number of the indirect object a value was read
// from. The library keeps it unexported; reflection reads it, and a library
// without that field makes callers fall back to fontKey.
func objectID(v pdf.Value) (id uint64, gen uint64, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	p := reflect.ValueOf(v).FieldByName("ptr")
	if !p.IsValid() || p.Kind() != reflect.Struct || p.NumField() != 2 {
		return 0, 0, false
	}
	id, gen = p.Field(0).Uint(), p.Field(1).Uint()
	return id, gen, id != 0
}

// fontKey identifies a font by what decides its decoding: names, encoding,
// widths and a digest of its ToUnicode map. Names alone are not enough:
// merged files repeat subset names such as "AAAAAA+Arial" for fonts whose
// codes mean different letters.
func fontKey(fv pdf.Value) string {
	h := fnv.New64a()
	fmt.Fprint(h, fv.Key("BaseFont").Name(), "|", fv.Key("Subtype").Name(), "|", fv.Key("Encoding").String(), "|",
		fv.Key("FirstChar").Int64(), "|", fv.Key("Widths").String(), "|", fv.Key("DescendantFonts").Index(0).Key("W").String())
	if tu := fv.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		if rd := tu.Reader(); rd != nil {
			io.Copy(h, io.LimitReader(rd, 1<<20))
			rd.Close()
		}
	}
	return fmt.Sprintf("%x", h.Sum64())
}

// walk interprets a content stream (page or form XObject) with resources
// res under the transformation m.
func (in *interp) walk(strm, res pdf.Value, m affine, depth int) {
	if depth > 8 {
		return
	}
	g := gstate{ctm: m, th: 1}
	fonts := map[string]*fontInfo{} // this stream's resources, resolved once
	fontOf := func(name string) *fontInfo {
		f, ok := fonts[name]
		if !ok {
			f = in.font(res, name)
			fonts[name] = f
		}
		return f
	}
	var stack []gstate
	var tm, tlm affine
	show := func(raw string) {
		f := g.font
		if f == nil {
			return
		}
		step := 1
		if f.cid {
			step = 2
		}
		for i := 0; i+step <= len(raw); i += step {
			var code int
			if step == 2 {
				code = int(raw[i])<<8 | int(raw[i+1])
			} else {
				code = int(raw[i])
			}
			w0 := f.width(code) * f.scale
			m := tm.mul(g.ctm)
			trm := affine{g.tfs * g.th, 0, 0, g.tfs, 0, g.rise}.mul(m)
			size := math.Hypot(trm[2], trm[3])
			hs := math.Hypot(m[0], m[1])
			// The advance includes character spacing so that letter-spaced
			// text stays one word.
			adv := (w0*g.tfs + math.Max(g.tc, 0)) * g.th * hs
			text := f.glyph(code, raw[i:i+step])
			if o := orientation(trm, size); o >= 0 && len(in.glyphs) < maxGlyphs {
				in.glyphs = append(in.glyphs, glyph{text, trm[4], trm[5], adv, size, o, f.bold, f.italic})
				in.count[o]++
			}
			tx := w0*g.tfs + g.tc
			if step == 1 && code == 32 {
				tx += g.tw
			}
			// tm = [1 0 0 1 tx·Th 0] × tm
			tm[4] += tx * g.th * tm[0]
			tm[5] += tx * g.th * tm[1]
		}
	}
	nextLine := func(tx, ty float64) {
		tlm = affine{1, 0, 0, 1, tx, ty}.mul(tlm)
		tm = tlm
	}
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		n := stk.Len()
		args := make([]pdf.Value, n)
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		switch op {
		case "q":
			if len(stack) < 64 {
				stack = append(stack, g)
			}
		case "Q":
			if len(stack) > 0 {
				g = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
			}
		case "cm":
			if n == 6 {
				g.ctm = affine{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if n == 2 {
				g.font = fontOf(args[0].Name())
				g.tfs = num(1)
			}
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.rise = num(0)
		case "Td":
			nextLine(num(0), num(1))
		case "TD":
			g.tl = -num(1)
			nextLine(num(0), num(1))
		case "Tm":
			if n == 6 {
				tm = affine{num(0), num(1), num(2), num(3), num(4), num(5)}
				tlm = tm
			}
		case "T*":
			nextLine(0, -g.tl)
		case "Tj":
			if n == 1 {
				show(args[0].RawString())
			}
		case "'":
			nextLine(0, -g.tl)
			if n == 1 {
				show(args[0].RawString())
			}
		case "\"":
			if n == 3 {
				g.tw, g.tc = num(0), num(1)
				nextLine(0, -g.tl)
				show(args[2].RawString())
			}
		case "TJ":
			if n != 1 {
				return
			}
			v := args[0]
			for i := 0; i < v.Len(); i++ {
				x := v.Index(i)
				if x.Kind() == pdf.String {
					show(x.RawString())
				} else {
					tx := -x.Float64() / 1000 * g.tfs * g.th
					tm = affine{1, 0, 0, 1, tx, 0}.mul(tm)
				}
			}
		case "Do":
			if n != 1 {
				return
			}
			xo := res.Key("XObject").Key(args[0].Name())
			if xo.Key("Subtype").Name() != "Form" {
				return
			}
			fm := identity
			if mv := xo.Key("Matrix"); mv.Len() == 6 {
				for i := 0; i < 6; i++ {
					fm[i] = mv.Index(i).Float64()
				}
			}
			xres := xo.Key("Resources")
			if xres.Kind() == pdf.Null {
				xres = res
			}
			in.walk(xo, xres, fm.mul(g.ctm), depth+1)
		}
	})
}
