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
	// damping: phrases after which (up to dampGap words later) a topic's
	// matches count less: "to protect against" + "cyber attacks" is the
	// motive of a response, not a paragraph about threats.
	damp       *trie
	dampEntry  []lexEntry // topic and factor per damping phrase
	hasDamping bool
	// start phrases count only at the very start of a paragraph
	// ("This compendium ...": the piece speaking of itself)
	start      *trie
	startEntry []lexEntry
}

// dampGap is the most words between a damping phrase and the match it damps.
const dampGap = 3

func buildLexicon(lines []ruleLine) (*lexicon, error) {
	lx := &lexicon{root: newTrie(), damp: newTrie(), start: newTrie()}
	for _, l := range lines {
		var err error
		switch {
		case len(l.fields) == 4 && l.fields[0] == "~start":
			lx.startEntry, err = addPhraseRule(l, l.fields[1:], true, lx.start, lx.startEntry)
		case len(l.fields) == 4 && l.fields[0] == "~after":
			lx.dampEntry, err = addPhraseRule(l, l.fields[1:], false, lx.damp, lx.dampEntry)
			lx.hasDamping = true
		case len(l.fields) == 3:
			lx.entries, err = addPhraseRule(l, l.fields, true, lx.root, lx.entries)
		default:
			err = l.errorf("want TOPIC<TAB>WEIGHT<TAB>phrases, got %d fields", len(l.fields))
		}
		if err != nil {
			return nil, err
		}
	}
	return lx, nil
}

// addPhraseRule adds the phrases of f = [TOPIC, WEIGHT, phrases] to tr with
// ids continuing entries, and returns the extended entries. Only a pillar
// (not "other") is allowed unless otherOK.
func addPhraseRule(l ruleLine, f []string, otherOK bool, tr *trie, entries []lexEntry) ([]lexEntry, error) {
	ti := topicIndex(f[0])
	if ti < 0 || (ti == topicOther && !otherOK) {
		return nil, l.errorf("unknown topic %q", f[0])
	}
	w, err := parseWeight(l, f[1])
	if err != nil {
		return nil, err
	}
	for _, p := range splitAlternatives(f[2]) {
		words := phraseWords(p)
		if len(words) == 0 {
			return nil, l.errorf("empty phrase")
		}
		tr.add(words, len(entries))
		entries = append(entries, lexEntry{topic: ti, weight: w})
	}
	return entries, nil
}

// evidence adds the weighted lexicon hits of toks to ev (times factor).
// At each position the longest phrase wins; phrases do not overlap.
func (lx *lexicon) evidence(toks []tok, factor float64, ev *[nTopics]float64) {
	// dampBy[i][k] is the factor on topic k for a match starting at token i
	var dampBy [][nTopics]float64
	if lx.hasDamping {
		for i := range toks {
			lx.damp.walk(toks, i, func(end int, ids []int) {
				for _, id := range ids {
					d := lx.dampEntry[id]
					for j := end; j <= end+dampGap && j < len(toks); j++ {
						if j > end && toks[j].clause {
							break
						}
						if dampBy == nil {
							dampBy = make([][nTopics]float64, len(toks))
							for q := range dampBy {
								for k := range dampBy[q] {
									dampBy[q][k] = 1
								}
							}
						}
						dampBy[j][d.topic] = min(dampBy[j][d.topic], d.weight)
					}
				}
			})
		}
	}
	if len(lx.startEntry) > 0 && len(toks) > 0 {
		end, ids := 0, []int(nil)
		lx.start.walk(toks, 0, func(e int, is []int) { end, ids = e, is })
		if end > 0 {
			for _, id := range ids {
				e := lx.startEntry[id]
				ev[e.topic] += e.weight * factor
			}
		}
	}
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
			if dampBy != nil {
				f *= dampBy[i][e.topic]
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

// thresholds of topicScores
const (
	floor       = 1.2 // least evidence for a pillar to be primary
	secondMin   = 4.0 // least evidence for a secondary pillar
	secondRel   = 0.4 // and at least this share of the best pillar's evidence
	otherWeight = 1.6 // procedure evidence counts this much against the best pillar
)

// evidenceScore maps evidence to a score in [0, 1): 1-exp(-e/4).
func evidenceScore(e float64) float64 {
	if e <= 0 {
		return 0
	}
	return math.Round((1-math.Exp(-e/4))*1000) / 1000
}

// topicScores turns evidence into sorted TopicScores following the
// guideline: a primary topic, then secondary pillars with real content;
// "other" only as the primary.
func topicScores(ev [nTopics]float64, forceOther bool) []TopicScore {
	best := -1
	for t := 0; t < topicOther; t++ {
		if best < 0 || ev[t] > ev[best] {
			best = t
		}
	}
	score := evidenceScore
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

// secondaryTopics are the pillars the rule evidence ev supports as
// secondary topics of a paragraph whose primary topic the topic model
// chose: the strongest pillar (when above the floor) and every pillar with
// enough evidence, absolute and relative to the strongest (topicScores'
// thresholds), strongest first.
func secondaryTopics(ev [nTopics]float64) []TopicScore {
	best := 0
	for k := 1; k < topicOther; k++ {
		if ev[k] > ev[best] {
			best = k
		}
	}
	var out []TopicScore
	for k := 0; k < topicOther; k++ {
		if (k == best && ev[k] >= secondMin) || (ev[k] >= secondMin && ev[k] >= secondRel*ev[best]) {
			out = append(out, TopicScore{Label: Topics[k], Score: evidenceScore(ev[k])})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}
