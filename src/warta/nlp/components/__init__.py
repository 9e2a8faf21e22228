"""warta's spaCy components, one module each; registered in `warta.nlp.factories`."""
