"""Event coding, one row per case: every PLOVER type, passive and nominal triggers, each status.

Each text is a short news passage written for these tests; the whole pipeline runs on it, so
the actors come from the real entity layer and the dates from the real time layer.
"""
from __future__ import annotations

import pytest

from warta.pipeline import load_pipeline, make_doc

PUBLISHED = "2024-03-15T10:00:00+07:00"

# text, type, source country, target country (None: not checked), status
EVENTS = [
    ("Amerika Serikat menuduh Rusia mencampuri pemilu.", "ACCUSE", "USA", "RUS", "asserted"),
    ("Pemerintah Jepang mengecam Korea Utara atas uji coba itu.", "ACCUSE", "JPN", "PRK",
     "asserted"),
    ("Indonesia dan Malaysia menandatangani perjanjian perbatasan di Jakarta.", "AGREE", "IDN",
     "MYS", "asserted"),
    ("Jepang memberikan bantuan kepada Filipina setelah topan melanda.", "AID", "JPN", "PHL",
     "asserted"),
    ("Pasukan Israel menyerang Gaza pada Selasa (12/3/2024).", "ASSAULT", "ISR", "PSE",
     "asserted"),
    ("Pasukan Rusia menikam dua tentara Ukraina di Bakhmut.", "ASSAULT", "RUS", "UKR",
     "asserted"),
    ("Kota Kharkiv diserang oleh pasukan Rusia.", "ASSAULT", "RUS", "UKR", "asserted"),
    # a summons not answered; a suspicion voiced
    ("Pengacara Fredrich Yunadi mangkir dari pemeriksaan KPK pada Jumat (12/1).", "REJECT",
     "IDN", None, "asserted"),
    ("Pemerintah China mencurigai Taiwan ingin mendorong pengakuan kemerdekaan.", "ACCUSE",
     "CHN", "TWN", "asserted"),
    ("Perdana Menteri Malaysia Najib Razak menyindir Singapura dalam pidatonya.", "ACCUSE",
     "MYS", "SGP", "asserted"),
    ("Serangan udara Amerika Serikat menghantam Suriah.", "ASSAULT", "USA", None, "asserted"),
    ("Polisi Malaysia menangkap dua warga Indonesia di Johor.", "COERCE", "MYS", "IDN",
     "asserted"),
    ("Tentara Israel menampar seorang remaja Palestina di Tepi Barat.", "ASSAULT", "ISR",
     None, "asserted"),
    ("Pemerintah Jepang menyampaikan keprihatinan atas uji coba Korea Utara.", "ACCUSE", "JPN",
     None, "asserted"),
    ("Menteri Luar Negeri Retno Marsudi menyambangi Kementerian Luar Negeri Myanmar.",
     "CONSULT", "IDN", None, "asserted"),
    ("Partai oposisi Kenya memboikot pemilihan ulang presiden.", "PROTEST", "KEN", None,
     "asserted"),
    ("Densus 88 menggerebek sebuah rumah di Bekasi, Jawa Barat.", "COERCE", "IDN", None,
     "asserted"),
    ("Pengadilan Rusia memenjarakan seorang jurnalis Amerika Serikat.", "COERCE", "RUS", "USA",
     "asserted"),
    ("Inggris meminta maaf kepada Kenya atas kekejaman masa lalu.", "CONCEDE", "GBR", "KEN",
     "asserted"),
    ("Pemerintah Arab Saudi membolehkan wanita memasuki stadion olah raga.", "CONCEDE", "SAU",
     None, "asserted"),
    ("Presiden Prancis Emmanuel Macron mengunjungi Vietnam pekan lalu.", "CONSULT", "FRA",
     "VNM", "asserted"),
    ("Australia dan Selandia Baru menggelar latihan bersama di Laut Tasman.", "COOPERATE",
     "AUS", "NZL", "asserted"),
    ("Korea Utara mengerahkan pasukan ke perbatasan.", "MOBILIZE", "PRK", None, "asserted"),
    ("Ribuan buruh menggelar demonstrasi di Jakarta menuntut kenaikan upah.", "PROTEST",
     "IDN", None, "asserted"),
    ("Pemerintah Filipina menolak usulan China.", "REJECT", "PHL", "CHN", "asserted"),
    ("Palestina mendesak PBB bertindak.", "REQUEST", "PSE", "IGO", "asserted"),
    ("Rusia menarik pasukan dari Kherson.", "RETREAT", "RUS", None, "asserted"),
    ("Uni Eropa menjatuhkan sanksi terhadap Iran.", "SANCTION", "IGO", "IRN", "asserted"),
    ("Iran dijatuhi sanksi oleh Amerika Serikat.", "SANCTION", "USA", "IRN", "asserted"),
    ("Presiden Joko Widodo memuji Singapura atas kerja sama itu.", "SUPPORT", "IDN", "SGP",
     "asserted"),
    ("Korea Utara mengancam Korea Selatan.", "THREATEN", "PRK", "KOR", "asserted"),
    ("Korea Utara menghukum mati dua pejabat tinggi dengan senjata antipesawat.", "ASSAULT",
     "PRK", None, "asserted"),
    ("Warga Malaysia diimbau pemerintah Malaysia menghindari kawasan itu.", "REQUEST", "MYS",
     None, "asserted"),
    ("Rusia tidak menyerang Kyiv.", "ASSAULT", "RUS", "UKR", "negated"),
    ("Jika perundingan gagal, Israel bisa menyerang Lebanon.", "ASSAULT", "ISR", "LBN",
     "hypothetical"),
    ("Amerika Serikat akan mengirim pasukan ke Polandia.", "MOBILIZE", "USA", None, "future"),
]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("id")


