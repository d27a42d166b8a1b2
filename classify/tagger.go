package classify

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// modelVersion names the tagging logic; bump it when the code changes what
// the same rules produce.
const modelVersion = "rules3"

// Tagger tags paragraphs with topics, stances and actors. It is built once
// from the rule files and is safe for concurrent use.
type Tagger struct {
	gaz        *gazetteer
	lex        *lexicon
	cues       *trie
	cueClass   []int
	issues     patternSet
	issueRules []issueRule
	issueWords []map[string]bool
	labels     patternSet // entry labels ("Treaty:", "Stakeholders and PoA:"), issues.tsv kind label
	labelIssue []string   // the issue of each label pattern
	consensus  *trie
	scale      [nTopics]float64 // per-topic evidence multipliers (calibration.tsv)
	model      *topicModel      // primary-topic model (topicmodel.tsv), nil: rules alone
	stance     *stanceModel     // stance model (stancemodel.tsv), nil: rules alone
	holders    *holderModel     // holder model (holdermodel.tsv), nil: the rules' holders alone
	values     *valueModel      // value model (valuemodel.tsv), nil: the rules' values stand
	feats      *wordFeatures    // the word features of model and stance, see setModels
	words      *vocab           // the words of the tries and issue patterns, and the forms of feats
	version    string
}

// New returns a Tagger using the embedded rules (classify/rules). When
// rulesDir is not "", each non-empty file there with the name of a rule file
// (actors.tsv, topics.tsv, issues.tsv, cues.tsv, consensus.txt,
// calibration.tsv, topicmodel.tsv, stancemodel.tsv, valuemodel.tsv,
// holdermodel.tsv) extends the
// embedded one; a first line "#!replace" makes it replace it instead.
// Errors name the file and line of a bad rule.
func New(rulesDir string) (*Tagger, error) {
	var h bytes.Buffer
	files := map[string][]ruleLine{}
	for _, name := range ruleFiles {
		lines, err := loadRuleFile(rulesDir, name, &h)
		if err != nil {
			return nil, err
		}
		files[name] = lines
	}
	t := &Tagger{consensus: newTrie(), cues: newTrie()}
	var err error
	if t.gaz, err = buildGazetteer(files["actors.tsv"]); err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	if t.lex, err = buildLexicon(files["topics.tsv"]); err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	for _, l := range files["cues.tsv"] {
		if len(l.fields) != 2 {
			return nil, fmt.Errorf("rules: %w", l.errorf("want CLASS<TAB>phrases, got %d fields", len(l.fields)))
		}
		class := -1
		for k, n := range cueClassNames {
			if n == l.fields[0] {
				class = k
			}
		}
		if class < 0 {
			return nil, fmt.Errorf("rules: %w", l.errorf("unknown cue class %q (want one of %s)", l.fields[0], strings.Join(cueClassNames, ", ")))
		}
		for _, ph := range splitAlternatives(l.fields[1]) {
			words := phraseWords(ph)
			if len(words) == 0 {
				return nil, fmt.Errorf("rules: %w", l.errorf("empty phrase"))
			}
			t.cues.add(words, len(t.cueClass))
			t.cueClass = append(t.cueClass, class)
		}
	}
	for _, l := range files["issues.tsv"] {
		if len(l.fields) != 3 {
			return nil, fmt.Errorf("rules: %w", l.errorf("want ISSUE<TAB>KIND<TAB>PATTERN, got %d fields", len(l.fields)))
		}
		if !contains(Issues, l.fields[0]) {
			return nil, fmt.Errorf("rules: %w", l.errorf("unknown issue %q", l.fields[0]))
		}
		rule := issueRule{issue: l.fields[0], kind: l.fields[1]}
		label := false
		switch l.fields[1] {
		case "favor", "against", "neutral", "object", "not":
		case "contra":
			// the opposite of the position: an object whose rejection favours it
			rule.kind, rule.contra = "object", true
		case "critical":
			// a criticism of the position, against whatever governs it
			rule.kind, rule.fixed = "against", true
		case "label":
			// the name of the issue as an entry's label in a tracker or
			// scorecard ("Treaty: opposes."), matched only there
			label = true
		default:
			return nil, fmt.Errorf("rules: %w", l.errorf("unknown kind %q (want favor, against, neutral, object, contra, critical, label or not)", l.fields[1]))
		}
		p, err := compilePattern(l.fields[2])
		if err != nil {
			return nil, fmt.Errorf("rules: %w", l.errorf("%v", err))
		}
		if label {
			t.labels.add(p)
			t.labelIssue = append(t.labelIssue, l.fields[0])
			continue
		}
		t.issues.add(p)
		t.issueRules = append(t.issueRules, rule)
		words := map[string]bool{}
		for _, e := range p.elems {
			for _, a := range e.alts {
				words[a] = true
			}
		}
		t.issueWords = append(t.issueWords, words)
	}
	for _, l := range files["consensus.txt"] {
		words := phraseWords(strings.Join(l.fields, " "))
		if len(words) == 0 {
			continue
		}
		t.consensus.add(words, 0)
	}
	for k := range t.scale {
		t.scale[k] = 1
	}
	for _, l := range files["calibration.tsv"] {
		if len(l.fields) != 2 {
			return nil, fmt.Errorf("rules: %w", l.errorf("want TOPIC<TAB>MULTIPLIER, got %d fields", len(l.fields)))
		}
		k := topicIndex(l.fields[0])
		if k < 0 {
			return nil, fmt.Errorf("rules: %w", l.errorf("unknown topic %q", l.fields[0]))
		}
		m, err := parseWeight(l, l.fields[1])
		if err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
		if m <= 0 {
			return nil, fmt.Errorf("rules: %w", l.errorf("multiplier must be positive"))
		}
		t.scale[k] = m
	}
	model, err := buildTopicModel(files["topicmodel.tsv"])
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	stance, err := buildStanceModel(files["stancemodel.tsv"])
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	if t.holders, err = buildHolderModel(files["holdermodel.tsv"]); err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	if t.values, err = buildHolderModel(files["valuemodel.tsv"]); err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	t.words = newVocab()
	tries := []*trie{t.gaz.root, t.lex.root, t.lex.damp, t.lex.start, t.cues, t.consensus}
	for _, tr := range tries {
		tr.addWords(t.words)
	}
	t.issues.addWords(t.words)
	t.labels.addWords(t.words)
	for _, tr := range tries {
		tr.freeze(t.words)
	}
	t.issues.freeze(t.words)
	t.labels.freeze(t.words)
	t.setModels(model, stance)
	t.version = modelVersion + "+" + hashRules(&h)
	return t, nil
}

