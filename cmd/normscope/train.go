package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/normscope/normscope/classify"
	"github.com/normscope/normscope/corpus"
)

func init() {
	register(command{name: "train", usage: trainUsage, summary: "fit the topic model, or with --stance the stance model, on labelled JSONL files (cross-validated by document with --cv)", run: cmdTrain})
}

const trainUsage = "--gold FILE[@W] [--gold FILE...] [-o FILE] [--cv] [--folds N] [--l2 X] [--min-docs N] [--balance] [--min-confidence P] [--rules DIR]\n       normscope train --stance --gold FILE[@W] [--gold FILE...] [-o FILE] [--cv] [--folds N] [--l2 X] [--min-docs N] [--threshold P] [--stated-threshold P] [--rules DIR]\n       normscope train --holders --gold FILE[@W] [--gold FILE...] [-o FILE] [--cv] [--folds N] [--l2 X] [--min-docs N] [--threshold P] [--rules DIR]\n       normscope train --values --gold FILE[@W] [--gold FILE...] [-o FILE] [--cv] [--folds N] [--l2 X] [--min-docs N] [--threshold P] [--rules DIR]"

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func cmdTrain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c := command{name: "train", usage: trainUsage, summary: "Fits the primary-topic model (multinomial logistic regression over the rules' topic evidence\nand the paragraph's words) on labelled JSONL files and writes it in the topicmodel.tsv format.\nWith --cv it first reports leave-one-document-out macro-F1 of the model next to the rules alone\n(--folds N: N folds of documents instead, N models instead of one per document).\nUse the model with --rules DIR: DIR/topicmodel.tsv replaces the built-in model (classify/rules).\n\nWith --stance it fits the stance model instead (one-vs-rest logistic regressions over a sentence's\nwords, word pairs and cue classes; a gold stance labels the sentence its cue starts in) and writes it\nin the stancemodel.tsv format; --cv reports stance scores by document folds, the rules with the model\nnext to the rules alone. Use it with --rules DIR: DIR/stancemodel.tsv replaces the built-in one.\n\nWith --holders it fits the holder model (a logistic regression that adds to a position found the\nactors named in its paragraph, or the author of an analysis, that the rules did not give it) and\nwrites it in the holdermodel.tsv format; --cv reports triple scores by document folds with and\nwithout it. Use it with --rules DIR: DIR/holdermodel.tsv replaces the built-in one.\n\nWith --values it fits the value model (a logistic regression that turns round a favor or against\nposition found when the words around its cue say the other: 'argued that new norms would be a\ndistraction') and writes it in the valuemodel.tsv format; --cv reports stance scores by document\nfolds with and without it. Use it with --rules DIR: DIR/valuemodel.tsv replaces the built-in one."}
	fs := newFlags(&c, stderr)
	var gold listFlag
	fs.Var(&gold, "gold", "labelled JSONL `file` (repeatable; also positional); FILE@W weighs its records W times")
	out := fs.String("o", "", "write the model to `file` (\"\": do not write)")
	cv := fs.Bool("cv", false, "report leave-one-document-out cross-validation first")
	l2 := fs.Float64("l2", 1, "L2 penalty on the weights")
	minDocs := fs.Int("min-docs", 3, "keep a word only if it occurs in this many training documents")
	rules := fs.String("rules", "", "`folder` of rule files extending or overriding the built-in ones")
	balance := fs.Bool("balance", false, "weigh topics inversely to their frequency")
	minConf := fs.Float64("min-confidence", 0, "below this model probability the rules pick the primary topic")
	stance := fs.Bool("stance", false, "fit the stance model instead of the topic model")
	holders := fs.Bool("holders", false, "fit the holder model instead of the topic model")
	values := fs.Bool("values", false, "fit the value model instead of the topic model")
	folds := fs.Int("folds", 0, "with --cv: number of document folds (0: leave one document out)")
	threshold := fs.Float64("threshold", 0.5, "with --stance: issue probability from which the model states a position; with --holders: probability from which a candidate joins the holders; with --values: probability of the other value from which a position turns round")
	stated := fs.Float64("stated-threshold", 0, "with --stance: the same in a sentence where the rules found a position (0: the model adds nothing there)")
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	gold = append(gold, pos...)
	if len(gold) == 0 {
		fmt.Fprintln(stderr, "normscope train: --gold FILE is required")
		fs.Usage()
		return exitUsage
	}
	t, err := classify.New(*rules)
	if err != nil {
		fmt.Fprintln(stderr, "normscope train:", err)
		return exitUsage
	}
	var recs []classify.Labelled
	weights := map[string]float64{}
	for _, g := range gold {
		// FILE@W weighs the records of FILE W times
		w := 1.0
		if i := strings.LastIndex(g, "@"); i > 0 {
			if v, err := strconv.ParseFloat(g[i+1:], 64); err == nil && v > 0 {
				g, w = g[:i], v
			}
		}
		f, err := os.Open(g)
		if err != nil {
			fmt.Fprintln(stderr, "normscope train:", err)
			return exitFailure
		}
		ls, err := classify.ReadLabelled(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "normscope train: %s: %v\n", g, err)
			return exitFailure
		}
		if w != 1 {
			for _, l := range ls {
				weights[l.Doc] = w
			}
		}
		recs = append(recs, ls...)
	}
	if n := btoi(*stance) + btoi(*holders) + btoi(*values); n > 1 {
		fmt.Fprintln(stderr, "normscope train: --stance, --holders and --values fit different models: choose one")
		return exitUsage
	}
	if *holders || *values {
		set := false
		fs.Visit(func(f *flag.Flag) { set = set || f.Name == "min-docs" })
		if !set {
			*minDocs = 2
		}
		opt := classify.HolderTrainOptions{L2: *l2, MinDocs: *minDocs, Threshold: *threshold, Weights: weights}
		if *values {
			return trainValues(ctx, t, recs, opt, *cv, *folds, *out, stdout, stderr)
		}
		return trainHolders(ctx, t, recs, opt, *cv, *folds, *out, stdout, stderr)
	}
	if *stance {
		set := false
		fs.Visit(func(f *flag.Flag) { set = set || f.Name == "min-docs" })
		if !set {
			*minDocs = 2 // the stance model's default: its positive sentences are few
		}
		return trainStance(ctx, t, recs, classify.StanceTrainOptions{L2: *l2, MinDocs: *minDocs, Threshold: *threshold, Stated: *stated, Weights: weights}, *cv, *folds, *out, stdout, stderr)
	}
	opt := classify.TrainOptions{L2: *l2, MinDocs: *minDocs, Weights: weights, Balance: *balance, MinConfidence: *minConf}
	if *cv {
		r, err := classify.CrossValidateFolds(t, recs, opt, *folds)
		if err != nil {
			fmt.Fprintln(stderr, "normscope train:", err)
			return exitFailure
		}
		docs := make([]string, 0, len(r.PerDoc))
		for d := range r.PerDoc {
			docs = append(docs, d)
		}
		sort.Strings(docs)
		how := "leave-one-document-out"
		if *folds > 0 && *folds < r.Docs {
			how = fmt.Sprintf("%d-fold by document", *folds)
		}
		fmt.Fprintf(stdout, "%s, %d documents, %d paragraphs\n%-50s %7s %7s\n", how, r.Docs, r.Paras, "held-out document (accuracy)", "model", "rules")
		for _, d := range docs {
			fmt.Fprintf(stdout, "%-50s %7.3f %7.3f\n", d, r.PerDoc[d][0], r.PerDoc[d][1])
		}
		fmt.Fprintf(stdout, "%-50s %7.3f %7.3f\n", "topic macro-F1 (pooled)", r.ModelF1, r.RulesF1)
	}
	if ctx.Err() != nil {
		return exitFailure
	}
	m, err := classify.Train(t, recs, opt)
	if err != nil {
		fmt.Fprintln(stderr, "normscope train:", err)
		return exitFailure
	}
	fmt.Fprintf(stdout, "trained on %d paragraphs from %d documents: %d features\n", m.Samples, m.Docs, m.Features)
	if *out == "" {
		return exitOK
	}
	// "#!replace": in a --rules DIR the trained model replaces the built-in one
	header := fmt.Sprintf("#!replace\n# Topic model: multinomial logistic regression picking the primary topic.\n"+
		"# Format: FEATURE <TAB> weight per topic (%s).\n"+
		"# Written by: normscope train --l2 %g --min-docs %d --balance=%t --min-confidence %g (%d paragraphs, %d documents, %s).\n"+
		"# An empty file, or a --rules DIR file holding only \"#!replace\", leaves the rules alone to decide.\n",
		strings.Join(classify.Topics, ", "), *l2, *minDocs, *balance, *minConf, m.Samples, m.Docs, time.Now().UTC().Format("2006-01-02"))
	if err := corpus.WriteFileAtomic(*out, func(w io.Writer) error { return m.Write(w, header) }); err != nil {
		fmt.Fprintln(stderr, "normscope train:", err)
		return exitFailure
	}
	fmt.Fprintln(stdout, "wrote", *out)
	return exitOK
}

