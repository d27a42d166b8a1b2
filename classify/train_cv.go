package classify

import (
	"slices"
)

// ModelsTrainOptions set how CrossValidateModels fits the three stance
// models, as the shipped ones are built: the stance model, then the value
// model on the positions the tagger with that stance model finds, then the
// holder model on those the tagger with both finds.
type ModelsTrainOptions struct {
	Stance StanceTrainOptions
	Value  ValueTrainOptions
	Holder HolderTrainOptions
}

// ModelsCVResult is the outcome of CrossValidateModels: stance scores on
// documents none of the three models was trained on, and the held-out
// tags themselves, one per record of the gold, for error analysis.
type ModelsCVResult struct {
	Folds, Docs, Paras int
	// Models are the scores of the rules with the three models of each
	// fold; Stance with the fold's stance model alone; Rules with no
	// model (the same for every fold).
	Models, Stance, Rules struct{ Triples, Pairs PRF }
	// Tags are the held-out tags of the rules with the three models.
	Tags []Labelled
}

// CrossValidateModels splits the documents of gold into folds (folds <= 0:
// one document per fold) and, for each fold in turn, trains the stance,
// value and holder models on the other folds, each from the tagger with
// the models trained before it, and tags the held-out fold with all three.
// The pooled held-out predictions are scored like Evaluate scores
// stances. Unlike CrossValidateStance, CrossValidateValue and
// CrossValidateHolder, which hold t's other models fixed (and those were
// trained on every document), no model here has seen the document it tags.
func CrossValidateModels(t *Tagger, gold []Labelled, o ModelsTrainOptions, folds int) (ModelsCVResult, error) {
	so := o.Stance.withDefaults()
	vo := o.Value.withDefaults()
	ho := o.Holder.withDefaults()
	rules := *t
	rules.setModels(t.model, nil)
	rules.values, rules.holders = nil, nil
	ss := t.stanceSamples(gold)
	folds, foldOf := docFolds(gold, folds)
	res := ModelsCVResult{Folds: folds, Docs: len(foldOf), Paras: len(gold)}
	stanceOnly := make([]*Tagger, folds)
	models, err := heldOutTags(gold, folds, foldOf, func(f int) (*Tagger, error) {
		train := slices.DeleteFunc(slices.Clone(ss), func(s stanceSample) bool { return foldOf[s.doc] == f })
		sm, err := fitStance(train, so)
		if err != nil {
			return nil, err
		}
		trainGold := slices.DeleteFunc(slices.Clone(gold), func(g Labelled) bool { return foldOf[g.Doc] == f })
		tm := rules
		tm.setModels(t.model, sm)
		only := tm
		stanceOnly[f] = &only
		vs, _ := tm.valueSamples(trainGold)
		if tm.values, err = fitHolder(vs, vo); err != nil {
			return nil, err
		}
		if tm.holders, err = fitHolder(tm.holderSamples(trainGold), ho); err != nil {
			return nil, err
		}
		return &tm, nil
	})
	if err != nil {
		return res, err
	}
	stance, err := heldOutTags(gold, folds, foldOf, func(f int) (*Tagger, error) { return stanceOnly[f], nil })
	if err != nil {
		return res, err
	}
	em, es, er := Evaluate(gold, models), Evaluate(gold, stance), Evaluate(gold, TagGold(&rules, gold))
	res.Models.Triples, res.Models.Pairs = em.StanceTriples, em.StancePairs
	res.Stance.Triples, res.Stance.Pairs = es.StanceTriples, es.StancePairs
	res.Rules.Triples, res.Rules.Pairs = er.StanceTriples, er.StancePairs
	res.Tags = models
	return res, nil
}