// setModels makes tm and sm (either may be nil) the topic and stance
// models, with their word features (feats) and the vocabulary that gives
// each token its form's id in them. A copy of a Tagger may take other
// models this way; it does not change the original.
func (t *Tagger) setModels(tm *topicModel, sm *stanceModel) {
	t.model, t.stance = tm, sm
	t.feats = newWordFeatures(tm, sm)
	t.words = t.words.withForms(t.feats)
}

// tokenize tokenizes text (see tokenize) and interns the tokens' words
// and feature forms, ready for the tries, patterns and models.
func (t *Tagger) tokenize(text string, buf []tok) []tok {
	toks := tokenize(text, buf)
	t.words.intern(toks)
	return toks
}

// Version identifies the rules (a hash of the rule files in use) and the
// tagging logic, for provenance.
func (t *Tagger) Version() string { return t.version }

// ResolveActor maps an actor name ("Islamic Republic of Iran", "Algeria",
// "the European Union") or a code ("IRN") to its code.
func (t *Tagger) ResolveActor(name string) (code string, ok bool) {
	return t.gaz.resolve(name, t.words)
}

// Tag tags one paragraph. c may be empty; c.DocKind, c.Speaker and
// c.Section help attribute first-person and own-voice positions, and
// c.Previous resolves "they". The result is deterministic.
func (t *Tagger) Tag(text string, c Context) (res Result) {
	defer func() {
		if r := recover(); r != nil {
			res = otherResult()
		}
	}()
	v := &voice{kind: kindFromString(c.DocKind)}
	if c.Speaker != "" {
		if code, ok := t.ResolveActor(c.Speaker); ok {
			v.speaker = code
		}
		if v.kind == kindAnalysis && c.DocKind == "" {
			v.kind = kindStatement
		}
	}
	v.sponsor = t.sectionSponsor(c.Section)
	v.section = c.Section
	var prev, prior [nTopics]float64
	if c.Previous != "" {
		pp := t.analyseInto(paraPool.Get().(*para), c.Previous)
		ss := pp.sentences()
		if len(ss) > 0 {
			last := ss[len(ss)-1]
			v.memory = pp.subjectActors(last[0], last[1])
		}
		prev = t.evidenceOf(pp)
		paraPool.Put(pp)
	}
	p := t.analyseInto(paraPool.Get().(*para), text)
	own := t.evidenceOf(p)
	res = t.tagPara(p, withContext(p, own, t.sectionEvidence(c.Section), prev, prior), own, c.Section, c.Kind, v)
	paraPool.Put(p)
	return res
}

// paraPool holds paras for Tag to reuse: the result of a paragraph keeps
// nothing of its para.
var paraPool = sync.Pool{New: func() any { return new(para) }}

func otherResult() Result {
	return Result{Topic: "other", Topics: []TopicScore{{Label: "other", Score: 0.5}}, Stances: []Stance{}, Actors: []string{}}
}

