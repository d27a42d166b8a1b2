package web

import (
	"bytes"
	"context"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
)

// facetShown is how many values of a facet are listed before "more".
const facetShown = 12

type searchView struct {
	base
	P         params
	Hidden    []hidden
	Error     string
	Searched  bool
	Total     int
	Capped    bool
	Start     int
	End       int
	Hits      []hitView
	Active    []activeFilter
	Facets    []facetGroup
	PrevURL   string
	NextURL   string
	CSVURL    string
	APIURL    string
	ChartsURL string
	ClearURL  string
}

type hidden struct{ Name, Value string }

type hitView struct {
	ID      string
	URL     string
	DocURL  string
	Doc     corpus.DocMeta
	ParaNo  string
	Page    int
	Section string
	Topic   string
	Snippet []corpus.Span
	Stances []stanceView
}

type stanceView struct {
	Issue, Value, Actors, Cue string
}

type activeFilter struct {
	Label     string
	Value     string
	RemoveURL string
}

type facetGroup struct {
	Key   string
	Label string
	Items []facetItem
	More  []facetItem
}

type facetItem struct {
	Value  string
	Label  string
	Count  int
	URL    string
	Active bool
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	v := searchView{base: base{Site: s.opts.Title, Title: "Search", Nav: "search"}}
	p, err := parseParams(r.URL.Query(), s.opts, MaxPageSize)
	v.P, v.Q = p, p.Q
	v.Hidden = hiddenInputs(p)
	if err != nil {
		s.searchError(w, r, &v, err)
		return
	}
	res, facets, err := s.searchWithFacets(r.Context(), p)
	if err != nil {
		s.searchError(w, r, &v, err)
		return
	}
	v.Searched = true
	v.Total, v.Capped = res.Total, res.TotalCapped
	if len(res.Hits) > 0 {
		v.Start, v.End = p.Offset+1, p.Offset+len(res.Hits)
	}
	for _, h := range res.Hits {
		v.Hits = append(v.Hits, hitView{
			ID: h.Paragraph.ID, URL: "/p/" + url.PathEscape(h.Paragraph.ID),
			DocURL: "/d/" + url.PathEscape(h.Paragraph.DocID) + "#" + h.Paragraph.ID,
			Doc:    h.Paragraph.Doc, ParaNo: h.Paragraph.ParaNo, Page: h.Paragraph.Page,
			Section: h.Paragraph.Section, Topic: h.Paragraph.Topic,
			Snippet: h.Snippet, Stances: stanceViews(h.Paragraph.Stances),
		})
	}
	if p.Offset > 0 {
		prev := p.clone()
		prev.Offset = max(0, p.Offset-p.Limit)
		v.PrevURL = prev.url("/", true)
	}
	if p.Offset+len(res.Hits) < res.Total && p.Offset+p.Limit <= s.opts.MaxOffset {
		next := p.clone()
		next.Offset = p.Offset + p.Limit
		v.NextURL = next.url("/", true)
	}
	v.Active = activeFilters(p)
	v.Facets = facetGroups(p, facets)
	v.CSVURL = p.url("/search.csv", false)
	v.APIURL = p.url("/api/search", true)
	v.ChartsURL = p.url("/charts", false)
	if p.Q != "" || p.hasFilters() {
		v.ClearURL = "/"
	}
	s.render(w, r, http.StatusOK, "search", v)
}

// searchError shows the search page with a message instead of results.
func (s *Server) searchError(w http.ResponseWriter, r *http.Request, v *searchView, err error) {
	status, msg := s.classify(r, err)
	v.Error = msg
	v.Title = "Search: " + http.StatusText(status)
	s.render(w, r, status, "search", v)
}

