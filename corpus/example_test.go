package corpus_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/normscope/normscope/corpus"
)

// Example builds a corpus from JSONL records and searches it with a
// phrase, a filter and facets.
func Example() {
	dir, err := os.MkdirTemp("", "normscope-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	st, err := corpus.Open(filepath.Join(dir, "corpus.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	paras, _ := os.Open("testdata/paragraphs.jsonl")
	defer paras.Close()
	docs, _ := os.Open("testdata/documents.jsonl")
	defer docs.Close()
	ctx := context.Background()
	if err := st.Rebuild(ctx, paras, docs); err != nil {
		log.Fatal(err)
	}
	res, err := st.Search(ctx, corpus.Query{Text: `"Programme of Action"`, Actors: []string{"FRE"}, Facets: true})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Total, "match")
	for _, h := range res.Hits {
		var b strings.Builder
		for _, sp := range h.Snippet {
			if sp.Match {
				b.WriteString("[" + sp.Text + "]")
			} else {
				b.WriteString(sp.Text)
			}
		}
		fmt.Println(b.String())
	}
	fmt.Println(res.Facets["stance"])
	// Output:
	// 1 match
	// My delegation firmly supports the establishment of a [Programme of Action] as the permanent mechanism.
	// [{programme_of_action:favor 1}]
}

// ExampleParseQuery shows the safe FTS5 expression made from user syntax.
func ExampleParseQuery() {
	q, err := corpus.ParseQuery(`ransomware OR "critical infrastructure" -hospitals`)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(q.Match)
	_, err = corpus.ParseQuery(`text:foo`)
	fmt.Println(err)
	// Output:
	// ("ransomware" OR ("critical infrastructure" NOT "hospitals"))
	// bad query: "text:foo": column filters are not supported; use the topic, stance, actor and date filters
}

// ExampleStore_Stats counts paragraphs by topic.
func ExampleStore_Stats() {
	dir, _ := os.MkdirTemp("", "normscope-example-")
	defer os.RemoveAll(dir)
	st, err := corpus.Open(filepath.Join(dir, "corpus.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	paras, _ := os.Open("testdata/paragraphs.jsonl")
	defer paras.Close()
	if err := st.Rebuild(context.Background(), paras, nil); err != nil {
		log.Fatal(err)
	}
	t, err := st.Stats(context.Background(), []string{"topic"}, corpus.Query{Kinds: []string{"report"}})
	if err != nil {
		log.Fatal(err)
	}
	corpus.WriteTable(os.Stdout, t, "csv")
	// Output:
	// topic,paragraphs,share
	// cbms,2,0.2000
	// institutional_dialogue,1,0.1000
	// international_law,2,0.2000
	// other,3,0.3000
	// threats,2,0.2000
}
