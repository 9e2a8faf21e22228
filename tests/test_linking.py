"""Linking rules (`warta.nlp.linking`) on sentences written here: which name a mention gets.
Uses the stand-in NER of test_entities (no trained model)."""
from __future__ import annotations

import pytest
from test_entities import ents  # also registers the stand-in NER "test_fake_ner"

from warta.kb import Entity
from warta.nlp.linking import localised_name, shares_word, without_affixes
from warta.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    """warta_sentences, the stand-in NER (marks nothing unless told) and warta_entities."""
    return build_pipeline(components=["warta_sentences", "test_fake_ner", "warta_entities"])


NAMES = [
    # an acronym the article spells out as something else than the KB's entity of that
    # acronym is the article's organisation, at every mention
    ("Aliansi Rakyat Bersatu (NASA) menolak hasil pemilu. NASA akan menggugat ke pengadilan.",
     [("Aliansi Rakyat Bersatu", "ORG")], "NASA", "Aliansi Rakyat Bersatu"),
    ("Aliansi Rakyat Bersatu (NASA) menolak hasil pemilu. NASA akan menggugat ke pengadilan.",
     [("Aliansi Rakyat Bersatu", "ORG")], "Aliansi Rakyat Bersatu", "Aliansi Rakyat Bersatu"),
    # a place written after an unknown body's acronym belongs to the body's name
    ("Dinas Lingkungan Hidup (DLH) Surabaya menanam pohon. DLH mengajak warga.",
     [("Dinas Lingkungan Hidup", "ORG")], "DLH", "Dinas Lingkungan Hidup Surabaya"),
    # a long form that shares a word with the KB entity's names keeps the KB entity
    ("Komisi Pemberantas Korupsi (KPK) menahan tersangka. KPK menyita dokumen.",
     [("Komisi Pemberantas Korupsi", "ORG")], "Komisi Pemberantas Korupsi",
     "Corruption Eradication Commission"),
]


NAMES += [
    # a surname whose full name the article writes where no model found it
    ("Oposisi mengkritik Presiden Uhuru Kenyatta. Kenyatta menang dalam pemilu ulang.",
     [("Kenyatta", "PER")], "Kenyatta", "Uhuru Kenyatta"),
    ("Andakara Prastawa Dhyaksa mencetak angka. Tembakan Prastawa membawa Indonesia unggul.",
     [("Prastawa", "PER")], "Prastawa", "Andakara Prastawa Dhyaksa"),
    # an acronym before the name is no part of it; a name written alone stays as it is
    ("Kata Deputi Kementerian BUMN Aloysius Kiik Ro. Menurut Aloysius, holding siap.",
     [("Aloysius", "PER")], "Aloysius", "Aloysius Kiik Ro"),
    ("Menurut Ndii, penangkapan itu bermotif politik.", [("Ndii", "PER")], "Ndii", "Ndii"),
    # a verb capitalised where a clause opens is no part of the name written in full
    ("TOKYO - Saksikan Yuna Sakamoto, bintang baru di Tokyo. Yuna mengunggah foto.",
     [("Yuna", "PER")], "Yuna", "Yuna Sakamoto"),
]


NAMES += [
    # a place named with its kind, a company with its legal form, a body with the home country
    ("Gubernur Provinsi Banten meninjau banjir.", [], "Provinsi Banten", "Banten"),
    ("Kapal itu berlayar ke Pulau Mindanao.", [], "Pulau Mindanao", "Mindanao"),
    ("Kepala BNN Pusat memimpin rapat.", [("BNN Pusat", "ORG")], "BNN Pusat",
     "National Narcotics Board"),
    ("Saham PT Aneka Tambang Tbk naik dua persen.", [("PT Aneka Tambang Tbk", "ORG")],
     "PT Aneka Tambang Tbk", "Aneka Tambang"),
    ("Kementerian Hukum dan HAM Republik Indonesia menerbitkan aturan baru.", [],
     "Kementerian Hukum dan HAM Republik Indonesia",
     "Ministry of Law and Human Rights (Indonesia)"),
    # a kind word does not make a name of another label ("Pulau" + a province): the island
    # unlinked, named as the places below
    ("Wisatawan memadati Pulau Bali.", [], "Pulau Bali", "Bali"),
    # a town, district, village or island the KB does not know, without its kind word; not
    # a kind word before an ordinary word
    ("Bupati meresmikan pasar di Kota Waingapu.", [("Kota Waingapu", "GPE")], "Kota Waingapu",
     "Waingapu"),
    ("Banjir melanda Kecamatan Cibiuk dan Desa Sukajaya.",
     [("Kecamatan Cibiuk", "GPE"), ("Desa Sukajaya", "GPE")], "Desa Sukajaya", "Sukajaya"),
    ("Kapal itu karam di perairan Pulau Sangiang.", [("Pulau Sangiang", "LOC")],
     "Pulau Sangiang", "Sangiang"),
    ("Turis memadati Kota Lama saat libur.", [("Kota Lama", "LOC")], "Kota Lama", "Kota Lama"),
]


