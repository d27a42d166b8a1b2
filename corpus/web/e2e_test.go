package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/normscope/normscope/corpus"
)

// chromePath finds a Chromium-family browser, or "".
func chromePath() string {
	if p := os.Getenv("NORMSCOPE_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// newBrowser starts a headless browser for one test.
func newBrowser(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	path := chromePath()
	if path == "" {
		t.Skip("no chromium, chromium-browser or google-chrome on PATH (apt-get install chromium); skipping the browser test")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return ctx
}

// TestBrowserEndToEnd drives the pages in headless Chromium: search,
// facet click, permalink, and checks that the paragraph holding a
// <script> tag is shown as text and never run.
func TestBrowserEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx := newBrowser(t, 30*time.Second)
	srv := httptest.NewServer(newTestServer(t))
	defer srv.Close()

	var dialogs atomic.Int32
	if err := chromedp.Listen(ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			dialogs.Add(1)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}); err != nil {
		t.Fatalf("browser: %v", err)
	}
	step := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("browser: %s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("browser: text of %s: %v", sel, err)
		}
		return s
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+strconvQuote(sel)+`).length`))
		if err != nil {
			t.Fatalf("browser: count %s: %v", sel, err)
		}
		return n
	}

	step("type a query and submit",
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="q"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="q"]`), "binding"),
		chromedp.Submit(chromedp.CSS(`input[name="q"]`)),
		// the home page lists paragraphs too: wait for the results page
		// itself, whose snippets highlight the query
		chromedp.WaitVisible(chromedp.CSS(`li.hit .snippet mark`)),
	)
	summary, hitCount := text(`.summary p`), count("li.hit")
	step("click the actor facet USA",
		chromedp.Click(chromedp.Search(`//section[h2="Actor"]//a[.//span[@class="v"]="USA"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.active a.chip`)),
	)
	chip, afterFacet, firstHit := text(`.active a.chip`), count("li.hit"), text(`li.hit .snippet`)
	step("open the permalink",
		chromedp.Click(chromedp.CSS(`li.hit a.permalink`)),
		chromedp.WaitVisible(chromedp.CSS(`blockquote.text`)),
	)
	quoteText := text(`blockquote.text`)
	step("open the paragraph holding a script tag",
		chromedp.Navigate(srv.URL+"/?q=alert"),
		chromedp.WaitVisible(chromedp.CSS(`li.hit`)),
		chromedp.Click(chromedp.CSS(`li.hit a.permalink`)),
		chromedp.WaitVisible(chromedp.CSS(`blockquote.text`)),
	)
	scriptText := text(`blockquote.text`)
	noScript, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.scripts.length === 0`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	if !strings.Contains(summary, "of 2 paragraphs") || hitCount != 2 {
		t.Errorf("search for binding: summary %q, %d hits", summary, hitCount)
	}
	if !strings.Contains(chip, "Actor: USA") || afterFacet != 1 {
		t.Errorf("after facet click: chip %q, %d hits", chip, afterFacet)
	}
	if !strings.Contains(firstHit, "opposed a new treaty") {
		t.Errorf("narrowed hit %q", firstHit)
	}
	if !strings.HasPrefix(quoteText, "Several States called for") {
		t.Errorf("permalink text %q", quoteText)
	}
	if !strings.Contains(scriptText, "<script>alert(1)</script>") {
		t.Errorf("script paragraph not shown as text: %q", scriptText)
	}
	if !noScript {
		t.Error("a script element exists in the page body")
	}
	// Give a late dialog a moment to be reported.
	time.Sleep(200 * time.Millisecond)
	if n := dialogs.Load(); n != 0 {
		t.Errorf("%d JavaScript dialog(s) opened: injected script ran", n)
	}
}

func strconvQuote(s string) string { return strconv.Quote(s) }

// TestScreenshots saves full-page screenshots of the main pages for a
// person to look at. It runs only when NORMSCOPE_SCREENSHOTS names an
// output folder; NORMSCOPE_CORPUS may name a corpus.db to show (default:
// the test fixture), e.g. the one of "normscope demo".
func TestScreenshots(t *testing.T) {
	out := os.Getenv("NORMSCOPE_SCREENSHOTS")
	if out == "" {
		t.Skip("set NORMSCOPE_SCREENSHOTS=DIR to save screenshots")
	}
	ctx := newBrowser(t, 60*time.Second)
	var h http.Handler = newTestServer(t)
	if db := os.Getenv("NORMSCOPE_CORPUS"); db != "" {
		st, err := corpus.OpenReadOnly(db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if h, err = New(st, Options{}); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	pages := map[string]string{
		"search":        "/",
		"search-query":  "/?q=" + url.QueryEscape("binding OR ransomware"),
		"search-facets": "/?q=binding&stance=binding_instrument:favor",
		"charts":        "/charts",
		"bad-query":     "/?q=%22legally",
	}
	if os.Getenv("NORMSCOPE_CORPUS") == "" {
		pages["paragraph"] = "/p/" + paraBinding
		pages["document"] = "/d/" + docReport
	} else if p := os.Getenv("NORMSCOPE_PARAGRAPH"); p != "" {
		pages["paragraph"] = "/p/" + p
		pages["document"] = "/d/" + strings.Split(p, "-")[0]
	}
	for name, path := range pages {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+path), chromedp.Sleep(300*time.Millisecond)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(out, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
