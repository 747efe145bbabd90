"""netleder.record_base.Record behaves as typing.NamedTuple does, everywhere the code can tell.

Each check runs on a Record class and on the same class declared with typing.NamedTuple, and
asserts the same outcome (values, repr, errors), so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

import copy
import pickle
import sys
from typing import NamedTuple

import pytest

from netleder.record_base import Record


class Level(Record):
    """A record with a method, a property and defaults."""

    value: int
    label: str
    notes: tuple[str, ...] = ()
    weight: float | None = None

    def shout(self) -> str:
        return self.label.upper()

    @property
    def double(self) -> int:
        return self.value * 2


class LevelNT(NamedTuple):
    value: int
    label: str
    notes: tuple[str, ...] = ()
    weight: float | None = None

    def shout(self) -> str:
        return self.label.upper()

    @property
    def double(self) -> int:
        return self.value * 2


KINDS = [Level, LevelNT]


def outcome(call):
    try:
        value = call()
    except TypeError as exc:
        return ("TypeError", "missing" in str(exc), "unexpected" in str(exc), "multiple" in str(exc))
    return value


@pytest.mark.parametrize(
    "args, kwargs",
    [
        ((1, "a"), {}),
        ((1, "a", ("x",), 2.5), {}),
        ((1,), {"label": "a"}),
        ((), {"value": 1, "label": "a", "weight": 0.5}),
        ((), {"label": "a", "value": 1}),
        ((1, "a"), {"notes": ("n",)}),
        ((1,), {}),  # missing label
        ((), {}),  # missing both
        ((1, "a"), {"colour": "red"}),  # unexpected
        ((1, "a"), {"value": 2}),  # given twice
    ],
)
def test_construction_matches_namedtuple(args, kwargs):
    ours = outcome(lambda: Level(*args, **kwargs))
    theirs = outcome(lambda: LevelNT(*args, **kwargs))
    if isinstance(theirs, tuple) and theirs and theirs[0] == "TypeError":
        assert ours == theirs
    else:
        assert tuple(ours) == tuple(theirs)
        assert repr(ours) == repr(theirs).replace("LevelNT(", "Level(")


def test_too_many_positional_arguments_is_a_type_error():
    with pytest.raises(TypeError):
        LevelNT(1, "a", (), None, "extra")
    with pytest.raises(TypeError):
        Level(1, "a", (), None, "extra")


@pytest.mark.parametrize("kind", KINDS)
def test_the_class_describes_itself_as_namedtuple_does(kind):
    assert kind._fields == ("value", "label", "notes", "weight")
    assert kind._field_defaults == {"notes": (), "weight": None}
    assert kind.__match_args__ == kind._fields
    assert issubclass(kind, tuple)


@pytest.mark.parametrize("kind", KINDS)
def test_an_instance_is_a_read_only_tuple(kind):
    item = kind(3, "tre", ("a",))
    assert item == (3, "tre", ("a",), None) and hash(item) == hash((3, "tre", ("a",), None))
    value, label, notes, weight = item
    assert (value, label, notes, weight) == (3, "tre", ("a",), None)
    assert item[1] == "tre" and item.label == "tre" and item[-1] is None
    assert item.shout() == "TRE" and item.double == 6
    with pytest.raises(AttributeError):
        item.label = "fire"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        item.colour = "red"  # type: ignore[attr-defined]  # no __dict__: slots only
    assert not hasattr(item, "__dict__")


@pytest.mark.parametrize("kind", KINDS)
def test_replace_asdict_make(kind):
    item = kind(3, "tre")
    changed = item._replace(label="fire", weight=1.0)
    assert type(changed) is kind and changed == (3, "fire", (), 1.0) and item == (3, "tre", (), None)
    assert item._asdict() == {"value": 3, "label": "tre", "notes": (), "weight": None}
    assert kind._make([1, "en", (), None]) == (1, "en", (), None)
    with pytest.raises(TypeError):
        kind._make([1, "en"])
    with pytest.raises(Exception) as theirs:  # whichever namedtuple raises on this Python
        LevelNT(3, "tre")._replace(colour="red")
    with pytest.raises(theirs.type):
        item._replace(colour="red")


@pytest.mark.parametrize("kind", KINDS)
def test_copies_and_pickles_come_back_equal(kind):
    item = kind(3, "tre", ("a", "b"), 0.5)
    for again in (copy.copy(item), copy.deepcopy(item)):
        assert type(again) is kind and again == item
    back = pickle.loads(pickle.dumps(item))
    assert type(back) is kind and back == item


def test_matching_by_position_and_by_name():
    match Level(3, "tre"):
        case Level(value, label):
            assert (value, label) == (3, "tre")
        case _:  # pragma: no cover
            pytest.fail("no match")
    match Level(3, "tre"):
        case Level(label="tre", value=v):
            assert v == 3
        case _:  # pragma: no cover
            pytest.fail("no match")


def test_a_field_without_a_default_after_one_with_is_refused():
    with pytest.raises(TypeError):
        class Bad(Record):
            first: int = 0
            second: int


def test_a_field_name_with_an_underscore_first_is_refused():
    with pytest.raises(ValueError):
        class Bad(Record):
            _hidden: int


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="from 3.14 Record is typing.NamedTuple itself")
def test_records_are_not_namedtuples_here():
    """Up to 3.13 the class is declared without namedtuple's compiled constructor (the point),
    and compiles it the first time it is called with keywords (as fast as namedtuple's then)."""
    class Fresh(Record):
        value: int
        label: str = ""

    assert "__new__" not in Fresh.__dict__ and Fresh.__new__ is Record.__new__
    assert Fresh(1, "en") == (1, "en") and "__new__" not in Fresh.__dict__  # every field given: no compiling
    assert Fresh(value=2) == (2, "") and "__new__" in Fresh.__dict__
    assert Fresh(3) == (3, "") and Fresh(4, label="fire") == (4, "fire") and type(Fresh(5)) is Fresh

