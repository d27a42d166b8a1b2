package classify

import (
	"os"
	"testing"

	"github.com/normscope/normscope/internal/testenv"
)

// readDevGold reads the labelled dev set of ../shared/corpus, or skips.
func readDevGold(t testing.TB) []Labelled {
	t.Helper()
	f, err := os.Open(testenv.SharedCorpus(t, "labelled", "tags.jsonl"))
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
