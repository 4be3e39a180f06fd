"""deploy/docker-compose.yml: valid Compose (Debian's docker-compose `config`), and everything it names exists."""

from __future__ import annotations

import fnmatch
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT
from worker.cli import main
from worker.config import Settings

COMPOSE = ROOT / "deploy" / "docker-compose.yml"
ENV_EXAMPLE = ROOT / "deploy" / ".env.example"


def load() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def test_compose_config_validates() -> None:
    exe = shutil.which("docker-compose")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("docker-compose (Debian package) missing: .ci/run installs it")
        pytest.skip("docker-compose not installed (apt-get install docker-compose)")
    out = subprocess.run(
        [exe, "-f", str(COMPOSE), "--env-file", str(ENV_EXAMPLE), "config", "-q"], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr


def test_required_variables_are_in_env_example() -> None:
    text = COMPOSE.read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*)", text))
    example = {line.split("=", 1)[0] for line in ENV_EXAMPLE.read_text().splitlines() if "=" in line}
    assert used <= example, used - example


def test_newswatch_variables_are_real_settings() -> None:
    env_keys: set[str] = set()
    for svc in load()["services"].values():
        env = svc.get("environment") or {}
        env_keys |= {k for k in env if k.startswith("NEWSWATCH_")}
    fields = {f"NEWSWATCH_{name.upper()}" for name in Settings.model_fields}
    # NEWSWATCH_HOOK_SECRET is the secret_env that alerts.yaml names for its webhook
    assert "secret_env: NEWSWATCH_HOOK_SECRET" in (ROOT / "alerts.yaml").read_text()
    assert env_keys - fields == {"NEWSWATCH_HOOK_SECRET"}


def test_images_volumes_commands_and_files_exist() -> None:
    spec = load()
    declared = set(spec["volumes"])
    commands = set(main.commands)
    for name, svc in spec["services"].items():
        image = svc.get("image", "")
        assert ":" in image, f"{name}: image must be pinned"
        if image.startswith("newswatch:"):
            build = svc["build"]
            assert (COMPOSE.parent / build["context"] / build["dockerfile"]).resolve().is_file()
            assert svc["command"][0] in commands, f"{name}: unknown command {svc['command'][0]}"
        else:
            assert not image.endswith(":latest"), name
        for vol in svc.get("volumes", []):
            src = vol.split(":", 1)[0]
            if src.startswith("."):
                assert (COMPOSE.parent / src).resolve().exists(), f"{name}: {src}"
            else:
                assert src in declared, f"{name}: volume {src} not declared"
    es = spec["services"]["elasticsearch"]
    assert es["environment"]["xpack.security.enabled"] == "true"
    assert "9.2.0" in es["image"] and "9.2.0" in spec["services"]["kibana"]["image"]
    redis = " ".join(spec["services"]["redis"]["command"])
    assert "--appendonly yes" in redis and "--maxmemory-policy noeviction" in redis
    assert "healthcheck" in spec["services"]["worker"] and "deploy" not in spec["services"]["beat"]


def test_dockerfile_runs_as_non_root() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert "FROM python:3.11-slim" in text and re.search(r"^USER newswatch$", text, re.M)
    for path in re.findall(r"^COPY (?:--\S+ )*(.+) \S+$", text, re.M):
        for part in path.split():
            assert (ROOT / part).exists() or part.startswith("/"), part


def test_env_example_has_no_real_secrets() -> None:
    for line in ENV_EXAMPLE.read_text().splitlines():
        if "PASSWORD" in line or "SECRET" in line:
            assert "change-me" in line, line


def test_compose_paths_are_relative(tmp_path: Path) -> None:
    assert "/work/" not in COMPOSE.read_text()


BUILD_COPIES = ["pyproject.toml", "README.md", "native", "worker"]
WHEEL_BUILD = "pip wheel --no-cache-dir --no-deps --wheel-dir /dist ."


def test_image_installs_the_tested_wheel_with_everything_the_commands_read() -> None:
    """The image builds the wheel from what test_installed.py builds it from, and installs only that wheel."""
    text = (ROOT / "Dockerfile").read_text()
    build, final = text.split("\nFROM ", 2)[1:] if text.count("\nFROM ") == 2 else ("", "")
    assert build and final, "expected a build stage and a final stage"
    copied = [p for line in re.findall(r"^COPY (?!--from)(?:--\S+ )*(.+) \S+$", build, re.M) for p in line.split()]
    assert copied == BUILD_COPIES
    assert f"RUN {WHEEL_BUILD}" in build
    assert "RUN pip install --no-cache-dir /dist/*.whl" in final
    # The image's working directory holds what the commands read from the current directory.
    assert re.search(r"^COPY --chown=newswatch feeds\.yaml topics\.yaml alerts\.yaml \./$", final, re.M)
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert not any(p.strip("/*") in ("worker", "worker/resources") for p in ignored)
    # Everything read at run time is package data of the wheel (the worker/ tree the image copies).
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    shipped = [f for f in (ROOT / "worker" / "resources").rglob("*") if f.is_file() and f.suffix not in (".py", ".pyc")]
    assert shipped
    for f in shipped:
        rel = f.relative_to(ROOT / "worker" / "resources").as_posix()
        assert any(fnmatch.fnmatch(rel, pat) for pat in data["worker.resources"]), f"{rel} is not package data"
    # mappings/ and deploy/kibana/ are links to the shipped files, not second copies that could drift.
    assert (ROOT / "mappings").is_symlink() and (ROOT / "mappings").resolve() == ROOT / "worker/resources/mappings"
    assert (ROOT / "deploy" / "kibana").resolve() == ROOT / "worker/resources/kibana"
