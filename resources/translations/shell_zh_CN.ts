<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/shell/about.py" line="40"/>
        <source>A local-first sales management plan for small firms: targets, plans, customers, pipeline, orders and reviews in one place.</source>
        <translation>面向小微企业的本地优先销售管理计划：目标、计划、客户、销售漏斗、订单与复盘，一处掌握。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/about.py" line="42"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../gui/shell/about.py" line="43"/>
        <source>Open database:</source>
        <translation>当前数据库：</translation>
    </message>
    <message>
        <location filename="../../gui/shell/about.py" line="53"/>
        <source>About Sailplan</source>
        <translation>关于 Sailplan</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/app.py" line="98"/>
        <location filename="../../gui/app.py" line="104"/>
        <location filename="../../gui/app.py" line="130"/>
        <source>Demo firm</source>
        <translation>演示企业</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="98"/>
        <source>The demo firm is not available in this build of Sailplan.</source>
        <translation>此版本的 Sailplan 不包含演示企业。</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="104"/>
        <source>Unknown demo size "{size}": use small, standard, large or CUSTOMERS[:DEALS].</source>
        <translation>未知的演示规模“{size}”：请使用 small、standard、large 或 客户数[:商机数]。</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="120"/>
        <source>Preparing the demo firm…</source>
        <translation>正在准备演示企业…</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="130"/>
        <source>The demo firm could not be created: {error}</source>
        <translation>无法创建演示企业：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="236"/>
        <source>Waiting for sign-in…</source>
        <translation>等待登录…</translation>
    </message>
</context>
<context>
    <name>BackupSpace</name>
    <message>
        <location filename="../../gui/shell/backup_ops.py" line="63"/>
        <source>No backup was taken: the disk holding {folder} has {free} free, and writing the backup needs about {needed}, which would leave less than the {margin} Sailplan keeps free for your system. Free some space on that disk; Settings → Backups shows what the backups take.</source>
        <translation>未备份：{folder} 所在的磁盘只剩 {free} 可用空间，写入备份约需 {needed}，之后剩余空间将少于 Sailplan 为系统保留的 {margin}。请清理该磁盘上的空间；“设置 → 备份”中可查看备份占用的空间。</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../gui/settings/backups_model.py" line="24"/>
        <source>Daily (automatic)</source>
        <translation>每日（自动）</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_model.py" line="25"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_model.py" line="26"/>
        <source>Before upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_model.py" line="27"/>
        <source>Before restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_model.py" line="79"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_model.py" line="79"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_model.py" line="79"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="46"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="54"/>
        <source>Sailplan backs up this database once a day when it opens (compressed, in the background) and keeps up to 12 daily, 10 weekly and 9 monthly copies within the space set below. When a backup would leave the disk nearly full it is skipped and the status bar says so. Restoring keeps the current state as a backup too.</source>
        <translation>Sailplan 每天在打开此数据库时自动备份一次（压缩，在后台进行），并在下方设定的空间内最多保留 12 份每日、10 份每周和 9 份每月备份。若备份会使磁盘几乎写满，则跳过本次备份并在状态栏说明。恢复前也会先把当前状态另存为备份。</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="79"/>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="81"/>
        <source>Restore Selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="83"/>
        <source>Open Backup Folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="99"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="103"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="113"/>
        <source>Space for automatic backups:</source>
        <translation>自动备份可用空间：</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="115"/>
        <source>In use:</source>
        <translation>已用：</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="151"/>
        <source>Backups are managed by the database server's administrator.</source>
        <translation>此数据库的备份由数据库服务器管理员负责。</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="156"/>
        <source>Backup folder: {folder}</source>
        <translation>备份文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="172"/>
        <source>Automatic: the smaller of 2 GB and a tenth of the disk space they could use ({size} now). The oldest automatic backups are removed first; the newest one is always kept. Manual backups and those taken before an upgrade or a restore are never removed.</source>
        <translation>自动：取 2 GB 与其可用磁盘空间十分之一中的较小值（当前为 {size}）。超出时先删除最旧的自动备份，最新的一份始终保留。手动备份以及升级前、恢复前的备份从不删除。</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="177"/>
        <source>Automatic backups: {count}, {used} of {budget}; other backups: {others}, {others_used}; {free} free on this disk (Sailplan leaves {margin} free).</source>
        <translation>自动备份 {count} 份，占用 {used}（上限 {budget}）；其他备份 {others} 份，占用 {others_used}；此磁盘可用 {free}（Sailplan 会保留 {margin} 可用空间）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/settings/backups_section.py" line="202"/>
        <source>%n older automatic backup(s) (%1) do not fit in this space and will be removed now. Continue?</source>
        <translation>
            <numerusform>%n 份较旧的自动备份（%1）超出此空间，将立即删除。是否继续？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="204"/>
        <source>Space for Backups</source>
        <translation>备份空间</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="211"/>
        <source>Space for automatic backups: {budget}.</source>
        <translation>自动备份可用空间：{budget}。</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="212"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="245"/>
        <source>Restore the {kind} backup taken {when}?

