"""Rewards (giấy khen) on `kieumau demo`'s town (TDP01 approved, TDP02 left unreviewed; the demo
proposes rewards from the suggestions): the tờ trình, the decision's annex and the
certificates hold the JSON view's names and totals, read back from the PDFs; the page's
refusals — a board, another unit's committee member, an unapproved recognition, a missing or
too long reason, a duplicate, a POST without its CSRF token — store nothing."""

from __future__ import annotations

import io
import re
import unicodedata

import openpyxl
import pdfplumber
import requests
from demotown import PW, YEAR, demo_town, sign_in, token  # noqa: F401

from server.domain import accounts, review
from server.formats.documents import PLACEHOLDER, vn_number
from server.store import db
from server.store import units as units_q
from server.store import users as users_q
from server.store.models import Reward

PAGE = f"/years/{YEAR}/rewards"


def get(url: str, path: str, user: str = "bcd") -> requests.Response:
    resp = requests.get(f"{url}{path}", auth=(user, PW), timeout=300)
    assert resp.status_code == 200, (path, resp.text[:300])
    return resp


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def pdf_text(url: str, name: str) -> str:
    with pdfplumber.open(io.BytesIO(get(url, f"/reports/{YEAR}/rewards/{name}").content)) as doc:
        return _flat("\n".join(page.extract_text() or "" for page in doc.pages))


def annex_rows(url: str, name: str) -> list[tuple[str, str]]:
    """(name, reason) of each row of the annexed list, read from the drawn tables."""
    rows = []
    with pdfplumber.open(io.BytesIO(get(url, f"/reports/{YEAR}/rewards/{name}").content)) as doc:
        for page in doc.pages:
            for table in page.extract_tables():
                rows += [(_flat(r[1]), _flat(r[-1])) for r in table if r[0] != "STT"]
    return rows


def stored(app) -> int:
    with app.app_context():
        return db.session().query(Reward).count()


def check_documents(url: str) -> dict:
    view = get(url, f"/api/v1/years/{YEAR}/rewards").json()
    totals, rewards = view["totals"], view["rewards"]
    assert totals["all"] == len(rewards) == totals["collectives"] + totals["individuals"]
    assert totals["individuals"] == totals["households"] + totals["citizens"]
    collectives, individuals = vn_number(totals["collectives"]), vn_number(totals["individuals"])
    submission, decision = pdf_text(url, "submission.pdf"), pdf_text(url, "decision.pdf")
    for text in (submission, decision):
        assert f"Giấy khen cho {collectives} tập thể và {individuals} hộ gia đình, cá nhân" in text
        for heading, n in (
            ("Tập thể", "collectives"),
            ("Hộ gia đình", "households"),
            ("Cá nhân", "citizens"),
        ):
            if totals[n]:
                assert f". {heading}: {vn_number(totals[n])}" in text
        assert ("DỰ THẢO" in text) == view["draft"]
    for name in ("submission.pdf", "decision.pdf"):  # the annexed list: the JSON's rows, in order
        assert annex_rows(url, name) == [(r["name"], r["reason"]) for r in rewards]
    assert f"{PLACEHOLDER}/TTr-VHXH" in submission and f"{PLACEHOLDER}/QĐ-UBND" in decision  # not set yet
    sheet = openpyxl.load_workbook(
        io.BytesIO(get(url, f"/reports/{YEAR}/rewards/rewards.xlsx").content)
    ).active
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert [(r[3], r[7]) for r in table[1:]] == [(r["name"], r["reason"]) for r in rewards]
    certificates = pdf_text(url, "certificates.pdf")
    assert certificates.count("GIẤY KHEN") == totals["all"]
    for r in rewards:
        assert r["name"] in certificates and r["reason"] in certificates
    return view


