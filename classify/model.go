package classify

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// topicModel is a multinomial logistic regression that picks a paragraph's
// primary topic from the rule evidence (per topic, with context) and the
// paragraph's words. It is data (rules/topicmodel.tsv), written by Train
// and read like the other rule files; with no model the rules alone decide.
type topicModel struct {
	w       map[string][nTopics]float64
	minConf float64 // below this probability the rules decide
	// for tagging: feature name -> row of ws
	idx    *hashIndex[int32] // keyed by keyHash of the name
	ws     *weightRows
	stamps sync.Pool // of *stampSet
}

// index builds the lookup tables tagging uses; call it once the weights are set.
func (m *topicModel) index() *topicModel {
	m.stamps.New = func() any { return &stampSet{} }
	m.idx, m.ws = indexRows(m.w, nTopics, func(w *[nTopics]float64) []float64 { return w[:] })
	return m
}

// logits are the model's scores of a paragraph, each feature counted once:
// the features of eachFeature, in its order, its word features read from
// wf (the word features of this model, see wordFeatures) by the tokens'
// form ids, as are those of section, the tokens of the section heading.
func (m *topicModel) logits(p *para, ev, own [nTopics]float64, furniture bool, section []tok, wf *wordFeatures) [nTopics]float64 {
	var z [nTopics]float64
	st := nextStamps(&m.stamps, m.ws.len())
	add := func(r int32, v float64) {
		if r < 0 || st.stamp[r] == st.gen {
			return
		}
		st.stamp[r] = st.gen
		m.ws.addScaled(z[:], r, v)
	}
	eachParaFeature(p, ev, own, furniture, func(a, b string, v float64) {
		if r, ok := m.idx.get(hashMore(hashMore(fnvOffset, a), b)); ok {
			add(r, v)
		}
	})
	pairs := p.wordPairs(wf)
	for i := range p.toks {
		t := &p.toks[i]
		add(wf.rows[t.form].topic, 1)
		if i > 0 && p.toks[i-1].sent == t.sent {
			add(pairs[i].topic, 1)
		}
	}
	for i := range section {
		add(wf.rows[section[i].form].section, 1)
	}
	m.stamps.Put(st)
	return z
}

// stampSet marks the features already counted for one paragraph: a
// feature row is counted when its stamp differs from gen.
type stampSet struct {
	stamp []uint32
	gen   uint32
}

// featureMinConfidence is the model file row that holds minConf (first column).
const featureMinConfidence = "@min_confidence"

// best is the model's most probable topic and its probability, or -1 when
// that probability is below the model's minimum confidence.
func (m *topicModel) best(fs []feature) (int, float64) {
	return m.bestOf(m.probs(fs))
}

// bestOf is best given the probabilities p.
func (m *topicModel) bestOf(p [nTopics]float64) (int, float64) {
	best := 0
	for k := range p {
		if p[k] > p[best] {
			best = k
		}
	}
	if p[best] < m.minConf {
		return -1, p[best]
	}
	return best, p[best]
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
		var w [nTopics]float64
		if err := parseRow(l, w[:], "want FEATURE and %d weights, got %d fields"); err != nil {
			return nil, err
		}
		if l.fields[0] == featureMinConfidence {
			m.minConf = w[0]
			continue
		}
		m.w[l.fields[0]] = w
	}
	return m.index(), nil
}

// jointRow is a feature's row in the topic model and in the stance model
// (rowAbsent where the model lacks it).
type jointRow struct{ topic, stance int32 }

// rowAbsent marks a feature a model lacks (wordFeatures, para.pairs).
const rowAbsent int32 = -1

// parseRow parses the weights of a model file line into w; wrongCount is
// the error format for a line without 1+len(w) fields (it gets len(w) and
// the field count).
func parseRow(l ruleLine, w []float64, wrongCount string) error {
	if len(l.fields) != len(w)+1 {
		return l.errorf(wrongCount, len(w), len(l.fields))
	}
	for k := range w {
		f, err := strconv.ParseFloat(l.fields[k+1], 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return l.errorf("bad weight %q", l.fields[k+1])
		}
		w[k] = f
	}
	return nil
}

// featureBias is the always-on feature.
const featureBias = "@bias"

// features lists the model inputs of one paragraph: the log of its rule
// evidence with context (ev) and of its own words (own), shape cues, and
// its words and word pairs, each once. Names are stable: they are the keys
// of the model file.
func features(p *para, ev, own [nTopics]float64, furniture bool, section string, buf []feature) []feature {
	fs := buf[:0]
	seen := map[string]bool{}
	eachFeature(p, ev, own, furniture, section, func(a, b, c, d string, v float64) {
		if name := a + b + c + d; !seen[name] {
			seen[name] = true
			fs = append(fs, feature{name, v})
		}
	})
	return fs
}

