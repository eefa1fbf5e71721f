"""orbat's exceptions, all in one place.

    OrbatError
    ├── InputError          an input could not be read as a document (names file and reason)
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── DecodeError
    │   ├── MalformedRecord
    │   └── TooLarge
    ├── ExtractionError     a document could not be parsed for facts (names it and why)
    ├── ModelMissing        the pinned spaCy model package is not installed
    ├── StoreError          the knowledge store is unusable (bad path, newer schema, ...)
    └── GoldFormatError     a gold file for `orbat eval` is malformed
"""

from __future__ import annotations


class OrbatError(Exception):
    """Base of every error orbat raises on purpose."""


class InputError(OrbatError):
    """An input (file, record) could not be turned into a Document."""

    def __init__(self, source: str, reason: str, *, record: int | None = None):
        self.source = source
        self.reason = reason
        self.record = record
        where = source if record is None else f"{source} (record {record})"
        super().__init__(f"{where}: {reason}")


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class DecodeError(InputError):
    pass


class MalformedRecord(InputError):
    pass


class TooLarge(InputError):
    pass


class ExtractionError(OrbatError):
    """A document the NLP pipeline could not process."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ModelMissing(OrbatError):
    pass


class StoreError(OrbatError):
    pass


class GoldFormatError(OrbatError):
    pass
