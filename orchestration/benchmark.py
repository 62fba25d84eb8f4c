"""`make bench`: how fast the warehouse is built from the real corpus, against a plain Python pass.

The machine this runs on is often shared, so absolute times say little; every figure is also given
as a ratio to a plain pass over the same file measured in the same run. Scenarios: the plain pass,
extraction alone, the full run from an empty warehouse, a run with nothing new, a run with 60 new
articles, the corpus ten times over, and underthesea's NER (in its own venv, network cut) for scale.
Runs go through `newswh run` on a frozen copy of the code, so edits made meanwhile cannot make every
article stale. Peak memory is summed over the whole process tree (the run, its extraction workers,
dbt), sampled every 0.1 s, as RSS (shared pages counted per process) and as PSS (shared out).

Without ../shared/corpus this prints why and exits 0, like `make eval`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from orchestration.evaluation import DEV_ARTICLES, DEV_GOLD, SCORER, SHARED_DIR
from orchestration.settings import PROJECT_ROOT

CORPUS = SHARED_DIR / "corpus" / "politics.jsonl"
UNDERTHESEA_VENV = Path(
    os.environ.get("UNDERTHESEA_VENV") or Path(tempfile.gettempdir()) / "newswh-underthesea"
)

_SAMPLE_SIZE = 100
_OUR_PASSES = 9
_INCREMENT = 60
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+|\n+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_VISIT_WORDS = re.compile(r"thăm|làm việc", re.IGNORECASE)
_SCORE_LINE = re.compile(r"^(?:visits|indicators): .*$", re.MULTILINE)
# Dagster writes durations as 8.3ms, 533ms, 5.6s or 4m52s.
_STEP = re.compile(r'Finished execution of step "([^"]+)" in (?:(\d+)m)?(?:([\d.]+)(ms|s))?\.')
_MB = 1024 * 1024

T = TypeVar("T")


# --- pure helpers ------------------------------------------------------------------------------


def plain_pass(lines: Iterable[str]) -> tuple[int, int, int]:
    """The floor any extractor is compared with: parse, normalise, split, find numbers, nothing else.

    Returns (articles, sentences, numbers) so the work cannot be optimised away.
    """
    articles = sentences = numbers = 0
    for line in lines:
        text = unicodedata.normalize("NFC", json.loads(line)["text"])
        for sentence in _SENTENCE_BREAK.split(text):
            sentences += 1
            numbers += len(_NUMBER.findall(sentence))
        articles += 1
    return articles, sentences, numbers


def letters(number: int) -> str:
    """0 -> 'a', 25 -> 'z', 26 -> 'ba': a tag without digits, so the added line adds no figure."""
    tag = ""
    while True:
        number, digit = divmod(number, 26)
        tag = chr(ord("a") + digit) + tag
        if not number:
            return tag


def variant(record: dict, tag: str) -> dict:
    """A copy of a corpus record under a new id with one distinct line appended.

    The text must change as well as the id: the same text under another id is quarantined as
    ``duplicate_text`` and would never reach extraction.
    """
    return {
        **record,
        "id": f"{record['id']}-bench-{tag}",
        "text": f"{record['text']}\n\nGhi chú đo hiệu năng: bản {tag}.",
    }


def write_replicas(source: Path, target: Path, replicas: int) -> int:
    """The corpus ``replicas`` times over as one JSONL file, read and written a line at a time."""
    written = 0
    with target.open("w", encoding="utf-8") as out:
        for replica in range(replicas):
            with source.open(encoding="utf-8") as lines:
                for line in lines:
                    out.write(json.dumps(variant(json.loads(line), letters(replica)), ensure_ascii=False))
                    out.write("\n")
                    written += 1
    return written


def step_times(log: str) -> str:
    """Dagster's per-step durations from a run's log, slowest first: where a run spends its time."""
    steps = [
        (name, int(minutes or 0) * 60 + float(value or 0) / (1000 if unit == "ms" else 1))
        for name, minutes, value, unit in _STEP.findall(log)
    ]
    return ", ".join(f"{name} {seconds:.1f} s" for name, seconds in sorted(steps, key=lambda step: -step[1]))


def spread(items: list[T], count: int) -> list[T]:
    """``count`` items evenly spaced over the list, so a sample is not all from one source."""
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[int(index * step)] for index in range(count)]


def naive_visits(
    doc_id: str, tagged_sentences: Iterable[list[tuple[str, str]]]
) -> list[tuple[str, str, str]]:
    """What an NER tagger alone gives: every person x every place in a sentence that says thăm/làm việc.

    ``tagged_sentences`` holds (word, BIO tag) pairs per sentence, as underthesea's ``ner`` returns.
    """
    found: dict[tuple[str, str, str], None] = {}
    for words in tagged_sentences:
        if not _VISIT_WORDS.search(" ".join(word for word, _ in words)):
            continue
        spans: dict[str, list[str]] = {"PER": [], "LOC": []}
        kind = None
        for word, tag in words:
            prefix, _, label = tag.partition("-")
            if prefix == "B" and label in spans:
                spans[label].append(word)
                kind = label
            elif prefix == "I" and label == kind:
                spans[label][-1] += f" {word}"
            else:
                kind = None
        for person, place in itertools.product(spans["PER"], spans["LOC"]):
            found[(doc_id, person, place)] = None
    return list(found)


@dataclass(slots=True)
class Result:
    name: str
    articles: int
    wall_s: float
    cpu_s: float
    peak_mb: float
    peak_pss_mb: float
    extracted: int | None = None  # articles the run extracted, read from the warehouse
    verdicts: list[str] = field(default_factory=list)

    def judge(self, label: str, value: float, limit: float, unit: str = "") -> None:
        mark = "ok" if value <= limit else "MISSED"
        self.verdicts.append(f"{label} {value:.2f}{unit} <= {limit:g}{unit}: {mark}")


def table(results: list[Result], plain: Result) -> str:
    header = (
        "scenario",
        "articles",
        "extracted",
        "wall s",
        "cpu s",
        "art/s",
        "peak RSS MB",
        "peak PSS MB",
        "wall/plain",
        "cpu/plain",
    )
    rows = [header]
    for result in results:
        rows.append(
            (
                result.name,
                str(result.articles),
                "-" if result.extracted is None else str(result.extracted),
                f"{result.wall_s:.1f}",
                f"{result.cpu_s:.1f}",
                f"{result.articles / result.wall_s:.0f}" if result.wall_s else "-",
                f"{result.peak_mb:.0f}",
                f"{result.peak_pss_mb:.0f}",
                f"{result.wall_s / plain.wall_s:.1f}x",
                f"{result.cpu_s / plain.cpu_s:.1f}x",
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


# --- measuring ---------------------------------------------------------------------------------


class PeakMemory:
    """Highest memory of a process and all its descendants, sampled every 0.1 s in a thread.

    RSS summed over processes counts shared pages (libraries, copy-on-write) once per process; PSS
    shares them out, so the two peaks bracket what the tree really holds.
    """

    def __init__(self, pid: int) -> None:
        import psutil

        self._root = psutil.Process(pid)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self.peak_mb = 0.0
        self.peak_pss_mb = 0.0

    def _sample(self) -> tuple[float, float]:
        import psutil

        rss = pss = 0
        try:
            processes = [self._root, *self._root.children(recursive=True)]
        except psutil.Error:
            return 0.0, 0.0
        for process in processes:
            try:
                info = process.memory_full_info()
            except psutil.Error:
                continue  # ended between listing and reading
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
        return rss / _MB, pss / _MB

    def _watch(self) -> None:
        while True:
            rss, pss = self._sample()
            self.peak_mb, self.peak_pss_mb = max(self.peak_mb, rss), max(self.peak_pss_mb, pss)
            if self._stop.wait(0.1):
                return

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_plain_pass() -> Result:
    with PeakMemory(os.getpid()) as memory:
        wall, cpu = time.perf_counter(), time.process_time()
        with CORPUS.open(encoding="utf-8") as lines:
            articles, _, _ = plain_pass(lines)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return Result("1 plain pass", articles, wall, cpu, memory.peak_mb, memory.peak_pss_mb)


def load_articles(folder: Path) -> list:
    """The articles the pipeline would extract from ``folder``: ingest's own reading, rejections dropped."""
    from orchestration.ingest import Rejection, scan_folder

    return [item.article for item in scan_folder(folder) if not isinstance(item, Rejection)]


