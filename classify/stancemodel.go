package classify

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The stance model finds the positions the issue patterns miss: a sentence
// that argues for a treaty without naming one ("only binding obligations
// could provide real guarantees"), or names the agreed framework by a
// paraphrase ("rules drawn up by a narrow circle of countries"). It is
// data (rules/stancemodel.tsv), written by TrainStance and read like the
// other rule files; with no model the rules alone decide.
//
// It has two parts, both one-vs-rest logistic regressions over a
// sentence's words, word pairs and cue classes:
//   - one output per issue: does the sentence state a position on it?
//   - one output per value (favor, against, neutral), trained on the
//     sentences that state a position: which one?
//
// The rules keep priority: the model adds a position only on an issue the
// paragraph has none on, in a sentence where the rules found a position
// only if the model has a (higher) threshold for such sentences, and the
// holder is found as for a rule stance.
//
// A third part, the agreement table, gives the value of a position the
// model adds next to one on a related issue in the same sentence: the
// sentences that state two positions state the same value on some pairs
// of issues (the Charter and IHL apply) and opposite values on others
// ("existing law has gaps only a treaty can fill": binding_instrument
// favor, charter_applies against), and one value output cannot say both.
type stanceModel struct {
	w map[string][nStanceOut]float64
	// agree[x][y] in [-1, 1]: how often a sentence's favor or against
	// positions on issues x and y have the same value (1) or opposite
	// ones (-1), shrunk towards 0 when rare
	agree     [nIssues][nIssues]float64
	threshold float64 // an issue whose probability reaches this is stated
	// the threshold in a sentence where the rules found a position; 0: the
	// model adds nothing there
	stated float64
	// for tagging: feature name -> row of ws
	idx    *hashIndex[int32] // keyed by keyHash of the name
	ws     *weightRows
	stamps sync.Pool // of *stampSet
}

// stance model outputs: the issues, then the values.
const (
	nStanceOut    = nIssues + nValues
	nValues       = 3
	featureThresh = "@threshold"
	// rows "@agree:ISSUE" hold the agreement of ISSUE with each issue
	featureAgree = "@agree:"
	// the agreement from which a related position decides the value
	agreeMin = 0.5
)

var stanceValues = [nValues]string{"favor", "against", "neutral"}

// buildStanceModel reads stancemodel.tsv: rows FEATURE <TAB> one weight per
// issue (in the order of Issues) and per value (favor, against, neutral); a
// row "@threshold" gives the decision threshold in its first column and,
// in its second, the threshold in sentences where the rules found a
// position (0 or absent: the model adds nothing there).
func buildStanceModel(lines []ruleLine) (*stanceModel, error) {
	if len(lines) == 0 {
		return nil, nil
	}
	m := &stanceModel{w: make(map[string][nStanceOut]float64, len(lines)), threshold: 0.5}
	for _, l := range lines {
		var w [nStanceOut]float64
		if err := parseRow(l, w[:], "want FEATURE and %d weights (one per issue, then favor, against, neutral), got %d fields"); err != nil {
			return nil, err
		}
		if l.fields[0] == featureThresh {
			if w[0] <= 0 || w[0] >= 1 {
				return nil, l.errorf("threshold must be between 0 and 1, got %g", w[0])
			}
			if w[1] != 0 && (w[1] < w[0] || w[1] >= 1) {
				return nil, l.errorf("threshold in sentences with a rule position must be 0 or between %g and 1, got %g", w[0], w[1])
			}
			m.threshold, m.stated = w[0], w[1]
			continue
		}
		if x, ok := strings.CutPrefix(l.fields[0], featureAgree); ok {
			k := issueIndex(x)
			if k < 0 {
				return nil, l.errorf("unknown issue %q", x)
			}
			for j := 0; j < nIssues; j++ {
				if w[j] < -1 || w[j] > 1 {
					return nil, l.errorf("agreement must be between -1 and 1, got %g", w[j])
				}
				m.agree[k][j] = w[j]
			}
			continue
		}
		m.w[l.fields[0]] = w
	}
	return m.index(), nil
}

