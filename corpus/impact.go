package corpus

import (
	"context"
	"database/sql"
)

// buildImpacts fills term_impacts (see Optimize). Stub for now.
func buildImpacts(ctx context.Context, tx *sql.Tx) error { return nil }

func (s *Store) invalidateImpacts() {}

// impactSearch answers a single-word query from term_impacts when it can.
func (s *Store) impactSearch(ctx context.Context, tx querier, tq *TextQuery, limit, offset int, emit func(pk int64, score float64)) (bool, error) {
	return false, nil
}
