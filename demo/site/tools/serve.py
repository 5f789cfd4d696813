#!/usr/bin/env python3
"""Preview server for the demo sites (loopback only), for looking at pages in a browser.

    python3 demo/site/tools/serve.py [port]     # default 7080

It mimics what the app's local host does: substitutes {{BASE_URL}} with this server's
address and {{TODAY}} with today's date in the site's language.
"""
from __future__ import annotations

import datetime
import http.server
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def today(path: str) -> str:
    d = datetime.date.today()
    if path.startswith("/el-heraldo/"):
        return f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    if path.startswith("/le-veilleur/"):
        return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year}"
    return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year}"


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=ROOT, **kwargs)

    def do_GET(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path) or not path.endswith((".html", ".xml", ".json")):
            return super().do_GET()
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
        text = text.replace("{{BASE_URL}}", base).replace("{{TODAY}}", today(self.path))
        data = text.encode("utf-8")
        ctype = {".html": "text/html", ".xml": "application/xml", ".json": "application/json"}[os.path.splitext(path)[1]]
        self.send_response(200)
        self.send_header("Content-Type", ctype + "; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 7080
    http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
