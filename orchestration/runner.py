"""Run the whole warehouse refresh in this process: the CLI, `make eval`, the benchmark and the
integration tests all go through here, so they exercise exactly what the schedule runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from orchestration.settings import Settings

if TYPE_CHECKING:
    import dagster as dg


def refresh(
    settings: Settings, tags: dict[str, str], instance: dg.DagsterInstance | None = None
) -> dg.ExecuteInProcessResult:
    # Imported here: dagster and dbt cost seconds to import, and `newswh query` needs neither.
    import dagster as dg

    from orchestration.project import ensure_manifest

    ensure_manifest()  # before the definitions import: dbt_assets reads the manifest at import
    from orchestration.definitions import build_definitions

    job = build_definitions(settings).resolve_job_def("refresh_warehouse")
    return job.execute_in_process(
        instance=instance or dg.DagsterInstance.ephemeral(), tags=tags, raise_on_error=False
    )
