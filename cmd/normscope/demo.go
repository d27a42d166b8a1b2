package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/normscope/normscope/examples"
	"github.com/normscope/normscope/pipeline"
)

func init() {
	register(command{name: "demo", usage: "[-o DIR]", summary: "run the pipeline offline over the bundled example documents, served on 127.0.0.1", run: cmdDemo})
}

// demoHost is the host name of the demo documents' URLs (.invalid never
// resolves, so nothing can leave the machine).
const demoHost = "demo.normscope.invalid"

func cmdDemo(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := command{name: "demo", usage: "[-o DIR]", summary: "Serves the bundled example documents (examples/) from an HTTP server on 127.0.0.1 and runs the\nwhole pipeline over them, starting from their index page with link discovery, so the fetch path\nis exercised offline. Then try: normscope search --corpus DIR \"legally binding\""}
	fs := newFlags(&c, stderr)
	var rf runFlags
	rf.register(fs)
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		fmt.Fprintf(stderr, "normscope demo: unexpected argument %q\n", pos[0])
		return exitUsage
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(stderr, "normscope demo:", err)
		return exitFailure
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	})
	mux.Handle("/", examples.Handler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(stderr, "normscope demo: server:", err)
		}
	}()
	defer srv.Close()
	// The documents get stable URLs on a reserved name, dialled to our
	// listener whatever its port, so that a second demo run finds them
	// unchanged.
	base := "http://" + demoHost + "/"
	addr := ln.Addr().String()
	rf.http.Transport = &http.Transport{
		DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, network, addr)
		},
	}
	if rf.follow == "" {
		rf.follow = `\.(pdf|html?|txt)$`
	}
	if rf.http.RatePerHost == 0 {
		rf.http.RatePerHost = -1 // our own server: no need to be polite
	}
	if rf.http.HostConcurrency == 0 {
		rf.http.HostConcurrency = rf.workers
	}
	fmt.Fprintf(stderr, "normscope demo: serving %d example documents as %s (on %s)\n", len(examples.Files()), base, addr)
	sources, err := pipeline.ExpandSources([]string{base})
	if err != nil {
		fmt.Fprintln(stderr, "normscope demo:", err)
		return exitFailure
	}
	code = runPipeline(ctx, &rf, sources, stdout, stderr, map[string]any{"command": "demo", "args": args})
	if code == exitOK && !rf.dryRun {
		fmt.Fprintf(stderr, "normscope demo: done. Next:\n  normscope search --corpus %s \"legally binding\"\n  normscope stats --corpus %s --by topic,year\n  normscope serve --corpus %s\n", rf.out, rf.out, rf.out)
	}
	return code
}
