package corpus

import (
	"context"
	"fmt"
)

// DocumentIDs returns the IDs of the documents in the index, so that a
// runner can bring the index in step with the JSONL files.
func (s *Store) DocumentIDs(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT doc_id FROM documents ORDER BY doc_id`)
	if err != nil {
		return nil, fmt.Errorf("corpus: document ids: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("corpus: document ids: %w", err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
