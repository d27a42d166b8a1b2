package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"sync"
	"time"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/extract"
)

// File names inside a corpus folder.
const (
	ParagraphsFile = "paragraphs.jsonl"
	DocumentsFile  = "documents.jsonl"
	RunsFile       = "runs.jsonl"
	DatabaseFile   = "corpus.db"
	CacheDir       = "cache"
)

// DefaultMaxFileBytes caps the size of a local file, like the HTTP body cap.
const DefaultMaxFileBytes = 100 << 20

// Index is the part of the corpus store the runner keeps up to date.
type Index interface {
	PutDocument(ctx context.Context, d corpus.Document, paras []corpus.Paragraph) error
	DeleteDocument(ctx context.Context, docID string) error
	DocumentIDs(ctx context.Context) ([]string, error)
}

// Config configures a run.
type Config struct {
	OutDir  string           // corpus folder; created if missing
	Workers int              // documents processed at once (default 4)
	Extract extract.Options  // extraction options
	Tagger  *classify.Tagger // nil: records carry no tags
	Fetcher Fetcher          // for http(s) sources; nil: remote sources fail
	Index   Index            // optional SQLite index kept in step with the JSONL

	Follow        *regexp.Regexp // --follow: treat remote HTML pages as index pages and follow matching links
	Depth         int            // link depth for Follow (default 1)
	AnyHost       bool           // follow links to other hosts
	MaxDiscovered int            // cap on discovered URLs per run (default 1000)

	MaxFileBytes int64 // cap for local files (default 100 MB)
	Force        bool  // re-process unchanged sources
	DryRun       bool  // list what would be done; write nothing
	DryRunOut    io.Writer

	Progress func(done, total int) // called after each source; may be nil
	Log      io.Writer             // one line per failed source; may be nil
	Now      func() time.Time      // clock (default time.Now)

	// RunInfo is written, with the counts, to runs.jsonl at the end of the run.
	RunInfo map[string]any
}

// Summary counts what a run did.
type Summary struct {
	Sources     int  `json:"sources"`
	OK          int  `json:"ok"`         // extracted in this run
	Unchanged   int  `json:"unchanged"`  // skipped: bytes (or validators) unchanged
	Skipped     int  `json:"skipped"`    // duplicates, index pages
	Failed      int  `json:"failed"`     // status error
	Paragraphs  int  `json:"paragraphs"` // records in paragraphs.jsonl after the run
	Documents   int  `json:"documents"`  // records in documents.jsonl after the run
	Interrupted bool `json:"interrupted,omitempty"`
}

// outcome is what became of one source in this run.
type outcome struct {
	rec       corpus.Document
	paras     []corpus.Paragraph
	unchanged bool
}

// runner holds the state of one run.
type runner struct {
	cfg   Config
	paras *corpus.Appender
	docs  *corpus.Appender

	prev      map[string]corpus.Document // input -> last complete record of earlier runs
	prevOrder []string                   // inputs of earlier runs, in order
	paraCount map[string]int             // doc_id -> paragraph lines on disk
	taggerVer string

	mu       sync.Mutex
	claimed  map[string]string // sha256 -> input that extracts it in this run
	outcomes map[string]*outcome
	touched  map[string]bool // doc_ids (re)written in this run
}

