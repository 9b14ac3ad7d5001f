"""Benchmark scenarios. Each module defines ``NAME`` (e.g. "customers-search") and
``run(ctx: benchmarks.core.BenchContext) -> benchmarks.core.Measurement``.
"""
