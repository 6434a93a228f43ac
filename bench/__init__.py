"""Benchmarks: our generated clients against the stock generator and raw httpx, measured in one process.

Run them all with ``python bench/run.py`` (or ``nox -s bench``; ``-- --json PATH``, ``-- --only decode``): a table
on stdout and every number in ``bench/results.json``. Nothing here is a timed test: ratios compare cases measured
moments apart in the same process, in interleaved rounds, keeping each case's best. A vendor joins the vendor-wide
rows by one declaration in :mod:`bench.vendors`; regeneration is timed for every vendor in ``codegen/vendors.toml``.
"""
