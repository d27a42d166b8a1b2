package pipeline

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// politeness keeps, per host, a rate limiter (one request per interval,
// burst 1) and a concurrency cap. The interval is the larger of the
// configured one and the host's robots.txt Crawl-delay.
type politeness struct {
	interval    time.Duration // 0: no rate limit
	concurrency int           // >= 1
	clock       Clock

	mu    sync.Mutex
	hosts map[string]*hostState
}

type hostState struct {
	sem      chan struct{}
	lim      *rate.Limiter
	interval time.Duration
}

func newPoliteness(interval time.Duration, concurrency int, clock Clock) *politeness {
	if concurrency < 1 {
		concurrency = 1
	}
	return &politeness{interval: interval, concurrency: concurrency, clock: clock, hosts: map[string]*hostState{}}
}

func limitFor(interval time.Duration) rate.Limit {
	if interval <= 0 {
		return rate.Inf
	}
	return rate.Every(interval)
}

// host returns the state of host, creating it on first use; crawlDelay
// raises the interval if it is larger than the current one.
func (p *politeness) host(host string, crawlDelay time.Duration) *hostState {
	p.mu.Lock()
	defer p.mu.Unlock()
	want := max(p.interval, crawlDelay)
	h := p.hosts[host]
	if h == nil {
		h = &hostState{
			sem:      make(chan struct{}, p.concurrency),
			lim:      rate.NewLimiter(limitFor(want), 1),
			interval: want,
		}
		p.hosts[host] = h
		return h
	}
	if want > h.interval {
		h.interval = want
		h.lim.SetLimitAt(p.clock.Now(), limitFor(want))
	}
	return h
}

// acquire takes one of the host's concurrency slots, then waits for the
// rate limiter. It returns the time waited for the limiter and a release
// function that must be called when the request is done.
func (p *politeness) acquire(ctx context.Context, h *hostState) (time.Duration, func(), error) {
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return 0, nil, ctx.Err()
	}
	release := func() { <-h.sem }
	r := h.lim.ReserveN(p.clock.Now(), 1)
	if !r.OK() { // cannot happen with burst 1, but never wait forever
		release()
		return 0, nil, fmt.Errorf("politeness: rate limiter refused a request")
	}
	d := r.DelayFrom(p.clock.Now())
	if d > 0 {
		if err := p.clock.Sleep(ctx, d); err != nil {
			r.CancelAt(p.clock.Now())
			release()
			return 0, nil, err
		}
	}
	return d, release, nil
}
