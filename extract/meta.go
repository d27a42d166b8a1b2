package extract

import (
	"regexp"
	"strings"
)

// reSymbol matches UN document symbols such as A/75/816, A/AC.290/2021/CRP.2,
// A/RES/73/27, S/2021/123, E/CN.4/2000/1.
var reSymbol = regexp.MustCompile(`\b(?:A|S|E|ST|UNEP|CCPR)/(?:[A-Z]{1,5}(?:\.\d+)?/)*(?:RES/)?\d{1,4}(?:/[A-Z0-9.]{1,12}){0,4}\b`)

// reMasthead matches the lines of a UN masthead, which are not titles.
var reMasthead = regexp.MustCompile(`(?i)^(?:united nations|nations unies|general assembly|security council|economic and social council|human rights council|distr\.?:?.*|original:.*|limited|restricted|advance (?:unedited )?(?:version|copy)|\d{2}-\d{5}.*)$`)

// metaWindow is how many leading records inferMetadata reads.
const metaWindow = 40

// inferMetadata fills the missing fields of doc.Meta from its first
// paragraphs: Title, Date (ISO), Symbol, Kind, Lang (ISO 639-1) and, for
// statements, Speaker (the name of the speaking State or group as printed,
// e.g. "Islamic Republic of Iran"). Fields already set (by the engine, from
// a PDF's info or a page's <head>) are kept, except Lang, which the text
// overrides when it is clearly in another language than declared.
func inferMetadata(doc *Document) {
	inferMetadataHint(doc, "")
}

// inferMetadataHint is inferMetadata with the kind an engine read from the
// source (e.g. a page's JSON-LD NewsArticle), used when the text itself
// carries no stronger cue (statement, resolution, declaration, ...).
func inferMetadataHint(doc *Document, kindHint string) {
	m := &doc.Meta
	var head []Paragraph
	for _, p := range doc.Paragraphs {
		if p.Kind == KindFootnote {
			continue
		}
		head = append(head, p)
		if len(head) == metaWindow {
			break
		}
	}
	if m.Title == "" || isMastheadLine(m.Title) {
		// An engine's title that is only a masthead ("United Nations General
		// Assembly") is no title.
		m.Title = inferTitle(head)
	}
	if m.Symbol == "" || (!strings.Contains(m.Symbol, "/RES/") && isResolutionText(head)) {
		if sym := inferSymbol(m.Title, head); sym != "" {
			m.Symbol = sym
		}
	}
	if m.Date == "" {
		m.Date = inferDate(head)
	}
	if m.Kind == "" {
		m.Kind = inferKind(doc.Format, m.Title, m.Symbol, head, kindHint)
	}
	if m.Speaker == "" && m.Kind == "statement" {
		m.Speaker = inferSpeaker(m.Title, head)
	}
	if lang, sure := detectLang(sampleText(doc.Paragraphs, 4000)); lang != "" && (m.Lang == "" || sure && lang != m.Lang) {
		m.Lang = lang
	}
	if m.Lang == "" {
		m.Lang = "en"
	}
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(string(r[:n]))
}

// sampleText joins the text of the first records up to about n bytes.
func sampleText(ps []Paragraph, n int) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Kind == KindFootnote {
			continue
		}
		b.WriteString(p.Text)
		b.WriteByte(' ')
		if b.Len() >= n {
			break
		}
	}
	return b.String()
}

// inferSymbol finds the UN symbol of the document: in its title, or in
// the first records (the masthead, where it may stand alone on a line or
// share one with "United Nations" and the distribution). Symbols cited in
// brackets or parentheses ("[on the report of the First Committee
// (A/86/412)]") and inside running text are references to other
// documents. In a resolution, a resolution symbol (A/RES/...) wins over
// the others; else the first one printed.
func inferSymbol(title string, head []Paragraph) string {
	resolution := isResolutionText(head)
	if s := reSymbol.FindString(title); s != "" && !isCitedSymbol(title, s) {
		return s
	}
	var first string
	for i, p := range head {
		if i >= 8 {
			break
		}
		if len(p.Text) > 60 && !isMastheadLine(p.Text) && !reMastheadStart.MatchString(p.Text) {
			continue
		}
		for _, loc := range reSymbol.FindAllStringIndex(p.Text, -1) {
			sym := p.Text[loc[0]:loc[1]]
			if isCitedSymbol(p.Text, sym) {
				continue
			}
			if resolution && strings.Contains(sym, "/RES/") {
				return sym
			}
			if first == "" {
				first = sym
			}
		}
	}
	return first
}

