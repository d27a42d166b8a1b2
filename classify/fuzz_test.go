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
	} {
		f.Add(s, "International law")
	}
	tg, err := New("")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, section string) {
		p := tg.analyse(text)
		v := &voice{kind: kindStatement, speaker: "FRA", memory: []string{"DEU"}}
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
