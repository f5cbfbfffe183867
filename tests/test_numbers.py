"""ree_desktop/numbers.py: the one number formatter every panel, model and caption uses."""

from __future__ import annotations

import math

import pytest

from ree_desktop.numbers import NO_DATA, compact_number, format_number, percent


@pytest.mark.parametrize("value", [None, math.nan, float("nan")])
def test_a_missing_value_reads_no_data_never_zero(value):
    assert format_number(value, "t REO") == NO_DATA == "no data"
    assert percent(value) == "no data"


@pytest.mark.parametrize(("value", "unit", "kwargs", "text"), [
    (270000.0, "t REO", {}, "270,000 t REO"),
    (12.345, "t", {}, "12.3 t"),
    (0.01234, "", {}, "0.0123"),
    (99.96, "", {}, "100"),  # .3g rounds up: still three significant digits
    (245.55, "USD/kg", {"significant": 4}, "245.6 USD/kg"),
    (1245.5, "USD/kg", {"significant": 4}, "1,246 USD/kg"),
    (12.345, "", {"digits": 2}, "12.35"),
    (1234.5, "", {"digits": 2}, "1,234"),
    (1.25, "% a year", {}, "+1.2 % a year"),
    (-3.0, "% a year", {}, "-3.0 % a year"),
    (0.0, "% a year", {}, "0.0 % a year"),
    (69.4, "%", {"digits": 0}, "69 %"),
    (163.2, "years", {}, "163 years"),
    (-1500.0, "t", {}, "-1,500 t"),
])
def test_format_number(value, unit, kwargs, text):
    assert format_number(value, unit, **kwargs) == text


def test_percent_keeps_a_decimal_under_ten():
    assert (percent(4.24), percent(71.4)) == ("4.2 %", "71 %")


@pytest.mark.parametrize(("value", "text"), [
    (400_000, "400k"), (1_234_567, "1.23M"), (12.5, "12.5"), (-25_000, "-25k"), (0, "0")])
def test_compact_number(value, text):
    assert compact_number(value) == text


def test_models_and_captions_share_the_one_formatter():
    """The panel models' own names are the shared function (no copy to drift apart)."""
    from ree_desktop.ui.panels.countries import model as countries
    from ree_desktop.ui.panels.value_chain import model as value_chain

    assert countries.format_value is format_number
    assert value_chain.number is format_number
