package classify

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedCorpus finds ../shared/corpus next to the module root, or skips.
func sharedCorpus(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
	c := filepath.Join(dir, "..", "shared", "corpus")
	if _, err := os.Stat(c); err != nil {
		t.Skipf("shared corpus not found at %s: skipping the data-driven test", c)
	}
	return c
}

func readDevGold(t testing.TB) []Labelled {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedCorpus(t), "labelled", "tags.jsonl"))
	if err != nil {
		t.Skipf("labelled dev set not available: %v", err)
	}
	defer f.Close()
	gold, err := ReadLabelled(f)
	if err != nil {
		t.Fatal(err)
	}
	return gold
}
