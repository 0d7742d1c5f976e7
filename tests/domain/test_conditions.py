"""The criteria condition language: parsing, evaluation semantics, and what decided a result."""

import pytest

from server.domain.conditions import (
    Binary,
    Call,
    ConditionError,
    Field,
    History,
    Literal,
    evaluate,
    fields,
    parse,
    uses_history,
)

ANSWERS = {
    "ho_ngheo": "no",
    "thu_nhap": "yes",
    "so_bhyt": "4",
    "hh_members": "4",
    "so_tre": "0",
    "so_di_hoc": None,
    "phong_trao": "tu_thien khuyen_hoc",
    "blank": "",
    "ten": "Nguyễn Văn An",
    "ty_le": "80.0",
    "ma": "007",
}


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("${ho_ngheo} = 'no'", True),
        ("${ho_ngheo} = 'yes'", False),
        ("${ho_ngheo} != 'yes'", True),
        ('${thu_nhap} = "yes"', True),
        ("ho_ngheo = 'no'", True),  # bare names are fields too
        ("${so_bhyt} >= ${hh_members}", True),
        ("${so_bhyt} > ${hh_members}", False),
        ("${so_bhyt} < 5", True),
        ("${so_bhyt} <= 3", False),
        ("${ty_le} >= 80", True),  # numeric: '80.0' = 80
        ("${ty_le} = 80", True),
        ("${ma} = 7", True),  # both read as numbers
        ("${ma} = '007'", True),  # '007' vs '007' as numbers too
        ("${ten} = 'Nguyễn Văn An'", True),
        ("${ten} > 'A'", False),  # ordering is numeric only
        ("${ho_ngheo} = 'no' and ${thu_nhap} = 'yes'", True),
        ("${ho_ngheo} = 'yes' or ${thu_nhap} = 'yes'", True),
        ("${ho_ngheo} = 'yes' or ${thu_nhap} = 'no'", False),
        ("not(${ho_ngheo} = 'yes')", True),
        ("(${ho_ngheo} = 'yes' or ${thu_nhap} = 'yes') and ${so_bhyt} = 4", True),
        ("${a} = 1 or ${b} = 2 and ${c} = 3", False),  # and binds tighter; all missing
        ("selected(${phong_trao}, 'tu_thien')", True),
        ("selected(${phong_trao}, 'den_on')", False),
        ("selected(${phong_trao}, 'tu_thien khuyen_hoc')", False),
        ("count-selected(${phong_trao}) >= 2", True),
        ("count-selected(${phong_trao}) = 3", False),
        ("count-selected(${blank}) = 0", True),
        ("string-length(${ten}) = 13", True),
        ("number(${so_bhyt}) + 1 = 5", True),
        ("${so_bhyt} * 2 div 4 = 2", True),
        ("${so_bhyt} - 1 = 3", True),
        ("-${so_bhyt} + 4 = 0", True),
        ("7 mod 4 = 3", True),
        ("if(${so_tre} = 0, true(), ${so_di_hoc} = ${so_tre})", True),
        ("${so_tre} = 0 or ${so_di_hoc} >= ${so_tre}", True),
        ("true()", True),
        ("false()", False),
        ("${so_tre}", True),  # like XPath, a bare answered field is true, even '0'
        ("${blank}", False),
        ("number(${so_tre})", False),  # a zero number is false
        ("number(${so_bhyt})", True),
    ],
)
def test_evaluate(condition, expected):
    assert evaluate(parse(condition), ANSWERS).passed is expected


@pytest.mark.parametrize(
    "condition",
    [
        "${blank} = ''",  # missing never equals anything, not even ''
        "${blank} != 'yes'",  # so an unanswered question never meets a criterion
        "${absent} = 0",
        "${absent} != 0",
        "${absent} < 1",
        "${so_di_hoc} >= 0",  # None answer (not relevant)
        "${absent} + 1 = 1",  # arithmetic on missing stays missing
        "selected(${absent}, 'x')",
        "number('abc') = 0",
        "${so_bhyt} div 0 = 0",
    ],
)
def test_missing_answers_make_comparisons_false(condition):
    assert evaluate(parse(condition), ANSWERS).passed is False


def test_not_of_a_missing_comparison_is_true():
    # Documented: prefer ${x} = 'no' over not(${x} = 'yes') when a blank must fail.
    assert evaluate(parse("not(${absent} = 'yes')"), {}).passed is True


@pytest.mark.parametrize(
    ("condition", "answers", "decided_by"),
    [
        ("${ho_ngheo} = 'no'", {"ho_ngheo": "yes"}, [("ho_ngheo", "yes")]),
        # short-circuit: only the field that decided is reported
        ("${a} = 'yes' and ${b} = 'yes'", {"a": "no", "b": "yes"}, [("a", "no")]),
        ("${a} = 'yes' or ${b} = 'yes'", {"a": "yes"}, [("a", "yes")]),
        (
            "${so_tre} = 0 or ${di_hoc} >= ${so_tre}",
            {"so_tre": "2", "di_hoc": "1"},
            [("so_tre", "2"), ("di_hoc", "1")],
        ),
        ("${x} = 1", {}, [("x", None)]),
        ("${x} = ${x}", {"x": "1"}, [("x", "1")]),  # reported once
    ],
)
def test_decided_by(condition, answers, decided_by):
    assert evaluate(parse(condition), answers).decided_by == decided_by


