package classify

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/gonum/optimize"
)

// StanceTrainOptions set how TrainStance fits the stance model.
type StanceTrainOptions struct {
	L2        float64 // L2 penalty on the weights (default 1)
	MinDocs   int     // keep a word or pair only if it occurs in this many documents (default 2)
	Threshold float64 // issue probability from which a position is stated (default 0.5)
	// Stated is the threshold in a sentence where the rules found a
	// position, at least Threshold; 0 (the default): the model adds
	// nothing there.
	Stated  float64
	Weights map[string]float64 // per-document sample weight (default 1)
}

func (o StanceTrainOptions) withDefaults() StanceTrainOptions {
	if o.L2 <= 0 {
		o.L2 = 1
	}
	if o.MinDocs <= 0 {
		o.MinDocs = 2
	}
	if o.Threshold <= 0 || o.Threshold >= 1 {
		o.Threshold = 0.5
	}
	if o.Stated != 0 && (o.Stated < o.Threshold || o.Stated >= 1) {
		o.Stated = 0
	}
	return o
}

// StanceModel is a trained stance model; Write saves it as
// rules/stancemodel.tsv.
type StanceModel struct {
	m         *stanceModel
	Sentences int // training sentences
	Positive  int // of which state a position
	Docs      int
	Features  int
}

// Write writes the model in the stancemodel.tsv format with header as its
// first lines.
func (m *StanceModel) Write(w io.Writer, header string) error { return m.m.write(w, header) }

// stanceSample is one sentence of a labelled paragraph.
type stanceSample struct {
	doc    string
	fs     []string
	issues [nIssues]bool
	values [nValues]bool
	stated bool // the sentence states a position
	// the values stated on each issue, a bit per value (1 << valueIndex)
	valueBits [nIssues]uint8
}

// stanceSamples splits the labelled paragraphs into sentences the way the
// tagger does and labels each with the positions whose cue starts in it.
// A stance whose cue is not found in its paragraph labels nothing.
func (t *Tagger) stanceSamples(gold []Labelled) []stanceSample {
	var out []stanceSample
	for _, g := range gold {
		p := t.analyse(g.Text)
		sents := p.sentences()
		first := len(out)
		for _, sr := range sents {
			s := stanceSample{doc: g.Doc}
			seen := map[string]bool{}
			eachStanceFeature(p, sr[0], sr[1], func(a, b, c, d string) {
				if name := a + b + c + d; !seen[name] {
					seen[name] = true
					s.fs = append(s.fs, name)
				}
			})
			out = append(out, s)
		}
		for _, st := range g.Stances {
			k := issueIndex(st.Issue)
			v := valueIndex(st.Value)
			at := strings.Index(g.Text, st.Cue)
			if k < 0 || v < 0 || st.Cue == "" || at < 0 {
				continue
			}
			for n, sr := range sents {
				if sr[1] > sr[0] && at < p.toks[sr[1]-1].e || n == len(sents)-1 {
					s := &out[first+n]
					s.issues[k], s.values[v], s.stated = true, true, true
					s.valueBits[k] |= 1 << v
					break
				}
			}
		}
	}
	return out
}

// valueIndex is the index of v in stanceValues, or -1.
func valueIndex(v string) int { return slices.Index(stanceValues[:], v) }

// TrainStance fits the stance model on the sentences of labelled
// paragraphs: gold stances (with cues that are substrings of their text)
// label the sentence their cue starts in.
func TrainStance(t *Tagger, gold []Labelled, o StanceTrainOptions) (*StanceModel, error) {
	o = o.withDefaults()
	ss := t.stanceSamples(gold)
	m, err := fitStance(ss, o)
	if err != nil {
		return nil, err
	}
	res := &StanceModel{m: m, Sentences: len(ss), Features: len(m.w)}
	docs := map[string]bool{}
	for _, s := range ss {
		docs[s.doc] = true
		if s.stated {
			res.Positive++
		}
	}
	res.Docs = len(docs)
	return res, nil
}

