"""The API's settings: one frozen dataclass handed to ``create_app``."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BODY = 20 * 2**20


@dataclass(frozen=True, slots=True)
class Settings:
    """Limits and switches of one API app.

    max_body_bytes: larger request bodies are refused (413).
    write_rate / write_burst: each client's token bucket for writes (refills
        ``write_rate`` per second up to ``write_burst``; an empty bucket answers 429).
    reads_need_token: reads need a bearer token too (``orbat serve`` sets it when
        bound off loopback, unless told ``--open-reads``).
    cors_origins: origins allowed to call the API from a browser (none by default).
    """

    max_body_bytes: int = DEFAULT_MAX_BODY
    write_rate: float = 0.5
    write_burst: int = 10
    reads_need_token: bool = False
    cors_origins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.max_body_bytes < 1:
            raise ValueError(f"max_body_bytes must be positive, not {self.max_body_bytes}")
        if self.write_rate <= 0 or self.write_burst < 1:
            raise ValueError("write_rate must be positive and write_burst at least 1")
