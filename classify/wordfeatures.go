package classify

import (
	"slices"
	"strings"
)

// wordFeatures holds the topic and stance models' rows of their word
// features ("w:", "s:", "p:" and the word pairs "b:"), keyed by the word's
// feature form (wordForm) instead of by the hash of the feature's name. The
// forms are numbered; the Tagger's vocab gives each token the id of its
// form (tok.form) with the lookup that gives it its word id, so that a
// token's rows in both models are found by indexing, once, and a word
// pair by a hash of the two ids.
//
// The rows are those the models' indexes give the feature names (the same
// rows, so the same scores), rowAbsent where a model lacks the feature or
// never emits it: eachFeature and eachStanceFeature emit no "s:" or "p:"
// feature for a function word and no pair of two function words.
type wordFeatures struct {
	forms map[string]int32     // feature form -> id, from 1
	rows  []formRows           // by form id; rows[0] (forms no feature names) has none
	pairs *hashIndex[jointRow] // the "b:" features, by pairKey of the ids of their two forms
}

// formRows are the rows of the features of one word form.
type formRows struct {
	topic   int32 // "w:" in the topic model
	section int32 // "s:" (a word of the section heading) in the topic model
	stance  int32 // "w:" in the stance model
	prev    int32 // "p:" (a word of the sentence before) in the stance model
}

var noRows = formRows{topic: rowAbsent, section: rowAbsent, stance: rowAbsent, prev: rowAbsent}

// formOf is the id of the feature form of the word w (0: none, or wf is nil).
func (wf *wordFeatures) formOf(w string) int32 {
	if wf == nil {
		return 0
	}
	return wf.forms[wordForm(w)]
}

// pairKey is the key of the word pair of forms v and w in wordFeatures.pairs.
func pairKey(v, w int32) uint64 { return uint64(uint32(v))<<32 | uint64(uint32(w)) }

// wordFeature is one word feature of a model: its kind ('w', 's', 'p' or,
// for a pair, 'b'), its form (v, or v and w for a pair) and its row.
type wordFeature struct {
	stance bool // of the stance model, else the topic model
	kind   byte
	v, w   string
	row    int32
}

// newWordFeatures collects the word features of tm and sm (either may be
// nil; both nil: nil).
func newWordFeatures(tm *topicModel, sm *stanceModel) *wordFeatures {
	if tm == nil && sm == nil {
		return nil
	}
	var fs []wordFeature
	if tm != nil {
		fs = appendWordFeatures(fs, sortedNames(tm.w), tm.idx, false)
	}
	if sm != nil {
		fs = appendWordFeatures(fs, sortedNames(sm.w), sm.idx, true)
	}
	// number the forms in sorted order
	var forms []string
	for _, f := range fs {
		forms = append(forms, f.v)
		if f.kind == 'b' {
			forms = append(forms, f.w)
		}
	}
	slices.Sort(forms)
	forms = slices.Compact(forms)
	wf := &wordFeatures{forms: make(map[string]int32, len(forms)), rows: make([]formRows, len(forms)+1), pairs: newHashIndex[jointRow](0)}
	wf.rows[0] = noRows
	for i, f := range forms {
		wf.forms[f] = int32(i + 1)
		wf.rows[i+1] = noRows
	}
	for _, f := range fs {
		if f.kind == 'b' {
			key := pairKey(wf.forms[f.v], wf.forms[f.w])
			jr, ok := wf.pairs.get(key)
			if !ok {
				jr = jointRow{topic: rowAbsent, stance: rowAbsent}
			}
			if f.stance {
				jr.stance = f.row
			} else {
				jr.topic = f.row
			}
			wf.pairs.set(key, jr)
			continue
		}
		r := &wf.rows[wf.forms[f.v]]
		switch {
		case f.kind == 'w' && f.stance:
			r.stance = f.row
		case f.kind == 'w':
			r.topic = f.row
		case f.kind == 'p':
			r.prev = f.row
		case f.kind == 's':
			r.section = f.row
		}
	}
	return wf
}

// appendWordFeatures appends to fs the word features among the names of
// a model (the stance model's or the topic model's) with their rows in idx,
// leaving out those the model's features never emit: a topic model's "s:"
// or a stance model's "p:" of a function word, a pair of function words,
// and the other model's kinds.
func appendWordFeatures(fs []wordFeature, names []string, idx *hashIndex[int32], stance bool) []wordFeature {
	for _, name := range names {
		if len(name) < 2 || name[1] != ':' {
			continue
		}
		f := wordFeature{stance: stance, kind: name[0], v: name[2:]}
		switch {
		case f.kind == 'w':
		case f.kind == 's' && !stance, f.kind == 'p' && stance:
			if isFunctionWord(f.v) {
				continue
			}
		case f.kind == 'b':
			v, w, ok := splitPair(f.v)
			if !ok || isFunctionWord(v) && isFunctionWord(w) {
				continue
			}
			f.v, f.w = v, w
		default:
			continue
		}
		var ok bool
		if f.row, ok = idx.get(keyHash([]byte(name))); ok {
			fs = append(fs, f)
		}
	}
	return fs
}

// splitPair splits the name of a word pair feature (without its "b:") into
// its two forms. Forms hold no "_" (tokens are letters and digits), so a
// name with more than one is no pair the models can be given.
func splitPair(rest string) (v, w string, ok bool) {
	v, w, ok = strings.Cut(rest, "_")
	if !ok || v == "" || w == "" || strings.Contains(w, "_") {
		return "", "", false
	}
	return v, w, true
}

// wordPairs returns, for each token of p, the rows of the pair of its
// form and the one before it (the "b:" feature ending at it), rowAbsent
// for the first token and after a clause boundary, where the models have
// no pair. It looks them up on the first call for the paragraph.
func (p *para) wordPairs(wf *wordFeatures) []jointRow {
	if len(p.pairs) == len(p.toks) {
		return p.pairs
	}
	p.pairs = slices.Grow(p.pairs[:0], len(p.toks))[:len(p.toks)]
	for i := range p.toks {
		p.pairs[i] = jointRow{topic: rowAbsent, stance: rowAbsent}
		if i == 0 || p.toks[i].clause {
			continue
		}
		v, w := p.toks[i-1].form, p.toks[i].form
		if v == 0 || w == 0 {
			continue
		}
		if jr, ok := wf.pairs.get(pairKey(v, w)); ok {
			p.pairs[i] = jr
		}
	}
	return p.pairs
}
