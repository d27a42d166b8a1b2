package main

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/normscope/normscope/corpus"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = runMain(context.Background(), args, &o, &e)
	return code, o.String(), e.String()
}

func schemas(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	out := map[string]*jsonschema.Schema{}
	for _, name := range []string{"paragraph", "document"} {
		b, err := corpus.Schemas.ReadFile("schema/" + name + ".schema.json")
		if err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.AddResource(name+".schema.json", v); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"paragraph", "document"} {
		s, err := c.Compile(name + ".schema.json")
		if err != nil {
			t.Fatal(err)
		}
		out[name] = s
	}
	return out
}

// validateJSONL checks that every line of data is valid against s and
// returns the number of lines.
func validateJSONL(t *testing.T, s *jsonschema.Schema, name string, data []byte) int {
	t.Helper()
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		n++
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(sc.Bytes()))
		if err != nil {
			t.Fatalf("%s:%d: not JSON: %v", name, n, err)
		}
		if err := s.Validate(v); err != nil {
			t.Errorf("%s:%d: %v", name, n, err)
		}
	}
	if !bytes.HasSuffix(data, []byte("\n")) && len(data) > 0 {
		t.Errorf("%s: last line not terminated", name)
	}
	return n
}

func TestRunWritesValidRecordsAndExitCodes(t *testing.T) {
	s := schemas(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "broken.pdf")
	os.WriteFile(bad, []byte("%PDF-1.7\n%broken"), 0o644)
	out := filepath.Join(dir, "corpus")
	code, _, stderr := run(t, "run", "testdata/statement.txt", bad, "-o", out, "--no-index")
	if code != exitFailure {
		t.Fatalf("exit %d with a failing source, want 1; stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "broken.pdf") {
		t.Errorf("failure not reported on stderr: %s", stderr)
	}
	paras, _ := os.ReadFile(filepath.Join(out, "paragraphs.jsonl"))
	docs, _ := os.ReadFile(filepath.Join(out, "documents.jsonl"))
	if n := validateJSONL(t, s["paragraph"], "paragraphs.jsonl", paras); n < 4 {
		t.Errorf("%d paragraph records, want at least 4", n)
	}
	if n := validateJSONL(t, s["document"], "documents.jsonl", docs); n != 2 {
		t.Errorf("%d document records, want 2", n)
	}
	code, _, _ = run(t, "run", "testdata/statement.txt", "-o", out, "--no-index")
	if code != exitOK {
		t.Errorf("re-run exit %d, want 0", code)
	}
}

func TestExtractPrintsValidRecords(t *testing.T) {
	s := schemas(t)
	code, stdout, stderr := run(t, "extract", "testdata/statement.txt")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := validateJSONL(t, s["paragraph"], "stdout", []byte(stdout)); n != 5 {
		t.Errorf("%d records, want 5 (title, salutation, 3 paragraphs)", n)
	}
	if strings.Contains(stdout, `"topic"`) {
		t.Error("extract output carries tags")
	}
}

func TestUsageErrors(t *testing.T) {
	cases := [][]string{
		{},
		{"nosuchcommand"},
		{"run"},
		{"run", "--nosuchflag", "x.pdf"},
		{"run", "--pdf-engine", "magic", "x.pdf"},
		{"run", "--follow", "(", "http://127.0.0.1:1/"},
		{"extract"},
		{"classify", "stray-arg"},
	}
	for _, args := range cases {
		if code, _, _ := run(t, args...); code != exitUsage {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	if code, stdout, _ := run(t, "help"); code != 0 || !strings.Contains(stdout, "run") {
		t.Errorf("help: exit %d", code)
	}
}

func TestClassifyPassesFieldsThrough(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(in, []byte(`{"zeta":1,"text":"The Russian Federation called for a legally binding convention.","topic":"GOLD","extra":{"a":[1,2]}}`+"\n"), 0o644)
	code, stdout, stderr := run(t, "classify", "-i", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, `{"zeta":1,"text":"The Russian Federation called for a legally binding convention.","extra":{"a":[1,2]},"topic":`) {
		t.Errorf("fields not passed through in order: %s", stdout)
	}
	if strings.Contains(stdout, "GOLD") {
		t.Error("input tag field leaked into the output")
	}
	code, _, _ = run(t, "classify", "-i", filepath.Join(t.TempDir(), "missing.jsonl"))
	if code != exitFailure {
		t.Errorf("missing input: exit %d, want 1", code)
	}
}

func TestExtractManyFilesKeepsOrder(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := 0; i < 6; i++ {
		p := filepath.Join(dir, "doc"+string(rune('a'+i))+".txt")
		os.WriteFile(p, []byte("Document number "+string(rune('A'+i))+"\n\n1. A paragraph of text in document "+string(rune('A'+i))+".\n"), 0o644)
		args = append(args, p)
	}
	bad := filepath.Join(dir, "bad.pdf")
	os.WriteFile(bad, []byte("%PDF-1.4 truncated"), 0o644)
	args = append(args[:3], append([]string{bad}, args[3:]...)...)
	code, stdout, stderr := run(t, append([]string{"extract"}, args...)...)
	if code != exitFailure || !strings.Contains(stderr, "bad.pdf") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var order []string
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if i := strings.Index(l, `"text":"Document number `); i >= 0 {
			order = append(order, l[i+len(`"text":"Document number `):][:1])
		}
	}
	if strings.Join(order, "") != "ABCDEF" {
		t.Errorf("documents printed in order %v, want A..F", order)
	}
}

func TestRunRefusesSourceFolder(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x.go"), []byte("package x\n"), 0o644)
	code, _, stderr := run(t, "run", "-o", dir, "testdata/statement.txt")
	if code != exitUsage || !strings.Contains(stderr, "Go source") {
		t.Errorf("exit %d, %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "paragraphs.jsonl")); err == nil {
		t.Error("wrote into a source folder")
	}
}

// train --holders fits the holder model, reports its cross-validation and
// writes a holdermodel.tsv that eval reads through --rules.
func TestTrainHoldersWritesAModelEvalReads(t *testing.T) {
	dir := t.TempDir()
	fixture := filepath.Join("..", "..", "classify", "testdata", "train", "holders.jsonl")
	model := filepath.Join(dir, "holdermodel.tsv")
	code, out, errs := run(t, "train", "--holders", "--cv", "--folds", "3", "--min-docs", "1", "--l2", "0.1", "--gold", fixture, "-o", model)
	if code != exitOK {
		t.Fatalf("train --holders exit %d: %s", code, errs)
	}
	for _, want := range []string{"holder cross-validation: 3 folds of 6 documents, 24 paragraphs", "triples, with the holder model", "wrote " + model} {
		if !strings.Contains(out, want) {
			t.Errorf("train --holders output lacks %q:\n%s", want, out)
		}
	}
	b, err := os.ReadFile(model)
	if err != nil || !strings.HasPrefix(string(b), "#!replace\n# Holder model") || !strings.Contains(string(b), "@threshold\t0.5\n") {
		t.Fatalf("model file: %v\n%.300s", err, b)
	}
	code, out, errs = run(t, "eval", "--rules", dir, "--gold", fixture)
	if code != exitOK || !strings.Contains(out, "score: ") {
		t.Fatalf("eval with the trained model: exit %d\n%s%s", code, out, errs)
	}
	if code, _, _ := run(t, "train", "--holders", "--stance", "--gold", fixture); code != exitUsage {
		t.Errorf("train --holders --stance: exit %d, want %d", code, exitUsage)
	}
}

// train --values fits the value model, reports its cross-validation and
// writes a valuemodel.tsv with which eval turns round the values the
// rules get wrong on the fixture.
func TestTrainValuesWritesAModelEvalReads(t *testing.T) {
	dir := t.TempDir()
	fixture := filepath.Join("..", "..", "classify", "testdata", "train", "values.jsonl")
	model := filepath.Join(dir, "valuemodel.tsv")
	code, out, errs := run(t, "train", "--values", "--cv", "--folds", "3", "--min-docs", "1", "--l2", "0.1", "--gold", fixture, "-o", model)
	if code != exitOK {
		t.Fatalf("train --values exit %d: %s", code, errs)
	}
	for _, want := range []string{"value cross-validation: 3 folds of 6 documents, 24 paragraphs", "triples, with the value model", "trained on 24 positions (12 with the other value", "wrote " + model} {
		if !strings.Contains(out, want) {
			t.Errorf("train --values output lacks %q:\n%s", want, out)
		}
	}
	b, err := os.ReadFile(model)
	if err != nil || !strings.HasPrefix(string(b), "#!replace\n# Value model") || !strings.Contains(string(b), "@threshold\t0.5\n") {
		t.Fatalf("model file: %v\n%.300s", err, b)
	}
	// without a value model (an empty file) the rules give every position
	// of the fixture the value favor; with the one trained on it, the
	// values are right
	none := t.TempDir()
	if err := os.WriteFile(filepath.Join(none, "valuemodel.tsv"), []byte("#!replace\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ dir, want string }{{none, "0.500"}, {dir, "1.000"}} {
		code, out, errs = run(t, "eval", "--rules", c.dir, "--gold", fixture)
		// the last line is "score: TOPIC-F1 STANCE-F1"
		at := strings.LastIndex(out, "score: ")
		if at < 0 {
			t.Fatalf("eval --rules %s: exit %d, no score line\n%s%s", c.dir, code, out, errs)
		}
		f := strings.Fields(out[at:])
		if code != exitOK || len(f) != 3 || f[2] != c.want {
			t.Errorf("eval --rules %s: exit %d, stance F1 %v, want %s\n%s%s", c.dir, code, f, c.want, out, errs)
		}
	}
	if code, _, _ := run(t, "train", "--values", "--holders", "--gold", fixture); code != exitUsage {
		t.Errorf("train --values --holders: exit %d, want %d", code, exitUsage)
	}
}

func TestTrainWritesAModelEvalReads(t *testing.T) {
	dir := t.TempDir()
	fixture := filepath.Join("..", "..", "classify", "testdata", "train", "pillars.jsonl")
	model := filepath.Join(dir, "topicmodel.tsv")
	code, out, errs := run(t, "train", "--cv", "--balance", "--min-docs", "2", "--gold", fixture+"@2", "-o", model)
	if code != exitOK {
		t.Fatalf("train exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "leave-one-document-out, 3 documents, 21 paragraphs") || !strings.Contains(out, "wrote "+model) {
		t.Errorf("train output:\n%s", out)
	}
	b, err := os.ReadFile(model)
	if err != nil || !strings.HasPrefix(string(b), "#!replace\n# Topic model") || !strings.Contains(string(b), "@bias\t") {
		t.Fatalf("model file: %v\n%.300s", err, b)
	}
	code, out, errs = run(t, "eval", "--rules", dir, "--gold", fixture)
	if code != exitOK || !strings.Contains(out, "score: ") {
		t.Fatalf("eval with the trained model: exit %d\n%s%s", code, out, errs)
	}
	if code, _, _ := run(t, "train"); code != exitUsage {
		t.Errorf("train without --gold: exit %d, want %d", code, exitUsage)
	}
	code, out, errs = run(t, "train", "--cv", "--folds", "2", "--min-docs", "2", "--gold", fixture)
	if code != exitOK || !strings.Contains(out, "2-fold by document, 3 documents, 21 paragraphs") {
		t.Errorf("train --cv --folds 2: exit %d\n%s%s", code, out, errs)
	}
}

func TestTrainStanceWritesAModelEvalReads(t *testing.T) {
	dir := t.TempDir()
	fixture := filepath.Join("..", "..", "classify", "testdata", "train", "stances.jsonl")
	model := filepath.Join(dir, "stancemodel.tsv")
	code, out, errs := run(t, "train", "--stance", "--cv", "--l2", "0.1", "--gold", fixture, "-o", model)
	if code != exitOK {
		t.Fatalf("train --stance exit %d: %s", code, errs)
	}
	for _, want := range []string{"stance cross-validation: 4 folds of 4 documents, 16 paragraphs", "triples, rules with the model", "trained on 16 sentences (8 state a position) from 4 documents", "wrote " + model} {
		if !strings.Contains(out, want) {
			t.Errorf("train --stance output lacks %q:\n%s", want, out)
		}
	}
	b, err := os.ReadFile(model)
	if err != nil || !strings.HasPrefix(string(b), "#!replace\n# Stance model") || !strings.Contains(string(b), "w:covenant\t") {
		t.Fatalf("model file: %v\n%.300s", err, b)
	}
	code, out, errs = run(t, "eval", "--rules", dir, "--gold", fixture)
	if code != exitOK || !strings.Contains(out, "score: ") {
		t.Fatalf("eval with the trained stance model: exit %d\n%s%s", code, out, errs)
	}
}

// eval --by-doc prints a line per document, the lowest stance triple F1
// first, before the usual table, which still ends with the score line.
func TestEvalByDoc(t *testing.T) {
	none := t.TempDir()
	if err := os.WriteFile(filepath.Join(none, "valuemodel.tsv"), []byte("#!replace\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// without a value model every document of the fixture gets half its
	// values wrong; one more document, written here, gets them right
	dir := t.TempDir()
	fixture := filepath.Join(dir, "gold.jsonl")
	b, err := os.ReadFile(filepath.Join("..", "..", "classify", "testdata", "train", "values.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, []byte(`{"doc":"zz-right","seq":1,"text":"Chile called for a legally binding instrument.","topic":"other","stances":[{"issue":"binding_instrument","value":"favor","actors":["CHL"],"cue":"called for a legally binding instrument"}]}`+"\n")...)
	if err := os.WriteFile(fixture, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "eval", "--by-doc", "--rules", none, "--gold", fixture)
	if code != exitOK {
		t.Fatalf("eval --by-doc: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[0], "document") || len(lines) < 9 {
		t.Fatalf("eval --by-doc output:\n%s", out)
	}
	var docs []string
	for _, l := range lines[1:8] {
		docs = append(docs, strings.Fields(l)[0])
	}
	if docs[6] != "zz-right" || !strings.HasPrefix(docs[0], "values-") {
		t.Errorf("documents in order %v, want the six values-N first and zz-right last", docs)
	}
	if !strings.HasPrefix(lines[len(lines)-1], "score: ") {
		t.Errorf("last line %q, want the score line", lines[len(lines)-1])
	}
}
