package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

const monthRe = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	reISODate = regexp.MustCompile(`\b((?:19|20)\d\d)[-/](\d\d)[-/](\d\d)(?:\b|T)`)
	reDMY     = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthRe + `,?\s+((?:19|20)\d\d)\b`)
	reMDY     = regexp.MustCompile(`(?i)\b` + monthRe + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
	reDotDMY  = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b`)
	reMY      = regexp.MustCompile(`(?i)\b` + monthRe + `\s+((?:19|20)\d\d)\b`)
)

// parseDate finds the first date in s and returns it as YYYY-MM-DD; it
// understands "2021-03-18" (and RFC 3339 times), "18 March 2021",
// "March 18, 2021", "Jan 4, 2019" and "18.03.2021". "" when none is found.
func parseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	type hit struct {
		pos     int
		y, m, d int
	}
	var best *hit
	try := func(pos, y, m, d int) {
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return
		}
		if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() != d {
			return
		}
		if best == nil || pos < best.pos {
			best = &hit{pos, y, m, d}
		}
	}
	atoi := func(x string) int { n, _ := strconv.Atoi(x); return n }
	for _, m := range reISODate.FindAllStringSubmatchIndex(s, 1) {
		try(m[0], atoi(s[m[2]:m[3]]), atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]]))
	}
	for _, m := range reDMY.FindAllStringSubmatchIndex(s, 1) {
		try(m[0], atoi(s[m[6]:m[7]]), months[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[2]:m[3]]))
	}
	for _, m := range reMDY.FindAllStringSubmatchIndex(s, 1) {
		try(m[0], atoi(s[m[6]:m[7]]), months[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]]))
	}
	for _, m := range reDotDMY.FindAllStringSubmatchIndex(s, 1) {
		try(m[0], atoi(s[m[6]:m[7]]), atoi(s[m[4]:m[5]]), atoi(s[m[2]:m[3]]))
	}
	if best == nil {
		return ""
	}
	return strconv.Itoa(best.y) + "-" + twoDigits(best.m) + "-" + twoDigits(best.d)
}

// parseMonthYear finds "March 2021" in s and returns "2021-03", or "".
func parseMonthYear(s string) string {
	m := reMY.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return m[2] + "-" + twoDigits(months[strings.ToLower(m[1])])
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
