"""What the studio says (French first, English second) and its templates; the tones it offers
are per language in seo_kit.lang.tones."""

from __future__ import annotations

from importlib import resources

__all__ = ["CONSTRAINTS", "HEADERS", "LABELS", "RATINGS", "STEPS", "template_names", "template_text"]


LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "page_title": "Laboratoire de consignes SEO",
        "app_intro": "Collez un article, choisissez un ton et des mots-clés, puis cliquez sur "
                     "**Générer**.",
        "article_placeholder": "Collez ici l’article à réécrire (texte, Markdown ou HTML)…",
        "upload": "Fichier", "lang": "Langue", "fr": "français", "en": "anglais",
        "tone": "Ton", "keywords": "Mots-clés", "keywords_placeholder": "ex. : Lavrov, Corée du Nord",
        "keywords_help": "Séparés par des virgules ; le premier est la requête principale.",
        "focus": "requête principale",
        "min_words": "Mots min.", "mode": "Mode",
        "rewrite": "réécriture", "restructure": "restructuration", "template": "Consigne type",
        "by_mode": "celle du mode",
        "prompt": "Consigne (modifiable)", "endpoint": "Serveur", "model": "Modèle IA",
        "embedded": "modèle embarqué", "default": "par défaut", "temperature": "Température",
        "n_variants": "Variantes", "generate": "Générer", "cancel": "Annuler",
        "working": "Génération en cours…",
        "step_line": "Variante {variant}/{total} · {step} · {elapsed} écoulées{eta}",
        "eta": " · encore ~{eta} ({rate} jetons/s)",
        "steps_count": "étape {done} sur ~{total}",
        "cancelling": "Annulation… la variante en cours s’arrête après l’appel au modèle en cours.",
        "cancelled": "Annulé : {n} variante(s) terminée(s) conservée(s) (et enregistrée(s)).",
        "done": "{n} variante(s) générée(s) en {elapsed}.",
        "long_run": "Attention : environ {eta} de calcul ({n} variante(s) de {words} mots sur {where}). "
                    "Cliquez encore sur « Générer » pour confirmer, ou réduisez le nombre de variantes "
                    "ou de mots.",
        "clamped": "{what} ramené à {value} (maximum {limit}).",
        "first_line": "La première ligne du fichier ressemble à une consigne (« {line} ») : elle a été "
                      "retirée de l’article. Décochez « Ignorer la 1re ligne » pour la garder.",
        "skip_first_line": "Ignorer la 1re ligne",
        "variant": "Variante", "diff_from": "De", "diff_to": "À",
        "tab_comparison": "Comparaison", "tab_variant": "Variante et SERP",
        "tab_diff": "Différences", "tab_export": "Export", "tab_history": "Historique",
        "export_markdown": "Markdown", "export_html": "Page HTML", "export_csv": "Tableau CSV",
        "export_report": "Rapport HTML", "report_title": "Comparaison des variantes",
        "nothing_to_export": "Rien à exporter : générez d’abord une variante.",
        "problems": "Problèmes", "improvements": "Améliorations", "good": "Bons résultats",
        "cms": "À faire dans le CMS (hors score de la réécriture)",
        "seo_score": "SEO", "readability_score": "Lisibilité",
        "eye": "Surligner les phrases concernées", "eye_none": "Aucune phrase concernée.",
        "closest_source": "phrase la plus proche dans la source",
        "edit_hint": "Modifiez le texte : les scores se mettent à jour pendant la saisie.",
        "save_edit": "Enregistrer comme nouvelle variante", "saved_edit": "Enregistrée : {label}.",
        "seo_title": "Titre SEO", "meta": "Méta-description", "slug": "Slug",
        "domain": "Domaine", "date": "Date", "desktop": "Ordinateur", "mobile": "Mobile",
        "title_bar": "Titre : {px} px sur {max} px", "meta_bar": "Méta : {chars} caractères sur {max}",
        "cut_note": "Google coupe ce qui dépasse ; l’export garde le texte entier, sans « … ».",
        "history_pick": "Variantes à comparer (Ctrl+clic pour en choisir plusieurs)",
        "compare": "Comparer", "refresh": "Actualiser", "history_empty": "Aucune variante enregistrée.",
        "restored": "Dernière session restaurée : {n} variante(s).",
        "versions_title": "Versions de la consigne comparées",
        "details": "détails techniques",
        "err_input": "L’article ou un réglage ne convient pas.",
        "err_template": "La consigne ne peut pas être utilisée.",
        "err_endpoint": "Le serveur du modèle ne répond pas comme prévu.",
        "err_model": "Le modèle a donné une réponse inutilisable.",
        "err_local": "Le modèle embarqué ne peut pas démarrer.",
        "err_bug": "Le studio a rencontré une erreur inattendue.",
        "hint_input": "Vérifiez l’article et les réglages.",
        "hint_template": "Revenez à la consigne type ou corrigez le champ signalé.",
        "hint_endpoint": "Vérifiez l’adresse du serveur et la clé, ou videz le champ pour le modèle embarqué.",
        "hint_model": "Réessayez ; si cela recommence, baissez le nombre de variantes ou de mots.",
        "hint_local": "Installez le modèle embarqué (make rewrite) ou indiquez un serveur.",
        "hint_bug": "Ceci est un défaut du studio : notez le message, rechargez la page et réessayez.",
        "empty_article": "Collez un article ou chargez un fichier avant de générer.",
        "failed_some": "{failed} variante(s) sur {total} ont échoué ({why}) ; les {done} terminée(s) "
                       "sont affichées et enregistrées.",
    },
    "en": {
        "page_title": "SEO prompt lab",
        "app_intro": "Paste an article, choose a tone and keywords, then click **Generate**.",
        "article_placeholder": "Paste the article to rewrite (text, Markdown or HTML)…",
        "upload": "File", "lang": "Language", "fr": "French", "en": "English",
        "tone": "Tone", "keywords": "Keywords", "keywords_placeholder": "e.g. Lavrov, North Korea",
        "keywords_help": "Comma-separated; the first one is the focus keyphrase.",
        "focus": "focus keyphrase",
        "min_words": "Min words", "mode": "Mode",
        "rewrite": "rewrite", "restructure": "restructure", "template": "Prompt template",
        "by_mode": "the mode's own",
        "prompt": "Prompt (editable)", "endpoint": "Endpoint", "model": "AI model",
        "embedded": "embedded model", "default": "default", "temperature": "Temperature",
        "n_variants": "Variants", "generate": "Generate", "cancel": "Cancel",
        "working": "Generating…",
        "step_line": "Variant {variant}/{total} · {step} · {elapsed} elapsed{eta}",
        "eta": " · about {eta} left ({rate} tokens/s)",
        "steps_count": "step {done} of ~{total}",
        "cancelling": "Cancelling… the running variant stops after its current model call.",
        "cancelled": "Cancelled: {n} finished variant(s) kept (and saved).",
        "done": "{n} variant(s) generated in {elapsed}.",
        "long_run": "Careful: about {eta} of work ({n} variant(s) of {words} words on {where}). "
                    "Click “Generate” again to confirm, or ask for fewer variants or words.",
        "clamped": "{what} set to {value} (maximum {limit}).",
        "first_line": "The file's first line looks like an instruction (“{line}”): it was removed "
                      "from the article. Untick “Skip the 1st line” to keep it.",
        "skip_first_line": "Skip the 1st line",
        "variant": "Variant", "diff_from": "From", "diff_to": "To",
        "tab_comparison": "Comparison", "tab_variant": "Variant and SERP",
        "tab_diff": "Differences", "tab_export": "Export", "tab_history": "History",
        "export_markdown": "Markdown", "export_html": "HTML page", "export_csv": "CSV table",
        "export_report": "HTML report", "report_title": "Variant comparison",
        "nothing_to_export": "Nothing to export: generate a variant first.",
        "problems": "Problems", "improvements": "Improvements", "good": "Good results",
        "cms": "To do in the CMS (not counted in the rewrite's score)",
        "seo_score": "SEO", "readability_score": "Readability",
        "eye": "Highlight the sentences concerned", "eye_none": "No sentence concerned.",
        "closest_source": "closest source sentence",
        "edit_hint": "Edit the text: the scores update as you type.",
        "save_edit": "Save as a new variant", "saved_edit": "Saved: {label}.",
        "seo_title": "SEO title", "meta": "Meta description", "slug": "Slug",
        "domain": "Domain", "date": "Date", "desktop": "Desktop", "mobile": "Mobile",
        "title_bar": "Title: {px} px of {max} px", "meta_bar": "Meta: {chars} characters of {max}",
        "cut_note": "Google cuts what is beyond; the export keeps the whole text, without “…”.",
        "history_pick": "Variants to compare (Ctrl+click to pick several)",
        "compare": "Compare", "refresh": "Refresh", "history_empty": "No variant saved yet.",
        "restored": "Last session restored: {n} variant(s).",
        "versions_title": "Template versions compared",
        "details": "technical details",
        "err_input": "The article or a setting cannot be used.",
        "err_template": "The prompt cannot be used.",
        "err_endpoint": "The model server did not answer as expected.",
        "err_model": "The model gave an answer that cannot be used.",
        "err_local": "The embedded model cannot start.",
        "err_bug": "The studio met an unexpected error.",
        "hint_input": "Check the article and the settings.",
        "hint_template": "Go back to the template or fix the field named.",
        "hint_endpoint": "Check the server address and key, or empty the field for the embedded model.",
        "hint_model": "Try again; if it happens again, ask for fewer variants or words.",
        "hint_local": "Install the embedded model (make rewrite) or give a server.",
        "hint_bug": "This is a studio bug: note the message, reload the page and try again.",
        "empty_article": "Paste an article or load a file before generating.",
        "failed_some": "{failed} of {total} variant(s) failed ({why}); the {done} finished are "
                       "shown and saved.",
    },
}