// searchWithFacets runs the query with facet counts. The counts of a field
// that is itself filtered are taken without that field's own filter, so
// that every listed value shows how many paragraphs choosing it gives
// (the usual multi-select facet behaviour; values of one field are ORed).
// Counts come from the in-memory facet index when it is ready (then the
// total is exact), else from corpus.Search.
func (s *Server) searchWithFacets(ctx context.Context, p params) (*corpus.Results, map[string][]corpus.FacetCount, error) {
	q := p.query()
	if ix := s.facets.get(); ix != nil {
		res, err := s.hits(ctx, ix, p)
		if err != nil {
			return nil, nil, err
		}
		fc, err := ix.countWith(ctx, s.store.MatchKeys, p)
		if err != nil {
			return nil, nil, err
		}
		res.Total, res.TotalCapped = fc.Total, false
		facets := maps.Clone(fc.Facets)
		maps.Copy(facets, fc.Own)
		return res, facets, nil
	}
	q.Facets = true
	res, err := s.store.Search(ctx, q)
	if err != nil {
		return nil, nil, err
	}
	facets := maps.Clone(res.Facets)
	if facets == nil {
		facets = map[string][]corpus.FacetCount{}
	}
	other := func(facet string, clear func(*params)) error {
		p2 := p.clone()
		clear(&p2)
		q2 := p2.query()
		q2.Limit, q2.Offset, q2.Facets = 1, 0, true
		r2, err := s.store.Search(ctx, q2)
		if err != nil {
			return err
		}
		facets[facet] = r2.Facets[facet]
		return nil
	}
	for _, f := range filterFields {
		if len(*p.field(f.param)) == 0 {
			continue
		}
		if err := other(f.facet, func(p *params) { *p.field(f.param) = nil }); err != nil {
			return nil, nil, err
		}
	}
	if p.From != "" || p.To != "" {
		if err := other("year", func(p *params) { p.From, p.To = "", "" }); err != nil {
			return nil, nil, err
		}
	}
	return res, facets, nil
}

// hits runs the query without facets: from the index for filter-only
// queries, else with corpus.Search.
func (s *Server) hits(ctx context.Context, ix *facetIndex, p params) (*corpus.Results, error) {
	if p.Q == "" && ix != nil {
		return ix.listFromIndex(ctx, s.store, p)
	}
	return s.store.Search(ctx, p.query())
}

// hiddenInputs keeps the filters of p in the search form.
func hiddenInputs(p params) []hidden {
	var out []hidden
	for _, f := range filterFields {
		for _, x := range *p.field(f.param) {
			out = append(out, hidden{f.param, x})
		}
	}
	if p.Limit != DefaultPageSize && p.Limit > 0 {
		out = append(out, hidden{"limit", itoa(p.Limit)})
	}
	return out
}

// activeFilters lists the filters of p with links that remove each one.
func activeFilters(p params) []activeFilter {
	var out []activeFilter
	for _, f := range filterFields {
		for _, x := range *p.field(f.param) {
			q := p.clone()
			fl := q.field(f.param)
			*fl = slices.DeleteFunc(*fl, func(y string) bool { return y == x })
			out = append(out, activeFilter{Label: f.label, Value: fieldLabel(f.param, x), RemoveURL: q.url("/", false)})
		}
	}
	switch {
	case p.From != "" && p.From == p.To:
		q := p.clone()
		q.From, q.To = "", ""
		out = append(out, activeFilter{Label: "Date", Value: p.From, RemoveURL: q.url("/", false)})
	default:
		if p.From != "" {
			q := p.clone()
			q.From = ""
			out = append(out, activeFilter{Label: "From", Value: p.From, RemoveURL: q.url("/", false)})
		}
		if p.To != "" {
			q := p.clone()
			q.To = ""
			out = append(out, activeFilter{Label: "To", Value: p.To, RemoveURL: q.url("/", false)})
		}
	}
	return out
}

