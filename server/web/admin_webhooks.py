"""Administration of webhooks: register an HTTPS endpoint with its events and secret,
remove one, and read the delivery log (what was sent, what waits for its next try, what
failed). Routes hang on admin.bp, so the admin-only check there covers them."""

from __future__ import annotations

from flask import Response, current_app, redirect, render_template, url_for
from flask_babel import gettext as _

from ..domain import webhooks
from ..store import db
from .admin import apply, bp
from .forms_wtf import ActionForm, WebhookForm

LOG_ROWS = 100


@bp.route("/webhooks", methods=["GET", "POST"])
def webhooks_page() -> Response | tuple[str, int]:
    form = WebhookForm()
    form.events.choices = [(name, name) for name in webhooks.EVENTS]
    if form.validate_on_submit():
        allow_http = bool(current_app.config["WEBHOOK_ALLOW_HTTP"])
        if apply(
            lambda s: webhooks.add(s, form.url.data, form.events.data, form.secret.data, allow_http),
            _("Đã thêm webhook."),
        ):
            return redirect(url_for(".webhooks_page"))
    session_db = db.session()
    hooks = webhooks.all_hooks(session_db)
    log = [(d, webhooks.state(d)) for d in webhooks.delivery_log(session_db, LOG_ROWS)]
    page = render_template(
        "admin/webhooks.html",
        hooks=hooks,
        log=log,
        form=form,
        action=ActionForm(),
        urls={h.id: h.url for h in hooks},
    )
    return page, 400 if form.errors else 200


@bp.post("/webhooks/<int:hook_id>/remove")
def webhook_remove(hook_id: int) -> Response:
    if ActionForm().validate_on_submit():
        apply(lambda s: webhooks.remove(s, hook_id), _("Đã xóa webhook %(id)s.", id=hook_id))
    return redirect(url_for(".webhooks_page"))
