package pipeline

import (
	"fmt"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestDiscoverLinks(t *testing.T) {
	page, err := os.ReadFile("testdata/index.html")
	if err != nil {
		t.Fatal(err)
	}
	const base = "https://www.example.org/meetings/third/index.html"
	const (
		home    = "https://www.example.org/"
		wg31    = "https://www.example.org/meetings/third/docs/WG_3_1.pdf"
		wg32    = "https://www.example.org/meetings/third/docs/WG_3_2.pdf"
		wg25    = "https://www.example.org/meetings/archive/WG_2_5.pdf"
		chair   = "https://www.example.org/statements/statement-of-the-chair.html"
		partner = "https://partner.example.org/papers/capacity-building.pdf"
		cdn     = "https://cdn.example.net/files/annex.pdf"
		wg33    = "https://www.example.org/docs/WG_3_3.pdf"
		mapAnx  = "https://www.example.org/meetings/third/docs/map-annex.html"
	)
	pdf := regexp.MustCompile(`\.pdf$`)
	tests := []struct {
		name    string
		body    []byte
		base    string
		follow  *regexp.Regexp
		anyHost bool
		max     int
		want    []string
	}{
		{"same host, all links", page, base, nil, false, 0,
			[]string{home, wg31, wg32, wg25, chair, wg33, mapAnx}},
		{"any host", page, base, nil, true, 0,
			[]string{home, wg31, wg32, wg25, chair, partner, cdn, wg33, mapAnx}},
		{"follow PDFs only", page, base, pdf, false, 0,
			[]string{wg31, wg32, wg25, wg33}},
		{"follow PDFs, any host", page, base, pdf, true, 0,
			[]string{wg31, wg32, wg25, partner, cdn, wg33}},
		{"cap", page, base, pdf, true, 2,
			[]string{wg31, wg32}},
		{"cap larger than the page", page, base, pdf, false, 50,
			[]string{wg31, wg32, wg25, wg33}},
		{"base element", []byte(`<html><head><base href="https://www.example.org/library/"></head>
			<body><a href="a.pdf">A</a> <a href="https://www.example.org/library/a.pdf#p2">A again</a></body></html>`),
			base, nil, false, 0, []string{"https://www.example.org/library/a.pdf"}},
		{"http base, links relative to it", []byte(`<a href="x.html">x</a><a href="https://other.example/y">y</a>`),
			"http://host.example:8080/dir/", nil, false, 0, []string{"http://host.example:8080/dir/x.html"}},
		{"not HTML at all", []byte("%PDF-1.7 \x00\x01 binary"), base, nil, true, 0, nil},
		{"only unsafe schemes", []byte(`<a href="file:///C:/secret.txt">f</a><a href="JavaScript:void(0)">j</a>
			<a href="data:application/pdf;base64,JVBERi0=">d</a><a href="vbscript:x">v</a>`), base, nil, true, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DiscoverLinks(tt.base, tt.body, tt.follow, tt.anyHost, tt.max)
			if err != nil {
				t.Fatalf("DiscoverLinks: %v", err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("links:\n got %q\nwant %q", got, tt.want)
			}
			for _, l := range got {
				if !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "https://") {
					t.Errorf("non-http link %q returned", l)
				}
			}
		})
	}
}

func TestDiscoverLinksBadBase(t *testing.T) {
	for _, base := range []string{"", "index.html", "file:///srv/index.html", "javascript:alert(1)", "http://"} {
		if _, err := DiscoverLinks(base, []byte(`<a href="https://example.org/a">a</a>`), nil, true, 0); err == nil {
			t.Errorf("DiscoverLinks(base %q): no error", base)
		}
	}
}

// BenchmarkDiscoverLinks measures link discovery on an index page of 2,000
// links.
func BenchmarkDiscoverLinks(b *testing.B) {
	var page strings.Builder
	page.WriteString("<html><body><ul>\n")
	for i := range 2000 {
		fmt.Fprintf(&page, "<li><a href=\"docs/WG_%d.pdf\">Document %d</a> <a href=\"#n%d\">note</a></li>\n", i, i, i)
	}
	page.WriteString("</ul></body></html>\n")
	body := []byte(page.String())
	pdf := regexp.MustCompile(`\.pdf$`)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		links, err := DiscoverLinks("https://www.example.org/meetings/", body, pdf, false, 0)
		if err != nil || len(links) != 2000 {
			b.Fatalf("%d links, %v", len(links), err)
		}
	}
}

// FuzzDiscoverLinks checks, on arbitrary pages, that DiscoverLinks neither
// fails nor panics, and only returns distinct absolute http(s) links on
// the base host, within the cap.
func FuzzDiscoverLinks(f *testing.F) {
	page, err := os.ReadFile("testdata/index.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(page, 5)
	f.Add([]byte(`<base href="javascript:x"><a href="//h/a">a</a><a href="http://[::1">b</a>`), 0)
	f.Add([]byte(`<a href=" HTTPS://www.Example.org:443/x#y ">x</a><area href="../../../../z">`), 2)
	const base = "https://www.example.org/a/b/index.html"
	f.Fuzz(func(t *testing.T, body []byte, max int) {
		links, err := DiscoverLinks(base, body, nil, false, max)
		if err != nil {
			t.Fatalf("DiscoverLinks: %v", err)
		}
		if max > 0 && len(links) > max {
			t.Errorf("%d links, cap %d", len(links), max)
		}
		seen := map[string]bool{}
		for _, l := range links {
			u, err := url.Parse(l)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host != "www.example.org" || u.Fragment != "" {
				t.Errorf("bad link %q", l)
			}
			if seen[l] {
				t.Errorf("duplicate link %q", l)
			}
			seen[l] = true
		}
	})
}
