"""The daily digest as an e-mail: plain text, Vietnamese first then English, built with the
standard library's strict SMTP policy (a header value holding a line break is refused, never
sent). Plain data in, an EmailMessage out; nothing from the project."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid

# a plain address: what a person types, no display name, no comments, no line breaks
ADDRESS = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$")
MAX_ADDRESS = 254


def valid_address(text: str) -> bool:
    return len(text) <= MAX_ADDRESS and ADDRESS.fullmatch(text) is not None


@dataclass(frozen=True)
class DigestItem:
    unit: str  # "Tổ dân phố số 1 (TDP01)"
    lines: list[tuple[str, str]]  # (Vietnamese, English)


@dataclass(frozen=True)
class Digest:
    name: str
    day: date
    lagging: list[DigestItem]
    lagging_total: int
    upcoming: list[tuple[str, str, date]]  # (Vietnamese, English, day)
    reminders: list[tuple[str, str, str]]  # (unit, from whom and when, message)
    link: str  # the home page


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def body(d: Digest) -> str:
    out = [
        f"Chào {_one_line(d.name)},",
        "",
        f"Việc cần làm ngày {d.day:%d/%m/%Y} / What is due on {d.day.isoformat()}:",
        "",
    ]
    if d.reminders:
        out.append("Lời nhắc của Ban chỉ đạo / Reminders from the committee:")
        for unit, sender, message in d.reminders:
            out.append(f"  - {_one_line(unit)} — {_one_line(sender)}")
            out.extend(f"    {line}" for line in message.splitlines() if line.strip())
        out.append("")
    if d.lagging:
        out.append(
            f"Đơn vị chậm tiến độ ({d.lagging_total}) / Units behind the calendar ({d.lagging_total}):"
        )
        for item in d.lagging:
            out.append(f"  * {_one_line(item.unit)}")
            out.extend(f"    - {_one_line(vi)} / {_one_line(en)}" for vi, en in item.lines)
        more = d.lagging_total - len(d.lagging)
        if more > 0:
            out.append(f"  … và {more} đơn vị khác / and {more} more")
        out.append("")
    if d.upcoming:
        out.append("Sắp đến hạn / Coming up:")
        out.extend(f"  - {day:%d/%m/%Y}: {vi} / {en}" for vi, en, day in d.upcoming)
        out.append("")
    out += [f"Xem và xử lý / Open: {d.link}", "", "— kieumau"]
    return "\n".join(out) + "\n"


def message(d: Digest, sender: str, to: str) -> EmailMessage:
    """The e-mail of one digest. Raises ValueError for an address that is not a plain one."""
    if not valid_address(to) or not valid_address(sender):
        raise ValueError(f"not a plain e-mail address: {to[:60]!r}")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = f"Việc cần làm {d.day:%d/%m/%Y} — kieumau"
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[1])
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body(d))
    return msg
