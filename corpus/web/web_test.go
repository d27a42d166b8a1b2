package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
)

func TestSearchPageResults(t *testing.T) {
	s := newTestServer(t)
	tests := []struct {
		name   string
		target string
		want   []string // IDs, any order
		marked string   // a word that must be highlighted
		total  string
	}{
		{"one word", "/?q=ransomware", []string{paraRansom, paraCanRans}, "ransomware", "2"},
		{"phrase", "/?q=" + url.QueryEscape(`"legally binding"`), []string{paraBinding, paraCanBind}, "legally binding", "2"},
		{"negation", "/?q=" + url.QueryEscape("binding -reject"), []string{paraBinding}, "binding", "1"},
		{"OR", "/?q=" + url.QueryEscape("treaty OR gender"), []string{paraBinding, paraCapacity}, "", "2"},
		{"prefix", "/?q=hospital*", []string{paraRansom, paraCanRans}, "hospitals", "2"},
		{"topic filter only", "/?topic=cbms", []string{paraPoC}, "", "1"},
		{"stance filter", "/?stance=binding_instrument:against", []string{paraBinding, paraCanBind}, "", "2"},
		{"actor filter, lower case", "/?actor=can", []string{paraCanLaw, paraCanBind}, "", "2"},
		{"date range", "/?from=2031-09&to=2031", []string{paraCapacity, paraPoA}, "", "2"},
		{"kind and text", "/?q=ransomware&kind=statement", []string{paraCanRans}, "", "1"},
		{"no match", "/?q=quantum", nil, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := get(t, s, tc.target)
			if r.Code != http.StatusOK {
				t.Fatalf("status %d, body %s", r.Code, r.Body)
			}
			d := parseHTML(t, r.Body)
			got := hitIDs(d)
			sort.Strings(got)
			want := slices.Clone(tc.want)
			sort.Strings(want)
			if !slices.Equal(got, want) {
				t.Errorf("hits %v, want %v", got, want)
			}
			if tc.marked != "" {
				found := false
				d.Find("li.hit .snippet mark").Each(func(_ int, m *goquery.Selection) {
					if strings.EqualFold(m.Text(), tc.marked) {
						found = true
					}
				})
				if !found {
					t.Errorf("no <mark>%s</mark> in the snippets", tc.marked)
				}
			}
			summary := d.Find(".summary p").First().Text()
			if tc.total != "" && !strings.Contains(summary, "of "+tc.total+" paragraph") {
				t.Errorf("summary %q does not give total %s", summary, tc.total)
			}
			if tc.want == nil && !strings.Contains(summary, "No paragraph matches") {
				t.Errorf("summary %q does not say nothing matched", summary)
			}
		})
	}
}

