// Package silver rebuilds labelled records (text and labels) from
// label-only records and the texts they label, so that labels of
// third-party texts can live in this repository without the texts.
//
// The texts are the .txt files of ../shared/corpus/texts: a header block
// ended by a "---" line, then markdown. Paragraphs are the blank-line
// separated blocks after the front matter, headings ("# ...", or a short
// all-bold line) set the section, markup lines and blocks of fewer than 3
// words are skipped, list markers and link targets are dropped. Each label
// record names its doc (the file name without .txt), seq (1-based
// paragraph number) and sha (the first 12 hex digits of the SHA-256 of the
// paragraph text); a record whose text no longer matches is reported and
// left out.
package silver

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// label is one label-only record.
type label struct {
	Doc    string   `json:"doc"`
	Seq    int      `json:"seq"`
	SHA    string   `json:"sha"`
	Topic  string   `json:"topic"`
	Topics []string `json:"topics"`
}

// para is one segmented paragraph.
type para struct {
	Section, Text string
}

var (
	blankLines = regexp.MustCompile(`\n\s*\n`)
	listMarker = regexp.MustCompile(`^\s*[-*]\s+`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	boldTitle  = regexp.MustCompile(`^\*\*[^.!?]{1,80}\*\*$`)
)

// segment splits one text file into paragraphs.
func segment(raw string) []para {
	_, body, ok := strings.Cut(raw, "\n---\n")
	if !ok {
		return nil
	}
	if b := strings.TrimLeft(body, " \t\r\n"); strings.HasPrefix(b, "---") {
		rest := b[3:]
		if _, after, ok := strings.Cut(rest, "\n---"); ok {
			body = after
		} else {
			body = rest
		}
	}
	var out []para
	section := ""
	for _, block := range blankLines.Split(body, -1) {
		var lines []string
		for _, l := range strings.Split(strings.TrimSpace(block), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			continue
		}
		t := strings.Join(lines, " ")
		switch {
		case strings.HasPrefix(t, "#"):
			section = strings.TrimSpace(strings.TrimLeft(t, "#"))
			continue
		case t == "<excerpt/>" || strings.HasPrefix(t, "![") || strings.HasPrefix(t, "<") || strings.HasPrefix(t, "==="):
			continue
		case boldTitle.MatchString(t):
			section = strings.Trim(t, "*")
			continue
		}
		t = listMarker.ReplaceAllString(t, "")
		t = mdLink.ReplaceAllString(t, "$1")
		if len(strings.Fields(t)) < 3 {
			continue
		}
		out = append(out, para{Section: section, Text: t})
	}
	return out
}

func shaOf(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])[:12]
}

// Rebuild reads label-only JSONL records from labels, finds each labelled
// paragraph in textsDir, and writes full labelled records (doc, seq,
// section, text, topic, topics, stances: []) to w. Records whose text no
// longer matches are reported to warn and left out.
func Rebuild(textsDir string, labels io.Reader, w io.Writer, warn io.Writer) (kept, total int, err error) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	docs := map[string][]para{}
	sc := bufio.NewScanner(labels)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for sc.Scan() {
		total++
		var l label
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return kept, total, fmt.Errorf("silver: labels line %d: %w", total, err)
		}
		ps, ok := docs[l.Doc]
		if !ok {
			raw, err := os.ReadFile(filepath.Join(textsDir, l.Doc+".txt"))
			if err != nil {
				return kept, total, fmt.Errorf("silver: labels line %d: %w", total, err)
			}
			ps = segment(string(raw))
			docs[l.Doc] = ps
		}
		if l.Seq < 1 || l.Seq > len(ps) || shaOf(ps[l.Seq-1].Text) != l.SHA {
			fmt.Fprintf(warn, "silver: labels line %d: %s #%d: text differs from the labelled one; left out\n", total, l.Doc, l.Seq)
			continue
		}
		p := ps[l.Seq-1]
		b, err := json.Marshal(map[string]any{"doc": l.Doc, "seq": l.Seq, "section": p.Section, "text": p.Text,
			"topic": l.Topic, "topics": l.Topics, "stances": []any{}})
		if err != nil {
			return kept, total, err
		}
		bw.Write(append(b, '\n'))
		kept++
	}
	if err := sc.Err(); err != nil {
		return kept, total, fmt.Errorf("silver: labels: %w", err)
	}
	return kept, total, bw.Flush()
}
