package pipeline

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/extract"
)

// discover fetches the remote sources as possible index pages and replaces
// each HTML page that lists links matching cfg.Follow by those links (up to
// cfg.Depth levels, cfg.MaxDiscovered URLs in all). The index page itself
// stays in the list as a source, recorded as skipped. Fetched bodies are
// kept in pre so nothing is fetched twice.
func (r *runner) discover(ctx context.Context, sources []Source, pre map[string]*Response) []Source {
	seen := map[string]bool{}
	for _, s := range sources {
		seen[s.Input] = true
	}
	total := 0
	var expand func(level int, in []Source) []Source
	expand = func(level int, in []Source) []Source {
		var out []Source
		for _, src := range in {
			out = append(out, src)
			if !src.IsRemote() || src.Err != nil || r.cfg.Fetcher == nil || ctx.Err() != nil {
				continue
			}
			resp, err := r.cfg.Fetcher.Fetch(ctx, Request{URL: src.URL})
			if err != nil || resp == nil || resp.Body == nil {
				if resp != nil {
					pre[src.Input] = nil
				}
				continue // the document phase fetches it again and records the error
			}
			pre[src.Input] = resp
			if extract.Sniff(resp.Body) != extract.FormatHTML {
				continue
			}
			base := resp.FinalURL
			if base == "" {
				base = src.URL
			}
			links, err := DiscoverLinks(base, resp.Body, r.cfg.Follow, r.cfg.AnyHost, r.cfg.MaxDiscovered-total)
			if err != nil || len(links) == 0 {
				continue
			}
			// An index page: its links become sources.
			out[len(out)-1].indexLinks = len(links)
			var found []Source
			for _, l := range links {
				if seen[l] || total >= r.cfg.MaxDiscovered {
					continue
				}
				seen[l] = true
				total++
				found = append(found, Source{Input: l, URL: l, Meta: Meta{}, DiscoveredBy: src.URL})
			}
			if level < r.cfg.Depth {
				found = expand(level+1, found)
			}
			out = append(out, found...)
		}
		return out
	}
	return expand(1, sources)
}

// dryRun prints, for each source, what a run would do and why, and writes
// nothing.
func (r *runner) dryRun(ctx context.Context, sources []Source) (*Summary, error) {
	w := r.cfg.DryRunOut
	if w == nil {
		w = io.Discard
	}
	sum := &Summary{Sources: len(sources)}
	type allower interface {
		Allowed(ctx context.Context, rawURL string) (bool, error)
	}
	for _, src := range sources {
		prev, hasPrev := r.prev[src.Input]
		action, why := "fetch", "new"
		switch {
		case src.Err != nil:
			action, why = "error", src.Err.Error()
			sum.Failed++
		case src.indexLinks > 0:
			action, why = "index", fmt.Sprintf("index page: %d links to follow", src.indexLinks)
			sum.Skipped++
		case src.IsRemote():
			if a, ok := r.cfg.Fetcher.(allower); ok {
				if allowed, err := a.Allowed(ctx, src.URL); err == nil && !allowed {
					action, why = "skip", "disallowed by robots.txt"
					sum.Skipped++
					break
				}
			}
			if hasPrev && prev.Status == corpus.StatusOK {
				if prev.ETag != "" || prev.LastModified != "" {
					why = "revalidate (conditional GET; unchanged if 304)"
				} else {
					why = "refetch (no validators; unchanged if the bytes are)"
				}
			}
			if src.DiscoveredBy != "" {
				why += "; found on " + src.DiscoveredBy
			}
			sum.OK++
		default:
			b, err := os.ReadFile(src.Path)
			switch {
			case err != nil:
				action, why = "error", err.Error()
				sum.Failed++
			case hasPrev && prev.Status == corpus.StatusOK && prev.Source.SHA256 == corpus.SHA256Hex(b):
				action, why = "skip", "unchanged"
				sum.Unchanged++
			case hasPrev:
				action, why = "extract", "changed"
				sum.OK++
			default:
				action, why = "extract", "new"
				sum.OK++
			}
		}
		fmt.Fprintf(w, "%-8s %s\t%s\n", action, src.Input, why)
	}
	return sum, nil
}
