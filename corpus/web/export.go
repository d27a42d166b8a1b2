package web

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/normscope/normscope/corpus"
)

// APIResponse is the body of /api/search.
type APIResponse struct {
	Total       int                            `json:"total"`
	TotalCapped bool                           `json:"total_capped"`
	Offset      int                            `json:"offset"`
	Limit       int                            `json:"limit"`
	Hits        []APIHit                       `json:"hits"`
	Facets      map[string][]corpus.FacetCount `json:"facets"`
}

// APIHit is a paragraph record (schema normscope.paragraph/v1) with the
// search score, the snippet around the match and the permalink path.
type APIHit struct {
	corpus.Paragraph
	Score     float64       `json:"score"`
	Snippet   []corpus.Span `json:"snippet"`
	Permalink string        `json:"permalink"`
}

// APIError is the body of a failed /api/search request.
type APIError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func (s *Server) handleAPISearch(w http.ResponseWriter, r *http.Request) {
	p, err := parseParams(r.URL.Query(), s.opts, MaxPageSize)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	var res *corpus.Results
	ix := s.facets.get()
	if ix != nil {
		res, err = s.hits(r.Context(), ix, p)
	} else {
		q := p.query()
		q.Facets = true
		res, err = s.store.Search(r.Context(), q)
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if ix != nil {
		fc, err := ix.count(r.Context(), s.store.DB(), p)
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		res.Total, res.TotalCapped, res.Facets = fc.Total, false, fc.Facets
	}
	out := APIResponse{Total: res.Total, TotalCapped: res.TotalCapped, Offset: p.Offset, Limit: p.Limit,
		Hits: make([]APIHit, 0, len(res.Hits)), Facets: res.Facets}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, APIHit{Paragraph: h.Paragraph, Score: h.Score, Snippet: h.Snippet,
			Permalink: "/p/" + h.Paragraph.ID})
	}
	s.writeJSON(w, r, http.StatusOK, out)
}

func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.classify(r, err)
	s.writeJSON(w, r, status, APIError{Error: msg, Status: status})
}

func (s *Server) writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		s.opts.Logger.Error("web: json", "err", err)
		status = http.StatusInternalServerError
		b = []byte(`{"error":"internal error","status":500}`)
	}
	b = append(b, '\n')
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(b)
	}
}

// CSVColumns are the columns of /search.csv, in order.
var CSVColumns = []string{"id", "doc_id", "symbol", "date", "doc_kind", "title", "para_no", "page",
	"section", "kind", "topic", "topics", "stances", "actors", "text", "source_url"}

// handleCSV streams a result set as CSV: every match (up to MaxCSVRows,
// or limit when given) from offset on.
func (s *Server) handleCSV(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	p, err := parseParams(v, s.opts, s.opts.MaxCSVRows)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if strings.TrimSpace(v.Get("limit")) == "" {
		p.Limit = s.opts.MaxCSVRows
	}
	const batch = 500
	q := p.query()
	q.Limit = min(batch, p.Limit)
	res, err := s.store.Search(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="normscope-search.csv"`)
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		return
	}
	cw := csv.NewWriter(w)
	cw.Write(CSVColumns)
	written := 0
	for {
		for _, hit := range res.Hits {
			if written >= p.Limit {
				break
			}
			cw.Write(csvRow(hit.Paragraph))
			written++
		}
		if written >= p.Limit || len(res.Hits) < q.Limit {
			break
		}
		q.Offset += len(res.Hits)
		q.Limit = min(batch, p.Limit-written)
		if res, err = s.store.Search(r.Context(), q); err != nil {
			// The header is sent: all we can do is stop and log.
			s.opts.Logger.Error("web: csv", "url", r.URL.String(), "err", err)
			break
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		s.opts.Logger.Warn("web: csv write", "err", err)
	}
}

func csvRow(p corpus.Paragraph) []string {
	var topics, stances []string
	for _, t := range p.Topics {
		topics = append(topics, t.Label+":"+strconv.FormatFloat(t.Score, 'f', 2, 64))
	}
	for _, st := range p.Stances {
		x := st.Issue + ":" + st.Value
		if len(st.Actors) > 0 {
			x += "[" + strings.Join(st.Actors, " ") + "]"
		}
		stances = append(stances, x)
	}
	page := ""
	if p.Page > 0 {
		page = strconv.Itoa(p.Page)
	}
	return []string{p.ID, p.DocID, p.Doc.Symbol, p.Doc.Date, p.Doc.Kind, cell(p.Doc.Title), cell(p.ParaNo), page,
		cell(p.Section), p.Kind, p.Topic, strings.Join(topics, ";"), strings.Join(stances, ";"),
		strings.Join(p.Actors, " "), cell(p.Text), cell(p.Source.URL)}
}

// cell defuses spreadsheet formulas: a free-text cell that starts with
// =, +, -, @, tab or carriage return gets a leading apostrophe (OWASP's
// advice against CSV injection).
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
