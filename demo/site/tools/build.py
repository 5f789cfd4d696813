#!/usr/bin/env python3
"""Builds the static demo news sites under demo/site/ from the content modules.

The generated files are committed; run this again after editing content:

    python3 demo/site/tools/build.py

Placeholders left in the output for the local host to substitute at serve time:
  {{BASE_URL}}  e.g. http://127.0.0.1:7080
  {{TODAY}}     today's date written in the page's language
"""
from __future__ import annotations

import html
import json
import os
import sys
import unicodedata
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SITE_ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import content_courier  # noqa: E402
import content_heraldo  # noqa: E402
import content_veilleur  # noqa: E402
import svgs  # noqa: E402

BASE = "{{BASE_URL}}"
TODAY = "{{TODAY}}"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    out = "".join(c if c.isalnum() else "-" for c in ascii_name.lower())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def write(rel: str, text: str) -> None:
    path = os.path.join(SITE_ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def dt(article) -> datetime:
    return datetime.fromisoformat(article["published"])


# --------------------------------------------------------------------------- sites

EN_MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


class Site:
    id = ""
    name = ""
    lang = ""
    articles: list = []
    sections: dict = {}

    def url(self, path: str) -> str:
        return f"/{self.id}/{path}"

    def article_path(self, a) -> str:
        return f"/{self.id}/articles/{a['slug']}.html"

    def canonical(self, a) -> str:
        return BASE + self.article_path(a)

    def by_slug(self, slug):
        for a in self.articles:
            if a["slug"] == slug:
                return a
        raise KeyError(slug)

    def latest(self):
        return sorted(self.articles, key=dt, reverse=True)

    def related(self, a, n=3):
        """Same-section stories first, then the most recent others; never the see-also target."""
        seealso = {b[1] for b in a["body"] if b[0] == "seealso"}
        others = [b for b in self.latest() if b is not a and b["slug"] not in seealso]
        same = [b for b in others if b["category"] == a["category"]]
        rest = [b for b in others if b["category"] != a["category"]]
        return (same + rest)[:n]

    def most_read(self, a=None, n=5):
        order = sorted(self.articles, key=lambda b: (len(b["title"]) * 7) % 11)
        return [b for b in order if b is not a][:n]

    def authors(self):
        names = []
        for a in self.articles:
            for n in a["authors"]:
                if n not in names:
                    names.append(n)
        return names

    def author_href(self, name):
        return f"/{self.id}/authors/{slugify(name)}.html"

    def byline_html(self, a) -> str:
        parts = {}
        for i, n in enumerate(a["authors"]):
            if a.get("rel_author"):
                parts[f"a{i}"] = f'<a rel="author" href="{self.author_href(n)}">{esc(n)}</a>'
            else:
                parts[f"a{i}"] = f'<span class="author-name">{esc(n)}</span>'
        template = esc(a["byline"]).replace("{a0}", "\x00a0\x00").replace("{a1}", "\x00a1\x00")
        for k, v in parts.items():
            template = template.replace(f"\x00{k}\x00", v)
        return template

    def dateline_html(self, a) -> str:
        if "time" in a["machine"]:
            return f'<time datetime="{a["published"]}">{esc(a["dateline"])}</time>'
        return esc(a["dateline"])

    def head_meta(self, a) -> str:
        out = []
        out.append(f'<meta name="description" content="{esc(a["deck"])}">')
        if a.get("canonical", True):
            out.append(f'<link rel="canonical" href="{self.canonical(a)}">')
        if a.get("og", True):
            out.append(f'<meta property="og:type" content="article">')
            out.append(f'<meta property="og:title" content="{esc(a["title"])}">')
            out.append(f'<meta property="og:description" content="{esc(a["deck"])}">')
            out.append(f'<meta property="og:image" content="{self.img_url(a["image"])}">')
            out.append(f'<meta property="og:site_name" content="{esc(self.name)}">')
            if a.get("canonical", True):
                out.append(f'<meta property="og:url" content="{self.canonical(a)}">')
        if "meta" in a["machine"]:
            out.append(f'<meta property="article:published_time" content="{a["published"]}">')
            out.append(f'<meta property="article:section" content="{esc(self.sections[a["category"]][1])}">')
            for t in a["tags"]:
                out.append(f'<meta property="article:tag" content="{esc(t)}">')
            out.append(f'<meta name="author" content="{esc(", ".join(a["authors"]))}">')
        if "jsonld" in a["machine"]:
            ld = {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": a["title"],
                "description": a["deck"],
                "datePublished": a["published"],
                "dateModified": a["published"],
                "inLanguage": self.lang,
                "articleSection": self.sections[a["category"]][1],
                "image": [self.img_url(a["image"])],
                "mainEntityOfPage": {"@type": "WebPage", "@id": self.canonical(a)},
                "author": [{"@type": "Person", "name": n, "url": BASE + self.author_href(n)} for n in a["authors"]],
                "publisher": {
                    "@type": "Organization",
                    "name": self.name,
                    "logo": {"@type": "ImageObject", "url": self.img_url("logo")},
                },
                "keywords": a["tags"],
            }
            out.append('<script type="application/ld+json">\n' + json.dumps(ld, ensure_ascii=False, indent=2) + "\n</script>")
        return "\n".join(out)

    def img_url(self, name: str) -> str:
        return f"{BASE}/{self.id}/img/{name}.svg"

    def html_open(self, a=None) -> str:
        lang = self.lang_attr if a is None else a.get("lang", self.lang_attr)
        if lang is None:
            return "<html>"
        return f'<html lang="{lang}">'

    # boilerplate strings the manifest lists as must-not-contain
    def boilerplate(self, a) -> list:
        raise NotImplementedError


# --------------------------------------------------------------------------- Daily Courier

class Courier(Site):
    id = "daily-courier"
    name = "The Daily Courier"
    lang = "en"
    lang_attr = "en-US"
    articles = content_courier.ARTICLES
    sections = {
        "politics": ("politics", "Politics"),
        "crime": ("crime", "Crime"),
        "sports": ("sports", "Sports"),
        "business": ("business", "Business"),
        "technology": ("technology", "Technology"),
        "entertainment": ("entertainment", "Arts & Entertainment"),
        "lifestyle": ("lifestyle", "Life & Style"),
    }
    nav_order = ["politics", "crime", "business", "technology", "sports", "entertainment", "lifestyle"]
    COOKIE = "We use cookies to personalise content and ads and to analyse our traffic."
    NEWSLETTER = "Get the day's top Port Ellison stories in your inbox every weekday at 6 a.m."


    INFO = {
        "about.html": ("About us", [
            "The Daily Courier has covered Port Ellison and the towns of the Eastern Shore since 1887.",
            "Our newsroom of 24 reporters, editors and photographers publishes around the clock online and in print six days a week.",
        ]),
        "contact.html": ("Contact the newsroom", [
            "News tips: newsdesk@courier.example. Corrections: standards@courier.example.",
            "The Daily Courier, 14 Front Street, Port Ellison.",
        ]),
        "privacy.html": ("Privacy and cookie policy", [
            "We use cookies to remember your preferences, measure readership and show advertising.",
            "You can change your cookie preferences at any time from the banner at the bottom of each page.",
        ]),
        "terms.html": ("Terms of use", [
            "All content is the property of The Daily Courier Publishing Co. and may not be republished without permission.",
        ]),
        "subscribe.html": ("Subscribe", [
            "Unlimited digital access costs $1 a week for the first three months.",
            "Print subscribers get full digital access at no extra cost.",
        ]),
    }

    def tag_href(self, tag):
        return f"/{self.id}/tag/{slugify(tag)}/"

    def info_page(self, title, paras) -> str:
        body = "\n".join(f"  <p>{esc(p)}</p>" for p in paras)
        main = f"""<section class="static-page">
  <h1 class="section-front__title">{esc(title)}</h1>
{body}
</section>"""
        return self.page(f"{title} | The Daily Courier", "", main, body_class="static")

    def tag_page(self, tag) -> str:
        items = [b for b in self.latest() if tag in b["tags"]]
        lis = "\n".join(self.teaser(b) for b in items)
        main = f"""<section class="section-front">
  <h1 class="section-front__title">Tag: {esc(tag)}</h1>
  <ul class="teaser-list">
{lis}
  </ul>
</section>"""
        return self.page(f"{tag} | The Daily Courier", '<meta name="robots" content="noindex, follow">', main, body_class="tag-page")

    def short_date(self, a) -> str:
        d = dt(a)
        return f"{EN_MONTHS_SHORT[d.month - 1]} {d.day}, {d.year}"

    def section_href(self, cat):
        return f"/{self.id}/{self.sections[cat][0]}/"

    def page(self, title, head_extra, main_html, a=None, body_class="") -> str:
        nav = "\n".join(
            f'      <li><a href="{self.section_href(c)}">{esc(self.sections[c][1])}</a></li>' for c in self.nav_order
        )
        most = "\n".join(
            f'        <li><a href="{self.article_path(b)}">{esc(b["title"])}</a></li>' for b in self.most_read(a)
        )
        return f"""<!DOCTYPE html>
{self.html_open(a)}
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head_extra}
<link rel="stylesheet" href="/daily-courier/css/courier.css">
<link rel="alternate" type="application/rss+xml" title="The Daily Courier - All stories" href="{BASE}/daily-courier/feeds/rss.xml">
<link rel="alternate" type="application/feed+json" title="The Daily Courier - JSON Feed" href="{BASE}/daily-courier/feeds/feed.json">
<link rel="icon" href="/daily-courier/img/logo.svg" type="image/svg+xml">
</head>
<body class="courier {body_class}">
<div class="cookie-banner" id="cookie-consent" role="dialog" aria-label="Cookie consent">
  <p>{esc(self.COOKIE)} <a href="/daily-courier/privacy.html">Read our cookie policy</a>.</p>
  <button type="button" class="btn btn--primary">Accept all cookies</button>
  <button type="button" class="btn">Manage preferences</button>
</div>
<header class="masthead">
  <div class="masthead__top">
    <span class="masthead__date">{TODAY}</span>
    <span class="masthead__weather">Port Ellison · 54°F, light showers</span>
    <a class="masthead__subscribe" href="/daily-courier/subscribe.html">Subscribe</a>
  </div>
  <a class="masthead__logo" href="/daily-courier/"><img src="/daily-courier/img/logo.svg" alt="" width="40" height="40"> The Daily Courier</a>
  <p class="masthead__tagline">Serving Port Ellison and the Eastern Shore since 1887</p>
</header>
<nav class="primary-nav" aria-label="Sections">
  <ul>
      <li><a href="/daily-courier/">Home</a></li>
{nav}
  </ul>
</nav>
<div class="layout">
<main class="layout__main" id="main">
{main_html}
</main>
<aside class="sidebar">
  <section class="most-read">
    <h2>Most read</h2>
    <ol>
{most}
    </ol>
  </section>
  <section class="newsletter-box">
    <h2>The Morning Briefing</h2>
    <p>{esc(self.NEWSLETTER)}</p>
    <form action="/daily-courier/newsletter" method="post">
      <label for="nl-email">Email address</label>
      <input id="nl-email" type="email" name="email" placeholder="you@example.com">
      <button type="submit" class="btn btn--primary">Sign up</button>
    </form>
  </section>
  <div class="ad-slot ad-slot--sidebar" aria-hidden="true"><span class="ad-slot__label">Advertisement</span></div>
</aside>
</div>
<footer class="site-footer">
  <ul class="site-footer__links">
    <li><a href="/daily-courier/about.html">About us</a></li>
    <li><a href="/daily-courier/contact.html">Contact the newsroom</a></li>
    <li><a href="/daily-courier/privacy.html">Privacy policy</a></li>
    <li><a href="/daily-courier/terms.html">Terms of use</a></li>
    <li><a href="{BASE}/daily-courier/feeds/rss.xml">RSS</a></li>
  </ul>
  <p class="site-footer__copy">© 2026 The Daily Courier Publishing Co. All rights reserved. The Daily Courier is a fictional newspaper created for software testing.</p>
</footer>
</body>
</html>
"""

    def share_bar(self, a, where) -> str:
        url = self.canonical(a)
        return f"""<ul class="share-bar share-bar--{where}" aria-label="Share this story">
  <li><a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Share on Facebook</a></li>
  <li><a class="share share--x" href="https://x.com/intent/post?url={url}">Share on X</a></li>
  <li><a class="share share--whatsapp" href="https://wa.me/?text={url}">Share on WhatsApp</a></li>
  <li><a class="share share--email" href="mailto:?subject={esc(a['title'])}&amp;body={url}">Share via Email</a></li>
</ul>"""

    def body_html(self, a) -> str:
        out = []
        for block in a["body"]:
            kind = block[0]
            if kind == "p":
                out.append(f"<p>{esc(block[1])}</p>")
            elif kind == "h2":
                out.append(f"<h2>{esc(block[1])}</h2>")
            elif kind == "quote":
                out.append(f'<blockquote class="pullquote"><p>{esc(block[1])}</p><footer>— {esc(block[2])}</footer></blockquote>')
            elif kind == "ul":
                items = "".join(f"<li>{esc(x)}</li>" for x in block[1])
                out.append(f"<ul>{items}</ul>")
            elif kind == "seealso":
                t = self.by_slug(block[1])
                out.append(f'<p class="inline-related"><strong>See also:</strong> <a href="{self.article_path(t)}">{esc(t["title"])}</a></p>')
            elif kind in ("ad", "publi"):
                out.append('<div class="ad-slot ad-slot--inline" data-ad-unit="story-mid"><span class="ad-slot__label">Advertisement</span></div>')
        return "\n".join(out)

    def article_page(self, a) -> str:
        sec_slug, sec_name = self.sections[a["category"]]
        related = "\n".join(
            f'    <li><a href="{self.article_path(b)}">{esc(b["title"])}</a> <span class="related__date">{self.short_date(b)}</span></li>'
            for b in self.related(a)
        )
        tags = " ".join(f'<li><a href="{self.tag_href(t)}">{esc(t)}</a></li>' for t in a["tags"])
        comments = "\n".join(
            f"""    <li class="comment"><p class="comment__author">{esc(who)}</p><p class="comment__text">{esc(text)}</p><button type="button" class="comment__reply">Reply</button></li>"""
            for who, text in a["comments"]
        )
        main = f"""<article class="story" data-section="{sec_slug}">
  <header class="story__header">
    <a class="story__kicker" href="{self.section_href(a['category'])}">{esc(sec_name)}</a>
    <h1 class="story__headline">{esc(a['title'])}</h1>
    <p class="story__standfirst">{esc(a['deck'])}</p>
    <div class="story__meta">
      <p class="byline">{self.byline_html(a)}</p>
      <p class="dateline">{self.dateline_html(a)}</p>
    </div>
{self.share_bar(a, 'top')}
  </header>
  <figure class="story__image">
    <img src="{self.img_url(a['image'])}" alt="{esc(a['caption'])}" width="640" height="360">
    <figcaption>{esc(a['caption'])} <span class="credit">{esc(a['credit'])}</span></figcaption>
  </figure>
  <div class="story__body">
{self.body_html(a)}
  </div>
{self.share_bar(a, 'bottom')}
  <ul class="story__tags" aria-label="Tags">{tags}</ul>
  <section class="related">
    <h2>Related stories</h2>
    <ul>
{related}
    </ul>
  </section>
  <section class="comments" id="comments">
    <h2>Comments (2)</h2>
    <p class="comments__policy">Comments are moderated. Please keep it civil.</p>
    <ol>
{comments}
    </ol>
  </section>
</article>"""
        return self.page(f"{a['title']} | The Daily Courier", self.head_meta(a), main, a)

    def teaser(self, b, lead=False) -> str:
        sec = self.sections[b["category"]][1]
        img = (f'<img src="{self.img_url(b["image"])}" alt="" width="640" height="360">' if lead else "")
        return f"""<li class="teaser{' teaser--lead' if lead else ''}">
  {img}
  <span class="teaser__section">{esc(sec)}</span>
  <h3 class="teaser__title"><a href="{self.article_path(b)}">{esc(b['title'])}</a></h3>
  <p class="teaser__deck">{esc(b['deck'])}</p>
  <p class="teaser__meta">{esc(', '.join(b['authors']))} · {self.short_date(b)}</p>
</li>"""

    def index_page(self) -> str:
        items = self.latest()
        lis = "\n".join(self.teaser(b, i == 0) for i, b in enumerate(items))
        main = f"""<section class="front">
  <h1 class="visually-hidden">The Daily Courier: latest news</h1>
  <h2 class="front__heading">Latest news</h2>
  <ul class="teaser-list">
{lis}
  </ul>
</section>"""
        head = (f'<meta name="description" content="News, sport and culture from Port Ellison and the Eastern Shore.">\n'
                f'<link rel="canonical" href="{BASE}/daily-courier/">\n'
                f'<meta property="og:site_name" content="The Daily Courier">')
        return self.page("The Daily Courier | Port Ellison news", head, main, body_class="front-page")

    def section_page(self, cat) -> str:
        sec_slug, sec_name = self.sections[cat]
        items = [b for b in self.latest() if b["category"] == cat]
        lis = "\n".join(self.teaser(b) for b in items)
        main = f"""<section class="section-front">
  <h1 class="section-front__title">{esc(sec_name)}</h1>
  <ul class="teaser-list">
{lis}
  </ul>
</section>"""
        head = (f'<meta name="description" content="{esc(sec_name)} news from The Daily Courier.">\n'
                f'<link rel="canonical" href="{BASE}/daily-courier/{sec_slug}/">')
        return self.page(f"{sec_name} | The Daily Courier", head, main, body_class="section-page")

    def author_page(self, name) -> str:
        items = [b for b in self.latest() if name in b["authors"]]
        lis = "\n".join(self.teaser(b) for b in items)
        main = f"""<section class="author-profile">
  <h1>{esc(name)}</h1>
  <p class="author-profile__role">Reporter, The Daily Courier</p>
  <ul class="teaser-list">
{lis}
  </ul>
</section>"""
        return self.page(f"{name} | The Daily Courier", "", main, body_class="author-page")

    def boilerplate(self, a) -> list:
        seealso = [self.by_slug(b[1]) for b in a["body"] if b[0] == "seealso"][0]
        return [
            f"See also: {seealso['title']}",
            "Share on WhatsApp",
            self.related(a)[0]["title"],
            a["comments"][0][1],
            self.NEWSLETTER,
            a["caption"],
            a["credit"],
            self.COOKIE,
        ]


# --------------------------------------------------------------------------- El Heraldo del Sur

class Heraldo(Site):
    id = "el-heraldo"
    name = "El Heraldo del Sur"
    lang = "es"
    lang_attr = "es"
    articles = content_heraldo.ARTICLES
    sections = {
        "politics": ("politica", "Política"),
        "crime": ("sucesos", "Sucesos"),
        "sports": ("deportes", "Deportes"),
        "business": ("economia", "Economía"),
        "technology": ("tecnologia", "Tecnología"),
        "entertainment": ("cultura", "Cultura y espectáculos"),
        "lifestyle": ("vida", "Vida y estilo"),
    }
    nav_order = ["politics", "business", "crime", "sports", "technology", "entertainment", "lifestyle"]
    NEWSLETTER = "Recibe cada mañana en tu correo las noticias más importantes de Puerto Alcira y la comarca."
    TICKER = [
        "Cortes de tráfico en la avenida del Puerto por las obras del carril bici",
        "Aviso amarillo por oleaje en todo el litoral hasta el jueves",
        "Abierto el plazo de matrícula en las escuelas municipales de música",
    ]
    COOKIE = "Este sitio utiliza cookies propias y de terceros para mejorar tu experiencia de navegación."


    INFO = {
        "quienes-somos.html": ("Quiénes somos", [
            "El Heraldo del Sur se fundó en 1923 en Puerto Alcira y es el diario de referencia de la costa sur.",
            "Nuestra redacción publica cada día información local, comarcal y deportiva.",
        ]),
        "contacto.html": ("Contacto", [
            "Redacción: redaccion@heraldodelsur.example. Publicidad: comercial@heraldodelsur.example.",
            "Calle de la Marina, 8. Puerto Alcira.",
        ]),
        "aviso-legal.html": ("Aviso legal", [
            "Ediciones del Sur S.L. es la titular de este sitio web y de todos sus contenidos.",
        ]),
        "politica-de-cookies.html": ("Política de cookies", [
            "Utilizamos cookies técnicas, de análisis y publicitarias. Puedes configurarlas o rechazarlas en cualquier momento.",
        ]),
        "suscripciones.html": ("Suscripciones", [
            "Suscríbete a la edición digital por 4,99 euros al mes y accede a todos los contenidos.",
        ]),
    }

    def tag_href(self, tag):
        return f"/{self.id}/temas/{slugify(tag)}/"

    def info_page(self, title, paras) -> str:
        body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
        main = f"""<div class="pagina-estatica">
<h1 class="titulo-seccion">{esc(title)}</h1>
{body}
</div>"""
        return self.page(f"{title} - El Heraldo del Sur", "", main)

    def tag_page(self, tag) -> str:
        items = [b for b in self.latest() if tag in b["tags"]]
        bloques = "\n".join(self.bloque(b) for b in items)
        main = f"""<div class="portada-seccion">
<h1 class="titulo-seccion">Tema: {esc(tag)}</h1>
{bloques}
</div>"""
        return self.page(f"{tag} - El Heraldo del Sur", "", main)

    def short_date(self, a) -> str:
        d = dt(a)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def section_href(self, cat):
        return f"/{self.id}/{self.sections[cat][0]}/"

    def page(self, title, head_extra, main_html, a=None, body_class="") -> str:
        menu = "\n".join(
            f'    <a class="menu-item" href="{self.section_href(c)}">{esc(self.sections[c][1])}</a>' for c in self.nav_order
        )
        mas = "\n".join(
            f'      <div class="mas-leido-item"><span class="num">{i + 1}</span><a href="{self.article_path(b)}">{esc(b["title"])}</a></div>'
            for i, b in enumerate(self.most_read(a))
        )
        ticker = "\n".join(f"      <li>{esc(t)}</li>" for t in self.TICKER)
        return f"""<!DOCTYPE html>
{self.html_open(a)}
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head_extra}
<link rel="stylesheet" type="text/css" href="/el-heraldo/css/heraldo.css">
<link rel="alternate" type="application/atom+xml" title="El Heraldo del Sur" href="{BASE}/el-heraldo/feeds/atom.xml">
</head>
<body>
<div id="aviso-cookies" class="aviso-cookies">
  {esc(self.COOKIE)} <a href="/el-heraldo/politica-de-cookies.html">Más información</a>
  <a href="#" class="boton-aceptar">Aceptar</a>
</div>
<div id="contenedor">
  <div class="cabecera">
    <div class="cabecera-superior">
      <span class="fecha-hoy">{TODAY}</span>
      <span class="edicion">Edición Costa Sur</span>
      <a href="/el-heraldo/suscripciones.html" class="suscribete">Suscríbete</a>
    </div>
    <div class="logo"><a href="/el-heraldo/">El Heraldo <span>del Sur</span></a></div>
    <div class="lema">Diario independiente de Puerto Alcira y su comarca</div>
  </div>
  <div class="menu">
    <a class="menu-item portada" href="/el-heraldo/">Portada</a>
{menu}
  </div>
  <div class="ultima-hora">
    <span class="etiqueta-ultima">Última hora</span>
    <ul class="ultima-lista">
{ticker}
    </ul>
  </div>
  <div class="fila">
    <div class="columna-principal">
{main_html}
    </div>
    <div class="columna-lateral">
      <div class="modulo lo-mas-leido">
        <h3 class="titulo-modulo">Lo más leído</h3>
{mas}
      </div>
      <div class="modulo boletin">
        <h3 class="titulo-modulo">Boletín diario</h3>
        <p>{esc(self.NEWSLETTER)}</p>
        <form action="/el-heraldo/boletin" method="post">
          <input type="email" name="correo" placeholder="Tu correo electrónico">
          <input type="submit" value="Suscribirme">
        </form>
        <small>Puedes darte de baja cuando quieras.</small>
      </div>
      <div class="publicidad publicidad-lateral"><span>Publicidad</span></div>
    </div>
  </div>
  <div class="pie">
    <div class="pie-enlaces">
      <a href="/el-heraldo/quienes-somos.html">Quiénes somos</a> ·
      <a href="/el-heraldo/contacto.html">Contacto</a> ·
      <a href="/el-heraldo/aviso-legal.html">Aviso legal</a> ·
      <a href="/el-heraldo/politica-de-cookies.html">Política de cookies</a> ·
      <a href="{BASE}/el-heraldo/feeds/atom.xml">RSS</a>
    </div>
    <p class="copyright">© 2026 Ediciones del Sur S.L. Prohibida la reproducción total o parcial. El Heraldo del Sur es un periódico ficticio creado para pruebas de software.</p>
  </div>
</div>
</body>
</html>
"""

    def share(self, a, where) -> str:
        url = self.canonical(a)
        return f"""<div class="compartir compartir-{where}">
  <span class="compartir-titulo">Compartir:</span>
  <a class="red facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}">Compartir en Facebook</a>
  <a class="red x" href="https://x.com/intent/post?url={url}">Compartir en X</a>
  <a class="red whatsapp" href="https://wa.me/?text={url}">Compartir en WhatsApp</a>
  <a class="red correo" href="mailto:?subject={esc(a['title'])}">Enviar por correo</a>
</div>"""

    def body_html(self, a) -> str:
        out = []
        for block in a["body"]:
            kind = block[0]
            if kind == "p":
                out.append(f"<p>{esc(block[1])}</p>")
            elif kind == "h2":
                out.append(f'<h2 class="ladillo">{esc(block[1])}</h2>')
            elif kind == "quote":
                out.append(f'<blockquote><p>«{esc(block[1])}»</p><cite>{esc(block[2])}</cite></blockquote>')
            elif kind == "ul":
                items = "".join(f"<li>{esc(x)}</li>" for x in block[1])
                out.append(f'<ul class="lista-nota">{items}</ul>')
            elif kind == "seealso":
                t = self.by_slug(block[1])
                out.append(f'<p class="lea-tambien">Lea también: <a href="{self.article_path(t)}">{esc(t["title"])}</a></p>')
            elif kind in ("ad", "publi"):
                out.append('<div class="publicidad publicidad-nota"><span>Publicidad</span></div>')
        return "\n".join(out)

    def article_page(self, a) -> str:
        sec_slug, sec_name = self.sections[a["category"]]
        related = "\n".join(
            f'      <li><a href="{self.article_path(b)}">{esc(b["title"])}</a></li>' for b in self.related(a)
        )
        tags = ", ".join(f'<a href="{self.tag_href(t)}">{esc(t)}</a>' for t in a["tags"])
        comments = "\n".join(
            f"""    <div class="comentario"><div class="comentario-autor"><b>{esc(who)}</b> escribió:</div><div class="comentario-texto">{esc(text)}</div></div>"""
            for who, text in a["comments"]
        )
        main = f"""<div class="nota" id="nota-{a['slug']}">
  <div class="antetitulo"><a href="{self.section_href(a['category'])}">{esc(sec_name)}</a></div>
  <h1 class="titulo-nota">{esc(a['title'])}</h1>
  <p class="entradilla">{esc(a['deck'])}</p>
  <div class="firma">
    <span class="autor">{self.byline_html(a)}</span>
    <span class="separador">|</span>
    <span class="fecha-nota">{self.dateline_html(a)}</span>
  </div>
{self.share(a, 'arriba')}
  <div class="foto-nota">
    <img src="{self.img_url(a['image'])}" alt="{esc(a['caption'])}">
    <p class="pie-foto">{esc(a['caption'])} <em class="autor-foto">{esc(a['credit'])}</em></p>
  </div>
  <div class="cuerpo-nota">
{self.body_html(a)}
  </div>
{self.share(a, 'abajo')}
  <div class="etiquetas">Temas: {tags}</div>
  <div class="noticias-relacionadas">
    <h3>Noticias relacionadas</h3>
    <ul>
{related}
    </ul>
  </div>
  <div id="comentarios">
    <h3>2 comentarios</h3>
{comments}
    <p class="normas">Los comentarios están sujetos a nuestras normas de participación.</p>
  </div>
</div>"""
        return self.page(f"{a['title']} - El Heraldo del Sur", self.head_meta(a), main, a)

    def bloque(self, b, grande=False) -> str:
        sec = self.sections[b["category"]][1]
        img = f'<a href="{self.article_path(b)}"><img src="{self.img_url(b["image"])}" alt=""></a>' if grande else ""
        return f"""<div class="bloque-noticia{' bloque-grande' if grande else ''}">
  {img}
  <div class="bloque-seccion">{esc(sec)}</div>
  <h2 class="bloque-titulo"><a href="{self.article_path(b)}">{esc(b['title'])}</a></h2>
  <p class="bloque-entradilla">{esc(b['deck'])}</p>
  <div class="bloque-fecha">{self.short_date(b)}</div>
</div>"""

    def index_page(self) -> str:
        items = self.latest()
        bloques = "\n".join(self.bloque(b, i == 0) for i, b in enumerate(items))
        main = f"""<div class="portada">
<h1 class="oculto">El Heraldo del Sur - Portada</h1>
{bloques}
</div>"""
        head = (f'<meta name="description" content="Noticias de Puerto Alcira y la costa sur: política, economía, deportes, sucesos y cultura.">\n'
                f'<link rel="canonical" href="{BASE}/el-heraldo/">\n'
                f'<meta property="og:site_name" content="El Heraldo del Sur">')
        return self.page("El Heraldo del Sur - Noticias de Puerto Alcira", head, main)

    def section_page(self, cat) -> str:
        sec_slug, sec_name = self.sections[cat]
        items = [b for b in self.latest() if b["category"] == cat]
        bloques = "\n".join(self.bloque(b) for b in items)
        main = f"""<div class="portada-seccion">
<h1 class="titulo-seccion">{esc(sec_name)}</h1>
{bloques}
</div>"""
        head = (f'<meta name="description" content="Últimas noticias de {esc(sec_name)} en El Heraldo del Sur.">\n'
                f'<link rel="canonical" href="{BASE}/el-heraldo/{sec_slug}/">')
        return self.page(f"{sec_name} - El Heraldo del Sur", head, main)

    def author_page(self, name) -> str:
        items = [b for b in self.latest() if name in b["authors"]]
        bloques = "\n".join(self.bloque(b) for b in items)
        main = f"""<div class="autor-ficha">
<h1>{esc(name)}</h1>
<p>Redactor de El Heraldo del Sur.</p>
{bloques}
</div>"""
        return self.page(f"{name} - El Heraldo del Sur", "", main)

    def boilerplate(self, a) -> list:
        seealso = [self.by_slug(b[1]) for b in a["body"] if b[0] == "seealso"][0]
        return [
            f"Lea también: {seealso['title']}",
            "Compartir en WhatsApp",
            self.related(a)[0]["title"],
            a["comments"][0][1],
            self.NEWSLETTER,
            a["caption"],
            a["credit"],
            self.TICKER[1],
        ]



# --------------------------------------------------------------------------- Le Veilleur de l'Estuaire

class Veilleur(Site):
    id = "le-veilleur"
    name = "Le Veilleur de l'Estuaire"
    lang = "fr"
    lang_attr = "fr-FR"
    articles = content_veilleur.ARTICLES
    sections = {
        "sports": ("sport", "Sport"),
        "technology": ("numerique", "Numérique"),
        "crime": ("faits-divers", "Faits divers"),
    }
    nav_order = ["crime", "sports", "technology"]
    COOKIE = "Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés."
    NEWSLETTER = "Recevez chaque vendredi l'essentiel de l'actualité de l'estuaire dans votre boîte mail."
    INFO = {
        "mentions-legales.html": ("Mentions légales", [
            "Le Veilleur de l'Estuaire est un hebdomadaire fictif créé pour tester des logiciels.",
        ]),
        "contact.html": ("Nous contacter", [
            "Rédaction : redaction@veilleur.example. Quai des Pilotes, Port-Sérac.",
        ]),
    }

    def tag_href(self, tag):
        return f"/{self.id}/mots-cles/{slugify(tag)}/"

    def short_date(self, a) -> str:
        d = dt(a)
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def section_href(self, cat):
        return f"/{self.id}/{self.sections[cat][0]}/"

    def page(self, title, head_extra, main_html, a=None) -> str:
        nav = "\n".join(f'    <a href="{self.section_href(c)}">{esc(self.sections[c][1])}</a>' for c in self.nav_order)
        plus = "\n".join(f'      <li><a href="{self.article_path(b)}">{esc(b["title"])}</a></li>' for b in self.most_read(a))
        return f"""<!doctype html>
{self.html_open(a)}
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head_extra}
<link rel="stylesheet" href="/le-veilleur/css/veilleur.css">
<link rel="alternate" type="application/rss+xml" title="Le Veilleur de l'Estuaire" href="{BASE}/le-veilleur/feeds/rss.xml">
</head>
<body>
<div class="bandeau-cookies" id="rgpd">
  <p>{esc(self.COOKIE)}</p>
  <button type="button">Tout accepter</button> <button type="button">Continuer sans accepter</button>
</div>
<header class="en-tete">
  <p class="en-tete__date">{TODAY}</p>
  <p class="en-tete__titre"><a href="/le-veilleur/">Le Veilleur <small>de l'Estuaire</small></a></p>
  <nav class="rubriques">
    <a href="/le-veilleur/">À la une</a>
{nav}
  </nav>
</header>
<div class="page">
<main class="page__principal">
{main_html}
</main>
<aside class="colonne">
  <div class="plus-lus">
    <h2>Les plus lus</h2>
    <ol>
{plus}
    </ol>
  </div>
  <div class="lettre">
    <h2>La lettre du Veilleur</h2>
    <p>{esc(self.NEWSLETTER)}</p>
    <form action="/le-veilleur/lettre" method="post"><input type="email" name="email" placeholder="Votre adresse e-mail"><button type="submit">Je m'inscris</button></form>
  </div>
</aside>
</div>
<footer class="pied">
  <nav><a href="/le-veilleur/mentions-legales.html">Mentions légales</a> <a href="/le-veilleur/contact.html">Nous contacter</a> <a href="{BASE}/le-veilleur/feeds/rss.xml">Flux RSS</a></nav>
  <p>© 2026 Le Veilleur de l'Estuaire. Tous droits réservés. Journal fictif créé pour des tests logiciels.</p>
</footer>
</body>
</html>
"""

    def share(self, a) -> str:
        url = self.canonical(a)
        return f"""<div class="partage">
  <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Partager sur Facebook</a>
  <a href="https://x.com/intent/post?url={url}">Partager sur X</a>
  <a href="https://wa.me/?text={url}">Partager sur WhatsApp</a>
  <a href="mailto:?subject={esc(a['title'])}">Envoyer par e-mail</a>
</div>"""

    def body_html(self, a) -> str:
        out = []
        for block in a["body"]:
            kind = block[0]
            if kind == "p":
                out.append(f"<p>{esc(block[1])}</p>")
            elif kind == "h2":
                out.append(f'<h2 class="intertitre">{esc(block[1])}</h2>')
            elif kind == "quote":
                out.append(f'<blockquote class="citation"><p>« {esc(block[1])} »</p><p class="citation__auteur">{esc(block[2])}</p></blockquote>')
            elif kind == "ul":
                out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in block[1]) + "</ul>")
            elif kind == "seealso":
                t = self.by_slug(block[1])
                out.append(f'<p class="a-lire-aussi">À lire aussi : <a href="{self.article_path(t)}">{esc(t["title"])}</a></p>')
            elif kind in ("ad", "publi"):
                out.append('<div class="pub"><span>Publicité</span></div>')
        return "\n".join(out)

    def article_page(self, a) -> str:
        micro = "microdata" in a["machine"]
        sec_slug, sec_name = self.sections[a["category"]]
        related = "\n".join(f'    <li><a href="{self.article_path(b)}">{esc(b["title"])}</a></li>' for b in self.related(a))
        tags = ", ".join(f'<a href="{self.tag_href(t)}">{esc(t)}</a>' for t in a["tags"])
        reactions = "\n".join(
            f'  <div class="reaction"><p class="reaction__auteur">{esc(who)}</p><p class="reaction__texte">{esc(text)}</p></div>'
            for who, text in a["comments"])
        scope = ' itemscope itemtype="https://schema.org/NewsArticle"' if micro else ""
        ip = (lambda p: f' itemprop="{p}"') if micro else (lambda p: "")
        micro_meta = ""
        if micro:
            micro_meta = (f'\n  <meta itemprop="datePublished" content="{a["published"]}">'
                          + "".join(f'\n  <span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{esc(n)}"></span>' for n in a["authors"]))
        main = f"""<article class="article"{scope}>{micro_meta}
  <p class="article__rubrique"><a href="{self.section_href(a['category'])}">{esc(sec_name)}</a></p>
  <h1 class="article__titre"{ip('headline')}>{esc(a['title'])}</h1>
  <p class="article__chapo"{ip('description')}>{esc(a['deck'])}</p>
  <p class="article__signature">{self.byline_html(a)} — <span class="article__date">{self.dateline_html(a)}</span></p>
{self.share(a)}
  <figure class="article__illustration">
    <img src="{self.img_url(a['image'])}" alt=""{ip('image')}>
    <figcaption>{esc(a['caption'])} <span class="copyright-photo">{esc(a['credit'])}</span></figcaption>
  </figure>
  <div class="article__contenu"{ip('articleBody')}>
{self.body_html(a)}
  </div>
{self.share(a)}
  <p class="mots-cles">Mots-clés : {tags}</p>
  <aside class="meme-sujet">
    <h2>Sur le même sujet</h2>
    <ul>
{related}
    </ul>
  </aside>
  <section class="reactions">
    <h2>Réactions (2)</h2>
{reactions}
  </section>
</article>"""
        return self.page(f"{a['title']} | Le Veilleur de l'Estuaire", self.head_meta(a), main, a)

    def carte(self, b) -> str:
        return f"""<div class="carte">
  <p class="carte__rubrique">{esc(self.sections[b['category']][1])}</p>
  <h2 class="carte__titre"><a href="{self.article_path(b)}">{esc(b['title'])}</a></h2>
  <p>{esc(b['deck'])}</p>
  <p class="carte__date">{self.short_date(b)}</p>
</div>"""

    def listing(self, title, items, head="") -> str:
        main = f'<h1 class="liste__titre">{esc(title)}</h1>\n' + "\n".join(self.carte(b) for b in items)
        return self.page(f"{title} | Le Veilleur de l'Estuaire", head, main)

    def index_page(self) -> str:
        return self.listing("À la une", self.latest(), f'<link rel="canonical" href="{BASE}/le-veilleur/">')

    def section_page(self, cat) -> str:
        return self.listing(self.sections[cat][1], [b for b in self.latest() if b["category"] == cat])

    def author_page(self, name) -> str:
        return self.listing(name, [b for b in self.latest() if name in b["authors"]])

    def tag_page(self, tag) -> str:
        return self.listing(f"Mot-clé : {tag}", [b for b in self.latest() if tag in b["tags"]])

    def info_page(self, title, paras) -> str:
        main = f'<h1 class="liste__titre">{esc(title)}</h1>\n' + "\n".join(f"<p>{esc(p)}</p>" for p in paras)
        return self.page(f"{title} | Le Veilleur de l'Estuaire", "", main)

    def boilerplate(self, a) -> list:
        seealso = [self.by_slug(b[1]) for b in a["body"] if b[0] == "seealso"][0]
        return [
            f"À lire aussi : {seealso['title']}",
            "Partager sur WhatsApp",
            self.related(a)[0]["title"],
            a["comments"][0][1],
            self.NEWSLETTER,
            a["caption"],
            a["credit"],
            self.COOKIE,
        ]


