<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddUnitDialog</name>
    <message>
        <location filename="../../gui/org/add_unit_dialog.py" line="29"/>
        <source>Add unit</source>
        <translation>添加组织单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/add_unit_dialog.py" line="41"/>
        <source>Under:</source>
        <translation>上级单元：</translation>
    </message>
    <message>
        <location filename="../../gui/org/add_unit_dialog.py" line="42"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gui/org/add_unit_dialog.py" line="43"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../gui/org/add_unit_dialog.py" line="54"/>
        <source>The unit needs a name.</source>
        <translation>请填写单元名称。</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="52"/>
        <source>Leaving: %1</source>
        <translation>离职交接：%1</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="66"/>
        <source>Still owns</source>
        <translation>名下仍有</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="76"/>
        <source>&amp;Last day:</source>
        <translation>最后工作日(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="78"/>
        <source>Hand over to &amp;one person</source>
        <translation>交接给一个人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="80"/>
        <source>&amp;Split among the team</source>
        <translation>在团队中平均分配(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="102"/>
        <source>&amp;Targets and reports go to:</source>
        <translation>目标和直属下级交给(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="106"/>
        <source>Who takes over</source>
        <translation>由谁接手</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="122"/>
        <source>&amp;Hand Over</source>
        <translation>交接(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="146"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="146"/>
        <source>Open deals</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="147"/>
        <source>Personal targets (this year on)</source>
        <translation>个人目标（本年度起）</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="148"/>
        <source>Open action items</source>
        <translation>未完成的行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="149"/>
        <source>Direct reports</source>
        <translation>直属下级</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="166"/>
        <source>%1 (%2) has a last day already (%3); what they still own is listed below.</source>
        <translation>%1（%2）已有最后工作日（%3）；名下仍有的内容列在下面。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="169"/>
        <source>%1 (%2) leaves. What they still own goes to the people chosen below; Undo (Ctrl+Z) puts it all back.</source>
        <translation>%1（%2）离职。名下仍有的内容交给下面选择的人；撤销（Ctrl+Z）可全部恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="172"/>
        <source>%1 (%2) leaves. They own nothing that needs handing over.</source>
        <translation>%1（%2）离职。名下没有需要交接的内容。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="215"/>
        <source>Check at least one person.</source>
        <translation>请至少勾选一人。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="218"/>
        <source>%1 customers</source>
        <translation>%1 个客户</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="219"/>
        <source>%1 deals</source>
        <translation>%1 个商机</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="223"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="223"/>
        <source>Each person gets %1.</source>
        <translation>每人分到 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="235"/>
        <source>%1 leaves</source>
        <translation>%1 离职交接</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_dialog.py" line="255"/>
        <source>Cannot hand over</source>
        <translation>无法交接</translation>
    </message>
    <message>
        <source>%1 gets %2.</source>
        <translation>%1 分到 %2。</translation>
    </message>
</context>
<context>
    <name>MergeUnitDialog</name>
    <message>
        <location filename="../../gui/org/merge_unit_dialog.py" line="30"/>
        <source>Merge unit</source>
        <translation>合并组织单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/merge_unit_dialog.py" line="35"/>
        <source>The people, sub-units, customers and target nodes of “{name}” move to the unit chosen here, and “{name}” is removed. Ctrl+Z undoes it.</source>
        <translation>“{name}”的人员、下级单元、客户和目标节点将并入这里选择的单元，“{name}”随后删除。可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/org/merge_unit_dialog.py" line="42"/>
        <source>Merge into:</source>
        <translation>并入：</translation>
    </message>
</context>
<context>
    <name>OrgLabels</name>
    <message>
        <location filename="../../gui/org/labels.py" line="13"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="14"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="15"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="16"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="17"/>
        <source>Division</source>
        <translation>事业部</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="18"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="21"/>
        <source>Owner / administrator</source>
        <translation>老板/管理员</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="22"/>
        <source>Sales director</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="23"/>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="24"/>
        <source>Sales rep</source>
        <translation>一线销售</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="25"/>
        <source>Data analyst</source>
        <translation>数据分析岗</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="28"/>
        <source>Novice</source>
        <translation>新手</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="29"/>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <location filename="../../gui/org/labels.py" line="30"/>
        <source>Senior</source>
        <translation>资深</translation>
    </message>
</context>
<context>
    <name>OrgSection</name>
    <message>
        <location filename="../../gui/org/org_section.py" line="79"/>
        <source>Org &amp; people</source>
        <translation>组织与人员</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="89"/>
        <source>The org tree and the people of each unit. Drag a unit onto another to move it, F2 renames it; Enter edits a person. Every change can be undone with Ctrl+Z.</source>
        <translation>组织架构及各单元的人员。把单元拖到另一个单元上即可调整隶属，F2 重命名；回车编辑人员。每项修改都可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="151"/>
        <source>Add sub-unit…</source>
        <translation>添加下级单元…</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="153"/>
        <source>Rename (F2)</source>
        <translation>重命名 (F2)</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="154"/>
        <location filename="../../gui/org/org_section.py" line="167"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="155"/>
        <location filename="../../gui/org/org_section.py" line="169"/>
        <location filename="../../gui/org/org_section.py" line="319"/>
        <source>Close unit</source>
        <translation>关闭单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="156"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="164"/>
        <source>Add unit…</source>
        <translation>添加单元…</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="166"/>
        <source>A sub-unit of the selected unit (Ins)</source>
        <translation>在所选单元下添加下级单元 (Ins)</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="193"/>
        <location filename="../../gui/org/org_section.py" line="212"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="195"/>
        <location filename="../../gui/org/org_section.py" line="214"/>
        <source>Leaves…</source>
        <translation>离职…</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="196"/>
        <source>Include sub-units</source>
        <translation>含下级单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="199"/>
        <source>Show people who left</source>
        <translation>显示已离职人员</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="204"/>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="206"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="217"/>
        <source>Reassign this person&apos;s customers, open deals, targets and plan items</source>
        <translation>将此人的客户、进行中的商机、目标和计划事项转交他人</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="319"/>
        <source>Reopen unit</source>
        <translation>重新启用单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="362"/>
        <source>Add unit %1</source>
        <translation>添加单元 %1</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="376"/>
        <source>Rename unit to %1</source>
        <translation>单元重命名为 %1</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="382"/>
        <source>Move %1 under %2</source>
        <translation>将 %1 移到 %2 下</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="397"/>
        <source>Merge %1 into %2</source>
        <translation>将 %1 并入 %2</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="408"/>
        <source>Make %1 a %2</source>
        <translation>将 %1 改为%2</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="418"/>
        <source>Close unit %1</source>
        <translation>关闭单元 %1</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="421"/>
        <source>Reopen unit %1</source>
        <translation>重新启用单元 %1</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="441"/>
        <source>Add person %1</source>
        <translation>添加人员 %1</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="460"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="479"/>
        <source>Leaves</source>
        <translation>离职</translation>
    </message>
    <message>
        <location filename="../../gui/org/org_section.py" line="480"/>
        <source>Reassigning a leaving person&apos;s work is not available in this version. Set the day they left with Edit… instead.</source>
        <translation>此版本暂不支持离职交接。请通过“编辑…”填写离职日期。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属组织</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Capacity tier</source>
        <translation>能力层级</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../gui/org/people_model.py" line="20"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/org/people_model.py" line="22"/>
        <source>Unit</source>
        <translation>所属单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/people_model.py" line="24"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../gui/org/people_model.py" line="26"/>
        <source>Capacity tier</source>
        <translation>能力层级</translation>
    </message>
    <message>
        <location filename="../../gui/org/people_model.py" line="28"/>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <location filename="../../gui/org/people_model.py" line="30"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/org/people_model.py" line="32"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../gui/org/people_model.py" line="34"/>
        <source>Start date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../gui/org/people_model.py" line="36"/>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="54"/>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="54"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="73"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="83"/>
        <source>still here</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="91"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="92"/>
        <source>Unit:</source>
        <translation>所属单元：</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="93"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="94"/>
        <source>Capacity tier:</source>
        <translation>能力层级：</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="95"/>
        <source>Manager:</source>
        <translation>直属上级：</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="96"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="97"/>
        <source>E-mail:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="98"/>
        <source>Start date:</source>
        <translation>入职日期：</translation>
    </message>
    <message>
        <location filename="../../gui/org/person_dialog.py" line="99"/>
        <source>Left on:</source>
        <translation>离职日期：</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/org/error_texts.py" line="13"/>
        <source>The unit still has people or sub-units.</source>
        <translation>该单元仍有人员或下级单元。</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="14"/>
        <source>this org unit no longer exists</source>
        <translation>该组织单元已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="15"/>
        <source>a unit needs a name</source>
        <translation>请填写单元名称</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="16"/>
        <source>a unit name is at most {limit} characters</source>
        <translation>单元名称最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="17"/>
        <source>there already is a unit called “{name}” here</source>
        <translation>此处已有名为“{name}”的单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="18"/>
        <source>“{name}” is closed and takes no new units</source>
        <translation>“{name}”已关闭，不能再添加单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="19"/>
        <source>unknown unit kind “{kind}”</source>
        <translation>未知的单元类型“{kind}”</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="20"/>
        <source>a unit other than the company needs a parent unit</source>
        <translation>除公司外，每个单元都需要上级单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="21"/>
        <source>the firm already has its company unit</source>
        <translation>已有公司这一顶层单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="22"/>
        <source>only the top of the tree is the company</source>
        <translation>只有组织架构的顶层才是公司</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="23"/>
        <source>the company unit is the top of the tree and cannot move</source>
        <translation>公司是组织架构的顶层，不能移动</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="24"/>
        <source>“{name}” cannot move under itself or one of its sub-units</source>
        <translation>“{name}”不能移到自身或其下级单元之下</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="26"/>
        <source>the company unit cannot be merged into another unit</source>
        <translation>公司不能并入其他单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="27"/>
        <source>“{name}” cannot be merged into itself or one of its sub-units</source>
        <translation>“{name}”不能并入自身或其下级单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="29"/>
        <source>“{into}” already has a unit called “{name}”; rename one of them first</source>
        <translation>“{into}”下已有名为“{name}”的单元，请先将其中一个重命名</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="31"/>
        <source>the company unit cannot be closed</source>
        <translation>公司不能关闭</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="32"/>
        <source>“{name}” is already closed</source>
        <translation>“{name}”已关闭</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="33"/>
        <source>“{name}” still has active people ({people}); move them or set the day they left first</source>
        <translation>“{name}”仍有在职人员（{people}），请先调走他们或填写离职日期</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="35"/>
        <source>“{name}” still has open sub-units; close or move them first</source>
        <translation>“{name}”仍有未关闭的下级单元，请先关闭或移走</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="37"/>
        <source>a person needs a name</source>
        <translation>请填写姓名</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="38"/>
        <source>a name is at most {limit} characters</source>
        <translation>姓名最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="39"/>
        <source>a phone number is at most {limit} characters</source>
        <translation>电话最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="40"/>
        <source>an e-mail address is at most {limit} characters</source>
        <translation>邮箱最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="41"/>
        <source>“{value}” is not an e-mail address</source>
        <translation>“{value}”不是有效的邮箱地址</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="42"/>
        <source>unknown person field “{key}”</source>
        <translation>未知的人员字段“{key}”</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="43"/>
        <source>unknown role “{value}”</source>
        <translation>未知的角色“{value}”</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="44"/>
        <source>unknown capacity tier “{value}”</source>
        <translation>未知的能力层级“{value}”</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="45"/>
        <source>a start or left date must be a date</source>
        <translation>入职或离职日期必须是日期</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="46"/>
        <source>a person needs a start date</source>
        <translation>请填写入职日期</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="47"/>
        <source>a person cannot be their own manager</source>
        <translation>不能把本人设为自己的直属上级</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="48"/>
        <source>the manager no longer exists</source>
        <translation>该直属上级已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="49"/>
        <source>that would make a circle of managers</source>
        <translation>这样会形成上下级循环</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="50"/>
        <source>a person needs a unit</source>
        <translation>请选择所属单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="51"/>
        <source>“{name}” is closed and takes no new people</source>
        <translation>“{name}”已关闭，不能再加入人员</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="52"/>
        <source>the day they left is before their start date</source>
        <translation>离职日期早于入职日期</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="53"/>
        <source>this person no longer exists</source>
        <translation>此人已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="54"/>
        <source>there is no unit called “{name}”</source>
        <translation>没有名为“{name}”的单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="55"/>
        <source>more than one unit is called “{name}”; name it by its path or id: {candidates}</source>
        <translation>名为“{name}”的单元不止一个，请用路径或 ID 指定：{candidates}</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="57"/>
        <source>there is nobody called “{name}”</source>
        <translation>没有名为“{name}”的人员</translation>
    </message>
    <message>
        <location filename="../../gui/org/error_texts.py" line="58"/>
        <source>more than one person is called “{name}”; name them by their id: {candidates}</source>
        <translation>名为“{name}”的人员不止一位，请用 ID 指定：{candidates}</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="12"/>
        <source>That person does not exist.</source>
        <translation>该人员不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="13"/>
        <source>A person who leaves cannot hand over to themselves.</source>
        <translation>离职人员不能交接给自己。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="14"/>
        <source>A person to hand over to does not exist.</source>
        <translation>接手人不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="15"/>
        <source>{name} has left and cannot take over.</source>
        <translation>{name} 已离职，不能接手。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="16"/>
        <source>{name} still owns records: choose who takes them over.</source>
        <translation>{name} 名下仍有记录：请选择由谁接手。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="17"/>
        <source>No person is called {name}.</source>
        <translation>没有名为 {name} 的人员。</translation>
    </message>
    <message>
        <location filename="../../gui/org/leaving_error_texts.py" line="18"/>
        <source>Several people are called {name}.</source>
        <translation>有多人名为 {name}。</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../gui/org/unit_tree_model.py" line="145"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../gui/org/unit_tree_model.py" line="146"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/org/unit_tree_model.py" line="147"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../gui/org/unit_tree_model.py" line="161"/>
        <source>%1, closed</source>
        <translation>%1（已关闭）</translation>
    </message>
    <message>
        <location filename="../../gui/org/unit_tree_model.py" line="166"/>
        <source>Closed on %1</source>
        <translation>关闭于 %1</translation>
    </message>
    <message>
        <location filename="../../gui/org/unit_tree_model.py" line="169"/>
        <source>%1 in the unit itself, %2 with its sub-units</source>
        <translation>本单元 %1 人，含下级单元 %2 人</translation>
    </message>
</context>
</TS>