// eachFeature calls emit with the name and value of every model input of
// a paragraph (word features may come more than once): those of
// eachParaFeature, then each token's word ("w:") and the word pair ending
// at it ("b:"), then the words of the section heading ("s:"). The name is
// the concatenation a+b+c+d. It is the one definition of the features, for
// training (features); tagging (topicModel.logits) reads the same word
// features from wordFeatures.
func eachFeature(p *para, ev, own [nTopics]float64, furniture bool, section string, emit func(a, b, c, d string, v float64)) {
	eachParaFeature(p, ev, own, furniture, func(a, b string, v float64) { emit(a, b, "", "", v) })
	for i, t := range p.toks {
		w := wordForm(t.low)
		if w == "" {
			continue
		}
		emit("w:", w, "", "", 1)
		if i > 0 && p.toks[i-1].sent == t.sent && !t.clause {
			if v := wordForm(p.toks[i-1].low); v != "" && !(isFunctionWord(v) && isFunctionWord(w)) {
				emit("b:", v, "_", w, 1)
			}
		}
	}
	if section != "" {
		for _, t := range tokenize(section, nil) {
			if w := wordForm(t.low); w != "" && !isFunctionWord(w) {
				emit("s:", w, "", "", 1)
			}
		}
	}
}

// eachParaFeature calls emit with the name (a+b) and value of each model
// input of a paragraph that is not a word: the bias, the rules' topic, the
// log of its rule evidence with context (ev) and of its own words (own),
// and shape cues.
func eachParaFeature(p *para, ev, own [nTopics]float64, furniture bool, emit func(a, b string, v float64)) {
	emit(featureBias, "", 1)
	emit("@rule:", topicScores(ev, furniture)[0].Label, 1)
	for k := 0; k < nTopics; k++ {
		if e := max(ev[k], 0); e > 0 {
			emit("@ev:", Topics[k], math.Log1p(e))
		}
		if e := max(own[k], 0); e > 0 {
			emit("@own:", Topics[k], math.Log1p(e))
		}
	}
	if furniture {
		emit("@furniture", "", 1)
	}
	n := len(p.toks)
	switch {
	case n <= 6:
		emit("@len:6", "", 1)
	case n <= 15:
		emit("@len:15", "", 1)
	case n <= 40:
		emit("@len:40", "", 1)
	default:
		emit("@len:more", "", 1)
	}
	text := strings.TrimSpace(p.text)
	if text != "" {
		switch text[len(text)-1] {
		case ':':
			emit("@end:colon", "", 1)
		case '.':
		default:
			emit("@end:open", "", 1)
		}
	}
}

// wordForm is the form a token takes as a feature: lower case, a plural
// "s" dropped, numbers folded into "#".
func wordForm(low string) string {
	if low == "" {
		return ""
	}
	if allDigits(low) {
		return "#"
	}
	if len(low) > 4 && strings.HasSuffix(low, "s") && !strings.HasSuffix(low, "ss") && !strings.HasSuffix(low, "us") && !strings.HasSuffix(low, "is") {
		low = low[:len(low)-1]
	}
	return low
}

// allDigits reports whether s is not empty and all ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
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
	first := ""
	if m.minConf > 0 {
		first = fmt.Sprintf("%s\t%s%s\n", featureMinConfidence, strconv.FormatFloat(m.minConf, 'f', -1, 64), strings.Repeat("\t0", nTopics-1))
	}
	if err := writeRows(w, header+first, sortedNames(m.w), func(n string) []float64 { ws := m.w[n]; return ws[:] }); err != nil {
		return fmt.Errorf("topic model: write: %w", err)
	}
	return nil
}

// sortedNames lists the keys of a model's weights, sorted.
func sortedNames[W any](m map[string]W) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// writeRows writes head, then one line per name: the name and its
// weights, rounded to 4 decimals, TAB-separated. Names whose weights all
// round to 0 are left out.
func writeRows(w io.Writer, head string, names []string, weights func(string) []float64) error {
	var b strings.Builder
	b.WriteString(head)
	for _, n := range names {
		zero := true
		var row strings.Builder
		row.WriteString(n)
		for _, v := range weights(n) {
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
	_, err := io.WriteString(w, b.String())
	return err
}

// nextStamps returns a stamp set from pool, ready for a new paragraph
// or sentence of a model with n feature rows.
func nextStamps(pool *sync.Pool, n int) *stampSet {
	st := pool.Get().(*stampSet)
	if len(st.stamp) != n {
		st.stamp, st.gen = make([]uint32, n), 0
	}
	st.gen++
	if st.gen == 0 { // wrapped: clear
		clear(st.stamp)
		st.gen = 1
	}
	return st
}

// modelTopics is the topic list when a topic model is loaded: the model
// picks the primary topic (its probability is the score); the secondary
// pillars are those the rule evidence supports (topicScores' thresholds).
func (t *Tagger) modelTopics(p *para, ev, own [nTopics]float64, section string, furn bool) []TopicScore {
	if furn {
		return topicScores(ev, true)
	}
	p.section = t.tokenize(section, p.section)
	best, prob := t.model.bestOf(softmax(t.model.logits(p, ev, own, furn, p.section, t.feats)))
	if best < 0 {
		return topicScores(ev, false)
	}
	out := []TopicScore{{Label: Topics[best], Score: math.Round(prob*1000) / 1000}}
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

// keyHash is the 64-bit FNV-1a hash of a feature name: the models look
// their rows up by it, which is faster than by string. Two of a model's
// some ten thousand names collide with odds of about 1 in 10^11.
func keyHash(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// FNV-1a parameters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashMore continues the FNV-1a hash h over s: keyHash of a+b equals
// hashMore(hashMore(fnvOffset, a), b).
func hashMore(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}