def measure_extraction(articles: list, plain: Result) -> Result:
    from orchestration.extraction.pipeline import extract

    with PeakMemory(os.getpid()) as memory:
        wall, cpu = time.perf_counter(), time.process_time()
        for article in articles:
            extract(article)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    result = Result(
        "2 extraction alone (1 process)", len(articles), wall, cpu, memory.peak_mb, memory.peak_pss_mb
    )
    result.judge("cpu / plain pass cpu", cpu / plain.cpu_s, 5, "x")
    return result


def measure_parallel_extraction(articles: list, plain: Result) -> Result:
    """Extraction as the pipeline runs it: its worker function on a spawn pool of every core, Arrow
    tables built in the workers and sent back; only the DuckDB writes are left out."""
    from orchestration.extract_runner import BATCH_SIZE, extract_batch, process_pool
    from orchestration.extraction.version import extractor_version

    records = [
        (a.article_id, "", a.text, a.title, a.url, a.source, a.published_at, a.retrieved_at) for a in articles
    ]
    batches = [records[i : i + BATCH_SIZE] for i in range(0, len(records), BATCH_SIZE)]
    version = extractor_version()
    workers = os.cpu_count() or 1
    with PeakMemory(os.getpid()) as memory:
        wall, cpu = time.perf_counter(), time.process_time() + _children_cpu()
        with process_pool(workers) as pool:
            rows = sum(
                tables["articles"].num_rows
                for tables in pool.map(extract_batch, batches, [version] * len(batches))
            )
        wall, cpu = time.perf_counter() - wall, time.process_time() + _children_cpu() - cpu
    result = Result(
        f"2b extraction, {workers} worker processes", rows, wall, cpu, memory.peak_mb, memory.peak_pss_mb
    )
    result.judge("wall / plain pass wall", wall / plain.wall_s, 5, "x")
    return result


