<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExportReport</name>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="45"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="46"/>
        <source>&lt;b&gt;not confirmed&lt;/b&gt;</source>
        <translation>&lt;b&gt;nicht bestätigt&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="53"/>
        <source>without number</source>
        <translation>ohne Nummer</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="55"/>
        <source>&lt;h3&gt;Series %1 (%2)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Serie %1 (%2)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="56"/>
        <source>&lt;h3&gt;Series %1 — %2 (%3)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Serie %1 — %2 (%3)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="64"/>
        <source>&lt;h2&gt;Export record&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Recipient&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Purpose&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Agreement reference&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Licence&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Exportprotokoll&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Empfänger&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zweck&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Vereinbarung (Referenz)&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Lizenz&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="70"/>
        <source>&lt;tr&gt;&lt;td&gt;Override&lt;/td&gt;&lt;td&gt;unreviewed auto-cleaned images included: %1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Ausnahme&lt;/td&gt;&lt;td&gt;ungeprüfte, automatisch bereinigte Bilder einbezogen: %1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="73"/>
        <source>&lt;/table&gt;&lt;h3&gt;Data-sharing checklist&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Re-identification risk low, even combined with other data&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Access controlled by a licence or agreement&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;No incentive to re-identify&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Healthcare purpose&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Societal benefit&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;/table&gt;&lt;h3&gt;Checkliste zur Datenweitergabe&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Geringes Re-Identifikationsrisiko, auch zusammen mit anderen Daten&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zugang durch Lizenz oder Vereinbarung geregelt&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Kein Anreiz zur Re-Identifikation&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zweck im Gesundheitswesen&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nutzen für die Gesellschaft&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="88"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="89"/>
        <source>emptied</source>
        <translation>geleert</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="90"/>
        <source>replaced by a dummy or pseudonym</source>
        <translation>durch Platzhalter oder Pseudonym ersetzt</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="91"/>
        <source>UIDs replaced</source>
        <translation>UIDs ersetzt</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="92"/>
        <source>cleaned (text or pixels)</source>
        <translation>bereinigt (Text oder Pixel)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="93"/>
        <source>kept on purpose</source>
        <translation>bewusst beibehalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="94"/>
        <source>&lt;h2&gt;De-identification&lt;/h2&gt;&lt;p&gt;Profile: %1. Options: %2.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Action&lt;/th&gt;&lt;th&gt;Attributes (all files)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;De-Identifizierung&lt;/h2&gt;&lt;p&gt;Profil: %1. Optionen: %2.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Aktion&lt;/th&gt;&lt;th&gt;Attribute (alle Dateien)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="96"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="110"/>
        <source>(automatic)</source>
        <translation>(automatisch)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="117"/>
        <source>&lt;h2&gt;Review&lt;/h2&gt;&lt;p&gt;%1 images exported, reviewed between %2 and %3 by:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;Prüfung&lt;/h2&gt;&lt;p&gt;%1 Bilder exportiert, geprüft zwischen %2 und %3 von:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="122"/>
        <source>&lt;li&gt;%1: %2 image(s)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2 Bild(er)&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="125"/>
        <source>&lt;p&gt;Not in this package:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Nicht in diesem Paket:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="127"/>
        <source>&lt;li&gt;instance %1: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;Instanz %1: %2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="131"/>
        <source>&lt;li&gt;instance %1: failed the last check (%2); sent back to review&lt;/li&gt;</source>
        <translation>&lt;li&gt;Instanz %1: letzte Kontrolle nicht bestanden (%2); zurück zur Prüfung&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="142"/>
        <source>&lt;h2&gt;Pixel masks&lt;/h2&gt;&lt;p&gt;Every image with masks, before (masks filled in, outlined red: the report shows no text) and after (as exported).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pixelmasken&lt;/h2&gt;&lt;p&gt;Jedes Bild mit Masken, vorher (Masken gefüllt, rot umrandet: der Bericht zeigt keinen Text) und nachher (wie exportiert).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="158"/>
        <source>instance %1 · %2 mask(s)</source>
        <translation>Instanz %1 · %2 Maske(n)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="161"/>
        <source>&lt;p&gt;No image needed a mask.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Bild brauchte eine Maske.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="168"/>
        <source>&lt;h2&gt;Re-identification risk&lt;/h2&gt;&lt;p&gt;k says how many patients in this package share the same details that could point to someone (such as age, sex, year and device): each patient looks like at least k of them, so the larger k, the harder it is to tell anyone apart.&lt;/p&gt;&lt;p&gt;k-anonymity over the quasi-identifiers left in the package (%1), one record per patient: %2 record(s), smallest k = &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Re-Identifikationsrisiko&lt;/h2&gt;&lt;p&gt;k sagt, wie viele Patienten in diesem Paket dieselben Angaben teilen, die auf jemanden hinweisen könnten (etwa Alter, Geschlecht, Jahr und Gerät): Jeder Patient gleicht mindestens k von ihnen; je größer k, desto schwerer ist jemand herauszufinden.&lt;/p&gt;&lt;p&gt;k-Anonymität über die im Paket verbliebenen Quasi-Identifikatoren (%1), ein Datensatz je Patient: %2 Datensatz/Datensätze, kleinstes k = &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="178"/>
        <source>&lt;p&gt;Records with k &amp;lt; 5:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Datensätze mit k &amp;lt; 5:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="180"/>
        <source>&lt;li&gt;%1: k = %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: k = %2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="181"/>
        <source>&lt;/ul&gt;&lt;p&gt;To raise k:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;So lässt sich k erhöhen:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="194"/>
        <source>&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1 — QA report&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;font-size:10pt} td,th{padding:2px 8px;text-align:left} h1{color:#1f3a5f} h2{color:#1f3a5f;border-bottom:1px solid #ccc}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;De-identification QA report&lt;/h1&gt;&lt;p&gt;Package &lt;b&gt;%1&lt;/b&gt;, created %2 with Veil.&lt;/p&gt;</source>
        <translation>&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1 — QA-Bericht&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;font-size:10pt} td,th{padding:2px 8px;text-align:left} h1{color:#1f3a5f} h2{color:#1f3a5f;border-bottom:1px solid #ccc}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;QA-Bericht zur De-Identifizierung&lt;/h1&gt;&lt;p&gt;Paket &lt;b&gt;%1&lt;/b&gt;, erstellt %2 mit Veil.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="221"/>
        <source>%1 — QA report</source>
        <translation>%1 — QA-Bericht</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="164"/>
        <source>the recipient</source>
        <translation>der Empfänger</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="166"/>
        <source>the purpose agreed</source>
        <translation>den vereinbarten Zweck</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="169"/>
        <source>%1

The de-identified images in this package (%2) are made available under the Creative Commons %3 licence: https://creativecommons.org/licenses/%4/4.0/

Shared with %5 for %6. Any attempt to re-identify a person in these images is forbidden.
</source>
        <translation>%1

Die de-identifizierten Bilder in diesem Paket (%2) werden unter der Creative-Commons-Lizenz %3 bereitgestellt: https://creativecommons.org/licenses/%4/4.0/

Weitergegeben an %5 für %6. Jeder Versuch, eine Person in diesen Bildern zu re-identifizieren, ist untersagt.
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
        <translation>DATENNUTZUNGSVEREINBARUNG

Paket: %1 (%2)
Empfänger: %3
Zweck: %4
Vereinbarung (Referenz): %5

1. Der Empfänger nutzt die Daten nur für den oben genannten Zweck.
2. Der Empfänger versucht nicht, eine Person zu identifizieren, und verknüpft die Daten nicht so mit anderen Daten, dass eine Person identifiziert werden könnte.
3. Die Daten bleiben beim Empfänger; Zugang haben nur Personen, die an diese Vereinbarung gebunden sind.
4. Erweist sich eine Person als identifizierbar, stellt der Empfänger die Nutzung der Daten ein und benachrichtigt den Bereitsteller sofort.
5. Die Daten werden gelöscht, sobald der Zweck erfüllt ist oder der Bereitsteller es verlangt (etwa nach dem Widerruf eines Patienten).
</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="192"/>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="16"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="12"/>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="14"/>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="18"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="29"/>
        <source>Retain safe private attributes</source>
        <translation>Sichere private Attribute behalten</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="31"/>
        <source>Retain UIDs</source>
        <translation>UIDs behalten</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="33"/>
        <source>Retain device identity</source>
        <translation>Geräteidentität behalten</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="35"/>
        <source>Retain institution identity</source>
        <translation>Einrichtungsidentität behalten</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="37"/>
        <source>Retain patient characteristics (sex, age, size, weight)</source>
        <translation>Patientenmerkmale behalten (Geschlecht, Alter, Größe, Gewicht)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="39"/>
        <source>Dates: keep them as they are</source>
        <translation>Datumsangaben: unverändert lassen</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="41"/>
        <source>Dates: shift each patient&apos;s dates by a keyed offset</source>
        <translation>Datumsangaben: je Patient um einen geschlüsselten Versatz verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="43"/>
        <source>Clean descriptors (free text keeps only known words)</source>
        <translation>Beschreibungen bereinigen (Freitext behält nur bekannte Wörter)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="45"/>
        <source>Clean structured content (SR)</source>
        <translation>Strukturierte Inhalte bereinigen (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="47"/>
        <source>Clean graphics</source>
        <translation>Grafiken bereinigen</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="46"/>
        <source>Delete mask</source>
        <translation>Maske löschen</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="67"/>
        <source>Mask text</source>
        <translation>Text maskieren</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="68"/>
        <source>Keep text</source>
        <translation>Text behalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="69"/>
        <source>Move mask</source>
        <translation>Maske verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="99"/>
        <source>Mark %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="116"/>
        <source>Keep word everywhere</source>
        <translation>Wort überall behalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="117"/>
        <source>Take word off the safe list</source>
        <translation>Wort von der Sicherliste nehmen</translation>
    </message>
</context>
<context>
    <name>veil::BoxLegend</name>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="11"/>
        <source>Ctrl+click a box to mask or keep it</source>
        <translation>Strg+Klick auf ein Feld: maskieren oder behalten</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="16"/>
        <source>PHI</source>
        <translation>PHI</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="17"/>
        <source>unknown</source>
        <translation>unklar</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="18"/>
        <source>not PHI</source>
        <translation>keine PHI</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="19"/>
        <source>drawn</source>
        <translation>gezeichnet</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="20"/>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="21"/>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
</context>
<context>
    <name>veil::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="27"/>
        <source>Export share package</source>
        <translation>Weitergabepaket exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="29"/>
        <source>What goes out</source>
        <translation>Was hinausgeht</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="35"/>
        <source>Also export auto-cleaned images nobody reviewed (audited), because:</source>
        <translation>Auch automatisch bereinigte, ungeprüfte Bilder exportieren (protokolliert), weil:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="37"/>
        <source>the reason, required for this override</source>
        <translation>die Begründung, nötig für diese Ausnahme</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="45"/>
        <source>Re-identification risk (k-anonymity)</source>
        <translation>Re-Identifizierungsrisiko (k-Anonymität)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="47"/>
        <location filename="../widgets/ExportDialog.cpp" line="136"/>
        <source>Estimating…</source>
        <translation>Wird geschätzt…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="53"/>
        <source>Export record</source>
        <translation>Exportprotokoll</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="59"/>
        <source>Data use agreement (DATA_USE_AGREEMENT.txt)</source>
        <translation>Datennutzungsvereinbarung (DATA_USE_AGREEMENT.txt)</translation>
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
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="63"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="64"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="65"/>
        <source>Agreement reference</source>
        <translation>Vereinbarung (Referenz)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="66"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="72"/>
        <source>REPORT.html, REPORT.pdf and the agreement or licence text</source>
        <translation>REPORT.html, REPORT.pdf und der Text der Vereinbarung oder Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="73"/>
        <source>Report language</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="75"/>
        <source>Re-identification risk is low, even combined with other data</source>
        <translation>Das Re-Identifizierungsrisiko ist gering, auch mit anderen Daten kombiniert</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="76"/>
        <source>Access is controlled by a licence or agreement</source>
        <translation>Der Zugang ist durch Lizenz oder Vereinbarung geregelt</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="76"/>
        <source>There is no incentive to re-identify</source>
        <translation>Es gibt keinen Anreiz zur Re-Identifizierung</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="77"/>
        <source>The purpose is healthcare</source>
        <translation>Der Zweck ist die Gesundheitsversorgung</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="77"/>
        <source>The share has a societal benefit</source>
        <translation>Die Weitergabe hat gesellschaftlichen Nutzen</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="84"/>
        <source>a new folder, or a new .zip file</source>
        <translation>ein neuer Ordner oder eine neue .zip-Datei</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="85"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="88"/>
        <location filename="../widgets/ExportDialog.cpp" line="164"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="95"/>
        <source>Name files as DICOM file IDs and add a DICOMDIR (for media and viewers)</source>
        <translation>Dateien als DICOM-Datei-IDs benennen und ein DICOMDIR anlegen (für Datenträger und Viewer)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="99"/>
        <source>optional: dicom://AE_TITLE@host:port</source>
        <translation>optional: dicom://AE_TITEL@rechner:port</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="100"/>
        <source>The checked DICOM files also go to this PACS (C-STORE) before the package is moved into place; the package records what left.</source>
        <translation>Die geprüften DICOM-Dateien gehen auch an dieses PACS (C-STORE), bevor das Paket an seinen Platz kommt; das Paket hält fest, was hinausging.</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="102"/>
        <source>Also send to PACS</source>
        <translation>Auch an PACS senden</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="106"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="107"/>
        <source>Back to Review</source>
        <translation>Zurück zur Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="127"/>
        <source>&lt;b&gt;%1&lt;/b&gt; image(s) will be exported; &lt;b&gt;%2&lt;/b&gt; are held back:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Bild(er) werden exportiert; &lt;b&gt;%2&lt;/b&gt; werden zurückgehalten:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="135"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="144"/>
        <source>%1 patient record(s) over %2; smallest k = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%1 Patientendatensatz/-sätze über %2; kleinstes k = &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="146"/>
        <source>no quasi-identifier</source>
        <translation>kein Quasi-Identifikator</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="152"/>
        <source>&lt;br&gt;Below k = 5: %1%2</source>
        <translation>&lt;br&gt;Unter k = 5: %1%2</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="154"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="164"/>
        <source>Zip file (*.zip);;Folder (any name)</source>
        <translation>Zip-Datei (*.zip);;Ordner (beliebiger Name)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="178"/>
        <source>PACS address: %1</source>
        <translation>PACS-Adresse: %1</translation>
    </message>
</context>
<context>
    <name>veil::ExportGate</name>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="112"/>
        <source>not in the project</source>
        <translation>nicht im Projekt</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="115"/>
        <source>the patient opted out: their data must never leave</source>
        <translation>der Patient hat widersprochen: seine Daten dürfen nie hinausgehen</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="118"/>
        <source>auto-cleaned but not reviewed: an override needs a reason</source>
        <translation>automatisch bereinigt, aber nicht geprüft: eine Ausnahme braucht eine Begründung</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="120"/>
        <source>auto-cleaned but not reviewed</source>
        <translation>automatisch bereinigt, aber nicht geprüft</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="122"/>
        <source>not reviewed yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="124"/>
        <source>flagged for review</source>
        <translation>zur Prüfung markiert</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="126"/>
        <source>rejected by the reviewer</source>
        <translation>bei der Prüfung abgelehnt</translation>
    </message>
</context>
<context>
    <name>veil::FindingsModel</name>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>masked: unknown</source>
        <translation>maskiert: unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="88"/>
        <source>(not readable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="96"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="108"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="110"/>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="112"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="114"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="116"/>
        <source>Found by</source>
        <translation>Gefunden von</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="118"/>
        <source>Frame</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>veil::FindingsPanel</name>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="23"/>
        <source>Double-click or Enter: mask a kept word, keep a masked one (Ctrl+Z undoes it)</source>
        <translation>Doppelklick oder Eingabe: ein behaltenes Wort maskieren, ein maskiertes behalten (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="44"/>
        <source>No text found in the pixels of this image.</source>
        <translation>In den Pixeln dieses Bildes wurde kein Text gefunden.</translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="55"/>
        <source>%1 unknown (could not be read or classed), %2 masked, %3 kept</source>
        <translation>%1 unbekannt (nicht lesbar oder nicht einzuordnen), %2 maskiert, %3 behalten</translation>
    </message>
</context>
<context>
    <name>veil::FrameBar</name>
    <message>
        <location filename="../widgets/FrameBar.cpp" line="23"/>
        <location filename="../widgets/FrameBar.cpp" line="59"/>
        <source>Frame %1 / %2</source>
        <translation>Bild %1 / %2</translation>
    </message>
</context>
<context>
    <name>veil::FrameRenderer</name>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="45"/>
        <location filename="../widgets/models/FrameRenderer.cpp" line="66"/>
        <location filename="../widgets/models/FrameRenderer.cpp" line="102"/>
        <source>Rendering</source>
        <translation>Darstellen</translation>
    </message>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="52"/>
        <source>Showing instance %1</source>
        <translation>Instanz %1 wird angezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="92"/>
        <source>Showing instance %1 (export-ready)</source>
        <translation>Instanz %1 wird angezeigt (exportfertig)</translation>
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
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="97"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="98"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="101"/>
        <source>Add DICOM files, DICOMDIR or zip</source>
        <translation>DICOM-Dateien, DICOMDIR oder zip hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="104"/>
        <source>Add a folder of DICOM files</source>
        <translation>Einen Ordner mit DICOM-Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Add from &amp;PACS…</source>
        <translation>Aus dem &amp;PACS hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>Find Burned-in Text Again</source>
        <translation>Eingebrannten Text erneut suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="133"/>
        <source>The OCR languages could not be saved</source>
        <translation>Die OCR-Sprachen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>&amp;Export Share Package…</source>
        <translation>Weitergabepaket &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="141"/>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="143"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="145"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="146"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
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
        <translation>P&amp;rüfung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>3-D View (Face Check)…</source>
        <translation>3-D-Ansicht (Gesichtsprüfung)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="186"/>
        <source>User &amp;Manual</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="189"/>
        <source>User Manual</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>The user manual is not installed here (it is looked for in %1).</source>
        <translation>Das Benutzerhandbuch ist hier nicht installiert (es wird in %1 gesucht).</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>&amp;About Veil</source>
        <translation>Über &amp;Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="199"/>
        <source>About Veil</source>
        <translation>Über Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>&lt;b&gt;Veil&lt;/b&gt; %1&lt;br&gt;Makes medical images safe to share.</source>
        <translation>&lt;b&gt;Veil&lt;/b&gt; %1&lt;br&gt;Macht medizinische Bilder sicher teilbar.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="224"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="234"/>
        <location filename="../app/gui/MainWindow.cpp" line="243"/>
        <source>Rendering</source>
        <translation>Darstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="234"/>
        <location filename="../app/gui/MainWindow.cpp" line="243"/>
        <source>Reading tags</source>
        <translation>Tags lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="251"/>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="252"/>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="290"/>
        <source>%1 added, %2 already in the project, %3 not added (see Problems)</source>
        <translation>%1 hinzugefügt, %2 schon im Projekt, %3 nicht hinzugefügt (siehe Probleme)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>%1 — Veil</source>
        <translation>%1 — Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="297"/>
        <source>%1 (read-only) — Veil</source>
        <translation>%1 (schreibgeschützt) — Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>%1. You can look, but no change can be saved.</source>
        <translation>%1. Ansehen geht, aber keine Änderung kann gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="305"/>
        <source>%1 instances</source>
        <translation>%1 Instanzen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="331"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="331"/>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Veil projects (*.veil)</source>
        <translation>Veil-Projekte (*.veil)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="354"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="28"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="30"/>
        <source>The system&apos;s</source>
        <translation>Die des Systems</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="55"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="55"/>
        <source>Veil speaks %1 from its next start.</source>
        <translation>Veil spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="74"/>
        <source>Exporting the share package…</source>
        <translation>Das Weitergabepaket wird exportiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="86"/>
        <source>Instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="87"/>
        <source>failed the last export check and went back to review: %1</source>
        <translation>hat die letzte Exportprüfung nicht bestanden und ist zurück in der Prüfung: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="89"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="90"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="94"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="102"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="90"/>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="95"/>
        <source>%1 image(s) exported; %2 held back by the gate; %3 failed the last check and went back to review (flagged). Smallest k = %4.</source>
        <translation>%1 Bild(er) exportiert; %2 von der Freigabeprüfung zurückgehalten; %3 haben die letzte Kontrolle nicht bestanden und sind zurück in der Prüfung (markiert). Kleinstes k = %4.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="102"/>
        <source>only %1 of %2 image(s) reached the PACS: %3</source>
        <translation>nur %1 von %2 Bild(ern) haben das PACS erreicht: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="387"/>
        <source>Retrieving from the PACS</source>
        <translation>Abruf aus dem PACS</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="403"/>
        <source>%1, %n image(s)</source>
        <translation>
            <numerusform>%1, %n Bild</numerusform>
            <numerusform>%1, %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="405"/>
        <source>Building the 3-D view</source>
        <translation>3-D-Ansicht wird aufgebaut</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="408"/>
        <source>3-D View</source>
        <translation>3-D-Ansicht</translation>
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
            <numerusform>Studie von %n Patienten geteilt</numerusform>
            <numerusform>Studie von %n Patienten geteilt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="167"/>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=6&gt;</source>
        <translation>&lt;h3&gt;Tastenkürzel&lt;/h3&gt;&lt;table cellspacing=6&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="176"/>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;C (hold)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the original in the right pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nudge the selected mask&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left drag / middle drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Window-level / pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel / Ctrl+wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Frames or images / zoom&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;C (gedrückt halten)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Original im rechten Bereich zeigen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Pfeiltasten&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Gewählte Maske verschieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Links ziehen / Mitte ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fenster und Level (Farbe: Helligkeit und Kontrast) / verschieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mausrad / Strg+Mausrad&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bilder der Serie oder Frames / Zoom&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="181"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>Dropped files</source>
        <translation>Abgelegte Dateien</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>open or create a project first, then drop them again</source>
        <translation>erst ein Projekt öffnen oder anlegen, dann erneut ablegen</translation>
    </message>
</context>
<context>
    <name>veil::PacsDialog</name>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="22"/>
        <source>Add Studies from PACS</source>
        <translation>Studien aus dem PACS hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="26"/>
        <source>The PACS&apos;s AE title, host and port; Veil calls as VEIL unless ?calling=AE is added. The PACS must know Veil&apos;s AE title.</source>
        <translation>AE-Titel, Rechner und Port des PACS; Veil ruft als VEIL an, außer mit ?calling=AE. Das PACS muss Veils AE-Titel kennen.</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="28"/>
        <source>Test</source>
        <translation>Testen</translation>
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
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="39"/>
        <source>wildcards * and ?</source>
        <translation>Platzhalter * und ?</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="40"/>
        <source>Patient name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="40"/>
        <source>SURNAME^GIVEN, wildcards</source>
        <translation>NACHNAME^VORNAME, Platzhalter</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="41"/>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="41"/>
        <source>20240315, or a range 20240101-20241231</source>
        <translation>20240315 oder ein Bereich 20240101-20241231</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="42"/>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Accession</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="43"/>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="43"/>
        <source>US, CT, MR…</source>
        <translation>US, CT, MR…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="44"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="57"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="59"/>
        <location filename="../widgets/PacsDialog.cpp" line="84"/>
        <source>Retrieve into</source>
        <translation>Abrufen nach</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="63"/>
        <source>Retrieve &amp;&amp; Add</source>
        <translation>Abrufen &amp;&amp; hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="117"/>
        <source>Calling %1…</source>
        <translation>%1 wird angerufen…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="119"/>
        <source>Testing the PACS</source>
        <translation>PACS wird getestet</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="120"/>
        <source>%1 answers.</source>
        <translation>%1 antwortet.</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="131"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="133"/>
        <source>Searching the PACS</source>
        <translation>Suche im PACS</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/PacsDialog.cpp" line="157"/>
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>%n Studie gefunden.</numerusform>
            <numerusform>%n Studien gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::PassphraseDialog</name>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="16"/>
        <source>Choose a passphrase for &lt;b&gt;%1&lt;/b&gt;. It protects the link back to the patients; without it nobody (you included) can re-identify.</source>
        <translation>Wählen Sie eine Passphrase für &lt;b&gt;%1&lt;/b&gt;. Sie schützt die Verbindung zu den Patienten; ohne sie kann niemand (auch Sie nicht) re-identifizieren.</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="19"/>
        <source>Passphrase for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Passphrase für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="26"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="31"/>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="57"/>
        <source>At least 8 characters, please.</source>
        <translation>Bitte mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="59"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>veil::ProjectTreeModel</name>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43"/>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="84"/>
        <source>blocked (opt-out)</source>
        <translation>gesperrt (Widerspruch)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="87"/>
        <source>unreviewed</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="89"/>
        <source>auto-cleaned</source>
        <translation>auto-bereinigt</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="91"/>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="93"/>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="95"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="118"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="119"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="126"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="129"/>
        <source>Series %1 · %2 %3</source>
        <translation>Serie %1 · %2 %3</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="142"/>
        <source>, %1 frames</source>
        <translation>, %1 Frames</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="144"/>
        <source>ID %1 · #%2 %3%4</source>
        <translation>ID %1 · #%2 %3%4</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="148"/>
        <source>Instance %1 (Instance Number %2): %3</source>
        <translation>Instanz %1 (Instance Number %2): %3</translation>
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
        <translation>Strg+Klick auf ein Feld: maskieren oder behalten</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewCanvas.cpp" line="416"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — “%2”&lt;br&gt;confidence %3%&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Ctrl+click to mask or keep&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — „%2“&lt;br&gt;Konfidenz %3%&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Strg+Klick: maskieren oder behalten&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>veil::ReviewPage</name>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="56"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="58"/>
        <location filename="../widgets/ReviewPage.cpp" line="339"/>
        <source>Words in the pixels</source>
        <translation>Wörter in den Pixeln</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="89"/>
        <source>Filter patients, studies, series…</source>
        <translation>Patienten, Studien, Serien filtern…</translation>
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
        <translation>Exportfertig (Masken eingebrannt)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="182"/>
        <source>Kept everywhere: on the project&apos;s safe list (Ctrl+Z undoes it)</source>
        <translation>Überall behalten: auf der Sicherliste des Projekts (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="215"/>
        <source>Comment (optional, stored encrypted)</source>
        <translation>Kommentar (optional, verschlüsselt gespeichert)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="340"/>
        <source>Words in the pixels (%1 unknown, %2 masked)</source>
        <translation>Wörter in den Pixeln (%1 unbekannt, %2 maskiert)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="30"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="30"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="31"/>
        <source>Approve &amp;&amp; Next</source>
        <translation>Freigeben &amp;&amp; weiter</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="31"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="37"/>
        <source>Flag</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="37"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="38"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="38"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="39"/>
        <source>Next Unreviewed</source>
        <translation>Nächstes ungeprüftes</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="39"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="50"/>
        <source>Browse</source>
        <translation>Ansehen</translation>
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
        <translation>Maske zeichnen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="52"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="58"/>
        <source>Safe-List Review</source>
        <translation>Sicherliste prüfen</translation>
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
            <numerusform>%n Wort nur maskiert, weil die Sicherliste es nicht kennt: ein Klick behält es überall (Sicherliste des Projekts, rückgängig machbar); K beendet</numerusform>
            <numerusform>%n Wörter nur maskiert, weil die Sicherliste sie nicht kennt: ein Klick behält eines überall (Sicherliste des Projekts, rückgängig machbar); K beendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="73"/>
        <source>Show only the words masked because the safe list does not know them; a click keeps one everywhere (K)</source>
        <translation>Nur Wörter zeigen, die maskiert sind, weil die Sicherliste sie nicht kennt; ein Klick behält eines überall (K)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="75"/>
        <source>All Frames</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="77"/>
        <source>New masks cover every frame (off: this frame only)</source>
        <translation>Neue Masken gelten für jedes Bild der Serie (aus: nur dieses Bild)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="78"/>
        <source>Delete Mask</source>
        <translation>Maske löschen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="83"/>
        <source>Mask Whole Series</source>
        <translation>Ganze Serie maskieren</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="83"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="87"/>
        <source>Mask copied to %1 other image(s) of the series</source>
        <translation>Maske auf %1 weitere(s) Bild(er) der Serie kopiert</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="89"/>
        <source>Mask Device (Template)</source>
        <translation>Gerät maskieren (Vorlage)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="89"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="92"/>
        <source>Template saved; mask copied to %1 other image(s) of this device</source>
        <translation>Vorlage gespeichert; Maske auf %1 weitere(s) Bild(er) dieses Geräts kopiert</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="96"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="96"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="110"/>
        <source>Compare (hold C)</source>
        <translation>Vergleichen (C halten)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="112"/>
        <source>Boxes</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="112"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="119"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="120"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="121"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="121"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="122"/>
        <source>Reset Window</source>
        <translation>Fenster zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="122"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="127"/>
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="129"/>
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="130"/>
        <source>Next Image</source>
        <translation>Nächste Instanz</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="131"/>
        <source>Previous Image</source>
        <translation>Vorherige Instanz</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="268"/>
        <source>Add files to the project (Project ▸ Add Files or Add Folder, or drop them here).</source>
        <translation>Dateien zum Projekt hinzufügen (Projekt ▸ Dateien oder Ordner hinzufügen, oder hier ablegen).</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="290"/>
        <source>No image in this instance (%1): its text and tags are de-identified.</source>
        <translation>Kein Bild in dieser Instanz (%1): ihr Text und ihre Attribute werden de-identifiziert.</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="309"/>
        <source>The last export check sent this image back: %1</source>
        <translation>Die letzte Exportprüfung hat dieses Bild zurückgeschickt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="430"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="433"/>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="443"/>
        <source>Original (compare)</source>
        <translation>Original (Vergleich)</translation>
    </message>
</context>
<context>
    <name>veil::ReviewSession</name>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="164"/>
        <source>Draw mask</source>
        <translation>Maske zeichnen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="212"/>
        <source>Mask text</source>
        <translation>Text maskieren</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="212"/>
        <source>Keep text</source>
        <translation>Text behalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="224"/>
        <source>Keep “%1” everywhere</source>
        <translation>„%1“ überall behalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="245"/>
        <source>Adding to the safe list</source>
        <translation>Aufnahme in die Sicherliste</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="245"/>
        <source>Taking off the safe list</source>
        <translation>Entfernen von der Sicherliste</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="279"/>
        <source>Apply mask to the series</source>
        <translation>Maske auf die Serie anwenden</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="290"/>
        <source>%1 %2 %3x%4</source>
        <translation>%1 %2 %3x%4</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="298"/>
        <source>Saving a device template</source>
        <translation>Gerätevorlage speichern</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="304"/>
        <source>Apply mask to the device</source>
        <translation>Maske auf das Gerät anwenden</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="342"/>
        <location filename="../widgets/models/ReviewSession.cpp" line="349"/>
        <source>Saving a mask</source>
        <translation>Maske speichern</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="357"/>
        <source>Deleting a mask</source>
        <translation>Maske löschen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="364"/>
        <source>Saving a decision</source>
        <translation>Entscheidung speichern</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="30"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="37"/>
        <source>Adding</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="49"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="85"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="89"/>
        <source>Finding burned-in text</source>
        <translation>Eingebrannten Text suchen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="79"/>
        <source>instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="156"/>
        <source>Estimating the risk</source>
        <translation>Risiko schätzen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="169"/>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="213"/>
        <source>Reading tags</source>
        <translation>Tags lesen</translation>
    </message>
</context>
<context>
    <name>veil::Risk</name>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="19"/>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="20"/>
        <source>sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="21"/>
        <source>study year</source>
        <translation>Studienjahr</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="22"/>
        <source>modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="23"/>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="24"/>
        <source>institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="25"/>
        <source>body part</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="26"/>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/models/EngineText.cpp" line="43"/>
        <source>only %n patient(s) in the package: k cannot reach 5 whatever is generalised</source>
        <translation>
            <numerusform>nur %n Patient im Paket: k kann 5 nicht erreichen, was auch immer verallgemeinert wird</numerusform>
            <numerusform>nur %n Patienten im Paket: k kann 5 nicht erreichen, was auch immer verallgemeinert wird</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="46"/>
        <source>generalise or remove %1: smallest k becomes %2</source>
        <translation>%1 verallgemeinern oder entfernen: kleinstes k wird %2</translation>
    </message>
</context>
<context>
    <name>veil::SettingsDialog</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="59"/>
        <source>Project settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="61"/>
        <source>De-identification options (DICOM PS3.15 Annex E)</source>
        <translation>De-Identifizierungsoptionen (DICOM PS3.15 Anhang E)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="76"/>
        <source>Fixed: instances already carry pseudonyms with this prefix</source>
        <translation>Festgelegt: Instanzen tragen bereits Pseudonyme mit diesem Präfix</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="77"/>
        <source>Patient IDs and names become this prefix plus a keyed code</source>
        <translation>Patienten-IDs und -Namen werden zu diesem Präfix plus einem schlüsselabhängigen Code</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="78"/>
        <source>Pseudonym prefix</source>
        <translation>Pseudonym-Präfix</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="82"/>
        <source>e.g. ACME, TRIAL7</source>
        <translation>z. B. ACME, TRIAL7</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="83"/>
        <source>With the clean options, descriptions and comments keep only known words; these words are kept too (comma-separated)</source>
        <translation>Mit den Bereinigungsoptionen behalten Beschreibungen und Kommentare nur bekannte Wörter; diese Wörter bleiben ebenfalls (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="85"/>
        <source>Words to keep in cleaned text</source>
        <translation>Wörter, die in bereinigtem Text bleiben</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="90"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="90"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="91"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="91"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="92"/>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="92"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="100"/>
        <source>English is always read. Each language more costs about a quarter more time per image; text in a language not chosen is still masked, but read less well.</source>
        <translation>Englisch wird immer gelesen. Jede weitere Sprache kostet etwa ein Viertel mehr Zeit je Bild; Text in einer nicht gewählten Sprache wird trotzdem maskiert, aber schlechter gelesen.</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="102"/>
        <source>Burned-in text also in</source>
        <translation>Eingebrannter Text auch auf</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="104"/>
        <source>Project rules, applied before the standard&apos;s (JSON list):</source>
        <translation>Projektregeln, vor denen des Standards angewandt (JSON-Liste):</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="113"/>
        <source>The system&apos;s</source>
        <translation>Die des Systems</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="116"/>
        <source>For Veil on this computer, not the project; used from Veil&apos;s next start</source>
        <translation>Für Veil auf diesem Rechner, nicht für das Projekt; gilt ab dem nächsten Start von Veil</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="117"/>
        <source>Language of Veil&apos;s screens</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="161"/>
        <source>Not installed here (package tesseract-ocr-%1)</source>
        <translation>Hier nicht installiert (Paket tesseract-ocr-%1)</translation>
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
        <translation>Medizinische Bilder sicher weitergeben: Header de-identifizieren, eingebrannten Text finden, jedes Bild prüfen, ein Paket exportieren, das nichts preisgibt.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="30"/>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="31"/>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="44"/>
        <source>A project is one encrypted file (*.veil) that keeps every decision, the re-identification key and an audit log. You will be asked for its passphrase.</source>
        <translation>Ein Projekt ist eine verschlüsselte Datei (*.veil) mit jeder Entscheidung, dem Re-Identifizierungsschlüssel und einem Prüfprotokoll. Sie werden nach ihrer Passphrase gefragt.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="64"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
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
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>veil::TagDiffModel</name>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>De-identified</source>
        <translation>De-identifiziert</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="61"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="64"/>
        <source>last export check: %1</source>
        <translation>letzte Exportprüfung: %1</translation>
    </message>
</context>
<context>
    <name>veil::TagPanel</name>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="47"/>
        <source>Filter tags (name, number, value)…</source>
        <translation>Tags filtern (Name, Nummer, Wert)…</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="49"/>
        <source>Changed only</source>
        <translation>Nur geänderte</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="98"/>
        <source>%1 attributes changed, removed or added; tinted rows</source>
        <translation>%1 Attribute geändert, entfernt oder hinzugefügt (farbig hinterlegte Zeilen)</translation>
    </message>
</context>
<context>
    <name>veil::VolumeWindow</name>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="20"/>
        <source>3-D View — %1</source>
        <translation>3-D-Ansicht — %1</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="21"/>
        <source>Could someone recognise this person from the surface? A CT or MR of the head can show a face: if it does, the series should not be shared as it is.</source>
        <translation>Könnte jemand diese Person an der Oberfläche erkennen? Ein CT oder MR des Kopfes kann ein Gesicht zeigen: dann sollte die Serie so nicht weitergegeben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="29"/>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="31"/>
        <source>Surface at</source>
        <translation>Oberfläche bei</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="41"/>
        <source>%1 HU</source>
        <translation>%1 HU</translation>
    </message>
</context>
</TS>
