"""Imported before the pool's processes are forked (worker.pool): everything they need, paid once per run.

Imported by `run --once`'s main process just before it forks them, by a forkserver that does so, and by
a Celery worker's main process at start (worker.celery_app), whose prefork children inherit it too.
Children forked from any of them share these pages copy-on-write, so each pool process starts ready:
no imports, no language model to load, no topics to compile, no first-extraction warm-up. What is
done here, and why:
- trafilatura imported and run once on a small page (its lazy set-up happens here, not per process);
- the language-identification model loaded (memory-mapped from its cache by worker.langfast, or py3langid's
  arrays and worker.langid's float32 copy when there is no cache yet);
- the matcher compiled for the topics file named by the environment (the pool's initializer gets the
  same one from `matcher_for`'s cache; worker.pool compiles the run's own file when it is another);
- all of it with the garbage collector paused (it would walk what lives on and free nothing), then
  `gc.freeze()`: the imported modules and the model are moved out of the collector's reach, so the pool
  processes' garbage collections do not walk them (nor touch their pages, which stay shared).
"""

from __future__ import annotations

import logging

from . import cache

log = logging.getLogger(__name__)
_PAGE = (
    "<html lang='en'><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>"
    + "<p>This paragraph warms up the extractor once, in the forkserver, before any pool process exists.</p>" * 3
    + "</article></body></html>"
)


def _topics() -> None:
    """Compile the matcher for the configured topics file (a failure is reported by the run, not here)."""
    try:
        from .config import load_settings
        from .topics import matcher_for

        matcher_for(load_settings().topics_file)
    except Exception as exc:  # noqa: BLE001 - the forkserver must start anyway; the pool compiles and reports
        log.debug("topics not compiled in the forkserver: %s", exc)


def _warm_up() -> None:
    """Import and run the extractor once, load the language model, compile the configured topics."""
    import trafilatura

    from .text import detect_lang

    trafilatura.bare_extraction(_PAGE, url="https://warm-up.invalid/", with_metadata=True, deduplicate=False)
    detect_lang("This sentence loads the language identification model once.")
    _topics()


with cache.gc_paused(freeze=True):
    _warm_up()
