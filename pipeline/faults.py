"""Named crash and stall points, where a test stops the process at an exact moment.

Crash safety is tested there instead of by killing after a guessed delay:
``PIPELINE_CRASH_AT=name`` stops at the first time the point is reached, ``name:N`` at the N-th
time in the process.
``PIPELINE_STALL_AT=name`` makes the work at a stall point never finish, so the time limits are
tested on any machine instead of with a page guessed to be slow enough."""

from __future__ import annotations

import os
import signal
from collections import Counter

CRASH_AT = "PIPELINE_CRASH_AT"
STALL_AT = "PIPELINE_STALL_AT"
_reached: Counter = Counter()


def checkpoint(name: str) -> None:
    wanted = os.environ.get(CRASH_AT)
    if not wanted or not wanted.startswith(name):
        return
    point, _, nth = wanted.partition(":")
    if point == name:
        _reached[name] += 1
        if _reached[name] == int(nth or 1):
            os._exit(137)  # what SIGKILL leaves: no cleanup, no flush, no finally


def stall_point(name: str) -> None:
    """Where ``PIPELINE_STALL_AT`` names this point, waits until a signal handler raises (the time
    limit's SIGALRM), as work that never finishes would."""
    if os.environ.get(STALL_AT) == name:
        while True:
            signal.pause()
