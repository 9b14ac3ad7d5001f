<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <location filename="../../services/cli/_common.py"/>
        <source>there is no database at {path}; nothing was created (choose one with --db PATH, or --demo for the demo firm)</source>
        <translation>{path} 处没有数据库；未创建任何文件（用 --db 路径 指定数据库，或用 --demo 打开演示公司）</translation>
    </message>
    <message>
        <location filename="../../services/cli/_common.py"/>
        <source>--demo-size: {problem}</source>
        <translation>--demo-size：{problem}</translation>
    </message>
    <message>
        <location filename="../../services/cli/_common.py"/>
        <source>Creating the demo firm in {path} (first use)…</source>
        <translation>正在 {path} 中创建演示公司（首次使用）…</translation>
    </message>
    <message>
        <location filename="../../services/cli/_common.py"/>
        <source>demo</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../services/cli/_common.py"/>
        <source>Tiers recomputed: {count} customer(s) changed tier</source>
        <translation>已重新计算客户分层：{count} 个客户的分层有变化</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>interrupted; a write in progress was rolled back</source>
        <translation>已中断；进行中的写入已回滚</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>the disk holding {where}</source>
        <translation>{where} 所在的磁盘</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>the disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>{disk} is full ({cause}); what the command was writing was discarded and nothing was saved. Free some space and run it again.</source>
        <translation>{disk}已满（{cause}）；命令正在写入的内容已丢弃，未保存任何数据。请腾出空间后重新运行。</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>{where} is busy: another program has held its write lock for more than {seconds} s (a second Sailplan process, the sqlite3 shell, a sync or backup tool). Nothing was changed. Close that program or wait until it is done, then run the command again (SAILPLAN_BUSY_TIMEOUT=SECONDS waits longer).</source>
        <translation>{where} 正忙：另一个程序占用其写锁已超过 {seconds} 秒（另一个 Sailplan 进程、sqlite3 命令行、同步或备份工具）。未做任何更改。请关闭该程序或等它完成后重新运行命令（设置 SAILPLAN_BUSY_TIMEOUT=秒数 可等待更久）。</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>{where} is damaged ({cause}). Run `check` to see what is damaged, then `backups` and `restore BACKUP` to go back to a good copy.</source>
        <translation>{where} 已损坏（{cause}）。运行 `check` 查看损坏情况，再用 `backups` 和 `restore 备份文件` 恢复到完好的副本。</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>cannot reach the database server ({cause}). Check the --db URL, that the server is running and that you may connect to it.</source>
        <translation>无法连接数据库服务器（{cause}）。请检查 --db 地址、服务器是否在运行以及您是否有权连接。</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>permission denied: {path}. Choose a place you may write to, or ask for access.</source>
        <translation>没有权限：{path}。请选择您可写入的位置，或申请权限。</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>{path} does not exist; check the path.</source>
        <translation>{path} 不存在；请检查路径。</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} 是文件夹；请给出文件名。</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>{cause}{name}. Nothing was saved; fix that and run the command again.</source>
        <translation>{cause}{name}。未保存任何数据；请解决后重新运行命令。</translation>
    </message>
    <message>
        <location filename="../../services/cli/_errors.py"/>
        <source>unexpected error ({kind}: {cause}); a write in progress was rolled back. Run the command again with --debug (or {env}=1) to see where it happened, and report it.</source>
        <translation>意外错误（{kind}：{cause}）；进行中的写入已回滚。请加 --debug（或设置 {env}=1）重新运行命令查看出错位置，并报告此问题。</translation>
    </message>
    <message>
        <location filename="../../services/cli/_i18n.py"/>
        <source>{location} was written by a newer version of Sailplan (schema {revision}). It has not been changed. Please update Sailplan to open it.</source>
        <translation>{location} 由更新版本的 Sailplan 写入（数据结构 {revision}）。文件未被改动。请升级 Sailplan 后再打开。</translation>
    </message>
    <message>
        <location filename="../../services/cli/_i18n.py"/>
        <source>{location} is already open in another Sailplan window{detail}. Switch to that window, or close it first.</source>
        <translation>{location} 已在另一个 Sailplan 窗口中打开{detail}。请切换到该窗口，或先将其关闭。</translation>
    </message>
    <message>
        <location filename="../../services/cli/_i18n.py"/>
        <source>Row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
        <location filename="../../services/cli/_i18n.py"/>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../services/cli/_i18n.py"/>
        <source>{column}: {reason} ({rows})</source>
        <translation>{column}：{reason}（{rows}）</translation>
    </message>
    <message>
        <location filename="../../services/cli/_i18n.py"/>
        <source>{reason} ({rows})</source>
        <translation>{reason}（{rows}）</translation>
    </message>
    <message>
        <location filename="../../services/cli/contracts_command.py"/>
        <source>Order {number} cancelled on {date}: {reason}</source>
        <translation>订单 {number} 已于 {date} 取消：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/cli/contracts_command.py"/>
        <source>Order {number} is now {status} on {date}</source>
        <translation>订单 {number} 已于 {date} {status}</translation>
    </message>
    <message>
        <location filename="../../services/cli/contracts_command.py"/>
        <source>delivered</source>
        <translation>交付</translation>
    </message>
    <message>
        <location filename="../../services/cli/contracts_command.py"/>
        <source>accepted</source>
        <translation>验收</translation>
    </message>
    <message>
        <location filename="../../services/cli/contracts_command.py"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../services/cli/contracts_command.py"/>
        <source>Contract {number} signed</source>
        <translation>合同 {number} 已签订</translation>
    </message>
    <message>
        <location filename="../../services/cli/contracts_command.py"/>
        <source>Signed over unticked terms ({terms}) by {person}: {reason}</source>
        <translation>{person} 在条款未勾选（{terms}）时批准签订：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/cli/customer_rules.py"/>
        <source>Recomputing tiers</source>
        <translation>正在重新计算客户分层</translation>
    </message>
    <message>
        <location filename="../../services/cli/customer_rules.py"/>
        <source>tiers recomputed: {count} customer(s) changed</source>
        <translation>客户分层已重新计算：{count} 个客户有变化</translation>
    </message>
    <message>
        <location filename="../../services/cli/customer_rules.py"/>
        <source>the shared pool is turned off (Settings → Customer rules)</source>
        <translation>公海未启用（设置 → 客户规则）</translation>
    </message>
    <message>
        <location filename="../../services/cli/customer_rules.py"/>
        <source>idle customers: {count} (dry run, nothing released)</source>
        <translation>闲置客户：{count} 个（试运行，未释放任何客户）</translation>
    </message>
    <message>
        <location filename="../../services/cli/customer_rules.py"/>
        <source>released to the shared pool: {count} customer(s)</source>
        <translation>已释放到公海：{count} 个客户</translation>
    </message>
    <message>
        <location filename="../../services/cli/customer_rules.py"/>
        <source>give a name, --phone or --email</source>
        <translation>请给出客户名称、--phone 或 --email</translation>
    </message>
    <message>
        <location filename="../../services/cli/customer_rules.py"/>
        <source>shared pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../services/cli/customer_rules.py"/>
        <source>no likely duplicates</source>
        <translation>没有疑似重复的客户</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>invalid --today “{value}”: use YYYY-MM-DD</source>
        <translation>--today “{value}”无效：请写作 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>the demo command writes a SQLite file; give --db a file path</source>
        <translation>demo 命令写入 SQLite 文件；请为 --db 给出文件路径</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>{path} already holds data; use --force to replace it with the demo firm</source>
        <translation>{path} 中已有数据；如要用演示公司替换，请加 --force</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>{path} is a directory</source>
        <translation>{path} 是文件夹</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>cancelled; nothing was written</source>
        <translation>已取消；未写入任何数据</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>the demo firm was not written to {path}: {cause}</source>
        <translation>演示公司未写入 {path}：{cause}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>Demo firm written to {path}</source>
        <translation>演示公司已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>org units 组织单元: {count}</source>
        <translation>组织单元：{count}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>people 人员: {count}</source>
        <translation>人员：{count}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>products 产品: {count}</source>
        <translation>产品：{count}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>pipelines 销售流程: {count} ({stages} stages 阶段)</source>
        <translation>销售流程：{count}（{stages} 个阶段）</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>lost reasons 输单原因: {count}</source>
        <translation>输单原因：{count}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>customers 客户: {count}</source>
        <translation>客户：{count}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>contacts 联系人: {count}</source>
        <translation>联系人：{count}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>follow-ups 跟进记录: {count}</source>
        <translation>跟进记录：{count}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>customer events 客户动态: {count}</source>
        <translation>客户动态：{count}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>opportunities 商机: {count}</source>
        <translation>商机：{count}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>deal lines 商机明细: {count}</source>
        <translation>商机明细：{count}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>stage changes 阶段变更: {count}</source>
        <translation>阶段变更：{count}</translation>
    </message>
    <message>
        <location filename="../../services/cli/demo_command.py"/>
        <source>time: {seconds}s</source>
        <translation>用时：{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>… and {count} more problem(s)</source>
        <translation>… 另有 {count} 个问题</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source> (and {count} more like it)</source>
        <translation>（另有 {count} 处相同情况）</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Note: {problem}{more}</source>
        <translation>提示：{problem}{more}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Unknown owners</source>
        <translation>未知负责人</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Unknown pipelines</source>
        <translation>未知销售流程</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Unknown stages</source>
        <translation>未知阶段</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Unknown customers</source>
        <translation>未知客户</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>created</source>
        <translation>已新建</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>left unassigned (use --create-missing to create them)</source>
        <translation>留空未分配（加 --create-missing 可新建）</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>rows rejected (use --create-missing)</source>
        <translation>相关行被拒绝（加 --create-missing 可新建）</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>created with the stages {stages}</source>
        <translation>已新建，阶段为 {stages}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>{title}: {names} — {todo}</source>
        <translation>{title}：{names} — {todo}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Map one by hand, e.g. --map "{example}=COLUMN".</source>
        <translation>可手动对应一列，例如 --map "{example}=列"。</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Columns: {columns}</source>
        <translation>列对应：{columns}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Not imported: {columns}</source>
        <translation>不导入的列：{columns}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Reading</source>
        <translation>正在读取</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Rejected rows ({count}):</source>
        <translation>被拒绝的行（{count}）：</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>the rejected rows could not be saved to {path}: {cause}</source>
        <translation>被拒绝的行无法保存到 {path}：{cause}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Rejected rows saved to {path}</source>
        <translation>被拒绝的行已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Would have: {summary}</source>
        <translation>本应：{summary}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>The file was rejected; nothing was written. Fix the rows and import again.</source>
        <translation>文件被拒绝；未写入任何数据。请修正这些行后重新导入。</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Dry run: {summary} (nothing written)</source>
        <translation>试运行：{summary}（未写入任何数据）</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Imported {file}: {summary}</source>
        <translation>已导入 {file}：{summary}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>Exported {count} {what} to {path}</source>
        <translation>已导出 {count} 条{what}到 {path}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>… and {count} more text change(s)</source>
        <translation>… 另有 {count} 处文本改动</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>created {created}, updated {updated}, skipped {skipped}, rejected {rejected}</source>
        <translation>新建 {created}，更新 {updated}，跳过 {skipped}，拒绝 {rejected}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>{count} row(s) skipped: {reasons}</source>
        <translation>跳过 {count} 行：{reasons}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>{count} row(s) rejected: {reasons}</source>
        <translation>拒绝 {count} 行：{reasons}</translation>
    </message>
    <message>
        <location filename="../../services/cli/import_export.py"/>
        <source>{count} cell(s) left empty, their rows imported: {reasons}</source>
        <translation>{count} 个单元格留空，所在行已导入：{reasons}</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>there is no scheme called {name}</source>
        <translation>没有名为 {name} 的激励方案</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>a scheme needs a name</source>
        <translation>激励方案需要名称</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>a scheme's name can be at most {limit} characters long</source>
        <translation>激励方案名称最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>a note can be at most {limit} characters long</source>
        <translation>备注最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>a scheme called {name} already exists</source>
        <translation>已有名为 {name} 的激励方案</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>this scheme no longer exists</source>
        <translation>该激励方案已不存在</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>this scheme version no longer exists</source>
        <translation>该方案版本已不存在</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>version {number} is published and never changes; make a new version</source>
        <translation>版本 {number} 已发布，不可再修改；请新建版本</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>a payout run used this scheme; it cannot be removed</source>
        <translation>已有提成核算使用了该方案，不能删除</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>version {number} is not published</source>
        <translation>版本 {number} 尚未发布</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>a locked payout run used version {number}; it stays published</source>
        <translation>已锁定的提成核算使用了版本 {number}，它保持已发布</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>a scheme keeps at least one version</source>
        <translation>激励方案至少保留一个版本</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>a payout period is a month (2026-06), a quarter (2026-Q2) or a year (2026), not {period}</source>
        <translation>核算期间须为月（2026-06）、季度（2026-Q2）或年（2026），而不是 {period}</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>there is no {period} payout run; compute it first</source>
        <translation>没有 {period} 的提成核算；请先计算</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>the {period} payout run is locked</source>
        <translation>{period} 的提成核算已锁定</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>that person does not exist</source>
        <translation>该人员不存在</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>this payout run no longer exists</source>
        <translation>该提成核算已不存在</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>approve the {period} payout run before locking it</source>
        <translation>请先审批 {period} 的提成核算，再锁定</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>the {period} payout run was computed again since</source>
        <translation>{period} 的提成核算此后已重新计算</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>the {period} payout run is already reviewed</source>
        <translation>{period} 的提成核算已复核</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>what the {period} payout run pays changed since it was computed; compute it again</source>
        <translation>{period} 的提成核算计算后应发内容已有变化；请重新计算</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>review the {period} payout run before approving it</source>
        <translation>请先复核 {period} 的提成核算，再审批</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>the {period} payout run is already approved</source>
        <translation>{period} 的提成核算已审批</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>the {period} payout run is neither reviewed nor approved; there is nothing to reopen</source>
        <translation>{period} 的提成核算尚未复核或审批，无需退回</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>give the reason for the adjustment</source>
        <translation>请填写调整原因</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>a recognition needs a title</source>
        <translation>荣誉激励需要标题</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>a text can be at most {limit} characters long</source>
        <translation>文字最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>an adjustment needs an amount other than zero</source>
        <translation>调整金额不能为零</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>an amount must be a number of yuan</source>
        <translation>金额须为以元计的数字</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>this adjustment no longer exists</source>
        <translation>该调整已不存在</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>a locked payout run paid this adjustment; it stays</source>
        <translation>该调整已由锁定的提成核算发放，不能删除</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>recognition is an honour, a training or a promotion recommendation, not {kind}</source>
        <translation>非现金激励须为荣誉、培训或晋升推荐，而不是 {kind}</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>this recognition no longer exists</source>
        <translation>该非现金激励已不存在</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>an adjustment corrects a locked payout run</source>
        <translation>调整只能更正已锁定的提成核算</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>computed</source>
        <translation>已计算</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>person	gross	adjustments	clawbacks	net</source>
        <translation>人员	应发	调整	追回	实发</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>The {period} payout run is {status}: {count} person(s), net {net} (gross {gross}, adjustments {adjustments}, clawbacks {clawbacks})</source>
        <translation>{period} 提成核算{status}：{count} 人，实发 {net}（应发 {gross}，调整 {adjustments}，追回 {clawbacks}）</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>The {period} payout run ({status})</source>
        <translation>{period} 提成核算（{status}）</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>gross {gross}, adjustments {adjustments}, clawbacks {clawbacks}, net {net}</source>
        <translation>应发 {gross}，调整 {adjustments}，追回 {clawbacks}，实发 {net}</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>Nobody is paid in this run.</source>
        <translation>本次核算无人发放。</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>The {period} payout run is now {status}</source>
        <translation>{period} 提成核算现为{status}</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_command.py"/>
        <source>Adjustment of {amount} for {person} recorded: the first {period} or later run that locks pays it</source>
        <translation>已为 {person} 记录调整 {amount}：由 {period} 起首个锁定的核算发放</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_signals.py"/>
        <source>{period} is not a payout period: give a month (2026-06), a quarter (2026-Q2) or a year (2026)</source>
        <translation>{period} 不是核算期间：请填写月份（2026-06）、季度（2026-Q2）或年份（2026）</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_signals.py"/>
        <source>No performance-fraud signals for {period}.</source>
        <translation>{period} 没有业绩造假提示。</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_signals.py"/>
        <source>{period}: {count} performance-fraud signal(s) to check before locking the run</source>
        <translation>{period}：锁定核算前需核查 {count} 条业绩造假提示</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_signals.py"/>
        <source>{number}. [{kind}] {person} — at stake {amount}</source>
        <translation>{number}. 【{kind}】{person} — 涉及金额 {amount}</translation>
    </message>
    <message>
        <location filename="../../services/cli/incentives_signals.py"/>
        <source>Records: {records}</source>
        <translation>相关记录：{records}</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>unit	kind	people	with sub-units	closed</source>
        <translation>组织单元	类型	人数	含下级人数	关闭日期</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>Added {kind} {name} under {parent}.</source>
        <translation>已在 {parent} 下添加{kind} {name}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>Added {kind} {name}.</source>
        <translation>已添加{kind} {name}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>Renamed {name} to {new_name}.</source>
        <translation>已将 {name} 改名为 {new_name}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>Moved {name} under {parent}.</source>
        <translation>已将 {name} 移到 {parent} 下。</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>Merged {name} into {into}: {people} people, {units} sub-unit(s), {customers} customer(s), {nodes} target node(s), {products} product(s) moved.</source>
        <translation>已将 {name} 并入 {into}：转移 {people} 名人员、{units} 个下级单元、{customers} 个客户、{nodes} 个目标节点、{products} 个产品。</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>{name} is now a {kind}.</source>
        <translation>{name} 现在是{kind}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>Closed {name} on {day}.</source>
        <translation>已于 {day} 关闭 {name}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>name	unit	role	tier	manager	phone	e-mail	start	left</source>
        <translation>姓名	组织单元	角色	能力层级	直属上级	电话	邮箱	入职日期	离职日期</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>Added {name} to {unit}.</source>
        <translation>已将 {name} 添加到 {unit}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>nothing to change: give at least one of --name, --unit, --role, --tier, --manager, --no-manager, --phone, --email, --start, --left</source>
        <translation>没有要修改的内容：请至少给出 --name、--unit、--role、--tier、--manager、--no-manager、--phone、--email、--start、--left 中的一项</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>{name}: {fields} changed.</source>
        <translation>{name}：已修改 {fields}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/org_command.py"/>
        <source>{name}: nothing changed.</source>
        <translation>{name}：没有变化。</translation>
    </message>
    <message>
        <location filename="../../services/cli/payments_command.py"/>
        <source>--to {end} is before --from {start}</source>
        <translation>--to {end} 早于 --from {start}</translation>
    </message>
    <message>
        <location filename="../../services/cli/payments_command.py"/>
        <source>Exported {count} payment(s), {total} in all (refunds subtracted), to {path}</source>
        <translation>已导出 {count} 笔回款，合计 {total}（已扣除退款），至 {path}</translation>
    </message>
    <message>
        <location filename="../../services/cli/payouts_command.py"/>
        <source>export payouts needs --period YYYY-MM, YYYY-Qn or YYYY</source>
        <translation>export payouts 需要 --period YYYY-MM、YYYY-Qn 或 YYYY</translation>
    </message>
    <message>
        <location filename="../../services/cli/payouts_command.py"/>
        <source>Exported the {period} payout run ({people} people, {total} net in all) to {path}</source>
        <translation>已将 {period} 提成核算（{people} 人，实发合计 {total}）导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../services/cli/payouts_command.py"/>
        <source>{column}, row {row}: {message}</source>
        <translation>{column} 第 {row} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../services/cli/people_leave.py"/>
        <source>--on: “{value}” is not a date (YYYY-MM-DD)</source>
        <translation>--on：“{value}”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../services/cli/people_leave.py"/>
        <source>{name} leaves on {day}; handed over: {moved}.</source>
        <translation>{name} 于 {day} 离职；已交接：{moved}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/people_leave.py"/>
        <source>{count} personal target(s) kept: the receiver already has one in that plan; adjust the targets by hand.</source>
        <translation>保留了 {count} 个个人目标：接收人在该计划中已有目标；请手动调整目标。</translation>
    </message>
    <message>
        <location filename="../../services/cli/people_leave.py"/>
        <source>{count} customer(s)</source>
        <translation>{count} 个客户</translation>
    </message>
    <message>
        <location filename="../../services/cli/people_leave.py"/>
        <source>{count} open deal(s)</source>
        <translation>{count} 个进行中的商机</translation>
    </message>
    <message>
        <location filename="../../services/cli/people_leave.py"/>
        <source>{count} target(s)</source>
        <translation>{count} 个目标</translation>
    </message>
    <message>
        <location filename="../../services/cli/people_leave.py"/>
        <source>{count} action item(s)</source>
        <translation>{count} 个行动项</translation>
    </message>
    <message>
        <location filename="../../services/cli/people_leave.py"/>
        <source>{count} report(s)</source>
        <translation>{count} 名下属</translation>
    </message>
    <message>
        <location filename="../../services/cli/plan_export_command.py"/>
        <source>export plan needs --year YYYY</source>
        <translation>export plan 需要 --year 年份</translation>
    </message>
    <message>
        <location filename="../../services/cli/plan_export_command.py"/>
        <source>{path}: the plan is exported to an .xlsx file</source>
        <translation>{path}：计划只能导出为 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../services/cli/plan_export_command.py"/>
        <source>Exported the {year} plan ({nodes} target nodes, {actions} action items; sheets: {sheets}) to {path}</source>
        <translation>已将 {year} 年计划（{nodes} 个目标节点、{actions} 个行动项；工作表：{sheets}）导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../services/cli/products_command.py"/>
        <source>code	name	line	unit	list price	tax rate	cost	active</source>
        <translation>编码	名称	产品线	单位	标准价	税率	成本	启用</translation>
    </message>
    <message>
        <location filename="../../services/cli/products_command.py"/>
        <source>{count} product(s)</source>
        <translation>共 {count} 个产品</translation>
    </message>
    <message>
        <location filename="../../services/cli/products_command.py"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../services/cli/products_command.py"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../services/cli/quotes_command.py"/>
        <source>number	customer	deal	owner	issued	valid until	status	approval	total</source>
        <translation>报价编号	客户	商机	负责人	报价日期	有效期至	状态	审批	合计</translation>
    </message>
    <message>
        <location filename="../../services/cli/quotes_command.py"/>
        <source>{count} quote(s)</source>
        <translation>共 {count} 份报价</translation>
    </message>
    <message>
        <location filename="../../services/cli/quotes_command.py"/>
        <source>Saved quote {number} to {path}</source>
        <translation>报价 {number} 已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../services/cli/receivables_command.py"/>
        <source>Exported {count} open instalment(s) as of {date}, {total} open in all, to {path}</source>
        <translation>已导出截至 {date} 的 {count} 笔未结回款期次，未回款合计 {total}，保存至 {path}</translation>
    </message>
    <message>
        <location filename="../../services/cli/receivables_figures.py"/>
        <source>Payment figures {start} – {end}</source>
        <translation>回款指标 {start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../services/cli/receivables_figures.py"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../services/cli/receivables_figures.py"/>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../services/cli/receivables_figures.py"/>
        <source>{who}	settled	collection rate	payment cycle (days)	DSO (days)	average days late	share paid late	due	collected	open at the end	signed</source>
        <translation>{who}	结清期次	回款率	回款周期（天）	DSO（天）	平均逾期天数	逾期回款占比	应收	已回款	期末未回款	签约额</translation>
    </message>
    <message>
        <location filename="../../services/cli/receivables_figures.py"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../services/cli/receivables_figures.py"/>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <location filename="../../services/cli/receivables_figures.py"/>
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../services/cli/review_command.py"/>
        <source>Saved the {period} review of {node} to {path}</source>
        <translation>已将{node} {period} 的复盘保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../services/cli/review_command.py"/>
        <source>the whole firm</source>
        <translation>全公司</translation>
    </message>
    <message>
        <location filename="../../services/cli/review_command.py"/>
        <source>export review needs --period YYYY-Qn, YYYY-MM or YYYY-Wnn</source>
        <translation>export review 需要 --period YYYY-Qn、YYYY-MM 或 YYYY-Wnn</translation>
    </message>
    <message>
        <location filename="../../services/cli/review_command.py"/>
        <source>a review exports to .xlsx or .pdf</source>
        <translation>复盘只能导出为 .xlsx 或 .pdf</translation>
    </message>
    <message>
        <location filename="../../services/cli/risk_command.py"/>
        <source>over limit</source>
        <translation>超出额度</translation>
    </message>
    <message>
        <location filename="../../services/cli/risk_command.py"/>
        <source>overdue &gt; 60 days</source>
        <translation>逾期超过60天</translation>
    </message>
    <message>
        <location filename="../../services/cli/risk_command.py"/>
        <source>disputed</source>
        <translation>争议</translation>
    </message>
    <message>
        <location filename="../../services/cli/risk_command.py"/>
        <source>customer	owner	credit limit	open	over by	overdue &gt; 60 days	disputed	reasons</source>
        <translation>客户	负责人	信用额度	未收	超出额度	逾期超过60天	争议	原因</translation>
    </message>
    <message>
        <location filename="../../services/cli/risk_command.py"/>
        <source>{count} customer(s) at risk on {date}</source>
        <translation>截至 {date} 共 {count} 个风险客户</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>there is no database at {path}</source>
        <translation>{path} 处没有数据库</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>an in-memory database has nothing to maintain</source>
        <translation>内存数据库无需维护</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>{location} could not be opened: {cause}</source>
        <translation>无法打开 {location}：{cause}</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>OK: {location} (schema {revision})</source>
        <translation>正常：{location}（数据结构 {revision}）</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>Problems found in {location}:</source>
        <translation>{location} 中发现问题：</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>Rows: {counts}</source>
        <translation>行数：{counts}</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>Restore the newest good backup (taken {when}): {command}</source>
        <translation>请恢复最新的完好备份（备份于 {when}）：{command}</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>No good backup of it was found in {folder}; restore a copy you keep elsewhere: {command}</source>
        <translation>在 {folder} 中没有找到它的完好备份；请恢复您在别处保存的副本：{command}</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>{path} failed its integrity check: {cause}. {todo}</source>
        <translation>{path} 未通过完整性检查：{cause}。{todo}</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>{path} already exists; choose a new file name</source>
        <translation>{path} 已存在；请换一个文件名</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>{refusal}. No backup was written.</source>
        <translation>{refusal}。未写入备份。</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>automatic backups are kept for SQLite files only; use `backup OUT` for a database on a server</source>
        <translation>只有 SQLite 文件有自动备份；服务器上的数据库请用 `backup 输出文件`</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>No backups of {path} in {folder}</source>
        <translation>{folder} 中没有 {path} 的备份</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>Backups of {path} (newest first):</source>
        <translation>{path} 的备份（最新的在前）：</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>Automatic backups take {auto} (the app keeps them within {budget} unless set otherwise in Settings); the others {other}. {free} free on that disk.</source>
        <translation>自动备份占用 {auto}（除非在设置中另行指定，应用会将其控制在 {budget} 以内）；其他备份占用 {other}。该磁盘剩余 {free}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>restore works on SQLite files; restore a server database with its own tools, or open the backup file with --db</source>
        <translation>restore 只适用于 SQLite 文件；服务器上的数据库请用其自带工具恢复，或用 --db 打开备份文件</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>restore replaces the database; add --yes to confirm (standard input is not a terminal, so it cannot ask)</source>
        <translation>restore 会替换数据库；请加 --yes 确认（标准输入不是终端，无法询问）</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>Replace {path} with {backup}? The current file is kept as a before-restore backup. [y/N] </source>
        <translation>用 {backup} 替换 {path}？当前文件会保留为恢复前备份。[y/N] </translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>{refusal}. Nothing was changed.</source>
        <translation>{refusal}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>Restored {path} from {backup}.</source>
        <translation>已从 {backup} 恢复 {path}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>The previous database was saved as {path}</source>
        <translation>原数据库已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>{location} is up to date (schema {revision}); nothing to do.</source>
        <translation>{location} 已是最新（数据结构 {revision}）；无需操作。</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>Backup before upgrading: {path}</source>
        <translation>升级前的备份：{path}</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>Applied {revision}: {description}</source>
        <translation>已应用 {revision}：{description}</translation>
    </message>
    <message>
        <location filename="../../services/cli/store_commands.py"/>
        <source>{location} is now at schema {revision}.</source>
        <translation>{location} 现在的数据结构为 {revision}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>Created draft plan {name} with {count} nodes.</source>
        <translation>已创建草稿计划 {name}，共 {count} 个节点。</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>no target plan for {year} (create one: targets new --year {year})</source>
        <translation>没有 {year} 年的目标计划（可用 targets new --year {year} 创建）</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>nobody called “{name}”</source>
        <translation>没有名为“{name}”的人员</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>Published the {year} plan.</source>
        <translation>已公示 {year} 年计划。</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>the plan has no metric {metric} (it has {metrics})</source>
        <translation>该计划没有指标 {metric}（现有指标：{metrics}）</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>no node called “{name}” in the {year} plan</source>
        <translation>{year} 年计划中没有名为“{name}”的节点</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source> cut {cut}</source>
        <translation> 分解：{cut}</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>node	target	allocated	gap	actual	attainment	formula</source>
        <translation>节点	目标	已分配	分配差额	实际	达成率	公式</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>{plan}: every node's periods add up (year = Σ quarters, quarter = Σ months, month = Σ weeks).</source>
        <translation>{plan}：每个节点的各期间都能对上（全年 = Σ 季度，季度 = Σ 月，月 = Σ 周）。</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>{plan}: {count} period(s) do not add up</source>
        <translation>{plan}：{count} 个期间对不上</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>node	metric	period	value	own	sum of sub-periods	difference</source>
        <translation>节点	指标	期间	档位	本级数值	下级期间合计	差额</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>sub-periods</source>
        <translation>下级期间</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>{value} ({periods})</source>
        <translation>{value}（{periods}）</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>{plan}: every cut adds up to the company total ({cuts}).</source>
        <translation>{plan}：每种分解都与公司总目标一致（{cuts}）。</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>{plan}: {count} period(s) of a cut do not add up to the company total</source>
        <translation>{plan}：有 {count} 个分解期间与公司总目标对不上</translation>
    </message>
    <message>
        <location filename="../../services/cli/targets_command.py"/>
        <source>cut {cut} does not add up: {metric} {period} {level}: {parts} vs company total {total} (difference {difference})</source>
        <translation>分解 {cut} 对不上：{metric} {period} {level}：{parts}，公司总目标 {total}（差额 {difference}）</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>cancelled; nothing was changed</source>
        <translation>已取消；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>no password on standard input</source>
        <translation>标准输入中没有密码</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>a password is needed: run this in a terminal to be asked for it, or give it on standard input with --password-stdin</source>
        <translation>需要密码：请在终端中运行以便输入，或用 --password-stdin 从标准输入提供</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>the two passwords differ; nothing was changed</source>
        <translation>两次输入的密码不一致；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>give the owner's user name with --user</source>
        <translation>请用 --user 给出老板的用户名</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>User name for the owner: </source>
        <translation>老板的用户名：</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>nobody in this database is the owner: add the firm and yourself first (python main.py setup --firm NAME --me NAME --role owner), or make someone the owner (people edit NAME --role owner)</source>
        <translation>此数据库中没有老板/管理员：请先添加公司和您自己（python main.py setup --firm 名称 --me 姓名 --role owner），或把某人设为老板（people edit 姓名 --role owner）</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>more than one person is the owner ({names}): name one with --person</source>
        <translation>有多人是老板/管理员（{names}）：请用 --person 指定一人</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>{location} is now in team mode: everyone signs in.</source>
        <translation>{location} 已切换为团队模式：每个人都需要登录。</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>{location} was already in team mode.</source>
        <translation>{location} 已经是团队模式。</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>Created the owner account {user} for {person}.</source>
        <translation>已为 {person} 创建老板账号 {user}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>The owner account {user} ({person}) exists already; its password is unchanged.</source>
        <translation>老板账号 {user}（{person}）已存在；密码未改。</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>{location}: team mode (everyone signs in)</source>
        <translation>{location}：团队模式（每个人都需要登录）</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>{location}: personal (no sign-in); python main.py team init switches it to team mode</source>
        <translation>{location}：个人模式（无需登录）；python main.py team init 可切换为团队模式</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>No accounts yet.</source>
        <translation>还没有账号。</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>user name	person	role	state	last sign-in	database login</source>
        <translation>用户名	人员	角色	状态	上次登录	数据库登录名</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>user name	person	role	state	last sign-in</source>
        <translation>用户名	人员	角色	状态	上次登录</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>{count} failed attempt(s)</source>
        <translation>{count} 次登录失败</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>Created the account {user} for {person}.</source>
        <translation>已为 {person} 创建账号 {user}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>This database is still personal (no sign-in) until python main.py team init switches it.</source>
        <translation>在 python main.py team init 切换之前，此数据库仍是个人模式（无需登录）。</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>New password set for {user}.</source>
        <translation>已为 {user} 设置新密码。</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>Disabled {user}: it can no longer sign in.</source>
        <translation>已停用 {user}：该账号不能再登录。</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_command.py"/>
        <source>Enabled {user} again.</source>
        <translation>已重新启用 {user}。</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_move.py"/>
        <source>name the team database to copy into with --db URL</source>
        <translation>请用 --db URL 指定要复制到的团队数据库</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_move.py"/>
        <source>{file} does not exist</source>
        <translation>{file} 不存在</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_move.py"/>
        <source>Copying</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <location filename="../../services/cli/team_move.py"/>
        <source>Copied {rows} records from {file} to {target}; every table's count and every amount's sum agree.</source>
        <translation>已从 {file} 复制 {rows} 条记录到 {target}；每张表的记录数和每个金额合计均一致。</translation>
    </message>
    <message>
        <location filename="../../services/cli/tickets_command.py"/>
        <source>number	status	type	priority	customer	owner	due	days overdue	satisfaction	issue</source>
        <translation>编号	状态	类型	优先级	客户	负责人	截止日期	逾期天数	满意度	问题</translation>
    </message>
    <message>
        <location filename="../../services/cli/tickets_command.py"/>
        <source>{count} ticket(s)</source>
        <translation>共 {count} 个工单</translation>
    </message>
    <message>
        <location filename="../../services/cli/tickets_command.py"/>
        <source>Opened service ticket {number} for {customer}</source>
        <translation>已为 {customer} 创建服务工单 {number}</translation>
    </message>
    <message>
        <location filename="../../services/cli/tickets_command.py"/>
        <source>Closed service ticket {number}, satisfaction {score}</source>
        <translation>已关闭服务工单 {number}，满意度 {score}</translation>
    </message>
    <message>
        <location filename="../../services/core/check.py"/>
        <source>integrity: {detail}</source>
        <translation>完整性：{detail}</translation>
    </message>
    <message>
        <location filename="../../services/core/check.py"/>
        <source>broken reference: {table} row {rowid} points to a missing {parent} row</source>
        <translation>引用断裂：{table} 第 {rowid} 行指向不存在的 {parent} 记录</translation>
    </message>
    <message>
        <location filename="../../services/core/check.py"/>
        <source>… and {count} more broken references</source>
        <translation>……另有 {count} 处引用断裂</translation>
    </message>
    <message>
        <location filename="../../services/core/check.py"/>
        <source>the database holds tables but no Sailplan schema version: it is not a Sailplan database, or not the one you meant. Check the URL (--db), and the schema it uses.</source>
        <translation>数据库里有表，但没有 Sailplan 的数据结构版本：它不是 Sailplan 数据库，或不是您要打开的那个。请检查地址（--db）及其使用的 schema。</translation>
    </message>
    <message>
        <location filename="../../services/core/check.py"/>
        <source>the database holds tables but no Sailplan schema version: it is not a Sailplan database, or not the one you meant. Check the path (--db).</source>
        <translation>数据库里有表，但没有 Sailplan 的数据结构版本：它不是 Sailplan 数据库，或不是您要打开的那个。请检查路径（--db）。</translation>
    </message>
    <message>
        <location filename="../../services/core/check.py"/>
        <source>the database is empty: it has no Sailplan schema yet (opening it with Sailplan, or `migrate`, creates it)</source>
        <translation>数据库是空的：还没有 Sailplan 数据结构（用 Sailplan 打开它，或运行 `migrate`，即可创建）</translation>
    </message>
    <message>
        <location filename="../../services/core/check.py"/>
        <source>schema revision {revision} is older than this Sailplan's {head}: update every Sailplan that uses this server, back it up (`backup OUT`), then run `migrate` once</source>
        <translation>数据结构版本 {revision} 早于本 Sailplan 的 {head}：请先更新使用此服务器的每一台 Sailplan，备份（`backup OUT`），再运行一次 `migrate`</translation>
    </message>
    <message>
        <location filename="../../services/core/check.py"/>
        <source>schema revision {revision} is older than this Sailplan's {head} (run `migrate`: it backs the file up first)</source>
        <translation>数据结构版本 {revision} 早于本 Sailplan 的 {head}（请运行 `migrate`：它会先备份文件）</translation>
    </message>
    <message>
        <location filename="../../services/core/check_pg.py"/>
        <source>broken reference: {count} {table} row(s) point to a missing {parent} row ({columns})</source>
        <translation>引用断裂：{table} 有 {count} 行指向不存在的 {parent} 记录（{columns}）</translation>
    </message>
    <message>
        <location filename="../../services/core/check_pg.py"/>
        <source>missing constraint: {table}.{columns} should reference {parent}, but the database does not enforce it</source>
        <translation>缺少约束：{table}.{columns} 应引用 {parent}，但数据库没有强制执行</translation>
    </message>
    <message>
        <location filename="../../services/core/check_pg.py"/>
        <source>constraint {name} on {table} holds for every row but was never validated</source>
        <translation>{table} 上的约束 {name} 对每一行都成立，但从未验证</translation>
    </message>
    <message>
        <location filename="../../services/core/check_pg.py"/>
        <source>constraint {name} on {table} is broken by existing rows ({detail})</source>
        <translation>{table} 上的约束 {name} 被现有数据违反（{detail}）</translation>
    </message>
    <message>
        <location filename="../../services/core/check_pg.py"/>
        <source>row count: {table} has {heap} rows but its primary key index lists {indexed} (rebuild it: REINDEX TABLE {table})</source>
        <translation>行数不符：{table} 有 {heap} 行，但其主键索引只列出 {indexed} 行（请重建：REINDEX TABLE {table}）</translation>
    </message>
</context>
</TS>
