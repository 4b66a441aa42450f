"""Per-part statistics folded into one: the reduce step that linking and positions share.

An engine folds parts as they arrive (or as a tree of tasks on Dask) and holds only the total."""

from __future__ import annotations


def combine(stats: dict, more: dict) -> dict:
    """Two parts' statistics as one, folded into ``stats`` in place: an entry of a key already
    there is merged into it (its ``merge``), any other is added. Every input is folded exactly
    once, so any grouping and order gives the same result."""
    for key, entry in more.items():
        if key in stats:
            stats[key].merge(entry)
        else:
            stats[key] = entry
    return stats
