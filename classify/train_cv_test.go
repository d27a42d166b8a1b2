package classify

import (
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// cvFixture is the three training fixtures together: 16 documents in
// which a stance model, a value model and a holder model each have a
// construction to learn.
func cvFixture(t *testing.T) []Labelled {
	t.Helper()
	var gold []Labelled
	for _, f := range []string{"stances", "values", "holders"} {
		gold = append(gold, readLabelledFile(t, filepath.Join("testdata", "train", f+".jsonl"))...)
	}
	return gold
}

// cvOptions are small penalties for the small fixture.
var cvOptions = ModelsTrainOptions{
	Stance: StanceTrainOptions{L2: 0.1},
	Value:  ValueTrainOptions{L2: 0.1, MinDocs: 1},
	Holder: HolderTrainOptions{L2: 0.1, MinDocs: 1},
}

// No model that tags a held-out document in CrossValidateModels has seen
// it: its tags do not depend on the tagger's own models (the shipped ones
// were trained on every document), nor on the document's own labels.
func TestCrossValidateModelsHoldsOut(t *testing.T) {
	gold := cvFixture(t)
	shipped, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	none := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	a, err := CrossValidateModels(shipped, gold, cvOptions, 4)
	if err != nil {
		t.Fatal(err)
	}
	b, err := CrossValidateModels(none, gold, cvOptions, 4)
	if err != nil {
		t.Fatal(err)
	}
	if a.Folds != 4 || a.Docs != 16 || a.Paras != len(gold) || len(a.Tags) != len(gold) {
		t.Fatalf("folds %d docs %d paras %d tags %d", a.Folds, a.Docs, a.Paras, len(a.Tags))
	}
	if !reflect.DeepEqual(stancesOf(a.Tags), stancesOf(b.Tags)) {
		t.Error("the held-out tags depend on the tagger's own stance, value or holder models")
	}
	// Drop one document's labels: its held-out tags, which the models of
	// its fold change from the rules' tags, stay the same.
	const doc = "holders-2"
	unlabelled := slices.Clone(gold)
	for i := range unlabelled {
		if unlabelled[i].Doc == doc {
			unlabelled[i].Stances = nil
		}
	}
	own, err := CrossValidateModels(none, unlabelled, cvOptions, 4)
	if err != nil {
		t.Fatal(err)
	}
	rules := TagGold(none, gold)
	learned := false
	for i, g := range gold {
		if g.Doc != doc {
			continue
		}
		if !reflect.DeepEqual(b.Tags[i].Stances, own.Tags[i].Stances) {
			t.Errorf("%s seq %v: held-out tags %v changed to %v when the document's own labels were dropped", doc, g.Seq, b.Tags[i].Stances, own.Tags[i].Stances)
		}
		learned = learned || !reflect.DeepEqual(b.Tags[i].Stances, rules[i].Stances)
	}
	if !learned {
		t.Errorf("%s: the models of its fold change none of its tags; the test shows nothing", doc)
	}
}

// A phrasing that one document alone teaches ("a glass compact") is not
// found in that document by the models of its fold, though models trained
// on every document find it there.
func TestCrossValidateModelsUnseenPhrasing(t *testing.T) {
	gold := append(cvFixture(t), readLabelledFile(t, filepath.Join("testdata", "train", "unique.jsonl"))...)
	o := cvOptions
	o.Stance.MinDocs = 1
	none := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	r, err := CrossValidateModels(none, gold, o, 4)
	if err != nil {
		t.Fatal(err)
	}
	m, err := TrainStance(none, gold, o.Stance)
	if err != nil {
		t.Fatal(err)
	}
	_, all := taggerWith(t, "stancemodel.tsv", m)
	inSample := TagGold(all, gold)
	for i, g := range gold {
		if g.Doc != "unique-1" {
			continue
		}
		if hasIssue(r.Tags[i].Stances, "binding_instrument") {
			t.Errorf("seq %v: held out, found %v: a model saw the document", g.Seq, r.Tags[i].Stances)
		}
		if !hasIssue(inSample[i].Stances, "binding_instrument") {
			t.Errorf("seq %v: a model trained on it finds nothing; the test shows nothing", g.Seq)
		}
	}
}

// hasIssue reports a stance on issue among ss.
func hasIssue(ss []Stance, issue string) bool {
	return slices.ContainsFunc(ss, func(s Stance) bool { return s.Issue == issue })
}

// The models of each fold add what the fixture teaches them: held-out
// recall with all three exceeds the stance model's alone, which exceeds
// the rules'.
func TestCrossValidateModelsLearns(t *testing.T) {
	gold := cvFixture(t)
	r, err := CrossValidateModels(withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv"), gold, cvOptions, 0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Folds != 16 {
		t.Fatalf("%d folds, want one per document (16)", r.Folds)
	}
	if !(r.Models.Triples.F1 > r.Stance.Triples.F1 && r.Stance.Triples.R > r.Rules.Triples.R) {
		t.Errorf("held-out triple F1: models %.3f, stance model %.3f, rules %.3f (recall %.3f, %.3f, %.3f): want each model to add",
			r.Models.Triples.F1, r.Stance.Triples.F1, r.Rules.Triples.F1, r.Models.Triples.R, r.Stance.Triples.R, r.Rules.Triples.R)
	}
}

// stancesOf returns the stances of each record.
func stancesOf(ls []Labelled) [][]Stance {
	out := make([][]Stance, len(ls))
	for i, l := range ls {
		out[i] = l.Stances
	}
	return out
}
