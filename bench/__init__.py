"""Benchmarks: our generated clients against the stock generator and raw httpx, measured in one process.

Run them all with ``python bench/run.py`` (or ``nox -s bench``). Nothing here is a timed test: every number is compared
with a baseline measured moments before in the same process, and only ratios are held to floors.
"""
