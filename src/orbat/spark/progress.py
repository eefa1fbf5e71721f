"""Progress of a running Spark job, for a progress bar: ``watch(sc, on_update)``
polls the driver's status tracker in a background thread and reports
(tasks done, tasks in all) over the stages seen so far."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

OnUpdate = Callable[[int, int], None]


def _poll(sc: Any, seen: dict[int, tuple[int, int]]) -> tuple[int, int]:
    tracker = sc.statusTracker()
    for stage_id in tracker.getActiveStageIds():
        info = tracker.getStageInfo(stage_id)
        if info is not None:
            seen[stage_id] = (info.numCompletedTasks, info.numTasks)
    return sum(done for done, _ in seen.values()), sum(total for _, total in seen.values())


@contextmanager
def watch(sc: Any, on_update: OnUpdate, *, every: float = 0.5) -> Iterator[None]:
    """Call ``on_update(done, total)`` every ``every`` seconds while the block runs."""
    stop = threading.Event()
    seen: dict[int, tuple[int, int]] = {}

    def loop() -> None:
        while not stop.wait(every):
            try:
                on_update(*_poll(sc, seen))
            except Exception:  # the context may be stopping: the bar just stops moving
                return

    thread = threading.Thread(target=loop, name="orbat-spark-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)
