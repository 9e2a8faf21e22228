"""warta: reads Indonesian news and writes down what happened, who says so, and since when."""
__version__ = "0.1.0"
