package classify

import (
	"os"
	"path/filepath"
	"testing"
)

// TestHeldOutSets scores the shipped tagger on the held-out sets of
// evaldata (written for this project, never trained on) and holds it to
// the first bar: topic macro-F1 0.80 and stance triple F1 0.50.
// It guards against a change that breaks tagging on text no rule or model
// was made from; the figures themselves are in README.md.
func TestHeldOutSets(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("evaldata", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no held-out sets in evaldata")
	}
	tg := tagger(t)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			r, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			gold, err := ReadLabelled(r)
			if err != nil {
				t.Fatal(err)
			}
			rep := Evaluate(gold, TagGold(tg, gold))
			if rep.Unmatched != 0 {
				t.Errorf("%d gold records unmatched", rep.Unmatched)
			}
			if rep.MacroF1 < 0.80 {
				t.Errorf("topic macro-F1 %.3f, below the first bar 0.80", rep.MacroF1)
			}
			if rep.StanceTriples.F1 < 0.50 {
				t.Errorf("stance triple F1 %.3f, below the first bar 0.50", rep.StanceTriples.F1)
			}
			t.Logf("%s: %d paragraphs, topic macro-F1 %.3f, stance triples %.3f (P %.3f R %.3f), pairs %.3f",
				filepath.Base(f), rep.N, rep.MacroF1, rep.StanceTriples.F1, rep.StanceTriples.P, rep.StanceTriples.R, rep.StancePairs.F1)
		})
	}
}
