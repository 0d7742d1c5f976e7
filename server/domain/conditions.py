"""The criteria "condition" language: a small XPath subset, parsed into a tree and interpreted.

Criteria live in each workbook's ``scoring`` sheet, written by the committee in Excel, so a
condition is untrusted text: it is tokenised and parsed by hand here and evaluated by walking
the tree -- never ``eval``/``exec``. The syntax is the one XLSForm authors already write in
``relevant`` and ``constraint`` columns, so the committee needs to learn nothing new.

Grammar (lowest precedence first)::

    expr     := or
    or       := and ("or" and)*
    and      := compare ("and" compare)*
    compare  := additive (("=" | "!=" | "<" | "<=" | ">" | ">=") additive)*
    additive := multiply (("+" | "-") multiply)*
    multiply := unary (("*" | "div" | "mod") unary)*
    unary    := "-" unary | primary
    primary  := NUMBER | STRING | "${" NAME "}" | NAME | NAME "(" [expr ("," expr)*] ")"
              | "(" expr ")"

A bare NAME is a field reference, like ``${NAME}``. Names may contain ``-`` and ``.`` as in
XPath, so write subtraction with spaces (``${a} - 1``).

Semantics. Answers are raw submission text. A missing or empty answer makes every comparison
that involves it false (so ``${x} != 'yes'`` is false when x is blank: an unanswered question
never meets a criterion by accident); arithmetic on it gives "missing" too. Comparisons are
numeric when both sides read as numbers, else string comparisons (``<``/``>`` on non-numbers
are false). A bare field is true when answered (as in XPath, even "0"); ``not(...)`` of a
comparison with a blank answer is therefore true, so write ``${x} = 'no'`` rather than
``not(${x} = 'yes')`` when a blank must fail. ``and``/``or`` short-circuit, and only the
fields actually consulted are reported in ``Evaluation.decided_by``, so a page can say
"not met because ho_ngheo = yes".
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "History",
    "Binary",
    "Call",
    "ConditionError",
    "Evaluation",
    "Field",
    "Literal",
    "Node",
    "evaluate",
    "fields",
    "parse",
]

# name -> (min args, max args); checked at parse time so a typo fails when the sheet is read.
FUNCTIONS: dict[str, tuple[int, int]] = {
    "selected": (2, 2),
    "count-selected": (1, 1),
    "string-length": (1, 1),
    "number": (1, 1),
    "if": (3, 3),
    "not": (1, 1),
    "true": (0, 0),
    "false": (0, 0),
    # the recognition history, passed in as data (History), never queried here
    "consecutive-years": (0, 1),
    "recognised-in": (1, 2),
}
HISTORY_FUNCTIONS = frozenset({"consecutive-years", "recognised-in"})
#: how a history function appears among the deciding answers (decided_by)
HISTORY_KEY = "lich_su_cong_nhan"
_FIELD_FIRST = {"selected", "count-selected"}
_COMPARE = {"=", "!=", "<", "<=", ">", ">="}


class ConditionError(ValueError):
    """A condition that cannot be parsed; ``position`` is the 0-based character offset."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at character {position + 1})")
        self.message = message
        self.position = position


@dataclass(frozen=True)
class Literal:
    value: str | float
    pos: int = 0


@dataclass(frozen=True)
class Field:
    name: str
    pos: int = 0


@dataclass(frozen=True)
class Binary:
    op: str
    left: Node
    right: Node
    pos: int = 0


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]
    pos: int = 0


Node = Literal | Field | Binary | Call


@dataclass(frozen=True)
class History:
    """What a subject was recognised with before the year being scored: (year, title) pairs.
    The caller loads it (domain/history.py, per batch) and passes it to `evaluate`."""

    year: int  # the year being scored: only earlier years count
    held: tuple[tuple[int, str], ...] = ()

    def years(self, title: str | None = None) -> set[int]:
        wanted = None if title is None else _fold(title)
        return {y for y, t in self.held if y < self.year and (wanted is None or _fold(t) == wanted)}

    def consecutive(self, title: str | None = None) -> int:
        """Years running, ending the year before `year`, with a title (or that `title`)."""
        held, n = self.years(title), 0
        while self.year - 1 - n in held:
            n += 1
        return n


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


NO_HISTORY = History(0)