def freeze_project(target: Path) -> Path:
    """Copy the code the runs execute, so edits made while the benchmark runs cannot change it.

    The extractor version is a digest of the extraction sources: an edit between two runs would make
    every article stale and turn "nothing new" into a full re-extraction. Copies keep their mtimes, so
    the dbt manifest stays newer than the models and is not parsed again.
    """
    from orchestration.extraction import COMPILED_ROOT

    skip = shutil.ignore_patterns("__pycache__", "logs", "target", "dbt_packages", ".user.yml")
    for name in ("orchestration", "dbt_project", "seeds"):
        shutil.copytree(PROJECT_ROOT / name, target / name, ignore=skip)
    if COMPILED_ROOT.is_dir():  # the copy's extractor version matches, so the runs use it as make run does
        shutil.copytree(COMPILED_ROOT, target / COMPILED_ROOT.relative_to(PROJECT_ROOT))
    manifest = Path("dbt_project") / "target" / "manifest.json"
    if (PROJECT_ROOT / manifest).exists():
        (target / manifest).parent.mkdir()
        shutil.copy2(PROJECT_ROOT / manifest, target / manifest)
    return target


@dataclass(frozen=True, slots=True)
class Workspace:
    """One warehouse with its articles folder and Dagster home, run on a frozen copy of the code."""

    code: Path
    articles: Path
    warehouse: Path
    dagster_home: Path

    @classmethod
    def create(cls, code: Path, root: Path) -> Workspace:
        space = cls(code, root / "articles", root / "warehouse.duckdb", root / "dagster_home")
        space.articles.mkdir(parents=True)
        space.dagster_home.mkdir()
        shutil.copy(PROJECT_ROOT / "dagster_home" / "dagster.yaml", space.dagster_home / "dagster.yaml")
        return space


