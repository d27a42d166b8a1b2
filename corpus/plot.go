package corpus

import (
	"context"
	"fmt"
	"image/color"
	"io"
	"sort"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/palette/brewer"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// PlotKinds are the charts Plot draws.
var PlotKinds = []string{"topic-share", "stance-matrix", "kinds"}

// Plot draws a chart of the paragraphs matching q and writes it to w as
// "svg" or "png":
//
//	topic-share    stacked bars: each topic's share of the paragraphs of each year
//	stance-matrix  actor x issue grid coloured by favor minus against, labelled "favor/against"
//	kinds          documents per kind and year (grouped bars; q is ignored)
func Plot(ctx context.Context, s *Store, kind string, q Query, w io.Writer, format string) (err error) {
	defer recoverErr(&err, "corpus: plot")
	switch format {
	case "svg", "png":
	default:
		return fmt.Errorf("corpus: plot: format %q: use svg or png", format)
	}
	var p *plot.Plot
	width, height := 22*vg.Centimeter, 13*vg.Centimeter
	switch kind {
	case "topic-share":
		p, err = plotTopicShare(ctx, s, q)
	case "stance-matrix":
		p, height, err = plotStanceMatrix(ctx, s, q)
	case "kinds":
		p, err = plotKinds(ctx, s)
	default:
		return fmt.Errorf("corpus: plot: unknown chart %q (use topic-share, stance-matrix or kinds)", kind)
	}
	if err != nil {
		return fmt.Errorf("corpus: plot %s: %w", kind, err)
	}
	wt, err := p.WriterTo(width, height, format)
	if err != nil {
		return fmt.Errorf("corpus: plot %s: %w", kind, err)
	}
	if _, err := wt.WriteTo(w); err != nil {
		return fmt.Errorf("corpus: plot %s: write: %w", kind, err)
	}
	return nil
}

func seriesColors(n int) []color.Color {
	pal, err := brewer.GetPalette(brewer.TypeQualitative, "Set2", 8)
	if err != nil || n <= 0 {
		return []color.Color{color.Gray{Y: 128}}
	}
	base := pal.Colors()
	out := make([]color.Color, n)
	for i := range out {
		out[i] = base[i%len(base)]
	}
	return out
}

func emptyPlot(title string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title + " (no data)"
	p.HideAxes()
	return p
}

func plotTopicShare(ctx context.Context, s *Store, q Query) (*plot.Plot, error) {
	t, err := s.Stats(ctx, []string{"year", "topic"}, q)
	if err != nil {
		return nil, err
	}
	yearSet, topicSet := map[string]bool{}, map[string]bool{}
	share := map[[2]string]float64{}
	for _, r := range t.Data {
		if r.Keys[0] == "" {
			continue // undated
		}
		topic := r.Keys[1]
		if topic == "" {
			topic = "untagged"
		}
		yearSet[r.Keys[0]] = true
		topicSet[topic] = true
		share[[2]string{r.Keys[0], topic}] += r.Share
	}
	if len(yearSet) == 0 {
		return emptyPlot("Topic share by year"), nil
	}
	years, topics := sortedKeys(yearSet), sortedKeys(topicSet)
	p := plot.New()
	p.Title.Text = "Topic share of paragraphs by year"
	p.Y.Label.Text = "share of paragraphs"
	p.Y.Min, p.Y.Max = 0, 1
	p.NominalX(years...)
	p.Legend.Top = true
	p.Legend.Left = false
	colors := seriesColors(len(topics))
	barW := vg.Points(max(8, 300/float64(len(years))))
	var below *plotter.BarChart
	for i, topic := range topics {
		vals := make(plotter.Values, len(years))
		for j, y := range years {
			vals[j] = share[[2]string{y, topic}]
		}
		b, err := plotter.NewBarChart(vals, barW)
		if err != nil {
			return nil, err
		}
		b.Color = colors[i]
		b.LineStyle.Width = 0
		if below != nil {
			b.StackOn(below)
		}
		below = b
		p.Add(b)
		p.Legend.Add(topic, b)
	}
	p.X.Label.Text = "year of document"
	p.X.Max = float64(len(years)) + 1 // room on the right for the legend
	return p, nil
}

// stanceGrid is the actor x issue grid of a stance matrix.
type stanceGrid struct {
	z [][]float64 // [row=actor][col=issue]
}

func (g stanceGrid) Dims() (c, r int) {
	if len(g.z) == 0 {
		return 0, 0
	}
	return len(g.z[0]), len(g.z)
}
func (g stanceGrid) Z(c, r int) float64 { return g.z[r][c] }
func (g stanceGrid) X(c int) float64    { return float64(c) }
func (g stanceGrid) Y(r int) float64    { return float64(r) }

// maxMatrixActors bounds the rows of the stance matrix (most active first).
const maxMatrixActors = 30

func plotStanceMatrix(ctx context.Context, s *Store, q Query) (*plot.Plot, vg.Length, error) {
	t, err := s.Stats(ctx, []string{"actor", "stance"}, q)
	if err != nil {
		return nil, 0, err
	}
	type fa struct{ favor, against, neutral int }
	cells := map[[2]string]*fa{}
	activity := map[string]int{}
	issueSet := map[string]bool{}
	for _, r := range t.Data {
		actor := r.Keys[0]
		if actor == "" {
			continue
		}
		issue, value := r.Keys[1], ""
		if i := len(issue) - 1; i >= 0 {
			for j := len(issue) - 1; j >= 0; j-- {
				if issue[j] == ':' {
					issue, value = issue[:j], issue[j+1:]
					break
				}
			}
		}
		k := [2]string{actor, issue}
		if cells[k] == nil {
			cells[k] = &fa{}
		}
		switch value {
		case "favor":
			cells[k].favor += r.Count
		case "against":
			cells[k].against += r.Count
		default:
			cells[k].neutral += r.Count
		}
		activity[actor] += r.Count
		issueSet[issue] = true
	}
	if len(activity) == 0 {
		return emptyPlot("Stances by actor and issue"), 13 * vg.Centimeter, nil
	}
	actors := make([]string, 0, len(activity))
	for a := range activity {
		actors = append(actors, a)
	}
	sort.Slice(actors, func(i, j int) bool {
		if activity[actors[i]] != activity[actors[j]] {
			return activity[actors[i]] > activity[actors[j]]
		}
		return actors[i] < actors[j]
	})
	if len(actors) > maxMatrixActors {
		actors = actors[:maxMatrixActors]
	}
	sort.Strings(actors)
	issues := sortedKeys(issueSet)
	g := stanceGrid{z: make([][]float64, len(actors))}
	var labels plotter.XYLabels
	maxAbs := 1.0
	for r, a := range actors {
		g.z[r] = make([]float64, len(issues))
		for c, is := range issues {
			cell := cells[[2]string{a, is}]
			if cell == nil {
				continue
			}
			v := float64(cell.favor - cell.against)
			g.z[r][c] = v
			if v > maxAbs {
				maxAbs = v
			}
			if -v > maxAbs {
				maxAbs = -v
			}
			labels.XYs = append(labels.XYs, plotter.XY{X: float64(c), Y: float64(r)})
			label := strconv.Itoa(cell.favor) + "/" + strconv.Itoa(cell.against)
			if cell.neutral > 0 {
				label += " (" + strconv.Itoa(cell.neutral) + " neutral)"
			}
			labels.Labels = append(labels.Labels, label)
		}
	}
	pal := moreland.SmoothBlueRed()
	pal.SetMin(-maxAbs)
	pal.SetMax(maxAbs)
	h := plotter.NewHeatMap(g, pal.Palette(21))
	h.Min, h.Max = -maxAbs, maxAbs
	p := plot.New()
	p.Title.Text = "Stances: paragraphs favor/against (red: more favor, blue: more against)"
	p.Add(h)
	if len(labels.XYs) > 0 {
		l, err := plotter.NewLabels(labels)
		if err != nil {
			return nil, 0, err
		}
		for i := range l.TextStyle {
			l.TextStyle[i].XAlign = -0.5
			l.TextStyle[i].YAlign = -0.5
		}
		p.Add(l)
	}
	p.NominalX(issues...)
	p.X.Tick.Label.Rotation = 0.6
	p.X.Tick.Label.XAlign = -1
	p.NominalY(actors...)
	height := vg.Length(len(actors))*0.7*vg.Centimeter + 6*vg.Centimeter
	return p, height, nil
}

func plotKinds(ctx context.Context, s *Store) (*plot.Plot, error) {
	t, err := s.DocumentCounts(ctx)
	if err != nil {
		return nil, err
	}
	kindSet, yearSet := map[string]bool{}, map[string]bool{}
	counts := map[[2]string]float64{}
	for _, r := range t.Data {
		kind, year := r.Keys[0], r.Keys[1]
		if kind == "" {
			kind = "unknown"
		}
		if year == "" {
			year = "undated"
		}
		kindSet[kind], yearSet[year] = true, true
		counts[[2]string{kind, year}] += float64(r.Count)
	}
	if len(kindSet) == 0 {
		return emptyPlot("Documents per kind and year"), nil
	}
	kinds, years := sortedKeys(kindSet), sortedKeys(yearSet)
	p := plot.New()
	p.Title.Text = "Documents per kind and year"
	p.Y.Label.Text = "documents"
	p.Y.Min = 0
	p.NominalX(years...)
	p.Legend.Top = true
	colors := seriesColors(len(kinds))
	groupW := 0.8 * 300 / float64(len(years))
	barW := vg.Points(max(2, groupW/float64(len(kinds))))
	for i, k := range kinds {
		vals := make(plotter.Values, len(years))
		for j, y := range years {
			vals[j] = counts[[2]string{k, y}]
		}
		b, err := plotter.NewBarChart(vals, barW)
		if err != nil {
			return nil, err
		}
		b.Color = colors[i]
		b.LineStyle.Width = 0
		b.Offset = barW * vg.Length(float64(i)-float64(len(kinds)-1)/2)
		p.Add(b)
		p.Legend.Add(k, b)
	}
	p.X.Max = float64(len(years)) + 1 // room on the right for the legend
	return p, nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
