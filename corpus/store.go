package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // pure-Go SQLite driver with FTS5
)

// applicationID marks a SQLite file as a normscope corpus ("NSCP").
const applicationID = 0x4E534350

// schemaVersion is the PRAGMA user_version of the current table layout.
const schemaVersion = 1

// ErrNotCorpus is wrapped by the errors of Open and OpenReadOnly when the
// file exists but is not a normscope corpus database (or, for
// OpenReadOnly, does not exist).
var ErrNotCorpus = errors.New("not a normscope corpus database")

// Store is a normscope corpus in one SQLite file: documents, paragraphs,
// their tags in flat tables, and an FTS5 full-text index. A Store is safe
// for concurrent use; the file uses WAL mode so readers in other processes
// never block the writer.
type Store struct {
	db       *sql.DB
	path     string
	readOnly bool

	mu  sync.Mutex
	idx *impactIndex // in-memory cache of term_postings and filter columns

	stmtMu sync.Mutex
	stmts  map[string]*sql.Stmt // prepared read statements, see cachedTx
}

// schemaSQL creates the tables of a new corpus. See SCHEMA.md.
var schemaSQL = []string{
	`CREATE TABLE IF NOT EXISTS meta (
		key   TEXT PRIMARY KEY,
		value TEXT NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS documents (
		doc_id       TEXT PRIMARY KEY,
		input        TEXT NOT NULL DEFAULT '',
		url          TEXT NOT NULL DEFAULT '',
		sha256       TEXT NOT NULL DEFAULT '',
		content_type TEXT NOT NULL DEFAULT '',
		fetched_at   TEXT NOT NULL DEFAULT '',
		title        TEXT NOT NULL DEFAULT '',
		symbol       TEXT NOT NULL DEFAULT '',
		date         TEXT NOT NULL DEFAULT '',
		year         INTEGER,
		kind         TEXT NOT NULL DEFAULT '',
		speaker      TEXT,
		lang         TEXT NOT NULL DEFAULT '',
		status       TEXT NOT NULL DEFAULT 'ok',
		error        TEXT NOT NULL DEFAULT '',
		paragraphs   INTEGER NOT NULL DEFAULT 0,
		pages        INTEGER NOT NULL DEFAULT 0,
		format       TEXT NOT NULL DEFAULT '',
		engine       TEXT NOT NULL DEFAULT '',
		processed_at TEXT NOT NULL DEFAULT '',
		record       TEXT NOT NULL DEFAULT '{}'
	)`,
	`CREATE TABLE IF NOT EXISTS failed_sources (
		input        TEXT NOT NULL,
		status       TEXT NOT NULL,
		error        TEXT NOT NULL DEFAULT '',
		processed_at TEXT NOT NULL DEFAULT '',
		record       TEXT NOT NULL DEFAULT '{}'
	)`,
	`CREATE TABLE IF NOT EXISTS paragraphs (
		pk          INTEGER PRIMARY KEY,
		id          TEXT NOT NULL UNIQUE,
		doc_id      TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
		seq         INTEGER NOT NULL,
		kind        TEXT NOT NULL DEFAULT 'paragraph',
		page        INTEGER NOT NULL DEFAULT 0,
		section     TEXT NOT NULL DEFAULT '',
		para_no     TEXT NOT NULL DEFAULT '',
		text        TEXT NOT NULL,
		topic       TEXT NOT NULL DEFAULT '',
		doc_title   TEXT NOT NULL DEFAULT '',
		doc_symbol  TEXT NOT NULL DEFAULT '',
		doc_date    TEXT NOT NULL DEFAULT '',
		year        INTEGER,
		doc_kind    TEXT NOT NULL DEFAULT '',
		doc_speaker TEXT,
		doc_lang    TEXT NOT NULL DEFAULT '',
		topics      TEXT NOT NULL DEFAULT '[]',
		stances     TEXT NOT NULL DEFAULT '[]',
		actors      TEXT NOT NULL DEFAULT '[]',
		tagger      TEXT NOT NULL DEFAULT '',
		source      TEXT NOT NULL DEFAULT '{}'
	)`,
	`CREATE INDEX IF NOT EXISTS paragraphs_doc ON paragraphs(doc_id, seq)`,
	`CREATE INDEX IF NOT EXISTS paragraphs_order ON paragraphs(doc_date, doc_id, seq)`,
	`CREATE INDEX IF NOT EXISTS paragraphs_topic ON paragraphs(topic)`,
	`CREATE TABLE IF NOT EXISTS stances (
		para_id TEXT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
		issue   TEXT NOT NULL,
		value   TEXT NOT NULL,
		actor   TEXT NOT NULL DEFAULT '',
		cue     TEXT NOT NULL DEFAULT ''
	)`,
	`CREATE INDEX IF NOT EXISTS stances_para ON stances(para_id)`,
	`CREATE INDEX IF NOT EXISTS stances_issue ON stances(issue, value, para_id)`,
	`CREATE TABLE IF NOT EXISTS actors (
		para_id TEXT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
		actor   TEXT NOT NULL
	)`,
	`CREATE INDEX IF NOT EXISTS actors_para ON actors(para_id)`,
	`CREATE INDEX IF NOT EXISTS actors_actor ON actors(actor, para_id)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_fts USING fts5(
		text,
		content = 'paragraphs',
		content_rowid = 'pk',
		tokenize = 'unicode61 remove_diacritics 2'
	)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS paragraphs_vocab USING fts5vocab(paragraphs_fts, 'row')`,
	`CREATE TABLE IF NOT EXISTS term_postings (
		term      TEXT NOT NULL UNIQUE,
		df        INTEGER NOT NULL,
		max_score REAL NOT NULL,
		postings  BLOB NOT NULL
	)`,
}

