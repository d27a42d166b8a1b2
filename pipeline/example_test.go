package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"

	"github.com/normscope/normscope/pipeline"
)

func ExampleDiscoverLinks() {
	page := []byte(`<html><body>
<a href="docs/WG_1_2.pdf#page=3">Draft report</a>
<a href="/statements/chair.html">Statement of the Chair</a>
<a href="https://elsewhere.example/paper.pdf">Another site</a>
<a href="javascript:void(0)">Menu</a>
<a href="docs/WG_1_2.pdf">Draft report, again</a>
</body></html>`)
	links, err := pipeline.DiscoverLinks("https://meetings.example.org/session/index.html", page,
		regexp.MustCompile(`\.(pdf|html)$`), false, 10)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, l := range links {
		fmt.Println(l)
	}
	// Output:
	// https://meetings.example.org/session/docs/WG_1_2.pdf
	// https://meetings.example.org/statements/chair.html
}

func ExampleNewHTTPFetcher() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /drafts/\n")
		case r.Header.Get("If-None-Match") == `"r1"`:
			w.WriteHeader(http.StatusNotModified)
		default:
			w.Header().Set("ETag", `"r1"`)
			fmt.Fprint(w, "<p>States agreed to continue the dialogue.</p>")
		}
	}))
	defer srv.Close()

	f := pipeline.NewHTTPFetcher(pipeline.HTTPConfig{Version: "example", RatePerHost: -1})
	ctx := context.Background()

	res, err := f.Fetch(ctx, pipeline.Request{URL: srv.URL + "/report.html"})
	fmt.Println(res.Status, res.ETag, string(res.Body), err)

	// The next run sends the validators back and learns nothing changed.
	res, err = f.Fetch(ctx, pipeline.Request{URL: srv.URL + "/report.html", ETag: res.ETag})
	fmt.Println(res.Status, res.NotModified, err)

	_, err = f.Fetch(ctx, pipeline.Request{URL: srv.URL + "/drafts/zero.html"})
	fmt.Println(errors.Is(err, pipeline.ErrDisallowed))
	// Output:
	// 200 "r1" <p>States agreed to continue the dialogue.</p> <nil>
	// 304 true <nil>
	// true
}
