package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeStart is the fake clock's start, on a whole second so that
// HTTP-dates (second resolution) convert to exact durations.
var fakeStart = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// testConfig is the fetcher configuration of the fault suite: fake clock,
// no rate limit (so every recorded sleep is a backoff), short real
// timeouts for the faults that need real time.
func testConfig(clock Clock) HTTPConfig {
	return HTTPConfig{
		Version:       "test",
		MaxBytes:      1 << 20,
		HeaderTimeout: 2 * time.Second,
		TotalTimeout:  10 * time.Second,
		StallTimeout:  5 * time.Second,
		MaxRetries:    3,
		BaseBackoff:   time.Second,
		MaxBackoff:    8 * time.Second,
		MaxRetryAfter: time.Minute,
		RatePerHost:   -1,
		Clock:         clock,
	}
}

// resetConn hijacks the connection of w and closes it with an RST.
func resetConn(t *testing.T, w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		t.Errorf("hijack: %v", err)
		return
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		_ = tc.SetLinger(0)
	}
	conn.Close()
}

// gzipBomb returns a gzip stream (concatenated members, which gzip readers
// accept) that decompresses to total bytes of zeros; about 1 KB per MB.
func gzipBomb(t *testing.T, total int64) []byte {
	t.Helper()
	var member bytes.Buffer
	zw, err := gzip.NewWriterLevel(&member, gzip.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := zw.Write(make([]byte, 1<<20)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return bytes.Repeat(member.Bytes(), int(total>>20))
}

func gzipBytes(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const healthyBody = "<p>The Group recalled the cumulative and evolving framework.</p>"

type faultCase struct {
	name string
	// handler serves /doc; hit is the 1-based count of requests to /doc.
	handler func(t *testing.T, clock *FakeClock, hit int, w http.ResponseWriter, r *http.Request)
	robots  string              // robots.txt body; "" serves 404
	robots5 bool                // robots.txt answers 503
	config  func(*HTTPConfig)   // adjusts testConfig
	url     func(string) string // URL to fetch given the server URL (default srv+"/doc")
	req     Request             // validators

	wantErr       string // exact FetchError reason; "" means success
	wantErrPrefix bool   // wantErr is only a prefix
	wantPermanent bool
	wantIs        error
	wantAttempts  int
	wantStatus    int
	// wantWaits are the exact backoff waits, or their ceilings when
	// jittered (full jitter: each wait in [0, ceiling]).
	wantWaits []time.Duration
	jittered  bool
	wantBody  string
	wantCT    string
	wantNotMo bool
	// wantHits is the number of requests /doc must have received; -1
	// skips the check (when the transport itself may replay a request).
	wantHits int
	minHits  int
	// healthyBlocked: the healthy URL shares the fate of the host (robots
	// 5xx), so it is fetched from a second server instead.
	healthyBlocked bool
}

func TestFetchFaults(t *testing.T) {
	bomb := gzipBomb(t, 1<<30) // 1 GB of zeros in about 1 MB
	cases := []faultCase{
		{
			name: "500 retried then error",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {
				http.Error(w, "boom", http.StatusInternalServerError)
			},
			wantErr: "HTTP 500 Internal Server Error", wantAttempts: 4, wantStatus: 500,
			wantWaits: []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}, jittered: true,
			wantHits: 4,
		},
		{
			name: "503 Retry-After seconds then ok",
			handler: func(t *testing.T, _ *FakeClock, hit int, w http.ResponseWriter, _ *http.Request) {
				if hit == 1 {
					w.Header().Set("Retry-After", "7")
					http.Error(w, "busy", http.StatusServiceUnavailable)
					return
				}
				fmt.Fprint(w, "<p>second time lucky</p>")
			},
			wantAttempts: 2, wantStatus: 200, wantWaits: []time.Duration{7 * time.Second},
			wantBody: "<p>second time lucky</p>", wantHits: 2,
		},
		{
			name: "503 Retry-After HTTP-date then ok",
			handler: func(t *testing.T, clock *FakeClock, hit int, w http.ResponseWriter, _ *http.Request) {
				if hit == 1 {
					w.Header().Set("Retry-After", clock.Now().Add(12*time.Second).Format(http.TimeFormat))
					http.Error(w, "busy", http.StatusServiceUnavailable)
					return
				}
				fmt.Fprint(w, "<p>after the date</p>")
			},
			wantAttempts: 2, wantStatus: 200, wantWaits: []time.Duration{12 * time.Second},
			wantBody: "<p>after the date</p>", wantHits: 2,
		},
		{
			name: "503 Retry-After capped by MaxRetryAfter",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Retry-After", "86400")
				http.Error(w, "come back tomorrow", http.StatusServiceUnavailable)
			},
			config:  func(c *HTTPConfig) { c.MaxRetries = 1 },
			wantErr: "HTTP 503 Service Unavailable", wantAttempts: 2, wantStatus: 503,
			wantWaits: []time.Duration{time.Minute}, wantHits: 2,
		},
		{
			name: "429 twice then ok",
			handler: func(t *testing.T, _ *FakeClock, hit int, w http.ResponseWriter, _ *http.Request) {
				if hit <= 2 {
					http.Error(w, "slow down", http.StatusTooManyRequests)
					return
				}
				fmt.Fprint(w, "<p>patience</p>")
			},
			wantAttempts: 3, wantStatus: 200,
			wantWaits: []time.Duration{time.Second, 2 * time.Second}, jittered: true,
			wantBody: "<p>patience</p>", wantHits: 3,
		},
		{
			name: "503 then connection reset: status of the last attempt",
			handler: func(t *testing.T, _ *FakeClock, hit int, w http.ResponseWriter, _ *http.Request) {
				if hit == 1 {
					http.Error(w, "busy", http.StatusServiceUnavailable)
					return
				}
				resetConn(t, w)
			},
			config:  func(c *HTTPConfig) { c.MaxRetries = 1; c.IgnoreRobots = true },
			wantErr: "network error: ", wantErrPrefix: true, wantAttempts: 2, wantStatus: 0,
			wantWaits: []time.Duration{time.Second}, jittered: true, wantHits: -1, minHits: 2,
		},
		{
			name: "404 is permanent",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, r *http.Request) {
				http.NotFound(w, r)
			},
			wantErr: "HTTP 404 Not Found", wantPermanent: true, wantAttempts: 1, wantStatus: 404, wantHits: 1,
		},
		{
			name: "connection reset",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {
				resetConn(t, w)
			},
			wantErr: "network error: ", wantErrPrefix: true, wantAttempts: 4,
			wantWaits: []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}, jittered: true,
			// net/http replays a GET once by itself when a reused
			// keep-alive connection dies, so the server may see more
			// requests than Attempts.
			wantHits: -1, minHits: 4,
		},
		{
			name: "connection reset once then ok",
			handler: func(t *testing.T, _ *FakeClock, hit int, w http.ResponseWriter, _ *http.Request) {
				if hit == 1 {
					resetConn(t, w)
					return
				}
				fmt.Fprint(w, "<p>reconnected</p>")
			},
			config:       func(c *HTTPConfig) { c.IgnoreRobots = true }, // first request on a fresh connection
			wantAttempts: 2, wantStatus: 200, wantWaits: []time.Duration{time.Second}, jittered: true,
			wantBody: "<p>reconnected</p>", wantHits: 2,
		},
		{
			name: "stalled body",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Length", "1000")
				fmt.Fprint(w, "<p>The Chair")
				w.(http.Flusher).Flush()
				select { // hang until the client gives up
				case <-r.Context().Done():
				case <-time.After(5 * time.Second):
				}
			},
			config:  func(c *HTTPConfig) { c.MaxRetries = 1; c.StallTimeout = 100 * time.Millisecond },
			wantErr: "timeout: no data for 100ms (stalled body)", wantAttempts: 2, wantStatus: 200,
			wantWaits: []time.Duration{time.Second}, jittered: true, wantHits: 2,
		},
		{
			name: "total timeout on a trickling body",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, r *http.Request) {
				// A byte every 10ms: never stalled, never done.
				for {
					if _, err := w.Write([]byte("x")); err != nil {
						return
					}
					w.(http.Flusher).Flush()
					select {
					case <-r.Context().Done():
						return
					case <-time.After(10 * time.Millisecond):
					}
				}
			},
			config:  func(c *HTTPConfig) { c.TotalTimeout = 150 * time.Millisecond; c.MaxRetries = -1 },
			wantErr: "timeout: request not done within 150ms (total)", wantAttempts: 1, wantStatus: 200, wantHits: 1,
		},
		{
			name: "header timeout",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, r *http.Request) {
				select {
				case <-r.Context().Done():
				case <-time.After(5 * time.Second):
				}
			},
			config:  func(c *HTTPConfig) { c.HeaderTimeout = 150 * time.Millisecond; c.MaxRetries = -1 },
			wantErr: "timeout: no response headers within 150ms", wantAttempts: 1, wantHits: 1,
		},
		{
			name: "truncated body",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Length", "100")
				fmt.Fprint(w, strings.Repeat("x", 40))
			},
			config:  func(c *HTTPConfig) { c.MaxRetries = 1 },
			wantErr: "truncated body: got 40 of 100 bytes", wantAttempts: 2, wantStatus: 200,
			wantWaits: []time.Duration{time.Second}, jittered: true, wantHits: 2,
		},
		{
			name: "truncated once then complete",
			handler: func(t *testing.T, _ *FakeClock, hit int, w http.ResponseWriter, _ *http.Request) {
				body := "<p>States reaffirmed the applicability of international law.</p>"
				w.Header().Set("Content-Length", fmt.Sprint(len(body)))
				if hit == 1 {
					fmt.Fprint(w, body[:10])
					return
				}
				fmt.Fprint(w, body)
			},
			wantAttempts: 2, wantStatus: 200, wantWaits: []time.Duration{time.Second}, jittered: true,
			wantBody: "<p>States reaffirmed the applicability of international law.</p>", wantHits: 2,
		},
		{
			name: "wrong Content-Type, body still returned",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				fmt.Fprint(w, "%PDF-1.7\n% not really html\n")
			},
			wantAttempts: 1, wantStatus: 200, wantBody: "%PDF-1.7\n% not really html\n",
			wantCT: "text/html; charset=utf-8", wantHits: 1,
		},
		{
			name: "redirect loop",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, "/loop", http.StatusFound)
			},
			wantErr: "redirect loop", wantPermanent: true, wantAttempts: 1, wantStatus: 302, wantHits: 1,
		},
		{
			name: "too many redirects",
			handler: func(t *testing.T, _ *FakeClock, hit int, w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, fmt.Sprintf("/doc?hop=%d", hit), http.StatusMovedPermanently)
			},
			config:  func(c *HTTPConfig) { c.MaxRedirects = 3 },
			wantErr: "too many redirects (more than 3)", wantPermanent: true, wantAttempts: 1,
			wantStatus: 301, wantHits: 4,
		},
		{
			name: "redirect to file: not followed",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Location", "file:///etc/passwd")
				w.WriteHeader(http.StatusFound)
			},
			wantErr: `redirect to unsupported scheme "file"`, wantPermanent: true, wantAttempts: 1,
			wantStatus: 302, wantHits: 1,
		},
		{
			name: "over-size body (Content-Length)",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, r *http.Request) {
				// Announce 2 MB, send a little, then hang: only the
				// Content-Length precheck gives the size reason (a reader
				// would stall first).
				w.Header().Set("Content-Length", fmt.Sprint(2<<20))
				_, _ = w.Write(make([]byte, 1000))
				w.(http.Flusher).Flush()
				select {
				case <-r.Context().Done():
				case <-time.After(5 * time.Second):
				}
			},
			wantErr: "body exceeds 1 MB limit", wantPermanent: true, wantAttempts: 1, wantStatus: 200, wantHits: 1,
		},
		{
			name: "over-size body (chunked, no Content-Length)",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {
				chunk := make([]byte, 64<<10)
				for range 32 { // 2 MB
					if _, err := w.Write(chunk); err != nil {
						return // the client hung up, as it should
					}
					w.(http.Flusher).Flush()
				}
			},
			wantErr: "body exceeds 1 MB limit", wantPermanent: true, wantAttempts: 1, wantStatus: 200, wantHits: 1,
		},
		{
			name: "gzip bomb",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Encoding", "gzip")
				w.Header().Set("Content-Type", "text/html")
				_, _ = w.Write(bomb)
			},
			config:  func(c *HTTPConfig) { c.MaxBytes = 8 << 20 },
			wantErr: "decompressed size exceeds limit (gzip bomb?)", wantPermanent: true, wantAttempts: 1,
			wantStatus: 200, wantHits: 1,
		},
		{
			name: "gzip Content-Encoding decoded",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, r *http.Request) {
				if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
					t.Errorf("Accept-Encoding = %q, want gzip", r.Header.Get("Accept-Encoding"))
				}
				w.Header().Set("Content-Encoding", "gzip")
				_, _ = w.Write(gzipBytes(t, "<p>Compressed, yet intact.</p>"))
			},
			wantAttempts: 1, wantStatus: 200, wantBody: "<p>Compressed, yet intact.</p>", wantHits: 1,
		},
		{
			name:   "robots.txt disallow",
			robots: "User-agent: *\nDisallow: /doc\n",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {
				fmt.Fprint(w, "secret")
			},
			wantErr: "disallowed by robots.txt", wantErrPrefix: true, wantPermanent: true, wantIs: ErrDisallowed,
			wantAttempts: 0, wantHits: 0,
		},
		{
			name:   "robots.txt disallow for our agent only",
			robots: "User-agent: otherbot\nDisallow:\n\nUser-agent: normscope\nDisallow: /doc\n",
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {
				fmt.Fprint(w, "secret")
			},
			wantErr: "disallowed by robots.txt", wantErrPrefix: true, wantPermanent: true, wantIs: ErrDisallowed,
			wantAttempts: 0, wantHits: 0,
		},
		{
			name:          "robots.txt 5xx disallows the host",
			robots5:       true,
			handler:       func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "x") },
			wantErr:       "disallowed by robots.txt (robots.txt unavailable: HTTP 503 Service Unavailable)",
			wantPermanent: false, wantIs: ErrDisallowed, wantAttempts: 0, wantHits: 0, healthyBlocked: true,
		},
		{
			name:         "robots.txt ignored when asked",
			robots:       "User-agent: *\nDisallow: /\n",
			config:       func(c *HTTPConfig) { c.IgnoreRobots = true },
			handler:      func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "open") },
			wantAttempts: 1, wantStatus: 200, wantBody: "open", wantHits: 1,
		},
		{
			name: "304 Not Modified",
			req:  Request{ETag: `"v1"`, LastModified: "Mon, 02 Nov 2026 10:00:00 GMT"},
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, r *http.Request) {
				if r.Header.Get("If-None-Match") == `"v1"` && r.Header.Get("If-Modified-Since") == "Mon, 02 Nov 2026 10:00:00 GMT" {
					w.WriteHeader(http.StatusNotModified)
					return
				}
				w.Header().Set("ETag", `"v2"`)
				fmt.Fprint(w, "changed")
			},
			wantAttempts: 1, wantStatus: 304, wantNotMo: true, wantHits: 1,
		},
		{
			name: "connection refused (robots ignored)",
			url: func(string) string {
				l, err := net.Listen("tcp", "127.0.0.1:0")
				if err != nil {
					panic(err)
				}
				addr := l.Addr().String()
				l.Close()
				return "http://" + addr + "/doc"
			},
			config:  func(c *HTTPConfig) { c.IgnoreRobots = true; c.MaxRetries = 2 },
			handler: func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {},
			wantErr: "connect: ", wantErrPrefix: true, wantAttempts: 3,
			wantWaits: []time.Duration{time.Second, 2 * time.Second}, jittered: true, wantHits: 0,
		},
		{
			name:          "unsupported scheme",
			url:           func(string) string { return "file:///etc/passwd" },
			handler:       func(t *testing.T, _ *FakeClock, _ int, w http.ResponseWriter, _ *http.Request) {},
			wantErr:       `unsupported URL scheme "file" in "file:///etc/passwd" (only http and https)`,
			wantPermanent: true, wantAttempts: 0, wantHits: 0,
		},
	}

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			runFaultCase(t, tc)
		})
	}
}

