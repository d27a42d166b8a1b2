package classify_test

import (
	"fmt"
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
{"doc":"a","seq":2,"text":"Cuba opposed the Programme of Action.","topic":"institutional_dialogue","topics":["institutional_dialogue"],"stances":[{"issue":"programme_of_action","value":"against","actors":["CUB"],"cue":"opposed"}]}
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
