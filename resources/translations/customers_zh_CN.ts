<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BulkPrompts</name>
    <message>
        <location filename="../../gui/customers/bulk_prompts.py" line="28"/>
        <source>Reassign owner</source>
        <translation>更换负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/bulk_prompts.py" line="29"/>
        <source>New owner of the selected customers ({0}):</source>
        <translation>所选客户（{0} 个）的新负责人：</translation>
    </message>
    <message>
        <location filename="../../gui/customers/bulk_prompts.py" line="41"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../gui/customers/bulk_prompts.py" line="51"/>
        <source>Set tier</source>
        <translation>设置客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/customers/bulk_prompts.py" line="52"/>
        <source>Tier for the selected customers ({0}), set by hand:</source>
        <translation>手动设置所选客户（{0} 个）的客户分层：</translation>
    </message>
</context>
<context>
    <name>CardLists</name>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="85"/>
        <location filename="../../gui/customers/card_lists.py" line="153"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="87"/>
        <location filename="../../gui/customers/card_lists.py" line="104"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="89"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="101"/>
        <location filename="../../gui/customers/card_lists.py" line="208"/>
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="106"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="165"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="174"/>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="230"/>
        <source>Edit follow-up</source>
        <translation>编辑跟进记录</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="239"/>
        <source>Delete follow-up</source>
        <translation>删除跟进记录</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../gui/customers/contact_dialog.py" line="25"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contact_dialog.py" line="25"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contact_dialog.py" line="31"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contact_dialog.py" line="36"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contact_dialog.py" line="37"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contact_dialog.py" line="38"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contact_dialog.py" line="39"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contact_dialog.py" line="40"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contact_dialog.py" line="59"/>
        <source>The contact needs a name.</source>
        <translation>请填写联系人姓名。</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../gui/customers/contacts_model.py" line="17"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contacts_model.py" line="18"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contacts_model.py" line="19"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contacts_model.py" line="20"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contacts_model.py" line="21"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contacts_model.py" line="22"/>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <location filename="../../gui/customers/contacts_model.py" line="15"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CustomerCardPanel</name>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="141"/>
        <source>Change Log…</source>
        <translation>变更记录…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="143"/>
        <source>Who changed this customer&apos;s owner, its deals and its payments, and when</source>
        <translation>谁在何时修改了该客户的负责人、商机和回款</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="73"/>
        <source>Select a customer to see its card.</source>
        <translation>选择一个客户以查看客户卡片。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="77"/>
        <location filename="../../gui/customers/customer_card.py" line="224"/>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="81"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="82"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="85"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="86"/>
        <source>Opportunities (deals) with this customer</source>
        <translation>与该客户的商机</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="87"/>
        <source>Orders and payments of this customer appear here once the Orders &amp; Payments area arrives.</source>
        <translation>订单与回款功能上线后，此处将显示该客户的订单和回款。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="92"/>
        <source>Orders</source>
        <translation>订单与回款</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="93"/>
        <source>Orders and payments</source>
        <translation>订单与回款</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="116"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="116"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="117"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="117"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="118"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="118"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="119"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="119"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="129"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="131"/>
        <source>By the rules</source>
        <translation>按规则计算</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="138"/>
        <source>Tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="142"/>
        <source>¥ amount, e.g. 50,000</source>
        <translation>金额（¥），如 50,000</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="144"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="149"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="151"/>
        <source>Customer since</source>
        <translation>合作起始日</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="154"/>
        <source>Comma separated, e.g. 重点, 华东</source>
        <translation>用逗号分隔，如 重点, 华东</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="156"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="165"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="241"/>
        <source>(nobody — shared pool)</source>
        <translation>（无人 — 公海）</translation>
    </message>
    <message>
        <source>Shared pool</source>
        <translation type="vanished">公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="262"/>
        <source>Owner: {0}</source>
        <translation>负责人：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="263"/>
        <source>Tier: {0}</source>
        <translation>客户分层：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="264"/>
        <source>Won, last 12 months: {0}</source>
        <translation>近12个月成交额：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="266"/>
        <source>Last follow-up: {0}</source>
        <translation>最近跟进：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="268"/>
        <source>Next follow-up: {0}</source>
        <translation>下次跟进：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="271"/>
        <source>In the shared pool since {0}</source>
        <translation>自 {0} 起在公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="273"/>
        <source>Stale: follow up soon</source>
        <translation>跟进断档：请尽快跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="279"/>
        <source>Manual override: {0}</source>
        <translation>手动设定：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="282"/>
        <source>Not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="283"/>
        <source>{0} — computed: {1}</source>
        <translation>{0} — 计算依据：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="314"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="341"/>
        <source>Change owner</source>
        <translation>更换负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="350"/>
        <source>Change tier</source>
        <translation>更改客户分层</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="26"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="27"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="28"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="29"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="30"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="31"/>
        <source>Stale only</source>
        <translation>仅跟进断档</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="32"/>
        <source>Customers without a follow-up in their tier&apos;s limit</source>
        <translation>超过所在等级跟进期限未跟进的客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="33"/>
        <source>Shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="34"/>
        <source>Customers in the shared pool, free to claim</source>
        <translation>公海中的客户，任何人都可认领</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="35"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="35"/>
        <location filename="../../gui/customers/filter_bar.py" line="66"/>
        <source>Only my customers</source>
        <translation>只看我负责的客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="37"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="67"/>
        <source>Choose who you are in Settings to use this filter</source>
        <translation>请先在设置中选择“我是谁”再使用此筛选</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="81"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/filter_bar.py" line="83"/>
        <source>(no tier)</source>
        <translation>（无等级）</translation>
    </message>