// eachStanceFeature calls emit with each feature of the sentence [ss, se)
// of p: those of eachSentenceFeature, the content words of the sentence
// before it in the paragraph ("p:"), and its words ("w:") and word pairs
// ("b:"). The name of a feature is the concatenation a+b+c+d. A name may
// come more than once; it counts once. It is the one definition of the
// features, for training; tagging (stanceModel.scores) reads the same
// word features from wordFeatures.
func eachStanceFeature(p *para, ss, se int, emit func(a, b, c, d string)) {
	eachSentenceFeature(p, ss, se, func(a, b, c string) { emit(a, b, c, "") })
	// the words of the sentence before, for context ("Does the Charter
	// suffice? Russia says no.")
	if ss > 0 {
		for i := ss - 1; i >= 0 && p.toks[i].sent == p.toks[ss-1].sent; i-- {
			if w := wordForm(p.toks[i].low); w != "" && !isFunctionWord(w) {
				emit("p:", w, "", "")
			}
		}
	}
	prev := ""
	for i := ss; i < se; i++ {
		w := wordForm(p.toks[i].low)
		if w == "" {
			continue
		}
		emit("w:", w, "", "")
		if prev != "" && !p.toks[i].clause && !(isFunctionWord(prev) && isFunctionWord(w)) {
			emit("b:", prev, "_", w)
		}
		prev = w
	}
}

// eachSentenceFeature calls emit with the name (a+b+c) of each feature of
// the sentence [ss, se) of p that is not a word: the bias, the classes of
// the cues in it (negated ones marked) and whether it names an actor.
func eachSentenceFeature(p *para, ss, se int, emit func(a, b, c string)) {
	emit(featureBias, "", "")
	for _, c := range p.cues {
		if c.i < ss || c.j > se {
			continue
		}
		switch c.class {
		case cFavor, cAgainst, cNeutral, cNormative:
			if negatedAt(p, max(ss, c.i-4), c.j) {
				emit("@cue:", cueClassNames[c.class], ":neg")
			} else {
				emit("@cue:", cueClassNames[c.class], "")
			}
		case cFirst, cReport, cOutcome, cBlock:
			emit("@cue:", cueClassNames[c.class], "")
		}
	}
	for _, m := range p.actors {
		if m.i >= ss && m.i < se {
			emit("@actor", "", "")
			break
		}
	}
}

// index builds the lookup tables tagging uses; call it once the weights are set.
func (m *stanceModel) index() *stanceModel {
	m.stamps.New = func() any { return &stampSet{} }
	m.idx, m.ws = indexRows(m.w, nStanceOut, func(w *[nStanceOut]float64) []float64 { return w[:] })
	return m
}

// scores is the model's probability for each output given the sentence
// [ss, se) of p, each feature counted once: the features of
// eachStanceFeature, in its order, its word features read from wf (the
// word features of this model, see wordFeatures) by the tokens' form ids.
func (m *stanceModel) scores(p *para, ss, se int, wf *wordFeatures) [nStanceOut]float64 {
	var z [nStanceOut]float64
	st := nextStamps(&m.stamps, m.ws.len())
	add := func(r int32) {
		if r < 0 || st.stamp[r] == st.gen {
			return
		}
		st.stamp[r] = st.gen
		m.ws.add(z[:], r)
	}
	eachSentenceFeature(p, ss, se, func(a, b, c string) {
		if r, ok := m.idx.get(hashMore(hashMore(hashMore(fnvOffset, a), b), c)); ok {
			add(r)
		}
	})
	if ss > 0 {
		for i := ss - 1; i >= 0 && p.toks[i].sent == p.toks[ss-1].sent; i-- {
			add(wf.rows[p.toks[i].form].prev)
		}
	}
	pairs := p.wordPairs(wf)
	for i := ss; i < se; i++ {
		add(wf.rows[p.toks[i].form].stance)
		if i > ss {
			add(pairs[i].stance)
		}
	}
	m.stamps.Put(st)
	for k := range z {
		z[k] = sigmoid(z[k])
	}
	return z
}

func sigmoid(z float64) float64 {
	if z < -30 {
		z = -30
	} else if z > 30 {
		z = 30
	}
	return 1 / (1 + math.Exp(-z))
}

