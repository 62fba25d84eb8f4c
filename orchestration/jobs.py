"""The job that refreshes the whole warehouse, with its schedule and the new-files sensor."""

import dagster as dg

from orchestration.ingest import fingerprint_folder
from orchestration.resources import ArticlesFolderResource

refresh_warehouse = dg.define_asset_job(
    name="refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Ingest ARTICLES_DIR, extract what changed, build the marts and run every check.",
    # One process: DuckDB takes one writer, and the assets then share it in turn.
    executor_def=dg.in_process_executor,
)

daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=refresh_warehouse,
    cron_schedule="0 6 * * *",
    execution_timezone="Asia/Ho_Chi_Minh",
    tags={"trigger": "schedule"},
    description="Every morning at 06:00 Hanoi time: pick up whatever arrived overnight.",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)


@dg.sensor(
    job=refresh_warehouse,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Starts a refresh when files in ARTICLES_DIR are added, changed or removed.",
)
def new_articles_sensor(context: dg.SensorEvaluationContext, articles: ArticlesFolderResource):
    fingerprint = fingerprint_folder(articles.folder)
    if fingerprint == context.cursor:
        return dg.SkipReason("ARTICLES_DIR has not changed since the last run request")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint, tags={"trigger": "sensor"})
