package classify

import (
	"bytes"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/normscope/normscope/internal/testenv"
)

const tinyGold = `{"doc":"d1","seq":1,"text":"Alpha.","topic":"threats","topics":["threats","norms"],"stances":[{"issue":"binding_instrument","value":"favor","actors":["RUS","CHN"],"cue":"x"}]}
{"doc":"d1","seq":2,"text":"Beta.","topic":"norms","topics":["norms"],"stances":[]}
{"doc":"d1","seq":3,"text":"Gamma.","topic":"other","topics":["other"],"stances":[{"issue":"new_norms","value":"favor","actors":[],"cue":"y"}]}
{"doc":"d2","seq":1,"text":"Delta  text.","topic":"threats","topics":["threats"],"stances":[]}
`

// predictions: seq 1 right topic, one of two stance actors right plus a wrong one;
// seq 2 predicted threats; seq 3 matched by text only (other seq), right;
// d2#1 missing.
const tinyPred = `{"doc":"d1","seq":1,"text":"Alpha.","topic":"threats","topics":[{"label":"threats","score":0.9},{"label":"cbms","score":0.4}],"stances":[{"issue":"binding_instrument","value":"favor","actors":["RUS","USA"],"cue":"x"}]}
{"doc":"d1","seq":2,"text":"Beta.","topic":"threats","topics":["threats"],"stances":[]}
{"doc":"d1","seq":9,"text":"gamma.","topic":"other","topics":["other"],"stances":[{"issue":"new_norms","value":"favor","actors":[],"cue":"y"}]}
`

func TestEvaluateArithmetic(t *testing.T) {
	gold, err := ReadLabelled(strings.NewReader(tinyGold))
	if err != nil {
		t.Fatal(err)
	}
	pred, err := ReadLabelled(strings.NewReader(tinyPred))
	if err != nil {
		t.Fatal(err)
	}
	r := Evaluate(gold, pred)
	near := func(name string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", name, got, want)
		}
	}
	if r.ByKey != 2 || r.ByText != 1 || r.Unmatched != 1 || r.Unused != 0 {
		t.Errorf("matching: key %d text %d unmatched %d unused %d", r.ByKey, r.ByText, r.Unmatched, r.Unused)
	}
	// threats: tp 1 (d1#1), fp 1 (d1#2), fn 1 (d2#1 unmatched) -> P .5 R .5
	near("threats P", r.PerTopic["threats"].P, 0.5)
	near("threats R", r.PerTopic["threats"].R, 0.5)
	// norms: tp 0, fn 1, fp 0 -> P 0 (empty pred, gold not empty), R 0
	near("norms F1", r.PerTopic["norms"].F1, 0)
	near("other F1", r.PerTopic["other"].F1, 1)
	// the four labels with no gold and no predictions score 1
	near("cbms F1", r.PerTopic["cbms"].F1, 1)
	near("macro", r.MacroF1, (0.5+0+1+1+1+1+1)/7)
	near("accuracy", r.Accuracy, 2.0/4)
	// topics micro: gold pairs 5 (threats,norms | norms | other | threats);
	// predicted 4 (threats,cbms | threats | other); tp 2 -> P 2/4, R 2/5
	near("micro P", r.TopicsMicro.P, 2.0/4)
	near("micro R", r.TopicsMicro.R, 2.0/5)
	// stance triples: gold {RUS, CHN}, pred {RUS, USA}: tp 1 -> P .5 R .5
	near("triple F1", r.StanceTriples.F1, 0.5)
	// pairs: gold {d1#1 bi favor, d1#3 nn favor}; pred the same two -> 1
	near("pair F1", r.StancePairs.F1, 1)
	// by issue: the triples are all binding_instrument (new_norms has no
	// named actor, so no triple)
	near("binding_instrument P", r.StanceByIssue["binding_instrument"].P, 0.5)
	near("binding_instrument R", r.StanceByIssue["binding_instrument"].R, 0.5)
	if _, ok := r.StanceByIssue["new_norms"]; ok || len(r.StanceByIssue) != 1 {
		t.Errorf("stance by issue = %v, want binding_instrument only", r.StanceByIssue)
	}

	// by document: d1 has 3 paragraphs, 2 with the right topic (seq 1 and
	// the text-matched 3), the triples above and both pairs; d2 has one
	// paragraph, unmatched, and no stance (empty sets score 1)
	d1, d2 := r.ByDoc["d1"], r.ByDoc["d2"]
	if d1.Paras != 3 || d2.Paras != 1 || len(r.ByDoc) != 2 {
		t.Fatalf("by doc = %+v", r.ByDoc)
	}
	near("d1 accuracy", d1.Accuracy, 2.0/3)
	near("d1 triple F1", d1.Triples.F1, 0.5)
	near("d1 pair F1", d1.Pairs.F1, 1)
	near("d2 accuracy", d2.Accuracy, 0)
	near("d2 triple F1", d2.Triples.F1, 1)
	var byDoc bytes.Buffer
	if err := r.WriteByDoc(&byDoc); err != nil {
		t.Fatal(err)
	}
	// the lowest triple F1 first
	if rows := strings.Split(byDoc.String(), "\n"); len(rows) < 3 || !strings.HasPrefix(rows[1], "d1 ") || !strings.HasPrefix(rows[2], "d2 ") {
		t.Errorf("by-doc table:\n%s", byDoc.String())
	}

	var buf bytes.Buffer
	if err := r.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "stance triples by issue") || !strings.Contains(buf.String(), "  binding_instrument ") {
		t.Errorf("table lacks the per-issue stance rows:\n%s", buf.String())
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if last := lines[len(lines)-1]; last != "score: 0.786 0.500" {
		t.Errorf("last line %q", last)
	}
}

