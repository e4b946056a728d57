"""What the studio says (French first, English second), the tones it offers, its templates."""

from __future__ import annotations

from importlib import resources

__all__ = ["LABELS", "TONES", "template_names", "template_text"]

TONES = ("informatif", "pédagogique", "engageant", "neutre", "expert", "percutant")

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "article_placeholder": "Collez ici l’article à réécrire (texte, Markdown ou HTML)…",
        "upload": "Fichier", "lang": "Langue", "fr": "français", "en": "anglais",
        "tone": "Ton", "keywords": "Mots-clés", "min_words": "Mots min.", "mode": "Mode",
        "rewrite": "réécriture", "restructure": "restructuration", "template": "Modèle",
        "by_mode": "selon le mode",
        "prompt": "Consigne (modifiable)", "endpoint": "Serveur", "model": "Modèle IA",
        "embedded": "modèle embarqué", "default": "par défaut", "temperature": "Température",
        "n_variants": "Variantes", "generate": "Générer", "working": "Génération en cours…",
        "progress": "{done}/{total} variantes · {calls} appels au modèle",
        "done": "{n} variante(s) générée(s).",
        "variant": "Variante", "diff_from": "De", "diff_to": "À",
        "tab_comparison": "Comparaison", "tab_variant": "Variante et SERP",
        "tab_diff": "Différences", "tab_export": "Export",
        "export_markdown": "Markdown", "export_html": "Page HTML", "export_csv": "Tableau CSV",
        "export_report": "Rapport HTML", "report_title": "Comparaison des variantes",
        "nothing_to_export": "Rien à exporter : générez d’abord une variante.",
    },
    "en": {
        "article_placeholder": "Paste the article to rewrite (text, Markdown or HTML)…",
        "upload": "File", "lang": "Language", "fr": "French", "en": "English",
        "tone": "Tone", "keywords": "Keywords", "min_words": "Min words", "mode": "Mode",
        "rewrite": "rewrite", "restructure": "restructure", "template": "Template",
        "by_mode": "the mode's own",
        "prompt": "Prompt (editable)", "endpoint": "Endpoint", "model": "Model",
        "embedded": "embedded model", "default": "default", "temperature": "Temperature",
        "n_variants": "Variants", "generate": "Generate", "working": "Generating…",
        "progress": "{done}/{total} variants · {calls} model calls",
        "done": "{n} variant(s) generated.",
        "variant": "Variant", "diff_from": "From", "diff_to": "To",
        "tab_comparison": "Comparison", "tab_variant": "Variant and SERP",
        "tab_diff": "Differences", "tab_export": "Export",
        "export_markdown": "Markdown", "export_html": "HTML page", "export_csv": "CSV table",
        "export_report": "HTML report", "report_title": "Variant comparison",
        "nothing_to_export": "Nothing to export: generate a variant first.",
    },
}


def template_names(lang: str = "fr") -> list[str]:
    """Names of the templates shipped for `lang` (the .toml files in seo_kit/rewrite/prompts/<lang>/)."""
    folder = resources.files("seo_kit").joinpath("rewrite", "prompts", lang)
    if not folder.is_dir():
        return []
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir()
                  if p.name.endswith(".toml"))


def template_text(name: str, lang: str = "fr") -> str:
    """The TOML source of a shipped template, as shown (and edited) in the studio."""
    return resources.files("seo_kit").joinpath("rewrite", "prompts", lang, f"{name}.toml").read_text("utf-8")
