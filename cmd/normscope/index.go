package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/pipeline"
)

func init() {
	register(command{name: "index", usage: "[--corpus DIR]", summary: "rebuild corpus.db from paragraphs.jsonl and documents.jsonl", run: cmdIndex})
	register(command{name: "export", usage: "[--corpus DIR] --format csv|jsonl|datapackage -o DIR", summary: "export a corpus as CSV, JSONL or a Frictionless Data Package with a dataset card", run: cmdExport})
}

func cmdIndex(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := command{name: "index", usage: "[--corpus DIR]", summary: "Rebuilds DIR/corpus.db from DIR/paragraphs.jsonl and DIR/documents.jsonl (e.g. after editing or\nmerging JSONL files, or after classify). The old database is replaced only when the new one is complete."}
	fs := newFlags(&c, stderr)
	dir := fs.String("corpus", "corpus", "corpus `folder`")
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "normscope index: unexpected argument %q\n", pos[0])
		return exitUsage
	}
	paras, err := os.Open(filepath.Join(*dir, pipeline.ParagraphsFile))
	if err != nil {
		fmt.Fprintln(stderr, "normscope index:", err)
		return exitFailure
	}
	defer paras.Close()
	var docs io.Reader
	if f, err := os.Open(filepath.Join(*dir, pipeline.DocumentsFile)); err == nil {
		defer f.Close()
		docs = f
	} else if !errors.Is(err, os.ErrNotExist) {
		fmt.Fprintln(stderr, "normscope index:", err)
		return exitFailure
	}
	start := time.Now()
	final := filepath.Join(*dir, pipeline.DatabaseFile)
	tmp := final + ".rebuild"
	for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		os.Remove(p)
	}
	s, err := corpus.Open(tmp)
	if err != nil {
		fmt.Fprintln(stderr, "normscope index:", err)
		return exitFailure
	}
	if err := s.Rebuild(ctx, paras, docs); err != nil {
		s.Close()
		os.Remove(tmp)
		fmt.Fprintln(stderr, "normscope index:", err)
		return exitFailure
	}
	if err := s.Close(); err != nil {
		fmt.Fprintln(stderr, "normscope index:", err)
		return exitFailure
	}
	for _, p := range []string{final + "-wal", final + "-shm"} {
		os.Remove(p)
	}
	if err := os.Rename(tmp, final); err != nil {
		fmt.Fprintln(stderr, "normscope index:", err)
		return exitFailure
	}
	fmt.Fprintf(stderr, "normscope index: %s rebuilt in %s\n", final, time.Since(start).Round(time.Millisecond))
	return exitOK
}

func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := command{name: "export", usage: "[--corpus DIR] --format csv|jsonl|datapackage -o DIR", summary: "Exports the corpus: jsonl (the record files), csv (documents, paragraphs, stances, actors) or\ndatapackage (the CSV files with datapackage.json, sha256 hashes and field schemas, and a README.md\ndataset card that says the tags are machine-generated)."}
	fs := newFlags(&c, stderr)
	dir := fs.String("corpus", "corpus", "corpus `folder`")
	format := fs.String("format", "datapackage", "`format`: csv, jsonl or datapackage")
	out := fs.String("o", "", "output `folder` (required)")
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 || *out == "" {
		fmt.Fprintln(stderr, "normscope export: -o DIR is required and takes no other arguments")
		return exitUsage
	}
	switch *format {
	case "csv", "jsonl", "datapackage":
	default:
		fmt.Fprintln(stderr, "normscope export: --format must be csv, jsonl or datapackage")
		return exitUsage
	}
	s, code := openCorpus(*dir, stderr, "export")
	if s == nil {
		return code
	}
	defer s.Close()
	if err := corpus.Export(ctx, s, *out, *format, corpus.ExportOptions{Version: version}); err != nil {
		fmt.Fprintln(stderr, "normscope export:", err)
		return exitFailure
	}
	fmt.Fprintf(stderr, "normscope export: %s written to %s\n", *format, *out)
	return exitOK
}
