"""Compile the extractor with mypyc: ``python -m orchestration.compiled`` (``make install`` runs it).

mypyc turns the type-annotated extraction modules into C extensions, which run the same rules about a
fifth faster (README, "Performance"). The extensions go to ``build/mypyc``, never beside the sources,
and are stamped with the extractor version they were built from; :mod:`orchestration.extraction` uses
them only while that stamp matches its files. A machine without a C compiler keeps the plain modules:
the build fails with a warning, and extraction runs as plain Python.
"""

from __future__ import annotations

import os
import shutil
import sys

from orchestration.extraction import COMPILED_ROOT, COMPILED_STAMP
from orchestration.extraction.version import extractor_version
from orchestration.settings import PROJECT_ROOT

#: Imported by the package before the compiled copy can be put first, so they stay plain.
PLAIN_MODULES = ("__init__.py", "version.py")
#: The compiled modules' shared library, a module of the package so it is found on its path.
GROUP_NAME = "orchestration.extraction.native"


def build() -> None:
    from mypyc.build import mypycify
    from setuptools import Distribution

    version = extractor_version()
    os.chdir(PROJECT_ROOT)  # mypyc names modules by their paths and reads [tool.mypy] from here
    sources = sorted(
        path.relative_to(PROJECT_ROOT).as_posix()
        for path in (PROJECT_ROOT / "orchestration" / "extraction").glob("*.py")
        if path.name not in PLAIN_MODULES
    )
    shutil.rmtree(COMPILED_ROOT, ignore_errors=True)
    distribution = Distribution(
        {"name": "newswh-compiled", "ext_modules": mypycify(sources, group_name=GROUP_NAME)}
    )
    command = distribution.get_command_obj("build_ext")
    command.build_lib = str(COMPILED_ROOT)
    command.build_temp = str(PROJECT_ROOT / "build" / "mypyc-temp")
    distribution.run_command("build_ext")
    COMPILED_STAMP.write_text(version + "\n", encoding="utf-8")


def main() -> None:
    try:
        build()
    except (Exception, SystemExit) as error:  # mypyc and distutils report a failed build as SystemExit
        print(f"warning: the extractor was not compiled ({error}); it runs as plain Python", file=sys.stderr)
        return
    print(f"compiled the extractor into {COMPILED_ROOT}")


if __name__ == "__main__":
    main()
