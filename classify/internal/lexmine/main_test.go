package main

import (
	"strings"
	"testing"
)

func TestRunRanksTopicPhrases(t *testing.T) {
	var out strings.Builder
	if err := run(&out, "testdata/mini.jsonl", "testdata/lexicon.tsv", 5, 2); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	section := func(topic string) string {
		i := strings.Index(got, "## "+topic)
		if i < 0 {
			t.Fatalf("no section for %s in\n%s", topic, got)
		}
		rest := got[i+3:]
		if j := strings.Index(rest, "## "); j >= 0 {
			rest = rest[:j]
		}
		return rest
	}
	thr, cap := section("threats"), section("capacity_building")
	for _, want := range []string{"ransomware gangs", "ransomware  (in lexicon)"} {
		if !strings.Contains(thr, want) {
			t.Errorf("threats candidates lack %q:\n%s", want, thr)
		}
	}
	if !strings.Contains(cap, "donor coordination") || strings.Contains(cap, "ransomware") {
		t.Errorf("capacity_building candidates wrong:\n%s", cap)
	}
}

func TestRunBadInput(t *testing.T) {
	var out strings.Builder
	if err := run(&out, "testdata/missing.jsonl", "", 5, 2); err == nil {
		t.Error("missing file accepted")
	}
}