@pytest.mark.parametrize(
    ("condition", "names"),
    [
        ("${a} = 1", {"a"}),
        ("a = b", {"a", "b"}),
        ("selected(${m}, 'x') and count-selected(${n}) > ${k}", {"m", "n", "k"}),
        ("if(${c}, ${d}, 3) = 1", {"c", "d"}),
        ("1 = 1", set()),
        ("${grp.sub-name} = 1", {"grp.sub-name"}),
    ],
)
def test_fields(condition, names):
    assert fields(parse(condition)) == names


def test_tree_shape():
    assert parse("${a} = 'x' and not(b)") == Binary(
        "and",
        Binary("=", Field("a", 0), Literal("x", 7), 5),
        Call("not", (Field("b", 19),), 15),
        11,
    )


@pytest.mark.parametrize(
    ("condition", "message", "position"),
    [
        ("", "empty condition", 0),
        ("   ", "empty condition", 0),
        ("${a} = ", "expected a value but found the end of the condition", 7),
        ("${a} = 'yes", "unterminated string", 7),
        ("${a = 1", "malformed field reference", 0),
        ("${a} == 1", "expected a value but found '='", 6),
        ("${a} = 1 )", "unexpected ')' after a complete condition", 9),
        ("(${a} = 1", "expected ')' but found the end of the condition", 9),
        ("foo(${a})", "unknown function foo()", 0),
        ("selected(${a})", "selected() takes 2 argument(s), got 1", 0),
        ("selected('x', 'y')", "selected() needs a field", 0),
        ("${a} = 1 ; drop", "unexpected character ';'", 9),
        ("__import__('os')", "unknown function __import__()", 0),
        ("${a} 1", "unexpected '1' after a complete condition", 5),
    ],
)
def test_parse_errors(condition, message, position):
    with pytest.raises(ConditionError) as raised:
        parse(condition)
    assert raised.value.message.startswith(message)
    assert raised.value.position == position


# ---- the recognition history, passed in as data


def test_history_functions_read_the_history_given_never_the_answers():
    past = History(
        2026, ((2023, "Gia đình văn hóa"), (2024, "Gia đình văn hóa"), (2025, "Gia đình kiểu mẫu"))
    )
    assert evaluate(parse("consecutive-years() >= 3"), {}, past).passed
    assert not evaluate(parse("consecutive-years('gia đình  VĂN HÓA') >= 3"), {}, past).passed  # 2025 differs
    assert evaluate(parse("consecutive-years('Gia đình văn hóa') = 0"), {}, past).passed
    assert evaluate(parse("recognised-in(1) and recognised-in(3, 'Gia đình văn hóa')"), {}, past).passed
    assert not evaluate(parse("recognised-in(4)"), {}, past).passed
    assert not evaluate(parse("recognised-in(0)"), {}, past).passed  # the year scored is never known
    # no history given: nothing recognised; the scored year's and later rows never count
    assert evaluate(parse("consecutive-years() = 0"), {}).passed
    assert History(2024, past.held).consecutive() == 1
    assert History(2027, past.held).consecutive() == 0  # not recognised in 2026
    outcome = evaluate(parse("consecutive-years() >= 3 and ${x} = 'yes'"), {"x": "yes"}, past)
    assert outcome.passed and outcome.decided_by == [("lich_su_cong_nhan", "3"), ("x", "yes")]
    assert uses_history(parse("${x} = 'yes' or not(recognised-in(1))"))
    assert not uses_history(parse("${x} = 'yes'"))


@pytest.mark.parametrize(
    "text",
    ["consecutive-years(1, 2)", "recognised-in()", "recognised-in(1, 'a', 'b')", "consecutive_years()"],
)
def test_history_functions_with_wrong_arguments_are_refused_when_the_sheet_is_read(text):
    with pytest.raises(ConditionError):
        parse(text)


@pytest.mark.parametrize("op", ["=", "!="])
@pytest.mark.parametrize("answer", [None, "", "  ", "yes", " yes", "no", "4", "4.0", "kien_co ban_kien_co"])
def test_field_against_a_word_agrees_with_the_general_comparison(op: str, answer: str | None) -> None:
    # `${x} = 'yes'` is compiled on a shortcut of its own; written the other way round it
    # goes through the general comparison, and both must decide alike for every answer
    answers = {"x": answer}
    shortcut = evaluate(parse(f"${{x}} {op} 'yes'"), answers)
    general = evaluate(parse(f"'yes' {op} ${{x}}"), answers)
    assert shortcut.passed == general.passed
    assert shortcut.decided_by == [("x", answer)]
