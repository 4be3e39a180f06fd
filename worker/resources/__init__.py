"""Files the commands read at run time, shipped inside the package (one source of truth).

- ``mappings/<name>.json``: the index templates (`setup`); ``NEWSWATCH_MAPPINGS_DIR`` points at a
  folder of your own instead. The repository's top-level ``mappings`` is a link to this folder.
- ``kibana/newswatch.ndjson``: the Kibana saved objects (`kibana import`); ``deploy/kibana`` links here.
- ``demo/``: the demo site's articles and its alert rules (`demo`).

Everything is read through importlib.resources, so an installed wheel, an editable install and a
checkout behave the same.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from ..errors import ConfigError


def resource(*parts: str) -> Traversable:
    """A file shipped in this package."""
    node = resources.files(__name__)
    for part in parts:
        node = node / part
    return node


def mapping_text(name: str, override_dir: Path | None = None) -> str:
    """The index template `name`, from `override_dir` when set, else the shipped one."""
    if override_dir is not None:
        path = override_dir / f"{name}.json"
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise ConfigError(f"NEWSWATCH_MAPPINGS_DIR: {path} not found (needs {name}.json)") from exc
    return resource("mappings", f"{name}.json").read_text(encoding="utf-8")


def kibana_bundle() -> Traversable:
    """The shipped Kibana saved objects bundle."""
    return resource("kibana", "newswatch.ndjson")
