package pipeline

import (
	"context"
	"regexp"
	"time"
)

// Request is a fetch request with the validators of the previous fetch.
type Request struct {
	URL               string
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