// Run processes sources into cfg.OutDir. Sources are processed concurrently;
// each finished document is appended to the JSONL files at once (whole lines,
// synced), so a run killed at any moment can be resumed by running it again.
// At the end, the files are compacted (one record set per source, in source
// order) and the index is brought in step.
func Run(ctx context.Context, cfg Config, sources []Source) (*Summary, error) {
	if cfg.Workers <= 0 {
		cfg.Workers = 4
	}
	if cfg.Depth <= 0 {
		cfg.Depth = 1
	}
	if cfg.MaxDiscovered <= 0 {
		cfg.MaxDiscovered = 1000
	}
	if cfg.MaxFileBytes <= 0 {
		cfg.MaxFileBytes = DefaultMaxFileBytes
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	r := &runner{cfg: cfg, claimed: map[string]string{}, outcomes: map[string]*outcome{}, touched: map[string]bool{}}
	if cfg.Tagger != nil {
		r.taggerVer = cfg.Tagger.Version()
	}
	if !cfg.DryRun {
		if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
			return nil, fmt.Errorf("corpus folder: %w", err)
		}
	}
	if err := r.loadState(); err != nil {
		return nil, err
	}
	started := cfg.Now()

	// Phase 1: index pages (--follow) expand into the documents they list.
	pre := map[string]*Response{}
	if cfg.Follow != nil {
		sources = r.discover(ctx, sources, pre)
	}
	if cfg.DryRun {
		return r.dryRun(ctx, sources)
	}

	var err error
	if r.paras, err = corpus.OpenAppender(filepath.Join(cfg.OutDir, ParagraphsFile)); err != nil {
		return nil, err
	}
	defer r.paras.Close()
	if r.docs, err = corpus.OpenAppender(filepath.Join(cfg.OutDir, DocumentsFile)); err != nil {
		return nil, err
	}
	defer r.docs.Close()

	// Phase 2: process sources with a bounded pool of workers.
	jobs := make(chan int)
	var wg sync.WaitGroup
	done := 0
	var werr error
	var werrOnce sync.Once
	for w := 0; w < cfg.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				src := sources[i]
				o := r.process(ctx, src, pre[src.Input])
				if ctx.Err() != nil && o.rec.Status == corpus.StatusError && errors.Is(ctx.Err(), context.Canceled) {
					continue // interrupted: leave it for the next run
				}
				if err := r.commit(src, o); err != nil {
					werrOnce.Do(func() { werr = err })
				}
				r.mu.Lock()
				done++
				d := done
				r.mu.Unlock()
				if cfg.Progress != nil {
					cfg.Progress(d, len(sources))
				}
			}
		}()
	}
feed:
	for i := range sources {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if werr != nil {
		return nil, werr
	}

	sum, err := r.finish(ctx, sources)
	if err != nil {
		return sum, err
	}
	if ctx.Err() != nil {
		sum.Interrupted = true
	}
	r.writeRunRecord(started, sum)
	return sum, nil
}

// loadState reads the records of earlier runs, repairing torn last lines.
func (r *runner) loadState() error {
	r.prev = map[string]corpus.Document{}
	r.paraCount = map[string]int{}
	pp := filepath.Join(r.cfg.OutDir, ParagraphsFile)
	dp := filepath.Join(r.cfg.OutDir, DocumentsFile)
	if !r.cfg.DryRun {
		for _, p := range []string{pp, dp} {
			if _, err := corpus.RepairJSONL(p); err != nil {
				return err
			}
		}
	}
	paras, err := corpus.ReadParagraphs(pp)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("read earlier paragraphs: %w", err)
	}
	seen := map[string]bool{}
	for _, p := range paras {
		if !seen[p.ID] {
			seen[p.ID] = true
			r.paraCount[p.DocID]++
		}
	}
	docs, err := corpus.ReadDocuments(dp)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("read earlier documents: %w", err)
	}
	for _, d := range docs {
		if _, ok := r.prev[d.Input]; !ok {
			r.prevOrder = append(r.prevOrder, d.Input)
		}
		if d.Paragraphs > 0 && r.paraCount[d.DocID] < d.Paragraphs {
			continue // its paragraphs were not all written: redo it
		}
		r.prev[d.Input] = d
	}
	return nil
}