// Open opens the corpus database at path for reading and writing, creating
// it and its tables when the file does not exist. It refuses a SQLite file
// that belongs to another application.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("corpus: open: empty database path")
	}
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("corpus: open %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("corpus: open %s: %w", path, err)
	}
	return s, nil
}

// OpenReadOnly opens an existing corpus database for reading only. A
// missing file, a file that is not SQLite, or a SQLite file without the
// normscope marker give an error wrapping ErrNotCorpus.
func OpenReadOnly(path string) (*Store, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %s: %w (%v)", path, ErrNotCorpus, err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("corpus: %s: %w (it is a directory)", path, ErrNotCorpus)
	}
	db, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return nil, fmt.Errorf("corpus: open %s: %w", path, err)
	}
	s := &Store{db: db, path: path, readOnly: true}
	var app, ver int
	if err := db.QueryRow(`PRAGMA application_id`).Scan(&app); err != nil {
		db.Close()
		return nil, fmt.Errorf("corpus: %s: %w (%v)", path, ErrNotCorpus, err)
	}
	if err := db.QueryRow(`PRAGMA user_version`).Scan(&ver); err != nil {
		db.Close()
		return nil, fmt.Errorf("corpus: %s: %w (%v)", path, ErrNotCorpus, err)
	}
	if app != applicationID {
		db.Close()
		return nil, fmt.Errorf("corpus: %s: %w (application_id %#x)", path, ErrNotCorpus, app)
	}
	if ver > schemaVersion {
		db.Close()
		return nil, fmt.Errorf("corpus: %s: schema version %d is newer than this program's %d", path, ver, schemaVersion)
	}
	return s, nil
}

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "cache_size(-32768)")    // 32 MiB page cache per connection
	q.Add("_pragma", "mmap_size(1073741824)") // read through a memory map
	if readOnly {
		q.Set("mode", "ro")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

func (s *Store) migrate(ctx context.Context) error {
	var app, ver int
	if err := s.db.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&app); err != nil {
		return fmt.Errorf("%w (%v)", ErrNotCorpus, err)
	}
	if err := s.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&ver); err != nil {
		return fmt.Errorf("%w (%v)", ErrNotCorpus, err)
	}
	if app != applicationID {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
			return fmt.Errorf("%w (%v)", ErrNotCorpus, err)
		}
		if n > 0 {
			return fmt.Errorf("%w (the file holds other tables; application_id %#x)", ErrNotCorpus, app)
		}
	}
	if ver > schemaVersion {
		return fmt.Errorf("schema version %d is newer than this program's %d", ver, schemaVersion)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	for _, stmt := range schemaSQL {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	}
	for _, stmt := range []string{
		fmt.Sprintf(`PRAGMA application_id = %d`, applicationID),
		fmt.Sprintf(`PRAGMA user_version = %d`, schemaVersion),
		`INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', 'normscope.corpus/v1')`,
		`INSERT OR IGNORE INTO meta(key, value) VALUES ('generation', '0')`,
		`INSERT OR IGNORE INTO meta(key, value) VALUES ('postings_generation', '-1')`,
	} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: commit: %w", err)
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error {
	if s == nil || s.db == nil {
		return nil
	}
	s.closeStmts()
	return s.db.Close()
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// DB returns the underlying database handle, for callers that want to run
// their own read-only SQL (see SCHEMA.md).
func (s *Store) DB() *sql.DB { return s.db }

func (s *Store) writable() error {
	if s.readOnly {
		return errors.New("corpus: store is open read-only")
	}
	return nil
}

// isNoSuchTable reports whether err says a table is missing.
func isNoSuchTable(err error) bool {
	return err != nil && strings.Contains(err.Error(), "no such table")
}
