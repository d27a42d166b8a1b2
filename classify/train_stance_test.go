package classify

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// rulesOnly is a tagger whose stance model is replaced by an empty one.
func rulesOnly(t *testing.T) *Tagger {
	t.Helper()
	return withoutModel(t, "stancemodel.tsv")
}

// withoutModel is a tagger whose rule file name (a model) is replaced by an
// empty one.
func withoutModel(t *testing.T, name string) *Tagger {
	t.Helper()
	return withoutModels(t, name)
}

// withoutModels is a tagger whose rule files names (models) are replaced
// by empty ones.
func withoutModels(t *testing.T, names ...string) *Tagger {
	t.Helper()
	dir := t.TempDir()
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("#!replace\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tg, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// A stance model trained on a phrasing the issue patterns do not know
// ("a covenant with teeth") finds it in new sentences, with the holder the
// rules would give; the rules alone find nothing there.
func TestTrainStanceLearnsAPhrasing(t *testing.T) {
	gold := readLabelledFile(t, filepath.Join("testdata", "train", "stances.jsonl"))
	rules := rulesOnly(t)
	m, err := TrainStance(rules, gold, StanceTrainOptions{L2: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	if m.Sentences != len(gold) || m.Positive != 8 || m.Docs != 4 {
		t.Fatalf("trained on %d sentences (%d positive) of %d docs; want %d (8) of 4", m.Sentences, m.Positive, m.Docs, len(gold))
	}
	_, learned := taggerWith(t, "stancemodel.tsv", m)
	cases := []struct {
		text string
		want []Stance // by the tagger with the learned model; the rules alone find none
	}{
		{"Iran stressed that a covenant with teeth is required.",
			[]Stance{{Issue: "binding_instrument", Value: "favor", Actors: []string{"IRN"}}}},
		{"Eritrea said it wanted a covenant with teeth.",
			[]Stance{{Issue: "binding_instrument", Value: "favor", Actors: []string{"ERI"}}}},
		// no words the model learned: nothing
		{"Iran stressed that the weather was cold.", nil},
		// the first cue (the main verb) decides the value, not one in its
		// complement: the model's favor disagrees with "rejected"
		{"Iran rejected the claim that a covenant with teeth is what all States must accept.", nil},
	}
	for _, c := range cases {
		if got := rules.Tag(c.text, Context{}).Stances; len(got) != 0 {
			t.Errorf("rules alone on %q: %v, want none", c.text, got)
		}
		got := learned.Tag(c.text, Context{}).Stances
		for i := range got {
			got[i].Cue = ""
		}
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("with the model, %q:\n got %v\nwant %v", c.text, got, c.want)
		}
	}
	// the rules keep priority: a paragraph whose patterns found the issue
	// gets no second stance on it from the model
	text := "Iran opposed a legally binding instrument, but said a covenant with teeth was needed."
	got := learned.Tag(text, Context{}).Stances
	n := 0
	for _, s := range got {
		if s.Issue == "binding_instrument" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%q: %d binding_instrument stances, want 1 (the rules'): %v", text, n, got)
	}

	// in a sentence where the rules found a position on another issue, the
	// model adds one only when trained with a threshold for such sentences
	text = "Iran welcomed the Points of Contact directory and said that a covenant with teeth was required."
	if got := stanceKeys(learned.Tag(text, Context{}).Stances); !reflect.DeepEqual(got, []string{"poc_directory:favor:IRN"}) {
		t.Errorf("without a stated threshold, %q: %v, want the rules' position only", text, got)
	}
	m, err = TrainStance(rules, gold, StanceTrainOptions{L2: 0.1, Stated: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	_, learned = taggerWith(t, "stancemodel.tsv", m)
	got = learned.Tag(text, Context{}).Stances
	if keys := stanceKeys(got); !reflect.DeepEqual(keys, []string{"poc_directory:favor:IRN", "binding_instrument:favor:IRN"}) {
		t.Errorf("with a stated threshold, %q: %v, want the rules' position and the model's", text, keys)
	}
}

// The stance model file is checked like the other rule files.
func TestStanceModelFileErrors(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"w:treaty\t1\t2\n", "want FEATURE and 13 weights"},
		{"w:treaty" + strings.Repeat("\tx", 13) + "\n", "bad weight"},
		{"@threshold\t1.5" + strings.Repeat("\t0", 12) + "\n", "threshold must be between 0 and 1"},
		{"@threshold\t0.5\t0.3" + strings.Repeat("\t0", 11) + "\n", "must be 0 or between 0.5 and 1"},
		{"@agree:treaties" + strings.Repeat("\t0", 13) + "\n", `unknown issue "treaties"`},
		{"@agree:ihl_applies\t1.5" + strings.Repeat("\t0", 12) + "\n", "agreement must be between -1 and 1"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "stancemodel.tsv"), []byte("#!replace\n"+c.body), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := New(dir)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "stancemodel.tsv") {
			t.Errorf("%q: error %v, want one naming stancemodel.tsv and %q", c.body, err, c.want)
		}
	}
}

// Cross-validation by document scores the held-out documents with a model
// that never saw them: on the fixture, each document's covenant sentences
// are found by a model trained on the other three.
func TestCrossValidateStance(t *testing.T) {
	gold := readLabelledFile(t, filepath.Join("testdata", "train", "stances.jsonl"))
	r, err := CrossValidateStance(rulesOnly(t), gold, StanceTrainOptions{L2: 0.1}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Folds != 4 || r.Docs != 4 || r.Paras != len(gold) {
		t.Fatalf("folds %d docs %d paras %d", r.Folds, r.Docs, r.Paras)
	}
	if r.Model.Triples.Gold != 8 || r.Rules.Triples.Gold != 8 {
		t.Fatalf("gold triples %d / %d, want 8", r.Model.Triples.Gold, r.Rules.Triples.Gold)
	}
	if r.Model.Triples.R <= r.Rules.Triples.R {
		t.Errorf("held-out recall with the model %.3f, rules alone %.3f: the model should find the covenant sentences", r.Model.Triples.R, r.Rules.Triples.R)
	}
}

// The agreement table gives the value of a position the model adds next
// to one on a related issue: "only a treaty can close the gaps in the law"
// is for a treaty and against the sufficiency of existing law, which one
// value output cannot say. The model here is written by hand: the word
// "gaps" states charter_applies, and the bias states binding_instrument,
// both with the value favor.
func TestStanceModelAgreement(t *testing.T) {
	row := func(name string, w map[int]float64) string {
		var b strings.Builder
		b.WriteString(name)
		for k := 0; k < nStanceOut; k++ {
			fmt.Fprintf(&b, "\t%g", w[k])
		}
		return b.String() + "\n"
	}
	ci, bi := issueIndex("charter_applies"), issueIndex("binding_instrument")
	model := "#!replace\n" + row("@threshold", map[int]float64{0: 0.3, 1: 0.3})
	bias := map[int]float64{nIssues: 3}
	for k := 0; k < nIssues; k++ {
		bias[k] = -6
	}
	bias[bi] = 6
	model += row("@bias", bias) + row("w:gaps", map[int]float64{ci: 12})
	agree := row("@agree:binding_instrument", map[int]float64{ci: -0.9})
	text := "Iran said that a future instrument must close the gaps."
	// value models (P(against)) that turn one of the two positions round
	turnCharter := "#!replace\n@threshold\t0.5\n@bias\t0\nv:favor\t-6\nv:against\t6\nis:charter_applies:against\t-12\n"
	turnBinding := "#!replace\n@threshold\t0.5\n@bias\t0\nv:favor\t-6\nv:against\t6\nis:binding_instrument:favor\t12\n"
	for _, c := range []struct {
		name, file, values string
		want               []string
	}{
		{"one value for both", model, "", []string{"binding_instrument favor IRN", "charter_applies favor IRN"}},
		{"agreement table", model + agree, "", []string{"binding_instrument favor IRN", "charter_applies against IRN"}},
		{"agreement of the reverse pair only", model + row("@agree:charter_applies", map[int]float64{bi: -0.9}), "",
			[]string{"binding_instrument favor IRN", "charter_applies favor IRN"}},
		// a position taken from a related one is not turned on its own; it
		// turns with its source
		{"value model on the derived position", model + agree, turnCharter, []string{"binding_instrument favor IRN", "charter_applies against IRN"}},
		{"value model on the source", model + agree, turnBinding, []string{"binding_instrument against IRN", "charter_applies favor IRN"}},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "stancemodel.tsv"), []byte(c.file), 0o644); err != nil {
			t.Fatal(err)
		}
		if c.values != "" {
			if err := os.WriteFile(filepath.Join(dir, "valuemodel.tsv"), []byte(c.values), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		tg, err := New(dir)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range tg.Tag(text, Context{}).Stances {
			got = append(got, s.Issue+" "+s.Value+" "+strings.Join(s.Actors, ","))
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q: got %q, want %q", c.name, text, got, c.want)
		}
	}
}

// agreement counts same and opposite values of the issue pairs a sentence
// states, shrunk towards 0.
func TestAgreement(t *testing.T) {
	const favor, against, neutral = 1 << 0, 1 << 1, 1 << 2
	bi, ci, ih := issueIndex("binding_instrument"), issueIndex("charter_applies"), issueIndex("ihl_applies")
	var ss []stanceSample
	add := func(n int, bits map[int]uint8) {
		for ; n > 0; n-- {
			var s stanceSample
			for k, b := range bits {
				s.valueBits[k] = b
			}
			ss = append(ss, s)
		}
	}
	add(8, map[int]uint8{bi: favor, ci: against}) // opposite
	add(2, map[int]uint8{bi: against, ci: favor}) // opposite
	add(1, map[int]uint8{ci: favor, ih: favor})   // same, once
	add(3, map[int]uint8{bi: favor | against, ci: favor})
	add(3, map[int]uint8{ih: neutral, ci: favor})
	a := agreement(ss)
	for _, c := range []struct {
		x, y int
		want float64
	}{
		{bi, ci, -10.0 / 12}, {ci, bi, -10.0 / 12},
		{ci, ih, 1.0 / 3}, {ih, ci, 1.0 / 3}, // both values or neutral: not counted
		{bi, ih, 0}, {bi, bi, 0},
	} {
		if math.Abs(a[c.x][c.y]-c.want) > 1e-12 {
			t.Errorf("agreement of %s and %s = %g, want %g", Issues[c.x], Issues[c.y], a[c.x][c.y], c.want)
		}
	}
}
