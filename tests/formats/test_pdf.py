"""The official documents render as A4 PDFs in the Decree 30 layout, with the shipped fonts.

Each test renders realistic Vietnamese data, then reads the PDF back (pypdf, pdfplumber) and
checks the text with its diacritics, the page size and the embedded fonts. The first page of
each document is written to test-output/ as PNG so a person can look at it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pdfplumber
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from server.formats.documents import (
    Certificates,
    CommitteeSubmission,
    Decision,
    DocumentSettings,
    Issuance,
    MeetingMinutes,
    Person,
    ProposalList,
    Signature,
    UnitProposal,
    UnitSummary,
    Vote,
    vn_date,
    vn_number,
)
from server.formats.pdf import render_html, render_pdf

OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
A4 = (595.28, 841.89)

SURNAMES = ["Nguyễn", "Lê", "Trần", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Đình", "Thị Thu", "Hữu", "Ngọc"]
GIVEN = ["Hương", "Đức", "Thắng", "Hằng", "Dũng", "Nguyệt", "Quý", "Tuấn", "Lựu", "Ước"]


def people(n: int, unit: str, start: int = 0) -> list[Person]:
    """n people with plausible names; the first one is always "Nguyễn Thị Hương"."""
    out = []
    for i in range(start, start + n):
        name = f"{SURNAMES[i % 10]} {MIDDLE[i % 6]} {GIVEN[(i // 10) % 10]}"
        if i == 0:
            name = "Nguyễn Thị Hương"
        out.append(
            Person(
                name=name,
                address=f"Số {i % 90 + 1}, {unit}, thị trấn Phong Sơn",
                unit_name=unit,
                points=80 + (i % 41) / 2,
                birth_year=1950 + i % 55,
                note="Hộ mới tách" if i % 17 == 0 else "",
            )
        )
    return out


def settings() -> DocumentSettings:
    s = DocumentSettings()
    signed = Signature(s.submission.signature.lines, "Lê Thị Thu Hà")
    s.submission = Issuance("12/TTr-UBND", signed, s.submission.recipients, date(2026, 12, 5))
    signed = Signature(s.decision.signature.lines, "Lê Thị Thu Hà")
    s.decision = Issuance("235/QĐ-UBND", signed, s.decision.recipients, date(2026, 12, 15))
    return s


def proposal_list(units: int = 3, per_unit: int = 12) -> ProposalList:
    sections = [
        UnitProposal(
            f"Khu phố {k + 1}",
            households=people(per_unit, f"Khu phố {k + 1}", k * per_unit),
            citizens=[Person("Lê Văn Đức", "Khu phố 3, thị trấn Phong Sơn", "", 92.5, "", 1978)]
            + people(per_unit, f"Khu phố {k + 1}", 500 + k),
        )
        for k in range(units)
    ]
    return ProposalList(2026, sections)


def minutes() -> MeetingMinutes:
    unit = "Khu phố 3"
    return MeetingMinutes(
        year=2026,
        unit_name=unit,
        started_at=datetime(2026, 11, 25, 19, 30),
        ended_at=datetime(2026, 11, 25, 21, 15),
        place="Nhà văn hóa Khu phố 3",
        chair="Lê Văn Đức",
        secretary="Nguyễn Thị Hương",
        secretary_role="Chi hội trưởng Chi hội Phụ nữ",
        present=47,
        total=52,
        attendees="Ban vận động, Ban công tác Mặt trận, đại diện các hộ gia đình trong khu phố.",
        content=["Đồng chí Trưởng ban quán triệt tiêu chí và kết quả tự đánh giá của các hộ."],
        households=[Vote(p, 45, 47) for p in people(6, unit)],
        citizens=[Vote(p, 40, 47) for p in people(5, unit, 700)]
        + [Vote(Person("Trần Văn Ước", "Khu phố 3"), 20, 47, "Không đề nghị")],
        conclusion=["Thống nhất đề nghị công nhận các hộ gia đình, công dân có tên trên."],
    )


def submission() -> CommitteeSubmission:
    units = [
        UnitSummary(f"Khu phố {k}", 150 + k, 120 + k, 480 + 3 * k, 400 + k, k % 3 != 0) for k in range(1, 13)
    ]
    return CommitteeSubmission(2026, units)


def decision() -> Decision:
    return Decision(
        2026,
        households=people(8, "Khu phố 1") + people(7, "Khu phố 2", 40),
        citizens=people(9, "Khu phố 1", 300),
        units=["Khu phố 1", "Khu phố 2"],
    )


def certificates() -> Certificates:
    return Certificates(2026, "household", people(3, "Khu phố 3"))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, NFC-normalised: extractors may return decomposed diacritics."""
    with pdfplumber.open(BytesIO(pdf)) as doc:
        return [unicodedata.normalize("NFC", page.extract_text() or "") for page in doc.pages]


