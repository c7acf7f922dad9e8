<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="36" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="36" />
        <source>&lt;b&gt;no&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="42" />
        <source>&lt;h2&gt;Export record&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Recipient&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Purpose&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Agreement reference&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Licence&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="47" />
        <source>&lt;tr&gt;&lt;td&gt;Override&lt;/td&gt;&lt;td&gt;unreviewed auto-cleaned images included: %1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="49" />
        <source>&lt;/table&gt;&lt;h3&gt;Data-sharing checklist&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Re-identification risk low, even combined with other data&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Access controlled by a licence or agreement&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;No incentive to re-identify&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Healthcare purpose&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Societal benefit&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="62" />
        <location filename="../widgets/models/TagDiffModel.cpp" line="16" />
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="63" />
        <source>emptied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="64" />
        <source>replaced by a dummy or pseudonym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="65" />
        <source>UIDs replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="66" />
        <source>cleaned (text or pixels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="67" />
        <source>kept on purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="68" />
        <source>&lt;h2&gt;De-identification&lt;/h2&gt;&lt;p&gt;Profile: %1. Options: %2.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Action&lt;/th&gt;&lt;th&gt;Attributes (all files)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="71" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="84" />
        <source>(automatic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="91" />
        <source>&lt;h2&gt;Review&lt;/h2&gt;&lt;p&gt;%1 images exported, reviewed between %2 and %3 by:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="95" />
        <source>&lt;li&gt;%1: %2 image(s)&lt;/li&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="98" />
        <source>&lt;p&gt;Not in this package:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="100" />
        <source>&lt;li&gt;instance %1: %2&lt;/li&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="102" />
        <source>&lt;li&gt;instance %1: failed the last check (%2); sent back to review&lt;/li&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="112" />
        <source>&lt;h2&gt;Pixel masks&lt;/h2&gt;&lt;p&gt;Every image with masks, before (masks filled in, outlined red: the report shows no text) and after (as exported).&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="121" />
        <source>&lt;h3&gt;Series %1 (%2)&lt;/h3&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="130" />
        <source>&lt;p&gt;No image needed a mask.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="136" />
        <source>&lt;h2&gt;Re-identification risk&lt;/h2&gt;&lt;p&gt;k-anonymity over the quasi-identifiers left in the package (%1), one record per patient: %2 record(s), smallest k = &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="142" />
        <source>&lt;p&gt;Records with k &amp;lt; 5:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="144" />
        <source>&lt;li&gt;%1: k = %2&lt;/li&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="145" />
        <source>&lt;/ul&gt;&lt;p&gt;To raise k:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="157" />
        <source>&lt;html&gt;&lt;head&gt;&lt;meta charset="utf-8"&gt;&lt;title&gt;%1 — QA report&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;font-size:10pt} td,th{padding:2px 8px;text-align:left} h1{color:#1f3a5f} h2{color:#1f3a5f;border-bottom:1px solid #ccc}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;De-identification QA report&lt;/h1&gt;&lt;p&gt;Package &lt;b&gt;%1&lt;/b&gt;, created %2 with Veil.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/StudyTreeModel.cpp" line="29" />
        <source>#%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../widgets/models/StudyTreeModel.cpp" line="33" />
        <source>, %n frame(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/StudyTreeModel.cpp" line="35" />
        <source>no image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="12" />
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="14" />
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="18" />
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="24" />
        <source>Retain safe private attributes</source>
        <translation>Sichere private Attribute behalten</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="26" />
        <source>Retain UIDs</source>
        <translation>UIDs behalten</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="28" />
        <source>Retain device identity</source>
        <translation>Geräteidentität behalten</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="30" />
        <source>Retain institution identity</source>
        <translation>Einrichtungsidentität behalten</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="32" />
        <source>Retain patient characteristics (sex, age, size, weight)</source>
        <translation>Patientenmerkmale behalten (Geschlecht, Alter, Größe, Gewicht)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="34" />
        <source>Dates: keep them as they are</source>
        <translation>Datumsangaben: unverändert lassen</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="36" />
        <source>Dates: shift each patient's dates by a keyed offset</source>
        <translation>Datumsangaben: je Patient um einen geschlüsselten Versatz verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="38" />
        <source>Clean descriptors (free text checked for PHI)</source>
        <translation>Beschreibungen bereinigen (Freitext auf PHI geprüft)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="40" />
        <source>Clean structured content (SR)</source>
        <translation>Strukturierte Inhalte bereinigen (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="42" />
        <source>Clean graphics</source>
        <translation>Grafiken bereinigen</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="29" />
        <source>Delete mask</source>
        <translation>Maske löschen</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="48" />
        <source>Mask text</source>
        <translation>Text maskieren</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="49" />
        <source>Keep text</source>
        <translation>Text behalten</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="50" />
        <source>Move mask</source>
        <translation>Maske verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="80" />
        <source>Mark %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>veil::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="22" />
        <source>Export share package</source>
        <translation>Weitergabepaket exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="24" />
        <source>What goes out</source>
        <translation>Was hinausgeht</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="30" />
        <source>Also export auto-cleaned images nobody reviewed (audited), because:</source>
        <translation>Auch automatisch bereinigte, ungeprüfte Bilder exportieren (protokolliert), weil:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="32" />
        <source>the reason, required for this override</source>
        <translation>die Begründung, nötig für diese Ausnahme</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="40" />
        <source>Re-identification risk (k-anonymity)</source>
        <translation>Re-Identifizierungsrisiko (k-Anonymität)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="42" />
        <location filename="../widgets/ExportDialog.cpp" line="111" />
        <source>Estimating…</source>
        <translation>Wird geschätzt…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="48" />
        <source>Export record</source>
        <translation>Exportprotokoll</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="54" />
        <source>Data use agreement (DATA_USE_AGREEMENT.txt)</source>
        <translation>Datennutzungsvereinbarung (DATA_USE_AGREEMENT.txt)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="55" />
        <source>CC BY 4.0 (LICENSE.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="56" />
        <source>CC BY-NC 4.0 (LICENSE.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="57" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="58" />
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="59" />
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="60" />
        <source>Agreement reference</source>
        <translation>Vereinbarung (Referenz)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="61" />
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="63" />
        <source>Re-identification risk is low, even combined with other data</source>
        <translation>Das Re-Identifizierungsrisiko ist gering, auch mit anderen Daten kombiniert</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="64" />
        <source>Access is controlled by a licence or agreement</source>
        <translation>Der Zugang ist durch Lizenz oder Vereinbarung geregelt</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="64" />
        <source>There is no incentive to re-identify</source>
        <translation>Es gibt keinen Anreiz zur Re-Identifizierung</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="65" />
        <source>The purpose is healthcare</source>
        <translation>Der Zweck ist die Gesundheitsversorgung</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="65" />
        <source>The share has a societal benefit</source>
        <translation>Die Weitergabe hat gesellschaftlichen Nutzen</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="71" />
        <source>a new folder, or a new .zip file</source>
        <translation>ein neuer Ordner oder eine neue .zip-Datei</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="72" />
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="75" />
        <location filename="../widgets/ExportDialog.cpp" line="138" />
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="76" />
        <source>Name files as DICOM file IDs and add a DICOMDIR (for media and viewers)</source>
        <translation>Dateien als DICOM-Datei-IDs benennen und ein DICOMDIR anlegen (für Datenträger und Viewer)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="81" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="82" />
        <source>Back to Review</source>
        <translation>Zurück zur Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="102" />
        <source>&lt;b&gt;%1&lt;/b&gt; image(s) will be exported; &lt;b&gt;%2&lt;/b&gt; are held back:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Bild(er) werden exportiert; &lt;b&gt;%2&lt;/b&gt; werden zurückgehalten:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="110" />
        <source>%1 × %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="118" />
        <source>%1 patient record(s) over %2; smallest k = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="120" />
        <source>no quasi-identifier</source>
        <translation>kein Quasi-Identifikator</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="127" />
        <source>&lt;br&gt;Below k = 5: %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="129" />
        <source> and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="138" />
        <source>Zip file (*.zip);;Folder (any name)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>veil::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="42" />
        <location filename="../app/gui/MainWindow.cpp" line="253" />
        <source>Veil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="55" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="74" />
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="75" />
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="76" />
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="78" />
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="78" />
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="79" />
        <source>Add DICOM files, DICOMDIR or zip</source>
        <translation>DICOM-Dateien, DICOMDIR oder zip hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81" />
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="81" />
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="82" />
        <source>Add a folder of DICOM files</source>
        <translation>Einen Ordner mit DICOM-Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="86" />
        <source>Find Burned-in Text Again</source>
        <translation>Eingebrannten Text erneut suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="93" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="93" />
        <source>Ctrl+,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108" />
        <source>&amp;Export Share Package…</source>
        <translation>Weitergabepaket &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108" />
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110" />
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="112" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="114" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="115" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="116" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118" />
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="118" />
        <source>Ctrl+Y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="131" />
        <source>&amp;Review</source>
        <translation>P&amp;rüfung</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="140" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="150" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="151" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="151" />
        <source>F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="152" />
        <source>&amp;About Veil</source>
        <translation>Über &amp;Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="154" />
        <source>About Veil</source>
        <translation>Über Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="155" />
        <source>&lt;b&gt;Veil&lt;/b&gt; %1&lt;br&gt;Makes medical images safe to share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="168" />
        <location filename="../app/gui/MainWindow.cpp" line="304" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="178" />
        <location filename="../app/gui/MainWindow.cpp" line="187" />
        <source>Rendering</source>
        <translation>Darstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="178" />
        <location filename="../app/gui/MainWindow.cpp" line="187" />
        <source>Reading tags</source>
        <translation>Tags lesen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="195" />
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196" />
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="233" />
        <source>%1 added, %2 already in the project, %3 not added (see Problems)</source>
        <translation>%1 hinzugefügt, %2 schon im Projekt, %3 nicht hinzugefügt (siehe Probleme)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="237" />
        <source>%1 — Veil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="240" />
        <source>%1 instances</source>
        <translation>%1 Instanzen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="266" />
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="266" />
        <location filename="../app/gui/MainWindow.cpp" line="283" />
        <source>Veil projects (*.veil)</source>
        <translation>Veil-Projekte (*.veil)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="282" />
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="304" />
        <source>Exporting the share package…</source>
        <translation>Das Weitergabepaket wird exportiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="316" />
        <location filename="../app/gui/MainWindow.cpp" line="317" />
        <location filename="../app/gui/MainWindow.cpp" line="320" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="317" />
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="321" />
        <source>%1 image(s) exported; %2 held back by the gate; %3 failed the last check and went back to review (flagged). Smallest k = %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="342" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="357" />
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=6&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="363" />
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;C (hold)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the original in the right pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nudge the selected mask&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left drag / middle drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Window-level / pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel / Ctrl+wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Frames or images / zoom&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="368" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="390" />
        <source>Dropped files</source>
        <translation>Abgelegte Dateien</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="390" />
        <source>open or create a project first, then drop them again</source>
        <translation>erst ein Projekt öffnen oder anlegen, dann erneut ablegen</translation>
    </message>
</context>
<context>
    <name>veil::PassphraseDialog</name>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14" />
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14" />
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="16" />
        <source>Choose a passphrase for &lt;b&gt;%1&lt;/b&gt;. It protects the link back to the patients; without it nobody (you included) can re-identify.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="19" />
        <source>Passphrase for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Passphrase für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="26" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="31" />
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="57" />
        <source>At least 8 characters, please.</source>
        <translation>Bitte mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="59" />
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>veil::ProjectTreeModel</name>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43" />
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43" />
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="84" />
        <source>blocked (opt-out)</source>
        <translation>gesperrt (Widerspruch)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="87" />
        <source>unreviewed</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="89" />
        <source>auto-cleaned</source>
        <translation>auto-bereinigt</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="91" />
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="93" />
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="95" />
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="118" />
        <source>%1  (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="119" />
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="123" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="127" />
        <source>Series %1 · %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="140" />
        <source>, %1 frames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="141" />
        <source>#%1 %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="168" />
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>veil::ReviewCanvas</name>
    <message>
        <location filename="../widgets/ReviewCanvas.cpp" line="328" />
        <source>&lt;b&gt;%1&lt;/b&gt; — “%2”&lt;br&gt;confidence %3%&lt;br&gt;%4&lt;br&gt;&lt;i&gt;click to mask or keep&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>veil::ReviewPage</name>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="70" />
        <source>Filter patients, studies, series…</source>
        <translation>Patienten, Studien, Serien filtern…</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="123" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="124" />
        <location filename="../widgets/ReviewPage.cpp" line="490" />
        <source>Export-ready (masks burned in)</source>
        <translation>Exportfertig (Masken eingebrannt)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="177" />
        <source>Comment (optional, stored encrypted)</source>
        <translation>Kommentar (optional, verschlüsselt gespeichert)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="197" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="203" />
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="203" />
        <source>Ctrl+Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="204" />
        <source>Approve &amp;&amp; Next</source>
        <translation>Freigeben &amp;&amp; weiter</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="204" />
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="210" />
        <source>Flag</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="210" />
        <source>F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="211" />
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="211" />
        <source>R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="212" />
        <source>Next Unreviewed</source>
        <translation>Nächstes ungeprüftes</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="212" />
        <source>N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="217" />
        <source>Browse</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="217" />
        <source>B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="226" />
        <source>Draw Mask</source>
        <translation>Maske zeichnen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="226" />
        <source>M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="236" />
        <source>All Frames</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="238" />
        <source>New masks cover every frame (off: this frame only)</source>
        <translation>Neue Masken gelten für jedes Bild der Serie (aus: nur dieses Bild)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="239" />
        <source>Delete Mask</source>
        <translation>Maske löschen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="244" />
        <source>Mask Whole Series</source>
        <translation>Ganze Serie maskieren</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="244" />
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="248" />
        <source>Mask copied to %1 other image(s) of the series</source>
        <translation>Maske auf %1 weitere(s) Bild(er) der Serie kopiert</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="250" />
        <source>Mask Device (Template)</source>
        <translation>Gerät maskieren (Vorlage)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="250" />
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="253" />
        <source>Template saved; mask copied to %1 other image(s) of this device</source>
        <translation>Vorlage gespeichert; Maske auf %1 weitere(s) Bild(er) dieses Geräts kopiert</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="257" />
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="257" />
        <source>P</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="271" />
        <source>Compare (hold C)</source>
        <translation>Vergleichen (C halten)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="273" />
        <source>Boxes</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="273" />
        <source>H</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="280" />
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="281" />
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="282" />
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="282" />
        <source>0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="283" />
        <source>Reset Window</source>
        <translation>Fenster zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="283" />
        <source>W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="288" />
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="290" />
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="291" />
        <source>Next Image</source>
        <translation>Nächste Instanz</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="292" />
        <source>Previous Image</source>
        <translation>Vorherige Instanz</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="335" />
        <source>Add files to the project (Project ▸ Add Files or Add Folder, or drop them here).</source>
        <translation>Dateien zum Projekt hinzufügen (Projekt ▸ Dateien oder Ordner hinzufügen, oder hier ablegen).</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="359" />
        <source>No image in this instance (%1): its text and tags are de-identified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="420" />
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="477" />
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="480" />
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="490" />
        <source>Original (compare)</source>
        <translation>Original (Vergleich)</translation>
    </message>
</context>
<context>
    <name>veil::ReviewSession</name>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="167" />
        <source>Draw mask</source>
        <translation>Maske zeichnen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="206" />
        <source>Mask text</source>
        <translation>Text maskieren</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="240" />
        <source>Apply mask to the series</source>
        <translation>Maske auf die Serie anwenden</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="251" />
        <source>%1 %2 %3x%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="258" />
        <source>Saving a device template</source>
        <translation>Gerätevorlage speichern</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="264" />
        <source>Apply mask to the device</source>
        <translation>Maske auf das Gerät anwenden</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="302" />
        <location filename="../widgets/models/ReviewSession.cpp" line="309" />
        <source>Saving a mask</source>
        <translation>Maske speichern</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="317" />
        <source>Deleting a mask</source>
        <translation>Maske löschen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="324" />
        <source>Saving a decision</source>
        <translation>Entscheidung speichern</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="348" />
        <location filename="../widgets/models/ReviewSession.cpp" line="355" />
        <source>Adding</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="367" />
        <location filename="../widgets/models/ReviewSession.cpp" line="395" />
        <location filename="../widgets/models/ReviewSession.cpp" line="399" />
        <source>Finding burned-in text</source>
        <translation>Eingebrannten Text suchen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="380" />
        <location filename="../widgets/models/ReviewSession.cpp" line="412" />
        <source>instance %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="461" />
        <source>Estimating the risk</source>
        <translation>Risiko schätzen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="472" />
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="495" />
        <location filename="../widgets/models/ReviewSession.cpp" line="537" />
        <location filename="../widgets/models/ReviewSession.cpp" line="572" />
        <source>Rendering</source>
        <translation>Darstellen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="520" />
        <source>Reading tags</source>
        <translation>Tags lesen</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="545" />
        <source>Showing instance %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="604" />
        <source>Showing instance %1 (export-ready)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>veil::SettingsDialog</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="54" />
        <source>Project settings</source>
        <translation>Projekteinstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="56" />
        <source>De-identification options (DICOM PS3.15 Annex E)</source>
        <translation>De-Identifizierungsoptionen (DICOM PS3.15 Anhang E)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="71" />
        <source>Fixed: instances already carry pseudonyms with this prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="72" />
        <source>Patient IDs and names become this prefix plus a keyed code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="73" />
        <source>Pseudonym prefix</source>
        <translation>Pseudonym-Präfix</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="75" />
        <source>Project rules, applied before the standard's (JSON list):</source>
        <translation>Projektregeln, vor denen des Standards angewandt (JSON-Liste):</translation>
    </message>
</context>
<context>
    <name>veil::StartPage</name>
    <message>
        <location filename="../widgets/StartPage.cpp" line="18" />
        <source>Veil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="23" />
        <source>Make medical images safe to share: de-identify the headers, find the text burned into the pixels, review every image, export a package that leaks nothing.</source>
        <translation>Medizinische Bilder sicher weitergeben: Header de-identifizieren, eingebrannten Text finden, jedes Bild prüfen, ein Paket exportieren, das nichts preisgibt.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="28" />
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="29" />
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="42" />
        <source>A project is one encrypted file (*.veil) that keeps every decision, the re-identification key and an audit log. You will be asked for its passphrase.</source>
        <translation>Ein Projekt ist eine verschlüsselte Datei (*.veil) mit jeder Entscheidung, dem Re-Identifizierungsschlüssel und einem Prüfprotokoll. Sie werden nach ihrer Passphrase gefragt.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="53" />
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="68" />
        <source>%1
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="73" />
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>veil::StudyTreeModel</name>
    <message>
        <location filename="../widgets/models/StudyTreeModel.cpp" line="44" />
        <source>Study browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../widgets/models/StudyTreeModel.cpp" line="52" />
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../widgets/models/StudyTreeModel.cpp" line="53" />
        <source>no ID</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../widgets/models/StudyTreeModel.cpp" line="59" />
        <source>%1 #%2 %3 (%n instance(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>veil::TagDiffModel</name>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41" />
        <source>De-identified</source>
        <translation>De-identifiziert</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="52" />
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
</context>
<context>
    <name>veil::TagPanel</name>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="47" />
        <source>Filter tags (name, number, value)…</source>
        <translation>Tags filtern (Name, Nummer, Wert)…</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="49" />
        <source>Changed only</source>
        <translation>Nur geänderte</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="81" />
        <source>%1 attributes changed, removed or added; tinted rows</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>