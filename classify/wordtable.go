package classify

// wordTable maps words to their ids (vocabIDs) for vocab. Every token of
// a paragraph is looked up in it, most of them found, so it is built for
// a lookup to read one slot: an open-addressing table with linear probing,
// at most half full, whose slots hold a word of up to 16 bytes inline
// with its ids, where a map would read its control word, its slot and the
// key's bytes elsewhere. Longer words (and "") are kept in a map.
type wordTable struct {
	slots []wordSlot // a power of two of them; n == 0 marks a free slot
	words []string   // the word of each slot, for each
	shift uint       // 64 - log2(len(slots))
	long  map[string]vocabIDs
	n     int // words in slots
}

// wordSlot holds a word of 1 to 16 bytes, packed by packWord, and its ids.
type wordSlot struct {
	lo, hi uint64
	n      uint32 // the word's length
	ids    vocabIDs
}

// maxSlotWord is the longest word a slot holds.
const maxSlotWord = 16

// packWord packs w (1 to 16 bytes) into two words: its first 8 bytes and
// its last 8 (which overlap for a word of fewer than 16), or, for a word
// of fewer than 8 bytes, its bytes and 0. With the length, they tell the
// word.
func packWord(w string) (lo, hi uint64) {
	if len(w) < 8 {
		for i := 0; i < len(w); i++ {
			lo |= uint64(w[i]) << (8 * i)
		}
		return lo, 0
	}
	return le64(w), le64(w[len(w)-8:])
}

// le64 is the first 8 bytes of s as a little-endian number.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// home is the first slot to probe for a packed word of length n.
func (t *wordTable) home(lo, hi uint64, n int) int {
	h := (lo ^ uint64(n)) * 0x9e3779b97f4a7c15
	h = (h ^ h>>29 ^ hi) * 0xbf58476d1ce4e5b9
	return int(h >> t.shift)
}

// get returns the ids of w and whether it is in the table.
func (t *wordTable) get(w string) (vocabIDs, bool) {
	if len(w) == 0 || len(w) > maxSlotWord {
		ids, ok := t.long[w]
		return ids, ok
	}
	if len(t.slots) == 0 {
		return vocabIDs{}, false
	}
	lo, hi := packWord(w)
	mask := len(t.slots) - 1
	for i := t.home(lo, hi, len(w)); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.lo == lo && s.hi == hi && s.n == uint32(len(w)) {
			return s.ids, true
		}
		if s.n == 0 {
			return vocabIDs{}, false
		}
	}
}

// set maps w to ids.
func (t *wordTable) set(w string, ids vocabIDs) {
	if len(w) == 0 || len(w) > maxSlotWord {
		if t.long == nil {
			t.long = map[string]vocabIDs{}
		}
		t.long[w] = ids
		return
	}
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	lo, hi := packWord(w)
	mask := len(t.slots) - 1
	for i := t.home(lo, hi, len(w)); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			*s = wordSlot{lo: lo, hi: hi, n: uint32(len(w)), ids: ids}
			t.words[i] = w
			t.n++
			return
		}
		if s.lo == lo && s.hi == hi && s.n == uint32(len(w)) {
			s.ids = ids
			return
		}
	}
}

// grow doubles the table (or makes its first 16 slots).
func (t *wordTable) grow() {
	slots, words := t.slots, t.words
	size := max(2*len(slots), 16)
	t.slots, t.words, t.n = make([]wordSlot, size), make([]string, size), 0
	t.shift = 64
	for s := size; s > 1; s /= 2 {
		t.shift--
	}
	for i, s := range slots {
		if s.n != 0 {
			t.set(words[i], s.ids)
		}
	}
}

// len is the number of words.
func (t *wordTable) len() int { return t.n + len(t.long) }

// each calls fn for every word and its ids, in no particular order.
func (t *wordTable) each(fn func(w string, ids vocabIDs)) {
	for i, s := range t.slots {
		if s.n != 0 {
			fn(t.words[i], s.ids)
		}
	}
	for w, ids := range t.long {
		fn(w, ids)
	}
}