def text_of(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def embedded_fonts(reader: PdfReader) -> dict[str, str]:
    """PDF font name → family name inside the embedded font program."""
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"].get_object().get("/Font", {}).values():
            font = font.get_object()
            name = str(font["/BaseFont"]).split("+")[-1]
            if "/DescendantFonts" in font:  # WeasyPrint: CID fonts
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"]  # pdf_lists (ReportLab): TrueType subsets
            program = TTFont(BytesIO(descriptor.get_object()["/FontFile2"].get_object().get_data()))
            fonts[name] = program["name"].getDebugName(1)
    return fonts


def save_png(pdf: bytes, name: str) -> None:
    import pypdfium2

    OUTPUT.mkdir(exist_ok=True)
    doc = pypdfium2.PdfDocument(pdf)
    doc[0].render(scale=1.5).to_pil().save(OUTPUT / f"{name}.png")
    doc.close()


DOCUMENTS = {
    "proposal_list": proposal_list,
    "meeting_minutes": minutes,
    "submission": submission,
    "decision": decision,
    "certificates": certificates,
}


@pytest.fixture(scope="module", params=sorted(DOCUMENTS))
def rendered(request) -> tuple[str, bytes]:
    kind = request.param
    pdf = render_pdf(kind, DOCUMENTS[kind](), settings())
    save_png(pdf, kind)
    return kind, pdf


def test_layout_and_fonts(rendered):
    kind, pdf = rendered
    reader = PdfReader(BytesIO(pdf))
    expected = A4[::-1] if kind == "certificates" else A4
    for page in reader.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(expected, abs=1)
    fonts = embedded_fonts(reader)
    assert set(fonts) <= {
        "Liberation-Serif-KM",
        "Liberation-Serif-KM-Bold",
        "Liberation-Serif-KM-Italic",
        "Liberation-Serif-KM-Bold-Italic",
        # the long lists, drawn by formats/pdf_lists.py from the same files
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-BoldItalic",
    }
    assert {"Liberation-Serif-KM", "Liberation-Serif-KM-Bold"} <= set(fonts)
    assert set(fonts.values()) == {"Liberation Serif"}  # the shipped files, not a fallback
    text = text_of(pdf)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập – Tự do – Hạnh phúc" in text
    assert "Phong Sơn" in text.title()


def test_proposal_list():
    pdf = render_pdf("proposal_list", proposal_list(), settings())
    text = text_of(pdf)
    assert "UBND PHƯỜNG PHONG SƠN" in text and "PHÒNG VĂN HÓA – XÃ HỘI" in text  # the tờ trình's body
    assert "DANH SÁCH" in text
    assert "Kèm theo Tờ trình số 12/TTr-UBND ngày 05 tháng 12 năm 2026" in text
    assert "36 hộ gia đình" in text and "39 công dân" in text
    assert "Khu phố 3" in text and "Lê Văn Đức" in text
    assert "92,5" in text
    assert "Lê Thị Thu Hà" in text


def test_proposal_list_of_one_unit_repeats_its_table_header():
    data = ProposalList(
        2026,
        [UnitProposal("Khu phố 3", households=people(80, "Khu phố 3"))],
        unit_name="Khu phố 3",
        signature=Signature(("TM. BAN VẬN ĐỘNG", "TRƯỞNG BAN"), "Phạm Văn Quý"),
    )
    with pdfplumber.open(BytesIO(render_pdf("proposal_list", data, settings()))) as doc:
        pages = [unicodedata.normalize("NFC", p.extract_text()) for p in doc.pages]
    assert len(pages) >= 3
    assert "BAN VẬN ĐỘNG" in pages[0] and "UBND PHƯỜNG PHONG SƠN" in pages[0]
    assert all("Họ và tên chủ hộ" in page for page in pages[:-1])
    assert pages[1].lstrip().startswith("2")  # page numbers from page 2, top centre
    assert not pages[0].lstrip().startswith("1")
    assert "Phạm Văn Quý" in pages[-1]


def list_rows(pages: list[str]) -> list[tuple[int, str]]:
    """(STT, rest of the line) of every table row on the pages, in order."""
    rows = []
    for page in pages:
        for line in page.splitlines()[1:]:  # the first line is the page number (or the header)
            if m := re.match(r"(\d+) (\D.*)$", line):
                rows.append((int(m[1]), m[2]))
    return rows


def test_long_unit_list_is_drawn_whole_over_pages_with_its_signature():
    """A unit's list of 400 households and 300 citizens: drawn by pdf_lists after the
    header page WeasyPrint lays out, every row once and in order, the header row and the
    page number on every page, the signature below the last row."""
    households = people(400, "Khu phố 3")
    citizens = people(300, "Khu phố 3", 1000)
    citizens[7].name = unicodedata.normalize("NFD", "Nguyễn Thị Ước")  # decomposed input
    data = ProposalList(
        2026,
        [UnitProposal("Khu phố 3", households=households, citizens=citizens)],
        unit_name="Khu phố 3",
        signature=Signature(("TM. BAN VẬN ĐỘNG", "TRƯỞNG BAN"), "Phạm Văn Quý"),
    )
    pdf = render_pdf("proposal_list", data, settings())
    save_png(pdf, "proposal_list-long")
    with pdfplumber.open(BytesIO(pdf)) as doc:
        pages = [unicodedata.normalize("NFC", p.extract_text()) for p in doc.pages]
    assert 700 / 45 < len(pages) < 700 / 20  # rows of one or two lines (18 or 32 pt)
    assert "BAN VẬN ĐỘNG" in pages[0] and "Tổng số đề nghị: 400 hộ gia đình" in pages[0]
    assert "a) Hộ gia đình đề nghị công nhận “Gia đình kiểu mẫu”: 400 hộ" in pages[0]
    for number, page in enumerate(pages[1:], 2):
        assert page.splitlines()[0] == str(number)  # top centre, from page 2
        assert "STT" in page and "Điểm" in page  # the header row, repeated
    rows = list_rows(pages)
    expected = households + citizens
    assert [n for n, _ in rows] == list(range(1, 401)) + list(range(1, 301))
    for (_, line), person in zip(rows, expected, strict=True):
        assert line.startswith(unicodedata.normalize("NFC", person.name) + " Số ")
    assert "b) Công dân đề nghị công nhận “Công dân kiểu mẫu”: 300 người" in "\n".join(pages)
    assert "Nguyễn Thị Ước" in "\n".join(pages)
    last = pages[-1]
    assert expected[-1].name in last and "TRƯỞNG BAN" in last and "Phạm Văn Quý" in last
    assert last.index(expected[-1].name) < last.index("Phạm Văn Quý")


def test_decision_annex_lists_everyone_by_part_and_unit():
    data = Decision(
        2026,
        households=people(300, "Khu phố 1") + people(250, "Khu phố 2", 300),
        citizens=people(400, "Khu phố 1", 600),
        units=["Khu phố 1"],
    )
    with pdfplumber.open(BytesIO(render_pdf("decision", data, settings()))) as doc:
        pages = [unicodedata.normalize("NFC", p.extract_text()) for p in doc.pages]
    text = "\n".join(pages)
    annex = next(i for i, page in enumerate(pages) if "Kèm theo Quyết định số" in page)
    assert "Điều 3." in "\n".join(pages[:annex]) and "Điều 3." not in "\n".join(pages[annex:])
    assert "Lê Thị Thu Hà" in "\n".join(pages[:annex])  # the signature stays with the decision
    for heading in (
        "I. Tổ dân phố đạt danh hiệu “Tổ dân phố kiểu mẫu”: 1",
        "II. Hộ gia đình đạt danh hiệu “Gia đình kiểu mẫu”: 550",
        "1. Khu phố 1 (300)",
        "2. Khu phố 2 (250)",
        "III. Công dân đạt danh hiệu “Công dân kiểu mẫu”: 400",
    ):
        assert heading in text
    rows = list_rows(pages[annex:])
    assert [n for n, _ in rows] == [1, *range(1, 301), *range(1, 251), *range(1, 401)]
    people_rows = rows[1:]
    for (_, line), person in zip(people_rows, data.households + data.citizens, strict=True):
        assert line.startswith(person.name)
    for number, page in enumerate(pages[annex + 1 :], annex + 2):
        assert page.splitlines()[0] == str(number) and "STT" in page


def test_meeting_minutes():
    text = text_of(render_pdf("meeting_minutes", minutes(), settings()))
    assert "BIÊN BẢN" in text
    assert "19 giờ 30 phút, ngày 25 tháng 11 năm 2026" in text
    assert "47/52" in text and "45/47" in text
    assert "Không đề nghị" in text and "Trần Văn Ước" in text
    assert "CHỦ TRÌ" in text and "THƯ KÝ" in text


@pytest.mark.slow
def test_minutes_never_leave_the_signatures_alone_on_a_page():
    """Mẫu 03: the closing line ("Cuộc họp kết thúc…") stays on the page of the signatures.
    The list grows one household at a time across a page break, so that in some rendering the
    conclusion ends on one page and the footer starts the next; in every rendering, the page
    with the signatures also holds the closing line."""
    pushed_over = False
    for n in range(12, 25, 2):
        data = minutes()
        data.households = [Vote(p, 45, 47) for p in people(n, data.unit_name)]
        pages = page_texts(render_pdf("meeting_minutes", data, settings()))
        signed = [i for i, text in enumerate(pages) if "(Ký, ghi rõ họ tên)" in text]
        assert signed == [len(pages) - 1], n
        assert "Cuộc họp kết thúc vào lúc 21 giờ 15 phút" in pages[-1], n
        pushed_over |= "III. KẾT LUẬN" not in pages[-1]
    assert pushed_over, "no rendering put the footer on a page of its own: widen the range"


def test_submission():
    text = text_of(render_pdf("submission", submission(), settings()))
    assert "TỜ TRÌNH" in text
    assert "Số: 12/TTr-UBND" in text
    assert "Phong Sơn, ngày 05 tháng 12 năm 2026" in text
    assert "Tổng cộng" in text
    households = sum(120 + k for k in range(1, 13))
    assert vn_number(households) in text  # 1.518
    assert "Nơi nhận:" in text
    assert "PHÒNG VĂN HÓA – XÃ HỘI" in text and "TRƯỞNG PHÒNG" in text  # prepared by the office
    assert "Kính gửi: Chủ tịch Ủy ban nhân dân phường Phong Sơn" in text  # to the Chairman


def test_decision_has_annex_on_its_own_page():
    pdf = render_pdf("decision", decision(), settings())
    with pdfplumber.open(BytesIO(pdf)) as doc:
        pages = [unicodedata.normalize("NFC", p.extract_text()) for p in doc.pages]
    text = "\n".join(pages)
    assert "QUYẾT ĐỊNH" in text and "QUYẾT ĐỊNH:" in text
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG PHONG SƠN" in text
    assert "Căn cứ Luật Thi đua, khen thưởng" in text
    for article in ("Điều 1.", "Điều 2.", "Điều 3."):
        assert article in text
    assert "15 hộ gia đình" in text and "9 công dân" in text
    annex = next(i for i, page in enumerate(pages) if "Kèm theo Quyết định số" in page)
    assert annex > 0 and "Điều 3." not in pages[annex]
    assert "235/QĐ-UBND ngày 15 tháng 12 năm 2026" in pages[annex]


def test_certificates_one_landscape_page_each():
    data = certificates()
    pdf = render_pdf("certificates", data, settings())
    with pdfplumber.open(BytesIO(pdf)) as doc:
        assert len(doc.pages) == len(data.people)
        for page, person in zip(doc.pages, data.people, strict=True):
            text = unicodedata.normalize("NFC", page.extract_text())
            assert person.name in text
            assert "GIẤY CÔNG NHẬN" in text and "GIA ĐÌNH KIỂU MẪU" in text
            assert "235/QĐ-UBND" in text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2026, 12, 5), "ngày 05 tháng 12 năm 2026"),
        (date(2026, 1, 15), "ngày 15 tháng 01 năm 2026"),
        (date(2026, 3, 9), "ngày 09 tháng 3 năm 2026"),
    ],
)
def test_vn_date(value, expected):
    assert vn_date(value) == expected


