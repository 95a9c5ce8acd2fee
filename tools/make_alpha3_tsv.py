"""Write src/diplomacy_model/gazetteer/alpha3.tsv (ISO 3166-1 alpha-2 to alpha-3) from Debian's iso-codes.

Run: ``python3 tools/make_alpha3_tsv.py [/usr/share/iso-codes/json/iso_3166-1.json]`` (package ``iso-codes``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SOURCE = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json")
TARGET = Path(__file__).resolve().parents[1] / "src" / "diplomacy_model" / "gazetteer" / "alpha3.tsv"


def main() -> None:
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True,
                             check=False).stdout or "unknown"
    rows = json.loads(SOURCE.read_text(encoding="utf-8"))["3166-1"]
    lines = [
        f"# ISO 3166-1 alpha-2 to alpha-3, from Debian's iso-codes {version} ({SOURCE.name}),",
        "# https://salsa.debian.org/iso-codes-team/iso-codes, LGPL-2.1+. Made by tools/make_alpha3_tsv.py.",
        "# XK (Kosovo, user-assigned) is added as XKX, the code the EU and IMF use.",
        "alpha_2\talpha_3",
    ]
    codes = {r["alpha_2"]: r["alpha_3"] for r in rows} | {"XK": "XKX"}
    lines += [f"{a2}\t{a3}" for a2, a3 in sorted(codes.items())]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
