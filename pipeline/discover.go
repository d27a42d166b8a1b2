package pipeline

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// DiscoverLinks returns the links of an HTML index page that the crawler
// may follow: the href of every <a> and <area>, resolved against base (or
// the page's own <base href>), without fragment, http and https only (never
// file:, javascript:, data:, mailto:), on the host of base unless anyHost,
// matching follow when it is not nil, without duplicates and without the
// page itself, in page order, at most max (max <= 0: no limit).
func DiscoverLinks(base string, body []byte, follow *regexp.Regexp, anyHost bool, max int) ([]string, error) {
	baseURL, err := parseFetchURL(base)
	if err != nil {
		return nil, fmt.Errorf("discover links: base: %w", err)
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("discover links: parse %s: %w", base, err)
	}
	resolveBase := baseURL
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := baseURL.Parse(strings.TrimSpace(href)); err == nil && isHTTP(b) {
			resolveBase = b
		}
	}
	self := withoutFragment(baseURL)
	seen := map[string]bool{self: true}
	var links []string
	doc.Find("a[href], area[href]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		href := strings.TrimSpace(s.AttrOr("href", ""))
		if href == "" || strings.HasPrefix(href, "#") {
			return true
		}
		u, err := resolveBase.Parse(href)
		if err != nil || !isHTTP(u) || u.Host == "" {
			return true
		}
		if !anyHost && !strings.EqualFold(u.Host, baseURL.Host) {
			return true
		}
		abs := withoutFragment(u)
		if seen[abs] {
			return true
		}
		if follow != nil && !follow.MatchString(abs) {
			return true
		}
		seen[abs] = true
		links = append(links, abs)
		return max <= 0 || len(links) < max
	})
	return links, nil
}

func isHTTP(u *url.URL) bool {
	s := strings.ToLower(u.Scheme)
	return s == "http" || s == "https"
}

func withoutFragment(u *url.URL) string {
	c := *u
	c.Fragment, c.RawFragment = "", ""
	return c.String()
}