// isCitedSymbol reports whether the symbol sym is printed inside brackets
// or parentheses in t: a reference, not the document's own symbol.
func isCitedSymbol(t, sym string) bool {
	i := strings.Index(t, sym)
	if i < 0 {
		return false
	}
	before := t[:i]
	return strings.Count(before, "(") > strings.Count(before, ")") || strings.Count(before, "[") > strings.Count(before, "]")
}

// reMastheadStart matches the opening of a masthead run together on one
// record ("United Nations A/RES/86/241 General Assembly Distr.: General").
var reMastheadStart = regexp.MustCompile(`(?i)^(?:united nations|nations unies|naciones unidas)\b`)

// reMastheadPart matches the pieces of a UN masthead and cover block:
// organ names, distribution, original language, session and agenda lines,
// job numbers.
var reMastheadPart = regexp.MustCompile(`(?i)\b(?:united nations|nations unies|general assembly|security council|economic and social council|human rights council|conference on disarmament|distr\.?\s*:?\s*(?:general|limited|restricted)?|original\s*:?\s*\p{L}+|limited|restricted|advance (?:unedited )?(?:version|copy)|(?:[\p{L}-]+\s+)?(?:substantive|regular|special|resumed|organizational|emergency)?\s*session|(?:provisional )?agenda items?\s*[\d(),\sand]*|item\s+\d+\s+of the (?:provisional )?agenda|\d{2}-\d{5}(?:\s*\(\p{L}\))?|english|french|spanish|russian|chinese|arabic|geneva|new york|vienna)\b|\*\d+\*|\d+`)

// isMastheadLine reports whether t is only masthead material (organ names,
// symbols, dates, distribution, session and agenda lines): not a title.
func isMastheadLine(t string) bool {
	if reMasthead.MatchString(t) {
		return true
	}
	if len(t) > 160 {
		return false
	}
	return fewLettersLeft(t, reSymbol, reISODate, reDMY, reMDY, reMY, reMastheadPart)
}

// reTitleCue matches the opening of a UN document's own title, preferred
// over other headings near the top.
var reTitleCue = regexp.MustCompile(`(?i)^(?:(?:final|annual|second|third|first|fourth|fifth|draft|interim|progress|consolidated|substantive|\p{L}+ annual progress)\s+)*(?:report|progress report|resolution adopted|draft resolution|decision adopted|chair(?:'|’)?s summary|note by|letter dated|statement by)\b`)

// inferTitle chooses the title among the first records: masthead lines
// are skipped; in a document with a UN masthead, a heading that reads like
// a UN document's title ("Report of ...", "Progress report ...",
// "Resolution adopted ...") is preferred to the name of the body printed
// above it; else the first other heading; else the first record.
func inferTitle(head []Paragraph) string {
	var firstHeading string
	masthead := false
	for i, p := range head {
		if isMastheadLine(p.Text) || (i < 3 && reMastheadStart.MatchString(p.Text)) {
			masthead = masthead || i < 6
			continue
		}
		if p.Kind != KindHeading || reSymbol.FindString(p.Text) == p.Text {
			continue
		}
		if i < 10 && masthead && reTitleCue.MatchString(p.Text) {
			return p.Text
		}
		if firstHeading == "" {
			firstHeading = p.Text
		}
	}
	if firstHeading != "" {
		return firstHeading
	}
	for _, p := range head {
		if !isMastheadLine(p.Text) {
			return truncateRunes(p.Text, 200)
		}
	}
	if len(head) > 0 {
		return truncateRunes(head[0].Text, 200)
	}
	return ""
}

// inferDate finds the date of issue among the first records, preferring a
// short (masthead or dateline) record.
func inferDate(head []Paragraph) string {
	for pass := 0; pass < 2; pass++ {
		for i, p := range head {
			if i >= 15 {
				break
			}
			if pass == 0 && len(p.Text) > 120 {
				continue
			}
			if d := parseDate(p.Text); d != "" {
				return d
			}
			if pass == 0 {
				if d := parseMonthYear(p.Text); d != "" && len(p.Text) <= 40 {
					return d
				}
			}
		}
	}
	return ""
}

