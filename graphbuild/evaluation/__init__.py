"""Benchmarks behind ``graphbuild eval``: each measures one stage against annotated data.

Each returns a small report object; ``str(report)`` is the table the CLI prints.
"""
