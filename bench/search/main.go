// Command search benchmarks the normscope SQLite corpus store against bleve
// on the same generated paragraphs, in the same run: build time, size on
// disk, and p50/p95 latency of a mix of five queries.
//
//	go run . -n 100000
//	go run . -n 1000000 -runs 50
//
// The paragraphs are generated from a word-bigram model fitted at run time
// to the real texts in ../../../shared/corpus/texts (never stored here).
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	unitok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/normscope/normscope/corpus"
)

type benchQuery struct {
	name  string
	q     corpus.Query
	bleve query.Query
	total int
}

func main() {
	n := flag.Int("n", 100000, "paragraphs to generate")
	texts := flag.String("texts", "../../../shared/corpus/texts", "folder of real texts to fit the word model to")
	work := flag.String("dir", "", "work folder (default: a new temp folder, removed afterwards)")
	runs := flag.Int("runs", 30, "timed runs of each query")
	seed := flag.Uint64("seed", 1, "random seed")
	skipBleve := flag.Bool("nobleve", false, "skip bleve")
	reuse := flag.Bool("reuse", false, "reuse the data and indexes already in -dir")
	only := flag.String("only", "", "with -reuse: just build one index from the data in -dir (sqlite or bleve), print its time and exit")
	flag.Parse()
	log.SetFlags(0)
	ctx := context.Background()

	dir := *work
	if dir == "" {
		d, err := os.MkdirTemp("", "normscope-bench-")
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(d)
		dir = d
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		log.Fatal(err)
	}
	m, err := fitModel(*texts)
	if err != nil {
		log.Fatal(err)
	}
	paraPath, docPath := filepath.Join(dir, "paragraphs.jsonl"), filepath.Join(dir, "documents.jsonl")
	dbPath, blevePath := filepath.Join(dir, "corpus.db"), filepath.Join(dir, "bleve")
	var sqliteBuild, bleveBuild time.Duration
	switch *only {
	case "":
	case "sqlite":
		os.Remove(dbPath)
		log.Printf("sqlite build %v, %s", buildSQLite(ctx, dbPath, paraPath, docPath).Round(time.Millisecond), human(fileSize(dbPath)))
		return
	case "bleve":
		os.RemoveAll(blevePath)
		log.Printf("bleve build %v, %s", buildBleve(blevePath, paraPath).Round(time.Millisecond), human(dirSize(blevePath)))
		return
	default:
		log.Fatalf("-only %q: use sqlite or bleve", *only)
	}
	if !*reuse {
		t0 := time.Now()
		if _, _, err := generate(m, *n, *seed, dir); err != nil {
			log.Fatal(err)
		}
		log.Printf("generated %d paragraphs in %v (%s)", *n, time.Since(t0).Round(time.Millisecond), human(fileSize(paraPath)))
		os.Remove(dbPath)
		os.RemoveAll(blevePath)
		sqliteBuild = buildSQLite(ctx, dbPath, paraPath, docPath)
		log.Printf("sqlite build %v", sqliteBuild.Round(time.Millisecond))
		if !*skipBleve {
			bleveBuild = buildBleve(blevePath, paraPath)
			log.Printf("bleve build %v", bleveBuild.Round(time.Millisecond))
		}
	}

	st, err := corpus.OpenReadOnly(dbPath)
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	var bi bleve.Index
	if !*skipBleve {
		if bi, err = bleve.Open(blevePath); err != nil {
			log.Fatal(err)
		}
		defer bi.Close()
	}
	qs := pickQueries(m)
	overlap := map[string]string{}
	for _, bq := range qs {
		overlap[bq.name] = exactOverlap(ctx, st, bq.q)
	}
	for i := range qs {
		eq := qs[i].q
		eq.ExactTotal = true
		res, err := st.Search(ctx, eq)
		if err != nil {
			log.Fatalf("%s: %v", qs[i].name, err)
		}
		qs[i].total = res.Total
	}
	// Warm up both engines, then time them interleaved, query by query,
	// alternating which goes first, so that both see the same machine load.
	lat := map[string][]time.Duration{}
	searchSQLite := func(bq benchQuery) {
		t0 := time.Now()
		if _, err := st.Search(ctx, bq.q); err != nil {
			log.Fatalf("%s: %v", bq.name, err)
		}
		lat["sqlite/"+bq.name] = append(lat["sqlite/"+bq.name], time.Since(t0))
	}
	bleveTotals := map[string]uint64{}
	searchBleve := func(bq benchQuery) {
		if bi == nil {
			return
		}
		req := bleve.NewSearchRequestOptions(bq.bleve, 20, 0, false)
		t0 := time.Now()
		res, err := bi.Search(req)
		if err != nil {
			log.Fatalf("bleve %s: %v", bq.name, err)
		}
		lat["bleve/"+bq.name] = append(lat["bleve/"+bq.name], time.Since(t0))
		bleveTotals[bq.name] = res.Total
		// What a page needs on top: the records of the hits, here read
		// from the same SQLite store by ID.
		for _, h := range res.Hits {
			if _, err := st.Paragraph(ctx, h.ID); err != nil {
				log.Fatalf("bleve %s: record %s: %v", bq.name, h.ID, err)
			}
		}
		lat["bleve+rec/"+bq.name] = append(lat["bleve+rec/"+bq.name], time.Since(t0))
	}
	for _, bq := range qs {
		searchSQLite(bq)
		searchBleve(bq)
	}
	clear(lat)
	load0 := loadavg()
	for r := 0; r < *runs; r++ {
		for _, bq := range qs {
			if r%2 == 0 {
				searchSQLite(bq)
				searchBleve(bq)
			} else {
				searchBleve(bq)
				searchSQLite(bq)
			}
		}
	}
	log.Printf("load average during the timed runs: %s -> %s", load0, loadavg())

	fmt.Printf("\n%d paragraphs, %d runs per query, GOMAXPROCS=%d, %s/%s\n\n", *n, *runs, runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH)
	fmt.Printf("| | normscope (SQLite FTS5) | bleve v2 (scorch) |\n|---|---|---|\n")
	if !*reuse {
		fmt.Printf("| build (from JSONL) | %v | %v |\n", sqliteBuild.Round(time.Millisecond), bleveBuild.Round(time.Millisecond))
	}
	fmt.Printf("| size on disk | %s | %s |\n\n", human(fileSize(dbPath)+fileSize(dbPath+"-wal")), human(dirSize(blevePath)))
	fmt.Printf("| query | matches | top-20 = FTS5 bm25 | normscope p50 | normscope p95 | bleve p50 | bleve p95 | bleve+records p50 | bleve+records p95 |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, bq := range qs {
		s50, s95 := pct(lat["sqlite/"+bq.name])
		b50, b95 := pct(lat["bleve/"+bq.name])
		r50, r95 := pct(lat["bleve+rec/"+bq.name])
		fmt.Printf("| %s `%s` | %d (bleve %d) | %s | %s | %s | %s | %s | %s | %s |\n", bq.name, describe(bq.q), bq.total, bleveTotals[bq.name],
			overlap[bq.name], ms(s50), ms(s95), ms(b50), ms(b95), ms(r50), ms(r95))
	}
}

