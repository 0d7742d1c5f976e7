"""The báo cáo tổng kết of a town with residential groups and an agency: each kind of unit is
counted and named in its own words (wording.py), from the summary's JSON, in the Decree 30
layout. No server: summarise → summary_json → render_pdf, read back with pdfplumber."""

from __future__ import annotations

import io
import re
import unicodedata

import pdfplumber

from server.domain.recognition import Candidate, UnitInput, recognise
from server.domain.scoring import TitleRule
from server.domain.summary import UnitFacts, UnitYear, YearData, summarise
from server.domain.summary_view import summary_json
from server.domain.wording import wording
from server.formats.documents import DocumentSettings, YearReport
from server.formats.pdf import render_pdf

RULE = TitleRule(min_points=0, all_mandatory=False, household_share=0.7, citizen_share=0.7)


def unit(code: str, name: str, kind: str, agreed: int, registry: int = 10) -> UnitYear:
    cands = [Candidate(k, f"{code}-{k}{i}", True) for k in ("household", "citizen") for i in range(agreed)]
    data = UnitInput(code, name, True, registry, registry, tuple(cands), "approved", 90.0, True)
    return UnitYear(
        recognise(data, RULE), UnitFacts(kind, households_surveyed=registry, citizens_surveyed=registry)
    )


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def test_each_kind_of_unit_in_its_own_words():
    group = lambda agreed: unit("TDP01", "Tổ dân phố 1", "residential_group", agreed)  # noqa: E731
    school = lambda agreed: unit("CQ01", "Trường THCS", "agency", agreed)  # noqa: E731
    data = [YearData(2025, (group(6), school(8))), YearData(2026, (group(8), school(6)))]
    found = summarise(2026, data, {})
    view = summary_json(found, [wording("residential_group"), wording("agency")])
    assert [k["noun"] for k in view["kinds"]] == ["Tổ dân phố", "Cơ quan, đơn vị"]
    assert view["town"][-1]["by_kind"]["agency"]["groups"] == {"judged": 1, "registered": 0, "recognised": 0}
    assert [u["title_change"] for u in view["units"]] == ["gained", "lost"]

    text = text_of(render_pdf("summary", YearReport(2026, view), DocumentSettings(year=2026)))
    assert "“Tổ dân phố kiểu mẫu”, “Cơ quan, đơn vị kiểu mẫu” năm 2026" in text  # the title names both
    assert "1/1 tổ dân phố được công nhận “Tổ dân phố kiểu mẫu”, tăng 1 tổ dân phố so với năm 2025" in text
    assert "0/1 cơ quan, đơn vị được công nhận “Cơ quan, đơn vị kiểu mẫu”, giảm 1 cơ quan, đơn vị" in text
    assert (
        "trong đó 6 cán bộ, công chức, viên chức được công nhận “Cán bộ, công chức, viên chức kiểu mẫu”"
        in text
    )
    assert "Số cơ quan, đơn vị được xét 1 1" in text and "Cơ quan, đơn vị kiểu mẫu được công nhận 1 0" in text
    assert "(năm 2025 chưa đạt): Tổ dân phố 1." in text and "(năm 2025 đã đạt): Trường THCS." in text
    assert "DỰ THẢO" not in text
