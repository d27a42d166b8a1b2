package corpus

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ErrBadQuery is wrapped by every error about a malformed search query or
// filter value. The CLI exits with status 2 on it.
var ErrBadQuery = errors.New("bad query")

func badQuery(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadQuery, fmt.Sprintf(format, args...))
}

// Query is a search request: full-text words plus filters. Filters AND
// across fields and OR within a field; every value is bound as an SQL
// parameter.
type Query struct {
	Text    string   // user query syntax, see ParseQuery; "" lists paragraphs in document order
	Topics  []string // best topic label of the paragraph
	Stances []string // "issue:value" or "issue" (any value)
	Actors  []string // actor codes (any actor named in the paragraph)
	From    string   // YYYY, YYYY-MM or YYYY-MM-DD, inclusive, on the document date
	To      string   // YYYY, YYYY-MM or YYYY-MM-DD, inclusive, on the document date
	Kinds   []string // document kind (report, statement, ...)
	Symbol  string   // document symbol, e.g. A/75/816 (exact, case-insensitive)
	DocID   string   // one document
	Limit   int      // hits per page; 0 means 20, capped at 1000
	Offset  int      // hits to skip
	Facets  bool     // compute facet counts over all matches
	KWIC    int      // context characters on each side for keyword-in-context lines; 0 = off
	// ExactTotal asks for an exact Total even for very common terms; by
	// default counting stops at CountCap matches and TotalCapped is set.
	ExactTotal bool
}

// CountCap is where Search stops counting matches unless Query.ExactTotal.
const CountCap = 10000

// PhraseCountCap is where Search stops counting the matches of a phrase of
// frequent words (checking word positions is what costs) unless
// Query.ExactTotal.
const PhraseCountCap = 1000

// TextQuery is a parsed full-text query.
type TextQuery struct {
	// Match is the FTS5 MATCH expression: every token quoted, operators
	// upper case. Safe to bind as a parameter.
	Match string
	// Terms lists the positive words and phrases (prefix terms end in
	// "*"), for highlighting by callers that do not use Search.
	Terms []string
	root  *node
}

// node is a parsed query expression.
type node struct {
	op       string // "term", "and", "or"
	text     string // term or phrase text
	phrase   bool
	prefix   bool
	negated  bool
	children []*node
}

type qtoken struct {
	kind   string // word, phrase, lparen, rparen, and, or, not, minus
	text   string
	pos    int
	prefix bool // phrase followed by *
}

var columnSyntax = regexp.MustCompile(`^[\p{L}_][\p{L}\p{N}_]*:`)

func lexQuery(q string) ([]qtoken, error) {
	var toks []qtoken
	i := 0
	for i < len(q) {
		r, size := utf8.DecodeRuneInString(q[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return nil, badQuery("invalid UTF-8 at byte %d", i)
		case unicode.IsSpace(r):
			i += size
		case r == '(':
			toks = append(toks, qtoken{kind: "lparen", pos: i})
			i++
		case r == ')':
			toks = append(toks, qtoken{kind: "rparen", pos: i})
			i++
		case r == '"' || r == '\u201c' || r == '\u201d':
			start := i
			i += size
			end := -1
			for j := i; j < len(q); {
				r2, s2 := utf8.DecodeRuneInString(q[j:])
				if r2 == '"' || r2 == '\u201c' || r2 == '\u201d' {
					end = j
					i = j + s2
					break
				}
				j += s2
			}
			if end < 0 {
				return nil, badQuery("unbalanced quote at position %d", start)
			}
			phrase := q[start+size : end]
			prefix := false
			if strings.HasPrefix(q[i:], "*") {
				prefix = true
				i++
			}
			toks = append(toks, qtoken{kind: "phrase", text: phrase, pos: start, prefix: prefix})
		case r == '-' && i+1 < len(q) && isWordStart(q[i+1:]) && (i == 0 || boundary(q[:i])):
			toks = append(toks, qtoken{kind: "minus", pos: i})
			i++
		default:
			start := i
			for i < len(q) {
				r2, s2 := utf8.DecodeRuneInString(q[i:])
				if unicode.IsSpace(r2) || r2 == '(' || r2 == ')' || r2 == '"' || r2 == '\u201c' || r2 == '\u201d' {
					break
				}
				i += s2
			}
			w := q[start:i]
			switch w {
			case "AND", "&&":
				toks = append(toks, qtoken{kind: "and", pos: start})
			case "OR", "||":
				toks = append(toks, qtoken{kind: "or", pos: start})
			case "NOT":
				toks = append(toks, qtoken{kind: "not", pos: start})
			case "NEAR":
				return nil, badQuery("NEAR is not supported; use a \"phrase\" instead")
			default:
				if columnSyntax.MatchString(w) {
					return nil, badQuery("%q: column filters are not supported; use the topic, stance, actor and date filters", w)
				}
				toks = append(toks, qtoken{kind: "word", text: w, pos: start})
			}
		}
	}
	return toks, nil
}

func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '"' || r == '(' || r == '\u201c'
}