Everything entered since then is replaced. The current state is first saved as a "before restore" backup, so this can be undone by restoring that one.</source>
        <translation>要恢复 {when} 的{kind}备份吗？

此后录入的所有内容都将被替换。当前状态会先保存为“恢复前”备份，如需撤销，恢复那一份即可。</translation>
    </message>
    <message>
        <location filename="../../gui/settings/backups_section.py" line="249"/>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../gui/shell/coming_page.py" line="13"/>
        <source>Today — reminders for stale customers, due follow-ups, rotting deals and overdue payments — is coming in a later release.</source>
        <translation>今日——跟进断档客户、到期跟进、停滞商机和逾期回款的提醒——将在后续版本推出。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/coming_page.py" line="16"/>
        <source>Customers — one archive of companies, contacts, tiers and follow-up records — is coming in a later release.</source>
        <translation>客户——统一归档企业、联系人、客户分层和跟进记录——将在后续版本推出。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/coming_page.py" line="19"/>
        <source>Pipeline — opportunities by stage on a kanban board, with weighted values and stage history — is coming in a later release.</source>
        <translation>销售漏斗——按阶段看板管理商机，含加权金额与阶段变更记录——将在后续版本推出。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/coming_page.py" line="22"/>
        <source>Targets — company, layer and personal targets split by period, with floor, target and challenge values — are coming in a later release.</source>
        <translation>目标——总体、层级和个人目标按周期分解，含保底、目标、挑战三档——将在后续版本推出。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/coming_page.py" line="25"/>
        <source>Plans — action items, resources and checkpoints linked to targets, and the reverse funnel — are coming in a later release.</source>
        <translation>销售计划——与目标挂钩的行动计划、资源和检查点，以及漏斗反推——将在后续版本推出。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/coming_page.py" line="28"/>
        <source>Orders &amp; Payments — quotes, orders, instalment plans and payment collection — are coming in a later release.</source>
        <translation>订单与回款——报价、订单、分期回款计划和回款登记——将在后续版本推出。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/coming_page.py" line="31"/>
        <source>Incentives — KPIs, commission tiers, bonuses and explainable payout statements — are coming in a later release.</source>
        <translation>激励——KPI、阶梯提成、奖金和可逐行核对的提成明细——将在后续版本推出。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/coming_page.py" line="34"/>
        <source>Dashboard &amp; Reviews — target versus actual, funnel conversion and weekly, monthly and quarterly reviews — are coming in a later release.</source>
        <translation>仪表盘与复盘——目标与实际对比、漏斗转化以及周、月、季度复盘——将在后续版本推出。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/coming_page.py" line="37"/>
        <source>Settings are coming in a later release.</source>
        <translation>设置将在后续版本推出。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/coming_page.py" line="40"/>
        <source>This area is coming in a later release.</source>
        <translation>此功能将在后续版本推出。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Someone else saved these fields after you opened this record. Nothing of yours was saved yet. Tick the values of yours to save; the others keep what is stored now.</source>
        <translation>您打开此记录后，其他人保存了以下字段。您的修改尚未保存。请勾选要保存的您的值；未勾选的字段保留当前已保存的值。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>当前已保存的值</translation>
    </message>
    <message>
        <source>Save the ticked values</source>
        <translation>保存勾选的值</translation>
    </message>
    <message>
        <source>Keep what is saved</source>
        <translation>保留已保存的值</translation>
    </message>