</context>
<context>
    <name>CustomerListActions</name>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="54"/>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="55"/>
        <source>Reassign owner…</source>
        <translation>更换负责人…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="56"/>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="57"/>
        <source>Remove tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="58"/>
        <source>Set tier…</source>
        <translation>设置等级…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="59"/>
        <source>Release to shared pool…</source>
        <translation>释放到公海…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="60"/>
        <source>Claim from shared pool</source>
        <translation>从公海认领</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="61"/>
        <source>Release idle customers…</source>
        <translation>释放闲置客户…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="63"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="64"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="vanished">客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="86"/>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="107"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="120"/>
        <source>Reassign %n customer(s)</source>
        <translation>更换 %n 个客户的负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="128"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="128"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="133"/>
        <source>Add tag to %n customer(s)</source>
        <translation>为 %n 个客户添加标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="134"/>
        <source>Remove tag from %n customer(s)</source>
        <translation>移除 %n 个客户的标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="154"/>
        <source>Set tier of %n customer(s)</source>
        <translation>设置 %n 个客户的等级</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="190"/>
        <source>Delete %n customer(s)</source>
        <translation>删除 %n 个客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/list_actions.py" line="195"/>
        <source>Deleted %n customer(s). Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 个客户。撤销即可恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="421"/>
        <source>Shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="405"/>
        <source> (manual)</source>
        <extracomment>Column keys in their default order; each is also a sort key of services.customers.search.</extracomment>
        <translation>（手动）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="422"/>
        <source>Stale</source>
        <translation>跟进断档</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="429"/>
        <source>Tier set by hand (manual override)</source>
        <translation>手动设定的客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="433"/>
        <source>No follow-up within this tier&apos;s limit and nothing scheduled</source>
        <translation>超过该等级跟进期限未跟进，且没有安排下次跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="440"/>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="440"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="440"/>
        <source>Tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="441"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="441"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="442"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="442"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="443"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="443"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="444"/>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="445"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="446"/>
        <source>Won, last 12 months</source>
        <translation>近12个月成交额</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="446"/>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="447"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="447"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <location filename="../../gui/customers/formatting.py" line="14"/>
        <source>A · Key</source>
        <translation>A · 大客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="15"/>
        <source>B · Ordinary</source>
        <translation>B · 普通</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="16"/>
        <source>C · Potential</source>
        <translation>C · 潜在</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="18"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="31"/>
        <source>Shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="32"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="38"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="39"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="40"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="41"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="109"/>
        <source>Search name, contact, phone, tag… (Ctrl+F)</source>
        <translation>搜索客户名称、联系人、电话、标签…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="209"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="211"/>
        <source>Shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="223"/>
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>Loading {0} customers…</source>
        <translation type="vanished">正在加载 {0} 个客户…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="242"/>
        <source>Loading customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="315"/>
        <source>The customers could not be loaded: {0}</source>
        <translation>无法加载客户：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="311"/>
        <location filename="../../gui/customers/customers_page.py" line="316"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="459"/>
        <source>No customer matches “{0}”.</source>
        <translation>没有与“{0}”匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="460"/>
        <source>No customer matches the filters.</source>
        <translation>没有符合筛选条件的客户。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="461"/>
        <source>Clear the search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="465"/>
        <source>No customers yet. Add one with New customer (Ctrl+N) or import a list (File → Import).</source>
        <translation>还没有客户。可用“新建客户”(Ctrl+N) 添加，或导入客户名单（文件 → 导入）。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="475"/>
        <source>Showing {0} of {1}</source>
        <translation>显示 {0} / 共 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="477"/>
        <source>Sorting…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="479"/>
        <source>{0} selected</source>
        <translation>已选 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="480"/>
        <source>Won in the last 12 months (shown): {0}</source>
        <translation>近12个月成交额合计（当前显示）：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="1"/>
        <source>New quote…</source>
        <translation>新建报价…</translation>
    </message>
