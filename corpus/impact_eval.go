package corpus

import (
	"context"
	"sort"
)

// maxPrefixExpansions bounds the words a prefix term may expand to on the
// impact path; beyond it the query goes to FTS5.
const maxPrefixExpansions = 64

// evaluator computes a query tree as a scored posting list from the
// impact lists (frequent words) and FTS5 (rare words and phrases with a
// rare word), for queries with OR and prefixes.
type evaluator struct {
	ctx context.Context
	tx  querier
	ix  *impactIndex
}

// eval returns the matches of n with their summed scores, or ok=false when
// the node needs FTS5 (a phrase of frequent words, a prefix with too many
// expansions).
func (e *evaluator) eval(n *node) (*postings, bool, error) {
	switch n.op {
	case "term":
		toks := tokenize(n.text)
		if len(toks) == 0 {
			return nil, false, nil
		}
		if n.prefix {
			if len(toks) != 1 {
				return nil, false, nil
			}
			return e.prefix(toks[0])
		}
		if len(toks) == 1 {
			l, err := e.ix.list(e.ctx, e.tx, toks[0])
			if err != nil || l != nil {
				return l, err == nil, err
			}
			return e.fts(quoteFTS(toks[0]))
		}
		// A phrase: cheap in FTS5 when one of its words is rare.
		for _, t := range toks {
			l, err := e.ix.list(e.ctx, e.tx, t)
			if err != nil {
				return nil, false, err
			}
			if l == nil {
				return e.fts(quoteFTS(n.text))
			}
		}
		return nil, false, nil
	case "or":
		var acc *postings
		for _, c := range n.children {
			l, ok, err := e.eval(c)
			if err != nil || !ok {
				return nil, ok, err
			}
			acc = union(acc, l)
		}
		return acc, true, nil
	case "and":
		var acc *postings
		var negs []*postings
		for _, c := range n.children {
			l, ok, err := e.eval(c)
			if err != nil || !ok {
				return nil, ok, err
			}
			if c.negated {
				negs = append(negs, l)
				continue
			}
			if acc == nil {
				acc = l
			} else {
				acc = intersect(acc, l)
			}
		}
		for _, l := range negs {
			acc = subtract(acc, l)
		}
		return acc, acc != nil, nil
	}
	return nil, false, nil
}

// prefix unions the lists of the words starting with p.
func (e *evaluator) prefix(p string) (*postings, bool, error) {
	rows, err := e.tx.QueryContext(e.ctx, `SELECT term FROM paragraphs_vocab WHERE term >= ? AND term < ? LIMIT ?`,
		p, p+"\U0010FFFF", maxPrefixExpansions+1)
	if err != nil {
		return nil, false, err
	}
	var terms []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			rows.Close()
			return nil, false, err
		}
		terms = append(terms, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	if len(terms) > maxPrefixExpansions {
		return nil, false, nil
	}
	acc := &postings{}
	for _, t := range terms {
		l, err := e.ix.list(e.ctx, e.tx, t)
		if err != nil {
			return nil, false, err
		}
		if l == nil {
			var ok bool
			if l, ok, err = e.fts(quoteFTS(t)); err != nil || !ok {
				return nil, ok, err
			}
		}
		acc = union(acc, l)
	}
	return acc, true, nil
}

// fts reads the matches of an FTS5 expression with their BM25 scores.
func (e *evaluator) fts(match string) (*postings, bool, error) {
	rows, err := e.tx.QueryContext(e.ctx, `SELECT rowid, bm25(paragraphs_fts) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?`, match)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	p := &postings{}
	for rows.Next() {
		var pk int64
		var sc float64
		if err := rows.Scan(&pk, &sc); err != nil {
			return nil, false, err
		}
		p.pks = append(p.pks, uint32(pk))
		p.scores = append(p.scores, float32(-sc))
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	if !sort.SliceIsSorted(p.pks, func(i, j int) bool { return p.pks[i] < p.pks[j] }) {
		sort.Sort(byPK{p})
	}
	return p, true, nil
}

type byPK struct{ p *postings }

func (b byPK) Len() int           { return len(b.p.pks) }
func (b byPK) Less(i, j int) bool { return b.p.pks[i] < b.p.pks[j] }
func (b byPK) Swap(i, j int) {
	b.p.pks[i], b.p.pks[j] = b.p.pks[j], b.p.pks[i]
	b.p.scores[i], b.p.scores[j] = b.p.scores[j], b.p.scores[i]
}

func union(a, b *postings) *postings {
	if a == nil {
		return b
	}
	out := &postings{pks: make([]uint32, 0, len(a.pks)+len(b.pks)), scores: make([]float32, 0, len(a.pks)+len(b.pks))}
	i, j := 0, 0
	for i < len(a.pks) || j < len(b.pks) {
		switch {
		case j >= len(b.pks) || (i < len(a.pks) && a.pks[i] < b.pks[j]):
			out.pks, out.scores = append(out.pks, a.pks[i]), append(out.scores, a.scores[i])
			i++
		case i >= len(a.pks) || b.pks[j] < a.pks[i]:
			out.pks, out.scores = append(out.pks, b.pks[j]), append(out.scores, b.scores[j])
			j++
		default:
			out.pks, out.scores = append(out.pks, a.pks[i]), append(out.scores, a.scores[i]+b.scores[j])
			i++
			j++
		}
	}
	return out
}

func intersect(a, b *postings) *postings {
	out := &postings{}
	i, j := 0, 0
	for i < len(a.pks) && j < len(b.pks) {
		switch {
		case a.pks[i] < b.pks[j]:
			i++
		case b.pks[j] < a.pks[i]:
			j++
		default:
			out.pks, out.scores = append(out.pks, a.pks[i]), append(out.scores, a.scores[i]+b.scores[j])
			i++
			j++
		}
	}
	return out
}

func subtract(a, b *postings) *postings {
	out := &postings{}
	j := 0
	for i, pk := range a.pks {
		for j < len(b.pks) && b.pks[j] < pk {
			j++
		}
		if j < len(b.pks) && b.pks[j] == pk {
			continue
		}
		out.pks, out.scores = append(out.pks, pk), append(out.scores, a.scores[i])
	}
	return out
}