func TestFacetNarrowingAndRemoval(t *testing.T) {
	s := newTestServer(t)
	r := get(t, s, "/?q=binding")
	d := parseHTML(t, r.Body)
	if got := hitIDs(d); len(got) != 2 {
		t.Fatalf("q=binding: %v", got)
	}
	// The actor facet counts the matches: USA holds a stance in one of them.
	var usaCount string
	d.Find("section.facet li a").Each(func(_ int, a *goquery.Selection) {
		if a.Find(".v").Text() == "USA" {
			usaCount = a.Find(".n").Text()
		}
	})
	if usaCount != "1" {
		t.Errorf("USA facet count %q, want 1", usaCount)
	}
	href := facetLink(t, d, "Actor", "USA")
	r = get(t, s, href)
	d = parseHTML(t, r.Body)
	if got := hitIDs(d); !slices.Equal(got, []string{paraBinding}) {
		t.Fatalf("after clicking actor USA (%s): %v", href, got)
	}
	if q := d.Find(`input[name="q"]`).AttrOr("value", ""); q != "binding" {
		t.Errorf("query box lost the query: %q", q)
	}
	if v := d.Find(`input[type="hidden"][name="actor"]`).AttrOr("value", ""); v != "USA" {
		t.Errorf("search form does not keep the actor filter: %q", v)
	}
	chip := d.Find(".active a.chip")
	if chip.Length() != 1 || !strings.Contains(chip.Text(), "Actor: USA") {
		t.Fatalf("active filter chips: %q", chip.Text())
	}
	// Narrow further by topic, then remove the actor filter only.
	href = facetLink(t, d, "Topic", "international law")
	d = parseHTML(t, get(t, s, href).Body)
	if got := hitIDs(d); !slices.Equal(got, []string{paraBinding}) {
		t.Fatalf("actor USA + topic: %v", got)
	}
	var remove string
	d.Find(".active a.chip").Each(func(_ int, a *goquery.Selection) {
		if strings.Contains(a.Text(), "Actor: USA") {
			remove, _ = a.Attr("href")
		}
	})
	d = parseHTML(t, get(t, s, remove).Body)
	got := hitIDs(d)
	sort.Strings(got)
	if want := []string{paraBinding, paraCanBind}; !slices.Equal(got, want) {
		t.Fatalf("after removing actor (%s): %v, want %v", remove, got, want)
	}
	// Year facet sets a one-year date range.
	href = facetLink(t, d, "Year", "2031")
	d = parseHTML(t, get(t, s, href).Body)
	if got := hitIDs(d); !slices.Equal(got, []string{paraCanBind}) {
		t.Fatalf("year 2031 (%s): %v", href, got)
	}
}

func TestFacetCountsOfFilteredFieldIgnoreItsOwnFilter(t *testing.T) {
	s := newTestServer(t)
	d := parseHTML(t, get(t, s, "/?topic=threats").Body)
	// With topic=threats active, the topic facet still lists the other
	// topics with the counts they would give.
	counts := map[string]string{}
	active := ""
	d.Find("section.facet").Each(func(_ int, g *goquery.Selection) {
		if g.Find("h2").Text() != "Topic" {
			return
		}
		g.Find("li").Each(func(_ int, li *goquery.Selection) {
			v := strings.TrimPrefix(li.Find(".v").Text(), "✓ ")
			counts[v] = li.Find(".n").Text()
			if li.HasClass("on") {
				active = v
			}
		})
	})
	want := map[string]string{"threats": "3", "international law": "3", "capacity building": "2", "cbms": "1", "institutional dialogue": "1"}
	for k, v := range want {
		if counts[k] != v {
			t.Errorf("topic facet %q count %q, want %q (all: %v)", k, counts[k], v, counts)
		}
	}
	if active != "threats" {
		t.Errorf("active topic %q, want threats", active)
	}
	// Clicking a second topic adds it (values of one field are ORed).
	href := facetLink(t, d, "Topic", "cbms")
	d = parseHTML(t, get(t, s, href).Body)
	if n := len(hitIDs(d)); n != 4 {
		t.Errorf("threats OR cbms: %d hits, want 4", n)
	}
	// Clicking the active value removes it.
	href = facetLink(t, parseHTML(t, get(t, s, "/?topic=threats").Body), "Topic", "threats")
	if strings.Contains(href, "topic=") {
		t.Errorf("link of the active value should remove it: %s", href)
	}
}

func TestPaging(t *testing.T) {
	s := newTestServer(t)
	var all []string
	target := "/?limit=3"
	for pages := 0; target != ""; pages++ {
		if pages > 10 {
			t.Fatal("paging does not end")
		}
		d := parseHTML(t, get(t, s, target).Body)
		ids := hitIDs(d)
		if len(ids) == 0 || len(ids) > 3 {
			t.Fatalf("%s: %d hits", target, len(ids))
		}
		all = append(all, ids...)
		target = d.Find(`.pager a[rel="next"]`).AttrOr("href", "")
		if prev := d.Find(`.pager a[rel="prev"]`); (pages > 0) != (prev.Length() == 1) {
			t.Errorf("page %d: previous link present = %v", pages, prev.Length() == 1)
		}
	}
	if len(all) != 10 {
		t.Fatalf("paged through %d paragraphs, want 10: %v", len(all), all)
	}
	seen := map[string]bool{}
	for _, id := range all {
		if seen[id] {
			t.Errorf("paragraph %s on two pages", id)
		}
		seen[id] = true
	}
	// Filter-only listing is in document order: date, document, seq.
	if all[0] != paraHeading || all[len(all)-1] != paraPoA {
		t.Errorf("order: first %s last %s", all[0], all[len(all)-1])
	}
}

