package extract

import "testing"

func paras(kindText ...string) []Paragraph {
	var out []Paragraph
	for _, s := range kindText {
		k := KindParagraph
		if len(s) > 2 && s[:2] == "# " {
			k, s = KindHeading, s[2:]
		}
		out = append(out, Paragraph{Kind: k, Text: s})
	}
	return out
}

func TestInferMetadata(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		preset Metadata
		paras  []Paragraph
		want   Metadata
		noKind bool // Kind must stay empty
	}{
		{
			name:   "UN report masthead",
			format: FormatPDF,
			paras: paras("# United Nations", "# A/79/214", "# General Assembly", "Distr.: General", "18 March 2021",
				"# Report of the Open-ended Working Group on security of and in the use of information and communications technologies",
				"The Group held its organizational session in New York and agreed on its programme of work."),
			want: Metadata{Title: "Report of the Open-ended Working Group on security of and in the use of information and communications technologies",
				Symbol: "A/79/214", Date: "2021-03-18", Kind: "report", Lang: "en"},
		},
		{
			// The masthead run together on headings ("United Nations General
			// Assembly"), a session line and an agenda item are not the title;
			// the symbol stands alone on a line.
			name:   "UN masthead run together",
			format: FormatPDF,
			paras: paras("# United Nations General Assembly", "A/AC.301/2033/4", "Distr.: General 4 August 2033 Original: English",
				"# Open-ended working group on digital security", "# Fourth substantive session", "Agenda item 5",
				"# Third annual progress report of the open-ended working group",
				"The working group held its fourth substantive session in Geneva and adopted the present report by consensus."),
			want: Metadata{Title: "Third annual progress report of the open-ended working group", Symbol: "A/AC.301/2033/4",
				Date: "2033-08-04", Kind: "report"},
		},
		{
			// An engine's title that is only the masthead is replaced.
			name:   "masthead as preset title",
			format: FormatPDF,
			preset: Metadata{Title: "United Nations General Assembly"},
			paras: paras("# United Nations General Assembly", "Distr.: General 9 May 2033 Original: English",
				"Open-ended working group on digital security Fifth substantive session", "Geneva, 5–9 May 2033", "Agenda item 7",
				"# Fifth progress report of the open-ended working group", "The working group met in Geneva."),
			want: Metadata{Title: "Fifth progress report of the open-ended working group", Date: "2033-05-09", Kind: "report"},
		},
		{
			// A masthead on one line with the resolution symbol; the symbol of
			// the Committee report is cited in brackets.
			name:   "resolution masthead with cited symbol",
			format: FormatText,
			paras: paras("United Nations A/RES/90/118 General Assembly Distr.: General 2 January 2036", "Ninetieth session Agenda item 97",
				"# Resolution adopted by the General Assembly on 20 December 2035", "[on the report of the First Committee (A/90/455)]",
				"The General Assembly,", "Recalling its earlier resolutions,", "1. Welcomes the report of the working group;", "2. Decides to continue the work."),
			want: Metadata{Title: "Resolution adopted by the General Assembly on 20 December 2035", Symbol: "A/RES/90/118", Kind: "resolution", Date: "2036-01-02"},
		},
		{
			// Outside a resolution, the first symbol printed wins.
			name:   "first symbol wins",
			format: FormatText,
			paras:  paras("A/AC.301/2033/WP.2", "A/RES/88/12", "# Working paper submitted by the delegation of Chile", "Chile proposes a review of the directory."),
			want:   Metadata{Symbol: "A/AC.301/2033/WP.2", Kind: "working_paper"},
		},
		{
			name:   "policy brief series",
			format: FormatPDF,
			paras: paras("# Funding the mechanism", "Harbour Institute for Cyber Studies — Policy Brief 7/2034, 3 March 2034",
				"The permanent mechanism needs a budget line before it needs new working methods."),
			want: Metadata{Title: "Funding the mechanism", Kind: "analysis", Date: "2034-03-03"},
		},
		{
			name:   "working paper series is analysis",
			format: FormatPDF,
			paras:  paras("# Attribution after the working group", "Working Paper No. 12", "This paper reviews how States attribute incidents."),
			want:   Metadata{Kind: "analysis"},
		},
		{
			name:   "byline with affiliation",
			format: FormatPDF,
			paras: paras("# Small States in the cyber negotiations", "Ana Ribeiro, research fellow at the Lisbon Centre for Security Studies",
				"Small delegations have learned to pool their expertise."),
			want: Metadata{Kind: "analysis"},
		},
		{
			name:   "news report body",
			format: FormatHTML,
			paras: paras("# Contact directory passes its third test", "Some eighty States answered the test call this week, organisers said.",
				"Diplomats said the results would be discussed in July."),
			want: Metadata{Kind: "news"},
		},
		{
			// A UN document with a masthead and no other cue is not an analysis.
			name:   "masthead without cue",
			format: FormatPDF,
			paras:  paras("United Nations", "# Letter to the members of the working group", "The Chair presents his compliments to the members."),
			want:   Metadata{Title: "Letter to the members of the working group"},
			noKind: true,
		},
		{
			name:   "resolution",
			format: FormatPDF,
			paras: paras("A/RES/80/12", "# Advancing trust in the use of digital technologies",
				"The General Assembly,", "Recalling its earlier resolutions on the subject,",
				"1. Welcomes the progress made by the working group;", "2. Decides to convene a review conference in 2027;",
				"3. Requests the Secretary-General to report on the implementation of the present resolution."),
			want: Metadata{Symbol: "A/RES/80/12", Kind: "resolution", Title: "Advancing trust in the use of digital technologies"},
		},
		{
			name:   "statement by a delegation",
			format: FormatHTML,
			paras: paras("# Statement by the delegation of the Islamic Republic of Iran at the second substantive session",
				"Check against delivery", "Mr. Chair,", "My delegation aligns itself with the statement delivered by the Non-Aligned Movement."),
			want: Metadata{Kind: "statement", Speaker: "Islamic Republic of Iran"},
		},
		{
			name:   "statement of a country",
			format: FormatText,
			paras:  paras("Statement of Algeria", "March 18, 2021", "Thank you, Madam Chair.", "Algeria attaches great importance to capacity-building."),
			want:   Metadata{Kind: "statement", Speaker: "Algeria", Date: "2021-03-18", Title: "Statement of Algeria"},
		},
		{
			name:   "on behalf of a group",
			format: FormatText,
			paras: paras("# Statement delivered by Portugal on behalf of the European Union and its Member States",
				"Mr. Chair, the European Union stands ready to engage constructively."),
			want: Metadata{Kind: "statement", Speaker: "European Union"},
		},
		{
			name:   "possessive title",
			format: FormatHTML,
			paras:  paras("# Norway’s Position on International Law in Cyberspace", "I would like to thank the organisers for this opportunity to set out our views."),
			want:   Metadata{Kind: "statement", Speaker: "Norway"},
		},
		{
			name:   "working paper",
			format: FormatPDF,
			paras:  paras("A/AC.290/2021/CRP.2", "# Working paper submitted by a group of States on the future mechanism", "The sponsors propose a permanent, action-oriented forum."),
			want:   Metadata{Symbol: "A/AC.290/2021/CRP.2", Kind: "working_paper"},
		},
		{
			name:   "declaration",
			format: FormatHTML,
			paras:  paras("# Joint Declaration on Responsible Behaviour in Cyberspace", "We, the signatories, affirm our commitment to an open and secure cyberspace."),
			want:   Metadata{Kind: "declaration"},
		},
		{
			name:   "news page",
			format: FormatHTML,
			paras:  paras("# Committee adopts draft resolution on ICT security", "The First Committee adopted the text by a recorded vote on Tuesday."),
			want:   Metadata{Kind: "news"},
		},
		{
			name:   "analysis page",
			format: FormatHTML,
			paras:  paras("# Why the points of contact directory matters", "The directory is a small step, but small steps build habits of cooperation."),
			want:   Metadata{Kind: "analysis", Lang: "en"},
		},
		{
			name:   "preset fields are kept",
			format: FormatHTML,
			preset: Metadata{Title: "From the head", Date: "2020-01-02", Kind: "news"},
			paras:  paras("# Another title", "5 May 2019", "Statement by France"),
			want:   Metadata{Title: "From the head", Date: "2020-01-02", Kind: "news"},
		},
		{
			name:   "cited symbol is not the document's",
			format: FormatHTML,
			paras: paras("# Two processes", "The first process was set up by resolution A/RES/73/27, which was adopted by a recorded vote after a long debate in the First Committee.",
				"A second text followed."),
			want: Metadata{Symbol: ""},
		},
		{
			name:   "French text overrides a declared English",
			format: FormatHTML,
			preset: Metadata{Lang: "en"},
			paras:  paras("# Déclaration", "La délégation de la France souhaite remercier le Président pour la qualité des travaux et pour son engagement. Nous sommes convaincus que le droit international, et en particulier la Charte des Nations Unies, est applicable dans le cyberespace et que les normes de comportement responsable des États sont la base de notre travail commun pour la stabilité."),
			want:   Metadata{Lang: "fr"},
		},
		{
			name:   "Russian",
			format: FormatText,
			paras:  paras("Мы считаем, что государства должны сотрудничать в сфере информационной безопасности и что это отвечает интересам всех стран, и мы готовы к работе в рамках рабочей группы открытого состава."),
			want:   Metadata{Lang: "ru"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &Document{Format: tc.format, Meta: tc.preset, Paragraphs: tc.paras}
			inferMetadata(doc)
			checkMeta(t, doc.Meta, tc.want)
			if tc.noKind && doc.Meta.Kind != "" {
				t.Errorf("Kind = %q, want none", doc.Meta.Kind)
			}
			if tc.want.Symbol == "" && tc.name == "cited symbol is not the document's" && doc.Meta.Symbol != "" {
				t.Errorf("Symbol = %q, want none", doc.Meta.Symbol)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"18 March 2021", "2021-03-18"},
		{"March 18, 2021", "2021-03-18"},
		{"2021-03-18", "2021-03-18"},
		{"2022-06-09T08:30:00+00:00", "2022-06-09"},
		{"2021/03/09", "2021-03-09"},
		{"Jan 4, 2019 · 4 min read", "2019-01-04"},
		{"1st September 2020", "2020-09-01"},
		{"15.04.2020", "2020-04-15"},
		{"Distr.: General 5 Sept. 2023 Original: English", "2023-09-05"},
		{"31 February 2021", ""},
		{"no date here", ""},
		{"A/75/816", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := parseDate(tc.in); got != tc.want {
			t.Errorf("parseDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Paris Call for Trust - Paris Call", "", "Paris Call for Trust"},
		{"RUSI | Responsible Cyber Behaviour in Practice", "RUSI", "Responsible Cyber Behaviour in Practice"},
		{"A long article title | Site", "Site", "A long article title"},
		{"Plain title", "Site", "Plain title"},
	}
	for _, tc := range tests {
		if got := stripSiteName(tc.title, tc.site); got != tc.want {
			t.Errorf("stripSiteName(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}

func TestIsChromeText(t *testing.T) {
	tests := []struct {
		text   string
		chrome bool
	}{
		{"By Jane Doe and John van der Berg", true},
		{"Written by A. N. Author", true},
		{"By contrast, the Group noted that few States had national CERTs", false},
		{"By 2030, States should have tested their points of contact", false},
		{"Share this:", true},
		{"Share on LinkedIn", true},
		{"Published on 3 May 2021", true},
		{"Published in 2019, the report found that most States lacked national CERTs.", false},
		{"Updated guidance was issued to all focal points in 2021.", false},
		{"Updated 4 June 2024", true},
		{"Jan 4, 2019 · 4 min read", true},
		{"We use cookies to improve your experience. By continuing you agree to our use of cookies.", true},
		{"Wir verwenden Cookies, um unsere Website zu verbessern.", true},
		{"The regulation requires websites to obtain consent before placing tracking cookies.", false},
		{"Photo: UN Photo/Jane Doe", true},
		{"Leave a Reply", true},
		{"States agreed to continue the dialogue.", false},
	}
	for _, tc := range tests {
		if got := isChromeText(tc.text); got != tc.chrome {
			t.Errorf("isChromeText(%q) = %v, want %v", tc.text, got, tc.chrome)
		}
	}
}

func TestStripKnownSite(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Norms in practice | Example Institute", "Example Institute", "Norms in practice"},
		{"Example Institute - Norms in practice", "Example Institute", "Norms in practice"},
		{"Paris Call: the principles - explained", "Paris Call", "Paris Call: the principles - explained"},
		{"Norms in practice", "", "Norms in practice"},
	}
	for _, tc := range tests {
		if got := stripKnownSite(tc.title, tc.site); got != tc.want {
			t.Errorf("stripKnownSite(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}