def test_vn_date_blank_leaves_room_to_write():
    assert vn_date(None, 2026).startswith("ngày\u00a0") and vn_date(None, 2026).endswith("2026")


@pytest.mark.parametrize(("value", "expected"), [(85.5, "85,5"), (90.0, "90"), (1518, "1.518")])
def test_vn_number(value, expected):
    assert vn_number(value) == expected


def test_html_escapes_names():
    data = Certificates(2026, "citizen", [Person("<b>Đỗ</b> & Ngô")])
    assert "&lt;b&gt;Đỗ&lt;/b&gt; &amp; Ngô" in render_html("certificates", data)


def test_kind_and_data_must_match():
    with pytest.raises(TypeError):
        render_html("decision", certificates())
    with pytest.raises(ValueError):
        render_html("letter", certificates())


def test_certificate_for_a_residential_group():
    data = Certificates(2026, "unit", [Person("Tổ dân phố Khu phố 3", unit_name="Khu phố 3")])
    text = text_of(render_pdf("certificates", data, settings()))
    assert "Tổ dân phố Khu phố 3" in text and "TỔ DÂN PHỐ KIỂU MẪU" in text
    assert "Ông (bà)" not in text


def test_report_templates_use_only_elements_the_report_ua_sheet_knows():
    """The reports render with static/reports-ua.css instead of WeasyPrint's HTML5 sheet
    (a third of the render time): an element outside it would lose its default display."""
    from server.formats.pdf import TEMPLATES_DIR, UA_STYLESHEET

    ua = re.sub(r"/\*.*?\*/", "", UA_STYLESHEET.read_text(encoding="utf-8"), flags=re.S)
    selectors = [rule.split("{")[0] for rule in ua.split("}") if "{" in rule]
    known = {name for sel in selectors for name in re.findall(r"(?:^|,)\s*([a-z][a-z0-9]*)", sel)}
    assert {"table", "td", "p", "b"} <= known
    known |= {"span", "br"}  # inline, WeasyPrint's default display
    used = set()
    for path in (TEMPLATES_DIR / "reports").glob("*.html"):
        used |= set(re.findall(r"<([a-z][a-z0-9]*)\b", path.read_text(encoding="utf-8")))
    assert used and sorted(used - known) == []


