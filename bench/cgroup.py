"""CPU time of a whole process tree, read from a cgroup around it.

`getrusage` misses processes nobody waited for (a pool's forkserver and its children), and
sampling /proc misses short-lived ones. A cgroup counts every process started inside it, for
as long as it lives: cgroup v1 `cpuacct` (`cpuacct.usage`, ns) or cgroup v2 (`cpu.stat`
`usage_usec`). The command is started through `sh`, which joins the group and then `exec`s the
command, so no Python code runs between fork and exec (no `preexec_fn` in a threaded process).
Needs write access to the cgroup file system (root on the development machines).
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

V1 = Path("/sys/fs/cgroup/cpuacct")
V2 = Path("/sys/fs/cgroup")


class CpuGroup:
    """A fresh cgroup for one measured command; `cpu_seconds` is the CPU of everything run in it."""

    def __init__(self, label: str) -> None:
        name = f"nwbench-{label}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        if (V1 / "cpuacct.usage").exists():
            self.path, self.v2 = V1 / name, False
        elif (V2 / "cgroup.controllers").exists():
            self.path, self.v2 = V2 / name, True
        else:
            raise RuntimeError("no cpuacct (v1) or unified (v2) cgroup file system to measure CPU with")
        self.path.mkdir()

    def popen(self, cmd: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        """Start `cmd` inside the group (its children stay in it)."""
        procs = self.path / "cgroup.procs"
        wrapped = ["sh", "-c", f'echo $$ > "{procs}" && exec "$@"', "sh", *cmd]
        return subprocess.Popen(wrapped, **kwargs)

    def cpu_seconds(self) -> float:
        """CPU (user + system) consumed in the group so far."""
        if self.v2:
            for line in (self.path / "cpu.stat").read_text().splitlines():
                key, value = line.split()
                if key == "usage_usec":
                    return int(value) / 1e6
            return 0.0
        return int((self.path / "cpuacct.usage").read_text()) / 1e9

    def close(self, timeout: float = 30.0) -> None:
        """Remove the group once its last process has exited (lingering ones are waited for)."""
        deadline = time.monotonic() + timeout
        while (self.path / "cgroup.procs").read_text().strip() and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            self.path.rmdir()
        except OSError:
            pass  # a straggler still inside: leave the empty-to-be group rather than fail the benchmark

    def __enter__(self) -> CpuGroup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def machine_busy_seconds() -> float:
    """CPU seconds all cores of the machine have spent busy since boot (/proc/stat, every process)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, idle, iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def run_measured(label: str, cmd: list[str], **kwargs: Any) -> tuple[float, float, bytes]:
    """Run `cmd` to completion in its own group: (wall seconds, CPU seconds of its tree, stdout)."""
    with CpuGroup(label) as group:
        t = time.perf_counter()
        proc = group.popen(cmd, stdout=subprocess.PIPE, **kwargs)
        out, _ = proc.communicate()
        wall = time.perf_counter() - t
        if proc.returncode:
            raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}")
        # Children the command left behind (a forkserver shutting down) still count: wait for them.
        deadline = time.monotonic() + 10
        while (group.path / "cgroup.procs").read_text().strip() and time.monotonic() < deadline:
            time.sleep(0.02)
        return wall, group.cpu_seconds(), out
