<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ExportReport</name>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="45"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="46"/>
        <source>&lt;b&gt;not confirmed&lt;/b&gt;</source>
        <translation>&lt;b&gt;non confirmé&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="53"/>
        <source>without number</source>
        <translation>sans numéro</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="55"/>
        <source>&lt;h3&gt;Series %1 (%2)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Série %1 (%2)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="56"/>
        <source>&lt;h3&gt;Series %1 — %2 (%3)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Série %1 — %2 (%3)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="64"/>
        <source>&lt;h2&gt;Export record&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Recipient&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Purpose&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Agreement reference&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Licence&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Registre d&apos;export&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Destinataire&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Finalité&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Référence de l&apos;accord&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Licence&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="70"/>
        <source>&lt;tr&gt;&lt;td&gt;Override&lt;/td&gt;&lt;td&gt;unreviewed auto-cleaned images included: %1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Dérogation&lt;/td&gt;&lt;td&gt;images nettoyées automatiquement et non revues incluses : %1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="73"/>
        <source>&lt;/table&gt;&lt;h3&gt;Data-sharing checklist&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Re-identification risk low, even combined with other data&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Access controlled by a licence or agreement&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;No incentive to re-identify&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Healthcare purpose&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Societal benefit&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;/table&gt;&lt;h3&gt;Liste de contrôle du partage&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Risque de réidentification faible, même combiné à d&apos;autres données&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Accès contrôlé par une licence ou un accord&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Aucun intérêt à réidentifier&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Finalité de soins&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Bénéfice pour la société&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="88"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="89"/>
        <source>emptied</source>
        <translation>vidé</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="90"/>
        <source>replaced by a dummy or pseudonym</source>
        <translation>remplacé par une valeur fictive ou un pseudonyme</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="91"/>
        <source>UIDs replaced</source>
        <translation>UID remplacés</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="92"/>
        <source>cleaned (text or pixels)</source>
        <translation>nettoyé (texte ou pixels)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="93"/>
        <source>kept on purpose</source>
        <translation>conservé volontairement</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="94"/>
        <source>&lt;h2&gt;De-identification&lt;/h2&gt;&lt;p&gt;Profile: %1. Options: %2.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Action&lt;/th&gt;&lt;th&gt;Attributes (all files)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Désidentification&lt;/h2&gt;&lt;p&gt;Profil : %1. Options : %2.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Action&lt;/th&gt;&lt;th&gt;Attributs (tous les fichiers)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="96"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="110"/>
        <source>(automatic)</source>
        <translation>(automatique)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="117"/>
        <source>&lt;h2&gt;Review&lt;/h2&gt;&lt;p&gt;%1 images exported, reviewed between %2 and %3 by:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;Revue&lt;/h2&gt;&lt;p&gt;%1 images exportées, revues entre %2 et %3 par :&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="122"/>
        <source>&lt;li&gt;%1: %2 image(s)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 : %2 image(s)&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="125"/>
        <source>&lt;p&gt;Not in this package:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Absent de ce paquet :&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="127"/>
        <source>&lt;li&gt;instance %1: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;instance %1 : %2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="131"/>
        <source>&lt;li&gt;instance %1: failed the last check (%2); sent back to review&lt;/li&gt;</source>
        <translation>&lt;li&gt;instance %1 : échec du dernier contrôle (%2) ; renvoyée en revue&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="142"/>
        <source>&lt;h2&gt;Pixel masks&lt;/h2&gt;&lt;p&gt;Every image with masks, before (masks filled in, outlined red: the report shows no text) and after (as exported).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Masques de pixels&lt;/h2&gt;&lt;p&gt;Chaque image masquée, avant (masques remplis, contour rouge : le rapport ne montre aucun texte) et après (telle qu&apos;exportée).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="158"/>
        <source>instance %1 · %2 mask(s)</source>
        <translation>instance %1 · %2 masque(s)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="161"/>
        <source>&lt;p&gt;No image needed a mask.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune image n&apos;a eu besoin de masque.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="168"/>
        <source>&lt;h2&gt;Re-identification risk&lt;/h2&gt;&lt;p&gt;k says how many patients in this package share the same details that could point to someone (such as age, sex, year and device): each patient looks like at least k of them, so the larger k, the harder it is to tell anyone apart.&lt;/p&gt;&lt;p&gt;k-anonymity over the quasi-identifiers left in the package (%1), one record per patient: %2 record(s), smallest k = &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Risque de réidentification&lt;/h2&gt;&lt;p&gt;k indique combien de patients de ce paquet partagent les mêmes détails pouvant désigner quelqu&apos;un (âge, sexe, année, appareil…) : chaque patient ressemble à au moins k d&apos;entre eux ; plus k est grand, plus il est difficile de distinguer qui que ce soit.&lt;/p&gt;&lt;p&gt;k-anonymat sur les quasi-identifiants restant dans le paquet (%1), un enregistrement par patient : %2 enregistrement(s), plus petit k = &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="178"/>
        <source>&lt;p&gt;Records with k &amp;lt; 5:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Enregistrements avec k &amp;lt; 5 :&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="180"/>
        <source>&lt;li&gt;%1: k = %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: k = %2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="181"/>
        <source>&lt;/ul&gt;&lt;p&gt;To raise k:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;Pour augmenter k :&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="194"/>
        <source>&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1 — QA report&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;font-size:10pt} td,th{padding:2px 8px;text-align:left} h1{color:#1f3a5f} h2{color:#1f3a5f;border-bottom:1px solid #ccc}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;De-identification QA report&lt;/h1&gt;&lt;p&gt;Package &lt;b&gt;%1&lt;/b&gt;, created %2 with Veil.&lt;/p&gt;</source>
        <translation>&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1 — rapport qualité&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;font-size:10pt} td,th{padding:2px 8px;text-align:left} h1{color:#1f3a5f} h2{color:#1f3a5f;border-bottom:1px solid #ccc}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;Rapport qualité de la désidentification&lt;/h1&gt;&lt;p&gt;Paquet &lt;b&gt;%1&lt;/b&gt;, créé le %2 avec Veil.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="221"/>
        <source>%1 — QA report</source>
        <translation>%1 — rapport qualité</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="164"/>
        <source>the recipient</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="166"/>
        <source>the purpose agreed</source>
        <translation>la finalité convenue</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="169"/>
        <source>%1

The de-identified images in this package (%2) are made available under the Creative Commons %3 licence: https://creativecommons.org/licenses/%4/4.0/

Shared with %5 for %6. Any attempt to re-identify a person in these images is forbidden.
</source>
        <translation>%1

Les images désidentifiées de ce paquet (%2) sont mises à disposition sous la licence Creative Commons %3 : https://creativecommons.org/licenses/%4/4.0/

Partagé avec %5 pour %6. Toute tentative de réidentifier une personne sur ces images est interdite.
</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="179"/>
        <source>DATA USE AGREEMENT

Package: %1 (%2)
Recipient: %3
Purpose: %4
Agreement reference: %5

1. The recipient uses the data only for the purpose above.
2. The recipient makes no attempt to identify any person, and does not link the data with other data in a way that could identify a person.
3. The data stay with the recipient; access is limited to people bound by this agreement.
4. If a person is found to be identifiable, the recipient stops using the data and tells the provider at once.
5. The data are deleted when the purpose is fulfilled or at the provider&apos;s request (for instance after a patient withdraws).
</source>
        <translation>ACCORD D&apos;UTILISATION DES DONNÉES

Paquet : %1 (%2)
Destinataire : %3
Finalité : %4
Référence de l&apos;accord : %5

1. Le destinataire n&apos;utilise les données que pour la finalité ci-dessus.
2. Le destinataire ne tente d&apos;identifier aucune personne et ne relie pas les données à d&apos;autres données d&apos;une manière qui pourrait identifier une personne.
3. Les données restent chez le destinataire ; l&apos;accès est limité aux personnes liées par cet accord.
4. Si une personne s&apos;avère identifiable, le destinataire cesse d&apos;utiliser les données et en informe immédiatement le fournisseur.
5. Les données sont supprimées lorsque la finalité est atteinte ou à la demande du fournisseur (par exemple après le retrait d&apos;un patient).
</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="192"/>
        <source>(none given)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="29"/>
        <source>Retain safe private attributes</source>
        <translation>Conserver les attributs privés sûrs</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="31"/>
        <source>Retain UIDs</source>
        <translation>Conserver les UID</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="33"/>
        <source>Retain device identity</source>
        <translation>Conserver l&apos;identité de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="35"/>
        <source>Retain institution identity</source>
        <translation>Conserver l&apos;identité de l&apos;établissement</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="37"/>
        <source>Retain patient characteristics (sex, age, size, weight)</source>
        <translation>Conserver les caractéristiques du patient (sexe, âge, taille, poids)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="39"/>
        <source>Dates: keep them as they are</source>
        <translation>Dates : les garder telles quelles</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="41"/>
        <source>Dates: shift each patient&apos;s dates by a keyed offset</source>
        <translation>Dates : décaler les dates de chaque patient d&apos;un écart à clé</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="43"/>
        <source>Clean descriptors (free text keeps only known words)</source>
        <translation>Nettoyer les descriptions (le texte libre ne garde que les mots connus)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="45"/>
        <source>Clean structured content (SR)</source>
        <translation>Nettoyer le contenu structuré (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="47"/>
        <source>Clean graphics</source>
        <translation>Nettoyer les graphiques</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="12"/>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="14"/>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="16"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="18"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="46"/>
        <source>Delete mask</source>
        <translation>Supprimer le masque</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="67"/>
        <source>Mask text</source>
        <translation>Masquer le texte</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="68"/>
        <source>Keep text</source>
        <translation>Garder le texte</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="69"/>
        <source>Move mask</source>
        <translation>Déplacer le masque</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="99"/>
        <source>Mark %1</source>
        <translation>Marquer %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="116"/>
        <source>Keep word everywhere</source>
        <translation>Garder le mot partout</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="117"/>
        <source>Take word off the safe list</source>
        <translation>Retirer le mot de la liste sûre</translation>
    </message>
</context>
<context>
    <name>veil::BoxLegend</name>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="11"/>
        <source>Ctrl+click a box to mask or keep it</source>
        <translation>Ctrl+clic sur un cadre pour le masquer ou le garder</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="16"/>
        <source>PHI</source>
        <translation>PHI</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="17"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="18"/>
        <source>not PHI</source>
        <translation>pas PHI</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="19"/>
        <source>drawn</source>
        <translation>dessiné</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="20"/>
        <source>masked</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="21"/>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
</context>
<context>
    <name>veil::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="27"/>
        <source>Export share package</source>
        <translation>Exporter le paquet de partage</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="29"/>
        <source>What goes out</source>
        <translation>Ce qui sort</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="35"/>
        <source>Also export auto-cleaned images nobody reviewed (audited), because:</source>
        <translation>Exporter aussi les images nettoyées automatiquement que personne n&apos;a revues (journalisé), parce que :</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="37"/>
        <source>the reason, required for this override</source>
        <translation>le motif, obligatoire pour cette dérogation</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="45"/>
        <source>Re-identification risk (k-anonymity)</source>
        <translation>Risque de réidentification (k-anonymat)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="47"/>
        <location filename="../widgets/ExportDialog.cpp" line="136"/>
        <source>Estimating…</source>
        <translation>Estimation…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="53"/>
        <source>Export record</source>
        <translation>Registre d&apos;export</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="59"/>
        <source>Data use agreement (DATA_USE_AGREEMENT.txt)</source>
        <translation>Accord d&apos;utilisation des données (DATA_USE_AGREEMENT.txt)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="60"/>
        <source>CC BY 4.0 (LICENSE.txt)</source>
        <translation>CC BY 4.0 (LICENSE.txt)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="61"/>
        <source>CC BY-NC 4.0 (LICENSE.txt)</source>
        <translation>CC BY-NC 4.0 (LICENSE.txt)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="62"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="63"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="64"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="65"/>
        <source>Agreement reference</source>
        <translation>Référence de l&apos;accord</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="66"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="72"/>
        <source>REPORT.html, REPORT.pdf and the agreement or licence text</source>
        <translation>REPORT.html, REPORT.pdf et le texte de l&apos;accord ou de la licence</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="73"/>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="75"/>
        <source>Re-identification risk is low, even combined with other data</source>
        <translation>Le risque de réidentification est faible, même combiné à d&apos;autres données</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="76"/>
        <source>Access is controlled by a licence or agreement</source>
        <translation>L&apos;accès est contrôlé par une licence ou un accord</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="76"/>
        <source>There is no incentive to re-identify</source>
        <translation>Il n&apos;y a aucun intérêt à réidentifier</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="77"/>
        <source>The purpose is healthcare</source>
        <translation>La finalité relève des soins</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="77"/>
        <source>The share has a societal benefit</source>
        <translation>Le partage a un bénéfice pour la société</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="84"/>
        <source>a new folder, or a new .zip file</source>
        <translation>un nouveau dossier ou un nouveau fichier .zip</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="85"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="88"/>
        <location filename="../widgets/ExportDialog.cpp" line="164"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="95"/>
        <source>Name files as DICOM file IDs and add a DICOMDIR (for media and viewers)</source>
        <translation>Nommer les fichiers comme des ID de fichier DICOM et ajouter un DICOMDIR (pour supports et visionneuses)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="99"/>
        <source>optional: dicom://AE_TITLE@host:port</source>
        <translation>facultatif : dicom://TITRE_AE@hôte:port</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="100"/>
        <source>The checked DICOM files also go to this PACS (C-STORE) before the package is moved into place; the package records what left.</source>
        <translation>Les fichiers DICOM contrôlés partent aussi vers ce PACS (C-STORE) avant que le paquet soit mis en place ; le paquet consigne ce qui est sorti.</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="102"/>
        <source>Also send to PACS</source>
        <translation>Envoyer aussi au PACS</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="106"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="107"/>
        <source>Back to Review</source>
        <translation>Retour à la revue</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="127"/>
        <source>&lt;b&gt;%1&lt;/b&gt; image(s) will be exported; &lt;b&gt;%2&lt;/b&gt; are held back:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; image(s) seront exportées ; &lt;b&gt;%2&lt;/b&gt; sont retenues :</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="135"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="144"/>
        <source>%1 patient record(s) over %2; smallest k = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%1 dossier(s) patient sur %2 ; plus petit k = &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="146"/>
        <source>no quasi-identifier</source>
        <translation>aucun quasi-identifiant</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="152"/>
        <source>&lt;br&gt;Below k = 5: %1%2</source>
        <translation>&lt;br&gt;Sous k = 5 : %1%2</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="154"/>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="164"/>
        <source>Zip file (*.zip);;Folder (any name)</source>
        <translation>Fichier zip (*.zip);;Dossier (nom libre)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="178"/>
        <source>PACS address: %1</source>
        <translation>Adresse du PACS : %1</translation>
    </message>
</context>
<context>
    <name>veil::ExportGate</name>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="112"/>
        <source>not in the project</source>
        <translation>absent du projet</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="115"/>
        <source>the patient opted out: their data must never leave</source>
        <translation>le patient s&apos;y est opposé : ses données ne doivent jamais sortir</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="118"/>
        <source>auto-cleaned but not reviewed: an override needs a reason</source>
        <translation>nettoyé automatiquement mais non revu : une dérogation exige un motif</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="120"/>
        <source>auto-cleaned but not reviewed</source>
        <translation>nettoyé automatiquement mais non revu</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="122"/>
        <source>not reviewed yet</source>
        <translation>pas encore revu</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="124"/>
        <source>flagged for review</source>
        <translation>signalé pour revue</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="126"/>
        <source>rejected by the reviewer</source>
        <translation>rejeté à la revue</translation>
    </message>
</context>
<context>
    <name>veil::FindingsModel</name>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>masked: unknown</source>
        <translation>masqué : inconnu</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>masked</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="88"/>
        <source>(not readable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="96"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="108"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="110"/>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="112"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="114"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="116"/>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="118"/>
        <source>Frame</source>
        <translation>Trame</translation>
    </message>
</context>
<context>
    <name>veil::FindingsPanel</name>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="23"/>
        <source>Double-click or Enter: mask a kept word, keep a masked one (Ctrl+Z undoes it)</source>
        <translation>Double-clic ou Entrée : masquer un mot gardé, garder un mot masqué (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="44"/>
        <source>No text found in the pixels of this image.</source>
        <translation>Aucun texte trouvé dans les pixels de cette image.</translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="55"/>
        <source>%1 unknown (could not be read or classed), %2 masked, %3 kept</source>
        <translation>%1 inconnu(s) (illisibles ou non classés), %2 masqué(s), %3 gardé(s)</translation>
    </message>
</context>
<context>
    <name>veil::FrameBar</name>
    <message>
        <location filename="../widgets/FrameBar.cpp" line="23"/>
        <location filename="../widgets/FrameBar.cpp" line="59"/>
        <source>Frame %1 / %2</source>
        <translation>Trame %1 / %2</translation>
    </message>
</context>
<context>
    <name>veil::FrameRenderer</name>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="45"/>
        <location filename="../widgets/models/FrameRenderer.cpp" line="66"/>
        <location filename="../widgets/models/FrameRenderer.cpp" line="102"/>
        <source>Rendering</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="52"/>
        <source>Showing instance %1</source>
        <translation>Instance %1 affichée</translation>
    </message>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="92"/>
        <source>Showing instance %1 (export-ready)</source>
        <translation>Instance %1 affichée (prête à l&apos;export)</translation>
    </message>
</context>
<context>
    <name>veil::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="64"/>
        <location filename="../app/gui/MainWindow.cpp" line="318"/>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="77"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="97"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="98"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="101"/>
        <source>Add DICOM files, DICOMDIR or zip</source>
        <translation>Ajouter des fichiers DICOM, un DICOMDIR ou un zip</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="104"/>
        <source>Add a folder of DICOM files</source>
        <translation>Ajouter un dossier de fichiers DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Add from &amp;PACS…</source>
        <translation>Ajouter depuis le &amp;PACS…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>Find Burned-in Text Again</source>
        <translation>Rechercher à nouveau le texte incrusté</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>&amp;Settings…</source>
        <translation>Paramètre&amp;s…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="133"/>
        <source>The OCR languages could not be saved</source>
        <translation>Les langues d&apos;OCR n&apos;ont pas pu être enregistrées</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>&amp;Export Share Package…</source>
        <translation>&amp;Exporter le paquet de partage…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="141"/>
        <source>&amp;Close Project</source>
        <translation>Fer&amp;mer le projet</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="143"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="145"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="146"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="149"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="149"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="162"/>
        <source>&amp;Review</source>
        <translation>&amp;Revue</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>3-D View (Face Check)…</source>
        <translation>Vue 3D (contrôle du visage)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="186"/>
        <source>User &amp;Manual</source>
        <translation>&amp;Manuel d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="189"/>
        <source>User Manual</source>
        <translation>Manuel d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>The user manual is not installed here (it is looked for in %1).</source>
        <translation>Le manuel d&apos;utilisation n&apos;est pas installé ici (il est cherché dans %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>&amp;About Veil</source>
        <translation>À &amp;propos de Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="199"/>
        <source>About Veil</source>
        <translation>À propos de Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>&lt;b&gt;Veil&lt;/b&gt; %1&lt;br&gt;Makes medical images safe to share.</source>
        <translation>&lt;b&gt;Veil&lt;/b&gt; %1&lt;br&gt;Rend les images médicales sûres à partager.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="224"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="234"/>
        <location filename="../app/gui/MainWindow.cpp" line="243"/>
        <source>Rendering</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="234"/>
        <location filename="../app/gui/MainWindow.cpp" line="243"/>
        <source>Reading tags</source>
        <translation>Lecture des balises</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="251"/>
        <source>about %1 min left</source>
        <translation>environ %1 min restantes</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="252"/>
        <source>about %1 s left</source>
        <translation>environ %1 s restantes</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="290"/>
        <source>%1 added, %2 already in the project, %3 not added (see Problems)</source>
        <translation>%1 ajouté(s), %2 déjà dans le projet, %3 non ajouté(s) (voir Problèmes)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>%1 — Veil</source>
        <translation>%1 — Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="297"/>
        <source>%1 (read-only) — Veil</source>
        <translation>%1 (lecture seule) — Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>%1. You can look, but no change can be saved.</source>
        <translation>%1. Vous pouvez regarder, mais aucune modification ne peut être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="305"/>
        <source>%1 instances</source>
        <translation>%1 instances</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="331"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="331"/>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Veil projects (*.veil)</source>
        <translation>Projets Veil (*.veil)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="354"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="387"/>
        <source>Retrieving from the PACS</source>
        <translation>Récupération depuis le PACS</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="403"/>
        <source>%1, %n image(s)</source>
        <translation>
            <numerusform>%1, %n image</numerusform>
            <numerusform>%1, %n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="405"/>
        <source>Building the 3-D view</source>
        <translation>Construction de la vue 3D</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="408"/>
        <source>3-D View</source>
        <translation>Vue 3D</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>Dropped files</source>
        <translation>Fichiers déposés</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>open or create a project first, then drop them again</source>
        <translation>ouvrez ou créez d&apos;abord un projet, puis déposez-les à nouveau</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="28"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="30"/>
        <source>The system&apos;s</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="55"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="55"/>
        <source>Veil speaks %1 from its next start.</source>
        <translation>Veil parlera %1 à son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="74"/>
        <source>Exporting the share package…</source>
        <translation>Export du paquet de partage…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="86"/>
        <source>Instance %1</source>
        <translation>Instance %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="87"/>
        <source>failed the last export check and went back to review: %1</source>
        <translation>a échoué au dernier contrôle d&apos;export et est retournée en revue : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="89"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="90"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="94"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="102"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="90"/>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté : %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="95"/>
        <source>%1 image(s) exported; %2 held back by the gate; %3 failed the last check and went back to review (flagged). Smallest k = %4.</source>
        <translation>%1 image(s) exportée(s) ; %2 retenue(s) par le filtre ; %3 en échec au dernier contrôle, retournée(s) en revue (signalées). Plus petit k = %4.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="102"/>
        <source>only %1 of %2 image(s) reached the PACS: %3</source>
        <translation>seulement %1 image(s) sur %2 ont atteint le PACS : %3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="112"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindowPanels.cpp" line="142"/>
        <source>Study shared by %n patient(s)</source>
        <translation>
            <numerusform>Étude partagée par %n patient</numerusform>
            <numerusform>Étude partagée par %n patients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="167"/>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=6&gt;</source>
        <translation>&lt;h3&gt;Raccourcis clavier&lt;/h3&gt;&lt;table cellspacing=6&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="176"/>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;C (hold)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the original in the right pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nudge the selected mask&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left drag / middle drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Window-level / pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel / Ctrl+wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Frames or images / zoom&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;C (maintenu)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Montrer l&apos;original dans le volet droit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+flèches&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Décaler le masque choisi&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Glisser gauche / glisser milieu&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fenêtrage / déplacement&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Molette / Ctrl+molette&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Trames ou images / zoom&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="181"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>veil::PacsDialog</name>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="22"/>
        <source>Add Studies from PACS</source>
        <translation>Ajouter des études depuis le PACS</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="26"/>
        <source>The PACS&apos;s AE title, host and port; Veil calls as VEIL unless ?calling=AE is added. The PACS must know Veil&apos;s AE title.</source>
        <translation>Titre AE, hôte et port du PACS ; Veil appelle en tant que VEIL sauf si ?calling=AE est ajouté. Le PACS doit connaître le titre AE de Veil.</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="28"/>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="32"/>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="39"/>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="39"/>
        <source>wildcards * and ?</source>
        <translation>jokers * et ?</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="40"/>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="40"/>
        <source>SURNAME^GIVEN, wildcards</source>
        <translation>NOM^PRÉNOM, jokers</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="41"/>
        <source>Study date</source>
        <translation>Date de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="41"/>
        <source>20240315, or a range 20240101-20241231</source>
        <translation>20240315, ou une plage 20240101-20241231</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="42"/>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Accession</source>
        <translation>N° d&apos;accès</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="43"/>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="43"/>
        <source>US, CT, MR…</source>
        <translation>US, CT, MR…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="44"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="57"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="59"/>
        <location filename="../widgets/PacsDialog.cpp" line="84"/>
        <source>Retrieve into</source>
        <translation>Récupérer dans</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="63"/>
        <source>Retrieve &amp;&amp; Add</source>
        <translation>Récupérer &amp;&amp; ajouter</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="117"/>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="119"/>
        <source>Testing the PACS</source>
        <translation>Test du PACS</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="120"/>
        <source>%1 answers.</source>
        <translation>%1 répond.</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="131"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="133"/>
        <source>Searching the PACS</source>
        <translation>Recherche dans le PACS</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/PacsDialog.cpp" line="157"/>
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>%n étude trouvée.</numerusform>
            <numerusform>%n études trouvées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::PassphraseDialog</name>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="16"/>
        <source>Choose a passphrase for &lt;b&gt;%1&lt;/b&gt;. It protects the link back to the patients; without it nobody (you included) can re-identify.</source>
        <translation>Choisissez une phrase secrète pour &lt;b&gt;%1&lt;/b&gt;. Elle protège le lien vers les patients ; sans elle, personne (vous compris) ne peut réidentifier.</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="19"/>
        <source>Passphrase for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Phrase secrète pour &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="26"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="31"/>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="57"/>
        <source>At least 8 characters, please.</source>
        <translation>Au moins 8 caractères, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="59"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>veil::ProjectTreeModel</name>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43"/>
        <source>Reviewed</source>
        <translation>Revu</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="84"/>
        <source>blocked (opt-out)</source>
        <translation>bloqué (opposition)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="87"/>
        <source>unreviewed</source>
        <translation>non revu</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="89"/>
        <source>auto-cleaned</source>
        <translation>nettoyé auto.</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="91"/>
        <source>flagged</source>
        <translation>signalé</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="93"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="95"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="118"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="119"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="126"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="129"/>
        <source>Series %1 · %2 %3</source>
        <translation>Série %1 · %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="142"/>
        <source>, %1 frames</source>
        <translation>, %1 trames</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="144"/>
        <source>ID %1 · #%2 %3%4</source>
        <translation>ID %1 · #%2 %3%4</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="148"/>
        <source>Instance %1 (Instance Number %2): %3</source>
        <translation>Instance %1 (Instance Number %2) : %3</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="174"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>veil::ReviewCanvas</name>
    <message>
        <location filename="../widgets/ReviewCanvas.cpp" line="362"/>
        <location filename="../widgets/ReviewCanvas.cpp" line="371"/>
        <source>Ctrl+click a box to mask or keep it</source>
        <translation>Ctrl+clic sur un cadre pour le masquer ou le garder</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewCanvas.cpp" line="416"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — “%2”&lt;br&gt;confidence %3%&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Ctrl+click to mask or keep&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — « %2 »&lt;br&gt;confiance %3%&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Ctrl+clic pour masquer ou garder&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>veil::ReviewPage</name>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="56"/>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="58"/>
        <location filename="../widgets/ReviewPage.cpp" line="339"/>
        <source>Words in the pixels</source>
        <translation>Mots dans les pixels</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="89"/>
        <source>Filter patients, studies, series…</source>
        <translation>Filtrer patients, études, séries…</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="152"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="153"/>
        <location filename="../widgets/ReviewPage.cpp" line="443"/>
        <source>Export-ready (masks burned in)</source>
        <translation>Prêt à l&apos;export (masques incrustés)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="182"/>
        <source>Kept everywhere: on the project&apos;s safe list (Ctrl+Z undoes it)</source>
        <translation>Gardé partout : sur la liste sûre du projet (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="215"/>
        <source>Comment (optional, stored encrypted)</source>
        <translation>Commentaire (facultatif, stocké chiffré)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="268"/>
        <source>Add files to the project (Project ▸ Add Files or Add Folder, or drop them here).</source>
        <translation>Ajoutez des fichiers au projet (Projet ▸ Ajouter des fichiers ou un dossier, ou déposez-les ici).</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="290"/>
        <source>No image in this instance (%1): its text and tags are de-identified.</source>
        <translation>Pas d&apos;image dans cette instance (%1) : son texte et ses balises sont désidentifiés.</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="309"/>
        <source>The last export check sent this image back: %1</source>
        <translation>Le dernier contrôle d&apos;export a renvoyé cette image : %1</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="340"/>
        <source>Words in the pixels (%1 unknown, %2 masked)</source>
        <translation>Mots dans les pixels (%1 inconnus, %2 masqués)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="430"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="433"/>
        <source>%1 of %2 reviewed</source>
        <translation>%1 sur %2 revues</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="443"/>
        <source>Original (compare)</source>
        <translation>Original (comparaison)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="30"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="30"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="31"/>
        <source>Approve &amp;&amp; Next</source>
        <translation>Approuver &amp;&amp; suivant</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="31"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="37"/>
        <source>Flag</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="37"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="38"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="38"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="39"/>
        <source>Next Unreviewed</source>
        <translation>Suivant non revu</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="39"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="50"/>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="50"/>
        <location filename="../widgets/ReviewPageActions.cpp" line="51"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="52"/>
        <source>Draw Mask</source>
        <translation>Dessiner un masque</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="52"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="58"/>
        <source>Safe-List Review</source>
        <translation>Revue de la liste sûre</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="58"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ReviewPageActions.cpp" line="66"/>
        <source>%n word(s) masked only because the safe list does not know them: click one to keep it everywhere (project safe list, undoable); K leaves</source>
        <translation>
            <numerusform>%n mot masqué seulement parce que la liste sûre ne le connaît pas : un clic le garde partout (liste sûre du projet, annulable) ; K pour quitter</numerusform>
            <numerusform>%n mots masqués seulement parce que la liste sûre ne les connaît pas : un clic en garde un partout (liste sûre du projet, annulable) ; K pour quitter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="73"/>
        <source>Show only the words masked because the safe list does not know them; a click keeps one everywhere (K)</source>
        <translation>N&apos;afficher que les mots masqués parce que la liste sûre ne les connaît pas ; un clic en garde un partout (K)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="75"/>
        <source>All Frames</source>
        <translation>Toutes les trames</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="77"/>
        <source>New masks cover every frame (off: this frame only)</source>
        <translation>Les nouveaux masques couvrent toutes les trames (désactivé : cette trame seulement)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="78"/>
        <source>Delete Mask</source>
        <translation>Supprimer le masque</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="83"/>
        <source>Mask Whole Series</source>
        <translation>Masquer toute la série</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="83"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="87"/>
        <source>Mask copied to %1 other image(s) of the series</source>
        <translation>Masque copié sur %1 autre(s) image(s) de la série</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="89"/>
        <source>Mask Device (Template)</source>
        <translation>Masquer l&apos;appareil (modèle)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="89"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="92"/>
        <source>Template saved; mask copied to %1 other image(s) of this device</source>
        <translation>Modèle enregistré ; masque copié sur %1 autre(s) image(s) de cet appareil</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="96"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="96"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="110"/>
        <source>Compare (hold C)</source>
        <translation>Comparer (maintenir C)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="112"/>
        <source>Boxes</source>
        <translation>Cadres</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="112"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="119"/>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="120"/>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="121"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="121"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="122"/>
        <source>Reset Window</source>
        <translation>Réinitialiser la fenêtre</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="122"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="127"/>
        <source>Next Frame</source>
        <translation>Trame suivante</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="129"/>
        <source>Previous Frame</source>
        <translation>Trame précédente</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="130"/>
        <source>Next Image</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="131"/>
        <source>Previous Image</source>
        <translation>Image précédente</translation>
    </message>
</context>
<context>
    <name>veil::ReviewSession</name>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="164"/>
        <source>Draw mask</source>
        <translation>Dessiner un masque</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="212"/>
        <source>Keep text</source>
        <translation>Garder le texte</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="212"/>
        <source>Mask text</source>
        <translation>Masquer le texte</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="224"/>
        <source>Keep “%1” everywhere</source>
        <translation>Garder « %1 » partout</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="245"/>
        <source>Adding to the safe list</source>
        <translation>Ajout à la liste sûre</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="245"/>
        <source>Taking off the safe list</source>
        <translation>Retrait de la liste sûre</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="279"/>
        <source>Apply mask to the series</source>
        <translation>Appliquer le masque à la série</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="290"/>
        <source>%1 %2 %3x%4</source>
        <translation>%1 %2 %3x%4</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="298"/>
        <source>Saving a device template</source>
        <translation>Enregistrement d&apos;un modèle d&apos;appareil</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="304"/>
        <source>Apply mask to the device</source>
        <translation>Appliquer le masque à l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="342"/>
        <location filename="../widgets/models/ReviewSession.cpp" line="349"/>
        <source>Saving a mask</source>
        <translation>Enregistrement d&apos;un masque</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="357"/>
        <source>Deleting a mask</source>
        <translation>Suppression d&apos;un masque</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="364"/>
        <source>Saving a decision</source>
        <translation>Enregistrement d&apos;une décision</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="30"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="37"/>
        <source>Adding</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="49"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="85"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="89"/>
        <source>Finding burned-in text</source>
        <translation>Recherche du texte incrusté</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="79"/>
        <source>instance %1</source>
        <translation>instance %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="156"/>
        <source>Estimating the risk</source>
        <translation>Estimation du risque</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="169"/>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="213"/>
        <source>Reading tags</source>
        <translation>Lecture des balises</translation>
    </message>
</context>
<context>
    <name>veil::Risk</name>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="19"/>
        <source>age</source>
        <translation>âge</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="20"/>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="21"/>
        <source>study year</source>
        <translation>année de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="22"/>
        <source>modality</source>
        <translation>modalité</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="23"/>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="24"/>
        <source>institution</source>
        <translation>établissement</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="25"/>
        <source>body part</source>
        <translation>région anatomique</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="26"/>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/models/EngineText.cpp" line="43"/>
        <source>only %n patient(s) in the package: k cannot reach 5 whatever is generalised</source>
        <translation>
            <numerusform>seulement %n patient dans le paquet : k ne peut atteindre 5, quoi qu&apos;on généralise</numerusform>
            <numerusform>seulement %n patients dans le paquet : k ne peut atteindre 5, quoi qu&apos;on généralise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="46"/>
        <source>generalise or remove %1: smallest k becomes %2</source>
        <translation>généraliser ou supprimer %1 : le plus petit k devient %2</translation>
    </message>
</context>
<context>
    <name>veil::SettingsDialog</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="59"/>
        <source>Project settings</source>
        <translation>Paramètres du projet</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="61"/>
        <source>De-identification options (DICOM PS3.15 Annex E)</source>
        <translation>Options de désidentification (DICOM PS3.15 annexe E)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="76"/>
        <source>Fixed: instances already carry pseudonyms with this prefix</source>
        <translation>Fixé : des instances portent déjà des pseudonymes avec ce préfixe</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="77"/>
        <source>Patient IDs and names become this prefix plus a keyed code</source>
        <translation>Les ID et noms de patients deviennent ce préfixe suivi d&apos;un code à clé</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="78"/>
        <source>Pseudonym prefix</source>
        <translation>Préfixe des pseudonymes</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="82"/>
        <source>e.g. ACME, TRIAL7</source>
        <translation>p. ex. ACME, TRIAL7</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="83"/>
        <source>With the clean options, descriptions and comments keep only known words; these words are kept too (comma-separated)</source>
        <translation>Avec les options de nettoyage, descriptions et commentaires ne gardent que les mots connus ; ces mots-ci sont gardés aussi (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="85"/>
        <source>Words to keep in cleaned text</source>
        <translation>Mots à garder dans le texte nettoyé</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="90"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="90"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="91"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="91"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="92"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="92"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="100"/>
        <source>English is always read. Each language more costs about a quarter more time per image; text in a language not chosen is still masked, but read less well.</source>
        <translation>L&apos;anglais est toujours lu. Chaque langue de plus coûte environ un quart de temps en plus par image ; un texte dans une langue non choisie est quand même masqué, mais moins bien lu.</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="102"/>
        <source>Burned-in text also in</source>
        <translation>Texte incrusté aussi en</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="104"/>
        <source>Project rules, applied before the standard&apos;s (JSON list):</source>
        <translation>Règles du projet, appliquées avant celles de la norme (liste JSON) :</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="113"/>
        <source>The system&apos;s</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="116"/>
        <source>For Veil on this computer, not the project; used from Veil&apos;s next start</source>
        <translation>Pour Veil sur cet ordinateur, pas pour le projet ; appliqué au prochain démarrage de Veil</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="117"/>
        <source>Language of Veil&apos;s screens</source>
        <translation>Langue des écrans de Veil</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="161"/>
        <source>Not installed here (package tesseract-ocr-%1)</source>
        <translation>Non installé ici (paquet tesseract-ocr-%1)</translation>
    </message>
</context>
<context>
    <name>veil::StartPage</name>
    <message>
        <location filename="../widgets/StartPage.cpp" line="20"/>
        <source>Veil</source>
        <translation>Veil</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="25"/>
        <source>Make medical images safe to share: de-identify the headers, find the text burned into the pixels, review every image, export a package that leaks nothing.</source>
        <translation>Rendre les images médicales sûres à partager : désidentifier les en-têtes, trouver le texte incrusté dans les pixels, revoir chaque image, exporter un paquet qui ne divulgue rien.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="30"/>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="31"/>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="44"/>
        <source>A project is one encrypted file (*.veil) that keeps every decision, the re-identification key and an audit log. You will be asked for its passphrase.</source>
        <translation>Un projet est un fichier chiffré (*.veil) qui garde chaque décision, la clé de réidentification et un journal d&apos;audit. Sa phrase secrète vous sera demandée.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="64"/>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="79"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="84"/>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
</context>
<context>
    <name>veil::TagDiffModel</name>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>De-identified</source>
        <translation>Désidentifié</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="61"/>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="64"/>
        <source>last export check: %1</source>
        <translation>dernier contrôle d&apos;export : %1</translation>
    </message>
</context>
<context>
    <name>veil::TagPanel</name>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="47"/>
        <source>Filter tags (name, number, value)…</source>
        <translation>Filtrer les balises (nom, numéro, valeur)…</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="49"/>
        <source>Changed only</source>
        <translation>Modifiées seulement</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="98"/>
        <source>%1 attributes changed, removed or added; tinted rows</source>
        <translation>%1 attributs modifiés, supprimés ou ajoutés ; lignes teintées</translation>
    </message>
</context>
<context>
    <name>veil::VolumeWindow</name>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="20"/>
        <source>3-D View — %1</source>
        <translation>Vue 3D — %1</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="21"/>
        <source>Could someone recognise this person from the surface? A CT or MR of the head can show a face: if it does, the series should not be shared as it is.</source>
        <translation>Quelqu&apos;un pourrait-il reconnaître cette personne à partir de la surface ? Un scanner ou une IRM de la tête peut montrer un visage : dans ce cas, la série ne doit pas être partagée telle quelle.</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="29"/>
        <source>Front</source>
        <translation>Face</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="31"/>
        <source>Surface at</source>
        <translation>Surface à</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="41"/>
        <source>%1 HU</source>
        <translation>%1 HU</translation>
    </message>
</context>
</TS>
