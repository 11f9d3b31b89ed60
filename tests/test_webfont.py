"""The CJK web font served with the app: a subset of the installed Noto Sans CJK (not from the internet)."""

from __future__ import annotations

from fontTools.ttLib import TTFont

from epoc.web.fonts import WebFont, build_subset, default_characters

NAMES = "조선별진무역회사 中国精密机械进出口总公司"


def test_the_subset_holds_the_characters_names_are_written_in(tmp_path):
    wanted = {ord(c) for c in NAMES if not c.isspace()}
    target = build_subset(tmp_path / "cjk.woff", wanted)
    with TTFont(target) as font:
        assert font.flavor == "woff" and wanted <= set(font.getBestCmap())
    assert target.stat().st_size < 200_000  # a handful of glyphs, not 16 MB
    every = default_characters()
    assert wanted <= every and 9_000 < len(every) < 10_500


def test_the_route_answers_404_until_the_font_is_built(tmp_path):
    from fastapi.testclient import TestClient

    from epoc.settings import Settings
    from epoc.web import create_app

    settings = Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'x.db'}")
    app = create_app(settings)
    client = TestClient(app)
    assert client.get("/fonts/noto-sans-cjk.woff").status_code == 404
    font: WebFont = app.state.webfont
    build_subset(font.path, {ord("조")})
    answer = client.get("/fonts/noto-sans-cjk.woff")
    assert answer.status_code == 200 and answer.headers["content-type"] == "font/woff"
    assert "max-age" in answer.headers["cache-control"]
