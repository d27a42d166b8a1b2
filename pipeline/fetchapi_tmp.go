package pipeline

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"time"
)

// Request is a fetch request with the validators of the previous fetch.
type Request struct {
	URL                string
	ETag, LastModified string
}

// Response is the outcome of a fetch.
type Response struct {
	URL, FinalURL      string
	Body               []byte
	ContentType        string
	Status             int
	Attempts           int
	NotModified        bool
	ETag, LastModified string
	FetchedAt          time.Time
	Waits              []time.Duration
}

// Fetcher fetches URLs.
type Fetcher interface {
	Fetch(ctx context.Context, req Request) (*Response, error)
}

// DiscoverLinks placeholder.
func DiscoverLinks(base string, body []byte, follow *regexp.Regexp, anyHost bool, max int) ([]string, error) {
	return nil, nil
}

// HTTPConfig placeholder.
type HTTPConfig struct {
	UserAgent    string
	IgnoreRobots bool
}

// HTTPFetcher placeholder: a plain GET.
type HTTPFetcher struct{ cfg HTTPConfig }

// NewHTTPFetcher placeholder.
func NewHTTPFetcher(cfg HTTPConfig) *HTTPFetcher { return &HTTPFetcher{cfg: cfg} }

// Fetch placeholder.
func (f *HTTPFetcher) Fetch(ctx context.Context, req Request) (*Response, error) {
	hr, err := http.NewRequestWithContext(ctx, "GET", req.URL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(hr)
	if err != nil {
		return &Response{URL: req.URL, Attempts: 1}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	out := &Response{URL: req.URL, FinalURL: resp.Request.URL.String(), Body: b, Status: resp.StatusCode, Attempts: 1, ContentType: resp.Header.Get("Content-Type"), FetchedAt: time.Now()}
	if err != nil {
		return out, err
	}
	if resp.StatusCode != 200 {
		out.Body = nil
		return out, fmt.Errorf("HTTP %s", resp.Status)
	}
	return out, nil
}
