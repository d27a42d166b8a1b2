package classify_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/normscope/normscope/classify"
)

func ExampleTagger_Tag() {
	t, err := classify.New("")
	if err != nil {
		panic(err)
	}
	r := t.Tag("Russia and Iran called for a legally binding convention, while the EU rejected new treaties.", classify.Context{})
	fmt.Println(r.Topic)
	for _, s := range r.Stances {
		fmt.Println(s.Issue, s.Value, s.Actors, "cue:", s.Cue)
	}
	fmt.Println(r.Actors)
	// Output:
	// international_law
	// binding_instrument favor [IRN RUS] cue: called for a legally binding convention
	// binding_instrument against [EU] cue: rejected new treaties
	// [EU IRN RUS]
}

func ExampleTagger_TagDoc() {
	t, err := classify.New("")
	if err != nil {
		panic(err)
	}
	doc := classify.Doc{Paras: []classify.Para{
		{Text: "Statement by the delegation of Kenya", Kind: "heading"},
		{Text: "Mr. Chair,"},
		{Text: "My delegation supports a Programme of Action as the permanent mechanism, and Kenya will contribute to it."},
	}}
	for _, r := range t.TagDoc(doc) {
		fmt.Println(r.Topic, r.Stances)
	}
	// Output:
	// other []
	// other []
	// institutional_dialogue [{programme_of_action favor [KEN] supports a Programme of Action}]
}

func ExampleTagger_ResolveActor() {
	t, _ := classify.New("")
	for _, name := range []string{"Islamic Republic of Iran", "Algeria", "DPRK", "Guinea-Bissau", "Latin America"} {
		code, ok := t.ResolveActor(name)
		fmt.Println(name, code, ok)
	}
	// Output:
	// Islamic Republic of Iran IRN true
	// Algeria DZA true
	// DPRK PRK true
	// Guinea-Bissau GNB true
	// Latin America  false
}

func ExampleEvalGold() {
	t, _ := classify.New("")
	gold := `{"doc":"a","seq":1,"text":"Ransomware attacks on hospitals are a grave threat.","topic":"threats","topics":["threats"],"stances":[]}
{"doc":"a","seq":2,"text":"Cuba opposed the Programme of Action, saying it would duplicate the open-ended working group.","topic":"institutional_dialogue","topics":["institutional_dialogue"],"stances":[{"issue":"programme_of_action","value":"against","actors":["CUB"],"cue":"opposed"}]}
`
	var out strings.Builder
	rep, err := classify.EvalGold(t, strings.NewReader(gold), &out)
	if err != nil {
		panic(err)
	}
	fmt.Printf("accuracy %.2f, stance F1 %.2f\n", rep.Accuracy, rep.StanceTriples.F1)
	// Output:
	// accuracy 1.00, stance F1 1.00
}

// A stance model learns phrasings that no issue pattern names. Trained on
// labelled paragraphs and written as stancemodel.tsv into a rules folder,
// it is used by a Tagger made from that folder.
func ExampleTrainStance() {
	rules, err := classify.New("")
	if err != nil {
		panic(err)
	}
	gold, err := classify.ReadLabelled(strings.NewReader(`{"doc":"a","seq":1,"text":"Russia said that only a covenant with teeth would end impunity.","stances":[{"issue":"binding_instrument","value":"favor","actors":["RUS"],"cue":"only a covenant with teeth"}]}
{"doc":"a","seq":2,"text":"The meeting opened with a minute of silence.","stances":[]}
{"doc":"b","seq":1,"text":"China insisted that a covenant with teeth must be negotiated.","stances":[{"issue":"binding_instrument","value":"favor","actors":["CHN"],"cue":"a covenant with teeth must be negotiated"}]}
{"doc":"b","seq":2,"text":"Training courses for diplomats were announced.","stances":[]}`))
	if err != nil {
		panic(err)
	}
	m, err := classify.TrainStance(rules, gold, classify.StanceTrainOptions{L2: 0.1})
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Sentences, "sentences,", m.Positive, "with a position, from", m.Docs, "documents")
	dir, err := os.MkdirTemp("", "rules")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	f, err := os.Create(filepath.Join(dir, "stancemodel.tsv"))
	if err != nil {
		panic(err)
	}
	if err := m.Write(f, "#!replace\n"); err != nil {
		panic(err)
	}
	f.Close()
	t, err := classify.New(dir)
	if err != nil {
		panic(err)
	}
	for _, s := range t.Tag("Iran stressed that a covenant with teeth is required.", classify.Context{}).Stances {
		fmt.Println(s.Issue, s.Value, s.Actors)
	}
	// Output:
	// 4 sentences, 2 with a position, from 2 documents
	// binding_instrument favor [IRN]
}