def test_documents_hold_the_json_views_names_and_totals(demo_town, live_server, client):  # noqa: F811
    url = live_server.url
    view = check_documents(url)  # the demo's own rewards
    kinds = {r["kind"] for r in view["rewards"]}
    assert kinds == {"unit", "household", "citizen"}, view
    assert all(r["reason"] for r in view["rewards"])

    # the committee picks one more from the suggestions on the page, rewriting its reason
    sign_in(client, "bcd")
    page = client.get(PAGE)
    assert page.status_code == 200 and "Gợi ý từ kết quả" in page.text
    pick = unrewarded(url, view, "household")
    reason = "Gương mẫu đi đầu trong phân loại rác tại nguồn"
    form = {"kind": "household", "subject": pick, "reason": reason, "csrf_token": token(client, PAGE)}
    done = client.post(PAGE, data=form)
    assert done.status_code == 302 and "Đã thêm" in client.get(done.location).text
    view = check_documents(url)
    assert view["totals"]["households"] == 2
    assert any(r["reason"] == form["reason"] for r in view["rewards"])

    # the board reads its own unit's rewards in the JSON, not the town's documents
    board = get(url, f"/api/v1/years/{YEAR}/rewards", "bvd02").json()
    assert board["rewards"] == [] and board["suggestions"] == []
    assert (
        requests.get(f"{url}/reports/{YEAR}/rewards/decision.pdf", auth=("bvd01", PW), timeout=30).status_code
        == 403
    )

    # settings fill the placeholders
    from server.domain import dossier

    with demo_town.app_context():
        dossier.update_settings(db.session(), YEAR, {"reward_decision": {"number": "321/QĐ-UBND"}})
        db.session().commit()
    assert "321/QĐ-UBND" in pdf_text(url, "certificates.pdf")


def test_refusals_store_nothing(demo_town, live_server, client):  # noqa: F811
    app, url = demo_town, live_server.url
    before = stored(app)
    view = get(url, f"/api/v1/years/{YEAR}/rewards").json()
    with app.app_context():
        s = db.session()
        accounts.assign(s, accounts.add_user(s, "bcd02", "committee", PW, app.config["REALM"]), ["TDP02"])
        s.commit()

    # a board member: the page and its form are the 403 page
    sign_in(client, "bvd01")
    assert client.get(PAGE).status_code == 403
    csrf = token(client, f"/years/{YEAR}/approvals")
    refused = client.post(
        PAGE, data={"kind": "unit", "subject": "TDP01", "reason": "Tốt", "csrf_token": csrf}
    )
    assert refused.status_code == 403 and "Chỉ Ban chỉ đạo" in refused.text
    client.post("/logout", data={"csrf_token": csrf})

    sign_in(client, "bcd")
    csrf = token(client, PAGE)
    tdp02 = _approved_subjects(app, "TDP02")  # proposed by score, not approved

    def post(**data: str) -> str:
        resp = client.post(PAGE, data={"csrf_token": csrf, **data})
        assert resp.status_code == 302, resp.status_code
        return client.get(resp.location).text

    text = post(kind="household", subject=tdp02[0], reason="Gia đình gương mẫu")
    assert "hộ gia đình " + tdp02[0] + ": danh hiệu năm 2026 chưa được Ban chỉ đạo phê duyệt" in text
    text = post(kind="unit", subject="TDP02", reason="Tổ tiến bộ")
    assert "danh sách công nhận của đơn vị năm 2026 chưa được Ban chỉ đạo phê duyệt" in text
    free = [{"kind": "citizen", "subject": unrewarded(url, view, "citizen")}]
    text = post(kind=free[0]["kind"], subject=free[0]["subject"], reason="x" * 501)
    assert "Lý do khen thưởng dài quá 500 ký tự (501)" in text
    text = post(kind=free[0]["kind"], subject=free[0]["subject"], reason="   ")
    assert "Cần ghi thành tích (lý do khen thưởng)" in text
    first = view["rewards"][0]
    text = post(kind=first["kind"], subject=first["subject"], reason="Lần nữa")
    assert "trong danh sách khen thưởng năm 2026" in text
    text = post(kind="household", subject="KHONG-CO", reason="Tốt")
    assert "Không có hộ gia đình mã “KHONG-CO”" in text
    resp = client.post(PAGE, data={"kind": free[0]["kind"], "subject": free[0]["subject"], "reason": "Tốt"})
    assert resp.status_code == 400  # no CSRF token
    assert stored(app) == before

    # a committee member scoped to TDP02 may not reward TDP01's household
    client.post("/logout", data={"csrf_token": csrf})
    sign_in(client, "bcd02")
    csrf = token(client, PAGE)
    text = post(kind=free[0]["kind"], subject=free[0]["subject"], reason="Tốt")
    assert "Bạn không phụ trách đơn vị TDP01" in text
    assert stored(app) == before
    resp = client.post(f"{PAGE}/{first['id']}/withdraw", data={"csrf_token": csrf})
    assert "Bạn không phụ trách đơn vị TDP01" in client.get(resp.location).text
    assert stored(app) == before


