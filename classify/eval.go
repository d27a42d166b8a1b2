package classify

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Labelled is one record of a labelled (gold) or predicted JSONL file.
type Labelled struct {
	Doc     string       `json:"doc"`
	Seq     json.Number  `json:"seq"`
	Section string       `json:"section,omitempty"`
	Kind    string       `json:"kind,omitempty"`
	Text    string       `json:"text"`
	Topic   string       `json:"topic"`
	Topics  []TopicScore `json:"topics"`
	Stances []Stance     `json:"stances"`
}

// UnmarshalJSON accepts topics as plain labels or as {label, score} objects.
func (l *Labelled) UnmarshalJSON(b []byte) error {
	type plain Labelled
	var raw struct {
		plain
		Topics []json.RawMessage `json:"topics"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*l = Labelled(raw.plain)
	l.Topics = nil
	for _, r := range raw.Topics {
		var s string
		if err := json.Unmarshal(r, &s); err == nil {
			l.Topics = append(l.Topics, TopicScore{Label: s, Score: 1})
			continue
		}
		var ts TopicScore
		if err := json.Unmarshal(r, &ts); err != nil {
			return fmt.Errorf("topics: want a label or {label,score}: %w", err)
		}
		l.Topics = append(l.Topics, ts)
	}
	return nil
}

// ReadLabelled reads JSONL records (blank lines skipped). Errors give the line number.
func ReadLabelled(r io.Reader) ([]Labelled, error) {
	var out []Labelled
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var l Labelled
		if err := json.Unmarshal(line, &l); err != nil {
			return nil, fmt.Errorf("labelled: line %d: %w", n, err)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("labelled: line %d: %w", n+1, err)
	}
	return out, nil
}

// PRF is precision, recall and F1 with the counts behind them.
type PRF struct {
	P, R, F1   float64
	Gold, Pred int
}

// Report holds the evaluation figures, computed as score_tags.py does.
type Report struct {
	N                          int
	ByKey, ByText, Unmatched   int
	Unused                     int
	PerTopic                   map[string]PRF
	MacroF1, Accuracy          float64
	TopicsMicro                PRF
	StanceTriples, StancePairs PRF
	StanceByIssue              map[string]PRF            // triples per issue (of Issues; others under their own name)
	ByDoc                      map[string]DocScore       // per gold document
	Confusion                  map[string]map[string]int // gold topic -> predicted topic -> count ("" = unmatched)
	ExtraLabels                []string
}

// DocScore is the score of one document: its paragraphs, the share
// whose primary topic is right, and its stance triples and pairs.
type DocScore struct {
	Paras          int
	Accuracy       float64
	Triples, Pairs PRF
}

var ws = regexp.MustCompile(`\s+`)
var folder = cases.Fold()

func normText(s string) string {
	s = norm.NFKC.String(s)
	return folder.String(strings.TrimSpace(ws.ReplaceAllString(s, " ")))
}

var docSuffix = regexp.MustCompile(`(?i)\.(html?|pdf|txt)$`)

func docStem(d string) string { return docSuffix.ReplaceAllString(d, "") }

// ratio follows score_tags.py: an empty denominator gives 1 when the other
// side is empty too, else 0.
func ratio(num, den int, otherEmpty bool) float64 {
	if den > 0 {
		return float64(num) / float64(den)
	}
	if otherEmpty {
		return 1
	}
	return 0
}

func prf(tp, fp, fn int) PRF {
	p := ratio(tp, tp+fp, fn == 0)
	r := ratio(tp, tp+fn, fp == 0)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{P: p, R: r, F1: f, Gold: tp + fn, Pred: tp + fp}
}

// align matches gold records to predictions: by doc+seq when the texts agree
// (or the prediction has none), else by normalised text, same document first.
func align(gold, pred []Labelled) ([]*Labelled, int, int, int) {
	byKey := map[string]int{}
	byText := map[string][]int{}
	for i, p := range pred {
		k := p.Doc + "\x00" + p.Seq.String()
		if _, ok := byKey[k]; !ok {
			byKey[k] = i
		}
		t := normText(p.Text)
		byText[t] = append(byText[t], i)
	}
	used := map[int]bool{}
	out := make([]*Labelled, len(gold))
	nKey, nText := 0, 0
	for gi, g := range gold {
		pi, ok := byKey[g.Doc+"\x00"+g.Seq.String()]
		if !ok || used[pi] {
			continue
		}
		if pred[pi].Text == "" || normText(pred[pi].Text) == normText(g.Text) {
			out[gi] = &pred[pi]
			used[pi] = true
			nKey++
		}
	}
	for gi, g := range gold {
		if out[gi] != nil {
			continue
		}
		var cands, same []int
		for _, i := range byText[normText(g.Text)] {
			if !used[i] {
				cands = append(cands, i)
				if docStem(pred[i].Doc) == docStem(g.Doc) {
					same = append(same, i)
				}
			}
		}
		if len(cands) == 0 {
			continue
		}
		pi := cands[0]
		if len(same) > 0 {
			pi = same[0]
		}
		out[gi] = &pred[pi]
		used[pi] = true
		nText++
	}
	return out, nKey, nText, len(pred) - len(used)
}

func labelSet(l *Labelled) map[string]bool {
	s := map[string]bool{}
	if l == nil {
		return s
	}
	for _, t := range l.Topics {
		if t.Label != "" {
			s[t.Label] = true
		}
	}
	if l.Topic != "" {
		s[l.Topic] = true
	}
	return s
}

func stanceSets(l *Labelled, key string, triples, pairs map[string]bool) {
	if l == nil {
		return
	}
	for _, s := range l.Stances {
		issue := strings.ToLower(strings.TrimSpace(s.Issue))
		value := strings.ToLower(strings.TrimSpace(s.Value))
		if issue == "" || value == "" {
			continue
		}
		pairs[key+"\x00"+issue+"\x00"+value] = true
		for _, a := range s.Actors {
			triples[key+"\x00"+issue+"\x00"+value+"\x00"+strings.ToUpper(strings.TrimSpace(a))] = true
		}
	}
}

func setPRF(gold, pred map[string]bool) PRF {
	tp := 0
	for k := range pred {
		if gold[k] {
			tp++
		}
	}
	return prf(tp, len(pred)-tp, len(gold)-tp)
}

// Evaluate scores predictions against gold records with the conventions of
// score_tags.py: primary-topic P/R/F1 per label, macro-F1 over the 7 labels,
// accuracy, multi-label micro scores, and stance scores on
// (doc, seq, issue, value, actor) triples and (doc, seq, issue, value) pairs.
func Evaluate(gold, pred []Labelled) *Report {
	al, nKey, nText, unused := align(gold, pred)
	r := &Report{N: len(gold), ByKey: nKey, ByText: nText, Unmatched: len(gold) - nKey - nText, Unused: unused,
		PerTopic: map[string]PRF{}, Confusion: map[string]map[string]int{}}
	tp, fp, fn := map[string]int{}, map[string]int{}, map[string]int{}
	correct := 0
	extra := map[string]bool{}
	for i, g := range gold {
		pt := ""
		if al[i] != nil {
			pt = al[i].Topic
		}
		if r.Confusion[g.Topic] == nil {
			r.Confusion[g.Topic] = map[string]int{}
		}
		r.Confusion[g.Topic][pt]++
		if pt == g.Topic {
			tp[g.Topic]++
			correct++
		} else {
			fn[g.Topic]++
			if al[i] != nil {
				fp[pt]++
				if topicIndex(pt) < 0 {
					extra[pt] = true
				}
			}
		}
	}
	for _, t := range Topics {
		r.PerTopic[t] = prf(tp[t], fp[t], fn[t])
		r.MacroF1 += r.PerTopic[t].F1 / float64(len(Topics))
	}
	r.Accuracy = 1
	if len(gold) > 0 {
		r.Accuracy = float64(correct) / float64(len(gold))
	}
	r.ExtraLabels = sortedKeys(extra)
	mtp, mfp, mfn := 0, 0, 0
	g3, p3, g2, p2 := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for i, g := range gold {
		gl, pl := labelSet(&gold[i]), labelSet(al[i])
		for l := range pl {
			if gl[l] {
				mtp++
			} else {
				mfp++
			}
		}
		for l := range gl {
			if !pl[l] {
				mfn++
			}
		}
		key := g.Doc + "\x00" + g.Seq.String()
		stanceSets(&gold[i], key, g3, g2)
		stanceSets(al[i], key, p3, p2)
	}
	r.TopicsMicro = prf(mtp, mfp, mfn)
	r.StanceTriples = setPRF(g3, p3)
	r.StancePairs = setPRF(g2, p2)
	r.StanceByIssue = byIssue(g3, p3)
	r.ByDoc = byDoc(gold, al, g3, p3, g2, p2)
	return r
}

// byDoc scores each gold document: topic accuracy over its paragraphs and
// its stance triples and pairs (keys starting with the doc and NUL).
func byDoc(gold []Labelled, al []*Labelled, g3, p3, g2, p2 map[string]bool) map[string]DocScore {
	split := func(m map[string]bool) map[string]map[string]bool {
		out := map[string]map[string]bool{}
		for k := range m {
			d, _, _ := strings.Cut(k, "\x00")
			if out[d] == nil {
				out[d] = map[string]bool{}
			}
			out[d][k] = true
		}
		return out
	}
	sg3, sp3, sg2, sp2 := split(g3), split(p3), split(g2), split(p2)
	paras, right := map[string]int{}, map[string]int{}
	for i, g := range gold {
		paras[g.Doc]++
		if al[i] != nil && al[i].Topic == g.Topic {
			right[g.Doc]++
		}
	}
	out := make(map[string]DocScore, len(paras))
	for d, n := range paras {
		out[d] = DocScore{Paras: n, Accuracy: float64(right[d]) / float64(n),
			Triples: setPRF(sg3[d], sp3[d]), Pairs: setPRF(sg2[d], sp2[d])}
	}
	return out
}

// WriteByDoc prints one line per gold document, the lowest stance triple
// F1 first (then the lowest topic accuracy): where to look first when a
// set scores low. A document whose voice the tagger misreads (a joint
// statement taken for an analysis) loses all its holders and shows here.
func (r *Report) WriteByDoc(w io.Writer) error {
	docs := sortedKeys(r.ByDoc)
	sort.SliceStable(docs, func(i, j int) bool {
		a, b := r.ByDoc[docs[i]], r.ByDoc[docs[j]]
		if a.Triples.F1 != b.Triples.F1 {
			return a.Triples.F1 < b.Triples.F1
		}
		return a.Accuracy < b.Accuracy
	})
	var b strings.Builder
	fmt.Fprintf(&b, "%-48s%6s%7s  %-31s%s\n", "document", "paras", "topic", "stance triples P/R/F1 (gold pred)", "  pairs F1")
	for _, d := range docs {
		s := r.ByDoc[d]
		name := d
		if len(name) > 47 {
			name = name[:44] + "..."
		}
		fmt.Fprintf(&b, "%-48s%6d%7.3f  %5.3f %5.3f %5.3f (%3d %3d)%12.3f\n", name, s.Paras, s.Accuracy,
			s.Triples.P, s.Triples.R, s.Triples.F1, s.Triples.Gold, s.Triples.Pred, s.Pairs.F1)
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// byIssue splits stance triples (keys doc, seq, issue, value, actor
// joined by NUL) by issue and scores each part.
func byIssue(gold, pred map[string]bool) map[string]PRF {
	split := func(m map[string]bool) map[string]map[string]bool {
		out := map[string]map[string]bool{}
		for k := range m {
			f := strings.SplitN(k, "\x00", 4)
			if len(f) < 3 {
				continue
			}
			if out[f[2]] == nil {
				out[f[2]] = map[string]bool{}
			}
			out[f[2]][k] = true
		}
		return out
	}
	g, p := split(gold), split(pred)
	res := map[string]PRF{}
	for _, m := range []map[string]map[string]bool{g, p} {
		for issue := range m {
			res[issue] = setPRF(g[issue], p[issue])
		}
	}
	return res
}

// WriteTable prints the report like score_tags.py, plus a confusion matrix;
// the last line is "score: <topic macro-F1> <stance triple F1>".
func (r *Report) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "gold records %d: matched by doc+seq %d, by text %d, unmatched %d (counted as misses); unused predictions %d\n\n",
		r.N, r.ByKey, r.ByText, r.Unmatched, r.Unused)
	fmt.Fprintf(&b, "%-24s%7s%7s%7s%7s%7s\n", "primary topic", "P", "R", "F1", "gold", "pred")
	for _, t := range Topics {
		p := r.PerTopic[t]
		fmt.Fprintf(&b, "%-24s%7.3f%7.3f%7.3f%7d%7d\n", t, p.P, p.R, p.F1, p.Gold, p.Pred)
	}
	if len(r.ExtraLabels) > 0 {
		fmt.Fprintf(&b, "(predicted labels outside the taxonomy: %s)\n", strings.Join(r.ExtraLabels, ", "))
	}
	fmt.Fprintf(&b, "%-24s%14s%7.3f\n", "macro-F1 (7 labels)", "", r.MacroF1)
	fmt.Fprintf(&b, "%-24s%14s%7.3f\n\n", "accuracy", "", r.Accuracy)
	fmt.Fprintf(&b, "%-40s%7s%7s%7s%7s%7s\n", "", "P", "R", "F1", "gold", "pred")
	for _, row := range []struct {
		name string
		p    PRF
	}{{"topics, multi-label micro", r.TopicsMicro}, {"stances (doc,seq,issue,value,actor)", r.StanceTriples}, {"stances loose (doc,seq,issue,value)", r.StancePairs}} {
		fmt.Fprintf(&b, "%-40s%7.3f%7.3f%7.3f%7d%7d\n", row.name, row.p.P, row.p.R, row.p.F1, row.p.Gold, row.p.Pred)
	}
	if len(r.StanceByIssue) > 0 {
		fmt.Fprintf(&b, "\n%-40s%7s%7s%7s%7s%7s\n", "stance triples by issue", "P", "R", "F1", "gold", "pred")
		issues := append([]string{}, Issues...)
		for _, k := range sortedKeys(r.StanceByIssue) {
			if !contains(issues, k) {
				issues = append(issues, k)
			}
		}
		for _, k := range issues {
			if p, ok := r.StanceByIssue[k]; ok {
				fmt.Fprintf(&b, "  %-38s%7.3f%7.3f%7.3f%7d%7d\n", k, p.P, p.R, p.F1, p.Gold, p.Pred)
			}
		}
	}
	b.WriteString("\nconfusion (rows gold, columns predicted; - = unmatched)\n")
	short := []string{"thr", "law", "nrm", "cbm", "cap", "dia", "oth", "-"}
	fmt.Fprintf(&b, "%-24s", "")
	for _, s := range short {
		fmt.Fprintf(&b, "%5s", s)
	}
	b.WriteString("\n")
	cols := append(append([]string{}, Topics...), "")
	rows := append([]string{}, Topics...)
	for g := range r.Confusion {
		if topicIndex(g) < 0 {
			rows = append(rows, g)
		}
	}
	sort.Strings(rows[len(Topics):])
	for _, g := range rows {
		fmt.Fprintf(&b, "%-24s", g)
		for _, c := range cols {
			fmt.Fprintf(&b, "%5d", r.Confusion[g][c])
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "\nscore: %.3f %.3f\n", r.MacroF1, r.StanceTriples.F1)
	_, err := io.WriteString(w, b.String())
	return err
}

// TagGold tags labelled records as `normscope eval` does: the gold tag
// fields are ignored, records are grouped into documents by their doc field
// (in file order), each document is tagged with TagDoc (Section from the
// record, no speaker given), and the predictions are returned in input order.
func TagGold(t *Tagger, gold []Labelled) []Labelled {
	order, groups := groupByDoc(gold)
	pred := make([]Labelled, len(gold))
	for _, d := range order {
		idx := groups[d]
		doc := goldDoc(gold, idx)
		res := t.TagDoc(doc)
		for k, i := range idx {
			g := gold[i]
			pred[i] = Labelled{Doc: g.Doc, Seq: g.Seq, Section: g.Section, Text: g.Text,
				Topic: res[k].Topic, Topics: res[k].Topics, Stances: res[k].Stances}
		}
	}
	return pred
}

// EvalGold reads a labelled JSONL file, tags it with TagGold, writes the
// table to w and returns the report.
func EvalGold(t *Tagger, r io.Reader, w io.Writer) (*Report, error) {
	gold, err := ReadLabelled(r)
	if err != nil {
		return nil, err
	}
	rep := Evaluate(gold, TagGold(t, gold))
	if err := rep.WriteTable(w); err != nil {
		return nil, fmt.Errorf("eval: write: %w", err)
	}
	return rep, nil
}

// jsonLine encodes a record as one JSON line without HTML escaping.
func jsonLine(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// groupByDoc groups labelled records into documents by their doc field: the
// documents in file order, and the record indexes of each.
func groupByDoc(gold []Labelled) (order []string, groups map[string][]int) {
	groups = map[string][]int{}
	for i, g := range gold {
		if _, ok := groups[g.Doc]; !ok {
			order = append(order, g.Doc)
		}
		groups[g.Doc] = append(groups[g.Doc], i)
	}
	return order, groups
}

// goldDoc makes the Doc to tag from the records idx of gold (no speaker
// given: the tagger infers it, as for any stream of records).
func goldDoc(gold []Labelled, idx []int) Doc {
	doc := Doc{Paras: make([]Para, len(idx))}
	for k, i := range idx {
		doc.Paras[k] = Para{Text: gold[i].Text, Section: gold[i].Section, Kind: gold[i].Kind}
	}
	return doc
}
