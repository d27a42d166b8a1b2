package pipeline

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Request is one document to fetch, with the validators recorded by the
// previous run (empty on the first run).
type Request struct {
	URL          string
	ETag         string // sent as If-None-Match
	LastModified string // sent as If-Modified-Since
}

// Response is the outcome of a fetch. On failure Fetch still returns a
// Response with what is known (Attempts, Status, Waits).
type Response struct {
	URL          string // as requested
	FinalURL     string // after redirects
	Body         []byte // decoded (gzip removed); nil when NotModified
	ContentType  string // as sent by the server, never trusted
	Status       int    // HTTP status of the last attempt (0: no response)
	Attempts     int    // requests made, including the first
	NotModified  bool   // the server answered 304 to the validators of the Request
	ETag         string
	LastModified string
	FetchedAt    time.Time
	// Waits are the backoff waits between attempts, in order
	// (len(Waits) == Attempts-1 when every failure was retried).
	Waits []time.Duration
	// PoliteWait is the total time spent waiting for the per-host rate
	// limiter (configured rate or robots.txt Crawl-delay).
	PoliteWait time.Duration
}

// Fetcher fetches documents. HTTPFetcher is the implementation for the
// web; the runner may wrap it (cache) or replace it in tests.
type Fetcher interface {
	Fetch(ctx context.Context, req Request) (*Response, error)
}

// ErrDisallowed is wrapped by the FetchError of a URL that robots.txt does
// not allow this crawler to fetch.
var ErrDisallowed = errors.New("disallowed by robots.txt")

// FetchError is the error of a failed fetch. Error() is a one-line reason
// such as "HTTP 404 Not Found" or "timeout: no data for 30s (stalled body)".
type FetchError struct {
	URL       string
	Status    int // HTTP status of the last attempt, 0 if none
	Attempts  int
	Reason    string
	Permanent bool  // retrying (now or in a later run) will not help
	Err       error // underlying cause, may be nil
}

// Error returns the reason.
func (e *FetchError) Error() string { return e.Reason }

// Unwrap returns the underlying cause (ErrDisallowed for robots.txt).
func (e *FetchError) Unwrap() error { return e.Err }

// DefaultUserAgent is the User-Agent sent when HTTPConfig.UserAgent is empty,
// for the given program version.
func DefaultUserAgent(version string) string {
	if version == "" {
		version = "dev"
	}
	return "normscope/" + version + " (+https://github.com/normscope/normscope; research crawler)"
}

// Defaults of HTTPConfig, used for zero fields.
const (
	DefaultMaxBytes        = 100 << 20
	DefaultConnectTimeout  = 15 * time.Second
	DefaultHeaderTimeout   = 30 * time.Second
	DefaultTotalTimeout    = 10 * time.Minute
	DefaultStallTimeout    = 30 * time.Second
	DefaultMaxRetries      = 3
	DefaultBaseBackoff     = 1 * time.Second
	DefaultMaxBackoff      = 30 * time.Second
	DefaultMaxRetryAfter   = 2 * time.Minute
	DefaultRatePerHost     = 1.0 // requests per second
	DefaultHostConcurrency = 2
	DefaultMaxRedirects    = 10
)

// HTTPConfig configures an HTTPFetcher. Zero fields take the defaults
// above; negative values switch a limit off where that makes sense:
// MaxRetries < 0 means no retry, RatePerHost < 0 no rate limit,
// MaxRedirects < 0 no redirect followed, a negative timeout no timeout.
type HTTPConfig struct {
	UserAgent string // default DefaultUserAgent(Version)
	Version   string // program version for the default User-Agent
	MaxBytes  int64  // largest body accepted (after decompression)

	ConnectTimeout time.Duration // TCP/TLS connect (net.Dialer)
	HeaderTimeout  time.Duration // from request sent to response headers
	TotalTimeout   time.Duration // one attempt, headers and body
	StallTimeout   time.Duration // longest gap without a byte of body

	MaxRetries    int           // retries after the first attempt, for transient failures
	BaseBackoff   time.Duration // first backoff ceiling, doubled per retry (full jitter)
	MaxBackoff    time.Duration // largest backoff ceiling
	MaxRetryAfter time.Duration // Retry-After values are capped to this

	IgnoreRobots    bool
	RatePerHost     float64 // requests per second per host
	HostConcurrency int     // simultaneous requests per host

	MaxRedirects int

	Clock     Clock             // default RealClock
	Transport http.RoundTripper // default: a tuned http.Transport
}

