package corpus

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
)

// MatchKeys returns the keys of the paragraphs that match tq, ascending:
// the pk column of the paragraphs table, which is also the rowid of
// paragraphs_fts. The set is the one of
//
//	SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH tq.Match
//
// but, when the impact index is current (see Optimize) and tq is made of
// words, prefixes, AND, OR and NOT, it is computed from the posting lists
// Search keeps in memory (FTS5 reads only the rare words and phrases with
// a rare word), which for a word found in most paragraphs is several
// times faster than the MATCH. Other query shapes (a phrase of frequent
// words, a prefix with many expansions) and stale lists run the MATCH.
//
// It is meant for callers that aggregate over all matches themselves,
// such as the facet counts of the web server. tq must come from
// ParseQuery; a TextQuery with only Match set runs the MATCH.
func (s *Store) MatchKeys(ctx context.Context, tq *TextQuery) (keys []int64, err error) {
	defer recoverErr(&err, "corpus: match keys")
	if tq == nil || tq.Match == "" {
		return nil, badQuery("empty query")
	}
	rtx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("corpus: match keys: %w", err)
	}
	defer rtx.Rollback() // read-only: one snapshot for the lists and FTS5
	tx := cachedTx{rtx, s}
	if tq.root != nil {
		keys, ok, err := s.indexKeys(ctx, tx, tq.root)
		if err != nil {
			return nil, fmt.Errorf("corpus: match keys: %w", err)
		}
		if ok {
			return keys, nil
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?`, tq.Match)
	if err != nil {
		return nil, ftsErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var pk int64
		if err := rows.Scan(&pk); err != nil {
			return nil, ftsErr(err)
		}
		keys = append(keys, pk)
	}
	if err := rows.Err(); err != nil {
		return nil, ftsErr(err)
	}
	if !slices.IsSorted(keys) { // FTS5 gives rowid order; make sure
		slices.Sort(keys)
	}
	return keys, nil
}

// indexKeys evaluates root on the posting lists (see evaluator); ok is
// false when the lists are stale or a part of the query needs FTS5.
func (s *Store) indexKeys(ctx context.Context, tx querier, root *node) (keys []int64, ok bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ix, err := s.index(ctx, tx)
	if err != nil || !ix.valid {
		return nil, false, err
	}
	ev := &evaluator{ctx: ctx, tx: tx, ix: ix}
	l, ok, err := ev.eval(root)
	if isNoSuchTable(err) {
		return nil, false, nil // a database made before paragraphs_vocab existed
	}
	if err != nil || !ok || l == nil {
		return nil, false, err
	}
	// Copy: l may be a cached list, shared with other searches.
	keys = make([]int64, len(l.pks))
	for i, pk := range l.pks {
		keys[i] = int64(pk)
	}
	return keys, true, nil
}