// fitStance fits the one-vs-rest logistic regressions: every sentence
// trains the issue outputs, the sentences that state a position train the
// value outputs.
func fitStance(ss []stanceSample, o StanceTrainOptions) (*stanceModel, error) {
	v := newFeatureVocab()
	for _, s := range ss {
		for _, f := range s.fs {
			v.count(s.doc, f)
		}
	}
	for _, s := range ss {
		for _, f := range s.fs {
			v.add(f, f[0] == '@', o.MinDocs)
		}
	}
	index, names := v.index, v.names
	type row struct {
		idx []int
		y   [nStanceOut]float64
		on  [nStanceOut]bool // outputs this row trains
		wt  float64
	}
	rows := make([]row, 0, len(ss))
	positive := 0
	for _, s := range ss {
		r := row{wt: 1}
		if w, ok := o.Weights[s.doc]; ok {
			r.wt = w
		}
		for _, f := range s.fs {
			if j, ok := index[f]; ok {
				r.idx = append(r.idx, j)
			}
		}
		for k := 0; k < nIssues; k++ {
			r.on[k] = true
			if s.issues[k] {
				r.y[k] = 1
			}
		}
		if s.stated {
			positive++
			for k := 0; k < nValues; k++ {
				r.on[nIssues+k] = true
				if s.values[k] {
					r.y[nIssues+k] = 1
				}
			}
		}
		rows = append(rows, r)
	}
	if positive == 0 {
		return nil, fmt.Errorf("train stance: no sentence states a position (do the stances have cues found in their text?)")
	}
	nf := len(names)
	bias := index[featureBias]
	const K = nStanceOut
	z := func(x []float64, r *row) [K]float64 {
		var z [K]float64
		for _, j := range r.idx {
			for k := 0; k < K; k++ {
				z[k] += x[j*K+k]
			}
		}
		return z
	}
	fn := func(x []float64) float64 {
		var loss float64
		for i := range rows {
			r := &rows[i]
			zs := z(x, r)
			for k := 0; k < K; k++ {
				if !r.on[k] {
					continue
				}
				// log(1+exp(-y'z)) with y' in {-1, +1}, computed stably
				m := zs[k]
				if r.y[k] == 0 {
					m = -m
				}
				loss += r.wt * softplus(-m)
			}
		}
		for j := 0; j < nf; j++ {
			if j == bias {
				continue
			}
			for k := 0; k < K; k++ {
				v := x[j*K+k]
				loss += o.L2 / 2 * v * v
			}
		}
		return loss
	}
	grad := func(g, x []float64) {
		for i := range g {
			g[i] = 0
		}
		for i := range rows {
			r := &rows[i]
			zs := z(x, r)
			var d [K]float64
			for k := 0; k < K; k++ {
				if r.on[k] {
					d[k] = r.wt * (sigmoid(zs[k]) - r.y[k])
				}
			}
			for _, j := range r.idx {
				for k := 0; k < K; k++ {
					g[j*K+k] += d[k]
				}
			}
		}
		for j := 0; j < nf; j++ {
			if j == bias {
				continue
			}
			for k := 0; k < K; k++ {
				g[j*K+k] += o.L2 * x[j*K+k]
			}
		}
	}
	res, err := optimize.Minimize(optimize.Problem{Func: fn, Grad: grad}, make([]float64, nf*K),
		&optimize.Settings{GradientThreshold: 1e-5, MajorIterations: 2000}, &optimize.LBFGS{})
	if err != nil && res == nil {
		return nil, fmt.Errorf("train stance: optimise: %w", err)
	}
	m := &stanceModel{w: make(map[string][K]float64, nf), threshold: o.Threshold, stated: o.Stated, agree: agreement(ss)}
	for j, n := range names {
		var w [K]float64
		copy(w[:], res.X[j*K:(j+1)*K])
		m.w[n] = w
	}
	return m.index(), nil
}

