"""The CSV import wizard: file format, column mapping, validation, import.

Every detection is shown and can be overridden, with a live preview. Validation and the
import itself run on a worker thread (QThread) with a progress bar and Cancel, so the window
stays responsive for a million rows. The data layer (``ree_desktop.data.importer``) does all
the work; this package only shows it.

Pages: ``format_page``, ``mapping_page`` (with the kind, source and update choices of
``details``), ``validate_page``, ``import_page``; ``wizard`` puts them together.
"""

from ree_desktop.ui.dialogs.import_wizard.common import ImportWorker, csv_path_from_urls
from ree_desktop.ui.dialogs.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard", "ImportWorker", "csv_path_from_urls"]
