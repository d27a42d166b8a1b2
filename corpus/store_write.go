package corpus

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// yearOf returns the year of an ISO date (YYYY, YYYY-MM, YYYY-MM-DD), or nil.
func yearOf(date string) any {
	if len(date) < 4 {
		return nil
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil || y <= 0 {
		return nil
	}
	return y
}

func nullable(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}

// writer holds the prepared statements of one write transaction.
type writer struct {
	tx                                      *sql.Tx
	doc, para, fts, stance, actor, failedSt *sql.Stmt
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{tx: tx}
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = tx.PrepareContext(ctx, q)
		return st
	}
	w.doc = prep(`INSERT INTO documents(doc_id, input, url, sha256, content_type, fetched_at, title, symbol,
		date, year, kind, speaker, lang, status, error, paragraphs, pages, format, engine, processed_at, record)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	w.para = prep(`INSERT INTO paragraphs(id, doc_id, seq, kind, page, section, para_no, text, topic,
		doc_title, doc_symbol, doc_date, year, doc_kind, doc_speaker, doc_lang, topics, stances, actors, tagger, source)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	w.fts = prep(`INSERT INTO paragraphs_fts(rowid, text) VALUES (?, ?)`)
	w.stance = prep(`INSERT INTO stances(para_id, issue, value, actor, cue) VALUES (?,?,?,?,?)`)
	w.actor = prep(`INSERT INTO actors(para_id, actor) VALUES (?,?)`)
	w.failedSt = prep(`INSERT INTO failed_sources(input, status, error, processed_at, record) VALUES (?,?,?,?,?)`)
	if err != nil {
		w.close()
		return nil, err
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.doc, w.para, w.fts, w.stance, w.actor, w.failedSt} {
		if st != nil {
			st.Close()
		}
	}
}

func (w *writer) putDocument(ctx context.Context, d Document) error {
	if d.DocID == "" {
		_, err := w.failedSt.ExecContext(ctx, d.Input, d.Status, d.Error, d.ProcessedAt, mustJSON(d))
		return err
	}
	status := d.Status
	if status == "" {
		status = StatusOK
	}
	_, err := w.doc.ExecContext(ctx, d.DocID, d.Input, d.Source.URL, d.Source.SHA256, d.Source.ContentType,
		d.Source.FetchedAt, d.Doc.Title, d.Doc.Symbol, d.Doc.Date, yearOf(d.Doc.Date), d.Doc.Kind,
		nullable(d.Doc.Speaker), d.Doc.Lang, status, d.Error, d.Paragraphs, d.Pages, d.Format, d.Engine,
		d.ProcessedAt, mustJSON(d))
	return err
}

func (w *writer) putParagraph(ctx context.Context, p Paragraph) error {
	if p.ID == "" {
		return errors.New("paragraph without id")
	}
	if p.DocID == "" {
		return fmt.Errorf("paragraph %s: no doc_id", p.ID)
	}
	kind := p.Kind
	if kind == "" {
		kind = "paragraph"
	}
	tagger := ""
	if p.Tagger != nil {
		tagger = mustJSON(p.Tagger)
	}
	topics, stances, actors := "[]", "[]", "[]"
	if len(p.Topics) > 0 {
		topics = mustJSON(p.Topics)
	}
	if len(p.Stances) > 0 {
		stances = mustJSON(p.Stances)
	}
	if len(p.Actors) > 0 {
		actors = mustJSON(p.Actors)
	}
	res, err := w.para.ExecContext(ctx, p.ID, p.DocID, p.Seq, kind, p.Page, p.Section, p.ParaNo, p.Text,
		p.Topic, p.Doc.Title, p.Doc.Symbol, p.Doc.Date, yearOf(p.Doc.Date), p.Doc.Kind, nullable(p.Doc.Speaker),
		p.Doc.Lang, topics, stances, actors, tagger, mustJSON(p.Source))
	if err != nil {
		return fmt.Errorf("paragraph %s: %w", p.ID, err)
	}
	pk, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("paragraph %s: %w", p.ID, err)
	}
	if _, err := w.fts.ExecContext(ctx, pk, p.Text); err != nil {
		return fmt.Errorf("paragraph %s: index: %w", p.ID, err)
	}
	for _, st := range p.Stances {
		actors := st.Actors
		if len(actors) == 0 {
			actors = []string{""}
		}
		for _, a := range actors {
			if _, err := w.stance.ExecContext(ctx, p.ID, st.Issue, st.Value, a, st.Cue); err != nil {
				return fmt.Errorf("paragraph %s: stance: %w", p.ID, err)
			}
		}
	}
	seen := map[string]bool{}
	for _, a := range p.Actors {
		if a == "" || seen[a] {
			continue
		}
		seen[a] = true
		if _, err := w.actor.ExecContext(ctx, p.ID, a); err != nil {
			return fmt.Errorf("paragraph %s: actor: %w", p.ID, err)
		}
	}
	return nil
}

