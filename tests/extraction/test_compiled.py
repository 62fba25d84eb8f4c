"""The extractor compiled with mypyc: used only when built from the sources beside it, and giving the
same rows as the plain modules."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest

import orchestration.extraction as extraction
from orchestration import staging
from orchestration.extraction.model import Article
from orchestration.extraction.pipeline import extract
from orchestration.extraction.version import extractor_version
from orchestration.settings import PROJECT_ROOT

# Beside the seeds, short articles down the paths the seeds miss: a foreign guest, no dates at all,
# a court story, number words and ranks.
_ARTICLES = [
    Article(
        "guest",
        "Chiều 12/5, Thủ tướng Nhật Bản Abe Shinzo đã đến thăm tỉnh Quảng Ninh. "
        "Năm 2016, GRDP của tỉnh tăng 10,1%, xếp thứ 5/63 về PCI.",
        published_at=date(2017, 5, 13),
    ),
    Article("undated", "Hơn một nghìn hộ dân ở huyện Chi Lăng đã thoát nghèo, tỷ lệ hộ nghèo còn 6,95%."),
    Article(
        "court",
        "TAND TP.HCM tuyên phạt bị cáo Nguyễn Văn A 12 năm tù về tội lừa đảo, chiếm đoạt 3,5 tỉ đồng.",
        retrieved_at=date(2018, 1, 2),
    ),
]


def article_digests() -> dict[str, str]:
    """Each article's staging rows, digested: what one build of the extractor writes to the warehouse."""
    seeds = [
        Article(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(PROJECT_ROOT.glob("seeds/*.txt"))
    ]
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return {
        article.article_id: hashlib.sha256(
            repr(sorted(staging.extraction_rows(extract(article), "hash", "version", now).items())).encode()
        ).hexdigest()
        for article in [*seeds, *_ARTICLES]
    }


def test_the_compiled_copy_is_used_only_when_built_from_these_sources(tmp_path, monkeypatch):
    stamp = tmp_path / "extractor_version"
    monkeypatch.setattr(extraction, "COMPILED_STAMP", stamp)
    monkeypatch.delenv("NEWSWH_PURE", raising=False)
    assert not extraction._compiled_is_current()  # never built
    stamp.write_text("0.1.0+000000000000\n", encoding="utf-8")
    assert not extraction._compiled_is_current()  # built from other sources
    stamp.write_text(extractor_version() + "\n", encoding="utf-8")
    assert extraction._compiled_is_current()
    monkeypatch.setenv("NEWSWH_PURE", "1")
    assert not extraction._compiled_is_current()


@pytest.mark.skipif(
    not extraction.compiled_in_use(), reason="the extractor is not compiled from these sources (make install)"
)
def test_compiled_and_plain_modules_write_the_same_rows():
    plain = subprocess.run(
        [
            sys.executable,
            "-c",
            f"from {__name__} import article_digests, extraction; "
            "print(extraction.compiled_in_use(), article_digests())",
        ],
        env={**os.environ, "NEWSWH_PURE": "1"},
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert plain.stdout.strip() == f"False {article_digests()}"
