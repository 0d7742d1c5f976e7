"""The reward documents from plain data: every kind in its part of the annexed list (read
back from the drawn tables), the counts in the text, one certificate per reward, and the
placeholders ("……") where the committee has not set a number or signer."""

from __future__ import annotations

import io
import re

import pdfplumber

from server.formats import pdf
from server.formats.documents import PLACEHOLDER, DocumentSettings
from server.formats.reward_documents import RewardCertificates, RewardDecision, Rewardee, RewardSubmission

REWARDS = [
    Rewardee(
        "unit", "Tổ dân phố 3", "Tổ dân phố 3", "Dẫn đầu về tỷ lệ hộ đạt danh hiệu (92,3% số hộ trong sổ)"
    ),
    Rewardee("household", "Nguyễn Văn An", "Tổ dân phố 1", "Gương mẫu phân loại rác", "Số 5, đường Lê Lợi"),
    Rewardee(
        "citizen", "Trần Thị Hoa", "Tổ dân phố 1", "Đạt danh hiệu 3 năm liền (2024–2026)", "Số 5", 1980, "nữ"
    ),
]


def read(body: bytes) -> tuple[str, list[list[str]]]:
    with pdfplumber.open(io.BytesIO(body)) as doc:
        text = " ".join(page.extract_text() or "" for page in doc.pages)
        rows = [
            [re.sub(r"\s+", " ", c or "") for c in r]
            for p in doc.pages
            for t in p.extract_tables()
            for r in t
        ]
    return re.sub(r"\s+", " ", text), rows


def test_submission_and_decision_list_every_kind():
    for kind, cls, number in (
        ("reward_submission", RewardSubmission, f"{PLACEHOLDER}/TTr-VHXH"),
        ("reward_decision", RewardDecision, f"{PLACEHOLDER}/QĐ-UBND"),
    ):
        text, rows = read(pdf.render_pdf(kind, cls(2026, REWARDS, draft=False), DocumentSettings(year=2026)))
        assert "Giấy khen cho 1 tập thể và 2 hộ gia đình, cá nhân" in text
        assert "I. Tập thể: 1" in text and "II. Hộ gia đình: 1" in text and "III. Cá nhân: 1" in text
        assert number in text and "DỰ THẢO" not in text
        assert [(r[1], r[-1]) for r in rows if r[0] != "STT"] == [(w.name, w.reason) for w in REWARDS]


def test_one_certificate_per_reward_with_the_decisions_number():
    settings = DocumentSettings(year=2026)
    text, _rows = read(pdf.render_pdf("reward_certificates", RewardCertificates(2026, REWARDS), settings))
    assert text.count("GIẤY KHEN") == 3
    assert "Tặng tập thể:" in text and "Tặng gia đình ông (bà):" in text and "Tặng bà:" in text
    assert f"Quyết định số {PLACEHOLDER}/QĐ-UBND" in text


def test_the_movement_is_named_by_the_units_kinds():
    titles = ["Công dân kiểu mẫu", "Gia đình kiểu mẫu", "Tổ dân phố kiểu mẫu", "Cơ quan, đơn vị kiểu mẫu"]
    text, _rows = read(pdf.render_pdf("reward_decision", RewardDecision(2026, REWARDS, titles=titles)))
    assert "“Tổ dân phố kiểu mẫu”, “Cơ quan, đơn vị kiểu mẫu” năm 2026" in text
