package classify

import (
	"fmt"
	"io"
	"slices"
)

// ValueTrainOptions set how TrainValue fits the value model. The zero
// value gives L2 1, MinDocs 2 and threshold 0.5.
type ValueTrainOptions = HolderTrainOptions

// ValueModel is a trained value model; Write stores it as a valuemodel.tsv
// rule file.
type ValueModel struct {
	m *valueModel
	// Samples are the positions trained on, Turned those whose gold value
	// is the other one, Features the model's features.
	Samples, Turned, Features int
}

// Write writes the model in the valuemodel.tsv format after header (comment lines).
func (m *ValueModel) Write(w io.Writer, header string) error { return m.m.write(w, header) }

// eachTagged tags the labelled documents with t and calls tagged for
// each paragraph analysed, with its gold record, the analysed paragraph,
// the stances found and what the tagger inferred of the document.
func (t *Tagger) eachTagged(gold []Labelled, tagged func(g *Labelled, p *para, found []Stance, info DocInfo)) {
	order, groups := groupByDoc(gold)
	for _, d := range order {
		idx := groups[d]
		paras := make([]*para, len(idx))
		res, info := t.tagDoc(goldDoc(gold, idx), func(i int, p *para, _, _ [nTopics]float64, _ bool) { paras[i] = p })
		for k, i := range idx {
			if paras[k] != nil {
				tagged(&gold[i], paras[k], res[k].Stances, info)
			}
		}
	}
}

// valueSamples tags the labelled documents with t (without its value and
// holder models) and returns the favor and against positions
// it finds whose issue the gold paragraph has a favor or against position
// on, labelled with the gold value (y: against). When the gold paragraph
// has both values on the issue, the position's holders decide which one
// it is; a position whose holders do not tell is left out. The second
// result counts the positions whose gold value is not the one found.
func (t *Tagger) valueSamples(gold []Labelled) ([]holderSample, int) {
	rules := *t
	rules.values, rules.holders = nil, nil
	var out []holderSample
	turned := 0
	rules.eachTagged(gold, func(g *Labelled, p *para, found []Stance, _ DocInfo) {
		for _, st := range found {
			if st.Value != "favor" && st.Value != "against" {
				continue
			}
			ci, cj, ok := p.cueSpan(st.Cue)
			if !ok {
				continue
			}
			v, ok := goldValue(g.Stances, st)
			if !ok {
				continue
			}
			if v != st.Value {
				turned++
			}
			out = append(out, holderSample{doc: g.Doc, fs: valueFeatures(p, st, ci, cj), y: v == "against"})
		}
	})
	return out, turned
}

// goldValue is the value (favor or against) the gold stances give the
// position st: the one the gold paragraph has on st's issue, or, when it
// has both, the one whose actors share a holder with st and the other's do
// not. ok is false when the gold paragraph does not tell.
func goldValue(gold []Stance, st Stance) (value string, ok bool) {
	var has [2]bool    // favor, against
	var shares [2]bool // shares a holder with st
	for _, g := range gold {
		k := slices.Index([]string{"favor", "against"}, g.Value)
		if g.Issue != st.Issue || k < 0 {
			continue
		}
		has[k] = true
		for _, a := range g.Actors {
			if contains(st.Actors, a) {
				shares[k] = true
			}
		}
	}
	switch {
	case has[0] && !has[1]:
		return "favor", true
	case has[1] && !has[0]:
		return "against", true
	case has[0] && has[1] && shares[0] != shares[1]:
		if shares[0] {
			return "favor", true
		}
		return "against", true
	}
	return "", false
}

// TrainValue fits the value model on the labelled paragraphs gold
// (grouped into documents by their doc field), tagged by t.
func TrainValue(t *Tagger, gold []Labelled, o ValueTrainOptions) (*ValueModel, error) {
	o = o.withDefaults()
	ss, turned := t.valueSamples(gold)
	m, err := fitHolder(ss, o)
	if err != nil {
		return nil, fmt.Errorf("train values: %w", err)
	}
	return &ValueModel{m: m, Samples: len(ss), Turned: turned, Features: len(m.w)}, nil
}

// ModelCVResult is the outcome of the cross-validation of a model that
// corrects the positions found (CrossValidateValue, CrossValidateHolder): stance scores on documents the model was not
// trained on, with the model and without it, on the same paragraphs.
type ModelCVResult struct {
	Folds, Docs, Paras int
	// Model and Rules are triple scores with the model and without it,
	// ModelPairs and RulesPairs (paragraph, issue, value) pair scores.
	Model, Rules, ModelPairs, RulesPairs PRF
}

// ValueCVResult is the outcome of CrossValidateValue.
type ValueCVResult = ModelCVResult

// CrossValidateValue splits the documents into folds (folds <= 0: one
// document per fold), trains the value model on all folds but one and
// tags the held-out one with it, for each fold in turn, and scores the
// pooled held-out stances. The stance and holder models of t stay as they
// are; CrossValidateModels retrains them in each fold too.
func CrossValidateValue(t *Tagger, gold []Labelled, o ValueTrainOptions, folds int) (ValueCVResult, error) {
	ss, _ := t.valueSamples(gold)
	return crossValidateModel(t, gold, ss, o, folds, func(t *Tagger, m *holderModel) { t.values = m })
}

// crossValidateModel cross-validates by document folds the model of
// which ss are the training samples: set puts a model (nil: none) in a
// copy of t.
func crossValidateModel(t *Tagger, gold []Labelled, ss []holderSample, o HolderTrainOptions, folds int, set func(*Tagger, *holderModel)) (ModelCVResult, error) {
	o = o.withDefaults()
	folds, foldOf := docFolds(gold, folds)
	res := ModelCVResult{Folds: folds, Docs: len(foldOf), Paras: len(gold)}
	without := *t
	set(&without, nil)
	withModel, err := heldOutTags(gold, folds, foldOf, func(f int) (*Tagger, error) {
		train := slices.DeleteFunc(slices.Clone(ss), func(s holderSample) bool { return foldOf[s.doc] == f })
		m, err := fitHolder(train, o)
		if err != nil {
			return nil, err
		}
		tm := without
		set(&tm, m)
		return &tm, nil
	})
	if err != nil {
		return res, err
	}
	e, r := Evaluate(gold, withModel), Evaluate(gold, TagGold(&without, gold))
	res.Model, res.ModelPairs = e.StanceTriples, e.StancePairs
	res.Rules, res.RulesPairs = r.StanceTriples, r.StancePairs
	return res, nil
}
