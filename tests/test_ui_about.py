"""Help → About shows the data changelog (stored in the database at build time) and each
source's origin and tier."""

from __future__ import annotations

from ree_desktop.data.build import DATA_RELEASE
from ree_desktop.paths import sources_dir


def test_about_shows_the_data_changelog_and_origins(qtbot, store):
    from ree_desktop.ui.dialogs.about import AboutDialog

    dialog = AboutDialog(store)
    qtbot.addWidget(dialog)
    text = dialog.changelog.toPlainText()
    assert f"{DATA_RELEASE}" in text and "India 2014" in text
    changelog = (sources_dir().parent / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {DATA_RELEASE}" in changelog  # the release being built is described
    sources = dialog.browser.toPlainText()
    assert "figure by: USGS" in sources and "tier: primary_text_copy" in sources
