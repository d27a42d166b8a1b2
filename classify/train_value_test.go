package classify

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// noValues is the shipped tagger without its value model.
func noValues(t *testing.T) *Tagger {
	t.Helper()
	tg := withoutModel(t, "valuemodel.tsv")
	if tg.values != nil {
		t.Fatal("an empty valuemodel.tsv left a value model")
	}
	return tg
}

// A value model trained on documents where "X argued that A would be a
// distraction" is against A and "X argued that A would be a useful step"
// for it turns round the first in new sentences, with other States and
// issues, and leaves the second, a neutral position and a position nobody
// holds that would merge into the other side's alone.
func TestTrainValueLearnsAConstruction(t *testing.T) {
	gold := readLabelledFile(t, filepath.Join("testdata", "train", "values.jsonl"))
	base := noValues(t)
	distraction := "Japan argued that the Programme of Action would be a distraction."
	step := "Japan argued that the Programme of Action would be a useful step."
	neutral := "Japan said the choice between a Programme of Action and an open-ended working group is not a binary one."
	if got := stanceKeys(base.Tag(neutral, Context{}).Stances); !reflect.DeepEqual(got, []string{"programme_of_action:neutral:JPN"}) {
		t.Fatalf("%q without a value model: %v; the test needs a neutral position", neutral, got)
	}
	for _, s := range []string{distraction, step} {
		if got := stanceKeys(base.Tag(s, Context{}).Stances); !reflect.DeepEqual(got, []string{"programme_of_action:favor:JPN"}) {
			t.Fatalf("%q without a value model: %v; the test needs a value the rules get wrong", s, got)
		}
	}
	m, err := TrainValue(base, gold, ValueTrainOptions{L2: 0.1, MinDocs: 1})
	if err != nil {
		t.Fatal(err)
	}
	if m.Samples != len(gold) || m.Turned != len(gold)/2 {
		t.Fatalf("trained on %d positions (%d turned); want %d (%d)", m.Samples, m.Turned, len(gold), len(gold)/2)
	}
	_, tg := taggerWith(t, "valuemodel.tsv", m)
	for _, c := range []struct {
		text string
		want []string
	}{
		{distraction, []string{"programme_of_action:against:JPN"}},
		{"Uruguay argued that a new treaty would be a distraction.", []string{"binding_instrument:against:URY"}},
		{step, []string{"programme_of_action:favor:JPN"}},
		// neutral positions are left alone
		{neutral, []string{"programme_of_action:neutral:JPN"}},
	} {
		if got := stanceKeys(tg.Tag(c.text, Context{}).Stances); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
	// a position nobody holds is not turned onto the other side's
	two := "Some argued that a new treaty would be a distraction. Chile rejected a new treaty."
	want := stanceKeys(base.Tag(two, Context{}).Stances)
	if !reflect.DeepEqual(want, []string{"binding_instrument:favor:", "binding_instrument:against:CHL"}) {
		t.Fatalf("%q without a value model: %v; the test needs two sides", two, want)
	}
	if got := stanceKeys(tg.Tag(two, Context{}).Stances); !reflect.DeepEqual(got, want) {
		t.Errorf("%q: %v, want %v", two, got, want)
	}
}

// Cross-validation holds out each fold of documents and scores the
// held-out positions with and without the model on the same paragraphs.
func TestCrossValidateValue(t *testing.T) {
	gold := readLabelledFile(t, filepath.Join("testdata", "train", "values.jsonl"))
	r, err := CrossValidateValue(noValues(t), gold, ValueTrainOptions{L2: 0.1, MinDocs: 1}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if r.Folds != 3 || r.Docs != 6 || r.Paras != len(gold) {
		t.Fatalf("folds %d docs %d paras %d", r.Folds, r.Docs, r.Paras)
	}
	if r.Model.Gold != len(gold) || r.Rules.Gold != len(gold) {
		t.Errorf("gold triples %d and %d, want %d", r.Model.Gold, r.Rules.Gold, len(gold))
	}
	// the rules get half the values wrong; models trained on the other
	// folds see the construction and get them right
	if r.Rules.F1 > 0.6 || r.Model.F1 < 0.9 || r.ModelPairs.F1 < 0.9 {
		t.Errorf("held-out triples F1 %.3f with the model, %.3f without; pairs %.3f", r.Model.F1, r.Rules.F1, r.ModelPairs.F1)
	}
}

// A value or holder model file with a bad row is an error naming the file
// and line.
func TestValueAndHolderModelFileErrors(t *testing.T) {
	for _, file := range []string{"valuemodel.tsv", "holdermodel.tsv"} {
		for _, c := range []struct{ name, body, want string }{
			{"fields", "w:x\t1\t2\n", file + ":1"},
			{"threshold", "@threshold\t1.5\n", "not a probability"},
			{"weight", "w:x\tmany\n", file + ":1"},
		} {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, file), []byte(c.body), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := New(dir)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s %s: error %v, want one containing %q", file, c.name, err, c.want)
			}
		}
	}
}