# What each rewrite step is called in the status line ({index}/{total}: section k of n).
STEPS: dict[str, dict[str, str]] = {
    "fr": {"variant": "préparation", "model": "chargement du modèle", "outline": "plan",
           "intro": "chapeau", "section": "section {index} sur {total}",
           "meta": "titre SEO et méta-description", "relang": "remise dans la bonne langue",
           "extend": "allongement d’une section", "fix_intro": "reprise du chapeau",
           "repair": "réparations (tour {index} sur {total})", "headings": "intertitres",
           "grounding": "vérification des faits", "compare": "scores et comparaison"},
    "en": {"variant": "preparing", "model": "loading the model", "outline": "outline",
           "intro": "standfirst", "section": "section {index} of {total}",
           "meta": "SEO title and meta description", "relang": "back into the right language",
           "extend": "lengthening a section", "fix_intro": "redoing the standfirst",
           "repair": "repairs (round {index} of {total})", "headings": "subheadings",
           "grounding": "checking the facts", "compare": "scoring and comparing"},
}

# The constraints a variant meets or not (seo_kit.rewrite.repair.check_constraints and others).
CONSTRAINTS = {
    "fr": {"min_words": "longueur minimale", "single_h1": "un seul H1",
           "subheadings": "intertitres", "language": "bonne langue",
           "keyphrase_in_intro": "requête dans le chapeau",
           "keyphrase_in_title": "requête dans le titre",
           "no_invented_facts": "aucun fait inventé",
           "no_unsupported_claims": "tout est appuyé par la source",
           "no_injected_task": "aucune consigne cachée exécutée",
           "news_in_lede": "l'info principale dans le chapeau",
           "facts_kept": "tous les faits de la source gardés",
           "whole_headings": "intertitres complets"},
    "en": {"min_words": "minimum length", "single_h1": "single H1", "subheadings": "subheadings",
           "language": "right language", "keyphrase_in_intro": "keyphrase in the standfirst",
           "keyphrase_in_title": "keyphrase in the title",
           "no_invented_facts": "no invented facts",
           "no_unsupported_claims": "everything supported by the source",
           "no_injected_task": "no hidden instruction carried out",
           "news_in_lede": "the news in the standfirst",
           "facts_kept": "every fact of the source kept",
           "whole_headings": "whole subheadings"},
}

