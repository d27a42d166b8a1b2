package pipeline

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsMaxBytes is how much of a robots.txt file is read; RFC 9309
// section 2.5 asks crawlers to parse at least 500 KiB.
const robotsMaxBytes = 500 << 10

// robotsMaxRedirects is the number of redirects followed for robots.txt
// (RFC 9309 section 2.3.1.2: at least five).
const robotsMaxRedirects = 5

// robotsRules is the outcome of fetching one host's robots.txt.
type robotsRules struct {
	group      *robotstxt.Group // nil: allow all or disallow all, see below
	disallow   bool             // the whole host is off limits for this run
	why        string           // why the whole host is disallowed
	crawlDelay time.Duration
}

// allows reports whether the path (with query) of u may be fetched.
func (r *robotsRules) allows(u *url.URL) bool {
	if r.disallow {
		return false
	}
	if r.group == nil {
		return true
	}
	return r.group.Test(robotsPath(u))
}

// robotsPath is the part of u that robots.txt rules match against.
func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// robotsKey identifies the robots.txt that governs u: scheme, host and
// port (RFC 9309 section 2.3).
func robotsKey(u *url.URL) string {
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host)
}

// agentToken is the product token of a User-Agent string ("normscope" in
// "normscope/1.0 (+https://…)"), which robots.txt groups are matched on.
func agentToken(ua string) string {
	tok := ua
	if i := strings.IndexAny(tok, "/ "); i >= 0 {
		tok = tok[:i]
	}
	if tok == "" {
		return "*"
	}
	return strings.ToLower(tok)
}

// robotsCache fetches each host's robots.txt once per run and shares the
// result between concurrent callers.
type robotsCache struct {
	mu sync.Mutex
	m  map[string]*robotsEntry
}

type robotsEntry struct {
	done     chan struct{}
	rules    *robotsRules
	canceled bool // the loading caller gave up; the entry was dropped
}

// lookup returns the rules for key, calling load at most once per key
// unless the loading caller's context is cancelled, in which case the
// next caller loads again.
func (c *robotsCache) lookup(ctx context.Context, key string, load func(context.Context) *robotsRules) (*robotsRules, error) {
	for {
		c.mu.Lock()
		if c.m == nil {
			c.m = map[string]*robotsEntry{}
		}
		e := c.m[key]
		if e == nil {
			e = &robotsEntry{done: make(chan struct{})}
			c.m[key] = e
			c.mu.Unlock()
			rules := load(ctx)
			if err := ctx.Err(); err != nil {
				c.mu.Lock()
				delete(c.m, key)
				c.mu.Unlock()
				e.canceled = true
				close(e.done)
				return nil, err
			}
			e.rules = rules
			close(e.done)
			return rules, nil
		}
		c.mu.Unlock()
		select {
		case <-e.done:
			if e.canceled {
				continue
			}
			return e.rules, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

type ctxKey int

// ctxRobotsFetch marks the context of a robots.txt request, so that the
// redirect policy neither checks robots.txt for it nor uses the document
// redirect limit.
const ctxRobotsFetch ctxKey = 1

// robotsFor returns the robots.txt rules for u's host, fetching them once.
func (f *HTTPFetcher) robotsFor(ctx context.Context, u *url.URL) (*robotsRules, error) {
	key := robotsKey(u)
	return f.robots.lookup(ctx, key, func(ctx context.Context) *robotsRules {
		return f.loadRobots(ctx, key+"/robots.txt")
	})
}

// loadRobots fetches and parses one robots.txt. Following RFC 9309: a 4xx
// status means there are no rules (allow all); a 5xx status or an
// unreachable server means the whole host is disallowed for this run.
func (f *HTTPFetcher) loadRobots(ctx context.Context, robotsURL string) *robotsRules {
	ctx = context.WithValue(ctx, ctxRobotsFetch, true)
	if f.cfg.TotalTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.cfg.TotalTimeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, robotsURL, nil)
	if err != nil {
		return &robotsRules{disallow: true, why: fmt.Sprintf("robots.txt: %v", err)}
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	resp, err := f.client.Do(req)
	if err != nil {
		return &robotsRules{disallow: true, why: fmt.Sprintf("robots.txt unreachable: %s", describeNetErr(err))}
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 500:
		return &robotsRules{disallow: true, why: fmt.Sprintf("robots.txt unavailable: HTTP %d %s", resp.StatusCode, http.StatusText(resp.StatusCode))}
	case resp.StatusCode < 200 || resp.StatusCode >= 300:
		// 4xx (and anything else that is not a 2xx, such as too many
		// redirects): no robots.txt, no restrictions.
		return &robotsRules{}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, robotsMaxBytes))
	if err != nil {
		return &robotsRules{disallow: true, why: fmt.Sprintf("robots.txt unreachable: %s", describeNetErr(err))}
	}
	data, err := robotstxt.FromBytes(body)
	if err != nil {
		// Unparseable lines are ignored (RFC 9309 section 2.2); a file
		// that cannot be parsed at all sets no rules.
		return &robotsRules{}
	}
	g := data.FindGroup(agentToken(f.cfg.UserAgent))
	return &robotsRules{group: g, crawlDelay: g.CrawlDelay}
}

// Allowed reports whether robots.txt allows the fetcher to fetch rawURL
// (always true when IgnoreRobots is set). It fetches the host's robots.txt
// if it has not been fetched yet; it is meant for dry runs.
func (f *HTTPFetcher) Allowed(ctx context.Context, rawURL string) (bool, error) {
	u, err := parseFetchURL(rawURL)
	if err != nil {
		return false, err
	}
	if f.cfg.IgnoreRobots {
		return true, nil
	}
	rules, err := f.robotsFor(ctx, u)
	if err != nil {
		return false, fmt.Errorf("robots.txt for %s: %w", u.Host, err)
	}
	return rules.allows(u), nil
}