func runFaultCase(t *testing.T, tc faultCase) {
	clock := NewFakeClock(fakeStart)
	var hits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		switch {
		case tc.robots5:
			http.Error(w, "down", http.StatusServiceUnavailable)
		case tc.robots == "":
			http.NotFound(w, r)
		default:
			fmt.Fprint(w, tc.robots)
		}
	})
	mux.HandleFunc("/doc", func(w http.ResponseWriter, r *http.Request) {
		tc.handler(t, clock, int(hits.Add(1)), w, r)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/doc", http.StatusFound)
	})
	mux.HandleFunc("/healthy", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, healthyBody)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	cfg := testConfig(clock)
	if tc.config != nil {
		tc.config(&cfg)
	}
	f := NewHTTPFetcher(cfg)
	target := srv.URL + "/doc"
	if tc.url != nil {
		target = tc.url(srv.URL)
	}
	req := tc.req
	req.URL = target
	res, err := f.Fetch(context.Background(), req)
	if res == nil {
		t.Fatalf("Fetch returned a nil Response (err %v)", err)
	}

	if tc.wantErr == "" {
		if err != nil {
			t.Fatalf("Fetch: unexpected error %v", err)
		}
	} else {
		var fe *FetchError
		if !errors.As(err, &fe) {
			t.Fatalf("Fetch error = %v (%T), want *FetchError %q", err, err, tc.wantErr)
		}
		if tc.wantErrPrefix {
			if !strings.HasPrefix(fe.Error(), tc.wantErr) {
				t.Errorf("reason = %q, want prefix %q", fe.Error(), tc.wantErr)
			}
		} else if fe.Error() != tc.wantErr {
			t.Errorf("reason = %q, want %q", fe.Error(), tc.wantErr)
		}
		if strings.Contains(fe.Error(), "\n") {
			t.Errorf("reason %q is not one line", fe.Error())
		}
		if fe.Permanent != tc.wantPermanent {
			t.Errorf("Permanent = %v, want %v", fe.Permanent, tc.wantPermanent)
		}
		if fe.Attempts != tc.wantAttempts || fe.URL != target || fe.Status != tc.wantStatus {
			t.Errorf("FetchError{URL %q, Attempts %d, Status %d}, want {%q, %d, %d}",
				fe.URL, fe.Attempts, fe.Status, target, tc.wantAttempts, tc.wantStatus)
		}
		if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
			t.Errorf("errors.Is(%v, %v) = false", err, tc.wantIs)
		}
		if res.Body != nil {
			t.Errorf("failed fetch returned a body of %d bytes", len(res.Body))
		}
	}

	if res.Attempts != tc.wantAttempts {
		t.Errorf("Attempts = %d, want %d", res.Attempts, tc.wantAttempts)
	}
	if res.Status != tc.wantStatus {
		t.Errorf("Status = %d, want %d", res.Status, tc.wantStatus)
	}
	if tc.wantBody != "" && string(res.Body) != tc.wantBody {
		t.Errorf("Body = %q, want %q", res.Body, tc.wantBody)
	}
	if tc.wantCT != "" && res.ContentType != tc.wantCT {
		t.Errorf("ContentType = %q, want %q", res.ContentType, tc.wantCT)
	}
	if res.NotModified != tc.wantNotMo {
		t.Errorf("NotModified = %v, want %v", res.NotModified, tc.wantNotMo)
	}
	if tc.wantNotMo {
		if res.Body != nil || res.ETag != tc.req.ETag || res.LastModified != tc.req.LastModified {
			t.Errorf("304: Body %q ETag %q LastModified %q; want no body and the request's validators",
				res.Body, res.ETag, res.LastModified)
		}
	}
	if err == nil && !res.FetchedAt.Equal(clock.Now()) {
		t.Errorf("FetchedAt = %v, want the fake clock's %v", res.FetchedAt, clock.Now())
	}
	checkWaits(t, res.Waits, tc.wantWaits, tc.jittered)
	// Rate limiting is off: every sleep of the clock is a backoff wait.
	if got := clock.Sleeps(); !equalDurations(nonZero(res.Waits), got) {
		t.Errorf("clock sleeps %v, want the recorded waits %v", got, res.Waits)
	}
	switch h := int(hits.Load()); {
	case tc.wantHits >= 0 && h != tc.wantHits:
		t.Errorf("server saw %d requests to /doc, want %d", h, tc.wantHits)
	case h < tc.minHits:
		t.Errorf("server saw %d requests to /doc, want at least %d", h, tc.minHits)
	}

	// Nothing else is lost: a healthy URL still comes through the same fetcher.
	healthyURL := srv.URL + "/healthy"
	if tc.healthyBlocked {
		other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				http.NotFound(w, r)
				return
			}
			fmt.Fprint(w, healthyBody)
		}))
		defer other.Close()
		healthyURL = other.URL + "/healthy"
	}
	hres, herr := f.Fetch(context.Background(), Request{URL: healthyURL})
	if herr != nil || string(hres.Body) != healthyBody || hres.Attempts != 1 {
		t.Errorf("healthy fetch after the fault: err %v, attempts %d, body %q", herr, hres.Attempts, hres.Body)
	}
}