@pytest.mark.parametrize("text,bare", [
    ("PT Antam Tbk", "Antam"),
    ("Provinsi Aceh", "Aceh"),
    ("DPR RI", "DPR"),
    ("PT", "PT"),            # never empty
    ("Kota Tua", "Tua"),
])
def test_linking_without_affixes(text, bare):
    affixes = ("Provinsi", "Pulau", "Kota", "PT", "Tbk", "Republik Indonesia", "RI")
    assert without_affixes(text, affixes) == bare


@pytest.mark.parametrize("text,mention,name,qid", [
    # a competition with its year is that edition, titled "<year> <name>", without the QID
    ("Timnas basket meraih perunggu di SEA Games 2017 di Kuala Lumpur.", "SEA Games 2017",
     "2017 Southeast Asian Games", ""),
    ("Indonesia gagal di Piala Sudirman 2017.", "Piala Sudirman 2017", "2017 Sudirman Cup", ""),
    ("Ia cedera lutut di Wimbledon 2015.", "Wimbledon 2015", "2015 Wimbledon Championships", ""),
    ("Persib menjuarai Piala Presiden 2015.", "Piala Presiden 2015",
     "2015 Indonesia President's Cup", ""),
    # a league with its year is that season, titled without the disambiguator
    ("Persija finis keempat di Liga 1 2017.", "Liga 1 2017", "2017 Liga 1", ""),
    # a racing series with its year is that season
    ("Ia menjadi juara dunia Moto3 2016 di Sepang.", "Moto3 2016", "2016 Moto3 season", ""),
    ("Juventus kalah di Piala Super Italia 2016 dari Milan.", "Piala Super Italia 2016",
     "2016 Supercoppa Italiana", ""),
    # without a year it is the competition; a holiday's year makes no edition
    ("Atlet itu bersiap menuju SEA Games.", "SEA Games", "Southeast Asian Games", None),
    ("Mudik Hari Raya Idul Fitri 2017 lancar.", "Hari Raya Idul Fitri 2017", "Eid al-Fitr", None),
])
def test_linking_competition_with_its_year_is_that_edition(nlp, text, mention, name, qid):
    span = ents(nlp, text)[mention]
    assert span._.name == name
    assert qid is None or span.kb_id_ == qid