func TestParagraphPage(t *testing.T) {
	s := newTestServer(t)
	r := get(t, s, "/p/"+paraBinding)
	if r.Code != http.StatusOK {
		t.Fatalf("status %d", r.Code)
	}
	d := parseHTML(t, r.Body)
	field := func(dt string) string {
		var v string
		d.Find("dl.fields dt").Each(func(_ int, s *goquery.Selection) {
			if s.Text() == dt {
				v = strings.TrimSpace(s.Next().Text())
			}
		})
		return v
	}
	checks := map[string]string{
		"UN symbol": "A/99/101", "Date": "2030-07-15", "Paragraph": "2", "Page": "2",
		"Section": "A. Existing and potential threats", "Document kind": "report",
		"Source": "https://example.org/docs/A_99_101.pdf",
	}
	for k, want := range checks {
		if got := field(k); got != want {
			t.Errorf("field %s = %q, want %q", k, got, want)
		}
	}
	if h1 := d.Find("h1").Text(); !strings.Contains(h1, "Open-ended Working Group") {
		t.Errorf("title %q", h1)
	}
	if href := d.Find("a.source").AttrOr("href", ""); href != "https://example.org/docs/A_99_101.pdf" {
		t.Errorf("source link %q", href)
	}
	var cues []string
	d.Find("blockquote.text mark.cue").Each(func(_ int, m *goquery.Selection) {
		cues = append(cues, m.Text()+"|"+m.AttrOr("title", ""))
	})
	wantCues := []string{"called for|binding_instrument: favor (RUS, CHN)", "opposed|binding_instrument: against (USA)"}
	if !slices.Equal(cues, wantCues) {
		t.Errorf("cues %q, want %q", cues, wantCues)
	}
	if txt := d.Find("blockquote.text").Text(); !strings.HasPrefix(txt, "Several States called for a legally binding instrument") {
		t.Errorf("text %q", txt)
	}
	if topic := d.Find("table.topics th").First().Text(); topic != "international law" {
		t.Errorf("topic %q", topic)
	}
	if score := d.Find("table.topics td.num").First().Text(); score != "0.88" {
		t.Errorf("topic score %q", score)
	}
	if n := d.Find("table.stances tr").Length(); n != 3 {
		t.Errorf("%d stance table rows, want header + 2", n)
	}
	if prev := d.Find(`a[rel="prev"]`).AttrOr("href", ""); prev != "/p/"+paraRansom {
		t.Errorf("prev %q", prev)
	}
	if next := d.Find(`a[rel="next"]`).AttrOr("href", ""); next != "/p/"+paraPoC {
		t.Errorf("next %q", next)
	}

	// First paragraph: no previous link; a file:// source is shown, not linked.
	d = parseHTML(t, get(t, s, "/p/"+paraCanLaw).Body)
	if d.Find(`a[rel="prev"]`).Length() != 0 {
		t.Error("first paragraph has a previous link")
	}
	if d.Find("a.source").Length() != 0 || !strings.Contains(field("Source"), "file:///srv/statements/canada.txt") {
		t.Errorf("file source: link %d, text %q", d.Find("a.source").Length(), field("Source"))
	}
	if got := field("Speaker"); got != "CAN" {
		t.Errorf("speaker %q", got)
	}
}

