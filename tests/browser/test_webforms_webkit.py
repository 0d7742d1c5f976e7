"""The offline round trip in WebKit, the engine of every iPhone browser: Debian's WebKitGTK
(MiniBrowser) driven by its WebDriver through Selenium, on a virtual display (Xvfb). The phone
reaches the server through a loopback proxy the test cuts: load online, lose the connection,
reload (the service worker's copy), fill, send to the outbox, reconnect, stored exactly once.
Skipped, with the reason, when webkit2gtk-driver or xvfb is not installed (scripts/test
installs them)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from conftest import add_unit, add_user, publish
from server.store import db
from server.store.models import Submission

DRIVER = shutil.which("WebKitWebDriver")
MINIBROWSER = next(Path("/usr/lib").glob("*/webkit2gtk-4.*/MiniBrowser"), None)
XVFB = shutil.which("Xvfb")
pytestmark = pytest.mark.skipif(
    not (DRIVER and MINIBROWSER and XVFB),
    reason="needs Debian's webkit2gtk-driver (WebKitWebDriver, MiniBrowser) and xvfb",
)
FORM = """
| survey   |
|          | type              | name     | label              | choices |
|          | text              | chu_ho   | Họ tên chủ hộ      |         |
|          | select_one yes_no | nuoc     | Hộ dùng nước sạch? |         |
|          | integer           | so_nguoi | Số nhân khẩu       |         |
| choices  |
|          | list_name | name | label |
|          | yes_no    | yes  | Có    |
|          | yes_no    | no   | Không |
| settings |
|          | form_id   | form_title          | version |
|          | phieu_nho | Phiếu thử trên iPhone | 1     |
"""


class CuttableProxy:
    """127.0.0.1:<port> -> the server, until cut: then every connection is dropped and new ones
    are closed at once, as when the phone's link to the server is gone."""

    def __init__(self, target: int) -> None:
        self.target, self.cut, self.open = target, False, []
        self.made: list[socket.socket] = []  # every connection, closed with the proxy
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            if self.cut:
                client.close()
                continue
            server = socket.create_connection(("127.0.0.1", self.target))
            self.open += [client, server]
            self.made += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def set_cut(self, cut: bool) -> None:
        self.cut = cut
        if cut:
            for s in self.open:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            self.open = []

    def close(self) -> None:
        self.sock.close()
        for s in self.made:
            s.close()


@pytest.fixture
def webkit() -> Iterator:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.webkitgtk.options import Options
    from selenium.webdriver.webkitgtk.service import Service

    display = f":{90 + os.getpid() % 100}"
    xvfb = subprocess.Popen(
        [XVFB, display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], stderr=subprocess.DEVNULL
    )
    try:  # the screen is stopped however the driver's start ends
        time.sleep(1)
        options = Options()
        options.binary_location = str(MINIBROWSER)
        options.add_argument("--automation")
        service = Service(executable_path=DRIVER, env={**os.environ, "DISPLAY": display})
        driver = webdriver.WebKitGTK(options=options, service=service)
        try:
            driver.set_window_size(390, 844)
            yield driver
        finally:
            driver.quit()
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def wait(driver, js: str, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    while not driver.execute_script(f"return !!({js})"):
        if time.time() > deadline:
            page = driver.execute_script(PAGE_TEXT)[:1500]
            raise AssertionError(f"timed out waiting for {js}; page: {page}")
        time.sleep(0.2)


PAGE_TEXT = "return document.body.innerText"


def submissions(app) -> list[Submission]:
    with app.app_context():
        return list(db.session().scalars(select(Submission)))


def test_offline_round_trip_in_webkit(webkit, app, live_server):
    add_unit(app, "TDP01")
    token = add_user(app, "vol", "volunteer", ("TDP01",), token=True)
    publish(app, FORM)
    proxy = CuttableProxy(live_server.server.port)
    url = f"http://127.0.0.1:{proxy.port}/key/{token}/app"
    d = webkit
    try:
        d.get(url)  # online: the page, the form and the engine are kept
        wait(d, "document.body.dataset.ready === 'yes' && navigator.serviceWorker.controller")
        wait(d, "document.querySelectorAll('#forms li').length === 1")

        proxy.set_cut(True)  # the link to the server is gone
        d.refresh()
        wait(d, "document.body.dataset.ready === 'yes'")  # the service worker's copy
        assert "Phiếu thử trên iPhone" in d.execute_script(PAGE_TEXT)
        d.execute_script("document.querySelector('[data-form=phieu_nho]').click()")
        wait(d, "document.querySelector('#formhost .form-initialization-status.ready')", 60)
        fill(d)
        wait(d, "document.querySelector('#outbox li[data-state=pending]')")
        assert submissions(app) == []

        proxy.set_cut(False)  # back in coverage: the volunteer taps "Gửi ... và cập nhật"
        d.execute_script("document.getElementById('sync').click()")
        wait(d, "document.querySelector('#outbox li[data-state=sent]')")
        d.execute_script("document.getElementById('sync').click()")
        time.sleep(1.5)
        rows = submissions(app)
        assert len(rows) == 1
        xml = rows[0].xml.decode()
        assert "<chu_ho>Nguyễn Văn An</chu_ho>" in xml and "<so_nguoi>4</so_nguoi>" in xml
    finally:
        proxy.close()


def fill(d) -> None:
    from selenium.webdriver.common.by import By

    text = d.find_element(By.CSS_SELECTOR, "#formhost input.p-inputtext:not(.p-inputnumber-input)")
    text.send_keys("Nguyễn Văn An")
    d.execute_script("document.querySelector('#formhost label.value-option').click()")
    number = d.find_element(By.CSS_SELECTOR, "#formhost .p-inputnumber input")
    number.click()
    number.send_keys("4")
    d.find_element(By.TAG_NAME, "body").click()
    send = d.find_element(By.XPATH, "//div[@id='formhost']//button[normalize-space(.)='Gửi']")
    send.click()