NAMES += [
    # a name the KB holds as a place and as a club is the club where it is an organisation
    ("Real Madrid menaklukkan tuan rumah Granada dengan skor 4-0.", [], "Granada", "Granada CF"),
    ("Wisatawan berlibur ke Granada di Spanyol selatan.", [], "Granada", "Granada"),
    # a city after a place and a comma is an address, not the club the article names
    ("Borussia Dortmund menang 3 - 0 di Signal Iduna Park, Dortmund.",
     [("Signal Iduna Park", "FAC")], "Dortmund", "Dortmund"),
    # clubs of every big-five league season, the NBA and Liga 1 (sports.yaml)
    ("Milan membungkam Udinese 2 - 1 di San Siro.", [], "Udinese", "Udinese Calcio"),
    ("Persela ditahan imbang Persiba Balikpapan di Lamongan.", [], "Persiba Balikpapan",
     "Persiba Balikpapan"),
    ("LeBron James membawa Cavaliers mengalahkan New York Knicks.", [], "New York Knicks",
     "New York Knicks"),
    # a stadium named with its kind word
    ("Laga digelar di Stadion Old Trafford, Manchester.", [], "Stadion Old Trafford",
     "Old Trafford"),
    # foreign names written without diacritics, epithets of countries
    ("Pelatih Jose Mourinho memuji Alvaro Morata.", [], "Jose Mourinho", "José Mourinho"),
    ("Pelatih Jose Mourinho memuji Alvaro Morata.", [], "Alvaro Morata", "Álvaro Morata"),
    ("Gol Gonzalo Higuain membawa Juventus menang.", [], "Gonzalo Higuain", "Gonzalo Higuaín"),
    # a distinctive given name alone, where the tagger finds it, is the KB's person (weak)
    ("Penyidik KPK itu hadir. Menurut Novel, kasus terus berjalan.", [("Novel", "PER")],
     "Novel", "Novel Baswedan"),
    # an unknown one-word place is the place before it whose name opens with it
    ("Mereka berlibur di Cabo San Lucas, Meksiko. Cabo terkenal dengan pantainya.",
     [("Cabo San Lucas", "GPE"), ("Cabo", "GPE")], "Cabo", "Cabo San Lucas"),
    # a home ministry's short form before a country is that country's ministry
    ("Seorang pejabat Kemlu Jepang mengatakan hal itu.", [], "Kemlu Jepang",
     "Ministry of Foreign Affairs (Japan)"),
    ("Grup idola asal Negeri Ginseng itu tampil di Jakarta.", [], "Negeri Ginseng", "South Korea"),
    # the state ideology by its Wikipedia title
    ("Ormas itu wajib setia pada Pancasila dan UUD 1945.", [], "Pancasila", "Pancasila (politics)"),
    # a holiday before a city of the same name; a metropolitan area
    ("Jelang Natal dan Tahun Baru, harga tiket naik.", [], "Natal", "Christmas"),
    ("Warga Jabodetabek mudik lebih awal.", [], "Jabodetabek", "Jakarta metropolitan area"),
    # a building the KB does not know: its kind in English after its name
    ("Laga digelar di Stadion Kanjuruhan, Malang.", [], "Stadion Kanjuruhan",
     "Kanjuruhan Stadium"),
    ("Penumpang turun di Stasiun Manggarai.", [], "Stasiun Manggarai", "Manggarai Station"),
    # a person's given name in another spelling, or left out
    ("Ketua MPR Muhammad Amien Rais berpidato.", [("Muhammad Amien Rais", "PER")],
     "Muhammad Amien Rais", "Amien Rais"),
    # a KB person's name with one word misspelt; a name one letter from none stays, and so
    # does one whose other word is a name word of its own (another person)
    ("Menteri Susi Pujiastuti menenggelamkan kapal asing.", [("Susi Pujiastuti", "PER")],
     "Susi Pujiastuti", "Susi Pudjiastuti"),
    ("Dosen Sri Mulyadi Indrawati mengajar ekonomi.", [("Sri Mulyadi Indrawati", "PER")],
     "Sri Mulyadi Indrawati", "Sri Mulyadi Indrawati"),
    ("Kepala desa Bambang Sutanto menyambut warga.", [("Bambang Sutanto", "PER")],
     "Bambang Sutanto", "Bambang Sutanto"),
    # a foreign given name respelt one letter otherwise, same first and last letter, before
    # a KB person's surname; not "Maria" for "Mario"
    ("Gelandang Marko Verratti absen karena cedera.", [("Marko Verratti", "PER")],
     "Marko Verratti", "Marco Verratti"),
    ("Atlet Maria Gomez meraih medali emas.", [("Maria Gomez", "PER")], "Maria Gomez",
     "Maria Gomez"),
    # a law cited short is the article's fullest citation of it: the same kind and number,
    # or a subject shortened; by article, the law without the article
    ("Sengketa diatur Undang-Undang Nomor 2 Tahun 2011 tentang Partai Politik. Sesuai UU "
     "Parpol, mahkamah partai memutus.", [("Undang-Undang Nomor 2 Tahun 2011 tentang Partai "
                                          "Politik", "LAW"), ("UU Parpol", "LAW")],
     "UU Parpol", "Undang-Undang Nomor 2 Tahun 2011 tentang Partai Politik"),
    ("Kemenhub menerbitkan Peraturan Menteri Perhubungan Nomor 26 Tahun 2017. Permenhub Nomor "
     "26 Tahun 2017 mengatur taksi daring.", [("Peraturan Menteri Perhubungan Nomor 26 Tahun "
                                              "2017", "LAW"), ("Permenhub Nomor 26 Tahun 2017",
                                                               "LAW")],
     "Permenhub Nomor 26 Tahun 2017", "Peraturan Menteri Perhubungan Nomor 26 Tahun 2017"),
    ("Ia dijerat Pasal 2 ayat 1 UU Nomor 31 Tahun 1999 tentang Tipikor.",
     [("Pasal 2 ayat 1 UU Nomor 31 Tahun 1999 tentang Tipikor", "LAW")],
     "Pasal 2 ayat 1 UU Nomor 31 Tahun 1999 tentang Tipikor",
     "UU Nomor 31 Tahun 1999 tentang Tipikor"),
    # another kind or another subject is another law
    ("Undang-Undang Nomor 2 Tahun 2011 tentang Partai Politik berlaku. PP Parpol belum terbit. "
     "UU Pilkada juga direvisi.", [("Undang-Undang Nomor 2 Tahun 2011 tentang Partai Politik",
                                    "LAW"), ("PP Parpol", "LAW"), ("UU Pilkada", "LAW")],
     "UU Pilkada", "UU Pilkada"),
    # the KB's names as Wikipedia titles them now; a stage name (weak), a figure by the
    # Indonesian name, a province by its epithet
    ("Penyanyi Pink merilis album baru.", [("Pink", "PER")], "Pink", "Pink (singer)"),
    ("Umat Kristiani merayakan kelahiran Yesus Kristus.", [], "Yesus Kristus", "Jesus"),
    ("Album itu meraih Grammy Awards tahun lalu.", [], "Grammy Awards", "Grammy Award"),
    ("Wisatawan asing memadati Pulau Dewata.", [], "Pulau Dewata", "Bali"),
    ("Rekomendasi Pansus Angket KPK dibacakan.", [], "Pansus Angket KPK",
     "Panitia Khusus Hak Angket KPK"),
    # an organisation named as a minister's field is the ministry
    ("Direksi dipanggil Menteri BUMN pekan lalu.", [("BUMN", "ORG")], "BUMN",
     "Ministry of State-Owned Enterprises (Indonesia)"),
    # a one-word club is the known club whose last word it is
    ("Manchester City menang atas Chelsea. Kini City memimpin klasemen.", [("City", "ORG")],
     "City", "Manchester City F.C."),
]


