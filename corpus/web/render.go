package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"

	"github.com/normscope/normscope/corpus"
)

// pageTemplate is one page: the shared layout plus the page's "content".
type pageTemplate struct {
	t *template.Template
}

var pageNames = []string{"search", "paragraph", "document", "charts", "error"}

var funcs = template.FuncMap{
	"label": humanLabel,
	"score": func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) },
	"join":  strings.Join,
	"inc":   func(i int) int { return i + 1 },
}

func parsePages() (map[string]*pageTemplate, error) {
	out := map[string]*pageTemplate{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		out[name] = &pageTemplate{t: t}
	}
	return out, nil
}

// base is what every page's data carries for the layout.
type base struct {
	Site  string // site title from Options
	Title string // page title
	Q     string // query text for the header search box
	Nav   string // which navigation entry is current: search, charts
}

// render executes a page into a buffer first, so that a template failure
// becomes a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages[name].t.ExecuteTemplate(&buf, "layout.html", data); err != nil {
		s.opts.Logger.Error("web: render", "page", name, "path", r.URL.Path, "err", err)
		if name != "error" {
			s.errorPage(w, r, http.StatusInternalServerError, "Something went wrong on the server.")
		} else {
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

type errorView struct {
	base
	Status  int
	Message string
}

// errorPage answers with an HTML page stating message.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, message string) {
	v := errorView{base: base{Site: s.opts.Title, Title: http.StatusText(status)}, Status: status, Message: message}
	if r.URL.Path == "/" {
		v.Q = r.URL.Query().Get("q")
	}
	s.render(w, r, status, "error", v)
}

// classify maps an error to a status and a message fit for users;
// internal errors are logged and get a generic message.
func (s *Server) classify(r *http.Request, err error) (int, string) {
	var br *badRequest
	switch {
	case errors.As(err, &br):
		return http.StatusBadRequest, br.msg
	case errors.Is(err, corpus.ErrBadQuery):
		msg := err.Error()
		if i := strings.Index(msg, corpus.ErrBadQuery.Error()+": "); i >= 0 {
			msg = msg[i+len(corpus.ErrBadQuery.Error())+2:]
		}
		return http.StatusBadRequest, "The query could not be understood: " + msg + "."
	case errors.Is(err, corpus.ErrNotFound):
		return http.StatusNotFound, "Nothing with this ID is in the corpus."
	case errors.Is(err, context.DeadlineExceeded):
		s.opts.Logger.Warn("web: timeout", "url", r.URL.String(), "err", err)
		return http.StatusServiceUnavailable, "The request took too long; try a narrower search."
	case errors.Is(err, context.Canceled):
		return 499, "The request was cancelled."
	default:
		s.opts.Logger.Error("web: request failed", "url", r.URL.String(), "err", err)
		return http.StatusInternalServerError, "Something went wrong on the server."
	}
}

// fail answers err with an error page.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := s.classify(r, err)
	s.errorPage(w, r, status, msg)
}

// humanLabel turns a taxonomy label into words: "international_law" ->
// "international law", "binding_instrument:favor" -> "binding instrument: favor".
func humanLabel(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	return strings.ReplaceAll(s, ":", ": ")
}
