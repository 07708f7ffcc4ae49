"""The hostile-input and fault suite: fast cases run in ``make test``; the long ones (``tests/hostile/long``)
run with ``make test-hostile`` (``KG_HOSTILE_LONG=1``), which CI also runs."""

from __future__ import annotations

import os

collect_ignore_glob = [] if os.environ.get("KG_HOSTILE_LONG") else ["long/*"]