// fetch gets the bytes of a source. For a 304 it returns a nil body and
// NotModified set in the response.
func (r *runner) fetch(ctx context.Context, src Source, prev *corpus.Document) (*Fetched, *Response, error) {
	now := r.cfg.Now()
	if !src.IsRemote() {
		f, err := os.Open(src.Path)
		if err != nil {
			return nil, nil, fmt.Errorf("read file: %w", err)
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			return nil, nil, fmt.Errorf("read file: %w", err)
		}
		if st.IsDir() {
			return nil, nil, fmt.Errorf("read file: %s is a folder", src.Path)
		}
		if st.Size() > r.cfg.MaxFileBytes {
			return nil, nil, fmt.Errorf("file is %d bytes, over the %d-byte limit", st.Size(), r.cfg.MaxFileBytes)
		}
		body, err := io.ReadAll(f)
		if err != nil {
			return nil, nil, fmt.Errorf("read file: %w", err)
		}
		return &Fetched{Body: body, URL: FileURL(src.Path), Path: src.Path, FetchedAt: now}, nil, nil
	}
	if r.cfg.Fetcher == nil {
		return nil, nil, errors.New("no HTTP fetcher configured")
	}
	req := Request{URL: src.URL}
	if prev != nil && prev.Status == corpus.StatusOK {
		req.ETag, req.LastModified = prev.ETag, prev.LastModified
	}
	resp, err := r.cfg.Fetcher.Fetch(ctx, req)
	if err != nil {
		return nil, resp, err
	}
	if resp.NotModified {
		return nil, resp, nil
	}
	at := resp.FetchedAt
	if at.IsZero() {
		at = now
	}
	return &Fetched{Body: resp.Body, URL: src.URL, FetchedAt: at}, resp, nil
}