func TestReadLabelledErrors(t *testing.T) {
	_, err := ReadLabelled(strings.NewReader("{\"doc\":\"a\"}\n\nnot json\n"))
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("err = %v, want a line-3 error", err)
	}
	_, err = ReadLabelled(strings.NewReader(`{"doc":"a","topics":[3]}`))
	if err == nil {
		t.Errorf("numeric topic accepted")
	}
}

// TestDevScore tags the shared DEV set as `normscope eval` does and checks
// the figures stay above the project's first bar; with python3 present it
// also checks that Evaluate agrees with score_tags.py on the same predictions.
func TestDevScore(t *testing.T) {
	gold := readDevGold(t)
	pred := TagGold(tagger(t), gold)
	r := Evaluate(gold, pred)
	var buf bytes.Buffer
	if err := r.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", buf.String())
	if r.MacroF1 < 0.80 || r.StanceTriples.F1 < 0.80 {
		t.Errorf("dev score fell: topic macro-F1 %.3f, stance triple F1 %.3f", r.MacroF1, r.StanceTriples.F1)
	}

	py, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not found: not comparing with score_tags.py")
		return
	}
	out := filepath.Join(t.TempDir(), "pred.jsonl")
	var pb bytes.Buffer
	for _, p := range pred {
		b, _ := jsonLine(p)
		pb.Write(b)
	}
	if err := os.WriteFile(out, pb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	lab := testenv.SharedCorpus(t, "labelled")
	cmd := exec.Command(py, filepath.Join(lab, "score_tags.py"), filepath.Join(lab, "tags.jsonl"), out)
	got, err := cmd.Output()
	if err != nil {
		t.Skipf("score_tags.py failed: %v", err)
	}
	m := regexp.MustCompile(`score: (\S+) (\S+)`).FindStringSubmatch(string(got))
	mine := regexp.MustCompile(`score: (\S+) (\S+)`).FindStringSubmatch(buf.String())
	if m == nil || mine == nil || m[0] != mine[0] {
		t.Errorf("score_tags.py says %q, Evaluate says %q", m, mine)
	}
}
