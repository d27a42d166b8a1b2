package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/normscope/normscope/corpus"
)

// cachePath is where the bytes with the given SHA-256 are kept:
// DIR/cache/ab/abcdef... (content-addressed).
func cachePath(dir, sha string) string {
	return filepath.Join(dir, CacheDir, sha[:2], sha)
}

// writeCache keeps a copy of fetched bytes, so that a document can be
// re-extracted (new tagger, 304 Not Modified) without fetching it again.
// Failures are not fatal: the cache is an optimisation.
func writeCache(dir, sha string, body []byte) {
	if len(sha) < 2 {
		return
	}
	p := cachePath(dir, sha)
	if _, err := os.Stat(p); err == nil {
		return
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(body)
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		os.Remove(tmp.Name())
	}
}

// readCache returns the cached bytes of an earlier document, checking them
// against their hash.
func readCache(dir string, prev *corpus.Document) ([]byte, error) {
	if prev == nil || len(prev.Source.SHA256) < 2 {
		return nil, errors.New("no earlier copy")
	}
	b, err := os.ReadFile(cachePath(dir, prev.Source.SHA256))
	if err != nil {
		return nil, err
	}
	if corpus.SHA256Hex(b) != prev.Source.SHA256 {
		return nil, fmt.Errorf("cached copy of %s is corrupt", prev.Source.SHA256[:16])
	}
	return b, nil
}
