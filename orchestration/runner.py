"""Run the whole warehouse refresh in this process: the CLI, `make eval`, the benchmark and the
integration tests all go through here, so they exercise exactly what the schedule runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from orchestration.settings import Settings

if TYPE_CHECKING:
    import dagster as dg


def refresh(
    settings: Settings,
    tags: dict[str, str],
    instance: dg.DagsterInstance | None = None,
    full_refresh: bool = False,
) -> dg.ExecuteInProcessResult:
    """Run the refresh job; ``full_refresh`` rebuilds the marts even when nothing changed."""
    # Imported here: dagster and dbt cost seconds to import, and `newswh query` needs neither.
    import dagster as dg

    from orchestration.project import ensure_manifest

    ensure_manifest()  # before the definitions import: dbt_assets reads the manifest at import
    from orchestration.definitions import build_definitions

    job = build_definitions(settings).resolve_job_def("refresh_warehouse")
    return job.execute_in_process(
        run_config={"ops": {"warehouse_marts": {"config": {"full_refresh": full_refresh}}}},
        instance=instance or dg.DagsterInstance.ephemeral(),
        tags=tags,
        raise_on_error=False,
    )
