package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// Text cues for chrome that carries no telling class name: bylines, date
// lines, "Share this", cookie notices, "About the author" sections.

var (
	// reBylineText is a line that only names an author ("By Jane Doe and
	// John Roe", "Written by J. Doe").
	reBylineText = regexp.MustCompile(`^(?i:by|written by|author|authors|posted by|words by|text)\s*:?\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:(?:and|&|van|von|de|der|da|di|du|le|la|bin|al|y)\s+)*\p{Lu}[\p{L}.'’-]*){0,8}$`)
	// reChromeLine is a short block that is a widget label or an action.
	reChromeLine = regexp.MustCompile(`(?i)^(?:share(?: this)?(?: (?:article|page|post|story))?|share on \w+|tweet(?: this)?|print(?: this)?(?: page)?|email(?: this)?(?: page)?|copy (?:the )?link|read more|continue reading|read next|leave a (?:reply|comment)|post a comment|\d+ comments?|comments?|related (?:posts|articles|stories|content|research|reading)|you (?:may|might) also like|more from .{0,40}|recommended(?: for you)?|subscribe.{0,80}|sign up.{0,80}|follow us.{0,40}|tags?:.{0,200}|filed under.{0,200}|categor(?:y|ies):.{0,200}|posted (?:in|on|by|under) .{0,60}|published (?:in|on|by) .{0,60}|(?:photo|image|picture|credit|source|foto|bild)(?: by)?\s*[:©].{0,150}|photo by .{0,150}|© .{0,200}|copyright .{0,200}|all rights reserved.{0,100}|back to top|skip to (?:main )?content|table of contents|advertisement|\d+ min(?:ute)?s? read)$`)
	// reCookieText is a cookie / consent notice.
	reCookieText = regexp.MustCompile(`(?i)\b(?:we use|we and our partners use|this (?:web)?site uses|our (?:use of )?cookies|use of cookies|(?:you|to) (?:agree|accept|consent)|accept (?:all )?cookies|cookie (?:settings|preferences|policy|consent)|wir verwenden|diese website verwendet|nous utilisons|ce site utilise|utilizamos|este sitio utiliza)\b`)
	// reChromeHeading is the heading of an author box, a comment form, a
	// related-posts block or a newsletter box: the section it opens is chrome.
	reChromeHeading = regexp.MustCompile(`(?i)^(?:about (?:the )?authors?(?:\(s\))?|about the contributors?|the authors?|author bios?|share(?: this)?(?: article| page| post)?|leave a (?:reply|comment)|post a comment|\d* ?comments?|related(?: posts| articles| stories| content| research| reading)?|read (?:more|next)|more (?:from|on|in) .{0,60}|you (?:may|might) also like|recommended(?: for you| reading)?|popular(?: posts)?|latest (?:posts|news|articles)|recent posts|subscribe.{0,60}|sign up.{0,60}|(?:our |join our |get our )?newsletter.{0,40}|stay (?:informed|updated|in touch).{0,30}|follow us.{0,30}|tags|categories|explore (?:our )?related.{0,40}|cookie.{0,60})$`)
	// reNotesHeading is the heading of a footnote list.
	reNotesHeading = regexp.MustCompile(`(?i)^(?:notes?|footnotes?|endnotes?|references|sources|fußnoten|anmerkungen|notas|références)$`)
)

// reDateWords are the words that go with a date on a date line.
var reDateWords = regexp.MustCompile(`(?i)\b(?:published|updated|posted|last|modified|on|date|minutes?|read|min|am|pm|utc|gmt|cet|est|stand|veröffentlicht|am|le|publié)\b`)

// isDateLine reports whether a short block is only a date (with words such
// as "Published", "Updated", "min read").
func isDateLine(t string) bool {
	if len(t) > 80 || (parseDate(t) == "" && parseMonthYear(t) == "") {
		return false
	}
	return fewLettersLeft(t, reISODate, reDMY, reMDY, reDotDMY, reMY, reDateWords)
}

// fewLettersLeft reports whether fewer than three letters of t remain once
// every match of the patterns is cut out: t is made only of those parts.
func fewLettersLeft(t string, parts ...*regexp.Regexp) bool {
	for _, re := range parts {
		t = re.ReplaceAllString(t, " ")
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters < 3
}

// isChromeText reports whether a paragraph's text alone marks it as chrome.
func isChromeText(t string) bool {
	sentence := strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 8
	t = strings.TrimRight(strings.TrimSpace(t), ":.!…» ")
	if !sentence && len(t) < 250 && reChromeLine.MatchString(t) {
		return true
	}
	if len(t) < 120 && reBylineText.MatchString(t) {
		return true
	}
	if len(t) < 400 && strings.Contains(strings.ToLower(t), "cookie") && reCookieText.MatchString(t) {
		return true
	}
	return isDateLine(t)
}
