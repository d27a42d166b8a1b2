package corpus

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
)

// WriteOptions tune WriteResults.
type WriteOptions struct {
	// Terminal marks matches in bold (ANSI escapes) instead of «guillemets»;
	// set it only when w is a terminal.
	Terminal bool
	// Width is the snippet column width in table format; 0 means 100.
	Width int
}

// highlight renders spans with matches marked.
func highlight(spans []Span, terminal bool) string {
	var b strings.Builder
	for _, sp := range spans {
		t := strings.Join(strings.Fields(sp.Text), " ")
		if strings.HasPrefix(sp.Text, " ") && b.Len() > 0 {
			t = " " + t
		}
		if strings.HasSuffix(sp.Text, " ") && t != "" && !strings.HasSuffix(t, " ") {
			t += " "
		}
		switch {
		case sp.Match && terminal:
			b.WriteString("\x1b[1m" + t + "\x1b[0m")
		case sp.Match:
			b.WriteString("«" + t + "»")
		default:
			b.WriteString(t)
		}
	}
	return b.String()
}

// hitRecord is the JSONL form of a hit: the paragraph record plus score,
// snippet and KWIC lines.
type hitRecord struct {
	Paragraph
	Score   float64    `json:"score"`
	Snippet string     `json:"snippet"`
	KWIC    []KWICLine `json:"kwic,omitempty"`
}

// WriteResults writes search hits as "table" (a header line with the
// total, then one block per hit with the snippet's matches highlighted),
// "jsonl" (paragraph records with score, snippet and kwic fields added) or
// "csv" (id, doc_id, symbol, date, topic, score, snippet).
func WriteResults(w io.Writer, res *Results, format string, opts WriteOptions) error {
	if res == nil {
		return fmt.Errorf("corpus: write results: nil results")
	}
	switch format {
	case "", "table":
		total := strconv.Itoa(res.Total)
		if res.TotalCapped {
			total = "more than " + total
		}
		if _, err := fmt.Fprintf(w, "%s matching paragraphs\n", total); err != nil {
			return fmt.Errorf("corpus: write results: %w", err)
		}
		for _, h := range res.Hits {
			p := h.Paragraph
			ref := p.Doc.Symbol
			if ref == "" {
				ref = p.Doc.Title
			}
			loc := ""
			if p.ParaNo != "" {
				loc = " ¶" + p.ParaNo
			}
			if p.Page > 0 {
				loc += " p." + strconv.Itoa(p.Page)
			}
			tags := p.Topic
			if len(p.Actors) > 0 {
				tags += " " + strings.Join(p.Actors, ",")
			}
			for _, st := range p.Stances {
				tags += " " + st.Issue + ":" + st.Value
			}
			if _, err := fmt.Fprintf(w, "\n%s  %s %s%s  [%s]\n  %s\n", p.ID, p.Doc.Date, ref, loc, strings.TrimSpace(tags),
				highlight(h.Snippet, opts.Terminal)); err != nil {
				return fmt.Errorf("corpus: write results: %w", err)
			}
		}
		return nil
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, h := range res.Hits {
			if err := enc.Encode(hitRecord{Paragraph: h.Paragraph, Score: h.Score, Snippet: highlight(h.Snippet, false), KWIC: h.KWIC}); err != nil {
				return fmt.Errorf("corpus: write results: %w", err)
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"id", "doc_id", "symbol", "date", "topic", "actors", "score", "snippet"})
		for _, h := range res.Hits {
			p := h.Paragraph
			cw.Write([]string{p.ID, p.DocID, p.Doc.Symbol, p.Doc.Date, p.Topic, strings.Join(p.Actors, " "),
				strconv.FormatFloat(h.Score, 'f', 4, 64), highlight(h.Snippet, false)})
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return fmt.Errorf("corpus: write results: %w", err)
		}
		return nil
	}
	return fmt.Errorf("corpus: write results: unknown format %q (use table, jsonl or csv)", format)
}

// WriteKWIC writes the keyword-in-context lines of all hits as aligned
// columns: paragraph ID, right-aligned left context, «match», right context.
func WriteKWIC(w io.Writer, res *Results) error {
	width := 0
	for _, h := range res.Hits {
		for _, l := range h.KWIC {
			width = max(width, len([]rune(l.Left)))
		}
	}
	for _, h := range res.Hits {
		for _, l := range h.KWIC {
			pad := strings.Repeat(" ", width-len([]rune(l.Left)))
			if _, err := fmt.Fprintf(w, "%s  %s%s«%s»%s\n", h.Paragraph.ID, pad, l.Left, l.Match, l.Right); err != nil {
				return fmt.Errorf("corpus: write kwic: %w", err)
			}
		}
	}
	return nil
}

// WriteFacets writes the facet counts of res, one block per facet.
func WriteFacets(w io.Writer, res *Results) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	for _, key := range FacetKeys {
		fcs := res.Facets[key]
		if len(fcs) == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t\n", key)
		for _, fc := range fcs {
			fmt.Fprintf(tw, "  %s\t%d\n", fc.Value, fc.Count)
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("corpus: write facets: %w", err)
	}
	return nil
}

// WriteTable writes a table as "table" (aligned columns), "csv", "tsv" or
// "jsonl" (one object per row keyed by column name; counts as numbers).
func WriteTable(w io.Writer, t *Table, format string) error {
	if t == nil {
		return fmt.Errorf("corpus: write table: nil table")
	}
	switch format {
	case "", "table":
		tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, strings.Join(t.Columns, "\t")+"\t")
		for _, r := range t.Rows {
			fmt.Fprintln(tw, strings.Join(r, "\t")+"\t")
		}
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("corpus: write table: %w", err)
		}
		return nil
	case "csv", "tsv":
		cw := csv.NewWriter(w)
		if format == "tsv" {
			cw.Comma = '\t'
		}
		cw.Write(t.Columns)
		for _, r := range t.Rows {
			cw.Write(r)
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return fmt.Errorf("corpus: write table: %w", err)
		}
		return nil
	case "jsonl":
		enc := json.NewEncoder(w)
		for _, r := range t.Rows {
			obj := map[string]any{}
			for i, c := range t.Columns {
				if i >= len(r) {
					break
				}
				if n, err := strconv.ParseFloat(r[i], 64); err == nil && (c == "paragraphs" || c == "documents" || c == "share") {
					obj[c] = n
				} else {
					obj[c] = r[i]
				}
			}
			if err := enc.Encode(obj); err != nil {
				return fmt.Errorf("corpus: write table: %w", err)
			}
		}
		return nil
	}
	return fmt.Errorf("corpus: write table: unknown format %q (use table, csv, tsv or jsonl)", format)
}
