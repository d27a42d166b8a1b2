package classify

import "slices"

// weightRows holds the weight rows of a model for tagging, compactly: a
// model has some ten thousand rows but few distinct weights (they are
// rounded to 4 decimals), so each weight is stored as a 16-bit code into a
// table of the distinct values. The values are the weights themselves,
// not approximations: scores are exactly those of the float64 rows, and
// the rows take a quarter of the memory, which keeps more of them in
// cache. A model with more distinct weights than codes can number keeps
// its rows as they are.
type weightRows struct {
	n      int       // weights per row
	codes  []uint16  // weight k of row r is values[codes[r*n+k]]
	values []float64 // the distinct weights, by code
	plain  []float64 // weight k of row r is plain[r*n+k], when codes is nil
}

// packRows builds the weightRows of rows, each of n weights.
func packRows(rows [][]float64, n int) *weightRows {
	wr := &weightRows{n: n}
	code := map[float64]int{}
	for _, row := range rows {
		for _, w := range row {
			if _, ok := code[w]; !ok {
				code[w] = len(code)
			}
		}
	}
	if len(code) > 1<<16 {
		wr.plain = make([]float64, 0, len(rows)*n)
		for _, row := range rows {
			wr.plain = append(wr.plain, row...)
		}
		return wr
	}
	wr.values = make([]float64, len(code))
	for w, c := range code {
		wr.values[c] = w
	}
	wr.codes = make([]uint16, 0, len(rows)*n)
	for _, row := range rows {
		for _, w := range row {
			wr.codes = append(wr.codes, uint16(code[w]))
		}
	}
	return wr
}

// len is the number of rows.
func (wr *weightRows) len() int {
	if wr.codes == nil {
		return len(wr.plain) / max(wr.n, 1)
	}
	return len(wr.codes) / max(wr.n, 1)
}

// addScaled adds row r times v to z (len(z) == n): z[k] += w[k] * v.
func (wr *weightRows) addScaled(z []float64, r int32, v float64) {
	at := int(r) * wr.n
	if wr.codes == nil {
		for k, w := range wr.plain[at : at+len(z)] {
			z[k] += w * v
		}
		return
	}
	for k, c := range wr.codes[at : at+len(z)] {
		z[k] += wr.values[c] * v
	}
}

// add adds row r to z (len(z) == n): z[k] += w[k].
func (wr *weightRows) add(z []float64, r int32) {
	at := int(r) * wr.n
	if wr.codes == nil {
		for k, w := range wr.plain[at : at+len(z)] {
			z[k] += w
		}
		return
	}
	for k, c := range wr.codes[at : at+len(z)] {
		z[k] += wr.values[c]
	}
}

// row is row r's weights, for tests.
func (wr *weightRows) row(r int32) []float64 {
	z := make([]float64, wr.n)
	wr.add(z, r)
	return z
}

// indexRows numbers the rows of a model's weights in the order of their
// names: a lookup table from the keyHash of a feature name to its row
// number, and the rows; weights gives a row's n weights.
func indexRows[W any](w map[string]W, n int, weights func(*W) []float64) (*hashIndex[int32], *weightRows) {
	names := make([]string, 0, len(w))
	for name := range w {
		names = append(names, name)
	}
	slices.Sort(names)
	idx := newHashIndex[int32](len(w))
	rows := make([][]float64, 0, len(w))
	for _, name := range names {
		row := w[name]
		idx.set(keyHash([]byte(name)), int32(len(rows)))
		rows = append(rows, weights(&row))
	}
	return idx, packRows(rows, n)
}

// hashIndex maps the keyHash of feature names to values (model rows). It
// is an open-addressing table with linear probing at most half full, each
// slot holding its key and value together, so that a lookup, found or not,
// mostly reads one cache line; the models look up several features per
// word, most of them (word pairs) often absent.
type hashIndex[V any] struct {
	slots   []hashSlot[V] // a power of two of them; key 0 marks a free slot
	shift   uint          // 64 - log2(len(slots))
	zero    V             // the value of key 0, if hasZero
	hasZero bool
	n       int
}

type hashSlot[V any] struct {
	key uint64
	val V
}

// newHashIndex returns an empty index with room for n keys.
func newHashIndex[V any](n int) *hashIndex[V] {
	size, bits := 1, uint(0)
	for size < 2*n || size < 8 {
		size *= 2
		bits++
	}
	return &hashIndex[V]{slots: make([]hashSlot[V], size), shift: 64 - bits}
}

// home is the first slot to probe for key: the top bits of key times a
// Fibonacci constant, which mixes all of key's bits.
func (x *hashIndex[V]) home(key uint64) int {
	return int((key * 0x9e3779b97f4a7c15) >> x.shift)
}

// set maps key to v.
func (x *hashIndex[V]) set(key uint64, v V) {
	if key == 0 {
		if !x.hasZero {
			x.n++
		}
		x.zero, x.hasZero = v, true
		return
	}
	if 2*(x.n+1) > len(x.slots) {
		x.grow()
	}
	mask := len(x.slots) - 1
	for i := x.home(key); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.key == key {
			s.val = v
			return
		}
		if s.key == 0 {
			s.key, s.val = key, v
			x.n++
			return
		}
	}
}

// grow doubles the table.
func (x *hashIndex[V]) grow() {
	old := x.slots
	x.slots, x.shift, x.n = make([]hashSlot[V], 2*len(old)), x.shift-1, 0
	if x.hasZero {
		x.n = 1
	}
	for _, s := range old {
		if s.key != 0 {
			x.set(s.key, s.val)
		}
	}
}

// get returns the value of key and whether it is in the index.
func (x *hashIndex[V]) get(key uint64) (V, bool) {
	if key == 0 {
		return x.zero, x.hasZero
	}
	mask := len(x.slots) - 1
	for i := x.home(key); ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.key == key {
			return s.val, true
		}
		if s.key == 0 {
			var none V
			return none, false
		}
	}
}

// len is the number of keys.
func (x *hashIndex[V]) len() int { return x.n }

// each calls fn for every key and value, in no particular order.
func (x *hashIndex[V]) each(fn func(key uint64, v V)) {
	if x.hasZero {
		fn(0, x.zero)
	}
	for _, s := range x.slots {
		if s.key != 0 {
			fn(s.key, s.val)
		}
	}
}
