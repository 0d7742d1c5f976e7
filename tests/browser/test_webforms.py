"""Offline web forms in real headless Chromium at an iPhone's size (390x844):
ODK Web Forms renders the bundled forms, a household is surveyed in flight mode, the
submission waits in the outbox across a reload, reaches the server once when the network
returns; a constraint blocks sending; a refused submission keeps the server's message.
Screenshots land in test-output/webforms-*.png. Skipped when /usr/bin/chromium is missing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browserkit import SHOTS, needs_chromium
from sqlalchemy import func, select

from conftest import PASSWORD, ROOT, add_unit, add_user
from server.domain import forms as forms_domain
from server.domain.registry import import_roster
from server.store import db
from server.store.models import Attachment, Form, Submission

PHONE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "locale": "vi-VN",
    "permissions": ["geolocation"],
    "geolocation": {"latitude": 21.0285, "longitude": 105.8542, "accuracy": 8},
}
FORMS = ROOT / "forms"
BUNDLED = sorted(p.stem for p in FORMS.glob("*.xlsx"))
ROSTER = (  # C003 works at the agency CQ01: assessed there (the staff form), not at home
    "unit,unit_name,parent_unit,household,head_name,address,members,citizen,full_name,birth_year,sex,workplace\n"
    "TDP01,Tổ dân phố 1,PS,H001,Nguyễn Văn An,Số 1 ngõ 2,4,C001,Nguyễn Văn An,1970,nam,\n"
    "TDP01,Tổ dân phố 1,PS,H001,Nguyễn Văn An,Số 1 ngõ 2,4,C002,Trần Thị Bình,1972,nữ,\n"
    "TDP01,Tổ dân phố 1,PS,H002,Lê Thị Cúc,Số 5 ngõ 2,2,C003,Lê Thị Cúc,1985,nu,CQ01\n"
)
AGENCY_FORMS = {"co_quan_kieu_mau", "can_bo_kieu_mau"}  # filled by the agency's volunteer
PHOTO = bytes.fromhex(  # a 1x1 JPEG
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f"
    "141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b08000100010101"
    "1100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504"
    "040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a2526"
    "2728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a"
    "92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6"
    "e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9"
)

pytestmark = needs_chromium


class Traffic:
    """WSGI wrapper counting the bytes the server sends per path: what a phone downloads,
    including the service worker's own requests (which page events don't show)."""

    def __init__(self, wsgi) -> None:
        self.wsgi = wsgi
        self.sent: list[tuple[str, int]] = []

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        body = self.wsgi(environ, start_response)
        total = 0
        try:
            for chunk in body:
                total += len(chunk)
                yield chunk
        finally:
            self.sent.append((path, total))
            if hasattr(body, "close"):
                body.close()

    def total(self) -> int:
        return sum(n for _p, n in self.sent)


@pytest.fixture
def site(app, live_server):
    add_unit(app, "PS", "Thị trấn Phong Sơn")
    add_unit(app, "CQ01", "UBND phường", parent="PS", kind="agency")
    with app.app_context():
        import_roster(db.session(), ROSTER.encode(), "roster.csv")
        for name in BUNDLED:
            forms_domain.import_path(db.session(), FORMS / f"{name}.xlsx")
        db.session().commit()
    token = add_user(app, "vol", "volunteer", ("TDP01",), token=True)
    live_server.traffic = Traffic(app.wsgi_app)
    app.wsgi_app = live_server.traffic
    live_server.app_url = f"{live_server.url}/key/{token}/app"
    agency_token = add_user(app, "volcq", "volunteer", ("CQ01",), token=True)
    live_server.agency_app_url = f"{live_server.url}/key/{agency_token}/app"
    return live_server


def shot(page, name: str, full_page: bool = True) -> Path:
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / f"webforms-{name}.png"
    if full_page:
        page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(path), full_page=full_page)
    return path


def submissions(app) -> list[Submission]:
    with app.app_context():
        return list(db.session().scalars(select(Submission)))


def attachments(app) -> int:
    with app.app_context():
        return db.session().scalar(select(func.count()).select_from(Attachment))


def open_app(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready=yes]", timeout=30000)


def open_form(page, form_id: str) -> None:
    page.locator(f"[data-form={form_id}]").click()
    status = page.locator(
        "#formhost .form-initialization-status.ready, #formhost .form-initialization-status.error"
    )
    status.first.wait_for(state="attached", timeout=60000)


def outbox_card(page, state: str):
    return page.locator(f"#outbox li[data-state={state}]")


# The generic filler: every visible, unanswered question gets an answer (the first choice
# unless `choose` names one), repeated while answers reveal new questions.
QUESTIONS_JS = """() => Array.from(document.querySelectorAll('#formhost .question-container'))
  .filter(c => c.offsetParent !== null)
  .map(c => ({
    id: c.id,
    label: (c.querySelector('label') || {}).textContent || '',
    radio: !!c.querySelector('input[type=radio]'),
    radioSet: !!c.querySelector('input[type=radio]:checked'),
    check: !!c.querySelector('input[type=checkbox]'),
    checkSet: !!c.querySelector('input[type=checkbox]:checked'),
    number: !!c.querySelector('.p-inputnumber input'),
    text: !!c.querySelector('input.p-inputtext:not(.p-inputnumber-input), textarea'),
    value: (c.querySelector('input.p-inputtext, textarea') || {}).value || '',
    file: !!c.querySelector('input[type=file]'),
    geo: !!c.querySelector('.get-location-button'),
    select: !!c.querySelector('.p-select'),
    selectSet: ((c.querySelector('.p-select-label') || {}).textContent || '')
      .replace(/\u00a0/g, '').trim() !== '',
  }))"""


def fill_form(page, choose: dict[str, str], numbers: dict[str, str] | None = None) -> None:
    numbers = numbers or {}
    done: set[str] = set()
    for _round in range(8):
        progress = False
        for q in page.evaluate(QUESTIONS_JS):
            box = page.locator(f'[id="{q["id"]}"]')
            label = q["label"]
            wanted = next((v for k, v in choose.items() if k in label), None)
            modal = page.locator(".p-dialog-mask")
            if modal.count():
                raise AssertionError("dialog: " + modal.first.inner_text())
            if q["radio"] and not q["radioSet"]:
                option = box.locator(
                    f"label.value-option:has(input[value='{wanted}'])" if wanted else "label.value-option"
                )
                option.first.click()
            elif q["select"] and not q["selectSet"] and q["id"] not in done:
                box.locator(".p-select").click()  # autocomplete: a searchable list
                options = page.locator(".p-select-overlay .p-select-option")
                (options.filter(has_text=wanted) if wanted else options).first.click()
            elif q["check"] and not q["checkSet"]:
                box.locator("label.value-option").first.click()
            elif q["number"] and not q["value"]:
                value = next((v for k, v in numbers.items() if k in label), "0")
                field = box.locator(".p-inputnumber input")
                field.click()
                field.press_sequentially(value)
                field.press("Tab")
            elif q["text"] and not q["value"] and q["id"] not in done:
                box.locator("input.p-inputtext, textarea").first.fill("Ghi chú thử nghiệm")
                box.locator("input.p-inputtext, textarea").first.press("Tab")
            elif q["file"] and q["id"] not in done:
                box.locator("input[type=file]").set_input_files(
                    {"name": "nha.jpg", "mimeType": "image/jpeg", "buffer": PHOTO}
                )
            elif q["geo"] and q["id"] not in done:
                box.locator(".get-location-button").click()  # the device's location, no map
                page.locator(".p-dialog").get_by_role("button", name="Lưu vị trí").click()
                page.locator(".p-dialog-mask").wait_for(state="detached")
            else:
                continue
            done.add(q["id"])
            progress = True
        if not progress:
            return
    raise AssertionError("the form kept revealing questions")


def send(page) -> None:
    page.locator("#formhost").get_by_role("button", name="Gửi").click()


def test_a_round_in_flight_mode_reaches_the_server_once(browser, site, app):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.on("dialog", lambda d: d.accept())
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    # First visit, online: the page, the forms and lists, the engine (via the service worker).
    open_app(page, site.app_url)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=30000)
    assert page.locator("#forms li").count() == len(BUNDLED)
    open_form(page, "gia_dinh_kieu_mau")
    assert (
        page.locator("#formhost").get_by_text("Tổ dân phố / thôn / cơ quan").is_visible()
    )  # Vietnamese first
    first_visit = site.traffic.total()
    print(f"\nfirst visit (page + form opened): {first_visit} bytes over {len(site.traffic.sent)} responses")
    for path, size in sorted(site.traffic.sent, key=lambda x: -x[1])[:6]:
        print(f"  {size:>9}  {re.sub(r'/key/[^/]+', '/key/<token>', path)}")
    assert first_visit < 1_250_000  # brotli: ~1.1 MB engine, Latin+Vietnamese fonts, map chunk; raw ~4.4 MB
    page.locator("#back").click()
    shot(page, "01-forms-online")

    # Flight mode, the browser reopened: everything still there.
    context.set_offline(True)
    page.close()
    page = context.new_page()
    page.on("dialog", lambda d: d.accept())
    page.on("pageerror", lambda e: errors.append(str(e)))
    before = len(site.traffic.sent)
    open_app(page, site.app_url)
    assert page.locator("#net").inner_text() == "Ngoại tuyến"
    assert page.locator("#forms li").count() == len(BUNDLED)
    shot(page, "02-forms-offline")
    open_form(page, "gia_dinh_kieu_mau")
    box = page.locator("#formhost")
    assert box.get_by_text("Nguyễn Văn An – Số 1 ngõ 2").count() == 0  # the list is filtered by unit first
    fill_form(page, {"Hộ chưa có trong danh sách": "no", "Hộ gia đình": "Nguyễn Văn An – Số 1 ngõ 2"})
    shot(page, "03-form-filled-offline")
    assert box.get_by_text("Nguyễn Văn An").first.is_visible(), box.inner_text()[
        :800
    ]  # the household list came from the CSV
    shot(page, "03-form-filled-offline")
    send(page)
    outbox_card(page, "pending").wait_for(timeout=15000)
    shot(page, "04-outbox-offline")
    # Nothing reached the server. (Chromium's own service-worker update check for sw.js
    # ignores Playwright's emulated offline mode; in real flight mode it simply fails.)
    assert [p for p, _n in site.traffic.sent[before:] if not p.endswith("/sw.js")] == []
    assert submissions(app) == []

    page.reload()
    page.wait_for_selector("body[data-ready=yes]")
    assert outbox_card(page, "pending").count() == 1
    assert "1 tệp" in outbox_card(page, "pending").inner_text()  # the photo is kept too
    shot(page, "05-outbox-after-reload-offline")

    # Back online: the outbox empties by itself, exactly once.
    context.set_offline(False)
    outbox_card(page, "sent").wait_for(timeout=20000)
    shot(page, "06-outbox-sent")
    rows = submissions(app)
    assert len(rows) == 1
    assert attachments(app) == 1
    assert b"<location>21.0285 105.8542" in rows[0].xml  # device location, no map needed
    assert rows[0].unit_code == "TDP01" and b"<household>H001</household>" in rows[0].xml
    page.locator("#sync").click()
    page.wait_for_timeout(1500)
    assert len(submissions(app)) == 1
    assert errors == []
    context.close()


def test_constraint_shown_and_sending_blocked(browser, site, app):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    open_app(page, site.app_url)
    open_form(page, "gia_dinh_kieu_mau")
    fill_form(
        page,
        {"Hộ chưa có trong danh sách": "yes"},
        numbers={"Số nhân khẩu": "31", "Số thành viên có thẻ BHYT": "0"},
    )
    send(page)
    box = page.locator("#formhost")
    box.get_by_text("1 câu hỏi có lỗi.").wait_for(timeout=10000)
    message = box.get_by_text("Từ 1 đến 30 người").first
    assert message.is_visible()
    message.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -250)")
    shot(page, "07-constraint", full_page=False)
    assert page.locator("#formview").is_visible()
    page.on("dialog", lambda d: d.accept())
    page.locator("#back").click()
    assert page.locator("#outbox li[data-state]").count() == 0
    assert submissions(app) == []
    context.close()


def test_refused_submission_keeps_the_message(browser, site, app):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    open_app(page, site.app_url)
    context.set_offline(True)
    open_form(page, "dang_ky_thi_dua")
    fill_form(page, {})
    send(page)
    outbox_card(page, "pending").wait_for(timeout=15000)
    with app.app_context():  # the board closed the form while the volunteer was out
        db.session().scalar(select(Form).where(Form.xml_form_id == "dang_ky_thi_dua")).state = "closed"
        db.session().commit()
    context.set_offline(False)
    card = outbox_card(page, "refused")
    card.wait_for(timeout=20000)
    assert "đã đóng, không nhận bài gửi" in card.inner_text()
    shot(page, "08-refused")
    page.reload()
    page.wait_for_selector("body[data-ready=yes]")
    assert "đã đóng" in outbox_card(page, "refused").inner_text()  # kept, with its reason
    assert submissions(app) == []
    context.close()


def test_draft_saved_and_resumed(browser, site, app):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.on("dialog", lambda d: d.accept())
    open_app(page, site.app_url)
    open_form(page, "dang_ky_thi_dua")
    first = page.locator("#formhost .question-container label.value-option").first
    first.click()
    page.locator("#save-draft").click()
    page.locator("#drafts li.card").wait_for()
    shot(page, "09-draft")
    page.locator("#drafts li.card").get_by_role("button", name="Tiếp tục").click()
    page.locator("#formhost .form-initialization-status.ready").wait_for(state="attached", timeout=30000)
    assert page.locator("#formhost input[type=radio]:checked").count() >= 1  # the answer came back
    fill_form(page, {})
    send(page)
    outbox_card(page, "sent").wait_for(timeout=20000)
    assert page.locator("#drafts li.card").count() == 0
    rows = submissions(app)
    assert len(rows) == 1
    context.close()


@pytest.mark.parametrize("form_id", BUNDLED)
def test_every_bundled_form_loads_in_the_engine(browser, site, form_id):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    open_app(page, site.app_url)
    open_form(page, form_id)
    assert page.locator("#formhost .form-initialization-status.ready").count() == 1, page.inner_text(
        "#formhost"
    )
    assert page.locator("#formhost .question-container").count() > 3
    assert errors == []
    shot(page, f"form-{form_id}")
    context.close()


def test_password_user_goes_to_the_token_page(browser, site, app):
    add_user(app, "vol2", "volunteer", ("TDP01",))
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site.url + "/app")
    page.get_by_label("Tên đăng nhập").fill("vol2")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(re.compile(r"/key/[^/]+/app$"))
    page.wait_for_selector("body[data-ready=yes]")
    assert page.locator("#forms li").count() == len(BUNDLED)
    context.close()


def test_household_list_refreshed_when_its_hash_changes(browser, site, app):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    open_app(page, site.app_url)
    with app.app_context():  # the registry gains a household after the first download
        extra = "TDP01,Tổ dân phố 1,PS,H009,Đỗ Văn Mới,Số 9 ngõ 9,3,C009,Đỗ Văn Mới,1990,nam\n"
        import_roster(db.session(), (ROSTER + extra).encode(), "roster.csv")
        db.session().commit()
    seen = len(site.traffic.sent)
    page.locator("#sync").click()
    for _ in range(50):
        fetched = [re.sub(r"/key/[^/]+", "", p) for p, _n in site.traffic.sent[seen:]]
        if "/formList" in fetched and fetched[-1].endswith("dang_ky_thi_dua/manifest"):
            break  # formList, then each form's manifest (sorted by name): the last one is done
        page.wait_for_timeout(200)
    page.wait_for_timeout(500)
    assert "/forms/gia_dinh_kieu_mau/media/households.csv" in fetched
    assert not any(p.endswith(".xml") for p in fetched)  # unchanged forms are not downloaded again
    open_form(page, "gia_dinh_kieu_mau")
    fill_form(page, {"Hộ chưa có trong danh sách": "no", "Hộ gia đình": "Đỗ Văn Mới"})
    assert page.locator("#formhost").get_by_text("Đỗ Văn Mới – Số 9 ngõ 9").first.is_visible()
    context.close()