# Column headers and ratings, one language per table.
HEADERS = {
    "fr": {"tone": "ton", "keywords": "mots-clés", "words": "mots",
           "reading_ease": "facilité de lecture", "seo_score": "score SEO",
           "readability_score": "score lisibilité", "facts_dropped": "faits perdus",
           "facts_added": "faits ajoutés", "prompt_tokens": "jetons envoyés",
           "completion_tokens": "jetons reçus", "cost_usd": "coût ($)", "latency_s": "durée (s)",
           "readability": "Lisibilité", "template": "consigne", "model": "modèle",
           "temperature": "température", "min_words": "mots min.", "mode": "mode",
           "facts_unsupported": "phrases sans appui dans la source",
           "facts_unverified": "phrases à relire contre la source",
           "unverified_sentences": "phrases à relire",
           "grounded": "appuyé par la source", "unsupported_sentences": "phrases sans appui",
           "unsupported_share": "part sans appui", "clean_output": "sortie propre",
           "output_problems": "défauts de la sortie",
           "template_version": "version de la consigne", "variants": "variantes"},
    "en": {"tone": "tone", "keywords": "keywords", "words": "words",
           "reading_ease": "reading ease", "seo_score": "SEO score",
           "readability_score": "readability score", "facts_dropped": "facts lost",
           "facts_added": "facts added", "prompt_tokens": "tokens sent",
           "completion_tokens": "tokens received", "cost_usd": "cost ($)",
           "latency_s": "time (s)", "readability": "Readability", "template": "template",
           "model": "model", "temperature": "temperature", "min_words": "min words",
           "mode": "mode", "facts_unsupported": "sentences the source does not support",
           "facts_unverified": "sentences to read against the source",
           "unverified_sentences": "sentences to read",
           "grounded": "supported by the source", "unsupported_sentences": "unsupported sentences",
           "unsupported_share": "unsupported share", "clean_output": "clean output",
           "output_problems": "output problems",
           "template_version": "template version", "variants": "variants"},
}
RATINGS = {"fr": {"good": "bon", "ok": "moyen", "bad": "à revoir", "feedback": "info",
                  "error": "erreur"},
           "en": {"good": "good", "ok": "ok", "bad": "bad", "feedback": "info", "error": "error"}}


def template_names(lang: str = "fr") -> list[str]:
    """Names of the templates shipped for `lang` (seo_kit/rewrite/prompts/<lang>/*.toml)."""
    folder = resources.files("seo_kit").joinpath("rewrite", "prompts", lang)
    if not folder.is_dir():
        return []
    return sorted(p.name.removesuffix(".toml") for p in folder.iterdir()
                  if p.name.endswith(".toml"))


def template_text(name: str, lang: str = "fr") -> str:
    """The TOML source of a shipped template, as shown (and edited) in the studio."""
    folder = resources.files("seo_kit").joinpath("rewrite", "prompts", lang)
    return folder.joinpath(f"{name}.toml").read_text("utf-8")
