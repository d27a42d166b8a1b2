package classify

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is a whole document to tag in order, so that document-level hints
// (who is speaking, what "they" refers to, whose resolution is quoted) work.
type Doc struct {
	Kind    string // report, statement, analysis, news, declaration, resolution, ...; "" to infer
	Speaker string // name or code of the speaking State of a statement; "" to infer
	Title   string
	Paras   []Para
}

// Para is one paragraph of a Doc.
type Para struct {
	Text    string
	Section string // the heading the paragraph sits under
	Kind    string // paragraph, heading, list_item, footnote
}

// DocInfo is what TagDocInfo inferred about a document.
type DocInfo struct {
	Kind    string   // "statement", "declaration" or "analysis"
	Speaker string   // speaker code, or ""
	Joint   []string // further holders: co-authors of a joint statement, other groups spoken for
	Err     error    // set when tagging failed; the paragraphs not reached are tagged "other"
}

// TagDoc tags the paragraphs of d in order and returns one Result per
// paragraph. When d.Speaker is "" and the text reads as a national statement
// ("Statement by the delegation of X", "on behalf of", first person with one
// State named throughout), the speaker is inferred and holds the text's
// first-person positions.
func (t *Tagger) TagDoc(d Doc) []Result {
	res, _ := t.TagDocInfo(d)
	return res
}

// TagDocInfo is TagDoc that also reports the inferred document kind and speaker.
func (t *Tagger) TagDocInfo(d Doc) (res []Result, info DocInfo) {
	return t.tagDoc(d, nil)
}

// tagDoc is TagDocInfo; rec, when not nil, receives each analysed
// paragraph with its unscaled topic evidence (with context and its own) and
// furniture flag (for calibration and training).
func (t *Tagger) tagDoc(d Doc, rec func(i int, p *para, ev, own [nTopics]float64, furniture bool)) (res []Result, info DocInfo) {
	res = make([]Result, len(d.Paras))
	defer func() {
		if r := recover(); r != nil {
			for i := range res {
				if res[i].Topic == "" {
					res[i] = otherResult()
				}
			}
			info.Err = fmt.Errorf("classify: tagging a document of %d paragraphs: %v", len(d.Paras), r)
		}
	}()
	ps := make([]*para, len(d.Paras))
	for i, p := range d.Paras {
		ps[i] = t.analyseInto(paraPool.Get().(*para), p.Text)
	}
	if rec == nil {
		// the results keep nothing of the paras (rec may)
		defer func() {
			for _, p := range ps {
				if p != nil {
					paraPool.Put(p)
				}
			}
		}()
	}
	v := &voice{kind: kindFromString(d.Kind)}
	if d.Speaker != "" {
		if code, ok := t.ResolveActor(d.Speaker); ok {
			v.speaker = code
		}
		if d.Kind == "" {
			v.kind = kindStatement
		}
	}
	if d.Kind == "" && d.Speaker == "" {
		v.kind, v.speaker = t.inferVoice(ps, d.Title)
	} else if v.kind == kindStatement && v.speaker == "" {
		_, v.speaker = t.inferVoice(ps, d.Title)
	}
	if v.kind == kindDeclaration && d.Kind == "" {
		// a joint statement of two or three States that reports what "we"
		// did ("Joint Statement on the Fifth Australia–Indonesia Cyber
		// Policy Dialogue ... We reaffirmed ..."): its "we" is theirs
		if j := t.jointHolders(ps, d.Title, ""); len(j) >= 2 && len(j) <= 3 && !slices.ContainsFunc(j, func(c string) bool { return len(c) != 3 || groupCodes[c] }) {
			v.kind, v.speaker = kindStatement, j[0]
		}
	}
	// the State speaking for a group, which may end in its own voice
	deliverer, group, groupCo := "", "", []string(nil)
	if v.kind == kindStatement && v.speaker != "" {
		v.cospeak = t.jointHolders(ps, d.Title, v.speaker)
		v.speaker, v.cospeak = onBehalfOfGroup(v.speaker, v.cospeak)
		if groupCodes[v.speaker] {
			group, groupCo = v.speaker, v.cospeak
			dl := t.deliverer(ps, d.Title)
			if len(dl) != 3 || groupCodes[dl] {
				dl = mastheadState(ps)
			}
			if dl != v.speaker && len(dl) == 3 && !groupCodes[dl] {
				deliverer = dl
			}
		} else if len(v.cospeak) > 0 {
			// "Allow me to add a few remarks in our national capacity":
			// the State delivering a joint statement may end in its own
			// voice
			deliverer = v.speaker
			// "The GCC States have never doubted that ...": in a statement
			// made for the members of a body the gazetteer does not know,
			// the body's States are its "we"
			if names := t.selfNames(ps, d.Title); len(names) > 0 {
				for _, p := range ps {
					p.markSelfNames(names)
				}
			}
		}
	}
	v.institutions = t.institutions(ps, d.Title)
	if v.kind == kindAnalysis {
		// "Dmitry Volkonsky, Counsellor ... of the Russian Ministry of
		// Foreign Affairs, ..." and then "Mr Volkonsky replied that ...":
		// the surname names the State its bearer was introduced for
		markPersons(ps)
	}
	v.symbols = t.symbolIssues(ps)
	info = DocInfo{Kind: kindNames[v.kind], Speaker: v.speaker, Joint: v.cospeak}
	// an interview ("Q: ..." / "A: ...") with a State's diplomat: the
	// answers are that State's statement, the questions the interviewer's
	interviewee, turns := "", interviewLabels{}
	if v.kind == kindAnalysis || d.Kind == "" && d.Speaker == "" {
		// (an interview's answers may have made it look like the
		// diplomat's statement)
		interviewee, turns = t.interviewee(ps, d.Paras)
		if interviewee != "" {
			v.kind, v.speaker, v.cospeak = kindAnalysis, "", nil
			info = DocInfo{Kind: "analysis"}
		}
	}
	answering, asked := false, false
	// a transcript whose turns open with the speaker's label ("CHAIR:",
	// "QUESTION:", "RUSSIAN FEDERATION:"): each turn is its speaker's, a
	// State's or, for a chair, a journalist or a moderator, no coded actor's
	transcript := d.Kind == "" && d.Speaker == "" && interviewee == "" && labelledTurns(d.Paras) >= 3
	// a hearing's or a podcast's turns labelled with names ("Helen Marsh:",
	// "Professor Okoro:"), or a panel's where only the moderator's label is
	// in capitals ("MODERATOR:", "Ms. Tamm:"): each turn is its speaker's,
	// as above
	introduced := map[string]string{} // speaker labels by introducedAs
	named := d.Kind == "" && d.Speaker == "" && interviewee == "" && (!transcript || mixedLabels(d.Paras)) && namedTurns(d.Paras) &&
		(v.kind != kindStatement || v.speaker == "" || introducedTurns(ps, d.Paras, introduced))
	transcript = transcript && !named
	// a verbatim record ("Mr. Li (China) (spoke in Chinese): ...", "The
	// President: ..."): each turn is the bracketed State's, the presiding
	// officer's no coded actor's; a turn goes on, paragraph after paragraph,
	// until the next label
	recorded := d.Kind == "" && d.Speaker == "" && interviewee == "" && !transcript && !named && t.recordedTurns(d.Paras) >= 2
	// a record that announces each turn in the third person ("The
	// Committee heard an explanation of vote by the representative of
	// China."): the paragraphs after an announcement are the announced
	// State's, or, when it announced several, each is the State it opens
	// with ("The United States voted against L.11 ... We were pleased ...")
	announced := d.Kind == "" && d.Speaker == "" && interviewee == "" && !transcript && !named && !recorded && t.announcedTurns(ps) >= 2
	var heard []string // the States announced last
	heardGroup := ""   // the group the one State announced spoke for
	// a transcript whose moderator's label is in capitals and whose
	// speakers' labels give their State in brackets ("MODERATOR:", "AMB.
	// NURLANOVA (Kazakhstan):"): those turns are the bracketed State's
	bracketed := transcript && !named && t.recordedTurns(d.Paras) >= 2
	// a parliament's debate ("Lord Ambleside (CB): ...", "The
	// Parliamentary Under-Secretary of State, Foreign, Commonwealth and
	// Development Office (Baroness Linfield of Ashby) (Lab): ..."): a
	// member's turn is no coded actor's, a minister's is the State of the
	// office the label names; a turn goes on until the next label
	debate := d.Kind == "" && d.Speaker == "" && interviewee == "" && !transcript && !named && !recorded && !announced && debateTurns(d.Paras) >= 2
	transcript = transcript || named || recorded || announced || debate
	var speakers debateSpeakers
	if debate {
		speakers = newDebateSpeakers(d.Paras)
		for i, p := range d.Paras {
			if _, c, ok := speakers.turn(p.Text); ok {
				ps[i] = t.analyseInto(ps[i], strings.Repeat(" ", c)+p.Text[c:])
			}
		}
	}
	if recorded {
		// the label is not the turn's text: "Ms. Clarke (United Kingdom):"
		// names the speaker, who is not a subject of the first sentence
		for i, p := range d.Paras {
			if c, ok := recordLabelEnd(p.Text); ok {
				ps[i] = t.analyseInto(ps[i], strings.Repeat(" ", c)+p.Text[c:])
			}
		}
	}
	if transcript {
		v.kind, v.speaker, v.cospeak = kindAnalysis, "", nil
		info = DocInfo{Kind: "analysis"}
	}
	// a compilation's entries: a paragraph labelled with its authors
	// ("Comments by Canada, also on behalf of Australia and New Zealand:
	// ...") and the paragraphs after it in its section, or, in a text that
	// reproduces the replies or comments it received, the paragraphs under
	// a heading naming their authors ("Cuba", "Reply of Mexico"): each
	// entry is its authors' statement
	entries := !transcript && interviewee == "" && (d.Kind == "" && d.Speaker == "" || !(v.kind == kindStatement && v.speaker != ""))
	compiled := entries && t.compilation(ps, d.Title)
	secEntry := map[string]headingAuthors{}
	if entries && d.Kind == "" && d.Speaker == "" && v.kind != kindAnalysis {
		// the first lines of an entry ("Comments by Chile, also on behalf
		// of Peru:") may have made the compilation look like a statement
		labelled := slices.ContainsFunc(ps, func(p *para) bool { return entryLabel(p) != nil })
		for i := 0; i < len(ps) && !labelled; i++ {
			labelled = t.sectionEntry(d.Paras[i].Section, compiled, secEntry) != nil
		}
		if labelled {
			v.kind, v.speaker, v.cospeak = kindAnalysis, "", nil
			info = DocInfo{Kind: "analysis"}
		} else {
			entries = v.speaker == ""
		}
	}
	// a summary that the missions convening a meeting issue ("the
	// Permanent Missions of Korea and Slovenia convened an Arria-formula
	// meeting ... This summary is issued under the responsibility of the
	// co-organisers"): its "we" and its own voice are theirs
	var convenors []string
	if v.kind == kindAnalysis && !transcript && interviewee == "" && d.Kind == "" && d.Speaker == "" {
		convenors = missionSummary(ps)
		if convenors == nil {
			// "Joint Communiqué" / "Meeting of the Minister for Foreign
			// Affairs of Indonesia and the Secretary of Foreign Affairs of
			// Mexico" / "Both sides reaffirmed ...": the parties' voice
			if convenors = t.communiqueParties(ps); convenors != nil {
				for _, p := range ps {
					p.markParties()
				}
			}
		}
	}
	if v.kind == kindAnalysis && !transcript && interviewee == "" && convenors == nil && len(v.cospeak) == 0 {
		// "Coalition for Inclusive Cyber Governance, 18 November 2024" /
		// "The Coalition regards the directory as ...": the body that
		// writes the text speaks of itself by name
		if head := authorBody(ps); head != "" {
			for _, p := range ps {
				p.markAuthorBody(head)
			}
		}
	}
	baseKind, baseSpeaker, baseCo := v.kind, v.speaker, v.cospeak
	var entry []string
	// an exchange of letters: the sections of exactly two authors, each
	// one State ("Letter from the Minister ... of Spain", "Reply of the
	// Minister ... of Cuba"), each the other's "you"
	var exchange []string
	if entries {
		seen := map[string]bool{}
		for _, p := range d.Paras {
			if seen[p.Section] {
				continue
			}
			seen[p.Section] = true
			if codes := t.sectionEntry(p.Section, compiled, secEntry); len(codes) == 1 && !groupCodes[codes[0]] && !slices.Contains(exchange, codes[0]) {
				exchange = append(exchange, codes[0])
			}
		}
	}
	entrySec := ""

	own := make([][nTopics]float64, len(ps))
	var prior [nTopics]float64
	for i, p := range ps {
		own[i] = t.evidenceOf(p)
		for k := 0; k < topicOther; k++ {
			prior[k] += max(own[i][k], 0) / float64(len(ps))
		}
	}
	var prev [nTopics]float64
	var lead *[nTopics]float64
	var leadPos *position
	leadAt := 0
	prevText := "" // the previous paragraph, trimmed
	var docSponsor []string
	sponsorSection, sponsorAt := "", -1
	secSponsor := map[string][]string{}
	secEv := map[string][nTopics]float64{}
	secIssues := map[string][]int{}
	for i, p := range ps {
		v.nextParagraph()
		labelled := "" // the State a verbatim record's turn label names
		if interviewee != "" {
			switch turns.turn(d.Paras[i].Text) {
			case 'Q':
				answering, asked = false, true
			case 'A':
				// (an unlabelled paragraph before the first question is
				// the introduction's)
				answering = !(turns.asker || turns.bare) || asked
			}
			v.kind, v.speaker = kindAnalysis, ""
			if answering {
				v.kind, v.speaker = kindStatement, interviewee
				if interviewee == uncoded {
					v.speaker = ""
				}
			}
		}
		if transcript {
			label, ok := turnLabel(d.Paras[i].Text)
			if who, found := recordTurn(d.Paras[i].Text); bracketed && !ok && found && who != "" {
				label, ok = who, true
			}
			if named {
				if l := speakerLabel(d.Paras[i].Text); l != "" {
					label, ok = l, true
				}
			}
			if debate {
				if office, _, found := speakers.turn(d.Paras[i].Text); found {
					v.kind, v.speaker = kindStatement, ""
					if code := t.officeState(office); code != "" {
						v.speaker, labelled = code, code
					} else if unionOffice(office) {
						v.speaker, labelled = "EU", "EU"
					}
				}
				ok = false
			}
			if recorded {
				label, ok = recordTurn(d.Paras[i].Text)
				if ok {
					v.kind, v.speaker = kindStatement, ""
					if code, found := t.ResolveActor(label); found && code != "AUTHOR" {
						v.speaker, labelled = code, code
					}
				}
				ok = false
			}
			if announced {
				ok = false
				if _, chair := recordTurn(d.Paras[i].Text); chair {
					// "The Chair: ...": the presiding officer's turn
					v.kind, v.speaker, v.cospeak, heard = kindStatement, "", nil, nil
					deliverer, group, groupCo = "", "", nil
				}
				if states, grp, found := announcedTurn(p); found {
					// the announcement is the record's, the turn starts after it
					v.kind, v.speaker, v.cospeak, heard, heardGroup = kindStatement, "", nil, states, grp
					deliverer, group, groupCo = "", "", nil
				} else if len(heard) == 1 {
					v.speaker, heard = heard[0], nil
					if heardGroup != "" {
						// "by the representative of Spain, who spoke on
						// behalf of the European Union ... and then in his
						// national capacity"
						v.speaker, deliverer, group = heardGroup, v.speaker, heardGroup
					}
				} else if m, found := p.openingState(); found && slices.Contains(heard, m.code) {
					v.speaker = m.code
				}
			}
			if ok {
				v.kind, v.speaker = kindStatement, ""
				if code, ok := t.ResolveActor(label); ok && code != "AUTHOR" {
					v.speaker = code
				} else {
					code, ok := introduced[label]
					if !ok {
						code = introducedAs(ps, d.Paras, label)
						introduced[label] = code
					}
					v.speaker = code
				}
			}
		}
		if deliverer != "" && i > 0 {
			// "Allow me now to add a few words in my national capacity":
			// from here on the deliverer speaks for itself, not the group,
			// until it speaks again "on behalf of" the group
			switch {
			case (v.speaker != deliverer || len(v.cospeak) > 0) && inNationalCapacity(p):
				v.speaker, v.cospeak = deliverer, nil
				baseSpeaker, baseCo = v.speaker, v.cospeak
			case v.speaker == deliverer && p.hasWords("behalf", "of") && slices.ContainsFunc(p.actors, func(m actorMention) bool { return m.code == group }):
				v.speaker, v.cospeak = group, groupCo
				baseSpeaker, baseCo = v.speaker, v.cospeak
			}
		}
		if v.kind == kindStatement && !transcript && !entries && interviewee == "" && i > 0 &&
			v.speaker != "" && !groupCodes[v.speaker] && len(v.cospeak) == 0 && (deliverer == "" || deliverer == v.speaker) {
			// "Mr. Chair, on capacity-building, I have the honour to speak
			// on behalf of Fiji, Kiribati, Tonga and my own country,
			// Samoa": a national statement's "we" is, from here, every
			// State it names, until it goes on "in my national capacity"
			if co := midJoint(p, v.speaker); len(co) > 0 {
				deliverer, v.cospeak = v.speaker, co
				baseSpeaker, baseCo = v.speaker, v.cospeak
			} else if g := midGroup(p); g != "" {
				// "I have the honour to deliver the first part of this
				// statement on behalf of the Group of Arab States": the
				// group's voice, until "in my national capacity"
				deliverer, group, groupCo = v.speaker, g, nil
				v.speaker = g
				baseSpeaker, baseCo = v.speaker, v.cospeak
			}
		}
		sec := d.Paras[i].Section
		if v.kind == kindAnalysis && i > 0 && sec != d.Paras[i-1].Section && d.Paras[i-1].Section != "" {
			// a new section of an analysis ("What the Global Mechanism
			// needs" after "The arguments that did not end"): its "it"
			// and "they" are not the actors the last section named
			v.memory = nil
		}
		if entries {
			if codes := entryLabel(p); codes != nil {
				entry, entrySec = codes, sec
			} else if codes := t.sectionEntry(sec, compiled, secEntry); codes != nil {
				entry, entrySec = codes, sec
			} else if sec != entrySec {
				entry = nil
			}
			v.kind, v.speaker, v.cospeak = baseKind, baseSpeaker, baseCo
			if code := scorecardEntry(p); code != "" && entry == nil {
				// "United States — Treaty: opposed; ... Existing law:
				// applies": the paragraph is that State's entry
				v.kind, v.speaker, v.cospeak = kindStatement, code, nil
			}
			if entry != nil {
				v.kind, v.speaker, v.cospeak = kindStatement, entry[0], entry[1:]
				if len(exchange) == 2 && len(entry) == 1 {
					// "your Government has called it a good starting
					// point": the other letter's author
					if to := exchange[0]; to != entry[0] {
						p.markAddressee(to)
					} else {
						p.markAddressee(exchange[1])
					}
				}
			}
		}
		si, ok := secIssues[sec]
		if !ok {
			si = t.issuesNamed(sec)
			secIssues[sec] = si
		}
		for _, k := range si {
			// a heading keeps its issue under discussion ("Programme of
			// Action" over "Voted no: China, Iran, ...")
			v.recent[k] = max(v.recent[k], 1)
		}
		sp, ok := secSponsor[sec]
		if !ok {
			sp = t.sectionSponsor(sec)
			secSponsor[sec] = sp
		}
		v.sponsor = sp
		v.section = sec
		// a paragraph naming a text's sponsors speaks of that text from then
		// on ("L.44 was introduced by Russia and co-sponsored by ... It
		// would have set up ...")
		if s := t.sponsorIn(p); s != nil {
			docSponsor, sponsorSection, sponsorAt = s, sec, i
		} else if docSponsor == nil && i < 12 && adoptsText(p.text) {
			// "The Peace and Security Council of the African Union ...
			// Adopts the following:" under an "AFRICAN UNION" masthead: the
			// body's group holds the positions of the text it adopts
			if g := bodyGroup(ps[:i+1]); g != "" {
				docSponsor, sponsorSection, sponsorAt = []string{g}, sec, i
			}
		}
		if docSponsor != nil && i > sponsorAt && v.kind == kindStatement && slices.Contains(docSponsor, v.speaker) {
			// "The sponsors regard the consensus reports as its
			// foundation": in a statement introducing a draft the
			// speaker sponsors, the sponsors it named
			p.markSponsors(docSponsor)
		}
		if v.sponsor == nil && v.kind == kindAnalysis && docSponsor != nil && (sec == sponsorSection && i-sponsorAt <= 15 && (i == sponsorAt || !namesOthers(p, docSponsor)) || resolutionLike(p)) {
			// the sponsor holds the positions of its resolution's text: the
			// paragraphs near its naming, and every paragraph of
			// resolution wording after it
			v.sponsor = docSponsor
		}
		se, ok := secEv[sec]
		if !ok {
			se = t.sectionEvidence(sec)
			secEv[sec] = se
		}
		ev := withContext(p, own[i], se, prev, prior)
		// items of a list take their meaning from its lead-in ("... notably in order to:")
		text := strings.TrimSpace(p.text)
		if lead != nil {
			itemLike := strings.HasSuffix(text, ";") || strings.HasSuffix(text, ",") || strings.HasSuffix(text, "?") ||
				(len(p.toks) <= 45 && !strings.HasSuffix(text, ".")) || len(p.toks) <= 20 ||
				// the list's last item ends with a full stop: "- a Programme
				// of Action ... should become the home of the dialogue."
				bulleted(text) && bulleted(prevText)
			if itemLike && i-leadAt <= 12 {
				for k := 0; k < topicOther; k++ {
					ev[k] += carryAnaphor * max(lead[k], 0)
				}
			} else {
				lead = nil
			}
		}
		v.lead = nil
		if lead != nil {
			v.lead = leadPos // an item of the list
		}
		prevText = text
		if strings.HasSuffix(text, ":") {
			l := ev
			lead, leadAt = &l, i
			leadPos = t.leadPosition(p, v)
			v.lead = nil
		}
		kind := d.Paras[i].Kind
		if i == 0 && kind == "" && titleLine(p) {
			kind = "title"
		}
		if kind == "" && sec != "" && text == strings.TrimSpace(sec) {
			// a paragraph that is its own section's heading ("Why a New
			// Treaty Is Not the Answer") names a subject; it takes no
			// position (of 305 such paragraphs in the evaluation sets,
			// none was labelled with one)
			kind = "heading"
		}
		if rec != nil {
			rec(i, p, ev, own[i], t.furniture(p) || kind == "title")
		}
		res[i] = t.tagPara(p, ev, own[i], sec, kind, v)
		if convenors != nil && v.kind == kindAnalysis {
			res[i].byConvenors(convenors)
		}
		if labelled != "" && !slices.Contains(res[i].Actors, labelled) {
			// the speaker the blanked label named is still named
			res[i].Actors = append(res[i].Actors, labelled)
			sort.Strings(res[i].Actors)
		}
		prev = own[i]
	}
	return res, info
}

