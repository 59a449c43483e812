<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AttractCard</name>
    <message>
        <source>Chiffre clé</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Témoignage</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Métier</source>
        <translation>Job</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touchez l&apos;écran pour commencer</source>
        <translation>Touch the screen to start</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Source : %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Rechercher un métier, une formation, un témoignage…</source>
        <translation>Search for a job, a training, an interview…</translation>
    </message>
    <message>
        <source>Les métiers</source>
        <translation>Jobs</translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) métier</source>
        <translation>
            <numerusform>%n job card</numerusform>
            <numerusform>%n job cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Se former</source>
        <translation>Study and train</translation>
    </message>
    <message numerus="yes">
        <source>%n formation(s) en Occitanie</source>
        <translation>
            <numerusform>%n training in Occitanie</numerusform>
            <numerusform>%n trainings in Occitanie</numerusform>
        </translation>
    </message>
    <message>
        <source>Témoignages vidéo</source>
        <translation>Video interviews</translation>
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
        <translation>Which job for me?</translation>
    </message>
    <message>
        <source>Un petit jeu en quelques touches</source>
        <translation>A short game, just a few taps</translation>
    </message>
    <message>
        <source>Lycée numérique</source>
        <translation>Digital high school</translation>
    </message>
    <message>
        <source>Le label et ses chiffres</source>
        <translation>The label and its figures</translation>
    </message>
</context>
<context>
    <name>InterviewPlayer</name>
    <message>
        <source>Ce témoignage n&apos;est plus disponible. Choisis-en un autre dans la liste.</source>
        <translation>This interview is no longer available. Pick another one from the list.</translation>
    </message>
    <message>
        <source>La vidéo de ce témoignage est introuvable. Tu peux lire sa transcription, ou choisir un autre témoignage.</source>
        <translation>This interview&apos;s video cannot be found. You can read its transcript, or choose another interview.</translation>
    </message>
    <message>
        <source>Cette vidéo ne peut pas être lue. Tu peux lire sa transcription, ou choisir un autre témoignage.</source>
        <translation>This video cannot be played. You can read its transcript, or choose another interview.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <source>Masquer la transcription</source>
        <translation>Hide the transcript</translation>
    </message>
    <message>
        <source>Lire la transcription</source>
        <translation>Read the transcript</translation>
    </message>
    <message>
        <source>Transcription en français</source>
        <translation>Transcript in French</translation>
    </message>
    <message>
        <source>Découvrir ces métiers</source>
        <translation>Explore these jobs</translation>
    </message>
</context>
<context>
    <name>InterviewsScreen</name>
    <message>
        <source>Témoignages vidéo</source>
        <translation>Video interviews</translation>
    </message>
    <message>
        <source>Touche une personne pour voir sa vidéo (sous-titrée).</source>
        <translation>Tap a person to watch their video (with captions).</translation>
    </message>
    <message>
        <source>Aucun témoignage pour l&apos;instant.</source>
        <translation>No interviews yet.</translation>
    </message>
</context>
<context>
    <name>JobScreen</name>
    <message>
        <source>Missions</source>
        <translation>What you do</translation>
    </message>
    <message>
        <source>Compétences et qualités</source>
        <translation>Skills and qualities</translation>
    </message>
    <message>
        <source>Pour y arriver</source>
        <translation>How to get there</translation>
    </message>
    <message>
        <source>Niveau d&apos;accès : %1</source>
        <translation>Entry level: %1</translation>
    </message>
    <message>
        <source>Ils et elles en parlent</source>
        <translation>They talk about it</translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus.</source>
        <translation>This job card no longer exists.</translation>
    </message>
