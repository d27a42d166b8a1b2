package silver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sample = `source: example
title: A made-up analysis
---
---
layout: post
title : Something
---

_An italic summary line of the piece._

<excerpt/>

## Threats

- Ransomware crews hit [ports](https://example.org) and hospitals.

Too short.

**A bold title**

The directory of points of contact was used twice.
Its second line joins the first.
`

func TestSegment(t *testing.T) {
	got := segment(sample)
	want := []para{
		{"", "_An italic summary line of the piece._"},
		{"Threats", "Ransomware crews hit ports and hospitals."},
		{"A bold title", "The directory of points of contact was used twice. Its second line joins the first."},
	}
	if len(got) != len(want) {
		t.Fatalf("segment: %d paragraphs %q, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d = %q, want %q", i+1, got[i], want[i])
		}
	}
}

func TestRunKeepsMatchingLabelsOnly(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "piece.txt"), []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	ps := segment(sample)
	labels := `{"doc":"piece","seq":2,"sha":"` + shaOf(ps[1].Text) + `","topic":"threats","topics":["threats"]}
{"doc":"piece","seq":3,"sha":"000000000000","topic":"cbms","topics":["cbms"]}
`
	var out, warn strings.Builder
	kept, total, err := Rebuild(dir, strings.NewReader(labels), &out, &warn)
	if err != nil {
		t.Fatal(err)
	}
	if kept != 1 || total != 2 || !strings.Contains(warn.String(), "piece #3: text differs") {
		t.Errorf("kept %d of %d, warnings %q", kept, total, warn.String())
	}
	b := out.String()
	lines := strings.Split(strings.TrimSpace(b), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], `"text":"Ransomware crews hit ports and hospitals."`) || !strings.Contains(lines[0], `"topic":"threats"`) {
		t.Errorf("rebuilt:\n%s", b)
	}
}
