package extract_test

import (
	"context"
	"fmt"

	"github.com/normscope/normscope/extract"
)

// ExampleExtractHTML extracts the paragraphs of a small web page: the menu,
// the share bar and the cookie notice are left out, the footnote is set
// apart, and the document metadata is read from the page.
func ExampleExtractHTML() {
	page := []byte(`<!DOCTYPE html>
<html lang="en"><head><title>Points of contact in practice - Example Institute</title>
<meta property="article:published_time" content="2024-05-02"></head>
<body>
<nav><a href="/">Home</a> <a href="/research">Research</a></nav>
<article>
<h1>Points of contact in practice</h1>
<div class="share"><a href="#">Share on LinkedIn</a></div>
<p>States agreed to test the directory twice a year.<sup><a href="#fn1">1</a></sup></p>
<h2>Next steps</h2>
<ul><li>Run a tabletop exercise;</li><li>Publish the results.</li></ul>
<ol class="footnotes"><li id="fn1">See the annual progress report.</li></ol>
</article>
<div class="cookie-banner">We use cookies. Accept?</div>
</body></html>`)
	doc, err := extract.ExtractHTML(context.Background(), page, extract.Options{})
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("title=%q date=%s lang=%s kind=%s\n", doc.Meta.Title, doc.Meta.Date, doc.Meta.Lang, doc.Meta.Kind)
	for _, p := range doc.Paragraphs {
		fmt.Printf("%-9s %-12q %s\n", p.Kind, p.Section, p.Text)
	}
	// Output:
	// title="Points of contact in practice" date=2024-05-02 lang=en kind=analysis
	// heading   ""           Points of contact in practice
	// paragraph ""           States agreed to test the directory twice a year.
	// heading   "Next steps" Next steps
	// list_item "Next steps" Run a tabletop exercise;
	// list_item "Next steps" Publish the results.
	// footnote  "Next steps" See the annual progress report.
}

// ExampleSniff tells the format of a document from its first bytes; a
// UTF-16 page with a byte order mark is recognised as HTML.
func ExampleSniff() {
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "<html><body><p>Hi</p></body></html>" {
		utf16 = append(utf16, byte(r), 0)
	}
	fmt.Println(extract.Sniff([]byte("%PDF-1.7\n")))
	fmt.Println(extract.Sniff([]byte("<!DOCTYPE html><html>")))
	fmt.Println(extract.Sniff(utf16))
	fmt.Println(extract.Sniff([]byte("Plain words.")))
	// Output:
	// pdf
	// html
	// html
	// text
}
