package classify

import (
	"fmt"
	"io"
)

// Calibration holds per-topic evidence multipliers (rules/calibration.tsv).
type Calibration [7]float64

// calibSample is one labelled paragraph's evidence, for fitting.
type calibSample struct {
	doc       string
	gold      int
	ev        [nTopics]float64
	furniture bool
}

// calibSamples tags gold documents as TagGold does and keeps the raw
// evidence of every paragraph.
func (t *Tagger) calibSamples(gold []Labelled) []calibSample {
	ss := t.samples(gold)
	out := make([]calibSample, len(ss))
	for i, s := range ss {
		out[i] = calibSample{doc: s.doc, gold: s.gold, ev: s.ev, furniture: s.furn}
	}
	return out
}

func (s calibSample) predict(c Calibration) int {
	ev := s.ev
	for k := range ev {
		ev[k] *= c[k]
	}
	return topicIndex(topicScores(ev, s.furniture)[0].Label)
}

// macroF1 of primary topics over samples under calibration c.
func macroF1(samples []calibSample, c Calibration) float64 {
	var tp, fp, fn [nTopics]int
	for _, s := range samples {
		p := s.predict(c)
		if p == s.gold {
			tp[p]++
			continue
		}
		if s.gold >= 0 {
			fn[s.gold]++
		}
		if p >= 0 {
			fp[p]++
		}
	}
	f := 0.0
	for k := 0; k < nTopics; k++ {
		f += prf(tp[k], fp[k], fn[k]).F1
	}
	return f / nTopics
}

// calibGrid are the multipliers coordinate ascent tries.
var calibGrid = []float64{0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6}

// fit finds multipliers by coordinate ascent on macro-F1 (3 rounds, ties
// broken toward 1), deterministic.
func fit(samples []calibSample) Calibration {
	var c Calibration
	for k := range c {
		c[k] = 1
	}
	best := macroF1(samples, c)
	for round := 0; round < 3; round++ {
		for k := 0; k < nTopics; k++ {
			keep := c[k]
			for _, m := range calibGrid {
				c[k] = m
				if f := macroF1(samples, c); f > best+1e-9 || (f > best-1e-9 && abs(m-1) < abs(keep-1)) {
					best, keep = f, m
				}
			}
			c[k] = keep
		}
	}
	return c
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// CalibrationCV is the outcome of FitCalibration: the multipliers fitted on
// all documents and the leave-one-document-out figures that say whether
// they help on documents they were not fitted on.
type CalibrationCV struct {
	Fitted         Calibration
	Docs           int
	CVMacroF1      float64 // pooled held-out predictions, each document scored by multipliers fitted on the others
	BaselineF1     float64 // the same paragraphs without calibration
	FittedOnAllF1  float64 // in-sample, for reference only
	PerDocFoldBest []Calibration
}

// FitCalibration fits topic multipliers on labelled records and
// cross-validates them by document (leave one document out).
func FitCalibration(t *Tagger, gold []Labelled) CalibrationCV {
	samples := t.calibSamples(gold)
	docs := sortedDocs(gold)
	var one Calibration
	for k := range one {
		one[k] = 1
	}
	// held-out predictions, pooled
	held := make([]calibSample, 0, len(samples))
	var folds []Calibration
	var heldPred []int
	for _, d := range docs {
		var train, test []calibSample
		for _, s := range samples {
			if s.doc == d {
				test = append(test, s)
			} else {
				train = append(train, s)
			}
		}
		c := fit(train)
		folds = append(folds, c)
		for _, s := range test {
			held = append(held, s)
			heldPred = append(heldPred, s.predict(c))
		}
	}
	var tp, fp, fn [nTopics]int
	for i, s := range held {
		p := heldPred[i]
		if p == s.gold {
			tp[p]++
		} else {
			if s.gold >= 0 {
				fn[s.gold]++
			}
			if p >= 0 {
				fp[p]++
			}
		}
	}
	cv := 0.0
	for k := 0; k < nTopics; k++ {
		cv += prf(tp[k], fp[k], fn[k]).F1 / nTopics
	}
	all := fit(samples)
	return CalibrationCV{Fitted: all, Docs: len(docs), CVMacroF1: cv, BaselineF1: macroF1(samples, one),
		FittedOnAllF1: macroF1(samples, all), PerDocFoldBest: folds}
}

// WriteCalibration writes multipliers in the calibration.tsv format.
func WriteCalibration(w io.Writer, c Calibration, note string) error {
	if _, err := fmt.Fprintf(w, "# Topic calibration: a multiplier on each topic's evidence before the primary topic is chosen.\n# Format: TOPIC <TAB> MULTIPLIER   (missing topics: 1).  %s\n", note); err != nil {
		return err
	}
	for k, m := range c {
		if _, err := fmt.Fprintf(w, "%s\t%g\n", Topics[k], m); err != nil {
			return err
		}
	}
	return nil
}
