"""`storyline serve` on an address it cannot listen on (a port in use, a host not of this
machine) stops before serving, with a message and the usage status (2), not the web
server's own startup status (3, which storyline uses for a bug)."""

from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

from storyline.cli import _check_address, cli

pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install 'storyline[web]'")


def _store(tmp_path) -> str:
    page = tmp_path / "a.txt"
    page.write_text("The council said the new bridge over the river would open in the spring after two years "
                    "of work, and that the old ferry would keep running until the first cars cross it. "
                    "Drivers were told to expect short closures of the river road while the last spans are set.\n")
    db = str(tmp_path / "s.db")
    assert CliRunner().invoke(cli, ["ingest", str(page), "--no-figures", "--db", db]).exit_code == 0
    return db


def test_a_port_in_use_is_refused_before_serving(tmp_path):
    db = _store(tmp_path)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        res = CliRunner().invoke(cli, ["serve", "--db", db, "--port", str(port)])
    assert res.exit_code == 2, res.output
    assert f"cannot serve on 127.0.0.1:{port}" in res.output and "--port" in res.output
    assert "serving" not in res.output


def test_a_free_address_passes_the_check():
    _check_address("127.0.0.1", 0)  # no error


def test_an_address_not_of_this_machine_is_refused():
    with pytest.raises(Exception, match="cannot serve on 192.0.2.1"):
        _check_address("192.0.2.1", 0)  # TEST-NET-1: never a local address
