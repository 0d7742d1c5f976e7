"""The `/key/<token>` prefix: the machine-facing blueprints (OpenRosa, the JSON API, the
report downloads) are registered a second time under it, so a token URL given to Collect
or to `kieumau sync login` reaches all of them. The token leaves the view arguments for
`g.token`, and links built for the caller keep it."""

from __future__ import annotations

from flask import g

PREFIX = "/key/<token>"


def take_token(_endpoint: str | None, values: dict | None) -> None:
    g.token = (values or {}).pop("token", None)


def keep_token(_endpoint: str, values: dict) -> None:
    if g.get("token") is not None and "token" not in values:
        values["token"] = g.token


def token_prefix() -> str:
    """What absolute links for this caller put after the public URL."""
    return f"/key/{g.token}" if g.get("token") else ""
