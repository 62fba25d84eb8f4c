"""The user-facing surfaces in a real browser: the Dagster UI over the seed warehouse, and the report.

Headless Chromium takes screenshots into artifacts/screenshots/ (git-ignored) for a human to look at,
and dumps the rendered DOM so the test can tell a working page from an error page. Without
/usr/bin/chromium (`make browser-deps` installs it) the tests skip.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from orchestration.report import render_report
from orchestration.settings import PROJECT_ROOT

pytestmark = [pytest.mark.browser, pytest.mark.integration]

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = PROJECT_ROOT / "artifacts" / "screenshots"
MIN_SCREENSHOT_BYTES = 10_000
SERVER_START_TIMEOUT = 120.0
# No network beyond the local server, no first-run or sync machinery, no GPU in a container.
_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--virtual-time-budget=20000",
)  # fmt: skip
# The instance the server uses: no telemetry, and no "join the community" dialog over the pages.
_DAGSTER_YAML = "telemetry:\n  enabled: false\nnux:\n  enabled: false\n"
_LOCATIONS_QUERY = (
    "{ workspaceOrError { ... on Workspace { locationEntries { name loadStatus "
    "locationOrLoadError { __typename ... on PythonError { message } } } } } }"
)


@pytest.fixture(scope="module")
def chromium_profile(tmp_path_factory) -> Path:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: run `make browser-deps` (apt-get install chromium)")
    return tmp_path_factory.mktemp("chromium")


def _run_bounded(command: list[str], timeout: float) -> bytes:
    """Run a command in its own process group and kill the whole group if it overruns."""
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        out, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    assert process.returncode == 0, f"{command[0]} exited with {process.returncode}"
    return out


def _chromium(profile: Path, url: str, *, screenshot: str | None = None, size: str = "1600,1000") -> str:
    """Load ``url``; save a screenshot under SCREENSHOTS when asked; return the rendered DOM."""
    base = [str(CHROMIUM), *_FLAGS, f"--user-data-dir={profile}", f"--window-size={size}"]
    if screenshot:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        _run_bounded([*base, f"--screenshot={SCREENSHOTS / screenshot}", url], timeout=120)
    return _run_bounded([*base, "--dump-dom", url], timeout=120).decode("utf-8", "replace")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _graphql(base: str, query: str) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["data"]


def _wait_for_location(base: str, process: subprocess.Popen, log: Path) -> str:
    """Poll until the code location has loaded; its name is part of the group pages' URLs."""
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"dagster-webserver exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            entries = _graphql(base, _LOCATIONS_QUERY)["workspaceOrError"]["locationEntries"]
        except OSError:
            entries = []
        if entries and entries[0]["loadStatus"] == "LOADED":
            location = entries[0]["locationOrLoadError"]
            assert location["__typename"] == "RepositoryLocation", location.get("message")
            return entries[0]["name"]
        time.sleep(0.5)
    pytest.fail(
        f"dagster-webserver did not serve within {SERVER_START_TIMEOUT:.0f} s:\n{log.read_text()[-3000:]}"
    )


@pytest.fixture(scope="module")
def dagster_ui(seed_warehouse, chromium_profile, tmp_path_factory) -> Iterator[tuple[str, str]]:
    """dagster-webserver on a free port over the seed warehouse; the (base URL, code location name)."""
    home = tmp_path_factory.mktemp("dagster_home")
    (home / "dagster.yaml").write_text(_DAGSTER_YAML)
    log = home / "webserver.log"
    port = _free_port()
    env = os.environ | {
        "DAGSTER_HOME": str(home),
        "ARTICLES_DIR": str(seed_warehouse.settings.articles_dir),
        "WAREHOUSE_PATH": str(seed_warehouse.settings.warehouse_path),
    }
    command = [str(Path(sys.executable).parent / "dagster-webserver"), "-m", "orchestration.definitions",
               "-h", "127.0.0.1", "-p", str(port)]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    base = f"http://127.0.0.1:{port}"
    try:
        yield base, _wait_for_location(base, process, log)
    finally:
        # The server starts a code-server child: end the whole group it leads, politely first.
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def _assert_screenshot(name: str) -> None:
    path = SCREENSHOTS / name
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert path.stat().st_size > MIN_SCREENSHOT_BYTES, f"{path} looks blank"


def test_global_asset_lineage(dagster_ui, chromium_profile):
    base, _ = dagster_ui
    dom = _chromium(chromium_profile, f"{base}/asset-groups", screenshot="asset_lineage.png")
    _assert_screenshot("asset_lineage.png")
    assert all(group in dom for group in ("ingest", "extract", "marts"))


def test_marts_group_graph(dagster_ui, chromium_profile):
    base, location = dagster_ui
    url = f"{base}/locations/{location}/asset-groups/marts"
    dom = _chromium(chromium_profile, url, screenshot="marts_graph.png", size="1600,1400")
    _assert_screenshot("marts_graph.png")
    # The graph is virtualised: only nodes on screen are in the DOM, so check ones near the centre.
    assert all(name in dom for name in ("fct_indicators", "dim_articles", "fct_visits"))


def test_asset_catalog_lists_every_mart(dagster_ui, chromium_profile):
    base, _ = dagster_ui
    dom = _chromium(chromium_profile, f"{base}/assets", screenshot="asset_catalog.png")
    _assert_screenshot("asset_catalog.png")
    for name in ("fct_visits", "fct_indicators", "dim_articles", "quarantined_inputs", "raw_articles"):
        assert name in dom


def test_fct_visits_asset_page(dagster_ui, chromium_profile):
    base, _ = dagster_ui
    dom = _chromium(chromium_profile, f"{base}/assets/fct_visits", screenshot="asset_fct_visits.png")
    _assert_screenshot("asset_fct_visits.png")
    assert "fct_visits" in dom and "visit_date" in dom  # the column schema from the dbt YAML


def test_report_page(seed_warehouse, chromium_profile, tmp_path):
    with duckdb.connect(str(seed_warehouse.settings.warehouse_path), read_only=True) as con:
        summary = render_report(con, tmp_path / "report")
    url = summary.index_path.as_uri()
    dom = _chromium(chromium_profile, url, screenshot="report.png", size="1400,3000")
    _assert_screenshot("report.png")
    assert "Nguyễn Phú Trọng" in dom and "Visits by province" in dom