// trainStance is train --stance: cross-validation on request, then the
// model fitted on all records, written to out when out is not "".
func trainStance(ctx context.Context, t *classify.Tagger, recs []classify.Labelled, opt classify.StanceTrainOptions, cv bool, folds int, out string, stdout, stderr io.Writer) int {
	if cv {
		r, err := classify.CrossValidateStance(t, recs, opt, folds)
		if err != nil {
			fmt.Fprintln(stderr, "normscope train:", err)
			return exitFailure
		}
		fmt.Fprintf(stdout, "stance cross-validation: %d folds of %d documents, %d paragraphs\n%-34s %7s %7s %7s\n", r.Folds, r.Docs, r.Paras, "", "P", "R", "F1")
		for _, row := range []struct {
			name string
			s    classify.PRF
		}{{"triples, rules with the model", r.Model.Triples}, {"triples, rules alone", r.Rules.Triples}, {"pairs, rules with the model", r.Model.Pairs}, {"pairs, rules alone", r.Rules.Pairs}} {
			fmt.Fprintf(stdout, "%-34s %7.3f %7.3f %7.3f\n", row.name, row.s.P, row.s.R, row.s.F1)
		}
	}
	if ctx.Err() != nil {
		return exitFailure
	}
	m, err := classify.TrainStance(t, recs, opt)
	if err != nil {
		fmt.Fprintln(stderr, "normscope train:", err)
		return exitFailure
	}
	fmt.Fprintf(stdout, "trained on %d sentences (%d state a position) from %d documents: %d features\n", m.Sentences, m.Positive, m.Docs, m.Features)
	if out == "" {
		return exitOK
	}
	header := fmt.Sprintf("#!replace\n# Stance model: one-vs-rest logistic regressions over a sentence's words, word pairs and cue classes.\n"+
		"# Format: FEATURE <TAB> weight per issue (%s) and per value (favor, against, neutral).\n"+
		"# Written by: normscope train --stance --l2 %g --min-docs %d --threshold %g --stated-threshold %g (%d sentences, %d documents, %s).\n"+
		"# A --rules DIR file holding only \"#!replace\" leaves the rules alone to find stances.\n",
		strings.Join(classify.Issues, ", "), opt.L2, opt.MinDocs, opt.Threshold, opt.Stated, m.Sentences, m.Docs, time.Now().UTC().Format("2006-01-02"))
	if err := corpus.WriteFileAtomic(out, func(w io.Writer) error { return m.Write(w, header) }); err != nil {
		fmt.Fprintln(stderr, "normscope train:", err)
		return exitFailure
	}
	fmt.Fprintln(stdout, "wrote", out)
	return exitOK
}

