"""`make eval`: run the real pipeline on the dev articles plus the seeds and score it against gold.

The articles and the scorer live in ../shared/eval, which is not part of the project; without it
this prints why and exits 0, so `make eval` never fails a machine that lacks the evaluation set.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from orchestration.settings import PROJECT_ROOT, use_settings

SHARED_DIR = Path(os.environ.get("SHARED_DIR") or PROJECT_ROOT.parent / "shared")


def build_eval_warehouse(workdir: Path) -> Path:
    """Materialize the dev articles and the seeds into a warehouse under workdir."""
    from orchestration.runner import refresh

    articles = workdir / "articles"
    articles.mkdir()
    (articles / "dev.jsonl").symlink_to(SHARED_DIR / "eval" / "dev.jsonl")
    for seed in sorted((PROJECT_ROOT / "seeds").glob("*.txt")):
        (articles / seed.name).symlink_to(seed)
    settings = use_settings(articles, workdir / "warehouse.duckdb")
    result = refresh(settings, tags={"trigger": "eval"})
    if not result.success:
        raise SystemExit("the pipeline failed on the evaluation articles; see the log above")
    return settings.warehouse_path


def main() -> int:
    gold = SHARED_DIR / "eval" / "dev.gold.jsonl"
    if not gold.exists():
        print(f"skipped: no evaluation set at {SHARED_DIR / 'eval'} (set SHARED_DIR to point at it)")
        return 0
    with tempfile.TemporaryDirectory(prefix="newswh-eval-") as tmp:
        warehouse = build_eval_warehouse(Path(tmp))
        scorer = [sys.executable, str(SHARED_DIR / "eval" / "score.py"), str(gold), str(warehouse)]
        return subprocess.run([*scorer, "--verbose", *sys.argv[1:]], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
