package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/normscope/normscope/corpus"
	"github.com/normscope/normscope/examples"
	"github.com/normscope/normscope/internal/testenv"
)

// TestResumeAfterKill builds the normscope binary, serves a few dozen
// documents (generated HTML pages and the bundled demo documents) from an
// httptest server, and runs `normscope run` over them. Each trial SIGKILLs
// the run at random moments (seeded RNG) several times, resumes it, and
// finally lets it finish; the output must then hold the same records as an
// uninterrupted run, byte for byte once sorted and with the fetch and
// processing times blanked.
//
// NORMSCOPE_RESUME_SEED sets the seed, NORMSCOPE_RESUME_TRIALS the number
// of trials (default 6, 2 with -short).
func TestResumeAfterKill(t *testing.T) {
	root := testenv.ModuleRoot(t)
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go tool not on PATH: cannot build the binary")
	}
	bin := filepath.Join(t.TempDir(), "normscope")
	build := exec.Command("go", "build", "-o", bin, "./cmd/normscope")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	seed := uint64(20261123)
	if s := os.Getenv("NORMSCOPE_RESUME_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("NORMSCOPE_RESUME_SEED: %v", err)
		}
		seed = v
	}
	trials := 6
	if testing.Short() {
		trials = 2
	}
	if s := os.Getenv("NORMSCOPE_RESUME_TRIALS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("NORMSCOPE_RESUME_TRIALS: %v", err)
		}
		trials = v
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	t.Logf("seed %d, %d trials", seed, trials)

	srv, urls, indexURL := resumeServer(t, rng)
	defer srv.Close()
	manifest := filepath.Join(t.TempDir(), "sources.txt")
	if err := os.WriteFile(manifest, []byte(strings.Join(urls, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Two ways in: a manifest of the document URLs, and link discovery
	// from an index page that also links a page robots.txt disallows.
	modes := []struct {
		name string
		args []string
		docs int    // document records expected
		want string // a document record must contain this
	}{
		{"manifest", []string{"@" + manifest}, len(urls), `"http_status":404`},
		{"follow", []string{"--follow", `\.(html|pdf|txt)$`, indexURL}, len(urls) + 2,
			`/private/secret.html","source":{"url":"","sha256":"","content_type":"","fetched_at":""},"doc":{"title":"","symbol":"","date":"","kind":"","speaker":null,"lang":""},"status":"error","error":"disallowed by robots.txt`},
	}
	run := func(dir string, args []string, killAfter time.Duration) (exitCode int, killed bool, took time.Duration) {
		t.Helper()
		cmd := exec.Command(bin, append([]string{"run", "-q", "-o", dir, "--pdf-engine", "go", "--rate=-1",
			"--host-concurrency", "4", "-j", "4"}, args...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		cmd.WaitDelay = 5 * time.Second
		start := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatalf("start normscope: %v", err)
		}
		var timer *time.Timer
		var mu sync.Mutex
		if killAfter > 0 {
			timer = time.AfterFunc(killAfter, func() {
				mu.Lock()
				defer mu.Unlock()
				killed = cmd.Process.Kill() == nil // SIGKILL
			})
		}
		err := cmd.Wait()
		took = time.Since(start)
		if timer != nil {
			timer.Stop()
		}
		mu.Lock()
		defer mu.Unlock()
		var ee *exec.ExitError
		switch {
		case err == nil:
			return 0, false, took
		case errors.As(err, &ee) && ee.ExitCode() >= 0:
			if ee.ExitCode() > 1 {
				t.Fatalf("normscope run: exit %d\n%s", ee.ExitCode(), stderr.String())
			}
			return ee.ExitCode(), false, took
		case errors.As(err, &ee) && killed:
			return -1, true, took
		}
		t.Fatalf("normscope run: %v\n%s", err, stderr.String())
		return 0, false, took
	}

	type baseline struct {
		code        int
		took        time.Duration
		paras, docs []string
		index       []string
	}
	bases := make([]baseline, len(modes))
	for i, m := range modes {
		dir := filepath.Join(t.TempDir(), "base-"+m.name)
		b := &bases[i]
		b.code, _, b.took = run(dir, m.args, 0)
		b.paras = normalisedRecords(t, filepath.Join(dir, ParagraphsFile), "id")
		b.docs = normalisedRecords(t, filepath.Join(dir, DocumentsFile), "input")
		if len(b.docs) != m.docs || len(b.paras) < 3*len(urls) {
			t.Fatalf("uninterrupted %s run: %d document records, want %d; %d paragraphs", m.name, len(b.docs), m.docs, len(b.paras))
		}
		if !slices.ContainsFunc(b.docs, func(l string) bool { return strings.Contains(l, m.want) }) {
			t.Errorf("uninterrupted %s run: no document record contains %s", m.name, m.want)
		}
		b.index = indexSummary(t, dir)
		if len(b.index) == 0 {
			t.Fatalf("uninterrupted %s run: corpus.db holds no document", m.name)
		}
		t.Logf("uninterrupted %s run: exit %d in %v, %d documents, %d paragraphs", m.name, b.code, b.took.Round(time.Millisecond), len(b.docs), len(b.paras))
	}

	passed, midRun := 0, 0
	for trial := range trials {
		m, base := modes[trial%len(modes)], bases[trial%len(modes)]
		ok := t.Run(fmt.Sprintf("trial %d (%s)", trial+1, m.name), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "corpus")
			kills := 2 + rng.IntN(3)
			var log []string
			// Kill at a random moment within the expected length of the
			// run: a whole run at first, then what is left of it (each
			// run also pays the start-up again).
			remaining := base.took
			for range kills {
				at := time.Duration(rng.Int64N(int64(remaining)))
				code, killed, took := run(dir, m.args, at)
				if killed {
					midRun++
					remaining = max(remaining-at*3/4, base.took/4)
				}
				log = append(log, fmt.Sprintf("kill at %v: killed %v (exit %d, %v)", at.Round(time.Millisecond), killed, code, took.Round(time.Millisecond)))
			}
			code, _, _ := run(dir, m.args, 0)
			t.Logf("%s; final run exit %d", strings.Join(log, "; "), code)
			if code != base.code {
				t.Errorf("final run exit %d, uninterrupted run exit %d", code, base.code)
			}
			compareRecords(t, "paragraphs", base.paras, normalisedRecords(t, filepath.Join(dir, ParagraphsFile), "id"))
			compareRecords(t, "documents", base.docs, normalisedRecords(t, filepath.Join(dir, DocumentsFile), "input"))
			compareRecords(t, "corpus.db", base.index, indexSummary(t, dir))
		})
		if ok {
			passed++
		}
	}
	t.Logf("resume after SIGKILL: %d of %d trials passed (%d kills landed mid-run)", passed, trials, midRun)
}

// resumeServer serves generated HTML pages under /gen/, the demo documents
// under /demo/, the same bytes under two URLs, and one missing document,
// each answer delayed a little so a run lasts long enough to be killed in
// the middle. Generated pages carry Last-Modified, so resumed runs
// revalidate them (304).
func resumeServer(t *testing.T, rng *rand.Rand) (srv *httptest.Server, urls []string, indexURL string) {
	t.Helper()
	pages := map[string][]byte{}
	var paths []string
	for i := range 30 {
		p := fmt.Sprintf("/gen/session-%02d.html", i+1)
		pages[p] = generatedPage(rng, i+1)
		paths = append(paths, p)
	}
	pages["/gen/copy-of-session-03.html"] = pages["/gen/session-03.html"]
	paths = append(paths, "/gen/copy-of-session-03.html")
	demo := examples.Files()
	if len(demo) == 0 {
		t.Fatal("no bundled demo documents")
	}
	for _, name := range demo {
		paths = append(paths, "/demo/"+name)
	}
	paths = append(paths, "/gen/withdrawn.html") // 404
	// Shuffle so the demo PDFs are not all at the end.
	rng.Shuffle(len(paths), func(i, j int) { paths[i], paths[j] = paths[j], paths[i] })

	modified := time.Date(2031, 7, 14, 9, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	delay := rand.New(rand.NewPCG(rng.Uint64(), rng.Uint64()))
	demoFS, err := fs.Sub(examples.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	// The index page links every document (relative links), a page that
	// robots.txt disallows, and things never to follow.
	var idx strings.Builder
	idx.WriteString("<!DOCTYPE html>\n<html><head><title>Documents of the Working Group</title></head><body><ul>\n")
	for _, p := range paths {
		fmt.Fprintf(&idx, "<li><a href=\"..%s\">%s</a></li>\n", p, path.Base(p))
	}
	idx.WriteString(`<li><a href="/private/secret.html">Restricted</a></li>
<li><a href="mailto:secretariat@example.org">Secretariat</a> <a href="#top">Top</a></li>
</ul></body></html>
`)
	pages["/gen/index.html"] = []byte(idx.String())

	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
			return
		}
		mu.Lock()
		d := time.Duration(5+delay.IntN(40)) * time.Millisecond
		mu.Unlock()
		time.Sleep(d)
		if body, ok := pages[r.URL.Path]; ok {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			http.ServeContent(w, r, r.URL.Path, modified, bytes.NewReader(body))
			return
		}
		if name, ok := strings.CutPrefix(r.URL.Path, "/demo/"); ok {
			http.ServeFileFS(w, r, demoFS, name)
			return
		}
		http.NotFound(w, r)
	}))
	urls = make([]string, len(paths))
	for i, p := range paths {
		urls[i] = srv.URL + p
	}
	return srv, urls, srv.URL + "/gen/index.html"
}

