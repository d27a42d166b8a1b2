package corpus

import (
	"github.com/normscope/normscope/classify"

	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrNotFound is returned when a paragraph or document ID is not in the store.
var ErrNotFound = errors.New("not found")

// Results is one page of search hits.
type Results struct {
	// Total is the number of matching paragraphs; when TotalCapped is set
	// counting stopped there and the real number is larger ("more than").
	Total       int
	TotalCapped bool
	Hits        []Hit
	// Facets counts all matches (not just this page) by "topic", "stance"
	// (issue:value), "actor", "year" and "kind"; only when Query.Facets.
	Facets map[string][]FacetCount
	// Match is the FTS5 expression that was run, or "" for a filter-only query.
	Match string
}

// FacetCount is the number of matching paragraphs with one facet value.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Hit is one matching paragraph.
type Hit struct {
	Paragraph Paragraph
	// Score is the BM25 relevance (higher is better); 0 for filter-only queries.
	Score float64
	// Snippet is a passage of the text around the first match, split into
	// spans so that callers can escape the text and mark the matches.
	Snippet []Span
	// KWIC holds one keyword-in-context line per match (Query.KWIC > 0).
	KWIC []KWICLine
}

// Span is a piece of a snippet; Match marks the words that matched.
type Span struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}

// KWICLine is one match with its left and right context.
type KWICLine struct {
	Left  string `json:"left"`
	Match string `json:"match"`
	Right string `json:"right"`
}

// FacetKeys are the facets Search computes, in display order.
var FacetKeys = []string{"topic", "stance", "actor", "year", "kind"}

// snippetChars is the approximate length of a snippet.
const snippetChars = 240