def events_of(nlp, text: str) -> list[dict]:
    return nlp(make_doc(nlp, text, published=PUBLISHED))._.events


@pytest.mark.parametrize("text,etype,source,target,status", EVENTS)
def test_event_table(nlp, text, etype, source, target, status):
    found = [e for e in events_of(nlp, text) if e["type"] == etype]
    assert found, f"no {etype} in {events_of(nlp, text)}"
    ev = found[0]
    assert ev["source"]["country"] == source
    if target is not None:
        assert (ev["target"] or {}).get("country") == target
    assert ev["status"] == status


def test_event_fields_point_at_their_sentence(nlp):
    text = "Cuaca cerah. Pasukan Israel menyerang Gaza pada Selasa (12/3/2024)."
    (ev,) = events_of(nlp, text)
    assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == "menyerang"
    assert text[ev["sentence"]["start"]:ev["sentence"]["end"]].startswith("Pasukan Israel")
    assert ev["source"]["sector"] == "MIL"
    assert ev["date"] == "2024-03-12"
    assert ev["predicate"].startswith("menyerang gaza")


def test_event_without_date_is_not_dated_by_publication(nlp):
    (ev,) = events_of(nlp, "Korea Utara mengancam Korea Selatan.")
    assert ev["date"] is None


def test_event_place_is_geocoded(nlp):
    (ev,) = [e for e in events_of(nlp, "Polisi Malaysia menangkap dua warga Indonesia di Johor Bahru.")
             if e["type"] == "COERCE"]
    assert ev["location"]["name"] == "Johor Bahru"
    assert ev["location"]["country"] == "MYS" and ev["location"]["lat"] is not None


def test_event_told_twice_is_one_record(nlp):
    text = ("Korea Utara mengerahkan pasukan ke Rusia. Pengerahan pasukan Korea Utara itu "
            "dikonfirmasi Moskow. Kim Jong-un memutuskan mengirim pasukan Korea Utara ke Rusia.")
    mobilize = [e for e in events_of(nlp, text) if e["type"] == "MOBILIZE"]
    assert len(mobilize) == 1 and mobilize[0]["mentions"] == 3