// exactOverlap compares the first page of Store.Search with FTS5's own
// exact BM25 ranking (ORDER BY rank), as "n/20".
func exactOverlap(ctx context.Context, st *corpus.Store, q corpus.Query) string {
	tq, err := corpus.ParseQuery(q.Text)
	if err != nil {
		log.Fatal(err)
	}
	sqlq := `SELECT p.id FROM paragraphs_fts JOIN paragraphs p ON p.pk = paragraphs_fts.rowid WHERE paragraphs_fts MATCH ?`
	args := []any{tq.Match}
	if len(q.Topics) > 0 {
		sqlq += ` AND p.topic = ?`
		args = append(args, q.Topics[0])
	}
	rows, err := st.DB().QueryContext(ctx, sqlq+` ORDER BY paragraphs_fts.rank LIMIT 20`, args...)
	if err != nil {
		log.Fatal(err)
	}
	exact := map[string]bool{}
	for rows.Next() {
		var id string
		rows.Scan(&id)
		exact[id] = true
	}
	rows.Close()
	res, err := st.Search(ctx, q)
	if err != nil {
		log.Fatal(err)
	}
	n := 0
	for _, h := range res.Hits {
		if exact[h.Paragraph.ID] {
			n++
		}
	}
	return fmt.Sprintf("%d/%d", n, len(exact))
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

func describe(q corpus.Query) string {
	s := q.Text
	if len(q.Topics) > 0 {
		s += " --topic " + strings.Join(q.Topics, ",")
	}
	return s
}

func buildSQLite(ctx context.Context, dbPath, paraPath, docPath string) time.Duration {
	t0 := time.Now()
	st, err := corpus.Open(dbPath)
	if err != nil {
		log.Fatal(err)
	}
	pf, err := os.Open(paraPath)
	if err != nil {
		log.Fatal(err)
	}
	defer pf.Close()
	df, err := os.Open(docPath)
	if err != nil {
		log.Fatal(err)
	}
	defer df.Close()
	if err := st.Rebuild(ctx, pf, df); err != nil {
		log.Fatal(err)
	}
	if _, err := st.DB().Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		log.Fatal(err)
	}
	if err := st.Close(); err != nil {
		log.Fatal(err)
	}
	return time.Since(t0)
}

