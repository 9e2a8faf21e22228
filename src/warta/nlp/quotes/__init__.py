"""The parts of the quote component (`warta.nlp.components.quotes`).

- `base`: quotation marks, paragraphs and the `Quote` / `Speaker` records;
- `lexicon`: the language pack's cue vocabulary (`quotes.yaml`);
- `direct`: quoted stretches and the cues that attribute them;
- `indirect`: clauses reported by a cue outside quotation marks;
- `names`, `phrases`: a document's names and the speaker noun phrases around a cue;
- `speakers`: resolution of speaker mentions to names.
"""
