package classify

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"gonum.org/v1/gonum/optimize"
)

// TrainOptions set how Train fits the topic model.
type TrainOptions struct {
	// L2 is the ridge penalty on the weights (not on the bias); 0 means 1.
	L2 float64
	// MinDocs keeps a word feature only when it occurs in at least this many
	// training documents, so that the model learns vocabulary shared across
	// documents, not one document's; 0 means 3.
	MinDocs int
	// Weights, when set, weighs the records of a document (by its doc
	// field) in the loss; missing documents weigh 1.
	Weights map[string]float64
	// Balance weighs each topic's paragraphs inversely to its frequency,
	// so that rare topics count as much as common ones (macro-F1).
	Balance bool
	// MinConfidence: the model decides the primary topic only when its
	// probability reaches this; below it the rules decide. 0: always the model.
	MinConfidence float64
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.L2 == 0 {
		o.L2 = 1
	}
	if o.MinDocs == 0 {
		o.MinDocs = 3
	}
	return o
}

// sample is one labelled paragraph turned into model inputs.
type sample struct {
	doc  string
	gold int
	fs   []feature
	ev   [nTopics]float64
	furn bool
}

// samples tags the gold documents with the rules alone (no topic model)
// and returns every labelled paragraph's features.
func (t *Tagger) samples(gold []Labelled) []sample {
	rules := *t
	rules.setModels(nil, t.stance)
	order, groups := groupByDoc(gold)
	out := make([]sample, len(gold))
	for _, d := range order {
		idx := groups[d]
		doc := goldDoc(gold, idx)
		rules.tagDoc(doc, func(k int, p *para, ev, own [nTopics]float64, furn bool) {
			i := idx[k]
			out[i] = sample{doc: d, gold: topicIndex(gold[i].Topic), ev: ev, furn: furn,
				fs: features(p, ev, own, furn, gold[i].Section, nil)}
		})
	}
	return out
}

// Model is a trained topic model; Write saves it as rules/topicmodel.tsv.
type Model struct {
	m        *topicModel
	Features int // features kept
	Samples  int // labelled paragraphs trained on
	Docs     int // documents they come from
}

// Write writes the model in the topicmodel.tsv format with header as its
// leading comment lines (each should start with "#").
func (m *Model) Write(w io.Writer, header string) error { return m.m.write(w, header) }

// Train fits the topic model on labelled records (grouped into documents by
// their doc field) with the rules of t as its evidence features.
func Train(t *Tagger, gold []Labelled, o TrainOptions) (*Model, error) {
	ss := t.samples(gold)
	m, err := fitModel(ss, o.withDefaults())
	if err != nil {
		return nil, err
	}
	docs := map[string]bool{}
	for _, s := range ss {
		docs[s.doc] = true
	}
	return &Model{m: m, Features: len(m.w), Samples: len(ss), Docs: len(docs)}, nil
}

