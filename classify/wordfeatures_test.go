package classify

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestWordTable checks the vocabulary's table against a map: words of
// every length around the slot's 8 and 16 bytes (the packed halves
// overlap), words that share their first and last bytes, the long words
// kept apart, overwrites and growth.
func TestWordTable(t *testing.T) {
	words := []string{
		"", "a", "b", "ab", "ba", "law", "laws", "abcdefg", "abcdefgh", "abcdefghi",
		"abcdefghXabcdefgh", "abcdefghabcdefgh", "abcdefgabcdefgh", "abcdefghbcdefgh",
		"abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopqr", "zzzzzzzzzzzzzzzz",
		"cyber", "cybersecurity", "internationalisation", "état", "états", "2030", "1",
	}
	for i := range 300 { // past several doublings
		words = append(words, strings.Repeat("x", i%20+1)+string(rune('a'+i%26))+strings.Repeat("y", i/26))
	}
	var wt wordTable
	want := map[string]vocabIDs{}
	for i, w := range words {
		ids := vocabIDs{word: int32(i + 1), form: int32(len(w))}
		wt.set(w, ids)
		want[w] = ids
	}
	wt.set("law", vocabIDs{word: 7, form: 9}) // overwrite
	want["law"] = vocabIDs{word: 7, form: 9}
	if wt.len() != len(want) {
		t.Errorf("len %d, want %d", wt.len(), len(want))
	}
	for w, ids := range want {
		if got, ok := wt.get(w); !ok || got != ids {
			t.Errorf("get(%q) = %v, %v, want %v", w, got, ok, ids)
		}
	}
	for _, w := range []string{"c", "lawss", "abcdefghi!", "abcdefghXabcdefgi", "abcdefghijklmnopqrs", "zzzzzzzzzzzzzzz", "etat"} {
		if got, ok := wt.get(w); ok {
			t.Errorf("absent %q found: %v", w, got)
		}
	}
	seen := 0
	wt.each(func(w string, ids vocabIDs) {
		seen++
		if want[w] != ids {
			t.Errorf("each: %q -> %v, want %v", w, ids, want[w])
		}
	})
	if seen != len(want) {
		t.Errorf("each saw %d words, want %d", seen, len(want))
	}
	var empty wordTable
	if _, ok := empty.get("law"); ok {
		t.Error("found a word in an empty table")
	}
}

// TestWordFeatures checks the rows a small topic and stance model give
// word forms and pairs, and the form ids the vocabulary gives tokens.
func TestWordFeatures(t *testing.T) {
	tm := (&topicModel{w: map[string][nTopics]float64{
		"@bias": {1}, "w:law": {2}, "w:state": {3}, "s:law": {4}, "s:the": {5},
		"b:law_state": {6}, "b:of_the": {7}, "b:the_law": {8}, "b:a_b_c": {9}, "w:#": {10},
	}}).index()
	sm := (&stanceModel{w: map[string][nStanceOut]float64{
		"@bias": {1}, "w:law": {2}, "p:treaty": {3}, "p:of": {4}, "b:law_state": {5}, "b:treaty_law": {6},
	}}).index()
	wf := newWordFeatures(tm, sm)
	row := func(idx *hashIndex[int32], name string) int32 {
		r, ok := idx.get(keyHash([]byte(name)))
		if !ok {
			return rowAbsent
		}
		return r
	}
	for _, c := range []struct {
		form string
		want formRows
	}{
		{"law", formRows{topic: row(tm.idx, "w:law"), section: row(tm.idx, "s:law"), stance: row(sm.idx, "w:law"), prev: rowAbsent}},
		{"state", formRows{topic: row(tm.idx, "w:state"), section: rowAbsent, stance: rowAbsent, prev: rowAbsent}},
		{"treaty", formRows{topic: rowAbsent, section: rowAbsent, stance: rowAbsent, prev: row(sm.idx, "p:treaty")}},
		{"the", noRows}, // "s:the" is never emitted: a function word
		{"of", noRows},  // nor "p:of"
		{"#", formRows{topic: row(tm.idx, "w:#"), section: rowAbsent, stance: rowAbsent, prev: rowAbsent}},
		{"unknown", noRows},
	} {
		if got := wf.rows[wf.forms[c.form]]; got != c.want {
			t.Errorf("rows of %q = %+v, want %+v", c.form, got, c.want)
		}
	}
	for _, c := range []struct {
		v, w string
		want jointRow
		ok   bool
	}{
		{"law", "state", jointRow{topic: row(tm.idx, "b:law_state"), stance: row(sm.idx, "b:law_state")}, true},
		{"the", "law", jointRow{topic: row(tm.idx, "b:the_law"), stance: rowAbsent}, true},
		{"treaty", "law", jointRow{topic: rowAbsent, stance: row(sm.idx, "b:treaty_law")}, true},
		{"of", "the", jointRow{}, false}, // two function words: never emitted
		{"state", "law", jointRow{}, false},
	} {
		got, ok := wf.pairs.get(pairKey(wf.forms[c.v], wf.forms[c.w]))
		if ok != c.ok || ok && got != c.want {
			t.Errorf("pair %s_%s = %+v, %v, want %+v, %v", c.v, c.w, got, ok, c.want, c.ok)
		}
	}
	if _, ok := wf.forms["b_c"]; ok {
		t.Error(`"b:a_b_c" gave a form "b_c"`)
	}

	v := newVocab()
	v.add("2030") // a word of the tries, all digits
	v.add("class")
	v = v.withForms(wf)
	toks := tokenize("Laws of the State, 2030 and 17 states; Treaty class LAW unknowns", nil)
	v.intern(toks)
	for _, tk := range toks {
		if want := wf.forms[wordForm(tk.low)]; tk.form != want {
			t.Errorf("%q: form id %d, want %d (%q)", tk.low, tk.form, want, wordForm(tk.low))
		}
		if want := int32(0); (tk.low == "2030" || tk.low == "class") == (tk.word == want) {
			t.Errorf("%q: word id %d", tk.low, tk.word)
		}
	}
	if v.withForms(nil).digits != 0 {
		t.Error("no forms, yet a form for digits")
	}
}

// Tagging scores a sentence through wordFeatures; training through the
// feature names. Both must give the same scores.
func TestStanceScoringPathsAgree(t *testing.T) {
	tg := tagger(t)
	if tg.stance == nil {
		t.Skip("no stance model shipped")
	}
	texts := []string{
		"Russia and Iran called for a legally binding convention. Others disagreed, saying existing law suffices; the norms apply.",
		"Does the Charter suffice? Russia says no.",
		"",
	}
	for _, g := range readLabelledFile(t, filepath.Join("testdata", "train", "pillars.jsonl")) {
		texts = append(texts, g.Text)
	}
	m := tg.stance
	for _, s := range texts {
		p := tg.analyse(s)
		for _, sr := range p.sentences() {
			fast := m.scores(p, sr[0], sr[1], tg.feats)
			var z [nStanceOut]float64
			seen := map[string]bool{}
			eachStanceFeature(p, sr[0], sr[1], func(a, b, c, d string) {
				name := a + b + c + d
				w, ok := m.w[name]
				if !ok || seen[name] {
					return
				}
				seen[name] = true
				for k := range z {
					z[k] += w[k]
				}
			})
			for k := range z {
				z[k] = sigmoid(z[k])
			}
			if fast != z {
				t.Fatalf("%q [%d,%d): wordFeatures %v, names %v", s, sr[0], sr[1], fast, z)
			}
		}
	}
}