# --------------------------------------------------------------------------- feeds

def rfc822(d: datetime) -> str:
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def xml(text: str) -> str:
    return html.escape(text, quote=False)


def rss(site, description, language, copyright_) -> str:
    items = []
    for i, a in enumerate(site.latest()):
        link = site.canonical(a)
        if i % 2 == 0:
            link += "?utm_source=rss&amp;utm_medium=feed"
        creators = "\n".join(f"      <dc:creator>{xml(n)}</dc:creator>" for n in a["authors"])
        items.append(f"""    <item>
      <title>{xml(a['title'])}</title>
      <link>{link}</link>
      <guid isPermaLink="true">{site.canonical(a)}</guid>
      <pubDate>{rfc822(dt(a))}</pubDate>
{creators}
      <category>{xml(site.sections[a['category']][1])}</category>
      <description>{xml(a['deck'])}</description>
      <enclosure url="{site.img_url(a['image'])}" length="0" type="image/svg+xml"/>
    </item>""")
    newest = site.latest()[0]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{xml(site.name)}</title>
    <link>{BASE}/{site.id}/</link>
    <description>{xml(description)}</description>
    <language>{language}</language>
    <copyright>{xml(copyright_)}</copyright>
    <lastBuildDate>{rfc822(dt(newest))}</lastBuildDate>
    <atom:link href="{BASE}/{site.id}/feeds/rss.xml" rel="self" type="application/rss+xml"/>
    <image>
      <url>{site.img_url('logo')}</url>
      <title>{xml(site.name)}</title>
      <link>{BASE}/{site.id}/</link>
    </image>
{chr(10).join(items)}
  </channel>
