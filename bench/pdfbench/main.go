// Command pdfbench extracts PDF files with the extract package and writes
// the paragraph records as JSONL on stdout, like `normscope extract`. It
// stands in for the CLI in bench/pdf.sh until the CLI exists.
//
//	pdfbench extract [--pdf-engine go|poppler|auto] FILE...
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/normscope/normscope/extract"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "extract" {
		args = args[1:]
	}
	fs := flag.NewFlagSet("pdfbench extract", flag.ExitOnError)
	engine := fs.String("pdf-engine", "go", "PDF engine: go, poppler or auto")
	fs.Parse(args)
	args = fs.Args()
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: pdfbench extract [--pdf-engine go|poppler|auto] FILE...")
		os.Exit(2)
	}
	enc := json.NewEncoder(os.Stdout)
	status := 0
	for _, f := range args {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			status = 1
			continue
		}
		doc, err := extract.ExtractPDF(context.Background(), data, extract.Options{PDFEngine: *engine})
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", f, err)
			status = 1
			continue
		}
		for _, p := range doc.Paragraphs {
			enc.Encode(map[string]any{"file": f, "kind": p.Kind, "page": p.Page, "section": p.Section, "para_no": p.ParaNo, "text": p.Text})
		}
	}
	os.Exit(status)
}