func fitModel(ss []sample, o TrainOptions) (*topicModel, error) {
	// vocabulary: shape features always, words seen in MinDocs documents
	// (of the samples with a gold topic)
	v := newFeatureVocab()
	for _, s := range ss {
		if s.gold < 0 {
			continue
		}
		for _, f := range s.fs {
			v.count(s.doc, f.name)
		}
	}
	for _, s := range ss {
		for _, f := range s.fs {
			v.add(f.name, f.name[0] == '@', o.MinDocs)
		}
	}
	index, names := v.index, v.names
	type row struct {
		idx  []int
		val  []float64
		gold int
		wt   float64
	}
	var rows []row
	for _, s := range ss {
		if s.gold < 0 {
			continue
		}
		r := row{gold: s.gold, wt: 1}
		if w, ok := o.Weights[s.doc]; ok {
			r.wt = w
		}
		for _, f := range s.fs {
			if j, ok := index[f.name]; ok {
				r.idx = append(r.idx, j)
				r.val = append(r.val, f.v)
			}
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("train: no labelled paragraphs with a known topic")
	}
	if o.Balance {
		var per [nTopics]float64
		for _, r := range rows {
			per[r.gold] += r.wt
		}
		var total float64
		var present int
		for _, c := range per {
			total += c
			if c > 0 {
				present++
			}
		}
		for i := range rows {
			rows[i].wt *= total / (float64(present) * per[rows[i].gold])
		}
	}
	nf := len(names)
	bias := index[featureBias]
	dim := nf * nTopics
	fn := func(x []float64) float64 {
		var loss float64
		for _, r := range rows {
			var z [nTopics]float64
			for q, j := range r.idx {
				for k := 0; k < nTopics; k++ {
					z[k] += x[j*nTopics+k] * r.val[q]
				}
			}
			loss -= r.wt * math.Log(max(softmax(z)[r.gold], 1e-300))
		}
		for j := 0; j < nf; j++ {
			if j == bias {
				continue
			}
			for k := 0; k < nTopics; k++ {
				v := x[j*nTopics+k]
				loss += o.L2 / 2 * v * v
			}
		}
		return loss
	}
	grad := func(g, x []float64) {
		for i := range g {
			g[i] = 0
		}
		for _, r := range rows {
			var z [nTopics]float64
			for q, j := range r.idx {
				for k := 0; k < nTopics; k++ {
					z[k] += x[j*nTopics+k] * r.val[q]
				}
			}
			p := softmax(z)
			p[r.gold]--
			for q, j := range r.idx {
				for k := 0; k < nTopics; k++ {
					g[j*nTopics+k] += r.wt * p[k] * r.val[q]
				}
			}
		}
		for j := 0; j < nf; j++ {
			if j == bias {
				continue
			}
			for k := 0; k < nTopics; k++ {
				g[j*nTopics+k] += o.L2 * x[j*nTopics+k]
			}
		}
	}
	res, err := optimize.Minimize(optimize.Problem{Func: fn, Grad: grad}, make([]float64, dim),
		&optimize.Settings{GradientThreshold: 1e-5, MajorIterations: 2000}, &optimize.LBFGS{})
	if err != nil && res == nil {
		return nil, fmt.Errorf("train: optimise: %w", err)
	}
	m := &topicModel{w: make(map[string][nTopics]float64, nf), minConf: o.MinConfidence}
	for j, n := range names {
		var w [nTopics]float64
		copy(w[:], res.X[j*nTopics:(j+1)*nTopics])
		m.w[n] = w
	}
	return m.index(), nil
}

// CVResult is the outcome of CrossValidate: primary-topic macro-F1 on
// documents the model was not trained on, next to the rules alone on the
// same paragraphs.
type CVResult struct {
	Docs    int
	Paras   int
	ModelF1 float64               // pooled held-out predictions of the model
	RulesF1 float64               // the rules alone
	PerDoc  map[string][2]float64 // accuracy per held-out document: model, rules
}

// CrossValidate trains on all documents but one and predicts that one, for
// each document (leave one document out). When only is not nil, only the
// documents it names are held out in turn (the others always train).
func CrossValidate(t *Tagger, gold []Labelled, o TrainOptions, only map[string]bool) (CVResult, error) {
	var folds [][]string
	for _, d := range sortedDocs(gold) {
		if only == nil || only[d] {
			folds = append(folds, []string{d})
		}
	}
	return crossValidate(t, gold, o, folds)
}

// CrossValidateFolds is CrossValidate with the documents dealt into k folds
// in sorted order (document i goes to fold i mod k): it fits k models
// instead of one per document, so it is the form to use on large training
// sets. k <= 0, or k above the number of documents, means one document per
// fold.
func CrossValidateFolds(t *Tagger, gold []Labelled, o TrainOptions, k int) (CVResult, error) {
	docs := sortedDocs(gold)
	if k <= 0 || k > len(docs) {
		k = len(docs)
	}
	folds := make([][]string, k)
	for i, d := range docs {
		folds[i%k] = append(folds[i%k], d)
	}
	return crossValidate(t, gold, o, folds)
}

// crossValidate holds out each fold (a set of documents) in turn.
func crossValidate(t *Tagger, gold []Labelled, o TrainOptions, folds [][]string) (CVResult, error) {
	o = o.withDefaults()
	ss := t.samples(gold)
	res := CVResult{PerDoc: map[string][2]float64{}}
	var tpM, fpM, fnM, tpR, fpR, fnR [nTopics]int
	count := func(tp, fp, fn *[nTopics]int, gold, pred int) {
		if pred == gold {
			tp[pred]++
			return
		}
		if gold >= 0 {
			fn[gold]++
		}
		fp[pred]++
	}
	for _, fold := range folds {
		held := make(map[string]bool, len(fold))
		for _, d := range fold {
			held[d] = true
		}
		var train []sample
		var test []int
		for i, s := range ss {
			if held[s.doc] {
				test = append(test, i)
			} else {
				train = append(train, s)
			}
		}
		m, err := fitModel(train, o)
		if err != nil {
			return res, fmt.Errorf("cv: fold %s: %w", strings.Join(fold, ","), err)
		}
		ok := map[string]*[3]int{} // per held-out document: model right, rules right, paragraphs
		for _, d := range fold {
			ok[d] = new([3]int)
		}
		for _, i := range test {
			s := ss[i]
			pr := topicIndex(topicScores(s.ev, s.furn)[0].Label)
			pm := m.primary(s.fs, s.furn, pr)
			count(&tpM, &fpM, &fnM, s.gold, pm)
			count(&tpR, &fpR, &fnR, s.gold, pr)
			c := ok[s.doc]
			if pm == s.gold {
				c[0]++
			}
			if pr == s.gold {
				c[1]++
			}
			c[2]++
			res.Paras++
		}
		for _, d := range fold {
			if c := ok[d]; c[2] > 0 {
				res.Docs++
				res.PerDoc[d] = [2]float64{float64(c[0]) / float64(c[2]), float64(c[1]) / float64(c[2])}
			}
		}
	}
	for k := 0; k < nTopics; k++ {
		res.ModelF1 += prf(tpM[k], fpM[k], fnM[k]).F1 / nTopics
		res.RulesF1 += prf(tpR[k], fpR[k], fnR[k]).F1 / nTopics
	}
	return res, nil
}

// primary is the model's primary topic, or rules (the rules' choice) when
// the model is less sure than its minimum confidence; page furniture is
// always "other".
func (m *topicModel) primary(fs []feature, furniture bool, rules int) int {
	if furniture {
		return topicOther
	}
	best, _ := m.best(fs)
	if best < 0 {
		return rules
	}
	return best
}

// sortedDocs lists the distinct doc fields of gold, sorted.
func sortedDocs(gold []Labelled) []string {
	order, _ := groupByDoc(gold)
	docs := append([]string(nil), order...)
	sort.Strings(docs)
	return docs
}

// featureVocab numbers the features of a model's training samples in the
// order they are first added, keeping a word feature only if it occurs in
// enough documents.
type featureVocab struct {
	docs  map[string]map[string]bool // feature -> the documents it occurs in
	index map[string]int             // feature -> its number
	names []string                   // by number
}

func newFeatureVocab() *featureVocab {
	return &featureVocab{docs: map[string]map[string]bool{}, index: map[string]int{}}
}

// count records that feature name occurs in document doc.
func (v *featureVocab) count(doc, name string) {
	d := v.docs[name]
	if d == nil {
		d = map[string]bool{}
		v.docs[name] = d
	}
	d[doc] = true
}

// add numbers feature name unless it has a number already or, unless
// always, occurs in fewer than minDocs counted documents.
func (v *featureVocab) add(name string, always bool, minDocs int) {
	if _, ok := v.index[name]; ok || !always && len(v.docs[name]) < minDocs {
		return
	}
	v.index[name] = len(v.names)
	v.names = append(v.names, name)
}