func TestDocumentPageOrder(t *testing.T) {
	s := newTestServer(t)
	r := get(t, s, "/d/"+docReport)
	if r.Code != http.StatusOK {
		t.Fatalf("status %d", r.Code)
	}
	d := parseHTML(t, r.Body)
	var ids []string
	d.Find("ol.paras li.para").Each(func(_ int, li *goquery.Selection) {
		ids = append(ids, li.AttrOr("id", ""))
	})
	want := []string{paraHeading, paraRansom, paraBinding, paraPoC, paraScript}
	if !slices.Equal(ids, want) {
		t.Fatalf("order %v, want %v", ids, want)
	}
	if h := d.Find("li.kind-heading h2").Text(); h != "A. Existing and potential threats" {
		t.Errorf("heading %q", h)
	}
	if sec := d.Find("li.section-head").Text(); sec != "B. Confidence-building measures" {
		t.Errorf("section heads %q", sec)
	}
	tags := d.Find("li#" + paraBinding + " .tag").Map(func(_ int, s *goquery.Selection) string { return s.Text() })
	if !slices.Contains(tags, "binding instrument: favor · RUS, CHN") || !slices.Contains(tags, "international law") {
		t.Errorf("tags of %s: %q", paraBinding, tags)
	}
}

func TestScriptInTextIsEscaped(t *testing.T) {
	s := newTestServer(t)
	for _, target := range []string{"/?q=alert", "/p/" + paraScript, "/d/" + docReport, "/?q=" + url.QueryEscape("<script>alert(1)</script>")} {
		r := get(t, s, target)
		if r.Code != http.StatusOK {
			t.Errorf("%s: status %d", target, r.Code)
			continue
		}
		if strings.Contains(r.Body, "<script") {
			t.Errorf("%s: raw <script in the page", target)
		}
		if !strings.Contains(r.Body, "&lt;script&gt;") {
			t.Errorf("%s: escaped script text missing", target)
		}
	}
	// And the text node holds the literal characters.
	d := parseHTML(t, get(t, s, "/p/"+paraScript).Body)
	if txt := d.Find("blockquote.text").Text(); !strings.HasPrefix(txt, "<script>alert(1)</script> Delegations") {
		t.Errorf("text node %q", txt)
	}
}

func TestAPISearchJSON(t *testing.T) {
	s := newTestServer(t)
	r := get(t, s, "/api/search?q=ransomware&limit=1")
	if r.Code != http.StatusOK || !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("status %d, type %q", r.Code, r.Header.Get("Content-Type"))
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.Body), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"total", "hits", "facets", "limit", "offset", "total_capped"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("no %q key in %s", k, r.Body)
		}
	}
	var res struct {
		Total int `json:"total"`
		Limit int `json:"limit"`
		Hits  []struct {
			Schema  string `json:"schema"`
			ID      string `json:"id"`
			DocID   string `json:"doc_id"`
			Text    string `json:"text"`
			Topic   string `json:"topic"`
			Doc     struct{ Symbol, Date string }
			Score   float64 `json:"score"`
			Snippet []struct {
				Text  string `json:"text"`
				Match bool   `json:"match"`
			} `json:"snippet"`
			Permalink string `json:"permalink"`
		} `json:"hits"`
		Facets map[string][]struct {
			Value string `json:"value"`
			Count int    `json:"count"`
		} `json:"facets"`
	}
	if err := json.Unmarshal([]byte(r.Body), &res); err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 || len(res.Hits) != 1 || res.Limit != 1 {
		t.Fatalf("total %d, %d hits, limit %d", res.Total, len(res.Hits), res.Limit)
	}
	h := res.Hits[0]
	if h.Schema != "normscope.paragraph/v1" || h.ID == "" || h.Text == "" || h.Topic != "threats" || h.Score <= 0 {
		t.Errorf("hit record %+v", h)
	}
	if h.Permalink != "/p/"+h.ID {
		t.Errorf("permalink %q", h.Permalink)
	}
	matched := false
	for _, sp := range h.Snippet {
		matched = matched || (sp.Match && strings.EqualFold(sp.Text, "ransomware"))
	}
	if !matched {
		t.Errorf("snippet has no match span: %+v", h.Snippet)
	}
	threats := 0
	for _, fc := range res.Facets["topic"] {
		if fc.Value == "threats" {
			threats = fc.Count
		}
	}
	if threats != 2 {
		t.Errorf("topic facet threats = %d, want 2 (%v)", threats, res.Facets)
	}

	// Page size is capped at 100; a bad query is a JSON 400.
	r = get(t, s, "/api/search?limit=5000")
	if !strings.Contains(r.Body, `"limit":100`) {
		t.Errorf("limit not capped: %.200s", r.Body)
	}
	r = get(t, s, "/api/search?q="+url.QueryEscape(`"unclosed`))
	var e APIError
	if r.Code != http.StatusBadRequest || json.Unmarshal([]byte(r.Body), &e) != nil || e.Status != 400 || !strings.Contains(e.Error, "quote") {
		t.Errorf("bad query: %d %s", r.Code, r.Body)
	}
}

