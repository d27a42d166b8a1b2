package pipeline

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestRateLimitWaits fetches four pages of one host in a row with the fake
// clock: the waits the limiter asks for are the larger of the configured
// interval and the robots.txt Crawl-delay; a second host is not slowed.
func TestRateLimitWaits(t *testing.T) {
	tests := []struct {
		name   string
		rate   float64 // requests per second
		robots string
		want   time.Duration // wait before each page after the first
	}{
		{"configured rate", 2, "", 500 * time.Millisecond},
		{"crawl-delay larger than the rate", 2, "User-agent: *\nCrawl-delay: 3\n", 3 * time.Second},
		{"rate larger than the crawl-delay", 0.1, "User-agent: *\nCrawl-delay: 3\n", 10 * time.Second},
		{"crawl-delay of our group only", 4, "User-agent: *\nCrawl-delay: 9\n\nUser-agent: normscope\nCrawl-delay: 1.5\n", 1500 * time.Millisecond},
		{"no rate limit", -1, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := robotsServer(tt.robots, nil)
			defer srv.Close()
			other := robotsServer("", nil)
			defer other.Close()
			clock := NewFakeClock(fakeStart)
			cfg := testConfig(clock)
			cfg.RatePerHost = tt.rate
			f := NewHTTPFetcher(cfg)
			for i := range 4 {
				res, err := f.Fetch(context.Background(), Request{URL: fmt.Sprintf("%s/page/%d", srv.URL, i)})
				if err != nil {
					t.Fatalf("page %d: %v", i, err)
				}
				want := tt.want
				if i == 0 {
					want = 0
				}
				if res.PoliteWait != want {
					t.Errorf("page %d: PoliteWait %v, want %v", i, res.PoliteWait, want)
				}
			}
			var want []time.Duration
			if tt.want > 0 {
				want = []time.Duration{tt.want, tt.want, tt.want}
			}
			if got := clock.Sleeps(); !slices.Equal(got, want) {
				t.Errorf("clock sleeps %v, want %v", got, want)
			}
			// Another host has its own limiter: no wait.
			res, err := f.Fetch(context.Background(), Request{URL: other.URL + "/page/0"})
			if err != nil || res.PoliteWait != 0 {
				t.Errorf("other host: err %v, PoliteWait %v; want no wait", err, res.PoliteWait)
			}
		})
	}
}

// TestRateLimitSpacing checks that the limiter spaces requests by the
// interval on the fake clock's time line, counting time that has passed:
// after a pause longer than the interval there is no wait.
func TestRateLimitSpacing(t *testing.T) {
	srv := robotsServer("", nil)
	defer srv.Close()
	clock := NewFakeClock(fakeStart)
	cfg := testConfig(clock)
	cfg.RatePerHost = 1
	f := NewHTTPFetcher(cfg)
	fetch := func() time.Duration {
		t.Helper()
		res, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/p"})
		if err != nil {
			t.Fatal(err)
		}
		return res.PoliteWait
	}
	steps := []struct {
		advance time.Duration
		want    time.Duration
	}{{0, 0}, {0, time.Second}, {400 * time.Millisecond, 600 * time.Millisecond}, {5 * time.Second, 0}, {0, time.Second}}
	for i, s := range steps {
		clock.Advance(s.advance)
		if got := fetch(); got != s.want {
			t.Errorf("step %d (after %v): wait %v, want %v", i, s.advance, got, s.want)
		}
	}
}

// TestHostConcurrencyCap fires many fetches at one host at once and
// measures, in the handler, how many are in flight: never more than the
// cap, and the cap is reached (the limit is what holds them back).
func TestHostConcurrencyCap(t *testing.T) {
	for _, limit := range []int{1, 2, 3} {
		t.Run(fmt.Sprint("cap ", limit), func(t *testing.T) {
			var inFlight, peak, served atomic.Int32
			srv := robotsServer("", func(w http.ResponseWriter, r *http.Request) {
				n := inFlight.Add(1)
				for {
					p := peak.Load()
					if n <= p || peak.CompareAndSwap(p, n) {
						break
					}
				}
				time.Sleep(30 * time.Millisecond) // hold the slot so requests overlap
				inFlight.Add(-1)
				served.Add(1)
				fmt.Fprint(w, "ok")
			})
			defer srv.Close()
			cfg := testConfig(NewFakeClock(fakeStart))
			cfg.HostConcurrency = limit
			f := NewHTTPFetcher(cfg)
			const n = 12
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() {
					if _, err := f.Fetch(context.Background(), Request{URL: fmt.Sprintf("%s/doc/%d", srv.URL, i)}); err != nil {
						t.Errorf("fetch %d: %v", i, err)
					}
				})
			}
			wg.Wait()
			if got := peak.Load(); got != int32(limit) {
				t.Errorf("peak concurrency %d, want exactly the cap %d", got, limit)
			}
			if served.Load() != n {
				t.Errorf("served %d documents, want %d", served.Load(), n)
			}
		})
	}
}

// robotsServer serves robots (404 when empty) and hands every other path to
// h (a plain "ok" when nil).
func robotsServer(robots string, h http.HandlerFunc) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if robots == "" {
				http.NotFound(w, r)
				return
			}
			fmt.Fprint(w, robots)
			return
		}
		if h != nil {
			h(w, r)
			return
		}
		fmt.Fprint(w, "ok "+r.URL.Path)
	}))
}
