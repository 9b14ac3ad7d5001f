"""Sailplan benchmarks: ``python -m benchmarks [SCENARIO…] [--quick]``.

Every scenario times Sailplan's real code path and a raw baseline doing the same work in the
same run, and prints one line with the median and ``ratio=<x> goal=<y>``.
"""
