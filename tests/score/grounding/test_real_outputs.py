"""The embedded model's own sentences on the seed (README's first command, runs of 2026-11-30 and
the faults issue #11 quotes), labelled by hand: the grounding check must not rate "good" a false
one, and should rate "good" a true one (a failure lists every row it gets wrong)."""

from __future__ import annotations

from pathlib import Path

from seo_kit.score import score

REQUEST = Path(__file__).parents[3] / "notebooks" / "data" / "article_request.txt"
SOURCE = REQUEST.read_text(encoding="utf-8").split("\n", 1)[1]

ROWS = [
    # the fresh-clone CI run of a26816d (2026-11-30 23:51)
    ('unsupported', 'speaker', "Lavrov, le porte-parole du Conseil de sécurité national de la Maison Blanche, a déclaré que les États-Unis pensaient que Kim recherchait des technologies d'armement russes sophistiquées en échange de munitions destinées à renforcer le programme militaire et nucléaire de la Corée du Nord."),
    ('unsupported', 'polarity', "Lavrov s'est rendu en Corée du Nord en 2018, mais Kim Jong-un n'a pas eu de visite en Russie."),
    ('supported', 'paraphrase', "La Maison Blanche déclare que la Corée du Nord a livré plus de 1 000 conteneurs militaires et de munitions à la Russie pour la guerre en Ukraine."),
    ('supported', 'copy', "Le ministre russe des Affaires étrangères Sergueï Lavrov arrive mercredi en Corée du Nord, selon l’agence de presse officielle russe Tass."),
    # earlier runs and issue #11's quotes
    ('supported', 'paraphrase', 'Sergueï Lavrov arrive en Corée du Nord.'),
    ('supported', 'copy', "Au cours de sa visite de deux jours, il doit rencontrer le ministre nord-coréen des Affaires étrangères Choe Son Hui, a rapporté l'agence de presse officielle russe RIA Novosti."),
    ('unsupported', 'role_swap', "Vladimir Poutine inspecte des avions de combat dans une usine aéronautique située à l'extrême-est de la Russie."),
    ('supported', 'copy', "Plus tôt dans la semaine, Lavrov a accompagné le président Vladimir Poutine lors d'une visite à Pékin qui a souligné le soutien chinois à Moscou pendant sa guerre en Ukraine."),
    ('supported', 'paraphrase', 'Poutine a accepté une invitation de Kim à se rendre en Corée du Nord.'),
    ('supported', 'paraphrase', "Mais le moment n'a pas été annoncé."),
    ('supported', 'copy', "Kim Jong-un s'est rendu en Russie en septembre, lorsqu'il a rencontré Vladimir Poutine au cosmodrome de Vostochny et inspecté des avions de combat dans une usine aéronautique située à l'extrême-est de la Russie."),
    ('supported', 'copy', "Lavrov s'est rendu pour la dernière fois en Corée du Nord en 2018."),
    ('unsupported', 'invented', "Dans cette nouvelle visite, Kim Jong-un a également inspecté des avions de combat dans une usine aéronautique située à l'extrême-est de la Russie, qui est le point de contact des services militaires du nord-coréen avec le reste de la Russie."),
    ('supported', 'copy', "La Maison Blanche a déclaré vendredi que la Corée du Nord avait livré plus de 1 000 conteneurs d'équipements militaires et de munitions à la Russie pour sa guerre en cours en Ukraine."),
    ('supported', 'copy', "Les spéculations sur un éventuel projet nord-coréen visant à réapprovisionner les réserves de munitions russes épuisées par sa guerre prolongée avec l'Ukraine ont éclaté lors de la visite de Kim en Russie."),
    ('supported', 'copy', "Le porte-parole du Conseil de sécurité nationale de la Maison Blanche, John Kirby, a déclaré que les États-Unis pensaient que Kim recherchait des technologies d'armement russes sophistiquées en échange de munitions destinées à renforcer le programme militaire et nucléaire de la Corée du Nord."),
    ('unsupported', 'invented', 'Kirby a réaffirmé que les États-Unis ont toujours continué de soutenir la Corée du Nord et de travailler pour renforcer ses défenses.'),
    ('supported', 'paraphrase', "Kim a appelé le mois dernier à une augmentation exponentielle de la production d'armes nucléaires."),
    ('unsupported', 'modality', "Il a également déclaré qu'il joue un rôle plus important dans une coalition de nations affrontant les États-Unis dans une « nouvelle guerre froide »."),
    ('supported', 'paraphrase', "Kim a fait un voyage long de six jours à l'étranger en Russie, où il a discuté du renforcement de leurs liens en matière de défense."),
    ('unsupported', 'modality', "Cependant, les experts étrangers pensent que les deux pays ont conclu des accords de transfert d'armes en violation des résolutions du Conseil de sécurité de l'ONU."),
    ('supported', 'copy', "Ce voyage en Russie était également le premier voyage de Kim à l'étranger depuis la pandémie, au cours de laquelle la Corée du Nord a imposé des contrôles stricts aux frontières pendant plus de trois ans."),
    ('supported', 'copy', "Après des décennies de relations chaudes et froides, la Russie et la Corée du Nord se sont rapprochées depuis l'invasion de l'Ukraine par Moscou en 2022."),
    ('supported', 'copy', "Kim a appelé le mois dernier à une augmentation exponentielle de la production d'armes nucléaires et à ce que son pays joue un rôle plus important dans une coalition de nations affrontant les États-Unis dans une « nouvelle guerre froide », ont déclaré les médias d'État nord-coréens."),
    ('supported', 'merged', "Le voyage de Kim à l'étranger en Russie, où il a discuté du renforcement de leurs liens en matière de défense, a également été le premier voyage de Kim à l'étranger depuis la pandémie."),
    ('unsupported', 'invented', "Il s'agit d'une histoire qui date de 1948, lorsque le premier dirigeant du pays, Kim Il Sung, fut nommé par les autorités soviétiques en tant qu'indépendant et nationaliste."),
    ('supported', 'paraphrase', "Les expéditions d'aide soviétique jouèrent un rôle crucial dans la maintien à flot de l'économie nord-coréenne pendant plusieurs décennies avant la désintégration de l'Union soviétique au début des années 1990."),
    ('unsupported', 'invented', "Kim Il Sung, le défunt grand-père de Kim, fut nommé par les autorités soviétiques en tant qu'indépendant et nationaliste."),
    ('supported', 'copy', 'Les relations entre la Russie et la Corée du Nord remontent à la création du Nord en 1948, lorsque les autorités soviétiques ont nommé le jeune et ambitieux nationaliste Kim Il Sung, le défunt grand-père de Kim, comme premier dirigeant du pays.'),
    ('unsupported', 'cause', 'Cette victoire a fait de Kim Il Sung le leader du pays et a contribué à la création de la Corée du Nord en 1948.'),
    ('supported', 'paraphrase', "Lavrov est arrivé mercredi en Corée du Nord, selon l'agence russe."),
    ('unsupported', 'judgement', 'Kim et Lavrov : une guerre froide en rupestre'),
    ('unsupported', 'predicate', "Le ministre russe des Affaires étrangères Sergueï Lavrov a renoncé mercredi à ses activités diplomatiques en Corée du Nord, selon l'agence de presse officielle russe Tass."),
    ('supported', 'paraphrase', 'Kim Jong-un a fait un voyage en Russie en septembre, où il a rencontré Vladimir Poutine au cosmodrome de Vostochny.'),
    ('unsupported', 'role_swap', 'Vladimir Poutine, le président russe, a eu une visite en Russie au mois de septembre.'),
    ('unsupported', 'role_swap', "Dès sa arrivée en Russie, Poutine a inspecté des avions de combat dans une usine aéronautique située à l'extrême-est de la Russie."),
    ('unsupported', 'judgement', "Cette inspection a été une étape importante dans l'élaboration du projet de renforcement des forces militaires de la Corée du Nord."),
    ('unsupported', 'entity', "Poutine a également accepté une invitation de Kim Jong à se rendre en Russie, mais le moment n'a pas été annoncé."),
    ('supported', 'paraphrase', "Il est important de noter que cette visite en Russie a été le premier voyage de Kim à l'étranger depuis la pandémie, au cours de laquelle la Corée du Nord a imposé des contrôles stricts aux frontières pendant plus de trois ans."),
    ('supported', 'paraphrase', 'Lavrov a accompagné Poutine à Pékin, soulignant le soutien chinois à Moscou.'),
    ('unsupported', 'predicate', 'Le ministre russe des Affaires étrangères Sergueï Lavrov a reçu mercredi en Corée du Nord le ministre de la Défense.'),
    ('unsupported', 'speaker', 'Dans un communiqué du ministère de la Défense russe, le gouvernement russe a affirmé que le projet de réapprovisionnement des réserves de munitions russes serait envisagé.'),
    ('unsupported', 'speaker', "Les autorités russes ont également affirmé que le projet serait basé sur des technologies d'armement sophistiquées."),
    ('unsupported', 'invented', 'Les États-Unis se comportent ainsi envers la Corée du Nord.'),
    ('unsupported', 'judgement', 'Dans sa longue histoire, la Russie et la Corée du Nord ont été entièrement liées.'),
    ('unsupported', 'role_swap', "Lavrov s'est rendu en Russie en septembre pour inspecter les avions de combat."),
    ('unsupported', 'role_swap', "Kim Jong-un a accompagné le président Vladimir Poutine lors d'une visite à Pékin."),
    ('unsupported', 'cause', 'Il avait été invité par le ministre russe des Affaires étrangères, Sergueï Lavrov.'),
    ('unsupported', 'role_swap', 'Choe Son Hui doit rencontrer Sergueï Lavrov à Moscou.'),
    ('unsupported', 'modality', 'La Corée du Nord a réapprovisionné les réserves de munitions russes épuisées par la guerre en Ukraine.'),
    ('unsupported', 'speaker', "Selon la Maison Blanche, Kim Jong-un a appelé à une augmentation exponentielle de la production d'armes nucléaires."),
    ('unsupported', 'modality', "Kim a obtenu des technologies d'armement russes sophistiquées en échange de munitions."),
    ('supported', 'paraphrase', "Selon la Maison Blanche, la Corée du Nord a livré plus de 1 000 conteneurs d'équipements militaires et de munitions à la Russie."),
    ('supported', 'paraphrase', "Les deux pays n'ont divulgué aucune mesure spécifique."),
    ('supported', 'paraphrase', "Choïgu, le ministre russe de la Défense, s'est rendu en Corée du Nord en juillet."),
    ('unsupported', 'date', "Choïgu, le ministre russe de la Défense, s'est rendu en Corée du Nord en septembre."),
    ('unsupported', 'role_swap', 'Kim Il Sung a nommé les autorités soviétiques.'),
    ('supported', 'paraphrase', "Kim recherchait des technologies d'armement russes sophistiquées, selon Washington."),
]


def test_the_check_is_good_only_on_true_sentences():
    """Per row: is the check's rating "good"? Recall of the false sentences (not rated good)
    and precision, on the whole table; a row-by-row list of what it gets wrong on failure.
    Floors: what the check reached when the table was written (strict gate: R 0.89, P 0.93),
    a little under it, so that a change that loses real catches fails here."""
    wrong, caught, alarms = [], 0, 0
    for label, kind, sentence in ROWS:
        good = score(sentence, lang="fr", source=SOURCE)["grounding"].rating == "good"
        if label == "unsupported":
            caught += not good
        else:
            alarms += not good
        if good == (label == "unsupported"):
            wrong.append(f"{label}/{kind}: {sentence}")
    false_ones = sum(1 for label, _, _ in ROWS if label == "unsupported")
    recall, precision = caught / false_ones, caught / max(caught + alarms, 1)
    assert recall >= 0.85 and precision >= 0.9, (recall, precision, wrong)