def test_unknown_perpetrator_is_not_coded(nlp):
    assert events_of(nlp, "Sebuah pasar diserang pada malam hari.") == []


@pytest.mark.parametrize("text", [
    "Korea Utara mengancam akan menyerang Jepang.",
    "Korea Utara mengancam akan menyerang Korea Selatan dan menghancurkan kota Seoul.",
])
def test_content_of_a_threat_is_not_a_second_event(nlp, text):
    assert [e["type"] for e in events_of(nlp, text)] == ["THREATEN"]


def test_quoted_event_is_reported_by_its_speaker(nlp):
    text = '"Pasukan kami telah menyerang Kharkiv," kata Presiden Rusia Vladimir Putin.'
    (ev,) = [e for e in events_of(nlp, text) if e["type"] == "ASSAULT"]
    assert ev["reported_by"]["name"] == "Vladimir Putin"


def test_deed_noun_names_its_target_after_it(nlp):
    (ev,) = events_of(nlp, "Penangkapan Setya Novanto oleh KPK mengejutkan publik.")
    assert ev["type"] == "COERCE"
    assert ev["source"]["name"] == "Corruption Eradication Commission"
    assert ev["target"]["name"] == "Setya Novanto"


# text, source name, target name: legal steps and clauses inside the domestic news of one country
DOMESTIC = [
    # a legal step with no agent is the named authority's
    ("Komisi Pemberantasan Korupsi (KPK) memeriksa sejumlah saksi pekan ini. Bupati Klaten Sri "
     "Hartini didakwa menerima suap dari para kepala sekolah.",
     "Corruption Eradication Commission", "Sri Hartini"),
    # the name after a charge noun is the charged
    ("Kejaksaan Agung menyusun berkas perkara. Dalam surat dakwaan Sri Hartini, jaksa menyebut "
     "nilai suap mencapai Rp 12 miliar.", "Attorney General's Office of Indonesia", "Sri Hartini"),
    # an object clitic names the one spoken of before
    ("Bupati Klaten Sri Hartini menyalahkan ajudannya. Ia menyebut Komisi Pemberantasan Korupsi "
     "(KPK) yang menuduhnya tanpa bukti.", "Corruption Eradication Commission", "Sri Hartini"),
]


@pytest.mark.parametrize("text,source,target", DOMESTIC)
def test_domestic_accusation(nlp, text, source, target):
    found = {((e["source"] or {}).get("name"), (e["target"] or {}).get("name"))
             for e in events_of(nlp, text) if e["type"] == "ACCUSE"}
    assert (source, target) in found


def test_involvement_denied_is_a_negated_charge_and_a_denial(nlp):
    doc = nlp(make_doc(nlp, "Komisi Pemberantasan Korupsi (KPK) menyebut sejumlah nama. Bupati "
                            "Klaten Sri Hartini bersumpah tidak terlibat dalam kasus suap itu.",
                       published=PUBLISHED))
    (charge,) = [e for e in doc._.events if (e["target"] or {}).get("name") == "Sri Hartini"]
    assert charge["type"] == "ACCUSE" and charge["status"] == "negated"
    assert not [e for e in doc._.events if e["type"] == "THREATEN"]
    assert [(s["holder"]["name"], s["stance"]) for s in doc._.stances
            if doc._.events[s["event"]] is charge] == [("Sri Hartini", "deny")]


def test_relative_clause_on_a_thing_has_no_actor_of_the_sentence(nlp):
    text = ("Jaksa Agung Prasetyo menyelidiki perkara korupsi yang menjerat Bupati Klaten Sri "
            "Hartini.")
    # "menjerat" has no source, so it is no second mention of the attorney general's act
    assert [(e["trigger"]["start"], e["mentions"]) for e in events_of(nlp, text)
            if e["type"] == "ACCUSE"] == [(text.index("menyelidiki"), 1)]


