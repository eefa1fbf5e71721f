"""`orbat serve` (the REST API and the web UI) and `orbat token create`."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from orbat.cli.app import DbOption, JsonOption, app, console, err_console, fail, print_json, safe, store_for
from orbat.errors import OrbatError
from orbat.store import default_db_path

token_app = typer.Typer(help="API tokens for `orbat serve` writes.", no_args_is_help=True)
app.add_typer(token_app, name="token")


def is_loopback(host: str) -> bool:
    """Whether ``host`` binds to this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind. Off loopback, reads need a token too.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    max_mb: Annotated[float, typer.Option("--max-mb", min=0.001, help="Largest request body (MB).")] = 20.0,
    open_reads: Annotated[
        bool, typer.Option("--open-reads", help="Off loopback, let anyone read without a token.")
    ] = False,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(
            "--cors-origin",
            help="An origin allowed to call the API from a browser (repeatable).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Serve the knowledge base: the JSON API under /api/ and the web UI at /."""
    import uvicorn

    from orbat.api import Settings, create_app

    loopback = is_loopback(host)
    if not loopback:
        err_console.print(
            f"[bold red]WARNING:[/bold red] binding to {safe(host)}, which is not loopback: the API is reachable "
            "from other machines. There is no TLS; "
            + (
                "reads are OPEN to anyone (--open-reads); "
                if open_reads
                else "reads and writes need a token; "
            )
            + "put it behind a TLS proxy.",
            highlight=False,
            soft_wrap=True,
        )
    settings = Settings(
        max_body_bytes=int(max_mb * 2**20),
        reads_need_token=not loopback and not open_reads,
        cors_origins=tuple(cors_origin or ()),
    )
    path = default_db_path(db)
    try:
        api = create_app(path, settings=settings)
    except OrbatError as exc:
        raise fail(str(exc)) from exc
    with store_for(db) as store:
        if not store.token_hashes():
            err_console.print(
                "[yellow]note:[/yellow] no API token yet: writes are refused until you run `orbat token create`",
                highlight=False,
            )
    err_console.print(f"orbat: serving {safe(path)} on http://{safe(host)}:{port}/", highlight=False)
    uvicorn.run(api, host=host, port=port, proxy_headers=False, server_header=False, log_level="info")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Option("--name", help="Who or what the token is for.")] = "default",
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Create an API token and print it once (only its hash is stored)."""
    from orbat.api import new_token, token_hash

    name = name.strip()
    if not name:
        raise fail("--name is empty")
    token = new_token()
    with store_for(db) as store:
        token_id = store.add_token(name, token_hash(token))
    if json:
        print_json({"id": token_id, "name": name, "token": token})
        return
    console.print(f"token {token_id} ({safe(name)}) — shown once, keep it:", highlight=False)
    typer.echo(token)