var (
	reResolutionOpen = regexp.MustCompile(`^(?:The General Assembly|The Security Council|The Human Rights Council|The Economic and Social Council)\s*,`)
	reOperative      = regexp.MustCompile(`^(?:\d+\.\s*)?(?:Decides|Requests|Calls upon|Urges|Invites|Encourages|Welcomes|Reaffirms|Recognizes|Notes|Emphasizes|Stresses|Affirms|Expresses)\b`)
	reStatementCue   = regexp.MustCompile(`(?i)\b(?:statement (?:by|of|delivered by|on behalf of)|check against delivery|remarks (?:by|of)|intervention (?:by|of)|explanation of (?:vote|position)|address (?:by|of) (?:h\.e\.|his|her|the))\b|\b(?:Mr\.?|Madam|Madame|Mister|Ms\.?) (?:Chair|Chairman|Chairperson|President|Co-Chair|Facilitator)\b|\bthank you,? (?:mr\.?|madam) (?:chair|president)\b|\bmy delegation\b|\bI have the honou?r\b`)
	reSpeechCue      = regexp.MustCompile(`(?i)^(?:I would like to|Allow me to|Let me (?:begin|start)|We would like to|I wish to)\b`)
	reDeclarationCue = regexp.MustCompile(`(?i)\b(?:declaration|call for trust|communiqu[eé]|joint pledge|manifesto)\b`)
	reWorkingCue     = regexp.MustCompile(`(?i)\b(?:working paper|non-paper|position paper|food-for-thought paper|concept note|national contribution|submission)\b`)
	reReportCue      = regexp.MustCompile(`(?i)^(?:(?:final|annual|progress|draft|interim)\s+)*(?:report|progress report)\b|\breport of the\b|\bannual progress report\b|\bchair(?:'|’)?s summary\b|\bsummary of discussions\b|\bnote by the secretary-general\b`)
	// reAnalysisSeries names a series of a research organisation ("Policy
	// Brief 14/2031", "Working Paper No. 3"): stronger than the working
	// paper of a delegation.
	reAnalysisSeries = regexp.MustCompile(`(?i)\b(?:policy brief|issue brief|research paper|research report|discussion paper|occasional paper|briefing paper|policy paper|commentary|working paper\s*(?:no\.?|n°|series|#|\d+\s*/))`)
	// reAnalysisCue is a cue of a think-tank or academic analysis: a
	// research organisation's name, an abstract or executive summary, an
	// author byline with an affiliation.
	reAnalysisCue = regexp.MustCompile(`(?i)\b(?:abstract|executive summary|key (?:findings|takeaways|recommendations)|policy recommendations|about the authors?|analysis|think[- ]tank|(?:centre|center|institute|institut|foundation|observatory|school|university|academy|programme|program)\s+(?:for|of|on)\s+\p{L}+|(?:senior |research |non-resident |visiting )?(?:fellow|researcher|professor|lecturer|analyst)\s+(?:at|with|in)\b)`)
	// reNewsBodyCue is the language of a news report: attributed speech,
	// weekdays and "this week", wire agencies.
	reNewsBodyCue = regexp.MustCompile(`(?i)\bthis week\b|\b(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:officials?|diplomats?|organi[sz]ers|spokes(?:person|man|woman)|observers|sources) (?:said|told|say|says)\b|\btold (?:reporters|journalists)\b|\bsaid (?:on|in a statement)\b|\((?:reuters|afp|ap|dpa|efe)\)`)
	reNewsCue     = regexp.MustCompile(`(?i)\b(?:press release|news release|breaking|min read|reported|adopts|adopted|announces|announced|launches|launched)\b`)
)

// inferKind classifies the document from cues in its title and first
// records: resolution, statement, declaration, working_paper, report,
// news, analysis.
func inferKind(format Format, title, symbol string, head []Paragraph, hint string) string {
	var texts []string
	if title != "" {
		texts = append(texts, title)
	}
	for i, p := range head {
		if i >= 12 {
			break
		}
		texts = append(texts, p.Text)
	}
	opening := strings.Join(texts, "\n")
	if len(opening) > 1500 {
		// Cues sit at the start; the regexes are costly on long text.
		opening = strings.ToValidUTF8(opening[:1500], "")
	}
	// Resolutions: "The General Assembly," followed by operative paragraphs.
	if strings.Contains(symbol, "/RES/") && reResolutionOpen.MatchString(strings.TrimSpace(firstBody(head))) {
		return "resolution"
	}
	for i, p := range head {
		if reResolutionOpen.MatchString(p.Text) {
			ops := 0
			for _, q := range head[i:] {
				if reOperative.MatchString(q.Text) {
					ops++
				}
			}
			if ops >= 2 {
				return "resolution"
			}
		}
	}
	if reStatementCue.MatchString(opening) {
		return "statement"
	}
	for i, p := range head {
		if i >= 4 {
			break
		}
		if p.Kind != KindHeading && reSpeechCue.MatchString(p.Text) {
			return "statement"
		}
	}
	switch {
	case reAnalysisSeries.MatchString(opening):
		return "analysis"
	case reWorkingCue.MatchString(title):
		return "working_paper"
	case reDeclarationCue.MatchString(title):
		return "declaration"
	case reReportCue.MatchString(title):
		return "report"
	case reWorkingCue.MatchString(opening):
		return "working_paper"
	case reReportCue.MatchString(opening) && symbol != "":
		return "report"
	}
	if hint != "" {
		return hint
	}
	if reNewsCue.MatchString(title) || isNewsBody(head) {
		return "news"
	}
	if format == FormatHTML || reAnalysisCue.MatchString(opening) {
		return "analysis"
	}
	if reReportCue.MatchString(opening) {
		return "report"
	}
	if symbol == "" && !hasMasthead(head) {
		// Neither a UN document (no symbol, no masthead) nor any other
		// kind: commentary on the negotiations.
		return "analysis"
	}
	return ""
}