def run_pipeline(name: str, space: Workspace, log: Path) -> Result:
    """`newswh run` as its own process tree, exactly what `make run` does; the log keeps its output."""
    import duckdb

    env = {
        **os.environ,
        "ARTICLES_DIR": str(space.articles),
        "WAREHOUSE_PATH": str(space.warehouse),
        "DAGSTER_HOME": str(space.dagster_home),
        "PYTHONPATH": str(space.code),  # ahead of the editable install of the live tree
    }
    newswh = Path(sys.executable).with_name("newswh")
    started_at = datetime.now(UTC)
    cpu = _children_cpu()
    wall = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            [str(newswh), "run"], env=env, cwd=space.code, stdout=out, stderr=subprocess.STDOUT
        )
        with PeakMemory(process.pid) as memory:
            code = process.wait()
    wall, cpu = time.perf_counter() - wall, _children_cpu() - cpu
    output = log.read_text(encoding="utf-8")
    summary = [line for line in output.splitlines() if line.startswith("run ")]
    print(f"  {name}: {summary[-1] if summary else 'no summary line'} (exit {code})", flush=True)
    print(f"    steps: {step_times(output)}", flush=True)
    if code != 0:
        print("  " + "\n  ".join(log.read_text(encoding="utf-8").splitlines()[-20:]))
    with duckdb.connect(str(space.warehouse), read_only=True) as con:
        raw = con.execute("select count(*) from staging.raw_articles").fetchone()[0]
        extracted = con.execute(
            "select count(*) from staging.articles where extracted_at >= ?", [started_at]
        ).fetchone()[0]
    result = Result(name, raw, wall, cpu, memory.peak_mb, memory.peak_pss_mb, extracted)
    if code != 0:
        result.verdicts.append(f"run exited {code}: FAILED (log {log})")
    return result


def add_increment(corpus: Path, space: Workspace, count: int) -> None:
    """Append ``count`` new articles, copies of accepted ones with new ids and one new line each."""
    import duckdb

    with duckdb.connect(str(space.warehouse), read_only=True) as con:
        accepted = [
            row[0] for row in con.execute("select article_id from staging.raw_articles order by 1").fetchall()
        ]
    wanted = set(spread(accepted, count))
    with (
        corpus.open(encoding="utf-8") as lines,
        (space.articles / "new.jsonl").open("w", encoding="utf-8") as out,
    ):
        for line in lines:
            record = json.loads(line)
            if record["id"] in wanted:
                wanted.discard(record["id"])
                out.write(json.dumps(variant(record, "moi"), ensure_ascii=False) + "\n")


# --- underthesea, in a venv of its own -----------------------------------------------------------


def underthesea_python() -> Path:
    """The venv's python, created with the `bench` extra of pyproject.toml on first use."""
    python = UNDERTHESEA_VENV / "bin" / "python"
    if not python.exists():
        with (PROJECT_ROOT / "pyproject.toml").open("rb") as handle:
            requirements = tomllib.load(handle)["project"]["optional-dependencies"]["bench"]
        print(f"  creating {UNDERTHESEA_VENV} with {requirements} (once)", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(UNDERTHESEA_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *requirements], check=True)
    return python


def _timed(function: Callable[[T], object], items: list[T]) -> float:
    """Seconds ``function`` takes over ``items``, one pass: how both sides of the underthesea
    comparison are timed."""
    started = time.perf_counter()
    for item in items:
        function(item)
    return time.perf_counter() - started


def underthesea_worker(sample: Path, dev: Path, out: Path) -> None:
    """Runs inside the underthesea venv: time its NER on the sample, tag the dev articles."""
    from underthesea import ner, sent_tokenize

    def tag(text: str) -> list[list[tuple[str, str]]]:
        return [[(word, label) for word, _, _, label in ner(s)] for s in sent_tokenize(text) if s.strip()]

    tag("Ông Nguyễn Văn A thăm tỉnh Hà Giang.")  # loads the models before the clock starts
    texts = [json.loads(line)["text"] for line in sample.open(encoding="utf-8")]
    seconds = _timed(tag, texts)
    visits = []
    for line in dev.open(encoding="utf-8"):
        record = json.loads(line)
        visits.extend(naive_visits(record["id"], tag(record["text"])))
    out.write_text(json.dumps({"articles": len(texts), "seconds": seconds, "visits": visits}))


def _offline(command: list[str]) -> tuple[list[str], str]:
    """Cut the network (a new empty network namespace) where we may, so a download would fail loudly."""
    if shutil.which("unshare") and os.geteuid() == 0:
        return ["unshare", "--net", *command], "network cut"
    return command, "HF_HUB_OFFLINE=1"


