"""The engine's own texts in Vietnamese (server/static/webforms/engine-vi.json): ODK Web Forms
0.22 has no translation hook, so the server replaces English snippets in the vendored files
when serving them. These tests fail when the pinned engine changes under the table: every
snippet must still be found exactly as often as recorded, and no English text the engine puts
on screen may be left untranslated."""

from __future__ import annotations

import json
import re

import brotli

from conftest import ROOT, add_user
from server.web.webforms import served_engine_text

STATIC = ROOT / "server" / "static" / "webforms"
TABLE = json.loads((STATIC / "engine-vi.json").read_text(encoding="utf-8"))
VENDOR = json.loads((STATIC / "vendor" / "vendor.json").read_text(encoding="utf-8"))
# Text the engine's templates put on screen: element and text-node children, and the label,
# title, alt and message props of its buttons and dialogs.
SHOWN = re.compile(
    r"(?:createElementVNode|createElementBlock|createTextVNode|\bN|\b_e)\(\s*"
    r'(?:"\w+",\s*(?:null|\{[^{}]*\}|_hoisted_[\w$]+),\s*)?["`]([^"`]*[A-Za-z]{3}[^"`]*)["`]'
    r'|\b(?:label|title|alt|message|DIALOG_TITLE|\w+Msg)\s*:\s*["`]([^"`]*[A-Za-z]{3}[^"`]*)["`]'
)
# Not on screen: element names, CSS classes, the engine's name, CSV parser diagnostics.
NOT_TEXT = re.compile(
    r"^([a-z]+\d?|p-[\w-]+|ODK|Quoted field unterminated|Trailing quote on quoted field is malformed)$"
)
VIETNAMESE = re.compile(r"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", re.I)


def vendored() -> dict[str, str]:
    return {name: (STATIC / "vendor" / name).read_text(encoding="utf-8") for name in VENDOR["files"]}


def test_table_is_for_the_pinned_engine():
    assert TABLE["engine"] == VENDOR["web-forms-version"]


def test_every_snippet_found_as_often_as_recorded():
    files = vendored()
    for entry in TABLE["strings"]:
        found = sum(text.count(entry["en"]) for text in files.values())
        assert found == entry["n"], f"{entry['en']!r}: {found} in the engine, table says {entry['n']}"


def test_dropped_font_subsets_found_as_recorded():
    faces = re.findall(r"@font-face\{[^}]*\}", "".join(vendored().values()))
    ranges = TABLE["drop_fonts"]["unicode_ranges"]
    dropped = [f for f in faces if any(f"unicode-range:{r}" in f for r in ranges)]
    assert len(dropped) == TABLE["drop_fonts"]["n"]
    served = served_engine_text("".join(vendored().values()), TABLE)
    assert "U+0400-045F" not in served and "U+0370-0377" not in served  # Cyrillic, Greek
    assert "U+0102-0103" in served  # the Vietnamese subset stays


def test_no_english_left_on_screen_texts():
    for name, text in vendored().items():
        text = served_engine_text(text, TABLE)
        left = {m.group(1) or m.group(2) for m in SHOWN.finditer(text)}
        english = sorted(t for t in left if not NOT_TEXT.match(t) and not VIETNAMESE.search(t))
        assert english == [], f"{name}: untranslated {english}"


def test_served_engine_is_translated(client):
    page_urls = re.findall(r'"(/webforms/a/vendor/[^"]+)"', _service_worker(client))
    served = {u.rsplit("/", 1)[1]: client.get(u).get_data(as_text=True) for u in page_urls}
    index = next(text for name, text in served.items() if name.startswith("index-"))
    assert 'label: "Gửi"' in index and 'label: "Send"' not in index
    assert "Good accuracy" not in index
    url = next(u for u in page_urls if "/index-" in u)
    packed = client.get(url, headers={"Accept-Encoding": "gzip, deflate, br"})
    assert packed.headers["Content-Encoding"] == "br" and brotli.decompress(packed.data).decode() == index
    old = page_urls[0].rsplit("/", 2)
    assert client.get(f"{old[0]}/0000000000/{old[2]}").status_code == 404  # a stale folder


def _service_worker(client) -> str:
    """sw.js names every file the phone keeps offline, the engine's chunks included."""
    token = add_user(client.application, "vol", "volunteer", (), token=True)
    resp = client.get(f"/key/{token}/sw.js")
    assert resp.status_code == 200
    return resp.get_data(as_text=True)
