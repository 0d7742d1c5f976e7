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

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
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
}
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
        kind = m.lastgroup if m.lastgroup != "refname" else "ref"
        if kind == "ref":
            tokens.append(_Tok("ref", m.group("refname"), pos))
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

Value = str | float | bool | None  # None = missing answer


def _number(value: Value) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    try:
        return float(value.strip())
    except ValueError:
        return None


def _truthy(value: Value) -> bool:
    if value is None:
        return False
    if isinstance(value, float):
        return value != 0
    return bool(value)


def _compare(op: str, left: Value, right: Value) -> bool:
    if left is None or right is None:
        return False
    if isinstance(left, bool) or isinstance(right, bool):
        a: object = _truthy(left)
        b: object = _truthy(right)
    else:
        na, nb = _number(left), _number(right)
        if na is not None and nb is not None:
            a, b = na, nb
        elif op in ("=", "!="):
            a, b = _text(left), _text(right)
        else:
            return False
    if op == "=":
        return a == b
    if op == "!=":
        return a != b
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]  # type: ignore[operator]


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


class _Interpreter:
    def __init__(self, answers: Mapping[str, str | None]) -> None:
        self.answers = answers
        self.seen: dict[str, str | None] = {}

    def field(self, name: str) -> Value:
        raw = self.answers.get(name)
        self.seen.setdefault(name, raw)
        return None if raw is None or raw.strip() == "" else raw

    def run(self, node: Node) -> Value:
        if isinstance(node, Literal):
            return node.value
        if isinstance(node, Field):
            return self.field(node.name)
        if isinstance(node, Binary):
            if node.op == "and":
                return _truthy(self.run(node.left)) and _truthy(self.run(node.right))
            if node.op == "or":
                return _truthy(self.run(node.left)) or _truthy(self.run(node.right))
            left, right = self.run(node.left), self.run(node.right)
            if node.op in _COMPARE:
                return _compare(node.op, left, right)
            return _arith(node.op, left, right)
        return self.call(node)

    def call(self, node: Call) -> Value:
        name, args = node.name, node.args
        if name == "true":
            return True
        if name == "false":
            return False
        if name == "not":
            return not _truthy(self.run(args[0]))
        if name == "if":
            return self.run(args[1]) if _truthy(self.run(args[0])) else self.run(args[2])
        value = self.run(args[0])
        if name == "selected":
            wanted = _text(self.run(args[1]))
            return value is not None and wanted in _text(value).split()
        if name == "count-selected":
            return float(len(_text(value).split()))
        if name == "string-length":
            return float(len(_text(value)))
        return _number(value)  # number()


def evaluate(node: Node, answers: Mapping[str, str | None]) -> Evaluation:
    """Evaluate a parsed condition against one submission's flat answers (name -> raw text)."""
    interpreter = _Interpreter(answers)
    passed = _truthy(interpreter.run(node))
    return Evaluation(passed, list(interpreter.seen.items()))
