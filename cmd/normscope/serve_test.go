package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/normscope/normscope/corpus"
)

func TestServeUsageAndMissingCorpus(t *testing.T) {
	code, _, stderr := run(t, "serve", "--corpus", t.TempDir(), "--addr", "127.0.0.1:0")
	if code != exitFailure || !strings.Contains(stderr, "not a normscope corpus") {
		t.Errorf("missing corpus: code %d, stderr %q", code, stderr)
	}
	if code, _, _ := run(t, "serve", "extra"); code != exitUsage {
		t.Errorf("extra argument: code %d", code)
	}
	if code, _, _ := run(t, "serve", "--nope"); code != exitUsage {
		t.Errorf("unknown flag: code %d", code)
	}
}

func TestServeAnswersAndStopsOnCancel(t *testing.T) {
	dir := t.TempDir()
	st, err := corpus.Open(filepath.Join(dir, "corpus.db"))
	if err != nil {
		t.Fatal(err)
	}
	meta := corpus.DocMeta{Title: "Invented statement", Date: "2031-02-03", Kind: "statement", Lang: "en"}
	p := corpus.Paragraph{Schema: corpus.ParagraphSchema, ID: corpus.ParagraphID("0123456789abcdef", 1), DocID: "0123456789abcdef",
		Seq: 1, Doc: meta, Kind: "paragraph", Text: "Our delegation supports a Programme of Action.", Topic: "institutional_dialogue"}
	if err := st.PutDocument(context.Background(), corpus.Document{Schema: corpus.DocumentSchema, DocID: p.DocID, Doc: meta, Status: "ok"}, []corpus.Paragraph{p}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- runMain(ctx, []string{"serve", "--corpus", dir, "--addr", "127.0.0.1:0"}, io.Discard, pw)
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("no start message: %v", err)
	}
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(line)
	if m == "" {
		t.Fatalf("start message %q names no loopback URL", line)
	}
	resp, err := http.Get(m + "api/search?q=programme")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"total":1`) {
		t.Errorf("api: %d %s", resp.StatusCode, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit code %d after cancel", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}
}
