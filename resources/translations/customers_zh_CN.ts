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
        <translation>设置客户等级</translation>
    </message>
    <message>
        <location filename="../../gui/customers/bulk_prompts.py" line="52"/>
        <source>Tier for the selected customers ({0}), set by hand:</source>
        <translation>手动设置所选客户（{0} 个）的客户等级：</translation>
    </message>
</context>
<context>
    <name>CardLists</name>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="80"/>
        <location filename="../../gui/customers/card_lists.py" line="147"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="82"/>
        <location filename="../../gui/customers/card_lists.py" line="98"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="84"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="95"/>
        <location filename="../../gui/customers/card_lists.py" line="189"/>
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="100"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="158"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="166"/>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="200"/>
        <source>Edit follow-up</source>
        <translation>编辑跟进记录</translation>
    </message>
    <message>
        <location filename="../../gui/customers/card_lists.py" line="209"/>
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
        <location filename="../../gui/customers/customer_card.py" line="72"/>
        <source>Select a customer to see its card.</source>
        <translation>选择一个客户以查看客户卡片。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="76"/>
        <location filename="../../gui/customers/customer_card.py" line="215"/>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="80"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="81"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="84"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="85"/>
        <source>Opportunities (deals) with this customer</source>
        <translation>与该客户的商机</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="83"/>
        <source>Orders and payments of this customer appear here once the Orders &amp; Payments area arrives.</source>
        <translation>订单与回款功能上线后，此处将显示该客户的订单和回款。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="91"/>
        <source>Orders</source>
        <translation>订单与回款</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="92"/>
        <source>Orders and payments</source>
        <translation>订单与回款</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="109"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="109"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="110"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="110"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="111"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="111"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="112"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="112"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="122"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="124"/>
        <source>By the rules</source>
        <translation>按规则计算</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="133"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="137"/>
        <source>¥ amount, e.g. 50,000</source>
        <translation>金额（¥），如 50,000</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="139"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="144"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="146"/>
        <source>Customer since</source>
        <translation>合作起始日</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="149"/>
        <source>Comma separated, e.g. 重点, 华东</source>
        <translation>用逗号分隔，如 重点, 华东</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="151"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="156"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="232"/>
        <source>(nobody — shared pool)</source>
        <translation>（无人 — 公海）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="251"/>
        <source>Shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="252"/>
        <source>Owner: {0}</source>
        <translation>负责人：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="253"/>
        <source>Tier: {0}</source>
        <translation>客户等级：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="254"/>
        <source>Won, last 12 months: {0}</source>
        <translation>近12个月成交额：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="256"/>
        <source>Last follow-up: {0}</source>
        <translation>最近跟进：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="258"/>
        <source>Next follow-up: {0}</source>
        <translation>下次跟进：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="261"/>
        <source>In the shared pool since {0}</source>
        <translation>自 {0} 起在公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="263"/>
        <source>Stale: follow up soon</source>
        <translation>久未跟进：请尽快跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="269"/>
        <source>Manual override: {0}</source>
        <translation>手动设定：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="272"/>
        <source>Not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="273"/>
        <source>{0} — computed: {1}</source>
        <translation>{0} — 计算依据：{1}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="304"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="331"/>
        <source>Change owner</source>
        <translation>更换负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_card.py" line="340"/>
        <source>Change tier</source>
        <translation>更改客户等级</translation>
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
        <translation>仅久未跟进</translation>
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
        <location filename="../../gui/customers/list_actions.py" line="53"/>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="54"/>
        <source>Reassign owner…</source>
        <translation>更换负责人…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="55"/>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="56"/>
        <source>Remove tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="57"/>
        <source>Set tier…</source>
        <translation>设置等级…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="58"/>
        <source>Release to shared pool…</source>
        <translation>释放到公海…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="59"/>
        <source>Claim from shared pool</source>
        <translation>从公海认领</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="60"/>
        <source>Release idle customers…</source>
        <translation>释放闲置客户…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="62"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="63"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="vanished">客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="85"/>
        <source>Nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="106"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="119"/>
        <source>Reassign %n customer(s)</source>
        <translation>更换 %n 个客户的负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="126"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="126"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="131"/>
        <source>Add tag to %n customer(s)</source>
        <translation>为 %n 个客户添加标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="132"/>
        <source>Remove tag from %n customer(s)</source>
        <translation>移除 %n 个客户的标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="151"/>
        <source>Set tier of %n customer(s)</source>
        <translation>设置 %n 个客户的等级</translation>
    </message>
    <message>
        <location filename="../../gui/customers/list_actions.py" line="186"/>
        <source>Delete %n customer(s)</source>
        <translation>删除 %n 个客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/customers/list_actions.py" line="190"/>
        <source>Deleted %n customer(s). Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 个客户。撤销即可恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="330"/>
        <location filename="../../gui/customers/customer_table_model.py" line="349"/>
        <source>Shared pool</source>
        <extracomment>Column keys in their default order; each is also a sort key of services.customers.search.</extracomment>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="333"/>
        <source> (manual)</source>
        <translation>（手动）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="350"/>
        <source>Stale</source>
        <translation>久未跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="357"/>
        <source>Tier set by hand (manual override)</source>
        <translation>手动设定的客户等级</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="361"/>
        <source>No follow-up within this tier&apos;s limit and nothing scheduled</source>
        <translation>超过该等级跟进期限未跟进，且没有安排下次跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="368"/>
        <source>Customer</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="368"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="368"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="369"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="369"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="370"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="370"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="371"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="371"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="372"/>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="373"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="374"/>
        <source>Won, last 12 months</source>
        <translation>近12个月成交额</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="374"/>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="375"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customer_table_model.py" line="375"/>
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
        <location filename="../../gui/customers/formatting.py" line="24"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="25"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="26"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../gui/customers/formatting.py" line="27"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="103"/>
        <source>Search name, contact, phone, tag… (Ctrl+F)</source>
        <translation>搜索客户名称、联系人、电话、标签…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="193"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="195"/>
        <source>Shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="207"/>
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>Loading {0} customers…</source>
        <translation type="vanished">正在加载 {0} 个客户…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="226"/>
        <source>Loading customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="281"/>
        <source>The customers could not be loaded: {0}</source>
        <translation>无法加载客户：{0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="282"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="406"/>
        <source>Showing {0} of {1}</source>
        <translation>显示 {0} / 共 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="429"/>
        <source>Sorting…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="408"/>
        <source>{0} selected</source>
        <translation>已选 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/customers_page.py" line="409"/>
        <source>Won in the last 12 months (shown): {0}</source>
        <translation>近12个月成交额合计（当前显示）：{0}</translation>
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
        <location filename="../../gui/customers/followup_dialog.py" line="45"/>
        <source>Follow-up: {name}</source>
        <translation>跟进记录：{name}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="54"/>
        <source>What was discussed?</source>
        <translation>沟通了什么？</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="57"/>
        <source>e.g. send the quote</source>
        <translation>如：发送报价单</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="58"/>
        <source>Next follow-up on</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="68"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="69"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="70"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="71"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="75"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followup_dialog.py" line="116"/>
        <source>Write what happened before saving.</source>
        <translation>请先填写跟进内容再保存。</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../gui/customers/followups_model.py" line="18"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followups_model.py" line="19"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followups_model.py" line="20"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followups_model.py" line="21"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followups_model.py" line="22"/>
        <source>Next date</source>
        <translation>下次日期</translation>
    </message>
    <message>
        <location filename="../../gui/customers/followups_model.py" line="23"/>
        <source>By</source>
        <translation>跟进人</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="50"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="53"/>
        <source>Company name, e.g. 上海星海科技有限公司</source>
        <translation>公司名称，如 上海星海科技有限公司</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="60"/>
        <source>(nobody — shared pool)</source>
        <translation>（无人 — 公海）</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="65"/>
        <source>By the rules</source>
        <translation>按规则计算</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="69"/>
        <source>Comma separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="84"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="86"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="87"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="88"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="89"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="90"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="91"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="92"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="93"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="94"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="95"/>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="99"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="123"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="124"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="125"/>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="126"/>
        <source>similar name</source>
        <translation>名称相似</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="141"/>
        <source>shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="142"/>
        <source> — owner: {owner}</source>
        <translation> — 负责人：{owner}</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="145"/>
        <source>Possible duplicate — this customer may already exist:</source>
        <translation>疑似重复 — 该客户可能已存在：</translation>
    </message>
    <message>
        <location filename="../../gui/customers/new_customer_dialog.py" line="155"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
</context>
</TS>
