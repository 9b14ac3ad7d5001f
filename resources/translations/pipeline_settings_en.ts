<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PipelineSettingsSection</name>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="48" />
        <location filename="../../gui/pipeline/settings_section.py" line="108" />
        <source>Pipelines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="61" />
        <source>Stages, default probabilities and rotting thresholds of each sales pipeline. Every change can be undone with Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="117" />
        <location filename="../../gui/pipeline/settings_section.py" line="190" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="119" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="130" />
        <location filename="../../gui/pipeline/settings_section.py" line="277" />
        <source>Stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="148" />
        <source>Add Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="150" />
        <source>Delete Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="152" />
        <source>Move Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="154" />
        <source>Move Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="156" />
        <source>Ctrl+Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="157" />
        <source>Ctrl+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="167" />
        <source>Double-click a cell to edit. Won and lost stages always count as 100 % and 0 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="182" />
        <source>Lost reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="191" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="193" />
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="194" />
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="204" />
        <source>Forecast categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="213" />
        <source>Open deals are forecast by their probability: at or above the commit band they count as commit, at or above the best-case band as best case, the rest as pipeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="221" />
        <source>Commit from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="222" />
        <source>Best case from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="276" />
        <source>Stages of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/settings_section.py" line="331" />
        <source>Pipeline “%1” still holds %n deal(s). Move them to another pipeline first.</source>
        <translation>
            <numerusform>Pipeline “%1” still holds %n deal. Move it to another pipeline first.</numerusform><numerusform>Pipeline “%1” still holds %n deals. Move them to another pipeline first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/settings_section.py" line="333" />
        <source>Stage “%1” still holds %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>Stage “%1” still holds %n deal. Move it to another stage first.</numerusform><numerusform>Stage “%1” still holds %n deals. Move them to another stage first.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="338" />
        <source>That name is already used. Choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="340" />
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="342" />
        <source>Every pipeline needs at least one open, one won and one lost stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="345" />
        <source>Sailplan needs at least one pipeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="347" />
        <source>Probability must be a whole number from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="349" />
        <source>Rotting days must be at least 1 (or empty for never).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="351" />
        <source>The best-case band cannot start above the commit band.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="368" />
        <source>New pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="375" />
        <source>Add pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="384" />
        <source>Rename pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="394" />
        <source>Delete pipeline “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="406" />
        <source>New stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="413" />
        <source>Add stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="433" />
        <source>Rename stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="433" />
        <source>Change probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="434" />
        <source>Change rotting days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="435" />
        <source>Fold stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="435" />
        <source>Unfold stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="437" />
        <source>Edit stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="447" />
        <source>Delete stage “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="464" />
        <source>Move stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="479" />
        <source>Edit lost reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="498" />
        <source>Remove lost reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="508" />
        <source>Reorder lost reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="524" />
        <source>Change forecast categories</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelinesModel</name>
    <message numerus="yes">
        <location filename="../../gui/pipeline/settings_pipelines_model.py" line="51" />
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform><numerusform>%n stages</numerusform></translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="53" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="53" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="53" />
        <source>Probability %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="54" />
        <source>Rotting after (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="54" />
        <source>Folded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="59" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="61" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="62" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="76" />
        <source>A deal sitting in this stage longer than this many days is marked as rotting, unless a future follow-up is booked. Empty: never.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>