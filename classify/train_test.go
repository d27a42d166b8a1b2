package classify

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readLabelledFile(t *testing.T, path string) []Labelled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ReadLabelled(f)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// A model trained and written by Train is read back as a rule file, and
// the tagger then takes its primary topics from it.
func TestTrainWriteLoad(t *testing.T) {
	gold := readLabelledFile(t, filepath.Join("testdata", "train", "pillars.jsonl"))
	tg := tagger(t)
	m, err := Train(tg, gold, TrainOptions{L2: 0.05, MinDocs: 2, MinConfidence: 0.2})
	if err != nil {
		t.Fatal(err)
	}
	if m.Samples != len(gold) || m.Docs != 3 || m.Features < 20 {
		t.Fatalf("trained on %d paragraphs, %d docs, %d features; want %d, 3, >= 20", m.Samples, m.Docs, m.Features, len(gold))
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := m.Write(&buf, "#!replace\n# test model\n"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\n@min_confidence\t0.2\t") || !strings.Contains(buf.String(), "@bias\t") || !strings.Contains(buf.String(), "\nw:ransomware\t") {
		t.Fatalf("model file lacks the bias or a shared word:\n%.400s", buf.String())
	}
	if err := os.WriteFile(filepath.Join(dir, "topicmodel.tsv"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	withModel, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	if withModel.model == nil || withModel.Version() == tg.Version() {
		t.Fatalf("model not loaded (version %s)", withModel.Version())
	}
	pred := TagGold(withModel, gold)
	right := 0
	for i := range gold {
		if pred[i].Topic == gold[i].Topic {
			right++
		}
		if s := pred[i].Topics[0].Score; s <= 0 || s > 1 {
			t.Errorf("primary score %v out of (0,1]", s)
		}
	}
	// the model fits its own training paragraphs
	if right < len(gold)-1 {
		t.Errorf("model tagged %d of %d training paragraphs right", right, len(gold))
	}
}

// A hand-written model is data like the other rules: a bias toward
// "other" makes every paragraph other; a bad line is reported by file:line.
func TestTopicModelRuleFile(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) {
		if err := os.WriteFile(filepath.Join(dir, "topicmodel.tsv"), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("#!replace\n# all other\n@bias\t0\t0\t0\t0\t0\t0\t50\n")
	tg, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := tg.Tag("Ransomware attacks against hospitals are a growing threat to international security.", Context{})
	if r.Topic != "other" || len(r.Topics) != 1 {
		t.Errorf("with an all-other model: %v", r.Topics)
	}
	// an unsure model leaves the choice to the rules
	write("#!replace\n@min_confidence\t0.99\t0\t0\t0\t0\t0\t0\n@bias\t0\t0\t0\t0\t0\t0\t1\n")
	if tg, err = New(dir); err != nil {
		t.Fatal(err)
	}
	if r := tg.Tag("Ransomware attacks against hospitals are a growing threat to international security.", Context{}); r.Topic != "threats" {
		t.Errorf("below the minimum confidence the rules should decide: %v", r.Topics)
	}
	write("@bias\t0\t0\t0\t0\t0\t0\n")
	if _, err := New(dir); err == nil || !strings.Contains(err.Error(), "topicmodel.tsv:1") {
		t.Errorf("short line: err = %v, want topicmodel.tsv:1", err)
	}
	write("@bias\t0\t0\t0\tx\t0\t0\t0\n")
	if _, err := New(dir); err == nil || !strings.Contains(err.Error(), "bad weight") {
		t.Errorf("bad weight: err = %v", err)
	}
}

// Cross-validation holds out each document in turn and scores the model
// and the rules on the same paragraphs.
func TestCrossValidate(t *testing.T) {
	gold := readLabelledFile(t, filepath.Join("testdata", "train", "pillars.jsonl"))
	r, err := CrossValidate(tagger(t), gold, TrainOptions{L2: 0.05, MinDocs: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Docs != 3 || r.Paras != len(gold) || len(r.PerDoc) != 3 {
		t.Fatalf("CV over %d docs, %d paragraphs; want 3, %d", r.Docs, r.Paras, len(gold))
	}
	for _, f := range []float64{r.ModelF1, r.RulesF1} {
		if f <= 0.3 || f > 1 {
			t.Errorf("macro-F1 %v implausible for this clear-cut set", f)
		}
	}
	// balancing and a minimum confidence are options of the same fit
	if _, err := CrossValidate(tagger(t), gold, TrainOptions{L2: 0.05, MinDocs: 2, Balance: true, MinConfidence: 0.6}, nil); err != nil {
		t.Fatal(err)
	}
	only, err := CrossValidate(tagger(t), gold, TrainOptions{L2: 0.05, MinDocs: 2}, map[string]bool{"brief-b": true})
	if err != nil {
		t.Fatal(err)
	}
	if only.Docs != 1 || only.Paras != 7 {
		t.Errorf("holding out brief-b only: %d docs, %d paragraphs", only.Docs, only.Paras)
	}
}

// CrossValidateFolds deals the documents into k folds; k = 0 is leave one
// document out, the same as CrossValidate.
func TestCrossValidateFolds(t *testing.T) {
	gold := readLabelledFile(t, filepath.Join("testdata", "train", "pillars.jsonl"))
	o := TrainOptions{L2: 0.05, MinDocs: 1}
	loo, err := CrossValidate(tagger(t), gold, o, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		k    int
		same bool // same folds as leave one document out
	}{{0, true}, {3, true}, {7, true}, {2, false}} {
		r, err := CrossValidateFolds(tagger(t), gold, o, tc.k)
		if err != nil {
			t.Fatalf("k=%d: %v", tc.k, err)
		}
		if r.Docs != 3 || r.Paras != len(gold) || len(r.PerDoc) != 3 {
			t.Errorf("k=%d: %d docs, %d paragraphs, %d per-document rows; want 3, %d, 3", tc.k, r.Docs, r.Paras, len(r.PerDoc), len(gold))
		}
		if r.RulesF1 != loo.RulesF1 {
			t.Errorf("k=%d: rules %v, want %v whatever the folds", tc.k, r.RulesF1, loo.RulesF1)
		}
		if tc.same && r.ModelF1 != loo.ModelF1 {
			t.Errorf("k=%d: model %v, leave one out %v", tc.k, r.ModelF1, loo.ModelF1)
		}
	}
	// one fold holds out everything and leaves nothing to train on
	if _, err := CrossValidateFolds(tagger(t), gold, o, 1); err == nil {
		t.Error("k=1: no error with an empty training set")
	}
}

// Topic damping and start phrases are rules like any other: a threat named
// as the motive of a response counts less than a threat as the subject.
func TestLexiconDampingAndStart(t *testing.T) {
	tg := tagger(t)
	ev := func(s string) [nTopics]float64 { return tg.evidenceOf(tg.analyse(s)) }
	subject := ev("Ransomware attacks hit hospitals.")
	motive := ev("Training helps hospitals to counter ransomware attacks.")
	if !(motive[0] < subject[0]*0.6) {
		t.Errorf("threat evidence as motive %.2f vs as subject %.2f: want damped", motive[0], subject[0])
	}
	self := ev("This compendium looks at regions.")
	mid := ev("We looked at regions in this compendium.")
	if !(self[topicOther] > mid[topicOther]+3) {
		t.Errorf("other evidence at the start %.2f vs later %.2f", self[topicOther], mid[topicOther])
	}
}

// Tagging scores a paragraph through the model's index; training and
// cross-validation through the feature list. Both must agree.
func TestModelScoringPathsAgree(t *testing.T) {
	tg := tagger(t)
	if tg.model == nil {
		t.Skip("no topic model shipped")
	}
	texts := []string{
		"Ransomware attacks against hospitals are a growing threat, and ransomware gangs ransomware again.",
		"Thank you, Chair.",
		"States should implement the voluntary norms; the norms of responsible behaviour are the basis.",
		"",
	}
	for _, g := range readLabelledFile(t, filepath.Join("testdata", "train", "pillars.jsonl")) {
		texts = append(texts, g.Text)
	}
	for _, s := range texts {
		p := tg.analyse(s)
		own := tg.evidenceOf(p)
		ev := own
		ev[0] += 0.5
		for _, furn := range []bool{false, true} {
			const section = "International law and norms"
			fast := softmax(tg.model.logits(p, ev, own, furn, tg.tokenize(section, nil), tg.feats))
			slow := tg.model.probs(features(p, ev, own, furn, section, nil))
			if fast != slow { // the same weights added in the same order
				t.Fatalf("%q: index path %v, feature list %v", s, fast, slow)
			}
		}
	}
}
