<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../gui/firstrun/checklist_panel.py" line="53"/>
        <source>Getting started</source>
        <translation>入门清单</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/checklist_panel.py" line="57"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/checklist_panel.py" line="59"/>
        <source>Hide this list on this database (Edit ▸ Undo shows it again)</source>
        <translation>在此数据库上隐藏这份清单（编辑 ▸ 撤销可重新显示）</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/checklist_panel.py" line="125"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/checklist_panel.py" line="142"/>
        <source>Hide the getting-started list</source>
        <translation>隐藏入门清单</translation>
    </message>
</context>
<context>
    <name>FirmPage</name>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="66"/>
        <source>Welcome to Sailplan</source>
        <translation>欢迎使用 Sailplan</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="67"/>
        <source>A few questions set up your firm. Everything can be changed later in Settings.</source>
        <translation>回答几个问题即可设置好您的公司。所有内容之后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="71"/>
        <source>e.g. Yunfan Technology Ltd.</source>
        <translation>例如：云帆科技有限公司</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="77"/>
        <source>&amp;Firm name:</source>
        <translation>公司名称(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="78"/>
        <source>Fiscal year &amp;starts in:</source>
        <translation>财年起始月份(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="80"/>
        <source>Most firms in China keep their books by the calendar year (January). The firm&apos;s name becomes the top of the org tree.</source>
        <translation>国内大多数企业按自然年（一月起）记账。公司名称将作为组织架构的顶层。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="16"/>
        <source>Owner / administrator</source>
        <translation>老板/管理员</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="17"/>
        <source>Sales director</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="18"/>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="19"/>
        <source>Sales rep</source>
        <translation>一线销售</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="20"/>
        <source>Data analyst</source>
        <translation>数据分析岗</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="33"/>
        <source>Finish the setup</source>
        <translation>完成初始设置</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="34"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="35"/>
        <source>Set up the team (org and people)</source>
        <translation>建立团队（组织与人员）</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="36"/>
        <source>Create this year&apos;s targets</source>
        <translation>创建本年度目标</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="37"/>
        <source>Create the first deal</source>
        <translation>建第一个商机</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="38"/>
        <source>Make a sales plan (action items)</source>
        <translation>制定销售计划（行动计划）</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="39"/>
        <source>Make a backup</source>
        <translation>备份一次数据</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="47"/>
        <source>Name the firm, say who you are and add the team</source>
        <translation>填写公司名称、您是谁，并添加团队</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="49"/>
        <source>Bring your customer list in from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入客户名单</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="51"/>
        <source>Add the regions, teams and people who sell</source>
        <translation>添加区域、团队和销售人员</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="53"/>
        <source>Set the year&apos;s target and split it down to people</source>
        <translation>设定年度目标并分解到人</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="55"/>
        <source>Put a deal you are working on in the pipeline</source>
        <translation>把正在跟进的商机放进销售漏斗</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="57"/>
        <source>Write down who does what by when to reach the target</source>
        <translation>写下为达成目标谁在何时之前做什么</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/labels.py" line="59"/>
        <source>Sailplan backs up daily; make one now and see where backups go</source>
        <translation>Sailplan 每天自动备份；现在手动备份一次，看看备份存放在哪里</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="90"/>
        <source>Who are you?</source>
        <translation>您是谁？</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="91"/>
        <source>You are added to the team and Sailplan remembers you as the person using this computer (&quot;I am&quot;).</source>
        <translation>您将被加入团队，Sailplan 会记住您是这台电脑的使用者（“我是”）。</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="100"/>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="101"/>
        <source>Your &amp;role:</source>
        <translation>您的角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="103"/>
        <source>The role decides what you approve and see: an owner or sales director sets the firm&apos;s targets, a sales manager leads a team, a sales rep works their own customers.</source>
        <translation>角色决定您能审批和查看的内容：老板或销售总监制定公司目标，销售经理带领团队，一线销售跟进自己的客户。</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/firstrun/error_texts.py" line="10"/>
        <source>unknown role “{role}”</source>
        <translation>未知角色“{role}”</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/error_texts.py" line="11"/>
        <source>the firm&apos;s name cannot be empty</source>
        <translation>公司名称不能为空</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/error_texts.py" line="12"/>
        <source>your name cannot be empty</source>
        <translation>您的姓名不能为空</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/error_texts.py" line="13"/>
        <source>the fiscal year must start in a month from 1 to 12</source>
        <translation>财年起始月份必须在 1 到 12 之间</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/error_texts.py" line="14"/>
        <source>this database has already been set up</source>
        <translation>此数据库已经完成初始设置</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/error_texts.py" line="15"/>
        <source>{name} is listed twice</source>
        <translation>{name} 出现了两次</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="228"/>
        <source>Set up Sailplan</source>
        <translation>设置 Sailplan</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="239"/>
        <source>&amp;Set up</source>
        <translation>完成设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="252"/>
        <source>Firm: {firm} (fiscal year from {month})</source>
        <translation>公司：{firm}（财年从{month}开始）</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="254"/>
        <source>You: {name}, {role}</source>
        <translation>您：{name}，{role}</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="259"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="260"/>
        <source>Units: {units}</source>
        <translation>组织：{units}</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="261"/>
        <source>People: {people}</source>
        <translation>人员：{people}</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="262"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="265"/>
        <source>People: imported from a file after the setup</source>
        <translation>人员：设置完成后从文件导入</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="267"/>
        <source>People: added later (Settings)</source>
        <translation>人员：稍后添加（设置）</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="269"/>
        <source>Then Today shows a getting-started list: import customers, set targets, make a plan…</source>
        <translation>之后“今日”页会显示入门清单：导入客户、设定目标、制定计划……</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="278"/>
        <source>Set up the firm</source>
        <translation>设置公司</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="203"/>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="204"/>
        <source>Sailplan will set up the following. Edit ▸ Undo takes it back.</source>
        <translation>Sailplan 将设置以下内容。编辑 ▸ 撤销可以撤回。</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="114"/>
        <location filename="../../gui/firstrun/setup_wizard.py" line="191"/>
        <source>Your team</source>
        <translation>您的团队</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="115"/>
        <source>Add the people who sell and the units they work in (a region, a channel, a team). You can also do this later.</source>
        <translation>添加销售人员及其所属组织（区域、渠道、团队）。也可以稍后再做。</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="117"/>
        <source>&amp;Type a few people here</source>
        <translation>在这里录入几位人员(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="118"/>
        <source>&amp;Import people from an Excel or CSV file after the setup</source>
        <translation>设置完成后从 Excel 或 CSV 文件导入人员(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="120"/>
        <source>S&amp;kip for now — add the team later in Settings</source>
        <translation>暂时跳过——稍后在“设置”中添加团队(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="129"/>
        <source>This version of Sailplan cannot import people yet.</source>
        <translation>此版本的 Sailplan 尚不能导入人员。</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="141"/>
        <source>&amp;Add a row</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="144"/>
        <source>Remo&amp;ve row</source>
        <translation>删除行(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="151"/>
        <source>A unit typed here is added under the firm; rows without a name only add the unit.</source>
        <translation>这里填写的组织会加在公司之下；没有姓名的行只添加组织。</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/setup_wizard.py" line="192"/>
        <source>{names} is listed twice. Each person once, please (you are added already).</source>
        <translation>{names} 出现了两次。每人只需填写一次（您本人已自动添加）。</translation>
    </message>
</context>
<context>
    <name>TeamRowsModel</name>
    <message>
        <location filename="../../gui/firstrun/team_rows_model.py" line="46"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/team_rows_model.py" line="46"/>
        <source>Unit (region, team…)</source>
        <translation>所属组织（区域、团队……）</translation>
    </message>
    <message>
        <location filename="../../gui/firstrun/team_rows_model.py" line="46"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
</TS>
