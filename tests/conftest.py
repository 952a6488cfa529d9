"""Every test gets its own SCRIBE_HOME; nothing touches the real one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from scribe.config import HARDENED_ENV

for _name, _value in HARDENED_ENV.items():
    os.environ[_name] = _value

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def scribe_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from scribe import pipeline
    from scribe.config import get_settings

    home = tmp_path / "scribe-home"
    monkeypatch.setenv("SCRIBE_HOME", str(home))
    monkeypatch.delenv("SCRIBE_KEY_PASSPHRASE", raising=False)
    get_settings.cache_clear()
    pipeline._store_for.cache_clear()
    yield home
    get_settings.cache_clear()
    pipeline._store_for.cache_clear()


@pytest.fixture
def keys(scribe_home: Path):  # type: ignore[no-untyped-def]
    from scribe.vault.keys import FileKeyProvider

    return FileKeyProvider.init(scribe_home / "keys" / "practice.key")


@pytest.fixture
def store(scribe_home: Path, keys):  # type: ignore[no-untyped-def]
    from scribe.store.store import Store

    s = Store(scribe_home, keys, segment_size=4096)
    yield s
    s.close()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One embedded Prefect API for the whole test session (it costs 10-20 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """A PostgreSQL server on 127.0.0.1 for the whole test session (see tests/pg.py)."""
    from tests import pg

    with pg.server() as url:
        if url is None:
            pytest.skip("PostgreSQL is not installed: apt-get install postgresql (.ci/run does)")
        yield url


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """A fresh database for one test."""
    from tests import pg

    with pg.database(postgres_admin_url) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_store(request: pytest.FixtureRequest, scribe_home: Path, keys):  # type: ignore[no-untyped-def]
    """The same store API on both databases: tests that take it run twice."""
    from scribe.store.store import Store

    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    s = Store(scribe_home, keys, segment_size=4096, database_url=url)
    yield s
    s.close()
