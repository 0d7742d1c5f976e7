"""The HTML forms of the pages, as WTForms classes. Labels are Vietnamese source strings
translated lazily, so each request renders them in its reader's language. Every form
carries the CSRF token (FlaskForm); the rules that matter live in the domain, which
raises Invalid / Conflict, so these validators only catch what a person mistypes."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm as _FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired, MultipleFileField
from wtforms import (
    BooleanField,
    PasswordField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
)
from wtforms.validators import DataRequired, EqualTo, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from ..domain.accounts import MIN_PASSWORD

# WTForms ships no Vietnamese catalogue: its few built-in messages that can reach a page,
# each pointed at our own msgid, so both languages come from server/translations.
WTFORMS = {
    "This field is required.": _l("Hãy điền mục này."),
    "Not a valid choice.": _l("Lựa chọn không hợp lệ."),
    "'%(value)s' is not a valid choice for this field.": _l("'%(value)s' không phải lựa chọn hợp lệ."),
    "'%(value)s' are not valid choices for this field.": _l("'%(value)s' không phải lựa chọn hợp lệ."),
    "Invalid Choice: could not coerce.": _l("Lựa chọn không hợp lệ."),
    "Invalid choice(s): one or more data inputs could not be coerced.": _l("Lựa chọn không hợp lệ."),
}


class _Messages:
    def gettext(self, text: str) -> str:
        return str(WTFORMS[text]) if text in WTFORMS else text

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


class FlaskForm(_FlaskForm):
    class Meta:
        def get_translations(self, form):
            return _Messages()


ROLE_LABELS = {
    "admin": _l("Quản trị viên"),
    "committee": _l("Ban chỉ đạo"),
    "board": _l("Ban vận động"),
    "volunteer": _l("Cán bộ, tình nguyện viên"),
}
KIND_LABELS = {  # the fixed list of domain.units.UNIT_KINDS, today's administrative units first
    "commune": _l("Xã"),
    "ward": _l("Phường"),
    "special_zone": _l("Đặc khu"),
    "residential_group": _l("Tổ dân phố"),
    "village": _l("Thôn"),
    "agency": _l("Cơ quan, đơn vị"),
    "province": _l("Tỉnh, thành phố"),
    "other": _l("Khác"),
    "town": _l("Thị trấn (trước 1/7/2025)"),
    "district": _l("Huyện (trước 1/7/2025)"),
}


class CheckboxesField(SelectMultipleField):
    """A list of checkboxes: easier with a thumb than a multiple <select>."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def _password(label):  # a lazy string
    too_short = _l("Cần ít nhất %(min)d ký tự.", min=MIN_PASSWORD)
    return PasswordField(
        label, validators=[DataRequired(), Length(min=MIN_PASSWORD, max=200, message=too_short)]
    )


class LoginForm(FlaskForm):
    username = StringField(_l("Tên đăng nhập"), validators=[DataRequired(), Length(max=64)])
    password = PasswordField(_l("Mật khẩu"), validators=[DataRequired(), Length(max=200)])


class PasswordForm(FlaskForm):
    current = PasswordField(_l("Mật khẩu hiện tại"), validators=[DataRequired()])
    new = _password(_l("Mật khẩu mới"))
    confirm = PasswordField(
        _l("Nhập lại mật khẩu mới"),
        validators=[DataRequired(), EqualTo("new", message=_l("Hai mật khẩu không khớp"))],
    )


class ActionForm(FlaskForm):
    """A button that changes something: only the CSRF token travels."""


class UnitForm(FlaskForm):
    code = StringField(_l("Mã đơn vị"), validators=[DataRequired(), Length(max=64)])
    name = StringField(_l("Tên đơn vị"), validators=[DataRequired(), Length(max=255)])
    kind = SelectField(
        _l("Loại"), choices=[SelectChoice(k, v) for k, v in KIND_LABELS.items()], default="residential_group"
    )
    parent = SelectField(_l("Thuộc đơn vị"), choices=[], validate_choice=True)


class UserForm(FlaskForm):
    username = StringField(_l("Tên đăng nhập"), validators=[DataRequired(), Length(max=64)])
    full_name = StringField(_l("Họ và tên"), validators=[Optional(), Length(max=255)])
    role = SelectField(
        _l("Vai trò"), choices=[SelectChoice(k, v) for k, v in ROLE_LABELS.items()], default="volunteer"
    )
    password = _password(_l("Mật khẩu ban đầu"))
    units = CheckboxesField(_l("Đơn vị phụ trách"), choices=[], validate_choice=True)
    token = BooleanField(_l("Tạo mã truy cập cho ODK Collect"), default=True)


class UnitsForm(FlaskForm):
    units = CheckboxesField(_l("Đơn vị phụ trách"), choices=[], validate_choice=True)


class ResetPasswordForm(FlaskForm):
    password = _password(_l("Mật khẩu mới"))


class UploadForm(FlaskForm):
    workbook = FileField(
        _l("Tệp XLSForm (.xlsx)"),
        validators=[FileRequired(), FileAllowed(["xlsx", "xls"], _l("Chỉ nhận tệp .xlsx hoặc .xls"))],
    )
    media = MultipleFileField(_l("Tệp đính kèm của biểu mẫu (ảnh, CSV), nếu có"))
    allow_warnings = BooleanField(_l("Vẫn đăng khi pyxform chỉ cảnh báo"))


class RosterForm(FlaskForm):
    roster = FileField(
        _l("Tệp danh sách hộ và công dân (.xlsx hoặc .csv)"),
        validators=[FileRequired(), FileAllowed(["xlsx", "csv"], _l("Chỉ nhận tệp .xlsx hoặc .csv"))],
    )


class HistoryForm(FlaskForm):
    history = FileField(
        _l("Tệp danh sách đã được công nhận các năm trước (.xlsx hoặc .csv)"),
        validators=[FileRequired(), FileAllowed(["xlsx", "csv"], _l("Chỉ nhận tệp .xlsx hoặc .csv"))],
    )


def unit_choices(units) -> list[SelectChoice]:  # tree rows
    """One choice per row of the unit tree, in tree order, the name indented by depth."""
    return [
        SelectChoice(row.unit.code, f"{'— ' * row.depth}{row.unit.name} ({row.unit.code})") for row in units
    ]


class WebhookForm(FlaskForm):
    url = StringField(_l("Địa chỉ HTTPS nhận sự kiện"), validators=[DataRequired(), Length(max=2000)])
    events = CheckboxesField(_l("Sự kiện"), choices=[], validators=[DataRequired()])
    secret = PasswordField(
        _l("Khóa bí mật dùng để ký (ít nhất 16 ký tự)"), validators=[DataRequired(), Length(max=255)]
    )
