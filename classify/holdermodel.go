package classify

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// holderModel is a logistic regression that completes the holders of the
// positions the rules and the stance model found: for each State or group
// named in the paragraph that does not hold a position yet, it gives the
// probability that it does, from where it stands (same sentence before or
// after the cue, the sentence before, in a list with a holder), the words
// around it and the document's voice. Candidates at or above the threshold
// join the position's actors; the model never removes a holder. The file
// is holdermodel.tsv: "@threshold <TAB> P" and "FEATURE <TAB> weight" rows.
type holderModel struct {
	w         map[string]float64
	threshold float64
}

// buildHolderModel reads holdermodel.tsv; no lines means no model.
func buildHolderModel(lines []ruleLine) (*holderModel, error) {
	if len(lines) == 0 {
		return nil, nil
	}
	m := &holderModel{w: make(map[string]float64, len(lines)), threshold: 0.5}
	for _, l := range lines {
		if len(l.fields) != 2 {
			return nil, l.errorf("want FEATURE<TAB>weight, got %d fields", len(l.fields))
		}
		v, err := parseWeight(l, l.fields[1])
		if err != nil {
			return nil, err
		}
		if l.fields[0] == "@threshold" {
			if v <= 0 || v >= 1 {
				return nil, l.errorf("threshold %g is not a probability between 0 and 1", v)
			}
			m.threshold = v
			continue
		}
		m.w[l.fields[0]] = v
	}
	return m, nil
}

// prob is the model's probability that a candidate with features fs holds
// the position.
func (m *holderModel) prob(fs []string) float64 {
	z := 0.0
	for _, f := range fs {
		z += m.w[f]
	}
	return sigmoid(z)
}

