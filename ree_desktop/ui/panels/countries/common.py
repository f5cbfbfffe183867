"""Each country's colour and marker on the Countries panel's charts (the axes and legends
are the chart kit's: ree_desktop.ui.charts)."""

from __future__ import annotations

from ree_desktop.ui import theme

SYMBOLS = ("o", "s", "t", "d", "star", "h")


def assign_styles(countries) -> dict[str, tuple[str, str]]:
    """A colour and marker per country: fixed colours first (China is always vermilion),
    then unused palette colours; past eight countries the marker shape tells them apart."""
    palette = list(theme.current().series)
    fixed = {c: theme.COUNTRY_COLORS[c] for c in countries if c in theme.COUNTRY_COLORS}
    free = [c for c in palette if c not in fixed.values()]
    styles, next_free = {}, 0
    for index, code in enumerate(countries):
        if code in fixed:
            color = fixed[code]
        else:
            color = free[next_free % len(free)]
            next_free += 1
        styles[code] = (color, SYMBOLS[(index // len(palette)) % len(SYMBOLS)])
    return styles
