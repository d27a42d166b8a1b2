package corpus

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// StatDims are the dimensions Stats can group by.
var StatDims = []string{"topic", "year", "actor", "issue", "stance", "kind", "doc"}

// Table is a result table: Columns names the columns of each of Rows (all
// rendered as text); Data holds the same rows typed.
type Table struct {
	Columns []string
	Rows    [][]string
	Data    []StatRow
}

// StatRow is one group of a Stats table: its keys (in the order of the
// requested dimensions), the number of paragraphs, and, when grouping by
// topic, the topic's share of the paragraphs of the group formed by the
// other dimensions (0..1).
type StatRow struct {
	Keys  []string
	Count int
	Share float64
}

// Stats counts the paragraphs matching q grouped by the given dimensions
// (any of StatDims; none gives one total). With "actor" together with
// "issue" or "stance" the actor is the holder of the stance; otherwise it is
// any actor named in the paragraph. When "topic" is among the dimensions,
// a share column gives each topic's share within its group. Paging fields
// of q are ignored.
func (s *Store) Stats(ctx context.Context, by []string, q Query) (t *Table, err error) {
	defer recoverErr(&err, "corpus: stats")
	conds, args, err := filterSQL(q)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(q.Text) != "" {
		tq, err := ParseQuery(q.Text)
		if err != nil {
			return nil, err
		}
		conds = append([]string{"p.pk IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?)"}, conds...)
		args = append([]any{tq.Match}, args...)
	}
	needStance, needActor := false, false
	seen := map[string]bool{}
	for _, d := range by {
		if seen[d] {
			return nil, badQuery("stats: dimension %q given twice", d)
		}
		seen[d] = true
		switch d {
		case "issue", "stance":
			needStance = true
		case "actor":
			needActor = true
		case "topic", "year", "kind", "doc":
		default:
			return nil, badQuery("stats: unknown dimension %q (use %s)", d, strings.Join(StatDims, ", "))
		}
	}
	from := "paragraphs p"
	actorCol := "a.actor"
	if needStance {
		from += " JOIN stances s ON s.para_id = p.id"
		actorCol = "s.actor"
	} else if needActor {
		from += " JOIN actors a ON a.para_id = p.id"
	}
	var cols []string
	for _, d := range by {
		switch d {
		case "topic":
			cols = append(cols, "p.topic")
		case "year":
			cols = append(cols, "p.year")
		case "kind":
			cols = append(cols, "p.doc_kind")
		case "doc":
			cols = append(cols, "p.doc_id")
		case "actor":
			cols = append(cols, actorCol)
		case "issue":
			cols = append(cols, "s.issue")
		case "stance":
			cols = append(cols, "s.issue || ':' || s.value")
		}
	}
	sel := "count(DISTINCT p.pk)"
	if len(cols) > 0 {
		sel = strings.Join(cols, ", ") + ", " + sel
	}
	query := "SELECT " + sel + " FROM " + from
	if len(conds) > 0 {
		query += " WHERE " + strings.Join(conds, " AND ")
	}
	if len(cols) > 0 {
		var idx []string
		for i := range cols {
			idx = append(idx, strconv.Itoa(i+1))
		}
		query += " GROUP BY " + strings.Join(idx, ", ") + " ORDER BY " + strings.Join(idx, ", ")
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, ftsErr(err)
	}
	defer rows.Close()
	t = &Table{Columns: append(append([]string{}, by...), "paragraphs")}
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		dest := make([]any, 0, len(cols)+1)
		for i := range vals {
			dest = append(dest, &vals[i])
		}
		var n int
		dest = append(dest, &n)
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("corpus: stats: %w", err)
		}
		keys := make([]string, len(cols))
		for i, v := range vals {
			keys[i] = v.String
		}
		t.Data = append(t.Data, StatRow{Keys: keys, Count: n})
	}
	if err := rows.Err(); err != nil {
		return nil, ftsErr(err)
	}
	topicAt := -1
	for i, d := range by {
		if d == "topic" {
			topicAt = i
		}
	}
	if topicAt >= 0 {
		t.Columns = append(t.Columns, "share")
		group := func(r StatRow) string {
			k := append([]string{}, r.Keys[:topicAt]...)
			k = append(k, r.Keys[topicAt+1:]...)
			return strings.Join(k, "\x00")
		}
		sums := map[string]int{}
		for _, r := range t.Data {
			sums[group(r)] += r.Count
		}
		for i := range t.Data {
			if sum := sums[group(t.Data[i])]; sum > 0 {
				t.Data[i].Share = float64(t.Data[i].Count) / float64(sum)
			}
		}
	}
	for _, r := range t.Data {
		row := append(append([]string{}, r.Keys...), strconv.Itoa(r.Count))
		if topicAt >= 0 {
			row = append(row, strconv.FormatFloat(r.Share, 'f', 4, 64))
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// DocumentCounts counts documents (not paragraphs) by kind and year, for
// the "kinds" chart. Documents without paragraphs are counted too.
func (s *Store) DocumentCounts(ctx context.Context) (*Table, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT kind, year, count(*) FROM documents GROUP BY 1, 2 ORDER BY 1, 2`)
	if err != nil {
		return nil, fmt.Errorf("corpus: document counts: %w", err)
	}
	defer rows.Close()
	t := &Table{Columns: []string{"kind", "year", "documents"}}
	for rows.Next() {
		var kind, year sql.NullString
		var n int
		if err := rows.Scan(&kind, &year, &n); err != nil {
			return nil, fmt.Errorf("corpus: document counts: %w", err)
		}
		t.Data = append(t.Data, StatRow{Keys: []string{kind.String, year.String}, Count: n})
		t.Rows = append(t.Rows, []string{kind.String, year.String, strconv.Itoa(n)})
	}
	return t, rows.Err()
}
