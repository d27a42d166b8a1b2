package classify

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// topicModel is a multinomial logistic regression that picks a paragraph's
// primary topic from the rule evidence (per topic, with context) and the
// paragraph's words. It is data (rules/topicmodel.tsv), written by Train
// and read like the other rule files; with no model the rules alone decide.
type topicModel struct {
	w map[string][nTopics]float64
}

// feature is one named input of the topic model with its value.
type feature struct {
	name string
	v    float64
}

func buildTopicModel(lines []ruleLine) (*topicModel, error) {
	if len(lines) == 0 {
		return nil, nil
	}
	m := &topicModel{w: make(map[string][nTopics]float64, len(lines))}
	for _, l := range lines {
		if len(l.fields) != nTopics+1 {
			return nil, l.errorf("want FEATURE and %d weights, got %d fields", nTopics, len(l.fields))
		}
		var w [nTopics]float64
		for k := range w {
			f, err := strconv.ParseFloat(l.fields[k+1], 64)
			if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
				return nil, l.errorf("bad weight %q", l.fields[k+1])
			}
			w[k] = f
		}
		m.w[l.fields[0]] = w
	}
	return m, nil
}

// featureBias is the always-on feature.
const featureBias = "@bias"

// features lists the model inputs of one paragraph: the log of its rule
// evidence with context (ev) and of its own words (own), shape cues, and
// its words and word pairs. Names are stable: they are the keys of the
// model file.
func features(p *para, ev, own [nTopics]float64, furniture bool, section string, buf []feature) []feature {
	fs := append(buf[:0], feature{featureBias, 1})
	fs = append(fs, feature{"@rule:" + topicScores(ev, furniture)[0].Label, 1})
	for k := 0; k < nTopics; k++ {
		if e := max(ev[k], 0); e > 0 {
			fs = append(fs, feature{"@ev:" + Topics[k], math.Log1p(e)})
		}
		if e := max(own[k], 0); e > 0 {
			fs = append(fs, feature{"@own:" + Topics[k], math.Log1p(e)})
		}
	}
	if furniture {
		fs = append(fs, feature{"@furniture", 1})
	}
	n := len(p.toks)
	switch {
	case n <= 6:
		fs = append(fs, feature{"@len:6", 1})
	case n <= 15:
		fs = append(fs, feature{"@len:15", 1})
	case n <= 40:
		fs = append(fs, feature{"@len:40", 1})
	default:
		fs = append(fs, feature{"@len:more", 1})
	}
	text := strings.TrimSpace(p.text)
	if text != "" {
		switch text[len(text)-1] {
		case ':':
			fs = append(fs, feature{"@end:colon", 1})
		case '.':
		default:
			fs = append(fs, feature{"@end:open", 1})
		}
	}
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			fs = append(fs, feature{name, 1})
		}
	}
	for i, t := range p.toks {
		w := wordForm(t.low)
		if w == "" {
			continue
		}
		add("w:" + w)
		if i > 0 && p.toks[i-1].sent == t.sent && !t.clause {
			if v := wordForm(p.toks[i-1].low); v != "" && !(functionWord[v] && functionWord[w]) {
				add("b:" + v + "_" + w)
			}
		}
	}
	if section != "" {
		for _, t := range tokenize(section, nil) {
			if w := wordForm(t.low); w != "" && !functionWord[w] {
				add("s:" + w)
			}
		}
	}
	return fs
}

// wordForm is the form a token takes as a feature: lower case, a plural
// "s" dropped, numbers folded into "#".
func wordForm(low string) string {
	if low == "" {
		return ""
	}
	digits := true
	for _, r := range low {
		if r < '0' || r > '9' {
			digits = false
			break
		}
	}
	if digits {
		return "#"
	}
	if len(low) > 4 && strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") && !strings.HasSuffix(low, "us") && !strings.HasSuffix(low, "is") {
		low = low[:len(low)-1]
	}
	return low
}

// probs is the model's probability for each topic given fs.
func (m *topicModel) probs(fs []feature) [nTopics]float64 {
	var z [nTopics]float64
	for _, f := range fs {
		w, ok := m.w[f.name]
		if !ok {
			continue
		}
		for k := range z {
			z[k] += w[k] * f.v
		}
	}
	return softmax(z)
}

func softmax(z [nTopics]float64) [nTopics]float64 {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	var s float64
	for k := range z {
		z[k] = math.Exp(z[k] - mx)
		s += z[k]
	}
	for k := range z {
		z[k] /= s
	}
	return z
}

// write writes the model in the topicmodel.tsv format, features sorted,
// weights rounded to 4 decimals, features whose weights all round to 0
// left out.
func (m *topicModel) write(w io.Writer, header string) error {
	names := make([]string, 0, len(m.w))
	for n := range m.w {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(header)
	for _, n := range names {
		ws := m.w[n]
		zero := true
		var row strings.Builder
		row.WriteString(n)
		for _, v := range ws {
			r := math.Round(v*1e4) / 1e4
			if r != 0 {
				zero = false
			}
			row.WriteByte('\t')
			row.WriteString(strconv.FormatFloat(r, 'f', -1, 64))
		}
		if zero {
			continue
		}
		b.WriteString(row.String())
		b.WriteByte('\n')
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("topic model: write: %w", err)
	}
	return nil
}

// modelTopics is the topic list when a topic model is loaded: the model
// picks the primary topic (its probability is the score); the secondary
// pillars are those the rule evidence supports (topicScores' thresholds).
func (t *Tagger) modelTopics(p *para, ev, own [nTopics]float64, section string, furn bool) []TopicScore {
	if furn {
		return topicScores(ev, true)
	}
	probs := t.model.probs(features(p, ev, own, furn, section, nil))
	best := 0
	for k := range probs {
		if probs[k] > probs[best] {
			best = k
		}
	}
	out := []TopicScore{{Label: Topics[best], Score: math.Round(probs[best]*1000) / 1000}}
	if best == topicOther {
		return out
	}
	for _, ts := range secondaryTopics(ev) {
		if ts.Label != Topics[best] {
			out = append(out, TopicScore{Label: ts.Label, Score: min(ts.Score, out[0].Score)})
		}
	}
	return out
}
