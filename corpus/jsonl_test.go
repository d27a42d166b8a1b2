package corpus

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileAtomicMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	if err := WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "{}\n"); return err }); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
}
