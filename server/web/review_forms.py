"""The WTForms of the review pages (CSRF token on each); the rules that matter (attendance,
votes, a reason to disagree or reopen) are the domain's, which raises Invalid."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DateField, IntegerField, StringField, TextAreaField, TimeField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from .forms_wtf import FlaskForm


class MeetingForm(FlaskForm):
    meeting_date = DateField(_l("Ngày họp"), validators=[DataRequired()])
    started_at = TimeField(_l("Giờ bắt đầu"), validators=[Optional()])
    ended_at = TimeField(_l("Giờ kết thúc"), validators=[Optional()])
    place = StringField(_l("Địa điểm"), validators=[Optional(), Length(max=255)])
    chair = StringField(_l("Chủ trì"), validators=[Optional(), Length(max=255)])
    secretary = StringField(_l("Thư ký"), validators=[Optional(), Length(max=255)])
    present = IntegerField(_l("Số người dự"), validators=[Optional(), NumberRange(min=0, max=100000)])
    invited = IntegerField(_l("Số người được mời"), validators=[Optional(), NumberRange(min=0, max=100000)])
    notes = TextAreaField(_l("Ghi chú"), validators=[Optional(), Length(max=2000)])


class AgreeRestForm(FlaskForm):
    """Agree with every proposal not yet decided, with one vote count."""

    votes_for = IntegerField(
        _l("Số phiếu đồng ý"), validators=[InputRequired(), NumberRange(min=0, max=100000)]
    )
    votes_total = IntegerField(
        _l("Tổng số phiếu"), validators=[InputRequired(), NumberRange(min=1, max=100000)]
    )


class ReasonForm(FlaskForm):
    reason = TextAreaField(_l("Lý do"), validators=[DataRequired(), Length(max=500)])


class PostingForm(FlaskForm):
    """The day the agreed list was posted publicly (Decree 86/2023, Art. 7)."""

    posted_from = DateField(_l("Ngày niêm yết"), validators=[DataRequired()])


class ApproveForm(FlaskForm):
    self_assessment = BooleanField(_l("BCĐ đã kiểm tra bảng tự đánh giá của tổ"))
    note = StringField(_l("Ghi chú kiểm tra"), validators=[Optional(), Length(max=500)])