</rss>
"""


def json_feed(site: Courier) -> str:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "The Daily Courier",
        "home_page_url": f"{BASE}/daily-courier/",
        "feed_url": f"{BASE}/daily-courier/feeds/feed.json",
        "description": "News, sport and culture from Port Ellison and the Eastern Shore.",
        "icon": site.img_url("logo"),
        "language": "en-US",
        "items": [],
    }
    for i, a in enumerate(site.latest()):
        url = site.canonical(a)
        feed["items"].append({
            "id": url,
            "url": url + ("?utm_source=jsonfeed&utm_medium=feed" if i % 3 == 1 else ""),
            "title": a["title"],
            "summary": a["deck"],
            "content_text": a["deck"],
            "image": site.img_url(a["image"]),
            "date_published": a["published"],
            "authors": [{"name": n, "url": BASE + site.author_href(n)} for n in a["authors"]],
            "tags": [site.sections[a["category"]][1]] + a["tags"],
            "language": "en",
        })
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n"


def atom(site: Heraldo) -> str:
    entries = []
    for i, a in enumerate(site.latest()):
        link = site.canonical(a)
        if i % 2 == 1:
            link += "?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=heraldo"
        authors = "\n".join(f"    <author><name>{xml(n)}</name></author>" for n in a["authors"])
        sec_slug, sec_name = site.sections[a["category"]]
        entries.append(f"""  <entry>
    <title>{xml(a['title'])}</title>
    <link rel="alternate" type="text/html" href="{link}"/>
    <id>tag:heraldodelsur.example,{dt(a).year}:{a['slug']}</id>
    <published>{a['published']}</published>
    <updated>{a['published']}</updated>
{authors}
    <category term="{sec_slug}" label="{xml(sec_name)}"/>
    <summary type="text">{xml(a['deck'])}</summary>
  </entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">
  <title>El Heraldo del Sur</title>
  <subtitle>Diario independiente de Puerto Alcira y su comarca</subtitle>
  <link rel="alternate" type="text/html" href="{BASE}/el-heraldo/"/>
  <link rel="self" type="application/atom+xml" href="{BASE}/el-heraldo/feeds/atom.xml"/>
  <id>tag:heraldodelsur.example,2020:feed</id>
  <updated>{site.latest()[0]['published']}</updated>
  <rights>© 2026 Ediciones del Sur S.L.</rights>
  <icon>{site.img_url('logo')}</icon>
{chr(10).join(entries)}
</feed>
"""


def news_sitemap(site: Heraldo) -> str:
    urls = []
    for a in site.latest():
        urls.append(f"""  <url>
    <loc>{site.canonical(a)}</loc>
    <news:news>
      <news:publication>
        <news:name>El Heraldo del Sur</news:name>
        <news:language>es</news:language>
      </news:publication>
      <news:publication_date>{a['published']}</news:publication_date>
      <news:title>{xml(a['title'])}</news:title>
    </news:news>
  </url>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{chr(10).join(urls)}