// namesOthers reports a paragraph that names an actor other than those of
// codes: a later paragraph about other States' texts ("Russia, together
// with Belarus, submits an updated concept ...") does not speak of the
// sponsored text.
func namesOthers(p *para, codes []string) bool {
	for _, m := range p.actors {
		if !contains(codes, m.code) {
			return true
		}
	}
	return false
}

// sponsorIn finds "sponsored by X", "X introduced the draft resolution" or
// "X, Y: draft resolution" in a paragraph.
func (t *Tagger) sponsorIn(p *para) []string {
	for _, h := range p.byClass[cSponsor] {
		if !namesText(p, h) {
			continue // "a convention of the type proposed by Moscow" sponsors no text of this document
		}
		if p.toks[h.j-1].low == "by" {
			if _, ok := p.actorAt(h.j); ok {
				// every State of the list: "co-sponsored by Belarus, Nicaragua and Syria"
				se := h.j
				for se < len(p.toks) && p.toks[se].sent == p.toks[h.i].sent {
					se++
				}
				out := p.listFrom(h.j, se)
				// "introduced by Singapore on behalf of a core group that
				// also included Australia, Colombia and Kenya"
				for k := h.j; k+1 < se && k < h.j+16; k++ {
					if w := p.toks[k].low; w == "included" || w == "including" || w == "comprising" {
						if _, ok := p.actorAt(k + 1); ok {
							out = appendActor(out, p.listFrom(k+1, se)...)
						}
						break
					}
				}
				return out
			}
			continue
		}
		// active voice: the subject before the phrase
		ss := p.sentStart(h.i)
		if subj := p.subjectActors(ss, h.i); len(subj) > 0 {
			return subj
		}
	}
	if lead, at := p.colonLead(); len(lead) > 0 && at+1 < len(p.toks) && p.toks[at].low == "draft" && p.toks[at+1].low == "resolution" {
		return lead
	}
	return nil
}

// namesText reports a sponsor phrase whose sentence names a text that can
// be tabled ("draft resolution L.44", "the working paper").
func namesText(p *para, h cueHit) bool {
	sent := p.toks[h.i].sent
	for k := range p.toks {
		if p.toks[k].sent != sent {
			continue
		}
		switch w := p.toks[k].low; w {
		case "resolution", "resolutions", "draft", "text", "paper", "decision", "l":
			return true
		default:
			if len(w) > 1 && w[0] == 'l' && w[1] >= '0' && w[1] <= '9' {
				return true // "L.44" as one token
			}
		}
	}
	return false
}

// adoptsText reports a paragraph that introduces the text a body adopts:
// "Adopts the following:", "adopted the following communiqué".
func adoptsText(text string) bool {
	low := strings.ToLower(text)
	return strings.Contains(low, "adopts the following") || strings.Contains(low, "adopted the following")
}

// groupPreamble returns the group whose declaration ps is: one of its
// first eight paragraphs names the group alone as the subject of the text,
// ending with a comma ("THE MEMBER STATES OF THE ORGANIZATION OF AMERICAN
// STATES (OAS), meeting at the Twenty-Fifth Regular Session of ..."), and
// the paragraph after it opens with a preambular verb ("RECALLING ...");
// or "".
func groupPreamble(ps []*para) string {
	for i, p := range ps[:min(len(ps), 8)] {
		text := strings.TrimSpace(p.text)
		if i+1 >= len(ps) || !strings.HasSuffix(text, ",") || len(p.toks) < 3 || len(p.toks) > 40 || p.toks[0].low != "the" {
			continue
		}
		if len(p.actors) == 0 || p.actors[0].i > 8 || !groupCodes[p.actors[0].code] {
			continue
		}
		if g := bodyGroup(ps[i : i+1]); g != "" && resolutionLike(ps[i+1]) && !slices.ContainsFunc(p.actors, func(m actorMention) bool { return !groupCodes[m.code] }) {
			return g
		}
	}
	return ""
}

// bodyGroup returns the one group with a code (groupCodes) that the
// paragraphs ps name, or "" when they name none or several.
func bodyGroup(ps []*para) string {
	g := ""
	for _, p := range ps {
		for _, m := range p.actors {
			if !groupCodes[m.code] {
				continue
			}
			if g != "" && g != m.code {
				return ""
			}
			g = m.code
		}
	}
	return g
}

// resolutionLike reports a paragraph of a resolution's text: it opens with
// a preambular or operative verb ("Recalling", "Decides", "3. Requests").
func resolutionLike(p *para) bool {
	for k := 0; k < len(p.toks) && k < 3; k++ {
		if isListMark(p.toks[k].low) {
			continue
		}
		return p.toks[k].capInit && p.has(cResolution, k, k+1)
	}
	return false
}

// jointHolders finds, in the title or the first paragraphs of a statement,
// a line such as "Joint statement by Australia, Canada and New Zealand" or
// "Statement by Indonesia on behalf of the Non-Aligned Movement", and
// anywhere a list of signatories: every actor they name holds the
// statement's positions (for a group with a code, onBehalfOfGroup then
// keeps the group alone). Lines aligning with another statement ("aligns
// itself with the statement delivered by X on behalf of Y") are not such
// lines.
func (t *Tagger) jointHolders(ps []*para, title, speaker string) []string {
	if len(ps) > 0 && ps[0].hasWords("national", "capacity") {
		// "Statement by the delegation of Uganda, in its national capacity"
		return nil
	}
	var out []string
	for _, p := range t.jointLines(ps, title) {
		if p.hasWords("national", "capacity") {
			// "Earlier this week Uganda spoke on behalf of the Non-Aligned
			// Movement. The remarks that follow are made in our national
			// capacity."
			continue
		}
		for _, m := range p.actors {
			if m.code != speaker && !contains(out, m.code) && !p.alignedSentence(m.i) && !p.spelledOut(m) {
				out = appendActor(out, m.code)
			}
		}
	}
	return out
}

// inNationalCapacity reports "in my national capacity", "in our national
// capacity", "in its national capacity": not "building national capacity".
func inNationalCapacity(p *para) bool {
	for k := 1; k+1 < len(p.toks); k++ {
		if p.toks[k].low != "national" || p.toks[k+1].low != "capacity" {
			continue
		}
		switch p.toks[k-1].low {
		case "in":
			return true
		case "my", "our", "its", "a":
			return k >= 2 && p.toks[k-2].low == "in"
		}
	}
	return false
}

// hasWords reports whether the paragraph has the words a and b in a row.
func (p *para) hasWords(a, b string) bool {
	for k := 0; k+1 < len(p.toks); k++ {
		if p.toks[k].low == a && p.toks[k+1].low == b {
			return true
		}
	}
	return false
}

// spelledOut reports a named set of States (DNK+FIN+...) whose members
// the line lists right after it, in brackets: "on behalf of the Baltic and
// Nordic States (Estonia, Latvia, Lithuania, Norway and Iceland)" are the
// five named.
func (p *para) spelledOut(m actorMention) bool {
	if !strings.Contains(m.code, "+") {
		return false
	}
	k := m.j // after the name, or after "countries"/"States" that end it
	if k < len(p.toks) && (p.toks[k].low == "countries" || p.toks[k].low == "states") {
		k++
	}
	if k >= len(p.toks) || !strings.Contains(p.text[p.toks[k-1].e:p.toks[k].s], "(") {
		return false
	}
	_, ok := p.actorAt(k)
	return ok
}

// alignedSentence reports an align cue in the sentence of token i: "A, B
// and C also align themselves with the statement delivered on behalf of
// the European Union" names no co-author of this statement.
func (p *para) alignedSentence(i int) bool {
	for _, a := range p.byClass[cAlign] {
		if p.toks[a.i].sent == p.toks[i].sent {
			return true
		}
	}
	return false
}

// deliverer is the first State named on a joint-statement line, or "".
func (t *Tagger) deliverer(ps []*para, title string) string {
	for _, p := range t.jointLines(ps, title) {
		if len(p.actors) > 0 {
			return p.actors[0].code
		}
	}
	return ""
}

// mastheadState is the one State the short lines that open a text name
// ("Permanent Mission of Lebanon to the United Nations" / "Statement on
// behalf of the Group of Arab States"), or "".
func mastheadState(ps []*para) string {
	one := ""
	for _, p := range ps[:min(len(ps), 4)] {
		if len(p.toks) > 16 {
			break
		}
		for _, m := range p.actors {
			if len(m.code) != 3 || groupCodes[m.code] {
				continue
			}
			if one != "" && one != m.code {
				return ""
			}
			one = m.code
		}
	}
	return one
}

// jointLines are the "joint statement" and "on behalf of" lines, not
// alignments with another statement, among the title and the first
// paragraphs, and the lists of signatories anywhere.
func (t *Tagger) jointLines(ps []*para, title string) []*para {
	var out []*para
	if title != "" {
		if p := t.analyse(title); len(p.byClass[cAlign]) == 0 && (jointLine(p) || letterHead(p)) {
			out = append(out, p)
		}
	}
	for i, p := range ps {
		if (i < 4 || i < 8 && shortLines(ps[:i])) && len(p.byClass[cAlign]) == 0 && (jointLine(p) && (!reportedTurn(p) || opensWithStatementCue(p)) || speaksForOthers(p) || i < 2 && letterHead(p)) || signatoryLine(p) {
			out = append(out, p)
		}
	}
	return out
}

// shortLines reports paragraphs that are all masthead lines: a title, the
// meeting, the date, "Check against delivery", "Mr. Chair,". A joint
// statement may name its co-authors in its first body paragraph, after
// five or six of them.
func shortLines(ps []*para) bool {
	for _, p := range ps {
		if len(p.toks) > 32 || len(p.toks) > 0 && p.toks[len(p.toks)-1].sent > 1 {
			return false // not a line of three sentences: "1/ Morning from Conference Room 4 ... Full room. Live notes below."
		}
	}
	return true
}

