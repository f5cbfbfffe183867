"""About: version, data release, what changed in it (data/CHANGELOG.md, stored in the
database at build time), and every source with its publisher, origin, URL, licence, tier."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
)

from ree_desktop import __version__
from ree_desktop.data.store import Store


def sources_html(store: Store) -> str:
    """The sources as published (titles, publishers, URLs: data text) with the app's
    words around them in the interface's language."""
    licence = QCoreApplication.translate("AboutDialog", "Licence: {licence}")
    figure_by = QCoreApplication.translate("AboutDialog", " · figure by: {origin}")
    tier = QCoreApplication.translate("AboutDialog", " · tier: {tier}")
    rows = []
    for src in store.sources().itertuples():
        year = f" ({int(src.year)})" if src.year == src.year and src.year else ""
        rows.append(
            f"<li><b>{html.escape(src.publisher)}</b>{year}: {html.escape(src.title)}<br>"
            f"<a href='{html.escape(src.url)}'>{html.escape(src.url)}</a><br>"
            "<i>" + licence.format(licence=html.escape(src.licence)) + "</i>"
            + (figure_by.format(origin=html.escape(src.origin)) if _given(src.origin) else "")
            + (tier.format(tier=html.escape(src.tier)) if _given(src.tier) else "") + "</li>")
    return "<ol>" + "\n".join(rows) + "</ol>"


def _given(value) -> bool:
    return isinstance(value, str) and bool(value)


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About REE Desktop"))
        self.resize(760, 560)
        release = store.meta.get("data_release", "?")
        header = QLabel(
            f"<h2>REE Desktop {__version__}</h2><p>"
            + self.tr("An offline explorer for the rare earth element market. Every figure in "
                      "the bundled database comes from a public source listed below; gaps "
                      "stay gaps.") + "</p><p>"
            + self.tr("Bundled database release: <b>{release}</b> · {count} sources · user "
                      "data: {path}").format(release=release, count=store.source_count(),
                                             path=html.escape(str(store.user_path)))
            + "</p>")
        header.setObjectName("aboutHeader")
        header.setWordWrap(True)
        self.browser = QTextBrowser(objectName="aboutSources")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(sources_html(store))
        self.changelog = QTextBrowser(objectName="aboutChangelog")
        self.changelog.setMarkdown(store.meta.get("changelog") or
                                   self.tr("No data changelog in this database."))
        # The changelog is written by the data's maintainers (data text, as published).
        self.changelog.setProperty("dataText", bool(store.meta.get("changelog")))
        tabs = QTabWidget(objectName="aboutTabs")
        tabs.addTab(self.changelog, self.tr("What changed in the data"))
        tabs.addTab(self.browser, self.tr("Sources"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
