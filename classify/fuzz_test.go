package classify

import (
	"strings"
	"testing"
)

// FuzzTag checks, without the panic guard of Tag, that any text tags
// without a panic and with well-formed results (cues are substrings, the
// primary topic leads the list, scores stay in [0, 1]).
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Russia and Iran called for a legally binding convention, while the EU rejected new treaties.",
		"We do not see the need for a new treaty; they opposed it.",
		"Mr. Chair,", "", "“", "U.S.-U.K. ; : — ) (", "Guinea-Bissau’s", "not not not no never",
		"how whether if international law applies is applicable",
		"Iran, Cuba: no legally binding instrument", ":", "3. Nominate contacts. Use of force", "Russia and its partners, which want new rules",
		"Proposals for a treaty, revived by Russia and supported by", "questioned whether", "those States called",
		"Voting against were", "Voted no:", "The six no votes came from China", "supporters, among them", "the same idea",
		"in which China voted no", "specific mention of the inclusion of civil society;",
	} {
		f.Add(s, "International law")
	}
	tg, err := New("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, section string) {
		p := tg.analyse(text)
		v := &voice{kind: kindStatement, speaker: "FRA", memory: []string{"DEU"}, lead: &position{value: "favor", actors: []string{"AUTHOR"}}}
		v.recent[issueIndex("programme_of_action")] = 1
		var none [nTopics]float64
		own := tg.evidenceOf(p)
		r := tg.tagPara(p, withContext(p, own, tg.sectionEvidence(section), none, none), own, section, "paragraph", v)
		if len(r.Topics) == 0 || r.Topic != r.Topics[0].Label {
			t.Fatalf("topic %q vs topics %v", r.Topic, r.Topics)
		}
		for _, ts := range r.Topics {
			if ts.Score < 0 || ts.Score > 1 {
				t.Fatalf("score out of range: %v", r.Topics)
			}
		}
		for _, s := range r.Stances {
			if s.Cue == "" || !strings.Contains(text, s.Cue) {
				t.Fatalf("cue %q not in text %q", s.Cue, text)
			}
			if s.Actors == nil {
				t.Fatalf("nil actors")
			}
		}
	})
}

// FuzzTagDoc checks that any document (paragraphs split at newlines, the
// first line as its title) tags without a panic: the issue under
// discussion, list lead-ins and a resolution's sponsor carry state from
// paragraph to paragraph.
func FuzzTagDoc(f *testing.F) {
	for _, s := range []string{
		"Russia, Cuba: draft resolution\nRecalling its resolutions,\n3. Decides that further rules shall be elaborated;",
		"A resolution on a Programme of Action passed.\nVoting against were Belarus, China and Iran.",
		"We require that there is:\nthe inclusion of civil society;\n\n:",
		"Programme of Action\nVoted no: China, DPRK, Iran",
		"Title\nParticipants called for:\nthe inclusion of civil society;",
	} {
		f.Add(s)
	}
	tg, err := New("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Split(text, "\n")
		d := Doc{Title: lines[0]}
		for i, l := range lines[1:] {
			d.Paras = append(d.Paras, Para{Text: l, Section: lines[i]})
		}
		res, info := tg.tagDoc(d, nil)
		if info.Err != nil {
			t.Fatal(info.Err)
		}
		if len(res) != len(d.Paras) {
			t.Fatalf("%d results for %d paragraphs", len(res), len(d.Paras))
		}
		for i, r := range res {
			for _, s := range r.Stances {
				if s.Cue == "" || !strings.Contains(d.Paras[i].Text, s.Cue) {
					t.Fatalf("cue %q not in paragraph %q", s.Cue, d.Paras[i].Text)
				}
				if s.Actors == nil {
					t.Fatalf("nil actors in %+v", s)
				}
			}
		}
	})
}
