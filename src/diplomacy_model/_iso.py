"""The country codes the model accepts: ISO 3166-1 alpha-2, and the codes of states that no longer exist.

One table for the model's validators and the gazetteer alike (a test checks the
gazetteer's codes are all here). Standard library only: the model imports it.

The 249 officially assigned alpha-2 codes (ISO 3166-1, as of 2024; the list the
gazetteer's ``countries.tsv`` was written from), and the ISO 3166-3 codes of
former states that historical copy names: ``SU`` (Soviet Union), ``DD`` (East
Germany), ``YU`` (Yugoslavia), ``CS`` (Czechoslovakia; also Serbia and
Montenegro 2003-2006).
"""

from __future__ import annotations

from typing import Final

__all__ = ["COUNTRY_CODES", "CURRENT_CODES", "FORMER_CODES", "is_country_code"]

CURRENT_CODES: Final = frozenset((
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB",
    "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY",
    "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX",
    "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK",
    "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
    "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR",
    "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA",
    "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE",
    "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
    "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG",
    "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF",
    "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY",
    "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
))  # fmt: skip

FORMER_CODES: Final = frozenset(("SU", "DD", "YU", "CS"))

COUNTRY_CODES: Final = CURRENT_CODES | FORMER_CODES


def is_country_code(value: object) -> bool:
    """True for a code the model accepts as a country.

    >>> is_country_code("CN"), is_country_code("SU"), is_country_code("XX"), is_country_code("cn")
    (True, True, False, False)
    """
    return type(value) is str and value in COUNTRY_CODES