// isNewsBody reports whether the first body records read like a news
// report: two cues of reported speech or of the news week among the first
// five.
func isNewsBody(head []Paragraph) bool {
	n, seen := 0, 0
	for _, p := range head {
		if p.Kind == KindHeading {
			continue
		}
		if seen++; seen > 5 {
			break
		}
		n += len(reNewsBodyCue.FindAllStringIndex(p.Text, 3))
	}
	return n >= 2
}

// hasMasthead reports whether one of the first records is a UN masthead
// line.
func hasMasthead(head []Paragraph) bool {
	for i, p := range head {
		if i >= 6 {
			break
		}
		if reMastheadStart.MatchString(p.Text) || (len(p.Text) < 80 && reMasthead.MatchString(p.Text)) {
			return true
		}
	}
	return false
}

// isResolutionText reports whether the first records read as a resolution
// ("The General Assembly," opening the preamble).
func isResolutionText(head []Paragraph) bool {
	for _, p := range head {
		if reResolutionOpen.MatchString(p.Text) {
			return true
		}
	}
	return false
}

func firstBody(head []Paragraph) string {
	for _, p := range head {
		if p.Kind != KindHeading {
			return p.Text
		}
	}
	return ""
}

// Speaker patterns: the name that follows is captured up to a comma,
// a full stop or a linking word.
const speakerName = `((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|and|the|de|du|d'|for)?\s*\p{Lu}[\p{L}'’.-]*){0,6})`

var (
	reOnBehalf   = regexp.MustCompile(`(?i:on behalf of)\s+` + speakerName)
	reStatement  = regexp.MustCompile(`(?i:statement|remarks|intervention|address|explanation of (?:vote|position))\s+(?i:by|of|delivered by|from)\s+(?:(?i:the)\s+)?(?:(?i:delegation|representative|permanent representative|permanent mission|ambassador|head of (?:the )?delegation|minister(?: for foreign affairs)?|government|mission)\s+(?i:of)\s+)?` + speakerName)
	rePossessive = regexp.MustCompile(`^` + speakerName + `['’]s?\s+(?i:perspective|position|views?|statement|remarks|national position|contribution|intervention)\b`)
	reRepOf      = regexp.MustCompile(`(?i:delegation|permanent representative|permanent mission|representative|ambassador|minister(?: for foreign affairs)?|government)\s+(?i:of)\s+` + speakerName)
)

// inferSpeaker returns the State or group speaking in a statement, as
// printed ("Islamic Republic of Iran", "European Union"): a group the
// statement is delivered on behalf of comes first.
func inferSpeaker(title string, head []Paragraph) string {
	texts := []string{title}
	for i, p := range head {
		if i >= 8 {
			break
		}
		texts = append(texts, p.Text)
	}
	for _, re := range []*regexp.Regexp{reOnBehalf, reStatement, reRepOf, rePossessive} {
		for _, t := range texts {
			if m := re.FindStringSubmatch(t); m != nil {
				if name := cleanSpeaker(m[1]); name != "" {
					return name
				}
			}
		}
	}
	return ""
}

// cleanSpeaker trims a captured name: a leading "the", trailing linking
// words, honorifics.
func cleanSpeaker(s string) string {
	s = strings.TrimSpace(s)
	for {
		l := strings.ToLower(s)
		switch {
		case strings.HasPrefix(l, "the "):
			s = strings.TrimSpace(s[4:])
			continue
		}
		break
	}
	words := strings.Fields(s)
	for len(words) > 0 {
		w := strings.ToLower(words[len(words)-1])
		if w == "of" || w == "and" || w == "the" || w == "de" || w == "for" || w == "du" {
			words = words[:len(words)-1]
			continue
		}
		break
	}
	s = strings.TrimRight(strings.Join(words, " "), ".,;:")
	switch strings.ToLower(s) {
	case "", "h.e", "h.e.", "mr", "ms", "mrs", "the chair", "chair", "delegation", "group", "states", "member states":
		return ""
	}
	return s
}
