package corpus

import (
	"context"
	"database/sql"
)

// maxCachedStmts bounds the prepared statements a Store keeps.
const maxCachedStmts = 256

// cachedTx runs queries of one read transaction through statements
// prepared once per Store, so that hot queries are not parsed again on
// every search.
type cachedTx struct {
	tx *sql.Tx
	s  *Store
}

func (c cachedTx) stmt(ctx context.Context, query string) *sql.Stmt {
	c.s.stmtMu.Lock()
	defer c.s.stmtMu.Unlock()
	if st, ok := c.s.stmts[query]; ok {
		return c.tx.StmtContext(ctx, st)
	}
	if len(c.s.stmts) >= maxCachedStmts {
		return nil
	}
	st, err := c.s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil // let the plain call report the error
	}
	if c.s.stmts == nil {
		c.s.stmts = map[string]*sql.Stmt{}
	}
	c.s.stmts[query] = st
	return c.tx.StmtContext(ctx, st)
}

// QueryContext runs a query through a cached statement.
func (c cachedTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := c.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return c.tx.QueryContext(ctx, query, args...)
}

// QueryRowContext runs a one-row query through a cached statement.
func (c cachedTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := c.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return c.tx.QueryRowContext(ctx, query, args...)
}

func (s *Store) closeStmts() {
	s.stmtMu.Lock()
	defer s.stmtMu.Unlock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
}