func (c *HTTPConfig) setDefaults() {
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent(c.Version)
	}
	if c.MaxBytes <= 0 {
		c.MaxBytes = DefaultMaxBytes
	}
	defDur := func(d *time.Duration, def time.Duration) {
		if *d == 0 {
			*d = def
		}
	}
	defDur(&c.ConnectTimeout, DefaultConnectTimeout)
	defDur(&c.HeaderTimeout, DefaultHeaderTimeout)
	defDur(&c.TotalTimeout, DefaultTotalTimeout)
	defDur(&c.StallTimeout, DefaultStallTimeout)
	defDur(&c.BaseBackoff, DefaultBaseBackoff)
	defDur(&c.MaxBackoff, DefaultMaxBackoff)
	defDur(&c.MaxRetryAfter, DefaultMaxRetryAfter)
	switch {
	case c.MaxRetries == 0:
		c.MaxRetries = DefaultMaxRetries
	case c.MaxRetries < 0:
		c.MaxRetries = 0
	}
	if c.RatePerHost == 0 {
		c.RatePerHost = DefaultRatePerHost
	}
	if c.HostConcurrency <= 0 {
		c.HostConcurrency = DefaultHostConcurrency
	}
	if c.MaxRedirects == 0 {
		c.MaxRedirects = DefaultMaxRedirects
	}
	if c.Clock == nil {
		c.Clock = RealClock{}
	}
}

// HTTPFetcher fetches http and https URLs politely and defensively:
// robots.txt, per-host rate and concurrency limits, retries with backoff,
// revalidation, and limits on time and size. It is safe for concurrent use.
type HTTPFetcher struct {
	cfg    HTTPConfig
	client *http.Client
	clock  Clock
	robots robotsCache
	polite *politeness
}

// NewHTTPFetcher returns a fetcher for cfg (zero fields take defaults).
func NewHTTPFetcher(cfg HTTPConfig) *HTTPFetcher {
	cfg.setDefaults()
	tr := cfg.Transport
	if tr == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		d := &net.Dialer{KeepAlive: 30 * time.Second}
		if cfg.ConnectTimeout > 0 {
			d.Timeout = cfg.ConnectTimeout
			t.TLSHandshakeTimeout = cfg.ConnectTimeout
		}
		t.DialContext = d.DialContext
		if cfg.HeaderTimeout > 0 {
			t.ResponseHeaderTimeout = cfg.HeaderTimeout
		}
		t.DisableCompression = true // we decode gzip ourselves, with a cap
		t.MaxIdleConnsPerHost = cfg.HostConcurrency
		tr = t
	}
	var interval time.Duration
	if cfg.RatePerHost > 0 {
		interval = time.Duration(float64(time.Second) / cfg.RatePerHost)
	}
	f := &HTTPFetcher{cfg: cfg, clock: cfg.Clock, polite: newPoliteness(interval, cfg.HostConcurrency, cfg.Clock)}
	f.client = &http.Client{Transport: tr, CheckRedirect: f.checkRedirect}
	return f
}

// Config returns the effective configuration (defaults filled in).
func (f *HTTPFetcher) Config() HTTPConfig { return f.cfg }

// redirectError is returned by checkRedirect; the client wraps it.
type redirectError struct {
	reason    string
	err       error
	transient bool
}

func (e *redirectError) Error() string { return e.reason }
func (e *redirectError) Unwrap() error { return e.err }

// checkRedirect is the redirect policy: http and https only, no loops, at
// most MaxRedirects hops, and robots.txt checked for every new target.
func (f *HTTPFetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if s := strings.ToLower(req.URL.Scheme); s != "http" && s != "https" {
		return &redirectError{reason: fmt.Sprintf("redirect to unsupported scheme %q", req.URL.Scheme)}
	}
	target := req.URL.String()
	for _, v := range via {
		if v.URL.String() == target {
			return &redirectError{reason: "redirect loop"}
		}
	}
	robotsFetch := req.Context().Value(ctxRobotsFetch) != nil
	limit := f.cfg.MaxRedirects
	if robotsFetch {
		limit = robotsMaxRedirects
	}
	if limit < 0 {
		return &redirectError{reason: "redirect not followed (redirects disabled)"}
	}
	if len(via) > limit {
		return &redirectError{reason: fmt.Sprintf("too many redirects (more than %d)", limit)}
	}
	if !robotsFetch && !f.cfg.IgnoreRobots {
		rules, err := f.robotsFor(req.Context(), req.URL)
		if err != nil {
			return err
		}
		if !rules.allows(req.URL) {
			return &redirectError{reason: disallowReason(rules, req.URL), err: ErrDisallowed, transient: rules.why != ""}
		}
	}
	return nil
}

