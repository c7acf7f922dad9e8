<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ExportReport</name>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="45"/>
        <source>confirmed</source>
        <translation>confermato</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="46"/>
        <source>&lt;b&gt;not confirmed&lt;/b&gt;</source>
        <translation>&lt;b&gt;non confermato&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="53"/>
        <source>without number</source>
        <translation>senza numero</translation>
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
        <translation>&lt;h2&gt;Registro di esportazione&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Destinatario&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Finalità&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Riferimento dell&apos;accordo&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Licenza&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="70"/>
        <source>&lt;tr&gt;&lt;td&gt;Override&lt;/td&gt;&lt;td&gt;unreviewed auto-cleaned images included: %1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Eccezione&lt;/td&gt;&lt;td&gt;incluse immagini pulite automaticamente e non revisionate: %1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="73"/>
        <source>&lt;/table&gt;&lt;h3&gt;Data-sharing checklist&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Re-identification risk low, even combined with other data&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Access controlled by a licence or agreement&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;No incentive to re-identify&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Healthcare purpose&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Societal benefit&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;/table&gt;&lt;h3&gt;Lista di controllo per la condivisione&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Rischio di reidentificazione basso, anche combinato con altri dati&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Accesso regolato da una licenza o da un accordo&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nessun incentivo a reidentificare&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Finalità sanitaria&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Beneficio per la società&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="88"/>
        <source>removed</source>
        <translation>rimosso</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="89"/>
        <source>emptied</source>
        <translation>svuotato</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="90"/>
        <source>replaced by a dummy or pseudonym</source>
        <translation>sostituito da un valore fittizio o da uno pseudonimo</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="91"/>
        <source>UIDs replaced</source>
        <translation>UID sostituiti</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="92"/>
        <source>cleaned (text or pixels)</source>
        <translation>pulito (testo o pixel)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="93"/>
        <source>kept on purpose</source>
        <translation>mantenuto di proposito</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="94"/>
        <source>&lt;h2&gt;De-identification&lt;/h2&gt;&lt;p&gt;Profile: %1. Options: %2.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Action&lt;/th&gt;&lt;th&gt;Attributes (all files)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;De-identificazione&lt;/h2&gt;&lt;p&gt;Profilo: %1. Opzioni: %2.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Azione&lt;/th&gt;&lt;th&gt;Attributi (tutti i file)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="96"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="110"/>
        <source>(automatic)</source>
        <translation>(automatico)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="117"/>
        <source>&lt;h2&gt;Review&lt;/h2&gt;&lt;p&gt;%1 images exported, reviewed between %2 and %3 by:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;Revisione&lt;/h2&gt;&lt;p&gt;%1 immagini esportate, revisionate tra %2 e %3 da:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="122"/>
        <source>&lt;li&gt;%1: %2 image(s)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2 immagine/i&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="125"/>
        <source>&lt;p&gt;Not in this package:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Non in questo pacchetto:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="127"/>
        <source>&lt;li&gt;instance %1: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;istanza %1: %2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="131"/>
        <source>&lt;li&gt;instance %1: failed the last check (%2); sent back to review&lt;/li&gt;</source>
        <translation>&lt;li&gt;istanza %1: non ha superato l&apos;ultimo controllo (%2); rimandata in revisione&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="142"/>
        <source>&lt;h2&gt;Pixel masks&lt;/h2&gt;&lt;p&gt;Every image with masks, before (masks filled in, outlined red: the report shows no text) and after (as exported).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Maschere dei pixel&lt;/h2&gt;&lt;p&gt;Ogni immagine con maschere, prima (maschere piene, bordate di rosso: il rapporto non mostra testo) e dopo (come esportata).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="158"/>
        <source>instance %1 · %2 mask(s)</source>
        <translation>istanza %1 · %2 maschera/e</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="161"/>
        <source>&lt;p&gt;No image needed a mask.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nessuna immagine ha richiesto una maschera.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="168"/>
        <source>&lt;h2&gt;Re-identification risk&lt;/h2&gt;&lt;p&gt;k says how many patients in this package share the same details that could point to someone (such as age, sex, year and device): each patient looks like at least k of them, so the larger k, the harder it is to tell anyone apart.&lt;/p&gt;&lt;p&gt;k-anonymity over the quasi-identifiers left in the package (%1), one record per patient: %2 record(s), smallest k = &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rischio di reidentificazione&lt;/h2&gt;&lt;p&gt;k dice quanti pazienti di questo pacchetto condividono gli stessi dati che potrebbero indicare qualcuno (come età, sesso, anno e apparecchio): ogni paziente somiglia ad almeno k di loro; più k è grande, più è difficile distinguere chiunque.&lt;/p&gt;&lt;p&gt;k-anonimato sui quasi-identificatori rimasti nel pacchetto (%1), un record per paziente: %2 record, k minimo = &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="178"/>
        <source>&lt;p&gt;Records with k &amp;lt; 5:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Record con k &amp;lt; 5:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="180"/>
        <source>&lt;li&gt;%1: k = %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: k = %2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="181"/>
        <source>&lt;/ul&gt;&lt;p&gt;To raise k:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;Per aumentare k:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="194"/>
        <source>&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1 — QA report&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;font-size:10pt} td,th{padding:2px 8px;text-align:left} h1{color:#1f3a5f} h2{color:#1f3a5f;border-bottom:1px solid #ccc}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;De-identification QA report&lt;/h1&gt;&lt;p&gt;Package &lt;b&gt;%1&lt;/b&gt;, created %2 with Veil.&lt;/p&gt;</source>
        <translation>&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1 — rapporto di qualità&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;font-size:10pt} td,th{padding:2px 8px;text-align:left} h1{color:#1f3a5f} h2{color:#1f3a5f;border-bottom:1px solid #ccc}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;Rapporto di qualità della de-identificazione&lt;/h1&gt;&lt;p&gt;Pacchetto &lt;b&gt;%1&lt;/b&gt;, creato il %2 con Veil.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="221"/>
        <source>%1 — QA report</source>
        <translation>%1 — rapporto di qualità</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="164"/>
        <source>the recipient</source>
        <translation>il destinatario</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="166"/>
        <source>the purpose agreed</source>
        <translation>la finalità concordata</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="169"/>
        <source>%1

The de-identified images in this package (%2) are made available under the Creative Commons %3 licence: https://creativecommons.org/licenses/%4/4.0/

Shared with %5 for %6. Any attempt to re-identify a person in these images is forbidden.
</source>
        <translation>%1

Le immagini de-identificate di questo pacchetto (%2) sono rese disponibili con la licenza Creative Commons %3: https://creativecommons.org/licenses/%4/4.0/

Condiviso con %5 per %6. È vietato qualsiasi tentativo di reidentificare una persona in queste immagini.
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
        <translation>ACCORDO SULL&apos;USO DEI DATI

Pacchetto: %1 (%2)
Destinatario: %3
Finalità: %4
Riferimento dell&apos;accordo: %5

1. Il destinatario usa i dati solo per la finalità indicata.
2. Il destinatario non tenta di identificare alcuna persona e non collega i dati ad altri dati in modo da poter identificare una persona.
3. I dati restano presso il destinatario; l&apos;accesso è limitato alle persone vincolate da questo accordo.
4. Se una persona risulta identificabile, il destinatario smette di usare i dati e ne informa subito il fornitore.
5. I dati vengono cancellati quando la finalità è raggiunta o su richiesta del fornitore (ad esempio dopo il ritiro di un paziente).
</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="192"/>
        <source>(none given)</source>
        <translation>(non indicato)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="29"/>
        <source>Retain safe private attributes</source>
        <translation>Mantieni gli attributi privati sicuri</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="31"/>
        <source>Retain UIDs</source>
        <translation>Mantieni gli UID</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="33"/>
        <source>Retain device identity</source>
        <translation>Mantieni l&apos;identità dell&apos;apparecchio</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="35"/>
        <source>Retain institution identity</source>
        <translation>Mantieni l&apos;identità della struttura</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="37"/>
        <source>Retain patient characteristics (sex, age, size, weight)</source>
        <translation>Mantieni le caratteristiche del paziente (sesso, età, statura, peso)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="39"/>
        <source>Dates: keep them as they are</source>
        <translation>Date: lasciale come sono</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="41"/>
        <source>Dates: shift each patient&apos;s dates by a keyed offset</source>
        <translation>Date: sposta le date di ogni paziente di uno scarto con chiave</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="43"/>
        <source>Clean descriptors (free text keeps only known words)</source>
        <translation>Pulisci le descrizioni (il testo libero mantiene solo parole note)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="45"/>
        <source>Clean structured content (SR)</source>
        <translation>Pulisci il contenuto strutturato (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="47"/>
        <source>Clean graphics</source>
        <translation>Pulisci la grafica</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="12"/>
        <source>kept</source>
        <translation>mantenuto</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="14"/>
        <source>replaced</source>
        <translation>sostituito</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="16"/>
        <source>removed</source>
        <translation>rimosso</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="18"/>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="46"/>
        <source>Delete mask</source>
        <translation>Elimina maschera</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="67"/>
        <source>Mask text</source>
        <translation>Maschera il testo</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="68"/>
        <source>Keep text</source>
        <translation>Mantieni il testo</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="69"/>
        <source>Move mask</source>
        <translation>Sposta maschera</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="99"/>
        <source>Mark %1</source>
        <translation>Segna %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="116"/>
        <source>Keep word everywhere</source>
        <translation>Mantieni la parola ovunque</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="117"/>
        <source>Take word off the safe list</source>
        <translation>Togli la parola dalla lista sicura</translation>
    </message>
</context>
<context>
    <name>veil::BoxLegend</name>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="11"/>
        <source>Ctrl+click a box to mask or keep it</source>
        <translation>Ctrl+clic su un riquadro per mascherarlo o mantenerlo</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="16"/>
        <source>PHI</source>
        <translation>PHI</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="17"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="18"/>
        <source>not PHI</source>
        <translation>non PHI</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="19"/>
        <source>drawn</source>
        <translation>disegnato</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="20"/>
        <source>masked</source>
        <translation>mascherato</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="21"/>
        <source>kept</source>
        <translation>mantenuto</translation>
    </message>
</context>
<context>
    <name>veil::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="27"/>
        <source>Export share package</source>
        <translation>Esporta pacchetto di condivisione</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="29"/>
        <source>What goes out</source>
        <translation>Cosa esce</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="35"/>
        <source>Also export auto-cleaned images nobody reviewed (audited), because:</source>
        <translation>Esporta anche le immagini pulite automaticamente che nessuno ha revisionato (registrato), perché:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="37"/>
        <source>the reason, required for this override</source>
        <translation>il motivo, obbligatorio per questa eccezione</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="45"/>
        <source>Re-identification risk (k-anonymity)</source>
        <translation>Rischio di reidentificazione (k-anonimato)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="47"/>
        <location filename="../widgets/ExportDialog.cpp" line="136"/>
        <source>Estimating…</source>
        <translation>Stima in corso…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="53"/>
        <source>Export record</source>
        <translation>Registro di esportazione</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="59"/>
        <source>Data use agreement (DATA_USE_AGREEMENT.txt)</source>
        <translation>Accordo sull&apos;uso dei dati (DATA_USE_AGREEMENT.txt)</translation>
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
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="63"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="64"/>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="65"/>
        <source>Agreement reference</source>
        <translation>Riferimento dell&apos;accordo</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="66"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="72"/>
        <source>REPORT.html, REPORT.pdf and the agreement or licence text</source>
        <translation>REPORT.html, REPORT.pdf e il testo dell&apos;accordo o della licenza</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="73"/>
        <source>Report language</source>
        <translation>Lingua del rapporto</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="75"/>
        <source>Re-identification risk is low, even combined with other data</source>
        <translation>Il rischio di reidentificazione è basso, anche combinato con altri dati</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="76"/>
        <source>Access is controlled by a licence or agreement</source>
        <translation>L&apos;accesso è regolato da una licenza o da un accordo</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="76"/>
        <source>There is no incentive to re-identify</source>
        <translation>Non c&apos;è alcun incentivo a reidentificare</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="77"/>
        <source>The purpose is healthcare</source>
        <translation>La finalità è sanitaria</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="77"/>
        <source>The share has a societal benefit</source>
        <translation>La condivisione ha un beneficio per la società</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="84"/>
        <source>a new folder, or a new .zip file</source>
        <translation>una nuova cartella o un nuovo file .zip</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="85"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="88"/>
        <location filename="../widgets/ExportDialog.cpp" line="164"/>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="95"/>
        <source>Name files as DICOM file IDs and add a DICOMDIR (for media and viewers)</source>
        <translation>Nomina i file come ID di file DICOM e aggiungi un DICOMDIR (per supporti e visualizzatori)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="99"/>
        <source>optional: dicom://AE_TITLE@host:port</source>
        <translation>facoltativo: dicom://TITOLO_AE@host:porta</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="100"/>
        <source>The checked DICOM files also go to this PACS (C-STORE) before the package is moved into place; the package records what left.</source>
        <translation>I file DICOM controllati vanno anche a questo PACS (C-STORE) prima che il pacchetto venga messo al suo posto; il pacchetto registra ciò che è uscito.</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="102"/>
        <source>Also send to PACS</source>
        <translation>Invia anche al PACS</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="106"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="107"/>
        <source>Back to Review</source>
        <translation>Torna alla revisione</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="127"/>
        <source>&lt;b&gt;%1&lt;/b&gt; image(s) will be exported; &lt;b&gt;%2&lt;/b&gt; are held back:</source>
        <translation>Saranno esportate &lt;b&gt;%1&lt;/b&gt; immagine/i; &lt;b&gt;%2&lt;/b&gt; sono trattenute:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="135"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="144"/>
        <source>%1 patient record(s) over %2; smallest k = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%1 record di pazienti su %2; k minimo = &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="146"/>
        <source>no quasi-identifier</source>
        <translation>nessun quasi-identificatore</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="152"/>
        <source>&lt;br&gt;Below k = 5: %1%2</source>
        <translation>&lt;br&gt;Sotto k = 5: %1%2</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="154"/>
        <source> and %1 more</source>
        <translation> e altri %1</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="164"/>
        <source>Zip file (*.zip);;Folder (any name)</source>
        <translation>File zip (*.zip);;Cartella (qualsiasi nome)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="178"/>
        <source>PACS address: %1</source>
        <translation>Indirizzo del PACS: %1</translation>
    </message>
</context>
<context>
    <name>veil::ExportGate</name>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="112"/>
        <source>not in the project</source>
        <translation>non nel progetto</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="115"/>
        <source>the patient opted out: their data must never leave</source>
        <translation>il paziente si è opposto: i suoi dati non devono mai uscire</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="118"/>
        <source>auto-cleaned but not reviewed: an override needs a reason</source>
        <translation>pulito automaticamente ma non revisionato: un&apos;eccezione richiede un motivo</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="120"/>
        <source>auto-cleaned but not reviewed</source>
        <translation>pulito automaticamente ma non revisionato</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="122"/>
        <source>not reviewed yet</source>
        <translation>non ancora revisionato</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="124"/>
        <source>flagged for review</source>
        <translation>segnalato per revisione</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="126"/>
        <source>rejected by the reviewer</source>
        <translation>rifiutato in revisione</translation>
    </message>
</context>
<context>
    <name>veil::FindingsModel</name>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>masked: unknown</source>
        <translation>mascherato: sconosciuto</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>masked</source>
        <translation>mascherato</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>kept</source>
        <translation>mantenuto</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="88"/>
        <source>(not readable)</source>
        <translation>(illeggibile)</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="96"/>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="108"/>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="110"/>
        <source>Read as</source>
        <translation>Letto come</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="112"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="114"/>
        <source>Confidence</source>
        <translation>Confidenza</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="116"/>
        <source>Found by</source>
        <translation>Trovato da</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="118"/>
        <source>Frame</source>
        <translation>Fotogramma</translation>
    </message>
</context>
<context>
    <name>veil::FindingsPanel</name>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="23"/>
        <source>Double-click or Enter: mask a kept word, keep a masked one (Ctrl+Z undoes it)</source>
        <translation>Doppio clic o Invio: maschera una parola mantenuta, mantieni una mascherata (Ctrl+Z annulla)</translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="44"/>
        <source>No text found in the pixels of this image.</source>
        <translation>Nessun testo trovato nei pixel di questa immagine.</translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="55"/>
        <source>%1 unknown (could not be read or classed), %2 masked, %3 kept</source>
        <translation>%1 sconosciute (illeggibili o non classificate), %2 mascherate, %3 mantenute</translation>
    </message>
</context>
<context>
    <name>veil::FrameBar</name>
    <message>
        <location filename="../widgets/FrameBar.cpp" line="23"/>
        <location filename="../widgets/FrameBar.cpp" line="59"/>
        <source>Frame %1 / %2</source>
        <translation>Fotogramma %1 / %2</translation>
    </message>
</context>
<context>
    <name>veil::FrameRenderer</name>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="45"/>
        <location filename="../widgets/models/FrameRenderer.cpp" line="66"/>
        <location filename="../widgets/models/FrameRenderer.cpp" line="102"/>
        <source>Rendering</source>
        <translation>Rendering</translation>
    </message>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="52"/>
        <source>Showing instance %1</source>
        <translation>Istanza %1 mostrata</translation>
    </message>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="92"/>
        <source>Showing instance %1 (export-ready)</source>
        <translation>Istanza %1 mostrata (pronta per l&apos;esportazione)</translation>
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
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>&amp;Project</source>
        <translation>&amp;Progetto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="97"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="98"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>Add &amp;Files…</source>
        <translation>Aggiungi &amp;file…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="101"/>
        <source>Add DICOM files, DICOMDIR or zip</source>
        <translation>Aggiungi file DICOM, DICOMDIR o zip</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Add F&amp;older…</source>
        <translation>Aggiungi &amp;cartella…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="104"/>
        <source>Add a folder of DICOM files</source>
        <translation>Aggiungi una cartella di file DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Add from &amp;PACS…</source>
        <translation>Aggiungi dal &amp;PACS…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>Find Burned-in Text Again</source>
        <translation>Cerca di nuovo il testo impresso</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>&amp;Settings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="133"/>
        <source>The OCR languages could not be saved</source>
        <translation>Non è stato possibile salvare le lingue OCR</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>&amp;Export Share Package…</source>
        <translation>&amp;Esporta pacchetto di condivisione…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="141"/>
        <source>&amp;Close Project</source>
        <translation>Chiu&amp;di progetto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="143"/>
        <source>&amp;Quit</source>
        <translation>Esc&amp;i</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="145"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="146"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
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
        <translation>&amp;Revisione</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>3-D View (Face Check)…</source>
        <translation>Vista 3D (controllo del volto)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="186"/>
        <source>User &amp;Manual</source>
        <translation>&amp;Manuale utente</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="189"/>
        <source>User Manual</source>
        <translation>Manuale utente</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>The user manual is not installed here (it is looked for in %1).</source>
        <translation>Il manuale utente non è installato qui (viene cercato in %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>&amp;About Veil</source>
        <translation>&amp;Informazioni su Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="199"/>
        <source>About Veil</source>
        <translation>Informazioni su Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>&lt;b&gt;Veil&lt;/b&gt; %1&lt;br&gt;Makes medical images safe to share.</source>
        <translation>&lt;b&gt;Veil&lt;/b&gt; %1&lt;br&gt;Rende le immagini mediche sicure da condividere.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="224"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="234"/>
        <location filename="../app/gui/MainWindow.cpp" line="243"/>
        <source>Rendering</source>
        <translation>Rendering</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="234"/>
        <location filename="../app/gui/MainWindow.cpp" line="243"/>
        <source>Reading tags</source>
        <translation>Lettura dei tag</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="251"/>
        <source>about %1 min left</source>
        <translation>circa %1 min rimanenti</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="252"/>
        <source>about %1 s left</source>
        <translation>circa %1 s rimanenti</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="290"/>
        <source>%1 added, %2 already in the project, %3 not added (see Problems)</source>
        <translation>%1 aggiunti, %2 già nel progetto, %3 non aggiunti (vedi Problemi)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>%1 — Veil</source>
        <translation>%1 — Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="297"/>
        <source>%1 (read-only) — Veil</source>
        <translation>%1 (sola lettura) — Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>Opened read-only</source>
        <translation>Aperto in sola lettura</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>%1. You can look, but no change can be saved.</source>
        <translation>%1. Puoi guardare, ma nessuna modifica può essere salvata.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="305"/>
        <source>%1 instances</source>
        <translation>%1 istanze</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="331"/>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="331"/>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Veil projects (*.veil)</source>
        <translation>Progetti Veil (*.veil)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="354"/>
        <source>Open project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="387"/>
        <source>Retrieving from the PACS</source>
        <translation>Recupero dal PACS</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="403"/>
        <source>%1, %n image(s)</source>
        <translation>
            <numerusform>%1, %n immagine</numerusform>
            <numerusform>%1, %n immagini</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="405"/>
        <source>Building the 3-D view</source>
        <translation>Costruzione della vista 3D</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="408"/>
        <source>3-D View</source>
        <translation>Vista 3D</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>Dropped files</source>
        <translation>File rilasciati</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>open or create a project first, then drop them again</source>
        <translation>apri o crea prima un progetto, poi rilasciali di nuovo</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="28"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="30"/>
        <source>The system&apos;s</source>
        <translation>Quella del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="55"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="55"/>
        <source>Veil speaks %1 from its next start.</source>
        <translation>Veil parlerà %1 dal prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="74"/>
        <source>Exporting the share package…</source>
        <translation>Esportazione del pacchetto di condivisione…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="86"/>
        <source>Instance %1</source>
        <translation>Istanza %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="87"/>
        <source>failed the last export check and went back to review: %1</source>
        <translation>non ha superato l&apos;ultimo controllo di esportazione ed è tornata in revisione: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="89"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="90"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="94"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="102"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="90"/>
        <source>Nothing was exported: %1</source>
        <translation>Non è stato esportato nulla: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="95"/>
        <source>%1 image(s) exported; %2 held back by the gate; %3 failed the last check and went back to review (flagged). Smallest k = %4.</source>
        <translation>%1 immagine/i esportate; %2 trattenute dal filtro; %3 non hanno superato l&apos;ultimo controllo e sono tornate in revisione (segnalate). k minimo = %4.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="102"/>
        <source>only %1 of %2 image(s) reached the PACS: %3</source>
        <translation>solo %1 di %2 immagini hanno raggiunto il PACS: %3</translation>
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
            <numerusform>Studio condiviso da %n paziente</numerusform>
            <numerusform>Studio condiviso da %n pazienti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="167"/>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=6&gt;</source>
        <translation>&lt;h3&gt;Scorciatoie da tastiera&lt;/h3&gt;&lt;table cellspacing=6&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="176"/>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;C (hold)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the original in the right pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nudge the selected mask&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left drag / middle drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Window-level / pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel / Ctrl+wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Frames or images / zoom&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;C (tenere premuto)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mostra l&apos;originale nel riquadro destro&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+frecce&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sposta la maschera selezionata&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Trascinamento sinistro / centrale&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Finestra-livello / spostamento&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Rotella / Ctrl+rotella&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fotogrammi o immagini / zoom&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="181"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
</context>
<context>
    <name>veil::PacsDialog</name>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="22"/>
        <source>Add Studies from PACS</source>
        <translation>Aggiungi studi dal PACS</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="26"/>
        <source>The PACS&apos;s AE title, host and port; Veil calls as VEIL unless ?calling=AE is added. The PACS must know Veil&apos;s AE title.</source>
        <translation>Titolo AE, host e porta del PACS; Veil chiama come VEIL a meno che non si aggiunga ?calling=AE. Il PACS deve conoscere il titolo AE di Veil.</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="28"/>
        <source>Test</source>
        <translation>Prova</translation>
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
        <translation>ID paziente</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="39"/>
        <source>wildcards * and ?</source>
        <translation>caratteri jolly * e ?</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="40"/>
        <source>Patient name</source>
        <translation>Nome del paziente</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="40"/>
        <source>SURNAME^GIVEN, wildcards</source>
        <translation>COGNOME^NOME, caratteri jolly</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="41"/>
        <source>Study date</source>
        <translation>Data dello studio</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="41"/>
        <source>20240315, or a range 20240101-20241231</source>
        <translation>20240315, o un intervallo 20240101-20241231</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="42"/>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Accession</source>
        <translation>N. di accesso</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="43"/>
        <source>Modality</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="43"/>
        <source>US, CT, MR…</source>
        <translation>US, CT, MR…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="44"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Modalities</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Patient</source>
        <translation>Paziente</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Images</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="57"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="59"/>
        <location filename="../widgets/PacsDialog.cpp" line="84"/>
        <source>Retrieve into</source>
        <translation>Recupera in</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="63"/>
        <source>Retrieve &amp;&amp; Add</source>
        <translation>Recupera &amp;&amp; aggiungi</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="117"/>
        <source>Calling %1…</source>
        <translation>Chiamata a %1…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="119"/>
        <source>Testing the PACS</source>
        <translation>Prova del PACS</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="120"/>
        <source>%1 answers.</source>
        <translation>%1 risponde.</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="131"/>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="133"/>
        <source>Searching the PACS</source>
        <translation>Ricerca nel PACS</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/PacsDialog.cpp" line="157"/>
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>%n studio trovato.</numerusform>
            <numerusform>%n studi trovati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::PassphraseDialog</name>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14"/>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14"/>
        <source>Open project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="16"/>
        <source>Choose a passphrase for &lt;b&gt;%1&lt;/b&gt;. It protects the link back to the patients; without it nobody (you included) can re-identify.</source>
        <translation>Scegli una passphrase per &lt;b&gt;%1&lt;/b&gt;. Protegge il collegamento ai pazienti; senza di essa nessuno (tu compreso) può reidentificare.</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="19"/>
        <source>Passphrase for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Passphrase di &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="26"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="31"/>
        <source>Again</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="57"/>
        <source>At least 8 characters, please.</source>
        <translation>Almeno 8 caratteri, per favore.</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="59"/>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase sono diverse.</translation>
    </message>
</context>
<context>
    <name>veil::ProjectTreeModel</name>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43"/>
        <source>Study</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43"/>
        <source>Reviewed</source>
        <translation>Revisionato</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="84"/>
        <source>blocked (opt-out)</source>
        <translation>bloccato (opposizione)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="87"/>
        <source>unreviewed</source>
        <translation>non revisionato</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="89"/>
        <source>auto-cleaned</source>
        <translation>pulito auto.</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="91"/>
        <source>flagged</source>
        <translation>segnalato</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="93"/>
        <source>approved</source>
        <translation>approvato</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="95"/>
        <source>rejected</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="118"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="119"/>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
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
        <translation>, %1 fotogrammi</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="144"/>
        <source>ID %1 · #%2 %3%4</source>
        <translation>ID %1 · #%2 %3%4</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="148"/>
        <source>Instance %1 (Instance Number %2): %3</source>
        <translation>Istanza %1 (Instance Number %2): %3</translation>
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
        <translation>Ctrl+clic su un riquadro per mascherarlo o mantenerlo</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewCanvas.cpp" line="416"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — “%2”&lt;br&gt;confidence %3%&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Ctrl+click to mask or keep&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — «%2»&lt;br&gt;confidenza %3%&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Ctrl+clic per mascherare o mantenere&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>veil::ReviewPage</name>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="56"/>
        <source>Header</source>
        <translation>Intestazione</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="58"/>
        <location filename="../widgets/ReviewPage.cpp" line="339"/>
        <source>Words in the pixels</source>
        <translation>Parole nei pixel</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="89"/>
        <source>Filter patients, studies, series…</source>
        <translation>Filtra pazienti, studi, serie…</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="152"/>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="153"/>
        <location filename="../widgets/ReviewPage.cpp" line="443"/>
        <source>Export-ready (masks burned in)</source>
        <translation>Pronta per l&apos;esportazione (maschere impresse)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="182"/>
        <source>Kept everywhere: on the project&apos;s safe list (Ctrl+Z undoes it)</source>
        <translation>Mantenuta ovunque: nella lista sicura del progetto (Ctrl+Z annulla)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="215"/>
        <source>Comment (optional, stored encrypted)</source>
        <translation>Commento (facoltativo, salvato cifrato)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="268"/>
        <source>Add files to the project (Project ▸ Add Files or Add Folder, or drop them here).</source>
        <translation>Aggiungi file al progetto (Progetto ▸ Aggiungi file o cartella, oppure rilasciali qui).</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="290"/>
        <source>No image in this instance (%1): its text and tags are de-identified.</source>
        <translation>Nessuna immagine in questa istanza (%1): il suo testo e i suoi tag vengono de-identificati.</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="309"/>
        <source>The last export check sent this image back: %1</source>
        <translation>L&apos;ultimo controllo di esportazione ha rimandato indietro questa immagine: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="340"/>
        <source>Words in the pixels (%1 unknown, %2 masked)</source>
        <translation>Parole nei pixel (%1 sconosciute, %2 mascherate)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="430"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="433"/>
        <source>%1 of %2 reviewed</source>
        <translation>%1 di %2 revisionate</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="443"/>
        <source>Original (compare)</source>
        <translation>Originale (confronto)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="30"/>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="30"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="31"/>
        <source>Approve &amp;&amp; Next</source>
        <translation>Approva &amp;&amp; avanti</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="31"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="37"/>
        <source>Flag</source>
        <translation>Segnala</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="37"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="38"/>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="38"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="39"/>
        <source>Next Unreviewed</source>
        <translation>Prossima non revisionata</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="39"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="50"/>
        <source>Browse</source>
        <translation>Sfoglia</translation>
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
        <translation>Disegna maschera</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="52"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="58"/>
        <source>Safe-List Review</source>
        <translation>Revisione della lista sicura</translation>
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
            <numerusform>%n parola mascherata solo perché la lista sicura non la conosce: un clic la mantiene ovunque (lista sicura del progetto, annullabile); K esce</numerusform>
            <numerusform>%n parole mascherate solo perché la lista sicura non le conosce: un clic ne mantiene una ovunque (lista sicura del progetto, annullabile); K esce</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="73"/>
        <source>Show only the words masked because the safe list does not know them; a click keeps one everywhere (K)</source>
        <translation>Mostra solo le parole mascherate perché la lista sicura non le conosce; un clic ne mantiene una ovunque (K)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="75"/>
        <source>All Frames</source>
        <translation>Tutti i fotogrammi</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="77"/>
        <source>New masks cover every frame (off: this frame only)</source>
        <translation>Le nuove maschere coprono tutti i fotogrammi (disattivato: solo questo)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="78"/>
        <source>Delete Mask</source>
        <translation>Elimina maschera</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="83"/>
        <source>Mask Whole Series</source>
        <translation>Maschera l&apos;intera serie</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="83"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="87"/>
        <source>Mask copied to %1 other image(s) of the series</source>
        <translation>Maschera copiata su altre %1 immagini della serie</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="89"/>
        <source>Mask Device (Template)</source>
        <translation>Maschera l&apos;apparecchio (modello)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="89"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="92"/>
        <source>Template saved; mask copied to %1 other image(s) of this device</source>
        <translation>Modello salvato; maschera copiata su altre %1 immagini di questo apparecchio</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="96"/>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="96"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="110"/>
        <source>Compare (hold C)</source>
        <translation>Confronta (tieni premuto C)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="112"/>
        <source>Boxes</source>
        <translation>Riquadri</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="112"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="119"/>
        <source>Zoom In</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="120"/>
        <source>Zoom Out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="121"/>
        <source>Fit</source>
        <translation>Adatta</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="121"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="122"/>
        <source>Reset Window</source>
        <translation>Reimposta finestra</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="122"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="127"/>
        <source>Next Frame</source>
        <translation>Fotogramma successivo</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="129"/>
        <source>Previous Frame</source>
        <translation>Fotogramma precedente</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="130"/>
        <source>Next Image</source>
        <translation>Immagine successiva</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="131"/>
        <source>Previous Image</source>
        <translation>Immagine precedente</translation>
    </message>
</context>
<context>
    <name>veil::ReviewSession</name>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="164"/>
        <source>Draw mask</source>
        <translation>Disegna maschera</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="212"/>
        <source>Keep text</source>
        <translation>Mantieni il testo</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="212"/>
        <source>Mask text</source>
        <translation>Maschera il testo</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="224"/>
        <source>Keep “%1” everywhere</source>
        <translation>Mantieni «%1» ovunque</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="245"/>
        <source>Adding to the safe list</source>
        <translation>Aggiunta alla lista sicura</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="245"/>
        <source>Taking off the safe list</source>
        <translation>Rimozione dalla lista sicura</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="279"/>
        <source>Apply mask to the series</source>
        <translation>Applica la maschera alla serie</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="290"/>
        <source>%1 %2 %3x%4</source>
        <translation>%1 %2 %3x%4</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="298"/>
        <source>Saving a device template</source>
        <translation>Salvataggio di un modello di apparecchio</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="304"/>
        <source>Apply mask to the device</source>
        <translation>Applica la maschera all&apos;apparecchio</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="342"/>
        <location filename="../widgets/models/ReviewSession.cpp" line="349"/>
        <source>Saving a mask</source>
        <translation>Salvataggio di una maschera</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="357"/>
        <source>Deleting a mask</source>
        <translation>Eliminazione di una maschera</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="364"/>
        <source>Saving a decision</source>
        <translation>Salvataggio di una decisione</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="30"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="37"/>
        <source>Adding</source>
        <translation>Aggiunta</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="49"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="85"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="89"/>
        <source>Finding burned-in text</source>
        <translation>Ricerca del testo impresso</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="79"/>
        <source>instance %1</source>
        <translation>istanza %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="156"/>
        <source>Estimating the risk</source>
        <translation>Stima del rischio</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="169"/>
        <source>Exporting</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="213"/>
        <source>Reading tags</source>
        <translation>Lettura dei tag</translation>
    </message>
</context>
<context>
    <name>veil::Risk</name>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="19"/>
        <source>age</source>
        <translation>età</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="20"/>
        <source>sex</source>
        <translation>sesso</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="21"/>
        <source>study year</source>
        <translation>anno dello studio</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="22"/>
        <source>modality</source>
        <translation>modalità</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="23"/>
        <source>device</source>
        <translation>apparecchio</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="24"/>
        <source>institution</source>
        <translation>struttura</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="25"/>
        <source>body part</source>
        <translation>regione anatomica</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="26"/>
        <source>protocol</source>
        <translation>protocollo</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/models/EngineText.cpp" line="43"/>
        <source>only %n patient(s) in the package: k cannot reach 5 whatever is generalised</source>
        <translation>
            <numerusform>solo %n paziente nel pacchetto: k non può arrivare a 5, qualunque cosa si generalizzi</numerusform>
            <numerusform>solo %n pazienti nel pacchetto: k non può arrivare a 5, qualunque cosa si generalizzi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="46"/>
        <source>generalise or remove %1: smallest k becomes %2</source>
        <translation>generalizza o rimuovi %1: il k minimo diventa %2</translation>
    </message>
</context>
<context>
    <name>veil::SettingsDialog</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="59"/>
        <source>Project settings</source>
        <translation>Impostazioni del progetto</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="61"/>
        <source>De-identification options (DICOM PS3.15 Annex E)</source>
        <translation>Opzioni di de-identificazione (DICOM PS3.15 allegato E)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="76"/>
        <source>Fixed: instances already carry pseudonyms with this prefix</source>
        <translation>Fisso: alcune istanze portano già pseudonimi con questo prefisso</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="77"/>
        <source>Patient IDs and names become this prefix plus a keyed code</source>
        <translation>ID e nomi dei pazienti diventano questo prefisso più un codice con chiave</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="78"/>
        <source>Pseudonym prefix</source>
        <translation>Prefisso degli pseudonimi</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="82"/>
        <source>e.g. ACME, TRIAL7</source>
        <translation>es. ACME, TRIAL7</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="83"/>
        <source>With the clean options, descriptions and comments keep only known words; these words are kept too (comma-separated)</source>
        <translation>Con le opzioni di pulizia, descrizioni e commenti mantengono solo parole note; anche queste parole sono mantenute (separate da virgole)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="85"/>
        <source>Words to keep in cleaned text</source>
        <translation>Parole da mantenere nel testo pulito</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="90"/>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="90"/>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="91"/>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="91"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="92"/>
        <source>Portuguese</source>
        <translation>Portoghese</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="92"/>
        <source>Dutch</source>
        <translation>Olandese</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="100"/>
        <source>English is always read. Each language more costs about a quarter more time per image; text in a language not chosen is still masked, but read less well.</source>
        <translation>L&apos;inglese è sempre letto. Ogni lingua in più costa circa un quarto di tempo in più per immagine; il testo in una lingua non scelta viene comunque mascherato, ma letto peggio.</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="102"/>
        <source>Burned-in text also in</source>
        <translation>Testo impresso anche in</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="104"/>
        <source>Project rules, applied before the standard&apos;s (JSON list):</source>
        <translation>Regole del progetto, applicate prima di quelle dello standard (elenco JSON):</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="113"/>
        <source>The system&apos;s</source>
        <translation>Quella del sistema</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="116"/>
        <source>For Veil on this computer, not the project; used from Veil&apos;s next start</source>
        <translation>Per Veil su questo computer, non per il progetto; vale dal prossimo avvio di Veil</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="117"/>
        <source>Language of Veil&apos;s screens</source>
        <translation>Lingua delle schermate di Veil</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="161"/>
        <source>Not installed here (package tesseract-ocr-%1)</source>
        <translation>Non installato qui (pacchetto tesseract-ocr-%1)</translation>
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
        <translation>Rendi le immagini mediche sicure da condividere: de-identifica le intestazioni, trova il testo impresso nei pixel, revisiona ogni immagine, esporta un pacchetto che non lascia trapelare nulla.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="30"/>
        <source>New Project…</source>
        <translation>Nuovo progetto…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="31"/>
        <source>Open Project…</source>
        <translation>Apri progetto…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="44"/>
        <source>A project is one encrypted file (*.veil) that keeps every decision, the re-identification key and an audit log. You will be asked for its passphrase.</source>
        <translation>Un progetto è un file cifrato (*.veil) che conserva ogni decisione, la chiave di reidentificazione e un registro di audit. Ti verrà chiesta la sua passphrase.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="64"/>
        <source>Recent projects</source>
        <translation>Progetti recenti</translation>
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
        <translation>(ancora nessuno)</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>De-identified</source>
        <translation>De-identificato</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="61"/>
        <source>(removed)</source>
        <translation>(rimosso)</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="64"/>
        <source>last export check: %1</source>
        <translation>ultimo controllo di esportazione: %1</translation>
    </message>
</context>
<context>
    <name>veil::TagPanel</name>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="47"/>
        <source>Filter tags (name, number, value)…</source>
        <translation>Filtra tag (nome, numero, valore)…</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="49"/>
        <source>Changed only</source>
        <translation>Solo modificati</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="98"/>
        <source>%1 attributes changed, removed or added; tinted rows</source>
        <translation>%1 attributi modificati, rimossi o aggiunti; righe colorate</translation>
    </message>
</context>
<context>
    <name>veil::VolumeWindow</name>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="20"/>
        <source>3-D View — %1</source>
        <translation>Vista 3D — %1</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="21"/>
        <source>Could someone recognise this person from the surface? A CT or MR of the head can show a face: if it does, the series should not be shared as it is.</source>
        <translation>Qualcuno potrebbe riconoscere questa persona dalla superficie? Una TC o RM della testa può mostrare un volto: in tal caso la serie non va condivisa così com&apos;è.</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="29"/>
        <source>Front</source>
        <translation>Fronte</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="31"/>
        <source>Surface at</source>
        <translation>Superficie a</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="41"/>
        <source>%1 HU</source>
        <translation>%1 HU</translation>
    </message>
</context>
</TS>
