"""The extractor: pure functions from an article's text to its entities, visits and figures.

Every module here is plain Python, and is what the tests read and a developer edits. ``make install``
also compiles the modules with mypyc (:mod:`orchestration.compiled`) into ``build/mypyc``, which runs
extraction about a fifth faster. The compiled copy is put ahead of this folder only while it was built
from exactly the files beside it: its stamp is the extractor version, a digest of these files, so
after any edit the plain modules run until the next build, never stale compiled ones.
``NEWSWH_PURE=1`` runs the plain modules anyway.
"""

from __future__ import annotations

import os
from pathlib import Path

from orchestration.extraction.version import extractor_version

COMPILED_ROOT = Path(__file__).resolve().parents[2] / "build" / "mypyc"
COMPILED_DIR = COMPILED_ROOT / "orchestration" / "extraction"
COMPILED_STAMP = COMPILED_ROOT / "extractor_version"


def compiled_in_use() -> bool:
    """Whether this process extracts with the compiled modules."""
    return bool(__path__) and __path__[0] == str(COMPILED_DIR)


def _compiled_is_current() -> bool:
    if os.environ.get("NEWSWH_PURE") == "1" or not COMPILED_STAMP.is_file():
        return False
    return COMPILED_STAMP.read_text(encoding="utf-8").strip() == extractor_version()


if _compiled_is_current():
    __path__.insert(0, str(COMPILED_DIR))