// Search runs a query: full-text matches ranked by BM25 (or, with no text,
// paragraphs in document order), filtered, one page at a time.
func (s *Store) Search(ctx context.Context, q Query) (res *Results, err error) {
	defer recoverErr(&err, "corpus: search")
	if q.Limit <= 0 {
		q.Limit = 20
	}
	if q.Limit > 1000 {
		q.Limit = 1000
	}
	if q.Offset < 0 {
		return nil, badQuery("negative offset %d", q.Offset)
	}
	if q.KWIC < 0 || q.KWIC > 1000 {
		return nil, badQuery("KWIC context %d out of range 0..1000", q.KWIC)
	}
	conds, fargs, err := filterSQL(q)
	if err != nil {
		return nil, err
	}
	var tq *TextQuery
	if strings.TrimSpace(q.Text) != "" {
		if tq, err = ParseQuery(q.Text); err != nil {
			return nil, err
		}
	}
	rtx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("corpus: search: %w", err)
	}
	defer rtx.Rollback() // read-only: one snapshot for all statements
	tx := cachedTx{rtx, s}
	res = &Results{}
	if tq != nil {
		res.Match = tq.Match
	}
	var page []scored
	collect := func(rows *sql.Rows, withScore bool) error {
		defer rows.Close()
		for rows.Next() {
			var sc scored
			var err error
			if withScore {
				err = rows.Scan(&sc.pk, &sc.score)
				sc.score = -sc.score
			} else {
				err = rows.Scan(&sc.pk)
			}
			if err != nil {
				return err
			}
			page = append(page, sc)
		}
		return rows.Err()
	}
	where := ""
	if len(conds) > 0 {
		where = " AND " + strings.Join(conds, " AND ")
	}
	var countSQL string
	countCap := CountCap
	var countArgs []any
	var ir, mem *impactResult
	if tq != nil {
		if ir, err = s.impactSearch(ctx, tx, tq, q); err != nil {
			return nil, fmt.Errorf("corpus: search: %w", err)
		}
	} else if mem, err = s.memoryScan(ctx, tx, q); err != nil {
		return nil, fmt.Errorf("corpus: search: %w", err)
	}
	switch {
	case ir != nil:
		page = ir.page
		res.Total = ir.total
		if ir.approx { // phrases: count with FTS5, only up to PhraseCountCap
			ir = nil
			countCap = PhraseCountCap
			countSQL = `SELECT p.pk FROM paragraphs_fts JOIN paragraphs p ON p.pk = paragraphs_fts.rowid
				WHERE paragraphs_fts MATCH ?` + where
			countArgs = append([]any{tq.Match}, fargs...)
			if len(conds) == 0 {
				countSQL = `SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?`
			}
		}
	case mem != nil:
		page = mem.page
	case tq != nil && len(conds) == 0:
		rows, err := tx.QueryContext(ctx, `SELECT rowid, rank FROM paragraphs_fts WHERE paragraphs_fts MATCH ?
			ORDER BY rank LIMIT ? OFFSET ?`, tq.Match, q.Limit, q.Offset)
		if err != nil {
			return nil, ftsErr(err)
		}
		if err := collect(rows, true); err != nil {
			return nil, ftsErr(err)
		}
		countSQL = `SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?`
		countArgs = []any{tq.Match}
	case tq != nil:
		args := append([]any{tq.Match}, fargs...)
		rows, err := tx.QueryContext(ctx, `SELECT paragraphs_fts.rowid, paragraphs_fts.rank
			FROM paragraphs_fts JOIN paragraphs p ON p.pk = paragraphs_fts.rowid
			WHERE paragraphs_fts MATCH ?`+where+` ORDER BY paragraphs_fts.rank LIMIT ? OFFSET ?`,
			append(args, q.Limit, q.Offset)...)
		if err != nil {
			return nil, ftsErr(err)
		}
		if err := collect(rows, true); err != nil {
			return nil, ftsErr(err)
		}
		countSQL = `SELECT p.pk FROM paragraphs_fts JOIN paragraphs p ON p.pk = paragraphs_fts.rowid
			WHERE paragraphs_fts MATCH ?` + where
		countArgs = args
	default:
		w := ""
		if len(conds) > 0 {
			w = " WHERE " + strings.Join(conds, " AND ")
		}
		rows, err := tx.QueryContext(ctx, `SELECT p.pk FROM paragraphs p`+w+`
			ORDER BY p.doc_date, p.doc_id, p.seq LIMIT ? OFFSET ?`, append(append([]any{}, fargs...), q.Limit, q.Offset)...)
		if err != nil {
			return nil, fmt.Errorf("corpus: search: %w", err)
		}
		if err := collect(rows, false); err != nil {
			return nil, fmt.Errorf("corpus: search: %w", err)
		}
		countSQL = `SELECT p.pk FROM paragraphs p` + w
		countArgs = fargs
	}
	// Count, capped unless asked for exactly.
	switch {
	case ir != nil:
	case mem != nil:
		res.Total = mem.total
	case q.ExactTotal:
		err = tx.QueryRowContext(ctx, `SELECT count(*) FROM (`+countSQL+`)`, countArgs...).Scan(&res.Total)
	default:
		err = tx.QueryRowContext(ctx, `SELECT count(*) FROM (`+countSQL+` LIMIT `+strconv.Itoa(countCap+1)+`)`,
			countArgs...).Scan(&res.Total)
		if res.Total > countCap {
			res.Total, res.TotalCapped = countCap, true
		}
	}
	if err != nil {
		return nil, ftsErr(err)
	}
	if q.Offset+len(page) > res.Total && !res.TotalCapped {
		res.Total = q.Offset + len(page)
	}
	loaded, err := paragraphsByPK(ctx, tx, page)
	if err != nil {
		return nil, fmt.Errorf("corpus: search: %w", err)
	}
	for _, sc := range page {
		p := loaded[sc.pk]
		if p == nil {
			return nil, fmt.Errorf("corpus: search: paragraph #%d: %w", sc.pk, ErrNotFound)
		}
		h := Hit{Paragraph: *p, Score: sc.score}
		if tq != nil {
			spans := highlightSpans(p.Text, tq.root)
			h.Snippet = snippet(spans, snippetChars)
			if q.KWIC > 0 {
				h.KWIC = kwic(spans, q.KWIC)
			}
		} else {
			h.Snippet = snippet([]Span{{Text: p.Text}}, snippetChars)
		}
		res.Hits = append(res.Hits, h)
	}
	switch {
	case !q.Facets:
	case ir != nil && ir.facets != nil:
		res.Facets = ir.facets
	case mem != nil && mem.facets != nil:
		res.Facets = mem.facets
	default:
		if res.Facets, err = facets(ctx, tx, tq, conds, fargs); err != nil {
			return nil, fmt.Errorf("corpus: search: facets: %w", err)
		}
	}
	return res, nil
}

