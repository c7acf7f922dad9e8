<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>&lt;b&gt;não confirmado&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="53"/>
        <source>without number</source>
        <translation>sem número</translation>
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
        <translation>&lt;h2&gt;Registro de exportação&lt;/h2&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Destinatário&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Finalidade&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Referência do acordo&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Licença&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="70"/>
        <source>&lt;tr&gt;&lt;td&gt;Override&lt;/td&gt;&lt;td&gt;unreviewed auto-cleaned images included: %1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Exceção&lt;/td&gt;&lt;td&gt;incluídas imagens limpas automaticamente e não revisadas: %1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="73"/>
        <source>&lt;/table&gt;&lt;h3&gt;Data-sharing checklist&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Re-identification risk low, even combined with other data&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Access controlled by a licence or agreement&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;No incentive to re-identify&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Healthcare purpose&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Societal benefit&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;/table&gt;&lt;h3&gt;Lista de verificação do compartilhamento&lt;/h3&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Risco de reidentificação baixo, mesmo combinado com outros dados&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Acesso controlado por licença ou acordo&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nenhum incentivo para reidentificar&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Finalidade de assistência à saúde&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Benefício para a sociedade&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="88"/>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="89"/>
        <source>emptied</source>
        <translation>esvaziado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="90"/>
        <source>replaced by a dummy or pseudonym</source>
        <translation>substituído por um valor fictício ou pseudônimo</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="91"/>
        <source>UIDs replaced</source>
        <translation>UIDs substituídos</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="92"/>
        <source>cleaned (text or pixels)</source>
        <translation>limpo (texto ou pixels)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="93"/>
        <source>kept on purpose</source>
        <translation>mantido de propósito</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="94"/>
        <source>&lt;h2&gt;De-identification&lt;/h2&gt;&lt;p&gt;Profile: %1. Options: %2.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Action&lt;/th&gt;&lt;th&gt;Attributes (all files)&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h2&gt;Desidentificação&lt;/h2&gt;&lt;p&gt;Perfil: %1. Opções: %2.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th&gt;Ação&lt;/th&gt;&lt;th&gt;Atributos (todos os arquivos)&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="96"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="110"/>
        <source>(automatic)</source>
        <translation>(automático)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="117"/>
        <source>&lt;h2&gt;Review&lt;/h2&gt;&lt;p&gt;%1 images exported, reviewed between %2 and %3 by:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;h2&gt;Revisão&lt;/h2&gt;&lt;p&gt;%1 imagens exportadas, revisadas entre %2 e %3 por:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="122"/>
        <source>&lt;li&gt;%1: %2 image(s)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2 imagem(ns)&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="125"/>
        <source>&lt;p&gt;Not in this package:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Fora deste pacote:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="127"/>
        <source>&lt;li&gt;instance %1: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;instância %1: %2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="131"/>
        <source>&lt;li&gt;instance %1: failed the last check (%2); sent back to review&lt;/li&gt;</source>
        <translation>&lt;li&gt;instância %1: falhou na última verificação (%2); devolvida para revisão&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="142"/>
        <source>&lt;h2&gt;Pixel masks&lt;/h2&gt;&lt;p&gt;Every image with masks, before (masks filled in, outlined red: the report shows no text) and after (as exported).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Máscaras de pixels&lt;/h2&gt;&lt;p&gt;Cada imagem com máscaras, antes (máscaras preenchidas, contorno vermelho: o relatório não mostra texto) e depois (como exportada).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="158"/>
        <source>instance %1 · %2 mask(s)</source>
        <translation>instância %1 · %2 máscara(s)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="161"/>
        <source>&lt;p&gt;No image needed a mask.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nenhuma imagem precisou de máscara.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="168"/>
        <source>&lt;h2&gt;Re-identification risk&lt;/h2&gt;&lt;p&gt;k says how many patients in this package share the same details that could point to someone (such as age, sex, year and device): each patient looks like at least k of them, so the larger k, the harder it is to tell anyone apart.&lt;/p&gt;&lt;p&gt;k-anonymity over the quasi-identifiers left in the package (%1), one record per patient: %2 record(s), smallest k = &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Risco de reidentificação&lt;/h2&gt;&lt;p&gt;k indica quantos pacientes deste pacote compartilham os mesmos detalhes que poderiam apontar para alguém (como idade, sexo, ano e equipamento): cada paciente se parece com pelo menos k deles; quanto maior o k, mais difícil distinguir qualquer pessoa.&lt;/p&gt;&lt;p&gt;k-anonimato sobre os quase-identificadores que restam no pacote (%1), um registro por paciente: %2 registro(s), menor k = &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="178"/>
        <source>&lt;p&gt;Records with k &amp;lt; 5:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Registros com k &amp;lt; 5:&lt;/p&gt;&lt;ul&gt;</translation>
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
        <translation>&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;%1 — relatório de qualidade&lt;/title&gt;&lt;style&gt;body{font-family:sans-serif;font-size:10pt} td,th{padding:2px 8px;text-align:left} h1{color:#1f3a5f} h2{color:#1f3a5f;border-bottom:1px solid #ccc}&lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;Relatório de qualidade da desidentificação&lt;/h1&gt;&lt;p&gt;Pacote &lt;b&gt;%1&lt;/b&gt;, criado em %2 com o Veil.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/models/ExportReport.cpp" line="221"/>
        <source>%1 — QA report</source>
        <translation>%1 — relatório de qualidade</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="164"/>
        <source>the recipient</source>
        <translation>o destinatário</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="166"/>
        <source>the purpose agreed</source>
        <translation>a finalidade acordada</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="169"/>
        <source>%1

The de-identified images in this package (%2) are made available under the Creative Commons %3 licence: https://creativecommons.org/licenses/%4/4.0/

Shared with %5 for %6. Any attempt to re-identify a person in these images is forbidden.
</source>
        <translation>%1

As imagens desidentificadas deste pacote (%2) são disponibilizadas sob a licença Creative Commons %3: https://creativecommons.org/licenses/%4/4.0/

Compartilhado com %5 para %6. É proibida qualquer tentativa de reidentificar uma pessoa nestas imagens.
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
        <translation>ACORDO DE USO DE DADOS

Pacote: %1 (%2)
Destinatário: %3
Finalidade: %4
Referência do acordo: %5

1. O destinatário usa os dados somente para a finalidade acima.
2. O destinatário não tenta identificar nenhuma pessoa e não vincula os dados a outros dados de forma que uma pessoa possa ser identificada.
3. Os dados ficam com o destinatário; o acesso é limitado a pessoas obrigadas por este acordo.
4. Se uma pessoa se mostrar identificável, o destinatário para de usar os dados e avisa o fornecedor imediatamente.
5. Os dados são excluídos quando a finalidade é cumprida ou a pedido do fornecedor (por exemplo, após a desistência de um paciente).
</translation>
    </message>
    <message>
        <location filename="../engine/export/PackageFiles.cpp" line="192"/>
        <source>(none given)</source>
        <translation>(não informada)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="29"/>
        <source>Retain safe private attributes</source>
        <translation>Manter atributos privados seguros</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="31"/>
        <source>Retain UIDs</source>
        <translation>Manter UIDs</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="33"/>
        <source>Retain device identity</source>
        <translation>Manter a identidade do equipamento</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="35"/>
        <source>Retain institution identity</source>
        <translation>Manter a identidade da instituição</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="37"/>
        <source>Retain patient characteristics (sex, age, size, weight)</source>
        <translation>Manter características do paciente (sexo, idade, altura, peso)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="39"/>
        <source>Dates: keep them as they are</source>
        <translation>Datas: mantê-las como estão</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="41"/>
        <source>Dates: shift each patient&apos;s dates by a keyed offset</source>
        <translation>Datas: deslocar as datas de cada paciente por um deslocamento com chave</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="43"/>
        <source>Clean descriptors (free text keeps only known words)</source>
        <translation>Limpar descrições (o texto livre mantém só palavras conhecidas)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="45"/>
        <source>Clean structured content (SR)</source>
        <translation>Limpar conteúdo estruturado (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="47"/>
        <source>Clean graphics</source>
        <translation>Limpar gráficos</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="12"/>
        <source>kept</source>
        <translation>mantido</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="14"/>
        <source>replaced</source>
        <translation>substituído</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="16"/>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="18"/>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="46"/>
        <source>Delete mask</source>
        <translation>Excluir máscara</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="67"/>
        <source>Mask text</source>
        <translation>Mascarar texto</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="68"/>
        <source>Keep text</source>
        <translation>Manter texto</translation>
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
        <translation>Manter a palavra em todo lugar</translation>
    </message>
    <message>
        <location filename="../widgets/models/MaskCommands.cpp" line="117"/>
        <source>Take word off the safe list</source>
        <translation>Tirar a palavra da lista segura</translation>
    </message>
</context>
<context>
    <name>veil::BoxLegend</name>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="11"/>
        <source>Ctrl+click a box to mask or keep it</source>
        <translation>Ctrl+clique em uma caixa para mascará-la ou mantê-la</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="16"/>
        <source>PHI</source>
        <translation>PHI</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="17"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="18"/>
        <source>not PHI</source>
        <translation>não PHI</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="19"/>
        <source>drawn</source>
        <translation>desenhado</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="20"/>
        <source>masked</source>
        <translation>mascarado</translation>
    </message>
    <message>
        <location filename="../widgets/BoxLegend.cpp" line="21"/>
        <source>kept</source>
        <translation>mantido</translation>
    </message>
</context>
<context>
    <name>veil::ExportDialog</name>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="27"/>
        <source>Export share package</source>
        <translation>Exportar pacote de compartilhamento</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="29"/>
        <source>What goes out</source>
        <translation>O que sai</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="35"/>
        <source>Also export auto-cleaned images nobody reviewed (audited), because:</source>
        <translation>Exportar também imagens limpas automaticamente que ninguém revisou (auditado), porque:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="37"/>
        <source>the reason, required for this override</source>
        <translation>o motivo, obrigatório para esta exceção</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="45"/>
        <source>Re-identification risk (k-anonymity)</source>
        <translation>Risco de reidentificação (k-anonimato)</translation>
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
        <translation>Registro de exportação</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="59"/>
        <source>Data use agreement (DATA_USE_AGREEMENT.txt)</source>
        <translation>Acordo de uso de dados (DATA_USE_AGREEMENT.txt)</translation>
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
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="63"/>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="64"/>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="65"/>
        <source>Agreement reference</source>
        <translation>Referência do acordo</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="66"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="72"/>
        <source>REPORT.html, REPORT.pdf and the agreement or licence text</source>
        <translation>REPORT.html, REPORT.pdf e o texto do acordo ou da licença</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="73"/>
        <source>Report language</source>
        <translation>Idioma do relatório</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="75"/>
        <source>Re-identification risk is low, even combined with other data</source>
        <translation>O risco de reidentificação é baixo, mesmo combinado com outros dados</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="76"/>
        <source>Access is controlled by a licence or agreement</source>
        <translation>O acesso é controlado por uma licença ou um acordo</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="76"/>
        <source>There is no incentive to re-identify</source>
        <translation>Não há incentivo para reidentificar</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="77"/>
        <source>The purpose is healthcare</source>
        <translation>A finalidade é assistência à saúde</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="77"/>
        <source>The share has a societal benefit</source>
        <translation>O compartilhamento traz benefício para a sociedade</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="84"/>
        <source>a new folder, or a new .zip file</source>
        <translation>uma nova pasta ou um novo arquivo .zip</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="85"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="88"/>
        <location filename="../widgets/ExportDialog.cpp" line="164"/>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="95"/>
        <source>Name files as DICOM file IDs and add a DICOMDIR (for media and viewers)</source>
        <translation>Nomear os arquivos como IDs de arquivo DICOM e adicionar um DICOMDIR (para mídias e visualizadores)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="99"/>
        <source>optional: dicom://AE_TITLE@host:port</source>
        <translation>opcional: dicom://TITULO_AE@host:porta</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="100"/>
        <source>The checked DICOM files also go to this PACS (C-STORE) before the package is moved into place; the package records what left.</source>
        <translation>Os arquivos DICOM verificados também vão para este PACS (C-STORE) antes de o pacote ser colocado no lugar; o pacote registra o que saiu.</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="102"/>
        <source>Also send to PACS</source>
        <translation>Enviar também ao PACS</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="106"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="107"/>
        <source>Back to Review</source>
        <translation>Voltar à revisão</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="127"/>
        <source>&lt;b&gt;%1&lt;/b&gt; image(s) will be exported; &lt;b&gt;%2&lt;/b&gt; are held back:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; imagem(ns) serão exportadas; &lt;b&gt;%2&lt;/b&gt; ficam retidas:</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="135"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="144"/>
        <source>%1 patient record(s) over %2; smallest k = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%1 registro(s) de paciente sobre %2; menor k = &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="146"/>
        <source>no quasi-identifier</source>
        <translation>nenhum quase-identificador</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="152"/>
        <source>&lt;br&gt;Below k = 5: %1%2</source>
        <translation>&lt;br&gt;Abaixo de k = 5: %1%2</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="154"/>
        <source> and %1 more</source>
        <translation> e mais %1</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="164"/>
        <source>Zip file (*.zip);;Folder (any name)</source>
        <translation>Arquivo zip (*.zip);;Pasta (qualquer nome)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportDialog.cpp" line="178"/>
        <source>PACS address: %1</source>
        <translation>Endereço do PACS: %1</translation>
    </message>
</context>
<context>
    <name>veil::ExportGate</name>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="112"/>
        <source>not in the project</source>
        <translation>não está no projeto</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="115"/>
        <source>the patient opted out: their data must never leave</source>
        <translation>o paciente recusou: seus dados nunca devem sair</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="118"/>
        <source>auto-cleaned but not reviewed: an override needs a reason</source>
        <translation>limpo automaticamente, mas não revisado: uma exceção exige um motivo</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="120"/>
        <source>auto-cleaned but not reviewed</source>
        <translation>limpo automaticamente, mas não revisado</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="122"/>
        <source>not reviewed yet</source>
        <translation>ainda não revisado</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="124"/>
        <source>flagged for review</source>
        <translation>sinalizado para revisão</translation>
    </message>
    <message>
        <location filename="../engine/project/ProjectKeys.cpp" line="126"/>
        <source>rejected by the reviewer</source>
        <translation>rejeitado na revisão</translation>
    </message>
</context>
<context>
    <name>veil::FindingsModel</name>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>masked: unknown</source>
        <translation>mascarado: desconhecido</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>masked</source>
        <translation>mascarado</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="86"/>
        <source>kept</source>
        <translation>mantido</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="88"/>
        <source>(not readable)</source>
        <translation>(ilegível)</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="96"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="108"/>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="110"/>
        <source>Read as</source>
        <translation>Lido como</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="112"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="114"/>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="116"/>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <location filename="../widgets/models/FindingsModel.cpp" line="118"/>
        <source>Frame</source>
        <translation>Quadro</translation>
    </message>
</context>
<context>
    <name>veil::FindingsPanel</name>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="23"/>
        <source>Double-click or Enter: mask a kept word, keep a masked one (Ctrl+Z undoes it)</source>
        <translation>Clique duplo ou Enter: mascarar uma palavra mantida, manter uma mascarada (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="44"/>
        <source>No text found in the pixels of this image.</source>
        <translation>Nenhum texto encontrado nos pixels desta imagem.</translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="55"/>
        <source>%1 unknown (could not be read or classed), %2 masked, %3 kept</source>
        <translation>%1 desconhecidas (ilegíveis ou não classificadas), %2 mascaradas, %3 mantidas</translation>
    </message>
</context>
<context>
    <name>veil::FrameBar</name>
    <message>
        <location filename="../widgets/FrameBar.cpp" line="23"/>
        <location filename="../widgets/FrameBar.cpp" line="59"/>
        <source>Frame %1 / %2</source>
        <translation>Quadro %1 / %2</translation>
    </message>
</context>
<context>
    <name>veil::FrameRenderer</name>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="45"/>
        <location filename="../widgets/models/FrameRenderer.cpp" line="66"/>
        <location filename="../widgets/models/FrameRenderer.cpp" line="102"/>
        <source>Rendering</source>
        <translation>Renderização</translation>
    </message>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="52"/>
        <source>Showing instance %1</source>
        <translation>Mostrando a instância %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/FrameRenderer.cpp" line="92"/>
        <source>Showing instance %1 (export-ready)</source>
        <translation>Mostrando a instância %1 (pronta para exportar)</translation>
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
        <translation>&amp;Projeto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="97"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="98"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>Add &amp;Files…</source>
        <translation>Adicionar ar&amp;quivos…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="100"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="101"/>
        <source>Add DICOM files, DICOMDIR or zip</source>
        <translation>Adicionar arquivos DICOM, DICOMDIR ou zip</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Add F&amp;older…</source>
        <translation>Adicionar &amp;pasta…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="103"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="104"/>
        <source>Add a folder of DICOM files</source>
        <translation>Adicionar uma pasta de arquivos DICOM</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Add from &amp;PACS…</source>
        <translation>Adicionar do PA&amp;CS…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="108"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="110"/>
        <source>Find Burned-in Text Again</source>
        <translation>Procurar texto gravado novamente</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>&amp;Settings…</source>
        <translation>Configuraçõe&amp;s…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="117"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="133"/>
        <source>The OCR languages could not be saved</source>
        <translation>Não foi possível salvar os idiomas de OCR</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>&amp;Export Share Package…</source>
        <translation>&amp;Exportar pacote de compartilhamento…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="139"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="141"/>
        <source>&amp;Close Project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="143"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="145"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="146"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="147"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
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
        <translation>&amp;Revisão</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>3-D View (Face Check)…</source>
        <translation>Visualização 3D (verificação do rosto)…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="181"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="186"/>
        <source>User &amp;Manual</source>
        <translation>&amp;Manual do usuário</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="189"/>
        <source>User Manual</source>
        <translation>Manual do usuário</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>The user manual is not installed here (it is looked for in %1).</source>
        <translation>O manual do usuário não está instalado aqui (é procurado em %1).</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;talhos de teclado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="196"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="197"/>
        <source>&amp;About Veil</source>
        <translation>&amp;Sobre o Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="199"/>
        <source>About Veil</source>
        <translation>Sobre o Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="200"/>
        <source>&lt;b&gt;Veil&lt;/b&gt; %1&lt;br&gt;Makes medical images safe to share.</source>
        <translation>&lt;b&gt;Veil&lt;/b&gt; %1&lt;br&gt;Torna as imagens médicas seguras para compartilhar.</translation>
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
        <translation>Renderização</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="234"/>
        <location filename="../app/gui/MainWindow.cpp" line="243"/>
        <source>Reading tags</source>
        <translation>Lendo tags</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="251"/>
        <source>about %1 min left</source>
        <translation>cerca de %1 min restantes</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="252"/>
        <source>about %1 s left</source>
        <translation>cerca de %1 s restantes</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="290"/>
        <source>%1 added, %2 already in the project, %3 not added (see Problems)</source>
        <translation>%1 adicionados, %2 já no projeto, %3 não adicionados (veja Problemas)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="296"/>
        <source>%1 — Veil</source>
        <translation>%1 — Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="297"/>
        <source>%1 (read-only) — Veil</source>
        <translation>%1 (somente leitura) — Veil</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>Opened read-only</source>
        <translation>Aberto somente para leitura</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="299"/>
        <source>%1. You can look, but no change can be saved.</source>
        <translation>%1. Você pode olhar, mas nenhuma alteração pode ser salva.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="305"/>
        <source>%1 instances</source>
        <translation>%1 instâncias</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="331"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="331"/>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>Veil projects (*.veil)</source>
        <translation>Projetos do Veil (*.veil)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="354"/>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="387"/>
        <source>Retrieving from the PACS</source>
        <translation>Recuperando do PACS</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/MainWindow.cpp" line="403"/>
        <source>%1, %n image(s)</source>
        <translation>
            <numerusform>%1, %n imagem</numerusform>
            <numerusform>%1, %n imagens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="405"/>
        <source>Building the 3-D view</source>
        <translation>Construindo a visualização 3D</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="408"/>
        <source>3-D View</source>
        <translation>Visualização 3D</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>Dropped files</source>
        <translation>Arquivos soltos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="434"/>
        <source>open or create a project first, then drop them again</source>
        <translation>abra ou crie primeiro um projeto e depois solte-os de novo</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="28"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="30"/>
        <source>The system&apos;s</source>
        <translation>O do sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="55"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="55"/>
        <source>Veil speaks %1 from its next start.</source>
        <translation>O Veil falará %1 a partir da próxima inicialização.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="74"/>
        <source>Exporting the share package…</source>
        <translation>Exportando o pacote de compartilhamento…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="86"/>
        <source>Instance %1</source>
        <translation>Instância %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="87"/>
        <source>failed the last export check and went back to review: %1</source>
        <translation>falhou na última verificação de exportação e voltou para revisão: %1</translation>
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
        <translation>Nada foi exportado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="95"/>
        <source>%1 image(s) exported; %2 held back by the gate; %3 failed the last check and went back to review (flagged). Smallest k = %4.</source>
        <translation>%1 imagem(ns) exportada(s); %2 retida(s) pelo filtro; %3 falharam na última verificação e voltaram para revisão (sinalizadas). Menor k = %4.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="102"/>
        <source>only %1 of %2 image(s) reached the PACS: %3</source>
        <translation>só %1 de %2 imagem(ns) chegaram ao PACS: %3</translation>
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
            <numerusform>Estudo compartilhado por %n paciente</numerusform>
            <numerusform>Estudo compartilhado por %n pacientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="167"/>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=6&gt;</source>
        <translation>&lt;h3&gt;Atalhos de teclado&lt;/h3&gt;&lt;table cellspacing=6&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="176"/>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;C (hold)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show the original in the right pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nudge the selected mask&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left drag / middle drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Window-level / pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel / Ctrl+wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Frames or images / zoom&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;C (segurar)&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mostrar o original no painel direito&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+setas&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Deslocar a máscara selecionada&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrastar esquerdo / do meio&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Janela-nível / mover&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Roda / Ctrl+roda&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quadros ou imagens / zoom&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowPanels.cpp" line="181"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>veil::PacsDialog</name>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="22"/>
        <source>Add Studies from PACS</source>
        <translation>Adicionar estudos do PACS</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="26"/>
        <source>The PACS&apos;s AE title, host and port; Veil calls as VEIL unless ?calling=AE is added. The PACS must know Veil&apos;s AE title.</source>
        <translation>Título AE, host e porta do PACS; o Veil chama como VEIL, a menos que ?calling=AE seja adicionado. O PACS precisa conhecer o título AE do Veil.</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="28"/>
        <source>Test</source>
        <translation>Testar</translation>
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
        <translation>ID do paciente</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="39"/>
        <source>wildcards * and ?</source>
        <translation>curingas * e ?</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="40"/>
        <source>Patient name</source>
        <translation>Nome do paciente</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="40"/>
        <source>SURNAME^GIVEN, wildcards</source>
        <translation>SOBRENOME^NOME, curingas</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="41"/>
        <source>Study date</source>
        <translation>Data do estudo</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="41"/>
        <source>20240315, or a range 20240101-20241231</source>
        <translation>20240315, ou um intervalo 20240101-20241231</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="42"/>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Accession</source>
        <translation>Nº de acesso</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="43"/>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="43"/>
        <source>US, CT, MR…</source>
        <translation>US, CT, MR…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="44"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="47"/>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="48"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="57"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="59"/>
        <location filename="../widgets/PacsDialog.cpp" line="84"/>
        <source>Retrieve into</source>
        <translation>Recuperar em</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="63"/>
        <source>Retrieve &amp;&amp; Add</source>
        <translation>Recuperar &amp;&amp; adicionar</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="117"/>
        <source>Calling %1…</source>
        <translation>Chamando %1…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="119"/>
        <source>Testing the PACS</source>
        <translation>Testando o PACS</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="120"/>
        <source>%1 answers.</source>
        <translation>%1 respondeu.</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="131"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location filename="../widgets/PacsDialog.cpp" line="133"/>
        <source>Searching the PACS</source>
        <translation>Pesquisando no PACS</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/PacsDialog.cpp" line="157"/>
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>%n estudo encontrado.</numerusform>
            <numerusform>%n estudos encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>veil::PassphraseDialog</name>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="14"/>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="16"/>
        <source>Choose a passphrase for &lt;b&gt;%1&lt;/b&gt;. It protects the link back to the patients; without it nobody (you included) can re-identify.</source>
        <translation>Escolha uma frase secreta para &lt;b&gt;%1&lt;/b&gt;. Ela protege o vínculo com os pacientes; sem ela ninguém (nem você) consegue reidentificar.</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="19"/>
        <source>Passphrase for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Frase secreta de &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="26"/>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="31"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="57"/>
        <source>At least 8 characters, please.</source>
        <translation>Pelo menos 8 caracteres, por favor.</translation>
    </message>
    <message>
        <location filename="../widgets/PassphraseDialog.cpp" line="59"/>
        <source>The two passphrases differ.</source>
        <translation>As duas frases secretas são diferentes.</translation>
    </message>
</context>
<context>
    <name>veil::ProjectTreeModel</name>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43"/>
        <source>Study</source>
        <translation>Estudo</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="43"/>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="84"/>
        <source>blocked (opt-out)</source>
        <translation>bloqueado (recusa)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="87"/>
        <source>unreviewed</source>
        <translation>não revisado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="89"/>
        <source>auto-cleaned</source>
        <translation>limpo auto.</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="91"/>
        <source>flagged</source>
        <translation>sinalizado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="93"/>
        <source>approved</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="95"/>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="118"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="119"/>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
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
        <translation>, %1 quadros</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="144"/>
        <source>ID %1 · #%2 %3%4</source>
        <translation>ID %1 · #%2 %3%4</translation>
    </message>
    <message>
        <location filename="../widgets/models/ProjectTreeModel.cpp" line="148"/>
        <source>Instance %1 (Instance Number %2): %3</source>
        <translation>Instância %1 (Instance Number %2): %3</translation>
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
        <translation>Ctrl+clique em uma caixa para mascará-la ou mantê-la</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewCanvas.cpp" line="416"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — “%2”&lt;br&gt;confidence %3%&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Ctrl+click to mask or keep&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — “%2”&lt;br&gt;confiança %3%&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Ctrl+clique para mascarar ou manter&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>veil::ReviewPage</name>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="56"/>
        <source>Header</source>
        <translation>Cabeçalho</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="58"/>
        <location filename="../widgets/ReviewPage.cpp" line="339"/>
        <source>Words in the pixels</source>
        <translation>Palavras nos pixels</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="89"/>
        <source>Filter patients, studies, series…</source>
        <translation>Filtrar pacientes, estudos, séries…</translation>
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
        <translation>Pronta para exportar (máscaras gravadas)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="182"/>
        <source>Kept everywhere: on the project&apos;s safe list (Ctrl+Z undoes it)</source>
        <translation>Mantida em todo lugar: na lista segura do projeto (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="215"/>
        <source>Comment (optional, stored encrypted)</source>
        <translation>Comentário (opcional, salvo criptografado)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="268"/>
        <source>Add files to the project (Project ▸ Add Files or Add Folder, or drop them here).</source>
        <translation>Adicione arquivos ao projeto (Projeto ▸ Adicionar arquivos ou pasta, ou solte-os aqui).</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="290"/>
        <source>No image in this instance (%1): its text and tags are de-identified.</source>
        <translation>Nenhuma imagem nesta instância (%1): seu texto e suas tags são desidentificados.</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="309"/>
        <source>The last export check sent this image back: %1</source>
        <translation>A última verificação de exportação devolveu esta imagem: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPage.cpp" line="340"/>
        <source>Words in the pixels (%1 unknown, %2 masked)</source>
        <translation>Palavras nos pixels (%1 desconhecidas, %2 mascaradas)</translation>
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
        <translation>Original (comparação)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="30"/>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="30"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="31"/>
        <source>Approve &amp;&amp; Next</source>
        <translation>Aprovar &amp;&amp; próxima</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="31"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="37"/>
        <source>Flag</source>
        <translation>Sinalizar</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="37"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="38"/>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="38"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="39"/>
        <source>Next Unreviewed</source>
        <translation>Próxima não revisada</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="39"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="50"/>
        <source>Browse</source>
        <translation>Navegar</translation>
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
        <translation>Desenhar máscara</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="52"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="58"/>
        <source>Safe-List Review</source>
        <translation>Revisão da lista segura</translation>
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
            <numerusform>%n palavra mascarada só porque a lista segura não a conhece: um clique a mantém em todo lugar (lista segura do projeto, pode ser desfeito); K sai</numerusform>
            <numerusform>%n palavras mascaradas só porque a lista segura não as conhece: um clique mantém uma em todo lugar (lista segura do projeto, pode ser desfeito); K sai</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="73"/>
        <source>Show only the words masked because the safe list does not know them; a click keeps one everywhere (K)</source>
        <translation>Mostrar só as palavras mascaradas porque a lista segura não as conhece; um clique mantém uma em todo lugar (K)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="75"/>
        <source>All Frames</source>
        <translation>Todos os quadros</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="77"/>
        <source>New masks cover every frame (off: this frame only)</source>
        <translation>Novas máscaras cobrem todos os quadros (desligado: só este quadro)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="78"/>
        <source>Delete Mask</source>
        <translation>Excluir máscara</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="83"/>
        <source>Mask Whole Series</source>
        <translation>Mascarar a série inteira</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="83"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="87"/>
        <source>Mask copied to %1 other image(s) of the series</source>
        <translation>Máscara copiada para mais %1 imagem(ns) da série</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="89"/>
        <source>Mask Device (Template)</source>
        <translation>Mascarar equipamento (modelo)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="89"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="92"/>
        <source>Template saved; mask copied to %1 other image(s) of this device</source>
        <translation>Modelo salvo; máscara copiada para mais %1 imagem(ns) deste equipamento</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="96"/>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="96"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="110"/>
        <source>Compare (hold C)</source>
        <translation>Comparar (segurar C)</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="112"/>
        <source>Boxes</source>
        <translation>Caixas</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="112"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="119"/>
        <source>Zoom In</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="120"/>
        <source>Zoom Out</source>
        <translation>Reduzir</translation>
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
        <translation>Redefinir janela</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="122"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="127"/>
        <source>Next Frame</source>
        <translation>Próximo quadro</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="129"/>
        <source>Previous Frame</source>
        <translation>Quadro anterior</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="130"/>
        <source>Next Image</source>
        <translation>Próxima imagem</translation>
    </message>
    <message>
        <location filename="../widgets/ReviewPageActions.cpp" line="131"/>
        <source>Previous Image</source>
        <translation>Imagem anterior</translation>
    </message>
</context>
<context>
    <name>veil::ReviewSession</name>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="164"/>
        <source>Draw mask</source>
        <translation>Desenhar máscara</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="212"/>
        <source>Keep text</source>
        <translation>Manter texto</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="212"/>
        <source>Mask text</source>
        <translation>Mascarar texto</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="224"/>
        <source>Keep “%1” everywhere</source>
        <translation>Manter “%1” em todo lugar</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="245"/>
        <source>Adding to the safe list</source>
        <translation>Adicionando à lista segura</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="245"/>
        <source>Taking off the safe list</source>
        <translation>Tirando da lista segura</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="279"/>
        <source>Apply mask to the series</source>
        <translation>Aplicar a máscara à série</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="290"/>
        <source>%1 %2 %3x%4</source>
        <translation>%1 %2 %3x%4</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="298"/>
        <source>Saving a device template</source>
        <translation>Salvando um modelo de equipamento</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="304"/>
        <source>Apply mask to the device</source>
        <translation>Aplicar a máscara ao equipamento</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="342"/>
        <location filename="../widgets/models/ReviewSession.cpp" line="349"/>
        <source>Saving a mask</source>
        <translation>Salvando uma máscara</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="357"/>
        <source>Deleting a mask</source>
        <translation>Excluindo uma máscara</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSession.cpp" line="364"/>
        <source>Saving a decision</source>
        <translation>Salvando uma decisão</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="30"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="37"/>
        <source>Adding</source>
        <translation>Adicionando</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="49"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="85"/>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="89"/>
        <source>Finding burned-in text</source>
        <translation>Procurando texto gravado</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="79"/>
        <source>instance %1</source>
        <translation>instância %1</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="156"/>
        <source>Estimating the risk</source>
        <translation>Estimando o risco</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="169"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../widgets/models/ReviewSessionWork.cpp" line="213"/>
        <source>Reading tags</source>
        <translation>Lendo tags</translation>
    </message>
</context>
<context>
    <name>veil::Risk</name>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="19"/>
        <source>age</source>
        <translation>idade</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="20"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="21"/>
        <source>study year</source>
        <translation>ano do estudo</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="22"/>
        <source>modality</source>
        <translation>modalidade</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="23"/>
        <source>device</source>
        <translation>equipamento</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="24"/>
        <source>institution</source>
        <translation>instituição</translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="25"/>
        <source>body part</source>
        <translation>região do corpo</translation>
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
            <numerusform>só %n paciente no pacote: k não chega a 5, seja o que for generalizado</numerusform>
            <numerusform>só %n pacientes no pacote: k não chega a 5, seja o que for generalizado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/EngineText.cpp" line="46"/>
        <source>generalise or remove %1: smallest k becomes %2</source>
        <translation>generalizar ou remover %1: o menor k passa a %2</translation>
    </message>
</context>
<context>
    <name>veil::SettingsDialog</name>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="59"/>
        <source>Project settings</source>
        <translation>Configurações do projeto</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="61"/>
        <source>De-identification options (DICOM PS3.15 Annex E)</source>
        <translation>Opções de desidentificação (DICOM PS3.15 anexo E)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="76"/>
        <source>Fixed: instances already carry pseudonyms with this prefix</source>
        <translation>Fixo: há instâncias que já levam pseudônimos com este prefixo</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="77"/>
        <source>Patient IDs and names become this prefix plus a keyed code</source>
        <translation>IDs e nomes de pacientes viram este prefixo mais um código com chave</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="78"/>
        <source>Pseudonym prefix</source>
        <translation>Prefixo dos pseudônimos</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="82"/>
        <source>e.g. ACME, TRIAL7</source>
        <translation>ex.: ACME, TRIAL7</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="83"/>
        <source>With the clean options, descriptions and comments keep only known words; these words are kept too (comma-separated)</source>
        <translation>Com as opções de limpeza, descrições e comentários mantêm só palavras conhecidas; estas palavras também são mantidas (separadas por vírgulas)</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="85"/>
        <source>Words to keep in cleaned text</source>
        <translation>Palavras a manter no texto limpo</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="90"/>
        <source>German</source>
        <translation>Alemão</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="90"/>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="91"/>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="91"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="92"/>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="92"/>
        <source>Dutch</source>
        <translation>Holandês</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="100"/>
        <source>English is always read. Each language more costs about a quarter more time per image; text in a language not chosen is still masked, but read less well.</source>
        <translation>O inglês é sempre lido. Cada idioma a mais custa cerca de um quarto a mais de tempo por imagem; texto em um idioma não escolhido ainda é mascarado, mas lido pior.</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="102"/>
        <source>Burned-in text also in</source>
        <translation>Texto gravado também em</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="104"/>
        <source>Project rules, applied before the standard&apos;s (JSON list):</source>
        <translation>Regras do projeto, aplicadas antes das do padrão (lista JSON):</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="113"/>
        <source>The system&apos;s</source>
        <translation>O do sistema</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="116"/>
        <source>For Veil on this computer, not the project; used from Veil&apos;s next start</source>
        <translation>Para o Veil neste computador, não para o projeto; vale a partir da próxima inicialização do Veil</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="117"/>
        <source>Language of Veil&apos;s screens</source>
        <translation>Idioma das telas do Veil</translation>
    </message>
    <message>
        <location filename="../widgets/SettingsDialog.cpp" line="161"/>
        <source>Not installed here (package tesseract-ocr-%1)</source>
        <translation>Não instalado aqui (pacote tesseract-ocr-%1)</translation>
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
        <translation>Torne as imagens médicas seguras para compartilhar: desidentifique os cabeçalhos, encontre o texto gravado nos pixels, revise cada imagem e exporte um pacote que não vaza nada.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="30"/>
        <source>New Project…</source>
        <translation>Novo projeto…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="31"/>
        <source>Open Project…</source>
        <translation>Abrir projeto…</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="44"/>
        <source>A project is one encrypted file (*.veil) that keeps every decision, the re-identification key and an audit log. You will be asked for its passphrase.</source>
        <translation>Um projeto é um arquivo criptografado (*.veil) que guarda cada decisão, a chave de reidentificação e um registro de auditoria. A frase secreta dele será pedida.</translation>
    </message>
    <message>
        <location filename="../widgets/StartPage.cpp" line="64"/>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
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
        <translation>(nenhum ainda)</translation>
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
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="41"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="61"/>
        <source>(removed)</source>
        <translation>(removido)</translation>
    </message>
    <message>
        <location filename="../widgets/models/TagDiffModel.cpp" line="64"/>
        <source>last export check: %1</source>
        <translation>última verificação de exportação: %1</translation>
    </message>
</context>
<context>
    <name>veil::TagPanel</name>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="47"/>
        <source>Filter tags (name, number, value)…</source>
        <translation>Filtrar tags (nome, número, valor)…</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="49"/>
        <source>Changed only</source>
        <translation>Só alteradas</translation>
    </message>
    <message>
        <location filename="../widgets/TagPanel.cpp" line="98"/>
        <source>%1 attributes changed, removed or added; tinted rows</source>
        <translation>%1 atributos alterados, removidos ou adicionados; linhas coloridas</translation>
    </message>
</context>
<context>
    <name>veil::VolumeWindow</name>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="20"/>
        <source>3-D View — %1</source>
        <translation>Visualização 3D — %1</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="21"/>
        <source>Could someone recognise this person from the surface? A CT or MR of the head can show a face: if it does, the series should not be shared as it is.</source>
        <translation>Alguém poderia reconhecer esta pessoa pela superfície? Uma TC ou RM da cabeça pode mostrar um rosto: se mostrar, a série não deve ser compartilhada como está.</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="29"/>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="31"/>
        <source>Surface at</source>
        <translation>Superfície em</translation>
    </message>
    <message>
        <location filename="../widgets/volume/VolumeWindow.cpp" line="41"/>
        <source>%1 HU</source>
        <translation>%1 HU</translation>
    </message>
</context>
</TS>
