"""Benchmarks: ``python -m tests.benchmarks [--only AREA] [--quick]`` (see harness.py)."""