// deleteDoc removes a document, its paragraphs, their tags and index rows.
func deleteDoc(ctx context.Context, tx *sql.Tx, docID string) error {
	stmts := []string{
		`INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) SELECT 'delete', pk, text FROM paragraphs WHERE doc_id = ?1`,
		`DELETE FROM stances WHERE para_id IN (SELECT id FROM paragraphs WHERE doc_id = ?1)`,
		`DELETE FROM actors WHERE para_id IN (SELECT id FROM paragraphs WHERE doc_id = ?1)`,
		`DELETE FROM paragraphs WHERE doc_id = ?1`,
		`DELETE FROM documents WHERE doc_id = ?1`,
	}
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q, docID); err != nil {
			return err
		}
	}
	return nil
}

// docFromParagraph makes a document row for a paragraph whose document
// record is missing.
func docFromParagraph(p Paragraph) Document {
	return Document{Schema: DocumentSchema, DocID: p.DocID, Input: p.Source.URL, Source: p.Source, Doc: p.Doc, Status: StatusOK}
}

// PutDocument replaces a document and all its paragraphs (with their
// stances, actors and full-text rows) in one transaction. Every paragraph
// must belong to d (same DocID). A document with status error and no
// DocID is recorded in failed_sources. Writes make the ranking lists stale
// (search stays correct, through FTS5); call Optimize after a batch.
func (s *Store) PutDocument(ctx context.Context, d Document, paras []Paragraph) (err error) {
	defer recoverErr(&err, "corpus: put document")
	if err := s.writable(); err != nil {
		return err
	}
	if d.DocID == "" && len(paras) > 0 {
		return errors.New("corpus: put document: paragraphs given for a document without doc_id")
	}
	for _, p := range paras {
		if p.DocID != d.DocID {
			return fmt.Errorf("corpus: put document %s: paragraph %s belongs to %q", d.DocID, p.ID, p.DocID)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("corpus: put document %s: %w", d.DocID, err)
	}
	defer tx.Rollback()
	if d.DocID != "" {
		if err := deleteDoc(ctx, tx, d.DocID); err != nil {
			return fmt.Errorf("corpus: put document %s: delete old rows: %w", d.DocID, err)
		}
	}
	w, err := newWriter(ctx, tx)
	if err != nil {
		return fmt.Errorf("corpus: put document %s: %w", d.DocID, err)
	}
	defer w.close()
	if err := w.putDocument(ctx, d); err != nil {
		return fmt.Errorf("corpus: put document %s: %w", d.DocID, err)
	}
	for _, p := range paras {
		if err := w.putParagraph(ctx, p); err != nil {
			return fmt.Errorf("corpus: put document %s: %w", d.DocID, err)
		}
	}
	if err := bumpGeneration(ctx, tx); err != nil {
		return fmt.Errorf("corpus: put document %s: %w", d.DocID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("corpus: put document %s: commit: %w", d.DocID, err)
	}
	return nil
}

// DeleteDocument removes a document and everything derived from it. It is
// not an error to delete a document that is not there.
func (s *Store) DeleteDocument(ctx context.Context, docID string) error {
	if err := s.writable(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("corpus: delete document %s: %w", docID, err)
	}
	defer tx.Rollback()
	if err := deleteDoc(ctx, tx, docID); err != nil {
		return fmt.Errorf("corpus: delete document %s: %w", docID, err)
	}
	if err := bumpGeneration(ctx, tx); err != nil {
		return fmt.Errorf("corpus: delete document %s: %w", docID, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("corpus: delete document %s: commit: %w", docID, err)
	}
	return nil
}

// Rebuild replaces the whole content of the store with the records read
// from paragraphs.jsonl and documents.jsonl (documents may be nil), in one
// transaction, then builds the ranking accelerators (see Optimize).
// Paragraphs whose document has no record get one made from their doc
// metadata. Blank lines are skipped; a malformed line is an error naming
// its line number.
func (s *Store) Rebuild(ctx context.Context, paragraphs, documents io.Reader) (err error) {
	defer recoverErr(&err, "corpus: rebuild")
	if err := s.writable(); err != nil {
		return err
	}
	docs := map[string]bool{}
	var docList []Document
	if documents != nil {
		if err := readJSONL(documents, func(line int, b []byte) error {
			var d Document
			if err := json.Unmarshal(b, &d); err != nil {
				return fmt.Errorf("documents line %d: %w", line, err)
			}
			if d.DocID != "" && docs[d.DocID] {
				return nil // a duplicate source: the first record wins
			}
			if d.DocID != "" {
				docs[d.DocID] = true
			}
			docList = append(docList, d)
			return nil
		}); err != nil {
			return fmt.Errorf("corpus: rebuild: %w", err)
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("corpus: rebuild: %w", err)
	}
	defer tx.Rollback()
	for _, q := range []string{
		`INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('delete-all')`,
		`DELETE FROM term_postings`, `DELETE FROM stances`, `DELETE FROM actors`,
		`DELETE FROM paragraphs`, `DELETE FROM documents`, `DELETE FROM failed_sources`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("corpus: rebuild: clear: %w", err)
		}
	}
	w, err := newWriter(ctx, tx)
	if err != nil {
		return fmt.Errorf("corpus: rebuild: %w", err)
	}
	defer w.close()
	for _, d := range docList {
		if err := w.putDocument(ctx, d); err != nil {
			return fmt.Errorf("corpus: rebuild: document %s: %w", d.DocID, err)
		}
	}
	seenPara := map[string]bool{}
	if paragraphs != nil {
		err = readJSONL(paragraphs, func(line int, b []byte) error {
			if line%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			var p Paragraph
			if err := json.Unmarshal(b, &p); err != nil {
				return fmt.Errorf("paragraphs line %d: %w", line, err)
			}
			if seenPara[p.ID] {
				return fmt.Errorf("paragraphs line %d: duplicate id %s", line, p.ID)
			}
			seenPara[p.ID] = true
			if p.DocID != "" && !docs[p.DocID] {
				docs[p.DocID] = true
				if err := w.putDocument(ctx, docFromParagraph(p)); err != nil {
					return fmt.Errorf("paragraphs line %d: document %s: %w", line, p.DocID, err)
				}
			}
			if err := w.putParagraph(ctx, p); err != nil {
				return fmt.Errorf("paragraphs line %d: %w", line, err)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("corpus: rebuild: %w", err)
		}
	}
	if err := bumpGeneration(ctx, tx); err != nil {
		return fmt.Errorf("corpus: rebuild: %w", err)
	}
	if err := buildPostings(ctx, tx); err != nil {
		return fmt.Errorf("corpus: rebuild: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("corpus: rebuild: commit: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("corpus: rebuild: optimize index: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `ANALYZE`); err != nil {
		return fmt.Errorf("corpus: rebuild: analyze: %w", err)
	}
	return nil
}

// readJSONL calls fn for each non-blank line of r (lines may be long).
func readJSONL(r io.Reader, fn func(line int, b []byte) error) error {
	br := bufio.NewReaderSize(r, 1<<20)
	line := 0
	for {
		b, err := br.ReadBytes('\n')
		if len(b) > 0 {
			line++
			if t := strings.TrimSpace(string(b)); t != "" {
				if ferr := fn(line, []byte(t)); ferr != nil {
					return ferr
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("line %d: %w", line+1, err)
		}
	}
}

// recoverErr turns a panic into an error (a bad record must never crash
// the caller).
func recoverErr(err *error, what string) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: internal error: %v", what, r)
	}
}
