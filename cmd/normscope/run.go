package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/extract"
	"github.com/normscope/normscope/pipeline"
)

func init() {
	register(command{
		name:    "run",
		usage:   "[flags] SOURCE...",
		summary: "run the whole pipeline over URLs, files, folders and @manifests into a corpus folder",
		run:     cmdRun,
	})
}

// runFlags are the flags shared by run and demo.
type runFlags struct {
	out           string
	workers       int
	pdfEngine     string
	rules         string
	noTag         bool
	noIndex       bool
	follow        string
	depth         int
	anyHost       bool
	maxDiscovered int
	force         bool
	dryRun        bool
	quiet         bool
	retries       int
	http          pipeline.HTTPConfig
}

func (f *runFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.out, "o", "corpus", "corpus `folder` to write (paragraphs.jsonl, documents.jsonl, corpus.db)")
	fs.StringVar(&f.out, "out", "corpus", "same as -o")
	fs.IntVar(&f.workers, "j", 4, "documents processed at once")
	fs.StringVar(&f.pdfEngine, "pdf-engine", "auto", "PDF engine: auto (poppler's pdftotext when on PATH, else go), go or poppler")
	fs.StringVar(&f.rules, "rules", "", "`folder` of tagging rule files that extend or override the built-in ones")
	fs.BoolVar(&f.noTag, "no-tag", false, "do not tag paragraphs (extraction only)")
	fs.BoolVar(&f.noIndex, "no-index", false, "do not maintain corpus.db")
	fs.StringVar(&f.follow, "follow", "", "treat remote HTML pages as index pages and follow links matching this `regexp`")
	fs.IntVar(&f.depth, "depth", 1, "link depth for --follow")
	fs.BoolVar(&f.anyHost, "any-host", false, "with --follow, also follow links to other hosts")
	fs.IntVar(&f.maxDiscovered, "max-discovered", 1000, "cap on URLs discovered by --follow")
	fs.BoolVar(&f.force, "force", false, "re-process sources even when unchanged")
	fs.BoolVar(&f.dryRun, "dry-run", false, "list what would be fetched or extracted and why; write nothing")
	fs.BoolVar(&f.quiet, "q", false, "no progress bar and no summary")
	fs.IntVar(&f.retries, "retries", pipeline.DefaultMaxRetries, "retries of transient failures (network errors, 408, 429, 5xx), with backoff")
	registerHTTPFlags(fs, &f.http)
}

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := command{name: "run", usage: "[flags] SOURCE...", summary: "Runs fetch, extract, classify and index over the sources.\nSOURCE: an http(s) URL, a .pdf/.html/.htm/.txt file, a folder (recursive), or @FILE, a manifest\n(one source a line, or CSV/JSONL with url/path, title, date, kind, speaker, symbol columns)."}
	fs := newFlags(&c, stderr)
	var rf runFlags
	rf.register(fs)
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(stderr, "normscope run: no SOURCE given")
		fs.Usage()
		return exitUsage
	}
	sources, err := pipeline.ExpandSources(pos)
	if err != nil {
		fmt.Fprintln(stderr, "normscope run:", err)
		return exitUsage
	}
	return runPipeline(ctx, &rf, sources, stdout, stderr, map[string]any{"command": "run", "args": args})
}

// runPipeline runs the pipeline with the flags of run/demo and prints the
// summary. It returns the exit status.
func runPipeline(ctx context.Context, rf *runFlags, sources []pipeline.Source, stdout, stderr io.Writer, info map[string]any) int {
	switch rf.pdfEngine {
	case "auto", "go", "poppler":
	default:
		fmt.Fprintf(stderr, "normscope: --pdf-engine must be auto, go or poppler, not %q\n", rf.pdfEngine)
		return exitUsage
	}
	cfg := pipeline.Config{
		OutDir:        rf.out,
		Workers:       rf.workers,
		Extract:       extract.Options{PDFEngine: rf.pdfEngine},
		Depth:         rf.depth,
		AnyHost:       rf.anyHost,
		MaxDiscovered: rf.maxDiscovered,
		Force:         rf.force,
		DryRun:        rf.dryRun,
		DryRunOut:     stdout,
		Log:           stderr,
		RunInfo:       info,
	}
	if rf.follow != "" {
		re, err := regexp.Compile(rf.follow)
		if err != nil {
			fmt.Fprintf(stderr, "normscope: --follow: %v\n", err)
			return exitUsage
		}
		cfg.Follow = re
	}
	if !rf.noTag {
		t, err := classify.New(rf.rules)
		if err != nil {
			fmt.Fprintln(stderr, "normscope:", err)
			return exitUsage
		}
		cfg.Tagger = t
	}
	httpCfg := rf.http
	httpCfg.MaxRetries = rf.retries
	if rf.retries <= 0 {
		httpCfg.MaxRetries = -1 // none
	}
	fetcher := pipeline.NewHTTPFetcher(httpCfg)
	cfg.Fetcher = fetcher
	info["ignore_robots"] = httpCfg.IgnoreRobots
	info["user_agent"] = fetcher.Config().UserAgent
	info["version"] = version
	if !rf.dryRun {
		if gofiles, _ := filepath.Glob(filepath.Join(rf.out, "*.go")); len(gofiles) > 0 {
			fmt.Fprintf(stderr, "normscope: %s holds Go source files (%s): not writing a corpus there; name another folder with -o\n", rf.out, filepath.Base(gofiles[0]))
			return exitUsage
		}
	}
	if !rf.dryRun && !rf.noIndex {
		idx, err := openIndex(rf.out)
		if err != nil {
			fmt.Fprintln(stderr, "normscope:", err)
			return exitFailure
		}
		defer idx.Close()
		cfg.Index = idx
	}
	var bar *progressbar.ProgressBar
	if !rf.quiet && !rf.dryRun && isTerminal(stderr) {
		bar = progressbar.NewOptions(len(sources),
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("documents"),
			progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100*time.Millisecond),
		)
		cfg.Progress = func(done, total int) {
			bar.ChangeMax(total)
			_ = bar.Set(done)
		}
	}
	start := time.Now()
	sum, err := pipeline.Run(ctx, cfg, sources)
	if bar != nil {
		_ = bar.Finish()
	}
	if err != nil {
		fmt.Fprintln(stderr, "normscope:", err)
		return exitFailure
	}
	if rf.dryRun {
		return exitOK
	}
	if !rf.quiet {
		fmt.Fprintf(stderr, "normscope: %d sources in %s: %d extracted, %d unchanged, %d skipped, %d failed; %d paragraphs in %s\n",
			sum.Sources, time.Since(start).Round(time.Millisecond), sum.OK, sum.Unchanged, sum.Skipped, sum.Failed, sum.Paragraphs, rf.out)
	}
	if sum.Interrupted {
		fmt.Fprintln(stderr, "normscope: interrupted; run the same command again to finish the work")
		return exitFailure
	}
	if sum.Failed > 0 {
		fmt.Fprintf(stderr, "normscope: %d sources failed; see status \"error\" in %s/documents.jsonl\n", sum.Failed, rf.out)
		return exitFailure
	}
	return exitOK
}

// isTerminal reports whether w is a terminal (progress bars only go there).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
