"""Scoped access: a role applies to the subtree of the units a user is assigned."""

from __future__ import annotations

from sqlalchemy import Row
from sqlalchemy.orm import Session

from ..store import units as units_q
from ..store.forms import ListedForm
from ..store.models import Form, User
from ..store.users import Caller


def unit_scope(db: Session, user: User | Caller) -> set[str] | None:
    """Codes of the units the user may act on; None means everywhere (admin, or a
    committee member assigned to no unit, who reads the whole town)."""
    if user.role == "admin":
        return None
    codes = units_q.scope_codes(db, user.id)
    return None if user.role == "committee" and not codes else codes


def acts_for_town(db: Session, user: User | Caller) -> bool:
    """Whether the user acts for the whole town (its documents, its settings): an admin, or
    a committee member assigned no unit or the town itself; not one scoped to a unit."""
    if user.role == "admin":
        return True
    if user.role != "committee":
        return False
    return units_q.scope_codes(db, user.id) == set() or units_q.assigned_top_unit(db, user.id)


def may_submit_for(user: User | Caller, inside: object, assigned: object) -> bool:
    """A unit is in unit_scope(user), from what the database says of it with the form
    (store.forms.intake_row): whether the unit is `inside` the user's units, and whether
    the user is `assigned` any unit."""
    if user.role == "admin":
        return True
    return bool(inside) or (user.role == "committee" and not assigned)


def may_edit(
    user: User | Caller, unit_code: str | None, sender_id: int | None, inside: object, assigned: object
) -> bool:
    """Whether the user may post an edit of a stored submission: one they may submit for
    the unit of (may_submit_for, with `inside` and `assigned` read for that unit); one that
    names no unit only its sender or an admin."""
    if unit_code:
        return may_submit_for(user, inside, assigned)
    return user.role == "admin" or sender_id == user.id


def may_fill(user: User | Caller, form: Form | Row | ListedForm) -> bool:
    """Whether the user's role may fill the form (a Form, or a row with its fill_roles)."""
    return user.role in form.fill_roles
