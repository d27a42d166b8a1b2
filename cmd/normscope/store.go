package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/pipeline"
)

// openIndex opens (creating) the corpus database of a corpus folder.
func openIndex(dir string) (*corpus.Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("corpus folder: %w", err)
	}
	return corpus.Open(filepath.Join(dir, pipeline.DatabaseFile))
}
