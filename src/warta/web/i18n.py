"""Interface text in Indonesian and English; the language comes from `?lang=` (kept in a
cookie), else the cookie, else Indonesian."""
from __future__ import annotations

LANGS = ("id", "en")
DEFAULT = "id"

TEXT: dict[str, dict[str, str]] = {
    "search": {"id": "Cari", "en": "Search"},
    "search_placeholder": {"id": "kata yang dicari, mis. Kursk", "en": "words to find, e.g. Kursk"},
    "since": {"id": "Sejak", "en": "Since"},
    "until": {"id": "Sampai", "en": "Until"},
    "outlet": {"id": "Media", "en": "Outlet"},
    "all": {"id": "semua", "en": "all"},
    "results": {"id": "hasil", "en": "results"},
    "no_results": {"id": "Tidak ada artikel yang cocok.", "en": "No matching articles."},
    "counts_over_time": {"id": "Jumlah artikel per bulan", "en": "Articles per month"},
    "previous": {"id": "Sebelumnya", "en": "Previous"},
    "next": {"id": "Berikutnya", "en": "Next"},
    "claims": {"id": "Klaim", "en": "Claims"},
    "claim": {"id": "Klaim", "en": "Claim"},
    "stories": {"id": "Cerita", "en": "Stories"},
    "story": {"id": "Cerita", "en": "Story"},
    "analyse": {"id": "Analisis teks", "en": "Analyse a text"},
    "analyse_button": {"id": "Analisis", "en": "Analyse"},
    "paste_here": {"id": "Tempel teks berita di sini", "en": "Paste a news text here"},
    "published": {"id": "Terbit", "en": "Published"},
    "entities": {"id": "Entitas", "en": "Entities"},
    "times": {"id": "Waktu", "en": "Times"},
    "quotes": {"id": "Kutipan", "en": "Quotes"},
    "events": {"id": "Peristiwa", "en": "Events"},
    "stances": {"id": "Sikap", "en": "Stances"},
    "record_json": {"id": "Rekaman JSON", "en": "Record as JSON"},
    "not_stored": {"id": "Dianalisis langsung, tidak disimpan.", "en": "Analysed on the spot, not stored."},
    "aliases": {"id": "Alias", "en": "Aliases"},
    "mentions_over_time": {"id": "Penyebutan per bulan", "en": "Mentions per month"},
    "events_over_time": {"id": "Peristiwa per bulan", "en": "Events per month"},
    "articles": {"id": "artikel", "en": "articles"},
    "cooccurring": {"id": "Sering muncul bersama", "en": "Often mentioned with"},
    "quotes_by": {"id": "Kutipan darinya", "en": "Quotes by it"},
    "quotes_about": {"id": "Kutipan tentangnya", "en": "Quotes about it"},
    "status": {"id": "Status", "en": "Status"},
    "timeline": {"id": "Linimasa status", "en": "Status timeline"},
    "first_seen": {"id": "Pertama terlihat", "en": "First seen"},
    "last_seen": {"id": "Terakhir terlihat", "en": "Last seen"},
    "no_claims": {"id": "Belum ada klaim.", "en": "No claims yet."},
    "no_stories": {"id": "Belum ada cerita.", "en": "No stories yet."},
    "none": {"id": "tidak ada", "en": "none"},
    "filter": {"id": "Saring", "en": "Filter"},
    "not_found": {"id": "Tidak ditemukan", "en": "Not found"},
    "open_claim": {"id": "lihat klaim", "en": "see the claim"},
    "speaker_unknown": {"id": "(penutur tak diketahui)", "en": "(unknown speaker)"},
    "tagline": {"id": "Apa yang terjadi, siapa yang bilang, sejak kapan.",
                "en": "What happened, who says so, and since when."},
    "allege": {"id": "tuduhan", "en": "alleged"},
    "assert": {"id": "pernyataan", "en": "asserted"},
    "deny": {"id": "bantahan", "en": "denied"},
    "no_comment": {"id": "tanpa komentar", "en": "no comment"},
    "confirm": {"id": "konfirmasi", "en": "confirmed"},
    "alleged": {"id": "dituduhkan", "en": "alleged"},
    "asserted": {"id": "dinyatakan", "en": "asserted"},
    "disputed": {"id": "dibantah sebagian", "en": "disputed"},
    "denied": {"id": "dibantah", "en": "denied"},
    "confirmed": {"id": "terkonfirmasi", "en": "confirmed"},
}


def strings(lang: str) -> dict[str, str]:
    """All interface text in `lang`."""
    return {key: texts[lang] for key, texts in TEXT.items()}


def choose(query: str | None, cookie: str | None) -> str:
    """The interface language: the query's, else the cookie's, else Indonesian."""
    for lang in (query, cookie):
        if lang in LANGS:
            return lang
    return DEFAULT
