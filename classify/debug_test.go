package classify

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugEvidence prints the topic evidence of every mis-tagged labelled
// paragraph; it runs only with NORMSCOPE_DEBUG=1 (a tuning aid, not a test).
func TestDebugEvidence(t *testing.T) {
	if os.Getenv("NORMSCOPE_DEBUG") == "" {
		t.Skip("set NORMSCOPE_DEBUG=1 to print evidence")
	}
	gold := readDevGold(t)
	tg, err := New("")
	if err != nil {
		t.Fatal(err)
	}
	pred := TagGold(tg, gold)
	for i, g := range gold {
		if pred[i].Topic == g.Topic {
			continue
		}
		p := tg.analyse(g.Text)
		ev := tg.evidenceOf(p)
		fmt.Printf("%s %s G=%s P=%s own=", g.Doc[:10], g.Seq, g.Topic, pred[i].Topic)
		for k, e := range ev {
			if e != 0 {
				fmt.Printf("%s:%.1f ", Topics[k][:4], e)
			}
		}
		fmt.Printf("| %.110s\n", g.Text)
	}
}