// write writes the model in the holdermodel.tsv format, features sorted.
func (m *holderModel) write(w io.Writer, header string) error {
	var b strings.Builder
	b.WriteString(header)
	fmt.Fprintf(&b, "@threshold\t%s\n", strconv.FormatFloat(m.threshold, 'g', 4, 64))
	names := make([]string, 0, len(m.w))
	for n := range m.w {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if v := m.w[n]; math.Abs(v) >= 5e-5 || n == featureBias {
			fmt.Fprintf(&b, "%s\t%s\n", n, strconv.FormatFloat(v, 'f', 4, 64))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// holderCand is an actor named in a paragraph that does not hold one of
// its positions, with the features the holder model reads.
type holderCand struct {
	stance int    // index of the position in the paragraph's stances
	code   string // the actor
	fs     []string
}

// holderCandidates lists, for each of stances, the actors named in p that
// do not hold it, each at its mention nearest to the position's cue.
func holderCandidates(p *para, stances []Stance, kind int, speaker string) []holderCand {
	var out []holderCand
	for i, st := range stances {
		ci, cj, ok := p.cueSpan(st.Cue)
		if !ok {
			continue
		}
		near := map[string]actorMention{}
		count := map[string]int{}
		for _, m := range p.actors {
			if m.code == "AUTHOR" || contains(st.Actors, m.code) || p.notAHolder(stances, i, ci, cj, m) {
				continue
			}
			count[m.code]++
			if prev, seen := near[m.code]; !seen || tokDist(m, ci, cj) < tokDist(prev, ci, cj) {
				near[m.code] = m
			}
		}
		codes := make([]string, 0, len(near))
		for c := range near {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		for _, c := range codes {
			out = append(out, holderCand{stance: i, code: c, fs: holderFeatures(p, stances, i, ci, cj, near[c], count[c], len(codes), kind, speaker)})
		}
		if kind == kindAnalysis && !contains(st.Actors, "AUTHOR") && !p.spokenQuote(ci) && !p.personReported(p.sentStart(ci), p.sentEnd(ci)) {
			// the author holds no position of words quoted from a
			// speaker ("“... let industry in properly,” said X") or
			// reported from one ("They argued that ...", "he said")
			out = append(out, holderCand{stance: i, code: "AUTHOR", fs: authorFeatures(p, st, ci, cj)})
		}
	}
	return out
}

// authorFeatures are the features of the author as a holder of st (cue
// at [ci, cj)) in an analysis: the holders it has, and the words of the
// cue's sentence ("we", "should", "in our view").
func authorFeatures(p *para, st Stance, ci, cj int) []string {
	h := holdersClass(st)
	fs := []string{featureBias, "author", "author:" + h, "author:v:" + st.Value, "author:is:" + st.Issue}
	cs := p.toks[ci].sent
	for k := range p.toks {
		if p.toks[k].sent == cs && !p.toks[k].quoted {
			if w := wordForm(p.toks[k].low); w != "" {
				fs = append(fs, "author:w:"+w)
			}
		}
	}
	if (ci == 0 || p.toks[ci-1].sent != cs) && (cj == len(p.toks) || p.toks[cj].sent != cs) {
		fs = append(fs, "author:wholesent")
	}
	ss := p.sentStart(ci)
	if opensWithUnnamed(p, ss, p.sentEnd(ci)) {
		// "Participants stressed ...", "For most of those present, ...":
		// a holder without a code, not the author
		fs = append(fs, "author:unnamed")
	}
	return dedupe(fs)
}

// notAHolder reports a mention that the text keeps from holding
// stances[i] (cue at [ci, cj)), whatever the model would say; the rules'
// own reading of a sentence stands:
//   - an actor holding another position on the same issue, or one on
//     another issue in its own clause after the cue, or one after the cue
//     whose own predicate is negated ("a view that Japan does not share");
//   - one set against the cue by a contrast, a negation or a semicolon
//     ("while", "unlike", "on the other hand", "not supported by");
//   - one delivering a statement on behalf of a group ("Indonesia, on
//     behalf of the NAM", "Speaking on behalf of ASEAN, Malaysia");
//   - in the cue's sentence, when a holder is named there too, one that is
//     not listed with a holder ("In a statement by Colombia, the
//     delegation of Brazil stated"; "Russia said that Western countries
//     rejected ...");
//   - one named inside the cue ("rejected the Russian proposal"), or after
//     an abstention ("with 14 abstentions (Brazil, India)");
//   - one in an aside, a relative clause or a subordinate clause that does
//     not hold the cue ("China, which voted for Russia's text, said";
//     "While Indonesia's approach has served it well, its ambitions must
//     ...");
//   - one outside a quotation that holds the cue;
//   - one in another sentence, when the cue's sentence names a holder,
//     when the mention's sentence negates, when the position is the
//     author's alone, or when the cue's sentence opens with a holder that
//     has no code ("The report ... It reaffirms").
func (p *para) notAHolder(stances []Stance, i, ci, cj int, m actorMention) bool {
	st := stances[i]
	for k, o := range stances {
		if k == i || !contains(o.Actors, m.code) {
			continue
		}
		if o.Issue == st.Issue {
			return true
		}
		// "The United Kingdom warned that a treaty would weaken the
		// Charter, and Cuba argued that the priority is to protect the
		// sovereignty of States": Cuba's clause holds its own position
		if m.i >= cj && !(m.i > 0 && p.toks[m.i-1].low == "that") {
			// (not "said that IL governs ..., and that Washington sees no
			// case for a treaty": one report goes on)
			if oi, _, ok := p.cueSpan(o.Cue); ok && oi >= m.j && p.toks[oi].sent == p.toks[m.i].sent && p.toks[m.i].sent == p.toks[ci].sent {
				return true
			}
		}
	}
	if len(st.Actors) == 1 && m.i < ci && p.toks[m.i].sent != p.toks[ci].sent && singularPronoun(p.toks[p.sentStart(ci)].low) && p.backerOf(m) == st.Actors[0] {
		// "The Russian Federation, joined by Belarus and Syria, argued ...
		// It went on to propose ...": "It" is the State they joined
		return true
	}
	from, to := m.j, ci // the words between the mention and the cue
	if m.i >= cj {
		from, to = cj, m.i
	}
	if from < to || from == to && from > 0 {
		// the text between them, punctuation included ("...Japan; Pakistan")
		if strings.ContainsRune(p.text[p.toks[from-1].e:p.toks[to].s], ';') {
			return true
		}
		for k := from; k < to; k++ {
			switch p.toks[k].low {
			case "while", "whereas", "but", "however", "unlike", "contrast", "although", "though", "instead", "rather", "except", "not", "never", "no", "neither", "nor", "against", "opposed", "rejected", "other",
				"abstained", "abstaining", "abstention", "abstentions", "abstain":
				return true
			}
		}
	}
	if m.i >= cj {
		// "..., a view that Japan does not share": the mention's own
		// predicate is negated
		for k := m.j; k < len(p.toks) && k <= m.j+2 && !p.toks[k].clause; k++ {
			if w := p.toks[k].low; w == "not" || w == "never" || w == "nor" {
				return true
			}
		}
	}
	for k := m.j; k+2 < len(p.toks) && k <= m.j+2; k++ {
		if p.toks[k].low == "on" && p.toks[k+1].low == "behalf" && p.toks[k+2].low == "of" {
			return true // "Indonesia, speaking on behalf of the NAM"
		}
	}
	if p.toks[ci].quoted && !p.toks[m.i].quoted {
		return true
	}
	cs, ms := p.toks[ci].sent, p.toks[m.i].sent
	ss, se := p.sentStart(ci), ci
	for se < len(p.toks) && p.toks[se].sent == cs {
		se++
	}
	if ms == cs {
		if m.i < cj && m.j > ci {
			return true // inside the cue ("rejected the Russian proposal"): the rules read it
		}
		for _, o := range p.actors {
			if o.i < ss || o.i >= se || !contains(st.Actors, o.code) {
				continue
			}
			if k := o.i; k >= 2 && (p.toks[k-1].low == "of" && p.toks[k-2].low == "behalf" || k >= 3 && p.toks[k-1].low == "the" && p.toks[k-2].low == "of" && p.toks[k-3].low == "behalf") {
				return true // "Speaking on behalf of ASEAN, the representative of Malaysia"
			}
			if o.j <= m.i && m.i-o.j <= 3 && listGlue(p.toks[o.j:m.i]) || m.j <= o.i && o.i-m.j <= 3 && listGlue(p.toks[m.j:o.i]) {
				continue // listed with a holder
			}
			// a holder named between the mention and the cue, or after a
			// mention that follows the cue: the nearer subject holds it
			if m.j <= o.i && (o.j <= ci || m.i >= cj) {
				return true
			}
			// a holder that reports what the mention, its clause's
			// subject, does: "Russia said that Western countries ..."
			if o.j <= m.i && m.j <= ci && p.has(cReport, o.j, m.i) {
				return true
			}
		}
		if m.j <= ci && p.aside(ss, m, ci) {
			return true
		}
		if m.i > cj && st.Value != "favor" && p.passiveAgent(m, ci, cj) {
			// the author of what the holder opposes: "opposed the PoA as
			// a track designed by Western countries" (of what it
			// supports, it may share the position: "backed the concept
			// presented by Russia")
			return true
		}
		// the clause the mention stands in opens with a subordinator and
		// the cue lies outside it
		k := m.i
		for k > ss && !p.toks[k].clause {
			k--
		}
		switch p.toks[k].low {
		case "while", "although", "though", "whereas", "despite", "if", "when", "because", "since", "after", "before":
			if ci < k || clauseBreak(p, m.j, ci) {
				return true
			}
		case "as":
			// "..., as Russia's war against Ukraine had shown": what
			// the mention did bears the position out; it does not hold it
			if ci < k && p.evidenceAside(m.j, se) {
				return true
			}
		}
		return false
	}
	for _, o := range p.actors {
		if o.i >= ss && o.i < se && contains(st.Actors, o.code) {
			return true // the cue's sentence names its holder
		}
	}
	if len(st.Actors) == 1 && st.Actors[0] == "AUTHOR" {
		return true
	}
	if len(st.Actors) == 0 && opensWithUnnamed(p, ss, se) {
		return true
	}
	if len(st.Actors) == 0 && ss > 0 && p.has(cPronoun, ss, min(se, ss+2)) {
		ps := ss - 1
		for ps > 0 && p.toks[ps-1].sent == p.toks[ss-1].sent {
			ps--
		}
		if opensWithUnnamed(p, ps, ss) {
			return true // "The report builds on ... It reaffirms": "it" has no code
		}
	}
	if p.hasIn(cNegator, ms) {
		return true
	}
	return false
}

// evidenceAside reports a verb of showing ("shown", "demonstrated") in
// the clause from k, before its end or se.
func (p *para) evidenceAside(k, se int) bool {
	for ; k < se && k < len(p.toks); k++ {
		if p.toks[k].clause {
			return false
		}
		if evidenceVerbs[p.toks[k].low] {
			return true
		}
	}
	return false
}

// evidenceVerbs are the verbs of an aside that bears a claim out.
var evidenceVerbs = map[string]bool{"shown": true, "showed": true, "shows": true, "demonstrated": true, "demonstrates": true, "illustrated": true,
	"illustrates": true, "proved": true, "proven": true, "proves": true, "confirmed": true, "confirms": true, "attests": true, "attested": true}

// passiveAgent reports a mention that is the agent of a passive verb
// outside the cue [ci, cj), or listed with one: "a track designed by
// France and Egypt", not "was supported by China" or "as proposed by
// Russia".
func (p *para) passiveAgent(m actorMention, ci, cj int) bool {
	// the head of the list the mention ends ("France and Egypt")
	head := m.i
	for moved := true; moved; {
		moved = false
		for _, o := range p.actors {
			if o.j <= head && head-o.j <= 3 && o.i < head && listGlue(p.toks[o.j:head]) {
				head, moved = o.i, true
				break
			}
		}
	}
	k := head - 1
	if k > 0 && p.toks[k].low == "the" {
		k--
	}
	if k < 1 || p.toks[k].low != "by" || p.toks[k-1].sent != p.toks[m.i].sent {
		return false
	}
	if k >= 2 && p.toks[k-2].low == "as" {
		return false // "a permanent working group, as proposed by Russia": what it wants
	}
	v := p.toks[k-1].low
	return (strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "en")) && (k-1 < ci || k-1 >= cj)
}

// hasIn reports a cue of class in sentence sent.
func (p *para) hasIn(class, sent int) bool {
	for _, c := range p.byClass[class] {
		if p.toks[c.i].sent == sent {
			return true
		}
	}
	return false
}

// cueSpan returns the tokens of the first occurrence of cue in p.
func (p *para) cueSpan(cue string) (ci, cj int, ok bool) {
	at := strings.Index(p.text, cue)
	if cue == "" || at < 0 {
		return 0, 0, false
	}
	end := at + len(cue)
	ci, cj = -1, -1
	for k, t := range p.toks {
		if ci < 0 && t.e > at {
			ci = k
		}
		if t.s < end {
			cj = k + 1
		}
	}
	if ci < 0 || cj <= ci {
		return 0, 0, false
	}
	return ci, cj, true
}

// tokDist is the number of tokens between a mention and the span [ci, cj).
func tokDist(m actorMention, ci, cj int) int {
	switch {
	case m.j <= ci:
		return ci - m.j
	case m.i >= cj:
		return m.i - cj
	}
	return 0
}

// holdersClass is "h0", "h1" or "h2": st has no holder, one, or more.
func holdersClass(st Stance) string {
	switch {
	case len(st.Actors) == 1:
		return "h1"
	case len(st.Actors) > 1:
		return "h2"
	}
	return "h0"
}

// distBucket folds a token distance into a few classes.
func distBucket(d int) string {
	switch {
	case d == 0:
		return "0"
	case d <= 2:
		return "2"
	case d <= 5:
		return "5"
	case d <= 10:
		return "10"
	case d <= 20:
		return "20"
	}
	return "far"
}

// holderFeatures are the features of the mention m of an actor that does
// not hold stances[i] (cue at [ci, cj)), named n times in p, one of cands
// candidates for that position.
func holderFeatures(p *para, stances []Stance, i, ci, cj int, m actorMention, n, cands, kind int, speaker string) []string {
	st := stances[i]
	fs := []string{featureBias}
	cs, ms := p.toks[ci].sent, p.toks[m.i].sent
	rel := ""
	switch {
	case ms == cs && m.j <= ci:
		rel = "sb" // same sentence, before the cue
	case ms == cs && m.i >= cj:
		rel = "sa" // same sentence, after the cue
	case ms == cs:
		rel = "in" // inside the cue
	case ms == cs-1:
		rel = "p1"
	case ms == cs+1:
		rel = "n1"
	case ms < cs:
		rel = "pfar"
	default:
		rel = "nfar"
	}
	d := distBucket(tokDist(m, ci, cj))
	h := holdersClass(st)
	nc := "nc:1"
	switch {
	case cands > 3:
		nc = "nc:4"
	case cands > 1:
		nc = "nc:2"
	}
	fs = append(fs, "rel:"+rel, "rd:"+rel+":"+d, "hr:"+h+":"+rel, "v:"+st.Value, "is:"+st.Issue,
		"k:"+kindNames[kind], nc, nc+":"+h+":"+rel)
	word := func(k int) string {
		if k < 0 || k >= len(p.toks) || p.toks[k].sent != ms {
			return "|"
		}
		return wordForm(p.toks[k].low)
	}
	fs = append(fs, "w-1:"+word(m.i-1), "w-2:"+word(m.i-2)+"_"+word(m.i-1), "w+1:"+word(m.j))
	if m.i == 0 || p.toks[m.i-1].sent != ms || m.i >= 1 && p.toks[m.i-1].low == "the" && (m.i == 1 || p.toks[m.i-2].sent != ms) {
		fs = append(fs, "mstart")
	}
	switch {
	case n == 1:
		fs = append(fs, "n:1")
	case n == 2:
		fs = append(fs, "n:2")
	default:
		fs = append(fs, "n:3")
	}
	if p.toks[m.i].quoted {
		fs = append(fs, "quoted")
	}
	if inParens(p.text, p.toks[m.i].s) {
		fs = append(fs, "paren") // "the BRICS (Brazil, China, ...)"
	}
	if m.code == speaker {
		fs = append(fs, "speaker")
	}
	if groupCodes[m.code] || m.code == "WEST" || m.code == "LIKE_MINDED" {
		fs = append(fs, "group")
	}
	// in a list with a holder: "Russia, China and Iran", one of them found
	for _, o := range p.actors {
		if !contains(st.Actors, o.code) {
			continue
		}
		if o.j <= m.i && m.i-o.j <= 3 && listGlue(p.toks[o.j:m.i]) || m.j <= o.i && o.i-m.j <= 3 && listGlue(p.toks[m.j:o.i]) {
			fs = append(fs, "inlist")
			break
		}
	}
	// the actor holds another position of the paragraph
	for k, o := range stances {
		if k == i || !contains(o.Actors, m.code) {
			continue
		}
		if o.Issue == st.Issue {
			fs = append(fs, "other:same-issue")
		} else {
			fs = append(fs, "other:issue")
		}
	}
	// a position the stance model found: its cue is the whole sentence
	if (ci == 0 || p.toks[ci-1].sent != cs) && (cj == len(p.toks) || p.toks[cj].sent != cs) {
		fs = append(fs, "wholesent")
	}
	// the words between the mention and the cue, in the same sentence
	if rel == "sb" && ci-m.j <= 10 {
		for k := m.j; k < ci; k++ {
			if w := wordForm(p.toks[k].low); w != "" {
				fs = append(fs, "bw:"+w)
			}
		}
	}
	if rel == "sa" && m.i-cj <= 10 {
		for k := cj; k < m.i; k++ {
			if w := wordForm(p.toks[k].low); w != "" {
				fs = append(fs, "aw:"+w)
			}
		}
	}
	return dedupe(fs)
}

// inParens reports an offset inside parentheses opened at most 120 bytes
// before it.
func inParens(text string, at int) bool {
	for k := at - 1; k >= 0 && k >= at-120; k-- {
		switch text[k] {
		case ')', '.':
			return false
		case '(':
			return true
		}
	}
	return false
}

// dedupe drops repeated features, keeping the first.
func dedupe(fs []string) []string {
	seen := make(map[string]bool, len(fs))
	out := fs[:0]
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// addHolders lets the holder model complete the holders of stances, in
// place.
func (t *Tagger) addHolders(p *para, stances []Stance, v *voice) {
	if t.holders == nil || len(stances) == 0 {
		return
	}
	added := false
	for _, c := range holderCandidates(p, stances, v.kind, v.speaker) {
		if t.holders.prob(c.fs) >= t.holders.threshold {
			stances[c.stance].Actors = appendActor(stances[c.stance].Actors, c.code)
			added = true
		}
	}
	if added {
		for i := range stances {
			sort.Strings(stances[i].Actors)
		}
	}
}
