// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchWords.h"

#include <QHash>
#include <QSet>

namespace kiosk::SearchWords {
namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word :
             {"a",     "ai",   "au",    "aux",  "avec",  "ce",   "ces",     "cette",  "d",    "dans",  "de",
              "des",   "du",   "elle",  "elles", "en",   "est",  "et",      "etre",   "il",   "ils",   "j",
              "je",    "l",    "la",    "le",   "les",   "m",    "ma",      "mes",    "moi",  "mon",   "n",
              "ne",    "nous", "on",    "ou",   "par",   "pas",  "pour",    "qu",     "que",  "qui",   "s",
              "sa",    "se",   "ses",   "sur",  "t",     "ta",   "te",      "tes",    "ton",  "tu",    "un",
              "une",   "vous", "y",     "metier", "metiers", "veux", "voudrais", "faire", "devenir", "travailler",
              "pres",  "vers", "chez", "creer",
              // How visitors say what they like or ask: "j'aime les jeux vidéo", "je suis passionné
              // de robotique", "quel métier pour…". Indexed somewhere (a transcript), such a word
              // would keep only the rows holding it.
              "aime",  "aimes", "aimer", "aimerais", "adore", "adorer", "kiffe", "passionne", "passionnee",
              "interesse", "interessee", "plait", "souhaite", "suis", "quel", "quelle", "quels", "quelles",
              "comment", "bien", "beaucoup", "tres", "trop", "peux", "peut",
              "the",   "of",   "and",   "to",   "in",    "an",   "for",     "job",    "jobs",
              "i",     "am",   "me",    "my",   "like",  "love", "want",    "would",  "be",   "become",
              "what",  "how",  "is",    "are",  "do",    "with", "work",    "working", "make", "making", "where",
              "create", "many", "much"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

const QHash<QString, QStringList> &synonymTable()
{
    static const QHash<QString, QStringList> table = [] {
        QHash<QString, QStringList> map;
        const auto add = [&map](std::initializer_list<const char *> words, std::initializer_list<const char *> meanings) {
            QStringList list;
            for (const char *meaning : meanings)
                list.append(QString::fromLatin1(meaning));
            for (const char *word : words)
                map[QString::fromLatin1(word)].append(list);
        };
        add({"ia", "ai"}, {"intelligence artificielle", "ia"});
        add({"chatgpt", "gpt"}, {"intelligence artificielle"});
        add({"jv"}, {"jeu video", "jeux video"});
        add({"codeur", "codeuse", "programmeur", "programmeuse", "dev", "developer", "coder", "coding",
             "codage"},
            {"developpeur", "programmation"});
        add({"hacker", "hackeur", "hackeuse", "pirate", "piratage", "hacking", "cyber", "virus", "antivirus",
             "malware", "ransomware", "rgpd"},
            {"cybersecurite"});
        add({"secu"}, {"securite"});
        add({"info", "informaticien", "informaticienne"}, {"informatique"});
        add({"appli", "applis", "app", "apps"}, {"application"});
        add({"ordi", "ordis", "pc"}, {"ordinateur"});
        add({"gamer", "gameuse", "gaming", "gamers", "esport", "esports", "minecraft", "fortnite", "roblox",
             "nintendo", "playstation", "xbox", "ubisoft"},
            {"jeu video"});
        add({"scratch", "cpp", "csharp"}, {"programmation"}); // "c++", "c#" (TextFolding spells them)
        add({"arduino", "raspberry"}, {"electronique"});
        add({"website", "websites"}, {"site web"});
        add({"graphic", "graphics"}, {"graphiste"}); // "graphic designer", not the sound designer
        add({"depanneur", "depanneuse", "depanner"}, {"depannage"});
        add({"drawing", "drawings", "draw"}, {"dessin"});
        add({"manga", "mangas", "bd"}, {"dessin"}); // not "manager", one letter away
        add({"fix", "fixing", "repair", "repairing", "repairs"}, {"reparation", "repair"});
        add({"testimonial", "testimonials", "testimony", "temoin", "temoins"}, {"temoignage"});
        add({"photographe", "photographie", "photos"}, {"photo"});
        add({"audio", "sonore"}, {"son"});
        add({"musicien", "musicienne"}, {"musique"});
        add({"agricole", "agriculteur", "agricultrice", "ferme"}, {"agriculture"});
        add({"medecine", "medical", "medicale", "hopital"}, {"sante"});
        add({"network"}, {"reseau"});
        add({"robots", "robotique"}, {"robot"});
        add({"robot"}, {"roboticien", "robotique"}); // "robot toulouse": the job first, as "robot" typing
        add({"donnees", "datas"}, {"data"});
        add({"maths", "math", "matheux", "matheuse"}, {"mathematiques"});
        add({"apprenticeship", "apprentice", "apprenti", "apprentie", "apprentissage"}, {"alternance"});
        add({"internship", "intern"}, {"stage"});
        // "étudier à Montpellier", "études courtes", "where to study": the trainings.
        add({"etudier", "etudes", "etude", "etudiant", "etudiante", "etudiants", "etudiantes", "study", "studies",
             "studying", "student", "students"},
            {"formation"});
        add({"fac", "facs", "universitaire"}, {"universite"});
        add({"ent"}, {"espace numerique de travail"}); // not every word starting "ent…"
        add({"professeur", "professeurs", "professeure", "profs"}, {"enseignants"});
        add({"troisieme", "3eme"}, {"3e"}); // "après la troisième"
        add({"boulot", "recrutement", "recrute", "recrutent", "recruter", "embauche", "embauchent", "embaucher"},
            {"emploi"});
        // Staff looking for what suits a school dropout or a job seeker: the free short courses.
        add({"decrocheur", "decrocheuse", "decrocheurs", "decrochage", "decroche", "dropout", "dropouts"},
            {"sans diplome"});
        add({"reconversion", "chomage", "chomeur", "chomeuse", "unemployed", "jobless"}, {"sans emploi"});
        add({"startup", "startups", "entrepreneur", "entrepreneurs", "entrepreneuse", "entreprendre",
             "entrepreneuriat"},
            {"start up"});
        add({"commerce", "commercant", "commercante", "vendeur", "vendeuse", "vendre"}, {"commercial"});
        add({"ecologie", "ecologique", "ecolo", "climat", "climatique", "planete", "durable"}, {"environnement"});
        add({"mixite", "egalite", "parite", "feminin", "feminine", "feminines"}, {"femmes", "filles"});
        add({"social", "sociale", "sociales"}, {"sociaux"});
        add({"instagram", "insta", "tiktok", "snapchat", "snap", "facebook", "twitter"}, {"reseaux sociaux"});
        return map;
    }();
    return table;
}

// Feminine → masculine suffixes, longest first. Only towards the base form: titles carry both
// forms anyway, and a rarer form added to a query would outweigh the word typed (bm25 favours rare
// words).
const QList<QPair<QString, QString>> &feminineSuffixes()
{
    static const QList<QPair<QString, QString>> rules = [] {
        QList<QPair<QString, QString>> list;
        for (const auto &rule : std::initializer_list<std::pair<const char *, const char *>>{
                 {"trice", "teur"}, {"ienne", "ien"}, {"euse", "eur"}, {"effe", "ef"}, {"enne", "en"},
                 {"elle", "el"}, {"ere", "er"}, {"ive", "if"}})
            list.append({QString::fromLatin1(rule.first), QString::fromLatin1(rule.second)});
        return list;
    }();
    return rules;
}

} // namespace

bool isStopWord(const QString &word)
{
    return stopWords().contains(word);
}

bool asksForTrainings(const QString &word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *word : {"formation", "formations", "etudes", "etude", "etudier", "etudiant", "etudiante",
                                 "etudiants", "etudiantes", "apprendre", "ecole", "ecoles", "cursus", "training",
                                 "trainings", "study", "studies", "studying", "student", "students", "school",
                                 "schools", "course", "courses"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words.contains(word);
}

bool asksForJobs(const QString &word)
{
    return word == QLatin1String("metier") || word == QLatin1String("metiers") || word == QLatin1String("job")
           || word == QLatin1String("jobs");
}

QStringList synonyms(const QString &word)
{
    return synonymTable().value(word);
}

QStringList synonymsOfWordsStartingWith(const QString &prefix)
{
    constexpr qsizetype kShortestPrefix = 3;
    QStringList meanings;
    if (prefix.size() < kShortestPrefix)
        return meanings;
    for (auto it = synonymTable().cbegin(); it != synonymTable().cend(); ++it) {
        if (it.key().size() > prefix.size() && it.key().startsWith(prefix)) {
            for (const QString &meaning : it.value()) {
                if (!meanings.contains(meaning))
                    meanings.append(meaning);
            }
        }
    }
    meanings.sort();   // the same query whatever the hash's order
    return meanings;
}

QStringList variants(const QString &word)
{
    QStringList forms;
    const auto add = [&forms, &word](const QString &form) {
        if (form.size() >= 2 && form != word && !forms.contains(form))
            forms.append(form);
    };
    constexpr qsizetype kShortestStem = 2;
    if (word.size() > 3 && (word.endsWith(QLatin1Char('s')) || word.endsWith(QLatin1Char('x'))))
        add(word.chopped(1)); // jeux → jeu, reseaux → reseau, numeriques → numerique
    for (const auto &[from, to] : feminineSuffixes()) {
        if (word.size() - from.size() >= kShortestStem && word.endsWith(from))
            add(word.chopped(from.size()) + to);
    }
    for (const QLatin1String agent : {QLatin1String("ateur"), QLatin1String("atrice")}) {
        if (word.size() - agent.size() >= kShortestStem && word.endsWith(agent))
            add(word.chopped(agent.size()) + QLatin1String("ation")); // illustrateur → illustration
    }
    if (word.size() > 4 && word.endsWith(QLatin1Char('e')))
        add(word.chopped(1)); // ingenieure → ingenieur, consultante → consultant
    return forms;
}

QString verbStem(const QString &word)
{
    constexpr qsizetype kShortestStem = 5;
    return word.size() - 2 >= kShortestStem && word.endsWith(QLatin1String("er")) ? word.chopped(2) : QString();
}

} // namespace kiosk::SearchWords
