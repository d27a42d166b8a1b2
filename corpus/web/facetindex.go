package web

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/normscope/normscope/corpus"
)

// facetIndex holds the facet values of every paragraph in memory (a few
// bytes each), so that facet counts and exact totals over tens of
// thousands of matches take milliseconds instead of a scan of the wide
// paragraphs table. The full-text match set comes from
// corpus.Store.MatchKeys: the posting lists the store keeps in memory,
// FTS5 only for query shapes they cannot answer. Its counts equal those
// of corpus.Store.Search with Facets (a test checks this).
type facetIndex struct {
	sig   fileSig
	rowOf []int32 // paragraph pk -> row, -1 for none (pks are dense rowids)
	// per row: dictionary ids of the single-valued fields, and the ids of
	// the multi-valued ones.
	field   [numFields][]uint32
	multi   [numMulti][][]uint32
	dicts   [numFields + numMulti][]string
	dateStr []string // per date id
	dateOf  []uint32 // per row: date id
	id      []string // per row: paragraph ID
	order   []int32  // rows in document order (doc_date, doc_id, seq), as corpus lists them
}

// facet fields of the index, in the order of their dictionaries.
const (
	fTopic = iota
	fKind
	fYear
	numFields
)

const (
	mActor = iota
	mStance
	numMulti
)

// fileSig identifies a version of the database files (main and WAL).
type fileSig struct {
	size, walSize   int64
	mtime, walMtime time.Time
}

func sigOf(path string) fileSig {
	var s fileSig
	if st, err := os.Stat(path); err == nil {
		s.size, s.mtime = st.Size(), st.ModTime()
	}
	if st, err := os.Stat(path + "-wal"); err == nil {
		s.walSize, s.walMtime = st.Size(), st.ModTime()
	}
	return s
}

// facetSource keeps a facetIndex in step with the database file: it
// rebuilds it in the background when the files change, and answers nil
// (callers fall back to corpus facets) until the index is ready.
type facetSource struct {
	db     *sql.DB
	path   string
	logger *slog.Logger

	cur       atomic.Pointer[facetIndex]
	mu        sync.Mutex
	building  bool
	lastCheck time.Time
	lastSig   fileSig
	ready     chan struct{} // closed when the first build ends
	readyOnce sync.Once
	disabled  bool // tests: always fall back to corpus facets
}

func newFacetSource(st *corpus.Store, logger *slog.Logger) *facetSource {
	fs := &facetSource{db: st.DB(), path: st.Path(), logger: logger, ready: make(chan struct{})}
	fs.get() // start the first build
	return fs
}

