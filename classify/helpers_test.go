package classify

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
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

// taggerWith writes the trained model m as the rule file name of a
// temporary folder and returns that file's text and the tagger with it in
// place of the shipped one.
func taggerWith(t *testing.T, name string, m interface {
	Write(w io.Writer, header string) error
}) (string, *Tagger) {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Write(&buf, "#!replace\n# test model\n"); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	tg, err := New(dir)
	if err != nil {
		t.Fatal(err)
	}
	return buf.String(), tg
}