@dataclass
class Evaluation:
    """The outcome of one condition and the (field, answer) pairs it depended on."""

    passed: bool
    decided_by: list[tuple[str, str | None]] = field(default_factory=list)


# ---------------------------------------------------------------- tokenizer

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<ref>\$\{\s*(?P<refname>[A-Za-z_][\w.-]*)\s*\})
  | (?P<num>\d+(?:\.\d*)?|\.\d+)
  | (?P<str>'[^']*'|"[^"]*")
  | (?P<name>[A-Za-z_][\w.-]*)
  | (?P<op>!=|<=|>=|[=<>+\-*(),])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class _Tok:
    kind: str  # ref, num, str, name, op, end
    text: str
    pos: int


def _tokenize(text: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            snippet = text[pos : pos + 10]
            if text.startswith("${", pos):
                raise ConditionError(f"malformed field reference {snippet!r}", pos)
            if text[pos] in "'\"":
                raise ConditionError("unterminated string", pos)
            raise ConditionError(f"unexpected character {text[pos]!r}", pos)
        kind = m.lastgroup if m.lastgroup not in (None, "refname") else "ref"
        if kind == "ref":
            tokens.append(_Tok("ref", m.group("refname") or "", pos))
        elif kind == "str":
            tokens.append(_Tok("str", m.group()[1:-1], pos))
        elif kind != "ws":
            tokens.append(_Tok(kind, m.group(), pos))
        pos = m.end()
    tokens.append(_Tok("end", "", len(text)))
    return tokens


# ---------------------------------------------------------------- parser


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _tokenize(text)
        self.i = 0

    def peek(self) -> _Tok:
        return self.tokens[self.i]

    def take(self) -> _Tok:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def at_op(self, *ops: str) -> bool:
        tok = self.peek()
        # "and", "or", "div", "mod" are operators only where an operator is expected.
        return (tok.kind == "op" or tok.kind == "name") and tok.text in ops

    def expect(self, op: str) -> _Tok:
        tok = self.take()
        if tok.kind != "op" or tok.text != op:
            raise ConditionError(f"expected {op!r} but found {_describe(tok)}", tok.pos)
        return tok

    def binary_level(self, ops: tuple[str, ...], operand) -> Node:
        left = operand()
        while self.at_op(*ops):
            tok = self.take()
            left = Binary(tok.text, left, operand(), tok.pos)
        return left

    def parse_or(self) -> Node:
        return self.binary_level(("or",), self.parse_and)

    def parse_and(self) -> Node:
        return self.binary_level(("and",), self.parse_compare)

    def parse_compare(self) -> Node:
        return self.binary_level(tuple(_COMPARE), self.parse_additive)

    def parse_additive(self) -> Node:
        return self.binary_level(("+", "-"), self.parse_multiply)

    def parse_multiply(self) -> Node:
        return self.binary_level(("*", "div", "mod"), self.parse_unary)

    def parse_unary(self) -> Node:
        if self.at_op("-"):
            tok = self.take()
            return Binary("-", Literal(0.0, tok.pos), self.parse_unary(), tok.pos)
        return self.parse_primary()

    def parse_primary(self) -> Node:
        tok = self.take()
        if tok.kind == "num":
            return Literal(float(tok.text), tok.pos)
        if tok.kind == "str":
            return Literal(tok.text, tok.pos)
        if tok.kind == "ref":
            return Field(tok.text, tok.pos)
        if tok.kind == "op" and tok.text == "(":
            inner = self.parse_or()
            self.expect(")")
            return inner
        if tok.kind == "name":
            if self.at_op("("):
                return self.parse_call(tok)
            return Field(tok.text, tok.pos)
        raise ConditionError(f"expected a value but found {_describe(tok)}", tok.pos)

    def parse_call(self, name: _Tok) -> Node:
        if name.text not in FUNCTIONS:
            known = ", ".join(sorted(FUNCTIONS))
            raise ConditionError(f"unknown function {name.text}() (known: {known})", name.pos)
        self.expect("(")
        args: list[Node] = []
        if not self.at_op(")"):
            args.append(self.parse_or())
            while self.at_op(","):
                self.take()
                args.append(self.parse_or())
        self.expect(")")
        low, high = FUNCTIONS[name.text]
        if not low <= len(args) <= high:
            raise ConditionError(f"{name.text}() takes {low} argument(s), got {len(args)}", name.pos)
        if name.text in _FIELD_FIRST and not isinstance(args[0], Field):
            raise ConditionError(f"{name.text}() needs a field such as ${{f}} first", name.pos)
        return Call(name.text, tuple(args), name.pos)


def _describe(tok: _Tok) -> str:
    return "the end of the condition" if tok.kind == "end" else repr(tok.text)


def parse(text: str) -> Node:
    """Parse a condition into a tree, raising ConditionError with the position of the problem."""
    if not text or not text.strip():
        raise ConditionError("empty condition", 0)
    parser = _Parser(text)
    node = parser.parse_or()
    tok = parser.peek()
    if tok.kind != "end":
        raise ConditionError(f"unexpected {_describe(tok)} after a complete condition", tok.pos)
    return node


def fields(node: Node) -> set[str]:
    """Every field name a condition mentions, so a sheet can be checked against its survey."""
    if isinstance(node, Field):
        return {node.name}
    if isinstance(node, Binary):
        return fields(node.left) | fields(node.right)
    if isinstance(node, Call):
        return set().union(*(fields(arg) for arg in node.args))
    return set()


# ---------------------------------------------------------------- interpreter
#
# Each tree is turned once into nested Python closures (plain functions calling each other;
# nothing is generated as source, nothing eval'd): a condition is evaluated for every
# submission, and walking the tree with isinstance checks at every node cost most of the time.

Value = str | float | bool | None  # None = missing answer
Seen = dict[str, str | None]  # the fields consulted, in order, with their raw answers
Compiled = Callable[[Mapping[str, str | None], Seen], Value]


@lru_cache(maxsize=4096)
def _number_text(value: str) -> float | None:
    # answers repeat ("yes", "4"): converting each distinct text once also spares the
    # ValueError that every non-number raises
    try:
        return float(value.strip())
    except ValueError:
        return None


def _number(value: Value) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    return _number_text(value)


def _truthy(value: Value) -> bool:
    if value is None:
        return False
    if isinstance(value, float):
        return value != 0
    return bool(value)


_ORDER = {
    "=": operator.eq, "!=": operator.ne,
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
}  # fmt: skip


def _comparer(op: str) -> Callable[[Value, Value], bool]:
    """`left op right` as the language compares: a missing answer compares false; a yes/no
    as true or false; two numbers (or texts that read as numbers) as numbers; otherwise two
    texts, and only for equality. The operator is resolved here, once per condition."""
    order = _ORDER[op]
    textual = op in ("=", "!=")

    def compare(left: Value, right: Value) -> bool:
        if left is None or right is None:
            return False
        if isinstance(left, bool) or isinstance(right, bool):
            return bool(order(_truthy(left), _truthy(right)))
        na, nb = _number(left), _number(right)
        if na is not None and nb is not None:
            return bool(order(na, nb))
        return textual and bool(order(_text(left), _text(right)))

    return compare


def _text(value: Value) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return "" if value is None else str(value)


def _arith(op: str, left: Value, right: Value) -> Value:
    a, b = _number(left), _number(right)
    if a is None or b is None:
        return None
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        return None
    return a / b if op == "div" else a % b


def _compile(node: Node) -> Compiled:
    if isinstance(node, Literal):
        value = node.value
        return lambda answers, seen: value
    if isinstance(node, Field):
        name = node.name

        def field(answers: Mapping[str, str | None], seen: Seen) -> Value:
            raw = answers.get(name)
            if name not in seen:
                seen[name] = raw
            return None if raw is None or raw.strip() == "" else raw

        return field
    if isinstance(node, Binary):
        if node.op in ("=", "!=") and isinstance(node.left, Field) and _is_word(node.right):
            return _compile_equals_word(node.op == "=", _compile(node.left), str(node.right.value))  # type: ignore[union-attr]
        return _compile_binary(node.op, _compile(node.left), _compile(node.right))
    return _compile_call(node.name, [_compile(arg) for arg in node.args])


def _compile_binary(op: str, left: Compiled, right: Compiled) -> Compiled:
    if op == "and":
        return lambda a, s: _truthy(left(a, s)) and _truthy(right(a, s))
    if op == "or":
        return lambda a, s: _truthy(left(a, s)) or _truthy(right(a, s))
    if op in _COMPARE:
        compare = _comparer(op)
        return lambda a, s: compare(left(a, s), right(a, s))
    return lambda a, s: _arith(op, left(a, s), right(a, s))


def _is_word(node: Node) -> bool:
    """A quoted text that does not read as a number ('yes', 'kien_co')."""
    return isinstance(node, Literal) and isinstance(node.value, str) and _number_text(node.value) is None


def _compile_equals_word(equal: bool, field: Compiled, word: str) -> Compiled:
    """`${field} = 'word'` (or !=), the commonest criterion, without the general comparison:
    a field's value is its answer's text or None (missing), and with a word that is no number
    the comparison is between texts, false for a missing answer either way."""
    if equal:
        return lambda a, s: field(a, s) == word
    return lambda a, s: (value := field(a, s)) is not None and value != word


def _compile_call(name: str, args: list[Compiled]) -> Compiled:
    if name in ("true", "false"):
        constant = name == "true"
        return lambda a, s: constant
    if name == "not":
        return lambda a, s: not _truthy(args[0](a, s))
    if name == "if":
        cond, then, other = args
        return lambda a, s: then(a, s) if _truthy(cond(a, s)) else other(a, s)
    if name == "consecutive-years":
        title = args[0] if args else None

        def consecutive(a: Mapping[str, str | None], s: Seen) -> Value:
            history = getattr(a, "history", NO_HISTORY)
            wanted = _text(title(a, s)) if title else None
            n = history.consecutive(wanted or None)
            s.setdefault(HISTORY_KEY, str(n))
            return float(n)

        return consecutive
    if name == "recognised-in":
        back, title = args[0], (args[1] if len(args) > 1 else None)

        def recognised_in(a: Mapping[str, str | None], s: Seen) -> Value:
            history = getattr(a, "history", NO_HISTORY)
            ago = _number(back(a, s))
            wanted = _text(title(a, s)) if title else None
            years = history.years(wanted or None)
            s.setdefault(HISTORY_KEY, ", ".join(str(y) for y in sorted(years)))
            return ago is not None and ago >= 1 and history.year - int(ago) in years

        return recognised_in
    first = args[0]
    if name == "selected":
        wanted = args[1]

        def selected(a: Mapping[str, str | None], s: Seen) -> Value:
            value, choice = first(a, s), _text(wanted(a, s))
            return value is not None and choice in _text(value).split()

        return selected
    if name == "count-selected":
        return lambda a, s: float(len(_text(first(a, s)).split()))
    if name == "string-length":
        return lambda a, s: float(len(_text(first(a, s))))
    return lambda a, s: _number(first(a, s))  # number()


_COMPILED: dict[int, tuple[Node, Compiled]] = {}  # id(tree) -> (tree, closure); the tree is
# kept so that its id is not reused while the entry lives


def compiled(node: Node) -> Compiled:
    """The closure of a parsed tree, built once per tree object."""
    hit = _COMPILED.get(id(node))
    if hit is None or hit[0] is not node:
        if len(_COMPILED) > 4096:
            _COMPILED.clear()
        hit = _COMPILED[id(node)] = (node, _compile(node))
    return hit[1]


class WithHistory(dict):
    """A submission's answers with its subject's recognition history beside them, for the
    history functions (`consecutive-years()`, `recognised-in(n)`)."""

    def __init__(self, answers: Mapping[str, str | None], history: History) -> None:
        super().__init__(answers)
        self.history = history


def uses_history(node: Node) -> bool:
    """Whether a condition calls a history function (its scorer must load the history)."""
    if isinstance(node, Call):
        return node.name in HISTORY_FUNCTIONS or any(uses_history(a) for a in node.args)
    if isinstance(node, Binary):
        return uses_history(node.left) or uses_history(node.right)
    return False


def evaluate(node: Node, answers: Mapping[str, str | None], history: History | None = None) -> Evaluation:
    """Evaluate a parsed condition against one submission's flat answers (name -> raw text),
    and, for the history functions, the subject's recognitions before the scored year."""
    if history is not None and not isinstance(answers, WithHistory):
        answers = WithHistory(answers, history)
    return Evaluation(*decide(compiled(node), answers))


def decide(run: Compiled, answers: Mapping[str, str | None]) -> tuple[bool, list[tuple[str, str | None]]]:
    """A compiled condition's outcome against one submission's answers (with its history
    beside them, WithHistory, when it reads any): whether it holds, and the (field, answer)
    pairs it depended on."""
    seen: Seen = {}
    return _truthy(run(answers, seen)), list(seen.items())
