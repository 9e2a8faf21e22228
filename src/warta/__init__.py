"""warta: reads Indonesian news and writes down what happened, who says so, and since when.

Public API::

    import warta
    article = warta.analyze(path="page.txt")       # or text=..., html=..., with metadata keywords
    article.to_record()                             # the schema record
    for record in warta.extract(["news/", "feed.xml"]):
        ...
"""
from warta.article import Article
from warta.core import Outcome, analyze, extract, process
from warta.pipeline import load_pipeline

__version__ = "0.1.0"
__all__ = ["Article", "Outcome", "analyze", "extract", "load_pipeline", "process", "__version__"]
