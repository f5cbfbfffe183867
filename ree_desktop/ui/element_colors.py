"""One colour per element everywhere (panel, story slides, exports): an element's colour is
its fixed index in the theme's series palette, never its position in the current choice.

Qt-free, so the Qt-free chart models can use it; ``theme.element_color`` resolves the index
in the current (light or dark) palette.
"""

from __future__ import annotations

import zlib

PALETTE_SIZE = 8  # theme.OKABE_ITO

# The elements people compare most get distinct colours; NdPr is a lighter blue beside Nd.
ELEMENT_INDEX = {"Nd": 0, "Tb": 1, "Dy": 2, "Ce": 3, "Pr": 4, "Nd+Pr": 5, "La": 6, "Eu": 7}


def element_index(code: str) -> int:
    """The palette index of an element code (others: a stable index from the code)."""
    if code in ELEMENT_INDEX:
        return ELEMENT_INDEX[code]
    return zlib.crc32(str(code).encode()) % PALETTE_SIZE
