package classify

import (
	"math"
	"sort"
)

// Topics is the fixed list of topic labels, the OEWG pillars plus "other".
var Topics = []string{"threats", "international_law", "norms", "cbms", "capacity_building", "institutional_dialogue", "other"}

const (
	topicOther = 6
	nTopics    = 7
)

func topicIndex(label string) int {
	for i, t := range Topics {
		if t == label {
			return i
		}
	}
	return -1
}

type lexEntry struct {
	topic  int
	weight float64
}

// lexicon is the weighted topic lexicon.
type lexicon struct {
	root    *trie
	entries []lexEntry
}

func buildLexicon(lines []ruleLine) (*lexicon, error) {
	lx := &lexicon{root: newTrie()}
	for _, l := range lines {
		if len(l.fields) != 3 {
			return nil, l.errorf("want TOPIC<TAB>WEIGHT<TAB>phrases, got %d fields", len(l.fields))
		}
		ti := topicIndex(l.fields[0])
		if ti < 0 {
			return nil, l.errorf("unknown topic %q", l.fields[0])
		}
		w, err := parseWeight(l, l.fields[1])
		if err != nil {
			return nil, err
		}
		for _, p := range splitAlternatives(l.fields[2]) {
			words := phraseWords(p)
			if len(words) == 0 {
				return nil, l.errorf("empty phrase")
			}
			lx.root.add(words, len(lx.entries))
			lx.entries = append(lx.entries, lexEntry{topic: ti, weight: w})
		}
	}
	return lx, nil
}

// evidence adds the weighted lexicon hits of toks to ev (times factor).
// At each position the longest phrase wins; phrases do not overlap.
func (lx *lexicon) evidence(toks []tok, factor float64, ev *[nTopics]float64) {
	var best []int
	var counts map[int]int
	if len(toks) > 30 {
		counts = map[int]int{}
	}
	for i := 0; i < len(toks); {
		bestEnd := 0
		best = best[:0]
		lx.root.walk(toks, i, func(end int, ids []int) {
			if end > bestEnd {
				bestEnd = end
				best = append(best[:0], ids...)
			}
		})
		if bestEnd == 0 {
			i++
			continue
		}
		seen := uint8(0)
		for _, id := range best {
			e := lx.entries[id]
			if seen&(1<<e.topic) != 0 {
				continue
			}
			seen |= 1 << e.topic
			// a phrase repeated in the paragraph adds less each time
			f := factor
			if toks[i].sent == 0 && len(toks) > 30 {
				f *= firstSentence
			}
			if counts != nil {
				counts[id]++
				if counts[id] > 1 {
					f *= repeatFactor
				}
			}
			ev[e.topic] += e.weight * f
		}
		i = bestEnd
	}
}

// repeatFactor weighs the second and later matches of one phrase.
const repeatFactor = 0.4

// firstSentence weighs matches in the first sentence of a longer
// paragraph, which usually says what the paragraph is about.
const firstSentence = 1.3

// topicScores turns evidence into sorted TopicScores following the
// guideline: a primary topic, then secondary pillars with real content;
// "other" only as the primary.
func topicScores(ev [nTopics]float64, forceOther bool) []TopicScore {
	const (
		floor       = 1.2 // least evidence for a pillar to be primary
		secondMin   = 4.0 // least evidence for a secondary pillar
		secondRel   = 0.4 // and at least this share of the best pillar's evidence
		otherWeight = 1.6 // procedure evidence counts this much against the best pillar
	)
	best := -1
	for t := 0; t < topicOther; t++ {
		if best < 0 || ev[t] > ev[best] {
			best = t
		}
	}
	score := func(e float64) float64 {
		if e <= 0 {
			return 0
		}
		return math.Round((1-math.Exp(-e/4))*1000) / 1000
	}
	if forceOther || ev[best] < floor || otherWeight*ev[topicOther] > ev[best] {
		s := 0.6
		if ev[topicOther] > 0 {
			s = math.Max(0.6, score(ev[topicOther]))
		}
		if !forceOther && ev[best] > 0 {
			s = math.Max(0.5, s-score(ev[best])/2)
		}
		return []TopicScore{{Label: "other", Score: math.Round(s*1000) / 1000}}
	}
	out := []TopicScore{{Label: Topics[best], Score: score(ev[best])}}
	var rest []TopicScore
	for t := 0; t < topicOther; t++ {
		if t == best {
			continue
		}
		if ev[t] >= secondMin && ev[t] >= secondRel*ev[best] {
			rest = append(rest, TopicScore{Label: Topics[t], Score: score(ev[t])})
		}
	}
	sort.SliceStable(rest, func(i, j int) bool { return rest[i].Score > rest[j].Score })
	return append(out, rest...)
}