def test_domestic_actors_are_merged_by_name_states_by_country(nlp):
    text = ("Komisi Pemberantasan Korupsi (KPK) menetapkan Sri Hartini sebagai tersangka. Sri "
            "Hartini balik menuduh KPK merekayasa kasus.")
    accusations = {((e["source"] or {}).get("name"), (e["target"] or {}).get("name"))
                   for e in events_of(nlp, text) if e["type"] == "ACCUSE"}
    assert ("Corruption Eradication Commission", "Sri Hartini") in accusations
    assert ("Sri Hartini", "Corruption Eradication Commission") in accusations


def test_meeting_partner_after_the_object_and_a_persons_alias(nlp):
    text = ("Pengusaha Andi Agustinus alias Andi Narogong membantah pernah membahas proyek "
            "pengadaan KTP elektronik dengan Ketua DPR Setya Novanto. Andi Narogong hanya "
            "mengaku mengenal Setya sejak 2009.")
    doc = nlp(make_doc(nlp, text, published=PUBLISHED))
    # one person, named by the KB (newsnames2.yaml holds both forms)
    assert {e._.name for e in doc.ents if e.text.startswith("Andi")} == {"Andi Narogong"}
    (meeting,) = [e for e in doc._.events if e["type"] == "CONSULT"]
    assert (meeting["source"]["name"], meeting["target"]["name"]) == ("Andi Narogong",
                                                                      "Setya Novanto")


def test_person_keeps_the_country_of_a_titled_mention(nlp):
    text = ("Jenderal Budi Santoso, panglima militer Indonesia, tiba di Manila. Santoso "
            "mengancam kelompok Abu Sayyaf.")
    (ev,) = [e for e in events_of(nlp, text) if e["type"] == "THREATEN"]
    assert ev["source"]["name"] == "Budi Santoso"
    assert ev["source"]["country"] == "IDN"   # not Manila's, from the sentence before


def test_purpose_of_an_act_is_no_event_of_its_own(nlp):
    text = "Jepang menggelar latihan perang di Okinawa guna menentang klaim China atas pulau itu."
    assert [e["type"] for e in events_of(nlp, text)] == ["MOBILIZE"]


def test_a_date_within_the_other_is_one_event(nlp):
    text = ("Arab Saudi sepakat dengan Rusia memangkas produksi minyak pada Rabu (6/3/2024). "
            "Arab Saudi sepakat dengan Rusia sejak Maret 2024 untuk menjaga harga.")
    (agree,) = [e for e in events_of(nlp, text) if e["type"] == "AGREE"]
    assert agree["mentions"] == 2 and agree["date"] == "2024-03-06"


# a meeting's source is the visitor: the partner when it is held at the subject's home
VISITS = [
    ("Presiden Donald Trump bertemu dengan Presiden Korea Selatan Moon Jae-in di Gedung Putih.",
     "KOR", "USA"),   # the hyphen in "Jae-in" ends no clause
    (("Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang Fumio Kishida di "
      "Istana Bogor."), "JPN", "IDN"),
    ("Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang Fumio Kishida di Tokyo.",
     "IDN", "JPN"),
]


@pytest.mark.parametrize("text,source,target", VISITS)
def test_meeting_source_is_the_visitor(nlp, text, source, target):
    (ev,) = [e for e in events_of(nlp, text) if e["type"] == "CONSULT"]
    assert (ev["source"]["country"], ev["target"]["country"]) == (source, target)


