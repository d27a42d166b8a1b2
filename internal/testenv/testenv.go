// Package testenv locates what the tests of several packages share: the
// module root and the real documents of ../shared/corpus.
package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// ModuleRoot returns the folder holding go.mod, walking up from the
// package folder the test runs in. It skips the test when there is none.
func ModuleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found above the package folder")
		}
		dir = parent
	}
}

// SharedCorpus returns ../shared/corpus (joined with the sub-path elements)
// beside the module root, and skips the test with a clear message when it
// is absent: the real documents are read from there, never copied into
// the project.
func SharedCorpus(t testing.TB, sub ...string) string {
	t.Helper()
	d := filepath.Join(append([]string{ModuleRoot(t), "..", "shared", "corpus"}, sub...)...)
	if _, err := os.Stat(d); err != nil {
		t.Skipf("shared corpus not found at %s: skipping the data-driven test", d)
	}
	return d
}
