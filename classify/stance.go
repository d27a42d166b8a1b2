package classify

import (
	"slices"
	"sort"
	"strings"
)

// cue classes of cues.tsv.
const (
	cFavor = iota
	cAgainst
	cNeutral
	cNormative
	cNegator
	cReport
	cAlign
	cUnnamed
	cFirst
	cPronoun
	cBlock
	cStatement
	cDeclaration
	cSponsor
	cOutcome
	cImperative
	cImplicit
	cResolution
	cSignatory
	cEcho
	cCounter
	cEndorse
	cMasthead
	cHearsay
	cChoice
	nCueClasses
)

var cueClassNames = []string{"favor", "against", "neutral", "normative", "negator", "report", "align", "unnamed", "first_person", "pronoun", "block", "statement", "declaration", "sponsor", "outcome", "imperative", "implicit", "resolution", "signatory", "echo", "counter", "endorse", "masthead", "hearsay", "choice"}

// Issues is the fixed list of contested issues a stance can be on.
var Issues = []string{"binding_instrument", "charter_applies", "ihl_applies", "new_norms", "framework_acquis", "programme_of_action", "multistakeholder", "tech_neutrality", "poc_directory", "cyber_sovereignty"}

type issueRule struct {
	issue  string
	kind   string // favor, against, neutral, object, not
	contra bool   // an object that is the issue's opposite ("interference in internal affairs")
	fixed  bool   // a criticism whose value no verb or negation turns ("sovereignty invoked to justify censorship")
}

type cueHit struct {
	class int
	i, j  int
}

type issueHit struct {
	rule    issueRule
	literal map[string]bool
	i, j    int
}

// para is the analysed form of one paragraph.
type para struct {
	text         string
	toks         []tok
	actors       []actorMention
	cues         []cueHit
	byClass      [nCueClasses][]cueHit
	pairs        []jointRow     // the models' rows of the word pair ending at each token, see wordPairs
	section      []tok          // the tokens of the section heading, for the topic model
	imperAgainst []int          // where a recommendation with an against verb opens its sentence
	backers      []actorMention // actors joined to a sponsor's participle ("French-backed")
	// the positions the stance model took from a related position of their
	// sentence (stanceModel.related): their value follows that position's
	derived []derivedPos
	// the positions whose value the rules fix, not the value model: a
	// claim's authors ("the notion ... promoted by China") hold what it
	// says, whatever the sentence around it says of it
	fixed []derivedPos
	// some word lies in quotation marks: without, the quotation checks of
	// the holders need not run
	quotes bool
}

// derivedPos is a position whose value follows another's: the value of
// the position on issue with cue is src's, or its opposite when !same.
type derivedPos struct {
	issue, cue, src string
	same            bool
}

func (t *Tagger) analyse(text string) *para {
	return t.analyseInto(&para{toks: make([]tok, 0, len(text)/5+8)}, text)
}

// analyseInto is analyse reusing the buffers of p, a para no longer in use.
func (t *Tagger) analyseInto(p *para, text string) *para {
	byClass := p.byClass
	for k := range byClass {
		byClass[k] = byClass[k][:0]
	}
	*p = para{text: text, toks: p.toks[:0], actors: p.actors[:0], cues: p.cues[:0], byClass: byClass, pairs: p.pairs[:0], section: p.section[:0], derived: p.derived[:0], fixed: p.fixed[:0], imperAgainst: p.imperAgainst[:0], backers: p.backers[:0]}
	p.toks = t.tokenize(text, p.toks)
	for i := range p.toks {
		if p.toks[i].quoted {
			p.quotes = true
			break
		}
	}
	p.actors = t.gaz.find(p.toks, p.actors)
	for i := range p.toks {
		t.cues.walk(p.toks, i, func(end int, ids []int) {
			for _, id := range ids {
				h := cueHit{class: t.cueClass[id], i: i, j: end}
				if h.class == cFirst && p.toks[i].allCaps && p.toks[i].e-p.toks[i].s > 1 {
					continue // "US" is not "us"
				}
				if h.class == cUnnamed && p.insideActor(i, end) {
					continue // "States" in "the United States"
				}
				if h.class == cFavor && end == i+1 && i > 0 && participleAdj[p.toks[i].low] && (p.toks[i-1].low == "the" || p.toks[i-1].low == "a") {
					continue // "the proposed Programme of Action" names it, nobody proposes it here
				}
				if (h.class == cFavor || h.class == cAgainst) && p.insideOpposite(h) {
					continue // "doubt" in "there is no doubt that": the longer cue's
				}
				if h.class <= cReport && p.insideHint(i, end) {
					continue // "against" in "Check against delivery"
				}
				if h.class == cImperative {
					// a verb opening a sentence or list item is a recommendation
					// ("Nominate contacts ...", "3. Use norm 13(b) ..."): a normative
					// cue; anywhere else, or as a noun ("Support for ..."), nothing
					if !p.opensSentence(i) || (end < len(p.toks) && nounNext[p.toks[end].low] && !(p.toks[end].low == "in" && inVerb[p.toks[end-1].low])) {
						continue
					}
					h.class = cNormative
				}
				if h.class == cFirst && p.vocativeMy(i) {
					continue // "My Lords, ...": a form of address
				}
				p.cues = append(p.cues, h)
				p.byClass[h.class] = append(p.byClass[h.class], h)
			}
		})
	}
	p.againstImperatives()
	p.hyphenBackers()
	p.dropAsideCues()
	p.dropDiscourseAsides()
	return p
}

// hyphenBackers finds an actor joined by a hyphen to a sponsor's
// participle ("the French-backed Programme of Action", "the
// Russian-sponsored convention"): the actor backs what follows, and the
// participle is no cue of the sentence's subject.
func (p *para) hyphenBackers() {
	ms := slices.Clip(p.actors) // (an append below copies; p.actors stays as it is)
	for k := 0; k+1 < len(p.toks); k++ {
		if p.toks[k].low == "western" && hyphenSponsorVerbs[p.toks[k+1].low] {
			// "Western" alone names no actor; "Western-backed" does
			ms = append(ms, actorMention{code: "WEST", i: k, j: k + 1})
		}
	}
	for _, m := range ms {
		k := m.j
		if k >= len(p.toks) || !hyphenSponsorVerbs[p.toks[k].low] || p.toks[k].quoted {
			continue
		}
		if g := p.text[p.toks[k-1].e:p.toks[k].s]; g != "-" && g != "‑" {
			continue
		}
		p.cues = slices.DeleteFunc(p.cues, func(c cueHit) bool { return c.i == k })
		for cl := range p.byClass {
			p.byClass[cl] = slices.DeleteFunc(p.byClass[cl], func(c cueHit) bool { return c.i == k })
		}
		p.backers = append(p.backers, m)
	}
}

// hyphenSponsorVerbs are the participles of "the French-backed ...".
var hyphenSponsorVerbs = map[string]bool{"backed": true, "sponsored": true, "proposed": true, "championed": true, "promoted": true, "drafted": true, "inspired": true, "authored": true}

// backedHits returns the positions of the actors joined to a sponsor's
// participle in [ss, se) (see hyphenBackers) on the issue named right after
// it ("the Western-backed idea of a Programme of Action").
func (p *para) backedHits(ss, se int, hits []issueHit) []Stance {
	var out []Stance
	for _, m := range p.backers {
		if m.i < ss || m.j >= se {
			continue
		}
		for _, h := range hits {
			if h.i > m.j && h.i-m.j <= 5 && h.rule.kind != "not" && !clauseBreak(p, m.j, h.i) {
				out = append(out, Stance{Issue: h.rule.issue, Value: "favor", Actors: []string{m.code}, Cue: p.text[p.toks[m.i].s:p.toks[h.j-1].e]})
				break
			}
		}
	}
	return out
}

// againstImperatives keeps the against cue of a recommendation whose verb
// opposes ("Resist the temptation to negotiate new norms", "Reject any
// attempt to ..."), not the favor of a recommendation, and marks where it
// opens its sentence (see imperative).
func (p *para) againstImperatives() {
	if len(p.byClass[cNormative]) == 0 || len(p.byClass[cAgainst]) == 0 {
		return
	}
	for _, a := range p.byClass[cAgainst] {
		k := slices.IndexFunc(p.byClass[cNormative], func(n cueHit) bool { return n.i == a.i })
		if k < 0 {
			continue
		}
		n := p.byClass[cNormative][k]
		p.byClass[cNormative] = slices.Delete(p.byClass[cNormative], k, k+1)
		p.cues = slices.DeleteFunc(p.cues, func(c cueHit) bool { return c == n })
		p.imperAgainst = append(p.imperAgainst, a.i)
	}
}

// discourseVerbs are the verbs of an aside in which the writer or speaker
// points back to the text itself: ", as I said,", ", as we noted earlier,".
var discourseVerbs = map[string]bool{"said": true, "mentioned": true, "noted": true, "explained": true, "described": true, "indicated": true, "recalled": true,
	"saw": true, "seen": true, "pointed": true, "put": true, "suggested": true}

// dropDiscourseAsides removes the cues inside an aside such as ", as I
// said," or ", as we have seen,": it tells the reader where the point was
// made before, and its first person holds nothing ("Qatar co-sponsored the
// resolution, while Syria, as I said, voted against it").
func (p *para) dropDiscourseAsides() {
	if len(p.byClass[cFirst]) == 0 {
		return // the aside's "I" or "we" is a first-person hit
	}
	for k := 1; k+2 < len(p.toks); k++ {
		if p.toks[k].low != "as" || !p.markBefore(k, ",") || p.toks[k].quoted {
			continue
		}
		w := p.toks[k+1].low
		if w != "i" && w != "we" {
			continue
		}
		e := k + 2
		for e < len(p.toks) && e-k < 5 && (p.toks[e].low == "have" || p.toks[e].low == "had" || p.toks[e].low == "already" || p.toks[e].low == "just") {
			e++
		}
		if e >= len(p.toks) || !discourseVerbs[p.toks[e].low] {
			continue
		}
		e++
		for e < len(p.toks) && e-k < 7 && !p.toks[e].clause && (p.toks[e].low == "earlier" || p.toks[e].low == "before" || p.toks[e].low == "above" || p.toks[e].low == "out" || p.toks[e].low == "it") {
			e++
		}
		if e < len(p.toks) && !p.markBefore(e, ",") {
			continue // "as we said in our statement": not set off as an aside
		}
		inside := func(c cueHit) bool { return c.i >= k && c.j <= e }
		p.cues = slices.DeleteFunc(p.cues, inside)
		for c := range p.byClass {
			p.byClass[c] = slices.DeleteFunc(p.byClass[c], inside)
		}
	}
}

// vocativeMy reports "my" at i opening a form of address set off by a
// comma at the start of a sentence: "My Lords, ...", "My dear
// colleagues, ...", "My friends, ...". It is not the speaker's subject
// ("My delegation, like others, ..." is).
func (p *para) vocativeMy(i int) bool {
	if p.toks[i].low != "my" || i > 0 && p.toks[i].sent == p.toks[i-1].sent && !p.toks[i].clause {
		return false
	}
	k := i + 1
	if k < len(p.toks) && (p.toks[k].low == "dear" || p.toks[k].low == "fellow" || p.toks[k].low == "distinguished" || p.toks[k].low == "noble") {
		k++
	}
	return k+1 < len(p.toks) && addressNouns[p.toks[k].low] && p.toks[k+1].clause && p.toks[k+1].sent == p.toks[i].sent
}

// addressNouns are the nouns of a form of address after "my".
var addressNouns = map[string]bool{"lords": true, "lord": true, "friends": true, "colleagues": true, "friend": true, "delegates": true}

// insideHint reports a document hint ("Check against delivery", a
// statement or masthead phrase) found so far that covers [i, j) and is
// longer: the words inside it are no position or reporting cue.
func (p *para) insideHint(i, j int) bool {
	for _, c := range [...]int{cStatement, cMasthead} {
		for _, h := range p.byClass[c] {
			if h.i <= i && j <= h.j && h.j-h.i > j-i {
				return true
			}
		}
	}
	return false
}

// insideOpposite reports a favor or against cue found so far that starts
// before h, covers it and carries the other value: the shorter cue is part
// of the longer phrase ("no doubt that" holds "doubt").
func (p *para) insideOpposite(h cueHit) bool {
	other := cAgainst
	if h.class == cAgainst {
		other = cFavor
	}
	for _, c := range p.byClass[other] {
		if c.i < h.i && h.j <= c.j {
			return true
		}
	}
	return false
}

// participleAdj are favor cues that, right after "the" or "a", are
// adjectives naming a proposal ("the proposed Programme of Action"), not
// verbs.
var participleAdj = map[string]bool{"proposed": true, "suggested": true, "recommended": true, "endorsed": true, "supported": true}

// insideActor reports whether the tokens [i, j) lie inside an actor's name.
func (p *para) insideActor(i, j int) bool {
	for _, m := range p.actors {
		if m.i <= i && j <= m.j {
			return true
		}
	}
	return false
}

// nounNext are words after which a sentence-opening verb form is a noun
// or a participle ("Support for the PoA grew", "Use of force").
var nounNext = map[string]bool{"of": true, "for": true, "from": true, "is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true, "by": true, "and": true, "or": true, "as": true, "in": true, "will": true, "would": true, "can": true, "may": true}

// inVerb are imperative verbs whose object follows "in" ("Invest in the
// directory", "Engage in ..."): "in" after them does not make a noun.
var inVerb = map[string]bool{"invest": true, "engage": true, "participate": true, "anchor": true, "ground": true, "root": true, "embed": true}

// opensSentence reports a token that opens its sentence, after at most a
// list number ("3.", "(b)").
func (p *para) opensSentence(i int) bool {
	for k := i - 1; k >= 0 && p.toks[k].sent == p.toks[i].sent; k-- {
		if !isListMark(p.toks[k].low) && !(ordinalOpeners[p.toks[k].low] && k+1 == i && p.markBefore(i, ",")) {
			return false
		}
	}
	return true
}

// ordinalOpeners number the items of a list written as sentences
// ("Second, resist the temptation to ...").
var ordinalOpeners = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"firstly": true, "secondly": true, "thirdly": true, "finally": true, "lastly": true}

func isListMark(s string) bool {
	if len(s) == 1 {
		return true // "a", "b", "i"
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return s == "ii" || s == "iii" || s == "iv" || s == "vi"
		}
	}
	return true
}

// sentEnd returns the end of the sentence of token i.
func (p *para) sentEnd(i int) int {
	s := p.toks[i].sent
	for i < len(p.toks) && p.toks[i].sent == s {
		i++
	}
	return i
}

// sentStart returns the start of the sentence of token i.
func (p *para) sentStart(i int) int {
	s := p.toks[i].sent
	for i > 0 && p.toks[i-1].sent == s {
		i--
	}
	return i
}

// sentences returns [start, end) token ranges of the sentences.
func (p *para) sentences() [][2]int {
	var out [][2]int
	start := 0
	for i := 1; i <= len(p.toks); i++ {
		if i == len(p.toks) || p.toks[i].sent != p.toks[i-1].sent {
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	return out
}

func (p *para) has(class, from, to int) bool {
	for _, h := range p.byClass[class] {
		if h.i >= from && h.i < to && !p.toks[h.i].quoted {
			return true
		}
	}
	return false
}

// docKind values used for own-voice attribution.
const (
	kindAnalysis = iota
	kindStatement
	kindDeclaration
)

// kindNames are the document kinds' names, by kind.
var kindNames = [...]string{"analysis", "statement", "declaration"}

// voice is what the tagger knows about who speaks in a paragraph.
type voice struct {
	kind    int
	speaker string   // statement speaker code
	cospeak []string // further holders of a joint statement or one made on behalf of a group
	// the States or groups whose institutions the document names in its
	// first lines ("the Ministry of Foreign Affairs of Chile", "the Peace and
	// Security Council of the African Union"), by institution word: "The
	// Ministry regrets", "Council stresses" are their positions
	institutions map[string]string
	sponsor      []string // sponsor of the text the paragraph quotes or describes
	section      string   // the paragraph's section heading
	memory       []string // holders of the previous sentence ("they")
	others       []string // in a statement, the last holders other than the speaker ("They went further")
	camp         []string // the last holders that were several ("this camp")
	// every State or group the last sentence named, in order, for a
	// pronoun that takes them all ("each of them", "all three")
	listed []string
	// the one State that opened the sentence of memory before its backers
	// ("The Russian Federation, joined by Belarus and Syria, argued ..."):
	// a later "It" is that State alone
	subjLead []string
	// the State whose turn the paragraph reports, named with a reporting
	// verb in its first sentence ("Mr. Lee (Republic of Korea) said that
	// ..."): a summary record goes on in indirect speech without naming it again
	turn []string
	// the turn of the last paragraph that reported one, and whether this
	// paragraph goes on with it ("She also welcomed ...")
	lastTurn   []string
	turnGoesOn bool
	// the group code of the last union the document named in full ("the
	// African Union"): a later "the Union" is that union
	union  string
	echoed []Stance // the stances of the last sentence that had some, for echoes ("A and B supported the call")
	// echoedPrev are the stances of the sentence before echoed's, for an
	// echo of both ("We are not persuaded by either argument")
	echoedPrev []Stance
	// echoed's sentence names no issue: its positions answer others' ("We
	// do not share the conclusion.")
	echoedBare bool

	// the proposals the document's symbols stand for ("l 60": the
	// programme of action), see Tagger.symbolIssues
	symbols map[string]string

	// the issues under discussion: how often each was named lately, the
	// count halving with each paragraph
	recent [nIssues]float64
	// the position of the lead-in of the list the paragraph is an item of
	// ("We ask the Chair to ensure:"), or nil
	lead *position
}

// unions gives a bare "the Union" the code of the union the document last
// named otherwise ("the African Union", "the EU"): in "Egypt, as a member
// of the African Union, stands behind the Union's 2024 common position" it
// is the African Union. The gazetteer's default (the European Union)
// stands when no union was named.
func (p *para) unions(v *voice) {
	for k := range p.actors {
		m := &p.actors[k]
		if m.code != "EU" && m.code != "AU" {
			continue
		}
		if m.j-m.i == 2 && p.toks[m.i].low == "the" && p.toks[m.i+1].low == "union" {
			if v.union != "" && !slices.Contains(v.firstPerson(), "EU") {
				// (in the EU's own statement "the Union" is the EU, whatever
				// union it named last)
				m.code = v.union
			}
			continue
		}
		// any other name of a union, short forms too: "Where the EU
		// stands: The Union holds that ..." is the European Union; not a
		// group that the code stands for too ("the African Group")
		if unionName(p.toks[m.i:m.j]) {
			v.union = m.code
		}
	}
}

// unionName reports a name of a union: with the word "Union", or a short
// form ("EU", "AU", "E.U.").
func unionName(ts []tok) bool {
	for _, t := range ts {
		switch t.low {
		case "union", "eu", "au", "e":
			return true
		}
	}
	return false
}

// position is a value and its holders without an issue yet: a list's
// lead-in whose items name the issues. A label names holders only; its
// value is "".
type position struct {
	value  string
	actors []string
}

// labelHolders returns the holders of a labelled list's item for a
// position whose holder the item itself leaves open (none, or the author),
// and whether it did so.
func (v *voice) labelHolders(actors []string, known bool) ([]string, bool) {
	if v.lead == nil || v.lead.value != "" {
		return actors, known
	}
	if known && len(actors) > 0 && !(len(actors) == 1 && actors[0] == "AUTHOR") {
		return actors, known
	}
	return append([]string{}, v.lead.actors...), true
}

// leadPosition returns the position a list's lead-in takes on what its
// items will name ("We therefore require that there is:", "Russia called
// for:"), a label's holders when its last sentence has no cue but names
// actors ("Camp B (Russia and China):"), or nil. The first
// cue of that sentence is its main verb ("the letter proposes principles
// that the Chair should consider:").
func (t *Tagger) leadPosition(p *para, v *voice) *position {
	sents := p.sentences()
	if len(sents) == 0 {
		return nil
	}
	ss, se := sents[len(sents)-1][0], sents[len(sents)-1][1]
	g := -1
	for k, c := range p.cues {
		if c.class <= cNormative && c.i >= ss && c.j <= se && !p.toks[c.i].quoted {
			if g < 0 {
				g = k // the main verb: "the letter proposes principles that the Chair should consider:"
			}
		}
	}
	if g < 0 {
		// a label that names the holders of the items' positions ("Camp A,
		// the liberal camp (United States, United Kingdom, ...):"): each item
		// takes its value from its own words
		if len(p.toks) > 60 {
			return nil
		}
		var actors []string
		for _, a := range p.actors {
			if a.i >= ss && a.j <= se && !p.toks[a.i].quoted {
				actors = appendActor(actors, a.code)
			}
		}
		if len(actors) == 0 {
			return nil
		}
		sort.Strings(actors)
		return &position{actors: actors}
	}
	c := p.cues[g]
	value := "favor"
	switch c.class {
	case cAgainst:
		value = "against"
	case cNeutral:
		value = "neutral"
	}
	if negatedAt(p, max(ss, c.i-4), c.j) {
		value = flip(value)
	}
	actors, known := t.holder(p, ss, se, c.i, c.j, ss, c.j, c.class, v)
	if !known {
		return nil
	}
	sort.Strings(actors)
	return &position{value: value, actors: actors}
}

// nIssues is the number of issues of the taxonomy.
const nIssues = 10

// proposals are the issues that are proposals: things put forward,
// drafted, backed and voted on (a treaty, the PoA, new norms, the Points of
// Contact directory, the inclusion of stakeholders), which "the proposal" or
// "voted against" can stand for. The others are principles.
var proposals = map[string]bool{"binding_instrument": true, "new_norms": true, "programme_of_action": true, "multistakeholder": true, "poc_directory": true}

// current returns the proposal under discussion: the one named most often
// in the last sentences and paragraphs, or "" when none was named lately.
func (v *voice) current() string {
	best, bestN, second := "", 0.2, 0.0
	for k, n := range v.recent {
		if !proposals[Issues[k]] {
			continue
		}
		if n > bestN {
			best, bestN, second = Issues[k], n, max(second, bestN)
		} else {
			second = max(second, n)
		}
	}
	if second > 0.2 && bestN < 1.5*second {
		return "" // two proposals under discussion: no telling which one is meant
	}
	return best
}

// nextParagraph ages the issues under discussion.
func (v *voice) nextParagraph() {
	for k := range v.recent {
		v.recent[k] /= 2
	}
}

// issuesNamed returns the indexes of the issues a text (a heading) names.
func (t *Tagger) issuesNamed(text string) []int {
	if text == "" {
		return nil
	}
	toks := t.tokenize(text, nil)
	var out []int
	t.issues.each(toks, 0, len(toks), func(id, i, end int) {
		if r := t.issueRules[id]; r.kind != "not" {
			if k := issueIndex(r.issue); k >= 0 && !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	})
	return out
}

func issueIndex(issue string) int {
	for k, s := range Issues {
		if s == issue {
			return k
		}
	}
	return -1
}

func (v *voice) own() []string {
	switch {
	case len(v.sponsor) > 0:
		return v.sponsor
	case v.kind == kindStatement && v.speaker != "":
		return append([]string{v.speaker}, v.cospeak...)
	case v.kind == kindDeclaration:
		return []string{"AUTHOR"}
	}
	return nil
}

func (v *voice) firstPerson() []string {
	switch {
	case v.kind == kindStatement && v.speaker != "":
		return append([]string{v.speaker}, v.cospeak...)
	case v.kind == kindStatement:
		return nil
	}
	return []string{"AUTHOR"}
}

// flip is the other value of favor or against; neutral stays.
func flip(v string) string {
	switch v {
	case "favor":
		return "against"
	case "against":
		return "favor"
	}
	return v
}

// stances finds the stances of a paragraph. It updates v.memory.
func (t *Tagger) stances(p *para, v *voice) []Stance {
	var out []Stance
	sents := p.sentences()
	lead, leadEnd := p.colonLead()
	var first [2]int
	if len(sents) > 0 {
		first = sents[0]
	}
	v.turn, v.turnGoesOn = nil, false
	if len(sents) > 0 {
		turn := t.turnOf(p, first[0], first[1])
		switch {
		case turn != nil:
			v.lastTurn = turn
			if len(sents) > 1 {
				v.turn = turn
			}
		case len(v.lastTurn) > 0 && v.kind == kindAnalysis && p.turnGoesOn(first[0], first[1]):
			// "She also welcomed the directory ...", "That framework, he
			// added, ...": the paragraph goes on with the turn of the one before
			v.turn, v.turnGoesOn, v.memory = v.lastTurn, true, v.lastTurn
		case len(v.lastTurn) > 0 && v.kind == kindAnalysis && p.namesOnly(first[0], first[1], v.lastTurn):
			// "The Union remained convinced that ..." in the turn of the
			// European Union's speaker: the turn goes on for the paragraphs
			// after ("She welcomed ...")
		default:
			v.lastTurn = nil
		}
	}
	echoedHere := false     // v.echoed holds a sentence of this paragraph
	var prevIssues []string // the issues the sentence before named
	prevBare := false       // the sentence before took no position
	// a refusal to choose that names no issue, held for the sentence right
	// after it, which names the options ("We do not see an either-or
	// choice. Some questions may one day be settled by binding commitments;
	// others are better served by voluntary norms.")
	var choice *Stance
	for _, sr := range sents {
		ss, se := sr[0], sr[1]
		pending := choice
		choice = nil
		if p.question(se) || p.askedQuestion(ss) {
			// "Does the Mechanism need a treaty?" asks; it takes no position
			continue
		}
		var hits []issueHit
		t.issues.each(p.toks, ss, se, func(id, i, end int) {
			hits = append(hits, issueHit{rule: t.issueRules[id], literal: t.issueWords[id], i: i, j: end})
		})
		if h, ok := p.lawAnaphor(ss, se, prevIssues, hits); ok {
			hits = append(hits, h)
		} else if h, ok := p.referenceAnaphor(ss, se, prevIssues, prevBare, hits); ok {
			hits = append(hits, h)
		}
		// in text order, so that each position's holders are looked for after the previous one's
		sort.SliceStable(hits, func(a, b int) bool { return hits[a].i < hits[b].i })
		hits = p.subjectObjects(hits)
		if vs, rest, ok := t.entryVerdicts(p, ss, se, hits, v); ok {
			// "Treaty: opposes." under the heading "European Union"
			for _, st := range vs {
				out = addStance(out, st)
				p.fixed = append(p.fixed, derivedPos{issue: st.Issue, cue: st.Cue})
			}
			hits = rest
		}
		var sentHolders []string
		for _, st := range p.backedHits(ss, se, hits) {
			out = addStance(out, st)
			p.fixed = append(p.fixed, derivedPos{issue: st.Issue, cue: st.Cue})
			sentHolders = append(sentHolders, st.Actors...)
		}
		lastEnd := ss
		sentStart := len(out)
		var sponsored []Stance // the sponsors this sentence named, with the value they hold
		stated := false        // a rule found a position in this sentence
		// "Belarus, Nicaragua and Syria supported the call": the positions
		// of the last sentence, for new holders
		echoed := v.echoed
		if !echoedHere && slices.ContainsFunc(sents, func(sr [2]int) bool { return sr[0] < ss && sr[1]-sr[0] > 1 }) {
			// "The thematic groups are where the fight is. The EU wants
			// them organised around problems", "Canada proposed three
			// groups. The Netherlands supported the idea": what a later
			// sentence takes up is of its own paragraph, not the positions
			// of the one before
			echoed = nil
		}
		// "We are not persuaded." opening a paragraph answers the positions
		// of the one before, as a counter in the same paragraph would
		counter := echoedHere || ss == first[0] && se-ss <= 5 && len(echoed) > 0 && slices.ContainsFunc(p.byClass[cFirst], func(h cueHit) bool { return h.i == ss })
		if len(echoed) > 0 && p.bothBack(ss, se) {
			// "We are not persuaded by either argument": the last two
			// sentences' positions
			echoed = append(slices.Clone(v.echoedPrev), echoed...)
		} else if own := v.firstPerson(); v.kind == kindStatement && echoedHere && v.echoedBare && len(own) > 0 && len(v.echoedPrev) > 0 && heldOnlyBy(echoed, own) && !heldOnlyBy(v.echoedPrev, own) && !p.has(cFirst, ss, min(se, ss+3)) {
			// "We heard China caution against ... We do not share the
			// conclusion. The delegation of the Russian Federation made a
			// similar argument": another State takes up the argument the
			// speaker answered in a sentence that names no issue, not the
			// speaker's answer
			echoed = v.echoedPrev
		}
		echoes := t.echo(p, ss, se, hits, echoed, counter, v.firstPerson())
		if k := p.shortLead(ss, se); len(echoes) == 0 && k > ss {
			// "They were not alone: the Republic of Korea and Singapore
			// made similar points."
			echoes = t.echo(p, k, se, hits, echoed, counter, v.firstPerson())
		}
		for _, st := range echoes {
			out, stated = addStance(out, st), true
			sentHolders = append(sentHolders, st.Actors...)
		}
		for _, st := range t.symbolStances(p, ss, se, v) {
			if !holds(out, st.Issue, st.Actors) {
				out, stated = addStance(out, st), true
				sentHolders = append(sentHolders, st.Actors...)
			}
		}
		for _, st := range t.implicitStances(p, ss, se, hits, v) {
			if holds(echoes, st.Issue, st.Actors) {
				// "China and Cuba backed the idea" after "Russia called for
				// a permanent OEWG" takes up that position, not the
				// proposal under discussion
				continue
			}
			out, stated = addStance(out, st), true
			sentHolders = append(sentHolders, st.Actors...)
		}
		if len(hits) == 0 && len(prevIssues) == 1 {
			if st, ok := t.openMind(p, ss, se, prevIssues[0], v); ok && p.notChosenYet(ss, se) && holds(out, st.Issue, st.Actors) {
				// "We have studied both the proposal for a Programme of
				// Action and the proposal for a permanent OEWG. We have not
				// yet chosen between them.": the refusal to choose is the
				// position, not what the sentence before read into
				// "studied the proposal" (in place: the sentences' indexes
				// into out stand)
				neutralIn(out, st.Issue, st.Actors)
				out, stated = addStance(out, st), true
			} else if ok && !holds(out, st.Issue, st.Actors) {
				out, stated = addStance(out, st), true
				sentHolders = append(sentHolders, st.Actors...)
			}
		}
		prevIssues = prevIssues[:0]
		for _, h := range hits {
			if h.rule.kind != "not" && !slices.Contains(prevIssues, h.rule.issue) {
				prevIssues = append(prevIssues, h.rule.issue)
			}
		}
		seen := -1
		for _, h := range hits {
			if k := issueIndex(h.rule.issue); h.rule.kind != "not" && k >= 0 && k != seen {
				v.recent[k]++
				seen = k
			}
		}
		for _, h := range hits {
			if h.rule.kind == "not" || t.inConsensus(p, h.i, h.j) || excluded(hits, h) || insideAssertion(p, hits, h) || withinLonger(hits, h) || p.straddles(h) || p.frame(h) {
				continue
			}
			value, ci, cj, cueClass, ok := t.valueOf(p, h, ss, se)
			var actors []string
			known := false
			if len(lead) > 0 && h.i >= leadEnd && sr == first {
				// "Russia: a UN convention on information security": a
				// summary line gives the position of the actors before the colon
				if !ok && h.rule.kind == "object" && !p.has(cBlock, leadEnd, h.i) {
					value, ci, cj, ok = "favor", h.i, h.j, true
					if negatedAt(p, max(leadEnd, h.i-4), h.i) {
						value = "against"
					}
				}
				actors, known = append([]string(nil), lead...), ok
			}
			if !ok && v.lead != nil && h.rule.kind == "object" {
				// an item of a list whose lead-in holds the position
				// ("We require that there is: ... inclusion of civil society;")
				value, ci, cj, ok = v.lead.value, h.i, h.j, true
				if value == "" {
					value = "favor"
					if negatedAt(p, max(ss, h.i-4), h.i) {
						value = "against"
					}
				}
				actors, known = append([]string{}, v.lead.actors...), true
			}
			if !ok {
				if h.rule.kind == "object" && proposals[h.rule.issue] {
					// "We have taken note of the updated concept of a
					// convention, submitted by the Russian Federation
					// together with Belarus": with no verb on it, its
					// sponsors still hold it
					if sp, at := p.sponsorsAfter(h.j, se); len(sp) > 0 {
						out = addStance(out, Stance{Issue: h.rule.issue, Value: "favor", Actors: sp, Cue: p.text[p.toks[h.i].s:p.toks[at].e]})
						sentHolders = append(sentHolders, sp...)
						sponsored = append(sponsored, Stance{Issue: h.rule.issue, Value: "favor", Actors: sp})
					}
				}
				continue
			}
			if h.rule.contra {
				// "We oppose interference in the internal affairs of States":
				// favor sovereignty; only a criticism governs such a marker
				if cueClass != cAgainst {
					continue
				}
				value = flip(value)
			}
			if !known && v.lead != nil && cueClass == cNormative && p.opensSentence(ci) {
				// an item of a list that opens with a verb ("Ensure
				// participation of ...") recommends for the lead-in's holder
				// ("the letter proposes five principles:")
				actors, known = append([]string{}, v.lead.actors...), true
			}
			if !known {
				anchor := ci // before the hit, or after it for a fronted topic
				if h.rule.kind != "object" {
					// "Pakistan and Iran argued that the existing body of law
					// contained gaps that could only be filled by a new
					// treaty": the holder is the subject of the verb whose
					// claim the marker states
					if g := p.claimVerb(h, ss); g >= 0 {
						anchor = g
					}
				}
				actors, known = t.holder(p, ss, se, anchor, h.i, lastEnd, cj, cueClass, v)
				if known && endorseVerbs[p.toks[ci].low] && h.rule.kind == "object" {
					// "described the Russian draft as a good basis": the
					// owner of the text endorsed holds it too
					for _, m := range p.actors {
						if m.i > ci && m.j <= cj && !p.toks[m.i].quoted {
							actors = appendActor(actors, m.code)
						}
					}
				}
				actors, known = p.quotedHolder(ss, se, ci, v, actors, known)
			}
			actors, known = v.labelHolders(actors, known)
			if len(actors) == 0 && v.lead != nil && v.lead.value != "" && len(v.lead.actors) > 0 && !p.has(cUnnamed, ss, ci) && !p.namedBetween(ss, se) {
				// an item of a lead-in that takes a position ("The Council
				// therefore recommends that States:") that names no holder of
				// its own: "reaffirm that international law applies ...;"
				actors, known = append([]string{}, v.lead.actors...), true
			}
			lastEnd = max(lastEnd, cj)
			if !known {
				continue
			}
			var owned *Stance
			prior := slices.DeleteFunc(slices.Clone(namedOnly(v.memory)), func(a string) bool { return slices.Contains(v.firstPerson(), a) })
			if f, ok := p.claimFrame(ss, h.i, prior); ok {
				// "Nor can we accept the proposition, advanced by the United
				// States, that IHL governs ...": the claim is its owner's,
				// the verb before it the subject's answer to it
				if inner, _, icj, _, iok := t.valueOf(p, h, f.that+1, se); iok {
					value = inner
					if f.against {
						value = flip(inner)
					}
					actors = slices.DeleteFunc(actors, func(a string) bool { return slices.Contains(f.owners, a) })
					owned = &Stance{Issue: h.rule.issue, Value: inner, Actors: slices.Clone(f.owners), Cue: p.text[p.toks[f.noun].s:p.toks[icj-1].e]}
					sentHolders = append(sentHolders, f.owners...)
					// the frame sets the two values against each other:
					// the value model reads neither apart
					p.fixed = append(p.fixed, derivedPos{issue: h.rule.issue, cue: owned.Cue}, derivedPos{issue: h.rule.issue, cue: p.text[p.toks[ci].s:p.toks[cj-1].e]})
				}
			}
			if owned == nil {
				if owners, to, noun, ok := p.attemptFrame(ss, ci, h.i); ok {
					// "We cannot accept the persistent efforts of Western
					// countries to present the framework as a closed
					// acquis": the authors of the attempt hold what it
					// attempts, the subject answers it
					inner := "favor"
					if h.rule.kind == "favor" || h.rule.kind == "against" {
						inner = h.rule.kind
					}
					if v, _, _, _, vok := t.valueOf(p, h, to+1, se); vok && v != "neutral" {
						inner = v
					}
					actors = slices.DeleteFunc(actors, func(a string) bool { return slices.Contains(owners, a) })
					owned = &Stance{Issue: h.rule.issue, Value: inner, Actors: owners, Cue: p.text[p.toks[noun].s:p.toks[h.j-1].e]}
					sentHolders = append(sentHolders, owners...)
					p.fixed = append(p.fixed, derivedPos{issue: h.rule.issue, cue: owned.Cue})
				}
			}
			if owned != nil && len(actors) == 0 {
				out = addStance(out, *owned)
				continue
			}
			if h.rule.kind == "favor" && endorseVerbs[p.toks[h.i].low] && len(actors) > 0 {
				// "described the Russian concept as a good basis": the
				// owner of the text endorsed holds it too
				for _, m := range p.actors {
					if m.i > h.i && m.j <= h.j {
						actors = appendActor(actors, m.code)
					}
				}
			}
			if value == "against" && p.derogatory(h) && p.voicedLabel(h) {
				// "Programmes financed by the United States are conditional
				// on endorsing the so-called 'framework'": the endorsers hold
				// the framework (its other hit), the scornful label is the
				// voice's own
				if fp := v.firstPerson(); len(fp) > 0 && !holdsAny(actors, fp) {
					actors = slices.Clone(fp)
				}
			}
			for _, sp := range sponsored {
				if sp.Issue == h.rule.issue && sp.Value != value && holdsAny(actors, sp.Actors) {
					// "The Programme of Action touted by France is a
					// parallel platform": its sponsors do not hold the
					// criticism of it
					actors = slices.DeleteFunc(actors, func(a string) bool { return slices.Contains(sp.Actors, a) })
					if len(actors) == 0 {
						known = false
					}
				}
			}
			if !known {
				continue
			}
			out, stated = addStance(out, Stance{Issue: h.rule.issue, Value: value, Actors: actors, Cue: p.text[p.toks[ci].s:p.toks[cj-1].e]}), true
			if owned != nil {
				out = addStance(out, *owned)
			}
			sentHolders = append(sentHolders, actors...)
			claim := h.rule.kind == "favor" || h.rule.kind == "against"
			var claimAuthors []string // "we value the proposals submitted by the Russian Federation for additional rules"
			if claim && !voicedBy(p, h.j, se) {
				claimAuthors = p.authorsBefore(max(ss, h.i-12), h.i, se)
			}
			if h.rule.kind == "object" || claim && (len(claimAuthors) > 0 || voicedBy(p, h.j, se)) {
				// "the draft resolution on the Programme of Action
				// introduced this year by France": its sponsors are for it;
				// so are the authors of "the ideas put forward by Canada and
				// Chile for opening the groups to stakeholders"; those of a
				// claim ("the notion of sovereignty over an information
				// space promoted by China") hold what it says
				var sp []string
				at := 0
				sv := "favor"
				if claim {
					sv = h.rule.kind
				}
				if proposals[h.rule.issue] || voicedBy(p, h.j, se) {
					sp, at = p.sponsorsAfter(h.j, se)
				}
				if len(sp) == 0 && ci < h.i && !claim {
					sp, at = p.authorsBefore(max(ss, ci-2), h.i, se), h.j-1
				} else if len(sp) == 0 && claim {
					// the authors of a proposal that names the claim hold it
					sp, at = claimAuthors, h.j-1
				}
				if len(sp) > 0 {
					for k := len(out) - 1; k >= sentStart; k-- {
						if st := out[k]; st.Issue == h.rule.issue && st.Value != sv && holdsAny(st.Actors, sp) {
							// "Canada opposed the convention promoted by Russia and backed by Belarus"
							out[k].Actors = slices.DeleteFunc(slices.Clone(st.Actors), func(a string) bool { return slices.Contains(sp, a) })
							if len(out[k].Actors) == 0 {
								out = slices.Delete(out, k, k+1)
							}
						}
					}
					cue := p.text[p.toks[h.i].s:p.toks[at].e]
					out = addStance(out, Stance{Issue: h.rule.issue, Value: sv, Actors: sp, Cue: cue})
					sponsored = append(sponsored, Stance{Issue: h.rule.issue, Value: sv, Actors: sp})
					p.fixed = append(p.fixed, derivedPos{issue: h.rule.issue, cue: cue})
					sentHolders = append(sentHolders, sp...)
				}
			}
		}
		// "...; Syria and the DPRK endorsed the idea": an echo of the
		// clauses before, after a semicolon or ", and", in a clause naming
		// no issue
		if len(out) > sentStart {
			for k := ss + 1; k < se; k++ {
				gap := p.text[p.toks[k-1].e:p.toks[k].s]
				from := k
				if !p.toks[k].clause || !strings.Contains(gap, ";") {
					// "..., and Belarus, Nicaragua and Syria spoke in its favour"
					if p.toks[k].low != "and" || !strings.Contains(gap, ",") || k+1 >= se {
						continue
					}
					from = k + 1
				}
				if hitAfter(hits, k) {
					continue
				}
				for _, st := range t.echo(p, from, se, nil, slices.Clone(out[sentStart:]), true, v.firstPerson()) {
					out = addStance(out, st)
					sentHolders = append(sentHolders, st.Actors...)
				}
			}
		}
		if t.stance != nil && (!stated || t.stance.stated > 0) {
			// the model adds positions in a sentence where the patterns
			// found none; in one where they did, only with the higher
			// threshold of such sentences, if the model has one (there its
			// issue words are mostly the co-occurring topic: "IHL applies"
			// also scores the Charter)
			th := t.stance.threshold
			if stated {
				th = t.stance.stated
			}
			n := len(out)
			// each clause that names its own holder is read apart ("the EU
			// sees no gap a treaty would fill, and Russia called for
			// one"): an issue is open to the model in a clause unless the
			// paragraph's earlier sentences have it or a rule found it in
			// that clause
			var before [nIssues]bool // the issues of the paragraph's earlier sentences
			for _, st := range out[:sentStart] {
				if k := issueIndex(st.Issue); k >= 0 {
					before[k] = true
				}
			}
			spans := p.clauseSpans(ss, se)
			a, pe := ss, lastEnd
			for _, b := range spans {
				var blocked [nIssues]bool
				for _, st := range out[sentStart:n] {
					if k := issueIndex(st.Issue); k >= 0 && (len(spans) == 1 || p.cueIn(st.Cue, a, b)) {
						blocked[k] = true
					}
				}
				for _, h := range hits {
					// "a trust fund within the Programme of Action": the
					// Programme is where, not what
					if k := issueIndex(h.rule.issue); k >= 0 && h.i >= a && h.i < b && p.frame(h) {
						blocked[k] = true
					}
				}
				out = t.learnedStances(p, a, b, pe, sentStart, &blocked, &before, hits, v, out, th)
				a, pe = b, b
			}
			for _, s := range out[n:] {
				sentHolders = append(sentHolders, s.Actors...)
			}
		}
		out = p.objectors(ss, se, sentStart, out)
		out = p.sharedLine(ss, se, sentStart, out)
		out = p.objectRelative(ss, se, sentStart, out)
		out = p.sharedBy(ss, se, sentStart, out)
		out = p.neitherTail(ss, se, sentStart, out)
		out = p.likeUs(ss, se, sentStart, out, v.firstPerson())
		out = p.shareOurs(ss, se, sentStart, out, v.firstPerson())
		if n := len(out); n > 0 {
			out = t.contrasts(p, ss, se, sentStart, hits, out)
			for _, s := range out[n:] {
				sentHolders = append(sentHolders, s.Actors...)
			}
		}
		for k := sentStart; k < len(out); k++ {
			// "The like-minded group, in a joint statement read by
			// Nicaragua, took the opposite line: ...": the group's alone
			out[k].Actors = p.readBy(ss, se, out[k].Actors)
		}
		if pending != nil {
			if issue := choiceIssue(hits); issue != "" {
				// this sentence's positions on the issue give way to it; one
				// left with no holder goes (the earlier sentences' indexes
				// into out stand)
				kept := out[:sentStart]
				for _, st := range out[sentStart:] {
					one := []Stance{st}
					if neutralIn(one, issue, pending.Actors); len(st.Actors) > 0 && len(one[0].Actors) == 0 {
						continue
					}
					kept = append(kept, one[0])
				}
				out = kept
				pending.Issue = issue
				out = addStance(out, *pending)
				sentHolders = append(sentHolders, pending.Actors...)
			}
		} else if len(hits) == 0 && len(prevIssues) == 0 && p.choiceIn(ss, se) && (p.has(cFirst, ss, se) || p.namedBetween(ss, se)) {
			// its holder named in it, or the speaker's "we": not "these
			// delegations" or "a large group of countries that declined
			// to pick a side"
			if st, ok := t.openMind(p, ss, se, "", v); ok {
				choice = &st
			}
		}
		prevBare = len(out) == sentStart
		if len(out) > sentStart {
			// the last two sentences' positions, without copying the older
			v.echoedPrev, v.echoed = v.echoed, v.echoedPrev[:0]
			v.echoed = append(v.echoed, out[sentStart:]...)
			v.echoedBare = len(hits) == 0
			echoedHere = true
		}
		// memory for "they": the named actors of this sentence's stances, or
		// the actors named before the first verb-like cue of the sentence
		if named := namedOnly(sentHolders); len(named) > 0 {
			v.memory = named
		} else if subj := p.subjectActors(ss, se); len(subj) > 0 {
			v.memory = p.readBy(ss, se, appendActor(subj, p.behalfList(ss, se)...))
		} else if heard := p.heardFrom(ss, se); len(heard) > 0 {
			// "We listened carefully to the proposals tabled by Russia and
			// Iran. Both delegations consider ...": those heard
			v.memory = heard
		} else if opensWithUnnamed(p, ss, se) && !(len(v.memory) > 1 && p.groupAnaphor(ss)) && !p.delegationOpener(ss, se) {
			// "The report builds on ... It reaffirms": "it" is the report
			v.memory = nil
		}
		if len(v.memory) > 1 {
			v.camp = v.memory
		}
		v.listed = p.listedIn(ss, se, v.listed[:0])
		if own := v.firstPerson(); v.kind == kindStatement && len(own) > 0 {
			if o := slices.DeleteFunc(slices.Clone(v.memory), func(a string) bool { return slices.Contains(own, a) }); len(o) > 0 {
				v.others = o
			}
		}
		v.subjLead = nil
		if subj, _ := p.openingList(ss, se); len(subj) == 1 && slices.Contains(v.memory, subj[0]) {
			v.subjLead = subj
		}
	}
	out = p.dropChannels(out)
	out = p.campMembers(sents, out)
	out = p.campLead(sents, out)
	out = t.rebuttals(p, sents, out, v)
	out = p.appositiveAuthors(sents, out)
	out = p.claimAsides(out)
	out = p.neutralWins(sents, out)
	out = t.tallyCaption(p, out)
	for i := range out {
		sort.Strings(out[i].Actors)
	}
	return out
}

// lawAnaphor finds a claim that the body of law the sentence before named
// applies, in words that do not name it again: "On international
// humanitarian law our position remains cautious. We listened to
// Switzerland and Mexico, who hold that its rules already apply in full."
// The claim is a favor marker of that law's issue (ihl_applies or
// charter_applies), when the sentence names neither itself.
func (p *para) lawAnaphor(ss, se int, prev []string, hits []issueHit) (issueHit, bool) {
	issue := ""
	for _, is := range prev {
		if is == "ihl_applies" || is == "charter_applies" {
			if issue != "" {
				return issueHit{}, false // both named: which one is meant is unclear
			}
			issue = is
		}
	}
	if issue == "" || slices.ContainsFunc(hits, func(h issueHit) bool {
		return h.rule.issue == "ihl_applies" || h.rule.issue == "charter_applies"
	}) {
		return issueHit{}, false
	}
	for k := ss; k+2 < se; k++ {
		switch p.toks[k].low {
		case "its", "those", "these", "their", "such":
		default:
			continue
		}
		switch p.toks[k+1].low {
		case "rules", "provisions", "principles", "norms":
		default:
			continue
		}
		for n := k + 2; n < se && n <= k+4 && !p.toks[n].clause; n++ {
			switch p.toks[n].low {
			case "apply", "applies", "applied":
				return issueHit{rule: issueRule{issue: issue, kind: "favor"}, i: k, j: n + 1}, true
			}
		}
	}
	return issueHit{}, false
}

// referenceAnaphor finds "that reference", "such language" in a sentence
// [ss, se) that names no issue, after a sentence that named one: "We
// regret that the draft no longer refers expressly to international
// humanitarian law. The United Kingdom ... argued for that reference
// until the very end."
func (p *para) referenceAnaphor(ss, se int, prev []string, bare bool, hits []issueHit) (issueHit, bool) {
	if len(hits) > 0 || len(prev) != 1 {
		return issueHit{}, false
	}
	for k := ss; k+1 < se; k++ {
		switch p.toks[k].low {
		case "that", "this", "such":
		default:
			continue
		}
		n := k + 1
		if p.toks[k].low == "such" && p.toks[n].low == "a" && n+1 < se {
			n++
		}
		switch p.toks[n].low {
		case "reference", "language", "wording":
			return issueHit{rule: issueRule{issue: prev[0], kind: "object"}, i: k, j: n + 1}, true
		}
	}
	if !bare || !proposals[prev[0]] {
		return issueHit{}, false
	}
	// "A word on the Programme of Action. I backed it from the start.":
	// "it" right after a position's verb is the one proposal the sentence
	// before named and took no position on
	for _, c := range p.cues {
		if c.i >= ss && c.j < se && (c.class == cFavor || c.class == cAgainst) && p.toks[c.j].low == "it" && !p.toks[c.j].quoted && !wantVerbs[p.toks[c.j-1].low] && (c.j+1 == se || p.toks[c.j+1].clause || itTail[p.toks[c.j+1].low]) && p.subjectRightBefore(ss, c.i) {
			return issueHit{rule: issueRule{issue: prev[0], kind: "object"}, i: c.j, j: c.j + 1}, true
		}
	}
	return issueHit{}, false
}

// subjectRightBefore reports a named actor or the first person ending
// within three words before k in the same clause ("Mexico was glad to
// support", "I backed"), not an unnamed subject ("157 States supported").
func (p *para) subjectRightBefore(ss, k int) bool {
	near := func(j int) bool {
		if j > k || k-j > 3 {
			return false
		}
		for n := j; n <= k; n++ {
			if p.toks[n].clause && n > j {
				return false
			}
		}
		return true
	}
	for _, m := range p.actors {
		if m.i >= ss && near(m.j) {
			return true
		}
	}
	for _, h := range p.byClass[cFirst] {
		if h.i >= ss && near(h.j) {
			return true
		}
	}
	return false
}

// wantVerbs take an object and its complement ("wanted it kept to
// serious incidents"): what is wanted is the complement.
var wantVerbs = map[string]bool{"want": true, "wants": true, "wanted": true, "wanting": true, "like": true, "prefer": true, "prefers": true, "preferred": true}

// itTail are the words that may follow "it" as a position's whole object
// ("backed it from the start", "rejected it outright").
var itTail = map[string]bool{"from": true, "in": true, "at": true, "on": true, "as": true, "since": true, "because": true, "when": true, "during": true,
	"throughout": true, "until": true, "too": true, "also": true, "again": true, "early": true, "strongly": true, "fully": true, "outright": true, "and": true, "but": true, "then": true}

// openMind finds the neutral position of a sentence that names no issue
// but declines to choose on the one issue the sentence before named: "...
// while other delegations would rather see this Group continue in a
// permanent form. Sri Lanka keeps an open mind." The holder must be named
// or speak in the first person.
func (t *Tagger) openMind(p *para, ss, se int, issue string, v *voice) (Stance, bool) {
	for _, class := range []int{cNeutral, cChoice} {
		for _, c := range p.byClass[class] {
			if c.i < ss || c.j > se || p.toks[c.i].quoted {
				continue
			}
			actors, known := t.holder(p, ss, se, c.i, c.i, ss, c.j, cNeutral, v)
			if actors, known = v.labelHolders(actors, known); !known || len(actors) == 0 || slices.Contains(actors, "AUTHOR") {
				continue
			}
			sort.Strings(actors)
			return Stance{Issue: issue, Value: "neutral", Actors: actors, Cue: p.text[p.toks[c.i].s:p.toks[c.j-1].e]}, true
		}
	}
	return Stance{}, false
}

// neutralWins takes from a favor or against position the holders that hold
// the neutral position on the same issue in the same sentence: "Egypt and
// Kenya said they could not exclude that binding rules might one day be
// needed" declines to choose; the favor read from "binding rules ...
// needed" inside it is not a second position. A position left with no
// holder is dropped (one that never had a holder stays). Sentences apart
// keep both: "Our priority is implementation. ... We remain open to
// considering additional norms."
func (p *para) neutralWins(sents [][2]int, out []Stance) []Stance {
	sentOf := func(st Stance) int { return p.cueSentence(sents, st.Cue) }
	type held struct {
		st   Stance
		sent int
	}
	var neutral []held
	for _, st := range out {
		if st.Value == "neutral" && len(st.Actors) > 0 {
			if k := sentOf(st); k >= 0 {
				neutral = append(neutral, held{st, k})
			}
		}
	}
	if len(neutral) == 0 {
		return out
	}
	kept := out[:0]
	for _, st := range out {
		if st.Value != "neutral" && len(st.Actors) > 0 {
			k := sentOf(st)
			for _, n := range neutral {
				if n.st.Issue == st.Issue && n.sent == k {
					st.Actors = slices.DeleteFunc(slices.Clone(st.Actors), func(a string) bool { return slices.Contains(n.st.Actors, a) })
				}
			}
			if len(st.Actors) == 0 {
				continue
			}
		}
		kept = append(kept, st)
	}
	return kept
}

// campMembers gives a camp's positions to the States that the sentences
// right after it name as their subjects: "Western delegations pushed
// back. Canada's representative said it would be premature ...; New
// Zealand and Estonia made similar points." The camp's position is
// theirs, unless they hold its opposite in the paragraph.
func (p *para) campMembers(sents [][2]int, out []Stance) []Stance {
	for i, st := range out {
		if len(st.Actors) != 1 || st.Actors[0] != "WEST" && st.Actors[0] != "LIKE_MINDED" {
			continue
		}
		at := p.cueSentence(sents, st.Cue)
		if at < 0 || at+1 >= len(sents) {
			continue
		}
		for _, sr := range sents[at+1:] {
			subj := p.subjectActors(sr[0], sr[1])
			if len(subj) == 0 || p.question(sr[1]) || !p.has(cReport, sr[0], sr[1]) && !p.has(cEcho, sr[0], sr[1]) || contrastOpeners[p.toks[sr[0]].low] {
				break // "Yet the United States and the United Kingdom do not agree ..."
			}
			if slices.Contains(subj, "WEST") || slices.Contains(subj, "LIKE_MINDED") {
				break // the other camp, or the same one again
			}
			if slices.ContainsFunc(out, func(o Stance) bool {
				return o.Issue == st.Issue && o.Value == flip(st.Value) && holdsAny(o.Actors, subj)
			}) {
				break
			}
			out[i].Actors = appendActor(out[i].Actors, subj...)
		}
	}
	return out
}

// campLead gives a camp named as the subject of a short sentence that
// states no position of its own the positions of the States named right
// after it: "Western delegations were unmoved. The United States called a
// new treaty neither necessary nor realistic; the United Kingdom added
// that the Charter already supplies the answers." The camp holds what
// its members say there, until a sentence opens with a contrast or names
// no holder of a position.
func (p *para) campLead(sents [][2]int, out []Stance) []Stance {
	var at []int // the sentence of each position's cue, found once
	for k, sr := range sents {
		if k+1 >= len(sents) || sr[1]-sr[0] > 16 || p.question(sr[1]) {
			continue
		}
		subj := p.subjectActors(sr[0], sr[1])
		if len(subj) != 1 || subj[0] != "WEST" && subj[0] != "LIKE_MINDED" || !p.campOpens(sr[0], sr[1]) {
			continue
		}
		if at == nil {
			at = make([]int, len(out))
			for i, o := range out {
				at[i] = p.cueSentence(sents, o.Cue)
			}
		}
		if slices.Contains(at, k) {
			continue // the camp's own position: campMembers
		}
		camp := subj[0]
		for n := k + 1; n < len(sents); n++ {
			if contrastOpeners[p.toks[sents[n][0]].low] {
				break
			}
			found := false
			for i, o := range out {
				if at[i] != n || len(namedOnly(o.Actors)) == 0 || slices.Contains(o.Actors, camp) {
					continue
				}
				if slices.ContainsFunc(out, func(x Stance) bool {
					return x.Issue == o.Issue && x.Value == flip(o.Value) && slices.Contains(x.Actors, camp)
				}) {
					continue
				}
				out[i].Actors = appendActor(out[i].Actors, camp)
				found = true
			}
			if !found {
				break
			}
		}
	}
	return out
}

// campOpens reports a sentence [ss, se) that opens with the name of a
// camp ("Western delegations", "Most Western governments") and holds no
// "but" or "not" ("The Western group is more cohesive but not
// monolithic" introduces no common line).
func (p *para) campOpens(ss, se int) bool {
	k := ss
	if w := p.toks[k].low; w == "the" || w == "most" || w == "many" || w == "several" || w == "all" {
		k++
	}
	m, ok := p.actorAt(k)
	if !ok || m.code != "WEST" && m.code != "LIKE_MINDED" {
		return false
	}
	return !p.anyWord(ss, se, butNotWords)
}

// cueSentence returns the index in sents of the sentence that holds a
// position's cue, or -1.
func (p *para) cueSentence(sents [][2]int, cue string) int {
	ci, _, ok := p.cueSpan(cue)
	if !ok {
		return -1
	}
	return slices.IndexFunc(sents, func(sr [2]int) bool { return ci >= sr[0] && ci < sr[1] })
}

// contrastOpeners open a sentence that turns against the one before.
var contrastOpeners = map[string]bool{"yet": true, "but": true, "however": true, "still": true, "although": true, "though": true}

// objectors moves the States listed after "over the objections of" (or
// "despite the objections of", "over the opposition of") in the sentence
// [ss, se) from the favor positions of the sentence (out[sentStart:]) to
// the against side: "The Programme of Action was pushed through the
// General Assembly over the objections of Russia, China and Iran" is
// against for all three, whoever else holds the favor side.
func (p *para) objectors(ss, se, sentStart int, out []Stance) []Stance {
	var list []string
	for k := ss; k+3 < se && list == nil; k++ {
		w, n := p.toks[k].low, p.toks[k+1].low
		if (w == "over" || w == "despite" || w == "against") && (n == "the" || n == "strong" || n == "vocal") {
			k++
			n = p.toks[k+1].low
		}
		if (w != "over" && w != "despite" && w != "against") || (n != "objections" && n != "objection" && n != "opposition") || p.toks[k+2].low != "of" && p.toks[k+2].low != "from" {
			continue
		}
		if _, ok := p.actorAt(k + 3); ok {
			list = p.listFrom(k+3, se)
		}
	}
	if len(list) == 0 {
		return out
	}
	n := len(out)
	for i := sentStart; i < n; i++ {
		st := &out[i]
		if st.Value == "against" && holdsAny(st.Actors, list) {
			st.Actors = appendActor(st.Actors, list...)
		}
		if st.Value != "favor" {
			continue
		}
		st.Actors = slices.DeleteFunc(st.Actors, func(c string) bool { return contains(list, c) })
		if !holds(out, st.Issue, list) {
			out = append(out, Stance{Issue: st.Issue, Value: "against", Actors: slices.Clone(list), Cue: st.Cue})
		}
	}
	return out
}

// claimFrame is a claim a favor or against verb answers, with the States
// whose claim it is: "reject Russia's argument that", "cannot accept the
// claim of the United States that", "cannot accept the proposition,
// advanced this week by the United States, that".
type claimFrame struct {
	noun, that int
	owners     []string
	against    bool // the verb rejects the claim
}

// narrowingVerbs narrow what they act on rather than back or oppose it.
var narrowingVerbs = map[string]bool{"restrict": true, "limit": true, "confine": true, "narrow": true, "reserve": true, "widen": true, "broaden": true, "extend": true}

// attemptFrame finds an attempt with named authors between the cue at ci
// and the hit at hi: "[cannot accept] the persistent efforts of Western
// countries to [present the so-called framework ...]". It returns the
// authors, the "to" that opens the attempted act and the attempt noun.
func (p *para) attemptFrame(ss, ci, hi int) (owners []string, to, noun int, ok bool) {
	for n := max(ss, ci-3); n < hi && n-ci <= 6; n++ {
		if !attemptNouns[p.toks[n].low] || n+2 >= hi || p.toks[n].quoted {
			continue
		}
		if p.markBefore(n+1, ",") && (voicingVerbs[p.toks[n+1].low] || sponsorVerbs[p.toks[n+1].low]) {
			// "the initiative, promoted by France and backed by the
			// European Union, to establish ...": the aside's "by" lists
			// are the authors, "to" follows its closing comma
			if owners, to, ok := p.byAside(n+1, hi); ok {
				return owners, to, n, true
			}
			return nil, 0, 0, false
		}
		at := n + 2
		if w := p.toks[n+1].low; w != "of" && w != "by" {
			// "the proposals put forward by Germany, the Netherlands and
			// others to attach ..."
			at = -1
			for k := n + 1; k < hi && k <= n+3; k++ {
				if p.toks[k].low == "by" && k > n+1 && (voicingVerbs[p.toks[n+1].low] || expressedVerbs[p.toks[n+1].low]) {
					at = k + 1
					break
				}
			}
			if at < 0 {
				return nil, 0, 0, false
			}
		}
		if _, named := p.actorAt(at); !named {
			return nil, 0, 0, false // "the proposal by several non-EU delegations"
		}
		list := p.listFrom(at, hi)
		if len(list) == 0 {
			return nil, 0, 0, false
		}
		// the list's end, then "to" within a few words ("and other Western
		// delegations to")
		end := at
		for _, m := range p.actors {
			if m.i >= at && m.j <= hi && slices.Contains(list, m.code) {
				end = max(end, m.j)
			}
		}
		for k := end; k < hi && k <= end+3; k++ {
			if p.toks[k].clause {
				break
			}
			if p.toks[k].low == "to" {
				if k+1 < hi && narrowingVerbs[p.toks[k+1].low] {
					// "attempts by some Western countries to restrict the
					// directory to so-called significant incidents": a
					// dispute over its scope, no position on it
					return nil, 0, 0, false
				}
				return list, k, n, true
			}
		}
		return nil, 0, 0, false
	}
	return nil, 0, 0, false
}

// byAside returns the actors of the "by" lists in an aside that opens at
// k, after a comma, and closes with a comma right before "to" (before hi),
// and where that "to" is.
func (p *para) byAside(k, hi int) ([]string, int, bool) {
	var owners []string
	for c := k + 1; c < hi && c <= k+14; c++ {
		if p.markBefore(c, ",") {
			if p.toks[c].low != "to" || len(owners) == 0 {
				return nil, 0, false
			}
			return owners, c, true
		}
		if p.toks[c].low == "by" {
			owners = appendActor(owners, p.byList(c, hi)...)
		}
	}
	return nil, 0, false
}

// contactClauseOwners returns the subject of a relative clause with no
// pronoun between a claim noun and its "that" at th, from k: "the
// argument [the delegation of China made on Tuesday], that ...".
func (p *para) contactClauseOwners(k, th int) []string {
	if p.toks[k].clause {
		return nil
	}
	var m actorMention
	ok := false
	for _, a := range p.actors {
		if a.i >= k && a.i <= k+3 && a.j < th {
			m, ok = a, true
			break
		}
	}
	if !ok {
		return nil
	}
	for t := k; t < m.i; t++ {
		if w := p.toks[t].low; w != "the" && w != "of" && !possessedSpeakers[w] {
			return nil
		}
	}
	for v := m.j; v < th && v <= m.j+1; v++ {
		if !voicingVerbs[p.toks[v].low] {
			continue
		}
		for b := m.j; b < th-1; b++ {
			if p.toks[b].clause {
				return nil // the clause ends before "that" only at its comma
			}
		}
		return []string{m.code}
	}
	return nil
}

// claimFrame finds the claim frame whose "that" opens the clause of the
// hit at hi, in the sentence starting at ss.
func (p *para) claimFrame(ss, hi int, prior []string) (claimFrame, bool) {
	th := -1
	for k := hi - 1; k > ss && k >= hi-8; k-- {
		if p.toks[k].low == "that" {
			th = k
			break
		}
	}
	if th < 0 {
		return claimFrame{}, false
	}
	var f claimFrame
	f.that = th
	owner := func(from, to int) []string {
		var out []string
		for _, m := range p.actors {
			if m.i >= from && m.j <= to && !p.toks[m.i].quoted {
				out = appendActor(out, m.code)
			}
		}
		return out
	}
	start := -1 // where the claim's noun phrase starts
	switch {
	case th-1 > ss && claimNouns[p.toks[th-1].low]:
		// "Russia's argument that", "the United States' claim that"
		f.noun, start = th-1, th-1
		for _, m := range p.actors {
			if m.j == f.noun-1 && p.toks[m.j].low == "s" || m.j == f.noun && strings.ContainsAny(p.text[p.toks[m.j-1].e:p.toks[f.noun].s], "'’") {
				f.owners, start = []string{m.code}, m.i
			}
		}
	default:
		// "the claim of the United States that"; "the proposition,
		// advanced this week by the United States, that"
		for n := th - 2; n > ss && n >= th-12; n-- {
			if !claimNouns[p.toks[n].low] {
				continue
			}
			f.noun, start = n, n
			if p.toks[n+1].low == "of" {
				if o := owner(n+2, th); len(o) > 0 && !p.toks[n+2].clause {
					f.owners = o
				}
			} else if o := p.contactClauseOwners(n+1, th); len(o) > 0 {
				// "the argument the delegation of China made on Tuesday,
				// that ..."
				f.owners = o
			} else if p.markBefore(n+1, ",") && p.markBefore(th, ",") || n+2 < th && voicingVerbs[p.toks[n+1].low] && p.toks[n+2].low == "by" {
				// (or with no commas: "the argument advanced by Russia and
				// Cuba that ...")
				for k := n + 1; k < th-1; k++ {
					if voicingVerbs[p.toks[k].low] {
						for b := k + 1; b < th-1; b++ {
							if p.toks[b].low == "by" {
								f.owners = owner(b+1, th)
								if len(f.owners) == 0 && len(prior) > 0 && p.sameHolder(b+1, th) {
									// "the suggestion, made by the same
									// delegation, that ...": the holder
									// named before
									f.owners = slices.Clone(prior)
								}
								break
							}
						}
						break
					}
				}
			}
			break
		}
	}
	if len(f.owners) == 0 {
		return p.agreedWith(ss, th)
	}
	// the verb that answers the claim: right before it, over an article
	if start-1 > ss && (p.toks[start-1].low == "the" || p.toks[start-1].low == "this" || p.toks[start-1].low == "that" || p.toks[start-1].low == "any") {
		start--
	}
	for _, c := range p.cues {
		// the verb before the claim's noun, or a cue that ends with the
		// noun ("share the view")
		if (c.j == start || c.j == f.noun+1 && c.i < f.noun) && c.i >= ss && (c.class == cFavor || c.class == cAgainst) && !p.toks[c.i].quoted {
			f.against = c.class == cAgainst
			if negatedAt(p, max(ss, c.i-4), c.i) {
				f.against = !f.against
			}
			return f, true
		}
	}
	// "We are not persuaded by the argument, made by Cuba, that ...",
	// "Nor are we convinced by ...": persuaded accepts the claim
	if start-2 > ss && p.toks[start-1].low == "by" && (p.toks[start-2].low == "persuaded" || p.toks[start-2].low == "convinced") {
		f.against = negatedAt(p, max(ss, start-6), start-2)
		return f, true
	}
	return claimFrame{}, false
}

// agreedWith finds the claim frame of "We cannot agree with the Russian
// Federation, which told this Group on Tuesday that ...", "we disagree
// with Iran that ...": the States after "with" own the claim opened by the
// "that" at th, and the verb before them answers it.
func (p *para) agreedWith(ss, th int) (claimFrame, bool) {
	// "Nor could we follow China and Cuba when they insisted that ...":
	// not following them answers their claim
	for k := ss + 1; k+1 < th; k++ {
		if p.toks[k].low != "follow" || p.toks[k].quoted || !negatedAt(p, max(ss, k-4), k) {
			continue
		}
		l, end := p.asideList(k+1, th+1)
		if len(l) == 0 || end > th || p.saidThat(end, th+1) != th {
			continue
		}
		return claimFrame{noun: k, that: th, owners: l, against: true}, true
	}
	for _, c := range p.cues {
		if c.i < ss || c.j >= th || p.toks[c.i].quoted || c.class != cAlign && c.class != cFavor && c.class != cAgainst {
			continue
		}
		w := c.j // the first word after "with"
		switch {
		case p.toks[c.j-1].low == "with":
		case p.toks[c.j].low == "with" && c.class == cAgainst:
			w++ // "disagree with"
		default:
			continue
		}
		l, end := p.asideList(w, th+1)
		if len(l) == 0 || end > th {
			continue
		}
		if p.saidThat(end, th+1) != th {
			continue
		}
		f := claimFrame{noun: c.i, that: th, owners: l, against: c.class == cAgainst}
		if negatedAt(p, max(ss, c.i-4), c.i) {
			f.against = !f.against
		}
		return f, true
	}
	return claimFrame{}, false
}

// objectRelative gives the States of a relative clause whose object is
// the proposal of a position before it the value of their own verb: "We
// voted in favour of the resolution on the Programme of Action, which
// Russia, China and Iran did not support" gives those three the position
// against, and takes them out of the position for.
func (p *para) objectRelative(ss, se, sentStart int, out []Stance) []Stance {
	if len(out) == sentStart {
		return out
	}
	for k := ss + 2; k+2 < se; k++ {
		if p.toks[k].low != "which" || !p.toks[k].clause || p.toks[k].quoted {
			continue
		}
		list, end := p.openingList(k+1, se)
		if len(list) == 0 {
			continue
		}
		e := end
		for e < se && e-end < 4 && (negAux[p.toks[e].low] || echoAux[p.toks[e].low] || p.toks[e].low == "never" || p.toks[e].low == "openly" || p.toks[e].low == "firmly") {
			e++
		}
		class := -1
		var cj int
		for _, c := range p.cues {
			if c.i == e && (c.class == cFavor || c.class == cAgainst) {
				class, cj = c.class, c.j
			}
		}
		// the verb ends the clause: its object is the antecedent
		if class < 0 || cj < se && !p.toks[cj].clause && (!isFunctionWord(p.toks[cj].low) || p.toks[cj].low == "to") {
			continue
		}
		value := "favor"
		if class == cAgainst {
			value = "against"
		}
		if negatedAt(p, end, e) {
			value = flip(value)
		}
		n := len(out)
		for i := sentStart; i < n; i++ {
			si, sj, ok := p.cueSpan(out[i].Cue)
			if !ok || si >= k || sj <= k && k-sj > 16 || out[i].Value == "neutral" {
				continue
			}
			if out[i].Value != value && holdsAny(out[i].Actors, list) {
				out[i].Actors = slices.DeleteFunc(slices.Clone(out[i].Actors), func(a string) bool { return slices.Contains(list, a) })
				if len(out[i].Actors) == 0 {
					out[i].Cue = "" // all its holders answer it: dropped below
				}
			}
			out = addStance(out, Stance{Issue: out[i].Issue, Value: value, Actors: slices.Clone(list), Cue: p.text[p.toks[k].s:p.toks[cj-1].e]})
		}
		return slices.DeleteFunc(out, func(st Stance) bool { return st.Cue == "" })
	}
	return out
}

// lineNouns are the nouns by which a relative clause takes up the
// position before it: "..., a line that Beijing would later make its own",
// "..., a concern Russia has echoed".
var lineNouns = map[string]bool{"line": true, "view": true, "position": true, "argument": true, "approach": true, "point": true, "stance": true, "case": true, "idea": true,
	"concern": true, "worry": true, "warning": true, "claim": true}

// shareVerbs take up a line: "a view that Iran shares", "a line that
// Beijing later adopted".
var shareVerbs = map[string]bool{"shares": true, "shared": true, "share": true, "echoed": true, "echoes": true, "echo": true, "adopted": true, "adopts": true, "adopt": true,
	"endorsed": true, "endorses": true, "endorse": true, "supported": true, "supports": true, "support": true, "backed": true, "backs": true, "back": true, "make": true, "made": true, "makes": true, "took": true, "take": true, "takes": true,
	"promoted": true, "promotes": true, "championed": true, "champions": true, "advocated": true, "advocates": true, "favoured": true, "favours": true, "favored": true, "favors": true}

// needsOwn are the shareVerbs that take up a line only with "its own" or
// "up" after them.
var needsOwn = map[string]bool{"make": true, "made": true, "makes": true, "took": true, "take": true, "takes": true}

// sharedLine adds the actors of a relative clause that takes up the
// position before it in the sentence [ss, se) to the positions of the
// sentence (out[sentStart:]) whose cue comes before it: "Russian
// diplomats argued that every State is entitled to protect its
// information space from outside interference, a line that Beijing would
// later make its own" gives the position to China too. "make" and "take"
// need "its own" or "up" after them.
func (p *para) sharedLine(ss, se, sentStart int, out []Stance) []Stance {
	if len(out) == sentStart {
		return out
	}
	for k := ss + 1; k+3 < se; k++ {
		if !lineNouns[p.toks[k].low] || p.toks[k].quoted {
			continue
		}
		at := k + 2 // the relative clause's subject
		if p.toks[k+1].low != "that" && p.toks[k+1].low != "which" {
			// ", an idea China has promoted": an appositive whose
			// relative pronoun is left out
			if d := p.toks[k-1].low; d != "a" && d != "an" || !p.markBefore(k-1, ",") {
				continue
			}
			at = k + 1
		}
		// "Our view, which the EU shares, is that ...": the speaker's line,
		// stated after the clause
		own := k-1 == ss && (p.toks[ss].low == "our" || p.toks[ss].low == "my")
		if d := p.toks[k-1].low; d != "a" && d != "an" && d != "the" && d != "this" && d != "that" && !own {
			continue
		}
		subj, end := p.openingList(at, se)
		if len(subj) == 0 {
			continue
		}
		for end < se && end-k < 12 && !shareVerbs[p.toks[end].low] && !p.toks[end].clause && (isFunctionWord(p.toks[end].low) || strings.HasSuffix(p.toks[end].low, "ly") || echoAux[p.toks[end].low] || sameAux[p.toks[end].low] || p.toks[end].low == "soon") {
			end++
		}
		if end >= se || !shareVerbs[p.toks[end].low] || negatedAt(p, max(k, end-3), end+1) {
			continue
		}
		if needsOwn[p.toks[end].low] && !(end+2 < se && p.toks[end+1].low == "its" && p.toks[end+2].low == "own" || end+1 < se && p.toks[end+1].low == "up") {
			continue // "make its own", "took up"; not "made clear"
		}
		for i := sentStart; i < len(out); i++ {
			if ci, _, ok := p.cueSpan(out[i].Cue); ok && (ci < k || own && ci > end) {
				out[i].Actors = appendActor(out[i].Actors, subj...)
			}
		}
		return out
	}
	return out
}

// sharedBy gives the States listed after a position's sharers the
// positions stated before them in the sentence: an appositive ("Russia
// wants the OEWG itself made permanent, a preference shared by Cuba and
// Iran") or a passive "joined by" ("The EU and its member States support
// the PoA, and they are joined by the United Kingdom and Japan").
func (p *para) sharedBy(ss, se, sentStart int, out []Stance) []Stance {
	if len(out) == sentStart {
		return out
	}
	for k := ss + 2; k+2 < se; k++ {
		if p.toks[k+1].low != "by" || p.toks[k].quoted {
			continue
		}
		from := k
		n := k - 1 // the noun
		also := p.toks[n].low == "also"
		if also {
			n-- // ", a position also advanced by"
		}
		switch w := p.toks[k].low; {
		case (sharerVerbs[w] || also && holderVerbs[w]) && sharedNouns[p.toks[n].low] && n-1 > ss && (p.toks[n-1].low == "a" || p.toks[n-1].low == "an") && p.markBefore(n-1, ","):
			from = n - 1 // ", a preference shared by"
		case w == "joined" && beWords[p.toks[k-1].low]:
		default:
			continue
		}
		end := k + 2
		for end < se && !p.markBefore(end, ";") {
			end++ // the list ends with its clause: "...; Pakistan and Iran, on the other hand, ..."
		}
		l := p.byList(k+1, end)
		if len(l) == 0 || negatedAt(p, max(ss, from-3), k) {
			continue
		}
		for i := sentStart; i < len(out); i++ {
			if ci, _, ok := p.cueSpan(out[i].Cue); ok && ci < from && ci >= ss && out[i].Value != "neutral" && !slices.Contains(out[i].Actors, "AUTHOR") && len(out[i].Actors) > 0 {
				out[i].Actors = appendActor(out[i].Actors, l...)
			}
		}
		return out
	}
	return out
}

// likeUs gives the States of "like A, B and C," right before a
// first-person subject the positions the sentence gives that subject:
// "But, like Cuba, Iran and Nicaragua, we are not persuaded that a second
// track would ...".
func (p *para) likeUs(ss, se, sentStart int, out []Stance, own []string) []Stance {
	if len(out) == sentStart || len(own) == 0 {
		return out
	}
	for k := ss; k+2 < se; k++ {
		if p.toks[k].low != "like" || p.toks[k].quoted || k > ss && !p.toks[k].clause && p.toks[k-1].low != "but" && p.toks[k-1].low != "and" {
			continue
		}
		l, end := p.asideList(k+1, se)
		// the list is set off by a comma and a first-person subject follows
		if len(l) == 0 || end >= se || !p.markBefore(end, ",") || !p.has(cFirst, end, end+1) {
			continue
		}
		for i := sentStart; i < len(out); i++ {
			if _, cj, ok := p.cueSpan(out[i].Cue); ok && cj > end && out[i].Value != "neutral" && slices.Equal(out[i].Actors, own) {
				out[i].Actors = appendActor(slices.Clone(out[i].Actors), l...)
			}
		}
		return out
	}
	return out
}

// delegationOpener reports a sentence that opens with a pronoun phrase
// for the State named before ("Its delegation argued that ...", "The
// delegation argued ..."): its "It went further" after it is still that
// State's, so the memory stays.
func (p *para) delegationOpener(ss, se int) bool {
	if se-ss <= 2 || !p.has(cPronoun, ss, ss+1) {
		return false
	}
	w := p.toks[ss].low
	return w == "its" || w == "their" || w == "the" && p.toks[ss+1].low == "delegation"
}

// shareOurs gives the States that open a sentence with "share our view
// that ..." the positions stated after it, with the speaker's own: "The
// United Kingdom and other like-minded partners share our view that the
// Directory must be put to work" is theirs and ours.
func (p *para) shareOurs(ss, se, sentStart int, out []Stance, own []string) []Stance {
	if len(out) == sentStart || len(own) == 0 {
		return out
	}
	subj, end := p.openingList(ss, se)
	if len(subj) == 0 {
		return out
	}
	for k := end; k+2 < se && k-end <= 3; k++ {
		if p.toks[k].clause && k > end {
			return out
		}
		if w := p.toks[k].low; w != "share" && w != "shares" && w != "shared" || p.toks[k+1].low != "our" || !sharedNouns[p.toks[k+2].low] || negatedAt(p, max(ss, k-3), k) {
			continue
		}
		for i := sentStart; i < len(out); i++ {
			if ci, _, ok := p.cueSpan(out[i].Cue); ok && ci > k && out[i].Value != "neutral" {
				out[i].Actors = appendActor(appendActor(slices.Clone(out[i].Actors), own...), subj...)
			}
		}
		return out
	}
	return out
}

// unlikeAside takes the States of an aside "Unlike A and B," out of the
// positions the rest of the sentence states: "Unlike Russia and China,
// Brazil supports the programme of action" is Brazil's alone.
func (p *para) unlikeAside(ss, se int, out []Stance) []Stance {
	for k := ss; k+2 < se; k++ {
		if p.toks[k].low != "unlike" || p.toks[k].quoted || k > ss && !p.toks[k].clause {
			continue
		}
		l, end := p.asideList(k+1, se)
		if len(l) == 0 || end >= se || !p.markBefore(end, ",") {
			continue
		}
		for i := range out {
			if _, cj, ok := p.cueSpan(out[i].Cue); !ok || cj <= end || cj > se || len(out[i].Actors) <= 1 {
				continue
			}
			kept := slices.DeleteFunc(slices.Clone(out[i].Actors), func(c string) bool {
				return slices.Contains(l, c) && !slices.ContainsFunc(p.actors, func(m actorMention) bool { return m.code == c && m.i >= end && m.i < se })
			})
			if len(kept) > 0 {
				out[i].Actors = kept
			}
		}
	}
	return out
}

// asideList returns the actors of a list that starts at from and ends
// with its clause ("Russia and China" in "Unlike Russia and China, Brazil
// ..."), and where it ends.
func (p *para) asideList(from, se int) ([]string, int) {
	var items []actorMention
	last, joined := from, -1 // joined: the first item an "and" or "or" joins, which ends the list
	for _, m := range p.actors {
		if m.i < from {
			continue
		}
		if m.i >= se || len(items) == 0 && m.i-from > 1 || m.i > last && !listGlue(p.toks[last:m.i]) {
			break
		}
		if joined < 0 && len(items) > 0 && (m.i > last && (p.toks[m.i-1].low == "and" || p.toks[m.i-1].low == "or") || m.i-last >= 2 && (p.toks[m.i-2].low == "and" || p.toks[m.i-2].low == "or")) {
			joined = len(items)
		}
		items = append(items, m)
		last = m.j
	}
	if len(items) == 0 {
		return nil, from
	}
	// "Unlike Russia, Brazil ...": with no "and", the comma ends the aside
	n := max(joined+1, 1)
	var l []string
	for _, m := range items[:n] {
		l = appendActor(l, m.code)
	}
	return l, items[n-1].j
}

// neitherTail gives the States of a clause "and neither do X" (or "and
// nor do X") that closes a sentence the sentence's positions: "But
// we don't accept that sovereignty gives a government the right to cut
// its people off, and neither do the European Union or most Western
// countries".
func (p *para) neitherTail(ss, se, sentStart int, out []Stance) []Stance {
	if len(out) == sentStart {
		return out
	}
	for k := se - 3; k > ss; k-- {
		if p.toks[k].low != "and" || !p.toks[k].clause {
			continue
		}
		if w := p.toks[k+1].low; (w != "neither" && w != "nor") || !sameAux[p.toks[k+2].low] {
			return out
		}
		l, end := p.openingList(k+3, se)
		if len(l) == 0 || end < se && !p.toks[end].clause {
			return out
		}
		for i := sentStart; i < len(out); i++ {
			if ci, _, ok := p.cueSpan(out[i].Cue); ok && ci < k && out[i].Value != "neutral" && len(namedOnly(out[i].Actors)) > 0 {
				out[i].Actors = appendActor(out[i].Actors, l...)
			}
		}
		return out
	}
	return out
}

// sharerVerbs and sharedNouns make the appositive of sharedBy.
var (
	sharerVerbs = map[string]bool{"shared": true, "echoed": true, "supported": true, "backed": true, "endorsed": true, "seconded": true}
	sharedNouns = map[string]bool{"view": true, "position": true, "preference": true, "concern": true, "demand": true, "stance": true, "line": true, "argument": true, "approach": true, "call": true, "idea": true, "proposal": true,
		"solution": true, "option": true, "reading": true}
	// holderVerbs name who holds a position; after "also" they share it
	// (", a solution also favoured by Cuba and Indonesia")
	holderVerbs = map[string]bool{"advanced": true, "favoured": true, "favored": true, "held": true, "taken": true, "voiced": true, "defended": true, "championed": true, "promoted": true, "expressed": true}
	beWords     = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "being": true}
)

// contrastWords open a clause set against the one before: ", while
// Russia insisted ...", "; whereas Kenya ...", "By contrast, China ...".
var contrastWords = map[string]bool{"while": true, "whereas": true, "but": true, "however": true, "yet": true, "conversely": true}

// contrasts gives the actors that open a clause set against a position
// just stated the opposite value on its issue, when the clause states no
// position and names no issue of its own: "Western delegations argued
// that experts should take part on a permanent basis, while Russia and
// Iran insisted that any State must keep the right to block individual
// organisations" gives Russia and Iran multistakeholder against. The
// clause is one of clauseSpans opening with "while", "whereas" or "but",
// one after a semicolon whose cue is an against or counter cue, or a
// sentence opening with a contrast ("By contrast, China ...", "However,
// Japan ..."); the positions set against are the clause
// before's in the sentence, or else those of the paragraph's last
// sentence with positions. A clause whose favor or align cue refers back
// ("while China supported it") shares the position instead (see echo)
// and gets nothing here; so does one whose cue is negated.
func (t *Tagger) contrasts(p *para, ss, se, sentStart int, hits []issueHit, out []Stance) []Stance {
	ends := p.clauseSpans(ss, se)
	a := ss
	for _, b := range ends {
		start := a
		a = b
		at := start
		switch {
		case start > ss && contrastWords[p.toks[start].low]:
			at++
		case start > ss && p.markBefore(start, ";"):
			// "Russia called for a treaty; Canada and Japan objected that
			// ...": only an against or counter cue sets it against
		case start == ss:
			at = p.contrastOpener(ss, se)
			if at == ss {
				continue
			}
		default:
			continue
		}
		subj, end := p.openingList(at, b)
		if len(subj) == 0 || end >= b || slices.ContainsFunc(out, func(st Stance) bool { ci, _, ok := p.cueSpan(st.Cue); return ok && ci >= start && ci < b }) || hitIn(hits, start, b) {
			continue
		}
		cue, ok := cueHit{}, false
		for _, c := range p.cues {
			if c.i >= end && c.j <= b && c.i-end <= 4 && (c.class <= cNormative || c.class == cReport || c.class == cCounter) && !p.toks[c.i].quoted {
				cue, ok = c, true
				break
			}
		}
		semi := !contrastWords[p.toks[start].low] && start > ss
		if !ok || semi && cue.class != cAgainst && cue.class != cCounter || p.has(cNeutral, start, b) || negatedAt(p, max(start, cue.i-4), cue.j) || cue.j < b && (echoBack[p.toks[cue.j].low] || demonstratives[p.toks[cue.j].low] && cue.j+1 < b && p.demonstrativeObject(cue.j+1, b)) {
			continue
		}
		// the positions set against: those of the clause before, in this
		// sentence, or of the paragraph's last sentence with some
		var against []Stance
		last := -1 // the sentence of the positions in against
		for _, st := range out {
			ci, _, ok := p.cueSpan(st.Cue)
			if !ok || ci >= start || st.Value == "neutral" || !contested[st.Issue] || holdsAny(st.Actors, subj) {
				continue
			}
			if start > ss && ci < ss {
				continue // a clause sets itself against its own sentence
			}
			switch s := p.toks[ci].sent; {
			case s > last:
				last, against = s, append(against[:0], st)
			case s == last:
				against = append(against, st)
			}
		}
		for _, st := range against {
			if !holds(out, st.Issue, subj) {
				out = addStance(out, Stance{Issue: st.Issue, Value: flip(st.Value), Actors: slices.Clone(subj), Cue: p.text[p.toks[at].s:p.toks[b-1].e]})
			}
		}
	}
	return out
}

// contested are the issues on which a clause set against a position takes
// the other side; on the directory and technology neutrality it mostly
// argues about scope ("the United Kingdom prefers to confine it to serious
// incidents").
var contested = map[string]bool{"binding_instrument": true, "charter_applies": true, "ihl_applies": true, "new_norms": true, "framework_acquis": true, "programme_of_action": true, "multistakeholder": true, "cyber_sovereignty": true}

// contrastOpener returns where the subject of a sentence that opens with
// a contrast starts ("By contrast, China ...", "However, Japan ...", "On
// the other hand, ..."), or ss when it opens otherwise.
func (p *para) contrastOpener(ss, se int) int {
	k := ss
	switch {
	case k+2 < se && (p.toks[k].low == "by" || p.toks[k].low == "in") && p.toks[k+1].low == "contrast":
		k += 2
	case k+4 < se && p.toks[k].low == "on" && p.toks[k+1].low == "the" && p.toks[k+2].low == "other" && p.toks[k+3].low == "hand":
		k += 4
	case k+1 < se && (p.toks[k].low == "however" || p.toks[k].low == "conversely" || p.toks[k].low == "whereas"):
		k++
	default:
		return ss
	}
	return k
}

// holdsAny reports whether any of codes is among actors.
func holdsAny(actors, codes []string) bool {
	return slices.ContainsFunc(codes, func(c string) bool { return contains(actors, c) })
}

// rebuttals gives the speaker of a statement the opposite of a position
// it reports hearing from others ("We have heard calls for an expanded list
// of norms. ... But we fail to see what a twelfth norm would add.") when a
// later sentence of the paragraph rebuts it (opens with "But", "However",
// "With respect", or negates a first-person subject) and the speaker holds
// no position on that issue in the paragraph.
func (t *Tagger) rebuttals(p *para, sents [][2]int, out []Stance, v *voice) []Stance {
	own := v.own()
	if v.kind != kindStatement || len(own) == 0 {
		return out
	}
	n := len(out)
	// the last position read from a sentence is its outer one: "argue that
	// acknowledging that IHL applies would legitimise ..." is against
	for k := n - 1; k >= 0; k-- {
		st := out[k]
		if holdsAny(st.Actors, own) || slices.Contains(st.Actors, "AUTHOR") || st.Value == "neutral" {
			continue
		}
		ci, cj, ok := p.cueSpan(st.Cue)
		if !ok {
			continue
		}
		sent := p.toks[ci].sent
		at := slices.IndexFunc(sents, func(sr [2]int) bool { return ci >= sr[0] && ci < sr[1] })
		if at < 0 {
			continue // a cue outside the sentences read (p.sentences skips empty ones)
		}
		_, heard := p.hearsayBefore(sents[at][0], cj)
		if !heard && (len(st.Actors) > 0 || !p.reportedByOthers(sents[at][0], ci)) || holds(out, st.Issue, own) {
			continue
		}
		// a view others were named holding needs more than "But" or "Yet"
		// to be rebutted ("We understand the concern. Yet the checklist
		// shows ..." need not reject it); so does one that unnamed others
		// were only reported holding ("Some delegations argue that ...")
		named := len(st.Actors) > 0 || !heard
		for _, sr := range sents {
			if p.toks[sr[0]].sent <= sent || !p.rebuts(sr[0], sr[1], named, own) {
				continue
			}
			out = addStance(out, Stance{Issue: st.Issue, Value: flip(st.Value), Actors: slices.Clone(own), Cue: p.text[p.toks[sr[0]].s:p.toks[sr[1]-1].e]})
			break
		}
	}
	return out
}

// reportedByOthers reports a verb of saying in [ss, anchor) whose subject
// is not the speaker: "Some delegations still argue that ...".
func (p *para) reportedByOthers(ss, anchor int) bool {
	for _, c := range p.byClass[cReport] {
		if c.i >= ss && c.j <= anchor && !p.toks[c.i].quoted && !p.firstSubject(ss, c.i) {
			return true
		}
	}
	return false
}

// viewNouns name a view that an appositive attributes to its authors:
// "the notion, advanced by China and Russia, that ...".
var viewNouns = map[string]bool{"notion": true, "idea": true, "view": true, "claim": true, "argument": true, "suggestion": true, "proposition": true, "position": true, "thesis": true, "contention": true}

// voicingVerbs are the participles of such an appositive.
var voicingVerbs = map[string]bool{"advanced": true, "put": true, "promoted": true, "championed": true, "pushed": true, "held": true, "defended": true,
	"espoused": true, "voiced": true, "expressed": true, "favoured": true, "favored": true, "floated": true, "made": true, "shared": true,
	"pressed": true, "offered": true, "presented": true, "raised": true, "repeated": true}

// appositiveAuthors gives the authors named in an appositive of a view
// the position of the that-clause after it: in "The Council rejects the
// notion, advanced in particular by China and the Russian Federation, that
// States enjoy sovereignty over a national information space" China and
// Russia are for what the Council is against; in "shares the view, voiced
// by Morocco, that IHL governs ..." they agree; after "we have taken note
// of the view, expressed by Russia, that ..." the position is theirs alone.
func (p *para) appositiveAuthors(sents [][2]int, out []Stance) []Stance {
	for _, sr := range sents {
		ss, se := sr[0], sr[1]
		for k := ss + 1; k+4 < se; k++ {
			if !viewNouns[p.toks[k].low] || p.toks[k].quoted || !p.markBefore(k+1, ",") || !voicingVerbs[p.toks[k+1].low] {
				continue
			}
			b := slices.IndexFunc(p.toks[k+2:min(se, k+6)], func(t tok) bool { return t.low == "by" })
			if b < 0 {
				continue
			}
			b += k + 2
			authors := p.byList(b, se)
			that := -1
			for x := b + 1; x < se && x <= b+14; x++ {
				if p.toks[x].low == "that" && p.markBefore(x, ",") {
					that = x
					break
				}
			}
			if len(authors) == 0 || that < 0 {
				continue
			}
			_, heard := p.hearsayBefore(ss, k)
			rejected := negatedAt(p, ss, k) || p.has(cAgainst, ss, k) || p.has(cCounter, ss, k)
			n := len(out)
			for x := 0; x < n; x++ {
				st := out[x]
				ci, _, ok := p.cueSpan(st.Cue)
				if !ok || ci < ss || ci >= se || st.Value == "neutral" || slices.Contains(st.Actors, "AUTHOR") {
					continue
				}
				if len(st.Actors) > 0 && !slices.ContainsFunc(st.Actors, func(a string) bool { return !slices.Contains(authors, a) }) {
					continue // the authors' own claim (claimFrame)
				}
				value := st.Value
				switch {
				case heard:
					out[x].Actors = slices.Clone(authors)
					continue
				case rejected:
					value = flip(value)
				}
				if value != st.Value {
					out[x].Actors = slices.DeleteFunc(slices.Clone(st.Actors), func(a string) bool { return slices.Contains(authors, a) })
					if len(out[x].Actors) == 0 && len(st.Actors) > 0 {
						out[x].Cue = "" // all its holders were the authors: dropped below
					}
				}
				out = addStance(out, Stance{Issue: st.Issue, Value: value, Actors: slices.Clone(authors), Cue: p.text[p.toks[k].s:p.toks[that-1].e]})
			}
			out = slices.DeleteFunc(out, func(st Stance) bool { return st.Cue == "" })
			break // one appositive a sentence
		}
	}
	return out
}

// sponsorVerbs name the authoring of a proposal: "introduced by France",
// "promoted by the Russian Federation, and backed by Belarus".
var sponsorVerbs = map[string]bool{"introduced": true, "tabled": true, "sponsored": true, "submitted": true, "proposed": true, "promoted": true,
	"championed": true, "initiated": true, "backed": true, "authored": true, "drafted": true, "circulated": true, "presented": true, "advanced": true,
	"touted": true, "espoused": true, "led": true}

// asSponsored reports ", as" right before the participle at k: "a
// universal convention on ensuring international information security
// under the auspices of the UN, as proposed by Russia" names its sponsor
// however long the proposal's name.
func (p *para) asSponsored(k int) bool {
	return k > 0 && p.toks[k-1].low == "as" && p.markBefore(k-1, ",")
}

// voicedBy reports a notion promoted by its authors right after an
// issue's object (at from): "the notion of sovereignty over an information
// space promoted by China and the Russian Federation". Only proposals
// take their sponsors from other participles ("introduced", "tabled").
func voicedBy(p *para, from, se int) bool {
	for k := from; k+1 < se && k <= from+2; k++ {
		if (p.toks[k].low == "promoted" || p.toks[k].low == "championed" || p.toks[k].low == "advanced" || p.toks[k].low == "espoused" || p.toks[k].low == "pushed") && p.toks[k+1].low == "by" {
			return true
		}
	}
	return false
}

// authorsBefore returns the authors of the proposal named in [from, to)
// whose object, at to, is an issue: "the ideas put forward by Canada and
// Chile for opening the thematic groups to stakeholder contributions",
// "the proposal tabled by Kenya on a directory". The proposal's noun, a
// participle right after it and "by" its list, then "for", "on" or "to"
// and the object within a few words of the same clause.
func (p *para) authorsBefore(from, to, se int) []string {
	for k := from; k+3 < to; k++ {
		if w := p.toks[k].low; !proposalNoun[w] && w != "ideas" && w != "initiatives" || p.toks[k].quoted {
			continue
		}
		v := k + 1
		if p.toks[v].low == "put" && p.toks[v+1].low == "forward" {
			v++
		} else if !sponsorVerbs[p.toks[v].low] && p.toks[v].low != "made" && p.toks[v].low != "floated" {
			continue
		}
		if v+1 >= to || p.toks[v+1].low != "by" {
			continue
		}
		authors := p.byList(v+1, se)
		if len(authors) == 0 {
			continue
		}
		// the list ends, then "for"/"on"/"to" leads to the object
		end := v + 2
		for _, m := range p.actors {
			if m.i >= v+2 && m.j <= to && slices.Contains(authors, m.code) {
				end = max(end, m.j)
			}
		}
		if end < to && end+8 >= to && (p.toks[end].low == "for" || p.toks[end].low == "on" || p.toks[end].low == "to") && !slices.ContainsFunc(p.toks[end+1:to], func(t tok) bool { return t.clause }) {
			return authors
		}
	}
	return nil
}

// sponsorsAfter returns the actors that the words after a proposal (from
// its end at from) name as its authors or backers, and where their list
// ends, or nil: "the draft resolution on the Programme of Action
// introduced this year by France", "the convention promoted by Russia, and
// backed by Belarus and the DPRK". The participle must come within a few
// words of the proposal, and "by" within a few words of the participle.
func (p *para) sponsorsAfter(from, se int) ([]string, int) {
	var out []string
	end := -1
	for k := from; k < se && k < from+14; k++ {
		t := p.toks[k]
		if t.quoted || p.markBefore(k, ";") || p.has(cReport, k, k+1) || p.has(cFavor, k, k+1) && !p.sponsorVerbAt(k, se) || p.has(cAgainst, k, k+1) {
			break
		}
		if !p.sponsorVerbAt(k, se) || k-from > 6 && end < 0 && !(k-from <= 9 && p.formRelative(from, k)) && !p.asSponsored(k) || negatedAt(p, max(from, k-3), k) {
			continue
		}
		for b := k + 1; b < se && b <= k+4; b++ {
			if p.toks[b].low != "by" {
				continue
			}
			if l := p.byList(b, se); len(l) > 0 {
				out = appendActor(out, l...)
				for _, m := range p.actors {
					if m.i > b && m.j <= se && slices.Contains(l, m.code) {
						end = max(end, m.j-1)
					}
				}
			}
			break
		}
	}
	if end < 0 {
		return nil, 0
	}
	return out, end
}

// sponsorVerbAt reports a participle at k that names a proposal's
// authors after it: "introduced", "tabled", or "put forward" ("the concept
// of a convention put forward by the Russian Federation").
func (p *para) sponsorVerbAt(k, se int) bool {
	w := p.toks[k].low
	return sponsorVerbs[w] || (w == "put" || w == "brought") && k+1 < se && p.toks[k+1].low == "forward"
}

// formRelative reports a relative clause on the form of a proposal
// between its end at from and a participle at k: "the Programme of Action
// in the form in which it has been promoted by ...".
func (p *para) formRelative(from, k int) bool {
	for j := from; j+1 < k; j++ {
		if p.toks[j].low == "which" && (p.toks[j+1].low == "it" || p.toks[j+1].low == "they") {
			return true
		}
	}
	return false
}

// holds reports a position on issue held by one of actors in stances.
// choiceIssue returns the issue between whose options a refusal to choose
// in the sentence before declines to pick, named by the hits of the
// sentence after it: a binding instrument (against voluntary norms) or the
// Programme of Action (against a permanent working group); "" if the hits
// name neither.
func choiceIssue(hits []issueHit) string {
	for _, issue := range []string{"binding_instrument", "programme_of_action"} {
		if slices.ContainsFunc(hits, func(h issueHit) bool { return h.rule.issue == issue && h.rule.kind != "not" }) {
			return issue
		}
	}
	return ""
}

// notChosenYet reports a choice cue in [ss, se) that says its holder has
// not chosen between the options ("has not yet chosen between them"), not
// one that plays the choice down ("the label matters far less").
func (p *para) notChosenYet(ss, se int) bool {
	for _, c := range p.byClass[cChoice] {
		if c.i < ss || c.j > se {
			continue
		}
		for k := c.i; k < c.j; k++ {
			if w := p.toks[k].low; w == "chosen" || w == "decided" || w == "reached" || w == "formed" {
				return true
			}
		}
	}
	return false
}

// neutralIn takes actors out of the favor and against positions on issue
// in stances, in place.
func neutralIn(stances []Stance, issue string, actors []string) {
	for i, st := range stances {
		if st.Issue == issue && st.Value != "neutral" && holdsAny(st.Actors, actors) {
			stances[i].Actors = slices.DeleteFunc(slices.Clone(st.Actors), func(a string) bool { return contains(actors, a) })
		}
	}
}

func holds(stances []Stance, issue string, actors []string) bool {
	for _, st := range stances {
		if st.Issue != issue {
			continue
		}
		for _, a := range actors {
			if contains(st.Actors, a) {
				return true
			}
		}
	}
	return false
}

// rebuttalOpeners open a sentence that answers the one before.
var rebuttalOpeners = map[string]bool{"but": true, "however": true, "yet": true, "nevertheless": true, "nonetheless": true}

// rebuts reports a sentence [ss, se) that rebuts what came before: it
// opens with "But" or "However" (unless a strong rebuttal is asked for) or
// with "With (all due) respect", its subject (first person, or one of
// own by name) is negated within a few words ("we do not see", "Poland
// cannot") or disagrees ("We respectfully disagree", "we read the
// situation differently", a counter phrase of cues.tsv), or it says the
// opposite is true ("We understand the concern, but we believe the
// opposite is true", "we draw the opposite conclusion"). A sentence with
// a neutral cue rebuts nothing.
func (p *para) rebuts(ss, se int, strong bool, own []string) bool {
	for _, c := range p.byClass[cNeutral] {
		if c.i >= ss && c.j <= se && !p.toks[c.i].quoted {
			return false // "For our part, we do not see this as an either-or choice"
		}
	}
	if !strong && rebuttalOpeners[p.toks[ss].low] || p.toks[ss].low == "with" && ss+1 < se && (p.toks[ss+1].low == "respect" || p.toks[ss+1].low == "all") {
		return true
	}
	subjects := slices.Clone(p.byClass[cFirst])
	for _, m := range p.actors {
		// the speaker by name: "Poland cannot go along with that approach"
		if m.i >= ss && m.i-ss <= 2 && slices.Contains(own, m.code) {
			subjects = append(subjects, cueHit{i: m.i, j: m.j})
		}
	}
	for _, h := range subjects {
		if h.i < ss || h.i >= se || p.toks[h.i].quoted {
			continue
		}
		if h.i-ss <= 4 && p.counterAfter(h.j, se) {
			return true // "We respectfully see it differently", "Poland cannot go along with that approach"
		}
		if h.i-ss <= 4 && negatedAt(p, h.j, min(se, h.j+4)) {
			return true
		}
		for k := h.j; k < se && k <= h.j+5 && !p.toks[k].clause; k++ {
			if disagreeWords[p.toks[k].low] {
				return true
			}
		}
	}
	for k := ss + 1; k+2 < se; k++ {
		if oppositeWords[p.toks[k].low] && p.toks[k-1].low == "the" && (p.toks[k+1].low == "is" && (p.toks[k+2].low == "true" || p.toks[k+2].low == "the") || p.toks[k+1].low == "conclusion" && p.firstSubject(ss, k)) && !p.toks[k].quoted {
			return true
		}
	}
	return false
}

// counterAfter reports a cue of the counter class within a few words
// after a subject that ends at from: "cannot go along with that approach",
// "respectfully see it differently".
func (p *para) counterAfter(from, se int) bool {
	for _, c := range p.byClass[cCounter] {
		if c.i >= from && c.j <= se && c.i-from <= 8 && !p.toks[c.i].quoted {
			return true
		}
	}
	return false
}

// disagreeWords, after a first-person subject, rebut what was heard: "We
// respectfully disagree", "we see things differently".
var disagreeWords = map[string]bool{"disagree": true, "differently": true, "differ": true}

// oppositeWords say that the reverse of what was heard holds: "the
// opposite is true", "the reverse is the case".
var oppositeWords = map[string]bool{"opposite": true, "reverse": true, "contrary": true}

// implicitStances finds the positions on the issue under discussion in a
// sentence that names no issue: a cue of the implicit class ("voted
// against", "the proposal", "its backers") stands for the issue named in
// the sentences just before ("... the resolution welcoming the Programme of
// Action. Voting against were China, Iran and Russia.").
//
// In a sentence that names issues (hits), only a phrase that is a cue itself
// and comes well after the last of them counts, and it stands for the last
// proposal named before it ("endorsed the PoA idea in a recorded vote in
// which China, Iran and Russia voted no"). Each implicit phrase gives its
// own position: "welcomed the proposal by 157 votes to 6, with China and
// Iran voting against" holds two.
func (t *Tagger) implicitStances(p *para, ss, se int, hits []issueHit, v *voice) []Stance {
	issue, from := v.current(), ss
	if len(hits) > 0 {
		issue = ""
		for k := len(hits) - 1; k >= 0 && issue == ""; k-- {
			if r := hits[k].rule; r.kind != "not" && proposals[r.issue] {
				issue = r.issue
			}
		}
		for _, h := range hits {
			from = max(from, h.j+5)
		}
	}
	if issue == "" {
		return nil
	}
	var out []Stance
	for _, m := range p.byClass[cImplicit] {
		if m.i < from || m.j > se || p.toks[m.i].quoted {
			continue
		}
		if len(hits) > 0 && !p.isCue(m) {
			continue
		}
		if m.j < se && ownComplement[p.toks[m.j].low] {
			continue // "supporters of this Call", "the proposal to ...": its object is named
		}
		if m.i > ss && asideOf[p.toks[m.i-1].low] {
			continue // "We understand the frustration behind that proposal": about it, not for it
		}
		if v.symbols != nil && p.symbolAfter(m.j, se) {
			continue // "voted against L.11": the draft is named by its symbol
		}
		if last := p.toks[m.j-1]; last.capInit && !last.sentInit && m.j-m.i > 1 {
			continue // "this Call", "the Plan": a named text, not the proposal under discussion
		}
		if p.severalTexts(m.j, min(se, m.j+3)) {
			continue // "voted for both drafts": more than one proposal
		}
		if v.kind == kindStatement && m.j-m.i == 2 && p.toks[m.j-1].low == "draft" {
			// in a statement "the draft" is the text under negotiation
			// ("we welcome the draft's recognition of ..."), not a proposal
			// named before (1 of 7 right in cross-validation)
			continue
		}
		h := issueHit{rule: issueRule{issue: issue, kind: "object"}, i: m.i, j: m.j}
		var value string
		var ci, cj, class int
		ok := false
		// the implicit phrase may be a cue itself ("voted against",
		// "backers"), not one that only ends with a cue word ("the
		// proposal": "dismissed the proposal" is governed from before it)
		inner := func(start bool) bool {
			for _, c := range p.cues {
				if (c.class == cFavor || c.class == cAgainst) && c.i < m.j && m.i < c.j && (c.i <= m.i) == start {
					value, ci, cj, class = "favor", min(c.i, m.i), max(c.j, m.j), c.class
					if c.class == cAgainst {
						value = "against"
					}
					if negatedAt(p, max(ss, c.i-4), c.i) {
						value = flip(value)
					}
					return true
				}
			}
			return false
		}
		ok = inner(true)
		if !ok {
			value, ci, cj, class, ok = t.valueOf(p, h, ss, se)
		}
		if !ok {
			// "never liked that proposal": the phrase's own cue word
			ok = inner(false)
		}
		if !ok || value == "neutral" {
			continue // "the draft is balanced" says nothing of the proposal
		}
		// the sponsor of the text under discussion does not hold what is
		// said about its proposal ("The draft attracted 72 co-sponsors")
		nv := *v
		nv.sponsor = nil
		actors, known := t.holder(p, ss, se, ci, h.i, ss, cj, class, &nv)
		// "Voting against were China, Iran and Russia", "the six no votes
		// came from China, ...", "signed on as supporters, among them Canada"
		if after := p.listAfter(cj, se); len(after) > 0 {
			if p.namedBefore(ss, ci) {
				actors = appendActor(actors, after...)
			} else {
				actors = after
			}
			known = true
		}
		if !known {
			continue
		}
		sp, at := p.sponsorsAfter(m.j, se)
		if len(sp) > 0 && value == "against" {
			// "The proposal, advanced by France and a group of
			// co-sponsors, would prejudge ...": its authors are for it
			actors = slices.DeleteFunc(actors, func(a string) bool { return slices.Contains(sp, a) })
			sort.Strings(sp)
			out = append(out, Stance{Issue: issue, Value: "favor", Actors: sp, Cue: p.text[p.toks[m.i].s:p.toks[at].e]})
		}
		sort.Strings(actors)
		out = append(out, Stance{Issue: issue, Value: value, Actors: actors, Cue: p.text[p.toks[ci].s:p.toks[cj-1].e]})
		from = cj // the next phrase is another position, not a part of this one
	}
	return append(out, p.tallies(issue, from, se)...)
}

// symbolStances finds the votes and stands on a draft the sentence names by
// its symbol alone ("we will vote against draft resolution L.60", "voted
// against L.11 and in favour of L.60"), when the document gave the symbol
// a title that names a proposal (Tagger.symbolIssues). The cue is the one
// right before the symbol, with at most "draft resolution", "of" or "the"
// between them, so that each symbol of "against L.11 and in favour of
// L.60" has its own; "abstained on L.60" holds no position.
func (t *Tagger) symbolStances(p *para, ss, se int, v *voice) []Stance {
	if v.symbols == nil {
		return nil
	}
	var out []Stance
	for k := ss; k+1 < se; k++ {
		issue, ok := v.symbols[p.symbolAt(k)]
		if !ok || p.toks[k].quoted {
			continue
		}
		g := k
		for g > ss && (p.symbolJoin(g) || symbolGap[p.toks[g-1].low]) {
			g-- // "A/C.1/78/L.60", "draft resolution L.60"
		}
		for _, c := range p.cues {
			if c.j != g || c.class != cFavor && c.class != cAgainst || c.i < ss {
				continue
			}
			value := "favor"
			if c.class == cAgainst {
				value = "against"
			}
			if negatedAt(p, max(ss, c.i-4), c.i) {
				value = flip(value)
			}
			nv := *v
			nv.sponsor = nil
			actors, known := t.holder(p, ss, se, c.i, k, ss, c.j, c.class, &nv)
			if !known {
				break
			}
			sort.Strings(actors)
			out = append(out, Stance{Issue: issue, Value: value, Actors: actors, Cue: p.text[p.toks[c.i].s:p.toks[k+1].e]})
			break
		}
	}
	return out
}

// symbolGap are the words between a vote and the symbol of the draft voted
// on: "vote against draft resolution L.60", "in favour of L.60".
var symbolGap = map[string]bool{"draft": true, "resolution": true, "resolutions": true, "of": true, "the": true}

// symbolJoin reports that token k goes on a symbol from the token before it,
// joined by a slash or a full stop with no space ("C.1/78/L.60").
func (p *para) symbolJoin(k int) bool {
	if k == 0 {
		return false
	}
	sep := p.text[p.toks[k-1].e:p.toks[k].s]
	return sep == "/" || sep == "."
}

// symbolAfter reports a document symbol right after token k, with at most
// "draft resolution" or "the" before it ("voted against L.11").
func (p *para) symbolAfter(k, se int) bool {
	for ; k < se && k < len(p.toks); k++ {
		if p.symbolAt(k) != "" {
			return true
		}
		if !symbolGap[p.toks[k].low] && (k+1 >= len(p.toks) || !p.symbolJoin(k+1)) {
			return false
		}
	}
	return false
}

// tallies finds the lists of a recorded vote's tally: "157 in favour to 6
// against (China, Iran, ...)", "(against: China, Iran, Russia)", "No: A, B".
// Abstentions hold no position.
func (p *para) tallies(issue string, from, se int) []Stance {
	var out []Stance
	for k := from; k < se; k++ {
		w := p.toks[k].low
		value := ""
		switch w {
		case "against", "no", "nays":
			value = "against"
		case "favour", "favor", "yes", "ayes":
			value = "favor"
		default:
			continue
		}
		if p.toks[k].quoted {
			continue
		}
		// a count before it ("6 against", "157 in favour") or a colon after
		// it ("Against: ...")
		counted := k > 0 && isCount(p.toks[k-1].low) || k > 1 && p.toks[k-1].low == "in" && isCount(p.toks[k-2].low)
		l := k + 1
		colon := l < se && strings.HasPrefix(strings.TrimSpace(p.text[p.toks[k].e:p.toks[l].s]), ":")
		bracket := l < se && strings.HasPrefix(strings.TrimSpace(p.text[p.toks[k].e:p.toks[l].s]), "(")
		if !(counted && (bracket || colon) || colon && (k == 0 || p.toks[k].capInit || p.toks[k-1].low == "in" && p.toks[k-1].capInit || strings.HasSuffix(strings.TrimSpace(p.text[p.toks[k-1].e:p.toks[k].s]), "("))) {
			continue
		}
		if _, ok := p.actorAt(l); !ok {
			continue
		}
		actors := p.listFrom(l, se)
		if len(actors) == 0 {
			continue
		}
		sort.Strings(actors)
		out = append(out, Stance{Issue: issue, Value: value, Actors: actors, Cue: p.text[p.toks[k].s:p.toks[k].e]})
	}
	return out
}

// ourCount reports "our six countries" before anchor in the sentence from
// ss: the speaker and the States named with it hold together.
func (p *para) ourCount(ss, anchor int) bool {
	for k := ss; k+2 < anchor; k++ {
		if p.toks[k].low == "our" && isCount(p.toks[k+1].low) && p.toks[k+1].low != "one" {
			switch p.toks[k+2].low {
			case "countries", "states", "governments", "delegations", "nations":
				return true
			}
		}
	}
	return false
}

// isCount reports a number written in figures or words ("6", "157", "six").
func isCount(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
		return true
	}
	return false
}

// isCue reports a favor or against cue overlapping m.
func (p *para) isCue(m cueHit) bool {
	for _, c := range p.cues {
		if (c.class == cFavor || c.class == cAgainst) && c.i < m.j && m.i < c.j {
			return true
		}
	}
	return false
}

// severalTexts reports words naming more than one text between from and to.
func (p *para) severalTexts(from, to int) bool {
	for k := from; k < to; k++ {
		switch p.toks[k].low {
		case "both", "drafts", "texts", "resolutions", "proposals", "all":
			return true
		}
	}
	return false
}

// ownComplement are words after an implicit phrase that introduce its own
// object ("supporters of this Call"): the phrase does not stand for the
// issue under discussion then.
var ownComplement = map[string]bool{"of": true, "for": true, "to": true, "on": true, "that": true, "about": true,
	// "the draft report", "the draft elements": a draft of a document, not a proposal
	"report": true, "reports": true, "elements": true, "decision": true, "outcome": true, "document": true, "programme": true, "summary": true, "conclusions": true, "annex": true, "paragraph": true, "chapter": true, "text": true, "agenda": true}

// listAfter returns the actors listed right after a cue ending at from:
// "voting against were A, B", "no votes came from A, B", "supporters, among
// them A, B", "voted no: A, B".
func (p *para) listAfter(from, se int) []string {
	k := from
	for n := 0; n < 3 && k < se; n++ {
		switch p.toks[k].low {
		case "were", "was", "came", "come", "from", "among", "them", "including", "included", "notably", "such", "as", "by":
			k++
			continue
		}
		break
	}
	colon := func(k int) bool {
		return k < se && p.toks[k].s > 0 && strings.HasPrefix(strings.TrimSpace(p.text[p.toks[k-1].e:p.toks[k].s]), ":")
	}
	if k == from && k+1 < se && (p.toks[k].low == "it" || p.toks[k].low == "them" || p.toks[k].low == "this") && colon(k+1) {
		k++ // "Six countries voted against it: China, Iran, ..."
	}
	if k == from && !colon(k) {
		return nil
	}
	var out []string
	for _, a := range p.actors {
		if a.i >= k && a.i < se {
			if a.i > k && !listGlueBetween(p, k, a.i) {
				break
			}
			out = appendActor(out, a.code)
			k = a.j
		}
	}
	return out
}

// listGlueBetween reports that only list punctuation and articles separate
// two actor mentions.
func listGlueBetween(p *para, from, to int) bool {
	for k := from; k < to; k++ {
		switch p.toks[k].low {
		case "and", "the", "of", "republic", "islamic", "bolivarian":
		default:
			// "Britain, all 27 European Union members and most other
			// Western countries"
			return to-from <= 4 && listGlue(p.toks[from:to])
		}
	}
	return true
}

// startsMarker reports an issue marker that starts at token i
// ("International human rights law applies": "International" is no person).
func (t *Tagger) startsMarker(p *para, i, se int) bool {
	found := false
	t.issues.each(p.toks, i, se, func(_, at, _ int) {
		if at == i {
			found = true
		}
	})
	return found
}

// endsMarker reports an issue marker that ends at token i ("The Programme
// of Action should ..."): a proposal, not a person.
func (t *Tagger) endsMarker(p *para, ss, i int) bool {
	found := false
	t.issues.each(p.toks, max(ss, i-8), i+1, func(_, _, end int) {
		if end == i+1 {
			found = true
		}
	})
	return found
}

// objectOfCue reports a phrase right after a favor, against or normative
// cue, as its object ("calls upon States", "urged all States"): it holds
// no position.
func (p *para) objectOfCue(i int) bool {
	if i > 0 && (p.toks[i-1].low == "all" || p.toks[i-1].low == "the") {
		i--
	}
	for _, c := range p.cues {
		if c.j == i && c.class <= cNormative {
			return true
		}
	}
	return false
}

// addressee reports unnamed States that a "should" or "must" right after
// them addresses ("States should use the directory", "Governments must
// ensure ..."): the recommendation is the text's own, not theirs.
func (p *para) addressee(h cueHit) bool {
	switch p.toks[h.j-1].low {
	case "states", "governments", "countries":
	default:
		return false
	}
	for _, c := range p.byClass[cNormative] {
		if c.i >= h.j && c.i-h.j <= 1 {
			return true
		}
	}
	return false
}

// vocative reports an unnamed hit that is the sentence's form of address,
// set off by a comma ("Chair, international law applies"; "Mr. Chair,
// we believe"): the speaker is addressing it, not reporting it.
func (p *para) vocative(h cueHit, ss int) bool {
	for k := ss; k < h.i; k++ {
		switch p.toks[k].low {
		case "mr", "madam", "madame", "mister", "dear", "distinguished":
		default:
			return false
		}
	}
	return h.j < len(p.toks) && p.toks[h.j].clause && strings.Contains(p.text[p.toks[h.j-1].e:p.toks[h.j].s], ",")
}

// aside reports an actor named inside a relative clause or a participle
// phrase set off by commas before the cue ("China, which voted against the
// French text, said ..."; "Kenya, drawing on the position adopted by the
// African Union, affirmed ..."): it holds nothing.
func (p *para) aside(ss int, m actorMention, anchor int) bool {
	if m.i-2 >= ss && p.toks[m.i-1].low == "behalf" && p.toks[m.i-2].low == "whose" {
		// "The group of like-minded States on whose behalf Nicaragua
		// delivered joint statements complained ...": the group holds it
		return true
	}
	if p.deliveredFor(ss, m) && clauseBreak(p, m.j, anchor) {
		// "The Non-Aligned Movement, in the statement delivered by
		// Azerbaijan as its Chair, stressed ...": the group holds it
		return true
	}
	k := m.i
	for k > ss && !p.toks[k].clause {
		k--
	}
	if k <= ss || !asideStarters[p.toks[k].low] {
		return false
	}
	return clauseBreak(p, m.j, anchor)
}

// deliveredFor reports a State named as the one that delivered a group's
// statement ("delivered by Azerbaijan"), after the group in the sentence.
func (p *para) deliveredFor(ss int, m actorMention) bool {
	if m.i-2 <= ss || p.toks[m.i-1].low != "by" {
		return false
	}
	v := -1 // the verb, a few words of time before "by": "delivered on Monday by"
	for k := m.i - 2; k > ss && k >= m.i-5 && v < 0; k-- {
		switch p.toks[k].low {
		case "delivered", "read", "presented":
			v = k
		}
		if k < m.i-1 && p.toks[k+1].clause {
			return false
		}
	}
	if v < 0 {
		return false
	}
	for _, g := range p.actors {
		if g.i >= ss && g.j <= v && groupCodes[g.code] {
			return true
		}
	}
	return false
}

var asideStarters = map[string]bool{"without": true, "which": true, "who": true, "whose": true, "drawing": true, "citing": true, "referring": true, "quoting": true, "despite": true, "unlike": true}

// namedBefore reports a named actor in the sentence before token i.
func (p *para) namedBefore(ss, i int) bool {
	for _, a := range p.actors {
		if a.i >= ss && a.i < i && a.code != "AUTHOR" {
			return true
		}
	}
	return false
}

// allQuoted reports a sentence whose words all lie inside quotation marks.
func (p *para) allQuoted(ss, se int) bool {
	for k := ss; k < se; k++ {
		if !p.toks[k].quoted {
			return false
		}
	}
	return se > ss
}

// quoteSpeaker returns who speaks the quotation that holds token ci of the
// sentence [ss, se): the speaker of a reporting verb outside the quotation
// marks, in the sentence itself, before it or after it ("“...,” Kenya's
// delegate said. “A directory is needed.”", "“...,” said the Russian
// delegate, Oleg Sinitsyn", "“...,” its delegate told the meeting" after
// "New Zealand was having none of it"). codes is a State's code, or empty
// with ok for a speaker named without one ("said Lea Fournier, who follows
// the talks"); ok is false when no reporting verb outside the quotation
// names a speaker; here reports a speaker named in the sentence itself.
func (p *para) quoteSpeaker(ss, se, ci int) (codes []string, ok, here bool) {
	sents := p.sentences()
	k := slices.Index(sents, [2]int{ss, se})
	if k < 0 {
		return nil, false, false
	}
	// the sentence itself, then the ones before and after it, and beyond
	// them while the quotation goes on ("“...,” said X. “... . And ...”")
	order := []int{k, k - 1, k + 1}
	for n := k - 1; n > 0 && p.allQuoted(sents[n][0], sents[n][1]); n-- {
		order = append(order, n-1)
	}
	for n := k + 1; n+1 < len(sents) && p.allQuoted(sents[n][0], sents[n][1]); n++ {
		order = append(order, n+1)
	}
	for _, n := range order {
		if n < 0 || n >= len(sents) {
			continue
		}
		if n == k && !p.toks[ci].quoted {
			continue
		}
		for _, r := range p.byClass[cReport] {
			if r.i < sents[n][0] || r.j > sents[n][1] || p.toks[r.i].quoted {
				continue
			}
			if n == k && !p.quoteAdjacent(ci, r) {
				continue // another quotation's verb in the same sentence
			}
			if m, found := p.actorBefore(r.i); found {
				return []string{m.code}, true, n == k
			}
			if m, found := p.actorAt(r.j); found {
				return []string{m.code}, true, n == k
			}
			if at := p.possessiveTitle(r, sents[n][0], sents[n][1]); at >= 0 && n > 0 {
				// "its delegate", "the delegate": the subject of the
				// sentence before
				prev := sents[n-1]
				if subj := p.subjectActors(prev[0], prev[1]); len(subj) > 0 {
					return subj, true, n == k
				}
			}
			if p.namedPerson(r, sents[n][0], sents[n][1]) {
				return []string{}, true, n == k
			}
		}
	}
	return nil, false, false
}

// quotedHolder corrects the holder found for a position whose cue at ci
// lies in a quotation: a sentence wholly inside a quotation is its
// speaker's, named in the sentence before or after ("“...,” Kenya's
// delegate said. “A directory is needed.”"); in a report, quoted words
// that would otherwise be nobody's or the author's are their speaker's,
// with or without a code.
func (p *para) quotedHolder(ss, se, ci int, v *voice, actors []string, known bool) ([]string, bool) {
	if ci < ss || ci >= se || !p.toks[ci].quoted {
		return actors, known
	}
	all := p.allQuoted(ss, se)
	nobody := v.kind == kindAnalysis && (len(actors) == 0 || len(actors) == 1 && actors[0] == "AUTHOR")
	if q, ok, here := p.quoteSpeaker(ss, se, ci); ok && (nobody || len(q) > 0 && (all || here && v.kind == kindAnalysis)) {
		// in a report, the speaker named beside the quotation in its own
		// sentence holds it whoever else the sentence names
		return q, true
	}
	return actors, known
}

// spokenQuote reports a cue at ci in words quoted from a speaker the text
// names beside them: in a quotation, or in a sentence mostly quoted.
func (p *para) spokenQuote(ci int) bool {
	if ci < 0 || ci >= len(p.toks) {
		return false
	}
	ss, se := p.sentStart(ci), ci+1
	for se < len(p.toks) && p.toks[se].sent == p.toks[ci].sent {
		se++
	}
	if qi := p.quoteStart(ci, ss, se); qi >= 0 {
		_, ok, _ := p.quoteSpeaker(ss, se, qi)
		return ok
	}
	return false
}

// quoteStart returns the quoted word that stands for a position whose cue
// is at ci in the sentence [ss, se): ci itself when it is quoted, else the
// first quoted word of a sentence more than half of whose words are
// quoted; -1 when neither.
func (p *para) quoteStart(ci, ss, se int) int {
	if !p.quotes {
		return -1
	}
	if p.toks[ci].quoted {
		return ci
	}
	n, f := 0, -1
	for k := ss; k < se; k++ {
		if p.toks[k].quoted {
			n++
			if f < 0 {
				f = k
			}
		}
	}
	if 2*n > se-ss {
		return f
	}
	return -1
}

// quoteAdjacent reports a reporting verb r that introduces or closes the
// quotation holding token ci: only unquoted words lie between the verb and
// the quotation's edge nearest to it.
func (p *para) quoteAdjacent(ci int, r cueHit) bool {
	if r.i > ci {
		for k := ci; k < r.i; k++ {
			if !p.toks[k].quoted && k+1 < r.i && p.toks[k+1].quoted {
				return false // a quotation opens again before the verb
			}
		}
		return true
	}
	for k := r.j; k < ci; k++ {
		if p.toks[k].quoted && k+1 < ci && !p.toks[k+1].quoted {
			return false
		}
	}
	return true
}

// possessiveTitle returns the index of "its", "their" or "the" that opens
// a speaker's title ("its delegate, Sarah Whitcombe, told ...", "said their
// representative", "the delegate said") next to reporting verb r, or -1.
func (p *para) possessiveTitle(r cueHit, ss, se int) int {
	try := func(k int) bool {
		if k < ss || k+1 >= se || p.toks[k].quoted {
			return false
		}
		w := p.toks[k].low
		return (w == "its" || w == "their" || w == "the") && speakerTitle(p.toks[k+1:k+2])
	}
	for k := max(ss, r.i-7); k < r.i; k++ {
		if try(k) {
			return k
		}
	}
	for k := r.j; k <= r.j+1; k++ {
		if try(k) {
			return k
		}
	}
	return -1
}

// namedPerson reports a reporting verb whose speaker is a person named
// without a State: two capitalised words right after it ("said Lea
// Fournier") or closing the clause before it ("Lea Fournier said").
func (p *para) namedPerson(r cueHit, ss, se int) bool {
	name := func(a, b int) bool {
		if a < ss || b > se || a >= b {
			return false
		}
		for k := a; k < b; k++ {
			if t := p.toks[k]; !t.capInit || t.quoted || t.allCaps && t.e-t.s > 1 {
				return false
			}
		}
		return true
	}
	return name(r.j, r.j+2) && (r.j+2 >= se || !p.toks[r.j+2].capInit) || name(r.i-2, r.i) && (r.i-3 < ss || !p.toks[r.i-3].capInit)
}

// colonLead returns the actors that open a paragraph before a colon
// ("Cuba, Nicaragua, Venezuela: ...", "France, EU + 50 States: ...") and
// the first token after the colon; nil when the paragraph does not open so.
func (p *para) colonLead() ([]string, int) {
	var codes []string
	pos, k := 0, 0
	for pos < len(p.toks) && p.toks[pos].sent == 0 {
		if k < len(p.actors) && p.actors[k].i == pos {
			codes = appendActor(codes, p.actors[k].code)
			pos = p.actors[k].j
			k++
		} else if leadGlue(p.toks[pos].low) {
			pos++
		} else {
			break
		}
		if pos < len(p.toks) && len(codes) > 0 && strings.Contains(p.text[p.toks[pos-1].e:p.toks[pos].s], ":") {
			return codes, pos
		}
	}
	return nil, 0
}

func leadGlue(w string) bool {
	switch w {
	case "and", "the", "states", "countries", "others", "other", "plus", "some", "about", "over", "more", "than":
		return true
	}
	return w[0] >= '0' && w[0] <= '9' && isListMark(w) // "50 States"
}

// opensWithUnnamed reports a sentence whose subject is a holder without a
// code ("The report ...", "Participants ..."): a later "it"/"they" refers
// to it. A holder fronted by "for" or "according to" counts too ("For most
// of those present, the reports ...").
func opensWithUnnamed(p *para, ss, se int) bool {
	from := ss
	if from < se && (p.toks[from].low == "for" || p.toks[from].low == "according" && from+1 < se && p.toks[from+1].low == "to") {
		from++
		if from < se && p.toks[from].low == "to" {
			from++
		}
		for k := from; k < se && k <= from+5; k++ {
			if p.toks[k].clause {
				break
			}
			if h, ok := p.unnamedAt(k); ok && h.j <= se && p.markBefore(h.j, ",") {
				return true
			}
		}
	}
	for _, h := range p.byClass[cUnnamed] {
		if h.i >= ss && h.i < se && h.i-ss <= 1 {
			return true
		}
	}
	return false
}

// relativeUnnamed returns a holder without a code that ends in "who" or
// "that" ("those who", "the delegations that") right before token anchor,
// within the sentence that starts at ss.
func (p *para) relativeUnnamed(ss, anchor int) (cueHit, bool) {
	if anchor-1 <= ss {
		return cueHit{}, false
	}
	switch p.toks[anchor-1].low {
	case "who", "that":
	default:
		return cueHit{}, false
	}
	for _, h := range p.byClass[cUnnamed] {
		if h.i < ss || p.toks[h.i].quoted || !(h.j == anchor && h.j-h.i >= 2 || h.j == anchor-1) {
			continue
		}
		// not one the speaker joins: "Ecuador was among the States that
		// supported ...", "we agree with those who ..."
		k := h.i - 1
		for k > ss && (p.toks[k].low == "the" || p.toks[k].low == "many" || p.toks[k].low == "several" || p.toks[k].low == "other") {
			k--
		}
		if k >= ss && relativeJoiners[p.toks[k].low] {
			continue
		}
		if h.i > ss && verbSubjects[p.toks[h.i-1].low] {
			continue // "the common position, which states that ...": a verb
		}
		if h.j < anchor && (!relativeHeads[p.toks[h.j-1].low] || p.markBefore(h.j, ",") || h.i > ss && possessives[p.toks[h.i-1].low]) {
			// not "clear to my delegation that IHL binds", "by
			// consensus, that builds on"
			continue
		}
		return cueHit{i: h.i, j: anchor, class: h.class}, true
	}
	return cueHit{}, false
}

// verbSubjects are the words before a holder word that make it a verb
// ("which states that", "it reports that").
var verbSubjects = map[string]bool{"which": true, "who": true, "that": true, "it": true, "he": true, "she": true, "this": true}

// speechVerbs are the verbs of speaking that make a pronoun right before
// them a State that spoke ("It also told the Group that ...").
var speechVerbs = map[string]bool{"argued": true, "said": true, "insisted": true, "called": true, "urged": true, "proposed": true,
	"claimed": true, "maintained": true, "stressed": true, "added": true, "warned": true, "told": true}

// theyVerbs are the words right after "they" that make them States that
// spoke ("They went further, urging ...", "They also argued"), not things
// ("They need a permanent home").
var theyVerbs = map[string]bool{"went": true, "also": true, "further": true, "again": true}

// spokeAt reports a verb of speaking at k, or after "also" there: "It
// also told the Group that ...".
func (p *para) spokeAt(k, se int) bool {
	if k < se && p.toks[k].low == "also" {
		k++
	}
	return k < se && speechVerbs[p.toks[k].low]
}

// deniedGap reports a cue at k in a relative clause on a gap that the
// sentence denies: "not identified a gap that would call for ...", "there
// is no gap which would justify ...".
func (p *para) deniedGap(ss, k int) bool {
	for k-1 > ss && (p.toks[k-1].low == "would" || p.toks[k-1].low == "could" || p.toks[k-1].low == "might") {
		k--
	}
	if k-2 <= ss || (p.toks[k-1].low != "that" && p.toks[k-1].low != "which") || !gapWords[p.toks[k-2].low] {
		return false
	}
	return negatedAt(p, p.afterConjunction(max(ss, k-8), k-2), k-2)
}

// relativeHeads are the holder nouns that a relative "who" or "that"
// can follow ("the delegations that oppose ...").
var relativeHeads = map[string]bool{"delegations": true, "states": true, "countries": true, "governments": true, "participants": true, "speakers": true,
	"proponents": true, "opponents": true, "critics": true, "experts": true, "analysts": true, "observers": true, "diplomats": true, "others": true}

// possessives are the determiners that make a holder noun someone's own
// ("my delegation").
var possessives = map[string]bool{"my": true, "our": true, "his": true, "her": true, "its": true, "their": true, "your": true}

// relativeJoiners are the words before "those who ..." or "the States
// that ..." that make the subject one of them or on their side.
var relativeJoiners = map[string]bool{"among": true, "with": true, "like": true, "of": true, "as": true, "beside": true, "alongside": true, "joined": true, "join": true, "joins": true, "joining": true}

// unnamedAt returns the holder without a code that starts at token k.
func (p *para) unnamedAt(k int) (cueHit, bool) {
	for _, h := range p.byClass[cUnnamed] {
		if h.i == k {
			return h, true
		}
	}
	return cueHit{}, false
}

// frame reports an object marker that only locates what the sentence is
// about: "a dedicated trust fund within the Programme of Action", "legal
// training under the PoA", "exchanges inside the future mechanism".
func (p *para) frame(h issueHit) bool {
	if h.rule.kind != "object" || h.rule.issue != "programme_of_action" {
		return false
	}
	k := h.i - 1
	for k >= 0 && (p.toks[k].low == "the" || p.toks[k].low == "a" || p.toks[k].low == "its" || p.toks[k].low == "future") {
		k--
	}
	if k < 0 {
		return false
	}
	if h.j < len(p.toks) {
		switch p.toks[h.j].low {
		case "label", "name", "banner", "heading":
			return false // "the body they had sought under the PoA label"
		case "s":
			// "a seat in the PoA's meetings", "the PoA's first deliverable"
			if g := p.text[p.toks[h.j-1].e:p.toks[h.j].s]; (g == "'" || g == "’") && h.j+1 < len(p.toks) {
				switch p.toks[h.j+1].low {
				case "establishment", "creation", "adoption", "launch", "early", "swift", "speedy", "prompt":
					return false // "the PoA's establishment" is the proposal itself
				}
				return true
			}
		}
	}
	switch p.toks[k].low {
	case "within", "under", "inside", "through", "into":
		return true
	}
	return false
}

// disbelief reports a counter cue that denies a claim ("not persuaded",
// "unconvinced", "disagree"), not one that makes its own ("objected that
// the process should not be hampered").
func (p *para) disbelief(c cueHit) bool {
	for k := c.i; k < c.j; k++ {
		if w := p.toks[k].low; w == "not" || w == "never" || w == "unconvinced" || w == "unpersuaded" || strings.HasPrefix(w, "disagree") || strings.HasPrefix(w, "doubt") {
			return true
		}
	}
	return false
}

// claimVerb returns where the favor or report verb ending in "that"
// starts whose claim holds the stated marker h ("argued that existing law
// contains gaps that only a treaty can fill"), when it is the nearest such
// verb before h in its sentence and no actor is named between them; or -1.
func (p *para) claimVerb(h issueHit, ss int) int {
	at := -1
	for _, c := range p.cues {
		if c.i < ss || c.j > h.i || h.i-c.j > 30 || c.class != cFavor && c.class != cReport || p.toks[c.j-1].low != "that" || p.toks[c.i].quoted {
			continue
		}
		if at < 0 || c.i > at {
			at = c.i
		}
	}
	if at < 0 || p.namedBetween(at, h.i) {
		return -1
	}
	if at > ss {
		switch p.toks[at-1].low {
		case "who", "which", "that":
			return -1 // a relative clause's verb: the antecedent is found as before
		}
	}
	return at
}

// gapWords are the nouns of "a gap that only a treaty could fill".
var gapWords = map[string]bool{"gap": true, "gaps": true, "lacuna": true, "lacunae": true, "vacuum": true, "void": true, "hole": true, "holes": true}

// straddles reports a marker whose gap takes in the start of another
// clause with its own subject: "charter ~10 apply" in "could weaken the
// Charter framework, and the EU has argued that the priority is to apply
// the law".
func (p *para) straddles(h issueHit) bool {
	for k := h.i + 1; k+1 < h.j; k++ {
		if !p.toks[k].clause {
			continue
		}
		switch p.toks[k].low {
		case "and", "but", "while", "whereas":
			if _, ok := p.actorAt(k + 1); ok {
				return true
			}
		}
	}
	return false
}

// excluded reports whether a "not" pattern of the same issue overlaps or
// touches h ("convention" in "cybercrime convention").
func excluded(hits []issueHit, h issueHit) bool {
	for _, x := range hits {
		if x.rule.kind == "not" && x.rule.issue == h.rule.issue && x.i <= h.j+5 && h.i <= x.j+2 && !(h.rule.kind != "object" && h.i < x.i && x.j <= h.j) {
			// an assertion that contains the exclusion is about it: "a
			// mix of binding and non-binding rules" is a position on the
			// choice that the exclusion "non-binding" belongs to
			return true
		}
	}
	return false
}

// withinLonger reports an assertion hit that a longer assertion of the same
// issue and another value, starting before it, contains: "regretted that
// the draft gave more space to implementing the norms than to elaborating
// new ones" is one position, not also the comparison inside it; nor is
// "technology neutrality" in "technology neutrality must not become an
// excuse".
func withinLonger(hits []issueHit, h issueHit) bool {
	if h.rule.kind == "object" {
		return false
	}
	for _, x := range hits {
		if x.rule.kind != "object" && x.rule.kind != "not" && x.rule.kind != h.rule.kind && x.rule.issue == h.rule.issue && (x.i < h.i && h.j <= x.j || x.i == h.i && h.j < x.j) {
			return true
		}
	}
	return false
}

// insideAssertion reports an object hit lying within, or right after, an
// assertion of the same issue ("norms must be implemented before new
// norms": the object "new norms" is part of the against assertion), or
// within a longer contra object of its issue.
func insideAssertion(p *para, hits []issueHit, h issueHit) bool {
	if h.rule.kind != "object" {
		return false
	}
	for _, x := range hits {
		if x.rule.kind != "object" && x.rule.kind != "not" && x.rule.issue == h.rule.issue && (x.i <= h.i && (h.j <= x.j || h.i >= x.j && h.i <= x.j+2 && !clauseBreak(p, x.j, h.i)) || h.i < x.i && x.i < h.j) {
			return true
		}
		// "opposed any veto on accreditation": the object inside a
		// contra object of its issue is part of it
		if x.rule.contra && !h.rule.contra && x.rule.issue == h.rule.issue && x.i <= h.i && h.j <= x.j && x.j-x.i > h.j-h.i {
			return true
		}
	}
	return false
}

// listedIn appends to dst the codes of the States and groups named
// between ss and se, each once, leaving out those in brackets.
func (p *para) listedIn(ss, se int, dst []string) []string {
	for _, m := range p.actors {
		if m.i >= ss && m.i < se && m.code != "AUTHOR" && !inParens(p.text, p.toks[m.i].s) {
			dst = appendActor(dst, m.code)
		}
	}
	return dst
}

// distributive reports a pronoun phrase that takes every one of those
// named before ("each of them", "all of them", "all three").
func distributive(ts []tok) bool {
	return len(ts) > 1 && (ts[0].low == "each" || ts[0].low == "all" || ts[0].low == "every")
}

func namedOnly(codes []string) []string {
	var out []string
	for _, c := range codes {
		if c != "AUTHOR" && !contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// turnOf returns the States that open the sentence [ss, se) as the subject
// of a reporting verb ("Mr. Lee (Republic of Korea) said that", "The
// representative of Cuba stressed"), or nil: the paragraph reports their turn.
func (t *Tagger) turnOf(p *para, ss, se int) []string {
	verb := -1
	for _, r := range p.byClass[cReport] {
		// farther after a long aside: "Ms. Lindqvist (European Union),
		// speaking also on behalf of the candidate countries that aligned
		// themselves with the statement, said ..."
		if r.i >= ss && r.i < se && (r.i-ss <= 20 || r.i-ss <= 36 && p.markBefore(r.i, ",")) {
			verb = r.i
			break
		}
	}
	if list, end := p.viewpointOpener(ss, se); len(list) > 0 && !p.namedBetween(end, se) {
		// "In Iran's view, existing law contained gaps. Only a binding
		// instrument could fill them.": the view goes on
		return list
	}
	if verb < 0 || p.has(cFirst, ss, verb) || p.toks[verb].low == "according" || p.toks[verb].low == "in" || p.asChair(ss, verb) {
		return nil
	}
	subj := p.subjectActors(ss, verb)
	if len(subj) == 0 {
		return nil
	}
	// an unnamed subject ("Several delegations, among them Russia, said"),
	// not an unnamed word after the named one ("The representative of
	// Russia, introducing the draft, said")
	first := verb
	for _, m := range p.actors {
		if m.i >= ss {
			first = m.i
			break
		}
	}
	if p.has(cUnnamed, ss, first) {
		return nil
	}
	return p.forGroup(ss, verb, subj)
}

// groupsOf returns the group codes among actors.
func groupsOf(actors []string) []string {
	var out []string
	for _, a := range actors {
		if groupCodes[a] {
			out = append(out, a)
		}
	}
	return out
}

// asChair reports "as Chair" before the verb at anchor: "The
// representative of Singapore, speaking in his capacity as Chair of the
// working group, said ..." speaks for the chair, not for the State.
func (p *para) asChair(ss, anchor int) bool {
	for k := ss; k+1 < anchor; k++ {
		if p.toks[k].low == "as" && p.toks[k+1].low == "chair" {
			return true
		}
	}
	return false
}

// turnOpeners open a clause that may come before the speaker's "he" or
// "she": "While welcoming the report, she ...".
var turnOpeners = map[string]bool{"while": true, "although": true, "though": true, "after": true, "as": true, "since": true, "in": true, "on": true, "with": true, "before": true}

// namesOnly reports a sentence [ss, se) that names actors, all of them
// among want.
func (p *para) namesOnly(ss, se int, want []string) bool {
	named := false
	for _, m := range p.actors {
		if m.i >= ss && m.i < se {
			if !slices.Contains(want, m.code) {
				return false
			}
			named = true
		}
	}
	return named
}

// turnGoesOn reports a sentence that goes on with a speaker's turn
// reported before it: its subject is "he" or "she" ("She also welcomed
// ...", "That framework, he added, ...") or the speaker's delegation,
// country or government ("Her delegation sees no need ..."), with no actor
// named before it.
func (p *para) turnGoesOn(ss, se int) bool {
	for k := ss; k < se && k-ss <= 30; k++ {
		if p.toks[k].quoted {
			continue
		}
		switch p.toks[k].low {
		case "he", "she":
			// after an opening phrase as well: "Recalling that the General
			// Assembly had endorsed the Programme of Action by a wide
			// margin in 2022, he noted ..."
			if k-ss > 12 && !(p.markBefore(k, ",") && (strings.HasSuffix(p.toks[ss].low, "ing") || turnOpeners[p.toks[ss].low])) {
				continue
			}
		case "his", "her":
			if k-ss > 12 || k+1 >= se || !speakerNouns[p.toks[k+1].low] {
				continue
			}
		default:
			continue
		}
		for _, m := range p.actors {
			if m.i >= ss && m.i < k {
				return false
			}
		}
		return true
	}
	return false
}

// embeddedActor reports an actor opening the clause at k, its subject,
// before the cue at anchor: "(that) the European Union has rejected".
func (p *para) embeddedActor(k, anchor int) bool {
	if k < anchor && p.toks[k].low == "the" {
		k++
	}
	m, ok := p.actorAt(k)
	return ok && m.i == k && m.j <= anchor && !p.toks[k].quoted
}

// possessedSpeakers are the nouns of "according to its delegation" that
// speak for the State named before.
var possessedSpeakers = map[string]bool{"delegation": true, "delegations": true, "government": true, "governments": true, "representative": true,
	"representatives": true, "delegate": true, "delegates": true, "diplomats": true, "officials": true, "statement": true, "statements": true, "ministry": true}

// speakerNouns are what "his" or "her" may own for the speaker's State.
var speakerNouns = map[string]bool{"delegation": true, "country": true, "government": true}

// behalfList returns the States a sentence's subject spoke for, listed
// after "on behalf of" within its first words ("Nicaragua took the floor
// on behalf of Belarus, Burundi, China and Cuba to deliver ..."): with the
// speaker they are the "group" or "signatories" of the sentences after.
func (p *para) behalfList(ss, se int) []string {
	for k := ss + 1; k+2 < se && k-ss <= 14; k++ {
		if p.toks[k].quoted || p.toks[k].low != "on" || p.toks[k+1].low != "behalf" || p.toks[k+2].low != "of" {
			continue
		}
		if !slices.ContainsFunc(p.actors, func(m actorMention) bool { return m.i >= ss && m.j <= k }) {
			return nil
		}
		if _, ok := p.actorAt(k + 3); ok {
			return p.listFrom(k+3, se)
		}
		return nil
	}
	return nil
}

// groupAnaphor reports a sentence that opens with "the group", "the
// grouping", "the bloc", "the coalition" or "the signatories" in lower
// case: after a sentence that named
// several States it is those States ("Nicaragua took the floor on behalf
// of ... The group joined consensus but ..."), not a holder without a
// code. A capital ("the Group") is the working group.
func (p *para) groupAnaphor(ss int) bool {
	if ss+1 >= len(p.toks) || p.toks[ss].low != "the" || p.toks[ss+1].quoted {
		return false
	}
	switch w := p.toks[ss+1]; w.low {
	case "group", "grouping", "bloc", "coalition", "signatories":
		return !w.capInit
	}
	return false
}

// subjectActors are the actors named in the first clause of a sentence.
func (p *para) subjectActors(ss, se int) []string {
	var out []string
	last := ss
	for _, m := range p.actors {
		if m.i < ss || m.i >= se {
			continue
		}
		if m.i-ss > 8 && (len(out) == 0 || !listGlue(p.toks[last:m.i]) && !backersGlue(p.toks[last:m.i]) && !membersGlue(p.toks[last:m.i])) {
			break // a list that starts in the first words goes on
		}
		last = m.j
		if len(out) > 0 && p.compoundModifier(m) {
			continue // "Sudan's positions sit closer to the Russian-led group": Sudan's
		}
		if !contains(out, m.code) {
			out = append(out, m.code)
		}
	}
	return out
}

// compoundModifier reports an actor that is the first half of a hyphenated
// modifier ("the Russian-led group", "the US-sponsored resolution", "a
// Western-backed text"): it describes a noun, it is not the one acting.
func (p *para) compoundModifier(m actorMention) bool {
	if m.j >= len(p.toks) || p.text[p.toks[m.j-1].e:p.toks[m.j].s] != "-" {
		return false
	}
	switch p.toks[m.j].low {
	case "led", "backed", "sponsored", "drafted", "proposed", "inspired", "style", "centred", "centered", "dominated", "initiated", "authored":
		return true
	}
	return false
}

func (t *Tagger) inConsensus(p *para, i, j int) bool {
	found := false
	for k := max(0, i-12); k <= i && !found; k++ {
		t.consensus.walk(p.toks, k, func(end int, _ []int) {
			if end >= j {
				found = true
			}
		})
	}
	return found
}

// valueOf decides the value of an issue hit and the cue span.
func (t *Tagger) valueOf(p *para, h issueHit, ss, se int) (value string, ci, cj, class int, ok bool) {
	const before, after = 15, 5
	// the governing cue: the nearest favor/against/neutral cue before the hit, else right after it
	gov := -1
	for k, c := range p.cues {
		if c.class > cNormative || c.i < ss || c.j > se {
			continue
		}
		if h.rule.kind != "object" && c.j == h.i && c.j-c.i == 1 && strings.HasSuffix(p.toks[c.i].low, "ing") && c.i > ss && p.toks[c.i-1].low == "that" {
			// "the view that affirming IHL would legitimise conflict": the
			// gerund opens the claim's subject, it governs nothing
			continue
		}
		reach := before
		if p.toks[c.j-1].low == "that" {
			// "argued that X has failed ... and that only a convention can":
			// a "that"-clause verb governs its whole complement
			reach = 2 * before
		}
		if c.j <= h.i && h.i-c.j <= reach && !subordinated(p, c.j, h.i) && !p.reportedBetween(c.j, h.i) && !contrasted(p, c.j, h.i) && !((c.class == cAgainst || negatedAt(p, max(ss, c.i-4), c.i)) && p.parallelThat(c, h.i)) && !p.backersAside(c, h.i) && !p.newMainClause(c.j, h.i) {
			if gov < 0 || c.j > p.cues[gov].j || (c.j == p.cues[gov].j && c.i < p.cues[gov].i) {
				gov = k
			}
		}
	}
	// a cue right after the hit ("a convention is needed", "the PoA is
	// premature"); an against/neutral one close after beats a favor one before
	// ("argued that the PoA is premature")
	post := -1
	from, brk := h.j, h.j
	if e := p.byAsideEnd(h.j, se); e > 0 {
		// "The proposal, advanced by France and a group of co-sponsors,
		// would prejudge ...": the verdict after the aside on its authors
		from, brk = e, e+1
	}
	for k, c := range p.cues {
		if c.class > cNormative || c.i < from || c.i-from > after || c.j > se || clauseBreak(p, brk, c.i) {
			continue
		}
		if m := p.reducedRelative(c, se); m > 0 {
			if c.i == from {
				from = m // the verdict after the participle's phrase
			}
			continue
		}
		if post < 0 || c.i < p.cues[post].i || c.i == p.cues[post].i && c.j > p.cues[post].j {
			post = k // the nearest; at one start, the longest ("should wait", not "should")
		}
	}
	if post >= 0 && p.cues[post].class == cFavor {
		// "the Programme of Action was being pursued in order to bypass
		// this Group": the purpose is the verdict
		if k := p.purposeAfter(p.cues[post].j, se); k >= 0 {
			post = k
		}
	}
	if post >= 0 && h.rule.issue == "programme_of_action" && h.rule.kind == "object" && p.designModal(p.cues[post]) {
		// "The Programme of Action should include a fund", "the PoA must
		// be inclusive": how a proposal should work, in its debate, is
		// rarely a position on having it (in cross-validation 8 such
		// positions were right and 22 wrong)
		post = -1
	}
	if gov < 0 {
		gov = post
	} else if post >= 0 && p.cues[post].i-h.j <= 3 && !coordinated(p, h.j, p.cues[post].i) && !p.agentless(p.cues[post], se) && (p.cues[post].class == cAgainst || p.cues[post].class == cNeutral) &&
		(p.cues[gov].class == cFavor || p.cues[gov].class == cNormative) {
		gov = post
	} else if post >= 0 && p.cues[post].i-h.j <= 3 && p.cues[gov].j <= h.i && negatedAt(p, h.j, p.cues[post].i) && !coordinated(p, h.j, p.cues[post].i) &&
		(p.cues[post].class == cFavor || p.cues[post].class == cNormative) && (p.cues[gov].class == cFavor || p.cues[gov].class == cNormative) && (p.toks[p.cues[gov].j-1].low == "that" || p.claimThat(p.cues[gov].j, h.i)) {
		// "argued that a treaty is not needed": the negated verdict
		// after the proposal, not the reporting verb before it
		gov = post
	}
	if h.rule.kind != "object" {
		// an embedded assertion ("how international law applies") is no
		// position; a criticism is one ("when sovereignty is invoked to
		// justify shutdowns")
		for _, b := range p.byClass[cBlock] {
			if b.i >= ss && ((b.j <= h.i && h.i-b.j <= 2) || (b.i > h.i && b.j < h.j)) && !p.doubted(b) && !h.rule.fixed {
				return "", 0, 0, 0, false
			}
		}
		if p.inQuestion(ss, h.i) {
			// "divided over whether the existing body of international law
			// is adequate"
			return "", 0, 0, 0, false
		}
		value = h.rule.kind
		ci, cj, class = h.i, h.j, cFavor
		if value == "against" && (p.derogatory(h) || h.rule.fixed) {
			// "The Russian side does not recognise the so-called
			// framework": a scornful label is its user's criticism,
			// whatever verb or negation governs it
			return value, ci, cj, class, true
		}
		if p.doubtedClaim(h) {
			// "the supposed gaps in international law that some
			// delegations invoke": a claim its user doubts, whatever
			// governs it
			return flip(value), ci, cj, class, true
		}
		nearAt := negatorAt(p, p.afterColon(p.afterConjunction(max(ss, h.i-4), h.i), h.i), h.i)
		if nearAt >= 0 && p.toks[nearAt].low == "without" && (nearAt+1 < h.i || nearAt > ss && withoutNouns[p.toks[nearAt-1].low]) {
			// "applying the law of armed conflict without qualification
			// would turn ...": "without" qualifies the words before it; so
			// in "any organisation without ECOSOC status"
			nearAt = negatorAt(p, nearAt+1, h.i)
		}
		if nearAt >= 0 && p.markBefore(nearAt, ",") {
			// "capacity-building must strengthen, not erode, the
			// sovereignty of States": a negated criticism set off by
			// commas before the hit contrasts a verb; the hit stands
			// (not "a way to end, not multiply, parallel tracks")
			for k := nearAt + 2; k <= h.i && k <= nearAt+4; k++ {
				if p.markBefore(k, ",") && p.has(cAgainst, nearAt+1, k) {
					nearAt = negatorAt(p, k, h.i)
					break
				}
			}
		}
		if gov >= 0 && p.cues[gov].j <= h.i && nearAt >= 0 && nearAt < p.cues[gov].i {
			// the negation of the governing verb ("never disputed that",
			// "not persuaded that"), read with that verb below
			nearAt = -1
		}
		negNear := nearAt >= 0 || negatedIn(p, h)
		if negNear {
			value = flip(value)
		}
		// "We reject the argument that affirming IHL encourages
		// militarisation": a rejected claim flips even a critical marker
		for _, c := range p.byClass[cAgainst] {
			if at := p.claimAt(c.j, h.i); c.i >= ss && c.j <= h.i && at >= 0 && h.i-at <= 10 && (h.i-c.j <= 10 || !p.namedBetween(at, h.i)) {
				if negatedAt(p, max(ss, c.i-4), c.i) && !negatedAt(p, c.j, h.i) {
					// "China has never disputed that international law
					// applies": the negation is the cue's, the claim stands
					return h.rule.kind, ci, cj, class, true
				}
				return flip(value), ci, cj, class, true
			}
		}
		// "We are not persuaded that existing law leaves gaps that only a
		// treaty could fill": a claim its speaker does not accept
		for _, c := range p.byClass[cCounter] {
			// the claim may follow an aside that names its authors ("not
			// persuaded by the argument, advanced by the United States,
			// that existing law is sufficient")
			if at := p.claimAt(c.j, h.i); !negNear && c.i >= ss && c.j <= h.i && at >= 0 && h.i-at <= 10 && p.disbelief(c) && !p.namedBetween(at, h.i) {
				return flip(value), ci, cj, class, true
			}
		}
		// "We do not see a gap in existing law that only a treaty could
		// fill", "there is no gap which only a convention can close": the
		// gap is denied
		if k := h.i - 1; !negNear && k-1 > ss && (p.toks[k].low == "that" || p.toks[k].low == "which") {
			for g := k - 1; g > ss && g >= k-4 && !p.toks[g+1].clause; g-- {
				if gapWords[p.toks[g].low] {
					if negatedAt(p, p.afterConjunction(max(ss, g-6), g), g) {
						// (not a negation before "and": "written for a world
						// without cyberspace and leaves gaps that only a new
						// treaty can fill")
						return flip(value), ci, cj, class, true
					}
					break
				}
			}
		}
		if post >= 0 && p.cues[post].class == cAgainst && p.claimSubject(h, ss) && (gov < 0 || gov == post) && !negatedAt(p, h.j, p.cues[post].i) {
			// "Reopening what has been painstakingly agreed would waste
			// the time of every delegation": the claim is the subject of
			// a verdict against it
			return flip(value), ci, p.cues[post].j, class, true
		}
		if gov >= 0 && p.cues[gov].j <= h.i && !p.relativeClaim(h, p.cues[gov]) {
			g := p.cues[gov]
			// "rejected the claim that international law applies"; an
			// against-marker ("the indiscriminate application of LOAC") is
			// itself critical and is not flipped by the criticism around it
			if g.class == cAgainst && (value != "against" || p.opposedAct(g, h)) {
				value = flip(value)
			}
			if negatedAt(p, max(ss, g.i-4), g.i) || p.norInverted(ss, g.i) && p.afterColon(g.j, h.i) == g.j {
				value = flip(value)
			}
			at := g.i
			if g.j < se && p.toks[g.j].low == "by" && at-1 >= ss && proposalNoun[p.toks[at-1].low] {
				at-- // "the proposals submitted by Russia for ..."
			}
			if g.class == cFavor && proposalNoun[p.toks[at].low] {
				// "We reject the proposal for additional rules": an
				// against verb on the proposal that names the claim
				for _, c := range p.byClass[cAgainst] {
					if c.i >= ss && c.j <= at && at-c.j <= 3 && !clauseBreak(p, c.j, at) {
						value = flip(value)
						break
					}
				}
			}
		}
		if p.choiceNear(h, ss, se) {
			value = "neutral"
		}
		return value, ci, cj, class, true
	}
	fronted := false
	if gov < 0 {
		gov = p.frontedGovernor(h, ss, se)
		fronted = gov >= 0
	}
	if gov < 0 {
		if k, e := p.endorsedObject(h, ss, se); k >= 0 {
			// "described the Russian draft as “a good basis” for
			// negotiations", "called the proposal a useful starting point"
			return "favor", k, e, cFavor, true
		}
		if k, e := p.agreedThat(h, ss); k >= 0 {
			// "we agree with Canada and Chile that accredited organisations
			// should be able to take part"; "we do not agree with Iran that
			// ..."
			value = "favor"
			if negatedAt(p, max(ss, k-4), k) {
				value = "against"
			}
			return value, k, e, cFavor, true
		}
		return "", 0, 0, 0, false
	}
	// a proposal inside a question ("or whether new treaties are needed") is no position
	for _, b := range p.byClass[cBlock] {
		if b.i >= ss && b.j <= h.i && h.i-b.j <= 3 && !p.doubted(b) {
			return "", 0, 0, 0, false
		}
	}
	g := p.cues[gov]
	if g.j <= h.i && p.inQuestion(ss, g.i) {
		// "still divided over whether the world needs a binding treaty":
		// the cue is the embedded question's
		return "", 0, 0, 0, false
	}
	if g.j <= h.i && h.rule.kind == "object" && p.wantedToWork(g, h) {
		// "Russia wanted the directory to handle any computer incident":
		// what it should do, not whether to have it
		return "", 0, 0, 0, false
	}
	if g.class == cFavor && p.shortOf(max(ss, g.i-4), g.i) {
		// "India has stopped short of endorsing the application of
		// international humanitarian law": neither endorsed nor rejected
		return "", 0, 0, 0, false
	}
	switch g.class {
	case cAgainst:
		value = "against"
	case cNeutral:
		value = "neutral"
	default:
		value = "favor"
	}
	negFrom := p.clauseFrom(max(ss, g.i-4), g.i)
	if g.i-2 > negFrom && p.toks[g.i-1].low == "and" && participle(p.toks[g.i-2].low) {
		// "complained that organisations had not been accredited and
		// called for their participation": the negation is the other
		// verb's
		negFrom = g.i - 1
	}
	negFlip := negatedAt(p, negFrom, g.i) || p.negativeSubject(ss, g.i) || p.parentheticalNegation(ss, g.i) || p.negatedGovernor(ss, g) || p.modalNot(g, h.i) || p.cleftNot(g, h.i)
	if negFlip {
		value = flip(value)
	}
	if negFlip && g.class == cAgainst && p.inPrincipleBut(g.j, se) {
		// "were not opposed to new norms in principle but saw no case for
		// them until ...": a concession, not a position for
		return "", 0, 0, 0, false
	}
	if g.class == cFavor && g.j <= h.i && p.deniedGap(ss, g.i) {
		// "We have not identified a gap that would call for a new legally
		// binding instrument": the gap that would call for it is denied
		value = flip(value)
	}
	if (g.class == cFavor || g.class == cNormative) && h.rule.kind == "object" && p.ratherThan(g.j, h.i) {
		// "should be devoted to implementation rather than to negotiating
		// additional norms": the object after "rather than" is the one set aside
		value = flip(value)
	}
	if g.class == cFavor && h.rule.kind == "object" && p.preferredTo(g, h.i) {
		// "would prefer a successor OEWG to a Programme of Action": the
		// object after "to" or "over" is the one passed over
		value = flip(value)
	}
	if g.j <= h.i && h.rule.kind == "object" && p.endOf(g.j, h.i) {
		// "welcomed what he called the burial of the PoA": the cue is
		// about the proposal's end
		value = flip(value)
	}
	if g.class == cAgainst && g.j <= h.i && h.i-g.j <= 6 && !clauseBreak(p, g.j, h.i) && p.undoneObject(g.j, h.i) {
		// "rejected any attempt to reopen the agreed framework": the
		// object of the act the cue opposes
		value = flip(value)
	}
	// "rejected the proposal to ...", "opposed calls for ...": an against cue
	// governing a favor cue
	if g.class != cAgainst {
		flipped := false
		for _, c := range p.byClass[cAgainst] {
			if c.j <= g.i && g.i-c.j <= 4 && c.i >= ss && !clauseBreak(p, c.j, g.i) && !coordinated(p, c.j, g.i) && !p.anyWord(c.j, g.i, orWord) {
				// (not "called it premature and proposed ...": two
				// predicates)
				value = flip(value)
				g.i, flipped = c.i, true
				break
			}
		}
		// "caution against the notion, voiced by some, that every State
		// should exercise control over its information space": the cue
		// of a claim that an against cue rejects
		for _, c := range p.cues {
			if c.class != cAgainst && (c.class != cCounter || !p.disbelief(c) || negFlip) {
				continue // "We are not persuaded by the argument that new norms are needed"
			}
			if !flipped && c.i >= ss && c.j <= g.i && g.i-c.j <= 12 && p.claimThat(c.j, g.i) && !negatedAt(p, max(ss, c.i-4), c.i) {
				value = flip(value)
				g.i = c.i
				break
			}
		}
	}
	if p.choiceNear(h, ss, se) {
		// "South Africa does not see the choice between a treaty and
		// voluntary norms as a binary one": whatever governs the issue,
		// the clause declines to choose
		value = "neutral"
	}
	if fronted {
		// the cue is the main clause's: its holder is found from there
		return value, g.i, g.j, g.class, true
	}
	ci, cj = min(g.i, h.i), max(g.j, h.j)
	return value, ci, cj, g.class, true
}

// inPrincipleBut reports "in principle" after k and "but" after it, in
// the sentence ending at se, or "outright" right after k ("did not reject
// IHL outright"): a concession, whatever follows.
// byAsideEnd returns the token after an aside at k that names the
// authors of what comes before it (", advanced by France and Egypt,"), or
// 0. Unlike asideEnd, which reads the asides of a claim with the verbs of
// voicing (asideVerbs), any participle opens it ("proposed", "submitted"),
// and a State must follow "by" at once.
func (p *para) byAsideEnd(k, se int) int {
	if k+2 >= se || !p.markBefore(k, ",") || !strings.HasSuffix(p.toks[k].low, "ed") || p.toks[k+1].low != "by" {
		return 0
	}
	if _, ok := p.actorAt(k + 2); !ok {
		return 0
	}
	for e := k + 2; e < se && e <= k+14; e++ {
		if p.toks[e].clause {
			if p.markBefore(e, ",") {
				return e
			}
			return 0
		}
	}
	return 0
}

// purposeAfter returns the against cue that opens a purpose clause right
// after token from ("pursued in order to bypass", "designed to
// undermine"), or -1.
func (p *para) purposeAfter(from, se int) int {
	k := from
	for k < se && k-from < 3 && (p.toks[k].low == "in" || p.toks[k].low == "order" || p.toks[k].low == "so" || p.toks[k].low == "as") && !p.toks[k].clause {
		k++
	}
	if k >= se || p.toks[k].low != "to" || p.toks[k].clause {
		return -1
	}
	for c, h := range p.cues {
		if h.class == cAgainst && (h.i == k || h.i == k+1) && h.j <= se {
			return c
		}
	}
	return -1
}

// newMainClause reports a main clause of its own between a cue ending at
// from and a hit at i: ", and it wished the future mechanism to consider
// binding obligations" after "was not convinced that ...". A
// coordinator that opens a clause with a pronoun subject ends the cue's
// reach.
func (p *para) newMainClause(from, i int) bool {
	for k := from; k+1 < i; k++ {
		if !p.toks[k].clause || !coordinators[p.toks[k].low] {
			continue
		}
		switch p.toks[k+1].low {
		case "it", "they", "we", "he", "she":
			return true
		}
	}
	return false
}

// opposedAct reports an against-marker that names an act undoing what was
// agreed, governed as the act the against cue g opposes: "rejected any
// attempt to reopen the agreed framework", "resist calls to reopen",
// "warned against reopening the framework". Such an act is what the cue's
// subject refuses, not a criticism of it.
func (p *para) opposedAct(g cueHit, h issueHit) bool {
	if h.i < g.j || h.i-g.j > 4 || clauseBreak(p, g.j, h.i) || !undoingAct(p.toks[h.i].low) {
		return false
	}
	if h.i == g.j && strings.HasSuffix(p.toks[h.i].low, "ing") {
		return true // "warned against reopening"
	}
	return h.i > 0 && p.toks[h.i-1].low == "to" && (h.i-1 == g.j || h.i-1 > g.j && attemptNouns[p.toks[h.i-2].low])
}

// undoingAct reports a verb that undoes what was agreed ("reopen",
// "renegotiating", "unravel"): its against-markers name an act, which an
// against cue opposes. Other against-markers that open with a verb are
// criticisms in their own words ("warned against transplanting the law of
// armed conflict"), which the cue does not turn round.
func undoingAct(w string) bool {
	for _, stem := range undoingStems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

var undoingStems = []string{"reopen", "renegotiat", "relitigat", "unravel", "revisit", "rewrit", "discard", "dilut"}

// undoneObject reports an undoing act between from and the object at i
// whose object it is, with only an article between ("reopen the agreed
// framework"); not "reopening the debate on a new treaty".
func (p *para) undoneObject(from, i int) bool {
	for k := i - 1; k >= from; k-- {
		if undoingAct(p.toks[k].low) {
			return true
		}
		if w := p.toks[k].low; w != "the" && w != "any" && w != "its" && w != "their" && w != "this" && w != "that" {
			return false
		}
	}
	return false
}

// attemptNouns are the nouns of "any attempt to", "calls to", "efforts
// to", "moves to", before an act that an against cue opposes.
var attemptNouns = map[string]bool{"attempt": true, "attempts": true, "calls": true, "call": true, "effort": true, "efforts": true, "moves": true,
	"move": true, "bid": true, "bids": true, "initiative": true, "proposals": true, "proposal": true, "temptation": true, "pressure": true, "push": true}

// reducedRelative reports a one-word participle cue that modifies the
// proposal before it, with a modal verb right after: "a treaty
// negotiation launched now would absorb a decade" (the verdict is
// "would absorb", not "launched"), or after where it was done: "the
// Programme of Action endorsed in General Assembly resolution 77/37
// should provide the architecture". It returns the modal's index, or 0.
func (p *para) reducedRelative(c cueHit, se int) int {
	if c.class != cFavor || c.j-c.i != 1 || !strings.HasSuffix(p.toks[c.i].low, "ed") {
		return 0
	}
	reach := c.j + 2
	if c.j < se && (p.toks[c.j].low == "in" || p.toks[c.j].low == "by") {
		// "the Programme of Action endorsed in General Assembly
		// resolution 77/37 should provide the architecture"
		reach = c.j + 8
	}
	for k := c.j; k < se && k <= reach; k++ {
		if p.toks[k].clause {
			return 0
		}
		switch p.toks[k].low {
		case "would", "could", "might", "will", "should", "must", "can":
			if k > c.j+2 || p.toks[k].low != "should" && p.toks[k].low != "must" && p.toks[k].low != "can" {
				return k
			}
			return 0
		}
	}
	return 0
}

func (p *para) inPrincipleBut(k, se int) bool {
	for i := k; i < se && i <= k+6; i++ {
		if p.toks[i].low == "outright" || p.toks[i].low == "entirely" && i+1 < se && p.toks[i+1].clause {
			// "did not reject IHL outright. But it said it was not ready
			// to affirm its application"
			return true
		}
	}
	for i := k; i+1 < se; i++ {
		if p.toks[i].low == "in" && p.toks[i+1].low == "principle" {
			for j := i + 2; j < len(p.toks) && j <= i+4 && (j < se || j == se && p.toks[j].sentInit); j++ {
				// "but" in the sentence, or opening the next one: "Mongolia
				// is not opposed to new norms in principle. But ..."
				if p.toks[j].low == "but" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// sayingAside reports "be said", "be noted", "be stressed" at k, after a
// modal: "Brazil and India, it should be said, stopped short of ..." is
// the author's aside, not a recommendation.
func (p *para) sayingAside(k int) bool {
	if k+1 >= len(p.toks) || p.toks[k].low != "be" {
		return false
	}
	switch p.toks[k+1].low {
	case "said", "noted", "stressed", "recalled", "added", "admitted", "acknowledged", "recognised", "recognized", "emphasised", "emphasized", "underlined", "conceded", "remembered", "pointed":
		return true
	}
	return false
}

// shortOf reports "stopped short of" ending at a token in [from, i], with
// no clause break before i: "stopped short of endorsing the calls for a
// convention".
func (p *para) shortOf(from, i int) bool {
	for k := i; k >= from && k >= 3; k-- {
		if k < i && p.toks[k+1].clause {
			return false
		}
		if p.toks[k-1].low != "of" || p.toks[k-2].low != "short" {
			continue
		}
		switch p.toks[k-3].low {
		case "stop", "stops", "stopped", "stopping":
			return true
		}
	}
	return false
}

// derogatory reports an issue hit that opens with "so-called", the label
// by which a speaker keeps a proposal at arm's length ("the so-called
// framework of responsible State behaviour").
func (p *para) derogatory(h issueHit) bool {
	return h.i+2 < h.j && p.toks[h.i].low == "so" && p.toks[h.i+1].low == "called"
}

// voicedLabel reports a derogatory hit h that is the voice's own label
// for what others hold: after a favor cue ("endorsing the so-called
// framework"), not negated and not a verb of saying ("argue that the
// so-called framework ..." is the arguers'); after a verb of using it
// ("invoking the so-called framework"); or on their own thing ("their
// so-called Programme of Action").
func (p *para) voicedLabel(h issueHit) bool {
	for _, c := range p.byClass[cFavor] {
		if c.j <= h.i && h.i-c.j <= 1 && p.toks[c.j-1].low != "that" && !clauseBreak(p, c.j, h.i) && !negatedAt(p, max(0, c.i-3), c.i) {
			return true
		}
	}
	if k := h.i - 1; k > 0 && (p.toks[k].low == "their" || p.toks[k].low == "its") {
		return true
	} else if k > 0 && p.toks[k].low == "the" {
		return usingVerbs[p.toks[k-1].low]
	}
	return false
}

// usingVerbs use a label they do not question: "invoking the so-called
// framework".
var usingVerbs = map[string]bool{"invoking": true, "invoke": true, "invokes": true, "invoked": true, "citing": true, "cite": true, "cites": true, "cited": true,
	"imposing": true, "impose": true, "imposes": true, "imposed": true, "touting": true, "tout": true, "touts": true, "touted": true}

// doubtedClaim reports a claim marker right after a word that doubts it
// ("the supposed gaps in international law", "the alleged vacuum").
func (p *para) doubtedClaim(h issueHit) bool {
	if h.rule.kind != "favor" && h.rule.kind != "against" || h.i == 0 || p.toks[h.i].clause {
		return false
	}
	switch p.toks[h.i-1].low {
	case "supposed", "alleged", "purported", "presumed", "imagined", "imaginary", "perceived":
		return true
	}
	return false
}

// parallelThat reports an "and that" between the cue c and token i when c
// takes no "that" clause of its own: the "that" opens a second claim of a
// verb above c ("said it would not accept any attempt to reopen the acquis
// and that the norms have to be implemented before new ones"), which a
// critical or negated c does not turn round.
func (p *para) parallelThat(c cueHit, i int) bool {
	if p.toks[c.j-1].low == "that" || c.j < len(p.toks) && p.toks[c.j].low == "that" {
		return false
	}
	for k := c.j + 1; k < i; k++ {
		if p.toks[k].low == "that" && p.toks[k-1].low == "and" {
			return true
		}
	}
	return false
}

// wantedToWork reports "want X to <verb>" where X is the object hit h
// and the verb says how X should work ("wanted the directory to handle
// any computer incident", "wants the PoA to include a fund"), not that X
// should exist ("wanted a Programme of Action to become the permanent
// home").
func (p *para) wantedToWork(g cueHit, h issueHit) bool {
	switch p.toks[g.i].low {
	case "want", "wants", "wanted", "wanting":
	default:
		return false
	}
	if h.i-g.j > 3 || h.j+1 >= len(p.toks) || p.toks[h.j].low != "to" {
		return false
	}
	switch p.toks[h.j+1].low {
	case "become", "replace", "succeed", "serve", "be", "take", "begin", "start", "open", "commence", "proceed", "go":
		return false
	}
	return true
}

// designModal reports a bare "should" or "must" cue, which after a
// proposal says how it should work.
func (p *para) designModal(c cueHit) bool {
	if c.class != cNormative || c.j-c.i != 1 {
		return false
	}
	if w := p.toks[c.i].low; w != "should" && w != "must" {
		return false
	}
	// "should become the permanent home", "should be established",
	// "should replace the cycle of working groups" are about having it
	if c.j < len(p.toks) {
		switch p.toks[c.j].low {
		case "become", "replace", "succeed", "serve":
			return false
		case "be":
			if c.j+1 < len(p.toks) {
				switch p.toks[c.j+1].low {
				case "established", "created", "launched", "adopted", "set", "made", "the", "a", "our":
					return false
				}
			}
		}
	}
	return true
}

// modalNot reports a modal cue negated right after it, before the hit at
// i: "it must not become a Programme of Action", "should never be a
// treaty".
func (p *para) modalNot(g cueHit, i int) bool {
	if g.j >= i || g.j-g.i != 1 {
		return false
	}
	switch p.toks[g.i].low {
	case "should", "must":
	default:
		return false
	}
	switch p.toks[g.j].low {
	case "not", "never":
	default:
		return false
	}
	// the hit is the complement right after: "must not become a
	// Programme of Action", "should not negotiate a new treaty"; not "must
	// never be targeted", "should not be defensive about the law"
	if i-g.j > 4 {
		return false
	}
	for k := g.j + 1; k < i; k++ {
		switch p.toks[k].low {
		case "be", "become", "a", "an", "the", "negotiate", "adopt", "establish", "create", "draft", "launch", "pursue", "open":
		default:
			return false
		}
	}
	return true
}

// choiceNear reports a phrase of the choice class in the sentence [ss, se)
// in the same clause as the issue hit h (no clause boundary between them).
func (p *para) choiceNear(h issueHit, ss, se int) bool {
	for _, c := range p.byClass[cChoice] {
		if c.i < ss || c.j > se || p.toks[c.i].quoted {
			continue
		}
		if c.i >= h.j && !clauseBreak(p, h.j, c.i) || c.j <= h.i && !clauseBreak(p, c.j, h.i) || c.i < h.j && c.j > h.i {
			return true
		}
		if c.i >= h.j && c.i-h.j <= 4 && (p.toks[c.i].low == "rather" || p.toks[c.i].low == "without") {
			// "on the elements of the Programme of Action proposal alike,
			// rather than choosing between them": an adjunct after a comma
			return true
		}
		if c.i >= h.j && p.optionsBefore(ss, h.i) {
			// "Whether this mechanism is called a programme of action or
			// a permanent working group is, for us, a secondary question":
			// the options of an embedded question, judged after it
			return true
		}
	}
	return false
}

// optionsBefore reports "whether" or "between" shortly before i in the
// sentence from ss: the issue at i is one of the options they open.
func (p *para) optionsBefore(ss, i int) bool {
	for k := max(ss, i-12); k < i; k++ {
		if w := p.toks[k].low; w == "whether" || w == "between" {
			return true
		}
	}
	return false
}

// choiceIn reports a phrase in the sentence [ss, se), outside quotation
// marks, by which it declines to choose between the options of an issue
// ("not a binary choice", "not mutually exclusive", "we neither exclude
// ... nor", "could live with either name"): the choice class of cues.tsv.
func (p *para) choiceIn(ss, se int) bool {
	for _, c := range p.byClass[cChoice] {
		if c.i >= ss && c.j <= se && !p.toks[c.i].quoted {
			return true
		}
	}
	return false
}

// frontedTopics open a sentence with its topic before the main clause:
// "On a legally binding instrument, Kenya remains open."
var frontedTopics = [][]string{{"on"}, {"as", "for"}, {"as", "regards"}, {"regarding"}, {"concerning"}, {"with", "regard", "to"},
	{"with", "respect", "to"}, {"when", "it", "comes", "to"}, {"in", "relation", "to"}, {"turning", "to"}}

// frontedGovernor returns the index in p.cues of the position cue of the
// main clause when the object hit h lies in a fronted topic phrase that
// opens the sentence [ss, se) ("On a legally binding instrument, Ghana has
// avoided a clear choice"; "As for a treaty, our group takes no position
// either way"), or -1. The phrase must close with a comma within a few
// words of the hit, and the cue must come within a few words of that
// comma, in the same clause.
func (p *para) frontedGovernor(h issueHit, ss, se int) int {
	k := ss
	if k < se && (allDigits(p.toks[k].low) || len(p.toks[k].low) == 1) {
		k++ // "12. On ...", "(a) On ..."
	}
	at := -1
	for _, f := range frontedTopics {
		if k+len(f) > h.i {
			continue
		}
		ok := true
		for n, w := range f {
			if p.toks[k+n].low != w {
				ok = false
				break
			}
		}
		if ok {
			at = k + len(f)
			break
		}
	}
	if at < 0 || clauseBreak(p, at+1, h.i) {
		return -1
	}
	// the comma closing the phrase, a few words after the hit
	comma := -1
	for c := h.j; c < se && c <= h.j+8; c++ {
		if p.toks[c].clause {
			if strings.Contains(p.text[p.toks[c-1].e:p.toks[c].s], ",") {
				comma = c
			}
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for x, c := range p.cues {
		if c.class > cNeutral || c.i < comma || c.j > se || p.toks[c.i].quoted {
			continue
		}
		if c.i-comma > 8 || clauseBreak(p, comma+1, c.i) {
			return -1
		}
		return x
	}
	return -1
}

// afterConjunction moves from forward past the last "and", "but" or "or"
// before i: a negation before it belongs to the other conjunct ("written
// for a world without cyberspace and leaves serious gaps").
func (p *para) afterConjunction(from, i int) int {
	for k := i - 1; k > from; k-- {
		switch p.toks[k].low {
		case "and", "but", "or":
			return k
		}
	}
	return from
}

// norInverted reports a sentence that opens with "Nor" and an auxiliary
// before its subject and the verb at g ("Nor does the United Kingdom
// accept the argument that ..."): the verb is negated, however long the
// subject (not "Nor is it a coincidence that ...").
func (p *para) norInverted(ss, g int) bool {
	if g-ss < 3 || g-ss > 10 || p.toks[ss].low != "nor" {
		return false
	}
	switch p.toks[ss+1].low {
	case "does", "do", "did", "can", "could", "will", "would", "should", "shall", "may", "might":
		return !negatedAt(p, ss+2, g) && !slices.ContainsFunc(p.toks[ss+2:g], func(t tok) bool { return t.clause })
	}
	return false
}

// afterColon returns the first token after the last colon in (from, i]
// of p, or from: a negation before the colon is not the claim's ("the
// American line has not moved: existing international law applies").
func (p *para) afterColon(from, i int) int {
	for k := i; k > from; k-- {
		if p.markBefore(k, ":") {
			return k
		}
	}
	return from
}

// claimThat reports "that", "the argument that", "the claim that", "the
// view that" right after an against cue and before token i: the cue
// rejects a claim, so it flips even a critical assertion ("We reject the
// argument that affirming IHL encourages militarisation": favor).
func (p *para) claimThat(from, i int) bool {
	return p.claimAt(from, i) >= 0
}

// claimAt returns the "that" which opens the claim claimThat finds
// between from and i, or -1.
func (p *para) claimAt(from, i int) int {
	from = p.timeAsideEnd(from, i) // "rejected, during the first Working Group, the notion that"
	if from+1 < i && p.toks[from].clause && discourseAdverbs[p.toks[from].low] && p.toks[from+1].low == "that" && p.markBefore(from+1, ",") &&
		!(from+2 < i && (claimNouns[p.toks[from+2].low] || echoBack[p.toks[from+2].low])) {
		return from + 1 // "not persuaded, however, that negotiating a treaty now would be useful"
	}
	if from < i && p.toks[from].low == "that" && !p.toks[from].clause && !(from+1 < i && (claimNouns[p.toks[from+1].low] || echoBack[p.toks[from+1].low])) {
		return from // "rejected that existing law has gaps", not "rejected that argument"
	}
	if from+2 < i && p.toks[from].low == "to" && acceptVerbs[p.toks[from+1].low] && p.toks[from+2].low == "that" {
		return from + 2 // "remain reluctant to accept that the law of armed conflict applies"
	}
	for k := from; k+1 < i && k < from+4; k++ {
		if claimNouns[p.toks[k].low] {
			if at := p.asideEnd(k + 1); at < i && p.toks[at].low == "that" {
				return at
			}
			return -1
		}
	}
	return -1
}

// timeAsideEnd returns the token after an aside of time or place set off
// by commas at k, before token i ("rejected, during the first Working
// Group, the notion that ...", "dismissed, in its national submission,
// the idea that ..."); k when there is none.
func (p *para) timeAsideEnd(k, i int) int {
	if k >= i || !p.toks[k].clause || !p.markBefore(k, ",") || !timeAsideWords[p.toks[k].low] {
		return k
	}
	for e := k + 1; e < i && e <= k+9; e++ {
		if p.toks[e].quoted || p.anyCue(e) {
			return k
		}
		if p.toks[e].clause {
			if p.markBefore(e, ",") {
				return e
			}
			return k
		}
	}
	return k
}

// timeAsideWords open an aside of time or place.
var timeAsideWords = map[string]bool{"during": true, "in": true, "at": true, "on": true, "since": true, "throughout": true, "as": true, "back": true, "already": true, "once": true, "again": true}

// discourseAdverbs are the adverbs set off by commas between a verb and
// the claim it takes ("not persuaded, however, that ...").
var discourseAdverbs = map[string]bool{"however": true, "therefore": true, "though": true, "nevertheless": true, "moreover": true, "frankly": true,
	"still": true, "yet": true, "honestly": true, "candidly": true, "personally": true, "furthermore": true, "nonetheless": true}

// relativeClaim reports a claim in a relative clause on the object of cue
// g ("risks diluting obligations that already bind us under the
// Charter"): the clause asserts it, whatever g says of its noun.
func (p *para) relativeClaim(h issueHit, g cueHit) bool {
	k := h.i - 1
	if k-1 < g.j || k-1-g.j > 2 || (p.toks[k].low != "that" && p.toks[k].low != "which") {
		return false // the noun is the cue's object: "diluting (the) obligations that"
	}
	n := p.toks[k-1]
	return !n.quoted && !claimNouns[n.low] && !isFunctionWord(n.low) && !p.toks[k].clause && strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss")
}

// claimSubject reports a claim marker that opens its sentence or its
// clause after a conjunction ("Reopening what has been agreed would ...",
// "But reopening ..."), so that it is the subject of the verb after it.
func (p *para) claimSubject(h issueHit, ss int) bool {
	k := h.i
	if k > ss && (p.toks[k-1].low == "but" || p.toks[k-1].low == "and" || p.toks[k-1].low == "yet") {
		k--
	}
	return k == ss || p.toks[k].clause && k-ss <= 3 && !p.toks[k].quoted
}

// withoutNouns are the holders a "without" phrase describes ("an
// organisation without ECOSOC status", "States without a CERT"): the
// phrase says which ones, it negates nothing.
var withoutNouns = map[string]bool{"organisation": true, "organisations": true, "organization": true, "organizations": true, "ngos": true, "ngo": true,
	"stakeholders": true, "bodies": true, "entities": true, "applicants": true, "states": true, "countries": true, "those": true, "others": true}

// claimNouns name a claim that a "that" clause states: "the argument that
// ...", "the view, expressed by China, that ...".
var claimNouns = map[string]bool{"argument": true, "arguments": true, "claim": true, "claims": true, "view": true, "views": true, "notion": true,
	"idea": true, "suggestion": true, "suggestions": true, "assertion": true, "contention": true, "concern": true, "concerns": true, "position": true, "premise": true,
	"proposition": true, "propositions": true, "assumption": true, "thesis": true}

// asideVerbs open an aside that names who put a claim forward: "the view,
// expressed by China, that ...".
var asideVerbs = map[string]bool{"expressed": true, "advanced": true, "voiced": true, "put": true, "made": true, "held": true, "raised": true,
	"shared": true, "defended": true, "championed": true, "articulated": true, "presented": true, "repeated": true, "echoed": true, "offered": true,
	"renewed": true, "reiterated": true, "tabled": true, "floated": true, "promoted": true, "sponsored": true, "proposed": true, "launched": true}

// callNouns name a proposal whose makers an aside names, and whose content
// follows "for", "to" or "that": "the call, repeated by Russia and
// supported by Belarus and Nicaragua, for the Mechanism to begin
// negotiating a convention".
var callNouns = map[string]bool{"call": true, "calls": true, "proposal": true, "proposals": true, "appeal": true, "demand": true, "demands": true,
	"request": true, "plea": true, "initiative": true, "initiatives": true}

// claimContent reports a token that opens the content of the claim or
// call named by noun after its aside: "that" for both, "for" and "to" for
// a call.
func claimContent(noun, w string) bool {
	return w == "that" || callNouns[noun] && (w == "for" || w == "to")
}

// dropAsideCues removes the favor and against cues inside an aside that
// names who put a claim or a call forward ("the call, repeated by Russia
// and supported by Belarus and Nicaragua, for ..."): "supported" there
// says who made the call, and the sentence's own cue governs it
// (claimAsides gives the makers their position).
func (p *para) dropAsideCues() {
	if len(p.byClass[cFavor])+len(p.byClass[cAgainst]) == 0 {
		return
	}
	for k := 1; k+3 < len(p.toks); k++ {
		if !p.toks[k+1].clause {
			continue // the aside opens with a comma right after the noun
		}
		w := p.toks[k].low
		if !claimNouns[w] && !callNouns[w] || p.toks[k].quoted {
			continue
		}
		at := p.asideEnd(k + 1)
		if at == k+1 || at >= len(p.toks) || !claimContent(w, p.toks[at].low) {
			continue
		}
		inside := func(c cueHit) bool { return (c.class == cFavor || c.class == cAgainst) && c.i >= k+1 && c.j <= at }
		if !slices.ContainsFunc(p.cues, inside) {
			continue
		}
		p.cues = slices.DeleteFunc(p.cues, inside)
		p.byClass[cFavor] = slices.DeleteFunc(p.byClass[cFavor], inside)
		p.byClass[cAgainst] = slices.DeleteFunc(p.byClass[cAgainst], inside)
	}
}

// asideTimes are the words of time in "expressed again this week by".
var asideTimes = map[string]bool{"again": true, "this": true, "last": true, "past": true, "week": true, "month": true, "year": true, "session": true, "morning": true, "afternoon": true,
	"today": true, "yesterday": true, "earlier": true, "once": true, "more": true}

// weekdays are the days of "made again on Tuesday by".
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// asideEnd returns the token after an aside that opens at k and names who
// put a claim forward (", expressed by China and Cuba,", ", put forward by
// some delegations,"), or k when none opens there.
func (p *para) asideEnd(k int) int {
	if k+2 >= len(p.toks) || !asideVerbs[p.toks[k].low] || !strings.Contains(p.text[p.toks[k-1].e:p.toks[k].s], ",") {
		return k
	}
	j := k + 1
	if p.toks[k].low == "put" && p.toks[j].low == "forward" {
		j++
	}
	// a few words of time or manner before "by": "made again on Tuesday by"
	for n := j; n < len(p.toks) && n <= j+4 && !p.toks[n].clause; n++ {
		if p.toks[n].low == "by" {
			j = n
			break
		}
		if !isFunctionWord(p.toks[n].low) && !tailWords[p.toks[n].low] && !weekdays[p.toks[n].low] && !asideTimes[p.toks[n].low] && !strings.HasSuffix(p.toks[n].low, "ly") {
			break
		}
	}
	if j >= len(p.toks) || p.toks[j].low != "by" {
		return k
	}
	for j++; j < len(p.toks) && j <= k+14 && p.toks[j].sent == p.toks[k].sent; j++ {
		if strings.Contains(p.text[p.toks[j-1].e:p.toks[j].s], ",") {
			return j
		}
	}
	return k
}

// inClaimAside reports an actor named in an aside that says who put a
// claim forward ("the argument, advanced by the United States and a
// number of other Western countries, that ..."): it holds the claim, not
// the sentence's position on it.
func (p *para) inClaimAside(ss int, m actorMention) bool {
	for k := m.i - 2; k >= ss && k >= m.i-16; k-- {
		if claimNouns[p.toks[k].low] || callNouns[p.toks[k].low] {
			at := p.asideEnd(k + 1)
			return at > k+1 && m.j <= at
		}
	}
	return false
}

// claimAsides gives the holders an aside names the claim they put forward:
// in "We do not share the view, expressed by China, that affirming IHL
// would legitimise conflict" China holds the claim, which the speaker
// rejects. A holder who rejects the claim (a negation or an against cue
// right before its noun) holds the opposite value of the aside's; one who
// shares it ("We share the concern, voiced by Kenya, that ..."), the same.
func (p *para) claimAsides(out []Stance) []Stance {
	n := len(out)
	for x := 0; x < n; x++ {
		st := out[x]
		if st.Value == "neutral" {
			continue
		}
		ci, cj, ok := p.cueSpan(st.Cue)
		if !ok {
			continue
		}
		ss := p.sentStart(ci)
		for k := ss; k+3 < cj; k++ {
			if !claimNouns[p.toks[k].low] && !callNouns[p.toks[k].low] || p.toks[k].quoted {
				continue
			}
			at := p.asideEnd(k + 1)
			if at == k+1 || at >= cj || !claimContent(p.toks[k].low, p.toks[at].low) {
				continue
			}
			var holders []string
			for _, m := range p.actors {
				if m.i > k+1 && m.j <= at && !contains(st.Actors, m.code) {
					holders = appendActor(holders, m.code)
				}
			}
			if len(holders) == 0 {
				break
			}
			value := st.Value
			rejected := negatedAt(p, max(ss, k-6), k)
			for _, c := range p.byClass[cAgainst] {
				rejected = rejected || c.i >= max(ss, k-4) && c.j <= k
			}
			if rejected {
				value = flip(value)
			}
			out = addStance(out, Stance{Issue: st.Issue, Value: value, Actors: holders, Cue: st.Cue})
			break
		}
	}
	return out
}

// acceptVerbs take a claim as their object: "refused to accept that", "is
// reluctant to concede that".
var acceptVerbs = map[string]bool{"accept": true, "acknowledge": true, "admit": true, "concede": true, "recognise": true, "recognize": true, "agree": true, "believe": true, "endorse": true}

// clauseFrom moves from forward past the last clause break before i and
// an "and" after it: a negation in an earlier clause ("excluded without
// explanation, and we support ...") does not reach the cue at i.
func (p *para) clauseFrom(from, i int) int {
	for k := i; k > from; k-- {
		if p.toks[k].clause && k < len(p.toks) && (p.toks[k].low == "and" || p.toks[k].low == "but") {
			return k
		}
	}
	return from
}

// negativeSubject reports a sentence that opens with a negative
// quantifier as the subject of the verb at k: "Neither of our Governments
// will support ...", "None of us supports ...".
func (p *para) negativeSubject(ss, k int) bool {
	if k-ss > 8 || k-ss < 3 || ss+1 >= len(p.toks) || p.toks[ss+1].low != "of" || p.toks[ss].quoted {
		return false
	}
	if w := p.toks[ss].low; w != "neither" && w != "none" {
		return false
	}
	for i := ss + 1; i <= k; i++ {
		if w := p.toks[i].low; p.toks[i].clause || w == "who" || w == "which" || w == "that" || w == "this" {
			return false // (not "None of this will satisfy those who reject ...")
		}
	}
	return true
}

// agentless reports a passive cue without a "by" agent ("a text calling for
// a convention was rejected"): it tells what happened to the proposal, not
// what the text's sponsors want.
func (p *para) agentless(c cueHit, se int) bool {
	if c.i == 0 {
		return false
	}
	switch p.toks[c.i-1].low {
	case "was", "were", "been", "is", "are", "be":
	default:
		return false
	}
	if w := p.toks[c.i].low; !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "wn") {
		return false // a verdict ("is premature", "would be a mistake"), not a passive
	}
	return !(c.j < se && p.toks[c.j].low == "by")
}

// coordinated reports a coordinating word between from and to: a cue after
// it heads its own predicate ("called for a treaty and rejected sanctions").
func coordinated(p *para, from, to int) bool {
	return p.anyWord(from, to, coordinators)
}

var (
	coordinators  = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "yet": true}
	subordinators = map[string]bool{"since": true, "because": true, "although": true, "though": true, "whereas": true}
)

// Word sets for anyWord.
var (
	thatWord    = map[string]bool{"that": true}
	orWord      = map[string]bool{"or": true}
	butNotWords = map[string]bool{"but": true, "not": true, "nor": true}
)

// anyWord reports one of words among the tokens from..to.
func (p *para) anyWord(from, to int, words map[string]bool) bool {
	for k := from; k < to && k < len(p.toks); k++ {
		if words[p.toks[k].low] {
			return true
		}
	}
	return false
}

// reportedBetween reports a reporting verb between from and to after a
// clause break or an "and": it opens a new complement that an earlier cue
// does not govern ("rejected a new treaty, saying existing law applies").
func (p *para) reportedBetween(from, to int) bool {
	for _, r := range p.byClass[cReport] {
		if r.i >= from && r.j <= to && (clauseBreak(p, from, r.i) || r.i > from && p.toks[r.i-1].low == "and") {
			// "dismissed the framework as voluntary wishes and said a
			// binding convention was needed": a new verb of saying
			return true
		}
	}
	return false
}

// negatedGovernor reports a negated favor cue that governs cue g from a
// few words before it, in the same clause ("did not believe the time was
// ripe to negotiate a treaty"), when g itself is not negated.
func (p *para) negatedGovernor(ss int, g cueHit) bool {
	if negatedAt(p, max(ss, g.i-4), g.j) {
		return false
	}
	for _, c := range p.byClass[cFavor] {
		if n, ok := p.pastAsides(c.j, g.i); c.j <= g.i && ok && n <= 5 && c.i >= ss && (negatedAt(p, max(ss, c.i-3), c.i) || c.i-4 >= ss && p.toks[c.i-4].low == "nor") {
			return true
		}
	}
	return false
}

// pastAsides counts the words from token from up to token to, leaving out
// asides set off by commas of up to six words ("not convinced that the
// Programme, or this Group, should negotiate") and asides that name who
// put a claim forward (asideEnd). ok is false when another
// clause break comes between.
func (p *para) pastAsides(from, to int) (n int, ok bool) {
	for k := from; k <= to && k < len(p.toks); k++ {
		if !p.toks[k].clause {
			if k < to {
				n++
			}
			continue
		}
		if !p.markBefore(k, ",") {
			return n, false
		}
		if e := p.asideEnd(k); e > k && e <= to {
			// ", expressed again this week by the Russian Federation,"
			if e < to {
				n++
			}
			k = e
			continue
		}
		end := k + 1
		for end <= to && end <= k+6 && !p.toks[end].clause {
			end++
		}
		if end > to || end > k+6 || !p.markBefore(end, ",") {
			return n, false
		}
		if end < to {
			n++
		}
		k = end
	}
	return n, true
}

// parentheticalNegation reports a negator right before a parenthetical
// phrase between commas, of up to five words, that ends at most two words
// before token i ("does not see, at this stage, a need to negotiate").
func (p *para) parentheticalNegation(ss, i int) bool {
	comma := func(k int) bool { return p.markBefore(k, ",") }
	end := i
	for end > ss && end > i-3 && !p.toks[end].clause {
		end--
	}
	if end <= ss || !comma(end) {
		return false
	}
	for start := end - 1; start > ss && start >= end-5; start-- {
		if p.toks[start].clause {
			return comma(start) && negatedAt(p, max(ss, start-2), start)
		}
	}
	return false
}

// question reports a sentence ending at token se with a question mark.
func (p *para) question(se int) bool {
	end := len(p.text)
	if se < len(p.toks) {
		end = p.toks[se].s
	}
	return strings.HasSuffix(strings.TrimRight(p.text[p.toks[se-1].e:end], " \t\n\u00a0\"'”’)"), "?")
}

// askedQuestion reports a written parliamentary question, which opens
// with "To ask" ("To ask the Secretary of State for Foreign, Commonwealth
// and Development Affairs, what his policy is on proposals for a new
// convention."): it asks, whatever it names, and ends with a full stop.
func (p *para) askedQuestion(ss int) bool {
	return ss == 0 && len(p.toks) > 2 && strings.HasPrefix(p.text[p.toks[0].s:], "To ask ")
}

// contrasted reports a contrast between from and to ("does not dismiss
// these proposals, but the time is not ripe for a treaty"): a cue before
// it does not govern what follows it.
func contrasted(p *para, from, to int) bool {
	for k := from; k < to; k++ {
		switch p.toks[k].low {
		case "but", "however", "whereas":
			return true
		case "while":
			// ", while Russia and Iran kept pointing to gaps": a clause with
			// its own subject (not "while implementing the norms")
			if _, ok := p.actorAt(k + 1); ok && p.markBefore(k, ",") {
				return true
			}
		}
	}
	return false
}

// subordinated reports a subordinating conjunction between from and to: a
// cue before it does not govern what follows it ("sees no need for a new
// treaty, since international law is fit for purpose").
func subordinated(p *para, from, to int) bool {
	return p.anyWord(from, to, subordinators)
}

// doubted reports a question word that is the object of an against cue
// ("questioned whether a technology-neutral approach is adequate"): the
// question is the position doubted, not an embedded one.
func (p *para) doubted(b cueHit) bool {
	for _, c := range p.byClass[cAgainst] {
		if c.j == b.i || c.j == b.i-1 {
			return true
		}
	}
	// "open to discussing whether binding obligations may be needed": the
	// question is what its holder keeps open
	for _, c := range p.byClass[cNeutral] {
		if c.j == b.i || c.j == b.i-1 {
			return true
		}
	}
	return false
}

// inQuestion reports that token i stands in an embedded question opened
// by "whether" a few words before it in the same clause, with no actor
// named between ("divided over whether the world needs a treaty"), unless
// an against cue casts doubt on it ("questioned whether").
func (p *para) inQuestion(ss, i int) bool {
	for _, b := range p.byClass[cBlock] {
		if b.i < ss || b.j > i || i-b.j > 16 || p.toks[b.i].low != "whether" || p.doubted(b) {
			continue
		}
		if i-b.j > 10 && !p.anyWord(b.j, i, orWord) {
			continue // far from "whether" only as the second option ("whether it takes the form of a PoA or of a standing OEWG")
		}
		if !clauseBreak(p, b.j, i) && !p.namedBetween(b.j, i) {
			return true
		}
	}
	return false
}

// negatedIn reports a negator inside an assertion's span that holds none
// of the pattern's own words ("not starting from scratch" is no negation,
// nor is "rather than" in "implement* ... than ~4 negotiat*").
func negatedIn(p *para, h issueHit) bool {
	for _, n := range p.byClass[cNegator] {
		if n.i > h.i && n.i < h.j && !literalIn(p, h, n.i, n.j) && negatedAt(p, n.i, n.i+1) && p.toks[n.i].low != "without" && !p.otherClauseIn(n.j, h.j) {
			// not "without" in a gap: "applying the law of armed conflict
			// without qualification would turn cyberspace into a
			// battlefield", "international law applies without exception"
			return true
		}
	}
	return false
}

// otherClauseIn reports a semicolon before a token in (from, to), or a
// comma before "it" or "they": a negation before it is another clause's
// ("International humanitarian law does not invite conflict; it limits its
// effects").
func (p *para) otherClauseIn(from, to int) bool {
	for k := from + 1; k < to && k < len(p.toks); k++ {
		if p.markBefore(k, ";") || p.markBefore(k, ",") && (p.toks[k].low == "it" || p.toks[k].low == "they") && k+1 < len(p.toks) && !p.toks[k+1].clause {
			return true // (or a comma before a new subject: "doesn't license war, it limits ...")
		}
	}
	return false
}

// ratherThan reports "rather than" or "instead of" between a cue ending at
// from and an object starting at to, within three words of the object.
func (p *para) ratherThan(from, to int) bool {
	k := to - 1
	for k > from && determiners[p.toks[k].low] {
		k--
	}
	if k > from && p.toks[k].low == "not" && p.toks[k].clause && p.markBefore(k, ",") {
		return true // "Cyberspace needs plumbing, not a new treaty"
	}
	for _, n := range p.byClass[cNegator] {
		if n.i >= from && n.j <= to && to-n.j <= 6 && n.j-n.i == 2 && !clauseBreak(p, n.j, to) && !p.namedBetween(n.j, to) {
			switch p.toks[n.i].low + " " + p.toks[n.i+1].low {
			case "rather than", "instead of":
				return true
			}
		}
	}
	return false
}

// endOf reports a noun of a proposal's end right before the object that
// opens at i, after the cue that ends at from: "the burial of the PoA",
// "the demise of the treaty idea", "an end to the PoA".
func (p *para) endOf(from, i int) bool {
	k := i - 1
	for k > from && determiners[p.toks[k].low] {
		k--
	}
	if k-1 < from {
		return false
	}
	switch p.toks[k].low {
	case "of":
		return endNouns[p.toks[k-1].low]
	case "to":
		return p.toks[k-1].low == "end"
	}
	return false
}

// endNouns name the end of a proposal.
var endNouns = map[string]bool{"burial": true, "demise": true, "death": true, "end": true, "abandonment": true, "collapse": true, "shelving": true,
	"scrapping": true, "sidelining": true, "dismantling": true, "funeral": true, "obituary": true}

// literalIn reports a word of the pattern of h among the tokens [i, j).
func literalIn(p *para, h issueHit, i, j int) bool {
	for k := i; k < j && k < len(p.toks); k++ {
		if h.literal[p.toks[k].low] {
			return true
		}
	}
	return false
}

// clauseBreak reports a clause boundary before any of the tokens from..to.
func clauseBreak(p *para, from, to int) bool {
	for k := from; k <= to && k < len(p.toks); k++ {
		if p.toks[k].clause {
			return true
		}
	}
	return false
}

func negatedAt(p *para, from, to int) bool {
	return negatorAt(p, from, to) >= 0
}

// negatorAt returns where the first negation in [from, to) starts, or -1.
func negatorAt(p *para, from, to int) int {
	for _, n := range p.byClass[cNegator] {
		if n.i >= from && n.i < to {
			// "not only", "no doubt", "no less than" are not negations
			if n.j < len(p.toks) {
				switch p.toks[n.j].low {
				case "only", "doubt", "least", "longer", "less":
					continue
				}
			}
			return n.i
		}
	}
	return -1
}

// holder finds who holds a position whose cue starts at anchor. known is
// false when the sentence gives no reason to think anyone holds it.
func (t *Tagger) holder(p *para, ss, se, anchor, hitStart, prevEnd, cueEnd, class int, v *voice) ([]string, bool) {
	actors, known := t.holderOf(p, ss, se, anchor, hitStart, prevEnd, cueEnd, class, v)
	if g := p.behalfOfLast(ss, anchor, v); known && len(g) > 0 && len(actors) > 0 {
		// "The African Group stopped short of endorsing a treaty.
		// Speaking on its behalf, Cameroon said that ...": the group's
		actors = g
	}
	if known {
		actors = p.joinedIn(ss, anchor, actors)
		actors = p.supportersOf(ss, anchor, actors)
		actors = p.forGroup(ss, anchor, actors)
		if len(actors) > 0 {
			// "Sweden's view, which is also the view of the European
			// Union, is that ...": the aside's actors hold it too
			actors = appendActor(actors, p.alsoViewOf(ss, anchor)...)
		}
		if len(actors) > 0 {
			// "We share the view expressed this morning by the African
			// Group that ...": those who expressed it hold it too
			actors = appendActor(actors, p.sharedViewHolders(ss, hitStart, v.firstPerson())...)
		}
		if len(actors) > 0 && v.kind == kindStatement && v.speaker != "" && p.asSaid(ss, anchor) {
			// "As the European Union underlined in its statement, the
			// Programme would not begin from a blank page": the speaker
			// says it too
			actors = appendActor(actors, v.firstPerson()...)
		}
		if len(actors) > 0 && p.weBacked(ss, anchor) {
			// "The EU statement, which we supported, replied that ..."
			actors = appendActor(actors, v.firstPerson()...)
		}
		if len(actors) > 0 {
			// "voted against resolution 77/37 together with China and Iran"
			actors = appendActor(actors, p.companions(cueEnd, se)...)
			if anchor < len(p.toks) && jointVerbs[p.toks[anchor].low] {
				// "Egypt co-sponsored the Programme of Action with France"
				actors = appendActor(actors, p.coAuthors(cueEnd, se)...)
			}
		}
	}
	return actors, known
}

// behalfOfLast returns the groups of the sentence before when the
// sentence at ss opens with "Speaking on its behalf," or "On their
// behalf," before the cue at anchor, or nil.
func (p *para) behalfOfLast(ss, anchor int, v *voice) []string {
	k := ss
	if k < anchor && (p.toks[k].low == "speaking" || p.toks[k].low == "delivering") {
		k++
	}
	if k+3 >= anchor || p.toks[k].low != "on" || p.toks[k+1].low != "its" && p.toks[k+1].low != "their" || p.toks[k+2].low != "behalf" || !p.toks[k+3].clause {
		return nil
	}
	return groupsOf(v.memory)
}

// alsoViewOf returns the actors of an aside before the cue at anchor
// that gives the subject's view to others as well: "Sweden's view, which
// is also the view of the European Union, is that ...", "France's
// position, which is shared by Germany, ...".
func (p *para) alsoViewOf(ss, anchor int) []string {
	for k := ss + 1; k+3 < anchor; k++ {
		if p.toks[k].low != "which" || !p.markBefore(k, ",") || p.toks[k].quoted {
			continue
		}
		e := k + 1
		if w := p.toks[e].low; w == "is" || w == "was" || w == "are" || w == "were" {
			e++
		}
		if e < anchor && (p.toks[e].low == "also" || p.toks[e].low == "likewise") {
			e++
		}
		switch {
		case e+2 < anchor && p.toks[e].low == "the" && alsoViewNouns[p.toks[e+1].low] && p.toks[e+2].low == "of":
			e += 3
		case e+1 < anchor && (p.toks[e].low == "shared" || p.toks[e].low == "held") && p.toks[e+1].low == "by":
			e += 2
		default:
			return nil
		}
		if _, ok := p.actorAt(e); !ok {
			return nil
		}
		return p.listFrom(e, anchor)
	}
	return nil
}

// sharedViewHolders returns the holders of a claim at hitStart framed as
// a view its subject shares with those who expressed it: "We share the
// view expressed this morning by the African Group that ...", "Kuwait
// shares the view expressed by the Arab Group that ...": the subject (the
// first person, own, or the States that open the sentence at ss) and the
// view's authors. Nil when the frame is not there or is negated ("We do
// not share the view expressed by Russia that ...").
func (p *para) sharedViewHolders(ss, hitStart int, own []string) []string {
	that := hitStart - 1
	for that > ss+5 && that > hitStart-12 && that < len(p.toks) && p.toks[that].low != "that" && !p.toks[that].clause {
		that-- // "... that the future mechanism must build on ..."
	}
	if that <= ss+5 || that >= len(p.toks) || p.toks[that].low != "that" {
		return nil
	}
	by := that - 1
	for by > ss && by > that-14 && p.toks[by].low != "by" {
		by--
	}
	if p.toks[by].low != "by" || by+1 >= that {
		return nil
	}
	authors := p.listFrom(by+1, that)
	if len(authors) == 0 {
		return nil
	}
	k := by - 1
	for k > ss && k > by-4 && !expressedVerbs[p.toks[k].low] {
		k-- // "expressed this morning by", "voiced earlier this week by"
	}
	if !expressedVerbs[p.toks[k].low] || k-1 <= ss {
		return nil
	}
	k--
	if !alsoViewNouns[p.toks[k].low] && p.toks[k].low != "views" {
		return nil
	}
	if k--; p.toks[k].low == "the" {
		k--
	}
	for k > ss && (p.toks[k].low == "also" || p.toks[k].low == "fully" || p.toks[k].low == "entirely" || p.toks[k].low == "too") {
		k--
	}
	if !shareVerbs[p.toks[k].low] || negatedAt(p, max(ss, k-3), k) {
		return nil
	}
	for t := ss; t < k; t++ {
		if p.toks[t].clause && t > ss || p.toks[t].quoted {
			return nil
		}
	}
	var subj []string
	for _, h := range p.byClass[cFirst] {
		if h.i >= ss && h.j <= k {
			subj = own
		}
	}
	if subj == nil {
		subj, _ = p.openingList(ss, k)
	}
	if len(subj) == 0 {
		return nil
	}
	return appendActor(slices.Clone(subj), authors...)
}

// expressedVerbs are the participles of "the view expressed by".
var expressedVerbs = map[string]bool{"expressed": true, "voiced": true, "advanced": true, "put": true, "set": true, "presented": true, "articulated": true, "stated": true, "made": true, "taken": true}

// asSaid reports a sentence that opens with an aside giving what follows
// to others, "As" + actor + a verb of saying, closed by a comma before the
// cue at anchor: "As the European Union underlined in its statement,
// ...", "As ASEAN recalled this morning, ...". In a statement, the
// speaker agrees.
func (p *para) asSaid(ss, anchor int) bool {
	if ss+3 >= anchor || p.toks[ss].low != "as" || !p.toks[ss].capInit || p.toks[ss].quoted {
		return false
	}
	a := ss + 1
	if p.toks[a].low == "the" {
		a++
	}
	if _, ok := p.actorAt(a); !ok {
		return false
	}
	said := false
	for e := a + 1; e <= anchor && e <= ss+16; e++ {
		if p.toks[e].quoted {
			return false
		}
		if p.markBefore(e, ",") {
			return said && !p.has(cFavor, ss, e) && !p.has(cAgainst, ss, e)
		}
		if p.toks[e].clause {
			return false
		}
		said = said || asSaidVerbs[p.toks[e].low]
	}
	return false
}

// asSaidVerbs are the verbs of saying of asSaid.
var asSaidVerbs = map[string]bool{"said": true, "stated": true, "noted": true, "underlined": true, "underscored": true, "stressed": true, "recalled": true,
	"emphasised": true, "emphasized": true, "pointed": true, "highlighted": true, "observed": true, "argued": true, "indicated": true, "explained": true,
	"affirmed": true, "reaffirmed": true, "mentioned": true, "put": true, "made": true, "reminded": true}

// alsoViewNouns are the nouns of "which is also the view of".
var alsoViewNouns = map[string]bool{"view": true, "position": true, "stance": true, "line": true, "approach": true}

// weBacked reports an aside before the cue at anchor in which the
// speaker backs the subject: "The EU statement, which we supported,
// replied that ...", "France, whose proposal we co-sponsored, said".
func (p *para) weBacked(ss, anchor int) bool {
	for k := ss + 1; k+2 < anchor; k++ {
		w := p.toks[k].low
		if (w != "which" && w != "whose") || !p.markBefore(k, ",") {
			continue
		}
		for e := k + 1; e <= anchor && e <= k+5; e++ {
			if !p.markBefore(e, ",") {
				continue
			}
			we := false
			for _, h := range p.byClass[cFirst] {
				if h.i > k && h.j < e {
					we = true
				}
			}
			return we && p.has(cFavor, k+1, e) && !negatedAt(p, k+1, e)
		}
		return false
	}
	return false
}

// supporterNouns are the favor cues that name who backs a proposal
// ("supporters of the French proposal").
var supporterNouns = map[string]bool{"supporters": true, "supporter": true, "backers": true, "backer": true, "proponents": true, "proponent": true, "champions": true, "champion": true, "advocates": true, "advocate": true,
	"sponsors": true, "cosponsors": true, "initiators": true}

// supporterGap are the words between a subject and a supporter noun: "the
// Netherlands had been among the first supporters of ...".
var supporterGap = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true, "been": true, "among": true, "the": true, "a": true,
	"one": true, "of": true, "first": true, "earliest": true, "early": true, "strongest": true, "most": true, "vocal": true, "leading": true, "staunch": true, "keenest": true, "firmest": true}

// supportAdj are the adjectives of "with explicit support from".
var supportAdj = map[string]bool{"explicit": true, "strong": true, "broad": true, "firm": true, "vocal": true, "active": true, "open": true, "full": true, "public": true}

// supportFrom returns the index after "support from" or "backing of" at k,
// with an adjective of supportAdj before it or not ("explicit support
// from"), or 0.
func supportFrom(p *para, k, se int) int {
	if k < se && supportAdj[p.toks[k].low] {
		k++
	}
	if k+1 >= se {
		return 0
	}
	if w := p.toks[k].low; (w == "support" || w == "backing") && (p.toks[k+1].low == "from" || p.toks[k+1].low == "of") {
		return k + 2
	}
	return 0
}

// supportersOf adds to the holders (actors) of a proposal named after its
// author ("the Russian call for a convention", holder Russia) the States
// that open the sentence with a favor verb right before it: "Iran, Cuba
// and Venezuela have supported the Russian call for a convention" gives
// the position to all four.
func (p *para) supportersOf(ss, anchor int, actors []string) []string {
	var author actorMention
	found := false
	for _, m := range p.actors {
		if m.j == anchor && m.i > ss && contains(actors, m.code) {
			author, found = m, true
		}
	}
	if !found {
		return actors
	}
	k := author.i
	// the authors' list: "the French and Egyptian proposal"
	for n := len(p.actors) - 1; n > 0; n-- {
		if m := p.actors[n-1]; p.actors[n].i == k && m.j < k && k-m.j <= 2 && m.i > ss && listGlue(p.toks[m.j:k]) {
			k = m.i
		}
	}
	if p.toks[k-1].low == "the" || p.toks[k-1].low == "a" {
		k--
	}
	noun := false
	if k-1 > ss && p.toks[k-1].low == "of" {
		// "among the first supporters of the French proposal"
		k--
		noun = true
	}
	for _, c := range p.cues {
		if c.class != cFavor || c.j != k || p.toks[c.i].quoted || negatedAt(p, max(ss, c.i-4), c.j) {
			continue
		}
		if noun && !supporterNouns[p.toks[c.j-1].low] {
			continue
		}
		subj, end := p.openingList(ss, c.i)
		for end < c.i && (echoAux[p.toks[end].low] || p.toks[end].low == "all" || p.toks[end].low == "strongly" || p.toks[end].low == "repeatedly" || noun && supporterGap[p.toks[end].low]) {
			end++
		}
		if len(subj) > 0 && end == c.i {
			return appendActor(slices.Clone(actors), subj...)
		}
	}
	return actors
}

// joinedIn adds to the holders (actors) of a cue at anchor the subjects
// of "joined" (or "stands with") when the holders found are its object and
// the cue follows "in": "China, Iran and Syria joined Russia in voting
// against it" gives the position to all four, not to Russia alone.
func (p *para) joinedIn(ss, anchor int, actors []string) []string {
	for k := ss + 1; k+2 < anchor && k < len(p.toks); k++ {
		at := k + 1
		switch p.toks[k].low {
		case "joined", "join", "joins", "joining":
		case "stands", "stand", "stood", "standing":
			// "Kenya stands with the African Union in affirming ..."
			if p.toks[k+1].low != "with" {
				continue
			}
			at = k + 2
		default:
			continue
		}
		obj, end := p.openingList(at, anchor)
		if len(obj) == 0 || end >= anchor || p.toks[end].low != "in" || !holdsAny(actors, obj) {
			continue
		}
		subj, send := p.openingList(ss, k)
		for send < k && (echoAux[p.toks[send].low] || p.toks[send].low == "all") {
			send++
		}
		if len(subj) == 0 || send != k {
			// "Several of these partners, Canada, Chile and the European
			// Union among them, joined Mexico in calling for ..."
			if subj = p.amongThemBefore(ss, k); len(subj) == 0 {
				continue
			}
		}
		return appendActor(appendActor(slices.Clone(actors), obj...), subj...)
	}
	return actors
}

// companions returns the actors listed after "together with", "along
// with" or "alongside" a few words after a position's cue, in its clause:
// they share the position. It returns nil when there are none.
func (p *para) companions(from, se int) []string {
	reach := from + 14
	for k := from; k+2 < se && k < reach; k++ {
		w, n := p.toks[k].low, p.toks[k+1].low
		if p.toks[k].clause && k > from && w == "and" && (n == "it" || n == "they") && k+3 < se && wonWords[p.toks[k+2].low] {
			// "China argued that ..., and it found support from Pakistan":
			// the supporters of the clause before
			reach = k + 8
			continue
		}
		asDid := w == "as" && sameAux[n]
		if p.toks[k].quoted {
			return nil
		}
		support := 0
		if w == "with" {
			support = supportFrom(p, k+1, se)
		}
		at := 0
		switch {
		case (w == "together" || w == "along" || w == "jointly") && n == "with":
			at = k + 2
		case w == "alongside":
			at = k + 1
		case wonWords[w] && n == "the" && k+3 < se && (p.toks[k+2].low == "support" || p.toks[k+2].low == "backing") && p.toks[k+3].low == "of":
			at = k + 4 // "(which) won the backing of Cuba and Indonesia"
		case wonWords[w] && (n == "support" || n == "backing") && (p.toks[k+2].low == "from" || p.toks[k+2].low == "of"):
			at = k + 3 // "drew support from Chile"
		case wonWords[w] && (n == "support" || n == "backing") && k+5 < se && p.toks[k+2].low == "for" && objectPronoun[p.toks[k+3].low] && p.toks[k+4].low == "from":
			at = k + 5 // "has found support for it from China, Cuba and Iran"
		case support > 0:
			at = support // "with support from Chile", "with explicit support from Pakistan"
		case w == "with" && n == "the" && k+3 < se && (p.toks[k+2].low == "support" || p.toks[k+2].low == "backing") && p.toks[k+3].low == "of":
			at = k + 4 // "with the support of Chile"
		case asDid:
			at = k + 2 // "..., as did Japan"
		}
		// the phrase may open a clause of its own ("pressed for a more
		// open process, with support from Chile"); any other clause ends
		// the search
		if at == 0 && p.toks[k].clause && k > from && !(w == "which" && wonWords[n]) {
			return nil
		}
		if at > 0 {
			if _, ok := p.actorAt(at); ok {
				return p.supporters(at, se)
			}
			return nil
		}
	}
	return nil
}

// supporters returns the States listed from token at, as listFrom does,
// where the list may repeat its preposition and a State may speak for a
// group: "support from Pakistan and from Tunisia, speaking on behalf of the
// Arab Group" gives PAK and ARAB_GROUP.
func (p *para) supporters(at, se int) []string {
	return p.list(at, se, true)
}

// objectPronoun are the pronouns of "found support for it from".
var objectPronoun = map[string]bool{"it": true, "them": true, "this": true, "that": true}

// amongThemBefore returns the list of actors closed by "among them"
// right before token k ("Several delegations, Canada and Chile among
// them, joined ..."), or nil.
func (p *para) amongThemBefore(ss, k int) []string {
	e := k
	for e > ss && echoAux[p.toks[e-1].low] {
		e--
	}
	if e-2 <= ss || p.toks[e-2].low != "among" || p.toks[e-1].low != "them" {
		return nil
	}
	last := -1
	for x, m := range p.actors {
		if m.j == e-2 {
			last = x
		}
	}
	if last < 0 {
		return nil
	}
	return p.listEndingAt(last, ss, func(m, n actorMention) bool {
		return n.i-m.j <= 3 && listGlue(p.toks[m.j:n.i])
	})
}

// heardFrom returns the States named after a hearsay cue that follows a
// first-person subject opening the sentence [ss, se) ("We listened
// carefully to the proposals tabled this week by Russia and Iran"), or nil.
func (p *para) heardFrom(ss, se int) []string {
	for _, h := range p.byClass[cHearsay] {
		if h.i < ss || h.j >= se || !p.has(cFirst, ss, h.i) || p.namedBefore(ss, h.i) || !heardWord(p.toks[h.i:h.j]) {
			continue
		}
		var out []string
		for _, m := range p.actors {
			if m.i >= h.j && m.j <= se && m.code != "AUTHOR" {
				out = appendActor(out, m.code)
			}
		}
		return out
	}
	return nil
}

// heardWord reports a hearsay cue of listening ("listened carefully to",
// "have heard"), not of noting ("note with interest that").
func heardWord(ts []tok) bool {
	for _, t := range ts {
		if strings.HasPrefix(t.low, "listen") || t.low == "heard" {
			return true
		}
	}
	return false
}

// amongThemSubject returns the States of an aside that names some of the
// holders without a name opening the sentence [ss, se) ("A handful of
// delegations, among them Russia and Iran, objected"), and the token after
// the aside; nil when there is none.
func (p *para) amongThemSubject(ss, se int) ([]string, int) {
	for j := ss + 1; j+2 < se && j <= ss+8; j++ {
		if !p.toks[j].clause {
			continue
		}
		if p.namedBefore(ss, j) || p.has(cFirst, ss, j) {
			return nil, ss
		}
		if p.toks[j].low != "among" || p.toks[j+1].low != "them" {
			return nil, ss
		}
		if l, e := p.openingList(j+2, se); len(l) > 0 && e < se && p.toks[e].clause {
			return l, e
		}
		return nil, ss
	}
	return nil, ss
}

// listEndingAt returns the codes of the list of actors that ends with
// p.actors[last], walking back while joined says two neighbours belong to
// one list and the earlier starts at or after from.
func (p *para) listEndingAt(last, from int, joined func(m, n actorMention) bool) []string {
	out := []string{p.actors[last].code}
	for x := last - 1; x >= 0; x-- {
		m, n := p.actors[x], p.actors[x+1]
		if m.i >= from && x > 0 && !joined(m, n) && p.actors[x-1].i >= from && joined(p.actors[x-1], n) {
			// "Russia, China and a group of like-minded governments that
			// includes Belarus": the group's own name is not one more holder
			x--
			m = p.actors[x]
		}
		if m.i < from || !joined(m, n) {
			break
		}
		out = appendActor(out, m.code)
	}
	return out
}

// trailingList returns the actors of a list that closes the clause after
// a position's cue and names some of its unnamed holders: ", including
// Russia and China", ", notably Canada", ", among them Chile", ", Russia,
// China and Iran among them". It returns nil when there is none.
func (p *para) trailingList(from, se int) []string {
	k := from
	for k < se && !p.markBefore(k, ",") {
		if k-from > 12 {
			return nil
		}
		k++
	}
	if k >= se {
		return nil
	}
	start := k
	switch w := p.toks[k].low; {
	case w == "including" || w == "notably" || w == "especially" || w == "chiefly":
		start = k + 1
	case w == "among" && k+1 < se && (p.toks[k+1].low == "them" || p.toks[k+1].low == "whom"):
		start = k + 2
	case w == "in" && k+1 < se && p.toks[k+1].low == "particular":
		start = k + 2
	case w == "such" && k+1 < se && p.toks[k+1].low == "as":
		start = k + 2
	}
	m, ok := p.actorAt(start)
	if !ok || m.i > start+1 {
		return nil
	}
	list := p.listFrom(start, se)
	end := start
	for _, a := range p.actors {
		if a.i >= start && a.j <= se && contains(list, a.code) {
			end = a.j
		}
	}
	if start == k {
		// a bare list must end with "among them"
		if end+1 < se && p.toks[end].low == "among" && p.toks[end+1].low == "them" {
			return list
		}
		return nil
	}
	if end < se && !p.toks[end].clause {
		return nil // the list goes on into something else
	}
	return list
}

// jointVerbs are the cues of what States do jointly: the States named
// after their object with "with" share the position ("co-sponsored the
// Programme of Action with France", "put forward with Canada").
var jointVerbs = map[string]bool{"co": true, "cosponsored": true, "sponsored": true, "put": true, "proposed": true, "tabled": true, "submitted": true, "launched": true, "circulated": true, "drafted": true, "presented": true, "introduced": true, "floated": true}

// coAuthors returns the actors named right after "with" a few words after
// a joint verb's cue, in its clause, or nil.
func (p *para) coAuthors(from, se int) []string {
	for k := from; k+1 < se && k < from+6; k++ {
		if p.toks[k].quoted || p.toks[k].clause && k > from {
			return nil
		}
		if p.toks[k].low == "with" {
			if m, ok := p.actorAt(k + 1); ok && m.i == k+1 {
				return p.listFrom(k+1, se)
			}
			return nil
		}
	}
	return nil
}

// sameAux are the auxiliaries of "as did Japan", "So did Japan", "Nor
// has Japan".
var sameAux = map[string]bool{"did": true, "do": true, "does": true, "have": true, "has": true, "had": true, "was": true, "were": true, "is": true, "are": true, "would": true, "will": true}

// proposalNoun are the nouns whose "by X" names the authors of a proposal.
var proposalNoun = map[string]bool{"proposal": true, "proposals": true, "initiative": true, "suggestion": true, "suggestions": true, "call": true, "calls": true, "plan": true, "idea": true}

// reporterOver returns the reporter of a that-clause whose own subject
// (local, named in it) is not the subject of the position's cue at anchor:
// in "Mr. Voronin (Russian Federation) said that Western countries
// continued to impose the so-called framework" the position is Russia's,
// while in "Russia said that Western countries rejected the treaty" it is
// theirs. It returns nil when the clause's subject holds the position.
func (p *para) reporterOver(from, anchor int, local []string) []string {
	for _, r := range p.byClass[cReport] {
		if r.i < from || r.j >= anchor || p.toks[r.i].quoted || p.toks[r.i].low == "according" {
			continue
		}
		rep := p.subjectActors(from, r.i)
		if len(rep) == 0 {
			continue
		}
		end, start := -1, len(p.toks)
		for _, m := range p.actors {
			if m.i >= r.j && m.i < anchor && contains(local, m.code) {
				end, start = max(end, m.j), min(start, m.i)
			}
			if m.i >= r.j && m.i < anchor && contains(rep, m.code) {
				return nil // the reporter is named again in the clause
			}
		}
		if end < 0 || anchor-end <= 3 || start-r.j > 3 {
			return nil // the clause's subject must open it: "said that Western countries ..."
		}
		for _, c := range p.cues {
			if c.i >= end && c.i < anchor && (c.class == cFavor || c.class == cAgainst || c.class == cAlign || c.class == cReport) {
				return nil // "... that Western countries had long opposed ..."
			}
		}
		return rep
	}
	return nil
}

// determiners open a noun phrase: a capitalised word after one is a body
// or a title ("the Mechanism", "this Group"), not a person's name.
var determiners = map[string]bool{"the": true, "this": true, "that": true, "its": true, "their": true, "our": true, "a": true, "an": true}

// opensOwnClaim reports a reporting verb r, with its speaker m before
// it, that starts a claim of its own rather than tagging the position
// that ends at cueEnd: a "that" follows the verb, or a semicolon stands
// between the position and the speaker ("France and Egypt proposed a
// Programme of Action; Russia insisted that a working group was the only
// acceptable format").
func (p *para) opensOwnClaim(r cueHit, m actorMention, cueEnd, se int) bool {
	if p.toks[r.j-1].low == "that" || r.j < se && p.toks[r.j].low == "that" {
		return true
	}
	for k := cueEnd; k <= m.i && k < len(p.toks); k++ {
		if p.markBefore(k, ";") {
			return true
		}
	}
	return false
}

// markBefore reports a clause boundary before token k whose gap holds
// mark ("," or ";").
func (p *para) markBefore(k int, mark string) bool {
	return k > 0 && k < len(p.toks) && p.toks[k].clause && strings.Contains(p.text[p.toks[k-1].e:p.toks[k].s], mark)
}

// openers are the words that can open a sentence before its subject
// without a comma ("But we do not share this view").
var openers = map[string]bool{"but": true, "yet": true, "and": true, "however": true, "still": true}

// afterOpener returns where the subject of the sentence [ss, se) of p
// starts: after an opening conjunction or a short phrase closed by a
// comma ("With all due respect,", "For our part,", "Frankly,"), or ss.
func (p *para) afterOpener(ss, se int) int {
	at := ss
	if at+1 < se && openers[p.toks[at].low] {
		at++
	}
	for k := at + 1; k < se && k <= at+5; k++ {
		if p.markBefore(k, ",") {
			return k
		}
	}
	return at
}

// hearsayBefore returns the last hearsay phrase ("we have heard", "taken
// note of the view") in [ss, anchor) of p, outside quotations.
func (p *para) hearsayBefore(ss, anchor int) (cueHit, bool) {
	var last cueHit
	ok := false
	for _, h := range p.byClass[cHearsay] {
		if h.i >= ss && h.j <= anchor && !p.toks[h.i].quoted {
			last, ok = h, true
		}
	}
	if !ok {
		return last, false
	}
	// "Mexico took note of the concept, but considered that ...": a
	// contrast ends what was heard
	for k := last.j; k < anchor; k++ {
		if w := p.toks[k].low; w == "but" || w == "yet" || w == "however" || p.markBefore(k, ";") {
			return last, false
		}
	}
	return last, true
}

// firstSubject reports a first-person word in [i, j) that can be the
// speaker's own voice: not an object pronoun ("told me that", "let us").
func (p *para) firstSubject(i, j int) bool {
	for _, h := range p.byClass[cFirst] {
		if h.i >= i && h.i < j && !p.toks[h.i].quoted && !(h.j-h.i == 1 && (p.toks[h.i].low == "me" || p.toks[h.i].low == "us")) && !p.partitiveFirst(i, h) && !p.othersReport(i, h) && !p.othersPossessed(h) {
			return true
		}
	}
	return false
}

// backersApposed returns the States set in apposition after a supporter
// noun's object ("the proponents of a treaty, Russia and China among them,
// ..."): the list right after the comma that closes the noun phrase of the
// cue at [anchor, cueEnd); nil when the cue is not a supporter noun or no
// list follows.
func (p *para) backersApposed(anchor, cueEnd, se int) []string {
	noun := anchor
	if p.toks[noun].low == "co" && noun+1 < cueEnd {
		noun++ // "co-sponsors"
	}
	if anchor >= cueEnd || !supporterNouns[p.toks[noun].low] {
		return nil
	}
	// the comma that closes the noun's object ("the co-sponsors of
	// resolution 77/37, France and Egypt among them, regard ...")
	at := anchor + 1
	for at < se && at <= anchor+10 && !p.toks[at].clause {
		at++
	}
	if at >= se || !p.toks[at].clause || p.toks[at].quoted {
		return nil
	}
	if _, ok := p.actorAt(at); !ok {
		return nil
	}
	l := p.listFrom(at, se)
	if len(l) == 0 {
		return nil
	}
	// the list must be an aside, not the subject of a new clause ("the
	// proponents of a treaty, Russia said, ..."): it closes with a comma
	// or "among them", or ends the sentence
	end := at
	for _, m := range p.actors {
		if m.i >= at && m.i < se && contains(l, m.code) {
			end = max(end, m.j)
		}
	}
	for end < se && (p.toks[end].low == "foremost" || p.toks[end].low == "first" || p.toks[end].low == "chief") {
		end++
	}
	if end == se || p.toks[end].clause || p.toks[end].low == "among" {
		return l
	}
	return nil
}

// perceptionVerbs take a subject and a bare verb: "to hear the EU
// reiterate", "glad to see Kenya join".
var perceptionVerbs = map[string]bool{"hear": true, "heard": true, "see": true, "saw": true, "seen": true, "watch": true, "watched": true}

// perceived returns the States heard or seen doing the cue at anchor: a
// list right after a perception verb that ends at most two words before
// the cue ("to hear the European Union reiterate its support for").
func (p *para) perceived(ss, anchor int) []string {
	// from the mention nearest the cue: "to hear Egypt, Colombia and Kenya
	// speak up for" is not a list ending with Colombia
	for x := len(p.actors) - 1; x >= 0; x-- {
		m := p.actors[x]
		if m.i <= ss || m.j > anchor || anchor-m.j > 2 || p.toks[m.i].quoted {
			continue
		}
		if m.j < anchor && p.toks[m.j].clause {
			continue
		}
		y := x
		for y > 0 && p.actors[y-1].i > ss && p.actors[y].i-p.actors[y-1].j <= 3 && listGlue(p.toks[p.actors[y-1].j:p.actors[y].i]) {
			y--
		}
		k := p.actors[y].i - 1
		if k > ss && p.toks[k].low == "the" {
			k--
		}
		if k >= ss && perceptionVerbs[p.toks[k].low] && !p.toks[k].quoted {
			var out []string
			for _, n := range p.actors[y : x+1] {
				out = appendActor(out, n.code)
			}
			return out
		}
	}
	return nil
}

// othersReport reports a first-person possessive inside what others are
// reported to say ("Some delegations warn that any reference to IHL in
// our reports would ..."): the sentence's subject is theirs.
func (p *para) othersReport(ss int, h cueHit) bool {
	if h.j-h.i != 1 || p.toks[h.i].low != "our" {
		return false
	}
	for _, r := range p.byClass[cReport] {
		if r.i <= ss || r.j > h.i || p.toks[r.i].quoted || p.has(cFirst, ss, r.i) {
			continue
		}
		if p.has(cUnnamed, ss, r.i) && r.i-ss <= 6 {
			return true
		}
		for _, m := range p.actors {
			if m.i >= ss && m.j <= r.i && r.i-ss <= 6 {
				return true
			}
		}
	}
	return false
}

// othersPossessed reports "our" before the name of others who are the
// speaker's colleagues: "Our American colleagues reply that no convention
// is needed", "our Western partners insist": the colleagues speak, not
// the speaker.
func (p *para) othersPossessed(h cueHit) bool {
	if h.j-h.i != 1 || p.toks[h.i].low != "our" {
		return false
	}
	for _, m := range p.actors {
		if m.i == h.j {
			return colleagueNouns[p.toks[m.j-1].low] || m.j < len(p.toks) && colleagueNouns[p.toks[m.j].low]
		}
	}
	return false
}

// colleagueNouns name the speaker's counterparts: "our Chinese friends".
var colleagueNouns = map[string]bool{"colleagues": true, "colleague": true, "partners": true, "partner": true, "friends": true, "counterparts": true, "interlocutors": true, "allies": true}

// partitiveQuantifiers open a part of a first-person whole: "several of
// our countries", "some members of our group".
var partitiveQuantifiers = map[string]bool{"some": true, "several": true, "many": true, "most": true, "few": true, "number": true}

// partitiveFirst reports a first-person possessive that names a part of
// the speakers, not all of them: "Several of our countries support ...",
// "Some members of our group stand ready to ...". In a joint statement
// that part has no code; the speakers as a whole do not hold it.
func (p *para) partitiveFirst(ss int, h cueHit) bool {
	if h.i-2 < ss || p.toks[h.i-1].low != "of" {
		return false
	}
	k := h.i - 2
	if p.toks[k].low == "members" && k-1 >= ss {
		k--
	}
	if k-1 >= ss && (p.toks[k-1].low == "which" || p.toks[k-1].low == "that") {
		// "The directory, which most of our countries have already
		// joined, should ...": a relative clause, not the subject
		return false
	}
	return partitiveQuantifiers[p.toks[k].low]
}

// commaAside returns where an aside that opens with a comma at k and
// closes with one before anchor ends ("the Arab Group, in its statement
// this morning, also called for"), or 0: no actor, quotation or first
// person inside it.
func (p *para) commaAside(k, anchor int) int {
	if k >= anchor || !p.toks[k].clause || !p.markBefore(k, ",") {
		return 0
	}
	for e := k + 1; e < anchor && e <= k+8; e++ {
		if p.toks[e].quoted || p.namedBetween(e, e+1) || p.has(cFirst, e, e+1) {
			return 0
		}
		if p.toks[e].clause {
			if p.markBefore(e, ",") {
				return e
			}
			return 0
		}
	}
	return 0
}

// embeddedSubject returns the States that are the subject of the cue at
// anchor in a clause of their own after the sentence's first person: a
// list ending right before the cue, but for auxiliaries and adverbs ("has
// never", "had long"), opened by "that", "but", "while" or a semicolon
// after the last first-person word ("We regret that Russia has never
// accepted ...", "I would not single anyone out, but Russia has never
// accepted ..."). Nil when the first person is inside that clause, or the
// States are not its subject.
func (p *para) embeddedSubject(ss, anchor int) []string {
	last := -1
	for x, m := range p.actors {
		if m.i >= ss && m.j <= anchor && !p.toks[m.i].quoted {
			last = x
		}
	}
	if last < 0 {
		return nil
	}
	m := p.actors[last]
	if !p.firstTo(m.j, anchor) {
		from := m.j
		if e := p.commaAside(from, anchor); e > 0 {
			from = e // "that the Arab Group, in its statement this morning, also called for"
		}
		if anchor-from > 3 {
			return nil
		}
		for k := from; k < anchor; k++ {
			if !subjectGap[p.toks[k].low] {
				return nil
			}
		}
	}
	fpEnd := -1
	for _, h := range p.byClass[cFirst] {
		if h.i >= ss && h.i < anchor && !p.toks[h.i].quoted {
			if h.j > m.i {
				return nil // "Russia and we ...", "Russia, like us, ..."
			}
			fpEnd = max(fpEnd, h.j)
		}
	}
	if fpEnd < 0 {
		return nil
	}
	opened := false
	for k := fpEnd; k <= m.i && k < len(p.toks); k++ {
		if k < m.i && embedWords[p.toks[k].low] || k > fpEnd && p.markBefore(k, ";") {
			opened = true
		}
	}
	for _, a := range p.byClass[cAlign] {
		if a.i >= ss && a.j <= m.i {
			return nil // "we join Russia in ...", "we agree with Russia that ..."
		}
	}
	if !opened || p.aside(ss, m, anchor) {
		return nil
	}
	return p.listEndingAt(last, ss, func(a, b actorMention) bool { return b.i-a.j <= 3 && listGlue(p.toks[a.j:b.i]) })
}

// embedWords open a clause with a subject of its own.
// embeddedUnnamed reports a holder without a code ("other delegations",
// "some States") right before the cue at anchor, in a clause opened by
// "that", "but", "while" and the like after the sentence's first person.
func (p *para) embeddedUnnamed(ss, anchor int) bool {
	for _, u := range p.byClass[cUnnamed] {
		if u.i < ss || u.j > anchor || anchor-u.j > 3 || p.toks[u.i].quoted {
			continue
		}
		gap := true
		for k := u.j; k < anchor; k++ {
			gap = gap && subjectGap[p.toks[k].low]
		}
		at := u.i - 1
		if at > ss && !embedWords[p.toks[at].low] {
			at-- // "that the other delegations"
		}
		if !gap || at <= ss || !embedWords[p.toks[at].low] || p.toks[u.i].low == "all" {
			continue
		}
		if w := p.toks[at-1].low; p.toks[at].low == "that" && !noticeVerbs[w] {
			continue // "We hope that other delegations will ...": the hope is ours
		}
		for _, h := range p.byClass[cFirst] {
			if h.i >= ss && h.j <= u.i && !p.toks[h.i].quoted {
				return true
			}
		}
	}
	return false
}

// noticeVerbs report what others do without taking it up: "We recognise
// that other delegations would prefer ...".
var noticeVerbs = map[string]bool{"recognise": true, "recognize": true, "note": true, "noted": true, "understand": true, "acknowledge": true, "know": true,
	"aware": true, "see": true, "observe": true, "heard": true, "realise": true, "realize": true, "notice": true, "appreciate": true}

var embedWords = map[string]bool{"that": true, "but": true, "while": true, "whereas": true, "although": true, "though": true}

// firstTo reports the words [from, to) of "was the first to", "were
// among the first to" between a subject and its verb.
func (p *para) firstTo(from, to int) bool {
	n := to - from
	if n < 4 || n > 5 || !beWords[p.toks[from].low] || p.toks[to-1].low != "to" || p.toks[to-2].low != "first" || p.toks[to-3].low != "the" {
		return false
	}
	return n == 4 || p.toks[from+1].low == "among"
}

// subjectGap are the words between a subject and its verb: auxiliaries,
// negations and adverbs of time ("has never", "had long", "still does
// not").
var subjectGap = map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "were": true, "are": true, "never": true, "not": true,
	"long": true, "also": true, "always": true, "consistently": true, "repeatedly": true, "still": true, "would": true, "will": true, "could": true,
	"did": true, "does": true, "do": true, "yet": true, "once": true, "again": true, "already": true, "firmly": true, "strongly": true, "now": true}

// firstPersonAside reports that every first-person word in [ss, anchor)
// stands in a short aside set off by commas after a named subject: "The
// United States and Canada have argued, and I think rightly, that ...",
// "Australia argues, as we do, that ...". The aside agrees; the subject
// holds the position.
func (p *para) firstPersonAside(ss, anchor int) bool {
	found := false
	for _, h := range p.byClass[cFirst] {
		if h.i < ss || h.i >= anchor || p.toks[h.i].quoted {
			continue
		}
		found = true
		// the aside opens with a comma at most two words before the
		// first-person word and closes with a comma before the cue
		open := -1
		for k := h.i; k >= ss && k >= h.i-2; k-- {
			if p.markBefore(k, ",") {
				open = k
				break
			}
		}
		if open < 0 || !p.namedBetween(ss, open) {
			return false
		}
		switch p.toks[open].low {
		case "and", "as", "like", "rightly", "we", "i":
		default:
			return false
		}
		closed := false
		for k := h.j; k <= anchor && k < h.j+4 && k < len(p.toks); k++ {
			if p.markBefore(k, ",") {
				closed = true
				break
			}
		}
		if !closed {
			return false
		}
	}
	return found
}

// forGroup gives a position stated "on behalf of" a group with a code to
// the group, not to the State delivering it (DESIGN.md): "The
// representative of Indonesia, speaking on behalf of the Non-Aligned
// Movement, said ..." and "Speaking for ASEAN, Malaysia welcomed ..." are
// NAM's and ASEAN's.
func (p *para) forGroup(ss, anchor int, actors []string) []string {
	group, phrase := "", -1
	for k := ss; k+2 < anchor && group == ""; k++ {
		if p.toks[k].quoted {
			continue
		}
		w := p.toks[k].low
		at := -1
		if w == "behalf" && p.toks[k+1].low == "of" {
			at = k + 2
		} else if w == "speaking" && p.toks[k+1].low == "for" {
			at = k + 2
		} else if w == "as" && (p.toks[k+1].low == "chair" || p.toks[k+1].low == "coordinator") && k+3 < anchor && p.toks[k+2].low == "of" {
			at = k + 3 // "Uganda, speaking as chair of the Non-Aligned Movement, stressed ..."
		} else if w == "for" && k > ss && p.toks[k].clause && p.markBefore(k, ",") && p.actorEndsAt(k) {
			at = k + 1 // "Egypt, for the Arab Group, supported ..."
		}
		if at < 0 {
			continue
		}
		if m, ok := p.actorAt(at); ok && groupCodes[m.code] && m.i < anchor {
			group, phrase = m.code, k
		}
	}
	if group == "" {
		return p.readBy(ss, anchor, actors)
	}
	if !contains(actors, group) && !p.statesBefore(ss, anchor, actors) {
		return actors
	}
	// the State that speaks for the group gives way to it; other States
	// listed with it keep the position ("Kenya and Ghana, as well as
	// Malaysia speaking for ASEAN, urged ...")
	listed := p.listedBeside(ss, phrase, anchor)
	out := []string{group}
	for _, a := range actors {
		if a != group && (!p.namedIn(ss, anchor, a) || slices.Contains(listed, a)) {
			out = append(out, a)
		}
	}
	return out
}

// shortLead returns the token after a colon that ends a short opening
// clause of the sentence [ss, se) naming no actor ("They were not alone:",
// "In short:"), or ss.
func (p *para) shortLead(ss, se int) int {
	for k := ss + 1; k < se && k <= ss+6; k++ {
		if !p.toks[k].clause {
			continue
		}
		if !p.markBefore(k, ":") || k+1 >= se || slices.ContainsFunc(p.actors, func(m actorMention) bool { return m.i >= ss && m.i < k }) {
			return ss
		}
		return k
	}
	return ss
}

// namedTwice reports code named more than once between ss and se.
func (p *para) namedTwice(ss, se int, code string) bool {
	n := 0
	for _, m := range p.actors {
		if m.i >= ss && m.i < se && m.code == code {
			n++
		}
	}
	return n > 1
}

// subjectObjects drops an object hit that is the subject of an assertion
// on its issue right after it: in "the view that the Programme of Action
// would create a parallel track" the claim is the assertion's, and a verb
// before it answers the claim, not the proposal.
func (p *para) subjectObjects(hits []issueHit) []issueHit {
	for a := 0; a+1 < len(hits); a++ {
		h := hits[a]
		if h.rule.kind != "object" || h.i == 0 || p.toks[h.i-1].low != "that" && !(h.i >= 2 && p.toks[h.i-1].low == "the" && p.toks[h.i-2].low == "that") {
			continue
		}
		for _, g := range hits[a+1:] {
			if g.rule.issue == h.rule.issue && (g.rule.kind == "favor" || g.rule.kind == "against") && g.i >= h.j && g.i-h.j <= 4 && !clauseBreak(p, h.j, g.i) {
				return slices.Delete(slices.Clone(hits), a, a+1)
			}
		}
	}
	return hits
}

// actorEndsAt reports an actor named right before token k.
func (p *para) actorEndsAt(k int) bool {
	return slices.ContainsFunc(p.actors, func(m actorMention) bool { return m.j == k })
}

// readWords are the verbs of "a joint statement read by Nicaragua".
var readWords = map[string]bool{"read": true, "delivered": true, "presented": true}

// readBy drops from actors, when they hold a group's position, the State
// that only read the group's statement before anchor: "The like-minded
// group, in a joint statement read by Nicaragua, took the opposite line"
// is the group's.
func (p *para) readBy(ss, anchor int, actors []string) []string {
	group := func(a string) bool { return groupCodes[a] || a == "LIKE_MINDED" }
	if !slices.ContainsFunc(actors, group) {
		return actors
	}
	for _, m := range p.actors {
		if m.i < ss+2 || m.i >= anchor || group(m.code) || p.toks[m.i].quoted {
			continue
		}
		k := m.i - 1
		if p.toks[k].low == "out" {
			k-- // "read out by"
		}
		if k > ss && p.toks[k].low == "by" && readWords[p.toks[k-1].low] && !p.namedTwice(ss, anchor, m.code) {
			// not "read by Nicaragua for Belarus, Cuba, Nicaragua and ...":
			// a member of the group it names
			actors = slices.DeleteFunc(slices.Clone(actors), func(a string) bool { return a == m.code })
		}
	}
	return actors
}

// listedBeside returns the States of a list that opens the sentence at ss
// and ends with the State right before the phrase at k ("speaking for",
// "on behalf of"), but for that last State: "Kenya and Ghana, as well as
// Malaysia speaking for ASEAN" gives Kenya and Ghana.
func (p *para) listedBeside(ss, k, anchor int) []string {
	l, end := p.openingList(ss, anchor)
	if len(l) < 2 || end > k || k-end > 3 {
		return nil
	}
	return l[:len(l)-1]
}

// statesBefore reports whether one of actors is named in [i, j).
func (p *para) statesBefore(i, j int, actors []string) bool {
	for _, a := range actors {
		if p.namedIn(i, j, a) {
			return true
		}
	}
	return false
}

// namedIn reports whether the actor code is named, unquoted, in [i, j).
func (p *para) namedIn(i, j int, code string) bool {
	for _, m := range p.actors {
		if m.i >= i && m.i < j && m.code == code && !p.toks[m.i].quoted {
			return true
		}
	}
	return false
}

// holderOf is holder before a group's delivering State gives way to the group.
func (t *Tagger) holderOf(p *para, ss, se, anchor, hitStart, prevEnd, cueEnd, class int, v *voice) (actors []string, known bool) {
	actors = []string{}
	// 0. an adopted consensus outcome ("States reaffirmed that ...") has no holder
	if p.outcome(ss, anchor+1) {
		return nil, false
	}
	// 0h. "In the Union's view, existing international law ... applied
	// to cyberspace": the actor whose view an aside gives (not yet in the
	// middle of a claim that opens the sentence: "Existing international
	// law, in Russia's reading, has obvious gaps")
	if l := p.viewAside(ss, se, anchor); len(l) > 0 {
		return append(actors, l...), true
	}
	// 0a. "We invite those who oppose this idea to explain ...": the
	// relative clause's own subject, without a code, holds the cue
	if h, ok := p.relativeUnnamed(ss, anchor); ok && h.j == anchor {
		return actors, true
	}
	// 0g. "The proponents of a treaty argue ...", "The sponsors of the
	// programme of action assured the Group ...": a supporter noun that
	// opens the sentence names its holders, who have no code, when the
	// sentence names no actor ("Supporters of the programme of action
	// include France and Egypt" names them)
	if supporterNouns[p.toks[anchor].low] && !p.toks[anchor].quoted && (anchor == ss || anchor == ss+1 && p.toks[ss].low == "the") && !p.namedBetween(ss, se) {
		return actors, true
	}
	// 0b. a position heard from others: "We have heard calls for a
	// treaty", "Angola has taken note of the view that ...". Whoever
	// heard it does not hold it; States named after the phrase do ("we
	// have heard Russia and Iran call for ..."); else its holder has no code
	if h, ok := p.hearsayBefore(ss, anchor); ok {
		for _, m := range p.actors {
			if m.i >= h.j && m.j <= anchor && !p.toks[m.i].quoted {
				actors = appendActor(actors, m.code)
			}
		}
		if len(actors) > 0 && anchor+2 < se && backersWords[p.toks[anchor].low] && p.toks[anchor+1].low == "by" {
			// "We have taken note of the proposal, advanced by the Russian
			// Federation and supported by Belarus, ...": its backers too
			actors = appendActor(actors, p.listFrom(anchor+2, se)...)
		}
		for k := max(anchor, 1); len(actors) == 0 && k <= cueEnd && k < se; k++ {
			if p.toks[k].low == "by" && proposalNoun[p.toks[k-1].low] {
				// "We have noted with interest the proposal by France for
				// ...": its authors hold it
				actors = appendActor(actors, p.byList(k, se)...)
			}
		}
		return actors, true
	}
	// 0c. a participle cue after the issue and its agent: "the concept of
	// a convention circulated by the Russian Federation", whoever opens
	// the sentence ("we have studied ..."); not "Russia, supported by
	// Belarus, said ..."
	if cueEnd+1 < se && cueEnd > 0 && hitStart < cueEnd-1 && p.toks[cueEnd].low == "by" && strings.HasSuffix(p.toks[cueEnd-1].low, "ed") && !p.toks[cueEnd].clause {
		if l := p.byList(cueEnd, se); len(l) > 0 && !negatedAt(p, max(ss, cueEnd-4), cueEnd) {
			return appendActor(actors, l...), true
		}
	}
	// 0f. a participle aside before the proposal it describes: "The first,
	// floated by France and Egypt, is a Programme of Action"
	if anchor+2 < se && hitStart > anchor+2 && p.toks[anchor+1].low == "by" && strings.HasSuffix(p.toks[anchor].low, "ed") && p.markBefore(anchor, ",") && class == cFavor && !p.namedBetween(ss, anchor) {
		if l := p.byList(anchor+1, se); len(l) > 0 && !negatedAt(p, max(ss, anchor-4), anchor) {
			return appendActor(actors, l...), true
		}
	}
	// 0e. the same with a one-word cue, when no actor is named before it:
	// "The Programme of Action, by now backed by more than sixty States
	// including France and Egypt, was the obvious candidate"; not
	// "Russia, backed by Iran, called for a treaty"
	if class == cFavor && cueEnd+1 < se && cueEnd == anchor+1 && backersWords[p.toks[anchor].low] && p.toks[cueEnd].low == "by" && !p.namedBetween(ss, anchor) {
		if l := p.byList(cueEnd, se); len(l) > 0 && !negatedAt(p, max(ss, anchor-4), cueEnd) {
			return appendActor(actors, l...), true
		}
	}
	// 0d. a sentence that opens with whose view it gives: "In Russia's
	// view, ...", "For Washington and London, ...", when no actor is named
	// between that opener and the cue
	if list, end := p.viewpointOpener(ss, se); len(list) > 0 && end <= anchor && !p.namedBetween(end, anchor) {
		return appendActor(actors, list...), true
	}
	// "In its view, ...", "In their view, ...": the holders of the sentence before
	if end := p.pronounView(ss, se); end > 0 && end <= anchor && len(v.memory) > 0 && !p.namedBetween(end, anchor) {
		return appendActor(actors, v.memory...), true
	}
	// 1. reported speech: "said Koh", "according to Russia"
	for _, r := range p.byClass[cReport] {
		if r.i < ss || r.i >= se {
			continue
		}
		if p.toks[r.i].low == "according" && r.i <= ss+1 && r.j+1 < se && r.j < anchor && len(v.memory) > 0 &&
			(p.toks[r.j].low == "its" || p.toks[r.j].low == "their") && possessedSpeakers[p.toks[r.j+1].low] && !p.namedBetween(r.j, anchor) {
			// "Russia goes further. According to its delegation, existing
			// law contains gaps that only a convention can close"
			return appendActor(actors, v.memory...), true
		}
		if r.j < se && r.j >= cueEnd-1 || r.i >= anchor {
			if m, ok := p.actorAt(r.j); ok && (r.i >= cueEnd || p.toks[r.i].low == "according") {
				return appendActor(actors, m.code), true
			}
			// the speaker after the position, before its verb: "..., Zimbabwe stated."
			// Not a verb that opens its own claim in a clause of its own:
			// "France proposed a PoA; Russia insisted that ..."
			if m, ok := p.actorBefore(r.i); ok && r.i >= cueEnd && m.i >= cueEnd && !p.opensOwnClaim(r, m, cueEnd, se) {
				return appendActor(actors, m.code), true
			}
			if r.j < se && r.i >= cueEnd && p.toks[r.j].capInit && !p.toks[r.j].quoted {
				return actors, true // a named person, no code
			}
		}
		// "..., she said", "X, its delegate argued, Y", "He added that ...":
		// the speaker named in the sentence before, when this one names none
		// before the tag
		if len(v.memory) > 0 && speakerPronoun(p, ss, r.i) && !p.namedBefore(ss, r.i) && !(r.j < anchor && p.toks[r.j].low == "that" && p.embeddedActor(r.j+1, anchor)) {
			// (not "She noted that the European Union has rejected a new
			// treaty": the clause's own subject holds it)
			return appendActor(actors, v.memory...), true
		}
	}
	// 1d. "Its delegation has also argued, once again, that ..." in a
	// statement: the speaker says "my delegation"; the other State
	// named last holds it
	if own := v.firstPerson(); v.kind == kindStatement && len(own) > 0 && anchor >= ss+2 && (p.toks[ss].low == "its" || p.toks[ss].low == "their") &&
		possessedSpeakers[p.toks[ss+1].low] && !p.toks[ss].quoted && !p.namedBetween(ss, anchor) {
		others := slices.DeleteFunc(slices.Clone(v.memory), func(a string) bool { return slices.Contains(own, a) })
		if len(others) == 0 {
			others = v.others // the sentence before was the speaker's own
		}
		if p.toks[ss].low == "its" && len(others) > 1 {
			// "The Russian Federation, supported by Belarus and Syria,
			// argued ... Its delegation also warned ...": its lead
			others = nil
			if len(v.subjLead) == 1 && !slices.Contains(own, v.subjLead[0]) {
				others = v.subjLead
			}
		}
		if len(others) > 0 {
			return append(actors, others...), true
		}
	}
	// 1b. a proposal and its authors: "Proposal by Singapore and Kenya to
	// adopt ...", "a proposal from Canada and Chile would give ..."
	if anchor+2 < se && proposalNoun[p.toks[anchor].low] && !p.toks[anchor].quoted {
		if w := p.toks[anchor+1].low; w == "by" || w == "from" || w == "of" {
			if _, ok := p.actorAt(anchor + 2); ok {
				// "Proposal by the Russian Federation, supported by Belarus and Nicaragua, to ..."
				return appendActor(appendActor(actors, p.listFrom(anchor+2, se)...), p.backersAfter(anchor+2, se)...), true
			}
		}
	}
	// 1c. "We thank Singapore for its proposal to test the directory":
	// the proposal is of the actors named just before "for its"
	if k := anchor - 2; k > ss && proposalNoun[p.toks[anchor].low] && (p.toks[anchor-1].low == "its" || p.toks[anchor-1].low == "their") && (p.toks[k].low == "for" || p.toks[k].low == "on") {
		if x := slices.IndexFunc(p.actors, func(m actorMention) bool { return m.j == k && m.i >= ss }); x >= 0 && !p.toks[p.actors[x].i].quoted {
			return appendActor(actors, p.listEndingAt(x, ss, func(m, n actorMention) bool { return listGlueBetween(p, m.j, n.i) })...), true
		}
	}
	// "the original sponsors of the Programme of Action, France and Egypt
	// foremost among them": the States in apposition to the backers hold it
	if l := p.backersApposed(anchor, cueEnd, se); len(l) > 0 {
		return appendActor(actors, l...), true
	}
	// "We were encouraged to hear the European Union reiterate its
	// support for ...": the States heard or seen hold it, not the hearer
	if l := p.perceived(ss, anchor); len(l) > 0 {
		return appendActor(actors, l...), true
	}
	// 2. actors named before the cue (after the previous position in the
	// sentence when there are some there), and first person
	fp := p.firstSubject(ss, anchor)
	if fp {
		if l := p.embeddedSubject(ss, anchor); len(l) > 0 {
			// "I would not single anyone out, but it is no secret that
			// Russia has never accepted the PoA": the first person opens
			// another clause; the States right before the cue hold it
			return appendActor(actors, l...), true
		}
	}
	if fp && p.embeddedUnnamed(ss, anchor) {
		// "We recognise that other delegations would prefer a successor
		// OEWG": a holder without a code opens the clause of the cue
		return actors, true
	}
	aside := fp && p.firstPersonAside(ss, anchor)
	fp = fp && !aside
	collect := func(from int) []string {
		var named []string
		for _, m := range p.actors {
			if m.i < from || m.i >= se || p.toks[m.i].quoted {
				continue
			}
			if fp {
				// with a first-person subject only actors we align with share the position
				aligned := p.ourCount(ss, anchor) // "..., in which our six countries called for ..."
				for _, a := range p.byClass[cAlign] {
					if a.i >= ss && a.j <= m.i {
						aligned = true
					}
				}
				if !aligned || m.j > hitStart {
					continue
				}
			} else if m.j > anchor || p.aside(ss, m, anchor) || p.chairedBy(ss, m) || p.inClaimAside(ss, m) || p.agentInObject(from, m) || p.ownerInObject(ss, m, anchor) || anchor <= hitStart && p.modifierInSubject(ss, m, anchor) {
				continue
			} else if class == cNormative && v.kind == kindAnalysis && clauseBreak(p, m.j, anchor) && !p.has(cFavor, m.j, anchor) && !p.has(cAgainst, m.j, anchor+1) && !p.has(cReport, m.j, anchor) && !p.frontedReport(ss, m) {
				// "While India's strategy works, its aspirations must be ...":
				// an analysis's own "must"/"should" in another clause than the State
				continue
			}
			named = appendActor(named, m.code)
		}
		return named
	}
	named := collect(prevEnd)
	from := prevEnd
	if len(named) == 0 && prevEnd > ss {
		named = collect(ss)
		from = ss
	}
	if !fp && len(named) > 1 {
		// "Brazil voiced doubts, while Russia called for ...": the States of
		// the cue's own clause (with the list they close) hold it
		if local := p.clauseActors(from, anchor); len(local) > 0 {
			named = local
			if rep := p.reporterOver(from, anchor, local); len(rep) > 0 {
				named = rep
			}
		}
	}
	if fp {
		if rel, shared := p.relativeHolders(ss, hitStart); len(rel) > 0 {
			// "We understand the hesitation of China and others, which
			// caution that applying IHL could turn cyberspace into a
			// battlefield": the relative clause's antecedent holds it; we
			// hold it too when we back the antecedent ("We welcome the
			// Common African Position, which affirms that IHL applies")
			actors = appendActor(actors, rel...)
			if shared {
				// (with the States we joined in backing it: "We joined the
				// statement delivered by Senegal and Colombia, and we welcome
				// the Common African Position, which says that ...")
				actors = appendActor(actors, named...)
				actors = appendActor(actors, v.firstPerson()...)
			}
			return actors, true
		}
		own := v.firstPerson()
		if own == nil && len(named) == 0 {
			return actors, true
		}
		return appendActor(append(actors, named...), own...), true
	}
	if aside {
		// "..., as we do, ...": the aside's first person shares it
		named = appendActor(named, v.firstPerson()...)
	}
	if len(named) > 0 {
		// "Russia's alternative, a permanent OEWG, was supported by Belarus,
		// Cuba and Iran": the States that back it hold it too
		named = appendActor(named, p.backersAfter(cueEnd, se)...)
		if anchor+2 < se && backersWords[p.toks[anchor].low] && p.toks[anchor+1].low == "by" && p.toks[anchor].clause {
			// "Proposal by Russia, supported by Belarus, for a convention"
			if _, ok := p.actorAt(anchor + 2); ok {
				named = appendActor(named, p.listFrom(anchor+2, se)...)
			}
		}
		return named, true
	}
	// 2a. a fronted predicate: "Favouring new rules were Russia, China and
	// Iran", "Affirming that the Charter applies were the EU, ..."
	if anchor-ss <= 3 {
		if l := p.invertedList(anchor, se); len(l) > 0 {
			return l, true
		}
	}
	// 2b. a fronted participial clause: "Having long opposed the Programme
	// of Action as a track designed by Western countries, Moscow accepted
	// ...": the subject after the clause holds its position
	if l := p.participleSubject(ss, anchor, se, v.firstPerson(), v.memory); len(l) > 0 {
		return l, true
	}
	// 2c. an institution the document named as a State's or a group's
	// ("The Ministry regrets ...", "Council stresses ...")
	if code := p.institutionHolder(ss, anchor, v); code != "" {
		return append(actors, code), true
	}
	// 3. the sponsor of a quoted resolution text, unless the sponsor phrase
	// is in this position's own object ("It opposed the Programme of
	// Action proposed by France and Egypt")
	if len(v.sponsor) > 0 && !p.has(cSponsor, anchor, se) {
		return append(actors, v.sponsor...), true
	}
	// 4a. "The Group reaffirms" in a statement made on behalf of a group
	if g := v.ownGroup(); g != "" && p.groupSubject(ss, anchor) {
		return append(actors, g), true
	}
	// 4c. "Brazil and South Africa occupy the middle ground. Neither rules
	// out a binding instrument": the States of the sentence before
	if anchor == ss && p.toks[ss].low == "neither" && len(v.memory) > 1 {
		return append(actors, v.memory...), true
	}
	// 4. "they" → the previous holder ("their" only as the sentence's first word)
	for _, h := range p.byClass[cPronoun] {
		if h.j-h.i == 2 && p.toks[h.i].low == "this" && p.toks[h.i+1].low == "group" && p.toks[h.i+1].capInit {
			continue // "Whatever this Group recommends": the working group itself, not a bloc named before
		}
		if h.i >= ss && h.i-ss <= 1 && h.i < anchor && p.restricted(h) {
			return actors, true // holders without a code
		}
		if p.toks[h.i].low == "it" && h.i > ss && p.toks[ss].low == "whatever" && p.markBefore(h.i, ",") && v.kind != kindStatement {
			// "Whatever name the new mechanism takes, it should ...": "it"
			// is the mechanism, not the holder of the sentence before
			continue
		}
		// "they" anywhere; "it", "their" opening the sentence; a phrase
		// ("those States", "both") as the subject right before the cue or
		// right after an opening phrase ("In the same submission, those
		// States held that ...")
		if h.i >= ss && h.i < anchor && !p.toks[h.i].quoted && !p.expletiveIt(h) && !p.restricted(h) && (h.i-ss <= 1 || p.toks[h.i].low == "they" || (h.j-h.i > 1 || p.toks[h.i].low == "both") && (anchor-h.j <= 2 || p.toks[h.i].clause && !p.toks[h.i-1].clause && ss < h.i && h.i-ss <= 8) || itSubject(p, ss, h, anchor) || apposedSubject(p, ss, h.i)) && len(v.memory) > 0 {
			if p.toks[h.i].low == "they" && h.i > ss && opensWithUnnamed(p, ss, h.i) && !slices.ContainsFunc(p.actors, func(m actorMention) bool { return m.i >= ss && m.i < h.i }) {
				// "Several delegations from the Pacific said they would
				// be open to a treaty": "they" is the unnamed subject
				return actors, true
			}
			if len(v.memory) == 1 && collective(p.toks[h.i:h.j]) && slices.Contains(v.camp, v.memory[0]) {
				// "The EU and its partners insist ... The EU set this out
				// in a declaration. This camp also ...": the camp, not the
				// one member named last
				return append(actors, v.camp...), true
			}
			if distributive(p.toks[h.i:h.j]) && len(v.listed) > len(v.memory) && !slices.ContainsFunc(v.memory, func(a string) bool { return !slices.Contains(v.listed, a) }) {
				// "Russia wanted ...; the United States preferred ...;
				// ASEAN offered ... For all their differences, each of
				// them has backed the directory": all those named, not
				// only the last holder
				return append(actors, v.listed...), true
			}
			if len(v.subjLead) == 1 && len(v.memory) > 1 && singularPronoun(p.toks[h.i].low) {
				return append(actors, v.subjLead...), true
			}
			if own := v.firstPerson(); v.kind == kindStatement && len(own) > 0 && len(v.others) > 0 && h.j-h.i == 1 && h.j < se && (p.toks[h.i].low == "they" && (theyVerbs[p.toks[h.j].low] || speechVerbs[p.toks[h.j].low]) || p.toks[h.i].low == "it" && h.i == ss && p.spokeAt(h.j, se)) &&
				!slices.ContainsFunc(v.memory, func(a string) bool { return !slices.Contains(own, a) }) {
				// "They went further, urging ..." after a sentence of the
				// speaker's own: a speaking State never calls itself
				// "they"; the others named last
				return append(actors, v.others...), true
			}
			if len(v.memory) > 1 && (p.toks[h.i].low == "she" || p.toks[h.i].low == "he") && h.j-h.i == 1 {
				// "She urged Member States to ..." after "Co-organised by
				// Korea and Sierra Leone": one person, no State named
				return actors, true
			}
			if len(v.turn) > 0 && h.j-h.i == 2 && (p.toks[h.i].low == "his" || p.toks[h.i].low == "her") && speakerNouns[p.toks[h.i+1].low] {
				// "He noted that China, Iran and Russia had voted against
				// it. His Government would continue to press for ...": the
				// speaker's, not the States named last
				return append(actors, v.turn...), true
			}
			if g := groupsOf(v.memory); len(g) == 1 && len(v.memory) == 2 && slices.ContainsFunc(p.toks[h.i:h.j], func(t tok) bool { return t.low == "group" || t.low == "movement" }) {
				// "Mr. Shikongo (Nigeria), speaking on behalf of the Group
				// of African States, said ... the Group held that ...": the
				// group, not the State that speaks for it
				return append(actors, g...), true
			}
			return append(actors, v.memory...), true
		}
	}
	// 4b. a later sentence of a paragraph that reports one State's turn;
	// in a statement, not once the speaker has spoken in the first person
	// ("Russia has again argued that ... We do not share this analysis.
	// International law is fit for purpose.")
	if own := v.firstPerson(); len(v.turn) > 0 && (p.toks[ss].sent > 0 || v.turnGoesOn) && !(v.kind == kindStatement && len(own) > 0 && !holdsAny(v.turn, own) && p.firstPersonBefore(ss)) {
		return append(actors, v.turn...), true
	}
	// 5. holders without a code: near the cue or opening the sentence
	for _, h := range p.byClass[cUnnamed] {
		if class == cNormative && h.j == anchor {
			// the subject of "should" is what is recommended, not who
			// recommends it ("Non-governmental stakeholders should be able
			// to contribute")
			continue
		}
		if h.i >= ss && h.j <= anchor && (anchor-h.j <= 4 || h.i-ss <= 2) && !p.toks[h.i].quoted && !p.objectOfCue(h.i) && !p.addressee(h) && !p.vocative(h, ss) && !prepObject(p, ss, h.i) {
			// "Six States voted against the resolution, Russia, China and
			// Iran among them": the States named after the position hold it
			return append(actors, p.trailingList(cueEnd, se)...), true
		}
	}
	// a named person right before the cue ("Lauber suggests"), not a
	// body ("the Mechanism should", "the Programme of Action should"), a
	// cue word ("Nor should"), a common noun ("an injured State may"), a
	// sentence's first word before "should" ("Norms should address") or
	// before the claim it opens ("Existing international law governs")
	if anchor > ss {
		b := p.toks[anchor-1]
		if b.capInit && !b.allCaps && (!b.sentInit || !isFunctionWord(b.low)) && !anaphors[b.low] && !(b.sentInit && ordinalOpeners[b.low]) && !p.anyCue(anchor-1) && !t.startsMarker(p, anchor-1, se) && !t.endsMarker(p, ss, anchor-1) && !p.nounPhraseEnd(ss, anchor-1) && !(b.sentInit && !b.quoted && class == cNormative) && !(b.sentInit && anchor == hitStart) {
			return actors, true
		}
	}
	// 6a. "Support for X came from A and B", "X drew support from A", "the
	// proposal drew the support of A"
	for k := cueEnd; k+1 < se && k < cueEnd+4; k++ {
		if p.toks[k].low == "from" && fromHeads[p.toks[k-1].low] || p.toks[k].low == "of" && (p.toks[k-1].low == "support" || p.toks[k-1].low == "backing") && k >= 2 && (wonWords[p.toks[k-2].low] || p.toks[k-2].low == "the") {
			if _, ok := p.actorAt(k + 1); ok {
				return append(actors, p.listFrom(k+1, se)...), true
			}
		}
	}
	// 6. a passive "by X" after the cue, or after where and when ("was
	// opposed in the General Assembly by China, Iran and Syria")
	for k := cueEnd; k < se && (k < cueEnd+3 || p.placeBefore(cueEnd, k)); k++ {
		if p.toks[k].low == "by" {
			for l := k + 1; l < se && l < k+4; l++ {
				if _, ok := p.actorAt(l); ok {
					actors = append(actors, p.listFrom(l, se)...)
					// "revived by Russia's concept and supported by China and Iran"
					for n := l + 1; n+2 < se && n < l+12; n++ {
						if p.toks[n].low == "and" && p.has(cFavor, n+1, n+2) && p.toks[n+2].low == "by" {
							if _, ok := p.actorAt(n + 3); ok {
								actors = appendActor(actors, p.listFrom(n+3, se)...)
							}
							break
						}
					}
					return actors, true
				}
			}
			// not a manner ("decide by consensus") or the agent of a noun
			// ("address the malicious use of ICTs by States")
			if p.has(cUnnamed, k+1, min(se, k+4)) && (k+1 >= se || p.toks[k+1].low != "consensus") && (k == cueEnd || participle(p.toks[k-1].low)) {
				return actors, true
			}
		}
	}
	// 6b. no subject holds it, but States back it: "A proposal to state
	// that IHL applies, backed by the EU and Mexico, was dropped"
	if b := p.backersAfter(cueEnd, se); len(b) > 0 {
		return append(actors, b...), true
	}
	// 6c. a line labelled with its holders ("European Union: the thematic
	// groups should ...")
	if lead, end := p.colonLead(); len(lead) > 0 && ss < end && anchor >= end {
		return append(actors, lead...), true
	}
	// 7. the text's own voice, unless a person the text reports speaks
	// ("The agreed norms, he said, should ...", "They argued that ..."
	// after witnesses the gazetteer cannot name)
	if p.personReported(ss, se) {
		return actors, true
	}
	if own := v.own(); own != nil {
		return append(actors, own...), true
	}
	if class == cNormative || class == cNeutral || p.imperative(ss) {
		return append(actors, "AUTHOR"), true
	}
	return actors, true
}

// firstPersonBefore reports a first-person word, outside quotations,
// before token k.
func (p *para) firstPersonBefore(k int) bool {
	return slices.ContainsFunc(p.byClass[cFirst], func(h cueHit) bool { return h.i < k && !p.toks[h.i].quoted })
}

// viewAside returns the actors of an aside "in X's view" (reading,
// words, opinion, assessment) set off by commas in the sentence [ss, se)
// before the cue's end at anchor, or nil.
func (p *para) viewAside(ss, se, anchor int) []string {
	for k := ss; k+3 < se && k < anchor+2; k++ {
		if p.toks[k].low != "in" || p.toks[k].quoted || k > ss && !p.markBefore(k, ",") {
			continue
		}
		x := slices.IndexFunc(p.actors, func(m actorMention) bool { return m.i == k+1 || m.i == k+2 && p.toks[k+1].low == "the" })
		if x < 0 {
			continue
		}
		n := p.actors[x].j
		if n < se && p.toks[n].low == "s" {
			n++
		}
		if n >= se || !asideViews[p.toks[n].low] || n+1 < se && !p.markBefore(n+1, ",") {
			continue
		}
		return []string{p.actors[x].code}
	}
	return nil
}

// asideViews name a view in "in Russia's view".
var asideViews = map[string]bool{"view": true, "reading": true, "words": true, "opinion": true, "assessment": true, "eyes": true, "telling": true, "judgement": true, "judgment": true, "understanding": true}

// personReported reports a sentence [ss, se) whose speaker is a
// third-person pronoun right before a reporting verb, outside quotations:
// "he said", "She warned that", "They argued that", or the person's view
// ("In his view, ..."). Reached with no
// holder found, it names someone without a code, never the author.
func (p *para) personReported(ss, se int) bool {
	for k := ss; k+2 < se; k++ {
		// "In his view, the companies ... should"
		if p.toks[k].low == "in" && (p.toks[k+1].low == "his" || p.toks[k+1].low == "her") && !p.toks[k].quoted {
			switch p.toks[k+2].low {
			case "view", "opinion", "words", "assessment", "telling", "judgement", "judgment":
				return true
			}
		}
	}
	for _, c := range p.byClass[cReport] {
		if c.i <= ss || c.i >= se || p.toks[c.i].quoted {
			continue
		}
		k := c.i - 1
		if k > ss && echoAux[p.toks[k].low] {
			k-- // "they have argued", "she also warned"
		}
		switch p.toks[k].low {
		case "he", "she", "they":
			return !p.toks[k].quoted
		}
	}
	return false
}

// cleftNot reports a cue whose object is denied by the copula after it:
// "What was needed was not a new treaty but ...", "what the world requires
// is not new law".
func (p *para) cleftNot(g cueHit, at int) bool {
	k := g.j
	if k+1 >= at || !copulas[p.toks[k].low] || p.toks[k+1].low != "not" {
		return false
	}
	if at-(k+2) > 3 {
		return false
	}
	for l := k + 2; l < at; l++ {
		switch p.toks[l].low {
		case "only", "just", "merely", "simply", "least":
			return false // "is not only a treaty"
		}
		if p.toks[l].clause {
			return false
		}
	}
	return true
}

// participle reports a word that looks like a past participle ("proposed",
// "taken").
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
}

// copulas are the forms of "be" that open a predicate.
var copulas = map[string]bool{"is": true, "was": true, "are": true, "were": true}

// anyCue reports a cue of any class at token k ("Nor should ...": a
// sentence's first word that is a cue is not a person's name).
func (p *para) anyCue(k int) bool {
	for c := range p.byClass {
		if p.has(c, k, k+1) {
			return true
		}
	}
	return false
}

// nounPhraseEnd reports a capitalised word at k that ends a noun phrase
// opened by a determiner, with at most two lower-case words between ("the
// Mechanism", "an injured State", "the future Mechanism"): a body or a
// common noun, not a person's name.
func (p *para) nounPhraseEnd(ss, k int) bool {
	for l := k - 1; l >= ss && l >= k-3; l-- {
		w := p.toks[l]
		if determiners[w.low] || w.low == "any" || w.low == "each" || w.low == "every" {
			return true
		}
		if w.capInit && !w.sentInit || w.clause {
			return false
		}
	}
	return false
}

// restricted reports a pronoun phrase that a relative clause right after it
// defines instead of pointing back: "The same governments that insist
// existing law is sufficient have been slow to say how it applies".
func (p *para) restricted(h cueHit) bool {
	if h.j-h.i < 2 || h.j >= len(p.toks) || p.toks[h.j].clause {
		return false
	}
	w := p.toks[h.j].low
	return w == "that" || w == "who"
}

// collectiveNouns are the heads of pronoun phrases that name several
// holders as one ("this camp", "the same governments").
var collectiveNouns = map[string]bool{"camp": true, "group": true, "grouping": true, "coalition": true, "bloc": true,
	"states": true, "countries": true, "governments": true, "delegations": true, "partners": true}

// collective reports a pronoun phrase that names several holders as one.
func collective(ts []tok) bool {
	// not "this Group", the working group itself
	if len(ts) < 2 || !collectiveNouns[ts[len(ts)-1].low] || ts[len(ts)-1].capInit && ts[len(ts)-1].low == "group" {
		return false
	}
	switch ts[0].low {
	case "this", "that", "these", "those":
		return true
	}
	// "the same camp", not "the group" (often the working group)
	return ts[1].low == "same"
}

// dropChannels takes from a position the States named only as the
// channel of another's voice ("Russia, speaking ... through Nicaragua on
// behalf of a group of like-minded States", "the Non-Aligned Movement,
// speaking through Indonesia"), when the position has another holder.
func (p *para) dropChannels(out []Stance) []Stance {
	var channels []string
	for _, m := range p.actors {
		if m.i > 0 && p.toks[m.i-1].low == "through" && !p.toks[m.i].quoted {
			channels = appendActor(channels, m.code)
		}
	}
	if len(channels) == 0 {
		return out
	}
	for _, m := range p.actors {
		if m.i == 0 || p.toks[m.i-1].low != "through" {
			channels = slices.DeleteFunc(channels, func(c string) bool { return c == m.code })
		}
	}
	for i, st := range out {
		if len(st.Actors) > 1 && holdsAny(st.Actors, channels) {
			if rest := slices.DeleteFunc(slices.Clone(st.Actors), func(a string) bool { return slices.Contains(channels, a) }); len(rest) > 0 {
				out[i].Actors = rest
			}
		}
	}
	return out
}

// sameHolder reports "the same delegation", "that delegation", "the
// same State" at k, before to: a holder named before.
func (p *para) sameHolder(k, to int) bool {
	if k+2 > to {
		return false
	}
	w0, w1 := p.toks[k].low, p.toks[k+1].low
	head := func(w string) bool {
		return w == "delegation" || w == "state" || w == "country" || w == "government"
	}
	return w0 == "the" && w1 == "same" && k+2 < to && head(p.toks[k+2].low) || w0 == "that" && head(w1)
}

// imperative reports a sentence at ss that opens with a recommendation
// ("4. Invest in the directory: ping tests and support for ..."): its
// positions with no other holder are the author's.
func (p *para) imperative(ss int) bool {
	lead := func(i int) bool {
		return i >= ss && i <= ss+2 && p.opensSentence(i) && (p.toks[i].capInit || i > ss && ordinalOpeners[p.toks[i-1].low])
	}
	for _, h := range p.byClass[cNormative] {
		if lead(h.i) {
			return true
		}
	}
	return slices.ContainsFunc(p.imperAgainst, lead)
}

// prepObject reports a phrase at i that is the object of a preposition
// ("the activities of States", "to all delegations"), not a subject.
func prepObject(p *para, ss, i int) bool {
	if i > ss && (p.toks[i-1].low == "the" || p.toks[i-1].low == "all") {
		i--
	}
	if i <= ss {
		return false
	}
	switch p.toks[i-1].low {
	case "of", "to", "for", "among", "amongst", "between", "with", "over", "from", "across", "towards", "toward":
		return true
	}
	return false
}

// fromHeads are the words before "from" that name where a position
// comes from ("came from", "support from", "objections from").
var fromHeads = map[string]bool{"came": true, "comes": true, "come": true, "support": true, "backing": true, "opposition": true,
	"objections": true, "resistance": true, "pushback": true, "calls": true, "pressure": true, "endorsement": true, "endorsements": true}

// frontedReport reports an actor introduced by a reporting phrase that
// opens the sentence ("According to Russia, a convention is needed", "In
// the view of Japan and Malta, ..."): the sentence is theirs.
func (p *para) frontedReport(ss int, m actorMention) bool {
	for _, r := range p.byClass[cReport] {
		if r.i >= ss && r.i <= ss+2 && r.j <= m.i && m.i-r.j <= 1 && !p.toks[r.i].quoted {
			return true
		}
	}
	return false
}

// textNouns are the texts a State's adjective or possessive can own: "the
// Russian draft", "France's proposal".
var textNouns = map[string]bool{"draft": true, "drafts": true, "proposal": true, "proposals": true, "concept": true, "initiative": true, "text": true, "plan": true, "paper": true, "idea": true, "ideas": true}

// ownerInObject reports an actor that owns a text named as the object of a
// verb before the cue at anchor ("Its delegate described the Russian draft
// as a good basis, but said the laws of war apply ..."): the owner of the
// draft is not the subject of what follows.
func (p *para) ownerInObject(ss int, m actorMention, anchor int) bool {
	if m.j >= len(p.toks) || !textNouns[p.toks[m.j].low] || anchor <= m.j+1 {
		return false
	}
	k := m.i - 1
	if k > ss && (p.toks[k].low == "the" || p.toks[k].low == "a") {
		k--
	}
	if k <= ss || p.toks[k+1].clause || p.toks[k].quoted {
		return false
	}
	w := p.toks[k]
	return !w.capInit && !isFunctionWord(w.low) && !speakerTitle(p.toks[k:k+1])
}

// agentInObject reports an actor named as the agent of a participle in
// the object of an earlier cue from on ("It opposed the Programme of
// Action proposed by France and Egypt, and voted against ..."): not a
// holder of a later position.
func (p *para) agentInObject(from int, m actorMention) bool {
	// the first actor of the list m closes ("by France and Egypt")
	for n := len(p.actors) - 1; n > 0; n-- {
		if p.actors[n].i != m.i {
			continue
		}
		for ; n > 0 && p.actors[n].i-p.actors[n-1].j <= 3 && listGlue(p.toks[p.actors[n-1].j:p.actors[n].i]); n-- {
			m = p.actors[n-1]
		}
		break
	}
	k := m.i - 1
	if k > from && p.toks[k].low == "the" {
		k--
	}
	if k <= from || k < 2 || p.toks[k].low != "by" || !strings.HasSuffix(p.toks[k-1].low, "ed") || p.toks[k-1].clause {
		return false // not "X proposed by A", or an aside: "Proposal by A, supported by B"
	}
	switch p.toks[k-2].low {
	case "was", "were", "is", "are", "been", "be", "being":
		return false // a passive: "the PoA was proposed by France"
	}
	for _, c := range p.cues {
		if c.i >= from && c.j <= k-1 && (c.class == cFavor || c.class == cAgainst) && !p.toks[c.i].quoted && !proposalNoun[p.toks[c.j-1].low] {
			return true
		}
	}
	return false
}

// modifierInSubject reports an actor named inside the subject of a claim,
// as the owner or the agent of what the claim is about, with no verb of
// its own before the claim's marker at hit: in "Cyber operations carried
// out in the course of Russia's armed aggression are subject to
// international humanitarian law" and "Operations conducted by Russia are
// subject to ..." Russia is what the law governs, not who says so. Its
// holders' nouns keep it a holder: "Russia's delegation", "the position of
// China".
func (p *para) modifierInSubject(ss int, m actorMention, hit int) bool {
	if m.j >= hit || p.toks[m.i].quoted {
		return false
	}
	for _, c := range p.cues {
		if c.i >= m.i && c.i < hit {
			return false // "Russia's delegation argued that ...", "Operations by Russia, we believe, ..."
		}
	}
	for k := m.j; k < hit; k++ {
		if w := p.toks[k].low; w == "which" || w == "who" || w == "whose" {
			return false // "to the disappointment of the EU, which had sought ..."
		}
	}
	if m.j+1 < hit && p.toks[m.j].low == "s" {
		// "Russia's armed aggression", not "Russia's representative" or
		// "Some delegations, notably China's, have questioned ..."
		if p.toks[m.j+1].clause || p.markBefore(m.j+1, ",") {
			return false
		}
		for k := m.j + 1; k < hit && k <= m.j+3; k++ {
			if holdersNoun(p.toks[k].low) {
				return false
			}
		}
		return true
	}
	if holdersNoun(p.toks[m.j].low) {
		return false // "the Russian argument", "the Chinese delegation": its holder
	}
	k := m.i - 1
	if k > ss && p.toks[k].low == "the" {
		k--
	}
	if k <= ss {
		return false
	}
	w := p.toks[k-1].low
	switch p.toks[k].low {
	case "by":
		// the agent of an operation ("carried out by Russia"), not of a
		// proposal or a statement ("put forward by Egypt", "read out by
		// Nicaragua", "a group led by Canada")
		if w == "out" {
			return k >= 2 && p.toks[k-2].low == "carried"
		}
		return operationVerbs[w]
	case "of":
		// "the armed forces of Russia", not "the position of China", "those
		// of China", "a number of like-minded States", "with the support of
		// Belarus", "on behalf of Russia"
		return !(holderNoun[w] || viewWords[w] || viewNouns[w] || proposalNoun[w] || memberNoun[w] || backingNoun[w] || w == "behalf")
	case "against", "in", "on", "during", "targeting":
		// not where a view is stated: "the view expressed in the Common
		// African Position"
		return !statedIn[w]
	}
	return false
}

// holdersNoun reports a noun of those who speak for a State, of what
// they say or of what they put forward ("delegation", "view", "proposal",
// "concept"): the State it is of holds what follows.
func holdersNoun(w string) bool {
	return holderNoun[w] || viewWords[w] || viewNouns[w] || proposalNoun[w] || answerNoun[w]
}

// backingNoun are the nouns of a backer's support ("with the support of
// Belarus").
var backingNoun = map[string]bool{"support": true, "backing": true, "help": true, "blessing": true, "consent": true, "approval": true, "endorsement": true, "encouragement": true}

// statedIn are the participles before the text that states a view
// ("expressed in", "reflected in", "set out in").
var statedIn = map[string]bool{"expressed": true, "reflected": true, "stated": true, "enshrined": true, "contained": true, "outlined": true,
	"articulated": true, "voiced": true, "out": true, "laid": true, "down": true, "described": true, "recorded": true, "captured": true, "embodied": true, "echoed": true}

// operationVerbs are the participles whose agent, after "by", is the
// author of an operation ("carried out by", "conducted by").
var operationVerbs = map[string]bool{"out": true, "conducted": true, "launched": true, "perpetrated": true, "committed": true, "mounted": true,
	"used": true, "deployed": true, "operated": true, "owned": true, "run": true, "attributed": true, "orchestrated": true, "waged": true,
	"staged": true, "directed": true, "targeted": true, "hacked": true, "stolen": true}

// memberNoun are the nouns of some of a group's members ("those of China",
// "members of the EU", "a majority of States").
var memberNoun = map[string]bool{"those": true, "that": true, "members": true, "member": true, "group": true, "groups": true, "countries": true,
	"states": true, "majority": true, "most": true, "some": true, "many": true, "all": true, "each": true, "both": true, "camp": true,
	"coalition": true, "friends": true, "side": true, "bloc": true, "part": true, "several": true, "few": true, "none": true, "one": true,
	"number": true, "handful": true, "host": true, "range": true, "list": true, "set": true, "dozen": true, "pair": true, "trio": true, "rest": true}

// answerNoun are further nouns of what a State says or wants ("Beijing's
// answer is that ...").
var answerNoun = map[string]bool{"answer": true, "response": true, "reply": true, "line": true, "message": true, "case": true, "concern": true,
	"concerns": true, "fear": true, "insistence": true, "preference": true, "approach": true, "verdict": true, "conclusion": true, "logic": true,
	"priority": true, "priorities": true, "aim": true, "goal": true, "objective": true, "demand": true, "demands": true, "wish": true, "hope": true,
	// what it puts forward: "Russia's 2023 concept speaks of sovereignty", "China's doctrine of cyber sovereignty"
	"concept": true, "concepts": true, "doctrine": true, "alternative": true, "emphasis": true, "vision": true, "draft": true,
	"drafts": true, "model": true, "strategy": true, "policy": true, "push": true, "bid": true, "campaign": true, "agenda": true, "interpretation": true,
	"conception": true, "text": true, "resolution": true, "code": true, "blueprint": true, "formula": true, "proposals": true, "initiative": true,
	"plan": true, "plans": true, "preferred": true, "own": true, "long-standing": true, "traditional": true, "stated": true, "official": true}

// holderNoun are the nouns of those who speak for a State ("Russia's
// delegation") or of what it says ("a statement by Iran").
var holderNoun = map[string]bool{"delegation": true, "delegations": true, "representative": true, "representatives": true, "delegate": true, "government": true,
	"ministry": true, "minister": true, "ambassador": true, "envoy": true, "statement": true, "statements": true, "submission": true, "submissions": true,
	"paper": true, "stance": true, "positions": true, "officials": true, "official": true, "president": true, "leaders": true, "leadership": true, "diplomats": true, "mission": true,
	"governments": true, "ministers": true, "ambassadors": true, "presidents": true, "heads": true, "head": true, "missions": true, "ministries": true, "envoys": true,
	"negotiators": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, "authorities": true, "administration": true, "parliament": true, "experts": true}

// backerOf returns the actor that a list of backers set off after it
// names m among ("The Russian Federation, joined by Belarus, Nicaragua and
// Syria, ..." gives RUS for Syria), or "".
func (p *para) backerOf(m actorMention) string {
	k := m.i - 1
	for k > 0 && k > m.i-30 && p.toks[k].low != "by" {
		inActor := slices.ContainsFunc(p.actors, func(a actorMention) bool { return a.i <= k && k < a.j })
		if !inActor && p.toks[k].low != "and" && !isFunctionWord(p.toks[k].low) {
			return ""
		}
		k--
	}
	if k < 2 || p.toks[k].low != "by" || !backersWords[p.toks[k-1].low] || !p.toks[k-1].clause {
		return ""
	}
	for _, a := range p.actors {
		if a.j == k-1 {
			return a.code
		}
	}
	return ""
}

// lyAdverb reports an adverb in -ly of five letters or more ("simply",
// "repeatedly"; not "only"), the kind that may stand between a subject and
// its verb.
func lyAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// personPronoun are the pronouns of a reporting aside ("Kenya, she
// stressed, ...").
var personPronoun = map[string]bool{"he": true, "she": true, "they": true}

// singularPronoun reports the first word of a pronoun phrase that stands
// for one actor: "it", "its delegation".
func singularPronoun(w string) bool {
	return w == "it" || w == "its"
}

// backersWords are the verbs of "was supported by", "backed by", "joined
// by", "co-sponsored by".
var backersWords = map[string]bool{"supported": true, "backed": true, "endorsed": true, "joined": true, "seconded": true, "echoed": true, "sponsored": true, "cosponsored": true,
	"welcomed": true, "championed": true, "embraced": true}

// preferredTo reports an object at i passed over by a preference cue g:
// "prefer a successor OEWG to a Programme of Action", "a preference for
// implementation over new norms"; "to" or "over" stands between the
// preferred thing and the object, in one clause.
func (p *para) preferredTo(g cueHit, i int) bool {
	if w := p.toks[g.j-1].low; !strings.HasPrefix(w, "prefer") && w != "for" || w == "for" && (g.j-2 < 0 || p.toks[g.j-2].low != "preference") {
		return false
	}
	for k := g.j + 1; k < i && k <= g.j+8; k++ {
		if p.toks[k].clause {
			return false
		}
		if w := p.toks[k].low; w == "to" || w == "over" {
			// a noun phrase after it, not an infinitive ("prefer the
			// Mechanism to take up binding obligations")
			for n := k + 1; n < i; n++ {
				if w := p.toks[n].low; w != "a" && w != "an" && w != "the" && w != "any" && w != "another" {
					return false
				}
			}
			return i-k <= 3
		}
	}
	return false
}

// backersAside reports a cue that opens an aside naming a subject's
// backers ("The Russian Federation, supported by Belarus and Nicaragua, has
// described the PoA as ..."): the aside closes before the hit at i, and
// the verb after it governs the hit.
func (p *para) backersAside(c cueHit, i int) bool {
	if !backersWords[p.toks[c.i].low] || !p.toks[c.i].clause || c.i+1 >= len(p.toks) || p.toks[c.i+1].low != "by" {
		return false
	}
	for k := c.i + 2; k < i; k++ {
		if !p.toks[k].clause {
			continue
		}
		// the subject's own verb after the aside governs instead
		for n := k; n < i; n++ {
			if endorseVerbs[p.toks[n].low] || p.has(cFavor, n, n+1) || p.has(cAgainst, n, n+1) || p.has(cNeutral, n, n+1) || p.has(cReport, n, n+1) {
				return true
			}
		}
		return false
	}
	return false
}

// byList returns the actors listed after "by" at k: right after it ("by
// Belarus, Cuba and Iran") or after a count of States and "including",
// "such as", "notably" or "among them" ("by more than sixty States
// placeBefore reports a phrase of place or time from a passive cue's end
// to token k ("in the General Assembly", "at its seventy-seventh session",
// "in 2022"): a preposition, then only "the", "of", "its" and capitalised
// or numbered words.
func (p *para) placeBefore(cueEnd, k int) bool {
	if k-cueEnd > 7 || k-cueEnd < 2 || !participle(p.toks[cueEnd-1].low) {
		return false
	}
	switch p.toks[cueEnd].low {
	case "in", "at", "during":
	default:
		return false
	}
	for i := cueEnd + 1; i < k; i++ {
		t := p.toks[i]
		if t.clause || t.quoted {
			return false
		}
		if w := t.low; w != "the" && w != "of" && w != "its" && !t.capInit && (w[0] < '0' || w[0] > '9') {
			return false
		}
	}
	return true
}

// including France and Egypt"), in the same clause; or nil.
func (p *para) byList(k, se int) []string {
	if _, ok := p.actorAt(k + 1); ok {
		l := p.listFrom(k+1, se)
		// "submitted by the Russian Federation together with Belarus and
		// Nicaragua": the co-authors too
		for _, m := range p.actors {
			if m.i > k && m.j+2 < se && slices.Contains(l, m.code) && withWords[p.toks[m.j].low] && p.toks[m.j+1].low == "with" {
				if _, ok := p.actorAt(m.j + 2); ok {
					return appendActor(l, p.listFrom(m.j+2, se)...)
				}
			}
		}
		return l
	}
	for j := k + 1; j+1 < se && j <= k+8; j++ {
		if p.toks[j].quoted || p.toks[j].clause && !includeWords[p.toks[j].low] && !(p.toks[j].low == "among" && p.toks[j+1].low == "them") {
			return nil // (but "by a wide range of States, among them China")
		}
		at := 0
		switch w := p.toks[j].low; {
		case includeWords[w]:
			at = j + 1
		case w == "such" && p.toks[j+1].low == "as", w == "among" && p.toks[j+1].low == "them":
			at = j + 2
		}
		if at > 0 {
			if _, ok := p.actorAt(at); ok {
				return p.listFrom(at, se)
			}
			return nil
		}
	}
	return nil
}

// withWords open "together with", "along with", "jointly with" after a
// sponsor.
var withWords = map[string]bool{"together": true, "along": true, "jointly": true}

// includeWords introduce the named members of a count of States.
var includeWords = map[string]bool{"including": true, "notably": true, "incl": true}

// backersAfter returns the actors listed after "supported by", "backed
// by", ... within a few words after from, in the same clause ("..., was
// supported by Belarus, Cuba and Iran, while ..."), or nil.
func (p *para) backersAfter(from, se int) []string {
	for k := from; k+2 < se && k < from+12; k++ {
		if w := p.toks[k].low; p.toks[k].quoted || w == "while" || w == "whereas" || w == "but" || w == "and" && p.toks[k].clause {
			return nil
		}
		if backersWords[p.toks[k].low] && p.toks[k+1].low == "by" {
			if l := p.byList(k+1, se); len(l) > 0 && !negatedAt(p, max(from, k-3), k) {
				return l
			}
			return nil
		}
	}
	return nil
}

// ownGroup returns the group a statement is made on behalf of, or "".
// onBehalfOfGroup has made such a group the speaker.
func (v *voice) ownGroup() string {
	if v.kind == kindStatement && groupCodes[v.speaker] {
		return v.speaker
	}
	return ""
}

// groupCodes are the actor codes of groups (DESIGN.md, Taxonomy).
var groupCodes = map[string]bool{"EU": true, "NAM": true, "ASEAN": true, "AU": true, "G77": true, "ARAB_GROUP": true, "OAS": true, "OSCE": true}

// groupSubject reports "The Group", "Our Group", "The Movement" opening the
// sentence [ss, anchor) as its subject.
func (p *para) groupSubject(ss, anchor int) bool {
	k := ss
	for k < anchor && k-ss < 2 && isListMark(p.toks[k].low) {
		k++
	}
	if k+1 >= anchor || anchor-k > 5 {
		return false
	}
	switch p.toks[k].low {
	case "the", "our", "this":
		switch p.toks[k+1].low {
		case "group", "movement", "union", "association":
			return p.toks[k+1].capInit || p.toks[k].low == "our"
		}
	}
	return false
}

// apposedSubject reports a subject at i that follows a fronted noun phrase
// in apposition to it: "A co-author of the PoA, it has also argued ...",
// "As a sponsor of the text, they ...".
func apposedSubject(p *para, ss, i int) bool {
	if i-ss < 3 || !apposedOpener(p, ss) || !p.markBefore(i, ",") {
		return false
	}
	for k := ss + 1; k < i; k++ {
		if p.toks[k].clause {
			return false // the first clause after the phrase
		}
	}
	return true
}

// apposedOpener reports a sentence that opens at k with a noun phrase
// that may stand in apposition to its subject: "A co-author of ...", "An
// early backer of ...", "As a sponsor of ...".
func apposedOpener(p *para, k int) bool {
	if k+1 >= len(p.toks) || !p.toks[k].capInit {
		return false
	}
	switch w := p.toks[k].low; w {
	case "a", "an":
		return true
	case "as":
		return p.toks[k+1].low == "a" || p.toks[k+1].low == "an"
	}
	return false
}

// participleSubject returns the actors that open the main clause after a
// sentence's fronted participial clause holding anchor ("Having opposed
// ..., Moscow accepted", "Calling for a treaty, Iran and Cuba said ..."),
// or after a fronted noun phrase in apposition to its subject ("A
// co-author of the PoA, Egypt has also argued ...", "As a sponsor of the
// PoA, France ..."; with "it" or "they" as the subject, the holders of the
// sentence before, mem), or nil. The actors named inside the participial
// clause are not its subject.
func (p *para) participleSubject(ss, anchor, se int, own, mem []string) []string {
	k := ss
	for k < anchor && isListMark(p.toks[k].low) {
		k++
	}
	if k == ss+1 && (p.toks[ss].low == "a" || p.toks[ss].low == "an") && p.text[p.toks[ss].e:p.toks[k].s] == " " {
		k = ss // the article of "A co-author of ...", not a list mark
	}
	if k > anchor || k+1 >= se || p.toks[k].quoted {
		return nil
	}
	// the position may open with the clause: "Rather than ... further
	// norms" is the position
	w := p.toks[k].low
	alternative := w == "rather" && p.toks[k+1].low == "than" || w == "instead" && p.toks[k+1].low == "of" || w == "before"
	if k == anchor && !alternative {
		return nil
	}
	apposed := apposedOpener(p, k)
	if w != "having" && !alternative && !apposed && (len(w) < 6 || !strings.HasSuffix(w, "ing") || isFunctionWord(w) || !p.toks[k].capInit) {
		return nil
	}
	for l := anchor + 1; l < se; l++ {
		if !p.toks[l].clause {
			continue
		}
		if apposed && !p.markBefore(l, ",") {
			return nil
		}
		if m, ok := p.actorAt(l); ok && !p.toks[m.i].quoted {
			return p.listFrom(m.i, se)
		}
		if apposed && len(mem) > 0 && (p.toks[l].low == "it" || p.toks[l].low == "they") {
			return mem
		}
		// "Rather than a new norm, we recommend ...": the speaker
		if alternative && len(own) > 0 && slices.ContainsFunc(p.byClass[cFirst], func(h cueHit) bool { return h.i == l }) {
			return own
		}
		return nil
	}
	return nil
}

// invertedList returns the actors listed right after the copula that
// follows a sentence's fronted predicate ("Favouring the elaboration of new
// rules were Russia, China and Iran"), or nil.
func (p *para) invertedList(from, se int) []string {
	for k := from; k < se; k++ {
		if _, ok := p.actorAt(k); ok {
			return nil // an actor before the copula is the subject
		}
		switch w := p.toks[k].low; w {
		case "were", "was", "been", "included", "include", "includes":
			if p.toks[k].quoted || w == "been" && (k == from || p.toks[k-1].low != "have" && p.toks[k-1].low != "has") {
				return nil
			}
			l := k + 1
			if g := p.groupHead(l, se); g > l {
				// "The firmest supporters of broad participation have been
				// a cross-regional group that includes Canada, Chile, ..."
				l = g
			}
			for end := l + 3; l < se && l < end; l++ {
				if _, ok := p.actorAt(l); ok {
					return p.listFrom(l, se)
				}
			}
			return nil
		}
	}
	return nil
}

// groupHeads are the nouns of "a cross-regional group that includes ...".
var groupHeads = map[string]bool{"group": true, "coalition": true, "bloc": true, "camp": true, "alliance": true}

// groupHead returns the token after a phrase at i that names a group by
// the States it includes ("a cross-regional group that includes", "a
// coalition including", "the group of"), or i.
func (p *para) groupHead(i, se int) int {
	k := i
	if k < se && (p.toks[k].low == "a" || p.toks[k].low == "an" || p.toks[k].low == "the") {
		k++
	}
	for n := 0; k < se && n < 3 && !groupHeads[p.toks[k].low]; n++ {
		if t := p.toks[k]; t.capInit || t.clause && k > i {
			return i
		}
		k++
	}
	if k >= se || !groupHeads[p.toks[k].low] {
		return i
	}
	k++
	if k < se && p.toks[k].low == "of" {
		// "a group of like-minded States that includes ...": the members
		// follow the relative clause; "the group of Brazil, India and
		// South Africa": they follow "of"
		for l := k + 2; l < se && l <= k+5 && !p.toks[l].clause; l++ {
			if w := p.toks[l].low; w == "that" || w == "which" || w == "including" || w == "comprising" {
				k = l
				break
			}
		}
	}
	if k < se && (p.toks[k].low == "that" || p.toks[k].low == "which") {
		k++
	}
	if k < se {
		switch p.toks[k].low {
		case "includes", "include", "included", "including", "of", "comprising":
			return k + 1
		}
	}
	return i
}

// institutionWords are the names of a State's or a group's institutions
// that speak for it.
var institutionWords = map[string]bool{"ministry": true, "council": true, "commission": true, "government": true, "presidency": true}

// institutionMembers maps a meeting of a group's members to the name its
// outcome gives them: the Chairman's Statement of "the ASEAN Ministerial
// Conference" says what "the Ministers" did, a summit's what "the Leaders"
// did, in the group's name.
var institutionMembers = map[string]string{"ministerial": "ministers", "ministers": "ministers", "summit": "leaders", "leaders": "leaders"}

// institutionHolder returns the actor whose institution opens the sentence
// [ss, anchor) as its subject ("The Ministry also regrets", "Council
// stresses"), when the document named that institution as the actor's.
func (p *para) institutionHolder(ss, anchor int, v *voice) string {
	if len(v.institutions) == 0 {
		return ""
	}
	k := ss
	for k < anchor && k-ss < 2 && (isListMark(p.toks[k].low) || p.toks[k].low == "the") {
		k++
	}
	if k >= anchor || !p.toks[k].capInit {
		return ""
	}
	key, head := p.toks[k].low, k
	if k+4 < anchor && key == "heads" && p.toks[k+1].low == "of" && p.toks[k+2].low == "state" && (p.toks[k+3].low == "or" || p.toks[k+3].low == "and") && p.toks[k+4].low == "government" {
		// "The Heads of State or Government reaffirmed that ...": a
		// summit's leaders
		key, k = "leaders", k+4
	}
	// "The Council welcomes ...", or its verb then a that-clause: "The
	// Council reiterates that existing international law ... applies"
	if anchor-k > 4 && !(k+2 < anchor && (p.toks[k+2].low == "that" || p.has(cReport, k+1, k+2))) && !(k > head && p.leadVerb(k+1, anchor)) {
		return ""
	}
	if k == head && k+1 < anchor && p.toks[k+1].low == "of" {
		return "" // "The Council of the European Union adopted ..."
	}
	return v.institutions[key]
}

// leadVerb reports a verb at k that the whole sentence up to anchor
// continues, naming no actor of its own: "The Heads of State or
// Government reaffirmed the importance of the norms, recognized the report
// of 2021 as a foundation ..., and stressed that ...".
func (p *para) leadVerb(k, anchor int) bool {
	if k >= anchor || !(p.anyCue(k) || participle(p.toks[k].low)) {
		return false
	}
	for _, m := range p.actors {
		if m.i > k && m.i < anchor {
			return false
		}
	}
	for _, h := range p.byClass[cUnnamed] {
		if h.i > k && h.j < anchor && p.anyCue(h.j) {
			return false // "..., and many States argued that ..."
		}
	}
	return true
}

// outcome reports an adopted consensus outcome in from..to ("States
// reaffirmed"), unless the States are named ones ("the European Union and
// its member States reaffirmed").
func (p *para) outcome(from, to int) bool {
	for _, h := range p.byClass[cOutcome] {
		if h.i < from || h.i >= to || p.toks[h.i].quoted {
			continue
		}
		if h.i > 0 && partOf[p.toks[h.i-1].low] {
			continue // "A number of States affirmed", "Other States agreed": not all of them
		}
		named := false
		for _, m := range p.actors {
			// "all ASEAN States have agreed" is still the States' outcome
			// (or names them: "the European Union and its member States")
			if m.i >= from && (m.j < h.i || m.i < h.i && m.j > h.i) {
				named = true
			}
		}
		if !named {
			return true
		}
	}
	return false
}

// partOf are words before "States" that make them some, not all, States.
var partOf = map[string]bool{"many": true, "some": true, "several": true, "other": true, "few": true, "most": true, "numerous": true, "certain": true, "various": true, "of": true, "these": true, "those": true}

// relativeHolders returns the States named right before a relative
// clause whose verb opens the claim that the hit at hitStart is in
// (", which caution that ...", ", who argued that ..."), or nil; shared
// when a favor cue before them says the sentence's subject backs them.
func (p *para) relativeHolders(ss, hitStart int) (rel []string, shared bool) {
	for _, c := range p.cues {
		if c.i <= ss+1 || c.j > hitStart || hitStart-c.j > 20 || p.toks[c.i].quoted || c.class != cFavor && c.class != cAgainst && c.class != cReport {
			continue
		}
		at, backers := c.i, []string(nil)
		if b := p.backingAsideBefore(ss, c.i); b >= 0 {
			// "the Russian Federation, which, supported by China, stressed
			// that ...": over the aside, whose backers hold it too
			at, backers = b, p.listFrom(b+2, c.i)
		}
		r := p.relativeBefore(ss, at)
		if r < 0 {
			continue
		}
		if th := p.thatAfter(c.j, hitStart); (th < 0 || hitStart-th > 20) && !p.objectAfter(c.j, hitStart) {
			// (or the cue's object: ", which welcomed the directory")
			continue
		}
		if l := p.clauseActors(ss, r+1); len(l) > 0 {
			rel, shared = appendActor(l, backers...), false
			for _, f := range p.byClass[cFavor] {
				if f.i >= ss && f.j < at && !negatedAt(p, max(ss, f.i-4), f.i) {
					shared = true
				}
			}
			if p.has(cAlign, ss, c.i) {
				shared = true // "We concur with Mexico, which stressed that ..."
			}
		}
	}
	return rel, shared
}

// objectAfter reports an issue hit at hitStart that is the object of a
// cue ending at j: right after it, over at most an article and a
// modifier, in the same clause.
func (p *para) objectAfter(j, hitStart int) bool {
	if hitStart < j || hitStart-j > 2 {
		return false
	}
	for k := j; k <= hitStart && k < len(p.toks); k++ {
		if k > j && p.toks[k].clause || p.toks[k].quoted {
			return false
		}
	}
	return true
}

// backingAsideBefore returns the start of an aside set off by commas that
// ends right before the verb at k and names its backers ("which,
// supported by China, stressed"), or -1.
func (p *para) backingAsideBefore(ss, k int) int {
	if !p.toks[k].clause {
		return -1
	}
	for b := k - 1; b > ss && b >= k-8; b-- {
		if !p.toks[b].clause {
			continue
		}
		if backersWords[p.toks[b].low] && b+2 < k && p.toks[b+1].low == "by" {
			if _, ok := p.actorAt(b + 2); ok {
				return b
			}
		}
		return -1
	}
	return -1
}

// relativeBefore returns the relative pronoun that opens the clause of a
// verb at k, over its auxiliaries and adverbs (", which stressed", ", who
// have long argued", ", which has for many years advocated"), or -1.
func (p *para) relativeBefore(ss, k int) int {
	for r := k - 1; r > ss && r >= k-5; r-- {
		if w := p.toks[r].low; w == "which" || w == "who" {
			if !p.toks[r].clause {
				return -1
			}
			return r
		}
		if p.toks[r].clause || p.toks[r].quoted || p.has(cFavor, r, r+1) || p.has(cAgainst, r, r+1) {
			return -1
		}
		if _, ok := p.actorAt(r); ok {
			return -1
		}
	}
	return -1
}

// thatAfter returns the "that" which opens the claim of a verb whose cue
// ends at j, right there or after a few words of time and place ("stressed
// in this room yesterday that"), before token limit; or -1.
func (p *para) thatAfter(j, limit int) int {
	if p.toks[j-1].low == "that" {
		return j - 1
	}
	for k := j; k < limit && k < j+6; k++ {
		if k > j && p.toks[k].clause || p.toks[k].quoted {
			return -1
		}
		if p.toks[k].low == "that" {
			return k
		}
	}
	return -1
}

// clauseActors are the codes of the actors named in the clause that ends
// at anchor, with the list they close ("Australia, Japan and Singapore
// have confirmed"); nil when that clause names none.
func (p *para) clauseActors(from, anchor int) []string {
	limit := anchor
	if anchor > from && p.toks[anchor-1].clause {
		switch p.toks[anchor-1].low {
		case "which", "who":
			// "Russia, China and their partners, which want ...": the
			// relative clause's antecedent
			anchor--
			limit = anchor - 1
		}
	}
	if a := p.asideBefore(from, limit); a >= 0 {
		// "Pakistan and Iran, on the other hand, argued": across the aside
		limit = a - 1
	}
	last := -1
	for k, m := range p.actors {
		if m.i >= from && m.j <= anchor && !p.toks[m.i].quoted && !clauseBreak(p, m.j, limit) {
			last = k
		}
	}
	if last < 0 {
		return nil
	}
	return p.listEndingAt(last, from, func(m, n actorMention) bool {
		if strings.Contains(p.text[p.toks[m.j-1].e:p.toks[n.i].s], ";") {
			return false // a semicolon ends the list: "... Korea; Pakistan and Iran argued"
		}
		return n.i-m.j <= 5 && listGlue(p.toks[m.j:n.i]) || n.i-m.j <= 10 && namedGlue(p.toks[m.j:n.i]) ||
			n.i-m.j <= 11 && p.toks[m.j].low == "and" && p.groupHead(m.j+1, n.i+1) == n.i || p.withGlue(m.j, n.i) || formsGlue(p.toks[m.j:n.i]) || p.relativeGlue(m.j, n.i)
	})
}

// relativeGlue reports a relative clause set off by commas between two
// actors of one list, the second after "and": "ASEAN, whose members
// already run a regional network of contacts, and the African Group
// argued ...". The clause states no position of its own.
func (p *para) relativeGlue(from, to int) bool {
	if to-from < 4 || to-from > 18 || !p.markBefore(from, ",") {
		return false
	}
	switch p.toks[from].low {
	case "whose", "which", "who":
	default:
		return false
	}
	and := to - 1
	if p.toks[and].low == "the" {
		and--
	}
	if and <= from+1 || p.toks[and].low != "and" || !p.markBefore(and, ",") {
		return false
	}
	for k := from + 1; k < and; k++ {
		if p.toks[k].clause || p.toks[k].quoted {
			return false
		}
	}
	return !p.has(cFavor, from, and) && !p.has(cAgainst, from, and) && !p.has(cReport, from, and)
}

// relativeAside returns the end of a relative clause at k set off by
// commas after an echo's subject, where the echo phrase starts
// ("Greece, Latvia and Slovenia, all of which published short papers in
// 2024, take the same line"); k when there is none. The clause states no
// position of its own.
func (p *para) relativeAside(k, se int) int {
	if k+2 >= se || !p.toks[k].clause || !p.markBefore(k, ",") {
		return k
	}
	from := k + 1
	switch w := p.toks[k].low; {
	case w == "which" || w == "who" || w == "whose":
	case relativeQuantifiers[w] && p.toks[k+1].low == "of" && (p.toks[k+2].low == "which" || p.toks[k+2].low == "whom"):
		from = k + 3
	default:
		return k
	}
	for e := from; e < se && e <= k+20; e++ {
		if p.toks[e].quoted {
			return k
		}
		if p.toks[e].clause {
			if !p.markBefore(e, ",") || p.has(cFavor, k, e) || p.has(cAgainst, k, e) || p.has(cReport, k, e) {
				return k
			}
			return e
		}
	}
	return k
}

// concession returns where the clause after a concession at k starts:
// "respects that view, but", "understands the concern, but"; k when there
// is none.
func (p *para) concession(k, se int) int {
	if k >= se || !concessionVerbs[p.toks[k].low] {
		return k
	}
	for b := k + 1; b < se && b <= k+6; b++ {
		if p.toks[b].quoted || slices.ContainsFunc(p.cues, func(c cueHit) bool {
			// (not the worry conceded: "understand the concern but ...")
			return (c.class == cFavor || c.class == cAgainst) && c.i >= k && c.i < b && !(c.j-c.i == 1 && concernNouns[p.toks[c.i].low])
		}) {
			return k
		}
		if p.toks[b].low == "but" && (p.markBefore(b, ",") || b+1 < se && (negAux[p.toks[b+1].low] || echoAux[p.toks[b+1].low])) {
			// (without a comma before a verb: "understand the concern but
			// cannot accept the conclusion")
			return b + 1
		}
	}
	return k
}

// concernNouns are the objects of a concession that name a worry: "we
// understand the concern, but ...".
var concernNouns = map[string]bool{"concern": true, "concerns": true, "worry": true, "worries": true, "fear": true, "fears": true, "hesitation": true, "hesitations": true, "reservations": true, "frustration": true}

// concessionVerbs open a concession before "but": "respects that view,
// but does not share it".
var concessionVerbs = map[string]bool{"respects": true, "respect": true, "respected": true, "understands": true, "understand": true, "understood": true,
	"appreciates": true, "appreciate": true, "acknowledges": true, "acknowledge": true, "acknowledged": true}

// relativeQuantifiers open a relative clause with "of which" or "of
// whom": "all of which", "both of whom".
var relativeQuantifiers = map[string]bool{"all": true, "both": true, "each": true, "most": true, "many": true, "several": true, "some": true}

// withGlue reports the words between two actors at [from, to) that make
// the second a companion of the first, set off by a comma: "Beijing, with
// Moscow's support, argues", "Russia, together with China, ...".
func (p *para) withGlue(from, to int) bool {
	ws := p.toks[from:to]
	if len(ws) == 3 && ws[0].low == "co" && ws[2].low == "with" {
		// "Colombia co-led with Senegal a statement affirming ...": a
		// shared act names both authors
		switch ws[1].low {
		case "led", "chaired", "sponsored", "authored", "hosted", "organised", "organized", "convened", "drafted", "signed", "facilitated":
			return true
		}
	}
	if len(ws) == 0 || !p.markBefore(from, ",") {
		return false
	}
	switch len(ws) {
	case 1:
		return ws[0].low == "with"
	case 2:
		return (ws[0].low == "together" || ws[0].low == "along") && ws[1].low == "with"
	}
	return false
}

// formsGlue reports the words by which a list of States forms the group
// named after them: "Canada, Japan and the Republic of Korea form a
// loosely coordinated Western bloc that wants ...".
func formsGlue(ts []tok) bool {
	if len(ts) < 2 || len(ts) > 6 {
		return false
	}
	k := 1
	switch ts[0].low {
	case "form", "forms", "formed", "constitute", "constitutes", "constituted":
	case "make", "makes", "made":
		if ts[1].low != "up" {
			return false
		}
		k = 2
	default:
		return false
	}
	if k >= len(ts) || ts[k].low != "a" && ts[k].low != "an" && ts[k].low != "the" {
		return false
	}
	for _, t := range ts[k+1:] {
		if t.clause || t.capInit || isFunctionWord(t.low) {
			return false
		}
	}
	return true
}

// asideBefore returns the start of a short aside between commas that ends
// right before token i (", on the other hand,", ", for its part,"), one
// that names no actor and holds no cue, or -1.
func (p *para) asideBefore(from, i int) int {
	comma := func(k int) bool { return p.markBefore(k, ",") }
	if i >= len(p.toks) || i == 0 || !comma(i) {
		return -1
	}
	for c := i - 1; c > from && c >= i-5; c-- {
		if !p.toks[c].clause {
			continue
		}
		if !comma(c) {
			return -1
		}
		for _, m := range p.actors {
			if m.i >= c && m.i < i {
				return -1
			}
		}
		for _, h := range p.cues {
			if h.i >= c && h.i < i {
				return -1
			}
		}
		return c
	}
	return -1
}

// namedGlue reports a list item without a code between two actors: a
// comma, then a name ("Colombia, the International Committee of the Red
// Cross and the African Union").
func namedGlue(ts []tok) bool {
	if len(ts) == 0 || !ts[0].clause {
		return false
	}
	names := 0
	for _, t := range ts {
		switch t.low {
		case "the", "of", "and", "for", "on":
			continue
		}
		if !t.capInit || t.sentInit {
			return false
		}
		names++
	}
	return names > 0 && ts[len(ts)-1].low == "and" || len(ts) >= 2 && ts[len(ts)-2].low == "and" && ts[len(ts)-1].low == "the"
}

// listFrom are the codes of the list of actors that starts at or right
// after token i ("by Argentina, Australia, Brazil and Canada").
func (p *para) listFrom(i, se int) []string {
	return p.list(i, se, false)
}

// list returns the codes of the list of actors that starts at or right
// after token i, before se; with backers, the list may repeat its
// preposition ("from A and from B") and a State speaking for a group
// stands for the group (see supporters).
func (p *para) list(i, se int, backers bool) []string {
	var out []string
	k := 0
	for k < len(p.actors) && p.actors[k].i < i {
		k++
	}
	for ; k < len(p.actors) && p.actors[k].j <= se; k++ {
		m := p.actors[k]
		if len(out) > 0 {
			prev := p.actors[k-1]
			g := p.toks[prev.j:m.i]
			again := backers && len(g) == 2 && g[0].low == "and" && (g[1].low == "from" || g[1].low == "of")
			if !again && (m.i-prev.j > 3 || !listGlue(g)) {
				break
			}
		}
		if backers {
			if end, grp := p.behalfAside(m.j, se, true); len(grp) > 0 {
				out = appendActor(out, grp...)
				for k+1 < len(p.actors) && p.actors[k+1].i < end {
					k++
				}
				continue
			}
		}
		out = appendActor(out, m.code)
	}
	return out
}

// behalfAside returns the end of an aside right after a subject at k that
// says whom it speaks for, and the groups it names: ", speaking on behalf
// of the Arab Group," gives the token after the closing comma and
// ARAB_GROUP. It returns k when there is none. With toEnd, the aside may
// also end the sentence se ("support from Tunisia, speaking on behalf of
// the Arab Group.").
func (p *para) behalfAside(k, se int, toEnd bool) (int, []string) {
	if k+3 >= se || !p.markBefore(k, ",") {
		return k, nil
	}
	switch p.toks[k].low {
	case "speaking", "acting", "writing", "talking":
	default:
		return k, nil
	}
	if p.toks[k+1].low != "on" || p.toks[k+2].low != "behalf" || p.toks[k+3].low != "of" {
		return k, nil
	}
	end := k + 4
	for end < se && !p.markBefore(end, ",") {
		end++
	}
	if !toEnd && (end == se || end-k > 14) {
		return k, nil
	}
	var group []string
	for _, m := range p.actors {
		if m.i >= k+4 && m.j <= end {
			group = appendActor(group, m.code)
		}
	}
	return end, group
}

// appositionGlue reports, between two States of a list, a short
// apposition set off by commas and the glue of the list after it: "Egypt,
// the proposal's co-author, as well as Colombia", "Kenya, this year's
// chair, and Fiji".
func (p *para) appositionGlue(from, to int) bool {
	if from >= to || !p.markBefore(from, ",") || !appositionOpeners[p.toks[from].low] {
		return false
	}
	for q := from + 1; q <= to && q-from <= 6; q++ {
		if q < to && p.toks[q].quoted {
			return false
		}
		if p.markBefore(q, ",") {
			return q < to && listGlue(p.toks[q:to]) || q == to
		}
	}
	return false
}

// appositionOpeners open a noun phrase in apposition to a State.
var appositionOpeners = map[string]bool{"the": true, "its": true, "a": true, "an": true, "this": true, "one": true, "their": true}

// listGlue reports tokens that join the items of a list of States
// ("and", "or", "the", "as well as"; commas are not tokens).
func listGlue(ts []tok) bool {
	for k, t := range ts {
		if len(t.low) == 4 && allDigits(t.low) {
			continue // a year cited after a name: "The United Kingdom (2022) and France (2019)"
		}
		if len(t.low) <= 3 && allDigits(t.low) && k > 0 && ts[k-1].low == "all" {
			continue // "Britain, all 27 European Union members and ..."
		}
		switch t.low {
		case "and", "or", "nor", "the", "as", "well", "other", "all",
			// "Canada, the EU and a long list of Western States"
			"a", "long", "list", "of", "many", "several", "most", "some", "number", "group", "host", "handful", "numerous", "further":
		case "its", "their":
			// "Russia and its like-minded group", "Washington and its
			// Western allies"
			if k == 0 || ts[k-1].low != "and" {
				return false
			}
		case "delegation", "delegations", "government", "governments", "members":
			// "The EU delegation, Canada and Mexico", "the European Union
			// members and other Western countries", right after the name
			// (not "Colombia, the delegation of Brazil")
			if k > 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// backersGlue reports tokens that join a subject to the States that back
// it: "Russia, joined most consistently by Belarus and Cuba, ...",
// "China, supported by Iran, ...".
// viewWords are the nouns of "In Russia's view", "in the eyes of Moscow".
var viewWords = map[string]bool{"view": true, "views": true, "eyes": true, "reading": true, "assessment": true, "opinion": true, "judgement": true, "judgment": true, "understanding": true, "words": true}

// viewpointOpener returns the actors of a phrase that opens the sentence
// [ss, se) and names whose view it gives, and the token after the
// phrase: "In Russia's view,", "In the view of China and Iran,", "In the
// eyes of Moscow,", "According to Cuba,", "For Washington and London,"
// (a list right before a comma). Nil if the sentence opens otherwise.
func (p *para) viewpointOpener(ss, se int) ([]string, int) {
	k := ss
	if k < se && (p.toks[k].low == "but" || p.toks[k].low == "and" || p.toks[k].low == "yet") {
		k++
	}
	if k+3 >= se || p.toks[k].quoted {
		return nil, 0
	}
	w, n := p.toks[k].low, p.toks[k+1].low
	possessive := false // "In Russia's view,"
	switch {
	case w == "in" && n == "the" && viewWords[p.toks[k+2].low] && p.toks[k+3].low == "of":
		k += 4 // "In the view of China"
	case w == "according" && n == "to":
		k += 2
	case w == "in" && n != "the":
		k, possessive = k+1, true
	case w == "for":
		k++
	default:
		return nil, 0
	}
	if _, ok := p.actorAt(k); !ok || w == "in" && p.toks[k].low == "the" {
		return nil, 0
	}
	list, end := p.openingList(k, se)
	if len(list) == 0 || end >= se {
		return nil, 0
	}
	if possessive {
		// the possessive and a view noun must follow
		if end+1 >= se || p.toks[end].low != "s" || !viewWords[p.toks[end+1].low] {
			return nil, 0
		}
		end += 2
	}
	if end >= se || !p.toks[end].clause {
		return nil, 0 // the phrase ends at a comma: "For Washington, ..."
	}
	return list, end
}

// pronounView returns the token after "In its view," or "In their view,"
// ("his", "her" too) opening the sentence [ss, se), or set off by commas
// in its first words after a subject that names no actor, or 0.
func (p *para) pronounView(ss, se int) int {
	k := ss
	if k+4 < se && p.toks[k].low != "in" {
		// an aside after the subject: "Implementation-only language, in
		// its reading, distorted the mandate", when no actor is named
		// before it
		for n := ss + 1; n+4 < se && n < ss+8; n++ {
			if p.toks[n].low == "in" && p.toks[n].clause {
				if p.namedBetween(ss, n) {
					return 0
				}
				k = n
				break
			}
		}
	}
	if k+4 >= se || p.toks[k].low != "in" || p.toks[k].quoted {
		return 0
	}
	switch p.toks[k+1].low {
	case "its", "their", "his", "her":
	default:
		return 0
	}
	if !viewWords[p.toks[k+2].low] || !p.toks[k+3].clause {
		return 0
	}
	return k + 3
}

// namedBetween reports an actor named in [i, j).
func (p *para) namedBetween(i, j int) bool {
	for _, m := range p.actors {
		if m.i >= i && m.i < j {
			return true
		}
	}
	return false
}

// membersGlue reports the words that go on from a group's leaders to its
// other members: "(led by Russia and China) and includes (Belarus, Cuba
// ...)", ", along with", "as well as".
func membersGlue(ts []tok) bool {
	var ws []string
	for _, t := range ts {
		if t.low != "the" && t.low != "also" {
			ws = append(ws, t.low)
		}
	}
	switch strings.Join(ws, " ") {
	case "and includes", "and include", "and included", "and comprises", "and comprised", "including", "along with", "as well as", "and counts", "and brings together", "and brought together":
		return true
	}
	// "Russia, China and a group of partners that includes Belarus, Cuba
	// and Iran", "China and other States such as Cuba": the States named
	// after the partners are subjects too
	if n := len(ws); n >= 3 && n <= 9 && ws[0] == "and" {
		intro := 1
		switch {
		case ws[n-1] == "including":
		case ws[n-2] == "such" && ws[n-1] == "as", ws[n-2] == "among" && ws[n-1] == "them":
			intro = 2
		case (ws[n-2] == "that" || ws[n-2] == "which") && (ws[n-1] == "includes" || ws[n-1] == "include" || ws[n-1] == "included"):
			intro = 2
		default:
			intro = 0
		}
		if intro > 0 && !slices.ContainsFunc(ws[1:n-intro], func(w string) bool { return !partnerWords[w] }) {
			return true
		}
	}
	// "The EU and its member States, together with the United States"
	if n := len(ws); n >= 2 && n <= 6 {
		switch ws[n-2] + " " + ws[n-1] {
		case "together with", "along with", "joined by", "as well":
			return true
		}
	}
	return false
}

func backersGlue(ts []tok) bool {
	if len(ts) < 2 || !backersWords[ts[0].low] || ts[len(ts)-1].low != "by" {
		return false
	}
	for _, t := range ts[1 : len(ts)-1] {
		if !strings.HasSuffix(t.low, "ly") && t.low != "most" && t.low != "also" {
			return false
		}
	}
	return len(ts) <= 4
}

func (p *para) actorAt(i int) (actorMention, bool) {
	for _, m := range p.actors {
		if m.i == i || (m.i > i && m.i <= i+2 && allFunction(p.toks[i:m.i])) {
			return m, true
		}
	}
	return actorMention{}, false
}

// actorBefore is the actor named right before token i that opens a clause
// (", the Islamic Republic of Iran noted"): the subject of a reporting
// verb placed after the reported position.
func (p *para) actorBefore(i int) (actorMention, bool) {
	for _, m := range p.actors {
		if m.j != i && !(m.j < i && i-m.j <= 6 && speakerTitle(p.toks[m.j:i])) {
			continue
		}
		start := m.i
		if start > 0 && p.toks[start-1].low == "the" {
			start--
		}
		if p.toks[start].clause {
			return m, true
		}
	}
	return actorMention{}, false
}

// speakerTitle reports the words of a speaker's title after a State
// ("France's ambassador for digital affairs", "Russia's delegate").
func speakerTitle(ts []tok) bool {
	title := false
	for _, t := range ts {
		switch t.low {
		case "ambassador", "delegate", "delegation", "representative", "minister", "spokesperson", "spokesman", "spokeswoman", "envoy", "diplomat", "diplomats", "official", "officials", "president", "ministry", "mission", "negotiator":
			title = true
		case "s", "foreign", "deputy", "permanent", "chief", "lead", "senior", "for", "digital", "affairs", "cyber", "the", "of":
		default:
			if title && t.capInit {
				continue // the speaker's name: "Britain's representative, Helen Marlow"
			}
			return false
		}
	}
	return title
}

func allFunction(ts []tok) bool {
	for _, t := range ts {
		if !isFunctionWord(t.low) {
			return false
		}
	}
	return true
}

func appendActor(xs []string, codes ...string) []string {
	for _, c := range codes {
		if strings.Contains(c, "+") {
			// a named set of States ("the Nordic countries"): its members
			xs = appendActor(xs, strings.Split(c, "+")...)
			continue
		}
		if !contains(xs, c) {
			xs = append(xs, c)
		}
	}
	return xs
}

// memberCodes returns codes with each named set of States ("DNK+FIN+ISL+NOR+SWE")
// replaced by its members, sorted; codes itself when it has none.
func memberCodes(codes []string) []string {
	if !slices.ContainsFunc(codes, func(c string) bool { return strings.Contains(c, "+") }) {
		return codes
	}
	out := appendActor(nil, codes...)
	sort.Strings(out)
	return out
}

// addStance merges s into out: one object per (issue, value), actors united.
func addStance(out []Stance, s Stance) []Stance {
	for i := range out {
		if out[i].Issue == s.Issue && out[i].Value == s.Value {
			out[i].Actors = appendActor(out[i].Actors, s.Actors...)
			return out
		}
	}
	return append(out, s)
}

// bothBack reports an echo object that takes up two positions: "either
// argument", "both proposals".
func (p *para) bothBack(ss, se int) bool {
	for k := ss; k+1 < se; k++ {
		if w := p.toks[k].low; (w == "either" || w == "both") && echoBack[p.toks[k+1].low] && !p.toks[k].quoted {
			return true
		}
	}
	return false
}

// echoBack are the objects by which a sentence takes up the position of
// the one before: "supported the call", "backed them", "endorsed the
// proposal", "aligned themselves with the statement".
var echoBack = map[string]bool{"call": true, "request": true, "proposal": true, "idea": true, "statement": true,
	"position": true, "view": true, "them": true, "this": true, "it": true, "initiative": true, "reference": true, "appeal": true, "suggestion": true,
	"paper": true, "concept": true, "point": true, "points": true, "argument": true, "line": true, "approach": true, "views": true,
	"reading": true, "assessment": true, "analysis": true, "proposition": true, "understanding": true, "interpretation": true,
	"reasoning": true, "logic": true, "premise": true, "notion": true, "thinking": true, "arguments": true, "conclusion": true, "claim": true, "thesis": true, "contention": true}

// echo returns the stances of the last sentence that had some, held by the
// actors that open the sentence [ss, se) when its verb is a favor or
// align cue right after them and its object refers back ("Belarus and
// Syria supported the call", "Mexico and Uruguay backed them", "Venezuela
// supported Russia"), or nil. With counter, a counter phrase after those
// actors ("Russia and China resisted") gives the opposite positions; it is
// set when the echoed sentence is in the same paragraph. A first-person
// subject ("We share this view") is own; a negated echo ("We do not share
// this view") is a counter-position.
func (t *Tagger) echo(p *para, ss, se int, hits []issueHit, echoed []Stance, counter bool, own []string) []Stance {
	if len(echoed) == 0 {
		return nil
	}
	// "Among the signatories were Colombia, Kenya and Fiji."
	for _, h := range p.byClass[cSignatory] {
		if h.i < ss || h.i-ss > 3 || p.toks[h.i].quoted || p.has(cAgainst, ss, se) || !signedWord(p.toks[h.i].low) {
			continue
		}
		var subj []string
		for _, m := range p.actors {
			if m.i >= h.j && m.i < se && !inParens(p.text, p.toks[m.i].s) {
				// not a country in brackets after an organisation's name:
				// "Signed by: Open Networks Collective (Kenya); ..."
				subj = appendActor(subj, m.code)
			}
		}
		if len(subj) == 0 {
			break
		}
		for _, hh := range hits {
			if hh.i < se {
				return nil
			}
		}
		return echoFor(echoed, subj, p.text[p.toks[h.i].s:p.toks[h.j-1].e], false)
	}
	// "It was backed by Chile and Japan.", "The idea was later endorsed by
	// Kenya.", after a position in the same paragraph
	if subj, cue, onlyProposals := p.passiveEcho(ss, se); counter && len(subj) > 0 && !hitIn(hits, ss, se) {
		return echoFor(echoed, subj, cue, onlyProposals)
	}
	// "So did Japan.", "Nor has Brazil.": the positions just stated
	if k := ss; k+2 < se && (p.toks[k].low == "so" || p.toks[k].low == "nor" || p.toks[k].low == "neither") && sameAux[p.toks[k+1].low] {
		if subj, end := p.openingList(k+2, se); len(subj) > 0 && (end == se || p.toks[end].clause) {
			return echoFor(echoed, subj, p.text[p.toks[k].s:p.toks[end-1].e], false)
		}
		if w := p.toks[k+2].low; len(own) > 0 && (w == "i" || w == "we") && (k+3 == se || p.toks[k+3].clause) {
			// "So do I.", "Nor do we."
			return echoFor(echoed, own, p.text[p.toks[k].s:p.toks[k+2].e], false)
		}
	}
	// "Mexico doesn't.", "China does too.": a subject and a bare
	// auxiliary take up the positions just stated, or, negated, their
	// opposites
	subj, k := p.openingList(ss, se)
	if len(subj) == 0 && len(own) > 0 {
		for _, h := range p.byClass[cFirst] {
			if h.i == ss {
				subj, k = own, h.j // "We don't."
			}
		}
	}
	if len(subj) > 0 && k < se {
		if neg, ok := p.ellipsis(k, se); ok {
			cue := p.text[p.toks[ss].s:p.toks[se-1].e]
			if neg {
				return counterFor(echoed, subj, cue)
			}
			return echoFor(echoed, subj, cue, false)
		}
	}
	// "Egypt, the United Kingdom and Chile spoke in support", "Cuba and Iran
	// made the same point": an echo with no object, its subject opening
	// the sentence or following a short opener ("With all due respect, we
	// are far from convinced.")
	at := ss
	subj, k = p.openingList(ss, se)
	if len(subj) == 0 {
		if at = p.afterOpener(ss, se); at > ss {
			subj, k = p.openingList(at, se)
		}
	}
	if len(subj) == 0 {
		// "A handful of delegations, among them Russia and Iran, objected"
		subj, k = p.amongThemSubject(ss, se)
	}
	if len(subj) > 0 {
		k = othersAfter(p, k, se)  // "China, Iran and a number of other delegations objected"
		k = p.relativeAside(k, se) // "Greece and Latvia, both of which published papers in 2024, take the same line"
		k = p.concession(k, se)    // "France respects that view, but does not share it"
		if end, group := p.behalfAside(k, se, false); end > k {
			// "Nicaragua, speaking on behalf of a group of like-minded
			// States, made the same point"
			subj, k = appendActor(subj, group...), end
		} else if k+1 < se && p.toks[k].clause && (p.toks[k].low == "as" || personPronoun[p.toks[k].low] && p.has(cReport, k+1, k+2)) {
			// "Libya, as a member of the Group, fully subscribes to that
			// statement", "Kenya, she stressed, fully subscribes to that
			// position": an aside on who the subject is or who said so
			for e := k + 1; e < se && e <= k+8; e++ {
				if p.toks[e].clause {
					k = e
					break
				}
			}
		}
	}
	if len(subj) == 0 && len(own) > 0 {
		// "We share this view", "We do not share this view", "We agree, and ..."
		for _, h := range p.byClass[cFirst] {
			if (h.i == at || h.i == ss && counter && !hitIn(hits, ss, se) && !p.anyWord(ss, se, thatWord)) && h.j < se {
				subj, k = own, h.j
				if c := p.concession(k, se); c > k {
					// "We understand the concern but cannot accept the
					// conclusion"
					k = c
				}
			} else if counter && h.i > ss+1 && h.j < se && (p.toks[h.i-1].low == "but" && p.toks[h.i-1].clause || p.markBefore(h.i, ";")) && (sameLine(p, cCounter, h.j, se) > 0 || p.negatedEcho(h.j, se)) {
				// "We understand the worry, but we draw the opposite
				// conclusion", "...; we simply do not share the
				// conclusion": the clause after a concession
				subj, k = own, h.j
			}
		}
	}
	if len(subj) > 0 {
		start := k
		for k < se && k < len(p.toks) && (echoAux[p.toks[k].low] || negAux[p.toks[k].low] || k > start && lyAdverb(p.toks[k].low) || k == start && len(p.toks[k].low) == 4 && allDigits(p.toks[k].low)) {
			k++ // "Mexico has also made the same case", "we do not share", "has repeatedly made", "France (2019) takes"
		}
		negated := negatedAt(p, max(ss, start-1), k)
		if with, n := p.sharedWith(k, se); len(with) > 0 && !negated && !hitIn(hits, ss, se) {
			// "We share these views with most of our closest partners,
			// including the United States and France": they hold them too
			return echoFor(echoed, appendActor(slices.Clone(subj), with...), p.text[p.toks[start].s:p.toks[k+n].e], false)
		}
		n, on, tail := sameLineOn(p, cEcho, k, se, hits)
		if tail && len(on) == 0 && slices.ContainsFunc(echoed, func(st Stance) bool { return st.Issue != echoed[0].Issue }) {
			n = 0 // "on the issue" that names none of those positions' issues, which are more than one
		}
		if n > 0 {
			cue := p.text[p.toks[start].s:p.toks[k+n-1].e]
			if len(on) > 0 {
				// "Belarus and Iran spoke in the same vein on the
				// convention": the positions on what the tail names
				echoed = slices.DeleteFunc(slices.Clone(echoed), func(st Stance) bool { return !slices.Contains(on, st.Issue) })
			}
			if !negated {
				// "Belarus, Nicaragua and Syria echoed the call": the
				// proposal, not the claims made for it; "..., as has the
				// European Union": it too
				subj = appendActor(slices.Clone(subj), p.companions(k+n, se)...)
				return echoFor(echoed, subj, cue, proposalWords[p.toks[k+n-1].low])
			}
			if counter && (len(on) > 0 || !hitIn(hits, ss, se)) {
				// "Some argue that existing law leaves gaps. We do not
				// share this view.": the opposite positions
				return counterFor(echoed, subj, cue)
			}
		}
		// "Russia and China resisted, arguing that ...": the opposite of the
		// positions just stated, when the sentence names no issue of its own
		if n := sameLine(p, cCounter, k, se); counter && n > 0 && !negated && !hitIn(hits, ss, se) {
			return counterFor(echoed, subj, p.text[p.toks[k].s:p.toks[k+n-1].e])
		}
		// "China called it a good basis for discussion": the proposals just
		// stated, when the sentence names no issue of its own
		if e := endorsement(p, k, se); e > 0 && !negated && !hitIn(hits, ss, se) {
			return echoFor(echoed, subj, p.text[p.toks[start].s:p.toks[e-1].e], true)
		}
	}
	// the first favor or align cue, right after a list of actors that
	// opens the sentence; in the echoed sentence's paragraph, an against
	// cue too ("The United States rejected that vocabulary")
	var c cueHit
	found := false
	for _, h := range p.cues {
		if h.i >= ss && h.j < se && (h.class == cFavor || h.class == cAlign || counter && h.class == cAgainst) {
			c, found = h, true
			break
		}
	}
	if !found || p.toks[c.i].quoted {
		return nil
	}
	subj, end := p.openingList(ss, c.i)
	end = othersAfter(p, end, c.i) // "Canada and several others backed it"
	mine := false
	if len(subj) == 0 && len(own) > 0 && counter {
		// "We support it", "Our coalition rejects this approach", "We do
		// not accept that justification": the speaker's or author's voice
		if e := p.ownSubject(ss, c.i); e == c.i {
			subj, end, mine = own, e, true
		}
	}
	negated := negatedAt(p, max(ss, c.i-4), c.j)
	if len(subj) == 0 || c.i-end > 1 || negated && (!counter || c.class == cAgainst) || p.toks[c.j-1].low == "that" {
		// "argued that it should ...": "it" opens the clause, no echo
		return nil
	}
	k = c.j
	demonstrative := false
	for k < se && k < c.j+3 && (echoDet[p.toks[k].low] || p.toks[k].low == "a" && k > c.j && p.toks[k-1].low == "such") {
		demonstrative = demonstrative || demonstratives[p.toks[k].low]
		k++
	}
	if k >= se || k+1 < se && (p.toks[k].low == "it" || p.toks[k].low == "this") && clauseVerbs[p.toks[k+1].low] {
		// "I doubt it would say much": "it" opens a clause, no object
		return nil
	}
	// any noun after a demonstrative refers back after an against or align
	// cue ("rejected that vocabulary", "associated themselves with this
	// objection"); after a favor cue only the nouns of echoBack do ("insisted
	// on this veto" supports no position of the sentence before)
	back := echoBack[p.toks[k].low] || demonstrative && (c.class != cFavor || negated) && p.demonstrativeObject(k, se)
	if m, ok := p.actorAt(k); ok && !back {
		for _, st := range echoed {
			back = back || contains(st.Actors, m.code)
		}
	}
	if !back || mine && k+1 < se && ownComplement[p.toks[k+1].low] && !p.toks[k+1].clause {
		// "We echo the call of the Non-Aligned Movement for ...": the
		// object names its own content
		return nil
	}
	for _, h := range hits {
		if h.i <= k || h.i <= k+6 && k+1 < se && complementOf(p.toks[k+1].low) && !clauseBreak(p, k, h.i) ||
			k+1 < h.i && p.toks[k+1].low == "that" && !p.toks[k+1].clause {
			// the sentence names its own issue there, in the object's
			// complement ("promoting their concept of a UN convention") or
			// in the clause that states it ("reiterated its position that
			// the participation of the private sector is essential")
			return nil
		}
	}
	if c.class == cAgainst || negated {
		// "China pushed back on that notion", "rejected this framing";
		// "did not accept that justification";
		// "opposed the call" opposes a proposal only
		if proposalWords[p.toks[k].low] {
			echoed = slices.DeleteFunc(slices.Clone(echoed), func(st Stance) bool { return !proposals[st.Issue] })
		}
		cs := c.i
		for n := max(ss, c.i-3); negated && n < c.i; n++ {
			if negAux[p.toks[n].low] || p.toks[n].low == "never" {
				cs = n // the cue keeps its negation: "do not accept that justification"
				break
			}
		}
		return counterFor(echoed, subj, p.text[p.toks[cs].s:p.toks[k].e])
	}
	// "supported the call" takes up a proposal; "backed them", "supported
	// Russia", "the statement" every position
	return echoFor(echoed, subj, p.text[p.toks[c.i].s:p.toks[k].e], proposalWords[p.toks[k].low])
}

// agreedThat finds an align cue ending in "with" and the actors after it,
// then "that", before the hit h in its sentence: "agree with Canada and
// Chile that ...". It returns the cue's start and the end of "that", or
// -1.
func (p *para) agreedThat(h issueHit, ss int) (int, int) {
	for _, c := range p.byClass[cAlign] {
		if c.i < ss || c.j >= h.i || p.toks[c.j-1].low != "with" || p.toks[c.i].quoted {
			continue
		}
		l, end := p.asideList(c.j, h.i)
		if len(l) == 0 || end >= h.i {
			continue
		}
		end = p.saidThat(end, h.i)
		if p.toks[end].low != "that" || h.i-end > 12 {
			continue
		}
		return c.i, end + 1
	}
	return -1, 0
}

// saidThat returns the "that" of a relative clause at end that says what
// the States before it said ("We cannot agree with the Russian Federation,
// which told this Group on Tuesday that ..."), before token to; otherwise
// end.
func (p *para) saidThat(end, to int) int {
	if w := p.toks[end].low; w == "when" && end+1 < to && (p.toks[end+1].low == "they" || p.toks[end+1].low == "it") {
		// "... China and Cuba when they insisted that"
		end++
	} else if w != "which" && w != "who" || !p.toks[end].clause {
		return end
	}
	for k := end + 1; k < to && k <= end+10 && !p.toks[k].clause; k++ {
		if p.toks[k].low == "that" && p.has(cReport, end+1, k) {
			return k
		}
	}
	return end
}

// asideOf are the prepositions after which an implicit phrase is what a
// sentence speaks about, not what its subject takes a position on:
// "the frustration behind that proposal", "questions about the idea".
var asideOf = map[string]bool{"behind": true, "about": true, "regarding": true, "concerning": true, "around": true, "towards": true, "toward": true, "despite": true}

// clauseVerbs are the verbs after which an "it" or "this" is the subject
// of a clause, not the object of the verb before ("doubt it would").
var clauseVerbs = map[string]bool{"would": true, "will": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true,
	"is": true, "was": true, "has": true, "had": true, "does": true, "did": true}

// ownSubject returns where the verb after a first-person subject that
// opens the sentence [ss, ci) would stand: after "We", "Our coalition",
// "My delegation", and the auxiliaries, negations and adverbs that follow
// ("We do not", "We also fully"); -1 when the sentence opens otherwise.
func (p *para) ownSubject(ss, ci int) int {
	for _, h := range p.byClass[cFirst] {
		if h.i != ss || h.j > ci {
			continue
		}
		k := h.j
		if w := p.toks[h.i].low; h.j-h.i == 1 && (w == "our" || w == "my") {
			if k >= ci || isFunctionWord(p.toks[k].low) {
				return -1
			}
			k++ // "Our coalition", "My government"
		}
		for k < ci && (echoAux[p.toks[k].low] || negAux[p.toks[k].low] || p.toks[k].low == "therefore" || p.toks[k].low == "are" || p.toks[k].low == "is" || lyAdverb(p.toks[k].low)) {
			k++
		}
		return k
	}
	return -1
}

// demonstratives are the determiners by which any noun refers back ("that
// vocabulary", "this framing", "such a notion").
var demonstratives = map[string]bool{"this": true, "that": true, "these": true, "those": true, "such": true}

// demonstrativeObject reports that the word at k, after a demonstrative,
// is the noun of an object that refers back: a content word that ends its
// clause or is followed by a preposition ("rejected that vocabulary, ...",
// "reject this framing as a licence"), not the start of a that-clause
// ("rejected that existing law applies").
func (p *para) demonstrativeObject(k, se int) bool {
	w := p.toks[k].low
	if isFunctionWord(w) || p.toks[k].quoted {
		return false
	}
	n := k + 1
	return n >= se || p.toks[n].clause || isFunctionWord(p.toks[n].low) || p.toks[n].low == "entirely" || p.toks[n].low == "outright"
}

// expletiveIt reports an "it" that names no one: "It is the malicious use
// of a technology ... that should concern this Group", "It is essential
// that ...". "It is convinced that", "It was opposed to" still refer back.
func (p *para) expletiveIt(h cueHit) bool {
	if p.toks[h.i].low != "it" || h.j+1 >= len(p.toks) {
		return false
	}
	switch p.toks[h.j].low {
	case "is", "was", "s", "seems", "seemed", "appears", "appeared":
	default:
		return false
	}
	for _, c := range p.cues {
		if c.i == h.j+1 && c.class <= cNormative {
			return false
		}
	}
	return true
}

// passiveEcho returns the actors after "by" in a sentence [ss, se) whose
// subject refers back and whose verb is a passive of support ("It was
// backed by Chile and Japan", "The proposal was later endorsed by Kenya"),
// the cue, and whether the subject names a proposal; nil if the sentence
// is not one.
func (p *para) passiveEcho(ss, se int) ([]string, string, bool) {
	k := ss
	if k < se && echoDet[p.toks[k].low] {
		k++
	}
	if k >= se || !(echoBack[p.toks[k].low] || p.toks[k].low == "they") {
		return nil, "", false
	}
	subj := k
	k++
	if k >= se || !passiveAux[p.toks[k].low] {
		return nil, "", false
	}
	for n := k + 1; n+2 < se && n <= k+3; n++ {
		if p.toks[n].clause || p.toks[n].quoted {
			return nil, "", false
		}
		if backersWords[p.toks[n].low] && p.toks[n+1].low == "by" {
			if _, ok := p.actorAt(n + 2); !ok || negatedAt(p, k, n) {
				return nil, "", false
			}
			list := p.listFrom(n+2, se)
			return list, p.text[p.toks[ss].s:p.toks[n+1].e], proposalWords[p.toks[subj].low]
		}
	}
	return nil, "", false
}

// wonWords are the verbs of "won the backing of", "drew support from".
var wonWords = map[string]bool{"won": true, "wins": true, "gained": true, "gains": true, "drew": true, "draws": true, "attracted": true, "attracts": true,
	"enjoyed": true, "enjoys": true, "received": true, "receives": true, "secured": true, "secures": true, "found": true, "finds": true}

// passiveAux are the auxiliaries of a passive echo ("it was backed by").
var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true}

// othersAfter skips "and others", "and several others", "among others"
// at k, before to, and returns the token after them (k if there are none).
func othersAfter(p *para, k, to int) int {
	n := k
	if n < to && (p.toks[n].low == "and" || p.toks[n].low == "among") {
		n++
	}
	if n < to {
		switch p.toks[n].low {
		case "several", "many", "some", "various", "numerous":
			n++
		case "a":
			switch {
			case n+1 < to && p.toks[n+1].low == "few":
				n += 2
			case n+2 < to && (p.toks[n+1].low == "number" || p.toks[n+1].low == "handful" || p.toks[n+1].low == "group") && p.toks[n+2].low == "of":
				n += 3 // "a number of other delegations"
			}
		}
	}
	if n < to && n > k && p.toks[n].low == "others" {
		return n + 1
	}
	// "and several other delegations", "and a number of other States"
	if n+1 < to && n > k && p.toks[n].low == "other" && otherNouns[p.toks[n+1].low] {
		return n + 2
	}
	// "and a number of non-aligned delegations", "and several African
	// States": a quantifier, up to three words, then the noun
	if n > k+1 || n > k && p.toks[k].low != "and" {
		for m := n; m < to && m < n+4; m++ {
			if p.toks[m].clause && m > n {
				break
			}
			if otherNouns[p.toks[m].low] {
				return m + 1
			}
		}
	}
	return k
}

// complementOf reports a preposition that opens a noun's complement
// ("concept of", "call for", "proposal on").
func complementOf(w string) bool {
	return w == "of" || w == "for" || w == "on"
}

// otherNouns are the nouns of "and several other delegations".
var otherNouns = map[string]bool{"delegations": true, "states": true, "countries": true, "members": true, "governments": true, "partners": true}

// hitIn reports an issue hit that starts in [from, to).
func hitIn(hits []issueHit, from, to int) bool {
	for _, h := range hits {
		if h.i >= from && h.i < to {
			return true
		}
	}
	return false
}

// hitAfter reports an issue hit at or after token k.
func hitAfter(hits []issueHit, k int) bool {
	for _, h := range hits {
		if h.i >= k {
			return true
		}
	}
	return false
}

// openingList returns the actors listed at the start of [ss, se) ("Cuba,
// Iran and Syria") and the index of the first token after the list, or nil.
func (p *para) openingList(ss, se int) ([]string, int) {
	var subj []string
	end := ss
	for _, m := range p.actors {
		if m.i < ss || m.i >= se {
			continue
		}
		if len(subj) == 0 {
			if m.i-ss > 1 && !speakerOf(p.toks[ss:m.i]) {
				break // (but "The delegation of the Russian Federation")
			}
		} else if m.i-end > 1 && !listGlue(p.toks[end:m.i]) && !p.appositionGlue(end, m.i) {
			break
		}
		subj = appendActor(subj, m.code)
		end = m.j
		if end < se && speakerHeads[p.toks[end].low] {
			end++ // "The Russian side", "The Chinese delegation"
		}
	}
	return subj, end
}

// heldOnlyBy reports stances that own's actors alone hold, each held by
// some of them.
func heldOnlyBy(stances []Stance, own []string) bool {
	for _, st := range stances {
		if len(st.Actors) == 0 {
			return false
		}
		for _, a := range st.Actors {
			if !slices.Contains(own, a) {
				return false
			}
		}
	}
	return len(stances) > 0
}

// speakerOf reports the words before a State that make it its speaker:
// "The delegation of", "the representative of the".
func speakerOf(ts []tok) bool {
	k := 0
	if k < len(ts) && ts[k].low == "the" {
		k++
	}
	if k >= len(ts) || !speakerHeads[ts[k].low] {
		return false
	}
	k++
	if k >= len(ts) || ts[k].low != "of" {
		return false
	}
	k++
	if k < len(ts) && ts[k].low == "the" {
		k++
	}
	return k == len(ts)
}

// speakerHeads are the nouns after a State's adjective that make it the
// subject: "The Russian side cannot agree", "The Cuban delegation objected".
var speakerHeads = map[string]bool{"side": true, "delegation": true, "delegations": true, "delegate": true, "delegates": true, "authorities": true, "representative": true, "government": true}

// ellipsis reports that [k, se) is nothing but an auxiliary standing for
// the predicate just stated, with "not", "too" or the like ("doesn't",
// "does not", "does too", "will as well"), and whether it is negated.
func (p *para) ellipsis(k, se int) (neg, ok bool) {
	if se-k > 4 {
		return false, false
	}
	aux := false
	for ; k < se; k++ {
		w := p.toks[k].low
		switch {
		case p.toks[k].quoted:
			return false, false
		case ellipsisAux[w]:
			aux = true
		case w == "not" || w == "t" || w == "never":
			neg = true
		case w == "too" || w == "also" || w == "either" || w == "as" || w == "well" || w == "so":
		default:
			return false, false
		}
	}
	return neg, aux
}

// ellipsisAux are the auxiliaries of an elided predicate, "n't" forms
// included ("doesn" + "t").
var ellipsisAux = map[string]bool{"does": true, "do": true, "did": true, "doesn": true, "don": true, "didn": true, "will": true, "won": true,
	"would": true, "wouldn": true, "has": true, "have": true, "hasn": true, "haven": true, "can": true, "cannot": true, "could": true, "couldn": true}

// negAux are the auxiliaries and negations between an echo's subject and
// its phrase ("do not share", "cannot agree").
var negAux = map[string]bool{"do": true, "does": true, "did": true, "not": true, "cannot": true, "can": true, "could": true, "don": true, "doesn": true, "didn": true, "t": true, "fully": true, "entirely": true, "simply": true}

// echoAux are the words that may stand between an echo's subject and its
// phrase.
var echoAux = map[string]bool{"has": true, "have": true, "had": true, "since": true, "also": true, "then": true, "later": true, "similarly": true, "likewise": true, "too": true}

// sameLine returns the length of a cue of class (echo: "spoke in support",
// "made the same point"; counter: "objected") at k that ends its clause,
// perhaps with a short tail that adds no content ("protested repeatedly",
// "made the same point more briefly", "had spoken in support of this
// approach", "have taken the same line in the working group"), or 0.
// sharedWith returns the actors named after "with" that follows an echo
// cue at k ("share these views with ... the United States, France and
// Japan") and the cue's length; nil when the cue is not so followed.
func (p *para) sharedWith(k, se int) ([]string, int) {
	for _, h := range p.byClass[cEcho] {
		if h.i != k || h.j >= se || p.toks[h.j].low != "with" {
			continue
		}
		var out []string
		for _, m := range p.actors {
			if m.i > h.j && m.i < se && !p.toks[m.i].quoted && !inParens(p.text, p.toks[m.i].s) {
				out = appendActor(out, m.code)
			}
		}
		return out, h.j - h.i
	}
	return nil, 0
}

func sameLine(p *para, class, k, se int) int {
	for _, h := range p.byClass[class] {
		if h.i != k || h.j > se {
			continue
		}
		end := h.j
		for end < se && end-h.j < 8 && !p.toks[end].clause && !p.toks[end].quoted && p.toks[end].low != "and" {
			if end+1 < se && p.toks[end].low == "without" && unreserved[p.toks[end+1].low] {
				end += 2 // "subscribes to that reading without reservation"
				continue
			}
			if end > h.j && p.toks[end].capInit && (p.toks[end-1].low == "in" || p.toks[end-1].capInit && end-1 > h.j) && !p.namedBetween(end, end+1) {
				end++ // a place: "have made the same case in New York"
				continue
			}
			if !emptyTail(p.toks[end].low) {
				break
			}
			end++
		}
		if end == se || p.toks[end].clause || p.toks[end].low == "and" {
			return h.j - h.i
		}
	}
	return 0
}

// unreserved are the nouns of "without reservation", "without hesitation":
// after "without" they say how fully a position is shared, not what it is.
var unreserved = map[string]bool{"reservation": true, "reservations": true, "hesitation": true, "qualification": true, "qualifications": true, "reserve": true}

// sameLineOn is sameLine that also takes a phrase followed by "on" or
// "about" and a short object that ends its clause ("Belarus, Iran and
// Venezuela spoke in the same vein on the convention"): it returns the
// phrase's length, the issues the tail names, to which the echo keeps,
// and whether there is such a tail.
func sameLineOn(p *para, class, k, se int, hits []issueHit) (int, []string, bool) {
	if n := sameLine(p, class, k, se); n > 0 {
		return n, nil, false
	}
	for _, h := range p.byClass[class] {
		if h.i != k || h.j+1 >= se || p.toks[h.j].low != "on" && p.toks[h.j].low != "about" {
			continue
		}
		var on []string
		end, content := h.j+1, 0
		for end < se && !p.toks[end].clause && content <= 3 {
			at := slices.IndexFunc(hits, func(x issueHit) bool { return x.i == end })
			switch {
			case at >= 0 && hits[at].rule.kind != "not":
				if !slices.Contains(on, hits[at].rule.issue) {
					on = append(on, hits[at].rule.issue)
				}
				end = hits[at].j
			case isFunctionWord(p.toks[end].low) || tailWords[p.toks[end].low] || strings.HasSuffix(p.toks[end].low, "ly"):
				end++
			default:
				content++
				end++
			}
		}
		if content <= 3 && (end == se || p.toks[end].clause) {
			return h.j - h.i, on, true
		}
	}
	return 0, nil, false
}

// negatedEcho reports a negation and an echo phrase that ends its clause
// at k: "do not share the conclusion", "did not agree".
func (p *para) negatedEcho(k, se int) bool {
	e := k
	for e < se && e-k < 4 && (negAux[p.toks[e].low] || echoAux[p.toks[e].low] || lyAdverb(p.toks[e].low)) {
		e++ // "we simply do not share"
	}
	return e > k && negatedAt(p, k, e) && sameLine(p, cEcho, e, se) > 0
}

// emptyTail reports a word that may follow an echo or counter phrase
// without stating anything of its own: function words, adverbs, numbers,
// nouns that refer back ("this approach") and the words of when and where
// ("in the working group", "at the session", "this week").
func emptyTail(w string) bool {
	return isFunctionWord(w) || strings.HasSuffix(w, "ly") || allDigits(w) || echoBack[w] || tailWords[w]
}

var tailWords = map[string]bool{"too": true, "also": true, "again": true, "well": true, "since": true, "then": true, "later": true, "earlier": true,
	"session": true, "sessions": true, "week": true, "year": true, "meeting": true, "meetings": true, "debate": true, "debates": true, "plenary": true,
	"group": true, "working": true, "oewg": true, "floor": true, "room": true, "time": true, "turn": true, "part": true, "statement": true, "statements": true,
	"intervention": true, "interventions": true, "remarks": true, "discussion": true, "discussions": true, "approach": true, "line": true, "briefly": true,
	"more": true, "less": true, "much": true, "even": true, "very": true, "yesterday": true, "today": true, "morning": true, "afternoon": true,
	"day": true, "month": true, "round": true, "closing": true, "opening": true, "their": true, "its": true, "own": true}

// endorseVerbs are the verbs of "called it a good basis", "described the
// concept as a useful starting point".
var endorseVerbs = map[string]bool{"called": true, "calls": true, "call": true, "described": true, "describes": true, "describe": true,
	"termed": true, "terms": true, "regarded": true, "regards": true, "regard": true, "considered": true, "considers": true, "consider": true,
	"saw": true, "sees": true, "see": true, "viewed": true, "views": true, "view": true, "hailed": true, "hails": true, "praised": true, "praises": true}

// endorsedObject returns the endorse verb before object hit h and the end
// of the endorse phrase after it, all in one clause ("described the
// Russian draft as “a good basis”"); -1, 0 when there is none.
func (p *para) endorsedObject(h issueHit, ss, se int) (int, int) {
	k := -1
	for n := h.i - 1; n >= ss && n >= h.i-4; n-- {
		if endorseVerbs[p.toks[n].low] && !p.toks[n].quoted {
			k = n
			break
		}
		if p.toks[n].clause && n < h.i-1 {
			break
		}
	}
	if k < 0 {
		return -1, 0
	}
	for _, e := range p.byClass[cEndorse] {
		if e.i < h.j || e.i > h.j+4 || e.j > se || clauseBreak(p, h.j, e.i) && !p.scareQuote(e.i, e.j) {
			continue
		}
		if p.toks[e.i].quoted && !p.scareQuote(e.i, e.j) {
			continue
		}
		return k, e.j
	}
	return -1, 0
}

// scareQuote reports words [i, j) inside a short quotation of at most
// eight words set in an unquoted sentence ("described the draft as “a good
// basis”"): the writer's quoting of a phrase, not a quoted speech.
func (p *para) scareQuote(i, j int) bool {
	if i >= j || !p.toks[i].quoted {
		return false
	}
	a, b := i, j
	for a > 0 && p.toks[a-1].quoted && p.toks[a-1].sent == p.toks[i].sent {
		a--
	}
	for b < len(p.toks) && p.toks[b].quoted && p.toks[b].sent == p.toks[i].sent {
		b++
	}
	return b-a <= 8 && (a > 0 && p.toks[a-1].sent == p.toks[i].sent && !p.toks[a-1].quoted)
}

// endorsement returns the end of an endorsement at k: an endorse verb, an
// object that refers back ("it", "the concept", "the Russian draft") and
// an endorse phrase in the same clause ("called it a good basis",
// "described the concept as a useful starting point"), or 0.
func endorsement(p *para, k, se int) int {
	if k >= se || !endorseVerbs[p.toks[k].low] || p.toks[k].quoted {
		return 0
	}
	back := false
	for n := k + 1; n < se && n <= k+7; n++ {
		if n > k+1 && p.toks[n].clause {
			return 0
		}
		if w := p.toks[n].low; echoBack[w] || w == "draft" || w == "text" || w == "document" {
			back = true
		}
		for _, h := range p.byClass[cEndorse] {
			if h.i == n && back && h.j <= se {
				return h.j
			}
		}
	}
	return 0
}

// inLongerCue reports a position of echoed whose cue lies inside the
// longer cue of another position on its issue: "that IHL applies" inside
// "acknowledging that IHL applies would legitimise ...", which a rebuttal
// answers as a whole.
func inLongerCue(echoed []Stance, i int) bool {
	for j, o := range echoed {
		if j != i && o.Issue == echoed[i].Issue && len(o.Cue) > len(echoed[i].Cue) && strings.Contains(o.Cue, echoed[i].Cue) {
			return true
		}
	}
	return false
}

// counterFor returns, for the actors subj, the opposite of each favor or
// against position in echoed that none of them holds.
func counterFor(echoed []Stance, subj []string, cue string) []Stance {
	var out []Stance
	for i, st := range echoed {
		if st.Value == "neutral" || inLongerCue(echoed, i) {
			continue
		}
		mine := false
		for _, a := range subj {
			mine = mine || contains(st.Actors, a)
		}
		if !mine {
			out = append(out, Stance{Issue: st.Issue, Value: flip(st.Value), Actors: append([]string{}, subj...), Cue: cue})
		}
	}
	return out
}

// echoFor copies the issue and value of each of echoed (of the proposals
// only, with onlyProposals) for the holders subj, with cue as the cue:
// "backed the idea" after "Russia argued for extending the OEWG" is
// against the Programme of Action too.
func echoFor(echoed []Stance, subj []string, cue string, onlyProposals bool) []Stance {
	out := make([]Stance, 0, len(echoed))
	for _, st := range echoed {
		if onlyProposals && !proposals[st.Issue] {
			continue
		}
		out = append(out, Stance{Issue: st.Issue, Value: st.Value, Actors: append([]string{}, subj...), Cue: cue})
	}
	return out
}

// signedWord reports the first word of a signatory cue that names
// signing ("signatories", "co-signed by"), not support ("supported by",
// "endorsed by"): a list after it shares the statement's positions.
func signedWord(w string) bool {
	switch w {
	case "signatories", "signatory", "signed", "co", "cosigned", "cosponsored":
		return true
	}
	return false
}

// proposalWords are echo objects that stand for a proposal.
var proposalWords = map[string]bool{"call": true, "proposal": true, "idea": true, "initiative": true, "appeal": true, "suggestion": true, "request": true}

// echoDet are the words between an echo's verb and its object.
var echoDet = map[string]bool{"the": true, "their": true, "its": true, "his": true, "her": true, "that": true, "this": true, "with": true, "themselves": true, "itself": true,
	"these": true, "those": true, "such": true, "either": true, "both": true}

// itSubject reports "it" as the subject of the cue right after it, after
// an opening phrase that holds no cue and no actor ("At the same time it
// contends that ..."; not "... makes it necessary").
func itSubject(p *para, ss int, h cueHit, anchor int) bool {
	if h.j-h.i != 1 || p.toks[h.i].low != "it" || anchor <= h.i || h.i-ss > 6 || p.has(cSponsor, h.j, p.sentEnd(h.i)) {
		return false // with a sponsor phrase, its sponsors hold the position ("it circulated a concept co-sponsored by ...")
	}
	if h.i > ss {
		switch p.toks[h.i-1].low {
		case "make", "makes", "made", "making", "find", "finds", "found", "consider", "considers", "considered", "deem", "deems", "deemed", "think", "thinks", "render", "renders", "keep", "keeps":
			return false // "This makes it essential to ...": "it" is an object
		}
	}
	verb := false
	for _, c := range p.cues {
		if c.i >= ss && c.i < h.i {
			return false
		}
		verb = verb || c.i == h.j && c.class <= cNormative
	}
	if !verb {
		return false
	}
	for _, a := range p.actors {
		if a.i >= ss && a.i < h.i {
			return false
		}
	}
	return true
}

// speakerPronoun reports a pronoun, or a possessive and a title, right
// before the reporting verb at i: "she said", "its delegate argued", "his
// representative added".
func speakerPronoun(p *para, ss, i int) bool {
	if i-1 < ss {
		return false
	}
	switch p.toks[i-1].low {
	case "he", "she":
		return true
	case "it", "they":
		// "The rules were not enough, it said: ...", "The mechanism, they
		// argued, must ..."
		// (not after a subject that refers back itself: "The same
		// delegation was firm on humanitarian law: the principles, it
		// said, bind ...")
		return i-2 >= ss && p.markBefore(i-1, ",") && !p.has(cPronoun, ss, i-1)
	case "delegate", "representative", "delegation", "ambassador", "minister", "spokesperson", "envoy", "spokesman", "spokeswoman":
		if i-2 >= ss {
			switch p.toks[i-2].low {
			case "its", "his", "her", "their":
				return true
			}
		}
	}
	return false
}

// cueIn reports whether the cue of a stance overlaps the tokens [a, b),
// or cannot be found in the text.
func (p *para) cueIn(cue string, a, b int) bool {
	ci, cj, ok := p.cueSpan(cue)
	return !ok || ci < b && cj > a
}

// clauseSpans splits the sentence [ss, se) where a new clause opens with
// a named actor of its own ("..., and the United Kingdom added that ...";
// "...; Russia opposed it"), and returns the end of each part, se last.
func (p *para) clauseSpans(ss, se int) []int {
	var ends []int
	last := ss
	for k := ss + 4; k < se-3; k++ {
		if !p.toks[k].clause || p.toks[k].quoted {
			continue
		}
		gap := p.text[p.toks[k-1].e:p.toks[k].s]
		at := k
		switch {
		case strings.Contains(gap, ";"):
		case strings.Contains(gap, ","):
			switch p.toks[k].low {
			case "and", "while", "whereas", "but":
				at = k + 1
			default:
				continue
			}
		default:
			continue
		}
		m, ok := p.actorAt(at)
		if !ok || p.toks[m.i].quoted || k-last < 4 {
			continue
		}
		ends = append(ends, k)
		last = k
	}
	return append(ends, se)
}

// partnerWords name, after "and", the unnamed partners whose members a
// list then names: "and a group of partners that includes", "and other
// like-minded States such as".
var partnerWords = map[string]bool{"a": true, "an": true, "group": true, "number": true, "handful": true, "few": true, "of": true,
	"partners": true, "allies": true, "others": true, "other": true, "states": true, "countries": true, "delegations": true,
	"its": true, "their": true, "like": true, "minded": true, "several": true, "some": true, "many": true, "close": true, "closest": true}

// chairedBy reports an actor named as the chair of a body ("The third GGE,
// chaired by Australia, agrees that ...", "under the chairmanship of
// Brazil"): the body's conclusions are not the chair's positions.
func (p *para) chairedBy(ss int, m actorMention) bool {
	k := m.i - 1
	if k > ss && p.toks[k].low == "the" {
		k--
	}
	if k-1 < ss {
		return false
	}
	switch w, prev := p.toks[k].low, p.toks[k-1].low; {
	case w == "by":
		return prev == "chaired" || prev == "presided" || k-2 >= ss && prev == "over" && p.toks[k-2].low == "presided"
	case w == "of":
		return (prev == "chairmanship" || prev == "chairship" || prev == "chairpersonship" || prev == "presidency") && k-2 >= ss && p.toks[k-2].low == "the" && k-3 >= ss && p.toks[k-3].low == "under"
	}
	return false
}

// tallyValues are the labels of a caption or chart that sorts States by
// their answer to one question ("A cyber treaty? YES — Russia, China | NO
// — United States, EU | UNDECIDED — Brazil, India").
var tallyValues = map[string]string{"yes": "favor", "for": "favor", "support": "favor", "supporters": "favor", "favour": "favor", "favor": "favor",
	"no": "against", "against": "against", "oppose": "against", "opposed": "against", "opponents": "against",
	"undecided": "neutral", "neutral": "neutral", "uncommitted": "neutral", "unclear": "neutral"}

// tallyCaption reads a paragraph that sorts States under two or more such
// labels, each at the start of a sentence or after a "|", ";" or line
// break and followed by a dash or colon, when the paragraph names a single
// issue: each label's States hold its value, whatever the sentence reading
// gave them on that issue.
func (t *Tagger) tallyCaption(p *para, out []Stance) []Stance {
	if !strings.ContainsAny(p.text, "|;\n") {
		return out
	}
	type group struct {
		value  string
		i, j   int // the label's token span
		actors []string
	}
	var groups []group
	boundary := func(k int) bool {
		if k == 0 || p.toks[k].sentInit {
			return true
		}
		return strings.ContainsAny(p.text[p.toks[k-1].e:p.toks[k].s], "|;\n")
	}
	for k := 0; k < len(p.toks); k++ {
		w := p.toks[k]
		v, ok := tallyValues[w.low]
		if !ok || !w.allCaps || !boundary(k) || k+1 >= len(p.toks) {
			continue
		}
		if gap := p.text[w.e:p.toks[k+1].s]; !strings.ContainsAny(gap, ":—–") && !strings.Contains(gap, " - ") {
			continue
		}
		groups = append(groups, group{value: v, i: k, j: k + 1})
	}
	if len(groups) < 2 {
		return out
	}
	for g := range groups {
		end := len(p.toks)
		if g+1 < len(groups) {
			end = groups[g+1].i
		}
		for _, m := range p.actors {
			if m.i >= groups[g].j && m.j <= end {
				groups[g].actors = appendActor(groups[g].actors, m.code)
			}
		}
		if len(groups[g].actors) == 0 {
			return out
		}
	}
	issue := ""
	single := true
	t.issues.each(p.toks, 0, len(p.toks), func(id, i, end int) {
		r := t.issueRules[id]
		if r.kind == "not" {
			return
		}
		if issue != "" && r.issue != issue {
			single = false
		}
		issue = r.issue
	})
	if issue == "" || !single {
		return out
	}
	var named []string
	for _, g := range groups {
		named = append(named, g.actors...)
	}
	kept := out[:0]
	for _, st := range out {
		if st.Issue == issue {
			st.Actors = slices.DeleteFunc(st.Actors, func(a string) bool { return slices.Contains(named, a) })
			if len(st.Actors) == 0 {
				continue
			}
		}
		kept = append(kept, st)
	}
	out = kept
	for g, gr := range groups {
		end := len(p.toks) - 1
		if g+1 < len(groups) {
			end = groups[g+1].i - 1
		}
		out = addStance(out, Stance{Issue: issue, Value: gr.value, Actors: gr.actors, Cue: strings.TrimRight(p.text[p.toks[gr.i].s:p.toks[end].e], " |;")})
	}
	return out
}

// entryVerdicts reads an entry of a tracker or scorecard, a sentence that
// opens with the issues' label, a colon and a one-word verdict ("Treaty:
// opposes.", "Stakeholders and the PoC directory: supports both.", "New
// norms: open."), under a section heading that names its holder alone
// ("European Union"). It returns the verdict's stances, the hits of the
// sentence without those of the label, and whether it read one.
func (t *Tagger) entryVerdicts(p *para, ss, se int, hits []issueHit, v *voice) ([]Stance, []issueHit, bool) {
	if v.section == "" || se-ss < 2 {
		return nil, hits, false
	}
	colon := -1
	for k := ss + 1; k < se && k <= ss+7; k++ {
		if p.markBefore(k, ":") {
			colon = k
			break
		}
		if p.toks[k].clause {
			return nil, hits, false
		}
	}
	if colon < 0 {
		return nil, hits, false
	}
	value := ""
	k := colon
	if verdictAdverbs[p.toks[k].low] && k+1 < se {
		k++ // "broadly supports"
	}
	switch w := p.toks[k].low; {
	case verdictNeutral[w] && (k+1 == se || p.toks[k+1].clause):
		value = "neutral" // "open.", but not "open to stakeholders"
	case negatedAt(p, colon, k):
		return nil, hits, false
	case p.has(cFavor, k, k+1) || w == "yes" || w == "for":
		value = "favor"
	case p.has(cAgainst, k, k+1) || w == "no" || w == "against":
		value = "against"
	default:
		return nil, hits, false
	}
	var issues []string
	var rest []issueHit
	for _, h := range hits {
		if h.i < colon && h.rule.kind != "not" {
			if !slices.Contains(issues, h.rule.issue) {
				issues = append(issues, h.rule.issue)
			}
			continue
		}
		rest = append(rest, h)
	}
	t.labels.each(p.toks, ss, colon, func(id, i, end int) {
		if !slices.Contains(issues, t.labelIssue[id]) {
			issues = append(issues, t.labelIssue[id])
		}
	})
	if len(issues) == 0 {
		return nil, hits, false
	}
	holder := t.entryHolder(v.section)
	if holder == "" {
		return nil, hits, false
	}
	cue := p.text[p.toks[ss].s:p.toks[k].e]
	out := make([]Stance, 0, len(issues))
	for _, is := range issues {
		out = append(out, Stance{Issue: is, Value: value, Actors: []string{holder}, Cue: cue})
	}
	return out, rest, true
}

// verdictAdverbs may come between an entry's label and its verdict.
var verdictAdverbs = map[string]bool{"broadly": true, "strongly": true, "firmly": true, "generally": true, "largely": true, "cautiously": true, "mostly": true}

// verdictNeutral are the verdicts of an entry that takes no side.
var verdictNeutral = map[string]bool{"open": true, "undecided": true, "mixed": true, "neutral": true, "ambivalent": true, "uncommitted": true, "divided": true, "noncommittal": true}

// entryHolder returns the actor a section heading names and nothing else
// ("China", "The Russian Federation", "Non-Aligned Movement"), or "".
func (t *Tagger) entryHolder(section string) string {
	toks := t.tokenize(section, nil)
	ms := t.gaz.find(toks, nil)
	if len(ms) != 1 {
		return ""
	}
	for k, tk := range toks {
		if (k < ms[0].i || k >= ms[0].j) && tk.low != "the" {
			return ""
		}
	}
	return ms[0].code
}
