"""The WTForms of the review pages (CSRF token on each); the rules that matter (attendance,
votes, a reason to disagree or reopen) are the domain's, which raises Invalid."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import DateField, IntegerField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from .forms_wtf import FlaskForm


class MeetingForm(FlaskForm):
    meeting_date = DateField(_l("Ngày họp"), validators=[DataRequired()])
    place = StringField(_l("Địa điểm"), validators=[Optional(), Length(max=255)])
    chair = StringField(_l("Chủ trì"), validators=[Optional(), Length(max=255)])
    secretary = StringField(_l("Thư ký"), validators=[Optional(), Length(max=255)])
    present = IntegerField(_l("Số người dự"), validators=[Optional(), NumberRange(min=0, max=100000)])
    invited = IntegerField(_l("Số người được mời"), validators=[Optional(), NumberRange(min=0, max=100000)])
    notes = TextAreaField(_l("Ghi chú"), validators=[Optional(), Length(max=2000)])


class AgreeRestForm(FlaskForm):
    """Agree with every proposal not yet decided, with one vote count."""

    votes_for = IntegerField(_l("Số phiếu đồng ý"), validators=[InputRequired(), NumberRange(min=0)])
    votes_total = IntegerField(_l("Tổng số phiếu"), validators=[InputRequired(), NumberRange(min=1)])


class ReasonForm(FlaskForm):
    reason = TextAreaField(_l("Lý do"), validators=[DataRequired(), Length(max=500)])
