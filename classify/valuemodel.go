package classify

import (
	"slices"
	"sort"
)

// The value model checks the value (favor or against) of the positions
// the rules and the stance model found, from the words around the cue. A
// cue and an issue phrase give a value; what the sentence then says of
// the issue can turn it round: "argued that drafting new norms would be a
// distraction", "warned that endorsing IHL could be read as conceding that
// cyberspace is a theatre of war", "cannot coexist with State control".
// It is a logistic regression (the holder model's file format) giving the
// probability that the position is against; a position turns round when
// the probability of the other value reaches the threshold. Neutral
// positions are left alone. The file is valuemodel.tsv.
type valueModel = holderModel

// valueFeatures are the value model's features of stance st (cue at
// [ci, cj) of p): the value found and the issue, the words of the cue, of
// the rest of the cue's sentence after it (and its word pairs) and before
// it, and negations. Words after the cue are marked with the value found,
// so that the same words can confirm one value and turn the other.
func valueFeatures(p *para, st Stance, ci, cj int) []string {
	v := st.Value
	fs := []string{featureBias, "v:" + v, "is:" + st.Issue + ":" + v}
	cs := p.toks[ci].sent
	ss, se := p.sentStart(ci), cj
	for se < len(p.toks) && p.toks[se].sent == cs {
		se++
	}
	if ss == ci && se == cj {
		fs = append(fs, "wholesent") // the stance model's: the cue is the sentence
	}
	if negatedAt(p, ss, ci) {
		fs = append(fs, "neg:before")
	}
	if negatedAt(p, ci, cj) {
		fs = append(fs, "neg:cue")
	}
	if negatedAt(p, cj, se) {
		fs = append(fs, "neg:after:"+v)
	}
	for k := ss; k < ci; k++ {
		if w := wordForm(p.toks[k].low); w != "" && !isFunctionWord(w) {
			fs = append(fs, "l:"+v+":"+w)
		}
	}
	for k := ci; k < cj; k++ {
		if w := wordForm(p.toks[k].low); w != "" && !isFunctionWord(w) {
			fs = append(fs, "c:"+v+":"+w)
		}
	}
	prev := ""
	for k := cj; k < se; k++ {
		w := wordForm(p.toks[k].low)
		if w == "" {
			continue
		}
		if !isFunctionWord(w) {
			fs = append(fs, "r:"+v+":"+w, "R:"+w)
		}
		if prev != "" && !p.toks[k].clause {
			fs = append(fs, "rb:"+v+":"+prev+"_"+w)
		}
		prev = w
	}
	return dedupe(fs)
}

// rejectedClaim reports a claim at ci that an against or counter cue
// before it in its sentence rejects: "We reject the argument that ...",
// "We take issue with the proposition, repeated this week, that ...".
func (p *para) rejectedClaim(ci int) bool {
	ss := p.sentStart(ci)
	for _, c := range p.cues {
		if (c.class == cAgainst || c.class == cCounter && p.disbelief(c)) && c.i >= ss && c.j <= ci && ci-c.j <= 12 {
			at := p.claimAt(c.j, ci)
			if at < 0 || at >= ci || negatedAt(p, max(ss, c.i-3), c.i) || coordinated(p, c.j, ci) || p.anyWord(c.j, ci, orWord) {
				continue // (not "voted against that resolution and maintain that ...")
			}
			if at+1 < len(p.toks) && (textNouns[p.toks[at+1].low] || p.toks[at+1].low == "resolution") {
				continue // "that resolution": a demonstrative
			}
			return true
		}
	}
	return false
}

// hasPosition reports a stance on issue with value in stances.
func hasPosition(stances []Stance, issue, value string) bool {
	for _, s := range stances {
		if s.Issue == issue && s.Value == value {
			return true
		}
	}
	return false
}

// checkValues lets the value model turn round the values of stances, in
// place; a position turned onto one the paragraph already has merges with
// it.
func (t *Tagger) checkValues(p *para, stances []Stance) []Stance {
	if t.values == nil || len(stances) == 0 {
		return stances
	}
	turned := false
	for i, st := range stances {
		if st.Value != "favor" && st.Value != "against" {
			continue
		}
		if len(st.Actors) == 0 && hasPosition(stances, st.Issue, flip(st.Value)) {
			// a position nobody holds would merge into the other side's
			// ("Some delegations argue that only a new treaty could fill
			// the gaps. We do not share this view.")
			continue
		}
		if p.derivedFrom(st) != nil {
			continue // its value follows its source's, below
		}
		if slices.ContainsFunc(p.fixed, func(d derivedPos) bool { return d.issue == st.Issue && d.cue == st.Cue }) {
			continue // the authors of what the sentence names
		}
		ci, cj, ok := p.cueSpan(st.Cue)
		if !ok {
			continue
		}
		if p.rejectedClaim(ci) {
			// "We reject the argument that existing law is sufficient":
			// the rules read the frame; the words of the claim do not
			// turn it back
			continue
		}
		pa := t.values.prob(valueFeatures(p, st, ci, cj)) // P(against)
		if st.Value == "against" {
			pa = 1 - pa
		}
		if pa >= t.values.threshold {
			stances[i].Value = flip(st.Value)
			turned = true
		}
	}
	if !turned {
		return stances
	}
	for i, st := range stances {
		// a position taken from a related one turns with it ("only a
		// treaty can close the gaps": binding_instrument favor and
		// charter_applies against)
		if d := p.derivedFrom(st); d != nil && (st.Value == "favor" || st.Value == "against") {
			if src, ok := onlyPosition(stances, d.src); ok {
				v := src
				if !d.same {
					v = flip(v)
				}
				stances[i].Value = v
			}
		}
	}
	var out []Stance
	for _, s := range stances {
		out = addStance(out, s)
	}
	for i := range out {
		sort.Strings(out[i].Actors)
	}
	return out
}

// derivedFrom returns how st follows a related position, or nil if it
// does not.
func (p *para) derivedFrom(st Stance) *derivedPos {
	for i := range p.derived {
		if p.derived[i].issue == st.Issue && p.derived[i].cue == st.Cue {
			return &p.derived[i]
		}
	}
	return nil
}

// onlyPosition returns the value of the one favor or against position on
// issue in stances, and false if there is none or there are both.
func onlyPosition(stances []Stance, issue string) (string, bool) {
	v := ""
	for _, s := range stances {
		if s.Issue != issue || s.Value == "neutral" {
			continue
		}
		if v != "" && v != s.Value {
			return "", false
		}
		v = s.Value
	}
	return v, v != ""
}