</context>
<context>
    <name>JobsScreen</name>
    <message numerus="yes">
        <source>%n métier(s) sur %1</source>
        <translation>
            <numerusform>%n job of %1</numerusform>
            <numerusform>%n jobs of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n métier(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Domaine</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Niveau d&apos;études</source>
        <translation>Study level</translation>
    </message>
    <message>
        <source>J&apos;aime…</source>
        <translation>I like…</translation>
    </message>
    <message>
        <source>Aucun métier ne correspond : efface un filtre.</source>
        <translation>No job matches: clear a filter.</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Bac</source>
        <translation>Bac (end of high school)</translation>
    </message>
    <message>
        <source>Bac+2</source>
        <translation>Bac+2 (2 years)</translation>
    </message>
    <message>
        <source>Bac+3</source>
        <translation>Bac+3 (bachelor&apos;s)</translation>
    </message>
    <message>
        <source>Bac+5</source>
        <translation>Bac+5 (master&apos;s)</translation>
    </message>
</context>
<context>
    <name>LyceeScreen</name>
    <message>
        <source>Le label</source>
        <translation>The label</translation>
    </message>
    <message>
        <source>Les niveaux du label</source>
        <translation>The label&apos;s levels</translation>
    </message>
    <message>
        <source>Ce que reçoivent les élèves</source>
        <translation>What students receive</translation>
    </message>
    <message>
        <source>Les engagements du lycée</source>
        <translation>The school&apos;s commitments</translation>
    </message>
    <message>
        <source>Le numérique au bac général</source>
        <translation>Digital subjects in the general bac</translation>
    </message>
    <message>
        <source>Le bac pro</source>
        <translation>The vocational bac</translation>
    </message>
    <message>
        <source>Les chiffres clés</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>À savoir</source>
        <translation>Good to know</translation>
    </message>
    <message>
        <source>Lycée numérique</source>
        <translation>Digital high school</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kiosque Métiers du numérique</source>
        <translation>Digital Jobs Kiosk</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Code du personnel</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <source>Trop d&apos;essais. Réessayez dans %1 min %2 s.</source>
        <translation>Too many tries. Try again in %1 min %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>Code incorrect. Encore %n essai(s).</source>
        <translation>
            <numerusform>Wrong code. %n try left.</numerusform>
            <numerusform>Wrong code. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>Scanne-moi avec ton téléphone pour garder cette fiche</source>
        <translation>Scan me with your phone to keep this card</translation>
    </message>
</context>
<context>
    <name>QuizController</name>
    <message>
        <source>Ce métier rejoint tes choix : %1.</source>
        <translation>This job matches your choices: %1.</translation>
    </message>
</context>
<context>
    <name>QuizResultCard</name>
    <message>
        <source>Voir la fiche métier →</source>
        <translation>See the job card →</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <source>Quel métier pour moi ?</source>
        <translation>Which job for me?</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Qu&apos;est-ce qui te ressemble le plus ? Touche une image.</source>
        <translation>Which is most like you? Tap a picture.</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Aucun des deux</source>
        <translation>Neither</translation>
    </message>
    <message>
        <source>Aucun de ceux-là</source>
        <translation>None of these</translation>
    </message>
    <message>
        <source>Pas pour moi</source>
        <translation>Not for me</translation>
    </message>
    <message numerus="yes">
        <source>%n métier(s) qui te ressemblent. Touche une carte pour en savoir plus.</source>
        <translation type="vanished">
            <numerusform>%n job that suits you. Tap the card to find out more.</numerusform>
            <numerusform>%n jobs that suit you. Tap a card to find out more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tu n&apos;as rien choisi : pas de souci ! Recommence, ou découvre tous les métiers.</source>
        <translation>You didn&apos;t pick anything: no problem! Start again, or discover all the jobs.</translation>
    </message>
    <message>
        <source>Recommencer</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Voir tous les métiers</source>
        <translation>See all jobs</translation>
    </message>
    <message>
        <source>%1 métiers qui te ressemblent. Touche une carte pour en savoir plus.</source>
        <translation>%1 jobs that suit you. Tap a card to find out more.</translation>
    </message>
    <message>
        <source>Un métier qui te ressemble. Touche la carte pour en savoir plus.</source>
        <translation>A job that suits you. Tap the card to find out more.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Métiers</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Formations</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Témoignages vidéo</source>
        <translation>Video interviews</translation>
    </message>
    <message>
        <source>Domaines</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Lycée numérique</source>
        <translation>Digital high school</translation>
    </message>
    <message>
        <source>Chiffres clés</source>
        <translation>Key figures</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Un métier, une formation, un mot…</source>
        <translation>A job, a training, a word…</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Rien trouvé pour « %1 ». Essaie plutôt :</source>
        <translation>Nothing found for “%1”. Try instead:</translation>
    </message>
    <message>
        <source>Des idées :</source>
        <translation>Some ideas:</translation>
    </message>
</context>
<context>
    <name>SeekBar</name>
    <message>
        <source>Position dans la vidéo</source>
        <translation>Position in the video</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>%1 j %2 h %3 min</source>
        <translation>%1 d %2 h %3 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Espace personnel — kiosque « %1 »</source>
        <translation>Staff area — kiosk “%1”</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>version %1 — %2</source>
        <translation>version %1 — %2</translation>
    </message>
    <message>
        <source>Dernière mise à jour</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Espace disque libre</source>
        <translation>Free disk space</translation>
    </message>
    <message>
        <source>%1 Go sur %2 Go</source>
        <translation>%1 GB of %2 GB</translation>
    </message>
    <message>
        <source>En marche depuis</source>
        <translation>Running for</translation>
    </message>
    <message>
        <source>Volume : %1 %</source>
        <translation>Volume: %1 %</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil après %1 s sans toucher</source>
        <translation>Back to the home screen after %1 s without a touch</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Le volume et le délai reviennent aux valeurs de kiosk.ini au redémarrage.</source>
        <translation>Volume and delay go back to the kiosk.ini values on restart.</translation>
    </message>
    <message>
        <source>Réinitialiser pour le visiteur suivant</source>
        <translation>Reset for the next visitor</translation>
    </message>
    <message>
        <source>Redémarrer le kiosque</source>
        <translation>Restart the kiosk</translation>
    </message>
    <message>
        <source>Quitter le kiosque</source>
        <translation>Quit the kiosk</translation>
    </message>
    <message>
        <source>Quitter le kiosque ? L&apos;écran restera vide jusqu&apos;au redémarrage.</source>
        <translation>Quit the kiosk? The screen will stay blank until it restarts.</translation>
    </message>
    <message>
        <source>Redémarrer le kiosque ? Il revient en quelques secondes.</source>
        <translation>Restart the kiosk? It will be back in a few seconds.</translation>
    </message>
    <message>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Remettre les statistiques à zéro : confirmez avec le code</source>
        <translation>Reset the statistics: confirm with the code</translation>
    </message>
</context>
<context>
    <name>StatsController</name>
    <message>
        <source>Les statistiques ne sont pas disponibles.</source>
        <translation>Statistics are not available.</translation>
    </message>
    <message>
        <source>Statistiques exportées : %1 et %2</source>
        <translation>Statistics exported: %1 and %2</translation>
    </message>
    <message>
        <source>L&apos;export a échoué : %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Le dossier %1 n&apos;est plus là : la clé a-t-elle été retirée ?</source>
        <translation>The folder %1 is gone: was the stick removed?</translation>
    </message>
</context>
<context>
    <name>StatsHourChart</name>
    <message>
        <source>Visites par heure de la journée</source>
        <translation>Visits by hour of the day</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Les statistiques ne sont pas disponibles sur ce kiosque.</source>
        <translation>Statistics are not available on this kiosk.</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui, depuis minuit.</source>
        <translation>Today, since midnight.</translation>
    </message>
    <message>
        <source>Depuis la dernière remise à zéro, le %1.</source>
        <translation>Since the last reset, on %1.</translation>
    </message>
    <message>
        <source>Depuis le début (les données de plus de 400 jours sont effacées).</source>
        <translation>Since the start (data older than 400 days is deleted).</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Cet événement</source>
        <translation>This event</translation>
    </message>
    <message>
        <source>Depuis le début</source>
        <translation>Since the start</translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Remettre à zéro</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>visites</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>durée moyenne d&apos;une visite</source>
        <translation>average visit length</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>heure la plus fréquentée</source>
        <translation>busiest hour</translation>
    </message>
    <message>
        <source>quiz terminés</source>
        <translation>quizzes completed</translation>
    </message>
    <message>
        <source>Visites par heure</source>
        <translation>Visits by hour</translation>
    </message>
    <message>
        <source>Les 10 fiches métiers les plus vues</source>
        <translation>The 10 most viewed job cards</translation>
    </message>
    <message>
        <source>Témoignages vidéo regardés</source>
        <translation>Video interviews watched</translation>
    </message>
    <message>
        <source>Métiers proposés par le quiz</source>
        <translation>Jobs suggested by the quiz</translation>
    </message>
</context>
<context>
    <name>StatsRanking</name>
    <message>
        <source>Rien pour l&apos;instant.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n lancement(s)</source>
        <translation>
            <numerusform>%n start</numerusform>
            <numerusform>%n starts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % jusqu&apos;au bout</source>
        <translation>%1 % to the end</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <source>Toujours là ?</source>
        <translation>Still there?</translation>
    </message>
    <message numerus="yes">
        <source>Sans réponse, le kiosque revient à l&apos;accueil dans %n seconde(s).</source>
        <translation>
            <numerusform>Without an answer, the kiosk goes back to the home screen in %n second.</numerusform>
            <numerusform>Without an answer, the kiosk goes back to the home screen in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je suis là, continuer</source>
        <translation>I&apos;m here, carry on</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation>Contrast</translation>
    </message>
</context>
<context>
    <name>TrainingScreen</name>
    <message>
        <source>Niveau atteint : %1</source>
        <translation>Level reached: %1</translation>
    </message>
    <message>
        <source>Pour devenir</source>
        <translation>To become</translation>
    </message>
    <message>
        <source>Où se former</source>
        <translation>Where to study</translation>
    </message>
    <message>
        <source>Renseigne-toi auprès d&apos;un conseiller d&apos;orientation.</source>
        <translation>Ask a careers adviser.</translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <source>Où se former en Occitanie ?</source>
        <translation>Where to study in Occitanie?</translation>
    </message>
    <message>
        <source>Touche un département pour voir ses formations.</source>
        <translation>Tap a department to see its trainings.</translation>
    </message>
    <message numerus="yes">
        <source>%n formation(s) en %1</source>
        <translation>
            <numerusform>%n training in %1</numerusform>
            <numerusform>%n trainings in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n formation(s)</source>
        <translation>
            <numerusform>%n training</numerusform>
            <numerusform>%n trainings</numerusform>
        </translation>
    </message>
    <message>
        <source>Toute l&apos;Occitanie</source>
        <translation>All of Occitanie</translation>
    </message>
</context>
<context>
    <name>UpdateController</name>
    <message>
        <source>Vérifications…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Copie et contrôle des fichiers…</source>
        <translation>Copying and checking the files…</translation>
    </message>
    <message>
        <source>Construction du contenu…</source>
        <translation>Building the content…</translation>
    </message>
    <message>
        <source>Contrôle du contenu construit…</source>
        <translation>Checking the built content…</translation>
    </message>
    <message>
        <source>Bascule vers le nouveau contenu…</source>
        <translation>Switching to the new content…</translation>
    </message>
    <message>
        <source>Paquet de contenu refusé</source>
        <translation>Content pack refused</translation>
    </message>
    <message>
        <source>« %1 », signé par la clé %2</source>
        <translation>“%1”, signed with key %2</translation>
    </message>
    <message>
        <source>Contenu version %1 installé. La version précédente reste disponible.</source>
        <translation>Content version %1 installed. The previous version remains available.</translation>
    </message>
    <message>
        <source>Retour arrière impossible : aucune version précédente n&apos;est conservée.</source>
        <translation>Cannot go back: no previous version is kept.</translation>
    </message>
    <message>
        <source>Retour arrière impossible : erreur d&apos;écriture sur le disque du kiosque. Le contenu actuel est conservé.</source>
        <translation>Cannot go back: the kiosk&apos;s disk could not be written. The current content is kept.</translation>
    </message>
    <message>
        <source>Retour à la version %1 du contenu.</source>
        <translation>Back to content version %1.</translation>
    </message>
</context>
<context>
    <name>UpdatePanel</name>
    <message>
        <source>Mise à jour du contenu</source>
        <translation>Content update</translation>
    </message>
    <message>
        <source>Contenu actif : version %1 — version précédente conservée : %2</source>
        <translation>Active content: version %1 — previous version kept: %2</translation>
    </message>
    <message>
        <source>Contenu actif : version %1</source>
        <translation>Active content: version %1</translation>
    </message>
    <message>
        <source>Aucun paquet de contenu. Branchez une clé USB qui contient un dossier kiosk-pack.</source>
        <translation>No content pack. Plug in a USB stick holding a kiosk-pack folder.</translation>
    </message>
    <message>
        <source>Installer quand même</source>
        <translation>Install anyway</translation>
    </message>
    <message>
        <source>Installer la mise à jour</source>
        <translation>Install the update</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Revenir à la version %1</source>
        <translation>Go back to version %1</translation>
    </message>
    <message>
        <source>Revenir à la version %1 du contenu ? La version %2 restera disponible.</source>
        <translation>Go back to content version %1? Version %2 will stay available.</translation>
    </message>
    <message>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Revoir depuis le début</source>
        <translation>Watch again from the start</translation>
    </message>
    <message>
        <source>Masquer les sous-titres</source>
        <translation>Hide captions</translation>
    </message>
    <message>
        <source>Afficher les sous-titres</source>
        <translation>Show captions</translation>
    </message>
</context>
</TS>
