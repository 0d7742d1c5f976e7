"""The form of the document settings page: what the committee fills in once a year on the
tờ trình, the decision, the rewards' documents and the báo cáo tổng kết (numbers, dates,
signers, recipients, the issuing body).

Lists (the issuing body's lines, recipients, legal bases) are one item per line of a text
box: that is how they are printed, and how a clerk copies them from last year's decision.
The conversion to and from `documents.json` (dossier.settings_*) lives here so the page and
the file agree on names.
"""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l
from wtforms import DateField, StringField, TextAreaField
from wtforms.validators import Length, Optional

from ..formats.documents import DocumentSettings, Issuance
from .forms_wtf import FlaskForm

TEXTS = ("parent_body", "body_name", "short_body", "place", "locality", "chairman_title", "chairman",
         "board_name", "executors", "submission_body_name", "reward_executors")  # fmt: skip
LINES = ("issuing_body", "submission_body", "submission_to", "legal_bases", "reward_legal_bases")
ISSUANCES = ("submission", "decision", "reward_submission", "reward_decision", "report")


def _text(label, max_length: int = 255) -> StringField:  # a lazy string
    return StringField(label, validators=[Optional(), Length(max=max_length)])


def _lines(label, rows: int = 3) -> TextAreaField:
    return TextAreaField(label, validators=[Optional(), Length(max=4000)], render_kw={"rows": rows})


class DocumentSettingsForm(FlaskForm):
    issuing_body = _lines(_l("Cơ quan ban hành (mỗi dòng một dòng in hoa)"), 2)
    parent_body = _text(_l("Cơ quan chủ quản (in phía trên, nếu có)"))
    body_name = _text(_l("Tên cơ quan trong câu văn"))
    short_body = _text(_l("Tên cơ quan trên văn bản của tổ dân phố"))
    place = _text(_l("Địa danh ghi ở dòng ngày tháng"))
    locality = _text(_l("Địa bàn"))
    chairman_title = _text(_l("Thẩm quyền ban hành quyết định (in hoa)"))
    chairman = _text(_l("Người ban hành quyết định, trong câu văn"))
    board_name = _text(_l("Tên ban ở tổ dân phố"))

    submission_body = _lines(_l("Cơ quan trình (mỗi dòng một dòng in hoa)"), 2)
    submission_body_name = _text(_l("Tên cơ quan trình, trong câu văn"))
    submission_number = _text(_l("Số tờ trình"), 64)
    submission_date = DateField(_l("Ngày tờ trình"), validators=[Optional()])
    submission_signature_lines = _lines(_l("Thẩm quyền ký tờ trình (mỗi dòng một dòng)"))
    submission_signer = _text(_l("Người ký tờ trình"))
    submission_recipients = _lines(_l("Nơi nhận tờ trình (mỗi dòng một nơi)"))
    submission_to = _lines(_l("Kính gửi (mỗi dòng một nơi)"), 2)

    decision_number = _text(_l("Số quyết định"), 64)
    decision_date = DateField(_l("Ngày quyết định"), validators=[Optional()])
    decision_signature_lines = _lines(_l("Thẩm quyền ký quyết định (mỗi dòng một dòng)"))
    decision_signer = _text(_l("Người ký quyết định"))
    decision_recipients = _lines(_l("Nơi nhận quyết định (mỗi dòng một nơi)"), 5)
    legal_bases = _lines(_l("Căn cứ (mỗi dòng một căn cứ)"), 5)
    executors = _lines(_l("Điều thi hành"), 3)

    # the rewards (khen thưởng): their tờ trình and the decision awarding the giấy khen
    reward_submission_number = _text(_l("Số tờ trình khen thưởng"), 64)
    reward_submission_date = DateField(_l("Ngày tờ trình khen thưởng"), validators=[Optional()])
    reward_submission_signature_lines = _lines(_l("Thẩm quyền ký tờ trình khen thưởng (mỗi dòng một dòng)"))
    reward_submission_signer = _text(_l("Người ký tờ trình khen thưởng"))
    reward_submission_recipients = _lines(_l("Nơi nhận tờ trình khen thưởng (mỗi dòng một nơi)"))
    reward_decision_number = _text(_l("Số quyết định khen thưởng"), 64)
    reward_decision_date = DateField(_l("Ngày quyết định khen thưởng"), validators=[Optional()])
    reward_decision_signature_lines = _lines(_l("Thẩm quyền ký quyết định khen thưởng (mỗi dòng một dòng)"))
    reward_decision_signer = _text(_l("Người ký quyết định khen thưởng và giấy khen"))
    reward_decision_recipients = _lines(_l("Nơi nhận quyết định khen thưởng (mỗi dòng một nơi)"), 4)
    reward_legal_bases = _lines(_l("Căn cứ khen thưởng (mỗi dòng một căn cứ)"), 4)
    reward_executors = _lines(_l("Điều thi hành của quyết định khen thưởng"), 3)

    # the year-end report (báo cáo tổng kết)
    report_number = _text(_l("Số báo cáo tổng kết"), 64)
    report_date = DateField(_l("Ngày báo cáo tổng kết"), validators=[Optional()])
    report_signature_lines = _lines(_l("Thẩm quyền ký báo cáo tổng kết (mỗi dòng một dòng)"))
    report_signer = _text(_l("Người ký báo cáo tổng kết"))
    report_recipients = _lines(_l("Nơi nhận báo cáo tổng kết (mỗi dòng một nơi)"), 4)


def _split(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def fill(form: DocumentSettingsForm, settings: DocumentSettings) -> None:
    """Put the year's settings into an unsubmitted form."""
    for name in TEXTS:
        getattr(form, name).data = getattr(settings, name)
    for name in LINES:
        getattr(form, name).data = "\n".join(getattr(settings, name))
    for name in ISSUANCES:
        issued: Issuance = getattr(settings, name)
        getattr(form, f"{name}_number").data = issued.number
        getattr(form, f"{name}_date").data = issued.date
        getattr(form, f"{name}_signature_lines").data = "\n".join(issued.signature.lines)
        getattr(form, f"{name}_signer").data = issued.signature.name
        getattr(form, f"{name}_recipients").data = "\n".join(issued.recipients)


def changes(form: DocumentSettingsForm) -> dict:
    """The submitted form as the `documents.json` entries of a year (dossier.update_settings)."""
    out: dict = {name: (getattr(form, name).data or "").strip() for name in TEXTS}
    out.update({name: _split(getattr(form, name).data) for name in LINES})
    for name in ISSUANCES:
        when: date | None = getattr(form, f"{name}_date").data
        out[name] = {
            "number": (getattr(form, f"{name}_number").data or "").strip(),
            "date": when.isoformat() if when else None,
            "signature": {
                "lines": _split(getattr(form, f"{name}_signature_lines").data),
                "name": (getattr(form, f"{name}_signer").data or "").strip(),
            },
            "recipients": _split(getattr(form, f"{name}_recipients").data),
        }
    return out
