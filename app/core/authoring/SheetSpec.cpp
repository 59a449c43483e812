// SPDX-License-Identifier: GPL-3.0-or-later
// The authoring format in one table: docs/authoring.md describes the same sheets for staff.
#include "SheetSpec.h"

namespace kiosk {
namespace {

using T = CellType;

ColumnSpec col(const char *name, bool required, CellType type, const char *target)
{
    ColumnSpec spec;
    spec.name = QString::fromUtf8(name);
    spec.required = required;
    spec.type = type;
    spec.target = QString::fromUtf8(target);
    return spec;
}

ColumnSpec text(const char *name, bool required, const char *target)
{
    return col(name, required, T::Text, target);
}

ColumnSpec positive(ColumnSpec spec)
{
    spec.positive = true;
    return spec;
}

ColumnSpec order()
{
    return col("ordre", false, T::Integer, "sort_order");
}

ColumnSpec year(const char *name)
{
    return col(name, false, T::Year, "year");
}

ColumnSpec choice(const char *name, bool required, const char *target, const QStringList &choices)
{
    ColumnSpec spec = col(name, required, T::Choice, target);
    spec.choices = choices;
    return spec;
}

ColumnSpec reference(const char *name, const char *target, const char *refSheet)
{
    ColumnSpec spec = col(name, true, T::Reference, target);
    spec.refSheet = QString::fromUtf8(refSheet);
    return spec;
}

// A list of ids stored as rows of a link table (job_sectors(job_id, sector_id)…).
ColumnSpec idList(const char *name, bool required, const char *refSheet, const char *linkTable,
                  const char *linkColumn)
{
    ColumnSpec spec = col(name, required, T::IdList, linkTable);
    spec.refSheet = QString::fromUtf8(refSheet);
    spec.linkColumn = QString::fromUtf8(linkColumn);
    return spec;
}

ColumnSpec levelList(const char *name, const char *linkTable, const char *linkColumn)
{
    ColumnSpec spec = col(name, true, T::LevelList, linkTable);
    spec.linkColumn = QString::fromUtf8(linkColumn);
    return spec;
}

ColumnSpec media(const char *name, bool required, const char *target, const QStringList &extensions)
{
    ColumnSpec spec = col(name, required, T::Media, target);
    spec.choices = extensions;
    return spec;
}

const QStringList kImages = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg")};

QList<SheetSpec> makeSheets()
{
    const QStringList id = {QStringLiteral("id")};
    QList<SheetSpec> sheets;

    sheets.append({QStringLiteral("infos.csv"), QStringLiteral("meta"), true, SheetSpec::Rows::ExactlyOne, {}, {},
                   {positive(col("version", true, T::Integer, "version")), text("titre", true, "title"),
                    col("date", true, T::Date, "created"), text("auteur", true, "author"),
                    text("titre_accueil", true, "home_title"), text("sous_titre_accueil", false, "home_subtitle"),
                    text("titre_accueil_en", false, "home_title_en"),
                    text("sous_titre_accueil_en", false, "home_subtitle_en")}});

    sheets.append({QStringLiteral("secteurs.csv"), QStringLiteral("sectors"), true, SheetSpec::Rows::AtLeastOne,
                   {}, id,
                   {col("id", true, T::Id, "id"), text("nom", true, "name"), text("nom_en", false, "name_en"),
                    text("description", false, "description"), text("description_en", false, "description_en"),
                    choice("icone", false, "icon", iconNames()), order()}});

    sheets.append({QStringLiteral("interets.csv"), QStringLiteral("interests"), true, SheetSpec::Rows::AtLeastOne,
                   {}, id,
                   {col("id", true, T::Id, "id"), text("nom", true, "name"), text("nom_en", false, "name_en"),
                    text("question", true, "question"), text("question_en", false, "question_en"),
                    choice("icone", false, "icon", iconNames()), order()}});

    sheets.append({QStringLiteral("formations.csv"), QStringLiteral("trainings"), false, SheetSpec::Rows::Any, {}, id,
                   {col("id", true, T::Id, "id"), text("nom", true, "name"), text("nom_en", false, "name_en"),
                    choice("type", true, "kind",
                           {QStringLiteral("bac-pro"), QStringLiteral("bac"), QStringLiteral("bts"),
                            QStringLiteral("but"), QStringLiteral("licence"), QStringLiteral("master"),
                            QStringLiteral("ingenieur"), QStringLiteral("titre-pro"), QStringLiteral("ecole"),
                            QStringLiteral("autre")}),
                    col("niveau", true, T::Level, "level"), text("duree", false, "duration"),
                    text("description", true, "description"), text("description_en", false, "description_en"),
                    col("lien", false, T::Url, "source_url"), order()}});

    sheets.append({QStringLiteral("lieux.csv"), QStringLiteral("training_places"), false, SheetSpec::Rows::Any, {},
                   {QStringLiteral("formation"), QStringLiteral("etablissement"), QStringLiteral("ville")},
                   {reference("formation", "training_id", "formations.csv"),
                    text("etablissement", true, "establishment"), text("ville", true, "town"),
                    col("departement", true, T::Department, "department")}});

    sheets.append({QStringLiteral("temoignages.csv"), QStringLiteral("interviews"), false, SheetSpec::Rows::Any, {},
                   id,
                   {col("id", true, T::Id, "id"), text("personne", true, "person"), text("role", true, "role"),
                    text("role_en", false, "role_en"), text("employeur", false, "employer"),
                    text("resume", true, "summary"), text("resume_en", false, "summary_en"),
                    media("video", true, "video", {QStringLiteral("mp4"), QStringLiteral("webm")}),
                    media("sous_titres", true, "captions", {QStringLiteral("vtt")}),
                    text("transcription", false, "transcript"), media("portrait", false, "portrait", kImages),
                    media("extrait", false, "excerpt", {QStringLiteral("mp4"), QStringLiteral("webm")}),
                    order()}});

    sheets.append({QStringLiteral("metiers.csv"), QStringLiteral("jobs"), true, SheetSpec::Rows::AtLeastOne,
                   QStringLiteral("job_id"), id,
                   {col("id", true, T::Id, "id"), text("titre_masculin", true, "title_m"),
                    text("titre_feminin", true, "title_f"), text("titre_en", false, "title_en"),
                    text("accroche", true, "hook"), text("missions", true, "missions"),
                    text("competences", true, "skills"), levelList("niveaux", "job_levels", "level"),
                    idList("secteurs", true, "secteurs.csv", "job_sectors", "sector_id"),
                    idList("interets", true, "interets.csv", "job_interests", "interest_id"),
                    idList("formations", false, "formations.csv", "job_trainings", "training_id"),
                    idList("temoignages", false, "temoignages.csv", "job_interviews", "interview_id"),
                    text("mots_cles", false, "keywords"), media("image", false, "image", kImages),
                    col("lien", false, T::Url, "source_url"), text("accroche_en", false, "hook_en"),
                    text("missions_en", false, "missions_en"), text("competences_en", false, "skills_en"),
                    order()}});

    sheets.append({QStringLiteral("lycee.csv"), QStringLiteral("lycee_sections"), false, SheetSpec::Rows::Any, {}, id,
                   {col("id", true, T::Id, "id"),
                    choice("rubrique", true, "topic",
                           {QStringLiteral("label"), QStringLiteral("niveau"), QStringLiteral("recoit"),
                            QStringLiteral("engagement"), QStringLiteral("bac-general"), QStringLiteral("bac-pro"),
                            QStringLiteral("chiffres")}),
                    text("titre", true, "title"), text("titre_en", false, "title_en"), text("texte", true, "body"),
                    text("texte_en", false, "body_en"), order()}});

    sheets.append({QStringLiteral("chiffres.csv"), QStringLiteral("figures"), false, SheetSpec::Rows::Any, {}, id,
                   {col("id", true, T::Id, "id"), col("graphique", true, T::Id, "chart"),
                    text("titre_graphique", true, "chart_title"), text("titre_graphique_en", false, "chart_title_en"),
                    text("libelle", true, "label"), text("libelle_en", false, "label_en"),
                    col("valeur", true, T::Number, "value"), text("unite", false, "unit"),
                    text("unite_en", false, "unit_en"), year("annee"),
                    text("source", true, "source"), order()}});

    sheets.append({QStringLiteral("sources.csv"), QStringLiteral("sources"), false, SheetSpec::Rows::Any, {}, id,
                   {col("id", true, T::Id, "id"), text("titre", true, "title"), text("editeur", false, "publisher"),
                    year("annee"), col("lien", false, T::Url, "url")}});
    return sheets;
}

} // namespace

const ColumnSpec *SheetSpec::column(const QString &name) const
{
    for (const ColumnSpec &spec : columns) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const QList<SheetSpec> &authoringSheets()
{
    static const QList<SheetSpec> sheets = makeSheets();
    return sheets;
}

const SheetSpec *authoringSheet(const QString &file)
{
    for (const SheetSpec &sheet : authoringSheets()) {
        if (sheet.file == file)
            return &sheet;
    }
    return nullptr;
}

const QStringList &iconNames()
{
    static const QStringList icons = {
        QStringLiteral("code"),   QStringLiteral("shield"), QStringLiteral("data"),    QStringLiteral("cloud"),
        QStringLiteral("robot"),  QStringLiteral("gamepad"), QStringLiteral("music"),  QStringLiteral("leaf"),
        QStringLiteral("health"), QStringLiteral("network"), QStringLiteral("design"), QStringLiteral("school"),
        QStringLiteral("chart"),  QStringLiteral("people"), QStringLiteral("idea"),    QStringLiteral("build"),
        QStringLiteral("chat"),   QStringLiteral("search"), QStringLiteral("play"),    QStringLiteral("star")};
    return icons;
}

} // namespace kiosk
