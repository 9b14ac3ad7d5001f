<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DealActions</name>
    <message numerus="yes">
        <location filename="../../gui/pipeline/deal_actions.py" line="80" />
        <source>Move %n deal(s) to %1</source>
        <translation><numerusform>Move %n deal to %1</numerusform><numerusform>Move %n deals to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/deal_actions.py" line="122" />
        <source>Set expected close of %n deal(s) to %1</source>
        <translation><numerusform>Set expected close of %n deal to %1</numerusform><numerusform>Set expected close of %n deals to %1</numerusform></translation>
    </message>
    </context>
<context>
    <name>DealCardDelegate</name>
    <message numerus="yes">
        <location filename="../../gui/pipeline/deal_card_delegate.py" line="154" />
        <source>%n d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message numerus="yes">
        <location filename="../../gui/pipeline/lost_reason_dialog.py" line="26" />
        <source>Why were these %n deals lost?</source>
        <translation><numerusform>Why was this deal lost?</numerusform><numerusform>Why were these %n deals lost?</numerusform></translation>
    </message>
    </context>
<context>
    <name>PipelinePage</name>
    <message numerus="yes">
        <location filename="../../gui/pipeline/pipeline_page.py" line="257" />
        <source>%Ln open deal(s)</source>
        <translation><numerusform>%Ln open deal</numerusform><numerusform>%Ln open deals</numerusform></translation>
    </message>
    </context>
<context>
    <name>WonDealDialog</name>
    <message numerus="yes">
        <location filename="../../gui/pipeline/won_deal_dialog.py" line="36" />
        <source>%n deals won; each keeps its own amount.</source>
        <translation><numerusform>%n deal won; it keeps its own amount.</numerusform><numerusform>%n deals won; each keeps its own amount.</numerusform></translation>
    </message>
    </context>
</TS>