// learnedStances adds the positions the model finds in the sentence or
// clause [ss, se) of p on issues not blocked, each whose probability
// reaches threshold, the most probable first, to out (the paragraph's
// stances so far; those from out[from] on are the sentence's). On an
// issue in before (the paragraph's earlier sentences have it) it adds no
// position: the sentence's named holders join the earlier position of the
// same value, if there is one.
//
// A position the sentence already holds on a related issue (see
// stanceModel.agree) gives the value and the holders. Otherwise, when the
// sentence has a position cue (its first one counts: the main verb, not
// "must" in "Canada rejected the idea that commitments should harden into
// obligations that all must accept"), the value the model gives must agree
// with the one that cue gives (after negation), or the model adds nothing,
// and the holder is found from that cue as for a rule stance.
func (t *Tagger) learnedStances(p *para, ss, se, prevEnd, from int, blocked, before *[nIssues]bool, hits []issueHit, v *voice, out []Stance, threshold float64) []Stance {
	if se-ss < 4 {
		return out
	}
	cue := -1
	for k, c := range p.cues {
		if c.class <= cNormative && c.i >= ss && c.j <= se && !p.toks[c.i].quoted && !(c.class == cNormative && p.sayingAside(c.j)) {
			cue = k
			break
		}
	}
	// with no position cue, the holder is looked for from the sentence's
	// end and the value is the model's ("The gap is not in the law but in
	// its application.")
	c := cueHit{class: cFavor, i: se - 1, j: se}
	var owners []string
	if cue < 0 {
		if k, e := p.endorseVerb(ss, se); k >= 0 {
			// "China has described the Russian concept of a convention as
			// a good basis for negotiations": who endorses holds the
			// position, and so does the owner of the text endorsed
			c = cueHit{class: cFavor, i: k, j: k + 1}
			for _, a := range p.actors {
				if a.i > k && a.j <= e {
					owners = append(owners, a.code)
				}
			}
		}
	}
	if cue >= 0 {
		c = p.cues[cue]
		if t.inConsensus(p, c.i, c.j) || c.class == cFavor && p.shortOf(max(ss, c.i-4), c.i) {
			// an outcome's wording; "stopped short of calling for a
			// treaty" takes no position, as for a rule (see cueValue)
			return out
		}
	}
	// the holder does not depend on the issue; found once, when needed,
	// and first when no position of the sentence can give it: with none,
	// the sentence need not be scored
	var actors []string
	known, looked := false, false
	lookHolder := func() {
		if !looked {
			actors, known = v.labelHolders(t.holder(p, ss, se, c.i, c.i, prevEnd, c.j, c.class, v))
			if qi := p.quoteStart(c.i, ss, se); qi >= 0 {
				// the words of a quotation are its speaker's
				actors, known = p.quotedHolder(ss, se, qi, v, actors, known)
			}
			if known && len(owners) > 0 {
				actors = appendActor(actors, owners...)
			}
			if known && len(namedOnly(actors)) > 0 {
				// "China presented its initiative as a contribution to
				// new rules, with explicit support from Pakistan"
				for k := ss + 1; k < se; k++ {
					if p.toks[k].low == "with" && p.toks[k].clause {
						actors = appendActor(actors, p.companions(k, se)...)
						break
					}
				}
			}
			looked = true
		}
	}
	if from == len(out) {
		lookHolder()
		if !known {
			return out
		}
	}
	m := t.stance
	s := m.scores(p, ss, se, t.feats)
	var cand, ext [nIssues]int
	n, ne := 0, 0
	for k := 0; k < nIssues; k++ {
		if s[k] < threshold || blocked[k] || excludedIssue(hits, Issues[k]) {
			continue
		}
		if before[k] {
			ext[ne] = k
			ne++
			continue
		}
		cand[n] = k
		n++
	}
	if n == 0 && ne == 0 {
		return out
	}
	slices.SortStableFunc(cand[:n], func(a, b int) int { return cmp.Compare(s[b], s[a]) })
	value := 0
	for j := 1; j < nValues; j++ {
		if s[nIssues+j] > s[nIssues+value] {
			value = j
		}
	}
	choice := p.choiceIn(ss, se)
	if choice {
		value = 2 // the sentence declines to choose (see choiceIn)
	}
	// an issue an earlier sentence of the paragraph has: the sentence
	// only adds its holders to a position of the same value ("Russia
	// circulated a draft convention. Iran, Cuba and Pakistan argued that
	// only binding commitments could hold States to account.")
	if cue >= 0 && cueValue(p, c, ss) != value && !choice {
		ne = 0 // the model and the sentence's cue disagree
	}
	for _, k := range ext[:ne] {
		at := slices.IndexFunc(out[:from], func(st Stance) bool { return st.Issue == Issues[k] && st.Value == stanceValues[value] })
		// the other value, held by others, when the sentence's own cue
		// says so ("China and Russia called for cyber sovereignty. The
		// United States sees in it a licence for censorship.")
		other := at < 0 && cue >= 0 && value != 2 && slices.ContainsFunc(out[:from], func(st Stance) bool { return st.Issue == Issues[k] && st.Value == stanceValues[1-value] })
		if at < 0 && !other {
			continue
		}
		lookHolder()
		named := namedOnly(actors)
		if !known || len(named) == 0 {
			break
		}
		// not those the sentence's own rules give a position on the issue:
		// "they did not object to consultations, but insisted that
		// negotiations remain intergovernmental"
		named = slices.DeleteFunc(slices.Clone(named), func(a string) bool { return holds(out[from:], Issues[k], []string{a}) })
		if len(named) == 0 {
			continue
		}
		if other {
			if !holds(out[:from], Issues[k], named) {
				out = addStance(out, Stance{Issue: Issues[k], Value: stanceValues[value], Actors: slices.Clone(named), Cue: p.text[p.toks[ss].s:p.toks[se-1].e]})
			}
			continue
		}
		out[at].Actors = appendActor(out[at].Actors, named...)
	}
	if n == 0 {
		return out
	}
	// the cue span is the sentence: the model read all of it
	span := p.text[p.toks[ss].s:p.toks[se-1].e]
	for _, k := range cand[:n] {
		x, same := m.related(out[from:], k)
		if x >= 0 && !p.cueIn(out[from+x].Cue, ss, se) {
			// a clause with its own holder reads apart: "The United
			// Kingdom warned that a treaty could weaken the Charter, and
			// the EU argued that the priority is to apply the law that
			// exists"
			lookHolder()
			if known && len(namedOnly(actors)) > 0 && !holdsAny(out[from+x].Actors, namedOnly(actors)) {
				x = -1
			}
		}
		if x >= 0 {
			r := out[from+x]
			val := r.Value
			if !same {
				val = flip(val)
			}
			out = addStance(out, Stance{Issue: Issues[k], Value: val, Actors: slices.Clone(r.Actors), Cue: span})
			p.derived = append(p.derived, derivedPos{issue: Issues[k], cue: span, src: r.Issue, same: same})
			continue
		}
		if cue >= 0 && cueValue(p, c, ss) != value && !choice {
			continue // the model and the sentence's cue disagree: no position
		}
		lookHolder()
		if !known {
			break
		}
		out = addStance(out, Stance{Issue: Issues[k], Value: stanceValues[value], Actors: slices.Clone(actors), Cue: span})
	}
	return out
}

