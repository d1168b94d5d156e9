"""`rolecall serve` tunes the interpreter for a process that serves many
requests at once (adapters/web.py: `prefer_the_event_loop`), and leaves the
older garbage generations as CPython sets them."""

import gc
import sys

from adapters.web import SWITCH_INTERVAL_SECONDS, YOUNG_COLLECTION_OBJECTS, prefer_the_event_loop


def test_the_web_process_collects_young_garbage_after_many_requests_objects_not_a_few():
    switch, thresholds = sys.getswitchinterval(), gc.get_threshold()
    try:
        prefer_the_event_loop()

        assert gc.get_threshold() == (YOUNG_COLLECTION_OBJECTS, *thresholds[1:])
        assert YOUNG_COLLECTION_OBJECTS > thresholds[0]
        assert sys.getswitchinterval() == SWITCH_INTERVAL_SECONDS
    finally:
        sys.setswitchinterval(switch)
        gc.set_threshold(*thresholds)
