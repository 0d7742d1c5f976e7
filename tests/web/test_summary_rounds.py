"""What the inspection rounds found, in the year-end summary: a mid-year round surveys two
households (one misses a mandatory criterion) and a citizen through the same OpenRosa POST,
the committee records a biên bản kiểm tra, the board ticks the households that register;
the JSON, the báo cáo tổng kết and the page set the round beside the November evaluation
measured the same way, the registration is the unit's list, and a new record makes a new
PDF. A committee member of the other group sees neither."""

from __future__ import annotations

import io
import re
import unicodedata

import pdfplumber
import requests
from campaign import citizen, household

from conftest import PASSWORD, add_user
from pagehelpers import csrf, sign_in
from server.domain import inspections, plans, rounds
from server.store import db
from server.store import users as users_q

FINDINGS = "Hai hộ chưa phân loại rác tại nguồn; nhà văn hóa thiếu thiết bị"
REQUESTS = "Khắc phục trước ngày 30/9"


def _inspect(app, round_id: int | None, held_on: str, findings: str = FINDINGS) -> None:
    with app.app_context():
        vol = users_q.by_username(db.session(), "vol")
        fields = {
            "held_on": held_on,
            "members": "Đoàn kiểm tra BCĐ",
            "findings": findings,
            "requests": REQUESTS,
        }
        inspections.record(db.session(), vol, 2026, "TDP01", fields, round_id=round_id)
        db.session().commit()


def _pdf(url: str, user: str = "vol") -> requests.Response:
    resp = requests.get(f"{url}/reports/2026/summary.pdf", auth=(user, PASSWORD), timeout=120)
    assert resp.status_code == 200, resp.text[:300]
    return resp


def _text(content: bytes) -> str:
    with pdfplumber.open(io.BytesIO(content)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def _form(page: str) -> dict:
    """The fields of the document settings page as the browser posts them back."""
    fields = dict(re.findall(r'<input[^>]*? name="(\w+)"[^>]*? value="([^"]*)"', page))
    fields.update(re.findall(r'<textarea[^>]*? name="(\w+)"[^>]*>\s*([^<]*)</textarea>', page))
    return fields


def test_the_rounds_beside_the_evaluation(town, live_server, client):
    url = live_server.url
    with town.app_context():
        found = rounds.open_round(
            db.session(), users_q.by_username(db.session(), "vol"), 2026, "Kiểm tra giữa năm"
        )
        db.session().commit()
        round_id = found.id
    household(town, "TDP01", 0, "uuid:r-0")
    household(town, "TDP01", 1, "uuid:r-1", nuoc_sach="no")  # misses a mandatory criterion
    citizen(town, "TDP01", 0, "uuid:r-c0")
    with town.app_context():
        rounds.close_round(db.session(), users_q.by_username(db.session(), "vol"), round_id)
        db.session().commit()
    for i in range(3):  # November: the evaluation
        household(town, "TDP01", i, f"uuid:e-{i}")
    _inspect(town, round_id, "2026-06-15")
    with town.app_context():  # the board ticks the households that register (plans)
        vol = users_q.by_username(db.session(), "vol")
        plans.set_registered_households(db.session(), vol, 2026, "TDP01", [f"TDP01-H{i}" for i in range(4)])
        db.session().commit()

    view = requests.get(f"{url}/api/v1/years/2026/summary", auth=("vol", PASSWORD), timeout=60).json()
    (mid,) = view["inspection_rounds"]
    assert mid["title"] == "Kiểm tra giữa năm" and mid["closed_on"] is not None
    assert mid["households"] == {"surveyed": 2, "reached": 1, "share": 0.5}
    assert mid["citizens"] == {"surveyed": 1, "reached": 1, "share": 1.0}
    assert view["evaluation"]["households"] == {"surveyed": 3, "reached": 3, "share": 1.0}
    now = view["town"][-1]
    assert now["households"]["surveyed"] == 3  # the round never counts in the results
    # the registration is the unit's list: 4 households, their 4 adults
    assert now["households"]["registered"] == 4 and now["citizens"]["registered"] == 4
    (note,) = view["inspections"]
    assert (note["unit"], note["held_on"], note["round"]) == ("TDP01", "2026-06-15", "Kiểm tra giữa năm")
    assert note["findings"] == FINDINGS and note["requests"] == REQUESTS

    first = _pdf(url)
    text = _text(first.content)
    assert "V. Kết quả các đợt kiểm tra" in text
    assert "Kiểm tra giữa năm" in text and " 2 1 50,0 1 1 100,0" in text
    assert "Đánh giá tháng 11 3 3 100,0" in text
    assert FINDINGS in text and REQUESTS in text

    sign_in(client, "vol")
    page = client.get("/years/2026/summary").get_data(as_text=True)
    assert "Kiểm tra giữa năm" in page and FINDINGS in page

    # a second record: the cached report is made again
    _inspect(town, None, "2026-10-02", findings="Đã khắc phục phân loại rác")
    again = _pdf(url)
    assert again.headers["ETag"] != first.headers["ETag"]
    assert "Đã khắc phục phân loại rác" in _text(again.content)

    # a committee member of TDP02 sees the round but nothing of TDP01's
    add_user(town, "cb02", "committee", ("TDP02",))
    other = requests.get(f"{url}/api/v1/years/2026/summary", auth=("cb02", PASSWORD), timeout=60).json()
    assert other["inspection_rounds"][0]["households"]["surveyed"] == 0 and other["inspections"] == []

    # the report's number and signer, set on the document settings page, are printed
    data = _form(client.get("/years/2026/documents").get_data(as_text=True))
    assert data["report_number"] == "……/BC-UBND" and csrf(client, "/years/2026/documents")
    data.update(report_number="15/BC-UBND", report_signer="Lê Văn Nam")
    assert client.post("/years/2026/documents", data=data).status_code == 302
    text = _text(_pdf(url).content)
    assert "Số: 15/BC-UBND" in text and "Lê Văn Nam" in text