func disallowReason(r *robotsRules, u *url.URL) string {
	if r.why != "" {
		return fmt.Sprintf("disallowed by robots.txt (%s)", r.why)
	}
	return fmt.Sprintf("disallowed by robots.txt (%s%s)", u.Host, robotsPath(u))
}

// parseFetchURL parses rawURL and accepts only absolute http(s) URLs.
func parseFetchURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, fmt.Errorf("invalid URL %q: %w", rawURL, err)
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return nil, fmt.Errorf("unsupported URL scheme %q in %q (only http and https)", u.Scheme, rawURL)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("URL %q has no host", rawURL)
	}
	return u, nil
}

// Fetch fetches req.URL: robots.txt check, per-host politeness, then up to
// 1+MaxRetries attempts with backoff for transient failures. On failure it
// returns both the Response (as far as known) and a *FetchError.
func (f *HTTPFetcher) Fetch(ctx context.Context, req Request) (res *Response, err error) {
	res = &Response{URL: req.URL}
	defer func() {
		if p := recover(); p != nil {
			err = &FetchError{URL: req.URL, Status: res.Status, Attempts: res.Attempts,
				Reason: fmt.Sprintf("internal error: %v", p), Permanent: true}
		}
	}()
	u, perr := parseFetchURL(req.URL)
	if perr != nil {
		return res, &FetchError{URL: req.URL, Reason: perr.Error(), Permanent: true, Err: perr}
	}
	var crawlDelay time.Duration
	if !f.cfg.IgnoreRobots {
		rules, rerr := f.robotsFor(ctx, u)
		if rerr != nil {
			return res, canceledError(req.URL, res, rerr)
		}
		if !rules.allows(u) {
			// A robots.txt that could not be fetched may be back next run.
			return res, &FetchError{URL: req.URL, Reason: disallowReason(rules, u), Permanent: rules.why == "", Err: ErrDisallowed}
		}
		crawlDelay = rules.crawlDelay
	}
	host := f.polite.host(strings.ToLower(u.Host), crawlDelay)
	for attempt := 1; ; attempt++ {
		waited, release, aerr := f.polite.acquire(ctx, host)
		if aerr != nil {
			return res, canceledError(req.URL, res, aerr)
		}
		res.Attempts = attempt
		res.PoliteWait += waited
		ferr, retryAfter := func() (*FetchError, time.Duration) {
			defer release() // even if the attempt panics
			return f.attempt(ctx, u, req, res)
		}()
		if ferr == nil {
			return res, nil
		}
		ferr.URL, ferr.Attempts, ferr.Status = req.URL, attempt, res.Status
		if ferr.Permanent || attempt > f.cfg.MaxRetries || ctx.Err() != nil {
			return res, ferr
		}
		wait := f.backoff(attempt, retryAfter)
		res.Waits = append(res.Waits, wait)
		if serr := f.clock.Sleep(ctx, wait); serr != nil {
			return res, canceledError(req.URL, res, serr)
		}
	}
}

func canceledError(rawURL string, res *Response, err error) *FetchError {
	return &FetchError{URL: rawURL, Status: res.Status, Attempts: res.Attempts,
		Reason: fmt.Sprintf("canceled: %v", err), Err: err}
}

// backoff returns the wait before the retry that follows failed attempt n
// (1-based): the server's Retry-After (capped) if it sent one, otherwise
// full jitter, uniform in [0, min(MaxBackoff, BaseBackoff*2^(n-1))].
func (f *HTTPFetcher) backoff(n int, retryAfter time.Duration) time.Duration {
	if retryAfter >= 0 {
		return min(retryAfter, f.cfg.MaxRetryAfter)
	}
	ceiling := f.cfg.BaseBackoff
	for i := 1; i < n && ceiling < f.cfg.MaxBackoff; i++ {
		ceiling *= 2
	}
	ceiling = min(ceiling, f.cfg.MaxBackoff)
	if ceiling <= 0 {
		return 0
	}
	return rand.N(ceiling + 1)
}

// parseRetryAfter reads a Retry-After header (delay in seconds or an
// HTTP-date) relative to now; it returns -1 when there is none or it is
// unreadable.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return -1
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return -1
		}
		if secs > int64(365*24*time.Hour/time.Second) { // avoid overflow
			secs = int64(365 * 24 * time.Hour / time.Second)
		}
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0)
	}
	return -1
}

