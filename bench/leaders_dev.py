"""Print the leaders found in each development article and score them against an analyst's reading.

Usage: ``.venv/bin/python bench/leaders_dev.py [DIR]`` (default ``/work/shared/data/articles_dev``).
The dateline country is guessed from the first capitalised city before a comma (``SEOUL, Dec. 29``);
the articles themselves are read from their directory and never copied.

``GOLD`` is one reader's judgement (written for this bench, not shipped with the data): every person
an article names who holds an office of state, of government or of an intergovernmental body (and
diplomats and spokespersons), with the country they serve ("-" for an organisation). Former office
holders, nominees, party officials and people named only as journalists or analysts are left out.
Precision and recall are over names; country accuracy is over the names found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import regex

from diplomacy_model.gazetteer.countries import lookup_city
from diplomacy_model.phrases.title import find_leaders

_CITY = regex.compile(r"\b(\p{Lu}{3,}+(?: \p{Lu}{3,}+)*+),")


GOLD: dict[str, dict[str, str]] = {
    "afp_15.txt": {"Klaus Kinkel": "DE", "Herve de Charette": "FR", "David Davies": "GB"},
    "afp_2.txt": {"David Levy": "IL", "Necmettin Erbakan": "TR", "Benjamin Netanyahu": "IL",
                  "Suleymen Demirel": "TR", "Tansu Ciller": "TR", "Ismail Hakki Karadayi": "TR"},
    "afp_6.txt": {"Kim Kye-Gwan": "KP", "Han Sung-Ryol": "KP"},
    "afp_8.txt": {"Tony Blair": "GB", "Angela Merkel": "DE", "Costas Caramanlis": "GR", "Jose Manuel Barroso": "-",
                  "Philippe Douste-Blazy": "FR", "Andrus Ansip": "EE", "Mikulas Dzurinda": "SK",
                  "Algirdas Brazauskas": "LT", "Karl-Heinz Grasser": "AT", "Jacques Chirac": "FR"},
    "ap_4.txt": {"Alan Dacey": "-", "Kofi Annan": "-", "Tariq Aziz": "IQ", "Kenneth Bacon": "US",
                 "Saddam Hussein": "IQ"},
    "ap_5.txt": {"Saddam Hussein": "IQ", "Hussein": "JO", "Bush": "US", "Hashemi Rafsanjani": "IR",
                 "Dick Cheney": "US", "Yuri Gremitskikh": "RU", "Mikhail Sytenko": "RU", "Hassan": "JO"},
    "koreaherald_1.txt": {"Wi Sung-lac": "KR", "Lee Jae Myung": "KR", "Xi Jinping": "CN", "Donald Trump": "US",
                          "Zhao Leji": "CN", "Li Qiang": "CN"},
    "koreaherald_4.txt": {"Lee Jae Myung": "KR", "Xi Jinping": "CN", "Donald Trump": "US", "Kwon Oh-eul": "KR"},
    "kremlin_17.txt": {"Dmitry Medvedev": "RU", "Islam Karimov": "UZ"},
    "kremlin_21.txt": {"Vladimir Putin": "RU", "Nursultan Nazarbayev": "KZ"},
    "kremlin_22.txt": {"Vladimir Putin": "RU", "Alexander Lukashenko": "BY"},
    "kremlin_7.txt": {"Vladimir Putin": "RU"},
    "xinhua2020_12.txt": {"Donald Trump": "US", "Mark Esper": "US", "Mark Meadows": "US", "Adam Smith": "US",
                          "Christopher Miller": "US", "Jim Inhofe": "US", "Nancy Pelosi": "US"},
    "xinhua2020_3.txt": {"Xi Jinping": "CN", "Vladimir Putin": "RU", "Narendra Modi": "IN",
                         "Cyril Ramaphosa": "ZA", "Jair Bolsonaro": "BR"},
    "xinhua2020_4.txt": {"Xi Jinping": "CN"},
    "xinhua2020_8.txt": {"Thomas Bach": "-", "Yoshihide Suga": "JP", "Yuriko Koike": "JP"},
    "xinhua_13.txt": {"Wen Jiabao": "CN", "Zhao Jun": "CN", "Hu Jintao": "CN", "Dominique de Villepin": "FR",
                      "Jacques Chirac": "FR", "Jean-Louis Debre": "FR", "Vaclav Klaus": "CZ", "Jiri Paroubek": "CZ",
                      "Jose Socrates": "PT", "Jorge Sampaio": "PT", "Jaime Gama": "PT", "Cui Tiankai": "CN",
                      "Tuanku Syed Sirajuddin Syed Putra Jamalullail": "MY", "Abdullah Ahmad Badawi": "MY"},
    "xinhua_15.txt": {"Taro Asao": "JP", "Ban Ki-moon": "KR", "Junichiro Koizumi": "JP", "Roh Moo-hyun": "KR"},
    "xinhua_17.txt": {"Ban Ki-moon": "KR"},
    "xinhua_19.txt": {"Peter Mandelson": "-", "Kim Jong-hoon": "KR"},
    "xinhua_30.txt": {"Ban Ki-moon": "KR"},
    "yonhap_11.txt": {"Lee Jae Myung": "KR", "Kang Yu-jung": "KR"},
    "yonhap_2.txt": {"Lee Jae Myung": "KR", "Xi Jinping": "CN", "Wi Sung-lac": "KR", "Sanae Takaichi": "JP",
                     "Cho Hyun": "KR", "Wang Yi": "CN", "Li Qiang": "CN", "Zhao Leji": "CN"},
    "yonhap_4.txt": {"Kim Jong-un": "KP", "Vladimir Putin": "RU", "Xi Jinping": "CN", "Li Qiang": "CN",
                     "Sergei Shoigu": "RU", "Pak Jong-chon": "KP", "No Kwang-chol": "KP"},
}


def dateline_country(text: str) -> str | None:
    match = _CITY.search(text[:1500])
    return lookup_city(match.group(1)) if match else None


def main(directory: str = "/work/shared/data/articles_dev") -> None:
    found_total = gold_total = hits = country_right = 0
    for path in sorted(Path(directory).glob("*.txt")):
        text = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
        country = dateline_country(text)
        print(f"=== {path.name} (dateline country {country})")
        leaders = find_leaders(text, dateline_country=country)
        gold = GOLD.get(path.name, {})
        found_total += len(leaders)
        gold_total += len(gold)
        for leader in leaders:
            if leader.name in gold:
                hits += 1
                country_right += (leader.country or "-") == gold[leader.name]
            else:
                print(f"  EXTRA {leader.name!r}")
        for name in gold:
            if name not in {leader.name for leader in leaders}:
                print(f"  MISSED {name!r}")
        for leader in leaders:
            flag = "~" if leader.country_inferred else ""
            print(f"  {leader.name!r:34} {leader.title!r:45} {flag}{leader.country} {leader.organisation or ''}"
                  f" x{len(leader.mentions)}  <{leader.span.of(text)}>")
    precision, recall = hits / max(found_total, 1), hits / max(gold_total, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(f"\nleaders: found {found_total}, gold {gold_total}, matched {hits}: precision {precision:.3f}, "
          f"recall {recall:.3f}, F1 {f1:.3f}; country right for {country_right}/{hits}")


if __name__ == "__main__":
    main(*sys.argv[1:])