// facetGroups builds the sidebar: each facet value links to the current
// search with that value added (or, when active, removed).
func facetGroups(p params, facets map[string][]corpus.FacetCount) []facetGroup {
	var out []facetGroup
	add := func(g facetGroup) {
		if len(g.Items) > facetShown {
			g.More = g.Items[facetShown:]
			g.Items = g.Items[:facetShown]
		}
		if len(g.Items) > 0 {
			out = append(out, g)
		}
	}
	for _, f := range filterFields {
		g := facetGroup{Key: f.param, Label: f.label}
		cur := *p.field(f.param)
		for _, fc := range facets[f.facet] {
			it := facetItem{Value: fc.Value, Label: fieldLabel(f.param, fc.Value), Count: fc.Count}
			q := p.clone()
			fl := q.field(f.param)
			if slices.Contains(cur, fc.Value) {
				it.Active = true
				*fl = slices.DeleteFunc(*fl, func(y string) bool { return y == fc.Value })
			} else {
				*fl = append(*fl, fc.Value)
			}
			it.URL = q.url("/", false)
			g.Items = append(g.Items, it)
		}
		// Active values with no matches are still listed, so they can be removed.
		for _, x := range cur {
			if !slices.ContainsFunc(g.Items, func(it facetItem) bool { return it.Value == x }) {
				q := p.clone()
				fl := q.field(f.param)
				*fl = slices.DeleteFunc(*fl, func(y string) bool { return y == x })
				g.Items = append([]facetItem{{Value: x, Label: fieldLabel(f.param, x), Active: true, URL: q.url("/", false)}}, g.Items...)
			}
		}
		add(g)
	}
	g := facetGroup{Key: "year", Label: "Year"}
	years := slices.Clone(facets["year"])
	sort.SliceStable(years, func(i, j int) bool { return years[i].Value > years[j].Value })
	for _, fc := range years {
		q := p.clone()
		it := facetItem{Value: fc.Value, Label: fc.Value, Count: fc.Count}
		if p.From == fc.Value && p.To == fc.Value {
			it.Active = true
			q.From, q.To = "", ""
		} else {
			q.From, q.To = fc.Value, fc.Value
		}
		it.URL = q.url("/", false)
		g.Items = append(g.Items, it)
	}
	add(g)
	return out
}

func stanceViews(st []classify.Stance) []stanceView {
	out := make([]stanceView, 0, len(st))
	for _, x := range st {
		out = append(out, stanceView{Issue: x.Issue, Value: x.Value, Actors: strings.Join(x.Actors, ", "), Cue: x.Cue})
	}
	return out
}

type paragraphView struct {
	base
	P         corpus.Paragraph
	Spans     []markSpan
	Topics    []classify.TopicScore
	Stances   []stanceView
	PrevURL   string
	NextURL   string
	DocURL    string
	SourceURL string
	Permalink string
}