// ftsErr turns an FTS5 syntax complaint into ErrBadQuery (it should not
// happen, since ParseQuery quotes everything, but never show a raw SQL
// error as an internal failure).
func ftsErr(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if strings.Contains(msg, "fts5: syntax error") || strings.Contains(msg, "unknown special query") ||
		strings.Contains(msg, "no such column") && strings.Contains(msg, "fts5") {
		return fmt.Errorf("%w: %s", ErrBadQuery, msg)
	}
	return fmt.Errorf("corpus: search: %w", err)
}

func facets(ctx context.Context, tx querier, tq *TextQuery, conds []string, fargs []any) (map[string][]FacetCount, error) {
	var where []string
	var args []any
	if tq != nil {
		where = append(where, "p.pk IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?)")
		args = append(args, tq.Match)
	}
	where = append(where, conds...)
	args = append(args, fargs...)
	w := ""
	if len(where) > 0 {
		w = " WHERE " + strings.Join(where, " AND ")
	}
	queries := map[string]string{
		"topic":  `SELECT p.topic, count(*) FROM paragraphs p` + w + ` GROUP BY 1`,
		"year":   `SELECT p.year, count(*) FROM paragraphs p` + w + ` GROUP BY 1`,
		"kind":   `SELECT p.doc_kind, count(*) FROM paragraphs p` + w + ` GROUP BY 1`,
		"actor":  `SELECT a.actor, count(DISTINCT a.para_id) FROM actors a JOIN paragraphs p ON p.id = a.para_id` + w + ` GROUP BY 1`,
		"stance": `SELECT s.issue || ':' || s.value, count(DISTINCT s.para_id) FROM stances s JOIN paragraphs p ON p.id = s.para_id` + w + ` GROUP BY 1`,
	}
	out := map[string][]FacetCount{}
	for _, key := range FacetKeys {
		rows, err := tx.QueryContext(ctx, queries[key], args...)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", key, err)
		}
		var fc []FacetCount
		for rows.Next() {
			var v sql.NullString
			var n int
			if err := rows.Scan(&v, &n); err != nil {
				rows.Close()
				return nil, fmt.Errorf("%s: %w", key, err)
			}
			if !v.Valid || v.String == "" {
				continue
			}
			fc = append(fc, FacetCount{Value: v.String, Count: n})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", key, err)
		}
		out[key] = fc
	}
	sortFacets(out)
	return out, nil
}

// sortFacets orders years chronologically and other facets by count.
func sortFacets(m map[string][]FacetCount) {
	for key, fc := range m {
		sort.SliceStable(fc, func(i, j int) bool {
			if key == "year" {
				return fc[i].Value < fc[j].Value
			}
			if fc[i].Count != fc[j].Count {
				return fc[i].Count > fc[j].Count
			}
			return fc[i].Value < fc[j].Value
		})
	}
}