</context>
<context>
    <name>DamagedStore</name>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="236"/>
        <source>the file is not a Sailplan database, or its first page (the header that describes the rest of the file) is damaged</source>
        <translation>该文件不是 Sailplan 数据库，或其第一页（描述文件其余部分的文件头）已损坏</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="239"/>
        <source>parts of the file can no longer be read (SQLite reports "database disk image is malformed")</source>
        <translation>文件的部分内容已无法读取（SQLite 报告“数据库磁盘映像格式错误”）</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="242"/>
        <source>the disk reported an error while reading the file</source>
        <translation>读取文件时磁盘报告了错误</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="243"/>
        <source>the file or its folder cannot be opened: check it exists and you may write there</source>
        <translation>无法打开该文件或其所在文件夹：请确认文件存在且您有写入权限</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="246"/>
        <source>the file or its folder is read-only: Sailplan needs to write there</source>
        <translation>该文件或其所在文件夹为只读：Sailplan 需要在那里写入</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="248"/>
        <source>the header of its write-ahead log (the -wal file beside it) is damaged: changes saved since the last checkpoint cannot be read</source>
        <translation>它的预写日志（旁边的 -wal 文件）的文件头已损坏：上次检查点之后保存的更改无法读取</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="251"/>
        <source>its write-ahead log (the -wal file beside it) is damaged at frame {frame}: changes saved after that point cannot be read</source>
        <translation>它的预写日志（旁边的 -wal 文件）在第 {frame} 帧处损坏：此后保存的更改无法读取</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="254"/>
        <source>its write-ahead log (the -wal file beside it) cannot be read</source>
        <translation>它的预写日志（旁边的 -wal 文件）无法读取</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_recovery.py" line="157"/>
        <location filename="../../gui/shell/damaged_recovery.py" line="170"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_recovery.py" line="170"/>
        <source>The backup could not be restored: {error}. The damaged file was not changed.</source>
        <translation>无法恢复该备份：{error}。损坏的文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="171"/>
        <source>Restoring a backup of {location}…</source>
        <translation>正在恢复 {location} 的备份…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_recovery.py" line="157"/>
        <source>{backup} was restored. The damaged file was kept as {aside}.</source>
        <translation>已恢复 {backup}。损坏的文件保留为 {aside}。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="162"/>
        <source>The database is damaged: {cause}</source>
        <translation>数据库已损坏：{cause}</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="51"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="57"/>
        <source>{location} cannot be used: {cause}.</source>
        <translation>{location} 无法使用：{cause}。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="62"/>
        <source>Checking backups… The newest good one is selected as soon as it is found; checking a large backup takes a while.</source>
        <translation>正在检查备份… 一找到最新的完好备份就会选中它；检查较大的备份需要一些时间。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="73"/>
        <source>Looking for backups…</source>
        <translation>正在查找备份…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="116"/>
        <source>Checking the backup of {when} ({n} of {total})…</source>
        <translation>正在检查 {when} 的备份（第 {n} 个，共 {total} 个）…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="140"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="161"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="163"/>
        <source>Restoring {backup}: it is copied beside the damaged file and checked there; then the damaged file is renamed aside and the copy takes its place. Cancel stops it before any file is changed.</source>
        <translation>正在恢复 {backup}：先把它复制到损坏文件旁边并在那里检查，然后把损坏的文件改名保留，由这份副本取代它。在任何文件改动之前，点“取消”即可停止。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="166"/>
        <source>Restoring {backup}…</source>
        <translation>正在恢复 {backup}…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="188"/>
        <source>Sailplan can put back a backup. The newest good one is selected: it passed an integrity check. Changes made after it was taken are not in it. The damaged file is kept beside it, renamed with today's date, and is never deleted.</source>
        <translation>Sailplan 可以恢复一个备份。已选中最新的完好备份：它通过了完整性检查。备份之后所做的更改不在其中。损坏的文件会以今天的日期重命名后保留在原处，绝不会被删除。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="220"/>
        <source>{label} — not checked yet</source>
        <translation>{label} — 尚未检查</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="221"/>
        <source>{label} — checking…</source>
        <translation>{label} — 正在检查…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="222"/>
        <source>{label} — checked, good</source>
        <translation>{label} — 已检查，完好</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="223"/>
        <source>{label} — damaged, cannot be restored</source>
        <translation>{label} — 已损坏，无法恢复</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="137"/>
        <source>No good backup of this file was found in {folder}. Copy a backup you keep elsewhere into that folder, or open another database.</source>
        <translation>在 {folder} 中没有找到此文件的完好备份。请把您在别处保存的备份复制到该文件夹，或打开另一个数据库。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="85"/>
        <source>Restore This Backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <source>{when} ({kind}, {size}) — checked, good</source>
        <translation type="vanished">{when}（{kind}，{size}）— 已检查，完好</translation>
    </message>
    <message>
        <location filename="../../gui/shell/damaged_store_dialog.py" line="217"/>
        <source>{when} ({kind}, {size})</source>
        <translation>{when}（{kind}，{size}）</translation>
    </message>