// Causes set on the attempt contexts, to tell the timeouts apart.
var (
	errTotalTimeout = errors.New("total timeout")
	errStalled      = errors.New("stalled body")
)

// attempt makes one request and fills res. It returns nil on success (2xx
// or 304), else the error (with Permanent set) and the server's Retry-After
// (-1 if none).
func (f *HTTPFetcher) attempt(ctx context.Context, u *url.URL, req Request, res *Response) (*FetchError, time.Duration) {
	// What an earlier attempt saw no longer holds.
	res.Status, res.FinalURL, res.ContentType, res.ETag, res.LastModified = 0, "", "", "", ""
	actx := ctx
	if f.cfg.TotalTimeout > 0 {
		var cancel context.CancelFunc
		actx, cancel = context.WithTimeoutCause(ctx, f.cfg.TotalTimeout, errTotalTimeout)
		defer cancel()
	}
	sctx, stall := context.WithCancelCause(actx)
	defer stall(nil)

	hreq, err := http.NewRequestWithContext(sctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return &FetchError{Reason: fmt.Sprintf("invalid request: %v", err), Permanent: true, Err: err}, -1
	}
	hreq.Header.Set("User-Agent", f.cfg.UserAgent)
	hreq.Header.Set("Accept", "*/*")
	hreq.Header.Set("Accept-Encoding", "gzip")
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}

	resp, err := f.client.Do(hreq)
	if resp != nil && err != nil { // a redirect refused by checkRedirect
		res.Status = resp.StatusCode
		res.FinalURL = resp.Request.URL.String()
	}
	if err != nil {
		return f.requestError(ctx, actx, sctx, err), -1
	}
	defer resp.Body.Close()
	res.Status = resp.StatusCode
	res.FinalURL = resp.Request.URL.String()
	res.ContentType = resp.Header.Get("Content-Type")
	res.ETag = resp.Header.Get("ETag")
	res.LastModified = resp.Header.Get("Last-Modified")

	switch {
	case resp.StatusCode == http.StatusNotModified:
		res.NotModified = true
		res.Body = nil
		if res.ETag == "" {
			res.ETag = req.ETag
		}
		if res.LastModified == "" {
			res.LastModified = req.LastModified
		}
		res.FetchedAt = f.clock.Now()
		return nil, -1
	case resp.StatusCode < 200 || resp.StatusCode >= 300:
		_, _ = io.CopyN(io.Discard, resp.Body, 64<<10) // let the connection be reused
		code := resp.StatusCode
		ferr := &FetchError{Reason: fmt.Sprintf("HTTP %d %s", code, http.StatusText(code)), Permanent: !transientStatus(code)}
		retryAfter := time.Duration(-1)
		if !ferr.Permanent {
			retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), f.clock.Now())
		}
		return ferr, retryAfter
	}

	body, ferr := f.readBody(ctx, actx, sctx, stall, resp)
	if ferr != nil {
		return ferr, -1
	}
	res.Body = body
	res.FetchedAt = f.clock.Now()
	return nil, -1
}

// transientStatus reports whether an HTTP status is worth retrying.
func transientStatus(code int) bool {
	return code == http.StatusRequestTimeout || code == http.StatusTooManyRequests || code >= 500
}

// readBody reads resp.Body under the size cap and the stall watchdog, and
// removes a gzip Content-Encoding with the same cap on the decoded size.
func (f *HTTPFetcher) readBody(ctx, actx, sctx context.Context, stall context.CancelCauseFunc, resp *http.Response) ([]byte, *FetchError) {
	limit := f.cfg.MaxBytes
	if resp.ContentLength > limit {
		return nil, &FetchError{Reason: fmt.Sprintf("body exceeds %s limit", formatBytes(limit)), Permanent: true}
	}
	raw := &watchReader{r: resp.Body}
	if f.cfg.StallTimeout > 0 {
		raw.timer = time.AfterFunc(f.cfg.StallTimeout, func() { stall(errStalled) })
		raw.timer.Stop() // armed by each Read
		defer raw.timer.Stop()
		raw.stall = f.cfg.StallTimeout
	}
	var r io.Reader = io.LimitReader(raw, limit+1)
	enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	gzipped := false
	switch enc {
	case "", "identity":
	case "gzip", "x-gzip":
		gz, err := gzip.NewReader(r)
		if err != nil {
			return nil, f.bodyError(ctx, actx, sctx, resp, raw.n, err)
		}
		defer gz.Close()
		r, gzipped = gz, true
	default:
		return nil, &FetchError{Reason: fmt.Sprintf("unsupported Content-Encoding %q", enc), Permanent: true}
	}
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	if int64(len(body)) > limit {
		if gzipped {
			return nil, &FetchError{Reason: "decompressed size exceeds limit (gzip bomb?)", Permanent: true}
		}
		return nil, &FetchError{Reason: fmt.Sprintf("body exceeds %s limit", formatBytes(limit)), Permanent: true}
	}
	if err != nil {
		return nil, f.bodyError(ctx, actx, sctx, resp, raw.n, err)
	}
	return body, nil
}

