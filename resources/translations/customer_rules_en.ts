<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CustomerRulesSection</name>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="65" />
        <source>Customer rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="73" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="75" />
        <source>Customer tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="81" />
        <source>A (key account) from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="82" />
        <source>B (ordinary) from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="83" />
        <source>Won deals in the last 12 months. Below the B threshold a customer is C (potential). A tier set by hand is never recomputed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="90" />
        <source>Customers in these industries are at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="95" />
        <source>e.g. 医疗器械, 能源 (comma separated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="101" />
        <source>Industries:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="103" />
        <source>Customers for at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="106" />
        <source> years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="111" />
        <source>are at least</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="116" />
        <source>Stale customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="118" />
        <source>Remind when there was no follow-up for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="121" />
        <location filename="../../gui/settings/customer_rules_section.py" line="184" />
        <source>A key account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="121" />
        <location filename="../../gui/settings/customer_rules_section.py" line="185" />
        <source>B ordinary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="122" />
        <source>C potential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="122" />
        <source>No tier yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="130" />
        <source>A scheduled next follow-up silences the reminder until its date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="136" />
        <source>Shared pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="137" />
        <source>Use a shared pool that any rep can claim from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="142" />
        <source>Release Idle Customers Now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="146" />
        <source>Idle after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="149" />
        <source>Recompute Tiers Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="152" />
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="154" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="246" />
        <source>The A threshold must be higher than the B threshold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="258" />
        <location filename="../../gui/settings/customer_rules_section.py" line="262" />
        <source>Cannot save customer rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="268" />
        <source>Customer rules saved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/settings/customer_rules_section.py" line="286" />
        <source>Tiers recomputed: %n customer(s) changed</source>
        <translation><numerusform>Tiers recomputed: %n customer changed</numerusform><numerusform>Tiers recomputed: %n customers changed</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="291" />
        <source>Cannot recompute tiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="296" />
        <source>Tier recompute cancelled; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="298" />
        <source>Recomputing customer tiers…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="41" />
        <location filename="../../gui/customers/merge_dialog.py" line="181" />
        <source>Merge Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="45" />
        <source>Choose the record to keep. Its filled-in fields win and its blanks are filled from the others; tags are combined. Contacts, follow-ups, deals and history move to it, and the other records are removed. Undo (Ctrl+Z) puts everything back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="54" />
        <source>&amp;Keep:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="71" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="110" />
        <source>shared pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="111" />
        <source>{0} (owner: {1})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="131" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="132" />
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n follow-up</numerusform><numerusform>%n follow-ups</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="133" />
        <source>%n deal(s)</source>
        <translation><numerusform>%n deal</numerusform><numerusform>%n deals</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="134" />
        <source>%n history event(s)</source>
        <translation><numerusform>%n history event</numerusform><numerusform>%n history events</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="138" />
        <source>%n other record(s)</source>
        <translation><numerusform>%n other record</numerusform><numerusform>%n other records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="140" />
        <source>Moving to the kept customer: %1. %n record(s) will be removed.</source>
        <translation><numerusform>Moving to the kept customer: %1. %n record will be removed.</numerusform><numerusform>Moving to the kept customer: %1. %n records will be removed.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="142" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="145" />
        <source>Cannot merge</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="161" />
        <source>Merge %n customer(s) into %1</source>
        <translation><numerusform>Merge %n customer into %1</numerusform><numerusform>Merge %n customers into %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="182" />
        <source>Select at least two customers to merge.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergePreviewModel</name>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="32" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="32" />
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="33" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="33" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="34" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="34" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="34" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="35" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="35" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="36" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="36" />
        <source>Credit limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="37" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="37" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="38" />
        <source>Customer since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="39" />
        <source>Last follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="40" />
        <source>Next follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="71" />
        <source>Keep: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="73" />
        <source>Merge: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="75" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PoolActions</name>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="66" />
        <location filename="../../gui/customers/pool_actions.py" line="75" />
        <source>Release to Shared Pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="79" />
        <source>The shared pool is turned off. Turn it on in Settings → Customer rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="126" />
        <location filename="../../gui/customers/pool_actions.py" line="182" />
        <source>Cannot release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="67" />
        <source>Release the selected customers (%n) to the shared pool? Their owner is cleared and any rep can claim them.

Note (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="96" />
        <source>(skipped: %n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="130" />
        <source>Release customers to the shared pool (%n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="144" />
        <source>Claim Customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="145" />
        <source>Choose who you are in Settings → General first; claimed customers become yours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="153" />
        <source>Cannot claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="157" />
        <source>Claim customers from the shared pool (%n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="173" />
        <source>Customers with no follow-up beyond the pool threshold: %n. Release them to the shared pool now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="186" />
        <source>Release idle customers to the shared pool (%n)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="169" />
        <source>No customer is idle beyond the pool threshold.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>