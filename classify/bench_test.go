package classify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/normscope/normscope/internal/testenv"
)

// benchParagraphs returns the paragraphs of the shared unlabelled texts
// (blank-line separated), or the dev set's texts, or skips.
func benchParagraphs(b *testing.B) []string {
	b.Helper()
	dir := testenv.SharedCorpus(b, "texts")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var paras []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range strings.Split(string(data), "\n\n") {
			if p = strings.Join(strings.Fields(p), " "); len(p) > 20 {
				paras = append(paras, p)
			}
		}
	}
	if len(paras) == 0 {
		b.Skip("no texts in the shared corpus")
	}
	return paras
}

// BenchmarkTag measures paragraphs tagged per second on one core.
func BenchmarkTag(b *testing.B) {
	paras := benchParagraphs(b)
	tg := tagger(b)
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		p := paras[i%len(paras)]
		tg.Tag(p, Context{Section: "International law"})
	}
	reportRates(b, b.N, cpuTime()-cpu0)
}

// BenchmarkTagDoc measures whole-document tagging (speaker inference and
// context included), in paragraphs per second.
func BenchmarkTagDoc(b *testing.B) {
	paras := benchParagraphs(b)
	tg := tagger(b)
	doc := Doc{}
	for _, p := range paras[:min(200, len(paras))] {
		doc.Paras = append(doc.Paras, Para{Text: p})
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	n := 0
	for i := 0; i < b.N; i++ {
		n += len(tg.TagDoc(doc))
	}
	reportRates(b, n, cpuTime()-cpu0)
}

// reportRates reports paragraphs per second of wall time and, where the
// platform tells, per second of CPU time (the per-core rate, which holds on
// a loaded machine too; run with -cpu 1).
func reportRates(b *testing.B, n int, cpu time.Duration) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "paras/s")
	if cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "paras/cpu-s")
	}
}