// process runs fetch, extract and classify for one source and returns its
// outcome. Paragraph records are carried in the outcome until commit.
func (r *runner) process(ctx context.Context, src Source, pre *Response) *outcome {
	o := &outcome{}
	rec := &o.rec
	rec.Schema = corpus.DocumentSchema
	rec.Input = src.Input
	rec.DiscoveredBy = src.DiscoveredBy
	rec.ProcessedAt = r.cfg.Now().UTC().Format(time.RFC3339)
	fail := func(err error) *outcome {
		rec.Status = corpus.StatusError
		rec.Error = err.Error()
		if p, ok := r.prev[src.Input]; ok && p.DocID != "" && p.Paragraphs > 0 {
			// Keep what an earlier run extracted rather than lose it.
			rec.DocID, rec.Source, rec.Doc, rec.Paragraphs = p.DocID, p.Source, p.Doc, p.Paragraphs
			rec.Format, rec.Engine, rec.Pages, rec.Tagger = p.Format, p.Engine, p.Pages, p.Tagger
			rec.Error += fmt.Sprintf("; kept the %d paragraphs extracted on %s", p.Paragraphs, p.ProcessedAt)
		}
		return o
	}
	if src.Err != nil {
		return fail(src.Err)
	}
	if src.indexLinks > 0 {
		rec.Status = corpus.StatusSkipped
		rec.Error = fmt.Sprintf("index page (--follow): %d links discovered", src.indexLinks)
		if pre != nil {
			rec.Attempts, rec.HTTPStatus = pre.Attempts, pre.Status
		}
		return o
	}
	var prev *corpus.Document
	if p, ok := r.prev[src.Input]; ok {
		prev = &p
	}
	var f *Fetched
	var resp *Response
	var err error
	if pre != nil && pre.Body != nil {
		resp = pre
		f = &Fetched{Body: pre.Body, URL: src.URL, FetchedAt: pre.FetchedAt}
	} else {
		f, resp, err = r.fetch(ctx, src, prev)
	}
	if resp != nil {
		rec.Attempts, rec.HTTPStatus, rec.ETag, rec.LastModified = resp.Attempts, resp.Status, resp.ETag, resp.LastModified
	}
	if err != nil {
		return fail(err)
	}
	if f == nil { // 304 Not Modified
		if prev != nil && !r.cfg.Force && r.sameTagger(prev) {
			o.rec, o.unchanged = *prev, true
			o.rec.Attempts, o.rec.HTTPStatus = rec.Attempts, rec.HTTPStatus
			return o
		}
		body, err := readCache(r.cfg.OutDir, prev)
		if err != nil {
			return fail(fmt.Errorf("304 Not Modified but the cached copy is unusable (%v); re-run with --force", err))
		}
		f = &Fetched{Body: body, URL: src.URL, FetchedAt: r.cfg.Now()}
	}
	if len(f.Body) == 0 {
		return fail(errors.New("empty document (0 bytes)"))
	}
	format := extract.Sniff(f.Body)
	f.ContentType = contentType(format)
	source := SourceOf(*f)
	rec.Source = source
	rec.DocID = corpus.DocID(source.SHA256)
	rec.Format = string(format)

	if prev != nil && !r.cfg.Force && prev.Status == corpus.StatusOK && prev.Source.SHA256 == source.SHA256 && r.sameTagger(prev) {
		o.rec, o.unchanged = *prev, true
		if resp != nil {
			o.rec.Attempts, o.rec.HTTPStatus = rec.Attempts, rec.HTTPStatus
			if rec.ETag != "" || rec.LastModified != "" {
				o.rec.ETag, o.rec.LastModified = rec.ETag, rec.LastModified
			}
		}
		return o
	}

	r.mu.Lock()
	owner, dup := r.claimed[source.SHA256]
	if !dup {
		r.claimed[source.SHA256] = src.Input
	}
	r.mu.Unlock()
	if dup {
		rec.Status = corpus.StatusSkipped
		rec.Duplicate = owner
		rec.Error = "same bytes as " + owner + ": extracted once"
		return o
	}
	writeCache(r.cfg.OutDir, source.SHA256, f.Body)

	var doc *extract.Document
	if format == extract.FormatUnknown {
		return fail(fmt.Errorf("%w: not a PDF, HTML page or text file (first bytes %q)", extract.ErrUnsupported, head(f.Body, 8)))
	}
	opt := r.cfg.Extract
	opt.URL = src.URL
	if resp != nil {
		opt.ContentType = resp.ContentType
	}
	doc, err = extract.Extract(ctx, f.Body, opt)
	if err != nil {
		return fail(fmt.Errorf("extract %s: %w", format, err))
	}
	usable(doc)
	if len(doc.Paragraphs) == 0 {
		return fail(fmt.Errorf("extract %s: no text found (scanned PDF without a text layer, or an empty page)", format))
	}
	var tags []classify.Result
	speaker := ""
	var tinfo *corpus.TaggerInfo
	if r.cfg.Tagger != nil {
		err := safe(func() { tags, speaker = TagDocument(r.cfg.Tagger, doc, src.Meta) })
		if err != nil {
			return fail(fmt.Errorf("classify: %w", err))
		}
		tinfo = &corpus.TaggerInfo{Name: TaggerName, Version: r.taggerVer}
	}
	meta := DocMetaOf(doc.Meta, src.Meta, speaker)
	paras := BuildParagraphs(source, meta, doc, tags, tinfo)
	rec.Doc = meta
	rec.Status = corpus.StatusOK
	rec.Paragraphs = len(paras)
	rec.Pages = doc.Pages
	rec.Engine = doc.Engine
	rec.Tagger = tinfo
	o.paras = paras
	return o
}

// sameTagger reports whether an earlier record was tagged (or not) as this
// run would tag it, so that its records can be kept as they are.
func (r *runner) sameTagger(prev *corpus.Document) bool {
	if prev.Tagger == nil || r.cfg.Tagger == nil {
		return prev.Tagger == nil && r.cfg.Tagger == nil
	}
	return prev.Tagger.Version == r.taggerVer
}

func head(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// safe runs f, turning a panic into an error.
func safe(f func()) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error (recovered panic): %v", v)
		}
	}()
	f()
	return nil
}

