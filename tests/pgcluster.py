"""A PostgreSQL server for the tests: a throwaway cluster (initdb into a temporary
folder, started on a free loopback port, fsync off, removed at the end), or the
server that ``ORBAT_TEST_POSTGRES_URL`` names. Each test gets a database of its
own, copied from a template that already holds orbat's schema."""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

from orbat.store.postgres import PostgresStore


def find_bindir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` with an ``initdb`` (Debian's layout)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: _version(p.parent.parent.name))
    return found[-1].parent if found else None


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(x) for x in name.split(".") if x.isdigit())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A server the tests may create and drop databases on (``admin_url`` names a
    database to connect to for that)."""

    def __init__(self, admin_url: str):
        self.admin_url = admin_url
        self._names = (f"orbat_test_{os.getpid()}_{n}" for n in itertools.count())
        self.template = next(self._names)
        try:  # an ICU locale where text sorts unlike bytes: orbat's schema must not depend on it
            self._execute(
                f'CREATE DATABASE "{self.template}" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE \'en-US\''
            )
        except psycopg.Error:  # a server without ICU
            self._execute(f'CREATE DATABASE "{self.template}"')
        PostgresStore(self.url(self.template)).close()  # the schema, once

    def url(self, dbname: str) -> str:
        return urlsplit(self.admin_url)._replace(path="/" + dbname).geturl()

    def _execute(self, sql: str) -> None:
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql)

    @contextmanager
    def database(self, *, migrated: bool = True) -> Iterator[str]:
        """A new database (with orbat's schema, or empty), dropped afterwards."""
        name = next(self._names)
        template = self.template if migrated else "template0"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
        try:
            yield self.url(name)
        finally:
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')


class Cluster:
    """A throwaway cluster run by ``bindir``'s programs. As root they run as the
    ``postgres`` system user (PostgreSQL refuses to run as root)."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.as_user: list[str] = []
        self.folder = Path(tempfile.mkdtemp(prefix="orbat-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, user="postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.data = self.folder / "data"
        self.port = _free_port()

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120, check=False)
        if done.returncode:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed ({done.returncode}): {done.stderr.strip()}\n{tail}")

    def start(self) -> str:
        """initdb and start the server; returns the URL of its ``postgres`` database."""
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", "orbat", "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.folder}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip
        return f"postgresql://orbat@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def postgres_server(url: str | None, bindir: Path | None) -> Iterator[Server]:
    """The server at ``url`` (ORBAT_TEST_POSTGRES_URL) if given, else a throwaway
    cluster from ``bindir``."""
    if url:
        server = Server(url)
        try:
            yield server
        finally:
            server.close()
        return
    if bindir is None:
        raise RuntimeError("no PostgreSQL programs to start a cluster with")
    cluster = Cluster(bindir)
    try:
        server = Server(cluster.start())
        yield server
    finally:
        cluster.stop()