def test_reopened_recognition_leaves_the_reward_out(demo_town, live_server):  # noqa: F811
    app, url = demo_town, live_server.url
    view = get(url, f"/api/v1/years/{YEAR}/rewards").json()
    with app.app_context():
        s = db.session()
        review.reopen(s, users_q.by_username(s, "bcd"), YEAR, "TDP01", "Bình xét lại")
        s.commit()
    after = get(url, f"/api/v1/years/{YEAR}/rewards").json()
    assert after["rewards"] == [] and len(after["left_out"]) == len(view["rewards"])
    resp = requests.get(f"{url}/reports/{YEAR}/rewards/submission.pdf", auth=("bcd", PW), timeout=30)
    assert resp.status_code == 404 and "Chưa có đề nghị khen thưởng" in resp.json()["error"]["vi"]


def unrewarded(url: str, view: dict, kind: str) -> str:
    """A household or citizen on an approved list that has no reward yet."""
    recognition = get(url, f"/api/v1/years/{YEAR}/recognition").json()
    done = {r["subject"] for r in view["rewards"]}
    plural = f"{kind}s"
    return next(
        p["code"]
        for u in recognition["units"]
        for p in u["lists"]["approved"][plural]
        if p["code"] not in done
    )


def _approved_subjects(app, code: str) -> list[str]:
    """Households proposed by score in `code` (its list is not approved in the demo)."""
    with app.app_context():
        s = db.session()
        return [
            p.subject
            for p in review.proposals(s, YEAR, units_q.unit_by_code(s, code))
            if p.kind == "household"
        ]


def test_history_suggests_streaks(demo_town):  # noqa: F811
    """With earlier years in the recognition history (imported here for two households), the
    TDP01 household recognised the most years running is suggested, its years counted from
    the history."""
    from server.domain import rewards
    from server.store import history as history_q

    app = demo_town
    with app.app_context():
        s = db.session()
        bcd = users_q.by_username(s, "bcd")
        for r, _w in rewards.reward_view(s, bcd, YEAR).rewards:
            rewards.withdraw(s, bcd, YEAR, r.id)
        proposed = review.proposals(s, YEAR, units_q.unit_by_code(s, "TDP01"))
        approved = [p.subject for p in proposed if p.kind == "household" and p.decision and p.decision.agree]
        rows = [history_q.Recognised(y, "household", code, "TDP01", "Gia đình kiểu mẫu", "import")
                for y in (YEAR - 2, YEAR - 1) for code in approved[:2]]  # fmt: skip
        history_q.add(s, rows)
        s.commit()
        running = history_q.consecutive_years(s, "household", approved, YEAR)
        found = {(x.kind, x.subject): x for x in rewards.reward_view(s, bcd, YEAR).suggestions}
    assert found[("unit", "TDP01")].basis == "share"  # the only approved unit: first by share
    streaks = [x for x in found.values() if x.basis == "streak" and x.kind == "household"]
    assert len(streaks) == 1 and streaks[0].subject in approved
    years = 1 + running[streaks[0].subject]
    assert years == 1 + max(running.values()) >= 3
    assert f"được công nhận {years} năm liền ({YEAR - years + 1}–{YEAR}; các năm trước:" in streaks[0].reason
