<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ExportReport</name>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="45"/>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="46"/>
        <source>&lt;b&gt;not confirmed&lt;/b&gt;</source>
        <translation>&lt;b&gt;no confirmado&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="53"/>
        <source>without number</source>
        <translation>sin número</translation>
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
        <translation>&lt;h2&gt;Registro de exportación&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Destinatario&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Finalidad&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Referencia del acuerdo&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Licencia&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="70"/>
        <source>&lt;tr&gt;&lt;td&gt;Override&lt;/td&gt;&lt;td&gt;unreviewed auto-cleaned images included: %1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Excepción&lt;/td&gt;&lt;td&gt;incluidas imágenes limpiadas automáticamente sin revisar: %1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="73"/>
        <source>&lt;/table&gt;&lt;h3&gt;Data-sharing checklist&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Re-identification risk low, even combined with other data&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Access controlled by a licence or agreement&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;No incentive to re-identify&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Healthcare purpose&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Societal benefit&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;/table&gt;&lt;h3&gt;Lista de control para compartir datos&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Riesgo de reidentificación bajo, incluso combinado con otros datos&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Acceso controlado por una licencia o un acuerdo&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ningún incentivo para reidentificar&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Finalidad asistencial&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Beneficio social&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="88"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="89"/>
        <source>emptied</source>
        <translation>vaciado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="90"/>
        <source>replaced by a dummy or pseudonym</source>
        <translation>sustituido por un valor ficticio o un seudónimo</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="91"/>
        <source>UIDs replaced</source>
        <translation>UID sustituidos</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="92"/>
        <source>cleaned (text or pixels)</source>
        <translation>limpiado (texto o píxeles)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="93"/>
        <source>kept on purpose</source>
        <translation>conservado a propósito</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="94"/>
        <source>&lt;h2&gt;De-identification&lt;/h2&gt;&lt;p&gt;Profile: %1. Options: %2.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Action&lt;/th&gt;&lt;th&gt;Attributes (all files)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Desidentificación&lt;/h2&gt;&lt;p&gt;Perfil: %1. Opciones: %2.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Acción&lt;/th&gt;&lt;th&gt;Atributos (todos los archivos)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="96"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="110"/>
        <source>(automatic)</source>
        <translation>(automático)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="117"/>
        <source>&lt;h2&gt;Review&lt;/h2&gt;&lt;p&gt;%1 images exported, reviewed between %2 and %3 by:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;Revisión&lt;/h2&gt;&lt;p&gt;%1 imágenes exportadas, revisadas entre %2 y %3 por:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="122"/>
        <source>&lt;li&gt;%1: %2 image(s)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2 imagen(es)&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="125"/>
        <source>&lt;p&gt;Not in this package:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;No incluido en este paquete:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="127"/>
        <source>&lt;li&gt;instance %1: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;instancia %1: %2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="131"/>
        <source>&lt;li&gt;instance %1: failed the last check (%2); sent back to review&lt;/li&gt;</source>
        <translation>&lt;li&gt;instancia %1: no superó el último control (%2); devuelta a revisión&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="142"/>
        <source>&lt;h2&gt;Pixel masks&lt;/h2&gt;&lt;p&gt;Every image with masks, before (masks filled in, outlined red: the report shows no text) and after (as exported).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Máscaras de píxeles&lt;/h2&gt;&lt;p&gt;Cada imagen con máscaras, antes (máscaras rellenas, con borde rojo: el informe no muestra texto) y después (tal como se exportó).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="158"/>
        <source>instance %1 · %2 mask(s)</source>
        <translation>instancia %1 · %2 máscara(s)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="161"/>
        <source>&lt;p&gt;No image needed a mask.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ninguna imagen necesitó máscara.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="168"/>
        <source>&lt;h2&gt;Re-identification risk&lt;/h2&gt;&lt;p&gt;k says how many patients in this package share the same details that could point to someone (such as age, sex, year and device): each patient looks like at least k of them, so the larger k, the harder it is to tell anyone apart.&lt;/p&gt;&lt;p&gt;k-anonymity over the quasi-identifiers left in the package (%1), one record per patient: %2 record(s), smallest k = &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Riesgo de reidentificación&lt;/h2&gt;&lt;p&gt;k indica cuántos pacientes de este paquete comparten los mismos datos que podrían señalar a alguien (como edad, sexo, año y equipo): cada paciente se parece al menos a k de ellos; cuanto mayor es k, más difícil es distinguir a nadie.&lt;/p&gt;&lt;p&gt;k-anonimato sobre los cuasi-identificadores que quedan en el paquete (%1), un registro por paciente: %2 registro(s), k mínimo = &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="178"/>
        <source>&lt;p&gt;Records with k &amp;lt; 5:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Registros con k &amp;lt; 5:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="180"/>
        <source>&lt;li&gt;%1: k = %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: k = %2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="181"/>
        <source>&lt;/ul&gt;&lt;p&gt;To raise k:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;Para aumentar k:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="194"/>
        <source>&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1 — QA report&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;font-size:10pt} td,th{padding:2px 8px;text-align:left} h1{color:#1f3a5f} h2{color:#1f3a5f;border-bottom:1px solid #ccc}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;De-identification QA report&lt;/h1&gt;&lt;p&gt;Package &lt;b&gt;%1&lt;/b&gt;, created %2 with Veil.&lt;/p&gt;</source>
        <translation>&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1 — informe de calidad&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;font-size:10pt} td,th{padding:2px 8px;text-align:left} h1{color:#1f3a5f} h2{color:#1f3a5f;border-bottom:1px solid #ccc}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;Informe de calidad de la desidentificación&lt;/h1&gt;&lt;p&gt;Paquete &lt;b&gt;%1&lt;/b&gt;, creado el %2 con Veil.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="221"/>
        <source>%1 — QA report</source>
        <translation>%1 — informe de calidad</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="164"/>
        <source>the recipient</source>
        <translation>el destinatario</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="166"/>
        <source>the purpose agreed</source>
        <translation>la finalidad acordada</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="169"/>
        <source>%1

The de-identified images in this package (%2) are made available under the Creative Commons %3 licence: https://creativecommons.org/licenses/%4/4.0/

Shared with %5 for %6. Any attempt to re-identify a person in these images is forbidden.
</source>
        <translation>%1

Las imágenes desidentificadas de este paquete (%2) se ponen a disposición bajo la licencia Creative Commons %3: https://creativecommons.org/licenses/%4/4.0/

Compartido con %5 para %6. Queda prohibido cualquier intento de reidentificar a una persona en estas imágenes.
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
        <translation>ACUERDO DE USO DE DATOS

Paquete: %1 (%2)
Destinatario: %3
Finalidad: %4
Referencia del acuerdo: %5

1. El destinatario usa los datos solo para la finalidad indicada.
2. El destinatario no intenta identificar a ninguna persona ni vincula los datos con otros de forma que pudiera identificarse a una persona.
3. Los datos permanecen con el destinatario; el acceso se limita a personas obligadas por este acuerdo.
4. Si una persona resulta identificable, el destinatario deja de usar los datos y avisa de inmediato al proveedor.
5. Los datos se eliminan cuando se cumple la finalidad o a petición del proveedor (por ejemplo, tras la retirada de un paciente).
</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="192"/>
        <source>(none given)</source>
        <translation>(no indicada)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="29"/>
        <source>Retain safe private attributes</source>
        <translation>Conservar atributos privados seguros</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="31"/>
        <source>Retain UIDs</source>
        <translation>Conservar UID</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="33"/>
        <source>Retain device identity</source>
        <translation>Conservar la identidad del equipo</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="35"/>
        <source>Retain institution identity</source>
        <translation>Conservar la identidad de la institución</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="37"/>
        <source>Retain patient characteristics (sex, age, size, weight)</source>
        <translation>Conservar características del paciente (sexo, edad, talla, peso)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="39"/>
        <source>Dates: keep them as they are</source>
        <translation>Fechas: dejarlas como están</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="41"/>
        <source>Dates: shift each patient&apos;s dates by a keyed offset</source>
        <translation>Fechas: desplazar las de cada paciente con un desfase con clave</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="43"/>
        <source>Clean descriptors (free text keeps only known words)</source>
        <translation>Limpiar descripciones (el texto libre solo conserva palabras conocidas)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="45"/>
        <source>Clean structured content (SR)</source>
        <translation>Limpiar contenido estructurado (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="47"/>
        <source>Clean graphics</source>
        <translation>Limpiar gráficos</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="12"/>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="14"/>
        <source>replaced</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="16"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="18"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="46"/>
        <source>Delete mask</source>
        <translation>Eliminar máscara</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="67"/>
        <source>Mask text</source>
        <translation>Enmascarar texto</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="68"/>
        <source>Keep text</source>
        <translation>Conservar texto</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="69"/>
        <source>Move mask</source>
        <translation>Mover máscara</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="99"/>
        <source>Mark %1</source>
        <translation>Marcar %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="116"/>
        <source>Keep word everywhere</source>
        <translation>Conservar la palabra en todas partes</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="117"/>
        <source>Take word off the safe list</source>
        <translation>Quitar la palabra de la lista segura</translation>
    </message>
</context>
<context>
    <name>veil::BoxLegend</name>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="11"/>
        <source>Ctrl+click a box to mask or keep it</source>
        <translation>Ctrl+clic en un recuadro para enmascararlo o conservarlo</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="16"/>
        <source>PHI</source>
        <translation>PHI</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="17"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="18"/>
        <source>not PHI</source>
        <translation>no PHI</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="19"/>
        <source>drawn</source>
        <translation>dibujado</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="20"/>
        <source>masked</source>
        <translation>enmascarado</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="21"/>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
</context>
<context>
    <name>veil::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="27"/>
        <source>Export share package</source>
        <translation>Exportar paquete para compartir</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="29"/>
        <source>What goes out</source>
        <translation>Qué sale</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="35"/>
        <source>Also export auto-cleaned images nobody reviewed (audited), because:</source>
        <translation>Exportar también imágenes limpiadas automáticamente que nadie revisó (auditado), porque:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="37"/>
        <source>the reason, required for this override</source>
        <translation>el motivo, obligatorio para esta excepción</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="45"/>
        <source>Re-identification risk (k-anonymity)</source>
        <translation>Riesgo de reidentificación (k-anonimato)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="47"/>
        <location filename="../widgets/ExportDialog.cpp" line="136"/>
        <source>Estimating…</source>
        <translation>Estimando…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="53"/>
        <source>Export record</source>
        <translation>Registro de exportación</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="59"/>
        <source>Data use agreement (DATA_USE_AGREEMENT.txt)</source>
        <translation>Acuerdo de uso de datos (DATA_USE_AGREEMENT.txt)</translation>
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
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="63"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="64"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="65"/>
        <source>Agreement reference</source>
        <translation>Referencia del acuerdo</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="66"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="72"/>
        <source>REPORT.html, REPORT.pdf and the agreement or licence text</source>
        <translation>REPORT.html, REPORT.pdf y el texto del acuerdo o de la licencia</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="73"/>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="75"/>
        <source>Re-identification risk is low, even combined with other data</source>
        <translation>El riesgo de reidentificación es bajo, incluso combinado con otros datos</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="76"/>
        <source>Access is controlled by a licence or agreement</source>
        <translation>El acceso está controlado por una licencia o un acuerdo</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="76"/>
        <source>There is no incentive to re-identify</source>
        <translation>No hay incentivo para reidentificar</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="77"/>
        <source>The purpose is healthcare</source>
        <translation>La finalidad es asistencial</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="77"/>
        <source>The share has a societal benefit</source>
        <translation>Compartir tiene un beneficio social</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="84"/>
        <source>a new folder, or a new .zip file</source>
        <translation>una carpeta nueva o un archivo .zip nuevo</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="85"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="88"/>
        <location filename="../widgets/ExportDialog.cpp" line="164"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="95"/>
        <source>Name files as DICOM file IDs and add a DICOMDIR (for media and viewers)</source>
        <translation>Nombrar los archivos como ID de archivo DICOM y añadir un DICOMDIR (para soportes y visores)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="99"/>
        <source>optional: dicom://AE_TITLE@host:port</source>
        <translation>opcional: dicom://TITULO_AE@host:puerto</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="100"/>
        <source>The checked DICOM files also go to this PACS (C-STORE) before the package is moved into place; the package records what left.</source>
        <translation>Los archivos DICOM comprobados también van a este PACS (C-STORE) antes de colocar el paquete en su sitio; el paquete registra lo que salió.</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="102"/>
        <source>Also send to PACS</source>
        <translation>Enviar también al PACS</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="106"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="107"/>
        <source>Back to Review</source>
        <translation>Volver a la revisión</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="127"/>
        <source>&lt;b&gt;%1&lt;/b&gt; image(s) will be exported; &lt;b&gt;%2&lt;/b&gt; are held back:</source>
        <translation>Se exportarán &lt;b&gt;%1&lt;/b&gt; imagen(es); se retienen &lt;b&gt;%2&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="135"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="144"/>
        <source>%1 patient record(s) over %2; smallest k = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%1 registro(s) de paciente sobre %2; k mínimo = &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="146"/>
        <source>no quasi-identifier</source>
        <translation>ningún cuasi-identificador</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="152"/>
        <source>&lt;br&gt;Below k = 5: %1%2</source>
        <translation>&lt;br&gt;Por debajo de k = 5: %1%2</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="154"/>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="164"/>
        <source>Zip file (*.zip);;Folder (any name)</source>
        <translation>Archivo zip (*.zip);;Carpeta (cualquier nombre)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="178"/>
        <source>PACS address: %1</source>
        <translation>Dirección del PACS: %1</translation>
    </message>
</context>
<context>
    <name>veil::ExportGate</name>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="112"/>
        <source>not in the project</source>
        <translation>no está en el proyecto</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="115"/>
        <source>the patient opted out: their data must never leave</source>
        <translation>el paciente se opuso: sus datos nunca deben salir</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="118"/>
        <source>auto-cleaned but not reviewed: an override needs a reason</source>
        <translation>limpiado automáticamente pero sin revisar: una excepción necesita un motivo</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="120"/>
        <source>auto-cleaned but not reviewed</source>
        <translation>limpiado automáticamente pero sin revisar</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="122"/>
        <source>not reviewed yet</source>
        <translation>aún sin revisar</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="124"/>
        <source>flagged for review</source>
        <translation>marcado para revisión</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="126"/>
        <source>rejected by the reviewer</source>
        <translation>rechazado en la revisión</translation>
    </message>
</context>
<context>
    <name>veil::FindingsModel</name>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>masked: unknown</source>
        <translation>enmascarado: desconocido</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>masked</source>
        <translation>enmascarado</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="88"/>
        <source>(not readable)</source>
        <translation>(ilegible)</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="96"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="108"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="110"/>
        <source>Read as</source>
        <translation>Leído como</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="112"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="114"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="116"/>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="118"/>
        <source>Frame</source>
        <translation>Fotograma</translation>
    </message>
</context>
<context>
    <name>veil::FindingsPanel</name>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="23"/>
        <source>Double-click or Enter: mask a kept word, keep a masked one (Ctrl+Z undoes it)</source>
        <translation>Doble clic o Intro: enmascarar una palabra conservada, conservar una enmascarada (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="44"/>
        <source>No text found in the pixels of this image.</source>
        <translation>No se encontró texto en los píxeles de esta imagen.</translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="55"/>
        <source>%1 unknown (could not be read or classed), %2 masked, %3 kept</source>
        <translation>%1 desconocidas (ilegibles o sin clasificar), %2 enmascaradas, %3 conservadas</translation>
    </message>
</context>
<context>
    <name>veil::FrameBar</name>
    <message>
        <location filename="../widgets/FrameBar.cpp" line="23"/>
        <location filename="../widgets/FrameBar.cpp" line="59"/>
        <source>Frame %1 / %2</source>
        <translation>Fotograma %1 / %2</translation>
    </message>
</context>
<context>
    <name>veil::FrameRenderer</name>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="45"/>
        <location filename="../widgets/models/FrameRenderer.cpp" line="66"/>
        <location filename="../widgets/models/FrameRenderer.cpp" line="102"/>
        <source>Rendering</source>
        <translation>Representación</translation>
    </message>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="52"/>
        <source>Showing instance %1</source>
        <translation>Mostrando la instancia %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="92"/>
        <source>Showing instance %1 (export-ready)</source>
        <translation>Mostrando la instancia %1 (lista para exportar)</translation>
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
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="96"/>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="97"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="98"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>Add &amp;Files…</source>
        <translation>Añadir arc&amp;hivos…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="101"/>
        <source>Add DICOM files, DICOMDIR or zip</source>
        <translation>Añadir archivos DICOM, DICOMDIR o zip</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Add F&amp;older…</source>
        <translation>Añadir ca&amp;rpeta…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="104"/>
        <source>Add a folder of DICOM files</source>
        <translation>Añadir una carpeta de archivos DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Add from &amp;PACS…</source>
        <translation>Añadir desde el &amp;PACS…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>Find Burned-in Text Again</source>
        <translation>Buscar de nuevo texto incrustado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>&amp;Settings…</source>
        <translation>Aju&amp;stes…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="133"/>
        <source>The OCR languages could not be saved</source>
        <translation>No se pudieron guardar los idiomas de OCR</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>&amp;Export Share Package…</source>
        <translation>&amp;Exportar paquete para compartir…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="141"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="143"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="145"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="146"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>3-D View (Face Check)…</source>
        <translation>Vista 3D (control de rostro)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="186"/>
        <source>User &amp;Manual</source>
        <translation>&amp;Manual de usuario</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="189"/>
        <source>User Manual</source>
        <translation>Manual de usuario</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>The user manual is not installed here (it is looked for in %1).</source>
        <translation>El manual de usuario no está instalado aquí (se busca en %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>&amp;About Veil</source>
        <translation>&amp;Acerca de Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="199"/>
        <source>About Veil</source>
        <translation>Acerca de Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>&lt;b&gt;Veil&lt;/b&gt; %1&lt;br&gt;Makes medical images safe to share.</source>
        <translation>&lt;b&gt;Veil&lt;/b&gt; %1&lt;br&gt;Hace que las imágenes médicas se puedan compartir con seguridad.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="224"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="234"/>
        <location filename="../app/gui/MainWindow.cpp" line="243"/>
        <source>Rendering</source>
        <translation>Representación</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="234"/>
        <location filename="../app/gui/MainWindow.cpp" line="243"/>
        <source>Reading tags</source>
        <translation>Leyendo etiquetas</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="251"/>
        <source>about %1 min left</source>
        <translation>quedan unos %1 min</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="252"/>
        <source>about %1 s left</source>
        <translation>quedan unos %1 s</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="290"/>
        <source>%1 added, %2 already in the project, %3 not added (see Problems)</source>
        <translation>%1 añadidos, %2 ya en el proyecto, %3 no añadidos (ver Problemas)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>%1 — Veil</source>
        <translation>%1 — Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="297"/>
        <source>%1 (read-only) — Veil</source>
        <translation>%1 (solo lectura) — Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>Opened read-only</source>
        <translation>Abierto en solo lectura</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>%1. You can look, but no change can be saved.</source>
        <translation>%1. Puede mirar, pero no se puede guardar ningún cambio.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="305"/>
        <source>%1 instances</source>
        <translation>%1 instancias</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="331"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="331"/>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Veil projects (*.veil)</source>
        <translation>Proyectos de Veil (*.veil)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="354"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="387"/>
        <source>Retrieving from the PACS</source>
        <translation>Recuperando del PACS</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="403"/>
        <source>%1, %n image(s)</source>
        <translation>
            <numerusform>%1, %n imagen</numerusform>
            <numerusform>%1, %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="405"/>
        <source>Building the 3-D view</source>
        <translation>Construyendo la vista 3D</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="408"/>
        <source>3-D View</source>
        <translation>Vista 3D</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>Dropped files</source>
        <translation>Archivos soltados</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>open or create a project first, then drop them again</source>
        <translation>abra o cree primero un proyecto y luego suéltelos de nuevo</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="28"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="30"/>
        <source>The system&apos;s</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="55"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="55"/>
        <source>Veil speaks %1 from its next start.</source>
        <translation>Veil hablará %1 a partir de su próximo inicio.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="74"/>
        <source>Exporting the share package…</source>
        <translation>Exportando el paquete para compartir…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="86"/>
        <source>Instance %1</source>
        <translation>Instancia %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="87"/>
        <source>failed the last export check and went back to review: %1</source>
        <translation>no superó el último control de exportación y volvió a revisión: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="89"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="90"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="94"/>
        <location filename="../app/gui/MainWindowPanels.cpp" line="102"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="90"/>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="95"/>
        <source>%1 image(s) exported; %2 held back by the gate; %3 failed the last check and went back to review (flagged). Smallest k = %4.</source>
        <translation>%1 imagen(es) exportada(s); %2 retenida(s) por el filtro; %3 no superaron el último control y volvieron a revisión (marcadas). k mínimo = %4.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="102"/>
        <source>only %1 of %2 image(s) reached the PACS: %3</source>
        <translation>solo %1 de %2 imagen(es) llegaron al PACS: %3</translation>
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
            <numerusform>Estudio compartido por %n paciente</numerusform>
            <numerusform>Estudio compartido por %n pacientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="167"/>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=6&gt;</source>
        <translation>&lt;h3&gt;Atajos de teclado&lt;/h3&gt;&lt;table cellspacing=6&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="176"/>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;C (hold)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the original in the right pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nudge the selected mask&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left drag / middle drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Window-level / pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel / Ctrl+wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Frames or images / zoom&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;C (mantener)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mostrar el original en el panel derecho&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+flechas&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Desplazar la máscara seleccionada&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrastre izquierdo / central&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ventana-nivel / desplazar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Rueda / Ctrl+rueda&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Fotogramas o imágenes / zoom&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="181"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>veil::PacsDialog</name>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="22"/>
        <source>Add Studies from PACS</source>
        <translation>Añadir estudios desde el PACS</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="26"/>
        <source>The PACS&apos;s AE title, host and port; Veil calls as VEIL unless ?calling=AE is added. The PACS must know Veil&apos;s AE title.</source>
        <translation>Título AE, host y puerto del PACS; Veil llama como VEIL salvo que se añada ?calling=AE. El PACS debe conocer el título AE de Veil.</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="28"/>
        <source>Test</source>
        <translation>Probar</translation>
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
        <translation>ID del paciente</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="39"/>
        <source>wildcards * and ?</source>
        <translation>comodines * y ?</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="40"/>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="40"/>
        <source>SURNAME^GIVEN, wildcards</source>
        <translation>APELLIDO^NOMBRE, comodines</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="41"/>
        <source>Study date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="41"/>
        <source>20240315, or a range 20240101-20241231</source>
        <translation>20240315, o un intervalo 20240101-20241231</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="42"/>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Accession</source>
        <translation>N.º de acceso</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="43"/>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="43"/>
        <source>US, CT, MR…</source>
        <translation>US, CT, MR…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="44"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="57"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="59"/>
        <location filename="../widgets/PacsDialog.cpp" line="84"/>
        <source>Retrieve into</source>
        <translation>Recuperar en</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="63"/>
        <source>Retrieve &amp;&amp; Add</source>
        <translation>Recuperar &amp;&amp; añadir</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="117"/>
        <source>Calling %1…</source>
        <translation>Llamando a %1…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="119"/>
        <source>Testing the PACS</source>
        <translation>Probando el PACS</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="120"/>
        <source>%1 answers.</source>
        <translation>%1 responde.</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="131"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="133"/>
        <source>Searching the PACS</source>
        <translation>Buscando en el PACS</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/PacsDialog.cpp" line="157"/>
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>%n estudio encontrado.</numerusform>
            <numerusform>%n estudios encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::PassphraseDialog</name>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="16"/>
        <source>Choose a passphrase for &lt;b&gt;%1&lt;/b&gt;. It protects the link back to the patients; without it nobody (you included) can re-identify.</source>
        <translation>Elija una frase de contraseña para &lt;b&gt;%1&lt;/b&gt;. Protege el vínculo con los pacientes; sin ella nadie (usted incluido) puede reidentificar.</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="19"/>
        <source>Passphrase for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Frase de contraseña de &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="26"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="31"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="57"/>
        <source>At least 8 characters, please.</source>
        <translation>Al menos 8 caracteres, por favor.</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="59"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>veil::ProjectTreeModel</name>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43"/>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43"/>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="84"/>
        <source>blocked (opt-out)</source>
        <translation>bloqueado (oposición)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="87"/>
        <source>unreviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="89"/>
        <source>auto-cleaned</source>
        <translation>limpiado auto.</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="91"/>
        <source>flagged</source>
        <translation>marcado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="93"/>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="95"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="118"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="119"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
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
        <translation>, %1 fotogramas</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="144"/>
        <source>ID %1 · #%2 %3%4</source>
        <translation>ID %1 · #%2 %3%4</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="148"/>
        <source>Instance %1 (Instance Number %2): %3</source>
        <translation>Instancia %1 (Instance Number %2): %3</translation>
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
        <translation>Ctrl+clic en un recuadro para enmascararlo o conservarlo</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewCanvas.cpp" line="416"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — “%2”&lt;br&gt;confidence %3%&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Ctrl+click to mask or keep&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — «%2»&lt;br&gt;confianza %3%&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Ctrl+clic para enmascarar o conservar&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>veil::ReviewPage</name>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="56"/>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="58"/>
        <location filename="../widgets/ReviewPage.cpp" line="339"/>
        <source>Words in the pixels</source>
        <translation>Palabras en los píxeles</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="89"/>
        <source>Filter patients, studies, series…</source>
        <translation>Filtrar pacientes, estudios, series…</translation>
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
        <translation>Lista para exportar (máscaras incrustadas)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="182"/>
        <source>Kept everywhere: on the project&apos;s safe list (Ctrl+Z undoes it)</source>
        <translation>Conservada en todas partes: en la lista segura del proyecto (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="215"/>
        <source>Comment (optional, stored encrypted)</source>
        <translation>Comentario (opcional, guardado cifrado)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="268"/>
        <source>Add files to the project (Project ▸ Add Files or Add Folder, or drop them here).</source>
        <translation>Añada archivos al proyecto (Proyecto ▸ Añadir archivos o carpeta, o suéltelos aquí).</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="290"/>
        <source>No image in this instance (%1): its text and tags are de-identified.</source>
        <translation>No hay imagen en esta instancia (%1): su texto y sus etiquetas se desidentifican.</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="309"/>
        <source>The last export check sent this image back: %1</source>
        <translation>El último control de exportación devolvió esta imagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="340"/>
        <source>Words in the pixels (%1 unknown, %2 masked)</source>
        <translation>Palabras en los píxeles (%1 desconocidas, %2 enmascaradas)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="430"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="433"/>
        <source>%1 of %2 reviewed</source>
        <translation>%1 de %2 revisadas</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="443"/>
        <source>Original (compare)</source>
        <translation>Original (comparar)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="30"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="30"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="31"/>
        <source>Approve &amp;&amp; Next</source>
        <translation>Aprobar &amp;&amp; siguiente</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="31"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="37"/>
        <source>Flag</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="37"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="38"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="38"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="39"/>
        <source>Next Unreviewed</source>
        <translation>Siguiente sin revisar</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="39"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="50"/>
        <source>Browse</source>
        <translation>Explorar</translation>
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
        <translation>Dibujar máscara</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="52"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="58"/>
        <source>Safe-List Review</source>
        <translation>Revisión de la lista segura</translation>
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
            <numerusform>%n palabra enmascarada solo porque la lista segura no la conoce: un clic la conserva en todas partes (lista segura del proyecto, se puede deshacer); K sale</numerusform>
            <numerusform>%n palabras enmascaradas solo porque la lista segura no las conoce: un clic conserva una en todas partes (lista segura del proyecto, se puede deshacer); K sale</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="73"/>
        <source>Show only the words masked because the safe list does not know them; a click keeps one everywhere (K)</source>
        <translation>Mostrar solo las palabras enmascaradas porque la lista segura no las conoce; un clic conserva una en todas partes (K)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="75"/>
        <source>All Frames</source>
        <translation>Todos los fotogramas</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="77"/>
        <source>New masks cover every frame (off: this frame only)</source>
        <translation>Las máscaras nuevas cubren todos los fotogramas (desactivado: solo este)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="78"/>
        <source>Delete Mask</source>
        <translation>Eliminar máscara</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="83"/>
        <source>Mask Whole Series</source>
        <translation>Enmascarar toda la serie</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="83"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="87"/>
        <source>Mask copied to %1 other image(s) of the series</source>
        <translation>Máscara copiada a %1 imagen(es) más de la serie</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="89"/>
        <source>Mask Device (Template)</source>
        <translation>Enmascarar equipo (plantilla)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="89"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="92"/>
        <source>Template saved; mask copied to %1 other image(s) of this device</source>
        <translation>Plantilla guardada; máscara copiada a %1 imagen(es) más de este equipo</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="96"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="96"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="110"/>
        <source>Compare (hold C)</source>
        <translation>Comparar (mantener C)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="112"/>
        <source>Boxes</source>
        <translation>Recuadros</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="112"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="119"/>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="120"/>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="121"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="121"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="122"/>
        <source>Reset Window</source>
        <translation>Restablecer ventana</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="122"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="127"/>
        <source>Next Frame</source>
        <translation>Fotograma siguiente</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="129"/>
        <source>Previous Frame</source>
        <translation>Fotograma anterior</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="130"/>
        <source>Next Image</source>
        <translation>Imagen siguiente</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="131"/>
        <source>Previous Image</source>
        <translation>Imagen anterior</translation>
    </message>
</context>
<context>
    <name>veil::ReviewSession</name>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="164"/>
        <source>Draw mask</source>
        <translation>Dibujar máscara</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="212"/>
        <source>Keep text</source>
        <translation>Conservar texto</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="212"/>
        <source>Mask text</source>
        <translation>Enmascarar texto</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="224"/>
        <source>Keep “%1” everywhere</source>
        <translation>Conservar «%1» en todas partes</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="245"/>
        <source>Adding to the safe list</source>
        <translation>Añadiendo a la lista segura</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="245"/>
        <source>Taking off the safe list</source>
        <translation>Quitando de la lista segura</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="279"/>
        <source>Apply mask to the series</source>
        <translation>Aplicar la máscara a la serie</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="290"/>
        <source>%1 %2 %3x%4</source>
        <translation>%1 %2 %3x%4</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="298"/>
        <source>Saving a device template</source>
        <translation>Guardando una plantilla de equipo</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="304"/>
        <source>Apply mask to the device</source>
        <translation>Aplicar la máscara al equipo</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="342"/>
        <location filename="../widgets/models/ReviewSession.cpp" line="349"/>
        <source>Saving a mask</source>
        <translation>Guardando una máscara</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="357"/>
        <source>Deleting a mask</source>
        <translation>Eliminando una máscara</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="364"/>
        <source>Saving a decision</source>
        <translation>Guardando una decisión</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="30"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="37"/>
        <source>Adding</source>
        <translation>Añadiendo</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="49"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="85"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="89"/>
        <source>Finding burned-in text</source>
        <translation>Buscando texto incrustado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="79"/>
        <source>instance %1</source>
        <translation>instancia %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="156"/>
        <source>Estimating the risk</source>
        <translation>Estimando el riesgo</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="169"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="213"/>
        <source>Reading tags</source>
        <translation>Leyendo etiquetas</translation>
    </message>
</context>
<context>
    <name>veil::Risk</name>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="19"/>
        <source>age</source>
        <translation>edad</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="20"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="21"/>
        <source>study year</source>
        <translation>año del estudio</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="22"/>
        <source>modality</source>
        <translation>modalidad</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="23"/>
        <source>device</source>
        <translation>equipo</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="24"/>
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="25"/>
        <source>body part</source>
        <translation>región anatómica</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="26"/>
        <source>protocol</source>
        <translation>protocolo</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/models/EngineText.cpp" line="43"/>
        <source>only %n patient(s) in the package: k cannot reach 5 whatever is generalised</source>
        <translation>
            <numerusform>solo %n paciente en el paquete: k no puede llegar a 5 se generalice lo que se generalice</numerusform>
            <numerusform>solo %n pacientes en el paquete: k no puede llegar a 5 se generalice lo que se generalice</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="46"/>
        <source>generalise or remove %1: smallest k becomes %2</source>
        <translation>generalizar o eliminar %1: el k mínimo pasa a %2</translation>
    </message>
</context>
<context>
    <name>veil::SettingsDialog</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="59"/>
        <source>Project settings</source>
        <translation>Ajustes del proyecto</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="61"/>
        <source>De-identification options (DICOM PS3.15 Annex E)</source>
        <translation>Opciones de desidentificación (DICOM PS3.15 anexo E)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="76"/>
        <source>Fixed: instances already carry pseudonyms with this prefix</source>
        <translation>Fijo: hay instancias que ya llevan seudónimos con este prefijo</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="77"/>
        <source>Patient IDs and names become this prefix plus a keyed code</source>
        <translation>Los ID y nombres de pacientes pasan a ser este prefijo más un código con clave</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="78"/>
        <source>Pseudonym prefix</source>
        <translation>Prefijo de seudónimos</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="82"/>
        <source>e.g. ACME, TRIAL7</source>
        <translation>p. ej. ACME, TRIAL7</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="83"/>
        <source>With the clean options, descriptions and comments keep only known words; these words are kept too (comma-separated)</source>
        <translation>Con las opciones de limpieza, descripciones y comentarios solo conservan palabras conocidas; estas palabras también se conservan (separadas por comas)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="85"/>
        <source>Words to keep in cleaned text</source>
        <translation>Palabras que se conservan en el texto limpiado</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="90"/>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="90"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="91"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="91"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="92"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="92"/>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="100"/>
        <source>English is always read. Each language more costs about a quarter more time per image; text in a language not chosen is still masked, but read less well.</source>
        <translation>El inglés siempre se lee. Cada idioma más cuesta aproximadamente una cuarta parte más de tiempo por imagen; el texto en un idioma no elegido se enmascara igualmente, pero se lee peor.</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="102"/>
        <source>Burned-in text also in</source>
        <translation>Texto incrustado también en</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="104"/>
        <source>Project rules, applied before the standard&apos;s (JSON list):</source>
        <translation>Reglas del proyecto, aplicadas antes que las de la norma (lista JSON):</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="113"/>
        <source>The system&apos;s</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="116"/>
        <source>For Veil on this computer, not the project; used from Veil&apos;s next start</source>
        <translation>Para Veil en este equipo, no para el proyecto; se aplica desde el próximo inicio de Veil</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="117"/>
        <source>Language of Veil&apos;s screens</source>
        <translation>Idioma de las pantallas de Veil</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="161"/>
        <source>Not installed here (package tesseract-ocr-%1)</source>
        <translation>No instalado aquí (paquete tesseract-ocr-%1)</translation>
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
        <translation>Haga que las imágenes médicas se puedan compartir con seguridad: desidentifique las cabeceras, encuentre el texto incrustado en los píxeles, revise cada imagen y exporte un paquete que no filtre nada.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="30"/>
        <source>New Project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="31"/>
        <source>Open Project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="44"/>
        <source>A project is one encrypted file (*.veil) that keeps every decision, the re-identification key and an audit log. You will be asked for its passphrase.</source>
        <translation>Un proyecto es un archivo cifrado (*.veil) que guarda cada decisión, la clave de reidentificación y un registro de auditoría. Se le pedirá su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="64"/>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
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
        <translation>(ninguno aún)</translation>
    </message>
</context>
<context>
    <name>veil::TagDiffModel</name>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>De-identified</source>
        <translation>Desidentificado</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="61"/>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="64"/>
        <source>last export check: %1</source>
        <translation>último control de exportación: %1</translation>
    </message>
</context>
<context>
    <name>veil::TagPanel</name>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="47"/>
        <source>Filter tags (name, number, value)…</source>
        <translation>Filtrar etiquetas (nombre, número, valor)…</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="49"/>
        <source>Changed only</source>
        <translation>Solo cambiadas</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="98"/>
        <source>%1 attributes changed, removed or added; tinted rows</source>
        <translation>%1 atributos cambiados, eliminados o añadidos; filas coloreadas</translation>
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
        <translation>¿Podría alguien reconocer a esta persona por la superficie? Una TC o RM de la cabeza puede mostrar un rostro: si es así, la serie no debe compartirse tal cual.</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="29"/>
        <source>Front</source>
        <translation>Frente</translation>
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
