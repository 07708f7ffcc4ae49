"""What a load returns: the reports, and one line per input that could not be read."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Report


@dataclass(frozen=True)
class LoadError:
    """One input that was refused; ``str()`` is the one line ``kg build`` prints on stderr."""

    path: str
    message: str

    def __str__(self) -> str:
        # Exception texts may span lines (lxml's ImportError does); the contract is one line.
        return " ".join(f"{self.path}: {self.message}".split())


@dataclass
class LoadResult:
    reports: list[Report] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class Refused(Exception):
    """Raised inside the loaders for bad input; becomes a :class:`LoadError` with this message."""
