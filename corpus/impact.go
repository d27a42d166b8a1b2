package corpus

// The impact index: for every word, term_postings holds its full posting list in paragraph order
// with each paragraph's precomputed BM25 contribution (quantised to 16
// bits). FTS5 ranks a query by computing BM25 for every match, which takes
// hundreds of milliseconds for words found in a third of a million
// paragraphs; with the impacts a conjunction of frequent words is a merge
// of a few arrays in Go. Rare words never need it: FTS5 ranks their few
// matches quickly, and it takes over whenever a list is missing. The lists are rebuilt by Rebuild and Optimize; any other
// write makes them stale and search falls back to FTS5 until the next
// Optimize.

import (
	"container/heap"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// postingsMinDF is the document frequency from which a word gets a
// posting list in term_postings. Measured: even for rare words the list is
// faster than FTS5's ranking plus count, and rare words add little to the
// size, so every word gets one. (A variable so that tests can force the
// FTS5 path.)
var postingsMinDF = 1

// BM25 parameters, those of FTS5's bm25().
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// phraseRerank: a phrase of frequent words verifies this many times the
// requested hits before ranking them by FTS5's phrase BM25.
const phraseRerank = 3

// maxCachedPostings bounds the postings kept decoded in memory.
const maxCachedPostings = 60_000_000

func bumpGeneration(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'`)
	return err
}

// Optimize rebuilds the impact index (term_postings) and merges the FTS5
// index segments. Call it after a batch of PutDocument calls (Rebuild does
// it itself); until then searches stay correct but frequent words are
// ranked by the slower FTS5 path.
func (s *Store) Optimize(ctx context.Context) error {
	if err := s.writable(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("corpus: optimize: %w", err)
	}
	defer tx.Rollback()
	if err := buildPostings(ctx, tx); err != nil {
		return fmt.Errorf("corpus: optimize: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("corpus: optimize: commit: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("corpus: optimize index: %w", err)
	}
	return nil
}

type plist struct {
	pks []uint32
	tfs []uint16
}

// buildPostings tokenizes every paragraph and writes the posting lists of
// the frequent words, marking them current for this generation.
func buildPostings(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM term_postings`); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	var maxPK sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT max(pk) FROM paragraphs`).Scan(&maxPK); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	if maxPK.Int64 > math.MaxUint32 {
		return errors.New("postings: paragraph keys exceed 32 bits")
	}
	dl := make([]uint32, maxPK.Int64+1)
	lists := map[string]*plist{}
	rows, err := tx.QueryContext(ctx, `SELECT pk, text FROM paragraphs ORDER BY pk`)
	if err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	counts := map[string]int{}
	var n, total int64
	for rows.Next() {
		var pk int64
		var text string
		if err := rows.Scan(&pk, &text); err != nil {
			rows.Close()
			return fmt.Errorf("postings: %w", err)
		}
		if n%8192 == 0 {
			if err := ctx.Err(); err != nil {
				rows.Close()
				return err
			}
		}
		n++
		toks := tokenize(text)
		dl[pk] = uint32(len(toks))
		total += int64(len(toks))
		clear(counts)
		for _, t := range toks {
			counts[t]++
		}
		for t, c := range counts {
			l := lists[t]
			if l == nil {
				l = &plist{}
				lists[t] = l
			}
			l.pks = append(l.pks, uint32(pk))
			l.tfs = append(l.tfs, uint16(min(c, math.MaxUint16)))
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	if n > 0 {
		avgdl := float64(total) / float64(n)
		ins, err := tx.PrepareContext(ctx, `INSERT INTO term_postings(term, df, max_score, postings) VALUES (?,?,?,?)`)
		if err != nil {
			return fmt.Errorf("postings: %w", err)
		}
		defer ins.Close()
		scores := []float64{}
		buf := []byte{}
		for term, l := range lists {
			df := len(l.pks)
			if df < postingsMinDF {
				continue
			}
			idf := math.Log((float64(n) - float64(df) + 0.5) / (float64(df) + 0.5))
			if idf <= 0 {
				idf = 1e-6
			}
			scores = scores[:0]
			maxScore := 0.0
			for i, pk := range l.pks {
				tf := float64(l.tfs[i])
				sc := idf * tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*float64(dl[pk])/avgdl))
				scores = append(scores, sc)
				maxScore = max(maxScore, sc)
			}
			buf = buf[:0]
			prev := uint32(0)
			for i, pk := range l.pks {
				buf = binary.AppendUvarint(buf, uint64(pk-prev))
				prev = pk
				q := uint16(0)
				if maxScore > 0 {
					q = uint16(math.Round(scores[i] / maxScore * math.MaxUint16))
				}
				buf = binary.LittleEndian.AppendUint16(buf, q)
			}
			if _, err := ins.ExecContext(ctx, term, df, maxScore, buf); err != nil {
				return fmt.Errorf("postings: %s: %w", term, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'generation')
		WHERE key = 'postings_generation'`); err != nil {
		return fmt.Errorf("postings: %w", err)
	}
	return nil
}

// postings is a decoded posting list: paragraph keys ascending, scores.
type postings struct {
	pks    []uint32
	scores []float32
	df     int
}

func decodePostings(blob []byte, maxScore float64, df int) (*postings, error) {
	p := &postings{pks: make([]uint32, 0, df), scores: make([]float32, 0, df), df: df}
	prev := uint64(0)
	for len(blob) > 0 {
		d, n := binary.Uvarint(blob)
		if n <= 0 || len(blob) < n+2 {
			return nil, errors.New("corrupt posting list")
		}
		prev += d
		q := binary.LittleEndian.Uint16(blob[n:])
		blob = blob[n+2:]
		p.pks = append(p.pks, uint32(prev))
		p.scores = append(p.scores, float32(float64(q)/math.MaxUint16*maxScore))
	}
	return p, nil
}

// paraAttrs are per-paragraph filter columns indexed by pk.
type paraAttrs struct {
	topic, kind []uint16
	date        []int32  // yyyymmdd, 0 when undated; missing month/day are 0
	rank        []uint32 // position in document order (doc_date, doc_id, seq)
	topics      map[string]uint16
	kinds       map[string]uint16
	// loaded on first facet request
	tagsLoaded bool
	actors     map[uint32][]uint16 // pk -> actor codes
	stances    map[uint32][]uint16 // pk -> distinct issue:value codes
	actorNames map[string]uint16
	stanceKeys map[string]uint16
}

func invert(m map[string]uint16) []string {
	out := make([]string, len(m)+1)
	for k, v := range m {
		out[v] = k
	}
	return out
}

// loadTags reads the actors and stances of every paragraph into memory.
func (a *paraAttrs) loadTags(ctx context.Context, tx querier) error {
	if a.tagsLoaded {
		return nil
	}
	a.actors, a.stances = map[uint32][]uint16{}, map[uint32][]uint16{}
	a.actorNames, a.stanceKeys = map[string]uint16{}, map[string]uint16{}
	load := func(query string, dst map[uint32][]uint16, names map[string]uint16) error {
		rows, err := tx.QueryContext(ctx, query)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var pk int64
			var v string
			if err := rows.Scan(&pk, &v); err != nil {
				return err
			}
			c, ok := names[v]
			if !ok {
				c = uint16(len(names) + 1)
				names[v] = c
			}
			dst[uint32(pk)] = append(dst[uint32(pk)], c)
		}
		return rows.Err()
	}
	if err := load(`SELECT DISTINCT p.pk, a.actor FROM actors a JOIN paragraphs p ON p.id = a.para_id`, a.actors, a.actorNames); err != nil {
		return err
	}
	if err := load(`SELECT DISTINCT p.pk, s.issue || ':' || s.value FROM stances s JOIN paragraphs p ON p.id = s.para_id`, a.stances, a.stanceKeys); err != nil {
		return err
	}
	a.tagsLoaded = true
	return nil
}

// facetCounter accumulates facet counts over matching paragraphs.
type facetCounter struct {
	a                          *paraAttrs
	topic, kind, actor, stance map[uint16]int
	year                       map[int32]int
}

// facetCounter returns a counter over the paragraph attributes and tags,
// loading them first when needed.
func (ix *impactIndex) facetCounter(ctx context.Context, tx querier) (*facetCounter, error) {
	a, err := ix.loadAttrs(ctx, tx)
	if err != nil {
		return nil, err
	}
	if err := a.loadTags(ctx, tx); err != nil {
		return nil, err
	}
	return newFacetCounter(a), nil
}

func newFacetCounter(a *paraAttrs) *facetCounter {
	return &facetCounter{a: a, topic: map[uint16]int{}, kind: map[uint16]int{}, actor: map[uint16]int{},
		stance: map[uint16]int{}, year: map[int32]int{}}
}

func (f *facetCounter) add(pk uint32) {
	a := f.a
	if int(pk) < len(a.topic) {
		f.topic[a.topic[pk]]++
		f.kind[a.kind[pk]]++
		f.year[a.date[pk]/10000]++
	}
	for _, c := range a.actors[pk] {
		f.actor[c]++
	}
	for _, c := range a.stances[pk] {
		f.stance[c]++
	}
}

func (f *facetCounter) result() map[string][]FacetCount {
	conv := func(m map[uint16]int, names []string) []FacetCount {
		var out []FacetCount
		for c, n := range m {
			if int(c) < len(names) && names[c] != "" {
				out = append(out, FacetCount{Value: names[c], Count: n})
			}
		}
		return out
	}
	out := map[string][]FacetCount{
		"topic":  conv(f.topic, invert(f.a.topics)),
		"kind":   conv(f.kind, invert(f.a.kinds)),
		"actor":  conv(f.actor, invert(f.a.actorNames)),
		"stance": conv(f.stance, invert(f.a.stanceKeys)),
	}
	var years []FacetCount
	for y, n := range f.year {
		if y > 0 {
			years = append(years, FacetCount{Value: strconv.Itoa(int(y)), Count: n})
		}
	}
	out["year"] = years
	sortFacets(out)
	return out
}

// impactIndex caches decoded posting lists for one generation of the store.
type impactIndex struct {
	n      float64 // paragraphs and mean length when the lists were built
	avgdl  float64
	gen    string
	valid  bool
	terms  map[string]*postings // nil value: the word has no list (rare)
	cached int
	attrs  *paraAttrs
}

// index returns the cache for the generation seen by tx.
func (s *Store) index(ctx context.Context, tx querier) (*impactIndex, error) {
	var gen, pgen string
	err := tx.QueryRowContext(ctx, `SELECT (SELECT value FROM meta WHERE key = 'generation'),
		(SELECT value FROM meta WHERE key = 'postings_generation')`).Scan(&gen, &pgen)
	if err != nil {
		return nil, err
	}
	if key := gen + "/" + pgen; s.idx == nil || s.idx.gen != key {
		ix := &impactIndex{gen: key, valid: gen == pgen, terms: map[string]*postings{}}
		// Row count and total tokens as FTS5 keeps them (its "averages"
		// record: SQLite varints nRow, nToken), for BM25 at query time.
		var blob []byte
		err := tx.QueryRowContext(ctx, `SELECT block FROM paragraphs_fts_data WHERE id = 1`).Scan(&blob)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		if rowsN, k := sqliteVarint(blob); k > 0 && rowsN > 0 {
			if toks, k2 := sqliteVarint(blob[k:]); k2 > 0 {
				ix.n, ix.avgdl = float64(rowsN), float64(toks)/float64(rowsN)
			}
		}
		s.idx = ix
	}
	return s.idx, nil
}

func (ix *impactIndex) list(ctx context.Context, tx querier, term string) (*postings, error) {
	if p, ok := ix.terms[term]; ok {
		return p, nil
	}
	var blob []byte
	var maxScore float64
	var df int
	err := tx.QueryRowContext(ctx, `SELECT postings, max_score, df FROM term_postings WHERE term = ?`, term).Scan(&blob, &maxScore, &df)
	if errors.Is(err, sql.ErrNoRows) {
		ix.terms[term] = nil
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	p, err := decodePostings(blob, maxScore, df)
	if err != nil {
		return nil, fmt.Errorf("term %q: %w", term, err)
	}
	if ix.cached+len(p.pks) > maxCachedPostings {
		clear(ix.terms)
		ix.cached = 0
	}
	ix.terms[term] = p
	ix.cached += len(p.pks)
	return p, nil
}

func dateInt(d string) int32 {
	if len(d) < 4 {
		return 0
	}
	y, err := strconv.Atoi(d[:4])
	if err != nil {
		return 0
	}
	v := y * 10000
	if len(d) >= 7 {
		m, _ := strconv.Atoi(d[5:7])
		v += m * 100
	}
	if len(d) >= 10 {
		dd, _ := strconv.Atoi(d[8:10])
		v += dd
	}
	return int32(v)
}

func (ix *impactIndex) loadAttrs(ctx context.Context, tx querier) (*paraAttrs, error) {
	if ix.attrs != nil {
		return ix.attrs, nil
	}
	var maxPK sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT max(pk) FROM paragraphs`).Scan(&maxPK); err != nil {
		return nil, err
	}
	n := maxPK.Int64 + 1
	a := &paraAttrs{topic: make([]uint16, n), kind: make([]uint16, n), date: make([]int32, n),
		topics: map[string]uint16{}, kinds: map[string]uint16{}}
	rows, err := tx.QueryContext(ctx, `SELECT pk, topic, doc_kind, doc_date FROM paragraphs`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	code := func(m map[string]uint16, v string) uint16 {
		c, ok := m[v]
		if !ok {
			c = uint16(len(m) + 1)
			m[v] = c
		}
		return c
	}
	for rows.Next() {
		var pk int64
		var topic, kind, date string
		if err := rows.Scan(&pk, &topic, &kind, &date); err != nil {
			return nil, err
		}
		if pk < n {
			a.topic[pk] = code(a.topics, topic)
			a.kind[pk] = code(a.kinds, kind)
			a.date[pk] = dateInt(date)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	a.rank = make([]uint32, n)
	orows, err := tx.QueryContext(ctx, `SELECT pk FROM paragraphs INDEXED BY paragraphs_order ORDER BY doc_date, doc_id, seq`)
	if err != nil {
		return nil, err
	}
	defer orows.Close()
	var i uint32
	for orows.Next() {
		var pk int64
		if err := orows.Scan(&pk); err != nil {
			return nil, err
		}
		if pk < n {
			a.rank[pk] = i
		}
		i++
	}
	if err := orows.Err(); err != nil {
		return nil, err
	}
	ix.attrs = a
	return a, nil
}

type scored struct {
	pk    int64
	score float64
}

// topHeap is a min-heap of the best hits so far (worst on top).
type topHeap []scored

func (h topHeap) Len() int { return len(h) }
func (h topHeap) Less(i, j int) bool {
	if h[i].score != h[j].score {
		return h[i].score < h[j].score
	}
	return h[i].pk > h[j].pk
}
func (h topHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *topHeap) Push(x any)   { *h = append(*h, x.(scored)) }
func (h *topHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// impactResult is what impactSearch found.
type impactResult struct {
	page   []scored
	total  int
	approx bool                    // total is an estimate
	facets map[string][]FacetCount // when asked for and exact
}

// impactSearch answers q from the posting lists when the query is a
// conjunction of frequent words and phrases (with optional exclusions) and
// the lists are current. It returns nil when the query needs FTS5.
func (s *Store) impactSearch(ctx context.Context, tx querier, tq *TextQuery, q Query) (*impactResult, error) {
	root := tq.root
	if root == nil {
		return nil, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ix, err := s.index(ctx, tx)
	if err != nil || !ix.valid {
		return nil, err
	}
	items := []*node{root}
	if root.op == "and" {
		items = root.children
	}
	var pos, neg []*node
	for _, it := range items {
		if it.op != "term" || it.prefix {
			return s.generalSearch(ctx, tx, ix, root, q)
		}
		if it.negated {
			neg = append(neg, it)
		} else {
			pos = append(pos, it)
		}
	}
	if len(pos) == 0 {
		return nil, nil
	}
	// Positive words: each must have a list, else FTS5 is fast anyway.
	seen := map[string]bool{}
	var lists []*postings
	hasPhrase := false
	for _, it := range pos {
		toks := tokenize(it.text)
		if len(toks) == 0 {
			return nil, nil
		}
		if len(toks) > 1 {
			hasPhrase = true
		}
		for _, t := range toks {
			if seen[t] {
				continue
			}
			seen[t] = true
			l, err := ix.list(ctx, tx, t)
			if err != nil || l == nil {
				return nil, err
			}
			lists = append(lists, l)
		}
	}
	sort.Slice(lists, func(i, j int) bool { return len(lists[i].pks) < len(lists[j].pks) })
	// Exclusions: frequent single words by list, the rest by FTS5.
	var negLists []*postings
	var negSet map[uint32]bool
	for _, it := range neg {
		toks := tokenize(it.text)
		if len(toks) == 1 {
			l, err := ix.list(ctx, tx, toks[0])
			if err != nil {
				return nil, err
			}
			if l != nil {
				negLists = append(negLists, l)
				continue
			}
		}
		if negSet == nil {
			negSet = map[uint32]bool{}
		}
		if err := pkSet(ctx, tx, `SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?`, []any{it.fts()}, negSet); err != nil {
			return nil, err
		}
	}
	keep, err := s.filterFunc(ctx, tx, ix, q)
	if err != nil {
		return nil, err
	}
	var fc *facetCounter
	if q.Facets && !hasPhrase {
		if fc, err = ix.facetCounter(ctx, tx); err != nil {
			return nil, err
		}
	}
	want := q.Offset + q.Limit
	window := want
	if hasPhrase {
		window = want*phraseRerank*4 + 200
	}
	h := make(topHeap, 0, window+1)
	total := 0
	cur := make([]int, len(lists))
	negCur := make([]int, len(negLists))
	first := lists[0]
outer:
	for i, pk := range first.pks {
		score := float64(first.scores[i])
		for j := 1; j < len(lists); j++ {
			l := lists[j]
			k := advance(l.pks, cur[j], pk)
			cur[j] = k
			if k >= len(l.pks) {
				break outer
			}
			if l.pks[k] != pk {
				continue outer
			}
			score += float64(l.scores[k])
		}
		for j, l := range negLists {
			k := negCur[j]
			for k < len(l.pks) && l.pks[k] < pk {
				k++
			}
			negCur[j] = k
			if k < len(l.pks) && l.pks[k] == pk {
				continue outer
			}
		}
		if negSet != nil && negSet[pk] {
			continue
		}
		if keep != nil && !keep(pk) {
			continue
		}
		total++
		if fc != nil {
			fc.add(pk)
		}
		sc := scored{int64(pk), score}
		if len(h) < window {
			heap.Push(&h, sc)
		} else if sc.score > h[0].score || (sc.score == h[0].score && sc.pk < h[0].pk) {
			h[0] = sc
			heap.Fix(&h, 0)
		}
	}
	best := make([]scored, len(h))
	for i := len(h) - 1; i >= 0; i-- {
		best[i] = heap.Pop(&h).(scored)
	}
	res := &impactResult{total: total}
	if fc != nil {
		res.facets = fc.result()
	}
	if hasPhrase {
		// Verify the phrases in the candidates' text, best candidates
		// first, and score the verified ones exactly: BM25 of each word
		// and of each phrase (its occurrences, with the number of
		// candidates as its document frequency). Verifying phraseRerank
		// times the page lets the exact scores reorder the candidates.
		if ix.n == 0 || ix.avgdl == 0 {
			return nil, nil // lists built by an older version: FTS5
		}
		var seqs [][]string
		for _, it := range pos {
			seqs = append(seqs, tokenize(it.text))
		}
		verified := []scored{}
		checked := 0
		for start := 0; start < len(best) && len(verified) < want*phraseRerank; start += 64 {
			chunk := best[start:min(len(best), start+64)]
			texts, err := paragraphTexts(ctx, tx, chunk)
			if err != nil {
				return nil, err
			}
			for _, c := range chunk {
				checked++
				toks := tokenize(texts[c.pk])
				sc, ok := bm25Seqs(toks, seqs, ix, total)
				if ok {
					verified = append(verified, scored{c.pk, sc})
				}
			}
		}
		sort.Slice(verified, func(i, j int) bool {
			if verified[i].score != verified[j].score {
				return verified[i].score > verified[j].score
			}
			return verified[i].pk < verified[j].pk
		})
		if len(verified) < want && len(best) == window {
			return nil, nil // too few candidates survived: let FTS5 rank exactly
		}
		best = verified
		if checked > 0 && checked < total {
			res.total = int(math.Round(float64(total) * float64(len(verified)) / float64(checked)))
			res.approx = true
		} else {
			res.total = len(verified)
		}
	}
	if q.Offset < len(best) {
		res.page = best[q.Offset:min(len(best), want)]
	}
	return res, nil
}

// generalSearch ranks a query with OR and prefixes from the posting lists
// (see evaluator); nil when a part of it needs FTS5.
func (s *Store) generalSearch(ctx context.Context, tx querier, ix *impactIndex, root *node, q Query) (*impactResult, error) {
	ev := &evaluator{ctx: ctx, tx: tx, ix: ix}
	l, ok, err := ev.eval(root)
	if isNoSuchTable(err) {
		return nil, nil // a database made before paragraphs_vocab existed
	}
	if err != nil || !ok || l == nil {
		return nil, err
	}
	keep, err := s.filterFunc(ctx, tx, ix, q)
	if err != nil {
		return nil, err
	}
	var fc *facetCounter
	if q.Facets {
		if fc, err = ix.facetCounter(ctx, tx); err != nil {
			return nil, err
		}
	}
	want := q.Offset + q.Limit
	h := make(topHeap, 0, want+1)
	res := &impactResult{}
	for i, pk := range l.pks {
		if keep != nil && !keep(pk) {
			continue
		}
		res.total++
		if fc != nil {
			fc.add(pk)
		}
		sc := scored{int64(pk), float64(l.scores[i])}
		if len(h) < want {
			heap.Push(&h, sc)
		} else if sc.score > h[0].score || (sc.score == h[0].score && sc.pk < h[0].pk) {
			h[0] = sc
			heap.Fix(&h, 0)
		}
	}
	best := make([]scored, len(h))
	for i := len(h) - 1; i >= 0; i-- {
		best[i] = heap.Pop(&h).(scored)
	}
	if q.Offset < len(best) {
		res.page = best[q.Offset:]
	}
	if fc != nil {
		res.facets = fc.result()
	}
	return res, nil
}

// sqliteVarint decodes a SQLite-format varint (big-endian groups of 7
// bits, a ninth byte of 8), returning its length or 0.
func sqliteVarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < 8 && i < len(b); i++ {
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i]&0x80 == 0 {
			return v, i + 1
		}
	}
	if len(b) >= 9 {
		return v<<8 | uint64(b[8]), 9
	}
	return 0, 0
}

// advance returns the first index i >= k with pks[i] >= pk: a few linear
// steps (lists of similar density), then galloping and binary search.
func advance(pks []uint32, k int, pk uint32) int {
	for n := 0; n < 8; n++ {
		if k >= len(pks) || pks[k] >= pk {
			return k
		}
		k++
	}
	step := 16
	hi := k + step
	for hi < len(pks) && pks[hi] < pk {
		k = hi
		step *= 2
		hi = k + step
	}
	hi = min(hi, len(pks))
	for k < hi {
		mid := int(uint(k+hi) >> 1)
		if pks[mid] < pk {
			k = mid + 1
		} else {
			hi = mid
		}
	}
	return k
}

// paragraphTexts reads the texts of a few paragraphs.
func paragraphTexts(ctx context.Context, tx querier, page []scored) (map[int64]string, error) {
	ph := make([]string, len(page))
	args := make([]any, len(page))
	for i, c := range page {
		ph[i], args[i] = "?", c.pk
	}
	rows, err := tx.QueryContext(ctx, `SELECT pk, text FROM paragraphs WHERE pk IN (`+strings.Join(ph, ",")+`)`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[int64]string, len(page))
	for rows.Next() {
		var pk int64
		var text string
		if err := rows.Scan(&pk, &text); err != nil {
			return nil, err
		}
		out[pk] = text
	}
	return out, rows.Err()
}

// bm25Seqs scores a tokenized text for the given words and phrases (all
// must occur; false otherwise) with FTS5's BM25. A phrase's document
// frequency is estimated by phraseDF.
func bm25Seqs(toks []string, seqs [][]string, ix *impactIndex, phraseDF int) (float64, bool) {
	dl := float64(len(toks))
	score := 0.0
	for _, seq := range seqs {
		tf := 0
		for i := 0; i+len(seq) <= len(toks); i++ {
			if slices.Equal(toks[i:i+len(seq)], seq) {
				tf++
			}
		}
		if tf == 0 {
			return 0, false
		}
		df := phraseDF
		if len(seq) == 1 {
			if l := ix.terms[seq[0]]; l != nil {
				df = l.df
			}
		}
		idf := math.Log((ix.n - float64(df) + 0.5) / (float64(df) + 0.5))
		if idf <= 0 {
			idf = 1e-6
		}
		f := float64(tf)
		score += idf * f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*dl/ix.avgdl))
	}
	return score, true
}

// pkSet adds the integer keys returned by a query to set.
func pkSet(ctx context.Context, tx querier, query string, args []any, set map[uint32]bool) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var pk int64
		if err := rows.Scan(&pk); err != nil {
			return err
		}
		set[uint32(pk)] = true
	}
	return rows.Err()
}

// filterFunc turns the filters of q into a predicate on paragraph keys
// (nil when there are none): topic, kind and dates from the in-memory
// columns; actors, stances, document and symbol from key sets.
func (s *Store) filterFunc(ctx context.Context, tx querier, ix *impactIndex, q Query) (func(pk uint32) bool, error) {
	var preds []func(pk uint32) bool
	topics, kinds := nonEmpty(q.Topics), nonEmpty(q.Kinds)
	lo, hi, err := dateBounds(q.From, q.To)
	if err != nil {
		return nil, err
	}
	if len(topics) > 0 || len(kinds) > 0 || lo != "" || hi != "" {
		a, err := ix.loadAttrs(ctx, tx)
		if err != nil {
			return nil, err
		}
		codes := func(m map[string]uint16, vals []string) map[uint16]bool {
			out := map[uint16]bool{}
			for _, v := range vals {
				if c, ok := m[v]; ok {
					out[c] = true
				}
			}
			return out
		}
		if len(topics) > 0 {
			ok := codes(a.topics, topics)
			preds = append(preds, func(pk uint32) bool { return int(pk) < len(a.topic) && ok[a.topic[pk]] })
		}
		if len(kinds) > 0 {
			ok := codes(a.kinds, kinds)
			preds = append(preds, func(pk uint32) bool { return int(pk) < len(a.kind) && ok[a.kind[pk]] })
		}
		if lo != "" || hi != "" {
			l, h := int32(0), int32(math.MaxInt32)
			if lo != "" {
				l = dateInt(lo)
			}
			if hi != "" {
				h = dateIntHi(hi)
			}
			preds = append(preds, func(pk uint32) bool {
				if int(pk) >= len(a.date) {
					return false
				}
				d := a.date[pk]
				return d != 0 && d >= l && d <= h
			})
		}
	}
	sets := []struct {
		sql  string
		args []any
	}{}
	if vals := nonEmpty(q.Actors); len(vals) > 0 {
		ph, args := placeholders(vals, strings.ToUpper)
		sets = append(sets, struct {
			sql  string
			args []any
		}{`SELECT p.pk FROM actors a JOIN paragraphs p ON p.id = a.para_id WHERE a.actor IN (` + ph + `)`, args})
	}
	if vals := nonEmpty(q.Stances); len(vals) > 0 {
		var ors []string
		var args []any
		for _, v := range vals {
			issue, value, hasValue := strings.Cut(v, ":")
			if hasValue {
				ors = append(ors, "(s.issue = ? AND s.value = ?)")
				args = append(args, issue, value)
			} else {
				ors = append(ors, "s.issue = ?")
				args = append(args, issue)
			}
		}
		sets = append(sets, struct {
			sql  string
			args []any
		}{`SELECT p.pk FROM stances s JOIN paragraphs p ON p.id = s.para_id WHERE ` + strings.Join(ors, " OR "), args})
	}
	if q.DocID != "" {
		sets = append(sets, struct {
			sql  string
			args []any
		}{`SELECT pk FROM paragraphs WHERE doc_id = ?`, []any{q.DocID}})
	}
	if q.Symbol != "" {
		sets = append(sets, struct {
			sql  string
			args []any
		}{`SELECT pk FROM paragraphs WHERE doc_symbol = ? COLLATE NOCASE`, []any{q.Symbol}})
	}
	for _, st := range sets {
		set := map[uint32]bool{}
		if err := pkSet(ctx, tx, st.sql, st.args, set); err != nil {
			return nil, err
		}
		preds = append(preds, func(pk uint32) bool { return set[pk] })
	}
	if len(preds) == 0 {
		return nil, nil
	}
	return func(pk uint32) bool {
		for _, p := range preds {
			if !p(pk) {
				return false
			}
		}
		return true
	}, nil
}

// dateIntHi converts an upper bound like "2021-99" or "2021-03-99" or a
// full date to the largest matching yyyymmdd.
func dateIntHi(hi string) int32 {
	switch len(hi) {
	case 7: // YYYY-99
		return dateInt(hi[:4])*1 + 9999
	case 10:
		if hi[8:] == "99" {
			return dateInt(hi[:7]) + 99
		}
	}
	return dateInt(hi)
}

func placeholders(vals []string, conv func(string) string) (string, []any) {
	ph := make([]string, len(vals))
	args := make([]any, len(vals))
	for i, v := range vals {
		ph[i] = "?"
		args[i] = conv(v)
	}
	return strings.Join(ph, ","), args
}

// fold lower-cases a token and removes its diacritics, as the index does.
func fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// memoryScan counts the paragraphs matching the filters of q (no text) and
// their facets from the in-memory columns.
func (s *Store) memoryScan(ctx context.Context, tx querier, q Query) (*impactResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ix, err := s.index(ctx, tx)
	if err != nil {
		return nil, err
	}
	a, err := ix.loadAttrs(ctx, tx)
	if err != nil {
		return nil, err
	}
	keep, err := s.filterFunc(ctx, tx, ix, q)
	if err != nil {
		return nil, err
	}
	var fc *facetCounter
	if q.Facets {
		if err := a.loadTags(ctx, tx); err != nil {
			return nil, err
		}
		fc = newFacetCounter(a)
	}
	res := &impactResult{}
	// The first offset+limit paragraphs in document order: a heap on
	// -rank keeps the smallest ranks.
	want := q.Offset + q.Limit
	h := make(topHeap, 0, want+1)
	for pk := range a.topic {
		if a.topic[pk] == 0 || (keep != nil && !keep(uint32(pk))) {
			continue
		}
		res.total++
		if fc != nil {
			fc.add(uint32(pk))
		}
		sc := scored{int64(pk), -float64(a.rank[pk])}
		if len(h) < want {
			heap.Push(&h, sc)
		} else if sc.score > h[0].score {
			h[0] = sc
			heap.Fix(&h, 0)
		}
	}
	best := make([]scored, len(h))
	for i := len(h) - 1; i >= 0; i-- {
		best[i] = heap.Pop(&h).(scored)
		best[i].score = 0
	}
	if q.Offset < len(best) {
		res.page = best[q.Offset:]
	}
	if fc != nil {
		res.facets = fc.result()
	}
	return res, nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
