#!/usr/bin/env python3
"""Validates the demo news sites and their ground-truth manifest.

    python3 demo/site/check.py        # exit code 0 when everything holds

Checks:
  * every HTML file parses with html.parser and its elements are properly nested;
  * every XML file (feeds, news sitemap, SVG images) is well-formed;
  * feed.json, manifest.json and every JSON-LD block are valid JSON;
  * manifest entries are complete, paths exist, categories/languages are from the
    allowed sets, dates are ISO 8601 with an offset, distinct, in 2022..2026-10-31;
  * every mustContain sentence is in the page's text and in the article body proper;
  * every mustNotContain string is in the page's text but not in the article body proper
    (body container minus the woven-in boilerplate: see-also lines, ad slots);
  * the visible dateline shows the manifest's local date (and time unless dateOnly);
  * h1 equals the manifest title; machine-readable dates/authors/headline on the page
    (JSON-LD, article:published_time, microdata, <time datetime>) agree with the manifest;
  * every feed (RSS, Atom, JSON Feed, news sitemap) lists exactly its site's articles,
    with the manifest's date (same instant and same UTC offset) and title;
  * some feed links carry utm_* parameters; canonical links never do;
  * every local link (href/src starting with / or {{BASE_URL}}/) resolves to a file;
  * coverage: >= 16 articles, >= 5 categories, >= 2 languages, >= 6 articles on each main site,
    >= 3 pages without machine-readable dates, >= 1 page with a missing or wrong lang.
"""
from __future__ import annotations

import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

