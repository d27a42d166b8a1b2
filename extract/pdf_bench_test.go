package extract

import (
	"context"
	"os"
	"testing"
)

// BenchmarkExtractPDF extracts every PDF of the shared extraction set per
// engine and reports pages per second.
func BenchmarkExtractPDF(b *testing.B) {
	files := corpusPDFs(b)
	var docs [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	for _, engine := range engines(b) {
		b.Run(engine, func(b *testing.B) {
			pages := 0
			for b.Loop() {
				for _, data := range docs {
					doc, err := ExtractPDF(context.Background(), data, Options{PDFEngine: engine})
					if err != nil {
						b.Fatal(err)
					}
					pages += doc.Pages
				}
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