</urlset>
"""


def archive_sitemap(site: Heraldo, year: int) -> str:
    urls = [f"""  <url>
    <loc>{site.canonical(a)}</loc>
    <lastmod>{a['published']}</lastmod>
  </url>""" for a in site.latest() if dt(a).year == year]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{chr(10).join(urls)}
</urlset>
"""


def sitemap_index(site: Heraldo, archive_year: int) -> str:
    """What a news site's robots.txt points at: the news sitemap, newest, and the archives by year."""
    newest = site.latest()[0]["published"]
    archived = max(a["published"] for a in site.latest() if dt(a).year == archive_year)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap>
    <loc>{BASE}/el-heraldo/sitemaps/archivo-{archive_year}.xml</loc>
    <lastmod>{archived}</lastmod>
  </sitemap>
  <sitemap>
    <loc>{BASE}/el-heraldo/news-sitemap.xml</loc>
    <lastmod>{newest}</lastmod>
  </sitemap>
</sitemapindex>
"""


# --------------------------------------------------------------------------- main

def body_sentences(a) -> str:
    return " ".join(b[1] if b[0] in ("p", "h2", "quote") else " ".join(b[1]) if b[0] == "ul" else "" for b in a["body"])


def main() -> None:
    manifest = []
    for site in (Courier(), Heraldo(), Veilleur()):
        for a in site.articles:
            text = body_sentences(a)
            for s in a["must"]:
                assert s in text, (a["slug"], s)
            write(site.article_path(a).lstrip("/"), site.article_page(a))
            entry = {
                "site": site.id,
                "path": site.article_path(a),
                "title": a["title"],
                "authors": a["authors"],
                "published": a["published"],
                "language": site.lang,
                "category": a["category"],
                "mustContain": a["must"],
                "mustNotContain": site.boilerplate(a),
            }
            if a.get("date_only"):
                entry["dateOnly"] = True
            if a.get("zone_shown") is False:
                entry["zoneShown"] = False
            manifest.append(entry)
        write(f"{site.id}/index.html", site.index_page())
        for cat in sorted({a["category"] for a in site.articles}):
            write(f"{site.id}/{site.sections[cat][0]}/index.html", site.section_page(cat))
        for fname, (title, paras) in site.INFO.items():
            write(f"{site.id}/{fname}", site.info_page(title, paras))
        for tag in sorted({t for a in site.articles for t in a["tags"]}):
            write(site.tag_href(tag).lstrip("/") + "index.html", site.tag_page(tag))
        for name in site.authors():
            write(site.author_href(name).lstrip("/"), site.author_page(name))
        for name, svg in svgs.for_site(site.id).items():
            write(f"{site.id}/img/{name}.svg", svg)
        if isinstance(site, Courier):
            write("daily-courier/feeds/rss.xml", rss(site, "News, sport and culture from Port Ellison and the Eastern Shore.", "en-us", "© 2026 The Daily Courier Publishing Co."))
            write("daily-courier/feeds/feed.json", json_feed(site))
        elif isinstance(site, Veilleur):
            write("le-veilleur/feeds/rss.xml", rss(site, "L'actualité de Port-Sérac et de l'estuaire.", "fr-fr", "© 2026 Le Veilleur de l'Estuaire"))
        else:
            write("el-heraldo/feeds/atom.xml", atom(site))
            write("el-heraldo/news-sitemap.xml", news_sitemap(site))
            write("el-heraldo/sitemaps/archivo-2022.xml", archive_sitemap(site, 2022))
            write("el-heraldo/sitemap.xml", sitemap_index(site, 2022))
    write("private/embargoed-draft.html", """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>EMBARGOED DRAFT - do not crawl</title></head>
<body>
<h1>Embargoed draft</h1>
<p>This page is disallowed by robots.txt. A polite crawler never fetches it.</p>
</body>
</html>
""")
    manifest.sort(key=lambda e: e["path"])
    write("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    print(f"built {len(manifest)} articles")


if __name__ == "__main__":
    main()
