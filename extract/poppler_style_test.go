package extract

import "testing"

// Poppler words take the weight and slant of the Go reader's words they
// overlap on the same baseline; words without a counterpart stay plain.
func TestTransferStyles(t *testing.T) {
	ref := []word{
		{Text: "Scope:", X0: 72, X1: 100, Base: 100, Size: 10, Bold: true},
		{Text: "the", X0: 103, X1: 118, Base: 100, Size: 10},
		{Text: "group", X0: 121, X1: 146, Base: 100, Size: 10, Italic: true},
		{Text: "Annex", X0: 72, X1: 100, Base: 130, Size: 10, Bold: true},
	}
	ws := []word{
		{Text: "Scope:", X0: 72.2, X1: 99.5, Base: 100.4, Size: 12},
		{Text: "the", X0: 103.1, X1: 118.2, Base: 100.4, Size: 12},
		{Text: "group", X0: 121, X1: 146, Base: 100.4, Size: 12},
		{Text: "Annex", X0: 300, X1: 330, Base: 130, Size: 12}, // no counterpart at this x
	}
	if !transferStyles(ws, ref) {
		t.Fatal("transferStyles reported no match")
	}
	want := []struct{ bold, italic bool }{{true, false}, {false, false}, {false, true}, {false, false}}
	for i, w := range ws {
		if w.Bold != want[i].bold || w.Italic != want[i].italic {
			t.Errorf("%q: bold %v italic %v, want %v %v", w.Text, w.Bold, w.Italic, want[i].bold, want[i].italic)
		}
	}
	if transferStyles(ws[3:], ref[:3]) {
		t.Error("a page with no matching words reported a match")
	}
	// A reading shifted by a different origin: most words miss, and the
	// one that hits by chance is left alone too.
	shifted := []word{
		{Text: "Scope:", X0: 72, X1: 100, Base: 100, Size: 12},
		{Text: "the", X0: 103, X1: 118, Base: 40, Size: 12},
		{Text: "group", X0: 121, X1: 146, Base: 40, Size: 12},
	}
	if transferStyles(shifted, ref) || shifted[0].Bold {
		t.Errorf("shifted reading: styles set (%+v)", shifted[0])
	}
}