func TestCSVDownload(t *testing.T) {
	s := newTestServer(t)
	r := get(t, s, "/search.csv?q=ransomware")
	if r.Code != http.StatusOK {
		t.Fatalf("status %d", r.Code)
	}
	if cd := r.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") || !strings.Contains(cd, ".csv") {
		t.Errorf("Content-Disposition %q", cd)
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
		t.Errorf("Content-Type %q", ct)
	}
	rows, err := csv.NewReader(strings.NewReader(r.Body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], CSVColumns) {
		t.Errorf("header %v", rows[0])
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want header + 2", len(rows))
	}
	col := func(name string) int { return slices.Index(CSVColumns, name) }
	texts := map[string]string{}
	for _, row := range rows[1:] {
		texts[row[col("id")]] = row[col("text")]
	}
	if !strings.HasPrefix(texts[paraRansom], "States expressed concern") {
		t.Errorf("text of %s: %q", paraRansom, texts[paraRansom])
	}
	// A cell starting with "=" is defused for spreadsheets.
	if got := texts[paraCanRans]; !strings.HasPrefix(got, "'=SUM(") {
		t.Errorf("formula cell not defused: %q", got)
	}

	// Filters and stances columns; the whole result set, beyond one page.
	rows, _ = csv.NewReader(strings.NewReader(get(t, s, "/search.csv?stance=binding_instrument").Body)).ReadAll()
	if len(rows) != 3 {
		t.Fatalf("stance filter: %d rows", len(rows))
	}
	for _, row := range rows[1:] {
		if row[col("id")] == paraBinding && row[col("stances")] != "binding_instrument:favor[RUS CHN];binding_instrument:against[USA]" {
			t.Errorf("stances cell %q", row[col("stances")])
		}
	}
	rows, _ = csv.NewReader(strings.NewReader(get(t, s, "/search.csv").Body)).ReadAll()
	if len(rows) != 11 {
		t.Errorf("all paragraphs: %d rows, want 11", len(rows))
	}
	rows, _ = csv.NewReader(strings.NewReader(get(t, s, "/search.csv?limit=4&offset=2").Body)).ReadAll()
	if len(rows) != 5 {
		t.Errorf("limit 4: %d rows, want 5", len(rows))
	}
}

func TestChartsPageAndImages(t *testing.T) {
	s := newTestServer(t)
	d := parseHTML(t, get(t, s, "/charts?topic=threats").Body)
	var srcs []string
	d.Find("figure.chart img").Each(func(_ int, img *goquery.Selection) { srcs = append(srcs, img.AttrOr("src", "")) })
	if len(srcs) < 2 || !strings.HasPrefix(srcs[0], "/charts/topic-share.svg?topic=threats") || !strings.HasPrefix(srcs[1], "/charts/stance-matrix.svg") {
		t.Fatalf("chart images %v", srcs)
	}
	for _, src := range srcs {
		r := get(t, s, src)
		if r.Code != http.StatusOK {
			t.Errorf("%s: status %d", src, r.Code)
			continue
		}
		if ct := r.Header.Get("Content-Type"); ct != "image/svg+xml" {
			t.Errorf("%s: type %q", src, ct)
		}
		if !strings.Contains(r.Body, "<svg") {
			t.Errorf("%s: not an SVG: %.100s", src, r.Body)
		}
		if csp := r.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "sandbox") || strings.Contains(csp, "script") {
			t.Errorf("%s: CSP %q", src, csp)
		}
	}
	// The matrix shows the actors holding stances.
	if body := get(t, s, "/charts/stance-matrix.svg").Body; !strings.Contains(body, "RUS") || !strings.Contains(body, "binding") {
		t.Errorf("stance matrix lacks actor or issue labels")
	}
}

