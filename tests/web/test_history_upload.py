"""The admin page that loads earlier years' recognitions (/admin/history), over real HTTP:
a good file is loaded and the outcome shown; a bad one gets a 400 naming each row's problem,
nothing stored; other roles may not open it."""

from __future__ import annotations

import re

import pytest
import requests
from sqlalchemy import create_engine, text

from conftest import PASSWORD, add_unit, add_user
from server.domain.registry import import_roster
from server.store import db

TOKEN = re.compile(r'name="csrf_token"[^>]*? value="([^"]+)"')


@pytest.fixture
def site(app, live_server):
    add_unit(app, "PS", "Phường Phong Sơn", kind="ward")
    add_unit(app, "TDP01", "Tổ dân phố 1", parent="PS")
    with app.app_context():
        import_roster(db.session(), b"unit,household,head_name\nTDP01,H1,An\n", "roster.csv")
        db.session().commit()
    add_user(app, "quan", "admin")
    add_user(app, "bvd", "board", ("TDP01",))
    return live_server.url


def signed_in(url: str, username: str) -> requests.Session:
    web = requests.Session()
    token = TOKEN.search(web.get(f"{url}/login").text).group(1)
    resp = web.post(f"{url}/login", data={"csrf_token": token, "username": username, "password": PASSWORD},
                    allow_redirects=False)  # fmt: skip
    assert resp.status_code == 302, resp.text
    return web


def upload(web: requests.Session, url: str, content: bytes, name: str) -> requests.Response:
    token = TOKEN.search(web.get(f"{url}/admin/history").text).group(1)
    return web.post(f"{url}/admin/history", data={"csrf_token": token}, files={"history": (name, content)},
                    timeout=60)  # fmt: skip


def stored(database_url: str) -> int:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        found = conn.scalar(text("SELECT count(*) FROM recognition"))
    engine.dispose()
    return int(found)


def test_the_admin_loads_earlier_years_and_a_bad_file_stores_nothing(site, database_url):
    web = signed_in(site, "quan")
    page = web.get(f"{site}/admin/history")
    assert page.status_code == 200 and "Lịch sử công nhận" in page.text and "danh hiệu" in page.text

    bad = "năm,mã tổ,mã hộ\n2024,TDP01,H1\n2024,TDP01,H404\n2x24,TDP01,H1\n".encode()
    refused = upload(web, site, bad, "lich-su.csv")
    assert refused.status_code == 400
    assert "Không nhận tệp này" in refused.text
    assert "household H404 is not in the registry" in refused.text and "dòng / row 4" in refused.text
    assert stored(database_url) == 0

    good = "năm,mã tổ,mã hộ,danh hiệu\n2024,TDP01,H1,Gia đình văn hóa\n2025,TDP01,H1,Gia đình văn hóa\n"
    done = upload(web, site, good.encode(), "lich-su.csv")
    assert done.status_code == 200 and 'id="loaded"' in done.text and "2024, 2025" in done.text
    assert stored(database_url) == 2
    assert upload(web, site, b"%PDF-1.7\n\x00\x01", "lich-su.csv").status_code == 400


def test_only_an_admin_opens_the_history_page(site):
    web = signed_in(site, "bvd")
    assert web.get(f"{site}/admin/history", allow_redirects=False).status_code in (302, 403)
    assert requests.get(f"{site}/admin/history", allow_redirects=False, timeout=10).status_code in (302, 401)
