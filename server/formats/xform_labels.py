"""The labels of an XForm's questions and choices in one language, read from its itext
(pyxform writes `<translation lang="Tiếng Việt (vi)">`, `lang="English (en)"`), so a
submission can be shown with the words the volunteer saw. Plain bytes in, plain data out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

XF = "{http://www.w3.org/2002/xforms}"
H = "{http://www.w3.org/1999/xhtml}"
QUESTIONS = ("input", "select1", "select", "upload", "range", "rank", "trigger")
ITEXT_REF = re.compile(r"jr:itext\('([^']+)'\)")
INSTANCE_REF = re.compile(r"instance\('([^']+)'\)")


@dataclass
class Question:
    name: str  # the last step of the ref, as submissions' data keys are
    label: str
    section: str  # the label of the innermost group, "" at the top
    kind: str  # input, select1, select, upload...
    choices: dict[str, str] = field(default_factory=dict)


def _translation(itext: etree._Element | None, lang: str) -> dict[str, str]:
    if itext is None:
        return {}
    translations = itext.findall(f"{XF}translation")
    ordered = (
        [t for t in translations if t.get("lang", "").endswith(f"({lang})")]
        + [t for t in translations if t.get("default")]
        + translations
    )
    chosen = ordered[0] if ordered else None
    texts: dict[str, str] = {}
    for text in chosen.findall(f"{XF}text") if chosen is not None else []:
        values = text.findall(f"{XF}value")
        plain = next((v for v in values if v.get("form") is None), values[0] if values else None)
        if plain is not None:
            texts[text.get("id", "")] = "".join(plain.itertext()).strip()
    return texts


def _label(node: etree._Element, texts: dict[str, str]) -> str:
    label = node.find(f"{XF}label")
    if label is None:
        return ""
    ref = ITEXT_REF.search(label.get("ref") or "")
    if ref:
        return texts.get(ref.group(1), "")
    return "".join(label.itertext()).strip()


def _instance_choices(model: etree._Element, texts: dict[str, str]) -> dict[str, dict[str, str]]:
    """Secondary instances holding choice lists: {instance id: {name: label}}. External
    lists (units, households: label column, no itext) are left out on purpose."""
    out: dict[str, dict[str, str]] = {}
    for inst in model.findall(f"{XF}instance"):
        if not inst.get("id"):
            continue
        items = inst.findall(f"{XF}root/{XF}item")
        if items and items[0].find(f"{XF}itextId") is not None:
            out[inst.get("id")] = {
                (i.findtext(f"{XF}name") or ""): texts.get(i.findtext(f"{XF}itextId") or "", "")
                for i in items
            }
    return out


def _choices(node: etree._Element, lists: dict[str, dict[str, str]], texts: dict[str, str]) -> dict:
    itemset = node.find(f"{XF}itemset")
    if itemset is not None:
        ref = INSTANCE_REF.search(itemset.get("nodeset") or "")
        return dict(lists.get(ref.group(1), {})) if ref else {}
    return {(item.findtext(f"{XF}value") or ""): _label(item, texts) for item in node.findall(f"{XF}item")}


def questions(xml: bytes, lang: str) -> list[Question]:
    """Every question of the form body in order, with its section (group) label, then the
    calculated fields the workbook gave a label."""
    root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    model = root.find(f"{H}head/{XF}model")
    body = root.find(f"{H}body")
    if model is None or body is None:
        return []
    texts = _translation(model.find(f"{XF}itext"), lang)
    lists = _instance_choices(model, texts)
    out: list[Question] = []

    def walk(parent: etree._Element, section: str) -> None:
        for node in parent:
            if not isinstance(node.tag, str):
                continue
            tag = node.tag.removeprefix(XF)
            if tag in ("group", "repeat"):
                walk(node, _label(node, texts) or section)
            elif tag in QUESTIONS and node.get("ref"):
                name = node.get("ref").rstrip("/").rsplit("/", 1)[-1]
                out.append(Question(name, _label(node, texts), section, tag, _choices(node, lists, texts)))

    walk(body, "")
    # calculated fields have no body element, but a label given in the workbook is in the
    # itext (`/data/hh_members:label`): shown with their value, never by their raw name
    asked = {q.name for q in out}
    for bind in model.findall(f"{XF}bind"):
        path = bind.get("nodeset") or ""
        name, label = path.rsplit("/", 1)[-1], texts.get(f"{path}:label", "")
        if bind.get("calculate") is not None and label and name not in asked:
            out.append(Question(name, label, "", "calculate"))
            asked.add(name)
    return out
