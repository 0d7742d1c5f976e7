"""Errors carry stable codes and their texts live in the Babel catalogue: every code is well
formed and means one text, every text has English, docs/errors.md lists them all, and the
codes reach clients over real HTTP (API JSON, OpenRosa XML) where the sync client acts on them."""

from __future__ import annotations

import pickle
import re
import xml.etree.ElementTree as ET

import pytest
import requests
from babel.messages.mofile import read_mo

from conftest import ROOT, add_unit, add_user, publish
from orhelpers import digest, instance, plain_form, post
from server.error_codes import collect, markdown, sites
from server.errors import CODE, Conflict, NotFound, Text, catalogue
from sync import AuthError, Client, RefusedError

PLACEHOLDER = re.compile(r"%\((\w+)\)([sr])")


def test_every_error_has_a_literal_code_and_text_or_passes_one_on():
    """Literals, so extraction and this list see them; the only others re-raise a problem
    that carries its own code (XMLRejected, CalendarError) or are the page guard."""
    found = sites()
    assert len(found) > 180
    passed_on = [s for s in found if s.code is None or s.text is None]
    assert {s.source for s in passed_on} == {"exc.code, exc.text", "code, text"}, passed_on
    assert [s.place.split(":")[0] for s in passed_on if s.source == "code, text"] == ["server/web/pages.py"]


def test_codes_are_dotted_lowercase_and_each_means_one_text():
    codes = collect()
    assert len(codes) > 150
    bad = [code for code in codes if not CODE.match(code)]
    assert bad == []
    twice = {
        code: [(e.text, e.status) for e in entries] for code, entries in codes.items() if len(entries) > 1
    }
    assert twice == {}  # one code, one text and one status
    by_text: dict[str, list[str]] = {}
    for code, entries in codes.items():
        by_text.setdefault(entries[0].text, []).append(code)
    assert {text: c for text, c in by_text.items() if len(c) > 1} == {}  # the same message, the same code


def test_every_error_text_has_an_english_translation_with_the_same_placeholders():
    with (ROOT / "server/translations/en/LC_MESSAGES/messages.mo").open("rb") as fh:
        english = {m.id: m.string for m in read_mo(fh) if m.id}
    texts = [e.text for entries in collect().values() for e in entries]
    texts += ["tập thể", "hộ gia đình", "công dân", "(trống)"]  # Text() parameters
    assert sorted(t for t in texts if not english.get(t)) == []
    for text in texts:
        assert set(PLACEHOLDER.findall(english[text])) <= set(PLACEHOLDER.findall(text)), text
        assert "{" not in text or "%(" in text, f"an f-string placeholder baked in: {text}"


def test_docs_list_every_code():
    assert (ROOT / "docs/errors.md").read_text(encoding="utf-8") == markdown(), (
        "regenerate: .venv/bin/python -m server.error_codes > docs/errors.md"
    )
    assert "docs/errors.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_message_is_vietnamese_then_english_outside_a_request():
    exc = NotFound("unit.not_found", "Không có đơn vị %(code)s", code="TDP9")
    assert exc.code == "unit.not_found" and exc.status == 404
    assert exc.message == "Không có đơn vị TDP9 / no unit TDP9" == str(exc)
    assert exc.text_in("en") == "no unit TDP9"
    # a parameter that is a msgid follows the message's language
    text = "Đã có %(kind)s %(subject)s trong danh sách khen thưởng năm %(year)s"
    kind = Conflict("reward.already_proposed", text, kind=Text("hộ gia đình"), subject="H1", year=2026)
    assert kind.vi.startswith("Đã có hộ gia đình H1") and kind.en.startswith("household H1")
    # the scorer's processes pickle errors: code and parameters survive
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is NotFound and again.message == exc.message and again.code == exc.code
    with pytest.raises(ValueError, match="dotted lowercase"):
        NotFound("Unit not found", "Không có đơn vị")
    assert catalogue("en").gettext("Không có đơn vị %(code)s") == "no unit %(code)s"


def test_api_error_carries_its_code(app, live_server):
    add_unit(app, "TDP1")
    add_user(app, "vol", "volunteer", ("TDP1",))
    resp = requests.get(f"{live_server.url}/api/v1/forms", auth=digest("vol"), timeout=10)
    assert resp.status_code == 403
    error = resp.json()["error"]
    assert error["code"] == "api.role_forbidden" == resp.headers["X-Error-Code"]
    assert error["message"] == "Bạn không có quyền xem mục này / you may not read this"
    assert (error["vi"], error["en"], error["status"]) == (
        "Bạn không có quyền xem mục này",
        "you may not read this",
        403,
    )


def test_openrosa_error_carries_its_code_and_collects_message(app, live_server):
    add_unit(app, "TDP1")
    add_unit(app, "TDP2")
    add_user(app, "vol", "volunteer", ("TDP1",))

    publish(app, plain_form("household"))
    resp = post(
        live_server.url,
        instance("uuid:err-1", form_id="household", version="1", unit="TDP2"),
        auth=digest("vol"),
    )
    assert resp.status_code == 403
    assert resp.headers["X-Error-Code"] == "submission.unit_not_assigned"
    ns = {"or": "http://openrosa.org/http/response"}
    message = ET.fromstring(resp.content).find("or:message", ns)
    assert message is not None and message.get("code") == "submission.unit_not_assigned"
    assert message.text == "Bạn không được phân công đơn vị TDP2 / you are not assigned to unit TDP2"


def test_sync_client_acts_on_the_code(app, live_server):
    """A revoked token's code stops the client as a login problem (AuthError), whatever the
    status; any other refusal comes back as RefusedError with the server's code."""
    add_unit(app, "TDP1")
    add_unit(app, "TDP2")
    token = add_user(app, "vol", "volunteer", ("TDP1",), token=True)

    publish(app, plain_form("household"))
    with pytest.raises(AuthError, match="unknown or revoked token"):
        Client(f"{live_server.url}/key/not-{token}").form_list()
    client = Client(f"{live_server.url}/key/{token}")
    assert [f.form_id for f in client.form_list()] == ["household"]
    with pytest.raises(RefusedError) as refused:
        client.request("GET", "forms/nosuch.xml")
    assert refused.value.status == 404 and refused.value.code == "form.not_found"
