"""``seo-kit audit``: an export in, a Parquet file and the site summary out."""

from __future__ import annotations

from urllib.parse import quote_plus

import pandas as pd
import pytest
from audit_samples import ENGLISH, FRENCH, wxr, wxr_item

from seo_kit.cli import main


def test_audit_command_writes_parquet_and_prints_the_summary(tmp_path, capsys):
    export = tmp_path / "site.xml"
    meta = {"_yoast_wpseo_focuskw": "voiture électrique"}
    export.write_text(wxr(wxr_item(1, "Voitures", f"<p>{FRENCH}</p>", meta=meta),
                          wxr_item(2, "Les voitures", f"<p>{FRENCH}</p>",
                                   meta={"_yoast_wpseo_focuskw": "Voitures électriques"}),
                          wxr_item(3, "Cars", f"<p>{ENGLISH}</p>")), "utf-8")
    out = tmp_path / "out" / "audit.parquet"
    assert main(["audit", str(export), "--out", str(out), "--workers", "1", "--no-progress"]) == 0
    printed = capsys.readouterr().out
    assert f"3 pages → {out}" in printed
    assert "pages sharing a focus keyphrase:" in printed and "electrique voiture" in printed
    frame = pd.read_parquet(out)
    assert frame["title"].tolist() == ["Voitures", "Les voitures", "Cars"]
    # the weakest first, each with the link that opens it in the studio (post id, keyphrase)
    weakest = printed.split("weakest pages")[1].splitlines()[1:]
    assert len(weakest) == 6 and weakest[0].endswith("https://example.org/p2/")
    assert weakest[1].strip() == (f"http://127.0.0.1:8866/?article={quote_plus(str(export))}"
                                  "&page=2&keyphrase=Voitures+%C3%A9lectriques")
    assert weakest[5].strip().endswith("&page=3")  # no keyphrase: none in the link


def test_audit_command_reports_a_bad_export_in_one_line(tmp_path, capsys):
    export = tmp_path / "cut.xml"
    export.write_text(wxr(wxr_item(1, "A", FRENCH))[:300], "utf-8")
    assert main(["audit", str(export), "--out", str(tmp_path / "a.parquet"),
                 "--workers", "1", "--no-progress"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("seo-kit audit: ") and "not well-formed XML" in error
    assert len(error.strip().splitlines()) == 1


@pytest.mark.slow  # distributed keeps retrying a refused connection until its 20 s timeout
def test_audit_command_names_an_unreachable_scheduler(tmp_path, capsys):
    export = tmp_path / "site.xml"
    export.write_text(wxr(wxr_item(1, "A", FRENCH)), "utf-8")
    assert main(["audit", str(export), "--out", str(tmp_path / "a.parquet"), "--no-progress",
                 "--scheduler", "tcp://127.0.0.1:1"]) == 1
    error = capsys.readouterr().err
    assert "cannot reach a Dask scheduler at tcp://127.0.0.1:1" in error
