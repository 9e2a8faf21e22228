"""spaCy components of warta: sentence splitting, entities, time expressions, quotes.

Each component lives in `warta.nlp.components.<name>` and is registered under the name
`warta_<name>` in `warta.nlp.factories`. Results are kept on the `Doc` as standoff spans
(see `warta.nlp.extensions`).
"""
