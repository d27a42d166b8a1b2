// Command calibrate fits the per-topic multipliers of
// classify/rules/calibration.tsv on a labelled set and reports
// leave-one-document-out cross-validation, so that the multipliers are
// adopted only when they help on documents they were not fitted on:
//
//	go run ./classify/internal/calibrate -gold ../shared/corpus/labelled/tags.jsonl [-write classify/rules/calibration.tsv]
//
// The tagger used is the one with the embedded rules but no calibration
// (calibration.tsv is neutralised while fitting).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/classify/internal/goldset"
)

func main() {
	gold := flag.String("gold", "", "labelled JSONL")
	write := flag.String("write", "", "write the fitted multipliers here when CV beats the baseline")
	flag.Parse()
	if err := run(*gold, *write); err != nil {
		fmt.Fprintln(os.Stderr, "calibrate:", err)
		os.Exit(1)
	}
}

func run(goldPath, write string) error {
	// a rules dir whose calibration.tsv replaces the embedded one with nothing
	dir, err := os.MkdirTemp("", "calib")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "calibration.tsv"), []byte("#!replace\n"), 0o644); err != nil {
		return err
	}
	t, gold, err := goldset.Load(dir, goldPath)
	if err != nil {
		return err
	}
	cv := classify.FitCalibration(t, gold)
	fmt.Printf("documents %d\nbaseline macro-F1 (no calibration)   %.3f\nleave-one-document-out CV macro-F1   %.3f\nfitted on all (in-sample, optimistic) %.3f\nfitted multipliers %v\n",
		cv.Docs, cv.BaselineF1, cv.CVMacroF1, cv.FittedOnAllF1, cv.Fitted)
	for i, c := range cv.PerDocFoldBest {
		fmt.Printf("fold %d: %v\n", i, c)
	}
	if write == "" {
		return nil
	}
	if cv.CVMacroF1 <= cv.BaselineF1 {
		fmt.Println("CV does not beat the baseline: not writing")
		return nil
	}
	out, err := os.Create(write)
	if err != nil {
		return err
	}
	defer out.Close()
	return classify.WriteCalibration(out, cv.Fitted, fmt.Sprintf("Fitted on %s: leave-one-document-out CV macro-F1 %.3f vs %.3f uncalibrated.", filepath.Base(goldPath), cv.CVMacroF1, cv.BaselineF1))
}
