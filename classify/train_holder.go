package classify

import (
	"fmt"
	"io"

	"gonum.org/v1/gonum/optimize"
)

// HolderTrainOptions set how TrainHolder fits the holder model.
type HolderTrainOptions struct {
	// L2 is the ridge penalty on the weights (not on the bias); 0 means 1.
	L2 float64
	// MinDocs keeps a word feature only if it occurs in this many training
	// documents; 0 means 2.
	MinDocs int
	// Threshold is the probability from which a candidate joins a
	// position's holders; 0 means 0.5.
	Threshold float64
	// Weights weighs the paragraphs of a document (by doc field); 1 when
	// absent.
	Weights map[string]float64
}

func (o HolderTrainOptions) withDefaults() HolderTrainOptions {
	if o.L2 == 0 {
		o.L2 = 1
	}
	if o.MinDocs == 0 {
		o.MinDocs = 2
	}
	if o.Threshold == 0 {
		o.Threshold = 0.5
	}
	return o
}

// HolderModel is a trained holder model; Write stores it as a
// holdermodel.tsv rule file.
type HolderModel struct {
	m                            *holderModel
	Samples, Positives, Features int
}

// Write writes the model in the holdermodel.tsv format after header (comment lines).
func (m *HolderModel) Write(w io.Writer, header string) error { return m.m.write(w, header) }

// holderSample is a candidate holder of a tagged position with its label:
// whether the gold annotation gives it that position.
type holderSample struct {
	doc string
	fs  []string
	y   bool
}

// holderSamples tags the labelled documents with t (whose own holder model
// is not used) and returns the candidates of every position it finds. A
// candidate is positive when the gold paragraph has the position (issue
// and value) with the candidate among its actors; the candidates of
// positions the gold paragraph does not have are negatives.
func (t *Tagger) holderSamples(gold []Labelled) []holderSample {
	rules := *t
	rules.holders = nil
	var out []holderSample
	rules.eachTagged(gold, func(g *Labelled, p *para, found []Stance, info DocInfo) {
		held := map[string]bool{}
		for _, s := range g.Stances {
			for _, a := range s.Actors {
				held[s.Issue+"\x00"+s.Value+"\x00"+a] = true
			}
		}
		for _, c := range holderCandidates(p, found, kindFromString(info.Kind), info.Speaker) {
			s := found[c.stance]
			out = append(out, holderSample{doc: g.Doc, fs: c.fs, y: held[s.Issue+"\x00"+s.Value+"\x00"+c.code]})
		}
	})
	return out
}

// TrainHolder fits the holder model on the labelled paragraphs gold
// (grouped into documents by their doc field), tagged by t.
func TrainHolder(t *Tagger, gold []Labelled, o HolderTrainOptions) (*HolderModel, error) {
	o = o.withDefaults()
	ss := t.holderSamples(gold)
	m, err := fitHolder(ss, o)
	if err != nil {
		return nil, err
	}
	hm := &HolderModel{m: m, Samples: len(ss), Features: len(m.w)}
	for _, s := range ss {
		if s.y {
			hm.Positives++
		}
	}
	return hm, nil
}

// fitHolder fits an L2-penalised logistic regression on the samples.
func fitHolder(ss []holderSample, o HolderTrainOptions) (*holderModel, error) {
	v := newFeatureVocab()
	for _, s := range ss {
		for _, f := range s.fs {
			v.count(s.doc, f)
		}
	}
	for _, s := range ss {
		for _, f := range s.fs {
			v.add(f, f == featureBias, o.MinDocs)
		}
	}
	index, names := v.index, v.names
	type row struct {
		idx []int
		y   float64
		wt  float64
	}
	rows := make([]row, 0, len(ss))
	positive := 0
	for _, s := range ss {
		r := row{wt: 1}
		if w, ok := o.Weights[s.doc]; ok {
			r.wt = w
		}
		if s.y {
			r.y = 1
			positive++
		}
		for _, f := range s.fs {
			if j, ok := index[f]; ok {
				r.idx = append(r.idx, j)
			}
		}
		rows = append(rows, r)
	}
	if positive == 0 || positive == len(rows) {
		return nil, fmt.Errorf("train holders: %d candidates, %d positive: nothing to learn", len(rows), positive)
	}
	bias, nf := index[featureBias], len(names)
	fn := func(x []float64) float64 {
		loss := 0.0
		for i := range rows {
			r := &rows[i]
			z := 0.0
			for _, j := range r.idx {
				z += x[j]
			}
			if r.y == 0 {
				z = -z
			}
			loss += r.wt * softplus(-z)
		}
		for j := 0; j < nf; j++ {
			if j != bias {
				loss += o.L2 / 2 * x[j] * x[j]
			}
		}
		return loss
	}
	grad := func(g, x []float64) {
		for j := range g {
			g[j] = 0
		}
		for i := range rows {
			r := &rows[i]
			z := 0.0
			for _, j := range r.idx {
				z += x[j]
			}
			d := r.wt * (sigmoid(z) - r.y)
			for _, j := range r.idx {
				g[j] += d
			}
		}
		for j := 0; j < nf; j++ {
			if j != bias {
				g[j] += o.L2 * x[j]
			}
		}
	}
	res, err := optimize.Minimize(optimize.Problem{Func: fn, Grad: grad}, make([]float64, nf),
		&optimize.Settings{GradientThreshold: 1e-6, MajorIterations: 2000}, &optimize.LBFGS{})
	if err != nil && res == nil {
		return nil, fmt.Errorf("train holders: optimise: %w", err)
	}
	m := &holderModel{w: make(map[string]float64, nf), threshold: o.Threshold}
	for j, n := range names {
		m.w[n] = res.X[j]
	}
	return m, nil
}

// HolderCVResult is the outcome of CrossValidateHolder; its Model and
// Rules are the triple scores with the holder model and without it (the
// rules' and the stance model's holders alone).
type HolderCVResult = ModelCVResult

// CrossValidateHolder splits the documents into folds (folds <= 0: one
// document per fold), trains the holder model on all folds but one and
// tags the held-out one with it, for each fold in turn, and scores the
// pooled held-out stances on (paragraph, issue, value, actor) triples. The
// stance and value models of t stay as they are; CrossValidateModels
// retrains them in each fold too.
func CrossValidateHolder(t *Tagger, gold []Labelled, o HolderTrainOptions, folds int) (HolderCVResult, error) {
	return crossValidateModel(t, gold, t.holderSamples(gold), o, folds, func(t *Tagger, m *holderModel) { t.holders = m })
}
