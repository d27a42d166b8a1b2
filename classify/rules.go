package classify

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

//go:embed rules
var embeddedRules embed.FS

// ruleFiles are the data files a Tagger reads, in a fixed order (for the version hash).
var ruleFiles = []string{"actors.tsv", "topics.tsv", "issues.tsv", "cues.tsv", "consensus.txt", "calibration.tsv", "topicmodel.tsv", "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv"}

// ruleLine is one non-comment line of a rule file with where it came from.
type ruleLine struct {
	file   string // file name as shown in errors (embedded:NAME or the path)
	n      int    // 1-based line number
	fields []string
}

func (l ruleLine) errorf(format string, a ...any) error {
	return fmt.Errorf("%s:%d: %s", l.file, l.n, fmt.Sprintf(format, a...))
}

// loadRuleFile returns the lines of the embedded file name followed by the
// lines of rulesDir/name when that file exists and is not empty. A first
// line "#!replace" in the directory's file drops the embedded lines.
func loadRuleFile(rulesDir, name string, h *bytes.Buffer) ([]ruleLine, error) {
	data, err := embeddedRules.ReadFile("rules/" + name)
	if err != nil {
		return nil, fmt.Errorf("rules: embedded %s: %w", name, err)
	}
	lines := splitRuleLines("embedded:rules/"+name, data)
	if rulesDir != "" {
		p := filepath.Join(rulesDir, name)
		extra, err := os.ReadFile(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, fmt.Errorf("rules: %w", err)
		case len(bytes.TrimSpace(extra)) > 0:
			if bytes.HasPrefix(extra, []byte("#!replace")) {
				lines = nil
			}
			lines = append(lines, splitRuleLines(p, extra)...)
			data = append(append(data, '\n'), extra...)
		}
	}
	h.WriteString(name)
	h.Write(data)
	return lines, nil
}

func splitRuleLines(file string, data []byte) []ruleLine {
	var out []ruleLine
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		out = append(out, ruleLine{file: file, n: n, fields: fields})
	}
	return out
}

// splitAlternatives splits "a | b | c" into its non-empty parts.
func splitAlternatives(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseWeight(l ruleLine, s string) (float64, error) {
	w, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, l.errorf("bad weight %q", s)
	}
	return w, nil
}

func hashRules(h *bytes.Buffer) string {
	sum := sha256.Sum256(h.Bytes())
	return hex.EncodeToString(sum[:6])
}

func sortedKeys[M ~map[string]V, V any](m M) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