</context>
<context>
    <name>DatabaseDialogs</name>
    <message>
        <location filename="../../gui/shell/database_dialogs.py" line="21"/>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../gui/shell/database_dialogs.py" line="23"/>
        <location filename="../../gui/shell/database_dialogs.py" line="31"/>
        <source>Sailplan database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Sailplan 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/database_dialogs.py" line="30"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../gui/settings/general_section.py" line="32"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../gui/settings/general_section.py" line="56"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../gui/settings/general_section.py" line="59"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../gui/settings/general_section.py" line="60"/>
        <source>I am:</source>
        <translation>我是：</translation>
    </message>
    <message>
        <location filename="../../gui/settings/general_section.py" line="61"/>
        <source>Sailplan uses this for "only mine" lists and as the author of follow-ups and stage changes on this computer.</source>
        <translation>用于“只看我的”列表，并作为本机所录入跟进记录和阶段变更的操作人。</translation>
    </message>
    <message>
        <location filename="../../gui/settings/general_section.py" line="68"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../gui/settings/general_section.py" line="74"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../gui/settings/general_section.py" line="78"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../gui/settings/general_section.py" line="80"/>
        <source>Open Data Folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/settings/general_section.py" line="82"/>
        <source>Open Another Database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <location filename="../../gui/settings/general_section.py" line="101"/>
        <source>(not chosen)</source>
        <translation>（未选择）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="261"/>
        <source>Sailplan cannot show a "{kind}" yet.</source>
        <translation>Sailplan 暂时还不能显示“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269"/>
        <source>{page} cannot show single items yet.</source>
        <translation>“{page}”暂时还不能定位到单个条目。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>Cannot do “%1”</source>
        <translation>无法执行“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="351"/>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="352"/>
        <source>{path} already exists. Use File → Open Database to open it.</source>
        <translation>{path} 已存在。请使用“文件 → 打开数据库”打开它。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="372"/>
        <source>That database is already open.</source>
        <translation>该数据库已经打开。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="375"/>
        <source>Another database is still being opened.</source>
        <translation>另一个数据库仍在打开中。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="379"/>
        <source>Opening {location}…</source>
        <translation>正在打开 {location}…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="410"/>
        <source>Opened {location}</source>
        <translation>已打开 {location}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="212"/>
        <location filename="../../gui/main_window.py" line="470"/>
        <source>Opening {page}…</source>
        <translation>正在打开{page}…</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="108"/>
        <source>Checking backups…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="193"/>
        <source>automatic backups use {used} of {budget}</source>
        <translation>自动备份已用 {used}，上限 {budget}</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="196"/>
        <source>Daily backup saved: {name} ({used}).</source>
        <translation>已保存每日备份：{name}（{used}）。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="198"/>
        <source>Backups are up to date ({used}).</source>
        <translation>备份已是最新（{used}）。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="203"/>
        <source>Automatic backup failed: {error}</source>
        <translation>自动备份失败：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="212"/>
        <location filename="../../gui/shell/maintenance.py" line="228"/>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="212"/>
        <source>Backups of this database are not available in this build.</source>
        <translation>此版本无法备份该数据库。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="220"/>
        <source>Backup saved: {path}</source>
        <translation>备份已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="233"/>
        <source>The backup failed: {error}</source>
        <translation>备份失败：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="236"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="251"/>
        <location filename="../../gui/shell/maintenance.py" line="275"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="251"/>
        <source>Restoring backups is not available for this database.</source>
        <translation>该数据库不支持恢复备份。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="258"/>
        <source>Restoring {backup}…</source>
        <translation>正在恢复 {backup}…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="275"/>
        <source>The backup could not be restored: {error}. Your database was not changed.</source>
        <translation>无法恢复备份：{error}。您的数据库未被更改。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/maintenance.py" line="267"/>
        <source>Restored {backup}. The previous state was kept as {saved}.</source>
        <translation>已恢复 {backup}。恢复前的状态已保存为 {saved}。</translation>
    </message>