func checkWaits(t *testing.T, got, want []time.Duration, jittered bool) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("Waits = %v, want %d waits (%v)", got, len(want), want)
		return
	}
	for i := range got {
		if jittered {
			if got[i] < 0 || got[i] > want[i] {
				t.Errorf("wait %d = %v, want within [0, %v]", i, got[i], want[i])
			}
		} else if got[i] != want[i] {
			t.Errorf("wait %d = %v, want %v", i, got[i], want[i])
		}
	}
}

func nonZero(ds []time.Duration) []time.Duration {
	var out []time.Duration
	for _, d := range ds {
		if d > 0 {
			out = append(out, d)
		}
	}
	return out
}

func equalDurations(a, b []time.Duration) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestBackoffFullJitter checks the jitter draws spread over the whole
// interval [0, ceiling] and that the ceiling doubles up to MaxBackoff.
func TestBackoffFullJitter(t *testing.T) {
	f := NewHTTPFetcher(HTTPConfig{BaseBackoff: time.Second, MaxBackoff: 5 * time.Second})
	tests := []struct {
		attempt int
		ceiling time.Duration
	}{{1, time.Second}, {2, 2 * time.Second}, {3, 4 * time.Second}, {4, 5 * time.Second}, {30, 5 * time.Second}}
	for _, tt := range tests {
		var lo, hi time.Duration = tt.ceiling, 0
		for range 2000 {
			d := f.backoff(tt.attempt, -1)
			if d < 0 || d > tt.ceiling {
				t.Fatalf("attempt %d: backoff %v outside [0, %v]", tt.attempt, d, tt.ceiling)
			}
			lo, hi = min(lo, d), max(hi, d)
		}
		// 2000 uniform draws: the extremes land in the outer 5% with
		// overwhelming probability; a fixed or half-range backoff fails.
		if lo > tt.ceiling/20 || hi < tt.ceiling-tt.ceiling/20 {
			t.Errorf("attempt %d: draws span [%v, %v], want close to [0, %v]", tt.attempt, lo, hi, tt.ceiling)
		}
	}
	// A Retry-After is used as is, up to MaxRetryAfter (default 2m).
	for ra, want := range map[time.Duration]time.Duration{0: 0, 90 * time.Second: 90 * time.Second, time.Hour: DefaultMaxRetryAfter} {
		if d := f.backoff(3, ra); d != want {
			t.Errorf("backoff with Retry-After %v = %v, want %v", ra, d, want)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := fakeStart
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", -1},
		{"0", 0},
		{"120", 2 * time.Minute},
		{" 5 ", 5 * time.Second},
		{"-3", -1},
		{"soon", -1},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0},                  // in the past: retry now
		{now.Add(30 * time.Second).Format(time.RFC850), 30 * time.Second}, // obsolete form still accepted
	}
	for _, tt := range tests {
		if got := parseRetryAfter(tt.in, now); got != tt.want {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestFetchCancel checks that cancelling the caller's context during a
// backoff stops the fetch with a clear error and no further attempt.
func TestFetchCancel(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		hits.Add(1)
		http.Error(w, "busy", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cfg := testConfig(cancelingClock{FakeClock: NewFakeClock(fakeStart), cancel: cancel})
	f := NewHTTPFetcher(cfg)
	res, err := f.Fetch(ctx, Request{URL: srv.URL + "/doc"})
	var fe *FetchError
	if !errors.As(err, &fe) || !errors.Is(err, context.Canceled) || !strings.HasPrefix(fe.Reason, "canceled") {
		t.Fatalf("err = %v, want a canceled FetchError", err)
	}
	if res.Attempts != 1 || hits.Load() != 1 {
		t.Errorf("Attempts %d, server hits %d; want 1 and 1", res.Attempts, hits.Load())
	}
}

// cancelingClock cancels the fetch's context whenever it is asked to sleep.
type cancelingClock struct {
	*FakeClock
	cancel context.CancelFunc
}

func (c cancelingClock) Sleep(ctx context.Context, d time.Duration) error {
	c.cancel()
	return c.FakeClock.Sleep(ctx, d)
}

// TestRobotsFetchedOnce checks robots.txt is requested once per host even
// with concurrent fetches, with the configured User-Agent.
func TestRobotsFetchedOnce(t *testing.T) {
	var robotsHits atomic.Int32
	var mu sync.Mutex
	var agents []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.UserAgent())
		mu.Unlock()
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			time.Sleep(20 * time.Millisecond) // let the other fetches pile up
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
			return
		}
		fmt.Fprint(w, "page "+r.URL.Path)
	}))
	defer srv.Close()
	cfg := testConfig(NewFakeClock(fakeStart))
	cfg.HostConcurrency = 8
	f := NewHTTPFetcher(cfg)
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range 8 {
		wg.Go(func() {
			path := fmt.Sprintf("/public/%d", i)
			if i%2 == 1 {
				path = fmt.Sprintf("/private/%d", i)
			}
			_, errs[i] = f.Fetch(context.Background(), Request{URL: srv.URL + path})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if i%2 == 0 && err != nil {
			t.Errorf("public page %d: %v", i, err)
		}
		if i%2 == 1 && !errors.Is(err, ErrDisallowed) {
			t.Errorf("private page %d: err %v, want ErrDisallowed", i, err)
		}
	}
	if n := robotsHits.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", n)
	}
	if ok, err := f.Allowed(context.Background(), srv.URL+"/private/x"); ok || err != nil {
		t.Errorf("Allowed(/private/x) = %v, %v; want false, nil", ok, err)
	}
	if ok, err := f.Allowed(context.Background(), srv.URL+"/public/x?q=1"); !ok || err != nil {
		t.Errorf("Allowed(/public/x?q=1) = %v, %v; want true, nil", ok, err)
	}
	if n := robotsHits.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times after Allowed, want 1", n)
	}
	want := DefaultUserAgent("test")
	mu.Lock()
	defer mu.Unlock()
	for _, a := range agents {
		if a != want {
			t.Errorf("User-Agent %q, want %q", a, want)
		}
	}
	if !strings.Contains(want, "https://") {
		t.Errorf("User-Agent %q has no contact URL", want)
	}
}