// trainHolders is train --holders: cross-validation on request, then the
// model fitted on all records, written to out when out is not "".
func trainHolders(ctx context.Context, t *classify.Tagger, recs []classify.Labelled, opt classify.HolderTrainOptions, cv bool, folds int, out string, stdout, stderr io.Writer) int {
	return trainCorrection(ctx, correction{
		name: "holder", flag: "--holders",
		cv: func() (classify.ModelCVResult, error) { return classify.CrossValidateHolder(t, recs, opt, folds) },
		train: func() (modelWriter, string, error) {
			m, err := classify.TrainHolder(t, recs, opt)
			if err != nil {
				return nil, "", err
			}
			return m, fmt.Sprintf("trained on %d candidate holders (%d hold the position): %d features", m.Samples, m.Positives, m.Features), nil
		},
		header: "#!replace\n# Holder model: a logistic regression that completes the holders of the positions found.\n" +
			"# Format: FEATURE <TAB> weight; the @threshold row holds the probability from which a candidate joins.\n",
		off: "leaves the rules' holders alone",
	}, opt, cv, out, stdout, stderr)
}

// trainValues is train --values: cross-validation on request, then the
// model fitted on all records, written to out when out is not "".
func trainValues(ctx context.Context, t *classify.Tagger, recs []classify.Labelled, opt classify.ValueTrainOptions, cv bool, folds int, out string, stdout, stderr io.Writer) int {
	return trainCorrection(ctx, correction{
		name: "value", flag: "--values",
		cv: func() (classify.ModelCVResult, error) { return classify.CrossValidateValue(t, recs, opt, folds) },
		train: func() (modelWriter, string, error) {
			m, err := classify.TrainValue(t, recs, opt)
			if err != nil {
				return nil, "", err
			}
			return m, fmt.Sprintf("trained on %d positions (%d with the other value in the gold labels): %d features", m.Samples, m.Turned, m.Features), nil
		},
		header: "#!replace\n# Value model: a logistic regression that turns round the value of a favor or against position\n" +
			"# found when the words around its cue say the other. Format: FEATURE <TAB> weight; the\n" +
			"# @threshold row holds the probability of the other value from which a position turns round.\n",
		off: "leaves the values found alone",
	}, opt, cv, out, stdout, stderr)
}

