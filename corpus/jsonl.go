package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// Appender appends whole JSON lines to a file and syncs them to disk, so
// that a crash at any moment leaves at most one incomplete last line, which
// RepairJSONL removes. It is safe for concurrent use.
type Appender struct {
	mu sync.Mutex
	f  *os.File
}

// OpenAppender opens (creating if needed) a JSONL file for appending.
// A torn last line left by a crash is removed first.
func OpenAppender(path string) (*Appender, error) {
	if _, err := RepairJSONL(path); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &Appender{f: f}, nil
}

// Append writes the values as JSON lines in a single write and syncs the file.
func (a *Appender) Append(values ...any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, v := range values {
		if err := enc.Encode(v); err != nil {
			return fmt.Errorf("encode record: %w", err)
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, err := a.f.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("append %s: %w", a.f.Name(), err)
	}
	return a.f.Sync()
}

// Close closes the file.
func (a *Appender) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.f.Close()
}

// RepairJSONL truncates path after its last complete line (a line ending in
// a newline that holds valid JSON). It reports how many bytes were removed.
// A missing file is not an error.
func RepairJSONL(path string) (int64, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", path, err)
	}
	keep := len(data)
	if i := bytes.LastIndexByte(data, '\n'); i < len(data)-1 {
		keep = i + 1 // torn final line without newline
	}
	// A final line that ends in a newline but is not valid JSON is torn too
	// (a crash can leave zero-filled blocks on some file systems).
	for keep > 0 {
		start := bytes.LastIndexByte(data[:keep-1], '\n') + 1
		line := bytes.TrimSpace(data[start:keep])
		if len(line) == 0 || json.Valid(line) {
			break
		}
		keep = start
	}
	if keep == len(data) {
		return 0, nil
	}
	if err := os.Truncate(path, int64(keep)); err != nil {
		return 0, fmt.Errorf("repair %s: %w", path, err)
	}
	return int64(len(data) - keep), nil
}

// ReadJSONL calls fn for each non-empty line of r, with its 1-based line
// number. Lines may be long (up to 64 MiB).
func ReadJSONL(r io.Reader, fn func(line []byte, n int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := fn(line, n); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", n+1, err)
	}
	return nil
}

// ReadParagraphs reads paragraph records from a JSONL file.
func ReadParagraphs(path string) ([]Paragraph, error) {
	return readFile[Paragraph](path)
}

// ReadDocuments reads document records from a JSONL file.
func ReadDocuments(path string) ([]Document, error) {
	return readFile[Document](path)
}

func readFile[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	err = ReadJSONL(f, func(line []byte, n int) error {
		var v T
		if err := json.Unmarshal(line, &v); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, v)
		return nil
	})
	return out, err
}

// WriteFileAtomic writes a file by writing a temporary file in the same
// folder, syncing it and renaming it over path, so readers see either the
// old or the new content, never a mix. The file is readable by all (0644).
func WriteFileAtomic(path string, write func(w io.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err := write(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	// CreateTemp makes the file private (0600); the output is meant to be
	// read by other tools and users, as a file from os.WriteFile would be
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// WriteJSONL writes each value as one JSON line, without HTML escaping.
func WriteJSONL[T any](w io.Writer, values []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range values {
		if err := enc.Encode(&values[i]); err != nil {
			return err
		}
	}
	return nil
}
