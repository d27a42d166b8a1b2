package classify

import (
	"fmt"
	"os"
	"testing"
)

func TestAdhoc(t *testing.T) {
	if os.Getenv("NORMSCOPE_DEBUG") == "" {
		t.Skip()
	}
	tg := tagger(t)
	st := Context{DocKind: "statement", Speaker: "GBR"}
	for _, c := range []struct {
		s string
		c Context
	}{
		{"We do not see the need for a new legally binding instrument.", st},
		{"The United Kingdom believes that existing international law is fit for purpose.", st},
		{"We support the establishment of a Programme of Action as a permanent, inclusive and action-oriented mechanism.", st},
		{"My delegation cannot accept any attempt to replace the OEWG with a Programme of Action.", Context{DocKind: "statement", Speaker: "RUS"}},
		{"We believe the OEWG should remain the single, permanent negotiating mechanism under the auspices of the UN.", Context{DocKind: "statement", Speaker: "RUS"}},
		{"Russia has long argued that a universal convention on international information security is needed.", Context{}},
		{"China opposes the militarization of cyberspace and cautions against the indiscriminate application of the law of armed conflict.", Context{}},
		{"Iran and Cuba dissociated themselves from the paragraph on international humanitarian law.", Context{}},
		{"The EU and its member states support meaningful participation of stakeholders in the Global Mechanism.", Context{}},
		{"We welcome the operationalisation of the global Points of Contact directory.", Context{DocKind: "statement", Speaker: "SGP"}},
		{"Measures should be technology-neutral and address the malicious use of ICTs rather than the technologies themselves.", st},
		{"Several delegations, including Egypt and Pakistan, called for new binding norms.", Context{}},
		{"The United States and its allies rejected the Russian proposal for a convention.", Context{}},
		{"We reiterate that the 11 voluntary norms must be implemented before new norms are considered.", st},
		{"Brazil stressed that the agreed framework of responsible State behaviour is the foundation for further work.", Context{}},
		{"According to India, capacity-building should be demand-driven.", Context{}},
	} {
		r := tg.Tag(c.s, c.c)
		fmt.Printf("%-22s %v | %s\n", r.Topic, r.Stances, c.s)
	}
}
