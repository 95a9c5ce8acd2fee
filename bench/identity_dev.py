"""Whether ``Leader.identity`` names the right person, on the development articles.

Run: ``.venv/bin/python bench/identity_dev.py [--misses] [DIR GOLD ...]`` (default: the 24 articles of
``/work/shared/data/articles_dev`` with ``bench/articles_gold.json``, and the 12 of ``articles_dev2`` with its
gold). The articles belong to their publishers and are read from where they are, never copied.

``IDENTITIES`` is one reader's judgement, written for this bench: for every gold leader whom the shipped
office-holder table lists (under any spelling, in any office or year), the table's person ID. A leader the
table does not list is left out of it and should get no identity. The score is over the listed leaders that the
gold requires (an optional one counts only when found): right when ``extract`` finds the leader and gives that
ID. Also counted: identities given to leaders the table does not list (wrong people), and leaders whose country
is not their identity's (a guess that overrode the table).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import diplomacy_model as dm
from diplomacy_model import evaluate as ev

ROOT = Path(__file__).resolve().parents[1]
DATA = Path("/work/shared/data")
DEFAULT_SETS = (
    (DATA / "articles_dev", ROOT / "bench" / "articles_gold.json"),
    (DATA / "articles_dev2", DATA / "articles_dev2_gold.json"),
)

# Gold leader name (as the gold writes it) -> the table's person ID.
IDENTITIES: dict[str, dict[str, str]] = {
    "afp_15.txt": {"Klaus Kinkel": "hand:Klaus_Kinkel", "Herve de Charette": "hand:Herve_de_Charette",
                   "Tony Blair": "Q9545"},
    "afp_2.txt": {"Necmettin Erbakan": "Q243550", "Benjamin Netanyahu": "Q43723", "Suleymen Demirel": "Q151729",
                  "Tansu Ciller": "Q208377"},
    "afp_8.txt": {"Tony Blair": "Q9545", "Angela Merkel": "Q567", "Costas Caramanlis": "Q188978",
                  "Jose Manuel Barroso": "Q15849", "Philippe Douste-Blazy": "Q366016", "Andrus Ansip": "Q57640",
                  "Mikulas Dzurinda": "Q212765", "Algirdas Brazauskas": "Q212751", "Jacques Chirac": "Q2105",
                  "Margaret Thatcher": "Q7416"},
    "ap_4.txt": {"Saddam Hussein": "Q1316"},
    "ap_5.txt": {"Saddam Hussein": "Q1316", "Hussein": "Q146906", "Bush": "Q23505", "Hashemi Rafsanjani": "Q186111"},
    "koreaherald_1.txt": {"Wi Sung-lac": "hand:Wi_Sung-lac", "Lee Jae Myung": "Q12612463", "Xi Jinping": "Q15031",
                          "Donald Trump": "Q22686", "Zhao Leji": "hand:Zhao_Leji", "Li Qiang": "Q4414390"},
    "koreaherald_4.txt": {"Lee Jae Myung": "Q12612463", "Xi Jinping": "Q15031", "Donald Trump": "Q22686",
                          "Yoon Suk Yeol": "Q16090635"},
    "kremlin_17.txt": {"Dmitry Medvedev": "Q23530", "Islam Karimov": "Q57558"},
    "kremlin_21.txt": {"Vladimir Putin": "Q7747", "Nursultan Nazarbayev": "Q57394"},
    "kremlin_22.txt": {"Vladimir Putin": "Q7747", "Alexander Lukashenko": "Q2866"},
    "kremlin_7.txt": {"Vladimir Putin": "Q7747"},
    "xinhua2020_12.txt": {"Donald Trump": "Q22686", "Joe Biden": "Q6279"},
    "xinhua2020_3.txt": {"Xi Jinping": "Q15031", "Vladimir Putin": "Q7747", "Narendra Modi": "Q1058",
                         "Cyril Ramaphosa": "Q1148669", "Jair Bolsonaro": "Q10304982"},
    "xinhua2020_4.txt": {"Xi Jinping": "Q15031"},
    "xinhua2020_8.txt": {"Yoshihide Suga": "Q122465", "Yoshiro Mori": "Q233499", "Shinzo Abe": "Q132345"},
    "xinhua_13.txt": {"Wen Jiabao": "Q16628", "Hu Jintao": "Q15029", "Dominique de Villepin": "Q131660",
                      "Jacques Chirac": "Q2105", "Vaclav Klaus": "Q57434", "Jiri Paroubek": "Q161671",
                      "Jose Socrates": "Q182367", "Jorge Sampaio": "Q156780",
                      "Tuanku Syed Sirajuddin Syed Putra Jamalullail": "Q460568", "Abdullah Ahmad Badawi": "Q272588"},
    "xinhua_15.txt": {"Taro Asao": "Q132596", "Ban Ki-moon": "Q1253", "Junichiro Koizumi": "Q130852",
                      "Roh Moo-hyun": "Q14345"},
    "xinhua_17.txt": {"Ban Ki-moon": "Q1253"},
    "xinhua_30.txt": {"Ban Ki-moon": "Q1253"},
    "yonhap_11.txt": {"Lee Jae Myung": "Q12612463", "Yoon Suk Yeol": "Q16090635"},
    "yonhap_2.txt": {"Lee Jae Myung": "Q12612463", "Xi Jinping": "Q15031", "Wi Sung-lac": "hand:Wi_Sung-lac",
                     "Sanae Takaichi": "hand:Sanae_Takaichi", "Wang Yi": "Q701801", "Li Qiang": "Q4414390",
                     "Zhao Leji": "hand:Zhao_Leji"},
    "yonhap_4.txt": {"Kim Jong-un": "Q56226", "Vladimir Putin": "Q7747", "Xi Jinping": "Q15031",
                     "Li Qiang": "Q4414390", "Sergei Shoigu": "hand:Sergei_Shoigu"},
    # articles_dev2
    "cnn_oil_opec_meeting.txt": {"Donald Trump": "Q22686", "Mohammed bin Salman": "hand:Mohammed_bin_Salman",
                                 "Vladimir Putin": "Q7747"},
    "cnn_putin_lukashenko_sochi.txt": {"Alexander Lukashenko": "Q2866", "Vladimir Putin": "Q7747"},
    "st_afghan_peace_talks.txt": {"Donald Trump": "Q22686", "Mike Pompeo": "Q473239", "Retno Marsudi": "Q18342668",
                                  "George W. Bush": "Q207"},
    "st_asean_plus_three_summit.txt": {"Lee Hsien Loong": "Q57643", "Li Keqiang": "Q18111", "Moon Jae-in": "Q21001",
                                       "Prayut Chan-o-cha": "Q2108126", "Nguyen Xuan Phuc": "Q10800073"},
    "st_brexit_seventh_round.txt": {"Michel Barnier": "Q438465"},
    "st_china_team_kim_jong_un.txt": {"Kim Jong Un": "Q56226", "Donald Trump": "Q22686", "Mike Pompeo": "Q473239",
                                      "Xi Jinping": "Q15031", "Kim Jong Il": "Q10665", "Kim Il Sung": "Q41117"},
    "st_china_uk_ties.txt": {"Dominic Raab": "Q268584", "Boris Johnson": "Q180589", "Donald Trump": "Q22686"},
    "st_israel_arab_talks.txt": {"Benjamin Netanyahu": "Q43723", "Donald Trump": "Q22686"},
    "st_singapore_china_fast_lane.txt": {"Lawrence Wong": "Q6504758", "Lee Hsien Loong": "Q57643",
                                         "Jacinda Ardern": "Q3606816"},
    "st_wang_yi_norway.txt": {"Wang Yi": "Q701801", "Donald Trump": "Q22686"},
    "st_yang_jiechi_singapore.txt": {"Yang Jiechi": "Q58211", "Lee Hsien Loong": "Q57643"},
}


def score(directory: Path, gold_path: Path, misses: list[str]) -> tuple[int, int, int, int]:
    """(right, counted, identities given to people the table does not list, countries other than the identity's)."""
    gold = ev.load_gold(gold_path)
    right = counted = stray = overridden = 0
    for name in sorted(gold):
        path = directory / name
        if name.startswith("_") or not path.exists():
            continue
        entry = gold[name]
        article = dm.extract(path.read_text(encoding="utf-8"), published=ev.gold_published(entry, reference=True))
        found = {ev.norm(leader.name): leader for leader in article.leaders}
        expected = IDENTITIES.get(name, {})
        listed: set[str] = set()
        for leader_gold in entry.get("leaders", []):
            forms = [leader_gold["name"], *leader_gold.get("aliases", [])]
            leader = next((found[ev.norm(form)] for form in forms if ev.norm(form) in found), None)
            if leader is not None:
                listed.add(ev.norm(leader.name))
            want = expected.get(leader_gold["name"])
            if want is None:
                if leader is not None and leader.identity is not None:
                    stray += 1
                    misses.append(f"{name}: {leader_gold['name']!r} not in the table, got {leader.identity.id} "
                                  f"({leader.identity.name})")
                continue
            if leader is None and leader_gold.get("optional"):
                continue
            counted += 1
            got = leader.identity if leader is not None else None
            if got is not None and got.id == want:
                right += 1
            else:
                why = "not found" if leader is None else f"got {got.id} ({got.name})" if got else "no identity"
                misses.append(f"{name}: {leader_gold['name']!r} want {want}, {why}")
        for leader in article.leaders:
            identity = leader.identity
            if identity is None or leader.organisation is not None:
                continue
            if leader.country not in (identity.country, None) and not _same_line(leader.country, identity.country):
                overridden += 1
                misses.append(f"{name}: {leader.name!r} country {leader.country}, identity's {identity.country}")
    return right, counted, stray, overridden


def _same_line(a: str | None, b: str | None) -> bool:
    """A state and its successor under another code (a 1987 story's ``SU`` for a table row's ``RU``)."""
    line = {"SU": "RU", "DD": "DE", "YU": "RS", "CS": "CZ"}
    return a is not None and b is not None and line.get(a, a) == line.get(b, b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="pairs of article directory and gold file")
    parser.add_argument("--misses", action="store_true", help="list every wrong or missing identity")
    args = parser.parse_args()
    pairs = list(zip(args.sets[::2], args.sets[1::2], strict=True)) if args.sets else list(DEFAULT_SETS)
    total_right = total = 0
    for directory, gold_path in pairs:
        misses: list[str] = []
        right, counted, stray, overridden = score(directory, gold_path, misses)
        total_right += right
        total += counted
        print(f"{directory.name}: identity right for {right}/{counted} leaders the table lists "
              f"({right / max(counted, 1):.1%}); identities for people it does not list {stray}; "
              f"countries other than the identity's {overridden}")
        if args.misses:
            for line in misses:
                print(f"  {line}")
    print(f"all: identity right for {total_right}/{total} ({total_right / max(total, 1):.1%}); target >= 98%")


if __name__ == "__main__":
    main()