// bodyError classifies an error met while reading the body.
func (f *HTTPFetcher) bodyError(ctx, actx, sctx context.Context, resp *http.Response, got int64, err error) *FetchError {
	if ferr := f.contextError(ctx, actx, sctx, err); ferr != nil {
		return ferr
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		if resp.ContentLength >= 0 {
			return &FetchError{Reason: fmt.Sprintf("truncated body: got %d of %d bytes", got, resp.ContentLength), Err: err}
		}
		return &FetchError{Reason: fmt.Sprintf("truncated body: got %d bytes, then the stream ended early", got), Err: err}
	}
	if errors.Is(err, gzip.ErrHeader) || errors.Is(err, gzip.ErrChecksum) {
		return &FetchError{Reason: fmt.Sprintf("corrupt gzip body: %v", err), Err: err}
	}
	return &FetchError{Reason: fmt.Sprintf("network error reading body: %s", describeNetErr(err)), Err: err}
}

// contextError explains an error caused by one of the attempt's contexts:
// the caller's cancellation, the total timeout or the stall watchdog.
func (f *HTTPFetcher) contextError(ctx, actx, sctx context.Context, err error) *FetchError {
	switch {
	case ctx.Err() != nil:
		return &FetchError{Reason: fmt.Sprintf("canceled: %v", ctx.Err()), Err: ctx.Err()}
	case context.Cause(actx) == errTotalTimeout:
		return &FetchError{Reason: fmt.Sprintf("timeout: request not done within %s (total)", f.cfg.TotalTimeout), Err: err}
	case context.Cause(sctx) == errStalled:
		return &FetchError{Reason: fmt.Sprintf("timeout: no data for %s (stalled body)", f.cfg.StallTimeout), Err: err}
	}
	return nil
}

// requestError classifies an error returned by http.Client.Do.
func (f *HTTPFetcher) requestError(ctx, actx, sctx context.Context, err error) *FetchError {
	var re *redirectError
	if errors.As(err, &re) {
		return &FetchError{Reason: re.reason, Permanent: !re.transient, Err: re}
	}
	if ferr := f.contextError(ctx, actx, sctx, err); ferr != nil {
		return ferr
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return &FetchError{Reason: fmt.Sprintf("timeout: could not connect within %s", f.cfg.ConnectTimeout), Err: err}
		}
		return &FetchError{Reason: fmt.Sprintf("connect: %s", describeNetErr(err)), Err: err}
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		if strings.Contains(err.Error(), "awaiting response headers") {
			return &FetchError{Reason: fmt.Sprintf("timeout: no response headers within %s", f.cfg.HeaderTimeout), Err: err}
		}
		return &FetchError{Reason: fmt.Sprintf("timeout: %s", describeNetErr(err)), Err: err}
	}
	return &FetchError{Reason: fmt.Sprintf("network error: %s", describeNetErr(err)), Err: err}
}

// describeNetErr returns the innermost useful message of a network error,
// without the "Get \"url\":" prefix of url.Error.
func describeNetErr(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if errors.Is(err, io.EOF) {
		return "connection closed by the server before a complete response (EOF)"
	}
	return err.Error()
}

// formatBytes renders a byte count as "100 MB", "512 KB" or "1234 bytes".
func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// watchReader counts the bytes read and runs the stall timer while a Read
// waits for the network, so the attempt is cancelled when the body goes
// quiet for longer than the stall timeout. Time spent by the consumer
// between reads (decompressing, say) does not count.
type watchReader struct {
	r     io.Reader
	n     int64
	timer *time.Timer
	stall time.Duration
}

func (w *watchReader) Read(p []byte) (int, error) {
	if w.timer != nil {
		w.timer.Reset(w.stall)
	}
	n, err := w.r.Read(p)
	if w.timer != nil {
		w.timer.Stop()
	}
	w.n += int64(n)
	return n, err
}
