package main

import (
	"bufio"
	"bytes"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/normscope/normscope/internal/testenv"
)

// parseModel reads a model file into feature -> weights, skipping comments.
func parseModel(t *testing.T, b []byte) map[string][]float64 {
	t.Helper()
	out := map[string][]float64{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		var ws []float64
		for _, s := range f[1:] {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatalf("bad weight in %q", line)
			}
			ws = append(ws, v)
		}
		out[f[0]] = ws
	}
	return out
}

// The shipped model is what the training data and the rules give: a
// change to the rules or the data without retraining fails here.
func TestShippedModelIsReproducible(t *testing.T) {
	root := testenv.ModuleRoot(t)
	shared := filepath.Dir(testenv.SharedCorpus(t, "labelled"))
	if _, err := os.Stat(filepath.Join(shared, "texts")); err != nil {
		t.Skipf("shared texts not available: %v", err)
	}
	got, err := build(shared, root, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := os.ReadFile(filepath.Join(root, "classify", "rules", "topicmodel.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	compareModels(t, parseModel(t, got), parseModel(t, shipped))
}

// The shipped stance model is what the training data and the rules (its
// cue-class features) give.
func TestShippedStanceModelIsReproducible(t *testing.T) {
	root := testenv.ModuleRoot(t)
	shared := filepath.Dir(testenv.SharedCorpus(t, "labelled"))
	got, err := buildStance(shared, root, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := os.ReadFile(filepath.Join(root, "classify", "rules", "stancemodel.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	compareModels(t, parseModel(t, got), parseModel(t, shipped))
}

// shippedModels reads the shipped model files names.
func shippedModels(t *testing.T, root string, names ...string) [][]byte {
	t.Helper()
	var models [][]byte
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(root, "classify", "rules", name))
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, b)
	}
	return models
}

// The shipped value model is what the training data, the rules and the
// shipped topic and stance models (checked above) give.
func TestShippedValueModelIsReproducible(t *testing.T) {
	root := testenv.ModuleRoot(t)
	shared := filepath.Dir(testenv.SharedCorpus(t, "labelled"))
	m := shippedModels(t, root, "topicmodel.tsv", "stancemodel.tsv", "valuemodel.tsv")
	got, err := buildValue(shared, root, m[0], m[1], io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	compareModels(t, parseModel(t, got), parseModel(t, m[2]))
}

// The shipped holder model is what the training data, the rules and the
// shipped topic, stance and value models (checked above) give.
func TestShippedHolderModelIsReproducible(t *testing.T) {
	root := testenv.ModuleRoot(t)
	shared := filepath.Dir(testenv.SharedCorpus(t, "labelled"))
	m := shippedModels(t, root, "topicmodel.tsv", "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	got, err := buildHolder(shared, root, m[0], m[1], m[2], io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	compareModels(t, parseModel(t, got), parseModel(t, m[3]))
}

// compareModels fails when the retrained model g differs from the shipped s.
func compareModels(t *testing.T, g, s map[string][]float64) {
	t.Helper()
	if len(g) != len(s) {
		t.Fatalf("retrained model has %d features, shipped %d: run go run ./classify/internal/trainmodel", len(g), len(s))
	}
	bad := 0
	for name, ws := range s {
		gw, ok := g[name]
		if !ok || len(gw) != len(ws) {
			bad++
			continue
		}
		for k := range ws {
			if math.Abs(gw[k]-ws[k]) > 2e-3 {
				bad++
				break
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d features differ from the shipped model: run go run ./classify/internal/trainmodel", bad, len(s))
	}
}