// get returns an index matching the current files, or nil.
func (fs *facetSource) get() *facetIndex {
	if fs.disabled {
		return nil
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	ix := fs.cur.Load()
	if time.Since(fs.lastCheck) >= time.Second || ix == nil {
		fs.lastCheck = time.Now()
		fs.lastSig = sigOf(fs.path)
	}
	if ix != nil && ix.sig == fs.lastSig {
		return ix
	}
	if !fs.building {
		fs.building = true
		sig := fs.lastSig
		go fs.build(sig)
	}
	return nil
}

func (fs *facetSource) build(sig fileSig) {
	defer func() {
		if v := recover(); v != nil {
			fs.logger.Error("web: facet index: panic", "panic", v)
		}
		fs.mu.Lock()
		fs.building = false
		fs.mu.Unlock()
		fs.readyOnce.Do(func() { close(fs.ready) })
	}()
	t0 := time.Now()
	ix, err := loadFacetIndex(context.Background(), fs.db)
	if err != nil {
		fs.logger.Warn("web: facet index not built; using database facets", "err", err)
		return
	}
	ix.sig = sig
	fs.cur.Store(ix)
	fs.logger.Debug("web: facet index built", "paragraphs", len(ix.dateOf), "took", time.Since(t0))
}

// waitReady blocks until the first build has ended (for tests and benchmarks).
func (fs *facetSource) waitReady() { <-fs.ready }

func loadFacetIndex(ctx context.Context, db *sql.DB) (*facetIndex, error) {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("facet index: %w", err)
	}
	defer tx.Rollback()
	ix := &facetIndex{}
	ids := make([]map[string]uint32, numFields+numMulti)
	for i := range ids {
		ids[i] = map[string]uint32{}
	}
	intern := func(d int, v string) uint32 {
		if id, ok := ids[d][v]; ok {
			return id
		}
		id := uint32(len(ix.dicts[d]))
		ix.dicts[d] = append(ix.dicts[d], v)
		ids[d][v] = id
		return id
	}
	dateIDs := map[string]uint32{}
	type orderKey struct {
		date, doc string
		seq       int
	}
	var keys []orderKey
	rows, err := tx.QueryContext(ctx, `SELECT pk, id, topic, year, doc_kind, doc_date, doc_id, seq FROM paragraphs`)
	if err != nil {
		return nil, fmt.Errorf("facet index: %w", err)
	}
	for rows.Next() {
		var pk int64
		var id, topic, kind, date, doc string
		var seq int
		var year sql.NullInt64
		if err := rows.Scan(&pk, &id, &topic, &year, &kind, &date, &doc, &seq); err != nil {
			rows.Close()
			return nil, fmt.Errorf("facet index: %w", err)
		}
		ys := ""
		if year.Valid {
			ys = strconv.FormatInt(year.Int64, 10)
		}
		row := int32(len(ix.dateOf))
		if pk < 0 || pk > maxPK {
			return nil, fmt.Errorf("facet index: paragraph key %d out of range", pk)
		}
		for int64(len(ix.rowOf)) <= pk {
			ix.rowOf = append(ix.rowOf, -1)
		}
		ix.rowOf[pk] = row
		ix.field[fTopic] = append(ix.field[fTopic], intern(fTopic, topic))
		ix.field[fKind] = append(ix.field[fKind], intern(fKind, kind))
		ix.field[fYear] = append(ix.field[fYear], intern(fYear, ys))
		did, ok := dateIDs[date]
		if !ok {
			did = uint32(len(ix.dateStr))
			ix.dateStr = append(ix.dateStr, date)
			dateIDs[date] = did
		}
		ix.dateOf = append(ix.dateOf, did)
		ix.id = append(ix.id, id)
		keys = append(keys, orderKey{date, doc, seq})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("facet index: %w", err)
	}
	ix.order = make([]int32, len(keys))
	for i := range ix.order {
		ix.order[i] = int32(i)
	}
	slices.SortFunc(ix.order, func(a, b int32) int {
		ka, kb := keys[a], keys[b]
		if c := strings.Compare(ka.date, kb.date); c != 0 {
			return c
		}
		if c := strings.Compare(ka.doc, kb.doc); c != 0 {
			return c
		}
		return ka.seq - kb.seq
	})
	for m := range numMulti {
		ix.multi[m] = make([][]uint32, len(ix.dateOf))
	}
	for m, q := range map[int]string{
		mActor:  `SELECT p.pk, a.actor FROM actors a JOIN paragraphs p ON p.id = a.para_id`,
		mStance: `SELECT p.pk, s.issue || ':' || s.value FROM stances s JOIN paragraphs p ON p.id = s.para_id`,
	} {
		rows, err := tx.QueryContext(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("facet index: %w", err)
		}
		for rows.Next() {
			var pk int64
			var v sql.NullString
			if err := rows.Scan(&pk, &v); err != nil {
				rows.Close()
				return nil, fmt.Errorf("facet index: %w", err)
			}
			row, ok := ix.row(pk)
			if !ok {
				continue
			}
			id := intern(numFields+m, v.String)
			if !slices.Contains(ix.multi[m][row], id) {
				ix.multi[m][row] = append(ix.multi[m][row], id)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("facet index: %w", err)
		}
	}
	return ix, nil
}

// maxPK bounds the paragraph keys the index maps to rows with a slice:
// the corpus assigns them as SQLite rowids, so they stay close to the
// number of paragraphs.
const maxPK = 1 << 31

// row returns the row of the paragraph with key pk.
func (ix *facetIndex) row(pk int64) (int32, bool) {
	if pk < 0 || pk >= int64(len(ix.rowOf)) || ix.rowOf[pk] < 0 {
		return 0, false
	}
	return ix.rowOf[pk], true
}

// facetCounts is what the index computes for one search.
type facetCounts struct {
	Total int
	// Facets counts the matches of the whole query (as corpus.Search).
	Facets map[string][]corpus.FacetCount
	// Own holds, for each filtered field, its counts without its own filter.
	Own map[string][]corpus.FacetCount
}

// facet keys of the index's dictionaries (single fields, then multi).
var dictFacet = [numFields + numMulti]string{"topic", "kind", "year", "actor", "stance"}

// matcher tests rows of the index against a query.
type matcher struct {
	ix     *facetIndex
	text   []bool  // per row, nil without query text
	rows   []int32 // the rows matching the text, when text is set
	accept [numFields + numMulti][]bool
	dateOK []bool // per date id, nil without dates
}

// keysFunc returns the keys (paragraphs.pk) of the paragraphs matching a
// text query, as corpus.Store.MatchKeys does.
type keysFunc func(ctx context.Context, tq *corpus.TextQuery) ([]int64, error)

// sqlKeys runs the full-text match in SQLite: the reference that
// corpus.Store.MatchKeys must agree with (the tests compare the counts of
// both).
func sqlKeys(db *sql.DB) keysFunc {
	return func(ctx context.Context, tq *corpus.TextQuery) ([]int64, error) {
		rows, err := db.QueryContext(ctx, `SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?`, tq.Match)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var keys []int64
		for rows.Next() {
			var pk int64
			if err := rows.Scan(&pk); err != nil {
				return nil, err
			}
			keys = append(keys, pk)
		}
		return keys, rows.Err()
	}
}

// newMatcher prepares p for the index, with the text matches given by
// keys. The query must already have been accepted by corpus.Search (it
// validates text and filters).
func (ix *facetIndex) newMatcher(ctx context.Context, keys keysFunc, p params) (*matcher, error) {
	n := len(ix.dateOf)
	var text []bool
	var textRows []int32
	if p.Q != "" {
		tq, err := corpus.ParseQuery(p.Q)
		if err != nil {
			return nil, err
		}
		pks, err := keys(ctx, tq)
		if err != nil {
			return nil, fmt.Errorf("facet index: match: %w", err)
		}
		text = make([]bool, n)
		textRows = make([]int32, 0, len(pks))
		for _, pk := range pks {
			if row, ok := ix.row(pk); ok && !text[row] {
				text[row] = true
				textRows = append(textRows, row)
			}
		}
	}
	// Filters, as sets of accepted dictionary ids; nil means no filter.
	// Order of the filter slots: topic, kind, year(date), actor, stance.
	const nf = numFields + numMulti
	var accept [nf][]bool
	setOf := func(d int, ok func(v string) bool) []bool {
		a := make([]bool, len(ix.dicts[d]))
		for i, v := range ix.dicts[d] {
			a[i] = ok(v)
		}
		return a
	}
	if len(p.Topics) > 0 {
		accept[fTopic] = setOf(fTopic, func(v string) bool { return slices.Contains(p.Topics, v) })
	}
	if len(p.Kinds) > 0 {
		accept[fKind] = setOf(fKind, func(v string) bool { return slices.Contains(p.Kinds, v) })
	}
	if len(p.Actors) > 0 {
		accept[numFields+mActor] = setOf(numFields+mActor, func(v string) bool { return slices.Contains(p.Actors, v) })
	}
	if len(p.Stances) > 0 {
		accept[numFields+mStance] = setOf(numFields+mStance, func(v string) bool {
			issue, _, _ := strings.Cut(v, ":")
			return slices.Contains(p.Stances, v) || slices.Contains(p.Stances, issue)
		})
	}
	var dateOK []bool
	if p.From != "" || p.To != "" {
		lo, hi := p.From, p.To
		if len(hi) == 4 || len(hi) == 7 {
			hi += "-99"
		}
		dateOK = make([]bool, len(ix.dateStr))
		for i, d := range ix.dateStr {
			dateOK[i] = d != "" && (lo == "" || d >= lo) && (hi == "" || d <= hi)
		}
	}
	return &matcher{ix: ix, text: text, rows: textRows, accept: accept, dateOK: dateOK}, nil
}

// check returns how many filters row fails and (when one) which; ok is
// false when the row does not match the query text at all.
func (m *matcher) check(row int) (failed, fails int, ok bool) {
	ix := m.ix
	if m.text != nil && !m.text[row] {
		return 0, 0, false
	}
	failed = -1
	for d := range numFields {
		pass := true
		if d == fYear {
			pass = m.dateOK == nil || m.dateOK[ix.dateOf[row]]
		} else if m.accept[d] != nil {
			pass = m.accept[d][ix.field[d][row]]
		}
		if !pass {
			failed, fails = d, fails+1
		}
	}
	for k := range numMulti {
		d := numFields + k
		if m.accept[d] == nil {
			continue
		}
		pass := false
		for _, id := range ix.multi[k][row] {
			if m.accept[d][id] {
				pass = true
				break
			}
		}
		if !pass {
			failed, fails = d, fails+1
		}
	}
	return failed, fails, true
}

// list returns the IDs of the matching paragraphs in document order from
// offset on (at most limit), and the number of matches.
func (m *matcher) list(ctx context.Context, offset, limit int) ([]string, int, error) {
	var ids []string
	total := 0
	for i, row := range m.ix.order {
		if i&4095 == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		if _, fails, ok := m.check(int(row)); !ok || fails > 0 {
			continue
		}
		if total >= offset && len(ids) < limit {
			ids = append(ids, m.ix.id[row])
		}
		total++
	}
	return ids, total, nil
}

// count computes totals and facets for p with the full-text match run in
// SQLite: the reference path, which the pages do not take (they use
// countWith with corpus.Store.MatchKeys); the tests compare the two.
func (ix *facetIndex) count(ctx context.Context, db *sql.DB, p params) (*facetCounts, error) {
	return ix.countWith(ctx, sqlKeys(db), p)
}

// countWith computes totals and facets for p, with the text matched by
// keys.
func (ix *facetIndex) countWith(ctx context.Context, keys keysFunc, p params) (*facetCounts, error) {
	m, err := ix.newMatcher(ctx, keys, p)
	if err != nil {
		return nil, err
	}
	return m.count(ctx)
}

func (m *matcher) count(ctx context.Context) (*facetCounts, error) {
	ix := m.ix
	const nf = numFields + numMulti
	// Count in one pass: a row passing every filter counts everywhere; a
	// row failing exactly one filter counts for that field's own counts.
	var main, own [nf][]int
	for d := range nf {
		main[d] = make([]int, len(ix.dicts[d]))
		own[d] = make([]int, len(ix.dicts[d]))
	}
	total := 0
	// With query text only its matches need checking (counts do not
	// depend on the order of the rows), else every row.
	n := len(ix.dateOf)
	if m.text != nil {
		n = len(m.rows)
	}
	for i := range n {
		if i&4095 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		row := i
		if m.text != nil {
			row = int(m.rows[i])
		}
		failed, fails, ok := m.check(row)
		if !ok {
			continue
		}
		switch fails {
		case 0:
			total++
			for d := range numFields {
				id := ix.field[d][row]
				main[d][id]++
				own[d][id]++
			}
			for k := range numMulti {
				for _, id := range ix.multi[k][row] {
					main[numFields+k][id]++
					own[numFields+k][id]++
				}
			}
		case 1:
			if failed < numFields {
				own[failed][ix.field[failed][row]]++
			} else {
				for _, id := range ix.multi[failed-numFields][row] {
					own[failed][id]++
				}
			}
		}
	}
	fc := &facetCounts{Total: total, Facets: map[string][]corpus.FacetCount{}, Own: map[string][]corpus.FacetCount{}}
	active := [nf]bool{
		fTopic: m.accept[fTopic] != nil, fKind: m.accept[fKind] != nil, fYear: m.dateOK != nil,
		numFields + mActor: m.accept[numFields+mActor] != nil, numFields + mStance: m.accept[numFields+mStance] != nil,
	}
	for d := range nf {
		key := dictFacet[d]
		fc.Facets[key] = ix.list(d, main[d])
		if active[d] {
			fc.Own[key] = ix.list(d, own[d])
		}
	}
	return fc, nil
}

// list turns counts per dictionary id into facet counts, ordered as
// corpus.Search orders them (years ascending, others by count).
func (ix *facetIndex) list(d int, counts []int) []corpus.FacetCount {
	var out []corpus.FacetCount
	for id, c := range counts {
		if c > 0 && ix.dicts[d][id] != "" {
			out = append(out, corpus.FacetCount{Value: ix.dicts[d][id], Count: c})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if dictFacet[d] == "year" {
			return out[i].Value < out[j].Value
		}
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Value < out[j].Value
	})
	return out
}

// listFromIndex answers a query without text (filters only) from the
// index: the same paragraphs in the same order as corpus.Search, with an
// exact total, then the page's records from the store.
func (ix *facetIndex) listFromIndex(ctx context.Context, st *corpus.Store, p params) (*corpus.Results, error) {
	if err := validateFilters(p); err != nil {
		return nil, err
	}
	m, err := ix.newMatcher(ctx, st.MatchKeys, p)
	if err != nil {
		return nil, err
	}
	ids, total, err := m.list(ctx, p.Offset, p.Limit)
	if err != nil {
		return nil, err
	}
	res := &corpus.Results{Total: total}
	for _, id := range ids {
		para, err := st.Paragraph(ctx, id)
		if err != nil {
			return nil, err
		}
		res.Hits = append(res.Hits, corpus.Hit{Paragraph: *para, Snippet: plainSnippet(para.Text, snippetChars)})
	}
	return res, nil
}

// snippetChars is the snippet length of corpus.Search.
const snippetChars = 240

// plainSnippet cuts text without matches as corpus.Search does: the first
// n characters, at a word boundary, with "…".
func plainSnippet(text string, n int) []corpus.Span {
	r := []rune(text)
	if len(r) <= n {
		return []corpus.Span{{Text: text}}
	}
	t := string(r[:n])
	if i := strings.LastIndexFunc(t, unicode.IsSpace); i > len(t)/2 {
		t = t[:i]
	}
	return []corpus.Span{{Text: strings.TrimRightFunc(t, unicode.IsSpace) + "…"}}
}

var dateRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// validateFilters refuses the filter values corpus.Search refuses, with
// errors wrapping corpus.ErrBadQuery (a test keeps the two in step).
func validateFilters(p params) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", corpus.ErrBadQuery, fmt.Sprintf(format, args...))
	}
	for _, v := range p.Stances {
		issue, value, hasValue := strings.Cut(v, ":")
		if issue == "" || (hasValue && value == "") {
			return bad("stance %q: use issue or issue:value", v)
		}
		if hasValue && value != "favor" && value != "against" && value != "neutral" {
			return bad("stance %q: value must be favor, against or neutral", v)
		}
	}
	for _, d := range []struct{ name, v string }{{"from", p.From}, {"to", p.To}} {
		if d.v == "" {
			continue
		}
		if !dateRe.MatchString(d.v) {
			return bad("%s date %q: use YYYY, YYYY-MM or YYYY-MM-DD", d.name, d.v)
		}
		if len(d.v) >= 7 {
			if m, _ := strconv.Atoi(d.v[5:7]); m < 1 || m > 12 {
				return bad("%s date %q: month out of range", d.name, d.v)
			}
		}
		if len(d.v) == 10 {
			if day, _ := strconv.Atoi(d.v[8:10]); day < 1 || day > 31 {
				return bad("%s date %q: day out of range", d.name, d.v)
			}
		}
	}
	hi := p.To
	if len(hi) == 4 || len(hi) == 7 {
		hi += "-99"
	}
	if p.From != "" && hi != "" && p.From > hi {
		return bad("from date %s is after to date %s", p.From, p.To)
	}
	return nil
}
