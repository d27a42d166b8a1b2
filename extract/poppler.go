package extract

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// popplerAvailable reports whether poppler's pdftotext is on PATH.
func popplerAvailable() bool {
	_, err := exec.LookPath("pdftotext")
	return err == nil
}

// popplerSource runs `pdftotext -bbox-layout` once over the whole file and
// serves its words page by page. Poppler gives no font size per word, so
// the size is estimated from the height of the word box.
type popplerSource struct {
	pages []page
	// styles reads the same file with the Go engine, for the font weight
	// and slant that pdftotext -bbox-layout does not report; nil when the
	// Go reader cannot open the file.
	styles *goSource
	styled bool // some page took its styles from the Go reader
}

// newPopplerSource runs pdftotext on data.
func newPopplerSource(ctx context.Context, data []byte) (*popplerSource, error) {
	if len(data) == 0 {
		return nil, errors.New("empty file")
	}
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, fmt.Errorf("poppler engine: %w", err)
	}
	tmp, err := os.CreateTemp("", "normscope-*.pdf")
	if err != nil {
		return nil, fmt.Errorf("poppler engine: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("poppler engine: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("poppler engine: %w", err)
	}
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, "-bbox-layout", "-enc", "UTF-8", tmp.Name(), "-")
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		// The last lines of stderr name the failure; earlier ones are
		// often syntax warnings about the damage that led to it.
		lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
		if len(lines) > 3 {
			lines = lines[len(lines)-3:]
		}
		msg := strings.Join(lines, "; ")
		if msg == "" {
			msg = err.Error()
		} else {
			msg += " (" + err.Error() + ")"
		}
		return nil, fmt.Errorf("pdftotext: %s", msg)
	}
	pages, err := parseBBoxLayout(bytes.NewReader(xmlSafe(out.Bytes())))
	if err != nil {
		return nil, fmt.Errorf("pdftotext output: %w", err)
	}
	if len(pages) == 0 {
		return nil, errors.New("pdftotext: no pages in output")
	}
	src := &popplerSource{pages: pages}
	if gs, err := newGoSource(data); err == nil && gs.NumPages() == len(pages) {
		src.styles = gs
	}
	return src, nil
}

func (s *popplerSource) NumPages() int  { return len(s.pages) }
func (s *popplerSource) Engine() string { return "poppler" }

func (s *popplerSource) Page(ctx context.Context, i int) (page, error) {
	if err := ctx.Err(); err != nil {
		return page{}, err
	}
	if i < 0 || i >= len(s.pages) {
		return page{}, fmt.Errorf("page %d out of range", i+1)
	}
	pg := s.pages[i]
	if s.styles != nil {
		// A page the Go reader fails on keeps no styles.
		if gp, err := s.styles.Page(ctx, i); err == nil && transferStyles(pg.Words, gp.Words) {
			s.styled = true
		}
	}
	return pg, nil
}

// HasStyles reports whether the pages read so far carry font weight and
// slant (taken from the Go reader).
func (s *popplerSource) HasStyles() bool { return s.styled }

// transferStyles sets Bold and Italic of the words ws from the words ref
// of another reading of the same page: a word takes the style of the ref
// words on its baseline that overlap it, weighted by overlap. Only when at
// least half of the words find a match are styles set; it reports whether
// they were.
func transferStyles(ws, ref []word) bool {
	if len(ws) == 0 || len(ref) == 0 {
		return false
	}
	const band = 4.0
	rows := map[int][]int{}
	for i, r := range ref {
		k := int(math.Floor(r.Base / band))
		rows[k] = append(rows[k], i)
	}
	type style struct{ bold, italic, ok bool }
	styles := make([]style, len(ws))
	matched := 0
	for wi := range ws {
		w := ws[wi]
		var all, bold, ital float64
		k := int(math.Floor(w.Base / band))
		for _, kk := range []int{k - 1, k, k + 1} {
			for _, ri := range rows[kk] {
				r := ref[ri]
				if math.Abs(r.Base-w.Base) > 0.4*math.Max(r.Size, 1) {
					continue
				}
				ov := math.Min(r.X1, w.X1) - math.Max(r.X0, w.X0)
				if ov <= 0 {
					continue
				}
				all += ov
				if r.Bold {
					bold += ov
				}
				if r.Italic {
					ital += ov
				}
			}
		}
		if all > 0 {
			matched++
			styles[wi] = style{bold > 0.5*all, ital > 0.5*all, true}
		}
	}
	// Two readings that do not line up (another coordinate origin, a
	// misread page) leave the words as they are.
	if matched*2 < len(ws) {
		return false
	}
	for wi, st := range styles {
		if st.ok {
			ws[wi].Bold, ws[wi].Italic = st.bold, st.italic
		}
	}
	return true
}

// parseBBoxLayout reads the XHTML written by `pdftotext -bbox-layout`:
// <page width height> ... <word xMin yMin xMax yMax>text</word>.
func parseBBoxLayout(r io.Reader) ([]page, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var pages []page
	var cur *page
	var inWord bool
	var w word
	var h float64
	var text strings.Builder
	attr := func(e xml.StartElement, name string) float64 {
		for _, a := range e.Attr {
			if a.Name.Local == name {
				f, _ := strconv.ParseFloat(a.Value, 64)
				return f
			}
		}
		return 0
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return pages, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				pages = append(pages, page{Width: attr(t, "width"), Height: attr(t, "height")})
				cur = &pages[len(pages)-1]
			case "word":
				inWord = true
				text.Reset()
				y0, y1 := attr(t, "yMin"), attr(t, "yMax")
				h = y1 - y0
				// Box heights run from about 0.9 em (Times) to 1.15 em
				// (Liberation, Arial); 1.12 suits most body fonts.
				w = word{X0: attr(t, "xMin"), X1: attr(t, "xMax"), Size: h / 1.12, Base: y1 - 0.19*h}
			}
		case xml.CharData:
			if inWord {
				text.Write(t)
			}
		case xml.EndElement:
			if t.Name.Local == "word" && inWord {
				inWord = false
				w.Text = strings.TrimSpace(text.String())
				if cur != nil && w.Text != "" && h > 0 {
					cur.Words = append(cur.Words, w)
				}
			}
		}
	}
	return pages, nil
}

// xmlSafe replaces the control characters XML forbids (pdftotext copies
// them from broken text layers) by spaces, in place.
func xmlSafe(b []byte) []byte {
	for i, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			b[i] = ' '
		}
	}
	return b
}