func kindFromString(k string) int {
	switch strings.ToLower(k) {
	case "statement", "position", "national_statement", "speech", "position_paper":
		return kindStatement
	case "declaration", "resolution", "joint_statement", "call":
		return kindDeclaration
	}
	return kindAnalysis
}

// evidenceOf is the topic evidence of a paragraph's own words.
func (t *Tagger) evidenceOf(p *para) [nTopics]float64 {
	var ev [nTopics]float64
	t.lex.evidence(p.toks, 1, &ev)
	return ev
}

// sectionEvidence is the evidence a section heading lends to the
// paragraphs under it: its pillar evidence at 0.35, capped.
func (t *Tagger) sectionEvidence(section string) [nTopics]float64 {
	var sev, out [nTopics]float64
	if section == "" {
		return out
	}
	t.lex.evidence(t.tokenize(section, nil), 1, &sev)
	for k := 0; k < topicOther; k++ {
		out[k] = 0.35 * min(max(sev[k], 0), 2.5)
	}
	return out
}

// context weights: how much of the previous paragraph's evidence carries
// over (more after an anaphoric start such as "They" or "These"), and how
// much of the document's mean evidence is a prior.
const (
	carry         = 0.3
	carryAnaphor  = 0.8
	docPriorShare = 0.25
)

var anaphors = map[string]bool{"their": true, "they": true, "these": true, "this": true, "such": true, "it": true, "its": true, "both": true, "those": true, "them": true}

// withContext adds to own the section's evidence, the carried evidence of
// the previous paragraph's own words (prev, pillars only) and a document prior.
func withContext(p *para, own, sec, prev, prior [nTopics]float64) [nTopics]float64 {
	a := carry
	if len(p.toks) > 0 && anaphors[p.toks[0].low] {
		a = carryAnaphor
	}
	ev := own
	// context sharpens a paragraph that says something; it does not give
	// content to one that says nothing on any pillar ("<excerpt/>", a
	// source line), unless it points back ("They ...")
	ownMax := 0.0
	for k := 0; k < topicOther; k++ {
		ownMax = max(ownMax, own[k])
	}
	text := strings.TrimSpace(p.text)
	prose := len(p.toks) >= 12 && strings.HasSuffix(text, ".")
	if ownMax < minOwnEvidence && a != carryAnaphor && !prose {
		return ev
	}
	for k := 0; k < topicOther; k++ {
		ev[k] += sec[k] + a*max(prev[k], 0) + docPriorShare*prior[k]
	}
	return ev
}

// minOwnEvidence is the least pillar evidence of its own a short or
// unpunctuated paragraph needs before its context counts.
const minOwnEvidence = 0.8

// tagPara tags an analysed paragraph whose topic evidence is ev (with
// context) and own (its words alone), under the heading section.
func (t *Tagger) tagPara(p *para, ev, own [nTopics]float64, section, kind string, v *voice) Result {
	furn := t.furniture(p) || kind == "title"
	var topics []TopicScore
	if t.model != nil {
		topics = t.modelTopics(p, ev, own, section, furn)
	} else {
		for k := range ev {
			ev[k] *= t.scale[k]
		}
		topics = topicScores(ev, furn)
	}
	res := Result{Topics: topics, Stances: []Stance{}, Actors: []string{}}
	res.Topic = res.Topics[0].Label
	p.unions(v)
	if kind != "heading" {
		res.Stances = t.checkValues(p, t.stances(p, v))
		if res.Stances == nil {
			res.Stances = []Stance{}
		}
		t.addHolders(p, res.Stances, v)
		if len(res.Stances) > 0 && slices.ContainsFunc(p.toks, func(tk tok) bool { return tk.low == "unlike" }) {
			for _, sr := range p.sentences() {
				res.Stances = p.unlikeAside(sr[0], sr[1], res.Stances)
			}
		}
		for i := range res.Stances {
			res.Stances[i].Actors = memberCodes(res.Stances[i].Actors)
			if res.Stances[i].Actors == nil {
				res.Stances[i].Actors = []string{} // "actors": [], never null
			}
		}
	}
	for _, m := range p.actors {
		res.Actors = appendActor(res.Actors, m.code)
	}
	for _, s := range res.Stances {
		res.Actors = appendActor(res.Actors, s.Actors...)
	}
	sort.Strings(res.Actors)
	return res
}

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// headingVocab are the words of pillar titles and document-structure headings.
var headingVocab = map[string]bool{
	"introduction": true, "conclusion": true, "conclusions": true, "recommendations": true, "annex": true, "summary": true,
	"background": true, "overview": true, "contents": true, "existing": true, "potential": true, "threats": true,
	"international": true, "law": true, "rules": true, "norms": true, "principles": true, "responsible": true,
	"state": true, "behaviour": true, "behavior": true, "confidence": true, "building": true, "measure": true,
	"measures": true, "capacity": true, "regular": true, "institutional": true, "dialogue": true, "and": true,
	"for": true, "of": true, "the": true, "executive": true, "foreword": true, "references": true, "notes": true,
	"cyber": true, "cybersecurity": true, "security": true, "cyberspace": true, "governance": true, "diplomacy": true,
	"strategy": true, "strategies": true, "policy": true, "capabilities": true, "operations": true, "in": true,
	"key": true, "findings": true, "case": true, "study": true, "studies": true, "methodology": true,
}

