"""Element make-up of deposits: light and heavy rare earth shares per deposit (no Qt)."""

from __future__ import annotations

import pandas as pd

# USGS split (Cordier, USGS "Mineral Resource of the Month: Rare Earth Elements"): light =
# lanthanum (57) to gadolinium (64); heavy = terbium (65) to lutetium (71) plus yttrium.
# Scandium is neither. Promethium does not occur in ores.
LIGHT_REE = ("La", "Ce", "Pr", "Nd", "Sm", "Eu", "Gd")
HEAVY_REE = ("Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Y")


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def deposit_light_heavy(composition: pd.DataFrame) -> pd.DataFrame:
    """Per deposit: % of total REO in light (La-Gd) and heavy (Tb-Lu, Y) rare earths.

    Also Nd+Pr and Dy+Tb (the magnet elements). Elements the source gives as NA or "<x" have
    no value and are listed in ``not_given`` rather than counted as zero.
    """
    rows = []
    for (deposit, iso3), group in composition.groupby(["item", "country_iso3"]):
        values = group.set_index("element")["value"]
        given = values.dropna()
        note = _text(group["note"].iloc[0])
        rows.append({
            "deposit": deposit, "country_iso3": iso3,
            "ore": note.split(";")[0].strip(),
            "light_pct": float(given.reindex(LIGHT_REE).sum()),
            "heavy_pct": float(given.reindex(HEAVY_REE).sum()),
            "ndpr_pct": float(given.reindex(["Nd", "Pr"]).sum()),
            "dytb_pct": float(given.reindex(["Dy", "Tb"]).sum()),
            "total_pct": float(given.sum()),
            "not_given": ", ".join(sorted(set(values.index) - set(given.index))),
            "source": _text(group["source"].iloc[0]),
            "reference": note.split("reference:")[-1].split(";")[0].strip()
            if "reference:" in note else "",
        })
    frame = pd.DataFrame(rows)
    if frame.empty:
        return frame
    return frame.sort_values(["heavy_pct", "deposit"]).reset_index(drop=True)