def test_certificates_say_ong_or_ba_and_the_birth_year():
    people = [
        Person("Nguyễn Thị Hoa", "Khu phố 1", "Khu phố 1", 95, birth_year=1980, sex="nu"),
        Person("Trần Văn Nam", "Khu phố 1", "Khu phố 1", 92, birth_year=1975, sex="nam"),
        Person("Lê Minh", "Khu phố 1", "Khu phố 1", 90, birth_year=None, sex=""),
    ]
    with pdfplumber.open(
        BytesIO(render_pdf("certificates", Certificates(2026, "citizen", people), settings()))
    ) as doc:
        pages = [unicodedata.normalize("NFC", p.extract_text()) for p in doc.pages]
    assert "Bà:" in pages[0] and "Năm sinh: 1980" in pages[0] and "Ông (bà)" not in pages[0]
    assert "Ông:" in pages[1] and "Năm sinh: 1975" in pages[1]
    assert "Ông (bà):" in pages[2] and "Năm sinh" not in pages[2]  # the registry does not say

    households = Certificates(2026, "household", people)  # sex: the head's, as the registry has it
    with pdfplumber.open(BytesIO(render_pdf("certificates", households, settings()))) as doc:
        pages = [unicodedata.normalize("NFC", p.extract_text()) for p in doc.pages]
    assert "Gia đình bà:" in pages[0] and "Năm sinh" not in pages[0]
    assert "Gia đình ông:" in pages[1] and "Gia đình ông (bà):" in pages[2]


def test_certificate_of_a_residential_group():
    data = Certificates(2026, "unit", [Person("Tổ dân phố 3", "", "Tổ dân phố 3")])
    text = text_of(render_pdf("certificates", data, settings()))
    assert "GIẤY CÔNG NHẬN" in text and "Tổ dân phố 3" in text and "“TỔ DÂN PHỐ KIỂU MẪU”" in text.upper()


def test_unset_numbers_and_signers_print_as_placeholders():
    text = text_of(render_pdf("decision", decision(), DocumentSettings()))
    assert "Số: ……/QĐ-UBND" in text and "Lê Thị Thu Hà" not in text
    text = text_of(render_pdf("submission", submission(), DocumentSettings()))
    assert "Số: ……/TTr-VHXH" in text and "TRƯỞNG PHÒNG" in text