// Sentence parts for the generated pages, in the style of working-group
// reports; every combination is invented.
var (
	genSubjects = []string{"States", "Several delegations", "The Working Group", "A group of States",
		"Some States", "The Chair", "Many delegations", "Regional organizations"}
	genVerbs = []string{"underlined the importance of", "called for", "expressed concern about",
		"recalled", "proposed to strengthen", "noted with appreciation", "stressed the need for", "cautioned against"}
	genObjects = []string{"the voluntary norms of responsible State behaviour",
		"a global directory of points of contact", "capacity-building programmes for incident response teams",
		"ransomware attacks against hospitals and water utilities", "a legally binding instrument on ICT security",
		"the application of international humanitarian law", "a permanent programme of action",
		"confidence-building measures at the regional level", "the participation of non-governmental stakeholders",
		"the protection of critical infrastructure", "transparency about national cyber doctrines"}
	genTails = []string{"", " in the coming intersessional period", " as a matter of priority",
		", taking into account national circumstances", " through voluntary reporting", " in line with the agreed framework"}
	genHeads = []string{"Existing and potential threats", "Rules, norms and principles", "International law",
		"Confidence-building measures", "Capacity-building", "Regular institutional dialogue"}
)

// generatedPage writes an invented session summary: a title, a few
// sections of numbered paragraphs.
func generatedPage(rng *rand.Rand, n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Summary of session %d of the Working Group on Digital Confidence</title></head><body>\n", n)
	fmt.Fprintf(&b, "<h1>Summary of session %d of the Working Group on Digital Confidence</h1>\n", n)
	para := 1
	for s := range 2 + rng.IntN(3) {
		fmt.Fprintf(&b, "<h2>%c. %s</h2>\n", 'A'+s, genHeads[rng.IntN(len(genHeads))])
		for range 2 + rng.IntN(4) {
			fmt.Fprintf(&b, "<p>%d. ", para)
			for k := range 1 + rng.IntN(3) {
				if k > 0 {
					b.WriteString(" ")
				}
				fmt.Fprintf(&b, "%s %s %s%s.", genSubjects[rng.IntN(len(genSubjects))], genVerbs[rng.IntN(len(genVerbs))],
					genObjects[rng.IntN(len(genObjects))], genTails[rng.IntN(len(genTails))])
			}
			fmt.Fprintf(&b, " (Session %d, paragraph %d.)</p>\n", n, para)
			para++
		}
	}
	b.WriteString("</body></html>\n")
	return []byte(b.String())
}

