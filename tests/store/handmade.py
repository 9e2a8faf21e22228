"""Records written by hand for the store's tests: real Indonesian news sentences (from IndoSum
and the sindonews seed, some shortened) with events and stances annotated as the gold does."""
from __future__ import annotations

from typing import Any


def actor(name: str | None, country: str | None = None, sector: str | None = None) -> dict:
    return {"name": name, "country": country, "sector": sector, "kb_id": None}


def make_record(id_: str, outlet: str, published: str, text: str,
                events: list[dict] = (), stances: list[dict] = (),
                mentions: dict[str, tuple[str, str]] | None = None) -> dict[str, Any]:
    """A schema record written by hand: events name their trigger word and stances their
    evidence by text (offsets found here); entities are the actors' names found in the text and
    `mentions` (surface text: (name, label)), each at its first occurrence."""
    def span(s: str | None) -> dict | None:
        if s is None:
            return None
        start = text.index(s)
        return {"start": start, "end": start + len(s), "text": s}

    names = {a["name"]: a for e in events for a in (e.get("source"), e.get("target")) if a}
    names.update({s["holder"]["name"]: s["holder"] for s in stances})
    entities = sorted(({**span(n), "label": "ORG" if a.get("sector") in ("JUD", "GOV") else "PER",
                        "name": n, "kb_id": None}
                       for n, a in names.items() if n and n in text), key=lambda e: e["start"])
    entities += [{**span(surface), "label": label, "name": name, "kb_id": None}
                 for surface, (name, label) in (mentions or {}).items()]
    entities.sort(key=lambda e: e["start"])
    return {
        "id": id_, "url": f"https://{outlet}.example/{id_}", "title": text.split(".")[0],
        "outlet": outlet, "section": None, "published": published, "dateline": None,
        "language": "id", "text": text, "entities": entities, "times": [], "quotes": [],
        "events": [{"mode": None, "location": None, "date": None, "status": "asserted",
                    "reported_by": None, "sentence": None, "predicate": None,
                    **e, "trigger": span(e.get("trigger"))} for e in events],
        "stances": [{"date": None, **s, "evidence": span(s.get("evidence"))} for s in stances],
    }


KPK = actor("Corruption Eradication Commission", "IDN", "JUD")
NOVANTO = actor("Setya Novanto", "IDN", "LEG")
PROSECUTORS = actor("KPK prosecutors", "IDN", "JUD")
NAROGONG = actor("Andi Narogong", "IDN", "BUS")
JOKOWI = actor("Joko Widodo", "IDN", "GOV")


def accuse(source: dict, target: dict, predicate: str, trigger: str) -> dict:
    return {"type": "ACCUSE", "source": source, "target": target, "predicate": predicate,
            "trigger": trigger}


