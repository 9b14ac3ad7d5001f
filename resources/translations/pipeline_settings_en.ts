<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>PipelineSettingsSection</name>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="50" />
        <location filename="../../gui/pipeline/settings_section.py" line="111" />
        <source>Pipelines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="64" />
        <source>Stages, default probabilities and rotting thresholds of each sales pipeline. Every change can be undone with Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="120" />
        <location filename="../../gui/pipeline/settings_section.py" line="198" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="122" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="133" />
        <location filename="../../gui/pipeline/settings_section.py" line="285" />
        <source>Stages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="151" />
        <source>Add Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="153" />
        <source>Delete Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="155" />
        <source>Move Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="157" />
        <source>Move Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="159" />
        <source>Use Suggested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="162" />
        <source>Set the stage's default probability to the win rate observed over the last 12 months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="164" />
        <source>Ctrl+Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="165" />
        <source>Ctrl+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="175" />
        <source>Double-click a cell to edit. Won and lost stages always count as 100 % and 0 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="190" />
        <source>Lost reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="199" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="201" />
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="202" />
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="212" />
        <source>Forecast categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="221" />
        <source>Open deals are forecast by their probability: at or above the commit band they count as commit, at or above the best-case band as best case, the rest as pipeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="229" />
        <source>Commit from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="230" />
        <source>Best case from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="284" />
        <source>Stages of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/settings_section.py" line="364" />
        <source>Pipeline “%1” still holds %n deal(s). Move them to another pipeline first.</source>
        <translation>
            <numerusform>Pipeline “%1” still holds %n deal. Move it to another pipeline first.</numerusform><numerusform>Pipeline “%1” still holds %n deals. Move them to another pipeline first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/settings_section.py" line="366" />
        <source>Stage “%1” still holds %n deal(s). Move them to another stage first.</source>
        <translation>
            <numerusform>Stage “%1” still holds %n deal. Move it to another stage first.</numerusform><numerusform>Stage “%1” still holds %n deals. Move them to another stage first.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="371" />
        <source>That name is already used. Choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="373" />
        <source>A name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="375" />
        <source>Every pipeline needs at least one open, one won and one lost stage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="378" />
        <source>Sailplan needs at least one pipeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="380" />
        <source>Probability must be a whole number from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="382" />
        <source>Rotting days must be at least 1 (or empty for never).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="384" />
        <source>The best-case band cannot start above the commit band.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="401" />
        <source>New pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="408" />
        <source>Add pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="417" />
        <source>Rename pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="427" />
        <source>Delete pipeline “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="439" />
        <source>New stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="446" />
        <source>Add stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="466" />
        <source>Rename stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="466" />
        <source>Change probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="467" />
        <source>Change rotting days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="468" />
        <source>Fold stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="468" />
        <source>Unfold stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="470" />
        <source>Edit stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="489" />
        <source>Delete stage “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="506" />
        <source>Move stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="521" />
        <source>Edit lost reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="540" />
        <source>Remove lost reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="550" />
        <source>Reorder lost reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_section.py" line="566" />
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
        <location filename="../../gui/pipeline/settings_stages_model.py" line="71" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="71" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="71" />
        <source>Probability %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="72" />
        <source>Rotting after (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="72" />
        <source>Folded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="72" />
        <source>History suggests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="77" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="79" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="80" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="94" />
        <source>A deal sitting in this stage longer than this many days is marked as rotting, unless a future follow-up is booked. Empty: never.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/settings_stages_model.py" line="125" />
        <source>too few (%n)</source>
        <translation>
            <numerusform>too few (%n)</numerusform><numerusform>too few (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/settings_stages_model.py" line="128" />
        <source>Deals that reached this stage in the last 12 months and are now closed: %1, of them won: %2 (%3). A suggestion needs at least %4 closed deals.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>