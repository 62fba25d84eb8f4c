"""`make eval`: run the real pipeline on annotated articles and score it against their gold.

By default the articles are the dev set plus the seeds and the gold is the dev gold, both in
../shared/eval, which is not part of the project; without it this prints why and exits 0, so
`make eval` never fails a machine that lacks the evaluation set. `--articles FILE --gold FILE`
scores any other annotated set (a team's own gold, or a held-out sample) the same way, with no
seeds added. Other options (`--json OUT`, `--only-ingested`) go to the scorer.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from orchestration.settings import PROJECT_ROOT, use_settings

SHARED_DIR = Path(os.environ.get("SHARED_DIR") or PROJECT_ROOT.parent / "shared")
DEV_ARTICLES = SHARED_DIR / "eval" / "dev.jsonl"
DEV_GOLD = SHARED_DIR / "eval" / "dev.gold.jsonl"
SCORER = SHARED_DIR / "eval" / "score.py"


def build_eval_warehouse(workdir: Path, articles_file: Path, *, seeds: bool) -> Path:
    """Materialize articles_file (and the seeds if asked) into a warehouse under workdir."""
    from orchestration.runner import refresh

    articles = workdir / "articles"
    articles.mkdir()
    (articles / articles_file.name).symlink_to(articles_file.resolve())
    if seeds:
        for seed in sorted((PROJECT_ROOT / "seeds").glob("*.txt")):
            (articles / seed.name).symlink_to(seed)
    settings = use_settings(articles, workdir / "warehouse.duckdb")
    result = refresh(settings, tags={"trigger": "eval"})
    if not result.success:
        raise SystemExit("the pipeline failed on the evaluation articles; see the log above")
    return settings.warehouse_path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, help="a .jsonl of articles (default: the dev set)")
    parser.add_argument("--gold", type=Path, help="their gold, in score.py's format")
    args, scorer_options = parser.parse_known_args(argv)
    if (args.articles is None) != (args.gold is None):
        parser.error("--articles and --gold go together")
    for given in (args.articles, args.gold):
        if given is not None and not given.is_file():
            parser.error(f"no such file: {given}")
    gold = args.gold or DEV_GOLD
    if not SCORER.exists() or not gold.exists():
        print(f"skipped: no scorer or gold at {SHARED_DIR / 'eval'} (set SHARED_DIR to point at it)")
        return 0
    with tempfile.TemporaryDirectory(prefix="newswh-eval-") as tmp:
        # the dev set comes with the seeds (the project's own articles); a given set is scored alone
        warehouse = build_eval_warehouse(
            Path(tmp), args.articles or DEV_ARTICLES, seeds=args.articles is None
        )
        command = [sys.executable, str(SCORER), str(gold), str(warehouse), "--verbose", *scorer_options]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
