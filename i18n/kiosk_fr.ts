<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>AttractCard</name>
    <message>
        <source>Chiffre clé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Témoignage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Métier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touchez l&apos;écran pour commencer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Source : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un métier, une formation, un témoignage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les métiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) métier</source>
        <translation>
            <numerusform>%n fiche métier</numerusform>
            <numerusform>%n fiches métier</numerusform>
        </translation>
    </message>
    <message>
        <source>Se former</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n formation(s) en Occitanie</source>
        <translation>
            <numerusform>%n formation en Occitanie</numerusform>
            <numerusform>%n formations en Occitanie</numerusform>
        </translation>
    </message>
    <message>
        <source>Témoignages vidéo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Quel métier pour moi ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un petit jeu en quelques touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lycée numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le label et ses chiffres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewPlayer</name>
    <message>
        <source>Ce témoignage n&apos;est plus disponible. Choisis-en un autre dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La vidéo de ce témoignage est introuvable. Tu peux lire sa transcription, ou choisir un autre témoignage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette vidéo ne peut pas être lue. Tu peux lire sa transcription, ou choisir un autre témoignage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <source>Masquer la transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lire la transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription en français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Découvrir ces métiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewsScreen</name>
    <message>
        <source>Témoignages vidéo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touche une personne pour voir sa vidéo (sous-titrée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun témoignage pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobScreen</name>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compétences et qualités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour y arriver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau d&apos;accès : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ils et elles en parlent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsScreen</name>
    <message numerus="yes">
        <source>%n métier(s) sur %1</source>
        <translation>
            <numerusform>%n métier sur %1</numerusform>
            <numerusform>%n métiers sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n métier(s)</source>
        <translation>
            <numerusform>%n métier</numerusform>
            <numerusform>%n métiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau d&apos;études</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;aime…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun métier ne correspond : efface un filtre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Bac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac+5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LyceeScreen</name>
    <message>
        <source>Le label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les niveaux du label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que reçoivent les élèves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les engagements du lycée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numérique au bac général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le bac pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les chiffres clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À savoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lycée numérique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kiosque Métiers du numérique</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Code du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop d&apos;essais. Réessayez dans %1 min %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Code incorrect. Encore %n essai(s).</source>
        <translation>
            <numerusform>Code incorrect. Encore %n essai.</numerusform>
            <numerusform>Code incorrect. Encore %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>Scanne-moi avec ton téléphone pour garder cette fiche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizController</name>
    <message>
        <source>Ce métier rejoint tes choix : %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizResultCard</name>
    <message>
        <source>Voir la fiche métier →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <source>Quel métier pour moi ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qu&apos;est-ce qui te ressemble le plus ? Touche une image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun des deux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun de ceux-là</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas pour moi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 métiers qui te ressemblent. Touche une carte pour en savoir plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un métier qui te ressemble. Touche la carte pour en savoir plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tu n&apos;as rien choisi : pas de souci ! Recommence, ou découvre tous les métiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir tous les métiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Métiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Témoignages vidéo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lycée numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres clés</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Un métier, une formation, un mot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien trouvé pour « %1 ». Essaie plutôt :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des idées :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <source>Position dans la vidéo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>%1 j %2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espace personnel — kiosque « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière mise à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espace disque libre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Go sur %2 Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En marche depuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume : %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil après %1 s sans toucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le volume et le délai reviennent aux valeurs de kiosk.ini au redémarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réinitialiser pour le visiteur suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redémarrer le kiosque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter le kiosque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter le kiosque ? L&apos;écran restera vide jusqu&apos;au redémarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redémarrer le kiosque ? Il revient en quelques secondes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remettre les statistiques à zéro : confirmez avec le code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <source>Les statistiques ne sont pas disponibles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;est plus là : la clé a-t-elle été retirée ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistiques exportées : %1 et %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;export a échoué : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsHourChart</name>
    <message>
        <source>Visites par heure de la journée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les statistiques ne sont pas disponibles sur ce kiosque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui, depuis minuit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis la dernière remise à zéro, le %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis le début (les données de plus de 400 jours sont effacées).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet événement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis le début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remettre à zéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durée moyenne d&apos;une visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heure la plus fréquentée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiz terminés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites par heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les 10 fiches métiers les plus vues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Témoignages vidéo regardés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Métiers proposés par le quiz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsRanking</name>
    <message>
        <source>Rien pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lancement(s)</source>
        <translation>
            <numerusform>%n lancement</numerusform>
            <numerusform>%n lancements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % jusqu&apos;au bout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Toujours là ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sans réponse, le kiosque revient à l&apos;accueil dans %n seconde(s).</source>
        <translation>
            <numerusform>Sans réponse, le kiosque revient à l&apos;accueil dans %n seconde.</numerusform>
            <numerusform>Sans réponse, le kiosque revient à l&apos;accueil dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je suis là, continuer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <source>Niveau atteint : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour devenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Où se former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renseigne-toi auprès d&apos;un conseiller d&apos;orientation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <source>Où se former en Occitanie ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touche un département pour voir ses formations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n formation(s) en %1</source>
        <translation>
            <numerusform>%n formation en %1</numerusform>
            <numerusform>%n formations en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n formation(s)</source>
        <translation>
            <numerusform>%n formation</numerusform>
            <numerusform>%n formations</numerusform>
        </translation>
    </message>
    <message>
        <source>Toute l&apos;Occitanie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <source>Vérifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie et contrôle des fichiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction du contenu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrôle du contenu construit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bascule vers le nouveau contenu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquet de contenu refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 », signé par la clé %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contenu version %1 installé. La version précédente reste disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour arrière impossible : aucune version précédente n&apos;est conservée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à la version %1 du contenu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour arrière impossible : erreur d&apos;écriture sur le disque du kiosque. Le contenu actuel est conservé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdatePanel</name>
    <message>
        <source>Mise à jour du contenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contenu actif : version %1 — version précédente conservée : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contenu actif : version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun paquet de contenu. Branchez une clé USB qui contient un dossier kiosk-pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer la mise à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à la version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à la version %1 du contenu ? La version %2 restera disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoir depuis le début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masquer les sous-titres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher les sous-titres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
