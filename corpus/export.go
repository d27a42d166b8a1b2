package corpus

import (
	"bufio"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ExportOptions tune Export.
type ExportOptions struct {
	// Version is the normscope version named in the dataset card.
	Version string
	// Now overrides the creation time written to datapackage.json (tests).
	Now time.Time
}

// field describes one column of an exported table.
type field struct {
	Name, Type, Description string
}

// exportTable is one table of an export: the SQL producing it and its schema.
type exportTable struct {
	Name, Title, SQL string
	Fields           []field
	PrimaryKey       string
	ForeignKeys      []map[string]any
}

var exportTables = []exportTable{
	{Name: "documents", Title: "One row per source document",
		SQL: `SELECT doc_id, input, url, sha256, title, symbol, date, year, kind, speaker, lang, status, error,
			paragraphs, pages, format, engine, fetched_at, processed_at FROM documents ORDER BY date, doc_id`,
		PrimaryKey: "doc_id",
		Fields: []field{
			{"doc_id", "string", "stable document ID: first 16 hex digits of the SHA-256 of the source bytes"},
			{"input", "string", "the source as given (URL or path)"},
			{"url", "string", "URL the bytes were fetched from"},
			{"sha256", "string", "hex SHA-256 of the source bytes"},
			{"title", "string", "document title"},
			{"symbol", "string", "UN document symbol, e.g. A/75/816"},
			{"date", "string", "document date, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)"},
			{"year", "integer", "year of the document date"},
			{"kind", "string", "report, resolution, statement, working_paper, analysis, news, declaration, ..."},
			{"speaker", "string", "ISO 3166-1 alpha-3 or group code of the speaking delegation (statements)"},
			{"lang", "string", "ISO 639-1 language code"},
			{"status", "string", "ok, skipped or error"},
			{"error", "string", "reason for an error or skip"},
			{"paragraphs", "integer", "number of paragraphs extracted"},
			{"pages", "integer", "number of pages (PDF)"},
			{"format", "string", "pdf, html or text"},
			{"engine", "string", "extraction engine"},
			{"fetched_at", "string", "RFC 3339 time the bytes were fetched"},
			{"processed_at", "string", "RFC 3339 time the document was processed"},
		}},
	{Name: "paragraphs", Title: "One row per paragraph, with its machine-generated topic",
		SQL: `SELECT id, doc_id, seq, kind, page, section, para_no, text, topic, topics, doc_symbol, doc_date, year, doc_kind
			FROM paragraphs ORDER BY doc_date, doc_id, seq`,
		PrimaryKey:  "id",
		ForeignKeys: []map[string]any{{"fields": "doc_id", "reference": map[string]string{"resource": "documents", "fields": "doc_id"}}},
		Fields: []field{
			{"id", "string", "stable paragraph ID: doc_id-seq"},
			{"doc_id", "string", "document the paragraph belongs to"},
			{"seq", "integer", "0-based position in the document"},
			{"kind", "string", "paragraph, heading, list_item or footnote"},
			{"page", "integer", "1-based page (PDF), 0 otherwise"},
			{"section", "string", "heading the paragraph sits under"},
			{"para_no", "string", "printed paragraph number"},
			{"text", "string", "clean paragraph text"},
			{"topic", "string", "best topic label (machine-generated): threats, international_law, norms, cbms, capacity_building, institutional_dialogue, other"},
			{"topics", "string", "JSON array of {label, score} (machine-generated)"},
			{"doc_symbol", "string", "symbol of the document"},
			{"doc_date", "string", "date of the document"},
			{"year", "integer", "year of the document date"},
			{"doc_kind", "string", "kind of the document"},
		}},
	{Name: "stances", Title: "One row per (paragraph, stance, actor); machine-generated",
		SQL:         `SELECT para_id, issue, value, actor, cue FROM stances ORDER BY para_id, issue, value, actor`,
		ForeignKeys: []map[string]any{{"fields": "para_id", "reference": map[string]string{"resource": "paragraphs", "fields": "id"}}},
		Fields: []field{
			{"para_id", "string", "paragraph ID"},
			{"issue", "string", "contested issue, e.g. binding_instrument"},
			{"value", "string", "favor, against or neutral"},
			{"actor", "string", "actor holding the position (ISO alpha-3, group code, AUTHOR); empty when unattributed"},
			{"cue", "string", "phrase of the text that carries the position"},
		}},
	{Name: "actors", Title: "One row per (paragraph, actor named); machine-generated",
		SQL:         `SELECT para_id, actor FROM actors ORDER BY para_id, actor`,
		ForeignKeys: []map[string]any{{"fields": "para_id", "reference": map[string]string{"resource": "paragraphs", "fields": "id"}}},
		Fields: []field{
			{"para_id", "string", "paragraph ID"},
			{"actor", "string", "actor code"},
		}},
}

// Export writes the whole corpus into dir (created if needed) as
//
//	"jsonl"        paragraphs.jsonl and documents.jsonl (the record schemas)
//	"csv"          documents.csv, paragraphs.csv, stances.csv, actors.csv
//	"datapackage"  the CSV files plus datapackage.json (a Frictionless Data
//	               Package with sha256 hashes, sizes and field schemas) and
//	               a README.md dataset card
func Export(ctx context.Context, s *Store, dir, format string, opts ExportOptions) (err error) {
	defer recoverErr(&err, "corpus: export")
	switch format {
	case "jsonl", "csv", "datapackage":
	default:
		return fmt.Errorf("corpus: export: unknown format %q (use jsonl, csv or datapackage)", format)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("corpus: export: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("corpus: export: %w", err)
	}
	defer tx.Rollback()
	if format == "jsonl" {
		if err := writeFile(filepath.Join(dir, "paragraphs.jsonl"), func(w io.Writer) error { return exportParagraphsJSONL(ctx, tx, w) }); err != nil {
			return fmt.Errorf("corpus: export: %w", err)
		}
		if err := writeFile(filepath.Join(dir, "documents.jsonl"), func(w io.Writer) error { return exportDocumentsJSONL(ctx, tx, w) }); err != nil {
			return fmt.Errorf("corpus: export: %w", err)
		}
		return nil
	}
	var resources []map[string]any
	for _, t := range exportTables {
		name := t.Name + ".csv"
		path := filepath.Join(dir, name)
		if err := writeFile(path, func(w io.Writer) error { return exportCSV(ctx, tx, t, w) }); err != nil {
			return fmt.Errorf("corpus: export %s: %w", name, err)
		}
		if format != "datapackage" {
			continue
		}
		sum, size, err := fileHash(path)
		if err != nil {
			return fmt.Errorf("corpus: export %s: %w", name, err)
		}
		var fields []map[string]string
		for _, f := range t.Fields {
			fields = append(fields, map[string]string{"name": f.Name, "type": f.Type, "description": f.Description})
		}
		schema := map[string]any{"fields": fields, "missingValues": []string{""}}
		if t.PrimaryKey != "" {
			schema["primaryKey"] = t.PrimaryKey
		}
		if len(t.ForeignKeys) > 0 {
			schema["foreignKeys"] = t.ForeignKeys
		}
		resources = append(resources, map[string]any{
			"name": t.Name, "title": t.Title, "path": name, "profile": "tabular-data-resource",
			"format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
			"bytes": size, "hash": "sha256:" + sum, "schema": schema,
		})
	}
	if format != "datapackage" {
		return nil
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now().UTC()
	}
	version := opts.Version
	if version == "" {
		version = "(unknown version)"
	}
	pkg := map[string]any{
		"profile":     "tabular-data-package",
		"name":        "normscope-corpus",
		"title":       "Paragraphs of UN cyber-negotiation documents with machine-generated tags",
		"description": "Labels (topic, stances, actors) are machine-generated by normscope " + version + " and have not been checked by hand.",
		"created":     now.Format(time.RFC3339),
		"contributors": []map[string]string{
			{"title": "normscope " + version, "role": "author"},
		},
		"resources": resources,
	}
	b, err := json.MarshalIndent(pkg, "", "  ")
	if err != nil {
		return fmt.Errorf("corpus: export: datapackage.json: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "datapackage.json"), append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("corpus: export: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte(datasetCard(version, now, resources)), 0o644); err != nil {
		return fmt.Errorf("corpus: export: %w", err)
	}
	return nil
}

func datasetCard(version string, now time.Time, resources []map[string]any) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# normscope corpus export\n\nExported %s.\n\n", now.Format("2006-01-02"))
	fmt.Fprintf(&b, "Paragraphs of documents of the UN negotiations on ICT security (reports, resolutions, national\n"+
		"statements, analyses), split and cleaned by normscope.\n\n"+
		"**The labels are machine-generated** by normscope %s: the `topic`/`topics` of each paragraph, the\n"+
		"`stances` (issue, value, actor, cue) and the `actors` come from an automatic tagger and contain errors.\n"+
		"Check a sample against the text before relying on them. The text itself is extracted automatically too.\n\n", version)
	b.WriteString("Files are described in `datapackage.json` (Frictionless Data Package, with SHA-256 hashes).\n")
	byName := map[string]map[string]any{}
	for _, r := range resources {
		byName[r["name"].(string)] = r
	}
	for _, t := range exportTables {
		r := byName[t.Name]
		fmt.Fprintf(&b, "\n## %s.csv\n\n%s (%v bytes).\n\n| column | type | meaning |\n|---|---|---|\n", t.Name, t.Title, r["bytes"])
		for _, f := range t.Fields {
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", f.Name, f.Type, f.Description)
		}
	}
	b.WriteString("\nTopics: threats, international_law, norms, cbms, capacity_building, institutional_dialogue, other.\n" +
		"Stance values: favor, against, neutral; the issues are listed in normscope's DESIGN.md.\n")
	return b.String()
}

func writeFile(path string, fn func(w io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<16)
	if err := fn(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func fileHash(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

func exportCSV(ctx context.Context, tx *sql.Tx, t exportTable, w io.Writer) error {
	rows, err := tx.QueryContext(ctx, t.SQL)
	if err != nil {
		return err
	}
	defer rows.Close()
	cw := csv.NewWriter(w)
	header := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		header[i] = f.Name
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	vals := make([]sql.NullString, len(t.Fields))
	dest := make([]any, len(vals))
	for i := range vals {
		dest[i] = &vals[i]
	}
	rec := make([]string, len(vals))
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		for i, v := range vals {
			rec[i] = v.String
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func exportParagraphsJSONL(ctx context.Context, tx *sql.Tx, w io.Writer) error {
	rows, err := tx.QueryContext(ctx, `SELECT `+paraCols+` FROM paragraphs p ORDER BY p.doc_date, p.doc_id, p.seq`)
	if err != nil {
		return err
	}
	defer rows.Close()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for rows.Next() {
		p, err := scanParagraph(rows)
		if err != nil {
			return err
		}
		if err := enc.Encode(p); err != nil {
			return err
		}
	}
	return rows.Err()
}

func exportDocumentsJSONL(ctx context.Context, tx *sql.Tx, w io.Writer) error {
	for _, q := range []string{`SELECT record FROM documents ORDER BY date, doc_id`, `SELECT record FROM failed_sources ORDER BY rowid`} {
		rows, err := tx.QueryContext(ctx, q)
		if err != nil {
			return err
		}
		for rows.Next() {
			var rec string
			if err := rows.Scan(&rec); err != nil {
				rows.Close()
				return err
			}
			if _, err := io.WriteString(w, rec+"\n"); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}
