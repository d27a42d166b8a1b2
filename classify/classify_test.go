package classify

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
)

var shared *Tagger

func tagger(t testing.TB) *Tagger {
	t.Helper()
	if shared == nil {
		tg, err := New("")
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		shared = tg
	}
	return shared
}

func TestResolveActor(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		name string
		code string
		ok   bool
	}{
		{"Islamic Republic of Iran", "IRN", true},
		{"Nordic countries", "", false}, // a set of States is no one actor
		{"Iran (Islamic Republic of)", "IRN", true},
		{"Algeria", "DZA", true},
		{"Russian Federation", "RUS", true},
		{"Russia", "RUS", true},
		{"United States of America", "USA", true},
		{"U.S.", "USA", true},
		{"Republic of Korea", "KOR", true},
		{"South Korea", "KOR", true},
		{"Democratic People's Republic of Korea", "PRK", true},
		{"DPRK", "PRK", true},
		{"Guinea", "GIN", true},
		{"Guinea-Bissau", "GNB", true},
		{"Equatorial Guinea", "GNQ", true},
		{"Papua New Guinea", "PNG", true},
		{"Niger", "NER", true},
		{"Nigeria", "NGA", true},
		{"the Netherlands", "NLD", true},
		{"Holy See", "VAT", true},
		{"Taiwan", "TWN", true},
		{"State of Palestine", "PSE", true},
		{"European Union", "EU", true},
		{"Non-Aligned Movement", "NAM", true},
		{"Türkiye", "TUR", true},
		{"Côte d’Ivoire", "CIV", true},
		{"IRN", "IRN", true},
		{"Venezuela (Bolivarian Republic of)", "VEN", true},
		{"Bolivia (Plurinational State of)", "BOL", true},
		{"United Kingdom of Great Britain and Northern Ireland", "GBR", true},
		{"Netherlands (Kingdom of the)", "NLD", true},
		{"Lao People's Democratic Republic", "LAO", true},
		{"Syrian Arab Republic", "SYR", true},
		{"Republic of Moldova", "MDA", true},
		{"United Republic of Tanzania", "TZA", true},
		{"Micronesia (Federated States of)", "FSM", true},
		{"Latin America", "", false},
		{"us", "", false},
		{"Atlantis", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		code, ok := tg.ResolveActor(c.name)
		if code != c.code || ok != c.ok {
			t.Errorf("ResolveActor(%q) = %q, %v; want %q, %v", c.name, code, ok, c.code, c.ok)
		}
	}
}

func TestActorsInText(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Equatorial Guinea and Guinea-Bissau met Guinea and Papua New Guinea.", []string{"GIN", "GNB", "GNQ", "PNG"}},
		{"Let us recall the position of the US on this.", []string{"USA"}},
		{"Niger and Nigeria spoke after Chad.", []string{"NER", "NGA", "TCD"}},
		{"Michael Jordan visited Amman, the capital of Jordan.", []string{"JOR"}},
		{"Latin American and Caribbean States met in Santiago.", []string{}},
		{"The U.S. and like-minded countries objected.", []string{"LIKE_MINDED", "USA"}},
		{"The collective West and the Non-Aligned Movement disagreed.", []string{"NAM", "WEST"}},
		{"The Republic of Korea and the DPRK were both present; North Korea spoke last.", []string{"KOR", "PRK"}},
		{"Iranian and Russian diplomats met EU member states.", []string{"EU", "IRN", "RUS"}},
		{"The Nordic countries met the Benelux States in the Baltic Sea region.", []string{"BEL", "DNK", "FIN", "ISL", "LUX", "NLD", "NOR", "SWE"}},
		{"Belarus and Russia deepen the Union State.", []string{"BLR", "RUS"}},
		{"Egypt, a member of the African Union, backs the Union's common position.", []string{"AU", "EGY"}},
		{"Spain, a member of the European Union, backs the Union's common position.", []string{"ESP", "EU"}},
	}
	for _, c := range cases {
		got := tg.Tag(c.text, Context{}).Actors
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("actors of %q = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestTopics(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		text    string
		primary string
		also    string // a secondary topic that must be present, or ""
	}{
		{"Ransomware attacks against hospitals and other critical infrastructure are a growing threat to international security.", "threats", ""},
		{"Capacity-building should be demand-driven, sustainable and help developing countries bridge the digital divide through training of CERTs.", "capacity_building", ""},
		{"The global Points of Contact directory should be used for information exchange between States in a crisis, as a confidence-building measure.", "cbms", ""},
		{"Self-defence under Article 51 of the Charter and the law of State responsibility apply to cyber operations.", "international_law", ""},
		{"States should implement the eleven voluntary norms of responsible State behaviour, including the norm on supply chain integrity.", "norms", ""},
		{"The future Programme of Action should be a single, permanent and action-oriented mechanism with modalities for multistakeholder participation.", "institutional_dialogue", ""},
		{"The Programme of Action should have a dedicated mandate and modalities to coordinate capacity-building programmes, funding and training for developing countries and their CERTs.", "capacity_building", "institutional_dialogue"},
		{"Mr. Chair,", "other", ""},
		{"Thank you, Mr. Chair, and I congratulate you on your election.", "other", ""},
		{"Introduction", "other", ""},
		{"Capacity Building", "other", ""},
		{"12-16 March Third substantive session of the OEWG", "other", ""},
		{"Participants then turned to the following questions:", "other", ""},
		{"Kenya, Ghana, Senegal, Nigeria", "other", ""},
		{"[Trust and Transparency Hubs](https://example.org/hubs)", "other", ""},
		{"International law and cyber norms", "other", ""},
		{"I would now like to add a few remarks in our national capacity.", "other", ""},
		{"National Statement on the Future Permanent Mechanism of the Open-Ended Working Group on ICT Security", "other", ""},
		{"This section examines how South Asian states interpret responsible behaviour, drawing on interviews with officials and a content analysis of their national strategies.", "other", ""},
		{"The development and deployment of offensive cyber capabilities by the armed forces has accelerated, with new cyber units and a cyber command.", "threats", ""},
		{"Funding and personnel for the military cyber command will double by 2027 to prepare offensive cyber operations.", "threats", ""},
		{"Ministers held a bilateral dialogue and discussed geopolitical competition in the region at the summit.", "other", ""},
		{"To protect the Olympic Games against cyber attacks and ransomware, Japan trained thousands of staff, ran awareness campaigns for companies and funded new skills programmes.", "capacity_building", ""},
		{"This compendium examines how responsible cyber behaviour and the norms of responsible State behaviour are understood in six regions.", "other", ""},
		{"Louise Example is a Research Fellow whose research interests include cyber norms and capacity building.", "other", ""},
		{"Several States have publicly attributed cyber operations to a foreign intelligence service and invoked the principle of non-intervention in their domestic affairs.", "international_law", ""},
	}
	for _, c := range cases {
		r := tg.Tag(c.text, Context{})
		if r.Topic != c.primary {
			t.Errorf("topic of %q = %s (%v), want %s", c.text, r.Topic, r.Topics, c.primary)
		}
		if r.Topics[0].Label != r.Topic {
			t.Errorf("Topics[0] %q != Topic %q", r.Topics[0].Label, r.Topic)
		}
		for i := 1; i < len(r.Topics); i++ {
			if r.Topics[i].Score > r.Topics[i-1].Score+1e-9 && i > 1 {
				t.Errorf("topics of %q not sorted: %v", c.text, r.Topics)
			}
			if r.Topics[i].Label == "other" {
				t.Errorf("other as a secondary topic in %v", r.Topics)
			}
		}
		for _, ts := range r.Topics {
			if ts.Score < 0 || ts.Score > 1 {
				t.Errorf("score out of [0,1]: %v", r.Topics)
			}
		}
		if c.also != "" {
			found := false
			for _, ts := range r.Topics {
				found = found || ts.Label == c.also
			}
			if !found {
				t.Errorf("topics of %q = %v, want %s among them", c.text, r.Topics, c.also)
			}
		}
	}
}

// stanceKey renders stances as sorted "issue:value:ACTOR,ACTOR" strings.
func stanceKeys(ss []Stance) []string {
	out := []string{}
	for _, s := range ss {
		out = append(out, s.Issue+":"+s.Value+":"+strings.Join(s.Actors, ","))
	}
	return out
}

func TestStances(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		name string
		text string
		ctx  Context
		want []string
	}{
		{"reported favor, two actors", "Russia and Iran called for a legally binding convention on international information security.", Context{}, []string{"binding_instrument:favor:IRN,RUS"}},
		{"negation flips", "The United States did not support a new legally binding instrument.", Context{}, []string{"binding_instrument:against:USA"}},
		{"against cue", "China rejected the proposal to establish a Programme of Action.", Context{}, []string{"programme_of_action:against:CHN"}},
		{"negated against", "Cuba does not oppose a Programme of Action.", Context{}, []string{"programme_of_action:favor:CUB"}},
		{"first person in a statement", "We believe that international law, including the Charter in its entirety, applies to cyberspace.", Context{DocKind: "statement", Speaker: "Estonia"}, []string{"charter_applies:favor:EST"}},
		{"my delegation", "My delegation supports the participation of non-governmental stakeholders in the future mechanism.", Context{DocKind: "statement", Speaker: "CAN"}, []string{"multistakeholder:favor:CAN"}},
		{"own voice in a statement", "International humanitarian law applies to cyber operations during armed conflict.", Context{DocKind: "statement", Speaker: "Switzerland"}, []string{"ihl_applies:favor:CHE"}},
		{"declaration we is AUTHOR", "We reaffirm that international humanitarian law applies to the use of ICTs in armed conflict.", Context{DocKind: "declaration"}, []string{"ihl_applies:favor:AUTHOR"}},
		// a coded group's position is the group's, not the delivering State's
		{"on behalf of", "Indonesia, on behalf of the Non-Aligned Movement, called for a legally binding instrument.", Context{}, []string{"binding_instrument:favor:NAM"}},
		{"speaking on behalf of, fronted", "Speaking on behalf of ASEAN, the representative of Malaysia welcomed the global directory of points of contact.", Context{}, []string{"poc_directory:favor:ASEAN"}},
		{"on behalf of a bloc keeps the State", "Nicaragua, on behalf of a group of like-minded States, called for a legally binding instrument.", Context{}, []string{"binding_instrument:favor:LIKE_MINDED,NIC"}},
		{"also on behalf of States", "The representative of Switzerland, speaking also on behalf of Mexico, called for a legally binding instrument.", Context{}, []string{"binding_instrument:favor:CHE,MEX"}},
		{"reported speech after the clause", "A new treaty is necessary, said the Russian delegation.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"they from the previous paragraph", "They opposed any new treaty.", Context{Previous: "The EU and Japan took the floor next."}, []string{"binding_instrument:against:EU,JPN"}},
		{"unnamed holders have no code", "Some delegations called for a legally binding instrument.", Context{}, []string{"binding_instrument:favor:"}},
		{"an adopted consensus outcome is not a stance", "States reaffirmed that international law, in particular the Charter of the United Nations, is applicable.", Context{}, []string{}},
		{"a mention is not a stance", "The OEWG discussed a Programme of Action and the points of contact directory.", Context{}, []string{}},
		{"embedded question is not a position", "Brazil proposed to study how international law applies to the use of ICTs by States.", Context{}, []string{}},
		{"neutral", "Mexico keeps an open mind on a legally binding instrument.", Context{}, []string{"binding_instrument:neutral:MEX"}},
		{"open to discussing is neutral", "Mexico is open to discussing a legally binding instrument.", Context{}, []string{"binding_instrument:neutral:MEX"}},
		{"open to is a favor cue", "Mexico is open to a legally binding instrument.", Context{}, []string{"binding_instrument:favor:MEX"}},
		{"Japan's Self-Defense Forces are no IHL position", "Japan stressed the role of its Self-Defense Forces.", Context{}, []string{}},
		{"a cybercrime treaty is not the binding instrument", "Russia called for a new cybercrime convention.", Context{}, []string{}},
		{"sovereignty framing", "China insisted on respect for sovereignty in the information space and non-interference in internal affairs.", Context{}, []string{"cyber_sovereignty:favor:CHN"}},
		// an endorsement of the proposal just stated takes it up; a negated one does not
		{"endorsement takes up the proposal", "Russia circulated a concept for a UN convention in 2023. China called it a good basis for discussion.", Context{}, []string{"binding_instrument:favor:CHN,RUS"}},
		{"endorsement as", "Russia has tabled the concept of a UN convention. China described the concept as a useful starting point.", Context{}, []string{"binding_instrument:favor:CHN,RUS"}},
		{"negated endorsement", "Russia has tabled the concept of a UN convention. China did not call it a good basis.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"endorsement of nothing before", "China called it a good basis for discussion.", Context{}, []string{}},
		// backers and co-sponsors hold what they back
		{"co-sponsors after the object", "Russia tabled a draft convention on international information security, co-sponsored by Belarus and Nicaragua.", Context{}, []string{"binding_instrument:favor:BLR,NIC,RUS"}},
		{"backers of a proposal with no subject", "A proposal to state that IHL applies to the use of ICTs in armed conflict, backed by the EU, Switzerland and Senegal, was dropped.", Context{}, []string{"ihl_applies:favor:CHE,EU,SEN"}},
		{"proposers before backers", "Dedicated stakeholder segments in the thematic groups: proposed by Canada and Chile in 2024 and supported by Mexico and Estonia.", Context{}, []string{"multistakeholder:favor:CAN,CHL,EST,MEX"}},
		// "the same group" is the holders before it
		{"the same group", "The same group pressed for new rules, norms and principles.", Context{Previous: "Russia, China, Iran and Cuba called for a legally binding convention."}, []string{"new_norms:favor:CHN,CUB,IRN,RUS"}},
		// "the EU and its member states" is one item of a list
		{"EU and its member states in a list", "Western States, the United States, the EU and its member states, Canada and Japan among them, see the Mechanism as an implementation engine. In their view new commitments should wait until the existing ones are honoured.", Context{}, []string{"new_norms:against:CAN,EU,JPN,USA,WEST"}},
		// "of States" is no unnamed holder: the statement's own voice holds it
		{"States as an object in a statement", "Sovereignty extends to the ICT-related activities of States and to their jurisdiction over the ICT infrastructure located on their territory.", Context{DocKind: "statement", Speaker: "Saudi Arabia"}, []string{"cyber_sovereignty:favor:SAU"}},
		// a recommendation's positions are the author's
		{"imperative with a later cue", "4. Invest in the everyday use of the Points of Contact directory: regular ping tests and support for national procedures.", Context{}, []string{"poc_directory:favor:AUTHOR"}},
		{"imperative open the", "3. Open the group's formal meetings to accredited non-governmental stakeholders on a predictable basis.", Context{}, []string{"multistakeholder:favor:AUTHOR"}},
		{"Open-ended is no imperative", "Open-ended Working Group members called for a binding treaty.", Context{}, []string{"binding_instrument:favor:"}},
		// echoes: "took similar lines", "have since agreed", "and several others backed it"
		{"took similar lines", "Russia argued that recognising the applicability of IHL would encourage the militarisation of the information space. Cuba, Iran and Nicaragua took similar lines.", Context{}, []string{"ihl_applies:against:CUB,IRN,NIC,RUS"}},
		{"have since agreed", "The United Kingdom explained in 2018 that countermeasures are available in response to unlawful cyber operations, and Israel and the United States have since agreed, adding that there is no duty to notify.", Context{}, []string{"ihl_applies:favor:GBR,ISR,USA"}},
		{"and several others backed it", "Russia called for a legally binding convention. Canada and several others backed it.", Context{}, []string{"binding_instrument:favor:CAN,RUS"}},
		{"argued that it is no echo", "Russia called for a legally binding convention. Singapore, among others, has argued that it should remain a voluntary tool.", Context{}, []string{"binding_instrument:favor:RUS"}},
		// a fronted reporting phrase gives the sentence to its actor, also before "is needed"
		{"according to, normative", "According to Russia, a legally binding convention is needed.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"in the view of, normative", "In the view of Japan, new norms are needed.", Context{}, []string{"new_norms:favor:JPN"}},
		// where a position comes from
		{"support came from", "Support for a legally binding instrument came from Russia, Iran and Cuba.", Context{}, []string{"binding_instrument:favor:CUB,IRN,RUS"}},
		{"drew support from", "The Programme of Action drew support from Chile, Colombia and Peru.", Context{}, []string{"programme_of_action:favor:CHL,COL,PER"}},
		{"opposition came from", "Opposition to a new treaty came from the United States and the United Kingdom.", Context{}, []string{"binding_instrument:against:GBR,USA"}},
		{"neither nor", "Neither France nor Germany supported a new treaty.", Context{}, []string{"binding_instrument:against:DEU,FRA"}},
		// "as did Japan", "So did Japan.", "Nor did Germany."
		{"as did", "The EU reiterated its support for the Programme of Action, as did Japan.", Context{}, []string{"programme_of_action:favor:EU,JPN"}},
		{"so did", "The EU reiterated its support for the Programme of Action. So did Japan and Canada.", Context{}, []string{"programme_of_action:favor:CAN,EU,JPN"}},
		{"nor did", "France did not support a new treaty. Nor did Germany.", Context{}, []string{"binding_instrument:against:DEU,FRA"}},
		{"as did unnamed others", "The EU supported the Programme of Action, as did many others.", Context{}, []string{"programme_of_action:favor:EU"}},
		// "not convinced that", "our firm belief that", "is a priority"
		{"not convinced that", "We are not convinced that a new legally binding instrument is needed at this stage.", Context{DocKind: "statement", Speaker: "Thailand"}, []string{"binding_instrument:against:THA"}},
		{"firm belief that", "It is our firm belief that the participation of civil society enriches our work.", Context{DocKind: "statement", Speaker: "Thailand"}, []string{"multistakeholder:favor:THA"}},
		{"is a priority", "In our view, the operationalisation of the global points of contact directory is a priority.", Context{DocKind: "statement", Speaker: "Thailand"}, []string{"poc_directory:favor:THA"}},
		{"implemented before new ones", "Thailand is of the view that existing norms should be implemented before new ones are developed.", Context{}, []string{"new_norms:against:THA"}},
		{"keep options open", "States such as Brazil and India preferred to keep options open on a binding instrument.", Context{}, []string{"binding_instrument:neutral:BRA,IND"}},
		{"a dashed aside names the holders", "Several members – notably Ecuador, Japan and Malta – stressed that international humanitarian law applies to cyber operations.", Context{}, []string{"ihl_applies:favor:ECU,JPN,MLT"}},
		{"States as a subject", "States called for sovereignty over the ICT infrastructure located on their territory.", Context{DocKind: "statement", Speaker: "Saudi Arabia"}, []string{"cyber_sovereignty:favor:"}},
		{"sponsor section", "to further develop the rules, norms and principles of responsible behaviour of States", Context{Section: "Russian draft resolution"}, []string{"new_norms:favor:RUS"}},
		{"do not see the need", "We do not see the need for a new legally binding instrument.", Context{DocKind: "statement", Speaker: "GBR"}, []string{"binding_instrument:against:GBR"}},
		{"an uncoded name inside a list of holders", "A group convened by Senegal and Colombia, the International Committee of the Red Cross and the African Union stated that humanitarian law governs cyber operations in armed conflict.", Context{}, []string{"ihl_applies:favor:AU,COL,SEN"}},
		{"a clause between two subjects is no list", "In a statement by Colombia, the delegation of Brazil stated that humanitarian law governs cyber operations in armed conflict.", Context{}, []string{"ihl_applies:favor:BRA"}},
		{"neutrality: as to any other technology", "The United States argued that the framework applies to AI as to any other technology.", Context{}, []string{"tech_neutrality:favor:USA"}},
		{"neutrality: focused on harmful conduct", "Brazil insisted that the framework stay focused on harmful conduct.", Context{}, []string{"tech_neutrality:favor:BRA"}},
		{"not neutrality: target or misuse", "We urge States never to target or misuse the emergency response teams.", Context{DocKind: "declaration"}, []string{}},
		{"some States are no consensus outcome", "A number of States affirmed that international humanitarian law applies to ICT operations in armed conflict.", Context{}, []string{"ihl_applies:favor:"}},
		{"States are the consensus outcome", "States affirmed that international humanitarian law applies to ICT operations in armed conflict.", Context{}, []string{}},
		{"no gap demonstrated, not ripe: no treaty, the law suffices", "Many other delegations, including the EU and Australia, replied that no gap had been demonstrated and that the time was not ripe for a new treaty.", Context{}, []string{"binding_instrument:against:AUS,EU", "charter_applies:favor:AUS,EU"}},
		{"the OEWG as the single track", "Russia, Iran, Cuba: keep the OEWG as the single track", Context{}, []string{"programme_of_action:against:CUB,IRN,RUS"}},
		{"the framework as a common reference", "For Egypt, the agreed framework remains our common reference.", Context{DocKind: "statement", Speaker: "EGY"}, []string{"framework_acquis:favor:EGY"}},
		{"not hampered by the GGE outcomes", "Venezuela, Nicaragua and Cuba stated that the OEWG should not be hampered by the outcomes of previous GGEs.", Context{}, []string{"framework_acquis:against:CUB,NIC,VEN"}},
		{"GGE reports should not bind", "Cuba, Nicaragua, Venezuela: reports of closed GGEs should not bind the OEWG", Context{}, []string{"framework_acquis:against:CUB,NIC,VEN"}},
		{"and other like-minded countries", "Russia and other like-minded countries called for the development of new norms.", Context{}, []string{"new_norms:favor:LIKE_MINDED,RUS"}},
		{"abandon the term", "We also urge to abandon the term framework of responsible behaviour.", Context{DocKind: "statement", Speaker: "RUS"}, []string{"framework_acquis:against:RUS"}},
		{"sponsoring countries", "France, as one of the PoA sponsoring countries, presented a working paper.", Context{}, []string{"programme_of_action:favor:FRA"}},
		{"a new reporting verb opens a new complement", "The United States, the EU and Canada rejected the idea of a new treaty, saying existing law applies.", Context{}, []string{"binding_instrument:against:CAN,EU,USA", "charter_applies:favor:CAN,EU,USA"}},
		{"circulating a draft convention", "Russia circulated a concept of a UN convention on international information security.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"States addressed by should: the author's recommendation", "Consult before naming. States should use the Points of Contact directory to request clarification.", Context{}, []string{"poc_directory:favor:AUTHOR"}},
		{"States addressed by should: the speaker's", "States should use the Points of Contact directory.", Context{DocKind: "statement", Speaker: "EGY"}, []string{"poc_directory:favor:EGY"}},
		{"States holding a position are no addressees", "Many States stressed that the Points of Contact directory is useful.", Context{}, []string{"poc_directory:favor:"}},
		{"must remain State-led", "A joint submission by Belarus and Cuba stated that the Global Mechanism must remain State-led.", Context{}, []string{"multistakeholder:against:BLR,CUB"}},
		{"binding obligations not foreclosed", "Brazil was of the view that the discussion on additional binding obligations should not be foreclosed.", Context{}, []string{"binding_instrument:neutral:BRA"}},
		{"not excluding legal commitments", "While not excluding further legal commitments in the future, Indonesia stressed implementation.", Context{}, []string{"binding_instrument:neutral:IDN"}},
		// the stance model's two positions in one sentence take opposite
		// values (its agreement table): gaps in the law only a treaty can
		// close
		{"gaps only a treaty can close", "Iran said that only a legally binding instrument can close the gaps in existing law.", Context{}, []string{"binding_instrument:favor:IRN", "charter_applies:against:IRN"}},
		// "no gap in existing law" is also the mirror of "existing law is
		// insufficient" (charter_applies against in the guideline), as the
		// written documents code it
		{"no gap in international law", "The United States said it sees no gap in international law that a new treaty would fill.", Context{}, []string{"binding_instrument:against:USA", "charter_applies:favor:USA"}},
		// each clause naming its own holder is read apart by the stance
		// model: the first clause's States hold its position
		{"a clause each", "Japan, Chile and Ghana see no gap that a treaty would fill, and Canada has warned that rushing into new obligations could weaken the Charter.", Context{}, []string{"binding_instrument:against:CAN,CHL,GHA,JPN"}},
		{"a clause each, while", "Japan and Chile see no gap that a treaty would fill, while Canada has cautioned that hasty new obligations could undermine the protections the Charter gives.", Context{}, []string{"binding_instrument:against:CAN,CHL,JPN"}},
		// a fronted topic: the main clause's cue gives the value and its
		// subject holds the position
		{"fronted topic, neutral", "On a legally binding instrument, Ghana has avoided a clear choice.", Context{}, []string{"binding_instrument:neutral:GHA"}},
		{"fronted topic, as for", "As for a new legally binding instrument, Peru takes no position of principle either way.", Context{}, []string{"binding_instrument:neutral:PER"}},
		{"fronted topic, against", "On new norms, Cuba has rejected any moratorium.", Context{}, []string{"new_norms:against:CUB"}},
		{"fronted topic, open", "Regarding a legally binding convention, Iran remains open.", Context{}, []string{"binding_instrument:neutral:IRN"}},
		// "Chair," addresses the Chair: the statement's speaker holds it
		{"vocative Chair", "Chair, international law, and in particular the Charter of the United Nations, applies to the conduct of States in cyberspace.", Context{DocKind: "statement", Speaker: "Italy"}, []string{"charter_applies:favor:ITA"}},
		{"vocative Mr. Chair", "Mr. Chair, international law applies to the conduct of States in cyberspace.", Context{DocKind: "statement", Speaker: "Italy"}, []string{"charter_applies:favor:ITA"}},
		// the veto on accreditation is the opposite of broad participation
		{"opposing the veto", "Canada opposed any veto on accreditation.", Context{}, []string{"multistakeholder:favor:CAN"}},
		{"a right to object", "Iran insisted that every Member State must keep the right to object to any organization.", Context{}, []string{"multistakeholder:against:IRN"}},
		{"consultative only", "China said non-governmental participants should contribute in a consultative capacity only.", Context{}, []string{"multistakeholder:against:CHN"}},
		// the States that join the subject hold what "it" says next
		{"Western and other delegations", "Western and many Latin American delegations want the report to say plainly that the laws of war govern cyber operations in armed conflict.", Context{}, []string{"ihl_applies:favor:WEST"}},
		// "gaps remain" is a claim about the law only with the law or a "that"-clause
		{"gaps in capacity", "Yet significant gaps remain. We do not have enough trained forensic analysts.", Context{}, []string{}},
		{"where gaps remain", "The survey showed where gaps remain and where partners can help.", Context{}, []string{}},
		{"held that gaps remain", "Cuba and Venezuela held that gaps remain in international law as applied to ICTs.", Context{}, []string{"charter_applies:against:CUB,VEN"}},
		{"a long list of", "Canada, Chile, the EU and a long list of Western states wanted civil society to have a proper seat in the new body.", Context{}, []string{"multistakeholder:favor:CAN,CHL,EU,WEST"}},
		{"X agrees, after a semicolon", "Russia replies that any participation must stay on a non-objection basis; Iran agrees.", Context{}, []string{"multistakeholder:against:IRN,RUS"}},
		{"a line labelled with its holder", "European Union: the thematic groups should be action-oriented and concentrate on implementing the framework States have already agreed.", Context{}, []string{"framework_acquis:favor:EU"}},
		// "rather than" inside a pattern is its own word, not a negation
		{"rather than inside a pattern", "Japan argued for implementing the existing norms rather than negotiating new ones.", Context{}, []string{"new_norms:against:JPN"}},
		// an object after "rather than" is the one set aside
		{"rather than an object", "Several panellists argued that the coming years should be devoted to implementing the existing framework rather than to negotiating additional norms.", Context{}, []string{"framework_acquis:favor:", "new_norms:against:"}},
		{"would fragment", "Russia argued that a Programme of Action would fragment the discussion.", Context{}, []string{"programme_of_action:against:RUS"}},
		{"with some reserve", "Vietnam viewed the Programme of Action with some reserve.", Context{}, []string{"programme_of_action:against:VNM"}},
		{"how the law applies remains unclear", "China has said that how international law applies to cyberspace remains unclear.", Context{}, []string{"charter_applies:against:CHN"}},
		{"joined by, then it", "The group around Russia and China, joined most consistently by Belarus, Cuba and Iran, draws the opposite conclusions. It wants a universal, legally binding convention, for which Moscow circulated a concept in 2023.", Context{}, []string{"binding_instrument:favor:BLR,CHN,CUB,IRN,RUS"}},
		{"a quote, then the State's ambassador", "“We need a treaty,” France's ambassador for digital affairs told the committee.", Context{}, []string{"binding_instrument:favor:FRA"}},
		{"a quote, then an official of the State", "“We need a treaty,” Russia's foreign ministry spokesperson said.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"a quote, then a State not its speaker", "“We need a treaty,” the diplomat said after meeting France.", Context{}, []string{"binding_instrument:favor:"}},
		{"a quoted sentence is its speaker's", "“The world cannot wait,” France's ambassador told the committee. “A legally binding treaty is not needed.”", Context{}, []string{"binding_instrument:against:FRA"}},
		{"a quoted sentence before its speaker", "“A legally binding treaty is needed.” Kenya's delegate said so twice.", Context{}, []string{"binding_instrument:favor:KEN"}},
		{"the Charter applied in full; clarification, not codification", "Switzerland stated that the Charter applied in full to State conduct in cyberspace and that the task ahead was clarification, not codification.", Context{}, []string{"charter_applies:favor:CHE", "binding_instrument:against:CHE"}},
		{"a privilege governed by non-objection", "Russia responded that the participation of non-governmental organisations was a privilege governed by the non-objection procedure.", Context{}, []string{"multistakeholder:against:RUS"}},
		{"tackle the malicious use", "Mexico does not believe the answer lies in prohibiting technologies as such; what must be tackled is their malicious use.", Context{}, []string{"tech_neutrality:favor:MEX"}},
		{"a negation before a parenthetical", "My delegation does not see, at this stage, a need to negotiate a new legally binding instrument.", Context{DocKind: "statement", Speaker: "MEX"}, []string{"binding_instrument:against:MEX"}},
		{"no negation across a dash", "That is not to say that we take no position—indeed, we have consistently affirmed the application of international law to cyberspace.", Context{DocKind: "statement", Speaker: "ISR"}, []string{"charter_applies:favor:ISR"}},
		{"accreditation on a non-objection basis", "Russia insisted that accreditation stay on a strict non-objection basis.", Context{}, []string{"multistakeholder:against:RUS"}},
		{"transparent accreditation", "Mexico supports more transparent accreditation.", Context{}, []string{"multistakeholder:favor:MEX"}},
		{"the norms provide a solid basis", "Mexico considers that the eleven norms agreed in 2015 provide a solid basis for action.", Context{}, []string{"framework_acquis:favor:MEX"}},
		{"implementing and developing are not mutually exclusive", "For Mexico, implementing the existing norms and developing additional understandings are not mutually exclusive.", Context{}, []string{"new_norms:neutral:MEX"}},
		{"priority far before putting norms into practice", "The United Kingdom insisted that the priority for the Mechanism's first cycle must be putting the agreed norms into practice.", Context{}, []string{"new_norms:against:GBR"}},
		{"keep developing rules, and backing this view", "Russia recalled that the mandate obliged States to keep developing rules of responsible behaviour. Cuba and Iran backed this view.", Context{}, []string{"new_norms:favor:CUB,IRN,RUS"}},
		{"a proposal for a norm", "China tabled a proposal for a norm on data security.", Context{}, []string{"new_norms:favor:CHN"}},
		{"room for additional norms", "Brazil saw room for additional norms in some areas.", Context{}, []string{"new_norms:favor:BRA"}},
		{"pursuing the idea of a convention", "Russia said it would keep pursuing the idea of a convention.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"not ripe to negotiate", "Brazil did not believe the time was ripe to negotiate a treaty.", Context{}, []string{"binding_instrument:against:BRA"}},
		// a position heard from others is theirs, not the hearer's; a rebuttal after it is the opposite
		{"we have heard calls for", "We have heard calls for a legally binding convention.", Context{DocKind: "statement", Speaker: "ARM"}, []string{"binding_instrument:favor:"}},
		{"heard, then rebutted", "We have heard calls for a legally binding convention. We do not share that analysis.", Context{DocKind: "statement", Speaker: "ARM"}, []string{"binding_instrument:favor:", "binding_instrument:against:ARM"}},
		{"taken note of the view", "My delegation has taken careful note of the view that a new legally binding instrument is needed. We do not share that analysis.", Context{DocKind: "statement", Speaker: "MNG"}, []string{"binding_instrument:favor:", "binding_instrument:against:MNG"}},
		{"heard named States", "We have heard Russia and Iran call for a legally binding convention.", Context{DocKind: "statement", Speaker: "ARM"}, []string{"binding_instrument:favor:IRN,RUS"}},
		{"a contrast ends what was heard", "Mexico took note of the calls for a treaty but opposed any new legally binding instrument.", Context{}, []string{"binding_instrument:favor:", "binding_instrument:against:MEX"}},
		{"far from convinced after an opener", "Russia called for a legally binding convention. With all due respect, we are far from convinced.", Context{DocKind: "statement", Speaker: "ARM"}, []string{"binding_instrument:favor:RUS", "binding_instrument:against:ARM"}},
		{"were far from convinced", "Russia called for a legally binding convention. Brazil and Chile were far from convinced.", Context{}, []string{"binding_instrument:favor:RUS", "binding_instrument:against:BRA,CHL"}},
		{"sees it differently", "Russia called for a legally binding convention. Japan sees it differently.", Context{}, []string{"binding_instrument:favor:RUS", "binding_instrument:against:JPN"}},
		{"a list with commas is no opener", "Russia called for a legally binding convention. The United States, the United Kingdom and Japan disagreed.", Context{}, []string{"binding_instrument:favor:RUS", "binding_instrument:against:GBR,JPN,USA"}},
		// a later sentence the model reads as the same position adds its holders to it
		{"the model adds a later sentence's holders", "In 2023 Russia circulated the concept of a UN convention on international information security. Iran, Cuba and Pakistan argued that only legally binding commitments could hold States accountable for malicious activity.", Context{}, []string{"binding_instrument:favor:CUB,IRN,PAK,RUS"}},
		{"the model adds holders of a paraphrase", "The EU supports the Programme of Action. Japan and Kenya believe a permanent, action-oriented forum is the right way forward.", Context{}, []string{"programme_of_action:favor:EU,JPN,KEN"}},
		// the subject of "should" is what an analysis recommends, not who recommends it
		{"stakeholders should", "Non-governmental stakeholders should be able to contribute to the thematic groups on a predictable basis.", Context{}, []string{"multistakeholder:favor:AUTHOR"}},
		{"the Mechanism should is no person", "The Mechanism should adopt a standing calendar of ping tests for the directory of points of contact.", Context{}, []string{"poc_directory:favor:AUTHOR"}},
		{"has taken a similar line", "China has warned against applying the law of armed conflict indiscriminately. Russia has taken a similar line.", Context{}, []string{"ihl_applies:against:CHN,RUS"}},
		{"submitted similar proposals", "Nicaragua proposed a new legally binding instrument. Iran and Russia submitted similar proposals.", Context{}, []string{"binding_instrument:favor:IRN,NIC,RUS"}},
		// declining to choose between the options is neutral
		{"the choice is not binary", "Brazil does not see the choice between a legally binding treaty and voluntary norms as binary.", Context{}, []string{"binding_instrument:neutral:BRA"}},
		{"declined to take sides", "India declined to take sides on a legally binding instrument.", Context{}, []string{"binding_instrument:neutral:IND"}},
		{"not mutually exclusive", "Japan considers that implementing the existing norms and developing new norms are not mutually exclusive.", Context{}, []string{"new_norms:neutral:JPN"}},
		{"echoed the concern", "Russia warned that applying international humanitarian law to cyberspace would turn it into a theatre of war. Cuba and Nicaragua echoed the concern.", Context{}, []string{"ihl_applies:against:CUB,NIC,RUS"}},
		{"spoke in the same vein", "Iran called for a legally binding convention. Syria, Nicaragua and Cuba spoke in the same vein.", Context{}, []string{"binding_instrument:favor:CUB,IRN,NIC,SYR"}},
		{"stands behind it", "The African Union adopted a common position affirming that international law applies in cyberspace. Ghana fully stands behind it.", Context{}, []string{"charter_applies:favor:AU,GHA"}},
		// "the proposed X" names a proposal; "X proposed" and "its proposed" take a side
		{"the proposed names a proposal", "The OEWG held its fifth session on regular institutional dialogue and the proposed Programme of Action.", Context{}, []string{}},
		{"opposed the proposed", "Russia opposed the proposed Programme of Action.", Context{}, []string{"programme_of_action:against:RUS"}},
		{"proposed as a verb", "France proposed a Programme of Action.", Context{}, []string{"programme_of_action:favor:FRA"}},
		{"the EU delegation in a list", "The EU delegation, Canada, Australia and Mexico argued for opening the doors wider to non-governmental stakeholders.", Context{}, []string{"multistakeholder:favor:AUS,CAN,EU,MEX"}},
		// a statement's rebuttal of what it heard: the speaker holds the opposite
		{"heard, then but", "We have heard, again this week, calls for an expanded list of norms. Armenia is open to that conversation in principle. But we fail to see what a twelfth norm would add.", Context{DocKind: "statement", Speaker: "ARM"}, []string{"new_norms:favor:", "new_norms:against:ARM"}},
		{"heard, then with respect", "We have listened carefully to those delegations that continue to call for a universal convention. With respect, the priority should be to deepen our common understanding of existing law.", Context{DocKind: "statement", Speaker: "MLT"}, []string{"binding_instrument:favor:", "binding_instrument:against:MLT"}},
		// "far from" negates the cue after it
		{"far from convinced that", "We are far from convinced that a new legally binding convention is what the moment requires.", Context{DocKind: "statement", Speaker: "GRC"}, []string{"binding_instrument:against:GRC"}},
		{"far from persuaded that", "Ghana remains far from persuaded that additional norms are needed.", Context{}, []string{"new_norms:against:GHA"}},
		// an against cue with an object that refers back takes the other side
		{"rejected that vocabulary", "China and Russia called for respect for cyber sovereignty over the national information space. The United States rejected that vocabulary.", Context{}, []string{"cyber_sovereignty:favor:CHN,RUS", "cyber_sovereignty:against:USA"}},
		{"pushed back on that notion", "Russia circulated an updated concept of a UN convention. China pushed back on that notion.", Context{}, []string{"binding_instrument:favor:RUS", "binding_instrument:against:CHN"}},
		{"rejected such a proposal", "Russia circulated an updated concept of a UN convention. Canada and Japan rejected such a proposal outright.", Context{}, []string{"binding_instrument:favor:RUS", "binding_instrument:against:CAN,JPN"}},
		{"a demonstrative before a that-clause is no object", "Russia circulated an updated concept of a UN convention. Canada rejected that existing law has gaps.", Context{}, []string{"binding_instrument:favor:RUS", "charter_applies:favor:CAN"}},
		{"a favor cue with a demonstrative noun echoes nothing", "Russia circulated an updated concept of a UN convention. Canada insisted on this procedure.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"dismissed the proposal", "Russia circulated an updated concept of a UN convention. Western States dismissed the proposal.", Context{}, []string{"binding_instrument:favor:RUS", "binding_instrument:against:WEST"}},
		{"never liked that proposal", "France and Egypt proposed a Programme of Action in 2020. Russia and its partners never liked that proposal.", Context{}, []string{"programme_of_action:favor:EGY,FRA", "programme_of_action:against:RUS"}},
		// support after the position, in the same sentence or the next
		{"with support from", "France and Egypt proposed a Programme of Action, with support from Chile, Japan and Kenya.", Context{}, []string{"programme_of_action:favor:CHL,EGY,FRA,JPN,KEN"}},
		{"with the support of", "France and Egypt proposed a Programme of Action with the support of Chile and Japan.", Context{}, []string{"programme_of_action:favor:CHL,EGY,FRA,JPN"}},
		{"it was backed by", "France and Egypt proposed a Programme of Action. It was backed by Chile, Japan and Kenya.", Context{}, []string{"programme_of_action:favor:CHL,EGY,FRA,JPN,KEN"}},
		{"it was not backed by", "France and Egypt proposed a Programme of Action. It was not backed by Chile.", Context{}, []string{"programme_of_action:favor:EGY,FRA"}},
		{"lined up behind it", "Canada and Chile proposed that objections to accreditation be made openly. The United Kingdom and Mexico lined up behind it.", Context{}, []string{"multistakeholder:favor:CAN,CHL,GBR,MEX"}},
		{"added weight to that view", "The EU maintains that international humanitarian law applies to cyber operations in armed conflict. The African Union and Colombia added weight to that view.", Context{}, []string{"ihl_applies:favor:AU,COL,EU"}},
		// a later sentence of the paragraph on the same issue, with its own
		// cue and other holders, may state the other value
		{"the other value, held by others", "Iran and Cuba argued for new norms. Estonia, Canada and New Zealand warned that it would be premature to add norms before the existing ones are implemented.", Context{}, []string{"new_norms:favor:CUB,IRN", "new_norms:against:CAN,EST,NZL"}},
		{"the other value needs other holders", "Iran argued for new norms. Iran warned that it would be premature to add norms before the existing ones are implemented.", Context{}, []string{"new_norms:favor:IRN"}},
		// a named set of States without a group code: each member holds it
		{"the Nordic countries", "The Nordic countries called for a Programme of Action.", Context{}, []string{"programme_of_action:favor:DNK,FIN,ISL,NOR,SWE"}},
		{"the Baltic States and another State", "The Baltic States and Poland rejected a legally binding convention.", Context{}, []string{"binding_instrument:against:EST,LTU,LVA,POL"}},
		// an expletive "it" refers to no one
		{"it is ... that", "It is the malicious use of a technology, not the technology as such, that should concern this Group.", Context{Previous: "Russia's war against Ukraine has been accompanied by cyber operations.", DocKind: "statement", Speaker: "ARM"}, []string{"tech_neutrality:favor:ARM"}},
		{"it is convinced refers back", "It is convinced that a legally binding convention is needed.", Context{Previous: "Russia spoke next."}, []string{"binding_instrument:favor:RUS"}},
		// echo phrases in the present tense; backing won, drawn or had
		{"take the same line", "For the EU, existing international law is fit for purpose. The United States, Australia and the United Kingdom take the same line.", Context{}, []string{"charter_applies:favor:AUS,EU,GBR,USA"}},
		{"won the backing of", "Russia opposed the Programme of Action from the outset. Its alternative, a permanent OEWG, won the backing of Cuba and Indonesia.", Context{}, []string{"programme_of_action:against:CUB,IDN,RUS"}},
		{"which won the support of", "France and Egypt proposed a Programme of Action, which won the support of Chile and Japan.", Context{}, []string{"programme_of_action:favor:CHL,EGY,FRA,JPN"}},
		{"backing the idea copies its value", "Russia called for a permanent OEWG after 2025. China and Cuba backed the idea.", Context{}, []string{"programme_of_action:against:CHN,CUB,RUS"}},
		// "rather than reopening" keeps the agreed framework (52 of the 62
		// labelled sentences with it code framework_acquis favor)
		{"rather than reopening", "Kenya urged the Group to build on the consensus reports rather than reopen them.", Context{}, []string{"framework_acquis:favor:KEN"}},
		// a participle after the issue names its agent, not the sentence's subject
		{"circulated by", "We have studied the concept of a convention on international information security circulated by the Russian Federation. My delegation does not see the need for such an instrument.", Context{DocKind: "statement", Speaker: "ARM"}, []string{"binding_instrument:favor:RUS", "binding_instrument:against:ARM"}},
		{"supported by before the cue", "Russia, supported by Belarus and Syria, called for a legally binding convention.", Context{}, []string{"binding_instrument:favor:BLR,RUS,SYR"}},
		{"heard, no rebuttal", "We have listened with interest to the proposals for new norms on data security. These ideas merit further study.", Context{DocKind: "statement", Speaker: "MNG"}, []string{"new_norms:favor:"}},
		{"a relative clause names no holder", "China, which voted against the French text and in favour of Russia's, said that each State's sovereignty over its own networks must be respected.", Context{}, []string{"cyber_sovereignty:favor:CHN"}},
		{"a participle phrase names no holder", "Kenya, drawing on the position adopted by the African Union, affirmed that international law applies in cyberspace.", Context{}, []string{"charter_applies:favor:KEN"}},
		{"speaking for a group keeps the group", "Russia, speaking also for Belarus and Nicaragua, called for a legally binding convention.", Context{}, []string{"binding_instrument:favor:BLR,NIC,RUS"}},
		{"an agentless passive tells no position", "A Russian-led text calling for talks on a binding convention was rejected in a recorded vote.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"a passive with its agent does", "A binding convention was rejected by France.", Context{}, []string{"binding_instrument:against:FRA"}},
		{"a negation in an earlier clause", "Several organisations were excluded without explanation, and we support the participation of civil society.", Context{DocKind: "statement", Speaker: "MEX"}, []string{"multistakeholder:favor:MEX"}},
		{"rejecting a critical claim", "We reject the argument that affirming international humanitarian law encourages the militarisation of cyberspace.", Context{DocKind: "statement", Speaker: "KEN"}, []string{"ihl_applies:favor:KEN"}},
		{"a negation in the other conjunct", "Iran argued that existing law was written for a world without cyberspace and leaves serious gaps.", Context{}, []string{"charter_applies:against:IRN"}},
		{"reopening modalities is no acquis", "Russia saw no reason to reopen modalities agreed barely a year earlier.", Context{}, []string{}},
		{"opposing a contra marker favours the issue", "44. We oppose the use of ICTs to interfere in the internal affairs of other States.", Context{DocKind: "declaration"}, []string{"cyber_sovereignty:favor:AUTHOR"}},
		{"a contra marker under a favor cue says nothing", "New norms are needed, among others, on the use of ICTs to interfere in internal affairs, Iran said.", Context{}, []string{"new_norms:favor:IRN"}},
		{"the prohibition of intervention applies", "The prohibition of intervention in the internal or external affairs of States applies fully to ICT operations.", Context{DocKind: "statement", Speaker: "KEN"}, []string{"charter_applies:favor:KEN"}},
		{"human rights law applies online", "International human rights law applies online as it does offline.", Context{DocKind: "statement", Speaker: "KEN"}, []string{"charter_applies:favor:KEN"}},
		{"the inherent right of self-defence", "If a cyber operation rises to the level of an armed attack, Kenya retains its inherent right of self-defence under Article 51.", Context{}, []string{"ihl_applies:favor:KEN"}},
		{"recognise", "We recognise the contribution of the global Points of Contact directory.", Context{DocKind: "declaration"}, []string{"poc_directory:favor:AUTHOR"}},
		{"a panellist without a code", "The ICRC legal adviser said that international humanitarian law must apply to cyber operations in armed conflict.", Context{}, []string{"ihl_applies:favor:"}},
		{"a negation does not cross since", "The United Kingdom stated that it sees no need for a new treaty, since international law is fit for purpose.", Context{}, []string{"binding_instrument:against:GBR", "charter_applies:favor:GBR"}},
		{"fit for purpose", "The United Kingdom believes that existing international law is fit for purpose.", Context{DocKind: "statement", Speaker: "GBR"}, []string{"charter_applies:favor:GBR"}},
		{"cannot accept", "My delegation cannot accept any attempt to replace the OEWG with a Programme of Action.", Context{DocKind: "statement", Speaker: "RUS"}, []string{"programme_of_action:against:RUS"}},
		{"OEWG as the single track", "We believe the OEWG should remain the single, permanent negotiating mechanism under the auspices of the UN.", Context{DocKind: "statement", Speaker: "RUS"}, []string{"programme_of_action:against:RUS"}},
		{"argued that ... is needed", "Russia has long argued that a universal convention on international information security is needed.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"a critical marker is not flipped by the criticism", "China opposes the militarization of cyberspace and cautions against the indiscriminate application of the law of armed conflict.", Context{}, []string{"ihl_applies:against:CHN"}},
		{"dissociation", "Iran and Cuba dissociated themselves from the paragraph on international humanitarian law.", Context{}, []string{"ihl_applies:against:CUB,IRN"}},
		{"rejecting another State's proposal", "The United States and its allies rejected the Russian proposal for a convention.", Context{}, []string{"binding_instrument:against:USA"}},
		{"implement first", "We reiterate that the 11 voluntary norms must be implemented before new norms are considered.", Context{DocKind: "statement", Speaker: "GBR"}, []string{"new_norms:against:GBR"}},
		{"foundation", "Brazil stressed that the agreed framework of responsible State behaviour is the foundation for further work.", Context{}, []string{"framework_acquis:favor:BRA"}},
		{"quoted first person belongs to the quoted speaker", "“We support the Programme of Action,” said the French ambassador.", Context{}, []string{"programme_of_action:favor:FRA"}},
		{"a cue after the issue", "In Russia's view, the Programme of Action is premature.", Context{}, []string{"programme_of_action:against:RUS"}},
		{"analysis we is AUTHOR", "We argue that a Programme of Action is needed to make the framework work.", Context{}, []string{"programme_of_action:favor:AUTHOR"}},
		{"supported by", "China and Russia, supported by Iran and Syria, rejected the Programme of Action.", Context{}, []string{"programme_of_action:against:CHN,IRN,RUS,SYR"}},
		{"tech neutrality", "Measures should be technology-neutral and address the malicious use of ICTs rather than the technologies themselves.", Context{DocKind: "statement", Speaker: "GBR"}, []string{"tech_neutrality:favor:GBR"}},
		{"PoC directory", "We welcome the operationalisation of the global Points of Contact directory.", Context{DocKind: "statement", Speaker: "SGP"}, []string{"poc_directory:favor:SGP"}},
		{"it: the last State subject", "Pakistan voted for the resolution. It supports legally binding instruments on the use of ICTs.", Context{}, []string{"binding_instrument:favor:PAK"}},
		{"the country: the last State subject", "Viet Nam has opened a cyber command. However, the country has also promoted the applicability of international humanitarian law.", Context{}, []string{"ihl_applies:favor:VNM"}},
		{"it after an uncoded subject is not the State", "Switzerland presented the report. The report builds on the eleven norms. It reaffirms that international law is applicable.", Context{}, []string{"framework_acquis:favor:", "charter_applies:favor:"}},
		{"capital as metonym", "Tokyo takes the view that international humanitarian law applies to cyber operations.", Context{}, []string{"ihl_applies:favor:JPN"}},
		{"a list of States as joint subject", "Belarus, Cuba, Nicaragua and Syria had circulated a paper proposing a convention on information security.", Context{}, []string{"binding_instrument:favor:BLR,CUB,NIC,SYR"}},
		{"a group without a code", "SCO member states pushed for a legally binding instrument on international information security.", Context{}, []string{"binding_instrument:favor:"}},
		{"confirmed the applicability", "Chile and Estonia have confirmed the applicability of countermeasures to cyber operations.", Context{}, []string{"ihl_applies:favor:CHL,EST"}},
		{"a that-clause governs its whole complement", "China and Russia argued that voluntary commitments have not prevented an arms race in cyberspace and that only a legally binding convention can fill the gap.", Context{}, []string{"binding_instrument:favor:CHN,RUS"}},
		{"an analysis's own must in another clause", "While Indonesia's approach has served it well, its ambitions must rest on demonstrable commitments to the framework of responsible state behaviour.", Context{}, []string{"framework_acquis:favor:AUTHOR"}},
		{"consensus description", "As UN members, all ASEAN states have agreed to the framework of responsible state behaviour.", Context{}, []string{}},
		{"named States reaffirming are no consensus outcome", "The European Union and its member States reaffirmed their support for a Programme of Action.", Context{}, []string{"programme_of_action:favor:EU"}},
		{"imperative recommendation is the author's", "4. Nominate diplomatic and technical contacts to the Points of Contact directory.", Context{DocKind: "analysis"}, []string{"poc_directory:favor:AUTHOR"}},
		{"imperative in a statement is the speaker's", "Support the Programme of Action as the permanent mechanism.", Context{DocKind: "statement", Speaker: "CHL"}, []string{"programme_of_action:favor:CHL"}},
		{"a sentence-initial noun is no imperative", "Use of the Points of Contact directory remains limited.", Context{DocKind: "analysis"}, []string{}},
		{"an imperative verb inside a sentence is no cue", "Few States use the Points of Contact directory.", Context{DocKind: "analysis"}, []string{}},
		{"summary line: actors before a colon", "Iran, Cuba: a legally binding instrument on information security", Context{}, []string{"binding_instrument:favor:CUB,IRN"}},
		{"summary line with a negation", "Canada: no new legally binding instrument", Context{}, []string{"binding_instrument:against:CAN"}},
		{"a coordinated against cue has its own object", "Cuba called for a legally binding instrument and rejected unilateral coercive measures.", Context{}, []string{"binding_instrument:favor:CUB"}},
		{"those States: the holders of the previous paragraph", "In the same letter, those States called for a legally binding instrument.", Context{Previous: "Belarus and Nicaragua wrote to the Chair."}, []string{"binding_instrument:favor:BLR,NIC"}},
		{"the paper: the authors named in the sentence before", "Argentina, Brazil and Canada submitted a working paper. The paper proposes to strengthen the Points of Contact directory.", Context{}, []string{"poc_directory:favor:ARG,BRA,CAN"}},
		{"questioned whether: the question is doubted", "Russia questioned whether a Programme of Action is needed.", Context{}, []string{"programme_of_action:against:RUS"}},
		{"passive lists after by, coordinated", "Proposals for a legally binding instrument, revived by Russia and supported by Iran and Syria, were discussed.", Context{}, []string{"binding_instrument:favor:IRN,RUS,SYR"}},
		{"humanitarian law without international", "Mexico stated that humanitarian law governs cyber operations in armed conflict.", Context{}, []string{"ihl_applies:favor:MEX"}},
		{"relative clause: the antecedent holds it", "Western States, which prefer implementation, and Russia and its partners, which want new binding rules, disagree.", Context{}, []string{"new_norms:favor:RUS", "binding_instrument:favor:RUS"}},
		// (until round 22 "rather than reopen" also gave new_norms against;
		// the labelled sentences code it framework_acquis favor)
		{"rather than negates what follows", "Ghana said the mechanism should build on what has been agreed rather than reopen the agreed framework.", Context{}, []string{"framework_acquis:favor:GHA"}},
		{"list item of commitments", "Agreements include principled commitments such as the application of the UN Charter and commitment to capacity-building.", Context{}, []string{}},
		{"a treaty against crime is not the binding instrument", "The leaders committed to a legally binding instrument for combating the criminal use of ICTs.", Context{}, []string{}},
		{"tech neutrality: do not capture legitimate work", "Kenya insisted that the prohibition must not capture legitimate security research.", Context{}, []string{"tech_neutrality:favor:KEN"}},
		{"the cue's own clause holds it", "Brazil has voiced doubts about it, while Russia called for a convention on international information security.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"two positions in one sentence", "Brazil has voiced reservations about a new legally binding instrument, while Russia's advocacy for a convention on international information security continues.", Context{}, []string{"binding_instrument:against:BRA", "binding_instrument:favor:RUS"}},
		{"a list joined by 'and the'", "The Russian Federation and the Islamic Republic of Iran called for the negotiation of a legally binding instrument.", Context{}, []string{"binding_instrument:favor:IRN,RUS"}},
		{"no gap, no treaty", "Australia sees no gaps that a new treaty would need to fill.", Context{}, []string{"binding_instrument:against:AUS"}},
		{"we do not see a gap", "We do not see any gap in the law that would justify negotiating a new convention.", Context{DocKind: "statement", Speaker: "SWE"}, []string{"binding_instrument:against:SWE"}},
		{"a treaty is premature", "Japan considers a binding treaty on ICT security premature.", Context{}, []string{"binding_instrument:against:JPN"}},
		{"new norms premature", "Estonia called additional norms premature at this stage.", Context{}, []string{"new_norms:against:EST"}},
		{"rather than drafting new ones", "Rather than drafting new rules, States should put the agreed ones into practice.", Context{DocKind: "statement", Speaker: "NLD"}, []string{"new_norms:against:NLD"}},
		{"the Charter governs", "Chile said the Charter governs the conduct of States in cyberspace.", Context{}, []string{"charter_applies:favor:CHL"}},
		{"countermeasures as a right", "Estonia holds that an injured State has the right to take countermeasures, including collective ones.", Context{}, []string{"ihl_applies:favor:EST"}},
		{"anchored in the framework", "Singapore stressed that any new mechanism must be anchored in the framework already endorsed by the General Assembly.", Context{}, []string{"framework_acquis:favor:SGP"}},
		{"keep the non-objection rule", "Russia insisted on keeping the non-objection procedure for non-governmental organisations.", Context{}, []string{"multistakeholder:against:RUS"}},
		{"meaningful participation", "Canada pressed for meaningful stakeholder participation in the permanent body.", Context{}, []string{"multistakeholder:favor:CAN"}},
		{"the directory", "Ghana supported the directory and nominated its technical contact.", Context{}, []string{"poc_directory:favor:GHA"}},
		{"sovereignty extends to cyberspace", "India maintains that state sovereignty should extend to cyberspace.", Context{}, []string{"cyber_sovereignty:favor:IND"}},
		{"law does not adequately cover ICTs", "Venezuela argued that international law does not adequately cover the use of ICTs by States.", Context{}, []string{"charter_applies:against:VEN"}},
		{"keep the intergovernmental character", "Syria said the intergovernmental character of the process must be preserved.", Context{}, []string{"multistakeholder:against:SYR"}},
		{"combine the two formats", "Indonesia proposed to combine the strengths of the OEWG and the Programme of Action in one body.", Context{}, []string{"programme_of_action:neutral:IDN"}},
		{"the acquis to build on", "Peru described the reports as the acquis on which any future body must build.", Context{}, []string{"framework_acquis:favor:PER"}},
		{"stakeholders attend", "Ireland called for NGOs and academia to attend the formal sessions.", Context{}, []string{"multistakeholder:favor:IRL"}},
		{"meetings reserved for States", "Belarus insisted that formal meetings be reserved for Member States.", Context{}, []string{"multistakeholder:against:BLR"}},
		{"jurisdiction over infrastructure", "Cuba defended each State's jurisdiction over the ICT infrastructure in its territory.", Context{}, []string{"cyber_sovereignty:favor:CUB"}},
		{"a treaty when conditions are ripe", "China supports, when conditions are ripe, a legally binding instrument.", Context{}, []string{"binding_instrument:favor:CHN"}},
		{"judge behaviour, not tools", "Norway said the framework must judge behaviour, not tools.", Context{}, []string{"tech_neutrality:favor:NOR"}},
		{"a ban on offensive capabilities", "Pakistan called for a ban on offensive cyber weapons.", Context{}, []string{"tech_neutrality:against:PAK"}},
		{"gaps exist", "Syria argued that gaps exist in the law applicable to ICTs.", Context{}, []string{"charter_applies:against:SYR"}},
		{"encouraged the directory", "Malaysia encouraged all States to make the directory fully operational.", Context{}, []string{"poc_directory:favor:MYS"}},
		{"implementation takes precedence", "Austria wants implementation to take precedence over the drafting of new norms.", Context{}, []string{"new_norms:against:AUT"}},
		{"not a programme of action", "Russia said the body should continue the OEWG, not a programme of action.", Context{}, []string{"programme_of_action:against:RUS"}},
		{"tracks not mutually exclusive", "For Kenya, implementing the norms and developing new norms are not mutually exclusive.", Context{}, []string{"new_norms:neutral:KEN"}},
		{"due diligence applies", "Germany holds that due diligence applies to State conduct in cyberspace.", Context{}, []string{"charter_applies:favor:DEU"}},
		{"countermeasures are available", "Estonia said countermeasures are available against malicious cyber operations.", Context{}, []string{"ihl_applies:favor:EST"}},
		{"respect for sovereignty in cyberspace", "China called for respect for the sovereignty of States in cyberspace.", Context{}, []string{"cyber_sovereignty:favor:CHN"}},
		{"implementation is the priority", "Sweden said the priority is implementation of the agreed norms.", Context{}, []string{"new_norms:against:SWE"}},
		{"no new instrument needed", "Canada believes that no new legally binding instrument is needed.", Context{}, []string{"binding_instrument:against:CAN"}},
		{"importing armed conflict", "Pakistan cautioned against importing concepts of armed conflict into cyberspace.", Context{}, []string{"ihl_applies:against:PAK"}},
		{"developing rules, norms and principles", "Russia said the new body should continue developing rules, norms and principles, including legally binding ones.", Context{}, []string{"new_norms:favor:RUS", "binding_instrument:favor:RUS"}},
		{"speaker after the position", "A legally binding instrument should be negotiated under the UN, Zimbabwe stated.", Context{}, []string{"binding_instrument:favor:ZWE"}},
		{"speaker after the position, with the", "That consensus belongs to the past and a new treaty is needed, the Islamic Republic of Iran noted.", Context{}, []string{"binding_instrument:favor:IRN"}},
		{"non-binding norms are no binding instrument", "Japan prefers voluntary, non-binding norms to a treaty process.", Context{}, []string{}},
		{"aligned actors share a first-person position", "We echo the positions taken by Canada and Australia that countermeasures are available.", Context{DocKind: "statement", Speaker: "NZL"}, []string{"ihl_applies:favor:AUS,CAN,NZL"}},
		// round 23: a group's members after its leaders, whose view a sentence gives, the other side of a contrast, objectors, joiners
		{"in X's view covers the sentence", "In Russia's view, existing international law does not offer adequate answers, and a universal, legally binding convention should be elaborated.", Context{}, []string{"charter_applies:against:RUS", "binding_instrument:favor:RUS"}},
		{"in the view of", "In the view of China and Iran, a legally binding instrument should be negotiated.", Context{}, []string{"binding_instrument:favor:CHN,IRN"}},
		{"for X, before a comma", "For Cuba, a legally binding instrument should be negotiated.", Context{}, []string{"binding_instrument:favor:CUB"}},
		{"its statement", "Its statement stressed that any new rule should target malicious conduct, not the tools themselves.", Context{Previous: "The United States joined consensus."}, []string{"tech_neutrality:favor:USA"}},
		{"rather than opening negotiations on further norms", "Rather than opening negotiations on further norms, this Group should help States implement the existing ones.", Context{DocKind: "statement", Speaker: "MLT"}, []string{"new_norms:against:MLT"}},
		{"before drafting additional norms", "Before we turn to drafting additional norms, we should equip every State to put the existing ones into practice.", Context{DocKind: "statement", Speaker: "MUS"}, []string{"new_norms:against:MUS"}},
		{"while sets the other side against", "Russia and Iran insisted on a legally binding treaty, while Canada and Japan insisted that the process must stay simple.", Context{}, []string{"binding_instrument:favor:IRN,RUS", "binding_instrument:against:CAN,JPN"}},
		{"whereas on a contested issue", "Western delegations argued that non-governmental experts should be able to take part in the Mechanism's work, whereas Russia and Iran insisted that any State must keep the right to block individual organisations.", Context{}, []string{"multistakeholder:favor:WEST", "multistakeholder:against:IRN,RUS"}},
		{"while with a referring-back favor cue is no contrast", "Russia called for a legally binding treaty, while China supported it.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"while with a neutral cue is no contrast", "Russia called for a legally binding treaty, while Brazil kept an open mind about the outcome.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"over the objections of", "The Programme of Action was pushed through the General Assembly in 2022 over the objections of Russia, China and Iran.", Context{}, []string{"programme_of_action:favor:", "programme_of_action:against:CHN,IRN,RUS"}},
		{"joined X in", "China, Iran and Syria joined Russia in opposing the Programme of Action.", Context{}, []string{"programme_of_action:against:CHN,IRN,RUS,SYR"}},
		{"rather than a new norm, then the subject", "Rather than opening negotiations on further norms, Japan urged States to implement the existing ones.", Context{}, []string{"new_norms:against:JPN"}},
		{"rather than a new norm, then we", "Rather than a new norm, we recommend that the general thematic group develop shared guidance.", Context{}, []string{"new_norms:against:AUTHOR"}},
		{"say that after an aside", "Iran and Pakistan, by contrast, say that a legally binding instrument is needed.", Context{}, []string{"binding_instrument:favor:IRN,PAK"}},
		{"echo with a tail of adverbs", "Switzerland said that IHL applies to cyber operations during armed conflicts. The EU and Japan made the same point more briefly.", Context{}, []string{"ihl_applies:favor:CHE,EU,JPN"}},
		{"echo with a referring-back object", "Russia called for a legally binding convention. China and Iran had spoken in support of this approach.", Context{}, []string{"binding_instrument:favor:CHN,IRN,RUS"}},
		{"echo with where", "Switzerland said that IHL applies to cyber operations during armed conflicts. Japan made the same point in the working group.", Context{}, []string{"ihl_applies:favor:CHE,JPN"}},
		{"an echo phrase with an issue of its own is no echo", "Russia called for a legally binding convention. Mexico and Chile spoke in support of the Programme of Action.", Context{}, []string{"binding_instrument:favor:RUS", "programme_of_action:favor:CHL,MEX"}},
		{"in its view", "Russia rejected any format prepared outside the OEWG. In its view, the only legitimate way forward would be to draft a universal legally binding instrument.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"supporters of a proposal named after its author", "Iran, Cuba and Venezuela have supported the Russian call for a convention.", Context{}, []string{"binding_instrument:favor:CUB,IRN,RUS,VEN"}},
		{"together with after the subject keeps all in the memory", "The EU and its member States, together with the United States, the United Kingdom, Canada, Australia, Japan and other like-minded countries, will press for a mechanism that is action-oriented. They want the 2015 norms and the earlier consensus reports retained as the explicit foundation of the new body.", Context{}, []string{"framework_acquis:favor:AUS,CAN,EU,GBR,JPN,LIKE_MINDED,USA", "new_norms:against:AUS,CAN,EU,GBR,JPN,LIKE_MINDED,USA"}},
		{"were unmoved", "Russia circulated the concept of a convention on international information security. The EU, the United States and the United Kingdom were unmoved.", Context{}, []string{"binding_instrument:favor:RUS", "binding_instrument:against:EU,GBR,USA"}},
		{"a line that X would later make its own", "Russian diplomats argued that every State is entitled to protect its information space from outside interference, a line that Beijing would later make its own.", Context{}, []string{"cyber_sovereignty:favor:CHN,RUS"}},
		{"a view that X share", "Russia called for a legally binding convention, a view that Iran and Cuba share.", Context{}, []string{"binding_instrument:favor:CUB,IRN,RUS"}},
		{"a view that X does not share", "Russia called for a legally binding convention, a view that Japan does not share.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"not a binary one makes a negated cue neutral", "Cambodia does not believe the question of a legally binding instrument has to be an either-or choice.", Context{DocKind: "statement", Speaker: "KHM"}, []string{"binding_instrument:neutral:KHM"}},
		{"neither exclude nor", "We neither exclude the possibility of legally binding commitments in the future nor believe that their negotiation should hold up the practical work before us.", Context{DocKind: "statement", Speaker: "IDN"}, []string{"binding_instrument:neutral:IDN"}},
		{"matters far less", "Whether it is called a Programme of Action or a permanent working group matters far less to us than what it does.", Context{DocKind: "statement", Speaker: "KHM"}, []string{"programme_of_action:neutral:KHM"}},
		{"a choice phrase in another clause leaves a position alone", "Brazil said that existing international law applies in full, and that the choice between binding and non-binding rules need not be made now.", Context{}, []string{"charter_applies:favor:BRA", "binding_instrument:neutral:BRA"}},
		{"disputed that", "Russia disputed that international law applies in cyberspace.", Context{}, []string{"charter_applies:against:RUS"}},
		{"never disputed that", "China has never disputed that international law applies in cyberspace.", Context{}, []string{"charter_applies:favor:CHN"}},
		{"questioned whether", "Iran questioned whether international humanitarian law applies to cyber operations.", Context{}, []string{"ihl_applies:against:IRN"}},
		{"counter with a number of other delegations", "The EU and Switzerland insisted that international humanitarian law applies to cyber operations in armed conflict. China, Iran and a number of other delegations objected.", Context{}, []string{"ihl_applies:favor:CHE,EU", "ihl_applies:against:CHN,IRN"}},
		{"would be a mistake", "In my view, a legally binding treaty would be a mistake.", Context{}, []string{"binding_instrument:against:AUTHOR"}},
		{"backed by a count of States including", "The Programme of Action, by now backed by more than sixty States including France and Egypt, was the obvious candidate for a permanent mechanism.", Context{}, []string{"programme_of_action:favor:EGY,FRA"}},
		{"backed by after a named subject", "Russia, backed by Iran, called for a legally binding treaty.", Context{}, []string{"binding_instrument:favor:IRN,RUS"}},
		{"with support from opening a clause", "Australia and Canada pressed for a more inclusive accreditation process for stakeholders, with support from Chile.", Context{}, []string{"multistakeholder:favor:AUS,CAN,CHL"}},
		// round 24: lists that go on into a group, companions, asides, views that go on, camps and their members, choices declined
		{"a list that goes on into a group that includes", "The European Union, the United Kingdom, Australia and a cross-regional group that includes Colombia and Austria rejected a new legally binding instrument.", Context{}, []string{"binding_instrument:against:AUS,AUT,COL,EU,GBR"}},
		{"supporters have been a group that includes", "The firmest supporters of the participation of stakeholders have been a cross-regional group that includes Canada, Chile and Mexico.", Context{}, []string{"multistakeholder:favor:CAN,CHL,MEX"}},
		{"X and its partners", "Russia and its like-minded partners called for a legally binding convention.", Context{}, []string{"binding_instrument:favor:LIKE_MINDED,RUS"}},
		{"with X's support", "Beijing, with Moscow's support, argues that each State should govern the information flowing within its borders free from outside interference.", Context{}, []string{"cyber_sovereignty:favor:CHN,RUS"}},
		{"a list that forms a bloc", "Canada, Japan and Australia form a loose Western bloc that supports the Programme of Action.", Context{}, []string{"programme_of_action:favor:AUS,CAN,JPN,WEST"}},
		{"a first-person aside agrees", "The United States and Australia argue, as we do, that a new legally binding treaty is unnecessary.", Context{DocKind: "analysis"}, []string{"binding_instrument:against:AUS,AUTHOR,USA"}},
		{"according to X goes on", "According to Iran, existing law contained significant gaps as regards the use of ICTs, and voluntary norms could not hold anyone accountable. Only a legally binding instrument could fill those gaps.", Context{DocKind: "analysis"}, []string{"charter_applies:against:IRN", "binding_instrument:favor:IRN"}},
		{"a camp's members named next", "Western delegations rejected a new legally binding instrument. Canada, New Zealand and Estonia said that implementation must come first.", Context{}, []string{"binding_instrument:against:CAN,EST,NZL,WEST", "new_norms:against:CAN,EST,NZL"}},
		{"a camp's position stops at yet", "Western delegations rejected a new legally binding instrument. Yet the United States and the United Kingdom said that implementation must come first.", Context{}, []string{"binding_instrument:against:WEST", "new_norms:against:GBR,USA"}},
		{"framing as a choice between", "Brazil and Mexico cautioned against framing the debate as a choice between a treaty and nothing at all.", Context{}, []string{"binding_instrument:neutral:BRA,MEX"}},
		{"the choice is between", "Nor do I accept that the choice is between a treaty and nothing.", Context{DocKind: "analysis"}, []string{"binding_instrument:neutral:AUTHOR"}},
		// (a clause of its own that paraphrases the position, "and the European Union argued that
		// the priority is to apply the law that already exists", may join it: annotators code it so)
		{"a marker does not reach into a clause with its own subject", "The United Kingdom warned that a new treaty would weaken the Charter, and Cuba argued that the priority is to protect the sovereignty of States over their information space.", Context{}, []string{"cyber_sovereignty:favor:CUB", "binding_instrument:against:GBR"}},
		{"those who is no holder", "Those who reject binding obligations simply wish to keep a free hand.", Context{DocKind: "statement", Speaker: "RUS"}, []string{"binding_instrument:against:"}},
		{"the Russian side counters", "The United States said that talk of a treaty is a waste of time. The Russian side cannot agree.", Context{}, []string{"binding_instrument:against:USA", "binding_instrument:favor:RUS"}},
		{"co-sponsored with", "In 2020 Egypt co-sponsored the Programme of Action with France.", Context{}, []string{"programme_of_action:favor:EGY,FRA"}},
		{"a Programme of Action that only locates a proposal", "Malawi supports the establishment, within the Programme of Action, of a dedicated voluntary trust fund.", Context{}, []string{}},
		{"rather than be constructed as", "Indonesia said that the future mechanism should grow out of this Working Group, rather than be constructed as a separate Programme of Action running alongside it.", Context{}, []string{"programme_of_action:against:IDN"}},
		{"gaps that only a new instrument can fill", "Iran and Cuba point to gaps in international law that, in their view, only a new instrument can close.", Context{}, []string{"charter_applies:against:CUB,IRN", "binding_instrument:favor:CUB,IRN"}},
		{"can only be settled through", "Iran maintained that questions of this kind can only be settled through a dedicated legal instrument negotiated among all States.", Context{}, []string{"binding_instrument:favor:IRN"}},
		{"not persuaded that gaps exist that only a treaty could fill", "We are not persuaded that existing law leaves gaps that only a treaty could fill.", Context{DocKind: "statement", Speaker: "TUR"}, []string{"charter_applies:favor:TUR", "binding_instrument:against:TUR"}},
		{"no gap that only a treaty could fill", "We do not see a gap in existing law that only a treaty could fill.", Context{DocKind: "statement", Speaker: "KOR"}, []string{"binding_instrument:against:KOR", "charter_applies:favor:KOR"}},
		{"the holder of a claim in a that-clause", "The EU stated that international law applies in cyberspace, a view shared by the United States and Estonia; Pakistan and Iran, on the other hand, argued that existing law leaves gaps.", Context{}, []string{"charter_applies:favor:EST,EU,USA", "charter_applies:against:IRN,PAK"}},
		{"not through a new instrument", "It is through such exchanges, and not through the negotiation of a new instrument, that common understandings will grow.", Context{DocKind: "statement", Speaker: "ROU"}, []string{"binding_instrument:against:ROU"}},
		{"a solution in search of a problem", "Australia and Colombia have described a new instrument as a solution in search of a problem.", Context{}, []string{"binding_instrument:against:AUS,COL"}},
		{"do not share that premise", "Russia argued that international law contains gaps that only a new convention can fill. We do not share that premise.", Context{DocKind: "statement", Speaker: "GBR"}, []string{"binding_instrument:favor:RUS", "charter_applies:against:RUS", "binding_instrument:against:GBR", "charter_applies:favor:GBR"}},
		{"must not become", "Russia insisted that the mechanism must not become a Programme of Action under another name.", Context{}, []string{"programme_of_action:against:RUS"}},
		{"must never be targeted is no negated object", "Hospitals must never be targeted, and in armed conflict international humanitarian law protects them.", Context{DocKind: "statement", Speaker: "AUS"}, []string{"ihl_applies:favor:AUS"}},
		{"named States after an unnamed subject", "Only six States voted against the resolution on the Programme of Action, including Russia, China and Iran.", Context{}, []string{"programme_of_action:against:CHN,IRN,RUS"}},
		{"States among them after the position", "Six States voted against the resolution on the Programme of Action, Russia and China among them.", Context{}, []string{"programme_of_action:against:CHN,RUS"}},
		{"a list among them joins", "Several of these partners, Canada, Chile and the European Union among them, joined Mexico in calling for the meaningful participation of stakeholders.", Context{}, []string{"multistakeholder:favor:CAN,CHL,EU,MEX"}},
		{"have set out that", "The United States and the United Kingdom have set out that a State may answer hostile cyber operations with countermeasures, and that Article 51 is available against a cyber armed attack.", Context{DocKind: "analysis"}, []string{"ihl_applies:favor:GBR,USA"}},
		{"find this reasoning unpersuasive", "Russia argued that existing international law contains gaps. We find this reasoning unpersuasive.", Context{DocKind: "analysis"}, []string{"charter_applies:against:RUS", "charter_applies:favor:AUTHOR"}},
		{"divided over whether is no position", "The talks ended still divided over whether the world needs a binding treaty on State conduct in cyberspace.", Context{DocKind: "analysis"}, []string{}},
		{"questioned whether still doubts", "Iran questioned whether the world needs a binding treaty on State conduct in cyberspace.", Context{}, []string{"binding_instrument:against:IRN"}},
		{"a that-verb does not govern past a while-clause with its own subject", "The European Union and the United States insisted that existing law was fit for purpose, while Russia, Iran and Pakistan kept pointing to gaps that only new rules could fill.", Context{}, []string{"charter_applies:favor:EU,USA"}},
		{"keep pushing for", "Russia said Moscow would keep pushing for a universal convention.", Context{}, []string{"binding_instrument:favor:RUS"}},
		{"the Programme of Action should is design talk", "The Programme of Action should include a dedicated voluntary fund.", Context{DocKind: "statement", Speaker: "ZMB"}, []string{}},
		{"in a balanced way is no neutral cue", "The mandate must cover all pillars in a balanced way, including the elaboration of new norms.", Context{DocKind: "statement", Speaker: "NIC"}, []string{"new_norms:favor:NIC"}},
		{"a balanced arrangement is neutral", "We would support a balanced arrangement that draws on the expertise of stakeholders while preserving the intergovernmental character of decision-making.", Context{DocKind: "statement", Speaker: "KHM"}, []string{"multistakeholder:neutral:KHM"}},
		{"open to discussing whether", "Brazil has said it is open to discussing whether legally binding obligations may eventually be needed.", Context{}, []string{"binding_instrument:neutral:BRA"}},
		{"wanted the directory to handle is scope, not a position", "The quarrel was over scope rather than existence. Moscow wanted the directory to handle any computer incident, whereas several Western delegations preferred to reserve it for significant incidents.", Context{DocKind: "analysis"}, []string{}},
		{"want negotiations on a treaty to begin", "Its authors want negotiations on a treaty to begin as soon as possible.", Context{}, []string{"binding_instrument:favor:"}},
		{"a position's title is no position", "Kenya welcomed the Common African Position on the application of international law to the use of ICTs.", Context{}, []string{}},
		{"need not be settled now", "Egypt said that the question of a treaty need not be settled now.", Context{}, []string{"binding_instrument:neutral:EGY"}},
		{"in a statement the draft is the text under negotiation", "The Chair has circulated a voluntary checklist on implementing the existing norms rather than drafting new ones. We welcome the draft.", Context{DocKind: "statement", Speaker: "CIV"}, []string{"new_norms:against:"}},
		{"the PoA's meetings only locates", "Fiji said that incident responders should have a role in the PoA's meetings.", Context{}, []string{}},
		{"the PoA's establishment is the proposal", "Honduras supports the PoA's establishment.", Context{}, []string{"programme_of_action:favor:HND"}},
		{"neither prejudged nor excluded", "South Africa said that the question of a legally binding instrument should be neither prejudged nor excluded.", Context{}, []string{"binding_instrument:neutral:ZAF"}},
		// round 25: groups named by their members, camps, the framework's elements, comparisons
		{"a group of like-minded governments that includes", "Russia, China and a group of like-minded governments that includes Belarus, Cuba and Iran want a legally binding instrument.", Context{DocKind: "analysis"}, []string{"binding_instrument:favor:BLR,CHN,CUB,IRN,RUS"}},
		{"a group of States that includes, after a longer list", "Russia, China, Syria and a group of States that includes Belarus and Iran want a legally binding instrument.", Context{DocKind: "analysis"}, []string{"binding_instrument:favor:BLR,CHN,IRN,RUS,SYR"}},
		{"the same governments", "The same governments insist that international humanitarian law governs cyber operations during armed conflict.", Context{DocKind: "analysis", Previous: "The EU, Canada and Japan hold that international law already applies to cyberspace."}, []string{"ihl_applies:favor:CAN,EU,JPN"}},
		{"this camp is the camp, not its member named last", "The EU, Canada and Japan hold that international law already applies to cyberspace. The EU set this out in a declaration in 2024. This camp is also the most consistent advocate of giving civil society a real voice in the negotiations.", Context{DocKind: "analysis"}, []string{"charter_applies:favor:CAN,EU,JPN", "multistakeholder:favor:CAN,EU,JPN"}},
		{"the affirmation that international law applies is an element of the framework", "The EU recalled that the framework consists of the eleven norms, the affirmation that international law applies and a set of confidence-building measures.", Context{DocKind: "analysis"}, []string{}},
		{"the GGE's formula on IHL is a report's content", "The sixth GGE noted that IHL applies only in situations of armed conflict.", Context{DocKind: "analysis"}, []string{}},
		{"new norms as the lesser choice of a comparison", "Ghana, Senegal and Mauritius argued that the continent would gain more from putting these norms into practice than from negotiating further ones.", Context{DocKind: "analysis"}, []string{"new_norms:against:GHA,MUS,SEN"}},
		{"rather than negotiating additional ones", "Chile said that the priority was to implement the norms rather than to negotiate additional ones.", Context{DocKind: "analysis"}, []string{"new_norms:against:CHL"}},
		{"regretting that new norms got less room is favor", "The like-minded group regretted that the draft devoted far more space to implementing the eleven agreed norms than to elaborating new ones.", Context{DocKind: "analysis"}, []string{"new_norms:favor:LIKE_MINDED"}},
		{"vote against in the present", "Russia and China vote against the resolution on a Programme of Action.", Context{DocKind: "analysis"}, []string{"programme_of_action:against:CHN,RUS"}},
		{"vote for in the present", "Kenya and Ghana vote for the resolution on a Programme of Action.", Context{DocKind: "analysis"}, []string{"programme_of_action:favor:GHA,KEN"}},
		{"rather than create new dependencies is no norm", "Singapore said that capacity-building should build capabilities rather than create new dependencies.", Context{DocKind: "analysis"}, []string{}},
		{"the priority is to implement what was agreed", "Brazil has argued that the priority is to implement what has already been agreed.", Context{DocKind: "analysis"}, []string{"new_norms:against:BRA"}},
		{"implementation of the existing norms should come first", "Brazil, India and Indonesia said that the implementation of the existing norms should come first.", Context{DocKind: "analysis"}, []string{"new_norms:against:BRA,IDN,IND"}},
		{"before we write new norms", "Ecuador said that before we write new norms, we should help every State apply those we already have.", Context{DocKind: "analysis"}, []string{"new_norms:against:ECU"}},
		{"the body must remain intergovernmental", "Russia and Iran insisted that the future body remain strictly intergovernmental.", Context{DocKind: "analysis"}, []string{"multistakeholder:against:IRN,RUS"}},
		{"the directory staying intergovernmental is no view on stakeholders", "Venezuela noted that the directory will remain strictly intergovernmental.", Context{DocKind: "analysis"}, []string{}},
		{"decision-making staying intergovernmental is no view on stakeholders", "Egypt stressed that decision-making must remain intergovernmental.", Context{DocKind: "analysis"}, []string{}},
		{"a mix of binding and non-binding rules is neutral", "Brazil said that there could be a mix of binding and non-binding rules.", Context{DocKind: "analysis"}, []string{"binding_instrument:neutral:BRA"}},
		{"non-binding norms stay no treaty inside a choice", "Japan prefers voluntary, non-binding norms to a treaty process.", Context{}, []string{}},
		{"co-led with names both authors", "Colombia co-led with Senegal a cross-regional statement affirming that IHL applies to ICT activities during armed conflict.", Context{DocKind: "analysis"}, []string{"ihl_applies:favor:COL,SEN"}},
		{"options of an embedded question judged after it", "Whether the mechanism is finally called a programme of action or a permanent working group is, for us, a secondary question.", Context{DocKind: "statement", Speaker: "Armenia"}, []string{"programme_of_action:neutral:ARM"}},
		{"the choice between two formats is not decisive", "My delegation does not see the choice between a Programme of Action and a permanent working group as the decisive question.", Context{DocKind: "statement", Speaker: "Armenia"}, []string{"programme_of_action:neutral:ARM"}},
		{"the choice before us", "We do not believe the choice before us is between a treaty now or no further law at all.", Context{DocKind: "statement", Speaker: "Armenia"}, []string{"binding_instrument:neutral:ARM"}},
		{"not excluding binding rules is neutral, not also favor", "Egypt and Kenya said they could not exclude that binding rules might one day be needed on specific questions.", Context{DocKind: "analysis"}, []string{"binding_instrument:neutral:EGY,KEN"}},
		{"the principle of necessity is no call", "Mexico asked that the text reflect that the principles of humanity, necessity, proportionality and distinction govern the use of ICTs in situations of armed conflict.", Context{DocKind: "analysis"}, []string{"ihl_applies:favor:MEX"}},
		// round 27
		{"an endorsement names who endorses and whose text", "Beijing has described the Russian draft convention as a sound basis for negotiations.", Context{DocKind: "analysis"}, []string{"binding_instrument:favor:CHN,RUS"}},
		{"held that reports speech", "Algeria and Zimbabwe, in turn, held that the existing norms should be supplemented by new rules.", Context{DocKind: "analysis"}, []string{"new_norms:favor:DZA,ZWE"}},
		{"its statements points back", "India has not published a national position. Its statements affirm that international law applies to State conduct in cyberspace.", Context{DocKind: "analysis"}, []string{"charter_applies:favor:IND"}},
		{"the Union after the African Union", "The African Union adopted its common position in 2024. The Union holds that international humanitarian law applies to cyber operations in armed conflict.", Context{DocKind: "analysis"}, []string{"ihl_applies:favor:AU"}},
		{"with explicit support from", "Russia proposed new norms on data security, with explicit support from Belarus and Nicaragua.", Context{DocKind: "analysis"}, []string{"new_norms:favor:BLR,NIC,RUS"}},
		{"not ruling out a treaty is neutral", "Kenya would not rule out a legally binding instrument in the longer term.", Context{DocKind: "analysis"}, []string{"binding_instrument:neutral:KEN"}},
		{"new norms not excluded, but later, is against", "Chile does not exclude that further norms may be needed one day, but its priority is implementation.", Context{DocKind: "analysis"}, []string{"new_norms:against:CHL"}},
		{"the law does not respond adequately", "Cuba holds that existing international law does not respond adequately to the features of cyberspace.", Context{DocKind: "analysis"}, []string{"charter_applies:against:CUB"}},
		{"supporters of a proposal named after its authors", "The Netherlands had been among the first supporters of the French and Egyptian proposal for a Programme of Action.", Context{DocKind: "analysis"}, []string{"programme_of_action:favor:EGY,FRA,NLD"}},
		// round 28
		{"no gap demonstrated is the Charter's sufficiency", "The United States and Australia replied that no gap had been demonstrated in the law that governs State conduct.", Context{DocKind: "analysis"}, []string{"binding_instrument:against:AUS,USA", "charter_applies:favor:AUS,USA"}},
		{"not identified a gap", "We have not identified a gap that existing law cannot fill.", Context{DocKind: "statement", Speaker: "Japan"}, []string{"charter_applies:favor:JPN"}},
		{"law not designed with ICTs in mind", "My delegation is of the firm view that the existing body of international law was not designed with the particular characteristics of the ICT environment in mind.", Context{DocKind: "statement", Speaker: "Iran"}, []string{"charter_applies:against:IRN"}},
		{"not a choice between is neutral", "We do not see the question of a legally binding instrument as a choice between voluntary norms and binding obligations.", Context{DocKind: "statement", Speaker: "Qatar"}, []string{"binding_instrument:neutral:QAT"}},
		{"a camp that opens the paragraph holds what its members say", "Western delegations were unmoved. The United States called a new treaty neither necessary nor realistic.", Context{DocKind: "analysis"}, []string{"binding_instrument:against:USA,WEST"}},
		{"a camp sentence with but introduces no line", "The Western group is cohesive but not monolithic. The United States called a new treaty neither necessary nor realistic.", Context{DocKind: "analysis"}, []string{"binding_instrument:against:USA"}},
		{"stands with a group in affirming", "Kenya stands with the African Union in affirming that international law applies in cyberspace.", Context{DocKind: "analysis"}, []string{"charter_applies:favor:AU,KEN"}},
		{"an echo by a State and a number of unnamed delegations", "Russia backs a legally binding treaty. Iran and a number of non-aligned delegations have made similar arguments.", Context{DocKind: "analysis"}, []string{"binding_instrument:favor:IRN,RUS"}},
		{"an echo verb whose object names its own issue is no echo", "Cuba opposed a Programme of Action. Russia and several partners keep promoting their concept of a UN convention on international information security.", Context{DocKind: "analysis"}, []string{"programme_of_action:against:CUB", "binding_instrument:favor:RUS"}},
		{"we agree, and: the author echoes", "France and Australia argue that the priority is to put the existing norms into practice. We agree, and grade both highly.", Context{DocKind: "analysis"}, []string{"new_norms:against:AUS,AUTHOR,FRA"}},
		{"implement before you invent", "Our approach is simple: implement before you invent.", Context{DocKind: "statement", Speaker: "Netherlands"}, []string{"new_norms:against:NLD"}},
		{"operationalised before anything new is added", "The European Union and Japan argued that the eleven norms of 2015 should be operationalised before anything new is added.", Context{DocKind: "analysis"}, []string{"new_norms:against:EU,JPN"}},
		{"not more norms but", "In our view, the immediate priority is not to draft more norms but to make the eleven we already have work in practice.", Context{DocKind: "statement", Speaker: "Nigeria"}, []string{"new_norms:against:NGA"}},
		{"before considering additional ones", "Our work should give priority to putting the eleven norms into practice before considering additional ones.", Context{DocKind: "statement", Speaker: "Mexico"}, []string{"new_norms:against:MEX"}},
		{"the framework as the bedrock", "Malaysia described the UN framework as the bedrock of ASEAN's own commitments.", Context{DocKind: "analysis"}, []string{"framework_acquis:favor:MYS"}},
		{"the non-objection procedure not to be reopened", "China said the modalities agreed last year, including the non-objection procedure, should not be reopened.", Context{DocKind: "analysis"}, []string{"multistakeholder:against:CHN"}},
		{"an OEWG-type body is no Programme of Action", "Russia said the successor must be an OEWG-type body.", Context{DocKind: "analysis"}, []string{"programme_of_action:against:RUS"}},
		{"a body modelled on the OEWG", "Russia restated its preference for a permanent body modelled on the OEWG.", Context{DocKind: "analysis"}, []string{"programme_of_action:against:RUS"}},
		{"a standing open-ended working group", "The Russian Federation favoured a standing open-ended working group as the single mechanism.", Context{DocKind: "analysis"}, []string{"programme_of_action:against:RUS"}},
		{"the second option of a long whether-clause is no position", "Whether it takes the form of a Programme of Action or of a standing open-ended working group is a matter on which we remain flexible.", Context{DocKind: "statement", Speaker: "Kazakhstan"}, []string{"programme_of_action:neutral:KAZ"}},
		{"in its reading, after a subject that names no actor", "Russia spoke next. Implementation-only language, in its reading, distorted the mandate; the mechanism should elaborate new rules, norms and principles.", Context{DocKind: "analysis"}, []string{"new_norms:favor:RUS"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := tg.Tag(c.text, c.ctx)
			got := stanceKeys(r.Stances)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("stances of %q = %v, want %v", c.text, got, c.want)
			}
			for _, s := range r.Stances {
				if !strings.Contains(c.text, s.Cue) || s.Cue == "" {
					t.Errorf("cue %q is not a substring of the text", s.Cue)
				}
			}
		})
	}
}

// TestEchoAcrossParagraphs checks which sentences take up the positions of
// the paragraph before: one that opens its paragraph does; a later one,
// whose "them" or "the idea" points into its own paragraph, does not.
func TestEchoAcrossParagraphs(t *testing.T) {
	tg := tagger(t)
	prev := "Russia said the successor must be an OEWG-type body able to negotiate a legally binding convention."
	cases := []struct {
		name, text string
		want       []string
	}{
		{"an echo opening the paragraph", "Belarus and Iran supported it.", []string{"programme_of_action:against:BLR,IRN", "binding_instrument:favor:BLR,IRN"}},
		{"them of this paragraph", "The thematic groups are where the real fight is. The EU and Canada want them organised around practical problems.", []string{}},
		{"a later echo with a noun object", "Canada proposed three thematic groups. Venezuela supported the idea.", []string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := tg.TagDoc(Doc{Kind: "analysis", Paras: []Para{{Text: prev}, {Text: c.text}}})
			if got := stanceKeys(res[1].Stances); !reflect.DeepEqual(got, c.want) {
				t.Errorf("stances of %q after %q = %v, want %v", c.text, prev, got, c.want)
			}
		})
	}
}

func TestTagDocInfersSpeaker(t *testing.T) {
	tg := tagger(t)
	d := Doc{Paras: []Para{
		{Text: "Statement by the delegation of Ghana", Kind: "heading"},
		{Text: "Mr. Chair,"},
		{Text: "Ghana aligns itself with the statement delivered on behalf of the African Group."},
		{Text: "My delegation believes that existing international law applies to the conduct of States in cyberspace, and Ghana stands ready to contribute."},
		{Text: "We also call for a Programme of Action that is inclusive and action-oriented."},
		{Text: "They rejected it.", Section: ""},
	}}
	res, info := tg.TagDocInfo(d)
	if info.Kind != "statement" || info.Speaker != "GHA" {
		t.Fatalf("info = %+v, want statement by GHA", info)
	}
	if got := stanceKeys(res[3].Stances); !reflect.DeepEqual(got, []string{"charter_applies:favor:GHA"}) {
		t.Errorf("para 3 stances = %v", got)
	}
	if got := stanceKeys(res[4].Stances); !reflect.DeepEqual(got, []string{"programme_of_action:favor:GHA"}) {
		t.Errorf("para 4 stances = %v", got)
	}
	if len(res[0].Stances) != 0 {
		t.Errorf("heading got stances %v", res[0].Stances)
	}
	for i, r := range res {
		if r.Stances == nil || r.Actors == nil || len(r.Topics) == 0 || r.Topic != r.Topics[0].Label {
			t.Errorf("result %d malformed: %+v", i, r)
		}
	}

	// a national submission to a report of the Secretary-General speaks for
	// its State, however many others it cites
	sub := Doc{Paras: []Para{
		{Text: "Submission of the United Mexican States to the report of the Secretary-General on how international law applies to the use of ICTs by States"},
		{Text: "1. The Government is pleased to transmit its views, which draw on the Common African Position and on the positions of Estonia, Germany and the Netherlands."},
		{Text: "2. We support the participation of non-governmental stakeholders in the future mechanism."},
		{Text: "3. International humanitarian law applies to cyber operations in armed conflict."},
	}}
	res, info = tg.TagDocInfo(sub)
	if info.Kind != "statement" || info.Speaker != "MEX" {
		t.Errorf("submission: info = %+v, want statement by MEX", info)
	}
	if got := stanceKeys(res[3].Stances); !reflect.DeepEqual(got, []string{"ihl_applies:favor:MEX"}) {
		t.Errorf("submission para 3 stances = %v", got)
	}

	// a statement on behalf of a group with a code: the group holds its
	// positions, not the State delivering it (DESIGN.md: "Speaker ≠ holder
	// when ... Indonesia [speaks] for NAM")
	nam := Doc{Paras: []Para{
		{Text: "Statement by Indonesia on behalf of the Non-Aligned Movement", Kind: "heading"},
		{Text: "Mr. Chair, I have the honour to speak on behalf of the Non-Aligned Movement."},
		{Text: "We call for a legally binding instrument under the auspices of the United Nations."},
	}}
	res, info = tg.TagDocInfo(nam)
	holders := append([]string{info.Speaker}, info.Joint...)
	sort.Strings(holders)
	if info.Kind != "statement" || !reflect.DeepEqual(holders, []string{"NAM"}) {
		t.Fatalf("on-behalf-of statement inferred as %+v", info)
	}
	if got := stanceKeys(res[2].Stances); !reflect.DeepEqual(got, []string{"binding_instrument:favor:NAM"}) {
		t.Errorf("on-behalf-of stances = %v", got)
	}
	// a joint statement of many States: none dominates the count, the one
	// delivering it speaks and every State named holds its "we" positions
	joint := Doc{Paras: []Para{
		{Text: "Joint statement delivered by Chile on behalf of Chile, Ghana, Fiji and Uruguay."},
		{Text: "We welcome the progress of the working group."},
		{Text: "We believe that a Programme of Action offers the right model for the future."},
		{Text: "We call on all States to nominate their points of contact."},
	}}
	res, info = tg.TagDocInfo(joint)
	holders = append([]string{info.Speaker}, info.Joint...)
	sort.Strings(holders)
	if info.Kind != "statement" || info.Speaker != "CHL" || !reflect.DeepEqual(holders, []string{"CHL", "FJI", "GHA", "URY"}) {
		t.Fatalf("joint statement inferred as %+v", info)
	}
	if got := stanceKeys(res[2].Stances); !reflect.DeepEqual(got, []string{"programme_of_action:favor:CHL,FJI,GHA,URY"}) {
		t.Errorf("joint statement stances = %v", got)
	}
	// a national position paper speaks of its State in the third person
	paper := Doc{Paras: []Para{
		{Text: "Costa Rica: national position on the application of international law to the use of ICTs."},
		{Text: "Costa Rica considers that the Charter of the United Nations applies in its entirety to cyber operations."},
		{Text: "A cyber operation that amounts to an armed attack gives rise to the inherent right of self-defence."},
	}}
	res, info = tg.TagDocInfo(paper)
	if info.Kind != "statement" || info.Speaker != "CRI" {
		t.Fatalf("position paper inferred as %+v", info)
	}
	if got := stanceKeys(res[2].Stances); !reflect.DeepEqual(got, []string{"ihl_applies:favor:CRI"}) {
		t.Errorf("position paper own voice = %v", got)
	}
	// aligning with another statement does not make its authors co-holders
	align := Doc{Paras: []Para{
		{Text: "Mr. Chair,"},
		{Text: "My delegation aligns itself with the statement delivered by Indonesia on behalf of the Non-Aligned Movement."},
		{Text: "Algeria believes that a legally binding framework is needed, and my delegation supports it."},
	}}
	res, info = tg.TagDocInfo(align)
	if info.Speaker != "DZA" || len(info.Joint) != 0 {
		t.Fatalf("aligned statement inferred as %+v", info)
	}

	// a joint statement whose deliverers also align with a group's
	// statement: the alignment sentence does not make the group the
	// speaker, nor does "Check against delivery" end the masthead's phrase
	nordic := Doc{Paras: []Para{
		{Text: "Statement by Norway on behalf of the Baltic and Nordic States (Estonia, Latvia, Lithuania, Norway and Iceland) – Global Mechanism, first session – Check against delivery"},
		{Text: "Mr. Chair,"},
		{Text: "I speak on behalf of Estonia, Latvia, Lithuania, Norway and Iceland. Estonia, Latvia and Lithuania also align themselves with the statement delivered on behalf of the European Union."},
		{Text: "We believe that existing international law, including the Charter in its entirety, applies to the use of ICTs by States."},
	}}
	res, info = tg.TagDocInfo(nordic)
	holders = append([]string{info.Speaker}, info.Joint...)
	sort.Strings(holders)
	if info.Kind != "statement" || !reflect.DeepEqual(holders, []string{"EST", "ISL", "LTU", "LVA", "NOR"}) {
		t.Fatalf("joint statement with an alignment inferred as %+v", info)
	}
	if got := stanceKeys(res[3].Stances); !reflect.DeepEqual(got, []string{"charter_applies:favor:EST,ISL,LTU,LVA,NOR"}) {
		t.Errorf("joint statement with an alignment: stances = %v", got)
	}

	// a masthead whose delivery line is a later sentence of its paragraph;
	// the Nordic countries of the text are the named set's members
	later := Doc{Paras: []Para{
		{Text: "OEWG eighth session. Joint statement. Delivered by Ghana on behalf of a cross-regional group of States: Kenya, Chile, Fiji and Norway"},
		{Text: "Mr. Chair,"},
		{Text: "We strongly support the global directory of points of contact and call on all States to nominate their contacts."},
		{Text: "The Nordic countries, for their part, have offered to host a tabletop exercise."},
	}}
	res, info = tg.TagDocInfo(later)
	holders = append([]string{info.Speaker}, info.Joint...)
	sort.Strings(holders)
	if info.Kind != "statement" || !reflect.DeepEqual(holders, []string{"CHL", "FJI", "GHA", "KEN", "NOR"}) {
		t.Fatalf("joint statement delivered in a later sentence inferred as %+v", info)
	}
	if got := stanceKeys(res[2].Stances); !reflect.DeepEqual(got, []string{"poc_directory:favor:CHL,FJI,GHA,KEN,NOR"}) {
		t.Errorf("joint statement delivered in a later sentence: stances = %v", got)
	}
	if got := res[3].Actors; !reflect.DeepEqual(got, []string{"DNK", "FIN", "ISL", "NOR", "SWE"}) {
		t.Errorf("the Nordic countries: actors = %v", got)
	}

	// a ministry's report with no masthead: "the Ministry" and "we" are
	// the State it names most, ahead of those it reports on
	ministry := Doc{Paras: []Para{
		{Text: "In 2024 the Ministry of Foreign Affairs pursued Estonia's cyber diplomacy at the United Nations and with partners in the region, in close coordination with the national cyber security authority and with the other ministries concerned."},
		{Text: "The Ministry continued to support the global directory of points of contact, which in our view has proved its worth in the exchanges of the past year."},
		{Text: "Estonia argued throughout the year that existing international law applies in cyberspace. Russia, China, Iran, Cuba, Syria, Belarus and Nicaragua disagreed, and circulated texts of their own."},
		{Text: "The Ministry regards the Programme of Action as the right model for the future, and we will keep working for it with Estonia's partners in every region."},
		{Text: "The Ministry will also press for the participation of non-governmental stakeholders in the future mechanism, as we have done since 2021."},
	}}
	res, info = tg.TagDocInfo(ministry)
	if info.Kind != "statement" || info.Speaker != "EST" {
		t.Fatalf("ministry report inferred as %+v", info)
	}
	if got := stanceKeys(res[3].Stances); !reflect.DeepEqual(got, []string{"programme_of_action:favor:EST"}) {
		t.Errorf("ministry report: stances = %v", got)
	}

	// an interview with two speaker labels: the diplomat's answers are her
	// State's, though they make the whole text look like its statement
	interview := Doc{Paras: []Para{
		{Text: "Policy Quarterly | Interviews"},
		{Text: "Lucía Ferreyra has been Chile's ambassador for cyber affairs since 2023. We spoke to her in Santiago."},
		{Text: "PQ: The working group has ended. Was it worth it?"},
		{Text: "Ferreyra: Yes. We have a directory of points of contact, and we believe every State should use it and test it."},
		{Text: "PQ: What about a treaty?"},
		{Text: "Ferreyra: We do not see the need for a new legally binding instrument. Existing law applies."},
		{Text: "PQ: And the people outside the room?"},
		{Text: "Ferreyra: We want civil society and companies in the room, with transparent accreditation."},
	}}
	res, _ = tg.TagDocInfo(interview)
	if got := stanceKeys(res[3].Stances); !reflect.DeepEqual(got, []string{"poc_directory:favor:CHL"}) {
		t.Errorf("labelled interview: answer = %v", got)
	}
	if got := stanceKeys(res[4].Stances); len(got) != 0 {
		t.Errorf("labelled interview: question = %v", got)
	}

	// "We align ourselves fully with the statement delivered by the
	// European Union" is an alignment: the EU does not become the speaker
	baltic := Doc{Paras: []Para{
		{Text: "Joint statement delivered by Latvia on behalf of Estonia, Latvia and Lithuania. Fourth session of the Open-ended Working Group, New York, March 2023"},
		{Text: "Mr. Chair,"},
		{Text: "I have the honour to speak on behalf of the three Baltic States. We align ourselves fully with the statement delivered by the European Union and add a few remarks."},
		{Text: "We strongly support the global directory of points of contact."},
	}}
	res, info = tg.TagDocInfo(baltic)
	holders = append([]string{info.Speaker}, info.Joint...)
	sort.Strings(holders)
	if !reflect.DeepEqual(holders, []string{"EST", "LTU", "LVA"}) {
		t.Errorf("joint statement aligned fully with the EU inferred as %+v", info)
	}
	if got := stanceKeys(res[3].Stances); !reflect.DeepEqual(got, []string{"poc_directory:favor:EST,LTU,LVA"}) {
		t.Errorf("joint statement aligned fully with the EU: stances = %v", got)
	}

	// a UN official's speech: its own voice has no actor code
	official := Doc{Paras: []Para{
		{Text: "Keynote address by the Deputy to the High Representative for Disarmament Affairs"},
		{Text: "Excellencies, colleagues,"},
		{Text: "In our view, the global directory of points of contact must be tested regularly and kept up to date."},
	}}
	res, info = tg.TagDocInfo(official)
	if info.Kind != "statement" || info.Speaker != "" {
		t.Fatalf("UN official's speech inferred as %+v", info)
	}
	if got := stanceKeys(res[2].Stances); !reflect.DeepEqual(got, []string{"poc_directory:favor:"}) {
		t.Errorf("UN official's speech: stances = %v", got)
	}
	// a State's envoy is no UN official
	envoy := Doc{Paras: []Para{
		{Text: "Statement by the Permanent Representative of Ghana"},
		{Text: "Mr. Chair,"},
		{Text: "In our view, the global directory of points of contact must be tested regularly and kept up to date."},
	}}
	if _, info = tg.TagDocInfo(envoy); info.Speaker != "GHA" {
		t.Errorf("envoy's statement inferred as %+v", info)
	}

	// "associates itself with" a group statement is aligning, not speaking for the group
	assoc := Doc{Paras: []Para{
		{Text: "Statement by the delegation of Cuba"},
		{Text: "My delegation associates itself with the statement delivered by Uganda on behalf of the Non-Aligned Movement."},
		{Text: "Cuba calls for a legally binding instrument on the use of ICTs, and my delegation will work to that end."},
	}}
	res, info = tg.TagDocInfo(assoc)
	if info.Speaker != "CUB" || len(info.Joint) != 0 {
		t.Fatalf("associated statement inferred as %+v", info)
	}
	if got := stanceKeys(res[2].Stances); !reflect.DeepEqual(got, []string{"binding_instrument:favor:CUB"}) {
		t.Errorf("associated statement stances = %v", got)
	}

	// a declaration: the collective "we" is AUTHOR
	decl := Doc{Paras: []Para{
		{Text: "We recognise the value of an open and secure cyberspace."},
		{Text: "We reaffirm that international law, including the Charter of the United Nations in its entirety, applies in cyberspace."},
		{Text: "We welcome efforts to implement the voluntary norms."},
		{Text: "We call for a strengthened multistakeholder approach."},
	}}
	res, info = tg.TagDocInfo(decl)
	if info.Kind != "declaration" {
		t.Fatalf("declaration inferred as %+v", info)
	}
	if got := stanceKeys(res[1].Stances); !reflect.DeepEqual(got, []string{"charter_applies:favor:AUTHOR"}) {
		t.Errorf("declaration para 1 stances = %v", got)
	}
	if got := stanceKeys(res[3].Stances); !reflect.DeepEqual(got, []string{"multistakeholder:favor:AUTHOR"}) {
		t.Errorf("declaration para 3 stances = %v", got)
	}
}

// TestIssueCount keeps nIssues, the size of the per-document issue
// counts, in step with the taxonomy.
func TestIssueCount(t *testing.T) {
	if len(Issues) != nIssues {
		t.Fatalf("len(Issues) = %d, nIssues = %d", len(Issues), nIssues)
	}
	for issue := range proposals {
		if issueIndex(issue) < 0 {
			t.Errorf("proposal %q is not an issue", issue)
		}
	}
}

// TestImplicitIssue checks positions whose object is the proposal under
// discussion, named in the sentences before ("Voting against were ...").
func TestImplicitIssue(t *testing.T) {
	tg := tagger(t)
	poa := "The committee approved a draft resolution on a Programme of Action for responsible State behaviour."
	cases := []struct {
		name    string
		section string
		paras   []string
		want    []string // stances of the last paragraph
	}{
		{"voting list", "", []string{poa, "Voting against were Belarus, China, Iran and the Russian Federation."},
			[]string{"programme_of_action:against:BLR,CHN,IRN,RUS"}},
		{"no votes came from", "", []string{poa, "It passed by 157 votes to 6. The six no votes came from China, Iran and Syria."},
			[]string{"programme_of_action:against:CHN,IRN,SYR"}},
		{"subject and list", "", []string{poa, "More than 60 States and the European Union signed on as supporters, among them Canada and Japan."},
			[]string{"programme_of_action:favor:CAN,EU,JPN"}},
		{"the draft", "", []string{"A competing Russian text calls for talks on a binding convention.", "China said it supported the draft."}, []string{"binding_instrument:favor:CHN"}},
		{"the draft report is a document", "", []string{"A competing Russian text calls for talks on a binding convention.", "China said it supported the draft report."}, nil},
		{"two proposals under discussion", "", []string{"The text backs the PoA and a legally binding treaty.", "Pakistan voted for both drafts."}, nil},
		{"a vote after the proposal in its sentence", "", []string{"The Assembly endorsed the PoA idea in a recorded vote in which China, Iran and Syria voted no."}, []string{"programme_of_action:against:CHN,IRN,SYR", "programme_of_action:favor:"}},
		{"two clauses", "", []string{"France supported the PoA in the debate that followed, while Russia voted against."}, []string{"programme_of_action:against:RUS", "programme_of_action:favor:FRA"}},
		{"the vote governs the issue after it", "", []string{"Russia voted against the PoA resolution."}, []string{"programme_of_action:against:RUS"}},
		{"a principle in the sentence is no proposal", "", []string{"States agreed that international law applies in cyberspace, after a long debate in which China voted no."}, nil},
		{"the same idea", "", []string{"Iran has called for a legally binding instrument. Cuba and Nicaragua have backed the same idea."}, []string{"binding_instrument:favor:CUB,IRN,NIC"}},
		{"anaphoric proposal", "", []string{poa, "Egypt supported the proposal."}, []string{"programme_of_action:favor:EGY"}},
		{"negated", "", []string{poa, "Iran did not support the initiative."}, []string{"programme_of_action:against:IRN"}},
		{"the same sentence names the issue", "", []string{poa, "Russia voted against a legally binding treaty."}, []string{"binding_instrument:against:RUS"}},
		// not: the phrase names its own object, the proposal is too far
		// back, or what was named before is a principle, not a proposal
		{"own object", "", []string{poa, "Supporters of this Call will meet each year, France said."}, nil},
		{"both drafts", "", []string{poa, "Pakistan voted for both drafts."}, nil},
		{"a named text", "", []string{poa, "France endorsed this Call."}, nil},
		{"too far back", "", []string{poa, "The meeting closed.", "Delegates went home.", "Other business followed.", "Egypt supported the proposal."}, nil},
		{"the heading names it", "Programme of Action", []string{"Adopted in 2022", "Voted no: China, Iran, Syria"}, []string{"programme_of_action:against:CHN,IRN,SYR"}},
		{"a principle is no proposal", "", []string{"Delegations discussed how international law applies in cyberspace.", "Egypt supported the proposal."}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Doc{Kind: "analysis"}
			for _, p := range c.paras {
				d.Paras = append(d.Paras, Para{Text: p, Section: c.section})
			}
			res := tg.TagDoc(d)
			got := stanceKeys(res[len(res)-1].Stances)
			if len(got) == 0 {
				got = nil
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("stances = %v, want %v", got, c.want)
			}
		})
	}
}

// TestHoldersAcrossParagraphs checks "those States" opening a sentence of
// the next paragraph after an introductory phrase, with a long list of
// holders before it.
func TestHoldersAcrossParagraphs(t *testing.T) {
	tg := tagger(t)
	submission := "A joint submission by Belarus, Cuba, the Islamic Republic of Iran, Nicaragua, the Russian Federation and Zimbabwe described the process."
	cases := []struct {
		first, second string
		want          []string
	}{
		{submission, "In the same submission, those States called for legally binding rules of conduct.", []string{"binding_instrument:favor:BLR,CUB,IRN,NIC,RUS,ZWE"}},
		// "those" deep inside the sentence is not its subject
		{submission, "France and Germany, after hearing those States, called for legally binding rules of conduct.", []string{"binding_instrument:favor:DEU,FRA"}},
		// a group's members named after its leaders are in the memory too
		{"The second camp is led by Russia and China and includes Belarus, Cuba and Iran. They argue that a universal, legally binding convention should be negotiated.", "They also call for further rules and norms to be developed.", []string{"new_norms:favor:BLR,CHN,CUB,IRN,RUS"}},
	}
	for _, c := range cases {
		res := tg.TagDoc(Doc{Kind: "analysis", Paras: []Para{{Text: c.first}, {Text: c.second}}})
		if got := stanceKeys(res[1].Stances); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: stances = %v, want %v", c.second, got, c.want)
		}
	}
}

// TestResolutionSponsor checks that the State introducing a draft
// resolution holds the positions of the resolution's wording, and only of
// its wording.
func TestResolutionSponsor(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		name  string
		intro string
		last  Para
		want  []string
	}{
		{"active voice", "New York. The Russian Federation introduced the draft resolution below in the First Committee.",
			Para{Text: "3. Decides also that the Global Mechanism shall work on the elaboration of further rules, norms and principles;", Section: "Developments in the field of ICTs"},
			[]string{"new_norms:favor:RUS"}},
		{"co-sponsors", "The draft resolution was co-sponsored by Belarus, Nicaragua and Syria.",
			Para{Text: "3. Decides that further rules shall be elaborated;", Section: "Draft"},
			[]string{"new_norms:favor:BLR,NIC,SYR"}},
		{"symbol line", "Cuba, Nicaragua and Venezuela: draft resolution",
			Para{Text: "10. Calls upon States to refrain from using ICTs to interfere in the internal affairs of other States;", Section: "Developments"},
			[]string{"cyber_sovereignty:favor:CUB,NIC,VEN"}},
		{"commentary is not resolution wording", "New York. The Russian Federation introduced the draft resolution below in the First Committee.",
			Para{Text: "In our view, States should work on the elaboration of further rules.", Section: "Analysis"},
			[]string{"new_norms:favor:AUTHOR"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Doc{Kind: "analysis", Paras: []Para{{Text: c.intro}, {Text: "The General Assembly,", Section: c.last.Section}, c.last}}
			res := tg.TagDoc(d)
			if got := stanceKeys(res[2].Stances); !reflect.DeepEqual(got, c.want) {
				t.Errorf("stances = %v, want %v", got, c.want)
			}
		})
	}
}

// A text's sponsor holds the positions of the paragraphs near its naming
// that speak of its text, not of a paragraph about other States' texts.
func TestSponsorStaysWithItsText(t *testing.T) {
	tg := tagger(t)
	got := docStanceKeys(tg,
		"December 2022: the General Assembly adopts resolution 77/37 on a Programme of Action, tabled by France with dozens of co-sponsors.",
		"2023: Russia, together with Belarus and Syria, submits an updated concept of a convention. The concept would codify sovereignty over the national information space.")
	for _, k := range got[1] {
		if strings.Contains(k, "FRA") {
			t.Errorf("the second paragraph's positions = %v: France sponsored another text", got[1])
		}
	}
	if !slices.ContainsFunc(got[1], func(k string) bool {
		return strings.HasPrefix(k, "cyber_sovereignty:favor:") && strings.Contains(k, "RUS")
	}) {
		t.Errorf("the second paragraph's positions = %v, want Russia's cyber_sovereignty:favor", got[1])
	}
}

// TestListLeadIn checks that the items of a list take the position of its
// lead-in ("We require that there is:") on the issues they name.
func TestListLeadIn(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		lead, item string
		want       []string
	}{
		{"We are concerned and thus require that there is:", "specific mention of the inclusion of civil society;", []string{"multistakeholder:favor:AUTHOR"}},
		{"We therefore respectfully request that you, in consultation with Member States:", "post all written stakeholder contributions on the website;", []string{"multistakeholder:favor:AUTHOR"}},
		{"Kenya called for:", "clarity on how non-state actors can participate in the sessions;", []string{"multistakeholder:favor:KEN"}},
		{"Participants called for:", "the inclusion of civil society;", []string{"multistakeholder:favor:"}},
		{"Russia opposed:", "the inclusion of civil society in the formal meetings;", []string{"multistakeholder:against:RUS"}},
		// the lead-in's main verb, not a later "should", decides; an item
		// opening with a verb recommends for the lead-in's holder
		{"The letter proposes five principles that the Chair should take into consideration:", "Ensure participation of stakeholders without consultative status.", []string{"multistakeholder:favor:"}},
		{"Kenya proposed the following steps, which States should take:", "Ensure participation of stakeholders without consultative status.", []string{"multistakeholder:favor:KEN"}},
		// a label that names the holders: the items give the values, and an
		// item's own holder keeps its position
		{"Camp B, the sovereigntist camp (Russia, China and Iran):", "a legally binding convention on international information security;", []string{"binding_instrument:favor:CHN,IRN,RUS"}},
		{"The liberal camp (the United States, the EU and Japan):", "- IHL governs cyber operations in armed conflict;", []string{"ihl_applies:favor:EU,JPN,USA"}},
		{"The liberal camp (the United States, the EU and Japan):", "- no new treaty is required;", []string{"binding_instrument:against:EU,JPN,USA"}},
		{"Camp B (Russia and China):", "Iran also called for a legally binding instrument;", []string{"binding_instrument:favor:IRN"}},
		// a lead-in without a position, or an item that is no item
		{"The session covered the following:", "specific mention of the inclusion of civil society;", []string{}},
		{"We are concerned and thus require that there is:", "The Chair then closed the meeting. Delegations discussed the inclusion of civil society at length in the afternoon, and many other matters, before the session ended late in the evening with a summary.", []string{}},
	}
	for _, c := range cases {
		res := tg.TagDoc(Doc{Kind: "analysis", Paras: []Para{{Text: c.lead}, {Text: c.item}}})
		if got := stanceKeys(res[1].Stances); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q after %q: stances = %v, want %v", c.item, c.lead, got, c.want)
		}
		for _, s := range res[1].Stances {
			if s.Actors == nil {
				t.Errorf("%q: nil actors (JSON null breaks the schema)", c.item)
			}
		}
	}
}

// TestListLastItem checks the last item of a bulleted list, which ends with
// a full stop and may be long: it is still an item of its lead-in.
func TestListLastItem(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		prev, last string
		want       []string
	}{
		{"- IHL governs cyber operations in armed conflict;", "- a Programme of Action should become the permanent and action-oriented home of the whole dialogue on ICT security, with a small secretariat of its own.", []string{"programme_of_action:favor:EU,JPN,USA"}},
		// a paragraph after the list that is not bulleted is no item
		{"- IHL governs cyber operations in armed conflict;", "A Programme of Action should become the permanent and action-oriented home of the whole dialogue on ICT security, with a small secretariat of its own.", []string{"programme_of_action:favor:AUTHOR"}},
	}
	for _, c := range cases {
		res := tg.TagDoc(Doc{Kind: "analysis", Paras: []Para{{Text: "The liberal camp (the United States, the EU and Japan):"}, {Text: c.prev}, {Text: c.last}}})
		got := stanceKeys(res[2].Stances)
		sort.Strings(got)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: stances = %v, want %v", c.last, got, c.want)
		}
	}
}

// TestMastheadSpeaker checks a statement whose State is named only on its
// masthead line.
func TestMastheadSpeaker(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		masthead, speaker string
	}{
		{"Statement by Mr. Md. Rafiqul Alam Molla, Counsellor, Permanent Mission of Bangladesh to the UN in New York", "BGD"},
		{"Remarks by Mr. Wang Lei, Head of Chinese Delegation, at the Sessions of the Open-Ended Working Group", "CHN"},
		{"Statements by Mr. Alexander Radovitskiy, the representative of the Russian interagency delegation", "RUS"},
		{"Intervention of the delegation of Peru on agenda item 5", "PER"},
		{"Remarks delivered by H.E. Ambassador Ana Silva, Permanent Representative of Uruguay, at the Global Mechanism", "URY"},
		{"Delivered by Mr. Kenji Sato, Deputy Permanent Representative of Japan", "JPN"},
		{"Explanation of position by India on the adoption of the final report", "IND"},
		{"Republic of Kenya. Statement at the third substantive session of the OEWG.", "KEN"},
		{"EU Statement – OEWG on ICT security – Agenda item 5: international law", "EU"},
	}
	for _, c := range cases {
		d := Doc{Paras: []Para{{Text: c.masthead}, {Text: "Thank you, Mr. Chair."},
			{Text: "We welcome the Points of Contact directory and we believe it will build confidence."},
			{Text: "We also see merit in regular ping tests."}}}
		res, info := tg.TagDocInfo(d)
		if info.Kind != "statement" || info.Speaker != c.speaker {
			t.Errorf("%q: info = %+v, want statement by %s", c.masthead, info, c.speaker)
		}
		if got, want := stanceKeys(res[2].Stances), []string{"poc_directory:favor:" + c.speaker}; !reflect.DeepEqual(got, want) {
			t.Errorf("%q: stances = %v, want %v", c.masthead, got, want)
		}
	}
	// a line naming a State further in is no masthead
	d := Doc{Paras: []Para{{Text: "On 30 June, the Permanent Mission of Ukraine sent a communication to the Chair."},
		{Text: "Civil society groups were surprised."}, {Text: "We believe the modalities should be transparent."}}}
	if _, info := tg.TagDocInfo(d); info.Speaker == "UKR" {
		t.Errorf("info = %+v: a report about a mission is not its statement", info)
	}
	// a first line holding only the State's name, over a masthead line
	d = Doc{Paras: []Para{{Text: "Kingdom of Morocco"}, {Text: "Intervention at the Open-ended Working Group, eighth session"},
		{Text: "Thank you, Mr. Chair."}, {Text: "We welcome the Points of Contact directory."}}}
	if res, info := tg.TagDocInfo(d); info.Kind != "statement" || info.Speaker != "MAR" || !reflect.DeepEqual(stanceKeys(res[3].Stances), []string{"poc_directory:favor:MAR"}) {
		t.Errorf("name line over a masthead: info = %+v, stances %v; want a statement by MAR", info, stanceKeys(res[3].Stances))
	}
	// masthead cues in running text report on a statement
	for _, first := range []string{
		"The statement delivered by Brazil at the closing meeting drew attention. Brazil said the mechanism must be single-track.",
		"Analysis: the intervention of Brazil at the OEWG",
	} {
		d := Doc{Paras: []Para{{Text: first},
			{Text: "Brazil also called for capacity-building. Observers noted that Brazil has long held this view."},
			{Text: "Russia, for its part, rejected a Programme of Action."}}}
		res, info := tg.TagDocInfo(d)
		if info.Kind != "analysis" {
			t.Errorf("%q: info = %+v, want an analysis", first, info)
		}
		if got, want := stanceKeys(res[2].Stances), []string{"programme_of_action:against:RUS"}; !reflect.DeepEqual(got, want) {
			t.Errorf("%q: stances = %v, want %v", first, got, want)
		}
	}
}

// TestCommuniqueIsADeclaration checks that a communiqué narrating what
// "we" did is a collective declaration (AUTHOR), even when one group is
// named throughout.
func TestCommuniqueIsADeclaration(t *testing.T) {
	tg := tagger(t)
	d := Doc{Paras: []Para{
		{Text: "Joint communiqué of the ASEAN ministerial meeting on cybersecurity"},
		{Text: "1. We thanked Malaysia, as ASEAN Chair, for its stewardship."},
		{Text: "5. We reaffirmed that international law, in particular the Charter, is applicable to the use of ICTs by ASEAN Member States."},
		{Text: "6. We recalled that ASEAN Leaders subscribed to the eleven norms."},
		{Text: "12. We encouraged all ASEAN Member States to nominate their points of contact in the Points of Contact directory."},
	}}
	res, info := tg.TagDocInfo(d)
	if info.Kind != "declaration" {
		t.Fatalf("info = %+v, want a declaration", info)
	}
	if got, want := stanceKeys(res[4].Stances), []string{"poc_directory:favor:AUTHOR"}; !reflect.DeepEqual(got, want) {
		t.Errorf("stances = %v, want %v", got, want)
	}
}

// TestNewsAboutASponsoredText checks that "on behalf of" inside a news
// sentence does not make the article a joint statement, and that the
// sponsors named in a paragraph hold what "it" (their text) asks there.
func TestNewsAboutASponsoredText(t *testing.T) {
	tg := tagger(t)
	d := Doc{Paras: []Para{
		{Text: "NEW YORK - The First Committee approved a resolution on Wednesday."},
		{Text: "L.38 was introduced by Singapore on behalf of a core group that also included Australia, Colombia and Kenya. It asks States to build on the agreed framework."},
		{Text: "L.44 was introduced by the Russian Federation. It calls for a legally binding convention."},
	}}
	res, info := tg.TagDocInfo(d)
	if info.Kind != "analysis" {
		t.Fatalf("info = %+v, want an analysis", info)
	}
	if got, want := stanceKeys(res[1].Stances), []string{"framework_acquis:favor:AUS,COL,KEN,SGP"}; !reflect.DeepEqual(got, want) {
		t.Errorf("paragraph 1: stances = %v, want %v", got, want)
	}
	if got, want := stanceKeys(res[2].Stances), []string{"binding_instrument:favor:RUS"}; !reflect.DeepEqual(got, want) {
		t.Errorf("paragraph 2: stances = %v, want %v", got, want)
	}
}

// TestDeclarationOrStatement checks the two kinds of first-person text: a
// collective declaration naming its host throughout, and a national
// position paper whose masthead names its State.
func TestDeclarationOrStatement(t *testing.T) {
	tg := tagger(t)
	decl := Doc{Paras: []Para{
		{Text: "Bishkek Declaration of the Council of Heads of State"},
		{Text: "31. We, meeting in Bishkek under the chairmanship of Kyrgyzstan, reaffirm our commitment to a peaceful ICT environment."},
		{Text: "35. We stress that non-interference in internal affairs applies in the information space, as Kyrgyzstan proposed."},
		{Text: "36. We consider that a universal legally binding instrument should be elaborated under UN auspices; Kyrgyzstan will host talks."},
		{Text: "41. We believe that new rules, norms and principles should be developed, Kyrgyzstan said."},
		{Text: "42. We welcome the offer of Kyrgyzstan to host the next meeting."},
	}}
	if _, info := tg.TagDocInfo(decl); info.Kind != "declaration" {
		t.Errorf("declaration: info = %+v", info)
	}
	paper := Doc{Paras: []Para{
		{Text: "Position of the Republic of Kenya on the Application of International Law to the Use of ICTs by States."},
		{Text: "We hold that existing international law, and the Charter as a whole, applies to the conduct of States in their use of ICTs."},
		{Text: "We reaffirm that sovereignty applies in cyberspace."},
		{Text: "We recognise the value of the Points of Contact directory."},
		{Text: "We welcome regional positions."},
	}}
	res, info := tg.TagDocInfo(paper)
	if info.Kind != "statement" || info.Speaker != "KEN" {
		t.Fatalf("position paper: info = %+v, want a statement by KEN", info)
	}
	if got, want := stanceKeys(res[1].Stances), []string{"charter_applies:favor:KEN"}; !reflect.DeepEqual(got, want) {
		t.Errorf("position paper: stances = %v, want %v", got, want)
	}
}

func TestDeterministicAndConcurrent(t *testing.T) {
	tg := tagger(t)
	texts := []string{
		"Russia and China called for a legally binding convention, while the EU rejected new treaties.",
		"Capacity-building for CERTs in developing countries remains a priority.",
		"We reaffirm that international law applies.",
	}
	want := make([]Result, len(texts))
	for i, s := range texts {
		want[i] = tg.Tag(s, Context{DocKind: "statement", Speaker: "FRA"})
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				for i, s := range texts {
					if got := tg.Tag(s, Context{DocKind: "statement", Speaker: "FRA"}); !reflect.DeepEqual(got, want[i]) {
						errs <- s
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("different result for %q under concurrency", s)
	}
	if got := stanceKeys(want[0].Stances); !reflect.DeepEqual(got, []string{"binding_instrument:favor:CHN,RUS", "binding_instrument:against:EU"}) {
		t.Errorf("mixed sentence stances = %v", got)
	}
}

func TestRulesOverride(t *testing.T) {
	dir := t.TempDir()
	text := "Ruritania demanded a zorblax accord for cyberspace."
	base := tagger(t).Tag(text, Context{})
	if len(base.Stances) != 0 || len(base.Actors) != 0 {
		t.Fatalf("unexpected tags before the override: %+v", base)
	}
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("actors.tsv", "# an analyst's extra actor\nRUR\tRuritania | Ruritanian\n")
	write("issues.tsv", "binding_instrument\tobject\tzorblax accord\n")
	write("cues.tsv", "favor\tdemanded\n")
	write("topics.tsv", "cbms\t3\tzorblax\n")
	write("consensus.txt", "") // empty: ignored
	write("calibration.tsv", "threats\t1.0\n")
	// the shipped topic model learned from the shipped lexicon and may
	// outvote a new entry on a short sentence: off here, so that the
	// lexicon decides (README, "Tagging rules are data")
	write("topicmodel.tsv", "#!replace\n")
	tg, err := New(dir)
	if err != nil {
		t.Fatalf("New(%s): %v", dir, err)
	}
	r := tg.Tag(text, Context{})
	if got := stanceKeys(r.Stances); !reflect.DeepEqual(got, []string{"binding_instrument:favor:RUR"}) {
		t.Errorf("stances with the extra rules = %v", got)
	}
	if r.Topic != "cbms" {
		t.Errorf("topic with the extra lexicon = %s", r.Topic)
	}
	if tg.Version() == tagger(t).Version() {
		t.Errorf("Version did not change with the rules: %s", tg.Version())
	}
	// the embedded rules still work alongside the extension
	if code, ok := tg.ResolveActor("Algeria"); !ok || code != "DZA" {
		t.Errorf("embedded gazetteer lost: %q %v", code, ok)
	}

	// #!replace drops the embedded file
	write("actors.tsv", "#!replace\nRUR\tRuritania\n")
	tg, err = New(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := tg.ResolveActor("Algeria"); ok {
		t.Errorf("#!replace kept the embedded gazetteer")
	}
}

func TestBadRules(t *testing.T) {
	cases := []struct {
		file, body, want string
	}{
		{"topics.tsv", "threats\t1\tfoo\nthreatz\t1\tbar\n", "topics.tsv:2: unknown topic"},
		{"topics.tsv", "threats\tlots\tfoo\n", "topics.tsv:1: bad weight"},
		{"issues.tsv", "new_norms\tobject\tfoo ~x bar\n", "issues.tsv:1: bad gap"},
		{"issues.tsv", "new_norms\tmaybe\tfoo\n", "issues.tsv:1: unknown kind"},
		{"issues.tsv", "nuclear\tfavor\tfoo\n", "issues.tsv:1: unknown issue"},
		{"issues.tsv", "ihl_applies\tfavor\tright to self-defence|selfdefence\n", "must be one word"},
		{"cues.tsv", "# comment\n\nsupportive\tyes\n", "cues.tsv:3: unknown cue class"},
		{"actors.tsv", "lower\tSomewhere\n", "actors.tsv:1: bad actor code"},
		{"actors.tsv", "ABC\n", "actors.tsv:1: want CODE<TAB>names"},
		{"calibration.tsv", "norms\t0\n", "calibration.tsv:1: multiplier must be positive"},
		{"calibration.tsv", "nroms\t1.2\n", "calibration.tsv:1: unknown topic"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, c.file), []byte(c.body), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := New(dir)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %q: err = %v, want it to contain %q", c.file, c.body, err, c.want)
		}
	}
}

func TestOddInput(t *testing.T) {
	tg := tagger(t)
	for _, s := range []string{"", "   ", "\x00\xff\xfe", strings.Repeat("a ", 5000), "“”“", "-- ; : ,", "ÀÉÎÕÜ ß ǅ"} {
		r := tg.Tag(s, Context{Section: s, Previous: s})
		if r.Topic == "" || r.Stances == nil || r.Actors == nil {
			t.Errorf("malformed result for %q: %+v", s, r)
		}
	}
	if res := tg.TagDoc(Doc{}); len(res) != 0 {
		t.Errorf("empty doc gave %d results", len(res))
	}
}

// The co-authors of a joint statement may be listed after its masthead:
// in a first-person sentence ("I speak on behalf of the following
// delegations: ..."), or in a list of signatories anywhere, often at the
// end. Every State listed holds the statement's "we" positions. A news
// sentence opening with "Supported by" is no such list.
func TestJointStatementSignatories(t *testing.T) {
	tg := tagger(t)
	we := "Chair, we support the operationalisation of the Points of Contact directory."
	cases := []struct {
		name  string
		paras []string
		want  []string // holders of the "we" position, sorted; nil: not a joint statement
	}{
		{"first person, on behalf of the following", []string{
			"Statement delivered by Chile on behalf of a cross-regional group of States",
			"Chair, I have the honour to speak on behalf of the following delegations: Argentina, Brazil, Colombia, Peru, Uruguay and my own country, Chile.",
			we}, []string{"ARG", "BRA", "CHL", "COL", "PER", "URY"}},
		{"supported by, at the end", []string{
			"Joint Statement on the Points of Contact Directory", we,
			"This statement is supported by: Argentina, Brazil, Colombia, Peru, Uruguay and Chile."},
			[]string{"ARG", "BRA", "CHL", "COL", "PER", "URY"}},
		{"signatories line", []string{
			"Joint Statement on the Points of Contact Directory", we,
			"Signatories: Ghana, Kenya, the Philippines, Switzerland"},
			[]string{"CHE", "GHA", "KEN", "PHL"}},
		{"on behalf of a list, after a heading line", []string{
			"Open-ended Working Group, ninth session. Statement by the Dominican Republic on behalf of a cross-regional group of small States",
			"Mr. Chair, I have the honour to speak on behalf of Botswana, Costa Rica, Estonia, Samoa and my own country, the Dominican Republic.",
			we}, []string{"BWA", "CRI", "DOM", "EST", "WSM"}},
		{"on behalf of a list, after the delivering delegation's longer name", []string{
			"Statement by the delegation of the Republic of Ghana on behalf of Fiji, Kenya, Uruguay and Ghana. Eighth session, July 2024.",
			"Thank you, Chair.", we}, []string{"FJI", "GHA", "KEN", "URY"}},
		{"a masthead listing the States", []string{
			"Statement by Fiji, Kenya, Uruguay and Ghana", "Thank you, Chair.", we},
			[]string{"FJI", "GHA", "KEN", "URY"}},
		{"co-sponsors at the end", []string{
			"Joint statement on the Points of Contact directory", "Thank you, Chair.", we,
			"Co-sponsors: Fiji, Kenya, Uruguay and Ghana."},
			[]string{"FJI", "GHA", "KEN", "URY"}},
		{"a representative's title before the list", []string{
			"Statement by H.E. Ms. Ana Ruiz, Permanent Representative of Uruguay, on behalf of Fiji, Kenya and Uruguay",
			"Thank you, Chair.", we}, []string{"FJI", "KEN", "URY"}},
		{"the members of our group", []string{
			"Statement of the Dominican Republic on behalf of the Group of Friends of small States",
			"Thank you, Chair. The members of our group are Botswana, Costa Rica, Estonia and Samoa.",
			we}, []string{"BWA", "CRI", "DOM", "EST", "WSM"}},
		{"a State has the honour to deliver", []string{
			"Statement by Ambassador Jane Doe on behalf of a group of small States",
			"Mr. Chair, the Dominican Republic has the honour to deliver this statement on behalf of Botswana, Costa Rica, Estonia and Samoa.",
			we}, []string{"BWA", "CRI", "DOM", "EST", "WSM"}},
		{"a masthead that names the meeting first", []string{
			"Ninth substantive session of the Open-ended Working Group on security of and in the use of ICTs, December 2024. Statement by the Dominican Republic on behalf of Botswana, Costa Rica, Estonia and Samoa",
			"Mr. Chair,", we}, []string{"BWA", "CRI", "DOM", "EST", "WSM"}},
		{"a masthead in dashed parts", []string{
			"Open-ended Working Group – ninth substantive session – Agenda item 5 – Statement by the Dominican Republic on behalf of Botswana, Costa Rica, Estonia and Samoa",
			we}, []string{"BWA", "CRI", "DOM", "EST", "WSM"}},
		{"the masthead's State delivers for the list below it", []string{
			"Statement by the Dominican Republic",
			"on behalf of a cross-regional group of small States (Botswana, Costa Rica, Estonia and Samoa)",
			"Mr. Chair,", we}, []string{"BWA", "CRI", "DOM", "EST", "WSM"}},
		{"a group of one State's partners is no joint statement", []string{
			"Statement by Brazil",
			"Mr. Chair, we recall that the group of Latin American States includes Argentina and Chile.",
			we}, []string{"BRA"}},
		{"a national statement by a group's chair", []string{
			"Statement by the delegation of Uganda, in its national capacity, at the ninth session of the Open-ended Working Group",
			"Earlier this week Uganda had the honour of speaking on behalf of the Non-Aligned Movement. The remarks that follow are made in our national capacity and should be read together with that statement and with the statement of the African Group.",
			we}, []string{"UGA"}},
		{"remarks in its national capacity after a group's statement", []string{
			"Statement by Uganda",
			"Earlier this week Uganda spoke on behalf of the Non-Aligned Movement. The remarks that follow are made in our national capacity.",
			we}, []string{"UGA"}},
		{"news, not a list", []string{
			"News from the First Committee",
			"Supported by Russia and China, the resolution passed with 112 votes in favour.",
			"China supported the Programme of Action."}, nil},
	}
	for _, c := range cases {
		d := Doc{}
		for _, p := range c.paras {
			d.Paras = append(d.Paras, Para{Text: p})
		}
		res, info := tg.TagDocInfo(d)
		if c.want == nil {
			if info.Kind != "analysis" || len(info.Joint) != 0 {
				t.Errorf("%s: inferred as %+v, want an analysis", c.name, info)
			}
			continue
		}
		holders := append([]string{info.Speaker}, info.Joint...)
		sort.Strings(holders)
		if info.Kind != "statement" || !reflect.DeepEqual(holders, c.want) {
			t.Errorf("%s: inferred as %+v, want a statement by %v", c.name, info, c.want)
			continue
		}
		want := []string{"poc_directory:favor:" + strings.Join(c.want, ",")}
		found := false
		for _, r := range res {
			if reflect.DeepEqual(stanceKeys(r.Stances), want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no paragraph has the stance %v", c.name, want)
		}
	}
}

// A sentence that opens with States and a verb of support whose object
// refers back takes up the positions of the sentence before ("Belarus and
// Syria supported the call"). "The call" takes up a proposal only; "them"
// or a State named before takes up every position.
func TestEcho(t *testing.T) {
	tg := tagger(t)
	first := "Russia said that existing international law gave no adequate answers to the features of ICTs and renewed its call for a universal convention on information security."
	cases := []struct {
		second string
		want   []string // stances of the paragraph
	}{
		{"Belarus, Nicaragua and Syria supported the call.",
			[]string{"binding_instrument:favor:BLR,NIC,RUS,SYR", "charter_applies:against:RUS"}},
		{"Venezuela supported Russia.",
			[]string{"binding_instrument:favor:RUS,VEN", "charter_applies:against:RUS,VEN"}},
		{"Cuba and Iran backed them.",
			[]string{"binding_instrument:favor:CUB,IRN,RUS", "charter_applies:against:CUB,IRN,RUS"}},
		// no echo of favor: a verb against, a negation (the proposal under
		// discussion takes them: against); an object of its own
		{"Belarus and Syria opposed the call.", []string{"binding_instrument:against:BLR,SYR", "binding_instrument:favor:RUS", "charter_applies:against:RUS"}},
		{"Belarus did not support the call.", []string{"binding_instrument:against:BLR", "binding_instrument:favor:RUS", "charter_applies:against:RUS"}},
		{"Belarus and Syria supported the capacity-building fund.", []string{"binding_instrument:favor:RUS", "charter_applies:against:RUS"}},
		// the signatories of what was just reported share its positions;
		// "supported by" does not copy them (it multiplies any error)
		{"Among the signatories were Belarus, Nicaragua and Syria.",
			[]string{"binding_instrument:favor:BLR,NIC,RUS,SYR", "charter_applies:against:BLR,NIC,RUS,SYR"}},
		{"This was supported by Belarus, Nicaragua and Syria.", []string{"binding_instrument:favor:RUS", "charter_applies:against:RUS"}},
	}
	for _, c := range cases {
		got := stanceKeys(tg.Tag(first+" "+c.second, Context{}).Stances)
		sort.Strings(got)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q:\n got %v\nwant %v", c.second, got, c.want)
		}
	}
}

// A reporting tag with a pronoun ("she said", "its delegate argued")
// gives the position to the speaker named in the sentence before, unless
// the sentence names its own holder before the tag.
func TestPronounSpeaker(t *testing.T) {
	tg := tagger(t)
	first := "Switzerland took the floor on the agenda."
	cases := []struct {
		second string
		want   []string
	}{
		{"The Charter applies in its entirety to cyberspace, she said.", []string{"charter_applies:favor:CHE"}},
		{"The Charter, its delegate argued, applies in its entirety to cyberspace.", []string{"charter_applies:favor:CHE"}},
		// a holder named before the tag keeps the position
		{"Kenya, she noted, said the Charter applies in its entirety to cyberspace.", []string{"charter_applies:favor:KEN"}},
	}
	for _, c := range cases {
		got := stanceKeys(tg.Tag(first+" "+c.second, Context{}).Stances)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: stances = %v, want %v", c.second, got, c.want)
		}
	}
}

// docStanceKeys tags paras as one analysis and returns the stance keys of
// each paragraph.
func docStanceKeys(tg *Tagger, paras ...string) [][]string {
	d := Doc{Kind: "analysis"}
	for _, p := range paras {
		d.Paras = append(d.Paras, Para{Text: p})
	}
	var out [][]string
	for _, r := range tg.TagDoc(d) {
		out = append(out, stanceKeys(r.Stances))
	}
	return out
}

func TestSummaryRecordTurn(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		name string
		para string
		want []string
	}{
		// a summary record goes on in indirect speech: the later sentences
		// are the turn of the State named with the reporting verb
		{"indirect speech", "Mr. Lee (Republic of Korea) said that his country welcomed the report. International law, and the Charter in its entirety, applied to the conduct of States in cyberspace.",
			[]string{"charter_applies:favor:KOR"}},
		{"representative of", "The representative of Egypt stressed that ICTs raised new questions. A programme of action should be the permanent home of the dialogue.",
			[]string{"programme_of_action:favor:EGY"}},
		// possessive pronoun phrases take the holder of the sentence before
		{"his delegation", "Mr. Rahimi (Islamic Republic of Iran) recalled the history of the process. His delegation supported the negotiation of a legally binding instrument.",
			[]string{"binding_instrument:favor:IRN"}},
		{"her country", "The representative of the United States spoke next. Her country would not support the drafting of a new treaty.",
			[]string{"binding_instrument:against:USA"}},
		// no reporting verb in the first sentence: no turn
		{"no turn", "Kenya hosted a workshop in May. A programme of action should be the permanent home of the dialogue.",
			[]string{"programme_of_action:favor:AUTHOR"}},
	}
	for _, c := range cases {
		got := docStanceKeys(tg, c.para)[0]
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: stances = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestTurnGoesOn(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		name  string
		paras []string
		want  []string // stances of the last paragraph
	}{
		// a paragraph whose subject is "she" goes on with the turn reported
		// before, though the sentence in between named no one
		{"she, next paragraph", []string{"The representative of the United States said that ransomware was the gravest threat. Governments that shelter such criminals fail their commitments, she said.", "She also welcomed the launch of the points of contact directory."},
			[]string{"poc_directory:favor:USA"}},
		{"he added, fronted object", []string{"The representative of Cuba said that sanctions cut her country off from technology. Some States, she said, politicise security.", "A legally binding instrument, she added, was the only way to close the gaps."},
			[]string{"binding_instrument:favor:CUB"}},
		{"her delegation", []string{"The representative of Japan said that ransomware was the gravest threat. Governments that shelter such criminals fail their commitments, she said.", "Her delegation sees no need to open negotiations on new legal obligations."},
			[]string{"binding_instrument:against:JPN"}},
		// "States" inside "the United States" is no unnamed holder: the turn is the United States'
		{"United States", []string{"The representative of the United States said that ransomware was the gravest threat. Governments that shelter such criminals fail their commitments, she said.", "Her delegation sees no need to open negotiations on new legal obligations."},
			[]string{"binding_instrument:against:USA"}},
		// a paragraph with no pronoun subject ends the turn
		{"turn ended", []string{"The representative of Cuba said that sanctions cut her country off from technology.", "Observers noted the tense mood.", "She also welcomed the launch of the points of contact directory."},
			[]string{"poc_directory:favor:"}},
		// an actor named before the pronoun holds the position
		{"named before", []string{"The representative of Cuba said that sanctions cut her country off from technology.", "Chile, she noted, welcomed the launch of the points of contact directory."},
			[]string{"poc_directory:favor:CHL"}},
	}
	for _, c := range cases {
		got := docStanceKeys(tg, c.paras...)
		if last := got[len(got)-1]; !reflect.DeepEqual(last, c.want) {
			t.Errorf("%s: stances = %v, want %v", c.name, last, c.want)
		}
	}
}

func TestSponsorNeedsATabledText(t *testing.T) {
	tg := tagger(t)
	later := "States should negotiate a legally binding instrument."
	cases := []struct {
		name  string
		first string
		want  []string
	}{
		// a draft resolution's sponsor holds its text's positions in the next paragraphs
		{"draft resolution", "Draft resolution L.44 was introduced by the Russian Federation.", []string{"binding_instrument:favor:RUS"}},
		// a proposal described in passing sponsors no text of the document
		{"described in passing", "A convention of the type proposed by Moscow would give Governments cover.", []string{"binding_instrument:favor:AUTHOR"}},
	}
	for _, c := range cases {
		got := docStanceKeys(tg, c.first, later)[1]
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: stances of %q = %v, want %v", c.name, later, got, c.want)
		}
	}
}

func TestInterviewAnswers(t *testing.T) {
	tg := tagger(t)
	res := docStanceKeys(tg,
		"We spoke with Ambassador Tan of Singapore about the new Global Mechanism.",
		"Q: Does the Mechanism need a treaty?",
		"A: No. We see no need for a new legally binding instrument.",
		"What matters is that we support the Points of Contact directory.",
		"Q: We at this journal support the Programme of Action. Is it dead?",
		"A: It is behind us.")
	want := [][]string{
		{},
		{},
		{"binding_instrument:against:SGP"},
		{"poc_directory:favor:SGP"},          // an answer goes on until the next question
		{"programme_of_action:favor:AUTHOR"}, // the interviewer's own voice
		{},
	}
	if !reflect.DeepEqual(res, want) {
		t.Errorf("stances = %v, want %v", res, want)
	}
	// turns that open with a dash, no labels: a question ends with "?"
	res = docStanceKeys(tg,
		"Ahead of the session, the Special Representative of the President of the Russian Federation answered our questions.",
		"— What has the Working Group achieved so far?",
		"— Quite a lot. We welcome the launch of the global directory of points of contact, which was our idea.",
		"— Why does Russia want a convention?",
		"— Voluntary norms oblige no one. Only a universal, legally binding instrument can offer real guarantees.")
	want = [][]string{{}, {}, {"poc_directory:favor:RUS"}, {}, {"binding_instrument:favor:RUS"}}
	if !reflect.DeepEqual(res, want) {
		t.Errorf("dashed turns: stances = %v, want %v", res, want)
	}
	// without two questions and two answers, a line opening "A:" is not an answer
	res = docStanceKeys(tg, "Singapore hosted the meeting.", "A: We see no need for a new legally binding instrument.")
	if want := []string{"binding_instrument:against:AUTHOR"}; !reflect.DeepEqual(res[1], want) {
		t.Errorf("not an interview: stances = %v, want %v", res[1], want)
	}
}

func TestContrastEndsAGovernor(t *testing.T) {
	tg := tagger(t)
	checkSentences(t, tg, []sentenceCase{
		{"Kenya does not dismiss these proposals out of hand, but in its view the time is not ripe for a treaty.", []string{"binding_instrument:against:KEN"}},
		{"South Africa keeps an open mind on a legally binding instrument.", []string{"binding_instrument:neutral:ZAF"}},
		{"Brazil would keep the treaty question open.", []string{"binding_instrument:neutral:BRA"}},
	})
}

func TestFrontedPredicate(t *testing.T) {
	tg := tagger(t)
	checkSentences(t, tg, []sentenceCase{
		{"Favouring the elaboration of new rules were Russia, China and Iran.", []string{"new_norms:favor:CHN,IRN,RUS"}},
		{"Rejecting a new treaty were the United States, Japan and Australia.", []string{"binding_instrument:against:AUS,JPN,USA"}},
	})
}

func TestInstitutionSpeaks(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		name  string
		first string
		want  []string
	}{
		{"of the State", "Press release of the Ministry of Foreign Affairs of Chile, 12 July.", []string{"binding_instrument:against:CHL"}},
		{"possessive", "Chile's Ministry of Foreign Affairs issued the following statement.", []string{"binding_instrument:against:CHL"}},
		// another institution, or one the document never tied to an actor:
		// a holder without a code
		{"another institution", "Communique of the Peace and Security Council of the African Union.", []string{"binding_instrument:against:"}},
		{"not named", "Press release, 12 July.", []string{"binding_instrument:against:"}},
	}
	for _, c := range cases {
		got := docStanceKeys(tg, c.first, "The Ministry rejects any new legally binding instrument.")[1]
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: stances = %v, want %v", c.name, got, c.want)
		}
	}
	if got, want := docStanceKeys(tg, "Communique of the Peace and Security Council of the African Union.", "3. Council welcomes the Points of Contact directory.")[1], []string{"poc_directory:favor:AU"}; !reflect.DeepEqual(got, want) {
		t.Errorf("council: stances = %v, want %v", got, want)
	}
}

func TestBackersShareTheirPosition(t *testing.T) {
	tg := tagger(t)
	checkSentences(t, tg, []sentenceCase{
		{"Russia's alternative, a permanent OEWG taking decisions by consensus, was supported by Belarus, Cuba and Iran, while Brazil hesitated.", []string{"programme_of_action:against:BLR,CUB,IRN,RUS"}},
		{"Russia called for a legally binding instrument, supported by Iran and Syria.", []string{"binding_instrument:favor:IRN,RUS,SYR"}},
		// "not supported by" adds no backers
		{"Russia called for a legally binding instrument, not supported by Brazil.", []string{"binding_instrument:favor:RUS"}},
	})
}

func TestGroupSubjectInAGroupStatement(t *testing.T) {
	tg := tagger(t)
	d := Doc{Paras: []Para{
		{Text: "Statement by the Sultanate of Oman on behalf of the Arab Group"},
		{Text: "Mr. Chair, I have the honour to speak on behalf of the Arab Group."},
		{Text: "The Group welcomes the launch of the Points of Contact directory."},
	}}
	res, info := tg.TagDocInfo(d)
	got := stanceKeys(res[2].Stances)
	if want := []string{"poc_directory:favor:ARAB_GROUP"}; !reflect.DeepEqual(got, want) {
		t.Errorf("stances = %v, want %v (document %+v)", got, want, info)
	}
}

// sentenceCase is one sentence tagged alone and the stance keys it must give.
type sentenceCase struct {
	text string
	want []string
}

// checkSentences tags each case's text alone and compares its stance keys.
func checkSentences(t *testing.T, tg *Tagger, cases []sentenceCase) {
	t.Helper()
	for _, c := range cases {
		got := stanceKeys(tg.Tag(c.text, Context{}).Stances)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: stances = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestAsidesAndOverlaps(t *testing.T) {
	tg := tagger(t)
	checkSentences(t, tg, []sentenceCase{
		// a short aside between commas does not cut the subject from its verb,
		// and a semicolon ends the list before it; the holder model adds
		// the States that share the view
		{"The EU said international law applies, a view shared by Estonia and Japan; Pakistan and Iran, on the other hand, argued that only a new legally binding instrument could fill the gaps.",
			[]string{"charter_applies:favor:EST,EU,JPN", "binding_instrument:favor:IRN,PAK"}},
		// an assertion that starts inside an object hit decides: "new legally
		// [binding obligations would be neither practical]"
		{"The United States considers that new legally binding obligations would be neither practical nor conducive to security.",
			[]string{"binding_instrument:against:USA"}},
		// "no legal vacuum" says existing law applies, as the annotators code it
		{"Japan maintains that there is no legal vacuum for a treaty to fill.", []string{"binding_instrument:against:JPN", "charter_applies:favor:JPN"}},
		{"Canada argued that drafting new ones before then would be premature.", []string{"new_norms:against:CAN"}},
		{"Cuba believes that the present regime of voluntary norms is inadequate.", []string{"new_norms:favor:CUB"}},
	})
}

func TestEchoWithoutObject(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		para string
		want []string
	}{
		{"France described the Programme of Action as a permanent home. Egypt, the United Kingdom and Chile spoke in support.",
			[]string{"programme_of_action:favor:CHL,EGY,FRA,GBR"}},
		{"China warned against applying the law of armed conflict to cyberspace. Cuba and Iran made the same point.",
			[]string{"ihl_applies:against:CHN,CUB,IRN"}},
		// after a semicolon, in the same sentence
		{"Russia promoted the concept of a UN convention on international information security; Syria and the DPRK endorsed the idea.",
			[]string{"binding_instrument:favor:PRK,RUS,SYR"}},
		// after ", and", in the same sentence
		{"Russia promotes the concept of a convention on international information security, and Belarus and Nicaragua spoke in its favour.",
			[]string{"binding_instrument:favor:BLR,NIC,RUS"}},
		// a negated echo takes nothing up
		{"China warned against applying the law of armed conflict to cyberspace. Cuba and Iran never agreed.",
			[]string{"ihl_applies:against:CHN"}},
	}
	for _, c := range cases {
		got := docStanceKeys(tg, c.para)[0]
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: stances = %v, want %v", c.para, got, c.want)
		}
	}
}

func TestDocumentVoices(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		name          string
		paras         []string
		kind, speaker string
		joint         []string
	}{
		{"letter from Permanent Representatives", []string{
			"Letter dated 30 May 2023 from the Permanent Representatives of Belarus, Nicaragua and the Russian Federation to the United Nations addressed to the Secretary-General",
			"We have the honour to transmit to you herewith the updated concept of a convention (see annex).",
			"The convention would turn the voluntary norms into legal obligations.",
		}, "statement", "BLR", []string{"NIC", "RUS"}},
		{"note verbale from a Permanent Mission", []string{
			"Note verbale dated 2 March 2024 from the Permanent Mission of Kenya to the United Nations addressed to the Secretariat",
			"The Permanent Mission of Kenya presents its compliments and has the honour to transmit the national views of Kenya.",
			"We believe that existing international law applies.",
		}, "statement", "KEN", nil},
		{"government masthead", []string{
			"Republic of Kenya, Ministry of Information and the Digital Economy — National Cybersecurity Strategy 2025–2029",
			"Kenya's digital economy does not end at its borders.",
			"Our priority is to give the eleven norms practical effect at home.",
		}, "statement", "KEN", nil},
		{"an official's byline", []string{
			"By a senior official of the Ministry of Foreign Affairs of the Russian Federation",
			"In 1998 Russia brought a draft resolution to the First Committee, and we warned of the dangers. China, Cuba, Iran and the United States spoke then.",
			"Our proposal is simple: we call for a convention, and we believe the United States and its allies will come to see its value.",
		}, "statement", "RUS", nil},
		// a diplomat writing in a personal capacity speaks for no State
		{"a diplomat's op-ed in a personal capacity", []string{
			"By a counsellor at the Permanent Mission of Ghana to the United Nations, writing in a personal capacity.",
			"We in the global South need the Mechanism to deliver. The African Union's experts know our networks, and the African Union has said so.",
			"Our priority is to give the eleven norms practical effect, and we want the African Union's voice heard in the Mechanism.",
		}, "analysis", "", nil},
		{"an official's byline with a disclaimer at the end", []string{
			"By a senior official of the Ministry of Foreign Affairs of Kenya",
			"We believe the eleven norms must be implemented, and we call for a stronger directory.",
			"The views expressed here do not necessarily reflect those of the Government of Kenya.",
		}, "analysis", "", nil},
		// a two States' joint statement in the communiqué style: "we" is theirs
		{"a bilateral joint statement", []string{
			"Joint Statement on the Fifth Australia–Indonesia Cyber Policy Dialogue, Jakarta, 21 August 2024",
			"Australia and the Republic of Indonesia held the fifth round of their Cyber Policy Dialogue in Jakarta.",
			"We reaffirmed our commitment to the framework for responsible State behaviour.",
			"We welcomed the launch of the global Points of Contact directory.",
			"We agreed that cybersecurity measures should target malicious conduct rather than technologies.",
		}, "statement", "AUS", []string{"IDN"}},
		// a chair's letter: its own voice has no code
		{"a chair's letter", []string{
			"Excellency,",
			"In my capacity as Chair of the open-ended working group on security of and in the use of ICTs, I have the honour to transmit herewith the zero draft of the final report.",
			"I believe the directory of points of contact should be strengthened, and I urge all delegations to engage.",
		}, "statement", "", nil},
		// a news headline opens with a State but is no government's masthead
		{"headline", []string{
			"Kenya Ministry launches a new cybersecurity strategy",
			"The ministry said on Monday that our networks were under attack.",
			"The strategy calls for the eleven norms to be implemented.",
		}, "analysis", "", nil},
		// a summary record reports a group statement: it is no statement itself
		{"summary record", []string{
			"The meeting was called to order at 10.10 a.m.",
			"The representative of Indonesia, speaking on behalf of the Non-Aligned Movement, said that the Charter remained fully relevant.",
			"The representative of Egypt said that a legally binding instrument was needed.",
		}, "analysis", "", nil},
	}
	for _, c := range cases {
		var d Doc
		for _, p := range c.paras {
			d.Paras = append(d.Paras, Para{Text: p})
		}
		_, info := tg.TagDocInfo(d)
		if info.Kind != c.kind || info.Speaker != c.speaker || !reflect.DeepEqual(info.Joint, c.joint) && len(info.Joint)+len(c.joint) > 0 {
			t.Errorf("%s: info = %+v, want %s by %q with %v", c.name, info, c.kind, c.speaker, c.joint)
		}
	}
}

func TestGroupTurns(t *testing.T) {
	tg := tagger(t)
	got := docStanceKeys(tg,
		"The representative of Indonesia, speaking on behalf of the Non-Aligned Movement, said that the Charter remained relevant. The Movement attached particular importance to non-interference in the internal affairs of States.",
		"Speaking on behalf of the Association of Southeast Asian Nations, the representative of Malaysia welcomed the global directory of points of contact.")
	want := [][]string{{"cyber_sovereignty:favor:NAM"}, {"poc_directory:favor:ASEAN"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stances = %v, want %v", got, want)
	}
}

func TestMoreHolders(t *testing.T) {
	tg := tagger(t)
	cases := []lastParagraphCase{
		{"a vote list after a welcome", []string{
			"France and Egypt proposed a Programme of Action in 2020.",
			"In 2022 the Assembly welcomed the proposal by 157 votes to 6, with Russia, China and Iran voting against."},
			[]string{"programme_of_action:against:CHN,IRN,RUS", "programme_of_action:favor:"}},
		{"a vote's tally", []string{
			"The General Assembly adopted resolution 77/37 on the Programme of Action.",
			"It was adopted by a recorded vote of 157 in favour to 6 against (China, Iran, Nicaragua, Russian Federation, Syria), with 14 abstentions (Brazil, India)."},
			[]string{"programme_of_action:against:CHN,IRN,NIC,RUS,SYR"}},
		{"a tally's headed lists", []string{
			"Recorded vote on the Programme of Action. In favour: France, Egypt. Against: China, Iran."},
			[]string{"programme_of_action:against:CHN,IRN", "programme_of_action:favor:EGY,FRA"}},
		// no count, no colon: a preposition, not a tally
		{"not a tally", []string{
			"The General Assembly adopted resolution 77/37 on the Programme of Action.",
			"It was against (as Iran noted) the wishes of a minority."},
			[]string{}},
		{"a proposal's authors", []string{
			"(f) Proposal by Canada and Chile for an accreditation procedure that lets stakeholders take part in the Mechanism;"},
			[]string{"multistakeholder:favor:CAN,CHL"}},
		{"echo after an auxiliary", []string{
			"Switzerland has told the Working Group that IHL applies to cyber operations in armed conflict. Mexico has made the same case, adding that hospitals need protection."},
			[]string{"ihl_applies:favor:CHE,MEX"}},
		{"echo by association", []string{
			"The EU said that the Mechanism should rest on the framework of responsible State behaviour. Australia, Canada and Japan associated themselves with that approach."},
			[]string{"framework_acquis:favor:AUS,CAN,EU,JPN"}},
		{"a capital for its State", []string{
			"Brasília has not joined the calls for a new treaty."},
			[]string{"binding_instrument:against:BRA"}},
		{"its delegates", []string{
			"Brazil parts company with the sovereigntists. Its delegates have stated that international law applies in full to State conduct in cyberspace."},
			[]string{"charter_applies:favor:BRA"}},
		// the reporter holds what its that-clause says of others
		{"reporter over the clause", []string{
			"Mr. Voronin (Russian Federation) said that Western countries continued to impose on the international community the so-called framework of responsible behaviour."},
			[]string{"framework_acquis:against:RUS"}},
		{"the clause's subject holds its own verb", []string{
			"Russia said that Western countries rejected a legally binding instrument."},
			[]string{"binding_instrument:against:WEST"}},
		{"an institution's that-clause", []string{
			"Council of the European Union. Conclusions on cyber diplomacy.",
			"6. The Council reiterates that existing international law, and in particular the Charter of the United Nations in its entirety, applies to the use of ICTs by States."},
			[]string{"charter_applies:favor:EU"}},
	}
	checkLastParagraph(t, tg, cases)
}

func TestTitleIsOther(t *testing.T) {
	tg := tagger(t)
	title := "Global Points of Contact directory established by the OEWG on ICT security"
	res := tg.TagDoc(Doc{Paras: []Para{{Text: title}, {Text: title}, {Text: title + "."}}})
	if res[0].Topic != "other" {
		t.Errorf("title: topic = %s, want other", res[0].Topic)
	}
	// the same words further in, or as a sentence, are about the directory
	for i := 1; i < 3; i++ {
		if res[i].Topic != "cbms" {
			t.Errorf("paragraph %d: topic = %s, want cbms", i, res[i].Topic)
		}
	}
}

func TestTranscriptTurns(t *testing.T) {
	tg := tagger(t)
	d := Doc{Paras: []Para{
		{Text: "Transcript of the press conference by the Chair, 25 July 2025"},
		{Text: "CHAIR: Good afternoon. I would urge every State to nominate its contacts to the Points of Contact directory."},
		{Text: "QUESTION: Some Western delegates told me that there is no point adding norms, while Russia wants a new set of binding rules. Is the norms discussion frozen?"},
		{Text: "CHAIR: We should implement the eleven norms first rather than negotiate new ones."},
		{Text: "RUSSIAN FEDERATION: We call for a legally binding instrument."},
	}}
	res, info := tg.TagDocInfo(d)
	if info.Kind != "analysis" || info.Speaker != "" {
		t.Errorf("info = %+v, want an analysis with no speaker", info)
	}
	want := [][]string{
		{},
		{"poc_directory:favor:"}, // the Chair: no coded actor, not the author
		{"binding_instrument:favor:RUS", "new_norms:against:WEST", "new_norms:favor:RUS"}, // "told me" is not the journalist's position
		{"new_norms:against:"},           // the Chair again
		{"binding_instrument:favor:RUS"}, // a State's turn
	}
	for i, r := range res {
		got := stanceKeys(r.Stances)
		sort.Strings(got)
		if !reflect.DeepEqual(got, want[i]) && len(got)+len(want[i]) > 0 {
			t.Errorf("paragraph %d: stances = %v, want %v", i, got, want[i])
		}
	}
}

// A hearing's turns labelled with the witnesses' names are theirs: a
// witness's "we" has no code, not the author's.
func TestNamedTranscriptTurns(t *testing.T) {
	tg := tagger(t)
	d := Doc{Paras: []Para{
		{Text: "Foreign Affairs Committee. Oral evidence on the UN negotiations on ICT security."},
		{Text: "Helen Marsh: Thank you, Chair. We want the mechanism to put the eleven agreed norms into practice rather than write new ones."},
		{Text: "Daniel Okoro: Russia wants a legally binding convention, and China supports it."},
		{Text: "Helen Marsh: We support the Points of Contact directory."},
		{Text: "Daniel Okoro: In my view the directory deserves support."},
		{Text: "Ruth Calloway: We call for meaningful participation of civil society in the mechanism."},
	}}
	res := tg.TagDoc(d)
	for i, r := range res {
		for _, st := range r.Stances {
			if slices.Contains(st.Actors, "AUTHOR") {
				t.Errorf("paragraph %d: %v gives a witness's position to the author", i, stanceKeys(r.Stances))
			}
		}
	}
	if got, want := stanceKeys(res[2].Stances), []string{"binding_instrument:favor:CHN,RUS"}; !reflect.DeepEqual(got, want) {
		t.Errorf("paragraph 2: stances = %v, want %v", got, want)
	}
	if got := stanceKeys(res[3].Stances); len(got) != 1 || got[0] != "poc_directory:favor:" {
		t.Errorf("paragraph 3: stances = %v, want a position with no coded holder", got)
	}
}

// A transcript's turns labelled with a surname take the State with which
// the document introduced that person in an office held now; a person
// introduced with no State, with two, or with none in office (a former
// ambassador, a scholar), and a role, keep no coded holder.
func TestIntroducedSpeakers(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		name  string
		intro string
		want  []string // the stances of the three turns after the intro
	}{
		{"semicolon list", "MODERATOR: With me are Ingrid Vermeulen, the Netherlands' ambassador for cyber; Hossein Tabrizi, a counsellor at the Permanent Mission of the Islamic Republic of Iran; and Professor Amara Njoroge, who teaches law in Nairobi.",
			[]string{"binding_instrument:favor:IRN", "binding_instrument:against:NLD", "programme_of_action:favor:"}},
		{"a title before the surname", "MODERATOR: Our guests are Ambassador Vermeulen of the Netherlands, Counsellor Tabrizi of Iran and Professor Njoroge, a lawyer.",
			[]string{"binding_instrument:favor:IRN", "binding_instrument:against:NLD", "programme_of_action:favor:"}},
		{"introduced in a sentence of their own", "Ingrid Vermeulen is the Dutch ambassador for cyber. Hossein Tabrizi serves at Iran's mission in New York. Amara Njoroge teaches law in Nairobi.",
			[]string{"binding_instrument:favor:IRN", "binding_instrument:against:NLD", "programme_of_action:favor:"}},
		{"two States: no telling", "MODERATOR: With me are Ingrid Vermeulen, a diplomat who has served both the Netherlands and Belgium; Hossein Tabrizi, an academic; and Amara Njoroge.",
			[]string{"binding_instrument:favor:", "binding_instrument:against:", "programme_of_action:favor:"}},
		// a State without an office held now: no State's voice
		{"former officials and scholars", "MODERATOR: With me are Ingrid Vermeulen, a former Dutch ambassador for cyber; Hossein Tabrizi, who teaches law in Tehran and writes on Iran's foreign policy; and Amara Njoroge.",
			[]string{"binding_instrument:favor:", "binding_instrument:against:", "programme_of_action:favor:"}},
		{"not introduced", "MODERATOR: Good evening and welcome.",
			[]string{"binding_instrument:favor:", "binding_instrument:against:", "programme_of_action:favor:"}},
	}
	for _, c := range cases {
		d := Doc{Paras: []Para{
			{Text: c.intro},
			{Text: "MODERATOR: Mr Tabrizi, what would a treaty achieve?"},
			{Text: "TABRIZI: We believe a legally binding instrument is needed to close the gaps."},
			{Text: "VERMEULEN: We do not see the need for a new treaty."},
			{Text: "NJOROGE: We should support the Programme of Action."},
		}}
		res := tg.TagDoc(d)
		for k, want := range c.want {
			if got := strings.Join(stanceKeys(res[k+2].Stances), " "); got != want {
				t.Errorf("%s: turn %d: stances = %q, want %q", c.name, k+1, got, want)
			}
		}
	}
}

// TestClauseHolders covers holders found across a sentence's clauses: a
// fronted participial clause, examples in brackets, a counter-position, the
// companions of a vote, and agents that only describe an object.
func TestClauseHolders(t *testing.T) {
	tg := tagger(t)
	cases := []lastParagraphCase{
		{"subject after a participial clause", []string{
			"Having long opposed the Programme of Action as a parallel track designed by Western countries, Moscow accepted the Global Mechanism."},
			[]string{"programme_of_action:against:RUS"}},
		// the agent of a passive outside the cue wrote what the holder
		// opposes; the cue's own agent holds it. The authors of a proposal
		// ("proposed by France and Egypt") are for it, as the gold codes them
		{"passive agent of another verb", []string{
			"Cuba rejected the Programme of Action, a track designed by France and Egypt."},
			[]string{"programme_of_action:against:CUB"}},
		{"passive agent of a cue that is not the position's", []string{
			"Cuba opposed the Programme of Action proposed by France and Egypt."},
			[]string{"programme_of_action:against:CUB", "programme_of_action:favor:EGY,FRA"}},
		{"passive agent of the cue", []string{
			"The Programme of Action was opposed by Cuba, Iran and Syria."},
			[]string{"programme_of_action:against:CUB,IRN,SYR"}},
		{"a fronted predicate is not a participial clause", []string{
			"Favouring the elaboration of new rules were Russia, China and Iran."},
			[]string{"new_norms:favor:CHN,IRN,RUS"}},
		{"examples in brackets", []string{
			"Some other States (e.g. the USA, Switzerland, Canada and others) oppose the necessity for a convention."},
			[]string{"binding_instrument:against:CAN,CHE,USA"}},
		{"'it' after an opening phrase", []string{
			"Iran spoke early in the debate.",
			"At the same time it contends that existing law leaves gaps that only a legally binding instrument could fill."},
			[]string{"binding_instrument:favor:IRN", "charter_applies:against:IRN"}},
		{"'it' as an object is no subject", []string{
			"Iran spoke early in the debate.",
			"This makes it essential to negotiate a legally binding instrument."},
			[]string{"binding_instrument:favor:AUTHOR"}},
		{"a counter-position", []string{
			"Switzerland and Mexico pushed for language stating that international humanitarian law applies to cyber operations. Russia and China resisted, arguing that such wording would legitimise conflict."},
			[]string{"ihl_applies:against:CHN,RUS", "ihl_applies:favor:CHE,MEX"}},
		{"a counter-position with an adverb", []string{
			"Russia called for a legally binding convention. France and Germany objected strongly."},
			[]string{"binding_instrument:against:DEU,FRA", "binding_instrument:favor:RUS"}},
		// the position countered must be in the same paragraph
		{"no counter-position across paragraphs", []string{
			"Kenya welcomed the Points of Contact directory.",
			"Britain, Canada and Mexico protested repeatedly."},
			[]string{}},
		// the agent of the object's participle does not hold the next verb's position
		{"companions of a vote", []string{
			"Moscow has resisted any parallel format. It opposed the Programme of Action proposed by France and Egypt, and in 2022 voted against resolution 77/37 together with China, Iran and Syria."},
			[]string{"programme_of_action:against:CHN,IRN,RUS,SYR", "programme_of_action:favor:EGY,FRA"}},
		// a proposal noun's appositive keeps its backers
		{"backers of a proposal", []string{
			"(a) Proposal by the Russian Federation, supported by Belarus and Nicaragua, to start work on a universal convention on international information security;"},
			[]string{"binding_instrument:favor:BLR,NIC,RUS"}},
		{"this paper", []string{
			"A group of nations consisting of Argentina, Australia and Brazil has jointly submitted a Working Paper. This paper outlines proposals for a global, intergovernmental Points of Contact directory."},
			[]string{"poc_directory:favor:ARG,AUS,BRA"}},
	}
	checkLastParagraph(t, tg, cases)
}

// TestFirstPersonEcho: in a statement, "We share this view" takes up the
// positions just reported for the speaker, and "We do not share this view"
// takes the opposite ones.
func TestFirstPersonEcho(t *testing.T) {
	tg := tagger(t)
	cases := []struct {
		name, text string
		want       []string
	}{
		{"we do not share this view",
			"Some delegations argue that existing law leaves gaps that only a new treaty could fill. We do not share this view.",
			[]string{"binding_instrument:against:DEU", "binding_instrument:favor:", "charter_applies:against:", "charter_applies:favor:DEU"}},
		{"we share this view",
			"Several delegations stressed that the Points of Contact directory should be used regularly. We share this view.",
			[]string{"poc_directory:favor:DEU"}},
	}
	for _, c := range cases {
		res := tg.TagDoc(Doc{Kind: "statement", Speaker: "DEU", Paras: []Para{{Text: c.text}}})
		got := stanceKeys(res[0].Stances)
		sort.Strings(got)
		if !reflect.DeepEqual(got, c.want) && len(got)+len(c.want) > 0 {
			t.Errorf("%s: stances = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestCounterStaysInItsParagraph: a counter-position answers the
// paragraph's own positions, never those of an earlier paragraph.
func TestCounterStaysInItsParagraph(t *testing.T) {
	tg := tagger(t)
	res := tg.TagDoc(Doc{Kind: "statement", Speaker: "DEU", Paras: []Para{
		{Text: "Some delegations argue that existing law leaves gaps that only a new treaty could fill."},
		{Text: "We do not share this view."},
	}})
	if got := stanceKeys(res[1].Stances); len(got) != 0 {
		t.Errorf("second paragraph: stances = %v, want none", got)
	}
}

// lastParagraphCase is a document of analysis paragraphs and the stance
// keys wanted for its last paragraph.
type lastParagraphCase struct {
	name  string
	paras []string
	want  []string
}

// checkLastParagraph tags each case's paragraphs as one analysis and
// compares the stances of its last paragraph.
func checkLastParagraph(t *testing.T, tg *Tagger, cases []lastParagraphCase) {
	t.Helper()
	for _, c := range cases {
		all := docStanceKeys(tg, c.paras...)
		got := all[len(all)-1]
		sort.Strings(got)
		if !reflect.DeepEqual(got, c.want) && len(got)+len(c.want) > 0 {
			t.Errorf("%s: stances = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestPartitiveFirstPerson checks that "several of our countries" in a joint
// statement is a part of the speakers, not all of them: its position has no
// code, while "we" and a relative clause with the partitive keep the group.
func TestPartitiveFirstPerson(t *testing.T) {
	tg := tagger(t)
	masthead := "Joint statement delivered by Chile on behalf of Chile, Colombia and Kenya at the Open-ended Working Group, July 2024"
	cases := []struct {
		name, text string
		want       []string
	}{
		{"we is the group", "We support a Programme of Action.", []string{"programme_of_action:favor:CHL,COL,KEN"}},
		{"several of our countries", "Several of our countries support a Programme of Action.", []string{"programme_of_action:favor:"}},
		{"several members of our group", "Several members of our group stand ready to support regional workshops on humanitarian law and ICTs.", []string{"ihl_applies:favor:"}},
		{"a partitive in a relative clause", "The directory, which most of our countries have already joined, should be strengthened through regular ping tests.", []string{"poc_directory:favor:CHL,COL,KEN"}},
	}
	for _, c := range cases {
		res, _ := tg.TagDocInfo(Doc{Paras: []Para{{Text: masthead}, {Text: c.text}}})
		if got := stanceKeys(res[1].Stances); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: stances of %q = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

func TestDeniedObjectsAndCosts(t *testing.T) {
	// the rules alone, so that a model cannot cover for them
	tg := rulesOnly(t)
	checkSentences(t, tg, []sentenceCase{
		// a pseudo-cleft denies its object
		{"Germany said that what was needed was not a new treaty but a common understanding of existing law.", []string{"binding_instrument:against:DEU"}},
		{"Japan believes that what is needed is not a new legally binding instrument.", []string{"binding_instrument:against:JPN"}},
		{"Iran believes that what is needed is a new legally binding instrument.", []string{"binding_instrument:favor:IRN"}},
		{"Egypt believes that what is needed is not only a treaty but also capacity.", []string{"binding_instrument:favor:EGY"}},
		// the cost of negotiating a treaty is an argument against it
		{"Australia warned that negotiating a new treaty would take years.", []string{"binding_instrument:against:AUS"}},
		{"Canada said that opening negotiations on a binding instrument at this stage would absorb years of effort.", []string{"binding_instrument:against:CAN"}},
		// gaps in the law as it is
		{"In Iran's view, existing international law contained significant gaps.", []string{"charter_applies:against:IRN"}},
		{"Pakistan says the law as it stands has gaps.", []string{"charter_applies:against:PAK"}},
	})
}

func TestStatementVoiceAfterCapitals(t *testing.T) {
	// in a statement a position in no one's mouth is the speaker's: a
	// capitalised cue word opening the sentence ("Nor"), a capitalised
	// common noun after a determiner ("an injured State") or "by
	// consensus" are no other holder
	tg := tagger(t)
	for _, c := range []struct{ para, want string }{
		{"Nor should the mechanism become a vehicle for State control over the content people can read.", "cyber_sovereignty:against:PRT"},
		{"An injured State may take countermeasures, including through ICT means, against the State responsible.", "ihl_applies:favor:PRT"},
		{"The future mechanism should take the agreed framework as its starting point and operate by consensus.", "framework_acquis:favor:PRT"},
		// an issue marker or a sentence's first word before "should" is no
		// person, and "by States" after a noun is no passive agent
		{"The Programme of Action should rest on the agreed framework rather than replace it.", "framework_acquis:favor:PRT"},
		{"Norms should address the malicious use of ICTs by States, not hinder legitimate defensive capabilities.", "tech_neutrality:favor:PRT"},
	} {
		got := portugalStances(tg, c.para)
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: stances = %v, want %s among them", c.para, got, c.want)
		}
	}
}

func TestRefusalToAcceptAClaim(t *testing.T) {
	// the rules alone, so that a model cannot cover for them: a claim a
	// State is reluctant or unwilling to accept is a claim it rejects
	tg := rulesOnly(t)
	checkSentences(t, tg, []sentenceCase{
		{"China remains reluctant to accept that international humanitarian law applies to cyberspace.", []string{"ihl_applies:against:CHN"}},
		{"Russia refused to accept that existing international law is sufficient.", []string{"charter_applies:against:RUS"}},
		{"Cuba was reluctant to concede that international humanitarian law applies.", []string{"ihl_applies:against:CUB"}},
		// not every "to" after an against cue governs a claim
		{"Japan accepts that international humanitarian law applies to cyberspace.", []string{"ihl_applies:favor:JPN"}},
	})
}

func TestRebuttalOfNamedViews(t *testing.T) {
	// a statement that reports a view of named States and rebuts it holds
	// the opposite; a rebuttal may disagree, read things differently or
	// say the opposite is true (the rules alone, so that a model cannot
	// cover for them)
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	for _, c := range []struct {
		para string
		want []string // stance keys among the paragraph's
		not  string   // a stance key that must not be there
	}{
		{"We are aware that some delegations, China and Cuba among them, remain reluctant to accept that international humanitarian law applies in cyberspace. We understand the concern, but we believe the opposite is true.",
			[]string{"ihl_applies:favor:PRT", "ihl_applies:against:CHN,CUB"}, "ihl_applies:against:PRT"},
		{"We have listened attentively to Iran and Pakistan, which maintain that only a new legally binding instrument could close the gaps in existing law. We respectfully disagree.",
			[]string{"binding_instrument:against:PRT"}, "binding_instrument:favor:PRT"},
		// a sentence that takes neither side rebuts nothing
		{"We have listened carefully to the United States, which holds that existing law is adequate. For our part, we do not see this as an either-or choice.",
			nil, "charter_applies:against:PRT"},
	} {
		got := portugalStances(tg, c.para)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: stances = %v, want %s among them", c.para, got, w)
			}
		}
		if slices.Contains(got, c.not) {
			t.Errorf("%q: stances = %v, want no %s", c.para, got, c.not)
		}
	}
}

func TestCompilationEntries(t *testing.T) {
	// a compilation's entries are their authors' statements: the paragraph
	// labelled "Comments by X:" and those after it in its section, and the
	// paragraphs under a heading that names their author
	tg := tagger(t)
	d := Doc{Title: "Compilation of written comments by Member States on the draft report", Paras: []Para{
		{Text: "The present document reproduces the comments received from delegations by 6 June.", Section: "Note by the Secretariat"},
		{Text: "Comments by Ireland: We see no need for a new legally binding instrument.", Section: "A. International law"},
		{Text: "We also ask that the report state plainly that international humanitarian law applies in armed conflict.", Section: "A. International law"},
		{Text: "Comments by Chile, also on behalf of Peru and Uruguay: We support the establishment of a Programme of Action.", Section: "B. Regular institutional dialogue"},
		{Text: "We believe that the Programme of Action should be established without delay.", Section: "Kazakhstan"},
	}}
	want := [][]string{nil,
		{"binding_instrument:against:IRL"},
		{"ihl_applies:favor:IRL"},
		{"programme_of_action:favor:CHL,PER,URY"},
		{"programme_of_action:favor:KAZ"},
	}
	res := tg.TagDoc(d)
	for i, w := range want {
		got := stanceKeys(res[i].Stances)
		for _, k := range w {
			if !slices.Contains(got, k) {
				t.Errorf("paragraph %d %q: stances = %v, want %s among them", i, d.Paras[i].Text, got, k)
			}
		}
	}
	// a heading naming a State makes no entry in a text that is no
	// compilation: a country profile's "we" is its author's
	d = Doc{Title: "Where the States stand", Paras: []Para{
		{Text: "Our reporters followed the talks for five years."},
		{Text: "We believe that the Programme of Action should be established without delay.", Section: "Kazakhstan"},
	}}
	if got := stanceKeys(tg.TagDoc(d)[1].Stances); !slices.Contains(got, "programme_of_action:favor:AUTHOR") {
		t.Errorf("country profile: stances = %v, want programme_of_action:favor:AUTHOR among them", got)
	}
}

func TestClaimsInAsides(t *testing.T) {
	// the States an aside names hold the claim they put forward; the
	// speaker who rejects it holds the opposite (the rules alone, so that a
	// model cannot cover for them)
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	for _, c := range []struct {
		para string
		want []string
	}{
		{"We do not share the view, expressed by China, that a legally binding instrument is needed.",
			[]string{"binding_instrument:against:PRT", "binding_instrument:favor:CHN"}},
		{"We cannot follow the argument, advanced by Russia and a few others, that a new treaty is needed.",
			[]string{"binding_instrument:against:PRT", "binding_instrument:favor:RUS"}},
		{"We reject the claim, put forward by Iran, that existing international law is insufficient.",
			[]string{"charter_applies:favor:PRT", "charter_applies:against:IRN"}},
		// a shared claim: the same value for all
		{"We share the concern, voiced by Kenya and Ghana, that a new treaty would take years.",
			[]string{"binding_instrument:against:GHA,KEN,PRT"}},
		// no aside: the speaker alone
		{"We do not share the view that a legally binding instrument is needed.",
			[]string{"binding_instrument:against:PRT"}},
	} {
		got := portugalStances(tg, c.para)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: stances = %v, want %v", c.para, got, c.want)
		}
	}
}

func TestComplianceNotLawAndNewMarkers(t *testing.T) {
	tg := rulesOnly(t)
	checkSentences(t, tg, []sentenceCase{
		// the problem is compliance, not a lack of law
		{"Canada said the difficulty lies not in a lack of law but in a lack of compliance.", []string{"charter_applies:favor:CAN"}},
		{"The Netherlands replied that the problem was one of compliance with existing law.", []string{"charter_applies:favor:NLD"}},
		// "rules" stays with norms: "not a shortage of rules" is no claim about the law
		{"Finland said there was not a shortage of rules.", []string{"new_norms:against:FIN"}},
		// more ways to name a treaty, a directory and more norms
		{"Germany said that what was needed was not fresh treaty language.", []string{"binding_instrument:against:DEU"}},
		{"Russia warned that a global directory could duplicate regional arrangements.", []string{"poc_directory:against:RUS"}},
		{"Japan opposed another layer of norms.", []string{"new_norms:against:JPN"}},
	})
}

// portugalStances returns the stance keys of para as the second paragraph
// of a statement by Portugal.
func portugalStances(tg *Tagger, para string) []string {
	d := Doc{Kind: "statement", Speaker: "Portugal", Paras: []Para{{Text: "Statement by the Delegation of Portugal"}, {Text: para}}}
	return stanceKeys(tg.TagDoc(d)[1].Stances)
}

func TestGroupStatementInNationalCapacity(t *testing.T) {
	// a statement delivered for a group is the group's (DOMAIN.md: the
	// speaker is not the holder), until the deliverer speaks "in my
	// national capacity", and the group's again when it resumes "on
	// behalf of" the group
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	d := Doc{Paras: []Para{
		{Text: "Statement by Malaysia on behalf of the Association of Southeast Asian Nations (ASEAN)"},
		{Text: "We support regular ping tests of the Points of Contact Directory."},
		{Text: "We also stress the importance of building national capacity in every Member State."},
		{Text: "We reject any new legally binding instrument."},
		{Text: "Allow me now to add a few words in my national capacity."},
		{Text: "We support the establishment of a Programme of Action."},
		{Text: "In closing, I wish to reiterate, on behalf of ASEAN, our commitment to this process. We call for a legally binding instrument."},
	}}
	want := []string{"", "poc_directory:favor:ASEAN", "", "binding_instrument:against:ASEAN", "", "programme_of_action:favor:MYS", "binding_instrument:favor:ASEAN"}
	res := tg.TagDoc(d)
	for i, w := range want {
		got := stanceKeys(res[i].Stances)
		if w == "" && len(got) != 0 || w != "" && !reflect.DeepEqual(got, []string{w}) {
			t.Errorf("paragraph %d %q: stances = %v, want [%s]", i, d.Paras[i].Text, got, w)
		}
	}
}

func TestRound32Rules(t *testing.T) {
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	checkSentences(t, tg, []sentenceCase{
		// a new verb of saying after "and" opens a complement the first
		// verb does not govern
		{"Russia dismissed the framework as voluntary wishes and said a legally binding convention is needed.",
			[]string{"binding_instrument:favor:RUS"}},
		{"Russia dismissed the idea of a legally binding convention.", []string{"binding_instrument:against:RUS"}},
		// the options of a question left open
		{"Ghana said that whether it ends up being called a Programme of Action, a permanent working group or something else, what counts is that it is inclusive.",
			[]string{"programme_of_action:neutral:GHA"}},
		{"Thailand has not settled on a preference as to whether the mechanism grows out of the Programme of Action proposal or out of this Working Group.",
			[]string{"programme_of_action:neutral:THA"}},
		// doors closed, and a part taken
		{"Russia welcomed a report that closed the door on a 'parallel' Programme of Action.", []string{"programme_of_action:against:RUS"}},
		{"Russia did not want to close the door on a legally binding instrument.", []string{"binding_instrument:favor:RUS"}},
		{"Kenya stands ready to take part in ping tests of the points of contact directory.", []string{"poc_directory:favor:KEN"}},
		// rules for each technology
		{"Japan does not believe that each new technology calls for its own set of rules.", []string{"new_norms:against:JPN"}},
		// gaps the current rules leave
		{"Iran argued that ICTs leave gaps that current rules cannot close.", []string{"charter_applies:against:IRN"}},
		{"Ghana sees no gaps that current rules cannot close.", []string{"charter_applies:favor:GHA"}},
	})
	// satisfaction at an outcome, in a statement: the speaker's
	if got, want := portugalStances(tg, "It was a source of real satisfaction for us to see the Points of Contact Directory go live."), []string{"poc_directory:favor:PRT"}; !reflect.DeepEqual(got, want) {
		t.Errorf("satisfaction: stances = %v, want %v", got, want)
	}
	// an echo with a time after it: the States made the same case
	got := portugalStances(tg, "We want NGOs in the room. Kenya, Chile and Mexico made much the same case yesterday, and we agree with them.")
	if want := []string{"multistakeholder:favor:CHL,KEN,MEX,PRT"}; !reflect.DeepEqual(got, want) {
		t.Errorf("echo: stances = %v, want %v", got, want)
	}
}

func TestRound33Rules(t *testing.T) {
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	// named holders only: a position of unnamed others has no code
	named := func(keys []string) []string {
		return slices.DeleteFunc(keys, func(k string) bool { return strings.HasSuffix(k, ":") })
	}
	cases := []struct {
		name, para string
		want       []string
	}{
		// a view heard, rebutted by the speaker by name
		{"rebuttal by name", "We also hear calls to treat online content as a danger that each State should police in the name of sovereignty over its information space. Portugal cannot go along with that approach.",
			[]string{"cyber_sovereignty:against:PRT"}},
		// a view only reported of unnamed others, rebutted strongly
		{"rebuttal of a reported view", "Some delegations still argue that acknowledging that international humanitarian law applies would legitimise the militarisation of cyberspace. With respect, we draw the opposite conclusion.",
			[]string{"ihl_applies:favor:PRT"}},
		{"no rebuttal", "Some delegations still argue that a new legally binding instrument is needed. We understand the concern.", nil},
		// an open mind on the issue of the sentence before
		{"open mind", "On regular institutional dialogue, other delegations would rather see this Group continue in a permanent form than a Programme of Action. Portugal keeps an open mind.",
			[]string{"programme_of_action:neutral:PRT"}},
		{"no ready-made answer", "Portugal does not come to this debate with a ready-made answer on a legally binding instrument.",
			[]string{"binding_instrument:neutral:PRT"}},
		// a proposal's authors
		{"its proposal", "We thank Singapore for its proposal to test the points of contact directory through regular exercises.",
			[]string{"poc_directory:favor:SGP"}},
		{"introduced by", "My delegation will support the draft resolution on the Programme of Action introduced this year by France.",
			[]string{"programme_of_action:favor:FRA,PRT"}},
		{"not introduced by", "We thank Singapore for hosting the workshop on the points of contact directory.", nil},
		// a view and the authors an appositive names
		{"appositive authors", "Portugal rejects the notion, advanced in particular by China and the Russian Federation, that States enjoy sovereignty over a national information space.",
			[]string{"cyber_sovereignty:against:PRT", "cyber_sovereignty:favor:CHN,RUS"}},
		{"appositive agreement", "My delegation shares the view, voiced by Morocco, that international humanitarian law governs the use of ICTs in armed conflict.",
			[]string{"ihl_applies:favor:MAR,PRT"}},
	}
	for _, c := range cases {
		if got := named(portugalStances(tg, c.para)); !reflect.DeepEqual(got, c.want) && (len(got) > 0 || len(c.want) > 0) {
			t.Errorf("%s: stances = %v, want %v", c.name, got, c.want)
		}
	}
	// the authors of a convention its opponent names are for it, and not
	// against it with the opponent
	checkSentences(t, tg, []sentenceCase{
		{"Canada opposed a legally binding convention promoted by the Russian Federation and backed by Belarus.",
			[]string{"binding_instrument:against:CAN", "binding_instrument:favor:BLR,RUS"}},
		// a call turned down
		{"The EU has turned down every call for a new legally binding instrument.", []string{"binding_instrument:against:EU"}},
	})
}

func TestVerbatimRecordTurns(t *testing.T) {
	// a verbatim record's turn ("Mr. X (State) (spoke in ...):") is the
	// bracketed State's, paragraph after paragraph, until the next label;
	// the presiding officer's turn is no coded actor's, and the label does
	// not hold the claim the turn reports of another State
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	d := Doc{Paras: []Para{
		{Text: "General Assembly, Eighty-first session, First Committee, 19th meeting, New York."},
		{Text: "The Chair: I now give the floor to the representative of Argentina in exercise of the right of reply."},
		{Text: "Mr. Morales (Argentina) (spoke in Spanish): My delegation wishes to respond to the statement made this morning."},
		{Text: "We reject any new legally binding instrument on the use of ICTs."},
		{Text: "Ms. Okafor (Nigeria): The representative of Argentina claims that existing international law leaves no gaps. Nigeria sees the matter differently."},
		{Text: "We support the Programme of Action."},
		{Text: "The Acting Chair: I would urge delegations to support the Programme of Action."},
	}}
	want := [][]string{nil, nil, nil,
		{"binding_instrument:against:ARG"},
		{"charter_applies:favor:ARG"},
		{"programme_of_action:favor:NGA"},
		nil,
	}
	res := tg.TagDoc(d)
	for i, w := range want {
		got := namedKeys(stanceKeys(res[i].Stances))
		if !reflect.DeepEqual(got, w) && (len(got) > 0 || len(w) > 0) {
			t.Errorf("paragraph %d %q: stances = %v, want %v", i, d.Paras[i].Text, got, w)
		}
	}
	// the speaker the blanked label names is still among the paragraph's actors
	if !slices.Contains(res[4].Actors, "NGA") {
		t.Errorf("paragraph 4: actors = %v, want NGA among them", res[4].Actors)
	}
	// labels that name no State (a constituency, "continued") make no record
	if n := tg.recordedTurns([]Para{{Text: "Mr. Hale (Inverleigh): We support the Programme of Action."}, {Text: "A (continued): We also support the directory."}, {Text: "Ms. Ito (Japan): We agree."}}); n != 1 {
		t.Errorf("recordedTurns = %d, want 1", n)
	}
	// one label is no record: a statement quoting a delegate keeps its speaker
	d = Doc{Kind: "statement", Speaker: "Portugal", Paras: []Para{
		{Text: "Statement by the Delegation of Portugal"},
		{Text: "Mr. Morales (Argentina): the phrase was his, and we recall it."},
		{Text: "We support the Programme of Action."},
	}}
	if got := stanceKeys(tg.TagDoc(d)[2].Stances); !slices.Contains(got, "programme_of_action:favor:PRT") {
		t.Errorf("statement: stances = %v, want programme_of_action:favor:PRT among them", got)
	}
}

func TestRecordTurnLabels(t *testing.T) {
	for _, c := range []struct {
		text, who string
		ok        bool
	}{
		{"Mr. Sokolov (Russian Federation) (spoke in Russian): We ...", "Russian Federation", true},
		{"Ms. Clarke (United Kingdom): The ...", "United Kingdom", true},
		{"Mr. van der Berg (Netherlands): We ...", "Netherlands", true},
		{"The President: I give the floor ...", "", true},
		{"The Acting Chair (spoke in French): The Committee ...", "", true},
		{"The Vice-Chair: The ...", "", true},
		{"Reply of Mexico: We ...", "", false},
		{"The Programme of Action (PoA): a single ...", "", false},
		{"Note (2024): the directory ...", "", false},
		{"A (continued): My own view ...", "continued", true},
		{"In 2024 (the year of the vote): ...", "", false},
	} {
		who, ok := recordTurn(c.text)
		if who != c.who || ok != c.ok {
			t.Errorf("recordTurn(%q) = %q, %v; want %q, %v", c.text, who, ok, c.who, c.ok)
		}
	}
}

func TestMissionSummary(t *testing.T) {
	// a summary the convening missions issue speaks in their voice: its "we"
	// is theirs, a mission named after the verb ("co-hosted with") is not
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	d := Doc{Paras: []Para{
		{Text: "On 3 March 2026 the Permanent Missions of Ghana and Norway, together with the Permanent Mission of Chile, convened an informal meeting on the points of contact directory. This summary is issued under the responsibility of the co-organisers."},
		{Text: "We remain convinced that the Programme of Action is the right home for this work."},
		{Text: "Cuba questioned the need for a Programme of Action."},
	}}
	res := tg.TagDoc(d)
	if got := stanceKeys(res[1].Stances); !reflect.DeepEqual(got, []string{"programme_of_action:favor:CHL,GHA,NOR"}) {
		t.Errorf("convenors' we: stances = %v, want [programme_of_action:favor:CHL,GHA,NOR]", got)
	}
	if got := stanceKeys(res[2].Stances); !reflect.DeepEqual(got, []string{"programme_of_action:against:CUB"}) {
		t.Errorf("a participant's view: stances = %v, want [programme_of_action:against:CUB]", got)
	}
	d.Paras[0].Text = "On 3 March 2026 the Permanent Mission of Ghana co-hosted with the Permanent Mission of Norway an informal meeting on the points of contact directory. The co-hosts will share this summary with the Office for Disarmament Affairs."
	if got := stanceKeys(tg.TagDoc(d)[1].Stances); !reflect.DeepEqual(got, []string{"programme_of_action:favor:GHA"}) {
		t.Errorf("host's we: stances = %v, want [programme_of_action:favor:GHA]", got)
	}
	// a report about a meeting a mission hosted, which does not call itself
	// a summary, keeps its author
	d.Paras = []Para{
		{Text: "On 3 March 2026 the Permanent Mission of Ghana hosted an informal meeting on the points of contact directory, which two researchers of our institute attended. This report sets out what we heard."},
		{Text: "Cuba questioned the need for a Programme of Action."},
		{Text: "Brazil and India called for more capacity-building."},
		{Text: "We remain convinced that the Programme of Action is the right home for this work."},
	}
	if got := stanceKeys(tg.TagDoc(d)[3].Stances); !reflect.DeepEqual(got, []string{"programme_of_action:favor:AUTHOR"}) {
		t.Errorf("institute's we: stances = %v, want [programme_of_action:favor:AUTHOR]", got)
	}
}

func TestActorInTheSubjectOfAClaim(t *testing.T) {
	// a State named as the owner or the agent of what a claim is about is
	// not its holder; the speaker is
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	for _, c := range []struct {
		para string
		want []string
	}{
		{"Cyber operations carried out in the course of Russia's armed aggression are subject to international humanitarian law.", []string{"ihl_applies:favor:PRT"}},
		{"Operations conducted by Russia against civilian infrastructure are subject to international humanitarian law.", []string{"ihl_applies:favor:PRT"}},
		{"Russia's war against Ukraine has made plain that cyber operations are subject to international humanitarian law.", []string{"ihl_applies:favor:PRT"}},
		// a sentence's first word before the claim it opens is no person's name
		{"Existing international law, and the Charter of the United Nations in its entirety, governs what States do with ICTs.", []string{"charter_applies:favor:PRT"}},
		// a claim's authors hold what it says, whatever the speaker says of it
		{"Portugal does not share the notion of sovereignty over an 'information space' promoted by China and the Russian Federation.",
			[]string{"cyber_sovereignty:against:PRT", "cyber_sovereignty:favor:CHN,RUS"}},
		// controls: the holder's own nouns, a relative clause's subject
		{"Russia's view is that cyber operations are subject to international humanitarian law.", []string{"ihl_applies:favor:RUS"}},
		{"The outcome came to the disappointment of Chile, which had sought clear language that international humanitarian law applies.", []string{"ihl_applies:favor:CHL"}},
		{"Russia's 2023 concept speaks of sovereignty over the information space.", []string{"cyber_sovereignty:favor:RUS"}},
		{"Some delegations, notably China's, have argued that existing international law leaves gaps.", []string{"charter_applies:against:CHN"}},
		{"The position set out in the Common African Position is that international humanitarian law applies to ICT operations in armed conflict.", []string{"ihl_applies:favor:AU"}},
		{"A number of like-minded countries have argued for a new legally binding instrument.", []string{"binding_instrument:favor:LIKE_MINDED"}},
		{"The joint statements of the group, read out by Nicaragua, kept calling for legally binding rules.", []string{"binding_instrument:favor:NIC"}},
		{"The delegation of China holds that existing international law is sufficient.", []string{"charter_applies:favor:CHN"}},
	} {
		if got := portugalStances(tg, c.para); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: stances = %v, want %v", c.para, got, c.want)
		}
	}
}

// namedKeys drops the stance keys of positions without a coded holder.
func namedKeys(keys []string) []string {
	return slices.DeleteFunc(keys, func(k string) bool { return strings.HasSuffix(k, ":") })
}

func TestProposalsAndTheirAuthors(t *testing.T) {
	// what the speaker followed or noted with interest is no position of
	// its own; the authors a proposal names are for what it proposes
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	for _, c := range []struct {
		para string
		want []string
	}{
		{"We have followed with interest the proposals for a Programme of Action.", nil},
		{"We have noted with interest the proposal by France and Egypt for a Programme of Action.", []string{"programme_of_action:favor:EGY,FRA"}},
		{"We welcome the ideas put forward by Canada and Chile for opening the thematic groups to stakeholder contributions.", []string{"multistakeholder:favor:CAN,CHL,PRT"}},
		{"We cannot accept the proposal made by Russia for a legally binding convention.", []string{"binding_instrument:against:PRT", "binding_instrument:favor:RUS"}},
		// control: the list after "by" leads to no issue
		{"We welcome the ideas put forward by Canada and Chile, and we support stakeholder participation.", []string{"multistakeholder:favor:PRT"}},
	} {
		if got := namedKeys(portugalStances(tg, c.para)); !reflect.DeepEqual(got, c.want) && (len(got) > 0 || len(c.want) > 0) {
			t.Errorf("%q: stances = %v, want %v", c.para, got, c.want)
		}
	}
}

func TestGroupMastheadDeliveredBy(t *testing.T) {
	// a masthead that opens "Statement delivered by" an ambassador of a
	// State "on behalf of" a group, and ends "Check against delivery":
	// the group speaks, until the deliverer speaks in its national capacity
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	d := Doc{Paras: []Para{
		{Text: "Statement delivered by H.E. Ambassador Joseph Mwangi, Permanent Representative of the Republic of Kenya to the United Nations, on behalf of the African Group, at the eighth substantive session of the Open-ended Working Group, New York, 3 July 2024. Check against delivery."},
		{Text: "We support the Points of Contact Directory."},
		{Text: "Allow me now to add a few words in my national capacity."},
		{Text: "For our part, we consider that international humanitarian law applies to ICT operations in armed conflict."},
	}}
	res := tg.TagDoc(d)
	if got := stanceKeys(res[1].Stances); !reflect.DeepEqual(got, []string{"poc_directory:favor:AU"}) {
		t.Errorf("group's voice: stances = %v, want [poc_directory:favor:AU]", got)
	}
	if got := stanceKeys(res[3].Stances); !reflect.DeepEqual(got, []string{"ihl_applies:favor:KEN"}) {
		t.Errorf("national capacity: stances = %v, want [ihl_applies:favor:KEN]", got)
	}
}

func TestClaimAuthorsKeepTheirValue(t *testing.T) {
	// the value model does not turn round the authors of a claim the
	// speaker rejects: what they promoted is still theirs
	tg := tagger(t)
	got := portugalStances(tg, "Portugal therefore does not share the notion of sovereignty over an 'information space' promoted by China and the Russian Federation, which in Portugal's view risks serving as a justification for censorship and for restrictions on human rights.")
	if !slices.Contains(got, "cyber_sovereignty:favor:CHN,RUS") {
		t.Errorf("stances = %v, want cyber_sovereignty:favor:CHN,RUS among them", got)
	}
}

func TestAnnouncedTurns(t *testing.T) {
	// a record that announces each turn in the third person ("The
	// Committee heard ... by the representative of X.") gives the
	// paragraphs after it to X; a State that spoke for a group holds only
	// what it says "in its national capacity"; after a list of States each
	// paragraph opening with one of them starts its turn; a draft named by
	// its symbol is the proposal its title named
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	d := Doc{Paras: []Para{
		{Text: "The Chair: The Committee will now take action on draft resolution A/C.1/80/L.7, “Establishing a programme of action on the security of information and communications technologies”, and draft resolution A/C.1/80/L.9, “Developments in the field of information and telecommunications”."},
		{Text: "The Committee heard an explanation of vote by the representative of Belarus."},
		{Text: "Our delegation will vote against draft resolution L.7."},
		{Text: "We also oppose the participation of non-governmental stakeholders."},
		{Text: "The Committee heard an explanation of vote by the representative of Portugal, who spoke on behalf of the European Union and its member States and then in his national capacity."},
		{Text: "We support the inclusion of stakeholders in the future mechanism."},
		{Text: "Speaking now in my national capacity, I add that we support the Points of Contact directory."},
		{Text: "The Chair: The Committee heard explanations of vote by the representatives of Japan, Viet Nam and Ghana."},
		{Text: "Japan voted against L.9 and in favour of L.7."},
		{Text: "We reject any new legally binding instrument."},
		{Text: "Viet Nam abstained on L.7 and voted in favour of L.9."},
		{Text: "Ghana voted in favour of A/C.1/80/L.7."},
	}}
	want := [][]string{nil, nil,
		{"programme_of_action:against:BLR"},
		{"multistakeholder:against:BLR"},
		nil,
		{"multistakeholder:favor:EU"},
		{"poc_directory:favor:PRT"},
		nil,
		{"programme_of_action:favor:JPN"},
		{"binding_instrument:against:JPN"},
		nil,
		{"programme_of_action:favor:GHA"},
	}
	res := tg.TagDoc(d)
	for i, w := range want {
		got := stanceKeys(res[i].Stances)
		if !reflect.DeepEqual(got, w) && (len(got) > 0 || len(w) > 0) {
			t.Errorf("paragraph %d %q: stances = %v, want %v", i, d.Paras[i].Text, got, w)
		}
	}
	// one announcement is no record: an analysis keeps its own voice
	d = Doc{Paras: []Para{
		{Text: "The session opened with a debate on the future mechanism. The Committee heard a statement by the representative of Belarus."},
		{Text: "We support the Programme of Action."},
	}}
	if got := stanceKeys(tg.TagDoc(d)[1].Stances); !slices.Contains(got, "programme_of_action:favor:AUTHOR") {
		t.Errorf("analysis: stances = %v, want programme_of_action:favor:AUTHOR among them", got)
	}
}

func TestAnnouncedTurnLines(t *testing.T) {
	tg := tagger(t)
	for _, c := range []struct {
		text   string
		states []string
		group  string
		ok     bool
	}{
		{"The Committee heard an explanation of vote by the representative of China.", []string{"CHN"}, "", true},
		{"The Committee heard a statement by the representative of Spain, who spoke on behalf of the European Union and its member States.", []string{"ESP"}, "EU", true},
		{"The Committee heard explanations of vote by the representatives of the United States, Indonesia and Cuba.", []string{"USA", "IDN", "CUB"}, "", true},
		{"The Chair gave the floor to the representative of Brazil.", []string{"BRA"}, "", true},
		{"The Committee heard a statement by the representative of China, who said that a treaty was needed.", nil, "", false},
		{"The representative of Cuba said that the norms were voluntary.", nil, "", false},
		{"We heard a statement by the representative of China.", nil, "", false},
		{"The Committee heard a statement by the representative of the Inverleigh constituency.", nil, "", false},
	} {
		states, group, ok := announcedTurn(tg.analyse(c.text))
		if !reflect.DeepEqual(states, c.states) || group != c.group || ok != c.ok {
			t.Errorf("announcedTurn(%q) = %v, %q, %v; want %v, %q, %v", c.text, states, group, ok, c.states, c.group, c.ok)
		}
	}
}

func TestSymbolsOfDrafts(t *testing.T) {
	// a symbol stands for the proposal its quoted title names, and for
	// nothing when the title names none or no title was given
	tg := tagger(t)
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"draft resolution A/C.1/80/L.7, “Programme of action to advance responsible State behaviour”", map[string]string{"l 7": "programme_of_action"}},
		{"draft resolution A/C.1/80/L.9, “Developments in the field of information and telecommunications”", nil},
		{"We voted against L.9 and the Programme of Action.", nil},
	} {
		if got := tg.symbolIssues([]*para{tg.analyse(c.text)}); !reflect.DeepEqual(got, c.want) {
			t.Errorf("symbolIssues(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRound35Phrases(t *testing.T) {
	tg := tagger(t)
	for _, c := range []struct {
		para string
		want string
	}{
		// what "it has been suggested" is no one's; the rebuttal is the speaker's
		{"It has been suggested in this room that applying international humanitarian law to cyber operations would legitimise conflict. We could not disagree more strongly.", "ihl_applies:favor:PRT"},
		{"We want nothing to do with a legally binding instrument.", "binding_instrument:against:PRT"},
		{"Kyiv has pressed for international humanitarian law to govern such operations.", "ihl_applies:favor:UKR"},
		{"India and Brazil declined to take a side on a legally binding instrument.", "binding_instrument:neutral:BRA,IND"},
		{"Cuba held that only binding commitments would create real accountability.", "binding_instrument:favor:CUB"},
		// the cue inside a claim an against cue rejects
		{"We caution against the idea that the Group should start drafting new norms.", "new_norms:against:PRT"},
	} {
		if got := portugalStances(tg, c.para); !slices.Contains(got, c.want) {
			t.Errorf("%q: stances = %v, want %s among them", c.para, got, c.want)
		}
	}
}

func TestRound36Readings(t *testing.T) {
	// the rules alone, so that each case tests a rule: a claim whose
	// authors an aside names; the antecedent of a relative clause that
	// states a claim; a reporting verb that opens its own claim after a
	// semicolon; a scornful "so-called"; a proposal's end; the countries
	// of signatory organisations; and the round's phrases
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"China is not persuaded by the argument, advanced by the United States and a number of other Western countries, that existing international law is fully sufficient.", analysis,
			[]string{"charter_applies:against:CHN", "charter_applies:favor:USA,WEST"}},
		{"We do not share the concern, voiced by some, that acknowledging the relevance of humanitarian law would somehow legitimise conflict in cyberspace.", Context{},
			[]string{"ihl_applies:favor:PRT"}},
		{"We also understand the hesitation expressed by China and some other delegations, which caution that applying the law of armed conflict wholesale could turn cyberspace into a new battlefield.", Context{},
			[]string{"ihl_applies:against:CHN"}},
		{"We note the position of China, which argues that a new treaty is needed.", Context{},
			[]string{"binding_instrument:favor:CHN"}},
		{"We welcome the Common African Position adopted by the African Union, which affirms that international humanitarian law applies to ICT activities in armed conflict.", Context{},
			[]string{"ihl_applies:favor:AU,PRT"}},
		{"France and Egypt proposed a Programme of Action; Russia insisted that a permanent working group was the only acceptable format.", analysis,
			[]string{"programme_of_action:favor:EGY,FRA", "programme_of_action:against:RUS"}},
		{"The Russian side does not recognise the so-called framework of responsible State behaviour as a universally agreed basis for future work.", analysis,
			[]string{"framework_acquis:against:RUS"}},
		{"The Iranian delegate welcomed what he called the burial of the PoA.", analysis,
			[]string{"programme_of_action:against:IRN"}},
		{"The British ambassador said that the last thing the world needs is a treaty that would reopen the Charter.", analysis,
			[]string{"binding_instrument:against:GBR"}},
		{"The United States and the European Union see no need for treaty negotiations.", analysis,
			[]string{"binding_instrument:against:EU,USA"}},
		{"On norms, the UK saw no case for the additional norms floated by others.", analysis,
			[]string{"new_norms:against:GBR"}},
		{"The Netherlands and Japan argued that the agreed norms already cover AI, so no new rules are required.", analysis,
			[]string{"new_norms:against:JPN,NLD"}},
		{"Beijing cautions that applying the law of armed conflict without qualification would turn cyberspace into a new battlefield.", analysis,
			[]string{"ihl_applies:against:CHN"}},
		{"The United Kingdom and Australia objected, arguing that opening treaty talks would divert attention from applying the law that already exists.", analysis,
			[]string{"binding_instrument:against:AUS,GBR"}},
		{"Russia promotes the concept of a convention on international information security that it circulated in 2023 and has found support for it from China, Cuba and Iran.", analysis,
			[]string{"binding_instrument:favor:CHN,CUB,IRN,RUS"}},
		{"Two ideas competed. The first, floated by France and Egypt, is a Programme of Action.", analysis,
			[]string{"programme_of_action:favor:EGY,FRA"}},
		{"The European Union said it would not accept any attempt to reopen the acquis and that the eleven norms have to be implemented before anyone talks about new ones.", analysis,
			[]string{"framework_acquis:favor:EU", "new_norms:against:EU"}},
		{"What is missing is not another commitment but practical guidance on the norms we have.", Context{},
			[]string{"new_norms:against:PRT"}},
	})
}

func TestSignatoryOrganisations(t *testing.T) {
	// an open letter's list of signatory organisations names the country
	// of each in brackets: those States sign nothing
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	d := Doc{Kind: "analysis", Paras: []Para{
		{Text: "We urge the delegations to support the Programme of Action."},
		{Text: "Signed by: Open Networks Collective (Kenya); Fundación Datos Libres (Colombia); Digital Safety Alliance Pacific (Fiji); and 56 further organisations."},
		{Text: "Signatories: Argentina, Brazil and Chile."},
	}}
	res := tg.TagDoc(d)
	if got := namedKeys(stanceKeys(res[1].Stances)); len(got) > 0 {
		t.Errorf("organisations' countries hold %v, want none", got)
	}
	if got := stanceKeys(res[2].Stances); !slices.Contains(got, "programme_of_action:favor:ARG,BRA,CHL") {
		t.Errorf("a list of signatory States holds %v, want programme_of_action:favor:ARG,BRA,CHL", got)
	}
}

func TestRound37Readings(t *testing.T) {
	// the rules alone, so that each case tests a rule: a cue inside a
	// longer cue of the other value; a claim stated without its head after
	// a pronoun; a subject's apposition and "speaking on behalf of" aside;
	// a first person that opens another clause than the States' own; a
	// paper that speaks of itself; and the round's phrases
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"For France, there is no doubt that the law of armed conflict governs cyber operations conducted in connection with an armed conflict.", analysis,
			[]string{"ihl_applies:favor:FRA"}},
		{"Russia doubts that international humanitarian law applies to cyber operations.", analysis,
			[]string{"ihl_applies:against:RUS"}},
		{"China, however, has argued that emphasising the law of armed conflict risks legitimising cyber warfare.", analysis,
			[]string{"ihl_applies:against:CHN"}},
		{"Cuba objected most publicly, arguing that this would turn cyberspace into a theatre of war; Russia and China shared the objection, if less loudly.", analysis,
			[]string{"ihl_applies:against:CHN,CUB,RUS"}},
		{"The Chinese delegation cautioned once again that affirming the law of armed conflict in cyberspace would pave the way for its militarisation.", analysis,
			[]string{"ihl_applies:against:CHN"}},
		{"But the large majority, the EU, the United States and Japan, sees no gap that a treaty would fill.", analysis,
			[]string{"binding_instrument:against:EU,JPN,USA"}},
		{"According to the Iranian delegation, only a binding text could close the gaps that the current framework leaves open.", analysis,
			[]string{"binding_instrument:favor:IRN"}},
		{"Beijing has expressed support for the Russian draft as a useful basis for discussion.", analysis,
			[]string{"binding_instrument:favor:CHN"}},
		{"China supported the Russian draft resolution on the working group.", analysis,
			nil},
		{"The gap is one of implementation, not of rules.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"The problem we face is not an absence of rules but a failure to respect them.", Context{},
			[]string{"binding_instrument:against:PRT", "charter_applies:favor:PRT"}},
		{"The EU set the tone: the Charter in its entirety applies. Australia, Canada and the US spoke in similar terms.", analysis,
			[]string{"charter_applies:favor:AUS,CAN,EU,USA"}},
		{"Indonesia said it was not wedded to either a PoA or a permanent OEWG.", analysis,
			[]string{"programme_of_action:neutral:IDN"}},
		{"France pressed for the PoA. Egypt, the proposal's co-author, as well as Colombia and Japan, lent their support.", analysis,
			[]string{"programme_of_action:favor:COL,EGY,FRA,JPN"}},
		{"France and Egypt launched the PoA idea in 2020.", analysis,
			[]string{"programme_of_action:favor:EGY,FRA"}},
		{"Iran and Cuba called for a binding treaty. Nicaragua, speaking on behalf of a group of like-minded States, has repeatedly made the same point.", analysis,
			[]string{"binding_instrument:favor:CUB,IRN,LIKE_MINDED,NIC"}},
		{"The United States and Australia argued that the task ahead is one of interpretation rather than law-making.", analysis,
			[]string{"binding_instrument:against:AUS,USA"}},
		{"This article argues that existing international law is, in principle, sufficient to govern State conduct in cyberspace.", analysis,
			[]string{"charter_applies:favor:AUTHOR"}},
		{"China and Russia have long maintained that the existing legal order was not designed for the information space.", analysis,
			[]string{"charter_applies:against:CHN,RUS"}},
		{"I would not want to single anyone out unfairly, but it is no secret that Russia has never accepted the Programme of Action.", Context{},
			[]string{"programme_of_action:against:RUS"}},
		{"We, like Russia, have never accepted the Programme of Action.", Context{},
			[]string{"programme_of_action:against:PRT"}},
	})
}

func TestQuotedSpeakerIsNotTheAuthor(t *testing.T) {
	// with the models too: the holder model may make the author of a
	// report hold a position; not one in words quoted from a named speaker
	tg := tagger(t)
	for _, para := range []string{
		`"Everyone got something to take home," said Lea Fournier, who follows the negotiations for a Geneva-based research institute. "The treaty fight has simply moved into a bigger room. And if this mechanism wants to be taken seriously, it will have to let industry and civil society in properly."`,
		`"If the mechanism wants to be taken seriously, it will have to let industry and civil society in properly," Lea Fournier said.`,
	} {
		r := tg.Tag(para, Context{DocKind: "analysis"})
		if len(r.Stances) == 0 {
			t.Errorf("%q: no stance; want the quoted call for civil society", para)
		}
		for _, st := range r.Stances {
			if slices.Contains(st.Actors, "AUTHOR") {
				t.Errorf("%q: %v held by the author", para, st)
			}
		}
	}
}

func TestRound38Readings(t *testing.T) {
	// the rules alone: a quotation that runs over several sentences and
	// the speaker named after it; a paragraph that is one quotation; the
	// owner of a draft in an object; "that" as a demonstrative; a verdict
	// on a claim that opens the sentence; a claim in a relative clause; a
	// criticism no negation turns; what others say with "our" in it; a
	// counter after a concession; views shared "with" partners; States
	// heard; backers in apposition or in an aside; and the round's phrases
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{`"For ten years we have been told that the so-called framework of voluntary norms is enough. Meanwhile the attacks on our infrastructure have only multiplied," said the Russian delegate, Oleg Sinitsyn.`, analysis,
			[]string{"framework_acquis:against:RUS"}},
		{`Western delegations were unmoved. "We do not need a new treaty. We need states to respect the one they already signed," Britain's representative, Helen Marlow, said.`, analysis,
			[]string{"binding_instrument:against:GBR,WEST"}},
		{`New Zealand was having none of it. "A new treaty is not needed," its delegate, Sarah Whitcombe, told the meeting.`, analysis,
			[]string{"binding_instrument:against:NZL"}},
		{`"Chile is a co-sponsor of the Programme of Action. After 2025, the United Nations needs a single, permanent mechanism."`, analysis,
			[]string{"programme_of_action:favor:CHL"}},
		{"China described the Russian draft as a good basis for negotiations.", analysis,
			[]string{"binding_instrument:favor:CHN,RUS"}},
		{"China praised the Russian draft, but said that the laws of war apply to cyber operations.", analysis,
			[]string{"ihl_applies:favor:CHN"}},
		{"Russia rejected that argument, saying that a legally binding treaty is needed.", analysis,
			[]string{"binding_instrument:favor:RUS"}},
		{"Russia rejected that a legally binding treaty is needed.", analysis,
			[]string{"binding_instrument:against:RUS"}},
		{"Cuba considers that a programme of action is premature.", analysis,
			[]string{"programme_of_action:against:CUB"}},
		{"Reopening what has been painstakingly agreed would waste the time of every delegation.", Context{},
			[]string{"framework_acquis:favor:PRT"}},
		{"Negotiating a treaty would take years, and it risks diluting obligations that already bind us under the Charter.", Context{},
			[]string{"binding_instrument:against:PRT", "charter_applies:favor:PRT"}},
		{"We cannot accept that sovereignty be invoked to justify shutting down the Internet.", Context{},
			[]string{"cyber_sovereignty:against:PRT"}},
		{"We are concerned when sovereignty is invoked to justify shutdowns and filtering.", Context{},
			[]string{"cyber_sovereignty:against:PRT"}},
		{"Some have suggested that the answer lies in drafting new norms. We are not persuaded.", Context{},
			[]string{"new_norms:favor:", "new_norms:against:PRT"}},
		{"Portugal affirms that international humanitarian law applies. We share these views with our closest partners, including the United States and the Netherlands.", Context{},
			[]string{"ihl_applies:favor:NLD,PRT,USA"}},
		{"We were encouraged to hear the European Union reiterate its support for the Programme of Action.", Context{},
			[]string{"programme_of_action:favor:EU"}},
		{"The proponents of a treaty, Russia and China among them, were disappointed.", analysis,
			[]string{"binding_instrument:favor:CHN,RUS"}},
		{"The Russian Federation, supported by Belarus and Nicaragua, has described the Programme of Action as a parallel track designed by a narrow group of States.", analysis,
			[]string{"programme_of_action:against:BLR,NIC,RUS"}},
		{"The proposal, supported by Belarus and Nicaragua, calls for a new treaty.", analysis,
			[]string{"binding_instrument:favor:BLR,NIC"}},
		{"Iran and Cuba insisted that the OEWG remain the only format for these discussions.", analysis,
			[]string{"programme_of_action:against:CUB,IRN"}},
		{"China's delegate cautioned against a wholesale transfer of the laws of war to the digital domain.", analysis,
			[]string{"ihl_applies:against:CHN"}},
		{"No new text is needed for that.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"What worries us is the hand that misuses a tool, not the tool itself.", Context{},
			[]string{"tech_neutrality:favor:PRT"}},
		{"We hope that the thematic group will open its doors to the Global Forum on Cyber Expertise, to regional partners and to civil society.", Context{},
			[]string{"multistakeholder:favor:PRT"}},
		{"We believe that existing law, properly understood, offers small States their best protection.", Context{},
			[]string{"charter_applies:favor:PRT"}},
		{"We will work towards a final report that preserves the consensus texts on which we have all built.", Context{},
			[]string{"framework_acquis:favor:PRT"}},
		{"Our hesitation about proposals for an additional layer of norms is not that the existing set is perfect.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"We are prepared to examine proposals for legally binding commitments on their merits.", Context{},
			[]string{"binding_instrument:neutral:PRT"}},
		{"We recognise that other delegations would prefer a successor OEWG to a Programme of Action, and we respect that view.", Context{},
			[]string{"programme_of_action:against:"}},
		{"We hope that other delegations will support the directory.", Context{},
			[]string{"poc_directory:favor:PRT"}},
		{"Brazil expressed a preference for implementation over new norms.", analysis,
			[]string{"new_norms:against:BRA"}},
		{"Russia would prefer the Mechanism to take up binding obligations.", analysis,
			[]string{"binding_instrument:favor:RUS"}},
		{"We would caution against loading the directory with functions it was not designed for.", Context{},
			nil},
	})
}

func TestRound39Readings(t *testing.T) {
	// the rules alone: a negated verb whose claim comes after an aside set
	// off by commas; a claim its user doubts; "fresh" norms; the backers of
	// a text in apposition after its object; a successor OEWG; and the
	// round's phrases
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Portugal is also far from convinced that the Programme, or this Group, should spend its energy drafting a new legally binding instrument.", Context{},
			[]string{"binding_instrument:against:PRT"}},
		{"We are not convinced that the Programme, in its current form, should negotiate a new legally binding instrument.", Context{},
			[]string{"binding_instrument:against:PRT"}},
		// control: no negation, no flip
		{"We are convinced that the Programme, in its current form, should negotiate a new legally binding instrument.", Context{},
			[]string{"binding_instrument:favor:PRT"}},
		{"Let me also say a word about the supposed gaps in international law that some delegations invoke.", Context{},
			[]string{"charter_applies:favor:PRT"}},
		{"Nor do we see the need, at this stage, for a fresh set of norms.", Context{},
			[]string{"new_norms:against:PRT"}},
		// control: an undoubted gap stays a gap
		{"There are gaps in international law.", Context{},
			[]string{"charter_applies:against:PRT"}},
		{"The Russian Federation and a number of other delegations maintain that a new open-ended working group should succeed the present one, whereas the co-sponsors of resolution 77/37, France and Egypt among them, regard the Programme of Action as the natural successor.", analysis,
			[]string{"programme_of_action:against:RUS", "programme_of_action:favor:EGY,FRA"}},
		{"The Russia and Iran teams insisted that any successor be another OEWG.", analysis,
			[]string{"programme_of_action:against:IRN,RUS"}},
		{"We see the PoA as the natural successor to this Group after 2025.", Context{},
			[]string{"programme_of_action:favor:PRT"}},
		{"My delegation would therefore be wary of any approach that restricts access to technologies as such.", Context{},
			[]string{"tech_neutrality:favor:PRT"}},
		{"Some delegations call for a new legally binding convention, while others see no need for any new treaty. Portugal does not think this Mechanism has to choose between these views.", Context{},
			[]string{"binding_instrument:favor:", "binding_instrument:against:", "binding_instrument:neutral:PRT"}},
	})
}

// A panel's transcript may label the moderator in capitals and the
// panellists by name ("MODERATOR:", "Ms. Vermeulen:"): the named turns are
// their speakers', and a panellist introduced in a State's office speaks
// for that State.
func TestMixedTranscriptLabels(t *testing.T) {
	tg := tagger(t)
	d := Doc{Paras: []Para{
		{Text: "Panel 2: After the working group. Transcript, lightly edited."},
		{Text: "MODERATOR: Welcome. To my right, Ingrid Vermeulen, who heads the cyber department at the Dutch Ministry of Foreign Affairs, and Professor Amara Njoroge, who teaches law in Nairobi."},
		{Text: "MODERATOR: Ingrid, let me start with you."},
		{Text: "Ms. Vermeulen: We do not see the need for a new legally binding treaty."},
		{Text: "MODERATOR: Amara?"},
		{Text: "Prof. Njoroge: We should all support the Programme of Action."},
		{Text: "Ms. Vermeulen: And we support the Points of Contact directory."},
		{Text: "Prof. Njoroge: Thank you."},
	}}
	res := tg.TagDoc(d)
	want := map[int]string{3: "binding_instrument:against:NLD", 5: "programme_of_action:favor:", 6: "poc_directory:favor:NLD"}
	for i, w := range want {
		if got := strings.Join(stanceKeys(res[i].Stances), " "); got != w {
			t.Errorf("paragraph %d: stances = %q, want %q", i, got, w)
		}
	}
}

// The Chairman's Statement of a group's ministerial meeting says what "the
// Ministers" did in the group's name; without the group in its masthead
// they have no code.
func TestGroupMinisters(t *testing.T) {
	tg := tagger(t)
	for _, c := range []struct {
		title, want string
	}{
		{"Chairman's Statement of the Fifth ASEAN Ministerial Conference on Cybersecurity", "ASEAN"},
		{"Chairman's Statement of the Fifth Ministerial Conference on Cybersecurity", ""},
	} {
		d := Doc{Paras: []Para{
			{Text: c.title},
			{Text: "3 October 2022"},
			{Text: "1. The Conference was chaired by the Minister for Communications."},
			{Text: "2. The Ministers reaffirmed that international law, and in particular the Charter of the United Nations, is applicable to the use of ICTs by States."},
			{Text: "3. The Ministers welcomed the establishment of a global directory of points of contact."},
		}}
		res := tg.TagDoc(d)
		for i, issue := range map[int]string{3: "charter_applies:favor:", 4: "poc_directory:favor:"} {
			if got, w := strings.Join(stanceKeys(res[i].Stances), " "), issue+c.want; got != w {
				t.Errorf("%q: paragraph %d: stances = %q, want %q", c.title, i, got, w)
			}
		}
	}
}

func TestHearingWitnesses(t *testing.T) {
	// a parliament's hearing of its government's witnesses: the masthead
	// names one State, the witnesses' offices name none or name a
	// ministry; their "we" is that State's, the committee members' own
	// views are no one's code
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	d := Doc{Paras: []Para{
		{Text: "Foreign Affairs Committee. Oral evidence: The UK's cyber diplomacy, HC 412"},
		{Text: "Members present: Chair; Colin Ashworth; Helen Marsh."},
		{Text: "Witnesses: Martin Keane MP, Minister of State, Foreign, Commonwealth and Development Office; Alison Drew, Director, Cyber Policy Department, FCDO."},
		{Text: "Q1 Chair: Minister, welcome. What does the Government hope to achieve this year?"},
		{Text: "Martin Keane: Thank you, Chair. For years we argued for a Programme of Action because we wanted something permanent."},
		{Text: "Q2 Helen Marsh: Russia has a draft convention on the table, and frankly I support a legally binding instrument."},
		{Text: "Alison Drew: We oppose a new treaty; it would take a decade to negotiate."},
		{Text: "Q3 Colin Ashworth: Thank you. And the directory?"},
		{Text: "Martin Keane: We support the Points of Contact directory and want it tested regularly."},
		{Text: "Q4 Chair: Thank you both."},
	}}
	res := tg.TagDoc(d)
	for _, c := range []struct {
		i    int
		want string
	}{
		{4, "programme_of_action:favor:GBR"},
		{6, "binding_instrument:against:GBR"},
		{8, "poc_directory:favor:GBR"},
	} {
		if got := stanceKeys(res[c.i].Stances); !slices.Contains(got, c.want) {
			t.Errorf("witness turn %d: stances %v, want %s", c.i, got, c.want)
		}
	}
	if got := stanceKeys(res[5].Stances); slices.ContainsFunc(got, func(k string) bool { return strings.HasSuffix(k, ":GBR") || strings.HasSuffix(k, ":AUTHOR") }) {
		t.Errorf("a member's own view: stances %v, want none held by GBR or the author", got)
	}
}

func TestUncodedInterviewee(t *testing.T) {
	// an interview whose introduction names no State: the answers are a
	// retired chair's own, with no code, neither a State's nor the author's
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	d := Doc{Paras: []Para{
		{Text: "We spoke to a diplomat who chaired one of the groups, now retired, about what the new mechanism can achieve."},
		{Text: "Q: What was the room like?"},
		{Text: "A: Small, and rather collegial."},
		{Text: "Q: Does the world need a cyber treaty?"},
		{Text: "A: I am far from convinced that the world needs a cyber treaty right now. Russia, of course, still calls for a treaty."},
	}}
	res := tg.TagDoc(d)
	got := stanceKeys(res[4].Stances)
	for _, want := range []string{"binding_instrument:against:", "binding_instrument:favor:RUS"} {
		if !slices.Contains(got, want) {
			t.Errorf("stances %v, want %s (the interviewee's view with no code, Russia's call)", got, want)
		}
	}
}

// reading is a paragraph and the stances the rules should find in it.
type reading struct {
	para string
	ctx  Context // the zero Context is a statement by Portugal
	want []string
}

// checkReadings tags each case's paragraph with tg and compares its stances
// with the case's, in any order.
func checkReadings(t *testing.T, tg *Tagger, cases []reading) {
	t.Helper()
	for _, c := range cases {
		var got []string
		if c.ctx.DocKind == "" {
			got = portugalStances(tg, c.para)
		} else {
			got = stanceKeys(tg.Tag(c.para, c.ctx).Stances)
		}
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: stances = %v, want %v", c.para, got, want)
		}
	}
}

func TestRound40Readings(t *testing.T) {
	// the rules alone: States that share a position named after it ("a
	// preference shared by", "they are joined by"); a co-author of a
	// proposal; humanitarian law that constrains operations; dedicated
	// rules; concentrating on implementation
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Rather than a PoA, Russia wants the OEWG itself to be made permanent, a preference shared by Cuba, Iran and several other States.", analysis,
			[]string{"programme_of_action:against:CUB,IRN,RUS"}},
		{"The European Union and its member states support the PoA, and they are joined by the United Kingdom, Norway and Japan, among others.", analysis,
			[]string{"programme_of_action:favor:EU,GBR,JPN,NOR"}},
		// the list ends with its clause
		{"The EU stated that international law applies in cyberspace, a view shared by the United States and Estonia; Pakistan and Iran, on the other hand, argued that the existing body of law contained gaps.", analysis,
			[]string{"charter_applies:favor:EST,EU,USA", "charter_applies:against:IRN,PAK"}},
		// control: a view not shared
		{"Russia wants the OEWG itself to be made permanent, a preference not shared by Cuba.", analysis,
			[]string{"programme_of_action:against:RUS"}},
		{"Egypt remains a co-author of the Programme of Action.", analysis,
			[]string{"programme_of_action:favor:EGY"}},
		{"The Minister held that the rules of international humanitarian law constrain cyber operations in armed conflict.", Context{},
			[]string{"ihl_applies:favor:PRT"}},
		{"China called for dedicated rules to address the risks of emerging technologies.", analysis,
			[]string{"new_norms:favor:CHN"}},
		{"Instead of a new convention, the United States wants the OEWG to concentrate on implementing the eleven norms already on the books.", analysis,
			[]string{"new_norms:against:USA"}},
		{"We are far from convinced that a fresh layer of commitments is what small States need today.", Context{},
			[]string{"new_norms:against:PRT"}},
		// a noun phrase fronted in apposition to the subject
		{"A long-time champion of the Programme of Action, France has also argued that the directory must be tested.", analysis,
			[]string{"programme_of_action:favor:FRA", "poc_directory:favor:FRA"}},
		{"Egypt illustrates the overlap. A co-author of the PoA, it has also argued that the world will sooner or later need binding rules.", analysis,
			[]string{"programme_of_action:favor:EGY", "binding_instrument:favor:EGY"}},
	})
}

func TestRound41Readings(t *testing.T) {
	// the rules alone: the speaker's or author's own voice taking up or
	// rejecting the position just stated; a claim its holder was never
	// persuaded by; calls heard from others; States that also favour a
	// solution; declining to commit; admission only with ECOSOC status
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Beijing has long argued for a universal convention on information security. Our network rejects this approach.", analysis,
			[]string{"binding_instrument:favor:CHN", "binding_instrument:against:AUTHOR"}},
		{"Officials in several capitals defend filtering as an exercise of sovereignty over the national information space. We do not accept that defence.", analysis,
			[]string{"cyber_sovereignty:favor:", "cyber_sovereignty:against:AUTHOR"}},
		{"Mexico and Ghana have championed the Programme of Action since 2021. We support it.", analysis,
			[]string{"programme_of_action:favor:AUTHOR,GHA,MEX"}},
		// controls: "it" opens a clause; the object names its own content
		{"Some partners believe a new treaty is the answer. But a convention negotiated now would take a decade, and I doubt it would add much.", analysis,
			[]string{"binding_instrument:favor:", "binding_instrument:against:"}},
		{"Chile called for a Programme of Action. We echo the call of small States for more training.", analysis,
			[]string{"programme_of_action:favor:CHL"}},
		{"Portugal was never persuaded by the argument that new norms are what the moment needs.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"We also heard Venezuela and Syria call for a legally binding convention.", Context{},
			[]string{"binding_instrument:favor:SYR,VEN"}},
		{"Russia proposed that the OEWG itself become a permanent body, a solution also favoured by Belarus and Laos.", analysis,
			[]string{"programme_of_action:against:BLR,LAO,RUS"}},
		{"Brazil and India have avoided committing either to a Programme of Action or to a permanent working group.", analysis,
			[]string{"programme_of_action:neutral:BRA,IND"}},
		{"China insisted that organisations without ECOSOC status be admitted only if no State objected.", analysis,
			[]string{"multistakeholder:against:CHN"}},
		{"Moscow wants only organisations with consultative status at ECOSOC to take part.", analysis,
			[]string{"multistakeholder:against:RUS"}},
		{"Beijing rejected the proposition that the rules should be technology-neutral.", analysis,
			[]string{"tech_neutrality:against:CHN"}},
	})
}

// A person the text reports, with no code, is never the author: "he said",
// "They argued" after witnesses. The full tagger, models included.
func TestPersonReportedNotAuthor(t *testing.T) {
	tg := tagger(t)
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Two witnesses from industry appeared before the Committee. They argued that the future mechanism should give accredited companies a standing right to speak in formal sessions.", analysis,
			[]string{"multistakeholder:favor:"}},
		// control: the author's own recommendation
		{"The future mechanism should give accredited companies a standing right to speak in formal sessions.", analysis,
			[]string{"multistakeholder:favor:AUTHOR"}},
	})
}

// A State that speaks on behalf of others, named in an analysis, and "the
// group" or "the signatories" after it: the positions are all of theirs.
// "The Group" with a capital is the working group, not those States.
func TestGroupAnaphor(t *testing.T) {
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	for _, c := range []struct {
		second, want string
	}{
		{"The group joined consensus but made no secret of its reservations. It restated its call for a legally binding convention.", "binding_instrument:favor:BLR,CHN,CUB,IRN"},
		{"The signatories restated their call for a legally binding convention.", "binding_instrument:favor:BLR,CHN,CUB,IRN"},
		{"The Group adopted its report by consensus. It noted calls for a legally binding convention.", ""},
	} {
		d := Doc{Kind: "analysis", Paras: []Para{
			{Text: "When the report was adopted, Cuba took the floor on behalf of Belarus, China and Iran to deliver a joint explanation of position."},
			{Text: c.second},
		}}
		res := tg.TagDoc(d)
		got := strings.Join(stanceKeys(res[1].Stances), " ")
		if c.want == "" {
			if strings.Contains(got, "BLR") {
				t.Errorf("%q: stances = %q, want none of the speakers'", c.second, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%q: stances = %q, want %q", c.second, got, c.want)
		}
	}
}

func TestRound42Readings(t *testing.T) {
	// the rules alone: merit seen or not seen in a proposal; grey zones in
	// the law; no gaps that would warrant a treaty; humanitarian law that
	// does not encourage militarisation; a theatre of military operations;
	// implementing the eleven before adding to them; a consultative role
	// at most; a draft received coolly; no preference between formats; a
	// group of partners whose members are listed; the chair of a body;
	// the members of a list that includes States
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Nor do we see much merit, at this stage, in drafting additional norms.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"Ghana sees merit in a Programme of Action.", analysis,
			[]string{"programme_of_action:favor:GHA"}},
		{"Iran told the July session that the law as it stands leaves wide grey zones.", analysis,
			[]string{"charter_applies:against:IRN"}},
		{"Australia and Japan hold that there are no gaps in existing law that would warrant a new treaty.", analysis,
			[]string{"charter_applies:favor:AUS,JPN", "binding_instrument:against:AUS,JPN"}},
		{"Recognising humanitarian law does not encourage the militarisation of cyberspace.", Context{},
			[]string{"ihl_applies:favor:PRT"}},
		{"Cuba's expert declared that such language would turn cyberspace into a theatre of military operations.", analysis,
			[]string{"ihl_applies:against:CUB"}},
		{"Norway maintains that the collective effort should go into implementing the eleven agreed norms before adding to them.", analysis,
			[]string{"new_norms:against:NOR"}},
		{"Russia has argued that non-governmental organisations should have at most a consultative role.", analysis,
			[]string{"multistakeholder:against:RUS"}},
		{"Russia circulated a draft convention. Peru and Chile received it coolly.", analysis,
			[]string{"binding_instrument:favor:RUS", "binding_instrument:against:CHL,PER"}},
		{"Brazil expressed no preference between a Programme of Action and a permanent working group.", analysis,
			[]string{"programme_of_action:neutral:BRA"}},
		{"Russia, China and a group of partners that includes Belarus, Cuba and Iran start from the opposite premise. They argue that existing international law contains gaps.", analysis,
			[]string{"charter_applies:against:BLR,CHN,CUB,IRN,RUS"}},
		{"The group of experts, chaired by Brazil, concluded that international law applies.", analysis,
			[]string{"charter_applies:favor:"}},
		// controls: the chair's own view; an attack is no rule that targets malicious use
		{"Brazil, which chaired the group, concluded that international law applies.", analysis,
			[]string{"charter_applies:favor:BRA"}},
		{"Hospitals across the region have been targeted by malicious ICT activity.", Context{},
			nil},
	})
}

// In a statement made for the members of a body the gazetteer does not
// know, "the X States" of the body named in its masthead are its "we".
func TestJointSelfNames(t *testing.T) {
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	doc := Doc{Paras: []Para{
		{Text: "Statement by Ghana on behalf of the Member States of the Volta River Partnership: Burkina Faso, Ghana and Togo"},
		{Text: "Mr. Chair,"},
		{Text: "The VRP States have never doubted that international law, and in particular the Charter of the United Nations, is applicable to the use of ICTs."},
		{Text: "The Volta River Partnership countries support the Programme of Action."},
		{Text: "The Sahel States, for their part, called for a legally binding instrument."},
	}}
	res, info := tg.TagDocInfo(doc)
	holders := append([]string{info.Speaker}, info.Joint...)
	sort.Strings(holders)
	if !reflect.DeepEqual(holders, []string{"BFA", "GHA", "TGO"}) {
		t.Fatalf("joint statement inferred as %+v", info)
	}
	for i, want := range map[int][]string{
		2: {"charter_applies:favor:BFA,GHA,TGO"},
		3: {"programme_of_action:favor:BFA,GHA,TGO"},
		// control: a body the masthead does not name is not the speakers
		4: {"binding_instrument:favor:"},
	} {
		if got := stanceKeys(res[i].Stances); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: stances = %v, want %v", doc.Paras[i].Text, got, want)
		}
	}
}

func TestRound43Readings(t *testing.T) {
	// the rules alone: a hyphenated modifier is not the subject a pronoun
	// points back to; "less convinced by"; "stopped short of endorsing";
	// a capital standing for its government, not where it names the city;
	// the framework that should remain the basis; not spending time on
	// new norms; "its rules apply" after the law was named
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Chad's views sit closer to the Chinese-led camp than to those of its neighbours. Its delegation called for a legally binding instrument.", analysis,
			[]string{"binding_instrument:favor:TCD"}},
		{"We are less persuaded by the case for new norms.", analysis,
			[]string{"new_norms:against:AUTHOR"}},
		{"Ghana stopped short of endorsing a legally binding instrument.", analysis,
			nil},
		{"On the treaty question, Ghana stopped short of endorsing the calls for a convention.", analysis,
			nil},
		// control: the endorsement itself
		{"Ghana endorsed the calls for a convention.", analysis,
			[]string{"binding_instrument:favor:GHA"}},
		{"Lusaka wants a Programme of Action.", analysis,
			[]string{"programme_of_action:favor:ZMB"}},
		// control: the city is where, not who
		{"At a workshop in Lusaka, Kenya called for a Programme of Action.", analysis,
			[]string{"programme_of_action:favor:KEN"}},
		{"A Lusaka think tank called for a Programme of Action.", analysis,
			[]string{"programme_of_action:favor:"}},
		{"Peru stressed that the consensus reports should remain the basis for future work.", analysis,
			[]string{"framework_acquis:favor:PER"}},
		{"Chile insisted that the group should not waste time negotiating new norms.", analysis,
			[]string{"new_norms:against:CHL"}},
		{"On international humanitarian law, our position is cautious. We are not ready to accept that its rules apply automatically to cyber operations.", Context{},
			[]string{"ihl_applies:against:PRT"}},
		// control: no law named before
		{"We are not ready to accept that its rules apply automatically to cyber operations.", Context{},
			nil},
	})
}

func TestJointAfterSalutation(t *testing.T) {
	// a joint statement that names its co-authors in its first body
	// paragraph, after five masthead lines, and ends in the deliverer's
	// national capacity
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	doc := Doc{Paras: []Para{
		{Text: "Statement by Tuvalu"},
		{Text: "Open-ended working group on security of and in the use of ICTs, seventh substantive session"},
		{Text: "New York, 5 March 2024"},
		{Text: "Check against delivery"},
		{Text: "Mr. Chair,"},
		{Text: "I have the honour to speak on behalf of the following Pacific States: Fiji, Samoa, Tonga and my own country, Tuvalu."},
		{Text: "We support the establishment of a Programme of Action."},
		{Text: "Allow me now to add a few words in my national capacity."},
		{Text: "We support the Points of Contact directory."},
	}}
	res, info := tg.TagDocInfo(doc)
	holders := append([]string{info.Speaker}, info.Joint...)
	sort.Strings(holders)
	if !reflect.DeepEqual(holders, []string{"FJI", "TON", "TUV", "WSM"}) {
		t.Fatalf("joint statement inferred as %+v", info)
	}
	for i, want := range map[int][]string{
		6: {"programme_of_action:favor:FJI,TON,TUV,WSM"},
		8: {"poc_directory:favor:TUV"},
	} {
		if got := stanceKeys(res[i].Stances); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: stances = %v, want %v", doc.Paras[i].Text, got, want)
		}
	}
}

func TestRound44Readings(t *testing.T) {
	// the rules alone: support found "from A and from B, speaking on
	// behalf of G"; a relative clause whose verb has adverbs before it or
	// words of time and place before its "that"; "without naming X" is no
	// holder; sharing the approach of a State; keeping the veto; the OEWG
	// carrying on indefinitely; implementation and development in parallel
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Brazil called for a legally binding convention, and it found support from Cuba and from Egypt, speaking on behalf of the Arab Group.", analysis,
			[]string{"binding_instrument:favor:ARAB_GROUP,BRA,CUB"}},
		// control: a new clause with another subject
		{"Brazil called for a legally binding convention, and the EU found the idea premature.", analysis,
			[]string{"binding_instrument:favor:BRA"}},
		{"We agree with Peru and Chile, which argued in Geneva last month that international humanitarian law applies to cyber operations.", Context{},
			[]string{"ihl_applies:favor:CHL,PER,PRT"}},
		{"We take note of the concerns of Iran, which has repeatedly warned that applying international humanitarian law would legitimise conflict in cyberspace.", Context{},
			[]string{"ihl_applies:against:IRN"}},
		{"The Iranian delegate replied, without naming Canada, that non-governmental participation must remain on a non-objection basis.", analysis,
			[]string{"multistakeholder:against:IRN"}},
		{"We share the approach of Cuba, which has long advocated a legally binding instrument.", Context{},
			[]string{"binding_instrument:favor:CUB,PRT"}},
		{"Egypt and Iran wanted to retain the existing veto over accreditation.", analysis,
			[]string{"multistakeholder:against:EGY,IRN"}},
		{"Syria wants the OEWG to continue indefinitely.", analysis,
			[]string{"programme_of_action:against:SYR"}},
		{"Belarus argued that the current open-ended format should be made permanent.", analysis,
			[]string{"programme_of_action:against:BLR"}},
		// a group's statement and the State that delivered it
		{"The African Group, in the statement delivered on Tuesday by Ghana, called for a legally binding instrument.", analysis,
			[]string{"binding_instrument:favor:AU"}},
		// control: no group named, the deliverer holds it
		{"The statement delivered by Ghana called for a legally binding instrument.", analysis,
			[]string{"binding_instrument:favor:GHA"}},
		// a claim put forward by one State and answered by another
		{"We cannot accept the proposition, advanced last week by Australia, that international humanitarian law governs cyber operations.", Context{},
			[]string{"ihl_applies:against:PRT", "ihl_applies:favor:AUS"}},
		{"We reject Cuba's argument that a legally binding convention is needed.", Context{},
			[]string{"binding_instrument:against:PRT", "binding_instrument:favor:CUB"}},
		{"We share the view of Egypt that a legally binding convention is needed.", Context{},
			[]string{"binding_instrument:favor:EGY,PRT"}},
		// control: no owner named
		{"We reject the argument that a legally binding convention is needed.", Context{},
			[]string{"binding_instrument:against:PRT"}},
		// a relative clause whose object is the proposal before it
		{"Chile supports the Programme of Action, which Russia and Iran oppose.", analysis,
			[]string{"programme_of_action:favor:CHL", "programme_of_action:against:IRN,RUS"}},
		{"We voted in favour of the resolution on the Programme of Action, which Syria did not support.", Context{},
			[]string{"programme_of_action:favor:PRT", "programme_of_action:against:SYR"}},
		{"Chile supports the Programme of Action, which Russia opposes for reasons of its own.", analysis,
			[]string{"programme_of_action:favor:CHL", "programme_of_action:against:RUS"}},
		// control: the relative's verb is not the one that answers the proposal
		{"Chile supports the Programme of Action, which Russia wants to replace.", analysis,
			[]string{"programme_of_action:favor:CHL"}},
		// control: the two named, not said to go together
		{"Algeria holds that implementation and development are different tasks.", analysis,
			nil},
		{"Algeria holds that implementation and development can proceed in parallel.", analysis,
			[]string{"new_norms:favor:DZA"}},
	})
}

func TestInterviewWithLabelledQuestionsOnly(t *testing.T) {
	// an interview where only the magazine's questions carry a label: the
	// unlabelled paragraphs after a question are the diplomat's answers,
	// the introduction before the first question is the magazine's
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	doc := Doc{Paras: []Para{
		{Text: "Digital Diplomacy Review, Spring 2025"},
		{Text: "Peru's envoy on the road to the Global Mechanism"},
		{Text: "Peru has taken part in the cyber negotiations since 2019. Its ambassador spoke to us in Geneva."},
		{Text: "We believe the Points of Contact directory should be used more widely."},
		{Text: "DDR: Ambassador, what did your country want from the final session?"},
		{Text: "We wanted a single permanent body, and we supported the Programme of Action from the start."},
		{Text: "DDR: And the treaty proposals?"},
		{Text: "We do not support a legally binding instrument at this stage."},
		{Text: "DDR: Thank you."},
	}}
	res, _ := tg.TagDocInfo(doc)
	for i, want := range map[int][]string{
		3: {"poc_directory:favor:AUTHOR"}, // the magazine's own voice
		4: {},
		5: {"programme_of_action:favor:PER"},
		7: {"binding_instrument:against:PER"},
	} {
		if got := stanceKeys(res[i].Stances); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: stances = %v, want %v", doc.Paras[i].Text, got, want)
		}
	}
}

func TestGroupStatementDeliveredByMission(t *testing.T) {
	// a group's statement whose masthead names the delivering State's
	// mission, not the State, on a line of its own: the deliverer speaks
	// for itself after "in my national capacity"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	doc := Doc{Paras: []Para{
		{Text: "Permanent Mission of Jordan to the United Nations"},
		{Text: "Statement on behalf of the Group of Arab States"},
		{Text: "Open-ended working group, eighth substantive session, New York, July 2024"},
		{Text: "Mr. Chair,"},
		{Text: "The Group supports the Points of Contact directory."},
		{Text: "Allow me now to add a few remarks in my national capacity."},
		{Text: "My country supports a legally binding instrument."},
	}}
	res, info := tg.TagDocInfo(doc)
	if info.Speaker != "ARAB_GROUP" {
		t.Fatalf("speaker = %q, want ARAB_GROUP", info.Speaker)
	}
	for i, want := range map[int][]string{
		4: {"poc_directory:favor:ARAB_GROUP"},
		6: {"binding_instrument:favor:JOR"},
	} {
		if got := stanceKeys(res[i].Stances); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: stances = %v, want %v", doc.Paras[i].Text, got, want)
		}
	}
}

func TestStatementByMissionDiplomat(t *testing.T) {
	// a statement delivered by a diplomat of a mission: "First Secretary"
	// is a rank, not the title of a UN official, so the State speaks
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	for _, head := range []string{
		"Statement by Mr. Tomas Varga, First Secretary",
		"Statement by Ms. Ana Ruiz, Deputy Permanent Representative",
	} {
		doc := Doc{Paras: []Para{
			{Text: "Republic of Botswana"},
			{Text: "Permanent Mission of the Republic of Botswana to the United Nations"},
			{Text: head},
			{Text: "Mr. Chair,"},
			{Text: "Botswana aligns itself with the statement delivered on behalf of the African Group."},
			{Text: "We support the Points of Contact directory."},
		}}
		res, info := tg.TagDocInfo(doc)
		if info.Speaker != "BWA" {
			t.Errorf("%q: speaker = %q, want BWA", head, info.Speaker)
		}
		if got, want := stanceKeys(res[5].Stances), []string{"poc_directory:favor:BWA"}; !reflect.DeepEqual(got, want) {
			t.Errorf("%q: stances = %v, want %v", head, got, want)
		}
	}
	// control: a UN official's speech has no State's voice
	res, info := tg.TagDocInfo(Doc{Paras: []Para{
		{Text: "Statement by the Under-Secretary-General for Disarmament Affairs"},
		{Text: "Mr. Chair,"},
		{Text: "We support the Points of Contact directory."},
	}})
	if info.Speaker != "" || !reflect.DeepEqual(stanceKeys(res[2].Stances), []string{"poc_directory:favor:"}) {
		t.Errorf("official's speech: %+v, %v", info, stanceKeys(res[2].Stances))
	}
}

func TestRound45Readings(t *testing.T) {
	// the rules alone: an echo that names the issue it echoes ("on the
	// convention") and one joined by "as has X"; a negated echo after a
	// concession; "neither endorsed nor rejected"; "fought the PoA";
	// a line that the speaker shares with others; a claim made on a
	// weekday by its owners; doubting "more rules rather than
	// implementation"; the unnamed holders of "among them"; those heard
	// as the "both delegations" of the next sentence; "It" for the State
	// its backers joined
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Russia called for a legally binding convention. Belarus, Iran and Venezuela spoke in the same vein on the convention.", analysis,
			[]string{"binding_instrument:favor:BLR,IRN,RUS,VEN"}},
		{"Colombia set out the case for the Programme of Action. Chile and Mexico have expressed similar support, as has the European Union.", analysis,
			[]string{"programme_of_action:favor:CHL,COL,EU,MEX"}},
		{"Russia, China and Iran told this Committee that the Programme of Action is premature. We understand the concern about duplication, but we do not share the conclusion.", Context{},
			[]string{"programme_of_action:against:CHN,IRN,RUS", "programme_of_action:favor:PRT"}},
		// control: the concession alone takes no position
		{"Russia, China and Iran told this Committee that the Programme of Action is premature. We understand the concern about duplication.", Context{},
			[]string{"programme_of_action:against:CHN,IRN,RUS"}},
		{"Indonesia neither endorsed nor rejected a treaty.", analysis,
			[]string{"binding_instrument:neutral:IDN"}},
		{"The Russian Federation fought the Programme of Action for three years.", analysis,
			[]string{"programme_of_action:against:RUS"}},
		{"Russia called the Programme of Action an attempt to fragment the process.", analysis,
			[]string{"programme_of_action:against:RUS"}},
		{"Egypt and Algeria did not object to consultations with non-governmental organisations, but insisted that States alone decide on accreditation.", analysis,
			[]string{"multistakeholder:against:DZA,EGY"}},
		{"Our view, which the EU shares, is that the danger lies in how technology is used, not in the technology itself.", Context{},
			[]string{"tech_neutrality:favor:EU,PRT"}},
		{"Cameroon called for new norms on data security, an idea China has promoted.", analysis,
			[]string{"new_norms:favor:CHN,CMR"}},
		{"We share the view expressed by Germany and Canada that the points of contact directory should include regular ping tests.", Context{},
			[]string{"poc_directory:favor:CAN,DEU,PRT"}},
		{"We were encouraged to hear Egypt, Colombia and Kenya speak up for the Programme of Action.", Context{},
			[]string{"programme_of_action:favor:COL,EGY,KEN"}},
		{"Nor are we persuaded by the argument, made again on Tuesday by Cuba, Nicaragua and Venezuela, that the reports of the Groups of Governmental Experts carry less weight.", Context{},
			[]string{"framework_acquis:against:CUB,NIC,VEN", "framework_acquis:favor:PRT"}},
		{"Japan argued that the Group's remaining time is better spent helping States put the eleven norms into practice than drafting new ones.", analysis,
			[]string{"new_norms:against:JPN"}},
		{"We remain unconvinced that more rules, rather than better implementation, would make anyone safer.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"The priority must be implementation, not elaboration.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"China questioned whether the principle of distinction can be applied at all to networks shared by civilians.", analysis,
			[]string{"ihl_applies:against:CHN"}},
		{"The EU argued that international humanitarian law applies to ICT operations. A handful of delegations, among them Russia and Iran, objected.", analysis,
			[]string{"ihl_applies:favor:EU", "ihl_applies:against:IRN,RUS"}},
		{"We listened carefully to the proposals tabled this week by Russia and Iran. Both delegations want the current norms supplemented by new rules.", Context{},
			[]string{"new_norms:favor:IRN,RUS"}},
		{"The Russian Federation, joined by Belarus and Syria, argued that the only acceptable successor is a permanent OEWG. It went on to propose a legally binding convention.", analysis,
			[]string{"programme_of_action:against:BLR,RUS,SYR", "binding_instrument:favor:RUS"}},
		// control: "It" after a list that is the subject itself
		{"Russia and Belarus argued that the only acceptable successor is a permanent OEWG. It went on to propose a legally binding convention.", analysis,
			[]string{"programme_of_action:against:BLR,RUS", "binding_instrument:favor:BLR,RUS"}},
		{"Before we add to the list, we should help each other put the existing norms into practice.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"Restricting the code itself would hamper the legitimate work of incident responders.", Context{},
			[]string{"tech_neutrality:favor:PRT"}},
		// "the Union" after a union's short name is that union
		{"The African Union affirmed that IHL applies. Where the EU stands: The Union sees no need for a new treaty.", analysis,
			[]string{"ihl_applies:favor:AU", "binding_instrument:against:EU"}},
		// control: after the African Union named in full
		{"The EU affirmed that IHL applies. The African Union, for its part, stressed capacity-building. The Union sees no need for a new treaty.", analysis,
			[]string{"ihl_applies:favor:EU", "binding_instrument:against:AU"}},
	})
}

func TestRound45ModelReadings(t *testing.T) {
	// the full tagger: "stopped short of" and an author's aside ("it
	// should be said") give no position through the stance model either;
	// the holder model does not add the backers of the State "It" stands for
	tg := tagger(t)
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Brazil and India, it should be said, stopped short of calling for a treaty.", analysis,
			nil},
		{"The Russian Federation, joined by Belarus, Nicaragua and Syria, argued that the only acceptable successor is a permanent OEWG. It went on to propose that a future body be mandated to negotiate a legally binding convention.", analysis,
			[]string{"programme_of_action:against:BLR,NIC,RUS,SYR", "binding_instrument:favor:RUS"}},
	})
}

func TestEchoOnIssueAcrossParagraphs(t *testing.T) {
	// "spoke in the same vein on the convention" opening a paragraph takes
	// up the last paragraph's position on that issue only
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	for _, tc := range []struct {
		second string
		want   []string
	}{
		{"Belarus, Iran and Venezuela spoke in the same vein on a binding treaty.", []string{"binding_instrument:favor:BLR,IRN,VEN"}},
		{"Belarus, Iran and Venezuela spoke in the same vein on the Programme of Action.", []string{"programme_of_action:favor:BLR,IRN,VEN"}},
	} {
		doc := Doc{Kind: "analysis", Paras: []Para{
			{Text: "Russia called for a legally binding convention and China backed the Programme of Action."},
			{Text: tc.second},
		}}
		res, _ := tg.TagDocInfo(doc)
		if got := stanceKeys(res[1].Stances); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: stances = %v, want %v", tc.second, got, tc.want)
		}
	}
}

func TestRound46Readings(t *testing.T) {
	// the rules alone: the States listed with the one that speaks for a
	// group keep the position; a concession "in principle but"; plural
	// demonyms; patterns and cues of round 46
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Kenya and Ghana, as well as Malaysia speaking for ASEAN, urged the new mechanism to test the points of contact directory regularly.", analysis,
			[]string{"poc_directory:favor:ASEAN,GHA,KEN"}},
		// control: the State that speaks for the group alone gives way to it
		{"The representative of Indonesia, speaking on behalf of the Non-Aligned Movement, called for a legally binding instrument.", analysis,
			[]string{"binding_instrument:favor:NAM"}},
		{"The group of like-minded States on whose behalf Nicaragua delivered joint statements called for new norms.", analysis,
			[]string{"new_norms:favor:LIKE_MINDED"}},
		{"Canada and New Zealand said they were not opposed to new norms in principle but saw no case for them yet.", analysis,
			nil},
		// control: no concession
		{"Canada is not opposed to new norms.", analysis,
			[]string{"new_norms:favor:CAN"}},
		{"The Russians want new norms.", analysis,
			[]string{"new_norms:favor:RUS"}},
		{"Russia argued that only governments should negotiate.", analysis,
			[]string{"multistakeholder:against:RUS"}},
		{"Indonesia said the mechanism's work must rest on the principles of the UN Charter.", analysis,
			[]string{"charter_applies:favor:IDN"}},
		{"Nicaragua said that only a treaty could close the holes in existing law.", analysis,
			[]string{"binding_instrument:favor:NIC", "charter_applies:against:NIC"}},
		{"The EU and the UK have argued that there are no gaps a treaty would need to fill.", analysis,
			[]string{"binding_instrument:against:EU,GBR"}},
		{"We would welcome a further commitment by States not to withhold security patches. Such an understanding would be a valuable addition to the existing norms.", Context{},
			[]string{"new_norms:favor:PRT"}},
		{"When a State invokes sovereignty over its information space to silence journalists, the security of individuals suffers.", Context{},
			[]string{"cyber_sovereignty:against:PRT"}},
		{"Sovereignty cannot serve as a licence for censorship.", Context{},
			[]string{"cyber_sovereignty:against:PRT"}},
		{"The law of State responsibility applies as well. Estonia and the Netherlands have published views along the same lines.", Context{},
			[]string{"charter_applies:favor:EST,NLD,PRT"}},
		// control: the short form, read before this round
		{"We do not support a legally binding instrument, and neither does Japan.", Context{},
			[]string{"binding_instrument:against:JPN,PRT"}},
	})
}

func TestNeitherTailJoinsModelPositions(t *testing.T) {
	// "..., and neither do the European Union or most Western countries"
	// closing a sentence whose position only the stance model finds: the
	// States of the tail hold it too
	tg := tagger(t)
	d := Doc{Kind: "statement", Speaker: "Portugal", Paras: []Para{{Text: "Statement by the Delegation of Portugal"},
		{Text: "But we don't accept that sovereignty gives a government the right to cut its people off from the wider internet, and neither do the European Union or most Western countries."}}}
	res := tg.TagDoc(d)[1]
	for _, st := range res.Stances {
		if st.Issue == "cyber_sovereignty" && st.Value == "against" {
			for _, want := range []string{"EU", "PRT", "WEST"} {
				if !slices.Contains(st.Actors, want) {
					t.Errorf("cyber_sovereignty against held by %v, want %s among them", st.Actors, want)
				}
			}
			return
		}
	}
	t.Errorf("no cyber_sovereignty against in %v", stanceKeys(res.Stances))
}

func TestHearingWitnessFromMasthead(t *testing.T) {
	// a committee hearing (a chair and several members ask, one witness
	// answers) whose witness is introduced in an office that names no
	// State, under masthead lines that name one State alone: the
	// witness's "we" is that State
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	for _, tc := range []struct {
		inquiry string
		want    []string
	}{
		{"Inquiry into Portugal's engagement in international cyber negotiations", []string{"binding_instrument:against:PRT"}},
		// control: no State in the masthead, no code for the witness
		{"Inquiry into international cyber negotiations", []string{"binding_instrument:against:"}},
	} {
		doc := Doc{Paras: []Para{
			{Text: "Foreign Affairs Committee"},
			{Text: tc.inquiry},
			{Text: "Witness: Ms. Ana Costa, Ambassador for Cyber Affairs, Ministry of Foreign Affairs"},
			{Text: "The Chair: Welcome, Ambassador. Would you like to begin?"},
			{Text: "Ambassador Costa: Thank you. We see no need for a new treaty."},
			{Text: "Mr. Reid (member): And what about stakeholders?"},
			{Text: "Ambassador Costa: They have a role to play."},
			{Text: "Ms. Lee (member): Is the directory working?"},
			{Text: "Ambassador Costa: It is working well."},
			{Text: "Mr. Reid (member): Who else is in the room?"},
			{Text: "Ambassador Costa: Most delegations, most of the time."},
			{Text: "Ms. Lee (member): And the next session?"},
			{Text: "Ambassador Costa: It opens in July."},
			{Text: "The Chair: Thank you, Ambassador."},
		}}
		res, _ := tg.TagDocInfo(doc)
		if got := stanceKeys(res[4].Stances); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %q: stances = %v, want %v", tc.inquiry, doc.Paras[4].Text, got, tc.want)
		}
	}
}

func TestRound47Readings(t *testing.T) {
	// the rules alone: "but we do not share it" and a concession closed by
	// a semicolon; subscribing to a statement or position after an aside
	// on who speaks; blocking a proposal; "argued the opposite"; little to
	// be gained; "the Movement"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Iran argued that applying international humanitarian law would legitimise conflict in cyberspace. We respect that view, but we do not share it.", Context{},
			[]string{"ihl_applies:against:IRN", "ihl_applies:favor:PRT"}},
		// control: the concession alone
		{"Iran argued that applying international humanitarian law would legitimise conflict in cyberspace. We respect that view.", Context{},
			[]string{"ihl_applies:against:IRN"}},
		{"Iran and Belarus said that a Programme of Action would be a parallel track. We understand the worry about duplication; we simply do not share the conclusion.", Context{},
			[]string{"programme_of_action:against:BLR,IRN", "programme_of_action:favor:PRT"}},
		{"The Arab Group stressed the sovereignty of States over their national information space. Portugal, as a member of the Group, fully subscribes to that statement.", Context{},
			[]string{"cyber_sovereignty:favor:ARAB_GROUP,PRT"}},
		{"The Common African Position affirms that existing international law applies to the conduct of States. Kenya, she stressed, fully subscribes to that position.", analysis,
			[]string{"charter_applies:favor:AU,KEN"}},
		{"Russia, China and Iran drove the change. They also blocked a proposal to let accredited organisations take the floor in the thematic groups.", analysis,
			[]string{"multistakeholder:against:CHN,IRN,RUS"}},
		{"The United Kingdom insisted that the rules should stay technology-neutral. The Chinese delegation has argued the opposite.", analysis,
			[]string{"tech_neutrality:favor:GBR", "tech_neutrality:against:CHN"}},
		{"By contrast, we see little to be gained from reopening the debate on a new treaty.", analysis,
			[]string{"binding_instrument:against:AUTHOR"}},
		{"Indonesia, speaking on behalf of the Movement, argued that the mechanism must develop further norms.", analysis,
			[]string{"new_norms:favor:NAM"}},
	})
}

func TestRound48Readings(t *testing.T) {
	// the rules alone: keeping a reference out of a text; "before anyone
	// drafts further ones"; "would only distract"; a person's view; "it"
	// after a State that acted with another; "like A and B, we" and
	// "Unlike A, B"; "was the first to"; a position stated in its own
	// clause; "troubled by"; a list kept open; the most urgent task
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Cuba, Nicaragua and Syria kept every reference to international humanitarian law out of the draft.", analysis,
			[]string{"ihl_applies:against:CUB,NIC,SYR"}},
		{"Our first task is to put the agreed norms into practice, before anyone starts to draft further ones.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"Canada and Japan said that a new treaty would only distract from implementation.", analysis,
			[]string{"binding_instrument:against:CAN,JPN"}},
		{"In his view, accredited stakeholders should have a formal voice in the mechanism.", analysis,
			[]string{"multistakeholder:favor:"}},
		// control: the author's view
		{"In our view, accredited stakeholders should have a formal voice in the mechanism.", analysis,
			[]string{"multistakeholder:favor:AUTHOR"}},
		{"France recalled that it had proposed the Programme of Action together with Egypt. It added that international humanitarian law applies in armed conflict.", analysis,
			[]string{"programme_of_action:favor:EGY,FRA", "ihl_applies:favor:FRA"}},
		{"But, like Iran and Cuba, we are not persuaded that a programme of action is needed.", Context{},
			[]string{"programme_of_action:against:CUB,IRN,PRT"}},
		{"Unlike Russia and China, Brazil supports the programme of action.", analysis,
			[]string{"programme_of_action:favor:BRA"}},
		// control: no aside, every State listed
		{"Russia, China and Brazil support the programme of action.", analysis,
			[]string{"programme_of_action:favor:BRA,CHN,RUS"}},
		{"We recall that Japan was the first to propose a directory of points of contact.", Context{},
			[]string{"poc_directory:favor:JPN"}},
		{"Ghana welcomed the points of contact directory. Kenya reiterated its position that the participation of civil society is essential.", analysis,
			[]string{"poc_directory:favor:GHA", "multistakeholder:favor:KEN"}},
		{"We are deeply troubled by the proposal for a convention on international information security.", analysis,
			[]string{"binding_instrument:against:AUTHOR"}},
		{"Iran argued that the list of norms must stay open to additions.", analysis,
			[]string{"new_norms:favor:IRN"}},
		{"We are convinced that the most urgent task is to implement what has already been agreed.", analysis,
			[]string{"new_norms:against:AUTHOR"}},
	})
}

func TestRound48Documents(t *testing.T) {
	// the voice of a document read from its first lines: a State official's
	// lecture, a joint communiqué in the third person, a submission by a
	// body that names itself, a meeting summary co-organised by missions;
	// and a counter that opens a paragraph
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	lecture := func(byline string) Doc {
		return Doc{Paras: []Para{
			{Text: "Cyber Operations and the Law: Where Portugal Stands"},
			{Text: byline},
			{Text: "Thank you for the invitation. Tonight I will set our position against those of other States."},
			{Text: "We consider that the Charter applies in its entirety to the conduct of States in cyberspace. Russia and China have argued otherwise, and we have said so in New York."},
		}}
	}
	submission := []Para{
		{Text: "Written submission to the Chair of the working group"},
		{Text: "Coalition for Open Networks, 3 March 2025"},
		{Text: "The Coalition urges the working group to give accredited stakeholders a voice in the thematic groups."},
	}
	summary := []Para{
		{Text: "Arria-formula meeting on critical infrastructure"},
		{Text: "Co-organised by Estonia and Ghana, 3 May 2025"},
		{Text: "Summary of the co-organisers"},
		{Text: "This summary is issued under the responsibility of the co-organisers. It does not reflect the views of every participant and is not an outcome of the meeting."},
		{Text: "The Under-Secretary-General described the threats to hospitals and power grids in some detail."},
		{Text: "She urged Member States to nominate contacts to the directory of points of contact."},
		{Text: "We believe that stakeholders should take part in the meetings of the future mechanism."},
	}
	for _, tc := range []struct {
		name string
		doc  Doc
		at   int
		want []string
	}{
		{"lecture by a State's official", lecture("Remarks by the Legal Adviser to the Ministry of Foreign Affairs"), 3, []string{"charter_applies:favor:PRT"}},
		// control: a former official speaks for no State
		{"lecture by a former official", lecture("Remarks by a former Legal Adviser to the Ministry of Foreign Affairs"), 3, []string{"charter_applies:favor:AUTHOR"}},
		{"joint communiqué", Doc{Paras: []Para{
			{Text: "Joint Communiqué"},
			{Text: "Meeting of the Minister for Foreign Affairs of the Republic of Kenya and the Minister of Foreign Affairs of the Republic of Chile"},
			{Text: "Nairobi, 3 May 2025"},
			{Text: "1. At the invitation of the Minister for Foreign Affairs of Kenya, the Minister of Foreign Affairs of Chile paid an official visit to Nairobi. The two Ministers reviewed the state of relations between the two countries."},
			{Text: "2. Both sides reaffirmed that international law applies to the use of ICTs by States."},
		}}, 4, []string{"charter_applies:favor:CHL,KEN"}},
		{"submission by a coalition", Doc{Paras: submission}, 2, []string{"multistakeholder:favor:AUTHOR"}},
		// control: no body in the masthead, "the Coalition" has no code
		{"submission with no masthead", Doc{Paras: []Para{submission[0], submission[2]}}, 1, []string{"multistakeholder:favor:"}},
		{"summary co-organised by missions", Doc{Paras: summary}, 6, []string{"multistakeholder:favor:EST,GHA"}},
		{"a briefer in a summary co-organised by missions", Doc{Paras: summary[:6]}, 5, []string{"poc_directory:favor:"}},
		{"a counter opening a paragraph", Doc{Speaker: "Portugal", Paras: []Para{
			{Text: "Russia has argued for years that existing international law contains gaps when applied to ICTs."},
			{Text: "We are not persuaded. The Charter was written before computers, and it still governs their use."},
		}}, 1, []string{"charter_applies:favor:PRT"}},
	} {
		res, _ := tg.TagDocInfo(tc.doc)
		if got := stanceKeys(res[tc.at].Stances); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %q: stances = %v, want %v", tc.name, tc.doc.Paras[tc.at].Text, got, tc.want)
		}
	}
}

func TestRound49Readings(t *testing.T) {
	// the rules alone: a view declined after a long aside on who put it
	// forward; "agree with A and B that ..."; "neither rules out ... nor";
	// a concession ("did not reject ... outright"); a claim that IHL
	// presupposes war
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"My delegation does not share the view, expressed again this week by the Russian Federation, that this Group should draft additional norms.", Context{},
			[]string{"new_norms:against:PRT", "new_norms:favor:RUS"}},
		{"We agree with Canada and Chile that accredited non-governmental organisations should be able to take part in the thematic groups.", Context{},
			[]string{"multistakeholder:favor:CAN,CHL,PRT"}},
		{"We heard Cuba and Iran argue that existing law leaves gaps that only a new treaty could fill. My delegation neither rules out such an instrument nor is ready to call for one today.", Context{},
			[]string{"charter_applies:against:CUB,IRN", "binding_instrument:favor:CUB,IRN", "binding_instrument:neutral:PRT"}},
		{"China did not reject humanitarian law outright.", analysis, nil},
		{"Kenya is not opposed to new norms in principle. But the eleven agreed norms are still unevenly implemented.", analysis, nil},
		// control: no concession
		{"China did not reject humanitarian law.", analysis,
			[]string{"ihl_applies:favor:CHN"}},
		{"Russia objected, as every year. Its delegate said that applying humanitarian law presupposes that war is inevitable.", analysis,
			[]string{"ihl_applies:against:RUS"}},
	})
}

func TestThreadIsNoJointStatement(t *testing.T) {
	// a thread of numbered posts, each of several sentences: a post that
	// names a State speaking on behalf of a group is no joint statement's
	// masthead, and the thread stays its author's
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	doc := Doc{Paras: []Para{
		{Text: "Dr Ana Silva @asilva.example"},
		{Text: "Live thread, day 2 of the working group"},
		{Text: "1/ Good morning from Conference Room 4. Full room today. Notes below."},
		{Text: "2/ The Chair opened with the calendar. Seven months to go. Nobody laughed."},
		{Text: "3/ The EU went first. One permanent mechanism, built on the PoA proposal."},
		{Text: "4/ Then Nicaragua, on behalf of the like-minded group. Opposite picture. Make the OEWG itself permanent."},
		{Text: "5/ My take: the single track is coming. I see no need for a new treaty."},
	}}
	res, info := tg.TagDocInfo(doc)
	if info.Kind != "analysis" || info.Speaker != "" {
		t.Errorf("kind %q, speaker %q; want an analysis with no speaker", info.Kind, info.Speaker)
	}
	if got, want := stanceKeys(res[6].Stances), []string{"binding_instrument:against:AUTHOR"}; !reflect.DeepEqual(got, want) {
		t.Errorf("%q: stances = %v, want %v", doc.Paras[6].Text, got, want)
	}
}

func TestRound50Readings(t *testing.T) {
	// the rules alone: "without" before "and" negates nothing after it; a
	// list of admissible organisations; sovereignty that applies in
	// cyberspace as a rule of law; an implicit phrase after "behind"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Iran told us that existing international law was written for a world without cyberspace and leaves gaps that only a new treaty can fill.", analysis,
			[]string{"charter_applies:against:IRN", "binding_instrument:favor:IRN"}},
		{"The Russian delegation maintained that only organisations in consultative status with ECOSOC should be admitted. China supported that approach.", analysis,
			[]string{"multistakeholder:against:CHN,RUS"}},
		{"Slovakia respects the sovereignty of every State, and sovereignty applies in cyberspace as it does elsewhere.", analysis,
			[]string{"charter_applies:favor:SVK"}},
		// control: respect for sovereignty over cyberspace is the doctrine
		{"China respects the sovereignty of States over cyberspace.", analysis,
			[]string{"cyber_sovereignty:favor:CHN"}},
		{"Some delegations have proposed negotiating a convention on international information security. We understand the frustration behind that proposal.", Context{},
			[]string{"binding_instrument:favor:"}},
	})
}

func TestPanelTurnsWithBracketedStates(t *testing.T) {
	// a panel whose moderator's label is in capitals and whose speakers'
	// labels give their State in brackets: each turn, and the unlabelled
	// paragraphs that go on with it, is that State's
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	doc := Doc{Paras: []Para{
		{Text: "Panel on the future mechanism"},
		{Text: "MODERATOR: Welcome to you both. Ambassador, let me start with you."},
		{Text: "AMB. SILVA (Portugal): Thank you. My government sees no need for a new treaty."},
		{Text: "Existing international law applies in full to what States do in cyberspace."},
		{Text: "MODERATOR: And you, Mr. Okoro?"},
		{Text: "MR. OKORO (Nigeria): We would support a legally binding instrument in time."},
		{Text: "MODERATOR: Thank you both."},
	}}
	res, _ := tg.TagDocInfo(doc)
	for _, c := range []struct {
		at   int
		want []string
	}{
		{2, []string{"binding_instrument:against:PRT"}},
		{3, []string{"charter_applies:favor:PRT"}},
		{5, []string{"binding_instrument:favor:NGA"}},
	} {
		if got := stanceKeys(res[c.at].Stances); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: stances = %v, want %v", doc.Paras[c.at].Text, got, c.want)
		}
	}
}

func TestRound51Readings(t *testing.T) {
	// the rules alone: "spoke in its support" takes up the position before
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	checkReadings(t, tg, []reading{
		{"Russia called for a new convention on information security. Belarus and Venezuela spoke in its support.", Context{DocKind: "analysis"},
			[]string{"binding_instrument:favor:BLR,RUS,VEN"}},
	})
}

func TestRound51Documents(t *testing.T) {
	// the voice of a government's document read from its first lines: a
	// ministry's internal note whose second line names no State and whose
	// lines are labelled once each ("EU:", "NAM:"), and a minister's
	// written answer to a parliamentary question
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	note := Doc{Paras: []Para{
		{Text: "Ministry of Foreign Affairs of Portugal"},
		{Text: "Department for Political Affairs, Arms Control Unit"},
		{Text: "BRIEFING NOTE FOR THE MINISTER (internal)"},
		{Text: "EU: common line on implementation; Portugal aligns."},
		{Text: "NAM: statement expected from Uganda as coordinator."},
		{Text: "IHL: hold the line with the EU."},
		{Text: "We should defend the framework of responsible State behaviour as the agreed basis of all work in the Mechanism."},
	}}
	answer := Doc{Paras: []Para{
		{Text: "House of Commons: written questions and answers"},
		{Text: "Cyberspace: United Nations. UIN 1234, tabled on 3 March 2025"},
		{Text: "Asked by: Ms Jane Doe (Northtown)"},
		{Text: "Answered by: John Roe, Minister of State, Foreign, Commonwealth and Development Office"},
		{Text: "We want the Working Group's final report to build on the agreed framework. Our priority is implementation."},
		{Text: "We see no need for a new treaty. Existing international law applies in full."},
	}}
	for _, tc := range []struct {
		name string
		doc  Doc
		at   int
		want []string
	}{
		{"ministry note", note, 6, []string{"framework_acquis:favor:PRT"}},
		{"written answer", answer, 5, []string{"binding_instrument:against:GBR", "charter_applies:favor:GBR"}},
	} {
		res, _ := tg.TagDocInfo(tc.doc)
		got := stanceKeys(res[tc.at].Stances)
		slices.Sort(got)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %q: stances = %v, want %v", tc.name, tc.doc.Paras[tc.at].Text, got, tc.want)
		}
	}
}

func TestRound52Readings(t *testing.T) {
	// the rules alone: "could accept either label" is neutral; existing
	// law that already forbids; a new convention that would spare no
	// work; "this Group" after an alignment is the working group, not the
	// group aligned with
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	checkReadings(t, tg, []reading{
		{"Brazil and South Africa said that they could accept either label, a Programme of Action or a permanent Working Group, provided there was only one.", Context{DocKind: "analysis"},
			[]string{"programme_of_action:neutral:BRA,ZAF"}},
		{"We believe that existing international law already forbids most of what States fear, and that no new convention would spare anyone the work of applying it.", Context{},
			[]string{"charter_applies:favor:PRT", "binding_instrument:against:PRT"}},
	})
	res := tg.TagDoc(Doc{Speaker: "Sri Lanka", Paras: []Para{
		{Text: "Sri Lanka aligns itself with the statement delivered on behalf of the Non-Aligned Movement."},
		{Text: "Whatever this Group recommends should target the malicious use of these technologies, not their possession."},
	}})
	if got, want := stanceKeys(res[1].Stances), []string{"tech_neutrality:favor:LKA"}; !reflect.DeepEqual(got, want) {
		t.Errorf("%q: stances = %v, want %v", "Whatever this Group recommends ...", got, want)
	}
}

func TestRound53Readings(t *testing.T) {
	// the rules alone: a caption that sorts States under YES, NO and
	// UNDECIDED; a call whose makers an aside names; disagreeing with a
	// State about what it said; paraphrases of the contested propositions
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"GRAPHIC: Should IHL apply? YES — France, Germany, Japan | NO — Russia, Iran | UNDECIDED — India", analysis,
			[]string{"ihl_applies:favor:DEU,FRA,JPN", "ihl_applies:against:IRN,RUS", "ihl_applies:neutral:IND"}},
		{"We reject the proposal, tabled by Iran and supported by Cuba, for a new treaty.", Context{},
			[]string{"binding_instrument:against:PRT", "binding_instrument:favor:CUB,IRN"}},
		{"We cannot agree with Iran, which argued on Monday that non-governmental organisations have no place in these talks.", Context{},
			[]string{"multistakeholder:favor:PRT", "multistakeholder:against:IRN"}},
		{"We disagree with China that non-governmental organisations have no business in the negotiations.", Context{},
			[]string{"multistakeholder:favor:PRT", "multistakeholder:against:CHN"}},
		// a control: agreeing gives both the claim
		{"We agree with Canada and Chile that accredited organisations should be able to take part.", Context{},
			[]string{"multistakeholder:favor:CAN,CHL,PRT"}},
		{"Japan said the treaty fight was a distraction.", analysis, []string{"binding_instrument:against:JPN"}},
		{"Chile said a new treaty is a distraction.", analysis, []string{"binding_instrument:against:CHL"}},
		{"Cuba says the existing law was drafted for tanks and battlefields.", analysis, []string{"charter_applies:against:CUB"}},
		{"Estonia put it simply: implement first.", analysis, []string{"new_norms:against:EST"}},
		{"Iran wants the list of norms to grow.", analysis, []string{"new_norms:favor:IRN"}},
		{"Australia replied that the problem is not the technology but the way it is used.", analysis, []string{"tech_neutrality:favor:AUS"}},
		{"We want rules about behaviour, not about code.", Context{}, []string{"tech_neutrality:favor:PRT"}},
		{"Venezuela said every State has the right to choose its own model of internet governance.", analysis, []string{"cyber_sovereignty:favor:VEN"}},
		{"Canada replied that sovereignty is not a licence to switch off the internet.", analysis, []string{"cyber_sovereignty:against:CAN"}},
		{"Western capitals called for a Programme of Action.", analysis, []string{"programme_of_action:favor:WEST"}},
		// a control: the framework "so-called" stays against under a negation
		{"Russia did not recognise the so-called framework as binding on the new body.", analysis, []string{"framework_acquis:against:RUS"}},
		{"Cuba rejected any parallel or competing format.", analysis, []string{"programme_of_action:against:CUB"}},
		{"Russia argued that NGOs had no place in the talks.", analysis, []string{"multistakeholder:against:RUS"}},
	})
}

func TestRound53Voices(t *testing.T) {
	// the rules alone: who holds a group's statement; echoes after a short
	// lead and with a tail; a claim a speaker declines to share
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"The like-minded group, in a joint statement read by Nicaragua, took the opposite line: existing law, they said, leaves gaps that only a legally binding instrument can close.", analysis,
			[]string{"charter_applies:against:LIKE_MINDED", "binding_instrument:favor:LIKE_MINDED"}},
		{"Pakistan, for the Arab Group, recalled the principle of non-interference in the internal affairs of States.", analysis,
			[]string{"cyber_sovereignty:favor:ARAB_GROUP"}},
		// a control: "for its part" names no group
		{"Egypt, for its part, called for a treaty.", analysis, []string{"binding_instrument:favor:EGY"}},
		{"The United States said that the priority was to implement the eleven norms before writing more. They were not alone: Korea and Singapore made similar points.", analysis,
			[]string{"new_norms:against:KOR,SGP,USA"}},
		{"The United Kingdom held that a new treaty would only reopen settled questions. Japan and Australia made the same argument in their closing statements.", analysis,
			[]string{"binding_instrument:against:AUS,GBR,JPN"}},
		{"We do not share the view that affirming IHL would legitimise conflict.", Context{}, []string{"ihl_applies:favor:PRT"}},
		{"We do not share the view, expressed by Cuba and Iran, that the Programme of Action would create a parallel and exclusive track.", Context{},
			[]string{"programme_of_action:favor:PRT", "programme_of_action:against:CUB,IRN"}},
		// a control: the claim's owner without a speaker's answer
		{"Russia argued that affirming IHL would legitimise conflict.", analysis, []string{"ihl_applies:against:RUS"}},
	})
}

func TestRound54Readings(t *testing.T) {
	// the rules alone: a verb that asks for delay; claims declined with
	// a new pattern; a proposal with sponsors and no verb on it; echoes
	// with cited years and comparable positions; new patterns and cues
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"We share the view that participation is voluntary, but we are not persuaded that the directory should wait.", Context{},
			[]string{"poc_directory:favor:PRT"}},
		{"Iran said the directory should wait.", analysis, []string{"poc_directory:against:IRN"}},
		{"We respect that analysis, but we do not share the premise that the law itself is deficient.", Context{},
			[]string{"charter_applies:favor:PRT"}},
		{"We ask others to see the Programme of Action not as a rival track but as a home for our work.", Context{},
			[]string{"programme_of_action:favor:PRT"}},
		{"We have taken note of the concept of a convention on international information security, submitted by Russia together with Belarus and Nicaragua.", Context{},
			[]string{"binding_instrument:favor:BLR,NIC,RUS"}},
		{"Cuba and Venezuela insisted on the right of every State to govern its national information space.", analysis,
			[]string{"cyber_sovereignty:favor:CUB,VEN"}},
		{"The EU rejected the idea as a licence for controlling content.", analysis, []string{"cyber_sovereignty:against:EU"}},
		{"Uganda, speaking for the Non-Aligned Movement, said the group took no position on whether the future body should be called a programme of action or a working group.", analysis,
			[]string{"programme_of_action:neutral:NAM"}},
		{"The EU fought to let accredited organisations speak in the thematic groups.", analysis, []string{"multistakeholder:favor:EU"}},
		{"Nicaragua said the group remained committed to the working group as the single negotiating mechanism.", analysis,
			[]string{"programme_of_action:against:NIC"}},
		{"The United States said that States in armed conflict remain bound by international humanitarian law.", analysis,
			[]string{"ihl_applies:favor:USA"}},
		{"For the United States, the Charter in its entirety governs State conduct in cyberspace. The United Kingdom (2022) and France (2019) take the same starting point.", analysis,
			[]string{"charter_applies:favor:FRA,GBR,USA"}},
		{"The African Union affirms that international humanitarian law applies in armed conflict. Brazil and Colombia have taken comparable positions.", analysis,
			[]string{"ihl_applies:favor:AU,BRA,COL"}},
		{"The African Union affirms that existing international law applies in cyberspace. Kenya and Nigeria have since endorsed that reading.", analysis,
			[]string{"charter_applies:favor:AU,KEN,NGA"}},
	})
}

func TestRound55Readings(t *testing.T) {
	// the rules alone: a list after "voted against it:"; a newspaper's own
	// voice; "X, not Y"; a negation three words before an inverted
	// subject; claims that a proposal competes with another; new patterns
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"France proposed a Programme of Action. Six countries voted against it: China, Iran, Nicaragua, North Korea, Russia and Syria.", analysis,
			[]string{"programme_of_action:favor:FRA", "programme_of_action:against:CHN,IRN,NIC,PRK,RUS,SYR"}},
		{"This newspaper believes the directory should be switched on quickly.", analysis, []string{"poc_directory:favor:AUTHOR"}},
		{"Cyberspace needs plumbing, not a new treaty", analysis, []string{"binding_instrument:against:AUTHOR"}},
		{"Nor is my delegation persuaded that the answer lies in a legally binding convention negotiated from scratch.", Context{},
			[]string{"binding_instrument:against:PRT"}},
		{"We have heard the argument that a Programme of Action would compete with this working group. We do not see it that way.", Context{},
			[]string{"programme_of_action:against:", "programme_of_action:favor:PRT"}},
		{"In our view a PoA remains the best way to carry our work forward.", Context{}, []string{"programme_of_action:favor:PRT"}},
		{"Our first task should be to close the gap between commitment and practice, rather than to open a fresh round of negotiation on norms.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"Russia argued that only organizations accredited to ECOSOC should be admitted.", analysis, []string{"multistakeholder:against:RUS"}},
	})
}

func TestCommuniqueOfAGroupBody(t *testing.T) {
	// the rules alone: a communiqué that a body with a group code adopts
	// ("Adopts the following:") holds its operative paragraphs for the
	// group
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "AFRICAN UNION"},
		{Text: "PEACE AND SECURITY COUNCIL, 1190TH MEETING"},
		{Text: "COMMUNIQUÉ"},
		{Text: "The Peace and Security Council of the African Union (AU), at its 1190th meeting held on 3 March 2025, on threats to critical infrastructure,"},
		{Text: "Noting the growing reliance of Member States on digital public services,"},
		{Text: "Acting under Article 7 of its Protocol, Adopts the following:"},
		{Text: "1. Reaffirms that international law, in particular the Charter of the United Nations, applies to the use of ICTs by States;"},
		{Text: "2. Underlines that international humanitarian law applies to ICT operations in armed conflict;"},
	}})
	for i, want := range map[int]string{6: "charter_applies:favor:AU", 7: "ihl_applies:favor:AU"} {
		if got := stanceKeys(res[i].Stances); !reflect.DeepEqual(got, []string{want}) {
			t.Errorf("paragraph %d: stances = %v, want [%s]", i+1, got, want)
		}
	}
	// a control: without the adopting line, the wording has no holder
	res = tg.TagDoc(Doc{Paras: []Para{
		{Text: "AFRICAN UNION"},
		{Text: "PEACE AND SECURITY COUNCIL, 1190TH MEETING"},
		{Text: "Noting the growing reliance of Member States on digital public services,"},
		{Text: "1. Reaffirms that international law, in particular the Charter of the United Nations, applies to the use of ICTs by States;"},
	}})
	if got := stanceKeys(res[3].Stances); !reflect.DeepEqual(got, []string{"charter_applies:favor:"}) {
		t.Errorf("without the adopting line: stances = %v, want [charter_applies:favor:]", got)
	}
}

func TestRound56Documents(t *testing.T) {
	// the rules alone: a section headed with a State's positions; a press
	// conference whose speakers' offices precede their names
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	check := func(name string, res []Result, i int, want []string) {
		t.Helper()
		if got := stanceKeys(res[i].Stances); !reflect.DeepEqual(got, want) {
			t.Errorf("%s, paragraph %d: stances = %v, want %v", name, i+1, got, want)
		}
	}
	slides := func(heading string) []Result {
		return tg.TagDoc(Doc{Paras: []Para{
			{Text: "Briefing for industry, March 2024"},
			{Text: "— IHL applies to cyber operations in armed conflict", Section: heading},
			{Text: "— No new treaty needed: the rules exist and apply", Section: heading},
		}})
	}
	res := slides("2. Norway's positions")
	check("slides", res, 1, []string{"ihl_applies:favor:NOR"})
	// a control: a heading that names no State leaves the bullets without a holder
	res = slides("2. Positions")
	check("slides, control", res, 1, []string{"ihl_applies:favor:"})
	res = tg.TagDoc(Doc{Paras: []Para{
		{Text: "Joint press conference of the Minister of Foreign Affairs of Chile, Ms Ana Torres, and the Minister of Foreign Affairs of Kenya, Mr David Otieno"},
		{Text: "MINISTER TORRES: Good afternoon. We support a Programme of Action as the permanent mechanism."},
		{Text: "MINISTER OTIENO: Thank you. We do not believe a new treaty is needed."},
		{Text: "QUESTION (Reuters): Minister Torres, will the mechanism admit non-governmental organisations?"},
		{Text: "MINISTER TORRES: We want accredited organisations to take part in its meetings."},
	}})
	check("press conference", res, 1, []string{"programme_of_action:favor:CHL"})
	check("press conference", res, 2, []string{"binding_instrument:against:KEN"})
	check("press conference", res, 4, []string{"multistakeholder:favor:CHL"})
}

func TestRound57Readings(t *testing.T) {
	// the rules alone: a warning about what affirming a claim would do; a
	// participle on the proposal before the verdict ("launched now would
	// absorb"); a negation inside a cue phrase ("has not warmed to"); a
	// negated verdict after a reported claim; holders without a code in
	// a relative clause ("those who oppose"); an aside on who backs the
	// subject ("which we supported") or who wrote the proposal; new
	// patterns and cues
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"China and the Islamic Republic of Iran, for their part, warned that affirming the application of international humanitarian law to cyberspace would encourage States to treat it as a theatre of war.", analysis,
			[]string{"ihl_applies:against:CHN,IRN"}},
		{"China cautioned that transplanting the rules of warfare into the digital sphere would lower the threshold for armed conflict.", analysis,
			[]string{"ihl_applies:against:CHN"}},
		{"Our view: a treaty negotiation launched now would absorb a decade of diplomatic energy.", analysis, []string{"binding_instrument:against:AUTHOR"}},
		{"Brazil declined to endorse either camp, saying the question of a binding instrument should be left for the future permanent mechanism to decide.", analysis,
			[]string{"binding_instrument:neutral:BRA"}},
		{"The United States and the EU counter that the concept serves mainly to justify censorship and control of online content.", analysis,
			[]string{"cyber_sovereignty:against:EU,USA"}},
		{"Australia and Czechia replied that such claims serve to justify Internet shutdowns and censorship.", analysis,
			[]string{"cyber_sovereignty:against:AUS,CZE"}},
		{"Cuba, Iran and Venezuela insisted that the commitments States have made must be made enforceable.", analysis,
			[]string{"binding_instrument:favor:CUB,IRN,VEN"}},
		{"Nicaragua asked that the future mechanism be a continuation of the current Group.", analysis, []string{"programme_of_action:against:NIC"}},
		{"Russia, by contrast, wants the OEWG itself to continue as the single negotiating track.", analysis, []string{"programme_of_action:against:RUS"}},
		{"Such conduct, where attributable to a State, engages its international responsibility.", Context{}, []string{"charter_applies:favor:PRT"}},
		{"The African Group and the Arab Group devoted their statements to capacity-building. Several delegations from the Pacific, meanwhile, said they would be open to a treaty.", analysis,
			[]string{"binding_instrument:favor:"}},
		{"We invite those who oppose a treaty to explain which of their interests it would harm.", Context{}, []string{"binding_instrument:against:"}},
		{"Portugal was among the States that supported the proposal for a Programme of Action.", Context{}, []string{"programme_of_action:favor:PRT"}},
		{"It is equally clear to my delegation that international humanitarian law binds every party to an armed conflict.", Context{}, []string{"ihl_applies:favor:PRT"}},
		{"Russia has not warmed to the Programme of Action.", analysis, []string{"programme_of_action:against:RUS"}},
		{"The Programme of Action does not compete with the current Open-ended Working Group.", Context{}, []string{"programme_of_action:favor:PRT"}},
		{"Cuba suggested that the Programme of Action was being pursued in order to bypass this Group.", analysis, []string{"programme_of_action:against:CUB"}},
		{"The EU statement, which we supported, replied that the priority is to implement the norms already agreed rather than to negotiate new ones.", Context{},
			[]string{"new_norms:against:EU,PRT"}},
		{"Brazil and South Africa occupy the middle ground. Neither rules out a binding instrument at some point.", analysis,
			[]string{"binding_instrument:neutral:BRA,ZAF"}},
		{"The EU argued that a treaty is not needed.", analysis, []string{"binding_instrument:against:EU"}},
		{"In this regard, we value the proposals submitted by the Russian Federation for additional rules of responsible behaviour.", Context{},
			[]string{"new_norms:favor:PRT,RUS"}},
		{"We reject the proposal for additional rules of responsible behaviour.", Context{}, []string{"new_norms:against:PRT"}},
		{"My delegation does not support the Programme of Action. The proposal, advanced by France and a group of co-sponsors, would prejudge the outcome of our discussions.", Context{},
			[]string{"programme_of_action:against:PRT", "programme_of_action:favor:FRA"}},
		{"Russia, China and Iran worked to contest the standing of the framework agreed since 2015.", analysis, []string{"framework_acquis:against:CHN,IRN,RUS"}},
		{"The United Kingdom and Australia argued that stakeholders must be able to take the floor in formal meetings; Korea spoke in the same sense.", analysis,
			[]string{"multistakeholder:favor:AUS,GBR,KOR"}},
	})
}

func TestRound58Readings(t *testing.T) {
	// the rules alone: "saw no need for" as a verb of its own; a position
	// one "understands why" others hold is theirs; appositive echoes ("a
	// position India and Brazil have echoed"); new patterns and cues
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"The European Union, joined by the United Kingdom, saw little need for further norms.", analysis, []string{"new_norms:against:EU,GBR"}},
		{"We understand why several Western delegations have argued for a formal role for non-governmental stakeholders in this Group.", Context{},
			[]string{"multistakeholder:favor:WEST"}},
		{"Applicability, however, is not the same as sufficiency.", Context{}, []string{"charter_applies:against:PRT"}},
		{"The delegation of France invited us to read the Charter as a complete answer to every question raised in this room.", analysis,
			[]string{"charter_applies:favor:FRA"}},
		{"We do not dispute that its principles of humanity, necessity, proportionality and distinction remain relevant whenever force is used.", Context{},
			[]string{"ihl_applies:favor:PRT"}},
		{"Brazil proposed that the regular dialogue carry forward the recommendations of the first OEWG.", analysis, []string{"framework_acquis:favor:BRA"}},
		{"We listened carefully to delegations who argued that the existing norms no longer suffice. We respect that view, but we do not share it.", Context{},
			[]string{"new_norms:favor:", "new_norms:against:PRT"}},
		{"China took the opposite view, arguing that the capabilities themselves should be constrained.", analysis, []string{"tech_neutrality:against:CHN"}},
		{"China countered that some capabilities were destabilising in their own right.", analysis, []string{"tech_neutrality:against:CHN"}},
		{"The Arab Group said the Mechanism should keep both paths open, voluntary norms and possible binding obligations.", analysis,
			[]string{"binding_instrument:neutral:ARAB_GROUP"}},
		{"Japan cannot support the idea that governments should decide what their citizens may read.", analysis, []string{"cyber_sovereignty:against:JPN"}},
		{"The common African position, presented by the African Group, states plainly that IHL applies to cyber operations.", analysis,
			[]string{"ihl_applies:favor:AU"}},
		{"Western States have maintained throughout that rules should target malicious uses of ICTs rather than particular technologies, a position India and Brazil have echoed.", analysis,
			[]string{"tech_neutrality:favor:BRA,IND,WEST"}},
		{"Western States hold that the eleven norms must be implemented before new ones are contemplated. Germany and Japan have been among the most vocal.", analysis,
			[]string{"new_norms:against:DEU,JPN,WEST"}},
		{"Brazil has refused to choose between the two. In its view, implementation and the development of new norms are complementary rather than sequential.", analysis,
			[]string{"new_norms:neutral:BRA"}},
		// a claim in what the subject objected to is not the subject's
		{"Iran objected to every formulation, including one which merely recalled that the principles of humanity, necessity, proportionality and distinction are relevant.", analysis,
			[]string{}},
	})
}

func TestStatementByAMinistryOfficial(t *testing.T) {
	// a masthead that names the speaker's ministry but not its State is a
	// State official's, not a UN official's: the mission's line names it
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	for _, c := range []struct {
		second, want string
	}{
		{"Statement by Ms. Nandini Raghavan, Joint Secretary (Cyber Diplomacy), Ministry of External Affairs", "IND"},
		{"Statement by Mr. Arjun Mehta, First Secretary", "IND"},
	} {
		_, info := tg.TagDocInfo(Doc{Paras: []Para{
			{Text: "Permanent Mission of India to the United Nations, New York"},
			{Text: c.second},
			{Text: "Mr. Chair,"},
			{Text: "We support the Programme of Action."},
		}})
		if info.Speaker != c.want {
			t.Errorf("%q: speaker = %q, want %q", c.second, info.Speaker, c.want)
		}
	}
	// a UN official's speech names no State and has no speaker
	_, info := tg.TagDocInfo(Doc{Paras: []Para{
		{Text: "Statement by the Under-Secretary-General and High Representative for Disarmament Affairs"},
		{Text: "Mr. Chair,"},
		{Text: "We support the Programme of Action."},
	}})
	if info.Speaker != "" {
		t.Errorf("UN official: speaker = %q, want none", info.Speaker)
	}
}

func TestRound59Readings(t *testing.T) {
	// the rules alone: a claim's owners after "advanced by" without commas;
	// an echo of two arguments ("either argument"); "they" in a statement,
	// after a sentence of the speaker's own, for the States named before;
	// "speaking as chair of" a group; new patterns and cues
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"We are, however, not convinced by the argument advanced by the Russian Federation and Cuba that this framework was drawn up by a narrow circle of States.", Context{},
			[]string{"framework_acquis:favor:PRT", "framework_acquis:against:CUB,RUS"}},
		{"My delegation is neither wedded to the programme of action proposed in resolution 77/37 nor opposed to it.", Context{},
			[]string{"programme_of_action:neutral:PRT"}},
		{"We note with appreciation that the Arab Group affirmed that the Charter applies to the conduct of States in cyberspace.", Context{},
			[]string{"charter_applies:favor:ARAB_GROUP"}},
		{"China cautioned that affirming the law of armed conflict would turn cyberspace into a new battlefield. It also questioned whether existing international law is adequate. We are not persuaded by either argument.", Context{},
			[]string{"ihl_applies:against:CHN", "charter_applies:against:CHN", "ihl_applies:favor:PRT", "charter_applies:favor:PRT"}},
		{"Russia and Cuba argued that a treaty is needed. Portugal disagrees. They went further, urging that new norms should be drafted.", Context{},
			[]string{"binding_instrument:favor:CUB,RUS", "binding_instrument:against:PRT", "new_norms:favor:CUB,RUS"}},
		{"Uganda, speaking as chair of the Non-Aligned Movement, stressed that cooperation must rest on non-interference in the internal affairs of States.", analysis,
			[]string{"cyber_sovereignty:favor:NAM"}},
		{"The so-called cyber sovereignty that China promotes would fragment the internet, Canada said.", analysis, []string{"cyber_sovereignty:against:CAN"}},
		{"Russia said those capabilities themselves must be subject to limits.", analysis, []string{"tech_neutrality:against:RUS"}},
	})
}

func TestRound60Readings(t *testing.T) {
	// the rules alone: "It also told the Group ..." in a statement is the
	// State named before; a gap that "would call for" a proposal, denied;
	// "Whatever name the mechanism takes, it should ..." in an analysis is
	// the author's recommendation; new patterns
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"China, for its part, argued that the real danger lay in the capabilities themselves.", analysis, []string{"tech_neutrality:against:CHN"}},
		{"The United Kingdom and Czechia rejected any reading of it that would allow governments to filter, throttle or switch off what their citizens can see online.", analysis,
			[]string{"cyber_sovereignty:against:CZE,GBR"}},
		{"Russia, China and Syria described the eleven norms of 2015 as the product of a narrow club of States.", analysis, []string{"framework_acquis:against:CHN,RUS,SYR"}},
		{"Nicaragua and Venezuela dismissed that body of reports as the product of restricted groups.", analysis, []string{"framework_acquis:against:NIC,VEN"}},
		{"Malawi and Rwanda asked that the capacity-building group of the future mechanism be open to universities and companies in its formal meetings.", analysis,
			[]string{"multistakeholder:favor:MWI,RWA"}},
		{"A process that decides how States may behave cannot credibly shut out the people who run, defend and study those systems.", analysis,
			[]string{"multistakeholder:favor:"}},
		{"Brazil wants a single track. Whatever name the new mechanism takes, it should give stakeholders a seat in its formal meetings.", analysis,
			[]string{"multistakeholder:favor:AUTHOR"}},
		{"China warned that carrying the law of war wholesale into the digital domain would turn it into one more battlefield.", analysis, []string{"ihl_applies:against:CHN"}},
		{"The Russian Federation argued that a treaty is needed. We respectfully disagree. It also told the Group that this OEWG should remain the only format after 2025.", Context{},
			[]string{"binding_instrument:favor:RUS", "binding_instrument:against:PRT", "programme_of_action:against:RUS"}},
		{"We have not identified a gap that would call for a new legally binding instrument.", Context{},
			[]string{"charter_applies:favor:PRT", "binding_instrument:against:PRT"}},
		// a claim that IHL applies, then its feared effect: not a claim that it would
		{"China and Cuba remain reluctant to accept that the law of armed conflict applies to cyberspace, fearing that such recognition would turn it into a battlefield.", analysis,
			[]string{"ihl_applies:against:CHN,CUB"}},
	})
}

func TestRound61Readings(t *testing.T) {
	// the rules alone: the priority given to implementing "the norms
	// already agreed" (the participle after the noun)
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"The United States and like-minded delegations, together with the EU, answered that the priority was to implement the norms already agreed.", analysis,
			[]string{"new_norms:against:EU,LIKE_MINDED,USA"}},
		{"For us, the priority at this stage is to implement the norms already agreed.", Context{}, []string{"new_norms:against:PRT"}},
	})
}

func TestRound62Readings(t *testing.T) {
	// the rules alone: a relative clause inside a list of holders; an
	// aside that gives the subject's view to others; "take no side"; an
	// "opponent of"; echoes "in almost identical terms"; a vote against a
	// resolution said to pre-empt the working group
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"ASEAN, whose members already run a regional network of contacts, and the African Group argued from the start that the directory should be operationalised quickly.", analysis,
			[]string{"poc_directory:favor:ASEAN,AU"}},
		{"Sweden's view, which is also the view of the European Union, is that the Charter applies in its entirety.", analysis,
			[]string{"charter_applies:favor:EU,SWE"}},
		{"France's position, which is shared by Germany and Italy, is that the Charter applies in its entirety.", analysis,
			[]string{"charter_applies:favor:DEU,FRA,ITA"}},
		{"Russia was the most determined opponent of the Programme of Action.", analysis,
			[]string{"programme_of_action:against:RUS"}},
		{"The European Union supports the Programme of Action. Japan and the Republic of Korea have spoken in almost identical terms.", analysis,
			[]string{"programme_of_action:favor:EU,JPN,KOR"}},
		{"China, Nicaragua, the Russian Federation and Syria were among the six, arguing that the resolution pre-empted the work of the working group.", analysis,
			[]string{"programme_of_action:against:CHN,NIC,RUS,SYR"}},
		// "My Lords," is a form of address, not the speaker's subject
		{"My Lords, Japan has long supported the Programme of Action.", Context{},
			[]string{"programme_of_action:favor:JPN"}},
		// controls: an aside with a position of its own stays its subject's;
		// "My delegation, like others, ..." is the speaker
		{"Russia, which has argued for a treaty, and China argued that the directory should be operationalised quickly.", analysis,
			[]string{"binding_instrument:favor:RUS", "poc_directory:favor:CHN"}},
		{"My delegation, like many others, supports the Programme of Action.", Context{},
			[]string{"programme_of_action:favor:PRT"}},
	})
	// with the models: the position in a sentence that takes no side is
	// neutral
	checkReadings(t, tagger(t), []reading{
		{"Our members are not lawyers, and we take no side on whether the framework should one day be complemented by a treaty.", analysis,
			[]string{"binding_instrument:neutral:AUTHOR"}},
	})
}

func TestMidStatementJointPart(t *testing.T) {
	// "I have the honour to speak on behalf of Fiji, Kiribati, Tonga and
	// my own country, Samoa" in the course of Samoa's statement: from
	// there its "we" is all four, until "in my national capacity"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "Permanent Mission of the Independent State of Samoa to the United Nations"},
		{Text: "Mr. Chair,"},
		{Text: "Samoa thanks you for the revised programme of work and for the informal consultations you convened in June. We align ourselves with the statement delivered by Fiji on behalf of the members of the Pacific Islands Forum, and I will add a few points in our national capacity."},
		{Text: "Our region is vast in ocean and thin in bandwidth, and several of our countries reach the global Internet through a single submarine cable. We support the Programme of Action."},
		{Text: "Mr. Chair, on confidence-building measures, I have the honour to speak on behalf of Fiji, Kiribati, Tonga and my own country, Samoa."},
		{Text: "We support the establishment of a global directory of points of contact."},
		{Text: "Mr. Chair, I now continue in my national capacity."},
		{Text: "We see little value, at this stage, in drafting further norms."},
	}})
	for _, c := range []struct {
		i    int
		want string
	}{
		{3, "programme_of_action:favor:WSM"},
		{5, "poc_directory:favor:FJI,KIR,TON,WSM"},
		{7, "new_norms:against:WSM"},
	} {
		if got := stanceKeys(res[c.i].Stances); !slices.Equal(got, []string{c.want}) {
			t.Errorf("paragraph %d: stances = %v, want [%s]", c.i+1, got, c.want)
		}
	}
}

func TestParliamentDebate(t *testing.T) {
	// a debate's turns open with the member's name and party: a member's
	// turn is no coded actor's, paragraph after paragraph until the next
	// label, and a minister's is the State of the office the label names
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "UN Cyber Negotiations: Global Mechanism"},
		{Text: "Lord Ambleside (CB): My Lords, I have never been persuaded that a cyber treaty is achievable."},
		{Text: "We should support the Programme of Action."},
		{Text: "5.53 pm"},
		{Text: "Baroness Kelsall (Lab): My Lords, Japan has long supported the Programme of Action."},
		{Text: "The Parliamentary Under-Secretary of State, Foreign, Commonwealth and Development Office (Baroness Linfield of Ashby) (Lab): My Lords, we did not support the negotiation of a new legally binding convention."},
		{Text: "We support the Programme of Action."},
	}})
	for _, c := range []struct {
		i    int
		want []string
	}{
		{1, []string{"binding_instrument:against:"}},
		{2, []string{"programme_of_action:favor:"}},
		{4, []string{"programme_of_action:favor:JPN"}},
		{5, []string{"binding_instrument:against:GBR"}},
		{6, []string{"programme_of_action:favor:GBR"}},
	} {
		if got := stanceKeys(res[c.i].Stances); !slices.Equal(got, c.want) {
			t.Errorf("paragraph %d: stances = %v, want %v", c.i+1, got, c.want)
		}
	}
}

func TestAuthorBodyNamedLast(t *testing.T) {
	// a body whose name ends with its head noun ("Cyber and International
	// Law Clinic, Faculty of Law") speaks of itself as "the Clinic"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "Cyber and International Law Clinic, Faculty of Law, University of Aldermoor"},
		{Text: "Legal Memorandum No. 2024/02"},
		{Text: "In the Clinic's view the existing body of law is adequate to the task."},
	}})
	if got, want := stanceKeys(res[2].Stances), []string{"charter_applies:favor:AUTHOR"}; !slices.Equal(got, want) {
		t.Errorf("stances = %v, want %v", got, want)
	}
}

func TestExchangeOfLetters(t *testing.T) {
	// a letter and its reply under headings that name each minister's
	// office and State: each letter's first person is its State, and
	// "your Government" or "You" the other's
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	spain := "Letter from the Minister of Foreign Affairs, European Union and Cooperation of the Kingdom of Spain"
	cuba := "Reply of the Minister of Foreign Affairs of the Republic of Cuba"
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "An exchange of letters on the United Nations cyber negotiations"},
		{Text: "Dear Minister,", Section: spain},
		{Text: "It follows that we see no need for a new treaty.", Section: spain},
		{Text: "Your delegation argued in New York that a legally binding convention is needed.", Section: spain},
		{Text: "Dear Minister,", Section: cuba},
		{Text: "My country supports the negotiation of a legally binding instrument.", Section: cuba},
		{Text: "You have long supported the Programme of Action.", Section: cuba},
	}})
	for _, c := range []struct {
		i    int
		want string
	}{
		{2, "binding_instrument:against:ESP"},
		{3, "binding_instrument:favor:CUB"},
		{5, "binding_instrument:favor:CUB"},
		{6, "programme_of_action:favor:ESP"},
	} {
		if got := stanceKeys(res[c.i].Stances); !slices.Equal(got, []string{c.want}) {
			t.Errorf("paragraph %d: stances = %v, want [%s]", c.i+1, got, c.want)
		}
	}
}

func TestRound63Readings(t *testing.T) {
	// the rules alone: "could not follow X when they argued that"; "no
	// preference between" two options
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"We could not follow China, Cuba and Venezuela when they insisted that a new treaty is needed.", Context{},
			[]string{"binding_instrument:against:PRT", "binding_instrument:favor:CHN,CUB,VEN"}},
		{"Egypt has no preference between a Programme of Action and a new working group.", analysis,
			[]string{"programme_of_action:neutral:EGY"}},
		// control: following a State's lead is no disagreement
		{"We follow the European Union in supporting the Programme of Action.", Context{},
			[]string{"programme_of_action:favor:PRT"}},
	})
}

func TestRound64Readings(t *testing.T) {
	// the rules alone: the backers of a proposal after its authors
	// ("advanced by X and supported by Y")
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"We have also taken note of the proposal, advanced by the Russian Federation and supported by Belarus, Nicaragua and the Syrian Arab Republic, to begin work on a universal convention on international information security.", Context{},
			[]string{"binding_instrument:favor:BLR,NIC,RUS,SYR"}},
		{"The concept of a convention circulated by the Russian Federation and backed by Belarus was discussed at length.", analysis,
			[]string{"binding_instrument:favor:BLR,RUS"}},
		// control: "and" before another verb adds no backer
		{"The concept of a convention circulated by the Russian Federation and Belarus was discussed at length.", analysis,
			[]string{"binding_instrument:favor:BLR,RUS"}},
		{"The concept of a convention circulated by the Russian Federation and discussed by Belarus was long.", analysis,
			[]string{"binding_instrument:favor:RUS"}},
	})
}

func TestCommonsDebate(t *testing.T) {
	// a Commons debate: a minister's label names the office and, in
	// brackets, the minister, with no party; later turns are labelled
	// with a name alone ("Tom Brackley:"), which keeps the office that
	// speaker had in its first label
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "Westminster Hall"},
		{Text: "Eleanor Vance (Ribble Crossing) (Lab): I beg to move, That this House has considered the UN cyber negotiations."},
		{Text: "I support the Programme of Action."},
		{Text: "Tom Brackley (Elmsford North) (LD): I am grateful to the hon. Lady for giving way."},
		{Text: "The Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs (Daniel Ashworth): We see no gap that a new treaty would fill."},
		{Text: "Tom Brackley: We support a legally binding instrument."},
		{Text: "Daniel Ashworth: We support the Programme of Action."},
	}})
	for _, c := range []struct {
		i    int
		want []string
	}{
		{2, []string{"programme_of_action:favor:"}},
		{4, []string{"binding_instrument:against:GBR"}},
		{5, []string{"binding_instrument:favor:"}},
		{6, []string{"programme_of_action:favor:GBR"}},
	} {
		if got := stanceKeys(res[c.i].Stances); !slices.Equal(got, c.want) {
			t.Errorf("paragraph %d: stances = %v, want %v", c.i+1, got, c.want)
		}
	}
}

func TestBylineAfterHeadline(t *testing.T) {
	// an op-ed whose byline follows its rubric, headline and standfirst:
	// signed by a minister, its first person is the minister's State; by
	// a researcher, the author's
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	for _, c := range []struct {
		byline, want string
	}{
		{"By the Minister of Foreign Affairs of the Republic of Paraguay", "programme_of_action:favor:PRY"},
		{"By Ana Ruiz, a researcher at the Catholic University", "programme_of_action:favor:AUTHOR"},
	} {
		res := tg.TagDoc(Doc{Paras: []Para{
			{Text: "OPINION | International affairs"},
			{Text: "Cyberspace needs rules that small countries can use"},
			{Text: "Why a permanent programme of action matters."},
			{Text: c.byline},
			{Text: "Asunción, 23 October 2023"},
			// (an op-ed that names other States more often than its own: the
			// count of names alone does not make it Paraguay's statement)
			{Text: "Russia has circulated the concept of a convention, and Belarus, Nicaragua and Syria have put their names to it."},
			{Text: "China has been more careful than Russia, but China supports the idea of sovereignty over an information space."},
			{Text: "Few of our citizens follow the talks in New York, and we understand why. We believe that the Programme of Action deserves our support."},
		}})
		if got := stanceKeys(res[7].Stances); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%q: stances = %v, want [%s]", c.byline, got, c.want)
		}
	}
}

func TestRound65Readings(t *testing.T) {
	// the rules alone: a supporter noun that opens a sentence naming no
	// actor is its holder, without a code, not the speaker
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	checkReadings(t, tg, []reading{
		{"The proponents of a treaty assured the Group that it would help.", Context{},
			[]string{"binding_instrument:favor:"}},
		{"Nicaragua voiced concerns. The sponsors of the programme of action, for their part, assured the Group that it would complement the OEWG.", Context{},
			[]string{"programme_of_action:favor:"}},
		// controls: the supporters named in the sentence hold it
		{"Supporters of the programme of action include France and Egypt.", Context{},
			[]string{"programme_of_action:favor:EGY,FRA"}},
		{"The sponsors of the programme of action, France and Egypt, assured the Group that it would complement the OEWG.", Context{},
			[]string{"programme_of_action:favor:EGY,FRA"}},
	})
}

func TestRound66Readings(t *testing.T) {
	// the rules alone: ", as I said," points back to the text and holds
	// nothing; "We have studied the concept ... put forward by Russia"
	// takes no position of the speaker's (its author after "put forward
	// by" is not read yet)
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"The General Assembly welcomed the Programme of Action in resolution 77/37. On the Programme of Action, Qatar co-sponsored resolution 77/37, while Syria, as I said, voted against it.", analysis,
			[]string{"programme_of_action:against:SYR", "programme_of_action:favor:QAT"}},
		{"We have studied the concept of a permanent open-ended working group put forward by the Russian Federation.", Context{},
			[]string{"programme_of_action:against:"}},
		// control: an aside in which the speaker shares the position
		{"Russia, as we do, supports a treaty.", Context{},
			[]string{"binding_instrument:favor:PRT,RUS"}},
	})
}

func TestBareInterview(t *testing.T) {
	// an interview printed without labels: the introduction announces it
	// ("we spoke with ..."), a paragraph ending with "?" is a question,
	// the others after the first question are the interviewee's answers,
	// though the questions name other States more often than his
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "Russia's cyber envoy on the UN talks"},
		{Text: "By Daria Kostina, diplomatic correspondent"},
		{Text: "Ahead of the First Committee, we spoke with Nikolai Vereshchagin, the Russian President's special representative."},
		{Text: "The United States, the United Kingdom and the European Union say the report is a success. Are you satisfied with it?"},
		{Text: "On balance, yes. Consensus is the only honest method, and China and Iran agree with us on that."},
		{Text: "Japan, France and Germany back the points of contact directory. Do you?"},
		{Text: "It is one of the genuine achievements of the working group, as Brazil and India have also said."},
		{Text: "France and the European Union champion a Programme of Action. And you?"},
		{Text: "We oppose the Programme of Action."},
	}})
	for _, c := range []struct {
		i    int
		want string
	}{
		{7, "programme_of_action:favor:EU,FRA"}, // a question: its holders as named
		{8, "programme_of_action:against:RUS"},
	} {
		if got := stanceKeys(res[c.i].Stances); !slices.Equal(got, []string{c.want}) {
			t.Errorf("paragraph %d: stances = %v, want [%s]", c.i+1, got, c.want)
		}
	}
}

func TestRound68Readings(t *testing.T) {
	// the rules alone: an echo after a relative clause that sets its
	// subject apart; "subscribes to this view"; "As the African Group
	// stressed, ..." in a statement, which the speaker says too; a treaty
	// that "could close the gaps"; time "better spent" than negotiating a
	// convention; neutrality that "must not become an excuse"; law that
	// "is silent"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Italy accepts that IHL governs cyber operations in armed conflict. Greece, Latvia and Slovenia, all of which published short national papers in 2024, take the same line.", analysis,
			[]string{"ihl_applies:favor:GRC,ITA,LVA,SVN"}},
		// control: a relative clause with a position of its own ends the subject
		{"Italy accepts that IHL governs cyber operations in armed conflict. Greece, which rejected the Programme of Action, made the same point.", analysis,
			[]string{"ihl_applies:favor:ITA", "programme_of_action:against:GRC"}},
		{"The African Union affirmed that existing international law applies in cyberspace. Portugal fully subscribes to this view.", Context{},
			[]string{"charter_applies:favor:AU,PRT"}},
		{"As the African Group stressed this morning, the directory should be established without delay.", Context{},
			[]string{"poc_directory:favor:AU,PRT"}},
		// control: not a verb of saying
		{"As Russia did, China rejected the Programme of Action.", Context{},
			[]string{"programme_of_action:against:CHN"}},
		{"Russia argued that a universal convention could close the gaps.", analysis,
			[]string{"binding_instrument:favor:RUS"}},
		{"The United States said that the years needed to negotiate a convention would be better spent helping States implement what they had agreed.", analysis,
			[]string{"binding_instrument:against:USA"}},
		{"China said that technology neutrality must not become an excuse to ignore the risks of specific products.", analysis,
			[]string{"tech_neutrality:against:CHN"}},
		{"The law as it stands is silent or ambiguous on these points.", Context{},
			[]string{"charter_applies:against:PRT"}},
		{"Where views still diverge, it is seldom because the law is silent.", Context{},
			[]string{"charter_applies:favor:PRT"}},
		// an against cue and a favor cue joined by "and" are two
		// predicates: "premature" does not govern "proposed"
		{"Nicaragua called the insistence on IHL premature and once more proposed that a permanent, consensus-based OEWG, rather than a programme of action, should follow the current Group.", analysis,
			[]string{"ihl_applies:against:NIC", "programme_of_action:against:NIC"}},
		// control: an against cue that governs a favor cue
		{"Russia rejected the proposal to negotiate a treaty.", analysis,
			[]string{"binding_instrument:against:RUS"}},
		// a claim after a discourse adverb set off by commas
		{"My delegation is not persuaded, however, that negotiating a treaty now would be useful.", Context{},
			[]string{"binding_instrument:against:PRT"}},
		// a view shared with those who expressed it
		{"We share the view expressed this morning by the African Group that the directory should be established without further delay.", Context{},
			[]string{"poc_directory:favor:AU,PRT"}},
		{"Kenya shares the view expressed by the Arab Group that the future mechanism must build on the agreed framework.", analysis,
			[]string{"framework_acquis:favor:ARAB_GROUP,KEN"}},
		// control: a view not shared
		{"We do not share the view expressed by Russia that a treaty is needed.", Context{},
			[]string{"binding_instrument:against:PRT", "binding_instrument:favor:RUS"}},
		{"China has long cautioned against the \"indiscriminate application\" of the law of armed conflict to cyberspace. Russia and Belarus have voiced similar doubts.", analysis,
			[]string{"ihl_applies:against:BLR,CHN,RUS"}},
		{"China argued that technology neutrality served the interests of the most advanced States.", analysis,
			[]string{"tech_neutrality:against:CHN"}},
	})
}

func TestRound68WithModels(t *testing.T) {
	// with the models: "..., as Russia's war against Ukraine had shown":
	// the State of an aside that bears the claim out does not hold it; a
	// convention that "could close the gaps" is wanted, whatever the value
	// model reads in "close"
	tg := tagger(t)
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"France, Italy and Latvia underlined that international humanitarian law applied to ICT operations in armed conflict, as the Russian Federation's war against Ukraine had shown.", analysis,
			[]string{"ihl_applies:favor:FRA,ITA,LVA"}},
		{"Russia argued that a universal convention could close the gaps.", analysis,
			[]string{"binding_instrument:favor:RUS"}},
	})
}

func TestUnionAfterGroup(t *testing.T) {
	// "the Union" is the union named last, not a group the same code
	// stands for ("the African Group")
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "When the African Group tells us that capacity-building is what it needs, we should listen."},
		{Text: "The Union insists that international law applies in cyberspace."},
		{Text: "The African Union adopted a common position in 2024. The Union holds that international law applies in cyberspace."},
	}})
	for _, c := range []struct {
		i    int
		want string
	}{
		{1, "charter_applies:favor:EU"},
		{2, "charter_applies:favor:AU"},
	} {
		if got := stanceKeys(res[c.i].Stances); !slices.Equal(got, []string{c.want}) {
			t.Errorf("paragraph %d: stances = %v, want [%s]", c.i+1, got, c.want)
		}
	}
}

func TestEuropeanParliamentDebate(t *testing.T) {
	// the European Parliament's verbatim report: a turn opens with the
	// speaker's name and group or office, a full stop and a dash; a
	// member's turn is no coded actor's, the High Representative's or a
	// Commissioner's the Union's, until the next label
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "European Parliament"},
		{Text: "President. – The next item is the statement by the High Representative on the UN cyber negotiations."},
		{Text: "Josep Borrell Fontelles, Vice-President of the Commission / High Representative of the Union for Foreign Affairs and Security Policy. – Madam President, we support the Programme of Action."},
		{Text: "We do not need a new treaty."},
		{Text: "Rasa Vaitkienė, on behalf of the PPE Group. – Madam President, my group supports the Programme of Action."},
		{Text: "Jan Horak (Renew). – Madam President, we need a binding treaty."},
		{Text: "We also support the directory of points of contact."},
		{Text: "Maroš Šefčovič, Member of the Commission. – Madam President, we do not need a new treaty."},
	}})
	for _, c := range []struct {
		i    int
		want string
	}{
		{2, "programme_of_action:favor:EU"},
		{3, "binding_instrument:against:EU"},
		{4, "programme_of_action:favor:"},
		{5, "binding_instrument:favor:"},
		{6, "poc_directory:favor:"},
		{7, "binding_instrument:against:EU"},
	} {
		if got := stanceKeys(res[c.i].Stances); !slices.Equal(got, []string{c.want}) {
			t.Errorf("paragraph %d: stances = %v, want [%s]", c.i+1, got, c.want)
		}
	}
}

func TestScorecardEntry(t *testing.T) {
	// a scorecard's entry opens with a State, a dash and a short label
	// with a colon ("Japan — Treaty: ..."): the paragraph is that State's,
	// its labelled items without a subject included
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "Where the States stand on the UN cyber talks"},
		{Section: "The liberal camp", Text: "Japan — Treaty: not persuaded that one is needed now. PoC directory: nominated both contacts in the first week."},
		{Section: "The liberal camp", Text: "France — Programme of Action: its co-author in 2020 and its most persistent champion. Framework: calls the agreed framework the starting point for everything."},
		// control: a dash after a State with no label after it
		{Section: "The liberal camp", Text: "Germany — a late convert — nominated both contacts to the PoC directory in its first week."},
	}})
	for _, c := range []struct {
		i    int
		want string
	}{
		{1, "poc_directory:favor:JPN"},
		{2, "framework_acquis:favor:FRA"},
		{3, "poc_directory:favor:DEU"},
	} {
		if got := stanceKeys(res[c.i].Stances); !slices.Contains(got, c.want) {
			t.Errorf("paragraph %d: stances = %v, want %s among them", c.i+1, got, c.want)
		}
	}
}

func TestSponsorsOfTheDraft(t *testing.T) {
	// in a statement introducing a draft the speaker sponsors, "the
	// sponsors" are the States it named as sponsors; not "many of the
	// co-sponsors" (some of them)
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Kind: "statement", Speaker: "FRA", Paras: []Para{
		{Text: "Permanent Mission of France to the United Nations"},
		{Text: "Mr. Chair, draft resolution L.73 is sponsored by France, Egypt and Japan."},
		{Text: "In the sponsors' view, the rules should address how States use ICTs, not the technologies themselves."},
		{Text: "Many of the co-sponsors were among the early supporters of the Programme of Action."},
	}})
	if got, want := stanceKeys(res[2].Stances), []string{"tech_neutrality:favor:EGY,FRA,JPN"}; !slices.Equal(got, want) {
		t.Errorf("paragraph 3: stances = %v, want %v", got, want)
	}
	for _, st := range res[3].Stances {
		if slices.Contains(st.Actors, "EGY") || slices.Contains(st.Actors, "JPN") {
			t.Errorf("paragraph 4: %v gives the position to all the sponsors", st)
		}
	}
}

func TestRound69Readings(t *testing.T) {
	// the rules alone: a bare auxiliary after a subject ("Mexico
	// doesn't.") takes up the position just stated, or its opposite; a
	// concession before "but" ("respects that view, but does not share
	// it"); NGOs that "should have no role"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Russia and its partners want a new treaty. Mexico doesn't.", analysis,
			[]string{"binding_instrument:favor:RUS", "binding_instrument:against:MEX"}},
		{"Russia wants a new treaty. China does too.", analysis,
			[]string{"binding_instrument:favor:CHN,RUS"}},
		{"Russia wants a new treaty. We don't.", Context{},
			[]string{"binding_instrument:favor:RUS", "binding_instrument:against:PRT"}},
		// control: a sentence with a predicate of its own
		{"Russia wants a new treaty. Mexico doesn't see the need.", analysis,
			[]string{"binding_instrument:favor:RUS"}},
		{"Some have called for a legally binding convention. France respects that view, but does not share it.", analysis,
			[]string{"binding_instrument:favor:", "binding_instrument:against:FRA"}},
		{"Russia argued that NGOs should have no role in the negotiations.", analysis,
			[]string{"multistakeholder:against:RUS"}},
		// "she noted that" + a clause with its own subject: the subject
		// holds it, not the State named before
		{"China wants a treaty. She noted that the European Union has rejected a new treaty.", analysis,
			[]string{"binding_instrument:favor:CHN", "binding_instrument:against:EU"}},
		// "neither rejected X nor pressed for it": no choice
		{"ASEAN took a middle position: it neither rejected additional norms nor pressed for them.", analysis,
			[]string{"new_norms:neutral:ASEAN"}},
		// control: "she said" with no subject of its own after it
		{"China's delegate spoke first. She said that a treaty is needed.", analysis,
			[]string{"binding_instrument:favor:CHN"}},
	})
}

func TestRound69WithModels(t *testing.T) {
	// with the models: the value model does not turn back a claim that a
	// cue before it rejects
	checkReadings(t, tagger(t), []reading{
		{"We reject the argument that existing law is sufficient.", Context{},
			[]string{"charter_applies:against:PRT"}},
		{"We take issue with the proposition that existing law is sufficient.", Context{},
			[]string{"charter_applies:against:PRT"}},
		// control: a claim the cue accepts
		{"We agree with the argument that existing law is sufficient.", Context{},
			[]string{"charter_applies:favor:PRT"}},
	})
}

func TestMidStatementGroupPart(t *testing.T) {
	// a national statement that goes on "to deliver the first part of
	// this statement on behalf of the Group of Arab States": the group's
	// voice until "in my national capacity", though the group then aligns
	// itself with another; not "We agree with the statement made on
	// behalf of the African Group"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	group, national := "I. On behalf of the Group of Arab States", "II. In national capacity"
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "Permanent Mission of Algeria to the United Nations"},
		{Text: "Statement delivered by Mr. Karim Benyahia, Counsellor, on behalf of the Group of Arab States and in national capacity"},
		{Text: "Mr. Chair,"},
		{Section: group, Text: "I have the honour to deliver the first part of this statement on behalf of the Group of Arab States, which Algeria chairs this month. The Group associates itself with the statement to be delivered by the Non-Aligned Movement."},
		{Section: group, Text: "We are convinced that the work ahead must build on the agreed framework."},
		{Section: national, Text: "Allow me now to add a few remarks in my national capacity."},
		{Section: national, Text: "We support a legally binding instrument."},
		{Section: national, Text: "We agree with the statement made on behalf of the African Group, and we support the directory of points of contact."},
	}})
	for _, c := range []struct {
		i    int
		want string
	}{
		{4, "framework_acquis:favor:ARAB_GROUP"},
		{6, "binding_instrument:favor:DZA"},
	} {
		if got := stanceKeys(res[c.i].Stances); !slices.Equal(got, []string{c.want}) {
			t.Errorf("paragraph %d: stances = %v, want [%s]", c.i+1, got, c.want)
		}
	}
	if got := stanceKeys(res[7].Stances); len(got) != 1 || !strings.Contains(got[0], "DZA") {
		t.Errorf("paragraph 8: stances = %v, want the directory for Algeria", got)
	}
}

func TestRound70Readings(t *testing.T) {
	// the rules alone: "According to its delegation, ..." after a
	// sentence naming a State; "Its delegation has also argued" in a
	// statement, after another State's proposal; a treaty proposal met
	// "with a consistent no"; "what form such a treaty should take"; "not
	// to write new treaties"; "X broadly agreed"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Russia goes further. According to its delegation, existing international law contains gaps that only a universal convention can close.", analysis,
			[]string{"binding_instrument:favor:RUS", "charter_applies:against:RUS"}},
		{"We have noted the proposal of the Russian Federation to establish a permanent open-ended working group. Portugal does not believe that it would serve the States that need help. Its delegation has also argued that only a universal convention could close the gaps in international law.", Context{},
			[]string{"binding_instrument:favor:RUS", "charter_applies:against:RUS", "programme_of_action:against:RUS", "programme_of_action:favor:PRT"}},
		{"The United States, the European Union and like-minded delegations have met every treaty proposal with a consistent no.", analysis,
			[]string{"binding_instrument:against:EU,LIKE_MINDED,USA"}},
		{"The statement did not specify what form such a treaty should take.", analysis,
			[]string{}},
		{"The European Union said that the task is to clarify how international law applies, not to write new treaties.", analysis,
			[]string{"binding_instrument:against:EU"}},
		{"France said a Programme of Action should be adopted. Western countries broadly agreed.", analysis,
			[]string{"programme_of_action:favor:FRA,WEST"}},
	})
}

func TestRound71Readings(t *testing.T) {
	// the rules alone: "We have not yet chosen between them" after a
	// sentence that names both options makes the speaker's position
	// neutral, not the favor and against read into "studied the
	// proposals"; an echo of "those warnings"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	checkReadings(t, tg, []reading{
		{"My delegation has studied both the proposal for a Programme of Action and the proposal to establish a permanent open-ended working group. We have not yet chosen between them.", Context{},
			[]string{"programme_of_action:favor:", "programme_of_action:against:", "programme_of_action:neutral:PRT"}},
		// control: a choice played down after a position keeps the position
		{"Portugal supports a Programme of Action. We are not attached to labels.", Context{},
			[]string{"programme_of_action:favor:PRT"}},
		{"Moscow repeatedly warned against parallel platforms. Eritrea and the DPRK echoed those warnings.", Context{DocKind: "analysis"},
			[]string{"programme_of_action:against:ERI,PRK,RUS"}},
	})
}

func TestRound72Readings(t *testing.T) {
	// the rules alone: echoes with an adverb or a manner phrase; "We know
	// that" as hearsay; unnamed co-sponsors; "each of them" after a
	// sentence that names several; a refusal to choose before the sentence
	// that names the options; a view not yet reached; postnominal
	// participles; new patterns
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"In that text the African Union affirms that existing international law governs the use of ICTs by States. Portugal stands fully behind it.", Context{},
			[]string{"charter_applies:favor:AU,PRT"}},
		{"The Common African Position affirms that international humanitarian law applies in armed conflict. Portugal subscribes to that reading without reservation.", Context{},
			[]string{"ihl_applies:favor:AU,PRT"}},
		{"We know that China and the Russian Federation, among others, hold that the future body must remain strictly intergovernmental.", Context{},
			[]string{"multistakeholder:against:CHN,RUS"}},
		{"A cross-regional group of co-sponsors pressed for a Programme of Action; the Russian Federation voted against the resolution.", Context{},
			[]string{"programme_of_action:favor:", "programme_of_action:against:RUS"}},
		{"The Russian Federation wanted the directory to cover any computer incident; the United States preferred to reserve it for serious ones; ASEAN offered its own regional experience as a model. For all their differences, each of them has backed the directory itself.", Context{},
			[]string{"poc_directory:favor:ASEAN,RUS,USA"}},
		// control: "All three" before a noun is no pronoun
		{"Brazil, India and South Africa illustrate the swing vote. All three share China's suspicion of Western forums, but none has endorsed a binding treaty.", analysis,
			[]string{"binding_instrument:favor:"}},
		{"Ours is that we do not see an either-or choice. Some questions may one day be best settled by binding commitments; others are better served by voluntary norms.", Context{},
			[]string{"binding_instrument:neutral:PRT"}},
		{"Portugal does not believe that the Group must choose between these positions this week. We could support work towards binding commitments at a later stage, and we are equally ready to keep building on voluntary norms in the meantime.", Context{},
			[]string{"binding_instrument:neutral:PRT", "framework_acquis:favor:PRT"}},
		// control: a refusal to choose by those the sentence does not name
		{"The European Union backs the Programme of Action. Between the two sat a large group of countries that declined to pick a side.", analysis,
			[]string{"programme_of_action:favor:EU"}},
		{"We have studied the proposal for a Programme of Action advanced by a group of like-minded countries, as well as the ideas for a permanent open-ended format. Portugal has not yet reached a final view between these options.", Context{},
			[]string{"programme_of_action:favor:", "programme_of_action:neutral:PRT"}},
		{"The EU said the Programme of Action endorsed in resolution 77/37 should provide the architecture.", analysis,
			[]string{"programme_of_action:favor:EU"}},
		{"The Chinese argue that some technologies are dangerous in themselves.", analysis,
			[]string{"tech_neutrality:against:CHN"}},
		{"Portugal does not consider artificial intelligence, quantum computing or any other technology to be dangerous in itself.", Context{},
			[]string{"tech_neutrality:favor:PRT"}},
		{"In the same vein, we would caution against any approach that treats technologies themselves as the danger.", Context{},
			[]string{"tech_neutrality:favor:PRT"}},
		{"ASEAN has been a steadying influence. Its members subscribed to the eleven norms as a group in 2018.", analysis,
			[]string{"framework_acquis:favor:ASEAN"}},
		{"Every State has the right to protect its national information space from outside interference.", Context{},
			[]string{"cyber_sovereignty:favor:PRT"}},
		{"China and the DPRK have lined up behind the Russian proposals for a convention. The Arab Group has asked that the option of binding commitments be kept open without signing up to a convention now.", analysis,
			[]string{"binding_instrument:favor:CHN,PRK,RUS", "binding_instrument:neutral:ARAB_GROUP"}},
		{"We welcome the fact that the Arab Group, in its statement this morning, also called for binding commitments to be negotiated.", Context{},
			[]string{"binding_instrument:favor:ARAB_GROUP"}},
		{"All of them insist that recognising IHL neither legitimises nor encourages conflict in cyberspace.", analysis,
			[]string{"ihl_applies:favor:"}},
		// blind-r69's briefing note
		{"A number of delegations will insist that accreditation of non-governmental organisations stay subject to a no-objection procedure.", analysis,
			[]string{"multistakeholder:against:"}},
		{"The Non-Aligned Movement, now chaired by Uganda, will put capacity-building first. Its March statement supported the operationalisation of the PoC Directory.", Context{},
			[]string{"poc_directory:favor:NAM"}},
		{"Russia called for a convention. Iran and Cuba spoke to the same effect.", analysis,
			[]string{"binding_instrument:favor:CUB,IRN,RUS"}},
		// blind-r69's editorial
		{"The UN's cyber talks need fewer grand treaties and more practical tools.", Context{},
			[]string{"binding_instrument:against:PRT"}},
		{"That directory deserves more praise than it has received.", Context{},
			[]string{"poc_directory:favor:PRT"}},
		{"A convention negotiated now would produce the lowest common denominator.", Context{},
			[]string{"binding_instrument:against:PRT"}},
		{"The European Union and its partners reply that the eleven have barely been tried and should be put into practice before anyone adds to them.", analysis,
			[]string{"new_norms:against:EU"}},
	})
}

func TestGroupInstitutionSpeech(t *testing.T) {
	// a speech under the masthead of the EU's diplomatic service is the
	// EU's: its "we" and "the Union" are the EU, even after the African
	// Union was named; a line naming the Union beside other words is no
	// masthead
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	speech := []Para{
		{Text: "European External Action Service"},
		{Text: "Cyber diplomacy in a contested world: speech by the High Representative at the International Conference on Cyber Diplomacy"},
		{Text: "Check against delivery!"},
		{Text: "We welcome the Common African Position adopted by the African Union in January 2024."},
		{Text: "The Union considers that international law applies in cyberspace. We support a Programme of Action, and we will work for it."},
	}
	res, info := tg.TagDocInfo(Doc{Paras: speech})
	if info.Kind != "statement" || info.Speaker != "EU" {
		t.Fatalf("info = %+v, want the EU's statement", info)
	}
	want := []string{"charter_applies:favor:EU", "programme_of_action:favor:EU"}
	if got := stanceKeys(res[4].Stances); !slices.Equal(got, want) {
		t.Errorf("paragraph 5: stances = %v, want %v", got, want)
	}
	headline := slices.Clone(speech)
	headline[0] = Para{Text: "European Union: a new cyber strategy"}
	if _, info := tg.TagDocInfo(Doc{Paras: headline}); info.Speaker == "EU" {
		t.Errorf("a headline naming the EU: info = %+v, want no EU speaker", info)
	}
}

func TestOrganisationMasthead(t *testing.T) {
	// an organisation's name on the first line: "The Council recommends
	// that States:" is the document's own voice, and so are the items of
	// the list that name no holder of their own
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "Trusted Networks Industry Council"},
		{Text: "Keeping Cyberspace Governable: Industry Recommendations"},
		{Text: "The Council therefore recommends that States:"},
		{Text: "reaffirm that international law applies to the use of ICTs by States;"},
		{Text: "some delegations want a treaty;"},
	}})
	for _, c := range []struct {
		i    int
		want []string
	}{
		{3, []string{"charter_applies:favor:AUTHOR"}},
		{4, []string{"binding_instrument:favor:"}}, // the item's own, unnamed holders
	} {
		if got := stanceKeys(res[c.i].Stances); !slices.Equal(got, c.want) {
			t.Errorf("paragraph %d: stances = %v, want %v", c.i+1, got, c.want)
		}
	}
}

func TestRound73Readings(t *testing.T) {
	// the rules alone: an act undoing the acquis that an against cue
	// opposes; "Speaking on its behalf, X said"; an echo naming a place;
	// "The delegation of X made a similar argument" after the speaker's
	// answer; new patterns and cues
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Russia rejected any attempt to reopen the agreed framework.", analysis,
			[]string{"framework_acquis:favor:RUS"}},
		{"We would caution against any attempt to reopen what has already been agreed.", Context{},
			[]string{"framework_acquis:favor:PRT"}},
		// controls: a criticism in its own words; the debate, not the treaty, reopened
		{"China warned against transplanting the law of armed conflict into cyberspace.", analysis,
			[]string{"ihl_applies:against:CHN"}},
		{"We see little to be gained from reopening the debate on a new treaty.", Context{},
			[]string{"binding_instrument:against:PRT"}},
		{"The African Group stopped short of endorsing a treaty. Speaking on its behalf, Cameroon said that binding and non-binding options should both remain open for discussion.", analysis,
			[]string{"binding_instrument:neutral:AU"}},
		{"Russia called for a treaty. Iran took the same line in Geneva.", analysis,
			[]string{"binding_instrument:favor:IRN,RUS"}},
		// control: a State after "in" is no place
		{"Russia called for a treaty. Iran took the same line in Cuba.", analysis,
			[]string{"binding_instrument:favor:RUS"}},
		{"We heard China caution yesterday against the indiscriminate transposition of the law of armed conflict to cyberspace. We do not share the conclusion. The delegation of the Russian Federation made a similar argument.", Context{},
			[]string{"ihl_applies:against:CHN,RUS", "ihl_applies:favor:PRT"}},
		{"The Common African Position is clear that international humanitarian law applies in armed conflict. The Democratic Republic of the Congo subscribes to every word of it.", analysis,
			[]string{"ihl_applies:favor:AU,COD"}},
		{"Its delegation said that the priority is to implement the norms already agreed rather than to negotiate new ones, let alone a treaty.", analysis,
			[]string{"binding_instrument:against:", "new_norms:against:"}},
		{"Russia took the opposite view. It insisted that a continuing working group, open to all and deciding by consensus, was the only legitimate format.", analysis,
			[]string{"programme_of_action:against:RUS"}},
		{"According to China, technology neutrality is not an adequate principle on its own.", analysis,
			[]string{"tech_neutrality:against:CHN"}},
		{"The European Union argued that implementation should come before any new norm-making.", analysis,
			[]string{"new_norms:against:EU"}},
		{"Our priority is therefore to give life to the eleven voluntary norms agreed in 2015.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"We do not share that view. A treaty negotiated today, in this climate, would not close gaps.", Context{},
			[]string{"binding_instrument:against:PRT"}},
		{"Cyberspace is not a lawless place, and it does not need a new legal order to stop being one.", Context{},
			[]string{"binding_instrument:against:PRT", "charter_applies:favor:PRT"}},
		{"Russia goes further. It has campaigned for years for a universal convention.", analysis,
			[]string{"binding_instrument:favor:RUS"}},
		{"Several delegations affirmed that international humanitarian law applies. Kenya preferred to keep the question open.", analysis,
			[]string{"ihl_applies:favor:", "ihl_applies:neutral:KEN"}},
		{"That is why we stand behind the framework of responsible State behaviour as a whole.", Context{},
			[]string{"framework_acquis:favor:PRT"}},
		{"What matters is a single track and a real voice for those outside government.", Context{},
			[]string{"multistakeholder:favor:PRT"}},
	})
}

func TestThreadByline(t *testing.T) {
	// "Thread by X, UK Ambassador for Cyber, from ...": an ambassador's
	// thread of posts speaks for the UK in its first person
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res, info := tg.TagDocInfo(Doc{Paras: []Para{
		{Text: "Thread by Harriet Colefax, UK Ambassador for Cyber, from the ninth substantive session of the Open-ended Working Group on security of and in the use of ICTs, New York, 2–6 December 2024"},
		{Text: "1/ Good morning from Conference Room 4. I'll post highlights as the week goes on."},
		{Text: "2/ My two cents: we don't need a new treaty. We want the directory used, not admired."},
	}})
	if info.Kind != "statement" || info.Speaker != "GBR" {
		t.Fatalf("info = %+v, want the UK's statement", info)
	}
	want := []string{"binding_instrument:against:GBR", "poc_directory:favor:GBR"}
	if got := stanceKeys(res[2].Stances); !slices.Equal(got, want) {
		t.Errorf("post 2: stances = %v, want %v", got, want)
	}
}

func TestRound74Readings(t *testing.T) {
	// the rules alone: the past tense of reported speech; "the answer lay
	// in X, not in Y"; a that-verb's reach ends where a coordinated main
	// clause with a pronoun subject begins; new patterns and cues
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Nauru spoke of its cables. Its delegation held that international humanitarian law protected civilians in any conflict that spilled into cyberspace.", analysis,
			[]string{"ihl_applies:favor:NRU"}},
		{"Speaking for the United Kingdom, the representative said that the answer lay in existing international law, not in a new treaty.", analysis,
			[]string{"binding_instrument:against:GBR", "charter_applies:favor:GBR"}},
		{"The Group was not convinced that voluntary commitments alone would be enough to protect such systems, and it wished the future mechanism to consider binding obligations in that area.", analysis,
			[]string{"binding_instrument:favor:"}},
		{"Russia said that the attendance of non-governmental organizations at formal meetings should remain subject to the consent of every Member State.", analysis,
			[]string{"multistakeholder:against:RUS"}},
		{"In 2020 a group of around forty States, together with the European Union, proposed a Programme of Action. The United States came round to the idea later.", analysis,
			[]string{"programme_of_action:favor:EU,USA"}},
		{"The United States said the framework already covers AI, because it regulates what States do rather than which tools they use, so there is no need for AI-specific norms.", analysis,
			[]string{"new_norms:against:USA", "tech_neutrality:favor:USA"}},
	})
}

func TestSpokespersonBriefing(t *testing.T) {
	// a foreign ministry spokesperson's regular press conference (this
	// project's blind-r73, read in round 75) speaks for the State its
	// answers name, though its answers say "we" seldom and name many
	// other States
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	var d Doc
	for _, g := range readLabelledFile(t, filepath.Join("evaldata", "blind-r73.jsonl")) {
		if g.Doc == "mfa-press-conference-chn-2024-r73" {
			d.Paras = append(d.Paras, Para{Text: g.Text, Section: g.Section})
		}
	}
	if len(d.Paras) == 0 {
		t.Fatal("the press conference is not in blind-r73")
	}
	if _, info := tg.TagDocInfo(d); info.Kind != "statement" || info.Speaker != "CHN" {
		t.Errorf("info = %+v, want China's statement", info)
	}
}

func TestRound75Readings(t *testing.T) {
	// the rules alone: a written parliamentary question asks; "no less
	// than" negates nothing
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	checkReadings(t, tg, []reading{
		{"To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what his policy is on proposals at the United Nations for a new legally binding convention.", Context{},
			nil},
		{"The Holy See considers that international human rights law, no less than the Charter of the United Nations, applies fully to the conduct of States.", Context{},
			[]string{"charter_applies:favor:VAT"}},
	})
}

func TestSummaryRecordTurns(t *testing.T) {
	// a summary record reports each speaker's turn in indirect speech: the
	// turn survives a long aside before its verb, a paragraph that names
	// only its speaker, an opening phrase before "he", and "his
	// Government" after other States are named; "the Group" is the group a
	// State speaks for, "it said" its speaker; a chair's turn is no State's
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res, info := tg.TagDocInfo(Doc{Paras: []Para{
		{Text: "Summary record of the 12th meeting"},
		{Text: "The Chair said that the Committee would continue its thematic discussion on information and communications technologies."},
		{Text: "Ms. Varga (European Union), speaking also on behalf of the candidate countries that aligned themselves with the statement, said that ransomware remained the gravest threat to hospitals across the region."},
		{Text: "The Union remained convinced that international law applied in cyberspace."},
		{Text: "The future mechanism, she said, should build on the cumulative and evolving framework. Its modalities should also allow non-governmental stakeholders to contribute meaningfully."},
		{Text: "Mr. Okafor (Nigeria), speaking on behalf of the Group of African States, said that capacity-building came first. In line with the Common African Position, the Group held that international humanitarian law governed cyber operations in armed conflict."},
		{Text: "Mr. Hale (United States of America) said that the directory was working."},
		{Text: "Recalling the vote of 2022, when the Assembly had taken up the question of the future mechanism, he noted that China, Iran and the Russian Federation had voted against the Programme of Action. His Government would continue to press for a mechanism building on the Programme of Action."},
		{Text: "The framework, according to his delegation, was technology-neutral by design."},
		{Text: "Mr. Dvorak (Russian Federation), speaking on behalf of a group of like-minded States, said that the group remained committed to a legally binding convention. The rules agreed so far were not enough, it said: the future mechanism must give priority to developing new norms."},
		{Text: "The representative of Singapore, speaking in his capacity as Chair of the open-ended working group on security of and in the use of information and communications technologies, said that the report had been adopted by consensus. The report set out elements for the directory. He urged all delegations to nominate their points of contact to the directory."},
	}})
	if info.Kind != "analysis" {
		t.Fatalf("info = %+v, want an analysis", info)
	}
	want := map[int][]string{
		4:  {"framework_acquis:favor:EU", "multistakeholder:favor:EU"},
		5:  {"ihl_applies:favor:AU"},
		7:  {"programme_of_action:against:CHN,IRN,RUS", "programme_of_action:favor:USA"},
		8:  {"tech_neutrality:favor:USA"},
		9:  {"binding_instrument:favor:LIKE_MINDED,RUS", "new_norms:favor:LIKE_MINDED,RUS"},
		10: {"poc_directory:favor:"},
	}
	for i, w := range want {
		got := stanceKeys(res[i].Stances)
		slices.Sort(got)
		if !slices.Equal(got, w) {
			t.Errorf("paragraph %d: stances = %v, want %v", i+1, got, w)
		}
	}
}

func TestRound76Readings(t *testing.T) {
	// the rules alone: new patterns and cues
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"It saw no reason to join the points of contact directory.", Context{},
			[]string{"poc_directory:against:PRT"}},
		{"For four years the European Union insisted that no new norm could even be discussed until the existing ones had been implemented.", analysis,
			[]string{"new_norms:against:EU"}},
		{"The representative of the United States said that there are no gaps in international law that would justify a new treaty. The United Kingdom and Australia repeated the same thesis.", analysis,
			[]string{"binding_instrument:against:AUS,GBR,USA", "charter_applies:favor:AUS,GBR,USA"}},
		// a list that goes on through "all 27 ... members" and "most other"
		{"Russia tabled a resolution calling for a convention. Voting against were the United States, Britain, all 27 European Union members and most other Western countries.", analysis,
			[]string{"binding_instrument:favor:RUS", "binding_instrument:against:EU,GBR,USA,WEST"}},
		// a claim noun with a relative clause that has no pronoun
		{"We reject the argument the delegation of China made on Tuesday, that international humanitarian law would legitimise conflict.", Context{},
			[]string{"ihl_applies:favor:PRT", "ihl_applies:against:CHN"}},
		// "our three countries" are the speaker and the States named with it
		{"In June 2022, Kazakhstan and Uzbekistan joined Portugal in issuing a data security initiative, in which our three countries called for new rules on data security to be drawn up within the United Nations.", Context{},
			[]string{"new_norms:favor:KAZ,PRT,UZB"}},
		// "We are told by ... that" reports others' claim, which the next
		// sentence answers
		{"We are told by some delegations that the existing norms are technology-neutral. We are not convinced.", Context{},
			[]string{"tech_neutrality:favor:", "tech_neutrality:against:PRT"}},
		{"Western States maintain that no new obligations are needed.", analysis,
			[]string{"binding_instrument:against:WEST"}},
		{"The European Union's delegation said the law already on the books was equal to the task.", analysis,
			[]string{"charter_applies:favor:EU"}},
		{"Russia and China argued that the list should grow.", analysis,
			[]string{"new_norms:favor:CHN,RUS"}},
		{"We expect that additional and more specific norms will be needed within a few years.", analysis,
			[]string{"new_norms:favor:AUTHOR"}},
		{"The group called for respect for the sovereign equality of States in the information space.", analysis,
			[]string{"cyber_sovereignty:favor:"}},
		{"On the participation of stakeholders, our position is balanced.", Context{},
			[]string{"multistakeholder:neutral:PRT"}},
	})
}

func TestNewSectionForgetsHolders(t *testing.T) {
	// in an analysis, "it" opening a new section is not the actor the last
	// section named
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res, _ := tg.TagDocInfo(Doc{Paras: []Para{
		{Text: "The talks that did not end", Section: "Introduction"},
		{Text: "The Arab Group, with Tunisia speaking for it this year, insisted on technology transfer and called for the directory to be used.", Section: "The arguments that did not end"},
		{Text: "What should the Mechanism do first? It should test the points of contact directory in real exercises.", Section: "What the Mechanism needs"},
	}})
	for _, st := range res[2].Stances {
		if slices.Contains(st.Actors, "ARAB_GROUP") || slices.Contains(st.Actors, "TUN") {
			t.Errorf("new section: %v holds %s:%s", st.Actors, st.Issue, st.Value)
		}
	}
	if len(res[2].Stances) == 0 {
		t.Errorf("new section: no stance, want the author's")
	}
}

func TestRound77Readings(t *testing.T) {
	// the rules alone: the authors of an attempt that the subject answers;
	// new patterns and cues
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"My delegation cannot accept the persistent efforts of Western countries to present the so-called 'framework of responsible State behaviour' as a closed acquis that all others must simply implement.", Context{},
			[]string{"framework_acquis:against:PRT", "framework_acquis:favor:WEST"}},
		{"We are not convinced, however, that the proposals put forward by Germany, the Netherlands and others to attach regular ping tests and reporting obligations to the directory are ripe at this stage.", Context{},
			[]string{"poc_directory:against:PRT", "poc_directory:favor:DEU,NLD"}},
		{"But applicability is not sufficiency.", Context{},
			[]string{"charter_applies:against:PRT"}},
		{"We insist that the development and stockpiling of offensive ICT capabilities must be addressed directly.", Context{},
			[]string{"tech_neutrality:against:PRT"}},
		{"Some delegations have argued that a treaty would freeze the law. We do not share them.", Context{},
			[]string{"binding_instrument:against:", "binding_instrument:favor:PRT"}},
		{"Interference in the internal affairs of States through ICTs is incompatible with the Charter.", Context{},
			[]string{"charter_applies:favor:PRT"}},
		{"The European Union answered that only implementation would reveal whether anything new was needed.", analysis,
			[]string{"new_norms:against:EU"}},
		{"What must be addressed is the malicious use of ICTs, not the legitimate development of capabilities that our economies need.", Context{},
			[]string{"tech_neutrality:favor:PRT"}},
		{"My delegation firmly opposes any attempt to apply international humanitarian law to the ICT environment. The delegations of Cuba, Iran and Venezuela have expressed the same concern.", Context{},
			[]string{"ihl_applies:against:CUB,IRN,PRT,VEN"}},
		{"The Group as a whole stops short of endorsing either model, whether it takes the form of a Programme of Action or of a continuing working group.", analysis,
			[]string{"programme_of_action:neutral:"}},
	})
}

func TestPanelSurnames(t *testing.T) {
	// an analysis that introduces a person with a post in a State's
	// service reads the surname as that State from there on; a person with
	// no such post has no code
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res, info := tg.TagDocInfo(Doc{Paras: []Para{
		{Text: "Panel report: after the Working Group"},
		{Text: "The panel was moderated by Lucy Brand, a research fellow at the institute."},
		{Text: "Hannah Ferrers, Head of Cyber Policy at the United Kingdom's Foreign Office, called the consensus worth defending."},
		{Text: "Pavel Sorokin, Counsellor at the Russian Ministry of Foreign Affairs, offered a different reading."},
		{Text: "Ms Ferrers disagreed. She said that existing international law applies in full and that no new treaty is needed."},
		{Text: "Mr Sorokin replied that only a binding convention could close the gaps in existing law."},
		{Text: "Professor Ana Ruiz, an international lawyer at a university in Geneva, argued that a new treaty is not needed."},
	}})
	if info.Kind != "analysis" {
		t.Fatalf("info = %+v, want an analysis", info)
	}
	want := map[int][]string{
		4: {"binding_instrument:against:GBR", "charter_applies:favor:GBR"},
		5: {"binding_instrument:favor:RUS", "charter_applies:against:RUS"},
		6: {"binding_instrument:against:"},
	}
	for i, w := range want {
		got := stanceKeys(res[i].Stances)
		slices.Sort(got)
		if !slices.Equal(got, w) {
			t.Errorf("paragraph %d: stances = %v, want %v", i+1, got, w)
		}
	}
}

func TestMinistryLineUnderTitle(t *testing.T) {
	// a government's position paper: a title naming the State over a line
	// naming its ministry is that State's statement
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res, info := tg.TagDocInfo(Doc{Paras: []Para{
		{Text: "Brazil's Positions on the Future of the United Nations Cyber Talks"},
		{Text: "Ministry of Foreign Affairs of the Federative Republic of Brazil"},
		{Text: "Brasilia, 3 March 2025"},
		{Text: "This paper sets out Brazil's views on the questions before the Working Group."},
		{Text: "We do not support the Programme of Action, and we see no need for a new treaty."},
		{Text: "The United States and the European Union have argued that the United States and the European Union alone set the pace; the United Kingdom agreed with the United States."},
		{Text: "The Russian Federation and China have proposed a convention, which the Russian Federation and China presented in 2023; Iran and Cuba supported the Russian Federation."},
	}})
	if info.Kind != "statement" || info.Speaker != "BRA" {
		t.Fatalf("info = %+v, want Brazil's statement", info)
	}
	got := stanceKeys(res[4].Stances)
	slices.Sort(got)
	if want := []string{"binding_instrument:against:BRA", "programme_of_action:against:BRA"}; !slices.Equal(got, want) {
		t.Errorf("stances = %v, want %v", got, want)
	}
}

func TestRound78Readings(t *testing.T) {
	// the rules alone: a concession before a refusal without a comma;
	// echoes; new patterns; Western negotiators
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Some delegations have argued that a treaty would freeze the law. We understand the concern but cannot accept the conclusion.", Context{},
			[]string{"binding_instrument:against:", "binding_instrument:favor:PRT"}},
		{"China argued that existing law contains gaps that only a new treaty can fill. We do not share that diagnosis.", Context{},
			[]string{"binding_instrument:favor:CHN", "charter_applies:against:CHN", "binding_instrument:against:PRT", "charter_applies:favor:PRT"}},
		{"Western negotiators often say that the rules should concern the malicious use of ICTs rather than technologies.", analysis,
			[]string{"tech_neutrality:favor:WEST"}},
		{"Before we spend this body's limited time drafting new ones, we should help every State put the existing norms into practice.", Context{},
			[]string{"new_norms:against:PRT"}},
		{"A convention drafted around the idea of information security could also be used to justify controls on content.", Context{},
			[]string{"cyber_sovereignty:against:PRT"}},
		{"The United Kingdom cautioned that hurrying into fresh treaty obligations could weaken the protections the Charter already provides.", analysis,
			[]string{"binding_instrument:against:GBR"}},
	})
}

func TestRound79Readings(t *testing.T) {
	// the rules alone: "that reference" for the issue the sentence before
	// named; new patterns
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	checkReadings(t, tg, []reading{
		{"We therefore regret that the draft no longer refers expressly to international humanitarian law. The United Kingdom, together with the European Union, argued for that reference until the very end. The Russian Federation did not support it, and neither did China.", Context{},
			[]string{"ihl_applies:favor:EU,GBR", "ihl_applies:against:CHN,RUS"}},
		{"Nor are we persuaded by the argument that to speak of the law of armed conflict in cyberspace is to encourage its militarisation.", Context{},
			[]string{"ihl_applies:favor:PRT"}},
		{"The African Group reminded us that in cyberspace, as elsewhere, the Charter protects the small State as much as the large one.", Context{},
			[]string{"charter_applies:favor:AU"}},
		// a relative clause over an aside naming its backers
		{"We have also listened to the Russian Federation, which, supported by China, stressed that the Mechanism is a State-led body in which non-governmental organisations may take part only where no Member State objects.", Context{},
			[]string{"multistakeholder:against:CHN,RUS"}},
	})
}

func TestMissionMasthead(t *testing.T) {
	// "United States Mission to the United Nations" over "Remarks at the
	// Ninth Substantive Session ...": the State's statement, however many
	// other States it answers
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res, info := tg.TagDocInfo(Doc{Paras: []Para{
		{Text: "United States Mission to the United Nations"},
		{Text: "Remarks at the Ninth Substantive Session of the Open-Ended Working Group"},
		{Text: "New York, December 3, 2024"},
		{Text: "Thank you, Mr. Chair."},
		{Text: "The Russian Federation argued again on Monday that the directory should carry any complaint. China and Iran agreed with Russia, and the Russian Federation repeated it twice."},
		{Text: "Our own view has not changed. International law, including the Charter of the United Nations in its entirety, applies to what States do in cyberspace."},
	}})
	if info.Kind != "statement" || info.Speaker != "USA" {
		t.Fatalf("info = %+v, want the United States' statement", info)
	}
	if got, want := stanceKeys(res[5].Stances), []string{"charter_applies:favor:USA"}; !slices.Equal(got, want) {
		t.Errorf("stances = %v, want %v", got, want)
	}
}

func TestRound80Readings(t *testing.T) {
	// the rules alone: a treaty that "would give cover to governments that
	// want to control" what citizens read
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"The United States, the United Kingdom and the EU all argued that a new treaty would mostly give cover to governments that want to control what their citizens can read online.", analysis,
			[]string{"binding_instrument:against:EU,GBR,USA", "cyber_sovereignty:against:EU,GBR,USA"}},
	})
}

func TestDepartmentMasthead(t *testing.T) {
	// a label naming no State ("MEDIA NOTE") over a department's line
	// whose State qualifies its institution ("U.S. Department of State,
	// Office of the Spokesperson"): the State's document, whose first
	// person is that State
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res, info := tg.TagDocInfo(Doc{Paras: []Para{
		{Text: "MEDIA NOTE"},
		{Text: "U.S. Department of State, Office of the Spokesperson"},
		{Text: "March 3, 2026"},
		{Text: "Our Goals for the First Session of the Global Mechanism"},
		{Text: "The Russian Federation and China will again call for a treaty, and China will press for its data security initiative. We do not see the need for either."},
		{Text: "The Russian Federation wants the Mechanism to elaborate new rules; China backs the Russian concept; the Russian Federation and China both oppose the accreditation of stakeholders."},
		{Text: "We want the Points of Contact Directory to be tested at regular intervals, and we will keep working with partners to make that happen."},
		{Text: "We will also press for the accreditation of stakeholders to every thematic group."},
	}})
	if info.Kind != "statement" || info.Speaker != "USA" {
		t.Fatalf("info = %+v, want the United States' statement", info)
	}
	if got, want := stanceKeys(res[6].Stances), []string{"poc_directory:favor:USA"}; !slices.Equal(got, want) {
		t.Errorf("stances = %v, want %v", got, want)
	}
}

func TestRound81Readings(t *testing.T) {
	// the rules alone: States that "share our view that"; a passive agent
	// after where and when; declining to take sides; the antecedent of a
	// relative clause whose cue takes the issue as its object; "followed
	// its lead"; an aside of time between a verb and the notion it
	// rejects; a proposal "in the form in which it has been promoted by";
	// "That position" for the position named before
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Japan and Australia share our view that the directory must be tested regularly.", Context{},
			[]string{"poc_directory:favor:AUS,JPN,PRT"}},
		{"The Programme of Action was opposed in the First Committee by Cuba, Syria and Belarus.", analysis,
			[]string{"programme_of_action:against:BLR,CUB,SYR"}},
		{"The committee does not take a side on whether a new treaty is needed.", analysis,
			[]string{"binding_instrument:neutral:"}},
		{"We also thank Singapore, which welcomed the directory.", Context{},
			[]string{"poc_directory:favor:SGP"}},
		{"Japan has dismissed any new treaty out of hand, and Canada has followed its lead.", analysis,
			[]string{"binding_instrument:against:CAN,JPN"}},
		{"Iran rejected, at the last session, the notion that measures should be technology-neutral.", analysis,
			[]string{"tech_neutrality:against:IRN"}},
		{"We cannot support a convention in the form in which it has been promoted by Belarus and Venezuela.", Context{},
			[]string{"binding_instrument:against:PRT", "binding_instrument:favor:BLR,VEN"}},
		{"The African Group presented the Common African Position last year. That position affirms that international humanitarian law applies to ICT operations in armed conflict.", Context{},
			[]string{"ihl_applies:favor:AU"}},
		{"Kenya wants the Mechanism to operationalise the framework of responsible State behaviour.", analysis,
			[]string{"framework_acquis:favor:KEN"}},
	})
}

func TestDepartmentBriefing(t *testing.T) {
	// the State Department's briefing names no State in its masthead: its
	// spokesperson's turns are the United States', the questions no one's
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "Department Press Briefing"},
		{Text: "Jane Arbuckle, Department Spokesperson"},
		{Text: "Washington, DC, May 2, 2026"},
		{Text: "MS ARBUCKLE: Good afternoon. I have nothing at the top today."},
		{Text: "QUESTION: Russia says a new treaty on information security is needed. Your response?"},
		{Text: "MS ARBUCKLE: We don't see a need for a new treaty. The law that exists already applies."},
		{Text: "QUESTION: And on the directory?"},
		{Text: "MS ARBUCKLE: We support the Points of Contact Directory and want it tested regularly."},
	}})
	if got, want := stanceKeys(res[5].Stances), []string{"binding_instrument:against:USA"}; !slices.Equal(got, want) {
		t.Errorf("answer: stances = %v, want %v", got, want)
	}
	if got, want := stanceKeys(res[7].Stances), []string{"poc_directory:favor:USA"}; !slices.Equal(got, want) {
		t.Errorf("second answer: stances = %v, want %v", got, want)
	}
}

func TestRound82Readings(t *testing.T) {
	// the rules alone: a negation that belongs to the verb before "and"; a
	// treaty's new obligations that "would weaken" the Charter, whatever
	// governs them; a network of points of contact; "Its delegation
	// argued" keeps the State for the "It" after it; reports that "could
	// not bind"; "sided with it"; "among them" after a passive's agent
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Brazil and Chile complained that several organisations had not been accredited and called for their full and meaningful participation.", analysis,
			[]string{"multistakeholder:favor:BRA,CHL"}},
		{"Japan warned that negotiating new legal obligations would weaken the Charter.", analysis,
			[]string{"binding_instrument:against:JPN"}},
		{"Canada said the task was to apply the law, not to negotiate new treaty obligations that could weaken the Charter.", analysis,
			[]string{"binding_instrument:against:CAN"}},
		{"We are open to the idea of a network of points of contact for exchanges between capitals.", Context{},
			[]string{"poc_directory:favor:PRT"}},
		{"We heard the Russian Federation on Monday. Its delegation argued that the thematic groups should only exchange views. It went further, proposing a universal convention on international information security.", Context{},
			[]string{"binding_instrument:favor:RUS"}},
		{"The like-minded group argued that reports negotiated by a few experts could not bind the other States.", analysis,
			[]string{"framework_acquis:against:LIKE_MINDED"}},
		{"The directory was supported by a wide range of States, among them China and Ghana.", analysis,
			[]string{"poc_directory:favor:CHN,GHA"}},
		{"Russia rejected the Programme of Action. China sided with it.", analysis,
			[]string{"programme_of_action:against:CHN,RUS"}},
	})
}

func TestSummitLeaders(t *testing.T) {
	// a group's summit document: "The Heads of State or Government
	// reaffirmed ..." is the group's, over a whole sentence of verbs
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "Final Document of the 20th Summit of Heads of State or Government of the Non-Aligned Movement"},
		{Text: "Chapter IV: International Security"},
		{Text: "212. The Heads of State or Government reaffirmed that international law, and in particular the Charter of the United Nations, is applicable to the use of ICTs by States."},
		{Text: "213. The Heads of State or Government welcomed the progress of the working group, recognized its first report as a useful basis, and stressed that the global directory of points of contact should be operationalized without delay."},
	}})
	for i, want := range map[int][]string{2: {"charter_applies:favor:NAM"}, 3: {"poc_directory:favor:NAM"}} {
		if got := stanceKeys(res[i].Stances); !slices.Equal(got, want) {
			t.Errorf("paragraph %d: stances = %v, want %v", i, got, want)
		}
	}
}

func TestRound83Readings(t *testing.T) {
	// the rules alone: "The delegate" for the State named before; a
	// negative quantifier as the subject
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"10:24 – Moscow's core ask has not changed. The delegate argues that the Mechanism should begin work on a legally binding convention.", analysis,
			[]string{"binding_instrument:favor:RUS"}},
		// control: "in the European Union's view" (viewAside, for the
		// models' sake: the rules found the holder before)
		{"In the European Union's view, international humanitarian law applies to cyber operations in armed conflict.", analysis,
			[]string{"ihl_applies:favor:EU"}},
		{"Neither of our Governments will support the launch of treaty negotiations.", Context{},
			[]string{"binding_instrument:against:PRT"}},
		// control: the quantifier's "this" is no subject of the cue
		{"None of this will satisfy the States that reject a new treaty.", analysis,
			[]string{"binding_instrument:against:"}},
	})
}

func TestRound84Readings(t *testing.T) {
	// the rules alone: "we often hear" reports others; a position
	// "deliberately balanced"; organisations kept "at arm's length"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"We often hear that a new treaty is needed to fill gaps in the law. We cannot agree.", Context{},
			[]string{"binding_instrument:favor:", "binding_instrument:against:PRT"}},
		{"On new norms, our position is deliberately balanced.", Context{},
			[]string{"new_norms:neutral:PRT"}},
		{"Some delegations, Russia among them, would prefer to keep non-governmental organisations at arm's length.", analysis,
			[]string{"multistakeholder:against:RUS"}},
	})
}

func TestRound85Readings(t *testing.T) {
	// the rules alone: "no gap in the law to fill" says the law suffices
	// and no treaty is needed
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Canada replied that there was no gap in the law to fill.", analysis,
			[]string{"binding_instrument:against:CAN", "charter_applies:favor:CAN"}},
	})
}

func TestTrackerEntries(t *testing.T) {
	// a positions tracker: "Treaty: opposes." under the heading "European
	// Union" is the Union's; one verdict for two labels ("supports both");
	// "open" takes no side; a heading that names no one, or a verdict that
	// is not one word, reads nothing
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	res := tg.TagDoc(Doc{Paras: []Para{
		{Text: "Where delegations stand: a tracker of positions in the Global Mechanism"},
		{Text: "By the Cyber Policy Lab, updated March 2027"},
		{Section: "European Union", Text: "Treaty: opposes. The Union prefers to clarify how existing law applies."},
		{Section: "European Union", Text: "Stakeholders and the PoC directory: supports both, with accredited organisations in the thematic groups."},
		{Section: "African Union", Text: "Treaty: open. The continent's position keeps the question on the agenda."},
		{Section: "China", Text: "Technology neutrality: rejects the notion, arguing that offensive capabilities must be addressed."},
		{Section: "Our assessment", Text: "Treaty: opposes."},
		{Section: "China", Text: "Treaty: this is where the disagreement runs deepest."},
	}})
	for i, want := range map[int][]string{
		2: {"binding_instrument:against:EU"},
		3: {"multistakeholder:favor:EU", "poc_directory:favor:EU"},
		4: {"binding_instrument:neutral:AU"},
		5: {"tech_neutrality:against:CHN"},
		6: nil,
		7: nil,
	} {
		got := stanceKeys(res[i].Stances)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("paragraph %d: stances = %v, want %v", i, got, want)
		}
	}
}

func TestRound86Readings(t *testing.T) {
	// the rules alone: a proposal "put forward by" its sponsors; "Nor is
	// existing international law enough"; a question "neither excluded nor
	// prejudged"; "only organisations holding ECOSOC status"; rules on
	// "what States do with technology, not which technology"; a treaty
	// that "would add loopholes"; "I'm with them", "So do I"; "backed it"
	// after a sentence that only names a proposal
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"We welcome the concept of a convention put forward by the Russian Federation.", Context{},
			[]string{"binding_instrument:favor:PRT,RUS"}},
		{"Canada opposed the new convention put forward by Russia and backed by Belarus.", analysis,
			[]string{"binding_instrument:against:CAN", "binding_instrument:favor:BLR,RUS"}},
		{"Nor is existing international law enough.", Context{},
			[]string{"charter_applies:against:PRT"}},
		{"The Chair said that the question of a legally binding instrument is neither excluded nor prejudged.", analysis,
			[]string{"binding_instrument:neutral:"}},
		{"Some delegations, the Russian one foremost among them, maintain that only organisations holding ECOSOC status should be admitted.", analysis,
			[]string{"multistakeholder:against:RUS"}},
		{"The rules we agreed govern what States do with technology, not which technology they possess.", Context{},
			[]string{"tech_neutrality:favor:PRT"}},
		{"China argued that the framework should address the development of offensive capabilities themselves.", analysis,
			[]string{"tech_neutrality:against:CHN"}},
		{"Washington and London have argued that such a treaty would add loopholes rather than protection. I'm with them.", analysis,
			[]string{"binding_instrument:against:AUTHOR,GBR,USA"}},
		{"The United States argued that a new treaty would add loopholes. So do I.", analysis,
			[]string{"binding_instrument:against:AUTHOR,USA"}},
		{"A word on the Programme of Action. I backed it from the start, and so did Washington.", analysis,
			[]string{"programme_of_action:favor:AUTHOR,USA"}},
		// controls: "it" with a complement; an unnamed subject; a
		// sentence before that took a position
		{"A word on the directory. Russia wanted it kept to serious incidents.", analysis,
			nil},
		{"The Programme of Action came to a vote. 157 States supported it.", analysis,
			nil},
	})
}

func TestInstitutionResolution(t *testing.T) {
	// "European Parliament" over "European Parliament resolution of ...":
	// the resolution's own clauses are the Union's; without the title
	// that makes it a resolution, the masthead alone decides nothing
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	body := []Para{
		{Text: "The European Parliament,"},
		{Text: "– having regard to the reports of the UN Groups of Governmental Experts,"},
		{Text: "1. Welcomes the establishment of the Global Mechanism; reaffirms that existing international law, including the UN Charter in its entirety, applies in cyberspace;"},
	}
	res := tg.TagDoc(Doc{Paras: append([]Para{
		{Text: "European Parliament"},
		{Text: "TEXTS ADOPTED: European Parliament resolution of 7 May 2026 on EU cyber diplomacy and the Global Mechanism"},
	}, body...)})
	if got, want := stanceKeys(res[4].Stances), []string{"charter_applies:favor:EU"}; !slices.Equal(got, want) {
		t.Errorf("resolution: stances = %v, want %v", got, want)
	}
	res = tg.TagDoc(Doc{Paras: append([]Para{
		{Text: "European Parliament"},
		{Text: "Notes for the plenary debate on EU cyber diplomacy and the Global Mechanism"},
	}, body...)})
	for _, st := range res[4].Stances {
		if slices.Contains(st.Actors, "EU") {
			t.Errorf("no resolution title: stances = %v, want none held by EU", stanceKeys(res[4].Stances))
		}
	}
}

func TestRound87Readings(t *testing.T) {
	// the rules alone: recommendations numbered "First," "Second," and
	// those whose verb opposes ("Resist the temptation to ..."); law that
	// "should not be transposed"; "avoided choosing"; "the suggestion, made
	// by the same delegation, that ..."; "existing law leaves no gaps to be
	// filled"; norms that "do not adequately address" or "already contain
	// everything"; "the French-backed Programme of Action"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Second, resist the temptation to negotiate new norms.", analysis,
			[]string{"new_norms:against:AUTHOR"}},
		{"Resist the temptation to negotiate new norms.", analysis,
			[]string{"new_norms:against:AUTHOR"}},
		{"First, keep the directory lean and technical.", analysis,
			[]string{"poc_directory:favor:AUTHOR"}},
		{"China argues that the law of armed conflict should not be transposed wholesale to cyberspace.", analysis,
			[]string{"ihl_applies:against:CHN"}},
		{"ASEAN avoided choosing between the Programme of Action and a permanent OEWG.", analysis,
			[]string{"programme_of_action:neutral:ASEAN"}},
		{"The Chinese delegation warned against the indiscriminate application of the law of armed conflict. We respect that concern. Nor can we accept the suggestion, made by the same delegation, that the application of international law to cyberspace remains unclear.", Context{},
			[]string{"ihl_applies:against:CHN", "charter_applies:favor:PRT", "charter_applies:against:CHN"}},
		{"We have listened carefully to the United States, which maintains that existing law leaves no gaps to be filled.", Context{},
			[]string{"charter_applies:favor:USA", "binding_instrument:against:USA"}},
		{"These threats are real, and the existing norms do not adequately address them.", Context{},
			[]string{"new_norms:favor:PRT"}},
		{"The representative of the United States told us that the existing norms already contain everything needed.", Context{},
			[]string{"new_norms:against:USA"}},
		{"Cuba voted against the French-backed Programme of Action.", analysis,
			[]string{"programme_of_action:against:CUB", "programme_of_action:favor:FRA"}},
		{"Russia's delegate said the Western-backed idea of a Programme of Action had been laid to rest.", analysis,
			[]string{"programme_of_action:favor:WEST"}},
		// control: "Russian-led" names a group, not a backer
		{"The Russian-led group of like-minded States opposed the Programme of Action.", analysis,
			[]string{"programme_of_action:against:LIKE_MINDED"}},
	})
}

func TestConfirmedMasthead(t *testing.T) {
	// a mission's masthead over "Statement by the delegation of X": X
	// speaks, however often its reply names the State it answers
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	doc := Doc{Paras: []Para{
		{Text: "Permanent Mission of the Democratic People's Republic of Korea to the United Nations"},
		{Text: "Statement by the delegation of the Democratic People's Republic of Korea in exercise of the right of reply"},
		{Text: "Mr. Chairman,"},
		{Text: "My delegation rejects the groundless allegations made this morning by the United States. The United States has no evidence, and the United States knows it."},
		{Text: "The United States also welcomed the Programme of Action. My delegation voted against the resolution on the programme of action last year."},
	}}
	if _, info := tg.TagDocInfo(doc); info.Speaker != "PRK" {
		t.Errorf("speaker = %q, want PRK", info.Speaker)
	}
	res := tg.TagDoc(doc)
	got := stanceKeys(res[4].Stances)
	if !slices.Contains(got, "programme_of_action:against:PRK") || slices.Contains(got, "programme_of_action:against:USA") {
		t.Errorf("stances = %v, want the DPRK's vote against", got)
	}
}

func TestRound88Readings(t *testing.T) {
	// the rules alone: "the initiative, promoted by France and backed by
	// the European Union, to establish ..."; "described the Russian concept
	// as a good basis"; "Its proposals" for the State named before; time
	// "best spent on implementing the eleven norms"; a State "through"
	// which another speaks holds nothing of its own; "nobody disputes
	// that ..."
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"We cannot support the initiative, promoted by France and backed by the European Union, to establish a Programme of Action.", Context{},
			[]string{"programme_of_action:against:PRT", "programme_of_action:favor:EU,FRA"}},
		{"China has described the Russian concept as a good basis for further discussion.", analysis,
			[]string{"binding_instrument:favor:CHN,RUS"}},
		{"Russia's answer was a permanent OEWG of its own design. Its proposals envisaged a body that would negotiate legally binding rules.", analysis,
			[]string{"programme_of_action:against:RUS", "binding_instrument:favor:RUS"}},
		{"The United States, the United Kingdom and the EU argued that the group's time was best spent on implementing the eleven norms.", analysis,
			[]string{"new_norms:against:EU,GBR,USA"}},
		{"Russia, speaking both nationally and through Nicaragua on behalf of a group of like-minded States, repeated that only a new treaty can close the gaps.", analysis,
			[]string{"binding_instrument:favor:LIKE_MINDED,RUS"}},
		{"Every State governs its own networks; nobody disputes that sovereignty applies in cyberspace.", Context{},
			[]string{"charter_applies:favor:PRT"}},
		// control: time better spent on implementation than on a treaty
		// is no position on new norms
		{"Our limited negotiating capacity is better spent on implementation than on a decade of treaty drafting.", Context{},
			nil},
	})
}

func TestRound89Readings(t *testing.T) {
	// the rules alone: a speaker who has answered in the first person
	// takes back the paragraph from the State whose turn it reported; a
	// negation in another clause of a long pattern ("does not invite
	// conflict; it limits") flips nothing; "the laws of war ... would turn
	// it into a new battlefield"; technologies "singled out for
	// restriction"; "the North Koreans"; an attempt "to revive the
	// Programme of Action under another name"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"The Russian Federation has again argued that a convention is needed. We do not share this analysis. International law is fit for purpose.", Context{},
			[]string{"binding_instrument:favor:RUS", "binding_instrument:against:PRT", "charter_applies:favor:PRT"}},
		// control: with no first person between, the report goes on
		{"The Russian Federation has again argued that a convention is needed. Existing norms are insufficient.", Context{},
			[]string{"binding_instrument:favor:RUS", "new_norms:favor:RUS"}},
		{"International humanitarian law does not invite conflict; it limits its effects.", Context{},
			[]string{"ihl_applies:favor:PRT"}},
		{"Humanitarian law doesn't license war, it limits how war is fought.", Context{},
			[]string{"ihl_applies:favor:PRT"}},
		{"China's line is that applying the laws of war to cyberspace would turn it into a new battlefield.", analysis,
			[]string{"ihl_applies:against:CHN"}},
		{"China has argued in the past that particular technologies should be singled out for restriction.", analysis,
			[]string{"tech_neutrality:against:CHN"}},
		{"The North Koreans voted against the Programme of Action resolution in 2022.", analysis,
			[]string{"programme_of_action:against:PRK"}},
		{"Any attempt to revive the Programme of Action under another name will meet our firm opposition.", Context{},
			[]string{"programme_of_action:against:PRT"}},
		// control: a critical marker stays against under an against cue
		{"Russia warned against any attempt to revive the Programme of Action under another name.", analysis,
			[]string{"programme_of_action:against:RUS"}},
	})
}

func TestRound90Readings(t *testing.T) {
	// the rules alone: a negation before a colon is not the claim's after
	// it; "I hear calls for" reports others; "would not hear of it",
	// "find neither argument credible" answer the sentence before; "share
	// that principle" takes it up; "touted by" and ", as proposed by" name
	// sponsors, who do not hold the criticism of their own proposal
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"The American line has not moved: existing international law applies.", analysis,
			[]string{"charter_applies:favor:USA"}},
		{"The American line has not moved: no new treaty is needed.", analysis,
			[]string{"binding_instrument:against:USA"}},
		{"I hear calls for a new set of AI-specific rules of State behaviour, and I am not persuaded.", analysis,
			[]string{"new_norms:favor:", "new_norms:against:AUTHOR"}},
		{"Britain argued for a transparent accreditation procedure. Russia and China would not hear of it.", analysis,
			[]string{"multistakeholder:favor:GBR", "multistakeholder:against:CHN,RUS"}},
		{"Russia called for a treaty. We find neither argument credible.", analysis,
			[]string{"binding_instrument:favor:RUS", "binding_instrument:against:AUTHOR"}},
		{"China supports cyber sovereignty. We fully share that principle.", analysis,
			[]string{"cyber_sovereignty:favor:AUTHOR,CHN"}},
		{"China places particular emphasis on the points of contact directory.", analysis,
			[]string{"poc_directory:favor:CHN"}},
		{"The \"Programme of Action\" touted by France is a parallel platform designed to replace the OEWG.", analysis,
			[]string{"programme_of_action:favor:FRA"}},
		{"The DPRK supports a universal, legally binding convention on ensuring international information security under the auspices of the UN, as proposed by Russia.", analysis,
			[]string{"binding_instrument:favor:PRK,RUS"}},
		// control: a negation after the colon still counts
		{"The American line is clear: no new treaty is needed.", analysis,
			[]string{"binding_instrument:against:USA"}},
	})
}

func TestOwnHeading(t *testing.T) {
	// a paragraph that is its own section's heading takes no position;
	// the paragraphs under it do
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	const h = "International law applies - all of it"
	doc := Doc{Kind: "statement", Speaker: "USA", Paras: []Para{
		{Text: "Mr. Chair,"},
		{Text: h, Section: h},
		{Text: "The United States will not support the negotiation of a new treaty.", Section: h},
	}}
	res := tg.TagDoc(doc)
	if len(res[1].Stances) != 0 {
		t.Errorf("heading stances = %v, want none", stanceKeys(res[1].Stances))
	}
	if got := stanceKeys(res[2].Stances); !slices.Contains(got, "binding_instrument:against:USA") {
		t.Errorf("stances = %v, want the United States against a treaty", got)
	}
}

func TestRound91Readings(t *testing.T) {
	// the rules alone: "our American colleagues" speak for themselves; a
	// negated criticism set off by commas ("strengthen, not erode,")
	// leaves the hit standing; a scornful label on what others endorse
	// is the speaker's
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Our American colleagues reply that no convention is needed.", Context{},
			[]string{"binding_instrument:against:USA"}},
		{"Capacity-building must strengthen, not erode, the sovereignty of States in the information space.", Context{},
			[]string{"cyber_sovereignty:favor:PRT"}},
		{"Programmes financed by the United States are conditional on endorsing the so-called 'framework of responsible State behaviour'.", Context{},
			[]string{"framework_acquis:against:PRT", "framework_acquis:favor:USA"}},
		// controls: "our partners" are the speaker's own; a negation set
		// off by commas that is not a criticism still turns the hit; a
		// label inside what others argue is theirs
		{"Our partners support the directory.", Context{},
			[]string{"poc_directory:favor:PRT"}},
		{"The Programme of Action was conceived as a way to end, not multiply, parallel tracks.", Context{},
			[]string{"programme_of_action:favor:PRT"}},
		{"Moscow's diplomats argue that the so-called framework cannot substitute for a universal treaty.", analysis,
			[]string{"framework_acquis:against:RUS", "binding_instrument:favor:RUS"}},
	})
}

func TestWriterTagline(t *testing.T) {
	// an op-ed whose closing line names its writer's office speaks for
	// that State; a former official writes for no one but the author
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	paras := func(tagline string) []Para {
		return []Para{
			{Text: "Opinion | Cyber security"},
			{Text: "The rules of cyberspace are worth defending"},
			{Text: "By the Foreign Secretary | Monday 2 March 2026"},
			{Text: "We will resist every attempt to negotiate a new treaty. I want stakeholders inside the thematic groups."},
			{Text: "Some delegations argue otherwise. We do not agree with them, and we will say so."},
			{Text: tagline},
		}
	}
	for _, c := range []struct {
		tagline, want string
	}{
		{"The writer is the UK's Secretary of State for Foreign, Commonwealth and Development Affairs.", "GBR"},
		{"The writer is a former UK ambassador for cyber affairs.", ""},
	} {
		_, info := tg.TagDocInfo(Doc{Paras: paras(c.tagline)})
		if info.Speaker != c.want {
			t.Errorf("%q: speaker = %q (%s), want %q", c.tagline, info.Speaker, info.Kind, c.want)
		}
	}
}

func TestGroupPreamble(t *testing.T) {
	// a group's declaration: "THE MEMBER STATES OF THE ORGANIZATION OF
	// AMERICAN STATES (OAS), meeting at ...," over preambular paragraphs
	// speaks for the group throughout
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	doc := Doc{Paras: []Para{
		{Text: "ORGANIZATION OF AMERICAN STATES"},
		{Text: "DECLARATION ON RESPONSIBLE STATE BEHAVIOUR IN CYBERSPACE"},
		{Text: "THE MEMBER STATES OF THE ORGANIZATION OF AMERICAN STATES (OAS), meeting at the Twenty-Fifth Regular Session of the Committee,"},
		{Text: "RECALLING the resolutions by which the Committee established its working group;"},
		{Text: "CONVINCED that existing international law, in particular the Charter of the United Nations, is applicable to the conduct of States in cyberspace;"},
		{Text: "DECLARE:"},
		{Text: "1. That the priority lies in putting the agreed norms into practice rather than in drafting new ones."},
	}}
	_, info := tg.TagDocInfo(doc)
	if info.Speaker != "OAS" {
		t.Errorf("speaker = %q (%s), want OAS", info.Speaker, info.Kind)
	}
	res := tg.TagDoc(doc)
	if got := stanceKeys(res[4].Stances); !slices.Contains(got, "charter_applies:favor:OAS") {
		t.Errorf("preambular stances = %v, want the OAS's", got)
	}
}

func TestRound92Readings(t *testing.T) {
	// the rules alone: calls "led by" a State are its own; the law whose
	// application "stays unclear", or that is "clear enough"; "the idea
	// that technology is neutral"; "not convinced by the conclusion"
	// answers the sentence before; "the loudest voice for"
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Washington has accordingly resisted calls, led by China, for a dedicated set of AI norms.", analysis,
			[]string{"new_norms:against:USA", "new_norms:favor:CHN"}},
		{"Moscow and Beijing say its application stays unclear until there is a common understanding.", analysis,
			[]string{"charter_applies:against:CHN,RUS"}},
		{"Russian and Chinese officials have claimed that the way existing law applies to ICTs remains unclear.", analysis,
			[]string{"charter_applies:against:CHN,RUS"}},
		{"The British and the Americans think the law is clear enough to act on.", analysis,
			[]string{"charter_applies:favor:GBR,USA"}},
		{"Beijing has long rejected the idea that technology is neutral. We are not convinced by the conclusion.", analysis,
			[]string{"tech_neutrality:against:CHN", "tech_neutrality:favor:AUTHOR"}},
		{"London has long been the loudest voice for stakeholder participation.", analysis,
			[]string{"multistakeholder:favor:GBR"}},
		// control: a dedicated track is not a set of norms
		{"Russia and China want the groups to mirror the whole agenda, including a dedicated track for new norms.", analysis,
			[]string{"new_norms:favor:CHN,RUS"}},
	})
}

func TestRound93Readings(t *testing.T) {
	// the rules alone: "not to declare existing law inadequate"; "rather
	// than choosing between them" after a comma; "Nor does X accept the
	// argument that ..."; "would risk turning it into a theatre of war, a
	// concern Russia has echoed"; "unable to accept" is negated
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"The answer is to deepen common understandings, not to declare existing law inadequate.", analysis,
			[]string{"charter_applies:favor:"}},
		{"It should draw on the outcomes of this Working Group and on the elements of the Programme of Action proposal alike, rather than choosing between them.", Context{},
			[]string{"programme_of_action:neutral:PRT"}},
		{"Nor does the United Kingdom accept the argument that existing international law is insufficient.", Context{},
			[]string{"charter_applies:favor:GBR"}},
		{"China, by contrast, has warned that a wholesale transfer of the law of armed conflict to cyberspace would risk turning it into a theatre of war, a concern Russia has echoed.", analysis,
			[]string{"ihl_applies:against:CHN,RUS"}},
		{"We are unable to accept paragraphs that present the applicability of international humanitarian law as settled.", Context{},
			[]string{"ihl_applies:against:PRT"}},
		// controls: a negation before a colon does not reach the claim
		// after it; "Nor is it ..." negates no verb of the sentence
		{"Nor do we see merit in proposals to restrict particular technologies: the norms are deliberately technology-neutral.", Context{},
			[]string{"tech_neutrality:favor:PRT"}},
		{"Nor is it a coincidence that the governments promoting the treaty voted against the Programme of Action.", analysis,
			[]string{"programme_of_action:against:"}},
	})
}

func TestTestimonyHeading(t *testing.T) {
	// a hearing: the section under a witness's statement from a State's
	// executive office is that State's; a legislator's speaks for no State
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	const senator = "OPENING STATEMENT OF HON. MARGARET HALE, U.S. SENATOR FROM COLORADO, CHAIR"
	const witness = "STATEMENT OF DANIEL R. WHITCOMBE, ACTING ASSISTANT SECRETARY, BUREAU OF CYBERSPACE AND DIGITAL POLICY, U.S. DEPARTMENT OF STATE"
	doc := Doc{Paras: []Para{
		{Text: "CYBER DIPLOMACY AFTER THE OPEN-ENDED WORKING GROUP"},
		{Text: "HEARING BEFORE THE SUBCOMMITTEE ON EUROPE AND REGIONAL SECURITY COOPERATION"},
		{Text: senator, Section: senator},
		{Text: "I want to push back on the idea that we should negotiate a new treaty. We should build on the framework.", Section: senator},
		{Text: witness, Section: witness},
		{Text: "Our approach starts from a simple premise: we see no need for a new treaty.", Section: witness},
	}}
	res := tg.TagDoc(doc)
	if got := stanceKeys(res[5].Stances); !slices.Contains(got, "binding_instrument:against:USA") {
		t.Errorf("witness stances = %v, want the United States against a treaty", got)
	}
	if got := stanceKeys(res[3].Stances); slices.ContainsFunc(got, func(k string) bool { return strings.HasSuffix(k, ":USA") }) {
		t.Errorf("senator stances = %v, want none of the United States", got)
	}
}

func TestRound94Readings(t *testing.T) {
	// the rules alone: "little enthusiasm for", "no enthusiasm for" are
	// against
	tg := withoutModels(t, "stancemodel.tsv", "valuemodel.tsv", "holdermodel.tsv")
	analysis := Context{DocKind: "analysis"}
	checkReadings(t, tg, []reading{
		{"Beijing has shown no enthusiasm for a Programme of Action.", analysis,
			[]string{"programme_of_action:against:CHN"}},
		{"Moscow showed little enthusiasm for the points of contact directory at first.", analysis,
			[]string{"poc_directory:against:RUS"}},
	})
}
