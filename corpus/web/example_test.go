package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/corpus/web"
)

// exampleCorpus writes a one-document corpus and returns its path.
func exampleCorpus(dir string) string {
	path := filepath.Join(dir, "corpus.db")
	st, err := corpus.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	meta := corpus.DocMeta{Title: "Chair's summary", Symbol: "A/AC.999/1", Date: "2031-04-01", Kind: "report", Lang: "en"}
	texts := []string{
		"Delegations welcomed the launch of the Points of Contact directory.",
		"Some States called for a legally binding instrument.",
	}
	var paras []corpus.Paragraph
	for i, text := range texts {
		paras = append(paras, corpus.Paragraph{
			Schema: corpus.ParagraphSchema, ID: corpus.ParagraphID("ab12cd34ef56ab78", i+1), DocID: "ab12cd34ef56ab78",
			Seq: i + 1, Doc: meta, Kind: "paragraph", ParaNo: fmt.Sprint(i + 1), Text: text,
			Topic: "cbms", Topics: []classify.TopicScore{{Label: "cbms", Score: 0.9}},
		})
	}
	doc := corpus.Document{Schema: corpus.DocumentSchema, DocID: "ab12cd34ef56ab78", Doc: meta, Status: corpus.StatusOK, Paragraphs: len(paras)}
	if err := st.PutDocument(context.Background(), doc, paras); err != nil {
		log.Fatal(err)
	}
	return path
}

// Example serves a corpus read-only and asks its JSON API for the
// paragraphs that mention a legally binding instrument. normscope serve
// does the same with web.Serve on a 127.0.0.1 listener.
func Example() {
	dir, _ := os.MkdirTemp("", "normscope-example")
	defer os.RemoveAll(dir)
	store, err := corpus.OpenReadOnly(exampleCorpus(dir))
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()
	h, err := web.New(store, web.Options{Title: "OEWG corpus"})
	if err != nil {
		log.Fatal(err)
	}

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", `/api/search?q="legally+binding"`, nil))
	var res web.APIResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		log.Fatal(err)
	}
	fmt.Println(rec.Code, res.Total, res.Hits[0].Permalink)
	var marked []string
	for _, sp := range res.Hits[0].Snippet {
		if sp.Match {
			marked = append(marked, sp.Text)
		}
	}
	fmt.Println(strings.Join(marked, ","))

	// Pages are HTML with a strict Content-Security-Policy; writes are refused.
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/", nil))
	fmt.Println(rec.Code, rec.Header().Get("Allow"))
	// Output:
	// 200 1 /p/ab12cd34ef56ab78-0002
	// legally binding
	// 405 GET, HEAD
}
