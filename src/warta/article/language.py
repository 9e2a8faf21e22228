"""Language of an article (lingua, restricted to a small set of news languages for speed)."""
from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

CANDIDATES = (Language.INDONESIAN, Language.ENGLISH, Language.MALAY, Language.DUTCH,
              Language.ARABIC, Language.CHINESE, Language.FRENCH, Language.GERMAN)


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*CANDIDATES).with_low_accuracy_mode().build()


def detect_language(text: str, default: str = "id") -> str:
    """ISO 639-1 code of the text's language (Malay read as Indonesian); `default` if unsure."""
    lang = _detector().detect_language_of(text[:2000])
    if lang is None:
        return default
    code = lang.iso_code_639_1.name.lower()
    return "id" if code == "ms" else code