</context>
<context>
    <name>MenuBuilder</name>
    <message>
        <location filename="../../gui/shell/menus.py" line="66"/>
        <location filename="../../gui/shell/menus.py" line="98"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="107"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="109"/>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="112"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="115"/>
        <source>Customers…</source>
        <translation>客户…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="115"/>
        <source>Contacts…</source>
        <translation>联系人…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="116"/>
        <source>Follow-ups…</source>
        <translation>跟进记录…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="116"/>
        <source>Deals…</source>
        <translation>商机…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="117"/>
        <source>Products…</source>
        <translation>产品…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="118"/>
        <source>People and Units…</source>
        <translation>人员与组织…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="119"/>
        <source>Receivables Ledger…</source>
        <translation>应收台账…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="125"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="134"/>
        <source>Import and export are not installed in this build.</source>
        <translation>此版本未安装导入导出功能。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="66"/>
        <location filename="../../gui/shell/menus.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="146"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="149"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="67"/>
        <location filename="../../gui/shell/menus.py" line="161"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="67"/>
        <location filename="../../gui/shell/menus.py" line="177"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="68"/>
        <location filename="../../gui/shell/menus.py" line="191"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="102"/>
        <location filename="../../gui/shell/menus.py" line="203"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="105"/>
        <source>New &amp;Database…</source>
        <translation>新建数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="193"/>
        <source>Open &amp;Data Folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="195"/>
        <source>&amp;About Sailplan</source>
        <translation>关于 Sailplan(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/common/messages.py" line="65"/>
        <source>Open File</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../gui/common/messages.py" line="67"/>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>OpenErrors</name>
    <message>
        <location filename="../../gui/shell/open_errors.py" line="32"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../gui/shell/open_errors.py" line="34"/>
        <source>{location} was saved by a newer version of Sailplan (schema {rev}). It has not been changed. Please update Sailplan to open it.</source>
        <translation>{location} 由更新版本的 Sailplan 保存（数据结构版本 {rev}），文件未被改动。请升级 Sailplan 后再打开。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/open_errors.py" line="41"/>
        <source>{location} is already open in another Sailplan window{holder}. Switch to that window, or close it first.</source>
        <translation>{location} 已在另一个 Sailplan 窗口中打开{holder}。请切换到该窗口，或先将其关闭。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/open_errors.py" line="47"/>
        <source>Upgrading {location} to this version of Sailplan failed. The database was left as it was.</source>
        <translation>将 {location} 升级到当前版本失败，数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/open_errors.py" line="52"/>
        <source>The safety backup taken before upgrading {location} failed, so nothing was changed.</source>
        <translation>升级 {location} 前的安全备份失败，因此未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/open_errors.py" line="62"/>
        <source>{location} could not be opened: {cause}.</source>
        <translation>无法打开 {location}：{cause}。</translation>
    </message>
    <message>
        <source>{location} could not be opened. Check that the file or server exists and that you may read and write it.</source>
        <translation type="vanished">无法打开 {location}。请确认文件或服务器存在，并且您有读写权限。</translation>
    </message>
</context>
<context>
    <name>PageLoadErrorPage</name>
    <message>
        <location filename="../../gui/shell/page_host.py" line="29"/>
        <source>This page could not be opened.</source>
        <translation>无法打开此页面。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../gui/pages.py" line="26"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="28"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="30"/>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="32"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="34"/>
        <source>Plans</source>
        <translation>销售计划</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="36"/>
        <source>Orders &amp; Payments</source>
        <translation>订单与回款</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="38"/>
        <source>Incentives</source>
        <translation>激励</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="40"/>
        <source>Dashboard &amp; Reviews</source>
        <translation>仪表盘与复盘</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="42"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="84"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="85"/>
        <source>Mark the booked follow-up or checkpoint done</source>
        <translation>将预约的跟进或检查点标为完成</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="86"/>
        <source>Until tomorrow</source>
        <translation>推迟到明天</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="87"/>
        <source>For a week</source>
        <translation>推迟一周</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="88"/>
        <source>Pick a date…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="89"/>
        <source>Log follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="90"/>
        <source>Write what happened; the booked follow-up is done</source>
        <translation>写下跟进情况；预约的跟进随之完成</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="95"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="96"/>
        <source>Show the customer, deal, plan or request (Enter)</source>
        <translation>查看客户、商机、计划或调整申请（回车）</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="98"/>
        <source>Open review</source>
        <translation>打开复盘</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="99"/>
        <source>Show the review the action or request was decided in</source>
        <translation>查看决定该行动或申请的复盘</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="100"/>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="120"/>
        <source>Until tomorrow (%1)</source>
        <translation>推迟到明天（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="122"/>
        <source>For a week (%1)</source>
        <translation>推迟一周（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="166"/>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="168"/>
        <source>Mark %n reminders done</source>
        <translation>将 %n 条提醒标为完成</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="196"/>
        <source>Snooze %1 until %2</source>
        <translation>将 %1 推迟到 %2</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="199"/>
        <source>Snooze %n reminders until %1</source>
        <translation>将 %n 条提醒推迟到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="240"/>
        <source>Log follow-up: %1</source>
        <translation>记录跟进：%1</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="91"/>
        <source>Won…</source>
        <translation>赢单…</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="92"/>
        <source>Mark the deal won (asks the amount and date)</source>
        <translation>标记为赢单（填写成交金额和日期）</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="93"/>
        <source>Lost…</source>
        <translation>输单…</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminder_actions.py" line="94"/>
        <source>Mark the deal lost (asks the reason)</source>
        <translation>标记为输单（选择输单原因）</translation>
    </message>
</context>
<context>
    <name>ReminderKinds</name>
    <message>
        <location filename="../../gui/today/kinds.py" line="21"/>
        <source>Service tickets due</source>
        <translation>服务工单到期</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="8"/>
        <source>Follow-ups due</source>
        <translation>到期跟进</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="9"/>
        <source>Customers without follow-up</source>
        <translation>跟进断档客户</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="10"/>
        <source>Rotting deals</source>
        <translation>停滞商机</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="12"/>
        <source>Deals closing this week</source>
        <translation>本周预计成交商机</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="15"/>
        <source>Overdue payments</source>
        <translation>逾期回款</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="17"/>
        <source>Targets to acknowledge</source>
        <translation>待认领目标</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="18"/>
        <location filename="../../gui/today/kinds.py" line="19"/>
        <source>Plan checkpoints</source>
        <translation>计划检查点</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="20"/>
        <source>Overdue action items</source>
        <translation>逾期的行动项</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="35"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="36"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="37"/>
        <source>Coming up</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="38"/>
        <source>Backlog</source>
        <translation>待办积压</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="11"/>
        <source>Deals past their close date</source>
        <translation>逾期未成交商机</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="13"/>
        <source>Adjustment requests</source>
        <translation>待审批调整申请</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="49"/>
        <source>Other reminders</source>
        <translation>其他提醒</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="14"/>
        <source>Quote approvals</source>
        <translation>待审批报价</translation>
    </message>
    <message>
        <location filename="../../gui/today/kinds.py" line="16"/>
        <source>Payments due soon</source>
        <translation>即将到期回款</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../gui/today/reminders_model.py" line="354"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminders_model.py" line="356"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminders_model.py" line="358"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminders_model.py" line="360"/>
        <source>{days} days overdue</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminders_model.py" line="367"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminders_model.py" line="367"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminders_model.py" line="367"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../gui/today/reminders_model.py" line="367"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/common/error_texts.py" line="18"/>
        <source>“{value}” is not an amount (expected e.g. 1200, ¥1,200.00, 1.2万).</source>
        <translation>“{value}”不是金额（可写作 1200、¥1,200.00、1.2万）。</translation>
    </message>
    <message>
        <location filename="../../gui/common/error_texts.py" line="20"/>
        <source>Negative amount {value} is not allowed here.</source>
        <translation>此处不能填写负数金额 {value}。</translation>
    </message>
    <message>
        <location filename="../../gui/common/error_texts.py" line="21"/>
        <source>{value} is too large for an amount.</source>
        <translation>{value} 超出金额上限。</translation>
    </message>
    <message>
        <source>Someone else saved a different value here after you opened it; nothing was saved. Reopen the record to see what is stored now.</source>
        <translation>您打开后，其他人在此保存了不同的值；您的修改未保存。请重新打开记录查看当前保存的内容。</translation>
    </message>
    <message>
        <source>the target database is not empty ({table} has {count} rows); Sailplan copies a firm only into an empty database</source>
        <translation>目标数据库不是空的（{table} 有 {count} 行）；Sailplan 只会把企业数据复制到空数据库</translation>
    </message>
    <message>
        <source>the copy was cancelled; nothing was written</source>
        <translation>复制已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>{table}: {source} rows in the source but {target} copied; nothing was written</source>
        <translation>{table}：源数据库有 {source} 行，但只复制了 {target} 行；未写入任何内容</translation>
    </message>
    <message>
        <source>{column}: the amounts add up to {source} fen in the source but {target} in the copy; nothing was written</source>
        <translation>{column}：源数据库金额合计 {source} 分，副本中为 {target} 分；未写入任何内容</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../gui/settings/settings_page.py" line="35"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gui/settings/settings_page.py" line="95"/>
        <source>This section could not be opened: {error}</source>
        <translation>无法打开此设置项：{error}</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <location filename="../../gui/shell/status_bar.py" line="36"/>
        <source>I am: {name}</source>
        <translation>我是：{name}</translation>
    </message>
    <message>
        <location filename="../../gui/shell/status_bar.py" line="39"/>
        <source>I am: not chosen</source>
        <translation>我是：未选择</translation>
    </message>
    <message>
        <location filename="../../gui/shell/status_bar.py" line="40"/>
        <source>Choose who you are in Settings → General.</source>
        <translation>请在“设置 → 常规”中选择您是谁。</translation>
    </message>
    <message>
        <location filename="../../gui/shell/status_bar.py" line="44"/>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <location filename="../../gui/shell/status_bar.py" line="40"/>
        <source>Signed in: {user} ({name})</source>
        <translation>已登录：{user}（{name}）</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../gui/today/snooze_dialog.py" line="20"/>
        <source>Snooze until</source>
        <translation>推迟到</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../gui/common/tasks.py" line="141"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../gui/today/today_page.py" line="103"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="107"/>
        <source>Only mine</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="111"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="113"/>
        <source>Reload reminders (F5)</source>
        <translation>重新加载提醒 (F5)</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="152"/>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="154"/>
        <source>Move the reminder to a later day: tomorrow (Ctrl+T), in a week (Ctrl+Shift+T) or a day you pick</source>
        <translation>把提醒推迟到以后：明天（Ctrl+T）、一周后（Ctrl+Shift+T）或您选的日期</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="192"/>
        <location filename="../../gui/today/today_page.py" line="249"/>
        <source>Loading reminders…</source>
        <translation>正在加载提醒…</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="276"/>
        <source>Some reminders could not be loaded ({names}).</source>
        <translation>部分提醒未能加载（{names}）。</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="283"/>
        <source>All clear — nothing of yours needs attention today.</source>
        <translation>一切就绪——今天没有需要您处理的事项。</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="285"/>
        <source>All clear — nothing needs attention today.</source>
        <translation>一切就绪——今天没有需要处理的事项。</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="355"/>
        <source>Reminders could not be loaded: {error}</source>
        <translation>无法加载提醒：{error}</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="387"/>
        <source>Choose who you are in Settings → General to see only your reminders.</source>
        <translation>请先在“设置 → 常规”中选择您是谁，才能只看自己的提醒。</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="390"/>
        <source>%1 due today</source>
        <translation>今天到期 %1</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="392"/>
        <source>%1 overdue</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="396"/>
        <source>%1 in the backlog</source>
        <translation>待办积压 %1</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation type="vanished">1 条提醒</translation>
    </message>
    <message>
        <source>{count} reminders</source>
        <translation type="vanished">{count} 条提醒</translation>
    </message>
    <message>
        <location filename="../../gui/today/today_page.py" line="386"/>
        <source>Your reminders only; a manager also sees the team's deals</source>
        <translation>只看我的提醒；经理还能看到团队的商机</translation>
    </message>
</context>
</TS>
