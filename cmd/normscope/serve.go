package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"path/filepath"

	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/corpus/web"
	"github.com/normscope/normscope/pipeline"
)

func init() {
	register(command{name: "serve", usage: "[--corpus DIR] [--addr 127.0.0.1:8080]", summary: "serve the analysts' web page (search, permalinks, charts, JSON and CSV) over a corpus", run: cmdServe})
}

func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := command{name: "serve", usage: "[--corpus DIR] [--addr 127.0.0.1:8080]", summary: "Serves a read-only web page over a corpus: full-text search with facets, paragraph permalinks\n(/p/ID), document pages (/d/DOC_ID), charts (/charts), a JSON API (/api/search) and CSV downloads\n(/search.csv). Stop it with Ctrl-C."}
	fs := newFlags(&c, stderr)
	dir := fs.String("corpus", "corpus", "corpus `folder` (holding corpus.db)")
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on; keep the loopback address unless others must reach the page")
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "normscope serve: unexpected argument %q\n", pos[0])
		return exitUsage
	}
	store, err := corpus.OpenReadOnly(filepath.Join(*dir, pipeline.DatabaseFile))
	if err != nil {
		fmt.Fprintln(stderr, "normscope serve:", err)
		return exitFailure
	}
	defer store.Close()
	h, err := web.New(store, web.Options{Logger: slog.New(slog.NewTextHandler(stderr, nil))})
	if err != nil {
		fmt.Fprintln(stderr, "normscope serve:", err)
		return exitFailure
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "normscope serve:", err)
		return exitFailure
	}
	if host, _, err := net.SplitHostPort(ln.Addr().String()); err == nil {
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			fmt.Fprintf(stderr, "normscope serve: warning: listening on %s, reachable from other machines\n", host)
		}
	}
	fmt.Fprintf(stderr, "normscope serve: %s on http://%s/ (Ctrl-C to stop)\n", *dir, ln.Addr())
	if err := web.Serve(ctx, ln, h); err != nil {
		fmt.Fprintln(stderr, "normscope serve:", err)
		return exitFailure
	}
	return exitOK
}
