"""The pure domain: sources, records, markings. No I/O, no framework imports."""

from epoc.model.document import CandidateLabel, DocumentType, Mention, MentionKind, Portion
from epoc.model.errors import (
    Conflict,
    EpocError,
    Forbidden,
    ImportFailure,
    InvalidInput,
    MarkingError,
    NotFound,
    Throttled,
    Unauthorized,
)
from epoc.model.marking import Classification, Marking, Scope
from epoc.model.record import (
    Address,
    Fact,
    FactKind,
    Identifier,
    IdentifierKind,
    Name,
    NameKind,
    Record,
    Schema,
)
from epoc.model.source import Source, SourceKind

__all__ = [
    "Address",
    "CandidateLabel",
    "Classification",
    "Conflict",
    "DocumentType",
    "EpocError",
    "Fact",
    "FactKind",
    "Forbidden",
    "Identifier",
    "IdentifierKind",
    "ImportFailure",
    "InvalidInput",
    "Marking",
    "MarkingError",
    "Mention",
    "MentionKind",
    "Name",
    "NameKind",
    "NotFound",
    "Portion",
    "Record",
    "Schema",
    "Scope",
    "Source",
    "SourceKind",
    "Throttled",
    "Unauthorized",
]
