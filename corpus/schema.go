package corpus

import "embed"

// Schemas holds the JSON Schema files of the record kinds:
// schema/paragraph.schema.json (normscope.paragraph/v1) and
// schema/document.schema.json (normscope.document/v1).
//
//go:embed schema/*.schema.json
var Schemas embed.FS