func (s *Server) handleParagraph(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		s.errorPage(w, r, http.StatusNotFound, "Nothing with this ID is in the corpus.")
		return
	}
	p, err := s.store.Paragraph(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	prev, next, err := s.store.Neighbours(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	title := p.Doc.Symbol
	if title == "" {
		title = p.Doc.Title
	}
	if p.ParaNo != "" {
		title += " ¶ " + p.ParaNo
	}
	v := paragraphView{
		base:      base{Site: s.opts.Title, Title: title},
		P:         *p,
		Spans:     markCues(p.Text, p.Stances),
		Topics:    p.Topics,
		Stances:   stanceViews(p.Stances),
		DocURL:    "/d/" + url.PathEscape(p.DocID) + "#" + p.ID,
		SourceURL: webURL(p.Source.URL),
		Permalink: "/p/" + url.PathEscape(p.ID),
	}
	if prev != "" {
		v.PrevURL = "/p/" + url.PathEscape(prev)
	}
	if next != "" {
		v.NextURL = "/p/" + url.PathEscape(next)
	}
	s.render(w, r, http.StatusOK, "paragraph", v)
}

type documentView struct {
	base
	D         *corpus.Document
	Paras     []docPara
	SourceURL string
}

type docPara struct {
	corpus.Paragraph
	URL        string
	NewSection bool
	StanceView []stanceView
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("doc")
	if !validID(id) {
		s.errorPage(w, r, http.StatusNotFound, "Nothing with this ID is in the corpus.")
		return
	}
	d, paras, err := s.store.DocumentParagraphs(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	title := d.Doc.Title
	if title == "" {
		title = d.Doc.Symbol
	}
	if title == "" {
		title = d.DocID
	}
	v := documentView{base: base{Site: s.opts.Title, Title: title}, D: d, SourceURL: webURL(d.Source.URL)}
	section := ""
	for _, p := range paras {
		dp := docPara{Paragraph: p, URL: "/p/" + url.PathEscape(p.ID), StanceView: stanceViews(p.Stances)}
		if p.Section != section && p.Kind != "heading" {
			dp.NewSection = p.Section != ""
			section = p.Section
		}
		if p.Kind == "heading" {
			section = p.Text
		}
		v.Paras = append(v.Paras, dp)
	}
	s.render(w, r, http.StatusOK, "document", v)
}

type chartsView struct {
	base
	Charts  []chartView
	Active  []activeFilter
	BackURL string
}

type chartView struct {
	Title, Src, Alt, Desc string
}

var chartInfo = map[string]chartView{
	"topic-share":   {Title: "Topic share by year", Desc: "Each topic's share of the paragraphs of each year's documents."},
	"stance-matrix": {Title: "Stances: actor × issue", Desc: "Colour: favor minus against; each cell is labelled favor/against."},
	"kinds":         {Title: "Documents by kind and year", Desc: "Number of documents of each kind per year (ignores the search)."},
}

func (s *Server) handleCharts(w http.ResponseWriter, r *http.Request) {
	p, err := parseParams(r.URL.Query(), s.opts, MaxPageSize)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// Validate the query now, so that a bad one is a 400 page, not broken images.
	if _, err := s.store.Stats(r.Context(), nil, p.query()); err != nil {
		s.fail(w, r, err)
		return
	}
	v := chartsView{base: base{Site: s.opts.Title, Title: "Charts", Q: p.Q, Nav: "charts"}, BackURL: p.url("/", false)}
	qs := p.values(false).Encode()
	for _, kind := range corpus.PlotKinds {
		c, ok := chartInfo[kind]
		if !ok {
			c = chartView{Title: humanLabel(kind)}
		}
		c.Src = "/charts/" + kind + ".svg"
		if qs != "" {
			c.Src += "?" + qs
		}
		c.Alt = c.Title
		v.Charts = append(v.Charts, c)
	}
	for _, a := range activeFilters(p) {
		v.Active = append(v.Active, activeFilter{Label: a.Label, Value: a.Value})
	}
	s.render(w, r, http.StatusOK, "charts", v)
}

// handleChart serves /charts/{kind}.svg, drawn by corpus.Plot over the
// paragraphs matching the search parameters.
func (s *Server) handleChart(w http.ResponseWriter, r *http.Request) {
	kind, ok := strings.CutSuffix(r.PathValue("file"), ".svg")
	if !ok || !slices.Contains(corpus.PlotKinds, kind) {
		s.errorPage(w, r, http.StatusNotFound, "There is no such chart.")
		return
	}
	p, err := parseParams(r.URL.Query(), s.opts, MaxPageSize)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	key := kind + "?" + p.values(false).Encode()
	svg, ok := s.charts.get(key)
	if !ok {
		var buf bytes.Buffer
		if err := corpus.Plot(r.Context(), s.store, kind, p.query(), &buf, "svg"); err != nil {
			s.fail(w, r, err)
			return
		}
		svg = buf.Bytes()
		s.charts.put(key, svg)
	}
	h := w.Header()
	h.Set("Content-Type", "image/svg+xml")
	h.Set("Content-Security-Policy", svgCSP)
	h.Set("Cache-Control", "private, max-age=60")
	h.Set("Content-Length", itoa(len(svg)))
	if r.Method != http.MethodHead {
		w.Write(svg)
	}
}

// validID accepts the IDs normscope makes (hex digits, dashes) and a
// little more, and rejects anything long or odd before it reaches SQL.
func validID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// webURL returns u when it is an http(s) URL to link to, else "".
func webURL(u string) string {
	pu, err := url.Parse(u)
	if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		return ""
	}
	return u
}

// fieldLabel shows a filter value: taxonomy labels as words, actor codes
// and kinds as they are.
func fieldLabel(param, v string) string {
	if param == "topic" || param == "stance" {
		return humanLabel(v)
	}
	return v
}

// chartCache keeps recently drawn charts until the database files change.
type chartCache struct {
	path string
	mu   sync.Mutex
	sig  fileSig
	m    map[string][]byte
}

const chartCacheSize = 64

func (c *chartCache) get(key string) ([]byte, bool) {
	sig := sigOf(c.path)
	c.mu.Lock()
	defer c.mu.Unlock()
	if sig != c.sig {
		c.sig, c.m = sig, nil
		return nil, false
	}
	b, ok := c.m[key]
	return b, ok
}

func (c *chartCache) put(key string, b []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= chartCacheSize {
		c.m = map[string][]byte{}
	}
	c.m[key] = b
}