func TestErrorStatuses(t *testing.T) {
	s := newTestServer(t)
	long := strings.Repeat("cyber ", 90) // 540 bytes
	tests := []struct {
		method, target string
		code           int
		message        string
	}{
		{"GET", "/p/ffff000000000000-0001", 404, "Nothing with this ID"},
		{"GET", "/p/" + url.PathEscape("x'; DROP TABLE paragraphs;--"), 404, "Nothing with this ID"},
		{"GET", "/d/ffff000000000000", 404, "Nothing with this ID"},
		{"GET", "/nowhere", 404, "no page at this address"},
		{"GET", "/charts/pie.svg", 404, "no such chart"},
		{"GET", "/?q=" + url.QueryEscape(`"legally binding`), 400, "unbalanced quote"},
		{"GET", "/?q=" + url.QueryEscape("title:cyber"), 400, "column filters are not supported"},
		{"GET", "/?q=" + url.QueryEscape(long), 400, "too long"},
		{"GET", "/?limit=abc", 400, "limit parameter"},
		{"GET", "/?offset=-3", 400, "offset parameter"},
		{"GET", "/?offset=999999", 400, "too deep"},
		{"GET", "/?from=2031-13", 400, "month out of range"},
		{"GET", "/?stance=binding_instrument:maybe", 400, "favor, against or neutral"},
		{"GET", "/charts?q=" + url.QueryEscape("(unclosed"), 400, "could not be understood"},
		{"GET", "/charts/topic-share.svg?from=20310", 400, "YYYY"},
		{"GET", "/search.csv?q=" + url.QueryEscape(`"x`), 400, "quote"},
		{"POST", "/", 405, "read-only"},
		{"PUT", "/p/" + paraBinding, 405, "read-only"},
		{"DELETE", "/d/" + docReport, 405, "read-only"},
		{"POST", "/api/search", 405, "read-only"},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.target, func(t *testing.T) {
			r := do(t, s, tc.method, tc.target)
			if r.Code != tc.code {
				t.Fatalf("status %d, want %d", r.Code, tc.code)
			}
			if !strings.Contains(r.Body, tc.message) {
				t.Errorf("body lacks %q: %.300s", tc.message, r.Body)
			}
			if tc.code == 405 && r.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("Allow %q", r.Header.Get("Allow"))
			}
		})
	}
	// The 400 search page keeps the form and the user's query.
	d := parseHTML(t, get(t, s, "/?q="+url.QueryEscape(`"legally binding`)).Body)
	if v := d.Find(`input[name="q"]`).AttrOr("value", ""); v != `"legally binding` {
		t.Errorf("query box after error: %q", v)
	}
	if d.Find(".alert").Length() != 1 {
		t.Error("no alert message on the 400 page")
	}
}