# text, the event types coded: what a thing was for, and a noun that is a verb's object
PURPOSES = [
    (("Presiden Korea Utara Kim Jong-un menggelar perjamuan untuk mengapresiasi para "
      "ilmuwan nuklir."), []),
    ("Amerika Serikat mempertimbangkan untuk mengirimkan lebih banyak pasukan ke Afghanistan.",
     ["MOBILIZE"]),
    ("Indonesia menandatangani kerja sama pertahanan dengan Jepang.", ["AGREE"]),
    # a relative clause on no actor has an unknown source: only the arrest is coded
    ("Polisi Malaysia menangkap pria yang menikam seorang turis China di Kuala Lumpur.",
     ["COERCE"]),
    ("Seorang anggota geng motor membacok dua pelajar di Depok, Jawa Barat.", []),
    ("Polisi Malaysia menangkap pria yang melakukan penyerangan terhadap turis China.",
     ["COERCE"]),
    ("Indonesia menjalin kerja sama pertahanan dengan Jepang.", ["COOPERATE"]),
]


@pytest.mark.parametrize("text,types", PURPOSES)
def test_purpose_and_object_nouns(nlp, text, types):
    assert [e["type"] for e in events_of(nlp, text)] == types


def test_possessed_role_word_is_its_owners(nlp):
    text = ("Juru bicara PMF, Ahmed al-Asadi, membantah pasukannya menerobos perbatasan menuju "
            "Suriah.")
    (ev,) = [e for e in events_of(nlp, text) if e["type"] == "MOBILIZE"]
    assert (ev["source"]["country"], ev["source"]["sector"]) == ("IRQ", "MIL")
    assert ev["status"] == "negated"


# play is no event: a score or a match word after the form, a club as an actor; a meeting
# or support needs a partner; a court's sentence and a land takeover are no assault
NOT_EVENTS = [
    ("Arsenal ditahan Chelsea 2 - 2 di Stadion Emirates, Sabtu malam.", []),
    ("Real Madrid hanya mampu ditahan imbang Villarreal di kandang.", []),
    ("Kevin Durant menyumbang 30 poin dan tembakan tiga poin penentu kemenangan.", []),
    ("Romelu Lukaku kini membela Manchester United setelah pindah dari Everton.", []),
    ("Presiden Joko Widodo bertemu di Istana Merdeka, Jakarta.", []),
    ("Amerika Serikat mendukung demokrasi di Filipina.", []),
    ("Mahkamah Agung menjatuhkan pidana tambahan berupa denda kepada terdakwa.", []),
    # with a partner they are events again
    ("Presiden Joko Widodo bertemu Perdana Menteri Jepang Shinzo Abe di Tokyo.", ["CONSULT"]),
    ("Amerika Serikat mendukung pemerintah Filipina melawan militan.", ["SUPPORT"]),
    # "menarik" withdraws from something, not savings or attention
    ("Nasabah menarik simpanannya secara serempak dari bank itu.", []),
    ("Menariknya, Presiden Joko Widodo tidak hadir di Istana Merdeka.", []),
    ("Presiden Donald Trump menarik Amerika Serikat dari kesepakatan iklim Paris.", ["REJECT"]),
    ("Selandia Baru menjamu Peru pada leg pertama playoff Piala Dunia.", []),
    ("Kedutaan Besar Indonesia bekerjasama dengan pemerintah Filipina.", ["COOPERATE"]),
    ("Panglima TNI mengajak Polri menjaga persatuan.", ["REQUEST"]),
    # a court bailiff's execution of a ruling, a team's place in a table, a shot at goal
    ("KPK membantu mengeksekusi lahan milik terpidana itu.", []),
    ("Kalau pemerintah mendukung, BUMN siap mengeksekusi pembelian saham itu.", []),
    ("Jokowi dan Prabowo selalu menduduki posisi dua teratas dalam survei.", []),
    ("Lasagna melepaskan tembakan kaki kiri di area penalti yang tak mampu dihentikan.", []),
    # in a match report a player's shot or a keeper's catch is play
    ("Chelsea menyerang sejak menit awal dan gol pertama lahir di menit 12. Laga berjalan ketat. "
     "Skor imbang bertahan. Sepakan Bepe masih lemah sehingga mudah ditangkap Dwi Kuswanto.", []),
    # ... and so is a national team's attack, threat or surrender
    ("Indonesia unggul satu gol di laga itu. Skor 1 - 0 bertahan lama. Laos mencoba meningkatkan "
     "intensitas serangan mereka. Laos masih belum menyerah dan terus memberikan ancaman ke "
     "lini pertahanan. Gol kedua lahir di menit 80, laga pun usai.", []),
]


