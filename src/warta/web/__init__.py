"""The web UI: server-rendered Jinja2 pages over `warta.store.queries`, with local static
assets only (CSS, a little JS; nothing from a CDN). Interface text in Indonesian and English."""
from pathlib import Path

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