// commit appends the outcome's records: paragraphs first, then the
// document record, which marks the document as done.
func (r *runner) commit(src Source, o *outcome) error {
	r.mu.Lock()
	r.outcomes[src.Input] = o
	if len(o.paras) > 0 {
		r.touched[o.rec.DocID] = true
	}
	r.mu.Unlock()
	if o.unchanged {
		return nil
	}
	if len(o.paras) > 0 {
		vals := make([]any, len(o.paras))
		for i := range o.paras {
			vals[i] = &o.paras[i]
		}
		if err := r.paras.Append(vals...); err != nil {
			return err
		}
	}
	if err := r.docs.Append(&o.rec); err != nil {
		return err
	}
	if o.rec.Status == corpus.StatusError && r.cfg.Log != nil {
		fmt.Fprintf(r.cfg.Log, "error: %s: %s\n", src.Input, o.rec.Error)
	}
	o.paras = nil // written; compaction reads them back
	return nil
}

// finish compacts the JSONL files into one record set per source, in
// order, and brings the index in step.
func (r *runner) finish(ctx context.Context, sources []Source) (*Summary, error) {
	sum := &Summary{Sources: len(sources)}
	for _, src := range sources {
		o, ok := r.outcomes[src.Input]
		if !ok {
			continue
		}
		switch {
		case o.unchanged:
			sum.Unchanged++
		case o.rec.Status == corpus.StatusOK:
			sum.OK++
		case o.rec.Status == corpus.StatusSkipped:
			sum.Skipped++
		default:
			sum.Failed++
		}
	}
	pp := filepath.Join(r.cfg.OutDir, ParagraphsFile)
	dp := filepath.Join(r.cfg.OutDir, DocumentsFile)
	allDocs, err := corpus.ReadDocuments(dp)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return sum, err
	}
	// Latest record per input: this run's outcome, else the last on disk.
	latest := map[string]corpus.Document{}
	var order []string
	add := func(in string) {
		if _, ok := latest[in]; !ok {
			order = append(order, in)
		}
	}
	for _, d := range allDocs {
		if _, inRun := r.outcomes[d.Input]; inRun {
			continue
		}
		if _, ok := latest[d.Input]; !ok {
			add(d.Input)
		}
		latest[d.Input] = d
	}
	for _, src := range sources {
		if o, ok := r.outcomes[src.Input]; ok {
			add(src.Input)
			latest[src.Input] = o.rec
		}
	}
	// Drop earlier inputs whose records have no complete paragraph set.
	paras, err := corpus.ReadParagraphs(pp)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return sum, err
	}
	byDoc := map[string][]corpus.Paragraph{}
	seen := map[string]bool{}
	for _, p := range paras {
		if seen[p.ID] {
			continue
		}
		seen[p.ID] = true
		byDoc[p.DocID] = append(byDoc[p.DocID], p)
	}
	// Owners: the first input (in order) holding each doc_id with paragraphs.
	content := map[string]corpus.Document{} // doc_id -> a record with its extraction details
	for _, in := range order {
		d := latest[in]
		if d.DocID != "" && d.Paragraphs > 0 && len(byDoc[d.DocID]) >= d.Paragraphs {
			if _, ok := content[d.DocID]; !ok {
				content[d.DocID] = d
			}
		}
	}
	owner := map[string]string{}
	also := map[string][]string{}
	var finalDocs []corpus.Document
	var finalParas []corpus.Paragraph
	for _, in := range order {
		d := latest[in]
		c, has := content[d.DocID]
		if d.DocID != "" && has && (d.Status == corpus.StatusOK || d.Status == corpus.StatusSkipped && d.Duplicate != "" || d.Paragraphs > 0) {
			if o, taken := owner[d.DocID]; taken {
				if d.Status != corpus.StatusError {
					d.Status, d.Duplicate, d.Error = corpus.StatusSkipped, o, "same bytes as "+o+": extracted once"
				}
				// The same record whichever of the two did the extraction,
				// so that a resumed run ends exactly as an uninterrupted one.
				d.Paragraphs, d.Doc, d.Format, d.Engine, d.Pages, d.Tagger = 0, c.Doc, c.Format, "", 0, nil
				also[d.DocID] = append(also[d.DocID], sourceURL(d))
			} else {
				owner[d.DocID] = in
				if d.Status != corpus.StatusError {
					d.Status, d.Duplicate, d.Error = corpus.StatusOK, "", ""
				}
				d.Paragraphs, d.Doc, d.Format, d.Engine, d.Pages, d.Tagger = c.Paragraphs, c.Doc, c.Format, c.Engine, c.Pages, c.Tagger
			}
		} else if d.Status == corpus.StatusOK {
			// Its paragraphs are missing: treat as not done.
			continue
		}
		finalDocs = append(finalDocs, d)
	}
	for i := range finalDocs {
		d := &finalDocs[i]
		if owner[d.DocID] != d.Input || d.Paragraphs == 0 {
			continue
		}
		d.Source.AlsoURLs = also[d.DocID]
		ps := byDoc[d.DocID]
		sort.Slice(ps, func(a, b int) bool { return ps[a].Seq < ps[b].Seq })
		ps = ps[:d.Paragraphs]
		for j := range ps {
			ps[j].Source = d.Source
			ps[j].Doc = d.Doc
		}
		finalParas = append(finalParas, ps...)
	}
	if err := corpus.WriteFileAtomic(pp, func(w io.Writer) error { return corpus.WriteJSONL(w, finalParas) }); err != nil {
		return sum, err
	}
	if err := corpus.WriteFileAtomic(dp, func(w io.Writer) error { return corpus.WriteJSONL(w, finalDocs) }); err != nil {
		return sum, err
	}
	sum.Paragraphs, sum.Documents = len(finalParas), len(finalDocs)
	if r.cfg.Index != nil {
		if err := r.syncIndex(ctx, finalDocs, finalParas); err != nil {
			return sum, fmt.Errorf("index: %w", err)
		}
	}
	return sum, nil
}

