"""Editions across both databases, decided at query time by ``preference.py`` (issue 19
item 9): an imported USGS release competes with the bundled figures of the same quantity,
so a newer edition wins and the bundled figure becomes a revision (an older edition);
the same edition ties and the bundled primary copy stays preferred.

Only engaged when the user database holds a release: otherwise the bundled ``preferred``
column is the answer, as before, at no cost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ree_desktop.data.preference import preferred_mask
from ree_desktop.data.usgs_release import METRIC_DATASET, RELEASE_CONTENT

if TYPE_CHECKING:
    import pandas as pd


def release_ids(store) -> list[str]:
    """User datasets that are USGS releases (cheap: the user datasets table is small)."""
    rows = store.conn.execute("SELECT id FROM user.datasets WHERE content = ? ORDER BY id",
                              (RELEASE_CONTENT,)).fetchall()
    return [r[0] for r in rows]


def competing(store, dataset: str, sql_columns: str, joins: str, where: str,
              params: list) -> pd.DataFrame | None:
    """Bundled rows of ``dataset`` and the releases' rows of its metric, every edition, with
    a ``preferred`` column re-decided by the rule; None when there is no release."""
    releases = release_ids(store)
    metric = {v: k for k, v in METRIC_DATASET.items()}.get(dataset)
    if not releases or metric is None:
        return None
    marks = ",".join("?" * len(releases))
    frame = store.query(f"""
        SELECT {sql_columns}, '{dataset}' AS dataset, s.tier AS tier, s.origin AS origin,
               o.dataset AS held_in
        FROM all_observations o {joins}
        WHERE (o.dataset = ? OR (o.dataset IN ({marks}) AND o.metric = ?)) AND {where}""",
                        [dataset, *releases, metric, *params])
    frame["preferred"] = preferred_mask(frame).astype(int)
    return frame
