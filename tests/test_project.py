"""The dbt project's housekeeping between builds."""

import os

from orchestration.project import keep_parse_state


def test_a_builds_parse_state_is_kept_and_old_build_folders_dropped(tmp_path):
    target = tmp_path / "target"
    target.mkdir()
    (target / "partial_parse.msgpack").write_bytes(b"written by dbt parse under another warehouse path")
    (target / "manifest.json").write_text("{}")
    builds = []
    for number in range(8):
        build = target / f"warehouse_marts-{number:07x}-abc{number:04x}"
        build.mkdir()
        os.utime(build, (1_000_000 + number, 1_000_000 + number))
        builds.append(build)
    (builds[-1] / "partial_parse.msgpack").write_bytes(b"state of the last build")

    keep_parse_state(builds[-1])

    assert (target / "partial_parse.msgpack").read_bytes() == b"state of the last build"
    assert sorted(target.glob("warehouse_marts-*")) == builds[-5:]
    assert (target / "manifest.json").read_text() == "{}"
    assert not list(target.glob(".partial_parse*"))  # no staging file left behind
