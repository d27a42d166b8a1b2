package classify

import (
	"slices"
	"strings"
)

// vocab numbers the words that the tries and patterns are keyed by. A
// paragraph's tokens are looked up in it once each (tok.word), so that the
// tries and patterns compare small integers instead of hashing strings.
// Word ids start at 1; 0 is a word no trie or pattern names.
//
// The same lookup gives a token the id of its feature form (tok.form, see
// wordFeatures), so that the models find a word's rows without hashing it.
type vocab struct {
	ids    wordTable
	n      int32 // words numbered
	digits int32 // form id of "#", the form of an all-digit token
}

// vocabIDs are a token's ids: its word's (0: no trie or pattern names it)
// and its feature form's (0: no model feature names it).
type vocabIDs struct{ word, form int32 }

func newVocab() *vocab { return &vocab{} }

// add gives w an id, if it has none yet.
func (v *vocab) add(w string) {
	if ids, _ := v.ids.get(w); ids.word == 0 {
		v.n++
		ids.word = v.n
		v.ids.set(w, ids)
	}
}

// id is the id of w, 0 if it is not in the vocabulary.
func (v *vocab) id(w string) int32 {
	ids, _ := v.ids.get(w)
	return ids.word
}

// size is one more than the largest id.
func (v *vocab) size() int { return int(v.n) + 1 }

// intern sets the word id and the feature form id of each token.
func (v *vocab) intern(toks []tok) {
	for i := range toks {
		t := &toks[i]
		ids, ok := v.ids.get(t.low)
		if !ok && v.digits != 0 && allDigits(t.low) {
			ids.form = v.digits
		}
		t.word, t.form = ids.word, ids.form
	}
}

// withForms returns a copy of v (the same word ids) that also gives each
// word the id of its feature form in wf (nil: none). Besides v's words it
// holds every word whose form wf numbers, but for the all-digit ones
// (form "#"), which intern recognises by their shape.
func (v *vocab) withForms(wf *wordFeatures) *vocab {
	out := &vocab{n: v.n}
	v.ids.each(func(w string, ids vocabIDs) {
		if ids.word != 0 {
			out.ids.set(w, vocabIDs{word: ids.word, form: wf.formOf(w)})
		}
	})
	if wf == nil {
		return out
	}
	for f, id := range wf.forms {
		if f == "#" {
			out.digits = id
		}
		// the words whose form is f: f itself and f with a plural "s"
		for _, w := range []string{f, f + "s"} {
			if wordForm(w) == f {
				ids, _ := out.ids.get(w)
				ids.form = id
				out.ids.set(w, ids)
			}
		}
	}
	return out
}

// trie is a word trie over lower-cased tokens; a key ending in "*" matches
// any token with that prefix.
//
// Words are added as strings; freeze then keys the children by word id
// (see vocab): the root by a dense table, the other nodes by a sorted
// slice. Walks read tok.word, so the tokens must be interned with the
// vocabulary passed to freeze.
type trie struct {
	kids     map[string]*trie // exact-word children, until freeze
	dense    []*trie          // root: exact-word children by word id, from freeze
	words    []int32          // other nodes: word ids of the exact-word children, sorted, from freeze
	next     []*trie          // the child for each of words
	prefixes []prefixKid
	byByte   *[256][]prefixKid // prefixes indexed by first byte, built by freeze
	out      []int             // payload ids ending here
}

type prefixKid struct {
	pre  string
	node *trie
}

func newTrie() *trie { return &trie{} }

// addWords adds the exact words of the trie's keys to v.
func (n *trie) addWords(v *vocab) {
	for w, c := range n.kids {
		v.add(w)
		c.addWords(v)
	}
	for _, p := range n.prefixes {
		p.node.addWords(v)
	}
}

// freeze keys the children of every node by their word ids in v (which
// must hold all the trie's words, see addWords) and indexes the prefix
// children by their first byte; call it once after the last add.
func (n *trie) freeze(v *vocab) {
	n.freezeNode(v, true)
}

func (n *trie) freezeNode(v *vocab, root bool) {
	if root {
		n.dense = make([]*trie, v.size())
		for w, c := range n.kids {
			n.dense[v.id(w)] = c
		}
	} else if len(n.kids) > 0 {
		for w := range n.kids {
			n.words = append(n.words, v.id(w))
		}
		slices.Sort(n.words)
		n.next = make([]*trie, len(n.words))
		for w, c := range n.kids {
			k, _ := slices.BinarySearch(n.words, v.id(w))
			n.next[k] = c
		}
	}
	if len(n.prefixes) > 4 {
		n.byByte = new([256][]prefixKid)
		for _, p := range n.prefixes {
			n.byByte[p.pre[0]] = append(n.byByte[p.pre[0]], p)
		}
	}
	for _, c := range n.kids {
		c.freezeNode(v, false)
	}
	for _, p := range n.prefixes {
		p.node.freezeNode(v, false)
	}
	n.kids = nil
}

func (n *trie) child(w string, create bool) *trie {
	if strings.HasSuffix(w, "*") && len(w) > 1 {
		pre := strings.TrimSuffix(w, "*")
		for _, p := range n.prefixes {
			if p.pre == pre {
				return p.node
			}
		}
		if !create {
			return nil
		}
		c := &trie{}
		n.prefixes = append(n.prefixes, prefixKid{pre, c})
		return c
	}
	if c := n.kids[w]; c != nil || !create {
		return c
	}
	if n.kids == nil {
		n.kids = map[string]*trie{}
	}
	c := &trie{}
	n.kids[w] = c
	return c
}

// add inserts a sequence of words with payload id.
func (n *trie) add(words []string, id int) {
	cur := n
	for _, w := range words {
		cur = cur.child(w, true)
	}
	cur.out = append(cur.out, id)
}

// kid is the exact-word child for word id w (not 0), or nil.
func (n *trie) kid(w int32) *trie {
	if n.dense != nil {
		return n.dense[w]
	}
	if len(n.words) <= 8 {
		for k, x := range n.words {
			if x == w {
				return n.next[k]
			}
		}
		return nil
	}
	if k, ok := slices.BinarySearch(n.words, w); ok {
		return n.next[k]
	}
	return nil
}

// walk calls fn(end, ids) for every key matching toks starting at i, with
// end the index after the last matched token. Matches are reported in
// increasing length order.
func (n *trie) walk(toks []tok, i int, fn func(end int, ids []int)) {
	if i >= len(toks) {
		return
	}
	t := &toks[i]
	if t.word != 0 {
		if c := n.kid(t.word); c != nil {
			if len(c.out) > 0 {
				fn(i+1, c.out)
			}
			c.walk(toks, i+1, fn)
		}
	}
	pres := n.prefixes
	if n.byByte != nil {
		pres = n.byByte[t.low[0]]
	}
	for _, p := range pres {
		if strings.HasPrefix(t.low, p.pre) {
			if len(p.node.out) > 0 {
				fn(i+1, p.node.out)
			}
			p.node.walk(toks, i+1, fn)
		}
	}
}
