package classify

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestTrieWalk checks the frozen trie keyed by word ids: exact words,
// multi-word keys, prefix keys ("foo*", also inside a key and at a root
// with enough prefixes to be indexed by first byte), several payloads on
// one key, and words no key names. Exact children are walked before
// prefix ones, depth first.
func TestTrieWalk(t *testing.T) {
	keys := []string{
		"binding",
		"legally binding instrument",
		"legally binding",
		"legal*",
		"legal* framework",
		"new treaty*",
		"treaty",
		"treaty", // a second payload on the same key
		"cyber*", "cyberspace", "norm*", "state*", "sovereign*", "confidence build*",
		"a b c d e f g h i j", // a long key: a chain of nodes
	}
	// ten children under "x": above the linear-scan limit of kid
	for k := range 10 {
		keys = append(keys, fmt.Sprintf("x y%d", k))
	}
	tr := newTrie()
	for id, k := range keys {
		tr.add(phraseWords(k), id)
	}
	v := newVocab()
	tr.addWords(v)
	tr.freeze(v)
	cases := []struct {
		text string
		at   int
		want string // length:key|key ..., in the order reported
	}{
		{"legally binding instrument", 0, "2:legally binding 3:legally binding instrument 1:legal*"},
		{"Legally Binding", 0, "2:legally binding 1:legal*"},
		{"legal framework", 0, "1:legal* 2:legal* framework"},
		{"legalistic framework", 0, "1:legal* 2:legal* framework"},
		{"a new treaty", 1, "2:new treaty*"},
		{"a new treaty", 2, "1:treaty|treaty"},
		{"new treatyless", 0, "2:new treaty*"},
		{"cyberspace", 0, "1:cyberspace 1:cyber*"},
		{"cyber", 0, "1:cyber*"},
		{"confidence building", 0, "2:confidence build*"},
		{"confidence", 0, ""},
		{"unknownword binding", 0, ""},
		{"unknownword binding", 1, "1:binding"},
		{"a b c d e f g h i j", 0, "10:a b c d e f g h i j"},
		{"a b c d e f g h i", 0, ""},
		{"x y7", 0, "2:x y7"},
		{"x y10", 0, ""},
		{"x", 0, ""},
		{"", 0, ""},
	}
	for _, c := range cases {
		toks := tokenize(c.text, nil)
		v.intern(toks)
		var got []string
		tr.walk(toks, c.at, func(end int, ids []int) {
			var ks []string
			for _, id := range ids {
				ks = append(ks, keys[id])
			}
			got = append(got, fmt.Sprintf("%d:%s", end-c.at, strings.Join(ks, "|")))
		})
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("walk(%q, %d) = %q, want %q", c.text, c.at, g, c.want)
		}
	}
}

// patternMatcher compiles srcs into one patternSet (pattern i is srcs[i])
// and returns a function listing the matches in a text as (id, start, end).
func patternMatcher(t *testing.T, srcs ...string) func(text string) [][3]int {
	t.Helper()
	var ps patternSet
	for _, src := range srcs {
		p, err := compilePattern(src)
		if err != nil {
			t.Fatal(err)
		}
		ps.add(p)
	}
	v := newVocab()
	ps.addWords(v)
	ps.freeze(v)
	return func(text string) [][3]int {
		toks := tokenize(text, nil)
		v.intern(toks)
		var got [][3]int
		ps.each(toks, 0, len(toks), func(id, i, end int) { got = append(got, [3]int{id, i, end}) })
		return got
	}
}

// TestPatternMatchInterned checks patterns matched with interned tokens:
// exact words, prefixes, alternatives, gaps and words the vocabulary lacks.
func TestPatternMatchInterned(t *testing.T) {
	matches := patternMatcher(t, "legally binding instrument|treaty", "new norm* ~2 needed", "legal* framework", "self-defence")
	cases := []struct {
		text string
		want [][3]int // id, start, end
	}{
		{"a legally binding treaty", [][3]int{{0, 1, 4}}},
		{"a legally binding convention", nil},
		{"new norms are not needed", [][3]int{{1, 0, 5}}},
		{"new norms are really not needed", nil},
		{"the legalistic framework", [][3]int{{2, 1, 3}}},
		{"self-defence and legally binding instrument", [][3]int{{3, 0, 2}, {0, 3, 6}}},
		{"unknown words only", nil},
	}
	for _, c := range cases {
		if got := matches(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: matches %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPatternPrefixBuckets checks patterns that open with a prefix word:
// the bucket of the prefix's first byte tries them only on words whose
// second byte a prefix allows, one-byte prefixes on any word of the bucket,
// and a pattern with two prefixes of one bucket once.
func TestPatternPrefixBuckets(t *testing.T) {
	matches := patternMatcher(t, "transpos*|transfer* ~2 law", "t* treaty", "a* b", "draft*|develop* norms")
	cases := []struct {
		text string
		want [][3]int // id, start, end
	}{
		{"transposing the law", [][3]int{{0, 0, 3}}},
		{"transfer of law", [][3]int{{0, 0, 3}}},
		{"the law", nil},
		{"the treaty", [][3]int{{1, 0, 2}}},
		{"a b", [][3]int{{2, 0, 2}}},
		{"drafting norms", [][3]int{{3, 0, 2}}},
		{"developing norms", [][3]int{{3, 0, 2}}},
		{"doing norms", nil},
	}
	for _, c := range cases {
		if got := matches(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: matches %v, want %v", c.text, got, c.want)
		}
	}
}