// volatile matches the fields that legitimately differ between runs: the
// times of fetching and processing, and the HTTP status of a document that
// a resumed run revalidated (304) rather than downloaded (200).
var volatile = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`"(fetched_at|processed_at)":"[^"]*"`), `"$1":""`},
	{regexp.MustCompile(`"http_status":304\b`), `"http_status":200`},
}

// normalisedRecords reads a JSONL file, blanks the volatile fields of each
// line and returns the lines sorted by the given top-level key (then by
// the whole line).
func normalisedRecords(t *testing.T, path, key string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read output: %v", err)
	}
	keyRe := regexp.MustCompile(`"` + key + `":"([^"]*)"`)
	var lines []string
	for _, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if l == "" {
			continue
		}
		for _, v := range volatile {
			l = v.re.ReplaceAllString(l, v.repl)
		}
		lines = append(lines, l)
	}
	sortKey := func(l string) string {
		if m := keyRe.FindStringSubmatch(l); m != nil {
			return m[1]
		}
		return ""
	}
	slices.SortStableFunc(lines, func(a, b string) int {
		if c := strings.Compare(sortKey(a), sortKey(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return lines
}

// compareRecords reports the first differences between two sorted record sets.
func compareRecords(t *testing.T, what string, want, got []string) {
	t.Helper()
	if slices.Equal(want, got) {
		return
	}
	t.Errorf("%s: %d records after resuming, %d in the uninterrupted run", what, len(got), len(want))
	shown := 0
	for i := 0; i < max(len(want), len(got)) && shown < 3; i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			t.Errorf("%s record %d differs:\n want %s\n  got %s", what, i, clip(w), clip(g))
			shown++
		}
	}
}

func clip(s string) string {
	if len(s) > 600 {
		return s[:600] + "…"
	}
	return s
}

// indexSummary lists, for each document in the corpus.db of dir, its
// doc_id, title and paragraph IDs: the index must match the JSONL files.
func indexSummary(t *testing.T, dir string) []string {
	t.Helper()
	st, err := corpus.OpenReadOnly(filepath.Join(dir, DatabaseFile))
	if err != nil {
		t.Fatalf("open corpus.db: %v", err)
	}
	defer st.Close()
	ctx := t.Context()
	ids, err := st.DocumentIDs(ctx)
	if err != nil {
		t.Fatalf("corpus.db: %v", err)
	}
	var out []string
	for _, id := range ids {
		d, paras, err := st.DocumentParagraphs(ctx, id)
		if err != nil {
			t.Fatalf("corpus.db: document %s: %v", id, err)
		}
		pids := make([]string, len(paras))
		for i, p := range paras {
			pids[i] = p.ID
		}
		out = append(out, fmt.Sprintf("%s %q %s", id, d.Doc.Title, strings.Join(pids, ",")))
	}
	slices.Sort(out)
	return out
}

// TestDuplicateRecordIndependentOfHistory pins the runner fix the resume
// test led to: two inputs with the same bytes give the same records
// whether the owner (first in order) extracted them, or the duplicate did
// in an earlier, interrupted run.
func TestDuplicateRecordIndependentOfHistory(t *testing.T) {
	in := t.TempDir()
	text := "Summary of the informal consultations\n\n1. Delegations exchanged views on a directory of points of contact.\n\n2. The Chair invited written proposals before the next session.\n"
	owner := writeFile(t, in, "a-owner.txt", text)
	dup := writeFile(t, in, "b-copy.txt", text)
	run := func(out string, paths ...string) {
		t.Helper()
		srcs, err := ExpandSources(paths)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Run(t.Context(), Config{OutDir: out, Workers: 1}, srcs); err != nil {
			t.Fatal(err)
		}
	}
	fresh := filepath.Join(t.TempDir(), "fresh")
	run(fresh, owner, dup)
	resumed := filepath.Join(t.TempDir(), "resumed")
	run(resumed, dup) // an earlier run got only as far as the copy
	run(resumed, owner, dup)

	wantDocs := normalisedRecords(t, filepath.Join(fresh, DocumentsFile), "input")
	if len(wantDocs) != 2 || !strings.Contains(wantDocs[1], `"duplicate_of":`) {
		t.Fatalf("fresh run: want an owner and a duplicate record, got %q", wantDocs)
	}
	compareRecords(t, "documents", wantDocs, normalisedRecords(t, filepath.Join(resumed, DocumentsFile), "input"))
	compareRecords(t, "paragraphs", normalisedRecords(t, filepath.Join(fresh, ParagraphsFile), "id"),
		normalisedRecords(t, filepath.Join(resumed, ParagraphsFile), "id"))
}