ROOT = os.path.dirname(os.path.abspath(__file__))
BASE = "{{BASE_URL}}"
CATEGORIES = {"politics", "crime", "entertainment", "sports", "lifestyle", "technology", "business"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BODY_CONTAINER = {"daily-courier": "story__body", "el-heraldo": "cuerpo-nota", "le-veilleur": "article__contenu"}
DATELINE_CLASS = {"daily-courier": "dateline", "el-heraldo": "fecha-nota", "le-veilleur": "article__date"}
BOILERPLATE_CLASSES = {"inline-related", "ad-slot", "lea-tambien", "publicidad", "a-lire-aussi", "pub"}
MAIN_SITES = {"daily-courier", "el-heraldo"}  # at least 6 articles each

errors: list[str] = []
checks = 0


def fail(msg: str) -> None:
    errors.append(msg)


def ok(cond: bool, msg: str) -> bool:
    global checks
    checks += 1
    if not cond:
        fail(msg)
    return cond


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --------------------------------------------------------------------------- tiny DOM

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children: list = []  # Node or str

    def classes(self):
        return set((self.attrs.get("class") or "").split())

    def text(self, skip_classes=frozenset()) -> str:
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif c.tag in ("script", "style"):
                continue
            elif skip_classes & c.classes():
                continue
            else:
                out.append(c.text(skip_classes))
        return "".join(out)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


class DomBuilder(HTMLParser):
    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name = name
        self.root = Node("#document", [], None)
        self.cur = self.root
        self.problems: list[str] = []
        self.doctype = False

    def handle_decl(self, decl):
        if decl.lower().startswith("doctype"):
            self.doctype = True

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.problems.append(f"</{tag}> closes <{self.cur.tag}> at line {self.getpos()[0]}")
            n = self.cur
            while n is not None and n.tag != tag:
                n = n.parent
            if n is None:
                return
            self.cur = n
        self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse_html(path):
    with open(path, encoding="utf-8") as fh:
        src = fh.read()
    b = DomBuilder(path)
    b.feed(src)
    b.close()
    rel = os.path.relpath(path, ROOT)
    ok(b.doctype, f"{rel}: missing <!DOCTYPE html>")
    ok(not b.problems, f"{rel}: nesting problems: {b.problems[:3]}")
    ok(b.cur is b.root, f"{rel}: unclosed element <{b.cur.tag}>")
    return b.root, src


def find_all(root, tag=None, cls=None, **attrs):
    out = []
    for n in root.iter():
        if tag and n.tag != tag:
            continue
        if cls and cls not in n.classes():
            continue
        if any(n.attrs.get(k) != v for k, v in attrs.items()):
            continue
        out.append(n)
    return out


# --------------------------------------------------------------------------- helpers

def local_path(url: str):
    """Maps a site-local URL to a file under ROOT, or None for external URLs."""
    if url.startswith(BASE):
        url = url[len(BASE):]
    if not url.startswith("/") or url.startswith("//"):
        return None
    path = urlsplit(url).path
    if path.endswith("/"):
        path += "index.html"
    return os.path.join(ROOT, path.lstrip("/"))


def same_time(a: datetime, b: datetime) -> bool:
    return a == b and a.utcoffset() == b.utcoffset()


def all_files(ext):
    for d, _, files in os.walk(ROOT):
        if os.path.basename(d) == "tools" or "/tools/" in d + "/":
            continue
        for f in files:
            if f.endswith(ext):
                yield os.path.join(d, f)


# --------------------------------------------------------------------------- checks

def check_manifest():
    with open(os.path.join(ROOT, "manifest.json"), encoding="utf-8") as fh:
        manifest = json.load(fh)
    ok(isinstance(manifest, list), "manifest is not a JSON array")
    seen_dates = set()
    for e in manifest:
        where = e.get("path", "?")
        for key in ("site", "path", "title", "authors", "published", "language", "category", "mustContain", "mustNotContain"):
            ok(key in e, f"{where}: manifest entry lacks {key}")
        ok(e["category"] in CATEGORIES, f"{where}: bad category {e['category']}")
        ok(e["language"] in ("en", "es", "fr", "de"), f"{where}: bad language {e['language']}")
        ok(e["path"].startswith(f"/{e['site']}/articles/"), f"{where}: path not under its site")
        ok(os.path.isfile(local_path(e["path"])), f"{where}: file does not exist")
        ok(1 <= len(e["authors"]) <= 2, f"{where}: expected 1 or 2 authors")
        ok(len(e["mustContain"]) >= 2 and len(e["mustNotContain"]) >= 5, f"{where}: too few mustContain/mustNotContain")
        ok(bool(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", e["published"])), f"{where}: published not ISO 8601 with offset")
        d = datetime.fromisoformat(e["published"])
        ok(datetime.fromisoformat("2022-01-01T00:00:00+00:00") <= d < datetime.fromisoformat("2026-11-01T00:00:00+00:00"),
           f"{where}: published out of range")
        if e.get("dateOnly"):
            ok(d.hour == 0 and d.minute == 0, f"{where}: dateOnly but time is not midnight")
        ok(d not in seen_dates, f"{where}: published date not distinct")
        seen_dates.add(d)
    ok(len({e["path"] for e in manifest}) == len(manifest), "duplicate manifest paths")
    ok(len(manifest) >= 16, "fewer than 16 articles")
    ok(len({e["category"] for e in manifest}) >= 5, "fewer than 5 categories")
    ok(len({e["language"] for e in manifest}) >= 2, "fewer than 2 languages")
    for site in MAIN_SITES:
        ok(sum(e["site"] == site for e in manifest) >= 6, f"{site}: fewer than 6 articles")
    return manifest


def check_article(e, stats):
    path = local_path(e["path"])
    rel = e["path"]
    root, src = parse_html(path)
    html_el = find_all(root, "html")[0]
    lang = html_el.attrs.get("lang")
    if lang is None or not lang.lower().startswith(e["language"]):
        stats["bad_lang"].append(rel)
    body = find_all(root, "body")[0]
    page_text = norm(body.text())
    ok("{{TODAY}}" in src, f"{rel}: no {{{{TODAY}}}} placeholder")

    # title
    h1 = find_all(root, "h1")
    ok(len(h1) == 1 and norm(h1[0].text()) == e["title"], f"{rel}: h1 differs from manifest title")

    # body proper
    containers = find_all(root, cls=BODY_CONTAINER[e["site"]])
    if not ok(len(containers) == 1, f"{rel}: expected one body container"):
        return
    body_proper = norm(containers[0].text(frozenset(BOILERPLATE_CLASSES)))
    paragraphs = [p for p in find_all(containers[0], "p") if not (p.classes() & BOILERPLATE_CLASSES)]
    words = len(body_proper.split())
    ok(150 <= words <= 600, f"{rel}: body has {words} words, expected 150..600")
    ok(5 <= len(paragraphs) <= 12, f"{rel}: body has {len(paragraphs)} paragraphs")
    for s in e["mustContain"]:
        ok(norm(s) in page_text, f"{rel}: mustContain not in page text: {s[:60]}")
        ok(norm(s) in body_proper, f"{rel}: mustContain not in article body: {s[:60]}")
    for s in e["mustNotContain"]:
        ok(norm(s) in page_text, f"{rel}: mustNotContain does not occur in page: {s[:60]}")
        ok(norm(s) not in body_proper, f"{rel}: mustNotContain occurs in article body: {s[:60]}")

    # page furniture
    for what, cond in [
        ("image with caption", bool(find_all(containers[0].parent, "img"))),
        ("share buttons x2", page_text.count("WhatsApp") >= 2),
        ("ad slot", any(w in page_text for w in ("Advertisement", "Publicidad", "Publicité"))),
        ("see-also line", any(w in page_text for w in ("See also:", "Lea también:", "À lire aussi :"))),
        ("related list", any(w in page_text for w in ("Related stories", "Noticias relacionadas", "Sur le même sujet"))),
        ("comments", any(w in page_text for w in ("Comments (2)", "2 comentarios", "Réactions (2)"))),
        ("most read", any(w in page_text for w in ("Most read", "Lo más leído", "Les plus lus"))),
        ("footer copyright", "©" in page_text),
    ]:
        ok(cond, f"{rel}: missing {what}")
    # the visible dateline states the manifest's local date (and time unless dateOnly)
    d = datetime.fromisoformat(e["published"])
    dl = find_all(root, cls=DATELINE_CLASS[e["site"]])
    if ok(len(dl) == 1, f"{rel}: expected one visible dateline"):
        shown = norm(dl[0].text())
        numbers = [int(x) for x in re.findall(r"\d+", shown)]
        ok(d.year in numbers and d.day in numbers, f"{rel}: dateline '{shown}' does not show {d.date()}")
        if not e.get("dateOnly"):
            ok(d.minute in numbers and (d.hour in numbers or (d.hour % 12 or 12) in numbers),
               f"{rel}: dateline '{shown}' does not show {d.time()}")
    for a in e["authors"]:
        ok(a in page_text, f"{rel}: author {a} not visible")

    # canonical
    for link in find_all(root, "link", rel="canonical"):
        href = link.attrs["href"]
        ok(href == BASE + e["path"], f"{rel}: canonical {href} differs from page path")
        ok("?" not in href, f"{rel}: canonical carries a query string")

    # machine-readable metadata
    published = datetime.fromisoformat(e["published"])
    machine = 0
    for s in find_all(root, "script", type="application/ld+json"):
        try:
            ld = json.loads(s.text())
        except json.JSONDecodeError as ex:
            fail(f"{rel}: JSON-LD invalid: {ex}")
            continue
        if ld.get("@type") == "NewsArticle":
            machine += 1
            ok(same_time(datetime.fromisoformat(ld["datePublished"]), published), f"{rel}: JSON-LD datePublished differs")
            ok(ld.get("headline") == e["title"], f"{rel}: JSON-LD headline differs")
            ok([a["name"] for a in ld.get("author", [])] == e["authors"], f"{rel}: JSON-LD authors differ")
    for m in find_all(root, "meta", property="article:published_time"):
        machine += 1
        ok(same_time(datetime.fromisoformat(m.attrs["content"]), published), f"{rel}: article:published_time differs")
    for m in find_all(root, "meta", itemprop="datePublished"):
        machine += 1
        ok(same_time(datetime.fromisoformat(m.attrs["content"]), published), f"{rel}: microdata datePublished differs")
    for t in find_all(root, "time"):
        if "datetime" in t.attrs:
            machine += 1
            ok(same_time(datetime.fromisoformat(t.attrs["datetime"]), published), f"{rel}: <time datetime> differs")
    if machine == 0:
        stats["no_machine"].append(rel)
    if find_all(root, "link", rel="canonical"):
        stats["canonical"] += 1
    if find_all(root, "meta", property="og:title"):
        stats["og"] += 1


def check_links():
    for path in all_files(".html"):
        root, _ = parse_html(path)
        rel = os.path.relpath(path, ROOT)
        for n in root.iter():
            for attr in ("href", "src"):
                url = n.attrs.get(attr)
                if not url or n.tag == "form":
                    continue
                target = local_path(url)
                if target is None:
                    continue
                ok(os.path.isfile(target), f"{rel}: broken local link {url}")
            if n.tag == "meta" and n.attrs.get("property") == "og:image":
                ok(os.path.isfile(local_path(n.attrs["content"])), f"{rel}: og:image missing")


def check_feeds(manifest):
    by_site = {}
    for e in manifest:
        by_site.setdefault(e["site"], {})[e["path"]] = e

    def compare(feed_name, site, entries):
        """entries: list of (link, datetime, title)."""
        expected = by_site[site]
        paths = []
        tracked = 0
        for link, d, title in entries:
            ok(link.startswith(BASE + "/"), f"{feed_name}: link not absolute with {{{{BASE_URL}}}}: {link}")
            parts = urlsplit(link[len(BASE):])
            if "utm_" in parts.query:
                tracked += 1
            paths.append(parts.path)
            e = expected.get(parts.path)
            if not ok(e is not None, f"{feed_name}: unknown article {parts.path}"):
                continue
            ok(same_time(d, datetime.fromisoformat(e["published"])), f"{feed_name}: date of {parts.path} differs from manifest ({d.isoformat()} vs {e['published']})")
            ok(title == e["title"], f"{feed_name}: title of {parts.path} differs")
        ok(sorted(paths) == sorted(expected), f"{feed_name}: does not list exactly the site's articles")
        return tracked

    ns = {"dc": "http://purl.org/dc/elements/1.1/", "a": "http://www.w3.org/2005/Atom",
          "s": "http://www.sitemaps.org/schemas/sitemap/0.9", "n": "http://www.google.com/schemas/sitemap-news/0.9"}

    for site in ("daily-courier", "le-veilleur"):
        name = f"{site}/feeds/rss.xml"
        rss = ET.parse(os.path.join(ROOT, name)).getroot()
        ok(rss.tag == "rss" and rss.get("version") == "2.0", f"{name}: not RSS 2.0")
        items = rss.findall("./channel/item")
        for it in items:
            ok(it.find("guid") is not None and it.find("dc:creator", ns) is not None and it.find("category") is not None
               and it.find("description") is not None, f"{name}: item lacks guid/dc:creator/category/description")
            creators = [c.text for c in it.findall("dc:creator", ns)]
            path = urlsplit(it.findtext("link")[len(BASE):]).path
            if path in by_site[site]:
                ok(creators == by_site[site][path]["authors"], f"{name}: creators of {path} differ")
            ok(bool(re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4}", it.findtext("pubDate"))), f"{name}: pubDate not RFC 822")
        tracked = compare(name, site,
                          [(it.findtext("link"), parsedate_to_datetime(it.findtext("pubDate")), it.findtext("title")) for it in items])
        ok(tracked > 0, f"{name}: no link carries utm parameters")

    atom = ET.parse(os.path.join(ROOT, "el-heraldo/feeds/atom.xml")).getroot()
    ok(atom.tag == "{http://www.w3.org/2005/Atom}feed", "atom.xml: not Atom 1.0")
    entries = atom.findall("a:entry", ns)
    for en in entries:
        for child in ("a:id", "a:published", "a:updated", "a:author/a:name", "a:category", "a:link"):
            ok(en.find(child, ns) is not None, f"atom.xml: entry lacks {child}")
        path = urlsplit(en.find("a:link[@rel='alternate']", ns).get("href")[len(BASE):]).path
        if path in by_site["el-heraldo"]:
            names = [a.text for a in en.findall("a:author/a:name", ns)]
            ok(names == by_site["el-heraldo"][path]["authors"], f"atom.xml: authors of {path} differ")
    tracked = compare("atom.xml", "el-heraldo",
                      [(en.find("a:link[@rel='alternate']", ns).get("href"), datetime.fromisoformat(en.findtext("a:published", namespaces=ns)),
                        en.findtext("a:title", namespaces=ns)) for en in entries])
    ok(tracked > 0, "atom.xml: no link carries utm parameters")

    with open(os.path.join(ROOT, "daily-courier/feeds/feed.json"), encoding="utf-8") as fh:
        jf = json.load(fh)
    ok(jf.get("version") == "https://jsonfeed.org/version/1.1", "feed.json: not JSON Feed 1.1")
    for key in ("title", "home_page_url", "feed_url", "items"):
        ok(key in jf, f"feed.json: lacks {key}")
    compare("feed.json", "daily-courier", [(i["url"], datetime.fromisoformat(i["date_published"]), i["title"]) for i in jf["items"]])
    for i in jf["items"]:
        path = urlsplit(i["url"][len(BASE):]).path
        if path in by_site["daily-courier"]:
            ok([a["name"] for a in i["authors"]] == by_site["daily-courier"][path]["authors"], f"feed.json: authors of {path} differ")

    sm = ET.parse(os.path.join(ROOT, "el-heraldo/news-sitemap.xml")).getroot()
    compare("news-sitemap.xml", "el-heraldo",
            [(u.findtext("s:loc", namespaces=ns), datetime.fromisoformat(u.findtext("n:news/n:publication_date", namespaces=ns)),
              u.findtext("n:news/n:title", namespaces=ns)) for u in sm.findall("s:url", ns)])


def check_xml_and_json():
    for ext in (".xml", ".svg"):
        for path in all_files(ext):
            try:
                ET.parse(path)
                ok(True, "")
            except ET.ParseError as ex:
                fail(f"{os.path.relpath(path, ROOT)}: XML not well-formed: {ex}")
    for path in all_files(".json"):
        try:
            with open(path, encoding="utf-8") as fh:
                json.load(fh)
            ok(True, "")
        except json.JSONDecodeError as ex:
            fail(f"{os.path.relpath(path, ROOT)}: invalid JSON: {ex}")


def check_sources():
    path = os.path.join(os.path.dirname(os.path.dirname(ROOT)), "config", "sources.demo.json")
    with open(path, encoding="utf-8") as fh:
        cfg = json.load(fh)
    srcs = cfg["sources"]
    ok(any(not s["enabled"] for s in srcs), "sources.demo.json: no disabled source")
    for s in srcs:
        for key in ("id", "name", "feeds", "defaultCategory", "language", "enabled"):
            ok(key in s, f"sources.demo.json: {s.get('id')} lacks {key}")
        for f in s["feeds"]:
            ok(f.startswith(BASE + "/") and os.path.isfile(local_path(f)), f"sources.demo.json: feed {f} missing")


def check_robots():
    with open(os.path.join(ROOT, "robots.txt"), encoding="utf-8") as fh:
        lines = [l.strip() for l in fh if l.strip() and not l.startswith("#")]
    ok("User-agent: *" in lines and "Disallow: /private/" in lines, "robots.txt: expected User-agent: * / Disallow: /private/")
    ok(not any(l == "Disallow: /" for l in lines), "robots.txt: disallows everything")


def main() -> int:
    manifest = check_manifest()
    stats = {"bad_lang": [], "no_machine": [], "canonical": 0, "og": 0}
    for e in manifest:
        check_article(e, stats)
    ok(len(stats["no_machine"]) >= 3, f"only {len(stats['no_machine'])} pages without machine-readable dates")
    ok(len(stats["bad_lang"]) >= 1, "no page with a missing or wrong lang attribute")
    ok(stats["canonical"] > len(manifest) / 2, "canonical link on fewer than half the pages")
    ok(stats["og"] > len(manifest) / 2, "og meta on fewer than half the pages")
    check_links()
    check_xml_and_json()
    try:
        check_feeds(manifest)
    except (ET.ParseError, json.JSONDecodeError, KeyError, TypeError, ValueError) as ex:
        fail(f"feeds could not be checked: {ex!r}")
    check_sources()
    check_robots()

    print(f"articles: {len(manifest)}; pages without machine-readable date: {len(stats['no_machine'])}; "
          f"pages with missing/wrong lang: {len(stats['bad_lang'])}; canonical: {stats['canonical']}; og: {stats['og']}")
    if errors:
        for m in errors:
            print("FAIL", m)
        print(f"{len(errors)} failure(s) out of {checks} checks")
        return 1
    print(f"OK: {checks} checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