func TestSecurityHeadersEverywhere(t *testing.T) {
	s := newTestServer(t)
	for _, target := range []string{"/", "/?q=cyber", "/p/" + paraBinding, "/d/" + docReport, "/charts",
		"/api/search?q=x", "/search.csv", "/static/style.css", "/nowhere", "/?q=%22"} {
		for _, method := range []string{"GET", "HEAD", "POST"} {
			r := do(t, s, method, target)
			csp := r.Header.Get("Content-Security-Policy")
			if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "style-src 'self'") ||
				!strings.Contains(csp, "img-src 'self' data:") || strings.Contains(csp, "unsafe-inline") {
				t.Errorf("%s %s: CSP %q", method, target, csp)
			}
			if r.Header.Get("X-Content-Type-Options") != "nosniff" || r.Header.Get("Referrer-Policy") == "" {
				t.Errorf("%s %s: nosniff %q, referrer %q", method, target,
					r.Header.Get("X-Content-Type-Options"), r.Header.Get("Referrer-Policy"))
			}
			if method == "HEAD" && r.Body != "" {
				t.Errorf("HEAD %s has a body", target)
			}
		}
	}
	// No inline script or style attribute anywhere (the CSP would block them).
	for _, target := range []string{"/?q=binding", "/p/" + paraBinding, "/d/" + docReport, "/charts", "/nowhere"} {
		body := get(t, s, target).Body
		if strings.Contains(body, "<script") || strings.Contains(body, " style=") || strings.Contains(body, "<style") {
			t.Errorf("%s: inline script or style", target)
		}
		if strings.Contains(body, "http://") && !strings.Contains(target, "/p/") || strings.Contains(body, `src="http`) || strings.Contains(body, `href="//`) {
			t.Errorf("%s: references an outside asset", target)
		}
	}
}

func TestStaticCSSEmbedded(t *testing.T) {
	s := newTestServer(t)
	r := get(t, s, "/static/style.css")
	if r.Code != 200 || !strings.HasPrefix(r.Header.Get("Content-Type"), "text/css") || !strings.Contains(r.Body, "mark") {
		t.Errorf("style.css: %d %q", r.Code, r.Header.Get("Content-Type"))
	}
}

func TestServeShutsDownOnCancel(t *testing.T) {
	s := newTestServer(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, s) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/?q=ransomware")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("status %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve returned %v after cancel", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestMarkCues(t *testing.T) {
	tests := []struct {
		name, text string
		cues       []string
		want       string // marked parts in [brackets]
	}{
		{"none", "States agreed.", nil, "States agreed."},
		{"one", "Russia called for a treaty.", []string{"called for"}, "Russia [called for] a treaty."},
		{"case-insensitive", "Opposed by many.", []string{"opposed"}, "[Opposed] by many."},
		{"overlap merges", "They strongly opposed it.", []string{"strongly opposed", "opposed it"}, "They [strongly opposed it]."},
		{"missing cue ignored", "Text.", []string{"absent"}, "Text."},
		{"two", "A supports, B rejects.", []string{"rejects", "supports"}, "A [supports], B [rejects]."},
		{"unicode", "Les États ont rejeté l’idée.", []string{"rejeté"}, "Les États ont [rejeté] l’idée."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var st []classify.Stance
			for _, c := range tc.cues {
				st = append(st, classify.Stance{Issue: "new_norms", Value: "favor", Cue: c})
			}
			var b strings.Builder
			for _, sp := range markCues(tc.text, st) {
				if sp.Mark {
					b.WriteString("[" + sp.Text + "]")
				} else {
					b.WriteString(sp.Text)
				}
			}
			if b.String() != tc.want {
				t.Errorf("got %q, want %q", b.String(), tc.want)
			}
		})
	}
}

func TestEmptyCorpus(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus.db")
	w, err := corpus.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	st, err := corpus.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := New(st, Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	s.facets.waitReady()
	for target, code := range map[string]int{"/": 200, "/?q=cyber": 200, "/?topic=norms": 200, "/charts": 200,
		"/charts/topic-share.svg": 200, "/charts/stance-matrix.svg": 200, "/api/search": 200, "/search.csv": 200, "/p/x-0001": 404} {
		if r := get(t, s, target); r.Code != code {
			t.Errorf("%s: status %d, want %d: %.200s", target, r.Code, code, r.Body)
		}
	}
	if body := get(t, s, "/").Body; !strings.Contains(body, "No paragraph matches") {
		t.Error("empty corpus: no 'no match' message")
	}
	if _, err := New(nil, Options{}); err == nil {
		t.Error("New(nil) gave no error")
	}
}
