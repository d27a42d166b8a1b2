// Package goldset is what the classify development commands (calibrate,
// devtag) share: a tagger built from a rules folder and a labelled JSONL
// file read in one call.
package goldset

import (
	"fmt"
	"os"

	"github.com/normscope/normscope/classify"
)

// Load builds a tagger from the rules folder (empty: the embedded rules
// only) and reads the labelled JSONL file at path.
func Load(rules, path string) (*classify.Tagger, []classify.Labelled, error) {
	t, err := classify.New(rules)
	if err != nil {
		return nil, nil, fmt.Errorf("rules %q: %w", rules, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("gold: %w", err)
	}
	defer f.Close()
	gold, err := classify.ReadLabelled(f)
	if err != nil {
		return nil, nil, fmt.Errorf("gold %s: %w", path, err)
	}
	return t, gold, nil
}