// furniture reports page furniture, slide labels, table-of-contents items,
// calendar lines and lists of States: always "other".
func (t *Tagger) furniture(p *para) bool {
	n := len(p.toks)
	if n == 0 {
		return true
	}
	text := strings.TrimSpace(p.text)
	last := rune(text[len(text)-1])
	if n <= 18 && last != ':' {
		title, vocab := true, true
		for _, tk := range p.toks {
			if !headingVocab[tk.low] {
				vocab = false
			}
			hyphenated := tk.s > 0 && p.text[tk.s-1] == '-'
			if !tk.capInit && !isFunctionWord(tk.low) && !hyphenated {
				title = false
			}
		}
		if vocab || (title && last != '.' && last != ';') {
			return true
		}
	}
	// a link line ("[Transparency Centers](https://...)"): a pointer, not content
	if strings.HasPrefix(text, "[") && strings.Contains(text, "](") && n <= 40 && (last == ')' || last == '.') && !strings.Contains(text[strings.Index(text, "](")+2:], " ") {
		return true
	}
	// content-free lead-ins: "participants addressed the following questions:"
	if last == ':' && n <= 16 {
		for _, tk := range p.toks {
			switch tk.low {
			case "following", "threefold", "twofold", "fourfold", "follows":
				return true
			}
		}
	}
	// calendar lines: a date first and a month or a session named
	if n <= 14 && last != '.' {
		dated := false
		for k := 0; k < 3 && k < n; k++ {
			w := p.toks[k].low
			if months[w] || (len(w) == 4 && unicode.IsDigit(rune(w[0])) && (w[:2] == "19" || w[:2] == "20")) {
				dated = true
			}
		}
		if dated && (months[p.toks[0].low] || unicode.IsDigit(rune(p.toks[0].low[0]))) {
			for _, tk := range p.toks {
				if months[tk.low] || tk.low == "session" {
					return true
				}
			}
		}
	}
	// a place and date line ("Paris, 12 November 2018")
	if n <= 8 {
		month, year := false, false
		for _, tk := range p.toks {
			month = month || months[tk.low]
			year = year || (len(tk.low) == 4 && (strings.HasPrefix(tk.low, "19") || strings.HasPrefix(tk.low, "20")) && unicode.IsDigit(rune(tk.low[3])))
		}
		if month && year {
			return true
		}
	}
	// document symbols (A/RES/73/27) in a short line
	if n <= 24 && strings.Contains(text, "/RES/") && last != '.' {
		return true
	}
	// a list of States
	covered := 0
	for _, m := range p.actors {
		covered += m.j - m.i
	}
	if n >= 3 && covered*2 >= n {
		return true
	}
	return false
}

var resolutionWords = map[string]bool{"resolution": true, "initiative": true, "draft": true, "proposal": true, "text": true, "convention": true}

// sectionSponsor: a section titled "Russian Resolution (para. 5)" makes
// Russia the holder of the positions of the text under it.
func (t *Tagger) sectionSponsor(section string) []string {
	if section == "" {
		return nil
	}
	toks := t.tokenize(section, nil)
	ms := t.gaz.find(toks, nil)
	if len(ms) == 0 {
		return nil
	}
	for _, m := range ms {
		if m.j < len(toks) && resolutionWords[toks[m.j].low] {
			return []string{m.code}
		}
	}
	return nil
}

// byConvenors gives the positions of a summary's own voice (AUTHOR) to the
// States that issue it.
func (r *Result) byConvenors(codes []string) {
	changed := false
	for i, st := range r.Stances {
		if k := slices.Index(st.Actors, "AUTHOR"); k >= 0 {
			a := slices.Delete(slices.Clone(st.Actors), k, k+1)
			a = appendActor(a, codes...)
			sort.Strings(a)
			r.Stances[i].Actors = a
			changed = true
		}
	}
	if !changed {
		return
	}
	r.Actors = slices.DeleteFunc(r.Actors, func(c string) bool { return c == "AUTHOR" })
	for _, st := range r.Stances {
		r.Actors = appendActor(r.Actors, st.Actors...)
	}
	sort.Strings(r.Actors)
}