def compare_underthesea(sample: list, workdir: Path) -> list[str]:
    """underthesea's NER against our extractor on the same articles; its naive visits scored on dev."""
    from orchestration.extraction.pipeline import extract

    try:
        python = underthesea_python()
    except subprocess.CalledProcessError as error:
        return [f"underthesea: blocked, could not install it ({error})"]
    sample_file, dev_file, out = workdir / "sample.jsonl", workdir / "dev.jsonl", workdir / "underthesea.json"
    with sample_file.open("w", encoding="utf-8") as handle:
        for article in sample:
            handle.write(
                json.dumps({"id": article.article_id, "text": article.text}, ensure_ascii=False) + "\n"
            )
    with dev_file.open("w", encoding="utf-8") as handle:
        for line in DEV_ARTICLES.open(encoding="utf-8"):
            record = json.loads(line)
            handle.write(json.dumps({"id": record["id"], "text": record["text"]}, ensure_ascii=False) + "\n")
        for seed in sorted((PROJECT_ROOT / "seeds").glob("*.txt")):
            handle.write(json.dumps({"id": seed.stem, "text": seed.read_text(encoding="utf-8")}) + "\n")
    home = workdir / "underthesea_home"  # empty: no model cached from an earlier download
    home.mkdir()
    worker = [str(python), "-m", "orchestration.benchmark", "--underthesea-worker", str(sample_file)]
    env = {**os.environ, "HOME": str(home), "PYTHONPATH": str(PROJECT_ROOT), "HF_HUB_OFFLINE": "1"}
    command, how = _offline([*worker, str(dev_file), str(out)])
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        return [f"underthesea: blocked offline: {done.stderr.strip().splitlines()[-1:]}"]
    theirs = json.loads(out.read_text())
    # Ours takes a fraction of a second per pass, so a pass is at the mercy of the shared machine:
    # two runs of five passes, minutes apart, gave 344 and 458 art/s. Their one pass of tens of seconds
    # averages such spells out; the median of several short passes is the figure that does the same.
    rates = sorted(len(sample) / _timed(extract, sample) for _ in range(_OUR_PASSES))
    ours_rate = statistics.median(rates)
    their_rate = theirs["articles"] / theirs["seconds"]
    return [
        f"underthesea 'ner' runs offline ({how}, empty HOME): its CRF models ship in the wheel.",
        f"same {len(sample)} articles, 1 process: underthesea sent_tokenize+ner {their_rate:.1f} art/s, "
        f"our extract {ours_rate:.0f} art/s "
        f"(median of {_OUR_PASSES} passes, {rates[0]:.0f}-{rates[-1]:.0f}): "
        f"{ours_rate / their_rate:.0f}x faster per article "
        f"({'ok' if ours_rate >= 100 * their_rate else 'MISSED'} target >= 100x)",
        "underthesea tags PER/LOC/ORG only: no visits, dates, figures or indicators (indicators F1 = 0).",
        f"naive visits from its tags (PER x LOC in a sentence with thăm|làm việc), dev gold: "
        f"{score_naive_visits(theirs['visits'], workdir)}",
        f"ours, `make eval` on the same gold:\n  {score_ours()}",
    ]


def score_naive_visits(visits: list[list[str]], workdir: Path) -> str:
    import duckdb

    database = workdir / "naive.duckdb"
    with duckdb.connect(str(database)) as con:
        con.execute(
            "create table fct_visits (article_id varchar, visitor_name varchar, visitor_title varchar,"
            " province_name varchar, country varchar, visit_date date)"
        )
        con.execute(
            "create table fct_indicators (article_id varchar, value double, unit varchar, indicator_code"
            " varchar, period_start_year int, period_end_year int, rank_total int, qualifier varchar)"
        )
        rows = [(doc, person, None, place, place, None) for doc, person, place in visits]
        if rows:
            con.executemany("insert into fct_visits values (?, ?, ?, ?, ?, ?)", rows)
    return _score(database)


def score_ours() -> str:
    done = subprocess.run(
        [sys.executable, "-m", "orchestration.evaluation"], capture_output=True, text=True, cwd=PROJECT_ROOT
    )
    found = _SCORE_LINE.findall(done.stdout)
    return "\n  ".join(found) if found else f"failed (exit {done.returncode})"


def _score(database: Path) -> str:
    done = subprocess.run(
        [sys.executable, str(SCORER), str(DEV_GOLD), str(database)],
        capture_output=True,
        text=True,
    )
    found = _SCORE_LINE.findall(done.stdout)
    return found[0] if found else f"scorer failed: {done.stdout[-200:]} {done.stderr[-200:]}"