// turnLabel returns the speaker label that opens a transcript's turn: one
// to four words in capitals and a colon ("CHAIR:", "MR. IVANOV:",
// "RUSSIAN FEDERATION:"). "Q:" and "A:" are an interview's (qaTurn).
func turnLabel(text string) (string, bool) {
	text = strings.TrimSpace(text)
	c := strings.IndexByte(text, ':')
	if c < 2 || c > 40 {
		return "", false
	}
	label := text[:c]
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 4 {
		return "", false
	}
	letters := 0
	for _, r := range label {
		if unicode.IsLower(r) {
			return "", false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return "", false
	}
	return label, true
}

// recordTurn reads the label that opens a turn of a verbatim record: a
// speaker's name with the State or organisation in brackets ("Mr. Sokolov
// (Russian Federation) (spoke in Russian):", "Ms. Clarke (United
// Kingdom):") or the presiding officer ("The President:", "The Acting
// Chair (spoke in French):"). It returns the bracketed name, "" for the
// presiding officer, and whether the paragraph opens a turn at all. The
// language of an interpreted turn ("(spoke in Arabic)", "(interpretation
// from Chinese)") is dropped.
func recordTurn(text string) (who string, ok bool) {
	text = strings.TrimSpace(text)
	c := strings.IndexByte(text, ':')
	if c < 5 || c > 120 {
		return "", false
	}
	label := strings.TrimSpace(text[:c])
	for strings.HasSuffix(label, ")") {
		open := strings.LastIndexByte(label, '(')
		if open < 0 {
			return "", false
		}
		inner := strings.TrimSpace(label[open+1 : len(label)-1])
		low := strings.ToLower(inner)
		if strings.HasPrefix(low, "spoke in ") || strings.HasPrefix(low, "interpretation ") || strings.HasPrefix(low, "spoke on ") {
			label = strings.TrimSpace(label[:open])
			continue
		}
		if who != "" || inner == "" || strings.ContainsAny(inner, "()0123456789") {
			return "", false
		}
		who, label = inner, strings.TrimSpace(label[:open])
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 6 || strings.ContainsAny(label, "0123456789;,") {
		return "", false
	}
	if who == "" {
		// the presiding officer speaks without a State: "The President",
		// "The Acting Chair", "The Chairperson"
		if words[0] != "The" || len(words) > 3 || !roleLabels[strings.TrimPrefix(strings.ToLower(strings.TrimRight(words[len(words)-1], ".")), "vice-")] {
			return "", false
		}
		for _, w := range words {
			if !unicode.IsUpper([]rune(w)[0]) {
				return "", false
			}
		}
		return "", true
	}
	// a name: capitalised words but for particles ("Mr. van der Berg",
	// "Mr. Al-Thani", "Mrs. de la Cruz")
	caps := 0
	for _, w := range words {
		r := []rune(w)[0]
		switch {
		case unicode.IsUpper(r):
			caps++
		case nameParticles[strings.ToLower(w)]:
		default:
			return "", false
		}
	}
	if caps == 0 {
		return "", false
	}
	return who, true
}

// nameParticles are the lower-case words inside a person's name.
var nameParticles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true, "da": true,
	"dos": true, "das": true, "do": true, "di": true, "la": true, "le": true, "al": true, "el": true, "bin": true, "bint": true, "ibn": true, "y": true, "e": true}

// missionSummary returns the States whose missions issue a summary of a
// meeting they convened: a masthead line ("Co-organised by the Republic
// of Korea and Sierra Leone, 19 April 2024") or a sentence of the first
// two paragraphs after the masthead whose subject names the missions
// ("the Permanent Missions of the Republic of Korea, Slovenia and Sierra
// Leone to the United Nations, together with the Permanent Mission of
// Estonia, convened ...", "the Permanent Mission of Mexico co-hosted with
// the Permanent Mission of Kenya ..." gives Mexico alone), in a document
// that calls itself a summary ("This summary is issued under the
// responsibility of the co-organisers", "The co-hosts will share this
// summary"). Nil otherwise.
func missionSummary(ps []*para) []string {
	summary := false
	for _, p := range ps {
		for k := 0; k+1 < len(p.toks) && !summary; k++ {
			if p.toks[k+1].low == "summary" && (p.toks[k].low == "this" || p.toks[k].low == "present") {
				summary = true
			}
		}
	}
	if !summary {
		return nil
	}
	body := 0
	for _, p := range ps[:min(8, len(ps))] {
		if body == 2 {
			break
		}
		if len(p.toks) < 16 {
			// a masthead line: "Co-organised by the Republic of Korea and
			// Sierra Leone, 19 April 2024"
			k := 0
			if len(p.toks) > 1 && p.toks[0].low == "co" {
				k = 1 // "Co-organised by", in two tokens
			}
			if len(p.toks) > k+2 && convenedVerbs[p.toks[k].low] && p.toks[k+1].low == "by" {
				var out []string
				for _, m := range p.actors {
					if len(m.code) == 3 && !groupCodes[m.code] && m.code != "AUTHOR" {
						out = appendActor(out, m.code)
					}
				}
				if len(out) > 0 {
					return out
				}
			}
			continue
		}
		body++
		for _, sr := range p.sentences() {
			mission := false
			for k := sr[0]; k < sr[1]; k++ {
				w := p.toks[k].low
				if w == "mission" || w == "missions" {
					mission = true
					continue
				}
				if !convenedVerbs[w] {
					continue
				}
				if !mission {
					break
				}
				var out []string
				for _, m := range p.actors {
					if m.i >= sr[0] && m.j <= k && len(m.code) == 3 && !groupCodes[m.code] && m.code != "AUTHOR" {
						out = appendActor(out, m.code)
					}
				}
				return out
			}
		}
	}
	return nil
}

// communiqueParties returns the two or three States of a joint communiqué
// written in the third person: a short line among the first three that
// calls the text a joint communiqué, statement or press release, and the
// States the first four lines name, when there are two or three. Nil
// otherwise.
func (t *Tagger) communiqueParties(ps []*para) []string {
	joint := false
	for _, p := range ps[:min(len(ps), 3)] {
		if len(p.toks) > 12 {
			continue
		}
		for k, tk := range p.toks {
			if tk.low == "communiqué" || tk.low == "communique" || tk.low == "joint" && k+1 < len(p.toks) && (p.toks[k+1].low == "statement" || p.toks[k+1].low == "press" || p.toks[k+1].low == "declaration") {
				joint = true
			}
		}
	}
	if !joint {
		return nil
	}
	var out []string
	for _, p := range ps[:min(len(ps), 4)] {
		if len(p.toks) > 40 {
			break
		}
		for _, m := range p.actors {
			if len(m.code) == 3 && !groupCodes[m.code] && m.code != "AUTHOR" {
				out = appendActor(out, m.code)
			}
		}
	}
	if len(out) < 2 || len(out) > 3 {
		return nil
	}
	return out
}

// partyNouns name the parties of a joint communiqué after "both" or "the
// two": "Both sides", "the two countries", "The two Ministers".
var partyNouns = map[string]bool{"sides": true, "countries": true, "ministers": true, "governments": true, "parties": true, "leaders": true,
	"presidents": true, "delegations": true}

// markParties adds a first-person hit for each phrase that names the
// parties of a joint communiqué: "Both sides", "the two countries", "The
// Ministers".
func (p *para) markParties() {
	for k := 0; k+1 < len(p.toks); k++ {
		if p.toks[k].quoted {
			continue
		}
		switch {
		case (p.toks[k].low == "both" || p.toks[k].low == "the") && partyNouns[p.toks[k+1].low] && (p.toks[k].low == "both" || p.toks[k+1].capInit):
			// "Both sides", "The Ministers" (not "the countries of the region")
			p.addFirstPerson(k, k+2)
			k++
		case p.toks[k].low == "the" && k+2 < len(p.toks) && p.toks[k+1].low == "two" && partyNouns[p.toks[k+2].low]:
			p.addFirstPerson(k, k+3)
			k += 2
		}
	}
}

// markSponsors makes the sponsors a text named before (codes) the actors
// of "the sponsors", "the co-sponsors", "our co-sponsors" ("In the
// sponsors' view, ..."); not of "the sponsors of" anything but a draft or
// a resolution ("the sponsors of the programme of action" may be others),
// nor of "many of the co-sponsors".
func (p *para) markSponsors(codes []string) {
	var add []actorMention
	for k := 0; k+1 < len(p.toks); k++ {
		if p.toks[k].quoted || !sponsorDeterminers[p.toks[k].low] || k > 0 && p.toks[k-1].low == "of" {
			continue // (not "many of the co-sponsors": some of them)
		}
		e := k + 1
		if e+1 < len(p.toks) && (p.toks[e].low == "main" || p.toks[e].low == "other" || p.toks[e].low == "co") {
			e++
		}
		if w := p.toks[e].low; w != "sponsors" && w != "cosponsors" {
			continue
		}
		if e+2 < len(p.toks) && p.toks[e+1].low == "of" && !p.toks[e+1].clause {
			switch p.toks[e+2].low {
			case "the", "this", "our", "that":
				if e+3 < len(p.toks) && (p.toks[e+3].low == "draft" || p.toks[e+3].low == "resolution" || p.toks[e+3].low == "text") {
					break
				}
				continue
			case "l", "draft", "resolution":
			default:
				continue
			}
		}
		// one mention for the set: "EGY+FRA+ITA" (memberCodes lists them)
		add = append(add, actorMention{code: strings.Join(codes, "+"), i: k, j: e + 1})
		k = e
	}
	if len(add) == 0 {
		return
	}
	p.actors = append(p.actors, add...)
	slices.SortFunc(p.actors, func(a, b actorMention) int { return a.i - b.i })
}

// sponsorDeterminers open a phrase naming a text's sponsors.
var sponsorDeterminers = map[string]bool{"the": true, "our": true, "all": true}

// markAddressee makes the letter's addressee (code) an actor where the
// letter names it in the second person: "your Government", "your
// delegation", "your country", and "you" opening a clause ("You suggest
// that ...").
func (p *para) markAddressee(code string) {
	var add []actorMention
	for k := 0; k < len(p.toks); k++ {
		if p.toks[k].quoted {
			continue
		}
		switch {
		case p.toks[k].low == "your" && k+1 < len(p.toks) && addresseeNouns[p.toks[k+1].low]:
			add = append(add, actorMention{code: code, i: k, j: k + 2})
			k++
		case p.toks[k].low == "you" && (k == 0 || p.toks[k].sent != p.toks[k-1].sent || p.toks[k].clause):
			add = append(add, actorMention{code: code, i: k, j: k + 1})
		}
	}
	if len(add) == 0 {
		return
	}
	p.actors = append(p.actors, add...)
	slices.SortFunc(p.actors, func(a, b actorMention) int { return a.i - b.i })
}

// addresseeNouns name the addressee of a letter after "your".
var addresseeNouns = map[string]bool{"government": true, "delegation": true, "country": true, "ministry": true}

// convenedVerbs are the verbs of convening a meeting.
var convenedVerbs = map[string]bool{"convened": true, "organised": true, "organized": true, "hosted": true, "co-hosted": true, "cohosted": true,
	"co-organised": true, "co-organized": true, "held": true, "co-chaired": true, "co-convened": true}

// parties are the party labels in brackets that end a member's turn
// label in the record of a Westminster-style parliament.
var parties = map[string]bool{"Con": true, "Lab": true, "LD": true, "CB": true, "Bp": true, "SNP": true, "DUP": true, "PC": true, "Green": true, "Non-Afl": true,
	"UUP": true, "Ind": true, "Lab Co-op": true, "SDLP": true, "Alba": true, "Reform": true, "Ind Con": true, "Ind Lab": true, "Lib Dem": true, "SF": true, "Ind LD": true, "Ind CB": true}

// debateTurn reads the label that opens a member's turn in a parliament's
// record: a name or an office, perhaps the member's name or constituency
// in brackets, then the party in brackets and a colon ("Lord Fenwick of
// Alnmouth (Con):", "Mr John Hale (Bexley) (Lab):", "The Minister of
// State, Foreign, Commonwealth and Development Office (Lord Collins of
// Highbury) (Lab):"). It returns the office ("" for a member speaking
// as such), the end of the label after its colon, and whether the
// paragraph opens such a turn.
func debateTurn(text string) (office string, end int, ok bool) {
	label, open, c := bracketLabel(text)
	if open < 1 || !parties[strings.TrimSpace(label[open+1:len(label)-1])] {
		return "", 0, false
	}
	label = strings.TrimSpace(label[:open])
	if strings.HasSuffix(label, ")") {
		// the member's name after an office, or a constituency
		open = strings.LastIndexByte(label, '(')
		if open < 1 {
			return "", 0, false
		}
		label = strings.TrimSpace(label[:open])
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 20 || strings.ContainsAny(label, "0123456789()") || !unicode.IsUpper([]rune(label)[0]) {
		return "", 0, false
	}
	if words[0] == "The" {
		office = label
	}
	return office, c + 1, true
}

// chamberTurn reads the label that opens a turn in the verbatim report of
// the European Parliament: a name and, after a comma or in brackets, the
// political group or an office, then a full stop and a dash ("Rasa
// Vaitkienė, on behalf of the PPE Group. – ", "Jan Horak (Renew). – ",
// "Josep Borrell Fontelles, Vice-President of the Commission / High
// Representative of the Union for Foreign Affairs and Security Policy. –
// ", "President. – "). It returns the office ("" for a member or the
// presiding officer), the end of the label after its dash, and whether
// the paragraph opens such a turn.
func chamberTurn(text string) (office string, end int, ok bool) {
	dot := -1
	for _, sep := range []string{". – ", ". — "} {
		if k := strings.Index(text, sep); k > 0 && k < 300 && (dot < 0 || k < dot) {
			dot, end = k, k+len(sep)
		}
	}
	if dot < 0 {
		return "", 0, false
	}
	label := text[:dot]
	if label == "President" {
		return "", end, true
	}
	name, rest := label, ""
	if k := strings.IndexAny(label, ",("); k > 0 {
		name, rest = strings.TrimSpace(label[:k]), strings.TrimSpace(label[k+1:])
		if label[k] == '(' {
			if !strings.HasSuffix(rest, ")") || strings.ContainsAny(rest[:len(rest)-1], "()") {
				return "", 0, false
			}
			rest = "" // the political group: "(PPE)", "(S&D)"
		}
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 5 || strings.ContainsAny(label, "0123456789") {
		return "", 0, false
	}
	for _, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !nameParticles[w] {
			return "", 0, false
		}
	}
	if rest == "" || strings.HasPrefix(rest, "on behalf of the ") && strings.Contains(rest, "Group") ||
		strings.HasPrefix(rest, "rapporteur") || strings.HasPrefix(rest, "author") {
		return "", end, true
	}
	if len(strings.Fields(rest)) > 24 {
		return "", 0, false
	}
	return rest, end, true
}

// unionOffice reports an office of the European Union's institutions
// that speaks for the Union in a debate: a member of the Commission, the
// High Representative, the presidency of the Council.
func unionOffice(office string) bool {
	return strings.Contains(office, "of the Commission") || strings.Contains(office, "High Representative") || strings.Contains(office, "of the Council")
}

// debateSpeakers are the speakers a parliament's record has named in full
// turn labels, by surname, each with the office it spoke in ("" for a
// member), so that their later turns may be labelled with a name alone
// ("Eleanor Vance:", "Dr Fenwick:").
type debateSpeakers map[string]string

// newDebateSpeakers collects the speakers of the full turn labels of paras.
func newDebateSpeakers(paras []Para) debateSpeakers {
	ds := debateSpeakers{}
	for _, p := range paras {
		c := strings.IndexByte(p.Text, ':')
		if c < 0 {
			continue
		}
		office, _, ok := debateTurn(p.Text)
		if !ok {
			if office, _, ok = officeTurn(p.Text); !ok {
				continue
			}
		}
		label := strings.TrimSpace(p.Text[:c])
		// the member's name: the label without its brackets, or, after an
		// office, the name in the first brackets
		name := label
		if open := strings.IndexByte(label, '('); open > 0 {
			name = strings.TrimSpace(label[:open])
			if office != "" {
				if end := strings.IndexByte(label[open:], ')'); end > 0 {
					name = label[open+1 : open+end]
				}
			}
		}
		if sn := surname(name); sn != "" {
			if _, seen := ds[sn]; !seen {
				ds[sn] = office
			}
		}
	}
	return ds
}

// surname is the last word of a person's name before any " of " ("Lord
// Fenwick of Alnmouth": "Fenwick"), or "" for an office.
func surname(name string) string {
	if strings.HasPrefix(name, "The ") {
		return ""
	}
	if k := strings.Index(name, " of "); k > 0 {
		name = name[:k]
	}
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// turn reads the label that opens a turn: a full label (debateTurn), an
// office with the minister's name in brackets and no party
// (officeTurn), or the name alone of a speaker named in full before
// ("Eleanor Vance:", "Dr Fenwick:"), who speaks in the office it had then.
func (ds debateSpeakers) turn(text string) (office string, end int, ok bool) {
	if office, end, ok = debateTurn(text); ok {
		return office, end, ok
	}
	if office, end, ok = officeTurn(text); ok {
		return office, end, ok
	}
	if office, end, ok = chamberTurn(text); ok {
		return office, end, ok
	}
	c := strings.IndexByte(text, ':')
	if c < 3 || c > 40 {
		return "", 0, false
	}
	ws := strings.Fields(text[:c])
	if len(ws) == 0 || len(ws) > 4 {
		return "", 0, false
	}
	for _, w := range ws {
		if !unicode.IsUpper([]rune(w)[0]) || strings.ContainsAny(w, "0123456789()") {
			return "", 0, false
		}
	}
	office, ok = ds[ws[len(ws)-1]]
	return office, c + 1, ok
}

// ministerWords name a minister's office in a turn label.
var ministerWords = map[string]bool{"Minister": true, "Secretary": true, "Under-Secretary": true, "Solicitor": true, "Attorney": true, "Leader": true, "Chancellor": true, "Paymaster": true}

// officeTurn reads a turn label that names a minister's office and, in
// brackets, the minister, with no party: "The Parliamentary
// Under-Secretary of State for Foreign, Commonwealth and Development
// Affairs (Daniel Ashworth):". It returns the office.
func officeTurn(text string) (office string, end int, ok bool) {
	label, open, c := bracketLabel(text)
	if open < 1 || strings.ContainsAny(label[open:], "0123456789") {
		return "", 0, false
	}
	office = strings.TrimSpace(label[:open])
	ws := strings.Fields(office)
	if len(ws) < 2 || len(ws) > 20 || ws[0] != "The" || strings.ContainsAny(office, "()") {
		return "", 0, false
	}
	for _, w := range ws {
		if ministerWords[strings.TrimRight(w, ",")] {
			return office, c + 1, true
		}
	}
	return "", 0, false
}

// bracketLabel returns the label before the colon that opens a turn
// (within 240 bytes), trimmed, the index of the last opening bracket in
// it when the label ends with a bracket (else -1), and the colon's index.
func bracketLabel(text string) (label string, open, colon int) {
	c := strings.IndexByte(text, ':')
	if c < 5 || c > 240 {
		return "", -1, c
	}
	label = strings.TrimSpace(text[:c])
	if !strings.HasSuffix(label, ")") {
		return label, -1, c
	}
	return label, strings.LastIndexByte(label, '('), c
}

// debateTurns counts the paragraphs that open a member's turn (debateTurn,
// chamberTurn).
func debateTurns(paras []Para) int {
	n := 0
	for _, p := range paras {
		if _, _, ok := debateTurn(p.Text); ok {
			n++
		} else if _, _, ok := chamberTurn(p.Text); ok {
			n++
		}
	}
	return n
}

// officeState returns the one State a minister's office names ("The
// Parliamentary Under-Secretary of State, Foreign, Commonwealth and
// Development Office" names GBR in the gazetteer), or "".
func (t *Tagger) officeState(office string) string {
	if office == "" {
		return ""
	}
	p := t.analyse(office)
	code := ""
	for _, m := range p.actors {
		if len(m.code) != 3 || groupCodes[m.code] || code != "" && m.code != code {
			return ""
		}
		code = m.code
	}
	return code
}

// recordLabelEnd returns the end of a verbatim record's turn label, after
// its colon.
func recordLabelEnd(text string) (int, bool) {
	if _, ok := recordTurn(text); !ok {
		return 0, false
	}
	return strings.IndexByte(text, ':') + 1, true
}

// recordedTurns counts the turns of a verbatim record whose label names a
// State or organisation ("Mr. Li (China):"); not a constituency, a party
// or "(continued)".
func (t *Tagger) recordedTurns(paras []Para) int {
	n := 0
	for _, p := range paras {
		if who, ok := recordTurn(p.Text); ok && who != "" {
			if code, found := t.ResolveActor(who); found && code != "AUTHOR" {
				n++
			}
		}
	}
	return n
}

// introducedAs returns the State of the person a transcript's speaker label
// names ("VERMEULEN", "Helen Marsh") when the document introduces that
// person in an office of one State: "With me are Ingrid Vermeulen, the
// Netherlands' ambassador for cyber; Hossein Tabrizi, a counsellor at the
// Permanent Mission of Iran; ...". The introduction is the first mention
// of the label's last word outside a speaker label, written as a name
// (after a first name or a title: "Ingrid Vermeulen", "Ambassador
// Vermeulen"); it runs to the end of the clause (a semicolon, the end of
// the sentence, the next name or title), must name an office held now
// (officeWords, not after "former") and exactly one State. "" otherwise,
// or when the person is not introduced; a role ("CHAIR", "MODERATOR") is
// not a name.
func introducedAs(ps []*para, paras []Para, label string) string {
	words := strings.Fields(label)
	if len(words) == 0 {
		return ""
	}
	name := strings.ToLower(strings.Trim(words[len(words)-1], ".,()"))
	if len(name) < 3 || roleLabels[name] {
		return ""
	}
	for i, p := range ps {
		from := 0
		if speakerLabel(paras[i].Text) != "" {
			// skip the paragraph's own label, up to its colon
			c := strings.IndexByte(p.text, ':')
			for from < len(p.toks) && p.toks[from].e <= c {
				from++
			}
		}
		for k := max(from, 1); k < len(p.toks); k++ {
			tk := p.toks[k]
			if tk.low != name || !tk.capInit || tk.quoted {
				continue
			}
			prev := p.toks[k-1]
			if !(prev.capInit && k-1 >= from && !isFunctionWord(prev.low) && !roleLabels[prev.low] || personTitles[prev.low]) || tk.clause {
				continue // "the Chair", "Vermeulen" opening a clause
			}
			if code := p.appositionOffice(k, from); code != "" {
				// "the Minister for Europe and Foreign Affairs of France,
				// Mr Jean-Noël Barrot, and ...": the office before the name
				return code
			}
			end := k + 1
			for end < len(p.toks) && p.toks[end].sent == tk.sent && !p.markBefore(end, ";") && !nextPerson(p, end) {
				end++
			}
			office := officeWords[prev.low] // "Ambassador Vermeulen of the Netherlands"
			for j := k + 1; j < end; j++ {
				if pastOffice[p.toks[j].low] {
					return "" // "a former Russian diplomat" speaks for no State
				}
				office = office || officeWords[p.toks[j].low]
			}
			if !office {
				return "" // "who teaches law in Nairobi": no State's voice
			}
			code := ""
			for _, m := range p.actors {
				if m.i <= k || m.i >= end || len(m.code) != 3 || groupCodes[m.code] {
					continue
				}
				if code != "" && code != m.code {
					return "" // two States: no telling
				}
				code = m.code
			}
			if code == "" && i > 0 {
				// "Witnesses: Martin Keane MP, Minister of State" under
				// "Oral evidence: The UK's cyber diplomacy", or under
				// "Foreign Affairs Committee" / "Inquiry into New Zealand's
				// engagement ...": an office that names no State is of the
				// one the masthead lines before it name alone
				if m, ok := ps[0].soleState(); ok {
					code = m.code
				} else {
					code = mastheadState(ps[:i])
				}
			}
			return code
		}
	}
	return ""
}

// affiliationWords name a post in a State's or a group's service, beside
// officeWords: "Head of International Cyber Policy at the United
// Kingdom's Foreign, Commonwealth and Development Office", "of the Cyber
// Issues Division of the European External Action Service".
var affiliationWords = map[string]bool{"head": true, "office": true, "department": true, "division": true, "service": true, "commission": true}

// chairWords name a chair's post, which speaks for no State.
var chairWords = map[string]bool{"chair": true, "chairman": true, "chairperson": true, "chairwoman": true, "president": true, "moderator": true, "rapporteur": true, "facilitator": true}

// markPersons finds the people an analysis introduces with a post in one
// State's or group's service ("Eleanor Whitcombe, Head of International
// Cyber Policy at the United Kingdom's Foreign, Commonwealth and
// Development Office, said ...") and makes their surnames, from there on,
// mentions of that actor ("Ms Whitcombe disagreed").
func markPersons(ps []*para) {
	type person struct {
		code string
		at   int // the paragraph that introduces the person
	}
	known := map[string]person{}
	for i, p := range ps {
		for k := 1; k+1 < len(p.toks); k++ {
			tk, prev := p.toks[k], p.toks[k-1]
			if !tk.capInit || tk.quoted || len(tk.low) < 3 || !p.markBefore(k+1, ",") || tk.clause {
				continue
			}
			if !(prev.capInit && !isFunctionWord(prev.low) && !roleLabels[prev.low] || personTitles[prev.low]) {
				continue
			}
			if _, ok := p.actorAt(k - 1); ok {
				continue // "the United Kingdom, ..."
			}
			if _, seen := known[tk.low]; seen {
				continue
			}
			b := k - 1
			for b > 0 && k-b < 3 && p.toks[b-1].capInit && p.toks[b-1].sent == tk.sent && !p.toks[b].clause {
				b--
			}
			if b > 0 && p.toks[b-1].sent == tk.sent && !p.toks[b].clause && !personTitles[p.toks[b].low] && isFunctionWord(p.toks[b-1].low) {
				continue // "the United Nations, together with ...": a body, not a person
			}
			end := k + 1
			for end < len(p.toks) && end-k <= 18 && p.toks[end].sent == tk.sent && !p.markBefore(end, ";") && !nextPerson(p, end) {
				end++
			}
			office, past := false, false
			for j := max(0, k-8); j < k; j++ {
				// "the Chair of the Informal Intersessional, David Koh, ..."
				past = past || chairWords[p.toks[j].low] && p.toks[j].sent == tk.sent
			}
			for j := k + 1; j < end; j++ {
				w := p.toks[j].low
				office = office || officeWords[w] || affiliationWords[w]
				past = past || pastOffice[w] || chairWords[w]
			}
			if !office || past {
				// "an international lawyer at the Graduate Institute", "a
				// former legal adviser", "David Koh, Chair of the OEWG"
				continue
			}
			code := ""
			for _, m := range p.actors {
				if m.i <= k || m.i >= end || m.code == "AUTHOR" || m.code == "WEST" || m.code == "LIKE_MINDED" {
					continue
				}
				if code != "" && code != m.code {
					code = "-" // two actors: no telling
					break
				}
				code = m.code
			}
			if code != "" && code != "-" {
				known[tk.low] = person{code, i}
			}
		}
	}
	if len(known) == 0 {
		return
	}
	for i, p := range ps {
		var add []actorMention
		for k := 0; k < len(p.toks); k++ {
			tk := p.toks[k]
			who, ok := known[tk.low]
			if !ok || i < who.at || !tk.capInit || tk.quoted {
				continue
			}
			if after := strings.TrimSpace(p.text[tk.e:]); strings.HasPrefix(after, ":") || strings.HasPrefix(after, "(") {
				// a transcript's speaker label ("MONTERO:", "MR. VERHAGEN
				// (Netherlands):"), read as a turn
				continue
			}
			if slices.ContainsFunc(p.actors, func(m actorMention) bool { return m.i <= k && k < m.j }) {
				continue // already a name in the gazetteer
			}
			from := k
			if k > 0 && (personTitles[p.toks[k-1].low] || p.toks[k-1].capInit && !p.toks[k-1].clause && !isFunctionWord(p.toks[k-1].low)) && p.toks[k-1].sent == tk.sent {
				from = k - 1 // "Ms Whitcombe", "Eleanor Whitcombe"
			}
			add = append(add, actorMention{code: who.code, i: from, j: k + 1})
		}
		if len(add) > 0 {
			p.actors = append(p.actors, add...)
			slices.SortFunc(p.actors, func(a, b actorMention) int { return a.i - b.i })
		}
	}
}

// appositionOffice returns the State of the office named right before a
// person's name set off by a comma and opening with a courtesy title ("the
// Minister of Foreign Affairs of Brazil, Mr Mauro Vieira"), whose last word
// is at k; "" when there is none.
// The State is the one named nearest before the name, within a few words
// that also name an office.
func (p *para) appositionOffice(k, from int) string {
	b := k
	for b > from && !p.toks[b].clause && p.toks[b-1].capInit {
		b--
	}
	if b <= from || !p.toks[b].clause || !p.markBefore(b, ",") || !courtesyTitles[p.toks[b].low] {
		return "" // not "..., Counsellor Tabrizi of Iran": an office in the name is read after it
	}
	lo := max(from, b-12)
	office := false
	for j := lo; j < b; j++ {
		office = office || officeWords[p.toks[j].low]
	}
	if !office {
		return ""
	}
	code := ""
	for _, m := range p.actors {
		if m.i >= lo && m.j <= b && len(m.code) == 3 && !groupCodes[m.code] {
			code = m.code // the nearest before the name
		}
	}
	return code
}

// courtesyTitles open a person's name that names no office ("Mr Mauro
// Vieira").
var courtesyTitles = map[string]bool{"mr": true, "ms": true, "mrs": true, "dr": true, "madam": true, "sir": true, "dame": true}

// officeWords name a State office held now: a person introduced with one
// speaks for its State ("the Netherlands' ambassador for cyber").
var officeWords = map[string]bool{"adviser": true, "advisor": true, "director": true, "ambassador": true, "counsellor": true, "counselor": true, "mission": true, "ministry": true, "minister": true,
	"delegate": true, "delegation": true, "representative": true, "envoy": true, "official": true, "diplomat": true, "negotiator": true, "spokesperson": true, "spokesman": true, "spokeswoman": true}

// pastOffice marks an office no longer held ("a former Dutch diplomat").
var pastOffice = map[string]bool{"former": true, "formerly": true, "retired": true, "ex": true, "once": true, "previously": true, "until": true}

// roleLabels are speaker labels that name a role, not a person.
var roleLabels = map[string]bool{"chair": true, "chairman": true, "chairperson": true, "chairwoman": true, "moderator": true, "host": true,
	"guest": true, "question": true, "answer": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, "president": true,
	"speaker": true, "interviewer": true, "presenter": true, "audience": true, "participant": true, "narrator": true, "anchor": true,
	"reporter": true, "journalist": true, "editor": true, "secretary": true, "minister": true, "ambassador": true, "delegate": true}

// personTitles are the titles before a surname ("Ambassador Vermeulen").
var personTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "professor": true, "ambassador": true,
	"minister": true, "judge": true, "senator": true, "counsellor": true, "counselor": true, "colonel": true, "general": true, "sir": true, "dame": true, "lord": true, "lady": true}

// nextPerson reports the start of the next person's introduction at token
// k: "and" before a name or a title ("and Professor Njoroge"), or a title
// after a comma (", Counsellor Tabrizi").
func nextPerson(p *para, k int) bool {
	if p.toks[k].low == "and" && k+1 < len(p.toks) {
		n := p.toks[k+1]
		_, actor := p.actorAt(k + 1)
		return personTitles[n.low] || n.capInit && !actor
	}
	// a title, not an office: "Minister of State", "Director, Cyber
	// Policy Department"
	return p.toks[k].clause && personTitles[p.toks[k].low] && k+1 < len(p.toks) && p.toks[k+1].capInit && !p.toks[k+1].clause
}

// introducedTurns reports a transcript with a speaker whose label the
// document introduces in an office of a State (introducedAs): a hearing of
// a government's witnesses, whose masthead may have made it look like that
// government's statement, is each speaker's. The labels it reads are kept
// in introduced, by label.
func introducedTurns(ps []*para, paras []Para, introduced map[string]string) bool {
	for _, p := range paras {
		l := speakerLabel(p.Text)
		if len(l) < 2 {
			continue
		}
		code, ok := introduced[l]
		if !ok {
			code = introducedAs(ps, paras, l)
			introduced[l] = code
		}
		if code != "" {
			return true
		}
	}
	return false
}

// labelledTurns counts the paragraphs that open with a speaker label, when
// some label opens two or more of them or names a role ("MODERATOR:"): in
// a transcript someone speaks twice or chairs, while a note's labelled
// lines ("EU: common line ...", "NAM: statement expected ...", "IHL: hold
// the line ...") name each once.
func labelledTurns(paras []Para) int {
	n, turns := 0, false
	seen := map[string]bool{}
	for _, p := range paras {
		if l, ok := turnLabel(p.Text); ok {
			n++
			turns = turns || seen[l] || roleLabels[strings.ToLower(l)]
			seen[l] = true
		}
	}
	if !turns {
		return 0
	}
	return n
}

// namedTurns reports a transcript whose turns open with speakers' names
// (speakerLabel; not "Q", not "A (continued)"): two or more speakers with
// two or more turns each, and at least five labelled turns, a third of the
// paragraphs or more.
func namedTurns(paras []Para) bool {
	count := map[string]int{}
	n := 0
	for _, p := range paras {
		if l := speakerLabel(p.Text); len(l) > 1 && !strings.ContainsAny(l, "()") {
			count[l]++
			n++
		}
	}
	speakers := 0
	for _, c := range count {
		if c >= 2 {
			speakers++
		}
	}
	return speakers >= 2 && n >= 5 && 3*n >= len(paras)
}

// mixedLabels reports a transcript whose turns open with labels in
// capitals ("MODERATOR:") and with names ("Ms. Tamm:"), two turns or more
// of each.
func mixedLabels(paras []Para) bool {
	caps, names := 0, 0
	for _, p := range paras {
		if _, ok := turnLabel(p.Text); ok {
			caps++
		} else if l := speakerLabel(p.Text); len(l) > 1 && !strings.ContainsAny(l, "()") {
			names++
		}
	}
	return caps >= 2 && names >= 2
}

// selfInstitution reports a paragraph that names "the Ministry" with no
// State after it ("The Ministry regards this as a loss"; not "the Ministry
// of Defence of Chile"). "The Government" is left out: a parliament's
// hearing speaks of its own government without naming its State.
func selfInstitution(p *para) bool {
	for k := 1; k+1 < len(p.toks); k++ {
		if p.toks[k].low != "ministry" || p.toks[k-1].low != "the" || p.toks[k].quoted {
			continue
		}
		if n := p.toks[k+1].low; n == "of" && !strings.HasPrefix(p.text[p.toks[k+1].e:], " Foreign") || n == "s" {
			continue // "the Ministry of Defence", "the Ministry's": any State's
		}
		if _, ok := p.actorBefore(k - 1); ok {
			continue
		}
		return true
	}
	return false
}

// speechWords open the masthead of a speech ("Keynote address by ...",
// "Remarks by ...", "Statement by ...").
var speechWords = map[string]bool{"address": true, "remarks": true, "statement": true, "speech": true, "briefing": true, "keynote": true, "message": true, "summary": true, "lecture": true}

// officialTitles are the words of the title of a UN official or a chair.
var officialTitles = map[string]bool{"secretary": true, "chair": true, "chairperson": true, "chairman": true, "chairwoman": true, "president": true, "director": true,
	"envoy": true, "rapporteur": true, "coordinator": true, "representative": true, "commissioner": true}

// diplomaticRanks come before "Secretary" in the rank of a mission's
// diplomat: "First Secretary", "Second Secretary".
var diplomaticRanks = map[string]bool{"first": true, "second": true, "third": true, "attaché": true}

// officialMasthead reports a document that opens with the masthead of a
// speech or summary by a UN official or a chair, naming no State:
// "Keynote address by the Deputy to the High Representative for
// Disarmament Affairs", "Chair's summary", "Remarks by the Chair of the
// Open-ended Working Group". Such a speaker holds positions with no actor
// code (guideline: chairs and UN officials), so its first person is no
// one's code, not the author's.
func officialMasthead(ps []*para) bool {
	for _, p := range ps[:min(len(ps), 3)] {
		if chairCapacity(p) {
			return true // "In my capacity as Chair of the open-ended working group, I have the honour ..."
		}
	}
	for _, p := range ps[:min(len(ps), 3)] {
		if len(p.toks) == 0 || len(p.toks) > 40 || len(p.actors) > 0 {
			continue
		}
		k, ok := speechHead(p)
		if !ok {
			continue
		}
		if p.toks[k].low == "summary" {
			// "Chair's summary", "Chair's summary of the discussions"
			if k > 0 && (p.toks[k-1].low == "chair" || k > 1 && p.toks[k-1].low == "s" && p.toks[k-2].low == "chair") {
				return true
			}
			continue
		}
		if k+1 >= len(p.toks) || p.toks[k+1].low != "by" && p.toks[k+1].low != "of" {
			continue
		}
		if slices.ContainsFunc(p.toks[k+2:], func(t tok) bool { return t.low == "ministry" || t.low == "ministère" }) {
			// "Statement by Ms. Nandini Raghavan, Joint Secretary (Cyber
			// Diplomacy), Ministry of External Affairs": a State's official
			continue
		}
		for n := k + 2; n < len(p.toks); n++ {
			w := p.toks[n].low
			if w == "representative" && (n == 0 || p.toks[n-1].low != "high") {
				continue // "Permanent Representative" names a State's envoy
			}
			if w == "secretary" && diplomaticRanks[p.toks[n-1].low] {
				continue // "First Secretary" is a rank in a State's mission
			}
			if officialTitles[w] {
				return true
			}
		}
	}
	return false
}

// speechHead returns the last of the speech words among the first words
// of a masthead line: "address" in "Keynote address by ...", "remarks"
// in "Opening remarks of ...", "summary" in "Chair's summary".
func speechHead(p *para) (int, bool) {
	k := 0
	for k < len(p.toks) && k < 3 && !speechWords[p.toks[k].low] {
		k++
	}
	if k >= len(p.toks) || k == 3 {
		return 0, false
	}
	for k+1 < len(p.toks) && speechWords[p.toks[k+1].low] {
		k++ // "Keynote address by"
	}
	return k, true
}

// officeSpeech is the State of a speech whose masthead line names its
// speaker by a State office alone ("Remarks by the Legal Adviser to the
// Department of Foreign Affairs", "Address by the Minister for Foreign
// Affairs"): the one State the other masthead lines name ("International
// Law and Cyberspace: Where Ireland Stands"), or "".
func officeSpeech(ps []*para) string {
	for i, p := range ps[:min(len(ps), 3)] {
		if len(p.toks) == 0 || len(p.toks) > 30 || len(p.actors) > 0 {
			continue
		}
		k, ok := speechHead(p)
		if !ok || !p.toks[k].capInit && (k == 0 || !p.toks[k-1].capInit) {
			continue
		}
		if k+1 >= len(p.toks) || p.toks[k+1].low != "by" {
			continue
		}
		office := false
		for _, tk := range p.toks[k+2:] {
			if pastOffice[tk.low] {
				return "" // "Lecture by a former Legal Adviser"
			}
			office = office || officeWords[tk.low]
		}
		if !office {
			continue
		}
		others := slices.Concat(ps[:i:i], ps[i+1:min(len(ps), 3)])
		if len(others) == 0 {
			return ""
		}
		if m, ok := others[0].soleState(); ok && i > 0 {
			return m.code
		}
		return mastheadState(others)
	}
	return ""
}

// chairCapacity reports a chair writing in that capacity: "In my capacity
// as Chair of the working group", "in my capacity as President".
func chairCapacity(p *para) bool {
	for k := 0; k+3 < len(p.toks); k++ {
		if p.toks[k].low != "my" || p.toks[k+1].low != "capacity" || p.toks[k+2].low != "as" {
			continue
		}
		n := k + 3
		if p.toks[n].low == "the" && n+1 < len(p.toks) {
			n++
		}
		switch p.toks[n].low {
		case "chair", "chairperson", "chairman", "chairwoman", "president", "facilitator", "co":
			return true
		}
	}
	return false
}

// titleLine reports a document's first paragraph that is its title: at
// most 20 words and no closing punctuation ("Global POC directory
// established by OEWG on ICT security", "UN OEWG: Joint stakeholder
// statement"). A title is "other", whatever pillar it names (guideline:
// titles, table-of-contents items).
func titleLine(p *para) bool {
	text := strings.TrimSpace(p.text)
	if text == "" || len(strings.Fields(text)) > 20 {
		return false
	}
	switch text[len(text)-1] {
	case '.', ';', ':', '?', '!', ',':
		return false
	}
	return true
}

// letterHead reports the heading of a letter or note verbale to the United
// Nations from States' representatives: "Letter dated 30 May 2023 from the
// Permanent Representatives of Belarus, ... and the Syrian Arab Republic to
// the United Nations addressed to the Secretary-General" (or "from the
// Permanent Mission(s) of", "from the Chargé d'affaires a.i. of"). Such a
// letter, and the text annexed to it, is its senders' statement.
func letterHead(p *para) bool {
	toks := p.toks
	k := firstWord(p)
	if k+1 >= len(toks) {
		return false
	}
	switch {
	case toks[k].low == "letter" || toks[k].low == "letters":
	case toks[k].low == "identical" && toks[k+1].low == "letters":
	case toks[k].low == "note" && toks[k+1].low == "verbale":
	default:
		return false
	}
	for i := k + 1; i+3 < len(toks) && i <= k+12; i++ {
		if toks[i].low != "from" {
			continue
		}
		j := i + 1
		if toks[j].low == "the" {
			j++
		}
		for j < len(toks) && j <= i+8 && toks[j].low != "of" {
			switch toks[j].low {
			case "permanent", "representative", "representatives", "mission", "missions", "chargé", "charge", "d'affaires", "d", "affaires", "a.i", "a.i.", "deputy", "and", "ambassador", "ambassadors", "acting":
				j++
				continue
			}
			return false
		}
		if j < len(toks) && toks[j].low == "of" {
			return true
		}
		return false
	}
	return false
}

// reportedTurn reports a paragraph that reports, in the third person, what
// a delegation said: "The representative of Indonesia, speaking on behalf
// of the Non-Aligned Movement, said ..." and "Speaking for ASEAN, Malaysia
// welcomed ..." open turns of a summary record, not the masthead of a
// statement.
func reportedTurn(p *para) bool {
	if p.has(cFirst, 0, len(p.toks)) {
		return false
	}
	for _, c := range [...]int{cReport, cFavor, cAgainst} {
		for _, r := range p.byClass[c] {
			if !p.toks[r.i].quoted {
				return true
			}
		}
	}
	return false
}

// speaksForOthers reports a first-person sentence that delivers the
// statement for others: "I have the honour to speak on behalf of the
// following delegations: A, B and C".
func speaksForOthers(p *para) bool {
	for _, h := range p.byClass[cSignatory] {
		if p.toks[h.i].quoted || p.toks[h.i].low != "on" && p.toks[h.i].low != "delivered" {
			continue
		}
		if p.deliveredBefore(h.i) {
			return true
		}
	}
	// "I have the honour to speak on behalf of Botswana, Fiji and Samoa",
	// "The members of our group are Botswana, Fiji and Samoa"
	for k := 0; k+1 < len(p.toks); k++ {
		n := 0
		switch w := p.toks[k].low; {
		case w == "behalf" && p.toks[k+1].low == "of":
			n = 2
		case w == "comprises" || w == "comprise" || w == "include" || w == "includes":
			n = 1
		case (w == "consists" || w == "composed" || w == "made") && k+2 < len(p.toks) && (p.toks[k+1].low == "of" || p.toks[k+1].low == "up" && p.toks[k+2].low == "of"):
			n = 2
			if p.toks[k+1].low == "up" {
				n = 3
			}
		case w == "are" && k > 0 && (p.toks[k-1].low == "group" || p.toks[k-1].low == "members"):
			n = 1
		}
		if n == 0 || p.toks[k].quoted || !p.deliveredBefore(k) {
			continue
		}
		if p.toks[k].low != "behalf" && !ourGroupBefore(p, k) {
			continue // "we recall that the group of Latin American States includes ..."
		}
		states := 0
		for _, m := range p.actors {
			if m.i >= k+n && m.i <= k+n+40 && p.toks[m.i].sent == p.toks[k].sent && len(m.code) == 3 && !groupCodes[m.code] {
				states++
			}
		}
		if states >= 2 {
			return true
		}
	}
	return false
}

// midJoint returns the States, other than the speaker, for whom a
// paragraph in the course of a national statement says the speaker now
// speaks ("I have the honour to speak on behalf of Fiji, Kiribati and my
// own country, Samoa"), or nil. An alignment with another statement
// ("We align ourselves with the statement delivered by Fiji on behalf of
// ...") and a paragraph that also speaks "in our national capacity" are
// not such paragraphs.
func midJoint(p *para, speaker string) []string {
	if !speaksForOthers(p) || p.hasWords("national", "capacity") || len(p.byClass[cAlign]) > 0 {
		return nil
	}
	var co []string
	for k := 0; k+1 < len(p.toks); k++ {
		if p.toks[k].low != "behalf" || p.toks[k+1].low != "of" || p.toks[k].quoted || !p.deliveredBefore(k) {
			continue
		}
		for _, m := range p.actors {
			if m.i > k+1 && m.i <= k+42 && p.toks[m.i].sent == p.toks[k].sent && len(m.code) == 3 && !groupCodes[m.code] && m.code != speaker && !contains(co, m.code) {
				co = append(co, m.code)
			}
		}
		break
	}
	return co
}

// midGroup returns the group a national statement goes on to speak for
// ("I have the honour to deliver the first part of this statement on
// behalf of the Group of Arab States, which Algeria chairs"): the first
// actor after a delivered "on behalf of" is a group; "" otherwise, or in a
// paragraph that speaks in the national capacity.
func midGroup(p *para) string {
	if p.hasWords("national", "capacity") {
		return ""
	}
	for k := 1; k+2 < len(p.toks); k++ {
		if p.toks[k].low != "behalf" || p.toks[k+1].low != "of" || p.toks[k-1].low != "on" || p.toks[k].quoted || !p.deliveredBefore(k) {
			continue
		}
		// the speaker delivers it: "I have the honour to deliver ...",
		// "I speak on behalf of"; not "We agree with the statement made on
		// behalf of ASEAN"
		delivers := false
		for j := k - 2; j >= 0 && j >= k-14 && p.toks[j].sent == p.toks[k].sent; j-- {
			w := p.toks[j].low
			if w == "made" || w == "delivered" || w == "read" || w == "with" {
				break
			}
			if strings.HasPrefix(w, "deliver") || strings.HasPrefix(w, "speak") || w == "honour" || w == "honor" || w == "floor" {
				delivers = true
				break
			}
		}
		if !delivers || slices.ContainsFunc(p.actors, func(m actorMention) bool { return m.i < k && m.i >= k-14 && p.toks[m.i].sent == p.toks[k].sent }) {
			break // (not "We heard Indonesia, speaking on behalf of the NAM, stress ...")
		}
		for _, m := range p.actors {
			if m.i <= k+1 {
				continue
			}
			if m.i <= k+4 && groupCodes[m.code] && m.code != "AUTHOR" {
				return m.code
			}
			break
		}
		break
	}
	return ""
}

// ourGroupBefore reports "our" within the few words before k ("The
// members of our group are", "Our group comprises").
func ourGroupBefore(p *para, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4 && p.toks[i].sent == p.toks[k].sent; i-- {
		if p.toks[i].low == "our" {
			return true
		}
	}
	return false
}

// deliveredBefore reports, before token i in its sentence, a first-person
// word or "honour" ("I have the honour to", "Our group", "X has the
// honour to deliver this statement"): the speaker is delivering the
// statement.
func (p *para) deliveredBefore(i int) bool {
	for _, f := range p.byClass[cFirst] {
		if f.i < i && p.toks[f.i].sent == p.toks[i].sent && !p.toks[f.i].quoted {
			return true
		}
	}
	for k := i - 1; k >= 0 && p.toks[k].sent == p.toks[i].sent; k-- {
		if w := p.toks[k].low; w == "honour" || w == "honor" {
			return true
		}
	}
	return false
}

// signatoryLine reports a line that opens with a signatory cue and then
// is mostly a list of two or more States: "Signatories: Argentina, Brazil
// and Chile", "This statement is supported by the following States: ...".
func signatoryLine(p *para) bool {
	for _, h := range p.byClass[cSignatory] {
		if h.i > 3 || p.toks[h.i].quoted {
			continue
		}
		codes, listed, rest := map[string]bool{}, 0, 0
		k := h.j
		for _, m := range p.actors {
			if m.i < h.j {
				continue
			}
			for ; k < m.i; k++ {
				if !listWord(p.toks[k].low) {
					rest++
				}
			}
			codes[m.code] = true
			listed += m.j - m.i
			k = max(k, m.j)
		}
		for ; k < len(p.toks); k++ {
			if !listWord(p.toks[k].low) {
				rest++
			}
		}
		if len(codes) >= 2 && rest <= 3 && rest*4 <= listed {
			return true
		}
	}
	return false
}

// listWord is a word that joins the items of a list of States.
func listWord(w string) bool {
	switch w {
	case ",", ";", ":", ".", "and", "the", "of", "&", "following", "states", "countries", "delegations", "member":
		return true
	}
	return false
}

// jointLine reports a "joint statement" or "on behalf of" line.
func jointLine(p *para) bool {
	// on a masthead the phrase comes first: "Joint statement by ...",
	// "Statement by Indonesia on behalf of ..."; further in, or after a
	// text's sponsor, a sentence reports one ("L.38 was introduced by
	// Singapore on behalf of a group"). A masthead may open with the
	// meeting: "Ninth session of the OEWG. Statement by X on behalf of ..."
	start := 0
	opened := slices.ContainsFunc(p.byClass[cMasthead], func(h cueHit) bool { return h.i == 0 }) // "Statement delivered by ..."
	for _, h := range p.byClass[cStatement] {
		// the first one: "Statement by X on behalf of ... – Check against
		// delivery" starts at "Statement"
		if !opened && (h.i == 0 || mastheadStart(p, h.i)) && !p.toks[h.i].quoted {
			start = h.i
			break
		}
	}
	// the phrase follows the statement cue in its sentence, after the
	// one delivering it: "Statement by the delegation of the Dominican
	// Republic on behalf of ...", "Statement by H.E. Mr. X, Permanent
	// Representative of Y, on behalf of ..."
	for k := start; k+1 < len(p.toks) && k <= start+28 && p.toks[k].sent == p.toks[start].sent; k++ {
		w, next := p.toks[k].low, p.toks[k+1].low
		if (w == "joint" && next == "statement") || (w == "behalf" && next == "of") {
			return !p.has(cSponsor, start, k)
		}
	}
	// a later sentence of a short masthead that opens with the delivery:
	// "OEWG, eighth session. Joint statement. Delivered by Ghana on behalf
	// of a cross-regional group of States: ..."
	if len(p.toks) <= 80 {
		for k := 1; k < len(p.toks); k++ {
			if p.toks[k].sent == p.toks[k-1].sent || p.toks[k].sent == p.toks[start].sent || p.toks[k].low != "delivered" && p.toks[k].low != "presented" {
				continue
			}
			for n := k + 1; n+1 < len(p.toks) && n <= k+16 && p.toks[n].sent == p.toks[k].sent; n++ {
				if p.toks[n].low == "behalf" && p.toks[n+1].low == "of" {
					return true
				}
			}
		}
	}
	// a masthead naming several States: "Statement by Chile, Ghana, Kenya
	// and Peru"
	for _, h := range p.byClass[cStatement] {
		if (h.i <= 1 || mastheadStart(p, h.i)) && !p.toks[h.i].quoted && p.listedFrom(h.j) >= 2 {
			return true
		}
	}
	return false
}

// listedFrom is the number of distinct actors in the list that starts at
// token k: actors with only list words (commas, "and", "the") between
// them and before the first.
func (p *para) listedFrom(k int) int {
	codes := map[string]bool{}
	for _, m := range p.actors {
		if m.i < k {
			continue
		}
		for ; k < m.i; k++ {
			if !listWord(p.toks[k].low) {
				return len(codes)
			}
		}
		codes[m.code] = true
		k = max(k, m.j)
	}
	return len(codes)
}

// mastheadCue reports a line of at most 60 tokens that opens, or has a
// part that opens, with a masthead cue ("Intervention of the delegation of
// Peru", "Delivered by Mr. X, ...", "EU Statement – ..."); in running text
// the same words report on a statement ("The statement delivered by
// Brazil drew attention").
func mastheadCue(p *para) bool {
	if len(p.toks) > 60 {
		return false
	}
	for _, h := range p.byClass[cMasthead] {
		if (h.i == 0 || mastheadStart(p, h.i)) && !p.toks[h.i].quoted {
			return true
		}
	}
	return false
}

// mastheadStart reports a capitalised "Statement"/"Remarks"/... at token
// i that opens a sentence or a dash-separated part of a line naming the
// meeting first ("Ninth session of the OEWG – Statement by ...").
func mastheadStart(p *para, i int) bool {
	if i == 0 || i >= len(p.toks) || !p.toks[i].capInit || len(p.toks) > 80 {
		return false
	}
	if p.toks[i].sent != p.toks[i-1].sent {
		return true
	}
	gap := p.text[p.toks[i-1].e:p.toks[i].s]
	return strings.ContainsAny(gap, "–—|:") || strings.Contains(gap, " - ")
}

// onBehalfOfGroup returns the holders of a statement made on behalf of a
// group with a code ("Statement by Oman on behalf of the Arab Group"): the
// group, not the State delivering it (DESIGN.md: the speaker is not the
// holder when Indonesia speaks for NAM). Other statements keep their
// speaker and co-speakers.
func onBehalfOfGroup(speaker string, cospeak []string) (string, []string) {
	var groups []string
	for _, c := range append([]string{speaker}, cospeak...) {
		if groupCodes[c] && !contains(groups, c) {
			groups = append(groups, c)
		}
	}
	if len(groups) == 0 {
		return speaker, cospeak
	}
	return groups[0], groups[1:]
}

// institutions finds, in the title and the first three paragraphs, the
// institutions named as a State's or a group's: "the Ministry of Foreign
// Affairs of Chile", "the Peace and Security Council of the African Union",
// "Chile's Ministry of Foreign Affairs". It maps the institution word
// ("ministry", "council") to the actor; the first naming counts.
func (t *Tagger) institutions(ps []*para, title string) map[string]string {
	var out map[string]string
	look := ps[:min(len(ps), 3)]
	if title != "" {
		look = append([]*para{t.analyse(title)}, look...)
	}
	for _, p := range look {
		for k, tk := range p.toks {
			key := tk.low
			if m := institutionMembers[key]; m != "" {
				key = m // "the ASEAN Ministerial Conference": "the Ministers"
			} else if !institutionWords[key] {
				continue
			}
			if !tk.capInit || out[key] != "" {
				continue
			}
			code := ""
			// "Chile's Ministry", "the Chilean Ministry"
			for _, m := range p.actors {
				if m.j == k || m.j == k-1 && p.toks[k-1].low == "s" {
					code = m.code
				}
			}
			// "Ministry of Foreign Affairs of Chile": capitalised words and
			// "of", "and", "the" up to the actor
			for l := k + 1; code == "" && l < len(p.toks) && l < k+9 && p.toks[l].sent == tk.sent; l++ {
				if m, ok := p.actorAt(l); ok && p.toks[l-1].low == "of" || ok && p.toks[l-1].low == "the" && p.toks[l-2].low == "of" {
					code = m.code
					break
				}
				if w := p.toks[l].low; !p.toks[l].capInit && w != "of" && w != "and" && w != "the" && w != "or" {
					break
				}
			}
			if code != "" {
				if out == nil {
					out = map[string]string{}
				}
				out[key] = code
			}
		}
	}
	if head := orgMasthead(ps); head != "" && out[head] == "" {
		// "Trusted Networks Industry Council" over a position paper: "The
		// Council recommends that States: ..." is the document's own voice
		if out == nil {
			out = map[string]string{}
		}
		out[head] = "AUTHOR"
	}
	return out
}

// orgMasthead returns the head noun of an organisation's name that opens
// a document on a line of its own and names no actor ("Trusted Networks
// Industry Council", "Centre for Cyber Policy"): "council", "centre"; or "".
func orgMasthead(ps []*para) string {
	if len(ps) == 0 {
		return ""
	}
	p := ps[0]
	if len(p.toks) < 2 || len(p.toks) > 8 || len(p.actors) > 0 || slices.ContainsFunc(p.cues, func(c cueHit) bool { return c.class <= cNormative }) {
		return ""
	}
	head := ""
	for _, tk := range p.toks {
		switch {
		case orgHeads[tk.low] && tk.capInit:
			head = tk.low
		case !tk.capInit && tk.low != "of" && tk.low != "for" && tk.low != "and" && tk.low != "on":
			return ""
		}
	}
	return head
}

// orgHeads are the nouns that head an organisation's name.
var orgHeads = map[string]bool{"council": true, "institute": true, "association": true, "coalition": true, "centre": true, "center": true,
	"forum": true, "foundation": true, "alliance": true, "federation": true, "chamber": true, "observatory": true, "monitor": true, "network": true}

// qaTurn returns 'Q' for a paragraph that opens with an interviewer's
// question mark ("Q:", "Question:"), 'A' for an answer's ("A:",
// "Answer:"), or 0.
func qaTurn(text string) byte {
	text = strings.TrimSpace(text)
	for _, m := range []struct {
		prefix string
		turn   byte
	}{{"Q:", 'Q'}, {"Q.", 'Q'}, {"Question:", 'Q'}, {"A:", 'A'}, {"Answer:", 'A'}} {
		if strings.HasPrefix(text, m.prefix) {
			return m.turn
		}
	}
	return 0
}

// interviewLabels are the speaker labels of an interview that does not
// use "Q:" and "A:" ("SAR:" asks, "Qiao:" answers); empty for one that does.
type interviewLabels struct {
	q, a string
	dash bool // turns open with a dash, no labels: a question ends with "?"
	// only the interviewer's turns carry a label ("CDQ: ..."): every
	// unlabelled paragraph after a question is the answer's
	asker bool
	// no labels at all, the way many newspapers print an interview: a
	// paragraph that ends with "?" is a question, any other after the
	// first question an answer
	bare bool
}

// turn is the turn ('Q', 'A' or 0) that the paragraph text opens.
func (l interviewLabels) turn(text string) byte {
	if l.bare {
		if strings.HasSuffix(strings.TrimSpace(text), "?") {
			return 'Q'
		}
		return 'A'
	}
	if l.dash {
		if !dashTurn(text) {
			return 0
		}
		if strings.HasSuffix(strings.TrimSpace(text), "?") {
			return 'Q'
		}
		return 'A'
	}
	if t := qaTurn(text); t != 0 || l.q == "" {
		return t
	}
	text = strings.TrimSpace(text)
	if l.asker {
		switch {
		case strings.HasPrefix(text, l.q+":"):
			return 'Q'
		case speakerLabel(text) == "":
			return 'A'
		}
		return 0
	}
	switch {
	case strings.HasPrefix(text, l.q+":"):
		return 'Q'
	case strings.HasPrefix(text, l.a+":"):
		return 'A'
	}
	return 0
}

// speakerLabel returns the label that opens a paragraph: one to three
// words, the first capitalised, no digit, then a colon ("SAR:", "Qiao:",
// "Ambassador Rojas:"), or "".
func speakerLabel(text string) string {
	text = strings.TrimSpace(text)
	c := strings.IndexByte(text, ':')
	if c < 1 || c > 30 {
		return ""
	}
	label := text[:c]
	words := strings.Fields(label)
	if len(words) > 1 && questionNumber(words[0]) {
		// "Q4 Helen Marsh:": a committee's numbered question
		label = strings.TrimSpace(label[len(words[0]):])
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 3 || !unicode.IsUpper([]rune(label)[0]) || strings.ContainsAny(label, "0123456789") {
		return ""
	}
	return label
}

// questionNumber reports the number of a question in a committee's
// transcript: "Q4", "Q117".
func questionNumber(w string) bool {
	if len(w) < 2 || w[0] != 'Q' {
		return false
	}
	for _, r := range w[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// labelledInterview finds an interview written with two speaker labels:
// exactly two labels open two or more paragraphs each, and the first of
// them to speak, the interviewer, asks more questions than the other.
func labelledInterview(paras []Para) interviewLabels {
	count, asks := map[string]int{}, map[string]int{}
	var order []string
	for _, p := range paras {
		l := speakerLabel(p.Text)
		if l == "" {
			continue
		}
		if count[l] == 0 {
			order = append(order, l)
		}
		count[l]++
		if strings.HasSuffix(strings.TrimSpace(p.Text), "?") {
			asks[l]++
		}
	}
	var two []string
	for _, l := range order {
		if count[l] >= 2 {
			two = append(two, l)
		}
	}
	if len(two) != 2 || asks[two[0]] <= asks[two[1]] {
		return interviewLabels{}
	}
	return interviewLabels{q: two[0], a: two[1]}
}

// askerInterview finds an interview where only the interviewer's turns
// carry a label, the way many magazines set one ("CDQ: Were you
// surprised?" / "Honestly, until the last night ..."): one label opens two
// or more paragraphs, at least two of them and two thirds of them
// questions, at least two of which an unlabelled paragraph follows, and no
// other label opens two.
func askerInterview(paras []Para) interviewLabels {
	count, asks, answered := map[string]int{}, map[string]int{}, map[string]int{}
	for i, p := range paras {
		l := speakerLabel(p.Text)
		if l == "" {
			continue
		}
		count[l]++
		if strings.HasSuffix(strings.TrimSpace(p.Text), "?") {
			asks[l]++
			if i+1 < len(paras) && speakerLabel(paras[i+1].Text) == "" {
				answered[l]++
			}
		}
	}
	q := ""
	for _, l := range sortedKeys(count) {
		if count[l] < 2 {
			continue
		}
		if q != "" {
			return interviewLabels{} // two labels: a transcript
		}
		q = l
	}
	if q == "" || asks[q] < 2 || 3*asks[q] < 2*count[q] || answered[q] < 2 {
		return interviewLabels{}
	}
	return interviewLabels{q: q, asker: true}
}

// dashTurn reports a paragraph that opens with a dash and a space, the
// way many newspapers set an interview's turns ("— What has the Group
// achieved?" / "— Quite a lot.").
func dashTurn(text string) bool {
	text = strings.TrimSpace(text)
	for _, d := range []string{"— ", "– ", "- "} {
		if strings.HasPrefix(text, d) {
			return true
		}
	}
	return false
}

// dashInterview finds an interview whose turns open with a dash: four or
// more such paragraphs, at least two of them questions and two not.
func dashInterview(paras []Para) interviewLabels {
	qs, as := 0, 0
	for _, p := range paras {
		if !dashTurn(p.Text) {
			continue
		}
		if strings.HasSuffix(strings.TrimSpace(p.Text), "?") {
			qs++
		} else {
			as++
		}
	}
	if qs < 2 || as < 2 {
		return interviewLabels{}
	}
	return interviewLabels{dash: true}
}

// interviewCues announce an interview in its first paragraphs: "we spoke
// with Nikolai Vereshchagin, ...", "in an interview with".
var interviewCues = []string{"interview", "spoke with", "spoke to", "talked to", "talked with", "sat down with", "we asked"}

// bareInterview finds an interview printed without labels or dashes: its
// first five paragraphs announce it (interviewCues), and three or more
// later paragraphs are questions (they end with "?"), each followed by a
// paragraph that is not.
func bareInterview(paras []Para) interviewLabels {
	announced := false
	for _, p := range paras[:min(len(paras), 5)] {
		low := strings.ToLower(p.Text)
		for _, c := range interviewCues {
			announced = announced || strings.Contains(low, c)
		}
	}
	if !announced {
		return interviewLabels{}
	}
	labelled := 0
	for _, p := range paras {
		_, caps := turnLabel(p.Text)
		_, rec := recordTurn(p.Text)
		if caps || rec || speakerLabel(p.Text) != "" {
			labelled++ // a transcript's turns ("SILVA (Brazil): ...") are read as such
		}
	}
	if labelled >= 2 {
		return interviewLabels{}
	}
	qs := 0
	for i := 2; i+1 < len(paras); i++ {
		if strings.HasSuffix(strings.TrimSpace(paras[i].Text), "?") && !strings.HasSuffix(strings.TrimSpace(paras[i+1].Text), "?") {
			qs++
		}
	}
	if qs < 3 {
		return interviewLabels{}
	}
	return interviewLabels{bare: true}
}

// uncoded is the interviewee of an interview whose introduction names no
// State: a retired chair, a scholar. The answers are that person's, with
// no actor code, neither a State's nor the author's.
const uncoded = "-"

// interviewee returns the State whose diplomat answers the questions of
// an interview (two or more "Q:" and "A:" paragraphs each, or two speaker
// labels, the interviewer's and the diplomat's): the one named in the
// introduction before the first question, most often; uncoded when it
// names none; "" when the text is no interview.
func (t *Tagger) interviewee(ps []*para, paras []Para) (string, interviewLabels) {
	labels := interviewLabels{}
	turns := func() (qs, as, first int) {
		first = -1
		for i, p := range paras {
			switch labels.turn(p.Text) {
			case 'Q':
				qs++
				if first < 0 {
					first = i
				}
			case 'A':
				as++
			}
		}
		return qs, as, first
	}
	qs, as, first := turns()
	if qs < 2 || as < 2 {
		labels = labelledInterview(paras)
		if labels.q == "" {
			labels = dashInterview(paras)
		}
		if labels.q == "" && !labels.dash {
			labels = askerInterview(paras)
		}
		if labels.q == "" && !labels.dash {
			labels = bareInterview(paras)
		}
		if labels.q == "" && !labels.dash && !labels.bare {
			return "", labels
		}
		qs, as, first = turns()
	}
	if qs < 2 || as < 2 || first < 1 {
		return "", labels
	}
	count := map[string]int{}
	for _, p := range ps[:first] {
		for _, tk := range p.toks {
			switch tk.low {
			case "spokesperson", "spokesman", "spokeswoman":
				return "", labels // the UN's noon briefing: no State answers
			}
		}
		for _, m := range p.actors {
			if len(m.code) == 3 && !groupCodes[m.code] { // a State, not NAM, OAS or G77
				count[m.code]++
			}
		}
	}
	best, bestN := uncoded, 0
	for _, c := range sortedKeys(count) {
		if count[c] > bestN {
			best, bestN = c, count[c]
		}
	}
	return best, labels
}

// firstWord is the index of a paragraph's first word after a list number.
func firstWord(p *para) int {
	k := 0
	for k < len(p.toks) && k < 2 && isListMark(p.toks[k].low) {
		k++
	}
	return k
}

// mastheadSpeaker is the one State named on a line among the first three
// that opens with a statement cue ("Statement by", "Remarks by"), or the
// State a first line holding only its name heads when the next line opens
// with one ("Kingdom of Morocco" / "Intervention at the OEWG"), or "".
func (t *Tagger) mastheadSpeaker(ps []*para) string {
	if len(ps) >= 2 && opensWithStatementCue(ps[1]) {
		if m, ok := ps[0].soleState(); ok && m.j-m.i+btoi(m.i == 1 && ps[0].toks[0].low == "the") == len(ps[0].toks) {
			return m.code
		}
	}
	for _, p := range ps[:min(len(ps), 3)] {
		// "Statement by ...", "Remarks by ...", "Position of the Republic of Kenya on ..."
		opens := len(p.toks) > 1 && p.toks[0].low == "position" && (p.toks[1].low == "of" || p.toks[1].low == "paper")
		if !(opens || mastheadLine(p)) || len(p.toks) > 60 {
			continue
		}
		code := ""
		for _, m := range p.actors {
			if code != "" && m.code != code {
				return "" // a joint statement: jointHolders decides
			}
			code = m.code
		}
		// a State or a group that speaks as one ("EU Statement – ...");
		// not the author, nor a camp no one speaks for
		if code != "" && code != "AUTHOR" && code != "WEST" {
			return code
		}
	}
	return ""
}

// confirmedMasthead reports two of the first five lines that are a
// masthead's (a mission's name, "Statement by ...") and name the speaker
// code and no one else.
func (t *Tagger) confirmedMasthead(ps []*para, code string) bool {
	n := 0
	for _, p := range ps[:min(len(ps), 5)] {
		if len(p.toks) > 30 || len(p.actors) == 0 {
			continue
		}
		if !mastheadLine(p) || slices.ContainsFunc(p.actors, func(m actorMention) bool { return m.code != code }) {
			continue
		}
		n++
	}
	return n >= 2
}

// mastheadLine reports a line that opens as a masthead does: a statement
// cue at its start or after a masthead's opening words ("Statement by
// ...", "Remarks by ..."), or a mission's name.
func mastheadLine(p *para) bool {
	for _, h := range p.byClass[cStatement] {
		if (h.i <= 1 || mastheadStart(p, h.i)) && !p.toks[h.i].quoted {
			return true
		}
	}
	return mastheadCue(p)
}

// opensWithStatementCue reports a line that opens with a statement or
// masthead cue.
func opensWithStatementCue(p *para) bool {
	for _, h := range p.byClass[cStatement] {
		if h.i == 0 && !p.toks[0].quoted {
			return true
		}
	}
	return mastheadCue(p)
}

// btoi is 1 for true, 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// soleState returns the one State a line names, at its first mention, or
// false when it names none, several actors, a group or the author.
func (p *para) soleState() (actorMention, bool) {
	var first actorMention
	for k, m := range p.actors {
		if k > 0 && m.code != first.code {
			return actorMention{}, false
		}
		if k == 0 {
			first = m
		}
	}
	if len(p.actors) == 0 || len(first.code) != 3 || first.code == "AUTHOR" || groupCodes[first.code] {
		return actorMention{}, false
	}
	return first, true
}

// governmentMasthead is the State whose government issues a document
// headed by a line such as "Republic of Kenya, Ministry of Information —
// National Cybersecurity Strategy 2025–2029" or "Government of Canada:
// International Cyber Policy", or "". The line opens with the State (or
// "Government of", "Ministry of ... of" the State), names no other, holds
// an institution word, no position or reporting verb, and no full stop.
func (t *Tagger) governmentMasthead(p *para) string {
	// (a statement's mark is no position: "Office of the Spokesperson")
	if len(p.toks) < 3 || len(p.toks) > 40 || slices.ContainsFunc(p.cues, func(c cueHit) bool { return c.class != cStatement }) || len(p.byClass[cReport]) > 0 {
		return ""
	}
	text := strings.TrimSpace(p.text)
	if last := text[len(text)-1]; last == '.' || last == '?' || last == '!' {
		return ""
	}
	m, ok := p.soleState()
	if !ok {
		return ""
	}
	// the State stands apart: "Republic of Kenya, Ministry ...", "Government
	// of Canada — ...", "Ministry of Foreign Affairs of Chile | ..."; not a
	// headline's subject ("Kenya launches a strategy")
	if m.j < len(p.toks) && !p.toks[m.j].clause && !strings.ContainsAny(p.text[p.toks[m.j-1].e:p.toks[m.j].s], ",—–-:|") && m.j-m.i < 2 {
		return ""
	}
	institution := false
	for k, tk := range p.toks {
		switch tk.low {
		case "government", "ministry", "ministère", "department", "office", "presidency", "cabinet", "federal", "agency", "authority", "secretariat", "mission":
			institution = true
		}
		if k < m.i && !institution && tk.low != "the" && tk.low != "of" {
			return "" // "New strategy of Kenya": the State does not open the line
		}
	}
	if !institution {
		return ""
	}
	return m.code
}

// groupMasthead is the group whose institution heads a document on its
// first line and names nothing else ("European External Action Service",
// "African Union Commission"), or "".
func groupMasthead(ps []*para) string {
	if len(ps) == 0 {
		return ""
	}
	p := ps[0]
	if len(p.toks) == 0 || len(p.toks) > 8 || len(p.actors) != 1 || len(p.cues) > 0 {
		return ""
	}
	m := p.actors[0]
	if !groupCodes[m.code] || m.code == "WEST" || m.code == "LIKE_MINDED" {
		return ""
	}
	text := strings.TrimSpace(p.text)
	if last := text[len(text)-1]; last == '.' || last == '?' || last == '!' || last == ':' {
		return ""
	}
	for k, tk := range p.toks {
		if k >= m.i && k < m.j {
			continue
		}
		if !groupOffices[tk.low] {
			return "" // "European Union: a new strategy", not the institution alone
		}
	}
	return m.code
}

// institutionResolution reports one of the first paragraphs after the
// masthead that titles the document a resolution of the group's
// institution named in the masthead ("European Parliament resolution of 7
// May 2026 on ...").
func institutionResolution(ps []*para, group string) bool {
	for _, p := range ps[1:min(len(ps), 4)] {
		for _, m := range p.actors {
			if m.code == group && m.j < len(p.toks) && p.toks[m.j].low == "resolution" && m.i <= 3 {
				return true
			}
		}
	}
	return false
}

// groupOffices are the words that may stand beside a group's name in an
// institution's masthead: "African Union Commission", "the ASEAN
// Secretariat", "Delegation of the European Union".
var groupOffices = map[string]bool{"the": true, "of": true, "to": true, "commission": true, "secretariat": true, "council": true, "delegation": true,
	"presidency": true, "office": true, "mission": true, "permanent": true, "observer": true, "chair": true, "chairmanship": true}

// bylineSpeaker is the State of the official who signs an article, from a
// byline such as "By Sergey Lavrov, Minister of Foreign Affairs of the
// Russian Federation", "By a senior official of the Ministry of Foreign
// Affairs of the Russian Federation" or "Answered by: X, Minister of
// State, Foreign, Commonwealth and Development Office", or "".
func bylineSpeaker(p *para) string {
	if len(p.toks) < 4 {
		return ""
	}
	if bylineHeads[p.toks[0].low] && p.toks[1].low == "by" {
		// "Thread by Harriet Colefax, UK Ambassador for Cyber, from the
		// ninth substantive session of ...": a longer line, which may name
		// the meeting's words but takes no position
		if len(p.toks) > 45 || slices.ContainsFunc(p.cues, func(c cueHit) bool { return c.class <= cNormative }) {
			return ""
		}
	} else if len(p.toks) > 30 || len(p.cues) > 0 || p.toks[0].low != "by" && (!answeredBy[p.toks[0].low] || p.toks[1].low != "by") {
		return ""
	}
	office := false
	for _, tk := range p.toks {
		switch tk.low {
		case "minister", "ministry", "ambassador", "official", "officials", "representative", "government", "secretary", "envoy", "president", "deputy", "director", "head":
			office = true
		}
	}
	m, ok := p.soleState()
	if !office || !ok {
		return ""
	}
	return m.code
}

// writerTagline is the State of the serving official an op-ed's closing
// line names as its writer ("The writer is the UK's Secretary of State for
// Foreign, Commonwealth and Development Affairs."), or "": not a former
// one ("The author is a former Australian ambassador for cyber affairs").
func writerTagline(p *para) string {
	if len(p.toks) < 5 || len(p.toks) > 40 || len(p.cues) > 0 {
		return ""
	}
	k := 0
	if p.toks[0].low == "the" {
		k++
	}
	if w := p.toks[k].low; w != "writer" && w != "author" || p.toks[k+1].low != "is" {
		return ""
	}
	office := false
	for _, tk := range p.toks[k+2:] {
		switch tk.low {
		case "former", "retired", "ex", "formerly", "previously", "until":
			return ""
		case "minister", "secretary", "ambassador", "envoy", "representative", "president", "chancellor":
			office = true
		}
	}
	m, ok := p.soleState()
	if !office || !ok {
		return ""
	}
	return m.code
}

// bylineHeads are the nouns of a byline that names what its author wrote:
// "Thread by Harriet Colefax, UK Ambassador for Cyber, from ...".
var bylineHeads = map[string]bool{"thread": true, "post": true, "posts": true, "blog": true, "column": true, "article": true, "essay": true}

// answeredBy are the verbs of a byline's "Answered by: ..." (a minister's
// written answer to a parliamentary question).
var answeredBy = map[string]bool{"answered": true, "written": true, "signed": true, "replied": true}

// inferVoice decides whether a document is a national statement (and whose),
// a collective declaration or an analysis.
func (t *Tagger) inferVoice(ps []*para, title string) (kind int, speaker string) {
	stmtCues, declParas, fpToks, words, selfParas := 0, 0, 0, 0, 0
	count := map[string]float64{}
	total := 0.0
	pastWe := 0
	for i, p := range ps {
		words += len(p.toks)
		if k := firstWord(p); k+1 < len(p.toks) && p.toks[k].low == "we" && strings.HasSuffix(p.toks[k+1].low, "ed") {
			pastWe++
		}
		if selfInstitution(p) {
			selfParas++
		}
		hasFP := false
		for _, h := range p.byClass[cFirst] {
			if !p.toks[h.i].quoted {
				fpToks++
				hasFP = true
			}
		}
		if i < 12 {
			for _, h := range p.byClass[cStatement] {
				if !p.toks[h.i].quoted {
					stmtCues++
				}
			}
		}
		// "Intervention of the delegation of Peru", "Delivered by ...":
		// statement marks only where they open one of the first lines
		if i < 3 && mastheadCue(p) {
			stmtCues++
		}
		for _, h := range p.byClass[cDeclaration] {
			if !p.toks[h.i].quoted {
				declParas++
				break
			}
		}
		if k := firstWord(p); k < len(p.toks) && p.toks[k].low == "we" && len(p.byClass[cDeclaration]) == 0 {
			declParas++
		}
		alignAt := len(p.toks)
		for _, h := range p.byClass[cAlign] {
			alignAt = min(alignAt, h.i)
		}
		for _, m := range p.actors {
			if m.i >= alignAt {
				continue // "aligns itself with the statement by X": X is not speaking
			}
			w := 1.0
			if hasFP {
				w = 1.5
			}
			if i < 5 {
				w *= 2
			}
			count[m.code] += w
			total += w
		}
	}
	if title != "" {
		tp := t.analyse(title)
		for _, h := range tp.byClass[cStatement] {
			_ = h
			stmtCues += 2
		}
		for _, m := range tp.actors {
			count[m.code] += 4
			total += 4
		}
	}
	// a masthead ("Statement by Mr. X, Permanent Mission of Bangladesh",
	// "Remarks by Mr. Wang Lei, Head of Chinese Delegation") names the
	// speaker even when the speech never names its State again
	if officialMasthead(ps) {
		// a UN official's or a chair's speech: its own voice has no code
		return kindStatement, ""
	}
	if personalCapacity(ps) {
		// "By a counsellor at the Permanent Mission of Ghana, writing in a
		// personal capacity": a diplomat's op-ed is its author's
		return kindAnalysis, ""
	}
	masthead := t.mastheadSpeaker(ps)
	if masthead == "" && fpToks >= 3 {
		if own := officeSpeech(ps); own != "" {
			// "Where Ireland Stands" / "Remarks by the Legal Adviser to the
			// Department of Foreign Affairs": a State's official speaking
			// for it, however many others the speech names
			return kindStatement, own
		}
	}
	if g := groupPreamble(ps); g != "" {
		// "THE MEMBER STATES OF THE ORGANIZATION OF AMERICAN STATES
		// (OAS), meeting at ...," over "RECALLING ...", "DECLARE:": the
		// group speaks every paragraph of its declaration
		return kindStatement, g
	}
	for i, p := range ps[:min(len(ps), 2)] {
		if letterHead(p) {
			stmtCues++ // "Letter dated ... from the Permanent Representative of X"
		} else if masthead == "" && fpToks > 0 {
			// a government's document or an official's signed article
			// speaks in the first person for its State, however many
			// others it names
			own := t.governmentMasthead(p)
			if m, ok := ps[0].soleState(); i == 1 && own != "" && !(ok && m.code == own) && (len(ps[0].actors) > 0 || len(ps[0].toks) > 4) {
				// a second line's ministry must be the title's State:
				// "China's Positions on International Rules-Making in
				// Cyberspace" over "Ministry of Foreign Affairs of the
				// People's Republic of China"; or follow a label that
				// names none ("FACT SHEET" over "U.S. Department of
				// State, Bureau of Cyberspace and Digital Policy")
				own = ""
			}
			if own == "" {
				own = bylineSpeaker(p)
			}
			if own != "" && fpToks >= 3 {
				return kindStatement, own
			}
			if own != "" {
				masthead = own // (a second line naming no State keeps the first's)
			}
		}
	}
	for _, p := range ps[min(len(ps), 2):min(len(ps), 6)] {
		// "Answered by: X, Minister of State, Foreign, Commonwealth and
		// Development Office" after a parliamentary question's masthead
		// "By the Minister of Foreign Affairs of the Republic of Paraguay"
		// under an op-ed's rubric, headline and standfirst
		if own := bylineSpeaker(p); own != "" && masthead == "" && fpToks >= 3 && (answeredBy[p.toks[0].low] || p.toks[0].low == "by") {
			return kindStatement, own
		}
	}
	for _, p := range ps[max(0, len(ps)-3):] {
		// "The writer is the UK's Secretary of State for Foreign,
		// Commonwealth and Development Affairs." under an op-ed bylined
		// "By the Foreign Secretary"
		if own := writerTagline(p); own != "" && masthead == "" && fpToks >= 3 {
			return kindStatement, own
		}
	}
	for _, p := range ps {
		if signatoryLine(p) {
			stmtCues++ // "Signatories: A, B, C" closes a joint statement
			break
		}
	}
	if masthead != "" && t.confirmedMasthead(ps, masthead) {
		// "Permanent Mission of the DPRK ..." over "Statement by the
		// delegation of the DPRK in exercise of the right of reply": two
		// lines of the masthead name the speaker, however often the reply
		// names the State it answers
		return kindStatement, masthead
	}
	if masthead != "" {
		count[masthead] += 4
		total += 4
		stmtCues++
	}
	best, bestN, second := "", 0.0, 0.0
	for _, c := range sortedKeys(count) {
		if count[c] > bestN {
			best, bestN, second = c, count[c], bestN
		} else if count[c] > second {
			second = count[c]
		}
	}
	// a communiqué reports what "we" did: "6. We recalled ...", "We encouraged ..."
	if pastWe >= 3 {
		return kindDeclaration, ""
	}
	fpRate := float64(fpToks) / float64(max(words, 1))
	// a collective "we" with no mark of a delegation speaking ("Mr. Chair",
	// "my delegation", a masthead) is a declaration, even when its host or
	// its members are named throughout
	if stmtCues == 0 && declParas >= 3 && float64(declParas) >= 0.2*float64(len(ps)) {
		return kindDeclaration, ""
	}
	if g := groupMasthead(ps); g != "" && institutionResolution(ps, g) {
		// "European Parliament" over "European Parliament resolution of 7
		// May 2026 on ...": the institution's resolution speaks for its
		// group ("Welcomes ...", "Regrets ...")
		return kindStatement, g
	}
	if g := groupMasthead(ps); g != "" && stmtCues >= 1 && fpToks >= 3 {
		// "European External Action Service" over "speech by the High
		// Representative": the group's institution speaks for it, however
		// often it names others
		return kindStatement, g
	}
	if best != "" && bestN >= 3 && bestN >= 0.4*total && (stmtCues >= 1 || fpRate >= 0.012) {
		return kindStatement, best
	}
	// a government's report that speaks of itself as "the Ministry" and
	// "we" (a chapter of a ministry's annual report) is the State's it
	// names most, well ahead of the others it reports on
	if selfParas >= 3 && fpToks >= 3 && best != "" && bestN >= 0.25*total && bestN >= 1.5*second && !groupCodes[best] {
		return kindStatement, best
	}
	// a joint statement names many States in its masthead, so none
	// dominates the count: the one delivering it speaks
	if stmtCues >= 1 {
		if masthead != "" {
			return kindStatement, masthead // "Statement by X" over the list it speaks for
		}
		if d := t.deliverer(ps, title); d != "" {
			return kindStatement, d
		}
	}
	if declParas >= 3 && float64(declParas) >= 0.2*float64(len(ps)) {
		return kindDeclaration, ""
	}
	return kindAnalysis, ""
}

// personalCapacity reports a byline or a disclaimer that makes a text its
// author's own, not the State's the author serves: "writing in a personal
// capacity", "the views expressed do not necessarily reflect those of the
// Government". It is looked for in the first two paragraphs and the last.
func personalCapacity(ps []*para) bool {
	for i, p := range ps {
		if i >= 2 && i != len(ps)-1 {
			continue
		}
		if p.hasWords("personal", "capacity") || p.hasWords("necessarily", "reflect") {
			return true
		}
	}
	return false
}

// bulleted reports whether a paragraph opens with a list marker: a dash,
// bullet or asterisk followed by a space.
func bulleted(text string) bool {
	for _, m := range []string{"- ", "– ", "— ", "• ", "* ", "· ", "▪ ", "◦ "} {
		if strings.HasPrefix(text, m) {
			return true
		}
	}
	return false
}

// entryWords open the label of a compilation's entry ("Comments by Kenya:",
// "Reply of the Government of Cuba:").
var entryWords = map[string]bool{"comments": true, "comment": true, "observations": true, "views": true, "submission": true, "submissions": true,
	"reply": true, "replies": true, "response": true, "responses": true, "contribution": true, "contributions": true, "input": true, "inputs": true,
	"remarks": true, "proposal": true, "proposals": true, "position": true, "answer": true, "answers": true, "letter": true, "message": true}

// entryGlue are the words a label may hold besides its authors' names:
// "the Government of", "also on behalf of", "and its member States".
var entryGlue = map[string]bool{"the": true, "government": true, "governments": true, "of": true, "and": true, "also": true, "on": true, "behalf": true,
	"its": true, "their": true, "member": true, "states": true, "delegation": true, "delegations": true, "permanent": true, "mission": true, "in": true, "name": true}

// entryLabel returns the authors named by the label that opens a
// compilation's entry: an entry word, "by", "of" or "from", then names of
// States or groups and glue words only, up to a colon ("Comments by
// Canada, also on behalf of Australia and New Zealand: ..."), or nil.
func entryLabel(p *para) []string {
	if len(p.toks) < 5 || !entryWords[p.toks[0].low] {
		return nil
	}
	switch p.toks[1].low {
	case "by", "of", "from":
	default:
		return nil
	}
	var codes []string
	for k := 2; k < len(p.toks) && k < 30 && p.toks[k].sent == 0; {
		if m, ok := p.actorAt(k); ok && m.i >= k {
			codes = appendActor(codes, m.code)
			k = m.j
		} else if entryGlue[p.toks[k].low] {
			k++
		} else {
			return nil
		}
		if k < len(p.toks) && strings.Contains(p.text[p.toks[k-1].e:p.toks[k].s], ":") {
			if len(codes) == 0 || p.toks[k].quoted {
				return nil
			}
			return codes
		}
	}
	return nil
}

// scorecardEntry returns the State or group that opens a scorecard's
// entry: its name, a dash, then a short label and a colon ("United States
// — Treaty: opposed; ...", "Russian Federation – Existing law: full of
// gaps"); "" otherwise.
func scorecardEntry(p *para) string {
	m, ok := p.actorAt(0)
	if !ok || m.i != 0 || m.j >= len(p.toks) || len(m.code) < 2 || m.code == "AUTHOR" {
		return ""
	}
	gap := p.text[p.toks[m.j-1].e:p.toks[m.j].s]
	if strings.TrimSpace(gap) != "—" && strings.TrimSpace(gap) != "–" {
		return ""
	}
	for k := m.j; k < len(p.toks) && k <= m.j+4; k++ {
		if k > m.j && p.toks[k].quoted || p.toks[k].sent != p.toks[m.j].sent {
			return ""
		}
		if k+1 < len(p.toks) && strings.TrimSpace(p.text[p.toks[k].e:p.toks[k+1].s]) == ":" {
			return m.code
		}
	}
	return ""
}

// headingAuthors are the authors a heading names when it is nothing but
// their names, and whether an entry label opens it.
type headingAuthors struct {
	codes    []string
	labelled bool
}

// sectionEntry returns the authors a heading names when it is nothing but
// their names, with an entry label or not ("Cuba", "Reply of the Government
// of Mexico", "Comments by Canada, also on behalf of Australia"): an entry
// label makes it an entry anywhere, a bare name only in a compilation. The
// headings read are kept in cache.
func (t *Tagger) sectionEntry(section string, compiled bool, cache map[string]headingAuthors) []string {
	if section == "" {
		return nil
	}
	h, ok := cache[section]
	if !ok {
		h = t.headingAuthors(section)
		cache[section] = h
	}
	if !h.labelled && !compiled {
		return nil
	}
	return h.codes
}

// headingAuthors reads a heading for sectionEntry.
func (t *Tagger) headingAuthors(section string) headingAuthors {
	toks := t.tokenize(section, nil)
	ms := t.gaz.find(toks, nil)
	// "2. Japan's positions", "Brazil's position": the section sets out
	// the positions of the State the heading names
	k0 := 0
	for k0 < len(toks) && isListMark(toks[k0].low) {
		k0++
	}
	if at := slices.IndexFunc(ms, func(m actorMention) bool { return m.i == k0 }); at >= 0 && ms[at].code != "AUTHOR" {
		if j := ms[at].j; j+2 == len(toks) && toks[j].low == "s" && positionNouns[toks[j+1].low] {
			return headingAuthors{labelled: true, codes: []string{ms[at].code}}
		}
	}
	if code := testimonyHeading(toks, ms); code != "" {
		return headingAuthors{labelled: true, codes: []string{code}}
	}
	h := headingAuthors{labelled: len(toks) > 1 && entryWords[toks[0].low] && (toks[1].low == "by" || toks[1].low == "of" || toks[1].low == "from")}
	k := 0
	if h.labelled {
		k = 2
	}
	for k < len(toks) {
		at := slices.IndexFunc(ms, func(m actorMention) bool { return m.i == k })
		switch {
		case at >= 0 && ms[at].code != "AUTHOR":
			h.codes = appendActor(h.codes, ms[at].code)
			k = ms[at].j
		case entryGlue[toks[k].low]:
			k++
		case h.labelled:
			// "Letter from the Minister of Foreign Affairs, European Union
			// and Cooperation of the Kingdom of Spain": an office, then
			// the one State it serves, last
			if code := officeHeading(toks, ms, k); code != "" {
				return headingAuthors{labelled: true, codes: []string{code}}
			}
			return headingAuthors{}
		default:
			return headingAuthors{} // other words: no entry
		}
	}
	return h
}

// testimonyHeading returns the State whose executive office ends a
// hearing's heading for a witness's statement ("STATEMENT OF DANIEL R.
// WHITCOMBE, ACTING ASSISTANT SECRETARY, BUREAU OF CYBERSPACE AND DIGITAL
// POLICY, U.S. DEPARTMENT OF STATE"), or "". A legislator's statement
// ("OPENING STATEMENT OF HON. MARGARET HALE, U.S. SENATOR FROM COLORADO")
// speaks for no State.
func testimonyHeading(toks []tok, ms []actorMention) string {
	k := 0
	if len(toks) > 0 && (toks[0].low == "opening" || toks[0].low == "prepared" || toks[0].low == "written") {
		k++
	}
	if len(toks) < k+6 || toks[k].low != "statement" && toks[k].low != "testimony" || toks[k+1].low != "of" {
		return ""
	}
	for _, t := range toks {
		switch t.low {
		case "senator", "congressman", "congresswoman", "representative", "member", "mp", "chair", "chairman", "chairwoman":
			return ""
		}
	}
	// the heading's last words: "<State> Department of State", "<State>
	// Foreign Office", "Ministry of Foreign Affairs of <State>"
	for _, m := range ms {
		if len(m.code) != 3 || groupCodes[m.code] || m.code == "AUTHOR" {
			continue
		}
		rest := toks[m.j:]
		switch {
		case m.j == len(toks) && m.i >= 3 && (toks[m.i-1].low == "of" || toks[m.i-2].low == "of") && slices.ContainsFunc(toks[max(0, m.i-6):m.i], func(t tok) bool { return t.low == "ministry" || t.low == "department" }):
			return m.code
		case len(rest) == 3 && rest[0].low == "department" && rest[1].low == "of" && rest[2].low == "state",
			len(rest) == 2 && (rest[0].low == "foreign" || rest[0].low == "state") && (rest[1].low == "office" || rest[1].low == "department"):
			return m.code
		}
	}
	return ""
}

// officeTitleWords are the words of the title of a State's office in a
// heading ("the Minister for Foreign Affairs and Cooperation of").
var officeTitleWords = map[string]bool{"minister": true, "ministry": true, "foreign": true, "affairs": true, "cooperation": true, "co": true, "operation": true, "external": true,
	"relations": true, "international": true, "president": true, "prime": true, "secretary": true, "state": true, "ambassador": true, "representative": true,
	"office": true, "department": true, "federal": true, "deputy": true, "vice": true, "chancellor": true, "head": true, "for": true, "his": true, "her": true, "excellency": true}

// officeHeading returns the State that ends a heading after an office
// (officeTitleWords and entryGlue from k on, perhaps naming a group inside
// the office's title: "... Foreign Affairs, European Union and
// Cooperation of the Kingdom of Spain"), or "".
func officeHeading(toks []tok, ms []actorMention, k int) string {
	if len(ms) == 0 {
		return ""
	}
	last := ms[len(ms)-1]
	if last.j != len(toks) || len(last.code) != 3 || groupCodes[last.code] || last.i <= k {
		return ""
	}
	office := false
	for i := k; i < last.i; {
		if at := slices.IndexFunc(ms, func(m actorMention) bool { return m.i == i }); at >= 0 {
			i = ms[at].j
			continue
		}
		switch w := toks[i].low; {
		case officeTitleWords[w]:
			office = office || w == "minister" || w == "ministry" || w == "president" || w == "secretary" || w == "ambassador" || w == "representative" || w == "chancellor"
		case entryGlue[w]:
		default:
			return ""
		}
		i++
	}
	if !office {
		return ""
	}
	return last.code
}

// positionNouns end a heading that names whose positions its section
// sets out ("Japan's positions").
var positionNouns = map[string]bool{"position": true, "positions": true, "view": true, "views": true, "stance": true}

// compiledWords name what a compilation reproduces ("the replies received
// from Governments", "a compilation of the comments").
var compiledWords = map[string]bool{"replies": true, "comments": true, "submissions": true, "views": true, "contributions": true, "responses": true, "inputs": true}

// compilation reports a text that reproduces the replies, comments or
// submissions it received: its title or one of its first paragraphs says
// so ("The present report contains the replies received from Governments",
// "Compilation of written comments by Member States").
func (t *Tagger) compilation(ps []*para, title string) bool {
	check := func(toks []tok) bool {
		for k, tk := range toks {
			if tk.low == "compilation" {
				return true
			}
			if compiledWords[tk.low] {
				for j := k + 1; j < len(toks) && j <= k+3; j++ {
					if toks[j].low == "received" {
						return true
					}
				}
			}
		}
		return false
	}
	if title != "" && check(t.tokenize(title, nil)) {
		return true
	}
	for i, p := range ps {
		if i >= 6 {
			break
		}
		if check(p.toks) {
			return true
		}
	}
	return false
}

// announcedTurn reads a record's line announcing whom the meeting heard
// next: "The Committee heard an explanation of vote by the representative
// of China.", "... by the representative of Spain, who spoke on behalf of
// the European Union and its member States and then in his national
// capacity.", "The Committee heard explanations of vote by the
// representatives of the United States, Indonesia and Cuba.", "The Chair
// gave the floor to the representative of Brazil." The announcement is the
// paragraph's last sentence; it names the States right after
// "representative(s) of", is said by no one in the first person and says
// nothing more than whom the speaker spoke for. It returns the States
// announced, in order, and the group the one speaker spoke on behalf of.
func announcedTurn(p *para) (states []string, group string, ok bool) {
	sents := p.sentences()
	if len(sents) == 0 {
		return nil, "", false
	}
	ss, se := sents[len(sents)-1][0], sents[len(sents)-1][1]
	if p.has(cFirst, ss, se) {
		return nil, "", false
	}
	for k := ss + 2; k+2 < se; k++ {
		if w := p.toks[k].low; (w != "representative" && w != "representatives") || p.toks[k+1].low != "of" ||
			p.toks[k-1].low != "the" || (p.toks[k-2].low != "by" && p.toks[k-2].low != "to") {
			continue
		}
		// the States named in a row after "of": "the United States,
		// Indonesia, Switzerland, Egypt and Cuba"
		at, rest := k+2, k+2
		for _, m := range p.actors {
			if m.i < at {
				continue
			}
			gap := true
			for g := at; g < m.i; g++ {
				if w := p.toks[g].low; w != "the" && w != "and" {
					gap = false
				}
			}
			if !gap || len(m.code) != 3 || groupCodes[m.code] || m.code == "AUTHOR" {
				break
			}
			states = appendActor(states, m.code)
			at, rest = m.j, m.j
		}
		if len(states) == 0 {
			return nil, "", false
		}
		// nothing but whom the speaker spoke for: "who spoke on behalf
		// of the European Union and its member States and then in his
		// national capacity"
		for g := rest; g < se; g++ {
			if m, found := p.actorAt(g); found && m.i == g {
				if group == "" && g >= 3 && (p.toks[g-1].low == "of" && p.toks[g-2].low == "behalf" || p.toks[g-1].low == "the" && p.toks[g-2].low == "of" && p.toks[g-3].low == "behalf") {
					group = m.code
				}
				g = m.j - 1
				continue
			}
			if !announceTail[p.toks[g].low] {
				return nil, "", false
			}
		}
		if len(states) > 1 {
			group = ""
		}
		return states, group, true
	}
	return nil, "", false
}

// announceTail are the words an announcement may end with after the States
// it names: whom the speaker spoke for.
var announceTail = map[string]bool{"who": true, "spoke": true, "speaking": true, "on": true, "behalf": true, "of": true, "and": true, "its": true, "their": true,
	"member": true, "states": true, "then": true, "in": true, "his": true, "her": true, "national": true, "capacity": true, "also": true, "the": true,
	"as": true, "well": true, "group": true, "countries": true, "respectively": true}

// announcedTurns counts the paragraphs that announce a turn (announcedTurn)
// and are followed by a paragraph in the first person or naming a State it
// announced at its start.
func (t *Tagger) announcedTurns(ps []*para) int {
	n := 0
	for i := 0; i+1 < len(ps); i++ {
		states, _, ok := announcedTurn(ps[i])
		if !ok {
			continue
		}
		next := ps[i+1]
		if m, found := next.openingState(); found && slices.Contains(states, m.code) || next.has(cFirst, 0, len(next.toks)) {
			n++
		}
	}
	return n
}

// openingState returns the State a paragraph opens with, as the subject of
// its first sentence ("The United States voted against L.11", "Egypt, as
// one of ..."); at most "the" before it.
func (p *para) openingState() (actorMention, bool) {
	if len(p.actors) == 0 {
		return actorMention{}, false
	}
	m := p.actors[0]
	opens := m.i == 0 || m.i == 1 && p.toks[0].low == "the"
	return m, opens && len(m.code) == 3 && !groupCodes[m.code] && m.code != "AUTHOR"
}

// symbolAt returns the document symbol that starts at token k, a letter and
// a number joined by a full stop ("L.60" in "A/C.1/78/L.60"), as its two
// tokens' words, or "".
func (p *para) symbolAt(k int) string {
	if k+1 >= len(p.toks) {
		return ""
	}
	a, b := p.toks[k], p.toks[k+1]
	if len(a.low) != 1 || a.low[0] < 'a' || a.low[0] > 'z' || !isCount(b.low) || p.text[a.e:b.s] != "." {
		return ""
	}
	return a.low + " " + b.low
}

// symbolIssues returns the proposals a document's symbols stand for: a
// draft named with its symbol and its quoted title ("draft resolution
// A/C.1/78/L.60, “Programme of action to advance responsible State
// behaviour ...”") is that proposal wherever the document names it by
// its symbol alone ("we will vote against L.60"). A symbol whose title
// names no proposal, or several, stands for none.
func (t *Tagger) symbolIssues(ps []*para) map[string]string {
	var out map[string]string
	for _, p := range ps {
		for k := range p.toks {
			sym := p.symbolAt(k)
			if sym == "" || k+2 >= len(p.toks) || !p.toks[k+2].quoted || p.toks[k].quoted {
				continue
			}
			end := k + 2
			for end < len(p.toks) && p.toks[end].quoted && end < k+40 {
				end++
			}
			issue := ""
			t.issues.each(p.toks, k+2, end, func(id, i, j int) {
				if r := t.issueRules[id]; r.kind != "not" && proposals[r.issue] && (issue == "" || issue == r.issue) {
					issue = r.issue
				} else if r.kind != "not" && proposals[r.issue] {
					issue = "-"
				}
			})
			if issue == "" || issue == "-" {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			out[sym] = issue
		}
	}
	return out
}

// selfNames returns the names, in lower case and split into words, that
// the joint lines of a statement made for the members of a body without a
// code give that body: "on behalf of the Member States of the Gulf
// Cooperation Council" gives "gulf cooperation council" and its initials
// "gcc". A name of an actor, of the United Nations' bodies or of the
// statement itself is none.
func (t *Tagger) selfNames(ps []*para, title string) [][]string {
	var out [][]string
	add := func(n []string) {
		if !slices.ContainsFunc(out, func(o []string) bool { return slices.Equal(o, n) }) {
			out = append(out, n)
		}
	}
	for _, p := range t.jointLines(ps, title) {
		for k := 0; k < len(p.toks); {
			if !p.toks[k].capInit || p.insideActor(k, k+1) || selfNameStops[p.toks[k].low] || isFunctionWord(p.toks[k].low) {
				k++
				continue
			}
			e := k
			for e < len(p.toks) && p.toks[e].capInit && !p.insideActor(e, e+1) && !selfNameStops[p.toks[e].low] && !isFunctionWord(p.toks[e].low) && (e == k || !p.toks[e].clause && p.toks[e].sent == p.toks[k].sent) {
				e++
			}
			var run []string
			for _, tk := range p.toks[k:e] {
				run = append(run, tk.low)
			}
			if !slices.ContainsFunc(run, func(w string) bool { return selfNameBodies[w] }) {
				add(run)
				if len(run) >= 2 {
					var initials strings.Builder
					for _, w := range run {
						r, _ := utf8.DecodeRuneInString(w)
						initials.WriteRune(r)
					}
					add([]string{initials.String()})
				}
			}
			k = e
		}
	}
	return out
}

// authorBodies are the head nouns of the names of the non-governmental
// bodies that write submissions, reports and briefs.
var authorBodies = map[string]bool{"coalition": true, "institute": true, "centre": true, "center": true, "network": true, "foundation": true,
	"alliance": true, "initiative": true, "association": true, "observatory": true, "consortium": true, "collective": true, "caucus": true, "clinic": true}

// authorBody is the head noun of the body named alone on one of the first
// lines of a text ("Coalition for Inclusive Cyber Governance, 18 November
// 2024", "Submitted by the Open Networks Institute"), or "".
func authorBody(ps []*para) string {
	for _, p := range ps[:min(len(ps), 4)] {
		if len(p.toks) == 0 || len(p.toks) > 16 || len(p.actors) > 0 || len(p.cues) > 0 && p.toks[0].low != "submitted" {
			continue
		}
		k := 0
		if p.toks[k].low == "submitted" && k+1 < len(p.toks) && p.toks[k+1].low == "by" {
			k += 2
		}
		if k < len(p.toks) && p.toks[k].low == "the" {
			k++
		}
		if k+2 < len(p.toks) && authorBodies[p.toks[k].low] && p.toks[k].capInit && (p.toks[k+1].low == "for" || p.toks[k+1].low == "of" || p.toks[k+1].low == "on") && p.toks[k+2].capInit {
			return p.toks[k].low
		}
		// "Cyber and International Law Clinic, Faculty of Law, ...",
		// "Submitted by the Open Networks Institute": a name whose head
		// noun ends it
		for e := k; e < len(p.toks) && e-k < 8; e++ {
			w := p.toks[e]
			if e > k && w.clause {
				break
			}
			if authorBodies[w.low] && w.capInit && e > k && (e+1 == len(p.toks) || p.toks[e+1].clause) {
				return w.low
			}
			if !w.capInit && w.low != "and" && w.low != "of" && w.low != "for" && w.low != "on" {
				break
			}
		}
	}
	return ""
}

// markAuthorBody adds a first-person hit for "the Coalition", "this
// Coalition" or "our Coalition", head being the body's head noun in lower
// case.
func (p *para) markAuthorBody(head string) {
	for k := 1; k < len(p.toks); k++ {
		if p.toks[k].low != head || !p.toks[k].capInit || p.toks[k].quoted {
			continue
		}
		switch p.toks[k-1].low {
		case "the", "this", "our":
			if k+1 < len(p.toks) && (p.toks[k+1].low == "of" || p.toks[k+1].low == "for") && !p.toks[k+1].clause && k+2 < len(p.toks) && !p.toks[k+2].capInit {
				continue // "the Coalition of the willing"
			}
			p.addFirstPerson(k-1, k+1)
		}
	}
}

// selfNameStops are the capitalised words of a masthead that are no part
// of a body's name.
var selfNameStops = map[string]bool{"statement": true, "joint": true, "member": true, "members": true, "states": true, "state": true,
	"countries": true, "delivered": true, "behalf": true, "mr": true, "madam": true, "chair": true, "check": true, "delivery": true,
	"permanent": true, "mission": true, "delegation": true, "ambassador": true, "excellency": true, "h": true, "e": true}

// selfNameBodies are words of the names of bodies and meetings, not of a
// set of States: "the Open-ended Working Group", "the General Assembly".
var selfNameBodies = map[string]bool{"working": true, "group": true, "open": true, "ended": true, "committee": true, "assembly": true,
	"nations": true, "united": true, "general": true, "session": true, "substantive": true, "oewg": true, "gge": true, "ict": true,
	"icts": true, "un": true, "mechanism": true, "global": true, "programme": true, "action": true, "security": true, "first": true,
	"new": true, "york": true, "geneva": true, "conference": true, "meeting": true, "plenary": true, "debate": true, "kingdom": true,
	"republic": true, "sultanate": true, "emirates": true}

// selfHeads end a phrase naming the States of a body: "the GCC States".
var selfHeads = map[string]bool{"states": true, "countries": true, "members": true, "delegations": true, "governments": true}

// markSelfNames adds a first-person hit for each phrase that names the
// States of one of names ("The GCC States", "the Gulf Cooperation Council
// member States"), from its "the" to its head noun, and drops the cues
// inside it.
func (p *para) markSelfNames(names [][]string) {
	for k := 0; k < len(p.toks); k++ {
		for _, n := range names {
			e := k + len(n)
			if e >= len(p.toks) || p.toks[k].quoted {
				continue
			}
			match := true
			for x, w := range n {
				if p.toks[k+x].low != w || !p.toks[k+x].capInit {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			if p.toks[e].low == "member" && e+1 < len(p.toks) && p.toks[e+1].low == "states" {
				e++
			}
			if !selfHeads[p.toks[e].low] {
				continue
			}
			i := k
			if i > 0 && p.toks[i-1].low == "the" && p.toks[i-1].sent == p.toks[k].sent {
				i--
			}
			p.addFirstPerson(i, e+1)
			k = e
			break
		}
	}
}

// addFirstPerson records [i, j) as a first-person hit, in the order of the
// cues, in place of any cue inside it.
func (p *para) addFirstPerson(i, j int) {
	inside := func(h cueHit) bool { return h.i >= i && h.j <= j }
	p.cues = slices.DeleteFunc(p.cues, inside)
	for c := range p.byClass {
		p.byClass[c] = slices.DeleteFunc(p.byClass[c], inside)
	}
	h := cueHit{class: cFirst, i: i, j: j}
	at := func(hs []cueHit) int {
		n, _ := slices.BinarySearchFunc(hs, h, func(a, b cueHit) int { return a.i - b.i })
		return n
	}
	p.cues = slices.Insert(p.cues, at(p.cues), h)
	p.byClass[cFirst] = slices.Insert(p.byClass[cFirst], at(p.byClass[cFirst]), h)
}
