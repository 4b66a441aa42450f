"""Named points where a test can stop the process as a crash would, so crash safety is tested at
an exact moment instead of by killing after a guessed delay: ``PIPELINE_CRASH_AT=name`` stops at
the first time the point is reached, ``name:N`` at the N-th time in the process."""

from __future__ import annotations

import os
from collections import Counter

CRASH_AT = "PIPELINE_CRASH_AT"
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