// A holder model completes the holders of the positions found, from
// constructions the rules do not read ("a view that Belarus has long
// shared"). Trained on labelled paragraphs and written as holdermodel.tsv
// into a rules folder, it is used by a Tagger made from that folder.
func ExampleTrainHolder() {
	rules, err := classify.New("")
	if err != nil {
		panic(err)
	}
	var lines []string
	for i, p := range [][4]string{{"Russia", "RUS", "Belarus", "BLR"}, {"Brazil", "BRA", "Chile", "CHL"}, {"Kenya", "KEN", "Ghana", "GHA"}, {"Japan", "JPN", "Australia", "AUS"}} {
		lines = append(lines,
			fmt.Sprintf(`{"doc":"d%d","seq":1,"text":"%s called for a legally binding instrument, a view that %s has long shared.","stances":[{"issue":"binding_instrument","value":"favor","actors":["%s","%s"],"cue":"called for a legally binding instrument"}]}`, i, p[0], p[2], p[1], p[3]),
			fmt.Sprintf(`{"doc":"d%d","seq":2,"text":"%s supported the Programme of Action, unlike %s.","stances":[{"issue":"programme_of_action","value":"favor","actors":["%s"],"cue":"supported the Programme of Action"}]}`, i, p[2], p[0], p[3]))
	}
	gold, err := classify.ReadLabelled(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		panic(err)
	}
	m, err := classify.TrainHolder(rules, gold, classify.HolderTrainOptions{L2: 0.1, MinDocs: 1})
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Samples, "candidates,", m.Positives, "holding the position")
	dir, err := os.MkdirTemp("", "rules")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	f, err := os.Create(filepath.Join(dir, "holdermodel.tsv"))
	if err != nil {
		panic(err)
	}
	if err := m.Write(f, "#!replace\n"); err != nil {
		panic(err)
	}
	f.Close()
	t, err := classify.New(dir)
	if err != nil {
		panic(err)
	}
	for _, s := range t.Tag("Cuba called for a legally binding instrument, a view that Nicaragua has long shared.", classify.Context{}).Stances {
		fmt.Println(s.Issue, s.Value, s.Actors)
	}
	// Output:
	// 12 candidates, 4 holding the position
	// binding_instrument favor [CUB NIC]
}

// A value model learns from labelled paragraphs when the words after a cue
// turn its position round; the tagger reads it from --rules DIR.
func ExampleTrainValue() {
	rules, err := classify.New("")
	if err != nil {
		panic(err)
	}
	var lines []string
	for i, p := range [][2]string{{"Chile", "CHL"}, {"Ghana", "GHA"}, {"Kenya", "KEN"}, {"Norway", "NOR"}} {
		lines = append(lines,
			fmt.Sprintf(`{"doc":"d%d","seq":1,"text":"%s argued that a legally binding instrument would be a distraction.","stances":[{"issue":"binding_instrument","value":"against","actors":["%s"],"cue":"argued that a legally binding instrument would be a distraction"}]}`, i, p[0], p[1]),
			fmt.Sprintf(`{"doc":"d%d","seq":2,"text":"%s argued that the Programme of Action would be a useful step.","stances":[{"issue":"programme_of_action","value":"favor","actors":["%s"],"cue":"argued that the Programme of Action would be a useful step"}]}`, i, p[0], p[1]))
	}
	gold, err := classify.ReadLabelled(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		panic(err)
	}
	m, err := classify.TrainValue(rules, gold, classify.ValueTrainOptions{L2: 0.1, MinDocs: 1})
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Samples, "positions,", m.Turned, "with the other value")
	dir, err := os.MkdirTemp("", "rules")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	f, err := os.Create(filepath.Join(dir, "valuemodel.tsv"))
	if err != nil {
		panic(err)
	}
	if err := m.Write(f, "#!replace\n"); err != nil {
		panic(err)
	}
	f.Close()
	t, err := classify.New(dir)
	if err != nil {
		panic(err)
	}
	for _, s := range t.Tag("Japan argued that new norms would be a distraction.", classify.Context{}).Stances {
		fmt.Println(s.Issue, s.Value, s.Actors)
	}
	// Output:
	// 8 positions, 4 with the other value
	// new_norms against [JPN]
}