def novanto_records() -> list[dict[str, Any]]:
    """The e-KTP case over six months: the commission alleges, Novanto denies, prosecutors
    allege in the indictment, he denies again; and two articles that must not join that claim
    (the same allegation against another man; Novanto in another matter)."""
    return [
        make_record(
            "ektp-1", "CNN Indonesia", "2017-07-17T20:00:00+07:00",
            "KPK menetapkan Ketua DPR Setya Novanto sebagai tersangka kasus dugaan korupsi proyek "
            "pengadaan e-KTP. Novanto diduga menerima uang proyek e-KTP melalui pengusaha Andi "
            "Narogong, kata Ketua KPK Agus Rahardjo di Jakarta, Senin (17/7/2017).",
            [accuse(KPK, NOVANTO, "menerima uang proyek e-KTP", "diduga")],
            [{"holder": KPK, "stance": "allege", "event": 0, "date": "2017-07-17",
              "evidence": "Novanto diduga menerima uang proyek e-KTP"}]),
        make_record(
            "ektp-2", "antaranews", "2017-07-18T11:00:00+07:00",
            "Jakarta (ANTARA News) - Ketua DPR Setya Novanto membantah menerima uang dari proyek "
            "e-KTP. \"Saya tidak pernah menerima uang e-KTP,\" kata Novanto di Gedung DPR, "
            "Selasa (18/7/2017).",
            [accuse(KPK, NOVANTO, "menerima uang dari proyek e-KTP", "menerima")],
            [{"holder": NOVANTO, "stance": "deny", "event": 0, "date": "2017-07-18",
              "evidence": "Setya Novanto membantah menerima uang"}]),
        make_record(
            "ektp-3", "kumparan", "2017-12-21T15:36:42+07:00",
            "Setya Novanto didakwa memperkaya diri sendiri dengan menerima uang hingga sebesar "
            "7,3 juta dolar AS terkait proyek e-KTP, kata jaksa KPK dalam sidang di Pengadilan "
            "Tipikor Jakarta, Rabu (13/12/2017).",
            [accuse(PROSECUTORS, NOVANTO, "menerima uang terkait proyek e-KTP", "didakwa")],
            [{"holder": PROSECUTORS, "stance": "allege", "event": 0, "date": "2017-12-13",
              "evidence": "Setya Novanto didakwa memperkaya diri sendiri"}]),
        make_record(
            "ektp-4", "suara", "2018-01-05T10:00:00+07:00",
            "Dalam eksepsinya, Setya Novanto kembali menyangkal menerima uang proyek e-KTP. Tim "
            "kuasa hukum menilai surat dakwaan itu cacat prosedur.",
            [accuse(PROSECUTORS, NOVANTO, "menerima uang proyek e-KTP", "menerima")],
            [{"holder": NOVANTO, "stance": "deny", "event": 0, "date": "2018-01-04",
              "evidence": "Setya Novanto kembali menyangkal menerima uang proyek e-KTP"}]),
        make_record(
            "ektp-other-man", "CNN Indonesia", "2017-07-20T09:00:00+07:00",
            "KPK menduga pengusaha Andi Narogong menerima uang proyek e-KTP dan membagikannya "
            "kepada sejumlah anggota DPR.",
            [accuse(KPK, NAROGONG, "menerima uang proyek e-KTP", "menduga")],
            [{"holder": KPK, "stance": "allege", "event": 0, "date": "2017-07-20",
              "evidence": "KPK menduga pengusaha Andi Narogong menerima uang proyek e-KTP"}]),
        make_record(
            "golkar-jokowi", "poskotanews", "2017-07-28T08:00:00+07:00",
            "Ketua Umum Partai Golkar Setya Novanto menyatakan partainya mendukung Joko Widodo "
            "sebagai calon presiden pada Pemilu 2019.",
            [{"type": "SUPPORT", "source": NOVANTO, "target": JOKOWI,
              "predicate": "mendukung calon presiden", "trigger": "mendukung"}]),
    ]


NORTH_KOREA = actor("North Korea", "PRK", "MIL")
UKRAINE = actor("Ukraine", "UKR", "MIL")
RUSSIA = actor("Russia", "RUS", "GOV")


def kursk_before() -> list[dict[str, Any]]:
    """Two earlier articles on the North Korean deployment: Kyiv alleges it (October 2024),
    Moscow dismisses it (October 2024); the sindonews article later reports the confirmation."""
    deploy = {"type": "MOBILIZE", "mode": "troops", "source": NORTH_KOREA, "target": UKRAINE,
              "trigger": "mengirim", "location": "Kursk Oblast"}
    return [
        make_record(
            "kursk-alleged", "CNN Indonesia", "2024-10-18T09:00:00+07:00",
            "Intelijen Ukraina menuding Korea Utara mengirim ribuan tentara ke Rusia untuk "
            "bertempur di wilayah Kursk.",
            [deploy], [{"holder": actor("Ukraine", "UKR", "GOV"), "stance": "allege", "event": 0,
                        "date": "2024-10-18", "evidence": "menuding"}],
            {"Korea Utara": ("North Korea", "GPE"), "Ukraina": ("Ukraine", "GPE")}),
        make_record(
            "kursk-denied", "antaranews", "2024-10-24T12:00:00+07:00",
            "Kremlin menyebut laporan bahwa Korea Utara mengirim tentara ke Rusia sebagai berita "
            "bohong.",
            [deploy], [{"holder": RUSSIA, "stance": "deny", "event": 0, "date": "2024-10-24",
                        "evidence": "berita bohong"}],
            {"Korea Utara": ("North Korea", "GPE"), "Kremlin": ("Moscow Kremlin", "ORG")}),
    ]
