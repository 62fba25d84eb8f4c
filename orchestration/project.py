"""The dbt project, declared once for the assets, the CLI and the tests.

``prepare_if_dev`` re-parses the manifest under ``dagster dev``; ``make run`` and the tests call
:func:`ensure_manifest`, which parses only when a dbt file is newer than the manifest, so a run pays
for ``dbt parse`` once per change, not once per start.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from dagster_dbt import DbtProject

from orchestration.settings import DBT_PROJECT_DIR, load_settings

load_settings()  # exports WAREHOUSE_PATH, which profiles.yml reads
# dbt is installed beside this interpreter; find it there even when the venv is not activated.
_BIN_DIR = str(Path(sys.executable).parent)
if _BIN_DIR not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = os.pathsep.join([_BIN_DIR, os.environ.get("PATH", "")])
dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR)
dbt_project.prepare_if_dev()

_DBT_SOURCES = ("dbt_project.yml", "profiles.yml", "models", "seeds", "macros", "tests", "analyses")


def dbt_source_files() -> list[Path]:
    """Every file dbt parses, in a stable order."""
    files = []
    for name in _DBT_SOURCES:
        root = DBT_PROJECT_DIR / name
        files.extend([root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file()))
    return files


def ensure_manifest() -> None:
    manifest = dbt_project.manifest_path
    if manifest.exists():
        newest = max((path.stat().st_mtime for path in dbt_source_files()), default=0.0)
        if newest <= manifest.stat().st_mtime:
            return
    dbt_project.preparer.prepare(dbt_project)


_PARTIAL_PARSE = "partial_parse.msgpack"
#: dbt invocation folders kept under target/ (each build writes one: logs, compiled SQL, run results).
_INVOCATIONS_KEPT = 5


def keep_parse_state(invocation_target: Path) -> None:
    """Make a build's parse state the one the next build starts from, and drop old build folders.

    dagster-dbt gives every invocation its own target folder seeded with the project's
    ``partial_parse.msgpack``, but never copies the updated file back. dbt's parse state is keyed on
    the connection details, warehouse path included, so the file written by ``dbt parse`` (under
    whatever path was set then) made every later build re-parse the whole project: about 3 s of
    each run. The state a successful build leaves is valid for the next one on the same warehouse.
    """
    source = invocation_target / _PARTIAL_PARSE
    target_dir = invocation_target.parent  # dagster-dbt puts each invocation's folder in target/
    if source.exists():
        staged = target_dir / f".{_PARTIAL_PARSE}.{os.getpid()}"
        shutil.copyfile(source, staged)
        os.replace(staged, target_dir / _PARTIAL_PARSE)
    prefix = invocation_target.name.rsplit("-", 2)[0] + "-"
    builds = sorted((path for path in target_dir.glob(f"{prefix}*") if path.is_dir()), key=os.path.getmtime)
    for old in builds[:-_INVOCATIONS_KEPT]:
        shutil.rmtree(old, ignore_errors=True)
