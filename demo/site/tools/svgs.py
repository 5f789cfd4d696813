"""Tiny hand-drawn SVG illustrations for the demo sites (no external assets)."""

W, H = 640, 360


def _frame(sky: str, ground: str, shapes: str, title: str) -> str:
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-label="{title}">
<title>{title}</title>
<rect width="{W}" height="{H}" fill="{sky}"/>
<rect y="250" width="{W}" height="110" fill="{ground}"/>
{shapes}
</svg>
"""


def sea(y=250, color="#2f6f9f"):
    return (f'<path d="M0 {y} Q80 {y - 12} 160 {y} T320 {y} T480 {y} T640 {y} V360 H0 Z" fill="{color}"/>'
            f'<path d="M0 {y + 30} Q80 {y + 18} 160 {y + 30} T320 {y + 30} T480 {y + 30} T640 {y + 30}" stroke="#ffffff" stroke-opacity=".35" fill="none" stroke-width="3"/>')


def building(x, w, h, color, windows="#f5d76e"):
    out = [f'<rect x="{x}" y="{250 - h}" width="{w}" height="{h}" fill="{color}"/>']
    for wy in range(250 - h + 14, 240, 28):
        for wx in range(x + 10, x + w - 14, 22):
            out.append(f'<rect x="{wx}" y="{wy}" width="10" height="14" fill="{windows}"/>')
    return "".join(out)


def sun(x=540, y=70, r=34, color="#ffd166"):
    return f'<circle cx="{x}" cy="{y}" r="{r}" fill="{color}"/>'


def boat(x, y, color="#c0392b", sail=True):
    s = f'<path d="M{x} {y} h90 l-16 22 h-58 Z" fill="{color}"/>'
    if sail:
        s += f'<path d="M{x + 45} {y - 4} V{y - 80} L{x + 85} {y - 8} Z" fill="#fdfdfd"/><line x1="{x + 45}" y1="{y}" x2="{x + 45}" y2="{y - 84}" stroke="#333" stroke-width="3"/>'
    return s


def scenes():
    return {
        "harbor": ("Harbour in a storm", "#7d8ea3", "#4b5d6e",
                   sea(235, "#3c5a73") + building(40, 120, 90, "#55606b") + '<path d="M480 250 V120 h30 V250" fill="#eee"/><rect x="478" y="108" width="34" height="16" fill="#c0392b"/>'),
        "police": ("Shop front with police tape", "#c9d6e3", "#6d6d6d",
                   building(80, 480, 170, "#8c5a3c", "#d9e6f2") + '<rect x="0" y="225" width="640" height="10" fill="#f1c40f"/><text x="20" y="233" font-size="9" font-family="sans-serif">POLICE LINE DO NOT CROSS · POLICE LINE DO NOT CROSS</text>'),
        "stadium": ("Baseball diamond at night", "#1b2a49", "#2e7d32",
                   '<path d="M320 330 L220 270 L320 220 L420 270 Z" fill="#c8a165"/>' + "".join(f'<circle cx="{x}" cy="40" r="10" fill="#fff7c2"/>' for x in (90, 130, 510, 550))),
        "library": ("Library building", "#e8f1f8", "#9ccc65",
                   building(160, 320, 150, "#b0826a", "#fff8dc") + '<path d="M150 100 L320 40 L490 100 Z" fill="#7b4f3a"/>'),
        "cannery": ("Waterfront cannery", "#dbe9f4", "#566573",
                   sea(280, "#2e5e86") + building(60, 300, 120, "#a93226", "#ecf0f1") + '<rect x="300" y="60" width="24" height="70" fill="#7f8c8d"/>'),
        "theatre": ("Theatre stage", "#2c0d12", "#5d4037",
                   '<rect x="60" y="40" width="520" height="210" fill="#1a1a1a"/><path d="M60 40 h120 v210 q-60 -90 -120 0 Z M580 40 h-120 v210 q60 -90 120 0 Z" fill="#8e1b2b"/><circle cx="320" cy="170" r="40" fill="#fff3b0" fill-opacity=".5"/>'),
        "market": ("Market stalls on the quay", "#fdebd0", "#a1887f",
                   "".join(f'<rect x="{x}" y="170" width="100" height="80" fill="#fff"/><path d="M{x - 6} 170 h112 l-10 -30 h-92 Z" fill="{c}"/>' for x, c in ((40, "#27ae60"), (190, "#e67e22"), (340, "#2980b9"), (490, "#c0392b"))) + sun()),
        "ballot": ("Ferry pier", "#aec6cf", "#34495e",
                   sea(240, "#2c3e50") + '<rect x="0" y="215" width="420" height="16" fill="#6e5a4a"/>' + "".join(f'<rect x="{x}" y="231" width="8" height="60" fill="#4e3d30"/>' for x in range(20, 420, 50)) + boat(460, 236, "#f39c12", False)),
        "ayuntamiento": ("Ayuntamiento", "#f6e7c1", "#c2a878",
                   building(140, 360, 160, "#e3c08d", "#6b4f2a") + '<rect x="290" y="40" width="60" height="50" fill="#d4a373"/><circle cx="320" cy="64" r="14" fill="#fff"/>'),
        "estadio": ("Campo de fútbol", "#87ceeb", "#2e8b57",
                   '<rect x="60" y="250" width="520" height="100" fill="none" stroke="#fff" stroke-width="3"/><circle cx="320" cy="300" r="30" fill="none" stroke="#fff" stroke-width="3"/><line x1="320" y1="250" x2="320" y2="350" stroke="#fff" stroke-width="3"/>' + building(0, 640, 60, "#b0b7c3", "#e74c3c")),
        "policia": ("Calle con coche patrulla", "#d6eaf8", "#7b7d7d",
                   building(30, 200, 150, "#f0e0c0", "#5d6d7e") + building(400, 210, 130, "#e8d1b0", "#5d6d7e") + '<rect x="250" y="260" width="150" height="40" rx="10" fill="#1f4e9c"/><rect x="300" y="250" width="40" height="12" fill="#3498db"/>'),
        "fabrica": ("Nave industrial", "#e5e8e8", "#909497",
                   '<path d="M60 250 V150 l80 -40 v40 l80 -40 v40 l80 -40 v40 l80 -40 v120 Z" fill="#5d6d7e"/>' + building(420, 170, 110, "#aab7b8")),
        "boya": ("Boya oceanográfica", "#a9cce3", "#1f618d",
                   sea(230, "#21618c") + '<path d="M300 230 h40 l-8 -60 h-24 Z" fill="#f1c40f"/><line x1="320" y1="170" x2="320" y2="120" stroke="#333" stroke-width="4"/><circle cx="320" cy="116" r="7" fill="#e74c3c"/>' + sun(90, 70)),
        "huerto": ("Huerto urbano", "#d5f5e3", "#6e2c00",
                   "".join(f'<circle cx="{x}" cy="{y}" r="14" fill="#27ae60"/>' for x in range(60, 620, 60) for y in (270, 320)) + sun()),
        "cine": ("Pantalla de cine en el muelle", "#17202a", "#4d5656",
                   '<rect x="160" y="50" width="320" height="170" fill="#fdfefe"/><line x1="200" y1="220" x2="200" y2="250" stroke="#999" stroke-width="6"/><line x1="440" y1="220" x2="440" y2="250" stroke="#999" stroke-width="6"/>' + "".join(f'<rect x="{x}" y="290" width="18" height="18" fill="#b03a2e"/>' for x in range(120, 520, 30))),
        "aviron": ("Aviron sur le bassin", "#d6eaf8", "#5dade2",
                   sea(230, "#3498db") + '<rect x="120" y="236" width="400" height="10" rx="5" fill="#f4f6f7"/>' + "".join(f'<line x1="{x}" y1="240" x2="{x - 30}" y2="275" stroke="#6e2c00" stroke-width="4"/><circle cx="{x}" cy="226" r="8" fill="#e74c3c"/>' for x in range(160, 500, 45))),
        "atelier": ("Atelier de réparation", "#fef9e7", "#a04000",
                   '<rect x="170" y="120" width="300" height="170" rx="8" fill="#2c3e50"/><rect x="185" y="135" width="270" height="130" fill="#85c1e9"/><rect x="140" y="290" width="360" height="16" rx="4" fill="#7f8c8d"/>'),
        "ponton": ("Ponton du port de plaisance", "#d4e6f1", "#1b4f72",
                   sea(245, "#1b4f72") + '<rect x="0" y="236" width="640" height="12" fill="#a0522d"/>' + boat(60, 232, "#ecf0f1") + boat(300, 232, "#f5b041") + boat(500, 232, "#ecf0f1", False)),
        "regata": ("Regata de veleros", "#aed6f1", "#2874a6",
                   sea(240, "#2874a6") + boat(80, 250, "#e74c3c") + boat(260, 262, "#2c3e50") + boat(440, 246, "#f39c12") + sun(560, 60)),
    }


def logo(letter: str, color: str) -> str:
    return f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<rect width="64" height="64" rx="10" fill="{color}"/>
<text x="32" y="44" font-size="36" text-anchor="middle" font-family="Georgia, serif" fill="#fff">{letter}</text>
</svg>
"""


COURIER = ["harbor", "police", "stadium", "library", "cannery", "theatre", "market", "ballot"]
VEILLEUR = ["aviron", "atelier", "ponton"]
HERALDO = ["ayuntamiento", "estadio", "policia", "fabrica", "boya", "huerto", "cine", "regata"]


def for_site(site_id: str) -> dict:
    all_scenes = scenes()
    names = {"daily-courier": COURIER, "el-heraldo": HERALDO, "le-veilleur": VEILLEUR}[site_id]
    out = {}
    for n in names:
        title, sky, ground, shapes = all_scenes[n]
        out[n] = _frame(sky, ground, shapes, title)
    out["logo"] = {"daily-courier": logo("C", "#1a1a2e"), "el-heraldo": logo("H", "#a5281b"), "le-veilleur": logo("V", "#0e6655")}[site_id]
    return out