// snippet trims spans to about n characters around the first match,
// cutting at word boundaries and marking cuts with "…".
func snippet(spans []Span, n int) []Span {
	total := 0
	first := -1
	for _, sp := range spans {
		if sp.Match && first < 0 {
			first = total
		}
		total += utf8.RuneCountInString(sp.Text)
	}
	if total <= n {
		return spans
	}
	if first < 0 {
		first = 0
	}
	start := first - n/3
	if start < 0 {
		start = 0
	}
	end := start + n
	if end > total {
		end = total
		start = max(0, end-n)
	}
	var out []Span
	pos := 0
	for _, sp := range spans {
		r := []rune(sp.Text)
		a, b := pos, pos+len(r)
		pos = b
		if b <= start || a >= end {
			continue
		}
		lo, hi := max(start, a)-a, min(end, b)-a
		out = append(out, Span{Text: string(r[lo:hi]), Match: sp.Match})
	}
	if len(out) > 0 {
		if start > 0 && !out[0].Match {
			t := out[0].Text
			if i := strings.IndexFunc(t, unicode.IsSpace); i >= 0 && i < len(t)/2+1 {
				t = strings.TrimLeftFunc(t[i:], unicode.IsSpace)
			}
			out[0].Text = "…" + t
		} else if start > 0 {
			out = append([]Span{{Text: "…"}}, out...)
		}
		if end < total {
			last := &out[len(out)-1]
			if !last.Match {
				t := last.Text
				if i := strings.LastIndexFunc(t, unicode.IsSpace); i > len(t)/2 {
					t = t[:i]
				}
				last.Text = strings.TrimRightFunc(t, unicode.IsSpace) + "…"
			} else {
				out = append(out, Span{Text: "…"})
			}
		}
	}
	return out
}

// kwic makes one keyword-in-context line per matched span with n
// characters of context on each side.
func kwic(spans []Span, n int) []KWICLine {
	var lines []KWICLine
	for i, sp := range spans {
		if !sp.Match {
			continue
		}
		var left, right strings.Builder
		for j := 0; j < i; j++ {
			left.WriteString(spans[j].Text)
		}
		for j := i + 1; j < len(spans); j++ {
			right.WriteString(spans[j].Text)
		}
		l := []rune(strings.Join(strings.Fields(left.String()), " "))
		if strings.HasSuffix(left.String(), " ") && len(l) > 0 {
			l = append(l, ' ')
		}
		r := []rune(strings.Join(strings.Fields(right.String()), " "))
		if strings.HasPrefix(right.String(), " ") && len(r) > 0 {
			r = append([]rune{' '}, r...)
		}
		if len(l) > n {
			l = l[len(l)-n:]
		}
		if len(r) > n {
			r = r[:n]
		}
		lines = append(lines, KWICLine{Left: string(l), Match: sp.Text, Right: string(r)})
	}
	return lines
}

const paraCols = `p.id, p.doc_id, p.seq, p.kind, p.page, p.section, p.para_no, p.text, p.topic,
	p.doc_title, p.doc_symbol, p.doc_date, p.doc_kind, p.doc_speaker, p.doc_lang,
	p.topics, p.stances, p.actors, p.tagger, p.source`

type rowScanner interface{ Scan(dest ...any) error }