func boundary(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsSpace(r) || r == '('
}

// hasWordChars reports whether s holds a letter or digit (anything the
// FTS5 tokenizer keeps).
func hasWordChars(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

type qparser struct {
	toks []qtoken
	i    int
}

func (p *qparser) peek() *qtoken {
	if p.i < len(p.toks) {
		return &p.toks[p.i]
	}
	return nil
}

func (p *qparser) parseOr() (*node, error) {
	left, err := p.parseAnd()
	if err != nil {
		return nil, err
	}
	kids := []*node{left}
	for t := p.peek(); t != nil && t.kind == "or"; t = p.peek() {
		p.i++
		right, err := p.parseAnd()
		if err != nil {
			return nil, err
		}
		kids = append(kids, right)
	}
	if len(kids) == 1 {
		return left, nil
	}
	return &node{op: "or", children: kids}, nil
}

func (p *qparser) parseAnd() (*node, error) {
	var kids []*node
	for {
		t := p.peek()
		if t == nil || t.kind == "rparen" || t.kind == "or" {
			break
		}
		if t.kind == "and" {
			if len(kids) == 0 {
				return nil, badQuery("AND at position %d has nothing on its left", t.pos)
			}
			p.i++
			n := p.peek()
			if n == nil || n.kind == "rparen" || n.kind == "or" || n.kind == "and" {
				return nil, badQuery("AND at position %d has nothing on its right", t.pos)
			}
			continue
		}
		u, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		if u != nil {
			kids = append(kids, u)
		}
	}
	if len(kids) == 0 {
		if t := p.peek(); t != nil && t.kind == "or" {
			return nil, badQuery("OR at position %d has nothing on its left", t.pos)
		}
		if p.i > 0 && p.toks[p.i-1].kind == "or" {
			return nil, badQuery("OR at position %d has nothing on its right", p.toks[p.i-1].pos)
		}
		return nil, badQuery("empty expression")
	}
	pos := 0
	for _, k := range kids {
		if !k.negated {
			pos++
		}
	}
	if pos == 0 {
		return nil, badQuery("a query (or group) cannot consist only of excluded terms; add a word to search for")
	}
	if len(kids) == 1 {
		return kids[0], nil
	}
	return &node{op: "and", children: kids}, nil
}

// parseUnary returns nil for a token that holds nothing searchable (such
// as a lone punctuation mark).
func (p *qparser) parseUnary() (*node, error) {
	t := p.peek()
	if t.kind == "not" || t.kind == "minus" {
		p.i++
		n := p.peek()
		if n == nil || n.kind == "rparen" || n.kind == "or" || n.kind == "and" || n.kind == "not" || n.kind == "minus" {
			return nil, badQuery("NOT at position %d is not followed by a term", t.pos)
		}
		u, err := p.parsePrimary()
		if err != nil {
			return nil, err
		}
		if u == nil {
			return nil, badQuery("NOT at position %d is not followed by a searchable term", t.pos)
		}
		u.negated = true
		return u, nil
	}
	return p.parsePrimary()
}

func (p *qparser) parsePrimary() (*node, error) {
	t := p.peek()
	p.i++
	switch t.kind {
	case "lparen":
		inner, err := p.parseOr()
		if err != nil {
			return nil, err
		}
		c := p.peek()
		if c == nil || c.kind != "rparen" {
			return nil, badQuery("unbalanced parenthesis at position %d", t.pos)
		}
		p.i++
		return inner, nil
	case "rparen":
		return nil, badQuery("unexpected ) at position %d", t.pos)
	case "word":
		w := t.text
		prefix := false
		if strings.HasSuffix(w, "*") {
			w = strings.TrimSuffix(w, "*")
			prefix = true
		}
		if strings.Contains(w, "*") {
			return nil, badQuery("%q: * is allowed only at the end of a word", t.text)
		}
		if !hasWordChars(w) {
			if prefix {
				return nil, badQuery("* at position %d must follow a word", t.pos)
			}
			return nil, nil // punctuation only: nothing to search
		}
		return &node{op: "term", text: w, prefix: prefix}, nil
	case "phrase":
		w, prefix := t.text, t.prefix
		if strings.Contains(w, "*") {
			return nil, badQuery("%q: * is not allowed inside a phrase", t.text)
		}
		if !hasWordChars(w) {
			return nil, badQuery("empty phrase at position %d", t.pos)
		}
		return &node{op: "term", text: w, phrase: true, prefix: prefix}, nil
	default:
		return nil, badQuery("unexpected %s at position %d", strings.ToUpper(t.kind), t.pos)
	}
}

func quoteFTS(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

func (n *node) fts() string {
	switch n.op {
	case "term":
		s := quoteFTS(n.text)
		if n.prefix {
			s += " *"
		}
		return s
	case "or":
		parts := make([]string, len(n.children))
		for i, c := range n.children {
			parts[i] = c.fts()
		}
		return "(" + strings.Join(parts, " OR ") + ")"
	case "and":
		var pos, neg []string
		for _, c := range n.children {
			if c.negated {
				neg = append(neg, c.fts())
			} else {
				pos = append(pos, c.fts())
			}
		}
		s := strings.Join(pos, " AND ")
		if len(pos) > 1 {
			s = "(" + s + ")"
		}
		for _, x := range neg {
			s = "(" + s + " NOT " + x + ")"
		}
		return s
	}
	return ""
}

func (n *node) terms(out *[]string) {
	if n.negated {
		return
	}
	if n.op == "term" {
		t := n.text
		if n.prefix {
			t += "*"
		}
		*out = append(*out, t)
		return
	}
	for _, c := range n.children {
		c.terms(out)
	}
}

// ParseQuery parses the user query syntax into a safe FTS5 expression:
//
//	word                 a word (case and accents ignored)
//	"a phrase"           words in sequence
//	pref*                words starting with pref
//	a b, a AND b         both
//	a OR b               either
//	a NOT b, a -b        a without b
//	( ... )              grouping
//
// AND, OR and NOT are operators only in upper case. Every token is quoted
// in the output, so no user text is ever read as FTS5 syntax. Malformed
// input gives an error wrapping ErrBadQuery.
func ParseQuery(q string) (*TextQuery, error) {
	if len(q) > 4096 {
		return nil, badQuery("query is longer than 4096 bytes")
	}
	// Control characters (NUL ends an FTS5 string) are spaces here.
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	toks, err := lexQuery(q)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return nil, badQuery("empty query")
	}
	p := &qparser{toks: toks}
	root, err := p.parseOr()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t != nil {
		if t.kind == "rparen" {
			return nil, badQuery("unbalanced parenthesis at position %d", t.pos)
		}
		return nil, badQuery("unexpected %s at position %d", t.kind, t.pos)
	}
	tq := &TextQuery{Match: root.fts()}
	root.terms(&tq.Terms)
	tq.root = root
	return tq, nil
}

var dateRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// dateBounds validates From/To and returns the SQL comparison values.
func dateBounds(from, to string) (lo, hi string, err error) {
	check := func(name, v string) error {
		if v == "" {
			return nil
		}
		if !dateRe.MatchString(v) {
			return badQuery("%s date %q: use YYYY, YYYY-MM or YYYY-MM-DD", name, v)
		}
		if len(v) >= 7 {
			if m, _ := strconv.Atoi(v[5:7]); m < 1 || m > 12 {
				return badQuery("%s date %q: month out of range", name, v)
			}
		}
		if len(v) == 10 {
			if d, _ := strconv.Atoi(v[8:10]); d < 1 || d > 31 {
				return badQuery("%s date %q: day out of range", name, v)
			}
		}
		return nil
	}
	if err := check("from", from); err != nil {
		return "", "", err
	}
	if err := check("to", to); err != nil {
		return "", "", err
	}
	lo = from
	switch len(to) {
	case 4:
		hi = to + "-99"
	case 7:
		hi = to + "-99"
	default:
		hi = to
	}
	if lo != "" && hi != "" && lo > hi {
		return "", "", badQuery("from date %s is after to date %s", from, to)
	}
	return lo, hi, nil
}

// filterSQL builds the WHERE conditions (on alias p = paragraphs) for the
// filters of q, with their arguments.
func filterSQL(q Query) (conds []string, args []any, err error) {
	in := func(col string, vals []string) {
		ph := make([]string, 0, len(vals))
		for _, v := range vals {
			ph = append(ph, "?")
			args = append(args, v)
		}
		conds = append(conds, col+" IN ("+strings.Join(ph, ",")+")")
	}
	if vals := nonEmpty(q.Topics); len(vals) > 0 {
		in("p.topic", vals)
	}
	if vals := nonEmpty(q.Kinds); len(vals) > 0 {
		in("p.doc_kind", vals)
	}
	if vals := nonEmpty(q.Actors); len(vals) > 0 {
		ph := make([]string, 0, len(vals))
		for _, v := range vals {
			ph = append(ph, "?")
			args = append(args, strings.ToUpper(v))
		}
		conds = append(conds, "p.id IN (SELECT para_id FROM actors WHERE actor IN ("+strings.Join(ph, ",")+"))")
	}
	if vals := nonEmpty(q.Stances); len(vals) > 0 {
		var ors []string
		for _, v := range vals {
			issue, value, hasValue := strings.Cut(v, ":")
			if issue == "" || (hasValue && value == "") {
				return nil, nil, badQuery("stance %q: use issue or issue:value", v)
			}
			if hasValue {
				switch value {
				case "favor", "against", "neutral":
				default:
					return nil, nil, badQuery("stance %q: value must be favor, against or neutral", v)
				}
				ors = append(ors, "(issue = ? AND value = ?)")
				args = append(args, issue, value)
			} else {
				ors = append(ors, "issue = ?")
				args = append(args, issue)
			}
		}
		conds = append(conds, "p.id IN (SELECT para_id FROM stances WHERE "+strings.Join(ors, " OR ")+")")
	}
	lo, hi, err := dateBounds(q.From, q.To)
	if err != nil {
		return nil, nil, err
	}
	if lo != "" {
		conds = append(conds, "p.doc_date <> '' AND p.doc_date >= ?")
		args = append(args, lo)
	}
	if hi != "" {
		conds = append(conds, "p.doc_date <> '' AND p.doc_date <= ?")
		args = append(args, hi)
	}
	if q.Symbol != "" {
		conds = append(conds, "p.doc_symbol = ? COLLATE NOCASE")
		args = append(args, q.Symbol)
	}
	if q.DocID != "" {
		conds = append(conds, "p.doc_id = ?")
		args = append(args, q.DocID)
	}
	return conds, args, nil
}

func nonEmpty(vals []string) []string {
	var out []string
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// tokenize splits text the way the index's unicode61 tokenizer does:
// runs of letters and digits, lower-cased, accents removed.
func tokenize(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	if !isASCII(s) {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining accent: removed, like remove_diacritics
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Co, r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return out
}
