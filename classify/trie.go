package classify

import "strings"

// trie is a word trie over lower-cased tokens; a key ending in "*" matches
// any token with that prefix.
type trie struct {
	kids     map[string]*trie
	prefixes []prefixKid
	byByte   *[256][]prefixKid // prefixes indexed by first byte, built by freeze
	out      []int             // payload ids ending here
}

// freeze indexes the prefix children of every node by their first byte;
// call it once after the last add.
func (n *trie) freeze() {
	if len(n.prefixes) > 4 {
		n.byByte = new([256][]prefixKid)
		for _, p := range n.prefixes {
			n.byByte[p.pre[0]] = append(n.byByte[p.pre[0]], p)
		}
	}
	for _, c := range n.kids {
		c.freeze()
	}
	for _, p := range n.prefixes {
		p.node.freeze()
	}
}

type prefixKid struct {
	pre  string
	node *trie
}

func newTrie() *trie { return &trie{} }

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

// walk calls fn(end, ids) for every key matching toks starting at i, with
// end the index after the last matched token. Matches are reported in
// increasing length order.
func (n *trie) walk(toks []tok, i int, fn func(end int, ids []int)) {
	n.walkFrom(toks, i, i, fn)
}

func (n *trie) walkFrom(toks []tok, start, i int, fn func(end int, ids []int)) {
	if i >= len(toks) {
		return
	}
	w := toks[i].low
	if c := n.kids[w]; c != nil {
		if len(c.out) > 0 {
			fn(i+1, c.out)
		}
		c.walkFrom(toks, start, i+1, fn)
	}
	pres := n.prefixes
	if n.byByte != nil {
		pres = n.byByte[w[0]]
	}
	for _, p := range pres {
		if strings.HasPrefix(w, p.pre) {
			if len(p.node.out) > 0 {
				fn(i+1, p.node.out)
			}
			p.node.walkFrom(toks, start, i+1, fn)
		}
	}
}
