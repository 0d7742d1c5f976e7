"""The WTForms of the rewards page (CSRF token on each). The reason's rules (required, at most
rewards.MAX_REASON characters) are the domain's, which raises Invalid in both languages."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length

from .forms_wtf import FlaskForm

KIND_CHOICES = [
    SelectChoice("unit", _l("Tập thể (mã tổ dân phố, đơn vị)")),
    SelectChoice("household", _l("Hộ gia đình (mã hộ)")),
    SelectChoice("citizen", _l("Cá nhân (mã công dân)")),
]


class RewardForm(FlaskForm):
    kind = SelectField(_l("Khen thưởng cho"), choices=KIND_CHOICES, validators=[DataRequired()])
    subject = StringField(_l("Mã"), validators=[DataRequired(), Length(max=64)])
    reason = TextAreaField(_l("Thành tích (lý do khen thưởng)"), render_kw={"rows": 3, "maxlength": 500})
    basis = HiddenField()
