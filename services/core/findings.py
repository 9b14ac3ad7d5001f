"""A health check's findings, worded in English and translatable later."""

from __future__ import annotations


class Problem(str):
    """A finding, in English, that keeps its ``template`` and ``params`` so the command line
    can word it in the run's language (``services.cli`` translates the template).
    """

    template: str
    params: dict[str, str]

    def __new__(cls, template: str, **params: object) -> Problem:
        values = {k: str(v) for k, v in params.items()}
        obj = super().__new__(cls, template.format(**values))
        obj.template, obj.params = template, values
        return obj