# --- the whole benchmark -------------------------------------------------------------------------


def _machine() -> str:
    import psutil

    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    memory = psutil.virtual_memory().total / 1024**3
    return f"{os.cpu_count()} cores, {memory:.0f} GB RAM, load average {load}"


def _extractor_build() -> str:
    from orchestration.extraction import compiled_in_use

    return (
        "compiled with mypyc"
        if compiled_in_use()
        else "plain Python (not compiled, or compiled from other sources)"
    )


def run_benchmark(replicas: int, with_underthesea: bool) -> int:
    print(f"machine: {_machine()}\ncorpus: {CORPUS}\nextractor: {_extractor_build()}", flush=True)
    results: list[Result] = []
    plain = measure_plain_pass()
    results.append(plain)
    with tempfile.TemporaryDirectory(prefix="newswh-bench-") as tmp:
        workdir = Path(tmp)
        code = freeze_project(workdir / "project")
        corpus_only = workdir / "corpus_only"
        corpus_only.mkdir()
        (corpus_only / CORPUS.name).symlink_to(CORPUS)
        articles = load_articles(corpus_only)
        results.append(measure_extraction(articles, plain))
        print(f"  extraction alone: {results[-1].cpu_s:.1f} s CPU", flush=True)
        results.append(measure_parallel_extraction(articles, plain))
        print(f"  extraction on every core: {results[-1].wall_s:.1f} s", flush=True)

        space = Workspace.create(code, workdir / "one")
        (space.articles / CORPUS.name).symlink_to(CORPUS)
        full = run_pipeline("3 full run, empty warehouse", space, workdir / "full.log")
        full.judge("wall", full.wall_s, 60, " s")
        full.judge("peak RSS", full.peak_mb / 1024, 1.5, " GB")
        full.judge("peak PSS", full.peak_pss_mb / 1024, 1.5, " GB")
        results.append(full)

        again = run_pipeline("4 nothing new", space, workdir / "again.log")
        again.verdicts.append(
            f"articles extracted: {again.extracted} ({'ok' if again.extracted == 0 else 'MISSED'})"
        )
        results.append(again)

        add_increment(CORPUS, space, _INCREMENT)
        increment = run_pipeline(f"5 incremental, +{_INCREMENT} articles", space, workdir / "increment.log")
        verdict = "ok" if increment.extracted == _INCREMENT else "MISSED"
        increment.verdicts.append(
            f"articles extracted: {increment.extracted} of {_INCREMENT} new ({verdict})"
        )
        increment.judge("wall / full run", increment.wall_s / full.wall_s, 0.3)
        results.append(increment)

        if replicas > 1:
            big = Workspace.create(code, workdir / "many")
            lines = write_replicas(CORPUS, big.articles / "replicated.jsonl", replicas)
            print(f"  wrote {lines} lines ({replicas}x the corpus)", flush=True)
            many = run_pipeline(f"6 {replicas}x corpus, empty warehouse", big, workdir / "many.log")
            many.judge("wall / full run", many.wall_s / full.wall_s, replicas)
            many.judge("peak RSS", many.peak_mb / 1024, 2, " GB")
            many.judge("peak PSS", many.peak_pss_mb / 1024, 2, " GB")
            results.append(many)

        comparison = (
            compare_underthesea(spread(articles, _SAMPLE_SIZE), workdir)
            if with_underthesea
            else ["underthesea: skipped (--no-underthesea)"]
        )
    print(f"\nmachine: {_machine()}\n")
    print(table(results, plain))
    print()
    for result in results:
        for verdict in result.verdicts:
            print(f"{result.name}: {verdict}")
    print("\n".join(comparison))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m orchestration.benchmark", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--replicas", type=int, default=10, help="copies of the corpus for scenario 6 (1 skips it)"
    )
    parser.add_argument("--no-underthesea", action="store_true", help="skip the underthesea comparison")
    parser.add_argument("--underthesea-worker", nargs=3, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.underthesea_worker:
        underthesea_worker(*args.underthesea_worker)
        return 0
    if not CORPUS.exists():
        print(f"skipped: no corpus at {CORPUS} (set SHARED_DIR to point at the folder holding corpus/)")
        return 0
    return run_benchmark(args.replicas, not args.no_underthesea)


if __name__ == "__main__":
    sys.exit(main())
