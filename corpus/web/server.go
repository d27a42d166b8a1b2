// Package web is the analysts' web page over a normscope corpus: a search
// page with facets, paragraph permalinks, document pages, charts, a JSON
// API and CSV downloads, all server-rendered with html/template from a
// read-only corpus.Store.
//
// The handler answers only GET and HEAD, escapes every text that comes
// from documents, sends a strict Content-Security-Policy (no script at
// all), and turns malformed queries into a 400 page, unknown IDs into a
// 404 page, and internal failures (including panics) into a 500 page
// without details.
//
// Facet counts and exact totals come from an in-memory index of each
// paragraph's facet values (built in the background at start, about 2 s
// per 100,000 paragraphs, and rebuilt when the database files change);
// until it is ready, and whenever it is stale, corpus.Search computes
// them. Filter-only result pages are listed from the same index; pages
// with query text use corpus.Search for ranking, highlighting and
// snippets.
package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/normscope/normscope/corpus"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Default limits of Options.
const (
	DefaultMaxQueryLen  = 500
	DefaultPageSize     = 20
	MaxPageSize         = 100
	DefaultMaxOffset    = 10000
	DefaultMaxCSVRows   = 10000
	DefaultQueryTimeout = 15 * time.Second
	maxFilterValues     = 20
)

// Options configure a Server. The zero value is usable.
type Options struct {
	// Title is shown in the page header; default "normscope".
	Title string
	// MaxQueryLen is the longest accepted query text in bytes (longer
	// gives 400); default DefaultMaxQueryLen.
	MaxQueryLen int
	// MaxOffset is the deepest result offset a page may ask for; default
	// DefaultMaxOffset.
	MaxOffset int
	// MaxCSVRows caps the rows of one CSV download; default DefaultMaxCSVRows.
	MaxCSVRows int
	// QueryTimeout bounds the database work of one request; default
	// DefaultQueryTimeout.
	QueryTimeout time.Duration
	// Logger receives internal errors; default slog.Default().
	Logger *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.Title == "" {
		o.Title = "normscope"
	}
	if o.MaxQueryLen <= 0 {
		o.MaxQueryLen = DefaultMaxQueryLen
	}
	if o.MaxOffset <= 0 {
		o.MaxOffset = DefaultMaxOffset
	}
	if o.MaxCSVRows <= 0 {
		o.MaxCSVRows = DefaultMaxCSVRows
	}
	if o.QueryTimeout <= 0 {
		o.QueryTimeout = DefaultQueryTimeout
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// Server is the web handler over one corpus store. It is safe for
// concurrent use.
type Server struct {
	store  *corpus.Store
	opts   Options
	pages  map[string]*pageTemplate
	mux    *http.ServeMux
	facets *facetSource
	charts *chartCache
}

// New returns the handler for store, which should be opened with
// corpus.OpenReadOnly. It fails only if the embedded templates are broken.
func New(store *corpus.Store, opts Options) (*Server, error) {
	if store == nil {
		return nil, errors.New("web: nil store")
	}
	s := &Server{store: store, opts: opts.withDefaults()}
	s.facets = newFacetSource(store, s.opts.Logger)
	s.charts = &chartCache{path: store.Path()}
	var err error
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("web: static files: %w", err)
	}
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.handleSearch)
	m.HandleFunc("GET /p/{id}", s.handleParagraph)
	m.HandleFunc("GET /d/{doc}", s.handleDocument)
	m.HandleFunc("GET /charts", s.handleCharts)
	m.HandleFunc("GET /charts/{file}", s.handleChart)
	m.HandleFunc("GET /api/search", s.handleAPISearch)
	m.HandleFunc("GET /search.csv", s.handleCSV)
	m.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(24*time.Hour, http.FileServerFS(static))))
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, r, http.StatusNotFound, "There is no page at this address.")
	})
	s.mux = m
	return s, nil
}

// ServeHTTP applies the security headers, the method check and panic
// recovery, then routes the request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		s.errorPage(w, r, http.StatusMethodNotAllowed, "This server is read-only: only GET and HEAD requests are answered.")
		return
	}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.opts.Logger.Error("web: panic", "path", r.URL.Path, "panic", v)
			s.errorPage(w, r, http.StatusInternalServerError, "Something went wrong on the server.")
		}
	}()
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.QueryTimeout)
	defer cancel()
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

// pageCSP forbids every script, inline styles and foreign assets.
const pageCSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// svgCSP is sent with the chart images: the SVG may style itself inline
// but can never run script, even when opened directly.
const svgCSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox"

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}

// NewHTTPServer returns an http.Server for h with timeouts suited to a
// local analysts' page.
func NewHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// Serve serves h on ln until ctx is cancelled, then shuts down gracefully,
// giving requests in flight up to five seconds to finish. It returns nil
// after a shutdown caused by ctx.
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := NewHTTPServer(ln.Addr().String(), h)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("web: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("web: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("web: serve: %w", err)
	}
	return nil
}
