"""The OpenRosa endpoints ODK Collect talks to: formList, form XML, manifest and media,
HEAD/GET/POST /submission. Registered twice: at the root and under /key/<token>."""

from __future__ import annotations

from email.utils import formatdate
from urllib.parse import quote

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from ..domain import formfiles, forms, registry  # noqa: F401  (registry registers the phone lists)
from ..domain.access import may_fill
from ..domain.submissions import (
    Upload,
    receive_committed,
)
from ..errors import AppError, Invalid, NotFound, TooLarge
from ..formats import openrosa as fmt
from ..store import blob_store, db
from .auth import challenge_headers, collector
from .tokens import keep_token, take_token, token_prefix
from .uploads import read_body

bp = Blueprint("openrosa", __name__)
NAMES = ("openrosa", "openrosa_key")  # registered at the root and under /key/<token>
XML = "text/xml; charset=utf-8"


bp.url_value_preprocessor(take_token)
bp.url_defaults(keep_token)


@bp.after_request
def _openrosa_headers(resp: Response) -> Response:
    resp.headers["X-OpenRosa-Version"] = "1.0"
    resp.headers["X-OpenRosa-Accept-Content-Length"] = str(current_app.config["MAX_CONTENT_LENGTH"])
    resp.headers.setdefault("Date", formatdate(usegmt=True))
    return resp


def _xml(body: bytes, status: int = 200) -> Response:
    return Response(body, status=status, content_type=XML)


def error_response(exc: AppError) -> Response:
    """The error as Collect shows it (<message>: Vietnamese / English) with its code in the
    message's `code` attribute and in X-Error-Code, which a HEAD answer (no body) keeps too."""
    resp = _xml(fmt.response_xml(exc.message, "error", exc.code), exc.status)
    resp.headers["X-Error-Code"] = exc.code
    if exc.status == 401:
        for name, value in challenge_headers():
            resp.headers.add(name, value)
    return resp


@bp.errorhandler(AppError)
def _app_error(exc: AppError) -> Response:
    return error_response(exc)


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_exc: HTTPException) -> Response:
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    return error_response(TooLarge("submission.too_large", "Bài gửi vượt quá %(limit)s byte", limit=limit))


def _base_url() -> str:
    """The absolute URL that links start with: the configured public base (with its path
    prefix) and the caller's token."""
    return f"{current_app.config['PUBLIC_URL']}{token_prefix()}"


def _version_for_request(form_id: str):  # (Caller, Form, FormVersion)
    user = collector()
    form, version = formfiles.version_to_fill(db.session(), user, form_id, request.args.get("version"))
    return user, form, version


def _cached(body: bytes, md5: str, content_type: str) -> Response:
    resp = Response(body, content_type=content_type)
    resp.set_etag(md5)
    resp.headers["Cache-Control"] = "private, no-cache"
    return resp.make_conditional(request)


@bp.get("/formList")
def form_list() -> Response:
    user = collector()
    all_versions = request.args.get("listAllVersions", "").lower() == "true"
    only = request.args.get("formID")
    base = _base_url()
    entries = []
    for row in forms.form_list_rows(db.connection(), all_versions):
        if not may_fill(user, row) or (only and row.xml_form_id != only):
            continue
        fid = quote(row.xml_form_id, safe="")
        qs = f"?version={quote(row.version, safe='')}" if all_versions else ""
        entries.append(
            fmt.FormListEntry(
                form_id=row.xml_form_id,
                name=row.title or row.xml_form_id,
                version=row.version,
                md5=row.md5,
                download_url=f"{base}/forms/{fid}.xml{qs}",
                manifest_url=f"{base}/forms/{fid}/manifest{qs}" if row.has_media else None,
            )
        )
    return _xml(fmt.form_list_xml(entries))


@bp.get("/forms/<form_id>.xml")
def form_xml(form_id: str) -> Response:
    _user, _form, version = _version_for_request(form_id)
    return _cached(version.xml, version.md5, XML)


@bp.get("/forms/<form_id>/manifest")
def manifest(form_id: str) -> Response:
    user, form, version = _version_for_request(form_id)
    fid = quote(form.xml_form_id, safe="")
    qs = f"?version={quote(version.version, safe='')}"
    base = _base_url()
    entries = [
        fmt.ManifestEntry(
            m.filename,
            m.md5,
            f"{base}/forms/{fid}/media/{quote(m.filename)}{qs}",
            m.entity_list,
            f"{base}/datasets/{quote(m.filename.removesuffix('.csv'), safe='')}/integrity"
            if m.entity_list
            else None,
        )
        for m in formfiles.media_files(db.session(), user, version)
    ]
    return _xml(fmt.manifest_xml(entries))


@bp.get("/datasets/<name>/integrity")
def entity_integrity(name: str) -> Response:
    """Collect asks which of the entities it created offline (`id=a,b,c`) the server knows
    and whether they were deleted from the list; without `id`, the whole list."""
    user = collector()
    asked = request.args.getlist("id")
    ids = (
        None
        if not asked
        else list(dict.fromkeys(i.strip() for a in asked for i in a.split(",") if i.strip()))
    )
    states = formfiles.entity_states(db.session(), user, name, ids)
    resp = _xml(fmt.entity_integrity_xml(states))
    resp.headers["Cache-Control"] = "private, no-store"
    return resp


@bp.get("/forms/<form_id>/media/<filename>")
def media(form_id: str, filename: str) -> Response:
    user, _form, version = _version_for_request(form_id)
    found = formfiles.media_file(db.session(), user, version, filename)
    if found is None:
        raise NotFound("form.media_not_found", "Không có tệp %(filename)s", filename=filename)
    return _cached(found.data, found.md5, found.content_type)


@bp.route("/submission", methods=["GET", "HEAD"])
def submission_probe() -> Response:
    """Collect's HEAD before each upload: 204 with the size limit (GET too, since Flask
    answers HEAD through the GET route)."""
    collector()
    return Response(status=204)


@bp.post("/submission")
def submission() -> Response:
    user = collector()
    body = read_body(
        request.stream,
        request.headers.get("Content-Type", ""),
        request.content_length,
        current_app.config["DATA_DIR"],
    )
    try:
        if body.xml is None:
            raise Invalid("submission.xml_missing", "Thiếu phần xml_submission_file")
        upload = Upload(
            xml=body.xml,
            files=body.files,
            device_id=request.args.get("deviceID", ""),
            user_agent=request.headers.get("User-Agent", ""),
        )
        receipt = receive_committed(
            upload, user, blob_store.for_app(current_app), current_app.extensions.get("group_commit")
        )
    finally:
        body.discard()  # what was not put in place: the request was refused, or sent extra parts
    scorer = current_app.extensions.get("scorer")  # none under `kieumau serve`: its scorer looks itself
    if receipt.created and scorer is not None and current_app.config["BACKGROUND_SCORING"]:
        scorer.nudge()
    if receipt.missing:
        msg = (
            f"Đã nhận, còn thiếu {len(receipt.missing)} tệp đính kèm / received, "
            f"{len(receipt.missing)} attachment(s) still missing"
        )
    else:
        msg = "Đã nhận đầy đủ bài gửi / full submission upload was successful!"
    return _xml(fmt.response_xml(msg), 201)
