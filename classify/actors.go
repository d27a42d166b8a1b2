package classify

import (
	"regexp"
	"strings"
)

// alias is one name of an actor in the gazetteer.
type alias struct {
	code      string // actor code, "-" for a blocker
	cases     []uint8
	ambiguous bool
	place     bool // a capital standing for its government ("Hanoi"), see placeLike
}

// gazetteer resolves actor names in token streams by longest match.
type gazetteer struct {
	root    *trie
	aliases []alias
	codes   map[string]bool
}

var codeRx = regexp.MustCompile(`^([A-Z]{2,3}|[A-Z][A-Z0-9_]+|-|[A-Z]{3}(\+[A-Z]{3})+)$`)

func buildGazetteer(lines []ruleLine) (*gazetteer, error) {
	g := &gazetteer{root: newTrie(), codes: map[string]bool{}}
	for _, l := range lines {
		if len(l.fields) != 2 {
			return nil, l.errorf("want CODE<TAB>names, got %d fields", len(l.fields))
		}
		code := l.fields[0]
		if !codeRx.MatchString(code) {
			return nil, l.errorf("bad actor code %q", code)
		}
		names := splitAlternatives(l.fields[1])
		if len(names) == 0 {
			return nil, l.errorf("no names for %s", code)
		}
		if code != "-" && !strings.Contains(code, "+") {
			g.codes[code] = true
		}
		for _, n := range names {
			amb := strings.HasPrefix(n, "~")
			n = strings.TrimPrefix(n, "~")
			place := strings.HasPrefix(n, "@")
			n = strings.TrimPrefix(n, "@")
			words, cases := wordsOf(n)
			if len(words) == 0 {
				return nil, l.errorf("name %q has no words", n)
			}
			g.root.add(words, len(g.aliases))
			g.aliases = append(g.aliases, alias{code: code, cases: cases, ambiguous: amb, place: place})
		}
	}
	return g, nil
}

// actorMention is an actor found at tokens [i, j).
type actorMention struct {
	code string
	i, j int
}

// caseOK checks an alias's case requirements against toks[i:i+len(cases)].
func caseOK(a alias, toks []tok, i int) bool {
	for k, c := range a.cases {
		t := toks[i+k]
		switch c {
		case 1:
			if !t.capInit {
				return false
			}
		case 2:
			if !t.allCaps {
				return false
			}
		}
	}
	return true
}

// find returns the actor mentions in toks, longest match first, left to right.
func (g *gazetteer) find(toks []tok, out []actorMention) []actorMention {
	for i := 0; i < len(toks); {
		best, bestEnd := -1, 0
		g.root.walk(toks, i, func(end int, ids []int) {
			for _, id := range ids {
				if caseOK(g.aliases[id], toks, i) && end > bestEnd {
					best, bestEnd = id, end
				} else if caseOK(g.aliases[id], toks, i) && end == bestEnd && best >= 0 && g.aliases[best].code == "-" {
					// a real actor beats a blocker of the same length
					best = id
				}
			}
		})
		if best < 0 {
			i++
			continue
		}
		a := g.aliases[best]
		if a.code != "-" && !(a.ambiguous && personLike(toks, i, bestEnd)) && !(a.place && placeLike(toks, i, bestEnd)) {
			out = append(out, actorMention{code: a.code, i: i, j: bestEnd})
		}
		i = bestEnd
	}
	return out
}

// personLike reports whether a name at [i, j) looks like part of a person's
// name: a capitalised word right before (not starting the sentence) or after.
func personLike(toks []tok, i, j int) bool {
	if i > 0 && toks[i-1].sent == toks[i].sent && toks[i-1].capInit && !toks[i-1].sentInit && !toks[i-1].clause && !toks[i].clause {
		return true
	}
	if i > 0 && toks[i-1].sent == toks[i].sent && toks[i-1].capInit && toks[i-1].sentInit && !isFunctionWord(toks[i-1].low) {
		return true
	}
	if j < len(toks) && toks[j].sent == toks[i].sent && toks[j].capInit && !toks[j].clause {
		return true
	}
	return false
}

// placeLike reports whether a capital at [i, j) names the city, not its
// government: after a preposition of place or an article ("a workshop in
// Dakar", "a Warsaw think tank", "the Bangkok centre"), unless a possessive
// follows, or before "-based". "Hanoi has been pragmatic", "a reply from
// Washington" are governments.
func placeLike(toks []tok, i, j int) bool {
	if j < len(toks) && toks[j].low == "based" {
		return true
	}
	if i == 0 || toks[i].clause || j < len(toks) && toks[j].low == "s" {
		return false // "In Moscow's reading": the government's
	}
	switch toks[i-1].low {
	case "in", "at", "near", "outside", "around", "across", "via", "a", "an", "the":
		return true
	}
	return false
}

// isFunctionWord reports the articles, prepositions and conjunctions that
// do not make a name or a feature: "the", "of", "and", "in", "for", "by",
// "with", "to", "on", "a", "an", "as", "at", "from".
func isFunctionWord(w string) bool {
	switch w {
	case "the", "of", "and", "in", "for", "by", "with", "to", "on", "a", "an", "as", "at", "from":
		return true
	}
	return false
}

// resolve maps a name to a code when the whole name is one gazetteer entry;
// v is the vocabulary the gazetteer's trie is frozen with.
func (g *gazetteer) resolve(name string, v *vocab) (string, bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", false
	}
	if g.codes[name] {
		return name, true
	}
	toks := tokenize(name, nil)
	if len(toks) == 0 {
		return "", false
	}
	v.intern(toks)
	best, bestEnd := -1, 0
	g.root.walk(toks, 0, func(end int, ids []int) {
		for _, id := range ids {
			if end >= bestEnd && caseOK(g.aliases[id], toks, 0) {
				best, bestEnd = id, end
			}
		}
	})
	// "the" before a name ("the Netherlands") is allowed
	if best < 0 && toks[0].low == "the" && len(toks) > 1 {
		return g.resolve(name[toks[1].s:], v)
	}
	if best < 0 || bestEnd != len(toks) || g.aliases[best].code == "-" || strings.Contains(g.aliases[best].code, "+") {
		return "", false // a named set of States is no one actor
	}
	return g.aliases[best].code, true
}
