package classify

import (
	"strconv"
	"strings"
)

// pattern is a compiled token pattern: word slots and gaps.
type pattern struct {
	elems []pelem
}

type pelem struct {
	alts []string // words; "x*" is a prefix; nil for a gap
	gap  int      // max words skipped, for a gap
	// from patternSet.freeze: the word ids of the exact alternatives and
	// the prefixes (without "*") of the others
	words    []int32
	prefixes []string
}

// matches reports whether the token t (interned) is one of e's words.
func (e *pelem) matches(t *tok) bool {
	if t.word != 0 {
		for _, w := range e.words {
			if w == t.word {
				return true
			}
		}
	}
	for _, pre := range e.prefixes {
		if strings.HasPrefix(t.low, pre) {
			return true
		}
	}
	return false
}

// compilePattern parses "a|b c* ~3 d" into a pattern. Multi-word pieces of
// an alternative are not allowed ("a b|c" means "a" then "b|c").
func compilePattern(src string) (pattern, error) {
	var p pattern
	for _, piece := range strings.Fields(src) {
		if strings.HasPrefix(piece, "~") {
			n, err := strconv.Atoi(piece[1:])
			if err != nil || n < 0 || n > 30 {
				return p, errorString("bad gap " + strconv.Quote(piece))
			}
			if len(p.elems) == 0 {
				return p, errorString("a pattern cannot start with a gap")
			}
			p.elems = append(p.elems, pelem{gap: n})
			continue
		}
		// a piece such as "self-defence" or "non|noninterference" may hold several words
		var slots [][]string
		alts := strings.Split(piece, "|")
		for _, alt := range alts {
			if alt == "" {
				continue
			}
			words := phraseWords(alt)
			if len(alts) > 1 && len(words) != 1 {
				return p, errorString("alternative " + strconv.Quote(alt) + " in " + strconv.Quote(piece) + " must be one word (write another line)")
			}
			for len(slots) < len(words) {
				slots = append(slots, nil)
			}
			for k, w := range words {
				slots[k] = append(slots[k], w)
			}
		}
		for _, s := range slots {
			p.elems = append(p.elems, pelem{alts: s})
		}
	}
	if len(p.elems) == 0 {
		return p, errorString("empty pattern")
	}
	if p.elems[len(p.elems)-1].alts == nil {
		return p, errorString("a pattern cannot end with a gap")
	}
	return p, nil
}

type errorString string

func (e errorString) Error() string { return string(e) }

// match tries the pattern at toks[i] within [i, lim) and returns the end
// index of the shortest match, or -1.
func (p pattern) match(toks []tok, i, lim int) int {
	return p.matchFrom(toks, 0, i, lim)
}

func (p pattern) matchFrom(toks []tok, k, i, lim int) int {
	if k == len(p.elems) {
		return i
	}
	e := &p.elems[k]
	if e.alts == nil {
		for skip := 0; skip <= e.gap && i+skip <= lim; skip++ {
			if end := p.matchFrom(toks, k+1, i+skip, lim); end >= 0 {
				return end
			}
		}
		return -1
	}
	if i >= lim || !e.matches(&toks[i]) {
		return -1
	}
	return p.matchFrom(toks, k+1, i+1, lim)
}

// patternSet indexes patterns by the words of their first slot.
type patternSet struct {
	byWord   map[string][]int
	byID     [][]int            // byWord by word id, from freeze
	byPrefix [256][]prefixEntry // patterns whose first slot has a prefix word, by its first byte
	pats     []pattern
}

// prefixEntry is a pattern whose first slot has a prefix word starting
// with the byte of its bucket, with the second bytes those prefixes allow:
// "transpos*" is not tried on "the" or "to".
type prefixEntry struct {
	id     int
	second [4]uint64 // bit c: a prefix's second byte is c
	any    bool      // a one-byte prefix: any word of the bucket
}

// allows reports a word (in lower case) whose second byte a prefix of e
// allows.
func (e *prefixEntry) allows(low string) bool {
	if e.any {
		return true
	}
	return len(low) > 1 && e.second[low[1]>>6]&(1<<(low[1]&63)) != 0
}

func (ps *patternSet) add(p pattern) int {
	id := len(ps.pats)
	ps.pats = append(ps.pats, p)
	if ps.byWord == nil {
		ps.byWord = map[string][]int{}
	}
	for _, a := range p.elems[0].alts {
		if strings.HasSuffix(a, "*") {
			b := a[0]
			bucket := ps.byPrefix[b]
			if len(bucket) == 0 || bucket[len(bucket)-1].id != id {
				bucket = append(bucket, prefixEntry{id: id})
			}
			e := &bucket[len(bucket)-1]
			if len(a) < 3 { // "a*": one byte before the star
				e.any = true
			} else {
				e.second[a[1]>>6] |= 1 << (a[1] & 63)
			}
			ps.byPrefix[b] = bucket
		} else {
			ps.byWord[a] = append(ps.byWord[a], id)
		}
	}
	return id
}

// addWords adds the exact words of the patterns to v.
func (ps *patternSet) addWords(v *vocab) {
	for _, p := range ps.pats {
		for _, e := range p.elems {
			for _, a := range e.alts {
				if !strings.HasSuffix(a, "*") {
					v.add(a)
				}
			}
		}
	}
}

// freeze keys the patterns' words by their ids in v (which must hold them
// all, see addWords); call it once after the last add. Matching reads
// tok.word, so the tokens must be interned with v.
func (ps *patternSet) freeze(v *vocab) {
	ps.byID = make([][]int, v.size())
	for w, ids := range ps.byWord {
		ps.byID[v.id(w)] = ids
	}
	for _, p := range ps.pats {
		for k := range p.elems {
			e := &p.elems[k]
			e.words, e.prefixes = nil, nil
			for _, a := range e.alts {
				if strings.HasSuffix(a, "*") {
					e.prefixes = append(e.prefixes, a[:len(a)-1])
				} else {
					e.words = append(e.words, v.id(a))
				}
			}
		}
	}
}

// each calls fn(id, i, end) for every pattern matching at a position in [from, lim).
func (ps *patternSet) each(toks []tok, from, lim int, fn func(id, i, end int)) {
	for i := from; i < lim; i++ {
		var byWord []int
		if w := toks[i].word; w != 0 {
			byWord = ps.byID[w]
		}
		for _, id := range byWord {
			if end := ps.pats[id].match(toks, i, lim); end >= 0 {
				fn(id, i, end)
			}
		}
		low := toks[i].low
		for k := range ps.byPrefix[low[0]] {
			e := &ps.byPrefix[low[0]][k]
			if !e.allows(low) {
				continue
			}
			if end := ps.pats[e.id].match(toks, i, lim); end >= 0 {
				fn(e.id, i, end)
			}
		}
	}
}
