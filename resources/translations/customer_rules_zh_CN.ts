<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerRulesSection</name>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="65" />
        <source>Customer rules</source>
        <translation>客户规则</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="73" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="75" />
        <source>Customer tiers</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="81" />
        <source>A (key account) from:</source>
        <translation>A 大客户起点：</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="82" />
        <source>B (ordinary) from:</source>
        <translation>B 普通客户起点：</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="83" />
        <source>Won deals in the last 12 months. Below the B threshold a customer is C (potential). A tier set by hand is never recomputed.</source>
        <translation>按近 12 个月赢单金额计算。低于 B 门槛为 C 潜在客户。手动设定的等级不会被重新计算。</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="90" />
        <source>Customers in these industries are at least</source>
        <translation>以下行业的客户至少为</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="95" />
        <source>e.g. 医疗器械, 能源 (comma separated)</source>
        <translation>例如：医疗器械，能源（用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="101" />
        <source>Industries:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="103" />
        <source>Customers for at least</source>
        <translation>合作满</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="106" />
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="111" />
        <source>are at least</source>
        <translation>的客户至少为</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="116" />
        <source>Stale customers</source>
        <translation>跟进断档提醒</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="118" />
        <source>Remind when there was no follow-up for:</source>
        <translation>超过以下天数未跟进时提醒：</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="121" />
        <location filename="../../gui/settings/customer_rules_section.py" line="184" />
        <source>A key account</source>
        <translation>A 大客户</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="121" />
        <location filename="../../gui/settings/customer_rules_section.py" line="185" />
        <source>B ordinary</source>
        <translation>B 普通</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="122" />
        <source>C potential</source>
        <translation>C 潜在</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="122" />
        <source>No tier yet</source>
        <translation>未分层</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="130" />
        <source>A scheduled next follow-up silences the reminder until its date.</source>
        <translation>已安排下次跟进的客户，在该日期之前不提醒。</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="136" />
        <source>Shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="137" />
        <source>Use a shared pool that any rep can claim from</source>
        <translation>启用公海（任何销售都可认领）</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="142" />
        <source>Release Idle Customers Now…</source>
        <translation>立即释放闲置客户…</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="146" />
        <source>Idle after:</source>
        <translation>闲置天数：</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="149" />
        <source>Recompute Tiers Now</source>
        <translation>立即重新计算等级</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="152" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="154" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="246" />
        <source>The A threshold must be higher than the B threshold.</source>
        <translation>A 门槛必须高于 B 门槛。</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="258" />
        <location filename="../../gui/settings/customer_rules_section.py" line="262" />
        <source>Cannot save customer rules</source>
        <translation>无法保存客户规则</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="268" />
        <source>Customer rules saved</source>
        <translation>客户规则已保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/settings/customer_rules_section.py" line="286" />
        <source>Tiers recomputed: %n customer(s) changed</source>
        <translation><numerusform>等级已重新计算：%n 个客户发生变化</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="291" />
        <source>Cannot recompute tiers</source>
        <translation>无法重新计算等级</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="296" />
        <source>Tier recompute cancelled; nothing was changed</source>
        <translation>已取消重新计算等级，未做任何更改</translation>
    </message>
    <message>
        <location filename="../../gui/settings/customer_rules_section.py" line="298" />
        <source>Recomputing customer tiers…</source>
        <translation>正在重新计算客户分层…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="41" />
        <location filename="../../gui/customers/merge_dialog.py" line="181" />
        <source>Merge Customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="45" />
        <source>Choose the record to keep. Its filled-in fields win and its blanks are filled from the others; tags are combined. Contacts, follow-ups, deals and history move to it, and the other records are removed. Undo (Ctrl+Z) puts everything back.</source>
        <translation>选择要保留的记录。保留记录中已填写的字段优先，空白字段由其他记录补充；标签合并。联系人、跟进记录、商机和历史都将移到保留的客户下，其他记录将被删除。撤销（Ctrl+Z）可完全恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="54" />
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="71" />
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="110" />
        <source>shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="111" />
        <source>{0} (owner: {1})</source>
        <translation>{0}（负责人：{1}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="131" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n 个联系人</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="132" />
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n 条跟进记录</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="133" />
        <source>%n deal(s)</source>
        <translation><numerusform>%n 个商机</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="134" />
        <source>%n history event(s)</source>
        <translation><numerusform>%n 条历史记录</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="138" />
        <source>%n other record(s)</source>
        <translation><numerusform>%n 条其他记录</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="140" />
        <source>Moving to the kept customer: %1. %n record(s) will be removed.</source>
        <translation><numerusform>将移到保留的客户下：%1。将删除 %n 条客户记录。</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="142" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="145" />
        <source>Cannot merge</source>
        <translation>无法合并</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/merge_dialog.py" line="161" />
        <source>Merge %n customer(s) into %1</source>
        <translation><numerusform>将 %n 个客户合并到 %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_dialog.py" line="182" />
        <source>Select at least two customers to merge.</source>
        <translation>请至少选择两个客户进行合并。</translation>
    </message>
</context>
<context>
    <name>MergePreviewModel</name>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="32" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="32" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="33" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="33" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="34" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="34" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="34" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="35" />
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="35" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="36" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="36" />
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="37" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="37" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="38" />
        <source>Customer since</source>
        <translation>合作起始</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="39" />
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="40" />
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="71" />
        <source>Keep: {0}</source>
        <translation>保留：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="73" />
        <source>Merge: {0}</source>
        <translation>合并：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/merge_preview_model.py" line="75" />
        <source>Result</source>
        <translation>合并结果</translation>
    </message>
</context>
<context>
    <name>PoolActions</name>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="66" />
        <location filename="../../gui/customers/pool_actions.py" line="75" />
        <source>Release to Shared Pool</source>
        <translation>释放到公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="79" />
        <source>The shared pool is turned off. Turn it on in Settings → Customer rules.</source>
        <translation>公海未启用。请在“设置 → 客户规则”中启用。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="126" />
        <location filename="../../gui/customers/pool_actions.py" line="182" />
        <source>Cannot release</source>
        <translation>无法释放</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="67" />
        <source>Release the selected customers (%n) to the shared pool? Their owner is cleared and any rep can claim them.

Note (optional):</source>
        <translation>将选中的 %n 个客户释放到公海？负责人将被清空，任何销售都可以认领。

备注（可选）：</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="96" />
        <source>(skipped: %n)</source>
        <translation>（跳过 %n 个）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="130" />
        <source>Release customers to the shared pool (%n)</source>
        <translation>释放客户到公海（%n 个）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="144" />
        <source>Claim Customers</source>
        <translation>认领客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="145" />
        <source>Choose who you are in Settings → General first; claimed customers become yours.</source>
        <translation>请先在“设置 → 常规”中选择“我是”；认领的客户将归你负责。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="153" />
        <source>Cannot claim</source>
        <translation>无法认领</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="157" />
        <source>Claim customers from the shared pool (%n)</source>
        <translation>从公海认领客户（%n 个）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="173" />
        <source>Customers with no follow-up beyond the pool threshold: %n. Release them to the shared pool now?</source>
        <translation>%n 个客户超过公海闲置天数未跟进。现在释放到公海吗？</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="186" />
        <source>Release idle customers to the shared pool (%n)</source>
        <translation>释放闲置客户到公海（%n 个）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/pool_actions.py" line="169" />
        <source>No customer is idle beyond the pool threshold.</source>
        <translation>没有超过公海闲置天数的客户。</translation>
    </message>
</context>
</TS>