"""A home-made held-out twin for the HTML engine: other texts of shared/corpus/texts rendered
with site styles invented here, by the shared generator (imported from ../shared, not copied).

usage (from the module root):
  python3 bench/htmltwin/twin.py /tmp/twin          # pages + NAME.gold.jsonl + NAME.furniture.txt
  NORMSCOPE_HTML_DIR=/tmp/twin NORMSCOPE_HTML_OUT=/tmp/twin-out go test -run TestWriteHTMLDev ./extract
  python3 ../shared/corpus/extraction/score.py --dir /tmp/twin /tmp/twin-out
"""
import os, sys
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "corpus", "extraction", "gen"))
from model import load_agora
from layout import walk, gold_records, write_gold, write_furniture
from render_web import render_web

T = os.path.join(ROOT, "..", "shared", "corpus", "texts") + os.sep
SITES = {
    "board": dict(site_name="Cyber Policy Board", lang="ko", nav=["Home", "Notices", "Board", "Archive"],
                  skip_link="Skip to main content", breadcrumb=["Home", "Board", "Analysis"],
                  share=["Send by email", "Print"], container="br", body_mode="br", meta_extra="Views 2,314",
                  modal=dict(title="Send this post", note="Enter an address below.", fields=["Recipient", "Message"], button="Send now"),
                  tags=("Keywords", ["cyber", "norms", "UN"]), footer=["Terms", "Privacy"], copyright="Copyright Cyber Policy Board",
                  after_article=["Subscribe to the weekly digest of the board"], title_suffix=" :: Board"),
    "think": dict(site_name="Centre for Digital Order", lang="en", topbar=["Donate", "Log in"],
                  nav=["Research", "Events", "People", "About"], search=("Search the centre", "Go"),
                  promo=["New report: The State of Cyber Norms 2025"], share=["Share on Bluesky", "Share by email"],
                  sidebar=[("Further reading", ["Norms in practice", "The future of the OEWG"])],
                  newsletter=("Stay informed", "Monthly analysis from the Centre straight to your inbox.", "Join"),
                  footer=["Contact", "Jobs", "Privacy Policy"], copyright="\u00a9 Centre for Digital Order 2025",
                  container="main", lede_class="standfirst", subtitle_tag="p", author_box=["The author is a fellow at the Centre."],
                  cookie=("We and our partners use cookies to personalise content.", "Accept", "Reject"),
                  ld_type="NewsArticle", h1_class="headline", title_suffix=" | CDO", entities=True),
    "wp": dict(site_name="Der Netzpolitik-Blog", tagline="Analysen zur Cyberdiplomatie", lang="de", charset="windows-1252",
               nav=["Start", "Themen", "Über uns"], share=["Teilen", "Drucken"],
               sidebar=[("Neueste Beiträge", ["Neue Normen?", "Was bringt das PoA?"])],
               comments={"title": "Kommentar verfassen", "note": "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
                         "fields": ["Name", "E-Mail"], "check": "Benachrichtige mich über neue Kommentare.", "button": "Senden"},
               footer=["Impressum", "Datenschutz"], copyright="\u00a9 2025 Netzpolitik-Blog",
               container="entry-content", bios="Über den Autor", neutral_classes=True, title_suffix=" \u2013 Netzpolitik-Blog",
               cookie=("Diese Website verwendet Cookies. Wenn Sie fortfahren, stimmen Sie zu.", "OK", "Mehr"),
               date_text="13.05.2025"),
    "docs": dict(site_name="Policy Notes", lang="en", sidebar_first=True, nav=["Index", "Notes", "About"],
                 search=("Search notes", "Search"), share=["Edit on GitHub"], footer=["Back to top"],
                 copyright="Built with a documentation theme.", container="docs", show_byline=False, h_shift=1, neutral_classes=True),
    "art": dict(site_name="Global Cyber Review", lang="en", nav=["World", "Policy", "Tech"],
                share=["Share", "Save"], footer=["Help", "Legal"], copyright="Global Cyber Review Ltd", container="article", figure=("x.jpg", "Image: Review archive"),
                bios="About the author", tags=("Topics:", ["OEWG", "norms"]), by="Words by ",
                date_text="May 13, 2025 \u00b7 9 min read"),
}
DOCS = [
    ("rcb-beyond-un", "analysis-rcb-beyond-un-2025.txt", "New Ways to Frame Responsible Cyber Behaviour Beyond the UN", "board"),
    ("indo-pacific", "analysis-rcb-indo-pacific-2025.txt", "Responsible Cyber Behaviour in the Indo-Pacific", "think"),
    ("capabilities", "analysis-cyber-capabilities-indo-pacific-2024.txt", "Cyber Capabilities in the Indo-Pacific", "wp"),
    ("compendium", "analysis-global-compendium-rcb-2025.txt", "A Global Compendium of Responsible Cyber Behaviour", "docs"),
    ("overview", "analysis-global-cyber-policy-overview-2023.txt", "Global Cyber Policy Overview", "art"),
]
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for ident, fn, title, sitename in DOCS:
    try:
        doc = load_agora(T + fn, title)
    except Exception as e:
        print("skip", ident, e); continue
    site = SITES[sitename]
    items = walk(doc, number_paras=False, list_markers=False, subtitle=bool(site.get("subtitle_tag") and doc.subtitle))
    if sitename == "art":
        # an explainer box: the third heading and the paragraph after it in an <aside>
        hs = [i for i, it in enumerate(items) if it["kind"] == "heading"]
        if len(hs) > 3 and items[hs[2] + 1]["kind"] == "para":
            items[hs[2]]["aside_start"] = True
            items[hs[2] + 1]["aside_end"] = True
    name = ident + ".html"
    gold = gold_records(name, items, para_no=False)
    data, fur = render_web(doc, items, site)
    if site.get("neutral_classes"):
        # Pull quotes and author lines with class names that tell nothing:
        # only the general rules (a quotation repeating the page, a
        # name-only line under a heading) can find them.
        for a, b in ((b'<blockquote class="pullquote">', b'<blockquote class="q-7">'),
                     (b'<div class="contrib"><span class="contrib-name">', b'<div class="c-2"><span>')):
            data = data.replace(a, b)
    open(os.path.join(out, name), "wb").write(data)
    write_furniture(os.path.join(out, name + ".furniture.txt"), fur, gold, [])
    write_gold(os.path.join(out, name + ".gold.jsonl"), gold)
    print(name, len(gold), len(fur))
