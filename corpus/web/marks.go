package web

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/normscope/normscope/classify"
)

// markSpan is a piece of a paragraph's text; Mark is set on the cue of a
// stance, and Title then names the stance(s) it carries.
type markSpan struct {
	Text  string
	Mark  bool
	Title string
}

// markCues splits text into spans with each stance's cue marked (its first
// occurrence; exact, else case-insensitive). Overlapping cues merge into
// one mark whose title names all their stances.
func markCues(text string, stances []classify.Stance) []markSpan {
	type iv struct {
		a, b  int
		title string
	}
	var ivs []iv
	lower := strings.ToLower(text)
	for _, st := range stances {
		cue := strings.TrimSpace(st.Cue)
		if cue == "" {
			continue
		}
		i := strings.Index(text, cue)
		if i < 0 && len(lower) == len(text) {
			lc := strings.ToLower(cue)
			if len(lc) == len(cue) {
				i = strings.Index(lower, lc)
			}
		}
		if i < 0 || !utf8.RuneStart(text[i]) || (i+len(cue) < len(text) && !utf8.RuneStart(text[i+len(cue)])) {
			continue
		}
		title := st.Issue + ": " + st.Value
		if len(st.Actors) > 0 {
			title += " (" + strings.Join(st.Actors, ", ") + ")"
		}
		ivs = append(ivs, iv{i, i + len(cue), title})
	}
	if len(ivs) == 0 {
		return []markSpan{{Text: text}}
	}
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].a < ivs[j].a })
	merged := []iv{ivs[0]}
	for _, x := range ivs[1:] {
		last := &merged[len(merged)-1]
		if x.a < last.b {
			last.b = max(last.b, x.b)
			if !strings.Contains(last.title, x.title) {
				last.title += "; " + x.title
			}
			continue
		}
		merged = append(merged, x)
	}
	var out []markSpan
	pos := 0
	for _, x := range merged {
		if x.a > pos {
			out = append(out, markSpan{Text: text[pos:x.a]})
		}
		out = append(out, markSpan{Text: text[x.a:x.b], Mark: true, Title: x.title})
		pos = x.b
	}
	if pos < len(text) {
		out = append(out, markSpan{Text: text[pos:]})
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }
