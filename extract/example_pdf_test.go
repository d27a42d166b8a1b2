package extract_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/normscope/normscope/extract"
)

// ExampleExtractPDF extracts a two-page report with the pure-Go engine and
// prints its headings and the first numbered paragraphs.
func ExampleExtractPDF() {
	data, err := os.ReadFile("testdata/pdf/un-report.pdf")
	if err != nil {
		log.Fatal(err)
	}
	doc, err := extract.ExtractPDF(context.Background(), data, extract.Options{PDFEngine: "go"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Pages, "pages, engine", doc.Engine)
	for _, p := range doc.Paragraphs[:4] {
		fmt.Printf("%s p%d [%s] %.50s\n", p.Kind, p.Page, p.ParaNo, p.Text)
	}
	// Output:
	// 2 pages, engine go
	// heading p1 [] Regional Approaches to Cyber Resilience
	// heading p1 [] 1. Introduction
	// paragraph p1 [1] The working group recalled that regional organizat
	// paragraph p1 [2] Several delegations stressed that confidence-build
}
