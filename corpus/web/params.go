package web

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/normscope/normscope/corpus"
)

// params is a search request as it appears in a URL: the query text, the
// filters (OR within one field, AND across fields, as in corpus.Query)
// and the page.
type params struct {
	Q       string
	Topics  []string
	Stances []string
	Actors  []string
	Kinds   []string
	From    string
	To      string
	Limit   int
	Offset  int
}

// badRequest is an error whose message is safe and useful to show to the
// user; it is answered with 400.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func badf(format string, args ...any) error {
	return &badRequest{msg: fmt.Sprintf(format, args...)}
}

// filter fields: URL parameter, facet key of corpus.Results.Facets, and
// the name shown to users.
var filterFields = []struct{ param, facet, label string }{
	{"topic", "topic", "Topic"},
	{"stance", "stance", "Issue and stance"},
	{"actor", "actor", "Actor"},
	{"kind", "kind", "Document kind"},
}

// parseParams reads and validates the search parameters of a URL query.
// maxLimit caps limit (larger values are lowered to it).
func parseParams(v url.Values, o Options, maxLimit int) (params, error) {
	var p params
	p.Q = strings.TrimSpace(v.Get("q"))
	if len(p.Q) > o.MaxQueryLen {
		return p, badf("The query is too long (%d characters; at most %d are accepted).", utf8.RuneCountInString(p.Q), o.MaxQueryLen)
	}
	if !utf8.ValidString(p.Q) {
		return p, badf("The query is not valid UTF-8 text.")
	}
	list := func(name string) ([]string, error) {
		var out []string
		for _, s := range v[name] {
			for part := range strings.SplitSeq(s, ",") {
				part = strings.TrimSpace(part)
				if part == "" || slices.Contains(out, part) {
					continue
				}
				if len(part) > 100 || !utf8.ValidString(part) {
					return nil, badf("The %s filter value is not valid.", name)
				}
				out = append(out, part)
			}
		}
		if len(out) > maxFilterValues {
			return nil, badf("Too many %s filters (%d; at most %d).", name, len(out), maxFilterValues)
		}
		return out, nil
	}
	var err error
	if p.Topics, err = list("topic"); err != nil {
		return p, err
	}
	if p.Stances, err = list("stance"); err != nil {
		return p, err
	}
	if p.Actors, err = list("actor"); err != nil {
		return p, err
	}
	if p.Kinds, err = list("kind"); err != nil {
		return p, err
	}
	for i, a := range p.Actors {
		p.Actors[i] = strings.ToUpper(a)
	}
	p.From = strings.TrimSpace(v.Get("from"))
	p.To = strings.TrimSpace(v.Get("to"))
	if len(p.From) > 10 || len(p.To) > 10 {
		return p, badf("Dates are written YYYY, YYYY-MM or YYYY-MM-DD.")
	}
	num := func(name string, def, lo int) (int, error) {
		s := strings.TrimSpace(v.Get(name))
		if s == "" {
			return def, nil
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < lo {
			return 0, badf("The %s parameter must be a whole number of at least %d, not %q.", name, lo, s)
		}
		return n, nil
	}
	if p.Limit, err = num("limit", DefaultPageSize, 1); err != nil {
		return p, err
	}
	p.Limit = min(p.Limit, maxLimit)
	if p.Offset, err = num("offset", 0, 0); err != nil {
		return p, err
	}
	if p.Offset > o.MaxOffset {
		return p, badf("The offset is too deep (at most %d); narrow the search instead.", o.MaxOffset)
	}
	return p, nil
}

// query is the corpus query of p.
func (p params) query() corpus.Query {
	return corpus.Query{
		Text:    p.Q,
		Topics:  p.Topics,
		Stances: p.Stances,
		Actors:  p.Actors,
		Kinds:   p.Kinds,
		From:    p.From,
		To:      p.To,
		Limit:   p.Limit,
		Offset:  p.Offset,
	}
}

// clone copies p so that its slices can be changed.
func (p params) clone() params {
	p.Topics = slices.Clone(p.Topics)
	p.Stances = slices.Clone(p.Stances)
	p.Actors = slices.Clone(p.Actors)
	p.Kinds = slices.Clone(p.Kinds)
	return p
}

// field returns a pointer to the value list of a filter parameter.
func (p *params) field(name string) *[]string {
	switch name {
	case "topic":
		return &p.Topics
	case "stance":
		return &p.Stances
	case "actor":
		return &p.Actors
	case "kind":
		return &p.Kinds
	}
	panic("web: unknown filter field " + name)
}

// values encodes p as URL parameters, leaving out defaults; withOffset
// keeps the offset (links that change the filters start at the first page).
func (p params) values(withOffset bool) url.Values {
	v := url.Values{}
	if p.Q != "" {
		v.Set("q", p.Q)
	}
	for _, f := range filterFields {
		for _, x := range *p.field(f.param) {
			v.Add(f.param, x)
		}
	}
	if p.From != "" {
		v.Set("from", p.From)
	}
	if p.To != "" {
		v.Set("to", p.To)
	}
	if p.Limit != DefaultPageSize && p.Limit > 0 {
		v.Set("limit", strconv.Itoa(p.Limit))
	}
	if withOffset && p.Offset > 0 {
		v.Set("offset", strconv.Itoa(p.Offset))
	}
	return v
}

// url is path with p's parameters (see values).
func (p params) url(path string, withOffset bool) string {
	if e := p.values(withOffset).Encode(); e != "" {
		return path + "?" + e
	}
	return path
}

// hasFilters reports whether any filter is set.
func (p params) hasFilters() bool {
	return len(p.Topics)+len(p.Stances)+len(p.Actors)+len(p.Kinds) > 0 || p.From != "" || p.To != ""
}