func sourceURL(d corpus.Document) string {
	if d.Source.URL != "" {
		return d.Source.URL
	}
	return d.Input
}

// syncIndex puts the documents that changed in this run or are missing from
// the index, and deletes the ones no longer in the corpus.
func (r *runner) syncIndex(ctx context.Context, docs []corpus.Document, paras []corpus.Paragraph) error {
	ids, err := r.cfg.Index.DocumentIDs(ctx)
	if err != nil {
		return err
	}
	have := map[string]bool{}
	for _, id := range ids {
		have[id] = true
	}
	byDoc := map[string][]corpus.Paragraph{}
	for _, p := range paras {
		byDoc[p.DocID] = append(byDoc[p.DocID], p)
	}
	want := map[string]bool{}
	for _, d := range docs {
		if d.DocID == "" || len(byDoc[d.DocID]) == 0 || want[d.DocID] {
			continue
		}
		want[d.DocID] = true
		if have[d.DocID] && !r.touched[d.DocID] {
			continue
		}
		if err := r.cfg.Index.PutDocument(ctx, d, byDoc[d.DocID]); err != nil {
			return err
		}
	}
	changed := false
	for _, id := range ids {
		if !want[id] {
			if err := r.cfg.Index.DeleteDocument(ctx, id); err != nil {
				return err
			}
			changed = true
		}
	}
	for id := range want {
		if !have[id] || r.touched[id] {
			changed = true
			break
		}
	}
	// Indexes that keep ranking accelerators rebuild them after a batch.
	if o, ok := r.cfg.Index.(interface{ Optimize(context.Context) error }); ok && changed {
		return o.Optimize(ctx)
	}
	return nil
}

func (r *runner) writeRunRecord(started time.Time, sum *Summary) {
	rec := map[string]any{
		"schema":   "normscope.run/v1",
		"started":  started.UTC().Format(time.RFC3339),
		"finished": r.cfg.Now().UTC().Format(time.RFC3339),
		"summary":  sum,
	}
	for k, v := range r.cfg.RunInfo {
		rec[k] = v
	}
	a, err := corpus.OpenAppender(filepath.Join(r.cfg.OutDir, RunsFile))
	if err != nil {
		return
	}
	defer a.Close()
	_ = a.Append(rec)
}