</context>
<context>
    <name>DealsModel</name>
    <message>
        <location filename="../../gui/customers/deals_model.py" line="17"/>
        <source>Opportunity</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <location filename="../../gui/customers/deals_model.py" line="18"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gui/customers/deals_model.py" line="19"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/customers/deals_model.py" line="20"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../gui/customers/deals_model.py" line="21"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="55"/>
        <source>Follow-up: {name}</source>
        <translation>跟进记录：{name}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="66"/>
        <source>What was discussed?</source>
        <translation>沟通了什么？</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="69"/>
        <source>e.g. send the quote</source>
        <translation>如：发送报价单</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="70"/>
        <source>Next follow-up on</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="86"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="87"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="88"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="89"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="92"/>
        <source>Followed up by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="96"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="112"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="124"/>
        <source>That is me on this computer</source>
        <translation>就是我（本机记住）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="127"/>
        <source>Remembered as &quot;I am&quot; (Settings), so the next follow-up is yours already</source>
        <translation>记为“我是”（设置），以后的跟进自动记在你名下</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="143"/>
        <source>Booked earlier; untick to cancel it</source>
        <translation>之前已预约；取消勾选即取消该预约</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="165"/>
        <source>Write what happened before saving.</source>
        <translation>请先填写跟进内容再保存。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="168"/>
        <source>Choose who followed up.</source>
        <translation>请选择跟进人。</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../gui/customers/followups_model.py" line="31"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="vanished">方式</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followups_model.py" line="32"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followups_model.py" line="33"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="vanished">下次日期</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followups_model.py" line="34"/>
        <source>By</source>
        <translation>跟进人</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="51"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="54"/>
        <source>Company name, e.g. 上海星海科技有限公司</source>
        <translation>公司名称，如 上海星海科技有限公司</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="62"/>
        <source>(nobody — shared pool)</source>
        <translation>（无人 — 公海）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="63"/>
        <source>(no owner yet)</source>
        <translation>（暂无负责人）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="68"/>
        <source>By the rules</source>
        <translation>按规则计算</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="72"/>
        <source>Comma separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="87"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="89"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="90"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="91"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="92"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="93"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="94"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="95"/>
        <source>Tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="96"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="97"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="98"/>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="102"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="126"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="127"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="128"/>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="129"/>
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="144"/>
        <source>shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="145"/>
        <source> — owner: {owner}</source>
        <translation> — 负责人：{owner}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="148"/>
        <source>Possible duplicate — this customer may already exist:</source>
        <translation>疑似重复 — 该客户可能已存在：</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="158"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
</context>
</TS>