// agreement counts, over the sentences of ss, the pairs of issues on which
// a sentence states one favor or against value each: (same - opposite) /
// (same + opposite + 2), so that a pair seen once or twice stays near 0.
func agreement(ss []stanceSample) [nIssues][nIssues]float64 {
	const fa = 1<<0 | 1<<1 // favor, against
	var same, opp [nIssues][nIssues]float64
	for _, s := range ss {
		for x := 0; x < nIssues; x++ {
			bx := s.valueBits[x] & fa
			if bx != 1 && bx != 2 {
				continue // none, or both
			}
			for y := 0; y < nIssues; y++ {
				by := s.valueBits[y] & fa
				if y == x || by != 1 && by != 2 {
					continue
				}
				if bx == by {
					same[x][y]++
				} else {
					opp[x][y]++
				}
			}
		}
	}
	var a [nIssues][nIssues]float64
	for x := range a {
		for y := range a[x] {
			if n := same[x][y] + opp[x][y]; n > 0 {
				a[x][y] = (same[x][y] - opp[x][y]) / (n + 2)
			}
		}
	}
	return a
}

// softplus is log(1+exp(x)), without overflow.
func softplus(x float64) float64 {
	if x > 30 {
		return x
	}
	return math.Log1p(math.Exp(x))
}

// StanceCVResult is the outcome of CrossValidateStance: stance scores on
// documents the model was not trained on, for the rules with the model and
// for the rules alone, on the same paragraphs.
type StanceCVResult struct {
	Folds, Docs, Paras int
	Model, Rules       struct{ Triples, Pairs PRF }
}

// CrossValidateStance splits the documents into folds (folds <= 0: one
// document per fold), trains the stance model on all folds but one and
// tags the held-out one with it, for each fold in turn. The pooled held-out
// predictions are scored like Evaluate scores stances. The value and holder
// models of t are left out (both arms are the rules with and without the
// stance model): they were trained on every document. CrossValidateModels
// retrains all three in each fold.
func CrossValidateStance(t *Tagger, gold []Labelled, o StanceTrainOptions, folds int) (StanceCVResult, error) {
	o = o.withDefaults()
	ss := t.stanceSamples(gold)
	folds, foldOf := docFolds(gold, folds)
	res := StanceCVResult{Folds: folds, Docs: len(foldOf), Paras: len(gold)}
	rules := *t
	rules.setModels(t.model, nil)
	rules.values, rules.holders = nil, nil
	withModel, err := heldOutTags(gold, folds, foldOf, func(f int) (*Tagger, error) {
		train := slices.DeleteFunc(slices.Clone(ss), func(s stanceSample) bool { return foldOf[s.doc] == f })
		m, err := fitStance(train, o)
		if err != nil {
			return nil, err
		}
		tm := rules
		tm.setModels(t.model, m)
		return &tm, nil
	})
	if err != nil {
		return res, err
	}
	rm := Evaluate(gold, withModel)
	rr := Evaluate(gold, TagGold(&rules, gold))
	res.Model.Triples, res.Model.Pairs = rm.StanceTriples, rm.StancePairs
	res.Rules.Triples, res.Rules.Pairs = rr.StanceTriples, rr.StancePairs
	return res, nil
}

// docFolds deals the documents of gold, sorted, into folds (folds <= 0 or
// more than the documents: one document per fold) and returns the number
// of folds and each document's fold.
func docFolds(gold []Labelled, folds int) (int, map[string]int) {
	docs := sortedDocs(gold)
	if folds <= 0 || folds > len(docs) {
		folds = len(docs)
	}
	foldOf := make(map[string]int, len(docs))
	for i, d := range docs {
		foldOf[d] = i % folds
	}
	return folds, foldOf
}

// heldOutTags tags the documents of each fold f (foldOf[doc] == f) with the
// tagger that fit returns for that fold, trained on the other folds, and
// returns the pooled held-out predictions, one per record of gold.
func heldOutTags(gold []Labelled, folds int, foldOf map[string]int, fit func(f int) (*Tagger, error)) ([]Labelled, error) {
	out := make([]Labelled, len(gold))
	for f := 0; f < folds; f++ {
		tm, err := fit(f)
		if err != nil {
			return nil, fmt.Errorf("cv: fold %d: %w", f, err)
		}
		var held []Labelled
		var at []int
		for i, g := range gold {
			if foldOf[g.Doc] == f {
				held = append(held, g)
				at = append(at, i)
			}
		}
		for k, p := range TagGold(tm, held) {
			out[at[k]] = p
		}
	}
	return out, nil
}