def test_an_arrest_by_rebels_is_an_abduction(nlp):
    (ev,) = events_of(nlp, "Hamas mengaku menahan dua tentara Israel di Jalur Gaza.")
    assert (ev["type"], ev["mode"], ev["source"]["name"]) == ("ASSAULT", "abduct", "Hamas")
    (ev,) = events_of(nlp, "Polisi Israel menahan dua warga Palestina di Tepi Barat.")
    assert (ev["type"], ev["mode"]) == ("COERCE", "arrest")


@pytest.mark.parametrize("text,types", NOT_EVENTS)
def test_play_and_partnerless_acts_are_no_events(nlp, text, types):
    assert [e["type"] for e in events_of(nlp, text)] == types


def test_a_unit_of_an_organisation_has_its_country(nlp):
    (ev,) = events_of(nlp, "Direktorat Penyidikan KPK menangkap Gubernur Bengkulu Ridwan Mukti.")
    assert (ev["type"], ev["source"]["country"]) == ("COERCE", "IDN")


def test_a_person_the_article_gives_no_country_is_of_its_country(nlp):
    text = ("Polisi Kenya menangkap aktivis Peter Kamau di Nairobi, Kenya. Pengacara John Otieno "
            "mengecam penangkapan tersebut.")
    accuse = [e for e in events_of(nlp, text) if e["type"] == "ACCUSE"]
    assert [(e["source"]["name"], e["source"]["country"]) for e in accuse] == [
        ("John Otieno", "KEN")]


def test_an_organisation_unknown_to_the_kb_is_of_the_articles_country(nlp):
    text = ("Buruh Kenya mogok di Mombasa, Kenya. Serikat Pekerja Pelabuhan menuduh "
            "direksi menipu pekerja.")
    accuse = [e for e in events_of(nlp, text) if e["type"] == "ACCUSE"]
    assert [e["source"]["country"] for e in accuse] == ["KEN"]


def test_a_country_before_a_person_with_a_verb_between_is_no_title(nlp):
    text = ("Aktivis Ahed Tamimi ditangkap di Tepi Barat, Palestina. Israel khawatir kasus itu "
            "membuat Tamimi terkenal. Video menunjukkan Tamimi menampar seorang tentara Israel.")
    (ev,) = [e for e in events_of(nlp, text) if e["type"] == "ASSAULT"]
    assert (ev["source"]["name"], ev["source"]["country"]) == ("Ahed Tamimi", "PSE")


def test_one_trigger_with_two_sources_of_one_country_is_one_event(nlp):
    found = events_of(nlp, "\"Terdakwa menerima hadiah,\" kata jaksa KPK, Ali Fikri, saat "
                           "membacakan dakwaan terhadap Sigit di Pengadilan Tipikor Jakarta.")
    assert [e["type"] for e in found] == ["ACCUSE"]


def test_coordinated_countries_keep_one_event_each(nlp):
    found = events_of(nlp, "Draf resolusi itu diajukan ke Majelis Umum PBB oleh Turki, Yaman, "
                           "serta Indonesia.")
    assert sorted(e["source"]["country"] for e in found if e["type"] == "REQUEST") == [
        "IDN", "TUR", "YEM"]


def test_a_documents_year_is_no_event_date(nlp):
    (ev,) = [e for e in events_of(nlp, "Sigit didakwa KPK melanggar Pasal 11 UU nomor 20 tahun "
                                       "2001 tentang Pemberantasan Tindak Pidana Korupsi.")
             if e["type"] == "ACCUSE"]
    assert ev["date"] is None

