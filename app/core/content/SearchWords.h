// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

namespace kiosk {

// What the kiosk knows about French words without asking the content (all folded: no accents,
// lower case). Staff add their own synonyms in the mots_cles column; these are the general ones
// every content needs (docs/authoring.md lists them).
namespace SearchWords {

// Little words that say nothing about a job ("le", "des", "pour", "je", "métier"…).
bool isStopWord(const QString &word);

// Words asking where to learn ("formation", "études", "école", "training"…): "formation
// cybersécurité" also lists the trainings of the cybersecurity jobs.
bool asksForTrainings(const QString &word);

// Words asking for jobs ("métier", "métiers", "job"…: little words that find nothing themselves):
// "métier avec des ordinateurs" lists the jobs first.
bool asksForJobs(const QString &word);

// Built-in synonyms and abbreviations: "ia" → {"intelligence artificielle"}, "codeur" →
// {"developpeur"}, "hacker" → {"cybersecurite"}… Each entry is one word or a phrase.
QStringList synonyms(const QString &word);

// The synonyms of every longer word above that starts with `prefix` (3 letters or more): "mixi" →
// those of "mixite". For a word the visitor is still typing.
QStringList synonymsOfWordsStartingWith(const QString &prefix);

// The base forms of a word: singular ("jeux" → "jeu") and masculine ("programmeuse" →
// "programmeur", "technicienne" → "technicien", "ingenieure" → "ingenieur", "cheffe" → "chef").
QStringList variants(const QString &word);

// The stem of a verb in -er, to look for as a prefix: "dessiner" → "dessin" (dessin, dessinateur),
// "programmer" → "programm" (programmation, programmeur). "" for other words and short stems
// ("coder", "jouer": their stems would match too much).
QString verbStem(const QString &word);

} // namespace SearchWords
} // namespace kiosk
