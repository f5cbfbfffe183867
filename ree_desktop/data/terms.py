"""Words the bundled data stores in English and the interface shows: the scope of a
value-chain share, a price's item and basis. No Qt, no pandas.

They are the project's own descriptions (columns of ``data/sources/*.csv``), not text
copied from a source, so they are translated where shown: ``term(text)`` gives the text in
the interface's language, unchanged when it has no translation (a new or a user's term).
"""

from __future__ import annotations

from ree_desktop.i18n import QT_TRANSLATE_NOOP, translate

#: Marked for ``pyside6-lupdate``; looked up by ``term``. Keep in step with the CSVs.
KNOWN_TERMS = (
    # value_chain_shares.csv: scope
    QT_TRANSLATE_NOOP("Terms", "sintered permanent magnets"),
    QT_TRANSLATE_NOOP("Terms", "sintered NdFeB permanent magnets"),
    QT_TRANSLATE_NOOP("Terms", "sintered NdFeB magnets (semi-finished), world output "
                               "98,200 t in 2010"),
    QT_TRANSLATE_NOOP("Terms", "all rare earths, REO equivalent (mine production)"),
    QT_TRANSLATE_NOOP("Terms", "rare earth elements as reported in the secondary text "
                               "(scope, e.g. magnet REEs only, not stated there)"),
    QT_TRANSLATE_NOOP("Terms", "magnet rare earth elements (Nd, Pr, Tb, Dy)"),
    QT_TRANSLATE_NOOP("Terms", "magnet rare earths"),
    QT_TRANSLATE_NOOP("Terms", "magnet rare earths (separated and refined output)"),
    # element symbols where a text names the element in words (headline titles)
    QT_TRANSLATE_NOOP("Terms", "NdPr"),
    QT_TRANSLATE_NOOP("Terms", "Nd"),
    QT_TRANSLATE_NOOP("Terms", "Pr"),
    QT_TRANSLATE_NOOP("Terms", "Dy"),
    QT_TRANSLATE_NOOP("Terms", "Tb"),
    # demand_projections.csv: end uses and scenario labels the Demand panel names
    QT_TRANSLATE_NOOP("Terms", "Electric vehicles"),
    QT_TRANSLATE_NOOP("Terms", "Wind"),
    QT_TRANSLATE_NOOP("Terms", "Other uses"),
    QT_TRANSLATE_NOOP("Terms", "Total demand"),
    QT_TRANSLATE_NOOP("Terms", "Base year"),
    # us_end_use.csv: end uses
    QT_TRANSLATE_NOOP("Terms", "catalysts"),
    QT_TRANSLATE_NOOP("Terms", "ceramics and glass"),
    QT_TRANSLATE_NOOP("Terms", "metallurgical applications and alloys"),
    QT_TRANSLATE_NOOP("Terms", "other"),
    QT_TRANSLATE_NOOP("Terms", "polishing"),
    # prices.csv: item and price_basis of the Overview's price
    QT_TRANSLATE_NOOP("Terms", "NdPr oxide (99% min)"),
    QT_TRANSLATE_NOOP("Terms", "annual average, free on board"),
)


def term(text: str) -> str:
    """``text`` (a stored scope, item or basis) in the interface's language."""
    return translate("Terms", text) if isinstance(text, str) else text