@pytest.mark.parametrize("name,country,localised", [
    ("Supreme Court of Indonesia", "Kenya", "Supreme Court of Kenya"),
    ("Supreme Court of Indonesia", "Philippines", "Supreme Court of the Philippines"),
    ("Supreme Court of Indonesia", "United States", "Supreme Court of the United States"),
    ("Ministry of Home Affairs (Indonesia)", "Libya", None),   # no "of Indonesia" to swap
    ("Supreme Court of Indonesia", None, None),                 # the article names no country
])
def test_linking_localised_name(name, country, localised):
    assert localised_name(name, country) == localised


@pytest.mark.parametrize("long,shares", [
    ("Komisi Pemberantas Korupsi", True),      # a stem in common with an alias
    ("Corruption Eradication Board", True),    # a word of the English name
    ("Komite Rakyat Bersatu", False),
])
def test_linking_long_form_shares_a_word_with_the_entity(long, shares):
    kpk = Entity("Corruption Eradication Commission", "ORG",
                 aliases=["KPK", "Komisi Pemberantasan Korupsi"])
    assert shares_word(long, kpk) is shares


NAMES += [
    # a one-word person spelt one letter otherwise than a person of the article
    ("Menko Perekonomian Darmin Nasution hadir. Damin menilai aktor politik harus bijak.",
     [("Darmin Nasution", "PER"), ("Damin", "PER")], "Damin", "Darmin Nasution"),
    # two letters otherwise, another first letter or a short name: another person
    ("Menko Perekonomian Darmin Nasution hadir. Dasrin menilai aktor politik harus bijak.",
     [("Darmin Nasution", "PER"), ("Dasrun", "PER"), ("Dasrin", "PER")], "Dasrin", "Dasrin"),
    ("Pelatih Lukas Hartono hadir. Menurut Budi, latihan berjalan baik.",
     [("Lukas Hartono", "PER"), ("Budi", "PER")], "Budi", "Budi"),
]


@pytest.mark.parametrize("text,ner,mention,name", NAMES)
def test_linking_name_of_a_mention(nlp, text, ner, mention, name):
    """The name each mention gets, by the rule each group of rows names."""
    assert ents(nlp, text, ner)[mention]._.name == name


def test_linking_two_one_word_spellings_stay_apart(nlp):
    """Neither of two one-word spellings is the other (no reference runs in a circle)."""
    found = ents(nlp, "Damin hadir di rapat. Darmin menilai rapat berjalan baik.",
                 [("Damin", "PER"), ("Darmin", "PER")])
    assert (found["Damin"]._.name, found["Darmin"]._.name) == ("Damin", "Darmin")


def test_linking_a_bodys_name_unmarked_before_a_person_is_no_part_of_their_name():
    """A one-word person's fuller name stops at a word the article names a body by, even where
    that word is left unmarked ("CEO Telegram | Pavel Durov ... Durov")."""
    import spacy

    from warta.kb import InMemoryKB
    from warta.nlp.linking import NER, Mention, link_mentions

    doc = spacy.blank("id")("Kominfo sepakat dengan Telegram . Bersama CEO Telegram Pavel Durov "
                            ", Kominfo bekerja . Durov senang .")
    words = [t.text for t in doc]
    telegram, durov = words.index("Telegram"), len(words) - 3
    mentions = [Mention(telegram, telegram + 1, "ORG", NER), Mention(durov, durov + 1, "PER", NER)]
    link_mentions(doc, mentions, [], InMemoryKB(), lambda tok: tok.is_title)
    assert mentions[1].name == "Pavel Durov"


@pytest.mark.parametrize("text,name", [
    ("Moody 's", "Moody's"), ("Sung Ji - hyun", "Sung Ji-hyun"),
    ("Dwayne 'The Rock' Johnson", "Dwayne 'The Rock' Johnson"),   # a nickname keeps its quotes
])
def test_linking_names_join_tokenised_marks_but_not_a_quoted_nickname(text, name):
    from warta.nlp.linking import normalise_name

    assert normalise_name(text) == name