// TestRedirectRobots checks that a redirect to a path robots.txt disallows
// is refused, and that FinalURL records the redirect target otherwise.
func TestRedirectRobots(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /hidden\n")
		case "/to-hidden":
			http.Redirect(w, r, "/hidden", http.StatusFound)
		case "/to-open":
			http.Redirect(w, r, "/open", http.StatusMovedPermanently)
		default:
			fmt.Fprint(w, "here: "+r.URL.Path)
		}
	}))
	defer srv.Close()
	f := NewHTTPFetcher(testConfig(NewFakeClock(fakeStart)))
	_, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/to-hidden"})
	if !errors.Is(err, ErrDisallowed) {
		t.Errorf("redirect to /hidden: err %v, want ErrDisallowed", err)
	}
	res, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/to-open"})
	if err != nil || res.FinalURL != srv.URL+"/open" || res.URL != srv.URL+"/to-open" || string(res.Body) != "here: /open" {
		t.Errorf("redirect to /open: err %v, URL %q FinalURL %q body %q", err, res.URL, res.FinalURL, res.Body)
	}
}

func TestFormatBytes(t *testing.T) {
	for in, want := range map[int64]string{100 << 20: "100 MB", 512 << 10: "512 KB", 1000: "1000 bytes", 1<<20 + 1: "1048577 bytes"} {
		if got := formatBytes(in); got != want {
			t.Errorf("formatBytes(%d) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkFetch measures the fetch path (robots cached, no rate limit)
// for a 1 MB body, plain and gzip-encoded, from a local server.
func BenchmarkFetch(b *testing.B) {
	body := bytes.Repeat([]byte("<p>The Group recalled the agreed framework of responsible State behaviour.</p>\n"), 1<<20/80)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write(body)
	_ = zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/gzip":
			w.Header().Set("Content-Encoding", "gzip")
			_, _ = w.Write(gz.Bytes())
		default:
			_, _ = w.Write(body)
		}
	}))
	defer srv.Close()
	for _, path := range []string{"/plain", "/gzip"} {
		b.Run(path[1:], func(b *testing.B) {
			f := NewHTTPFetcher(HTTPConfig{Version: "bench", RatePerHost: -1})
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				res, err := f.Fetch(context.Background(), Request{URL: srv.URL + path})
				if err != nil || len(res.Body) != len(body) {
					b.Fatalf("fetch: %v, %d bytes", err, len(res.Body))
				}
			}
		})
	}
}

// TestFetchCanceledBeforeStart checks that a fetch with a cancelled
// context makes no request, and that the cancelled robots.txt lookup is
// not cached as "unreachable": the next fetch loads robots.txt and works.
func TestFetchCanceledBeforeStart(t *testing.T) {
	var robotsHits, docHits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
			return
		}
		docHits.Add(1)
		fmt.Fprint(w, healthyBody)
	}))
	defer srv.Close()
	f := NewHTTPFetcher(testConfig(NewFakeClock(fakeStart)))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err := f.Fetch(ctx, Request{URL: srv.URL + "/doc"})
	if !errors.Is(err, context.Canceled) || res.Attempts != 0 || docHits.Load() != 0 {
		t.Errorf("cancelled fetch: err %v, Attempts %d, server hits %d; want context.Canceled, 0, 0", err, res.Attempts, docHits.Load())
	}
	res, err = f.Fetch(context.Background(), Request{URL: srv.URL + "/doc"})
	if err != nil || string(res.Body) != healthyBody {
		t.Fatalf("fetch after a cancelled one: %v", err)
	}
	if robotsHits.Load() != 1 {
		t.Errorf("robots.txt fetched %d times, want 1 (the cancelled lookup made none)", robotsHits.Load())
	}
}
