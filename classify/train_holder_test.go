package classify

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// noHolders is a tagger whose holder model is replaced by an empty one.
func noHolders(t *testing.T) *Tagger {
	t.Helper()
	tg := withoutModel(t, "holdermodel.tsv")
	if tg.holders != nil {
		t.Fatal("an empty holdermodel.tsv left a holder model")
	}
	return tg
}

// A holder model trained on documents where "X called for A, a view that Y
// has long shared" gives A to X and Y, and "X called for A, unlike Y" to X
// alone, completes the holders the rules miss in new sentences with other
// States, and leaves the contrast alone.
func TestTrainHolderLearnsAConstruction(t *testing.T) {
	gold := readLabelledFile(t, filepath.Join("testdata", "train", "holders.jsonl"))
	base := noHolders(t)
	shared := "Cuba called for a legally binding instrument, a view that Nicaragua has long shared."
	unlike := "Spain supported the Programme of Action, unlike Algeria."
	if got := stanceKeys(base.Tag(shared, Context{}).Stances); !reflect.DeepEqual(got, []string{"binding_instrument:favor:CUB"}) {
		t.Fatalf("without a holder model: %v; the test needs a holder the rules miss", got)
	}
	m, err := TrainHolder(base, gold, HolderTrainOptions{L2: 0.1, MinDocs: 1})
	if err != nil {
		t.Fatal(err)
	}
	// a candidate per paragraph for the author; one for the other State,
	// but after "unlike" (a contrast: not a holder, whatever the model says)
	if want := len(gold) + len(gold)/2; m.Samples != want || m.Positives != len(gold)/2 {
		t.Fatalf("trained on %d candidates (%d positive); want %d (%d)", m.Samples, m.Positives, want, len(gold)/2)
	}
	file, tg := taggerWith(t, "holdermodel.tsv", m)
	if !strings.Contains(file, "@threshold\t0.5\n") {
		t.Errorf("model file has no threshold row:\n%.300s", file)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{shared, []string{"binding_instrument:favor:CUB,NIC"}},
		{unlike, []string{"programme_of_action:favor:ESP"}},
		// a State named in no position's neighbourhood stays out
		{"Peru welcomed the points of contact directory.", []string{"poc_directory:favor:PER"}},
	} {
		if got := stanceKeys(tg.Tag(c.text, Context{}).Stances); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// Cross-validation holds out each fold of documents and scores the
// held-out positions with and without the model on the same paragraphs.
func TestCrossValidateHolder(t *testing.T) {
	gold := readLabelledFile(t, filepath.Join("testdata", "train", "holders.jsonl"))
	r, err := CrossValidateHolder(noHolders(t), gold, HolderTrainOptions{L2: 0.1, MinDocs: 1}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if r.Folds != 3 || r.Docs != 6 || r.Paras != len(gold) {
		t.Fatalf("folds %d docs %d paras %d", r.Folds, r.Docs, r.Paras)
	}
	if r.Model.Gold != r.Rules.Gold || r.Model.Gold != 3*len(gold)/2 {
		t.Errorf("gold triples %d and %d, want %d", r.Model.Gold, r.Rules.Gold, 3*len(gold)/2)
	}
	if !(r.Model.R > r.Rules.R) || r.Model.F1 < r.Rules.F1 {
		t.Errorf("held-out triples: model %+v, rules %+v; want more recall and no lower F1", r.Model, r.Rules)
	}
}

// Bad holder model files are errors that name the file and line.
func TestHolderModelFileErrors(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"#!replace\n@bias\t0.1\tx\n", "want FEATURE<TAB>weight"},
		{"#!replace\nw:a\tnan-ish\n", "holdermodel.tsv:2"},
		{"#!replace\n@threshold\t1.5\n", "not a probability"},
		{"#!replace\n@threshold\t0\n", "not a probability"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "holdermodel.tsv"), []byte(c.body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := New(dir); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: err = %v, want it to mention %q", c.body, err, c.want)
		}
	}
}