func buildBleve(path, paraPath string) time.Duration {
	t0 := time.Now()
	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer("plain", map[string]any{
		"type": custom.Name, "tokenizer": unitok.Name, "token_filters": []any{lowercase.Name},
	}); err != nil {
		log.Fatal(err)
	}
	dm := bleve.NewDocumentStaticMapping()
	tf := bleve.NewTextFieldMapping()
	tf.Analyzer = "plain"
	tf.Store = false
	tf.IncludeTermVectors = true // needed for phrase queries
	tf.IncludeInAll = false
	kf := bleve.NewKeywordFieldMapping()
	kf.Store = false
	kf.IncludeInAll = false
	dm.AddFieldMappingsAt("text", tf)
	dm.AddFieldMappingsAt("topic", kf)
	im.DefaultMapping = dm
	im.DefaultAnalyzer = "plain"
	idx, err := bleve.New(path, im)
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Open(paraPath)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	batch := idx.NewBatch()
	for sc.Scan() {
		var p corpus.Paragraph
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			log.Fatal(err)
		}
		if err := batch.Index(p.ID, map[string]any{"text": p.Text, "topic": p.Topic}); err != nil {
			log.Fatal(err)
		}
		if batch.Size() >= 5000 {
			if err := idx.Batch(batch); err != nil {
				log.Fatal(err)
			}
			batch = idx.NewBatch()
		}
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	if err := idx.Batch(batch); err != nil {
		log.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		log.Fatal(err)
	}
	return time.Since(t0)
}

// pickQueries chooses the five queries from the fitted model: a rare word,
// the most common long word, two other common words ANDed, the most common
// two-word sequence as a phrase, and the common word with a topic filter.
func pickQueries(m *model) []benchQuery {
	type wc struct {
		w string
		n int
	}
	isWord := func(w string) bool {
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return false
			}
		}
		return true
	}
	var words []wc
	for w, c := range m.counts {
		if len(w) >= 6 && isWord(w) {
			words = append(words, wc{w, c})
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if words[i].n != words[j].n {
			return words[i].n > words[j].n
		}
		return words[i].w < words[j].w
	})
	common, and1, and2 := words[0].w, words[1].w, words[2].w
	rare := ""
	for i := len(words) - 1; i >= 0; i-- {
		if words[i].n == 2 {
			rare = words[i].w
			break
		}
	}
	bigrams := map[string]int{}
	for prev, nx := range m.next {
		a := strings.ToLower(prev)
		if len(a) < 4 || !isWord(a) {
			continue
		}
		for _, w := range nx {
			b := strings.ToLower(w)
			if len(b) >= 4 && isWord(b) {
				bigrams[a+" "+b]++
			}
		}
	}
	phrase, best := "", 0
	for bg, c := range bigrams {
		if c > best || c == best && bg < phrase {
			phrase, best = bg, c
		}
	}
	pw := strings.Fields(phrase)
	mq := func(w string) query.Query {
		q := bleve.NewMatchQuery(w)
		q.SetField("text")
		return q
	}
	pq := bleve.NewMatchPhraseQuery(phrase)
	pq.SetField("text")
	tq := bleve.NewTermQuery("threats")
	tq.SetField("topic")
	return []benchQuery{
		{name: "rare term", q: corpus.Query{Text: rare}, bleve: mq(rare)},
		{name: "common term", q: corpus.Query{Text: common}, bleve: mq(common)},
		{name: "two terms AND", q: corpus.Query{Text: and1 + " " + and2}, bleve: bleve.NewConjunctionQuery(mq(and1), mq(and2))},
		{name: "phrase", q: corpus.Query{Text: `"` + pw[0] + " " + pw[1] + `"`}, bleve: pq},
		{name: "term + topic", q: corpus.Query{Text: common, Topics: []string{"threats"}}, bleve: bleve.NewConjunctionQuery(mq(common), tq)},
	}
}

func pct(ds []time.Duration) (p50, p95 time.Duration) {
	if len(ds) == 0 {
		return 0, 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	at := func(p float64) time.Duration {
		i := int(p*float64(len(s))+0.5) - 1
		return s[max(0, min(i, len(s)-1))]
	}
	return at(0.50), at(0.95)
}

func ms(d time.Duration) string {
	if d == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000)
}

func fileSize(p string) int64 {
	st, err := os.Stat(p)
	if err != nil {
		return 0
	}
	return st.Size()
}

func dirSize(p string) int64 {
	var n int64
	filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

func human(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	default:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
}