// modelWriter is a trained model that writes itself as a rule file.
type modelWriter interface {
	Write(w io.Writer, header string) error
}

// correction describes one of the models that correct the positions found
// (holders, values) for trainCorrection.
type correction struct {
	name, flag  string // "holder", "--holders"
	cv          func() (classify.ModelCVResult, error)
	train       func() (modelWriter, string, error) // the model and a line on what it learned from
	header, off string                              // the file's first comment lines; what an empty file does
}

// trainCorrection reports the cross-validation of c on request, then fits
// it on all records and writes it to out when out is not "".
func trainCorrection(ctx context.Context, c correction, opt classify.HolderTrainOptions, cv bool, out string, stdout, stderr io.Writer) int {
	if cv {
		r, err := c.cv()
		if err != nil {
			fmt.Fprintln(stderr, "normscope train:", err)
			return exitFailure
		}
		printModelCV(stdout, c.name, r)
	}
	if ctx.Err() != nil {
		return exitFailure
	}
	m, summary, err := c.train()
	if err != nil {
		fmt.Fprintln(stderr, "normscope train:", err)
		return exitFailure
	}
	fmt.Fprintln(stdout, summary)
	if out == "" {
		return exitOK
	}
	header := c.header + fmt.Sprintf("# Written by: normscope train %s --l2 %g --min-docs %d --threshold %g (%s).\n"+
		"# A --rules DIR file holding only \"#!replace\" %s.\n", c.flag, opt.L2, opt.MinDocs, opt.Threshold, time.Now().UTC().Format("2006-01-02"), c.off)
	if err := corpus.WriteFileAtomic(out, func(w io.Writer) error { return m.Write(w, header) }); err != nil {
		fmt.Fprintln(stderr, "normscope train:", err)
		return exitFailure
	}
	fmt.Fprintln(stdout, "wrote", out)
	return exitOK
}

// btoi is 1 for true, 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// printModelCV prints the cross-validation of the model name (holder,
// value): triples and pairs with and without it.
func printModelCV(w io.Writer, name string, r classify.ModelCVResult) {
	fmt.Fprintf(w, "%s cross-validation: %d folds of %d documents, %d paragraphs\n%-34s %7s %7s %7s\n", name, r.Folds, r.Docs, r.Paras, "", "P", "R", "F1")
	for _, row := range []struct {
		name string
		s    classify.PRF
	}{{"triples, with the " + name + " model", r.Model}, {"triples, without it", r.Rules}, {"pairs, with the " + name + " model", r.ModelPairs}, {"pairs, without it", r.RulesPairs}} {
		fmt.Fprintf(w, "%-34s %7.3f %7.3f %7.3f\n", row.name, row.s.P, row.s.R, row.s.F1)
	}
}