// related returns the index in sent (a sentence's positions) of the favor
// or against position whose issue agrees most with issue k, at least
// agreeMin either way, and whether the values agree; -1 if none does.
func (m *stanceModel) related(sent []Stance, k int) (int, bool) {
	best, at := agreeMin, -1
	for i, st := range sent {
		x := issueIndex(st.Issue)
		if x < 0 || st.Value == "neutral" {
			continue
		}
		if a := math.Abs(m.agree[x][k]); a >= best {
			best, at = a, i
		}
	}
	if at < 0 {
		return -1, false
	}
	return at, m.agree[issueIndex(sent[at].Issue)][k] > 0
}

// excludedIssue reports a "not" pattern hit on issue.
func excludedIssue(hits []issueHit, issue string) bool {
	for _, h := range hits {
		if h.rule.issue == issue && h.rule.kind == "not" {
			return true
		}
	}
	return false
}

// cueValue is the value (an index of stanceValues) a position cue gives,
// a negation before it flipping favor and against.
func cueValue(p *para, c cueHit, ss int) int {
	v := 0
	switch c.class {
	case cAgainst:
		v = 1
	case cNeutral:
		return 2
	}
	if negatedAt(p, max(ss, c.i-4), c.j) {
		v = 1 - v
	}
	return v
}

// write writes the model in the stancemodel.tsv format, features sorted,
// weights rounded to 4 decimals, features whose weights all round to 0
// left out.
func (m *stanceModel) write(w io.Writer, header string) error {
	first := fmt.Sprintf("%s\t%s\t%s%s\n", featureThresh, strconv.FormatFloat(m.threshold, 'f', -1, 64), strconv.FormatFloat(m.stated, 'f', -1, 64), strings.Repeat("\t0", nStanceOut-2))
	var agree strings.Builder
	for k, is := range Issues {
		if err := writeRows(&agree, "", []string{featureAgree + is}, func(string) []float64 {
			var row [nStanceOut]float64
			copy(row[:], m.agree[k][:])
			return row[:]
		}); err != nil {
			return fmt.Errorf("stance model: write: %w", err)
		}
	}
	if err := writeRows(w, header+first+agree.String(), sortedNames(m.w), func(n string) []float64 { ws := m.w[n]; return ws[:] }); err != nil {
		return fmt.Errorf("stance model: write: %w", err)
	}
	return nil
}

// endorseVerb returns the endorse verb of the sentence [ss, se) nearest
// before an endorse phrase, in its clause and within a dozen words
// ("described the Russian concept of a convention as a good basis"), and
// the start of that phrase; or -1, -1.
func (p *para) endorseVerb(ss, se int) (int, int) {
	for _, h := range p.byClass[cEndorse] {
		if h.i <= ss || h.j > se || p.toks[h.i].quoted {
			continue
		}
		for k := h.i - 1; k > ss && k >= h.i-12; k-- {
			if endorseVerbs[p.toks[k].low] && !p.toks[k].quoted {
				return k, h.i
			}
			if p.toks[k].clause {
				break
			}
		}
	}
	return -1, -1
}
