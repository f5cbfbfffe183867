"""Tables of marked texts that read in the interface's language (no Qt).

The analysis layer's names (stages, metrics, scenarios) are module constants, made before a
translator is installed; these small containers keep the English (marked with
``QT_TRANSLATE_NOOP`` where they are written) and translate each text when it is read, so
every caller — panels, exports' captions, the CLI (no translator: English) — gets the same
names without calling ``translate`` itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from ree_desktop.i18n import translate

CONTEXT = "Analysis"


class TranslatedTexts(Mapping[str, str]):
    """key → text, translated in ``context`` when read; ``english(key)`` the original."""

    def __init__(self, texts: dict[str, str], context: str = CONTEXT):
        self._texts = dict(texts)
        self._context = context

    def __getitem__(self, key: str) -> str:
        return translate(self._context, self._texts[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def english(self, key: str) -> str:
        return self._texts[key]


class TranslatedPairs(Sequence[tuple[str, str]]):
    """((key, text), …) whose texts are translated when read, in order."""

    def __init__(self, pairs: Sequence[tuple[str, str]], context: str = CONTEXT):
        self._pairs = tuple(pairs)
        self._context = context

    def __getitem__(self, index):  # noqa: ANN001 (int or slice, like a tuple)
        if isinstance(index, slice):
            return tuple(self[i] for i in range(len(self._pairs))[index])
        key, text = self._pairs[index]
        return key, translate(self._context, text)

    def __len__(self) -> int:
        return len(self._pairs)

    def keys(self) -> tuple[str, ...]:
        return tuple(key for key, _text in self._pairs)