func scanParagraph(r rowScanner) (*Paragraph, error) {
	var p Paragraph
	var speaker sql.NullString
	var topics, stances, actors, tagger, source string
	if err := r.Scan(&p.ID, &p.DocID, &p.Seq, &p.Kind, &p.Page, &p.Section, &p.ParaNo, &p.Text, &p.Topic,
		&p.Doc.Title, &p.Doc.Symbol, &p.Doc.Date, &p.Doc.Kind, &speaker, &p.Doc.Lang,
		&topics, &stances, &actors, &tagger, &source); err != nil {
		return nil, err
	}
	p.Schema = ParagraphSchema
	if speaker.Valid {
		sp := speaker.String
		p.Doc.Speaker = &sp
	}
	for _, f := range []struct {
		s string
		v any
	}{{topics, &p.Topics}, {stances, &p.Stances}, {actors, &p.Actors}, {source, &p.Source}} {
		if f.s != "" && f.s != "[]" {
			if err := json.Unmarshal([]byte(f.s), f.v); err != nil {
				return nil, fmt.Errorf("paragraph %s: stored JSON: %w", p.ID, err)
			}
		}
	}
	if tagger != "" {
		p.Tagger = &TaggerInfo{}
		if err := json.Unmarshal([]byte(tagger), p.Tagger); err != nil {
			return nil, fmt.Errorf("paragraph %s: stored tagger: %w", p.ID, err)
		}
		// A tagged record always carries its (possibly empty) lists.
		if p.Stances == nil {
			p.Stances = []classify.Stance{}
		}
		if p.Actors == nil {
			p.Actors = []string{}
		}
	}
	return &p, nil
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// paragraphsByPK loads the paragraphs of a page in one query.
func paragraphsByPK(ctx context.Context, db querier, page []scored) (map[int64]*Paragraph, error) {
	out := make(map[int64]*Paragraph, len(page))
	if len(page) == 0 {
		return out, nil
	}
	ph := make([]string, len(page))
	args := make([]any, len(page))
	for i, sc := range page {
		ph[i] = "?"
		args[i] = sc.pk
	}
	rows, err := db.QueryContext(ctx, `SELECT p.pk, `+paraCols+` FROM paragraphs p WHERE p.pk IN (`+strings.Join(ph, ",")+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var pk int64
		p, err := scanParagraph(pkScanner{rows, &pk})
		if err != nil {
			return nil, err
		}
		out[pk] = p
	}
	return out, rows.Err()
}

// pkScanner scans a leading pk column before the paragraph columns.
type pkScanner struct {
	r  rowScanner
	pk *int64
}

func (s pkScanner) Scan(dest ...any) error { return s.r.Scan(append([]any{s.pk}, dest...)...) }

// Paragraph returns one paragraph by its ID, or an error wrapping ErrNotFound.
func (s *Store) Paragraph(ctx context.Context, id string) (*Paragraph, error) {
	p, err := scanParagraph(s.db.QueryRowContext(ctx, `SELECT `+paraCols+` FROM paragraphs p WHERE p.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("corpus: paragraph %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("corpus: paragraph %s: %w", id, err)
	}
	return p, nil
}

// Document returns one document record by its ID.
func (s *Store) Document(ctx context.Context, docID string) (*Document, error) {
	return document(ctx, s.db, docID)
}

func document(ctx context.Context, db querier, docID string) (*Document, error) {
	var rec string
	err := db.QueryRowContext(ctx, `SELECT record FROM documents WHERE doc_id = ?`, docID).Scan(&rec)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("corpus: document %s: %w", docID, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("corpus: document %s: %w", docID, err)
	}
	var d Document
	if err := json.Unmarshal([]byte(rec), &d); err != nil {
		return nil, fmt.Errorf("corpus: document %s: stored record: %w", docID, err)
	}
	return &d, nil
}

// DocumentParagraphs returns a document and all its paragraphs in order.
func (s *Store) DocumentParagraphs(ctx context.Context, docID string) (*Document, []Paragraph, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: document %s: %w", docID, err)
	}
	defer tx.Rollback()
	d, err := document(ctx, tx, docID)
	if err != nil {
		return nil, nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+paraCols+` FROM paragraphs p WHERE p.doc_id = ? ORDER BY p.seq`, docID)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: document %s: %w", docID, err)
	}
	defer rows.Close()
	var paras []Paragraph
	for rows.Next() {
		p, err := scanParagraph(rows)
		if err != nil {
			return nil, nil, fmt.Errorf("corpus: document %s: %w", docID, err)
		}
		paras = append(paras, *p)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("corpus: document %s: %w", docID, err)
	}
	return d, paras, nil
}

// Neighbours returns the IDs of the paragraphs before and after id in its
// document ("" at either end).
func (s *Store) Neighbours(ctx context.Context, id string) (prev, next string, err error) {
	var docID string
	var seq int
	err = s.db.QueryRowContext(ctx, `SELECT doc_id, seq FROM paragraphs WHERE id = ?`, id).Scan(&docID, &seq)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", fmt.Errorf("corpus: neighbours of %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return "", "", fmt.Errorf("corpus: neighbours of %s: %w", id, err)
	}
	err = s.db.QueryRowContext(ctx, `SELECT id FROM paragraphs WHERE doc_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1`, docID, seq).Scan(&prev)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", "", fmt.Errorf("corpus: neighbours of %s: %w", id, err)
	}
	err = s.db.QueryRowContext(ctx, `SELECT id FROM paragraphs WHERE doc_id = ? AND seq > ? ORDER BY seq LIMIT 1`, docID, seq).Scan(&next)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", "", fmt.Errorf("corpus: neighbours of %s: %w", id, err)
	}
	return prev, next, nil
}
