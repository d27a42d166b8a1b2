// Package classify tags paragraphs of text with the topics of the UN cyber
// negotiations (the OEWG mandate's pillars), the stances actors take on the
// contested issues, and the actors named.
//
// It reads text, never files or records: callers pass the text of a
// paragraph and a little context about its document. The taxonomy,
// lexicons, cue phrases and actor gazetteer are data files embedded in the
// binary and overridable from a directory.
package classify

// TopicScore is one topic label with a score in [0, 1].
type TopicScore struct {
	Label string  `json:"label"`
	Score float64 `json:"score"`
}

// Stance is a position held by actors on one contested issue.
type Stance struct {
	Issue  string   `json:"issue"`  // one of the issues of the taxonomy, e.g. "binding_instrument"
	Value  string   `json:"value"`  // "favor", "against" or "neutral"
	Actors []string `json:"actors"` // ISO alpha-3 / group codes / AUTHOR; may be empty
	Cue    string   `json:"cue"`    // exact substring of the text that carries the position
}

// Context is what the tagger may know about a paragraph beyond its text.
type Context struct {
	DocKind  string // report, statement, analysis, news, declaration, resolution, ...
	Speaker  string // code of the speaking delegation of a statement, or ""
	Section  string // the heading the paragraph sits under
	Kind     string // paragraph, heading, list_item, footnote
	Previous string // text of the previous paragraph in the same document, or ""
}

// Result holds the tags of one paragraph.
type Result struct {
	Topic   string       `json:"topic"`
	Topics  []TopicScore `json:"topics"`
	Stances []Stance     `json:"stances"`
	Actors  []string     `json:"actors"`
}
