"""The extractor's version: a digest of its own source and data files.

Stored with every extracted article, so any change to the extraction code or its lexicons makes old
articles stale and the next run re-extracts them: a better extractor reaches the whole warehouse
without anyone remembering to bump a number.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import version as package_version
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_DATA_SUFFIXES = {".py", ".csv", ".json", ".tsv", ".txt"}


@cache
def extractor_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        if path.suffix in _DATA_SUFFIXES and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    digest.update(package_version("vietnamadminunits").encode())
    return f"{package_version('newswh')}+{digest.hexdigest()[:12]}"
