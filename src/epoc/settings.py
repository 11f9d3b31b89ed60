"""The one typed settings object. Built once (``Settings()`` reads ``EPOC_*`` variables) and passed in."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from epoc.documents.readers.base import Limits

_SHARED_RAW = Path("..") / "shared" / "data" / "raw"
_SHARED_CORPUS = Path("..") / "shared" / "data" / "corpus"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EPOC_", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Folder for the embedded database and indexes.")
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default: an SQLite file in the data folder."
    )
    import_dir: Path | None = Field(
        None, description="Folder of lists `make run` imports; default ../shared/data/raw where it exists."
    )
    corpus_dir: Path | None = Field(
        None,
        description="Folder of public documents `make run` adds (unclassified, from the US);"
        " default ../shared/data/corpus where it exists.",
    )
    max_import_mb: int = Field(1024, description="Largest list or document file accepted, in MiB.")
    max_document_mb: int = Field(
        100, description="Largest document file accepted (and largest e-mail attachment), in MiB."
    )
    max_screen_mb: int = Field(
        20, ge=1, description="Largest file of parties accepted for batch screening on the web, in MiB."
    )
    echo_sql: bool = Field(False, description="Log every SQL statement (debugging).")
    resolve_auto_threshold: float = Field(
        0.9,
        ge=0,
        le=1,
        description="Resolution: a pair the engine matches at this score or more merges at once.",
    )
    resolve_review_threshold: float = Field(
        0.7,
        ge=0,
        le=1,
        description="Resolution: a pair scoring this or more (below auto) is queued for review.",
    )
    denial_lapse_years: int = Field(
        3,
        ge=1,
        description="A denial lapses (and is due for review) this many years after notification or its last"
        " renewal; lapsed denials no longer bind (no-undercut).",
    )
    consultation_days: int = Field(
        30, ge=1, description="The days a denying Partner has to reply to a no-undercut consultation."
    )
    session_idle_minutes: int = Field(30, ge=1, description="A web session ends after this long unused.")
    session_hours: int = Field(12, ge=1, description="A web session ends this long after sign-in.")
    token_days: int = Field(90, ge=1, description="An API token expires this long after it is made.")
    login_max_failures: int = Field(
        5, ge=1, description="Failed sign-ins (per account, and per address) before sign-in is refused."
    )
    login_window_minutes: int = Field(
        15, ge=1, description="The window failed sign-ins are counted in, and how long a refusal lasts."
    )
    cookie_secure: bool | None = Field(
        None, description="Mark cookies Secure; default: when the request came over HTTPS."
    )

    @model_validator(mode="after")
    def _defaults(self) -> Settings:
        if self.import_dir is None and _SHARED_RAW.is_dir():
            self.import_dir = _SHARED_RAW
        if self.corpus_dir is None and _SHARED_CORPUS.is_dir():
            self.corpus_dir = _SHARED_CORPUS
        return self

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'epoc.db').as_posix()}"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def max_import_bytes(self) -> int:
        return self.max_import_mb * 1024 * 1024

    @property
    def document_limits(self) -> Limits:
        return Limits(max_bytes=self.max_document_mb * 1024 * 1024)

    def with_db(self, url: str | None) -> Settings:
        """These settings with ``--db URL`` applied (the CLI flag wins over ``EPOC_DATABASE_URL``)."""
        return self if not url else self.model_copy(update={"database_url": url})
