"""Coded errors and warnings: every message carries a searchable code (E... an error that
stops a document or a command, W... a warning about a document that was still analysed) and,
where known, its source."""
from __future__ import annotations


class WartaError(Exception):
    """An error with a code (E001 ...) and the file/record it concerns."""

    def __init__(self, code: str, message: str, source: str | None = None):
        self.code = code
        self.message = message
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"[{code}] {where}{message}")

    def __reduce__(self) -> tuple[type, tuple[str, str, str | None]]:
        """Pickled by its fields, so that an error crosses to and from worker processes."""
        return type(self), (self.code, self.message, self.source)

    def to_dict(self) -> dict[str, str | None]:
        """The error as a line of the `--errors` report."""
        return {"code": self.code, "source": self.source, "message": self.message}


# The codes, by layer (search the code for a code to find where it is raised):
# ingest     E001 unreadable or missing input, E002 not UTF-8 / binary, E003 empty document,
#            E004 JSONL line not a JSON object, E005 record/entry without text,
#            E006 malformed feed, E007 broken or truncated WARC, E008 unknown format,
#            E009 a record or file the reader failed on (an IndoSum token that is not
#            a string, a parser's unexpected exception)
# lang       E010 language pack lacks a data file, E011 no such language pack
# article    E020 no body left after furniture, E021 unexpected failure while parsing,
#            E022 article not analysed yet
# nlp        E030 trained model missing, E031 analysis of a document failed,
#            E032 document longer than --max-chars
# eval       E040 gold directory missing or without inputs, E041 no scorer found
# kb         E050-E059 knowledge-base files (see warta.kb.loaders)
# cli        E060 not a file of warta records, E061 no record with the asked id,
#            E062 an unknown --format, or parquet without an output directory or pyarrow,
#            E099 unexpected failure of a command (`--debug` shows the traceback)
# warnings   W001 unreadable `published` (left null), W002 text not in the pack's language,
#            W003 file of unknown format in a directory, not read
# store      E070 a record that cannot be stored, E071 parquet export without pyarrow,
#            E072 parquet export without a file
