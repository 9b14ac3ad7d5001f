<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../gui/team/account_dialog.py" line="33"/>
        <source>New Account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../gui/team/account_dialog.py" line="34"/>
        <source>Reset Password of {user}</source>
        <translation>重置 {user} 的密码</translation>
    </message>
    <message>
        <location filename="../../gui/team/account_dialog.py" line="45"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../gui/team/account_dialog.py" line="46"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../gui/team/account_dialog.py" line="56"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../gui/team/account_dialog.py" line="56"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../gui/team/account_dialog.py" line="58"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../gui/team/account_dialog.py" line="59"/>
        <source>At least 8 characters. Tell the person their password in person or by phone, never in a group chat.</source>
        <translation>至少 8 个字符。请当面或电话告知本人密码，切勿发在群聊里。</translation>
    </message>
    <message>
        <location filename="../../gui/team/account_dialog.py" line="81"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="47"/>
        <location filename="../../gui/team/accounts_section.py" line="235"/>
        <source>Accounts</source>
        <translation>账号与登录</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="56"/>
        <source>Switch This Database to Team Mode…</source>
        <translation>将此数据库切换为团队模式…</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="62"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="62"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="62"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="62"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="63"/>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="73"/>
        <source>New Account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="76"/>
        <source>Reset Password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="79"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="82"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="90"/>
        <source>Each person sees and changes what their role allows (their data scope); every change of theirs is in Settings ▸ Audit Log.</source>
        <translation>每个人只能查看和修改其角色允许的数据范围；所有修改都记录在“设置 ▸ 操作日志”中。</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="122"/>
        <source>This database is personal: Sailplan opens it without asking who you are. When several people share it (a file on a shared folder, or a PostgreSQL server), switch it to team mode: everyone then signs in with their own account.</source>
        <translation>这是个人数据库：Sailplan 打开它时不询问您是谁。多人共用时（共享文件夹中的文件，或 PostgreSQL 服务器），请切换为团队模式：每个人都用自己的账号登录。</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="127"/>
        <location filename="../../gui/team/accounts_section.py" line="132"/>
        <source>Team mode: everyone signs in.</source>
        <translation>团队模式：每个人都需要登录。</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="129"/>
        <source>Signed in as {user} ({person}, {role}).</source>
        <translation>当前登录：{user}（{person}，{role}）。</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="134"/>
        <source>Only the owner manages accounts.</source>
        <translation>只有老板/管理员可以管理账号。</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="147"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/team/accounts_section.py" line="149"/>
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n 次登录失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="151"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="194"/>
        <source>New Account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="195"/>
        <source>Everyone already has an account. Add people in Settings ▸ Org &amp; people.</source>
        <translation>每个人都已有账号。请在 设置 ▸ 组织与人员 中添加人员。</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="225"/>
        <source>New password set for {user}.</source>
        <translation>已为 {user} 设置新密码。</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="260"/>
        <source>Team Mode</source>
        <translation>团队模式</translation>
    </message>
    <message>
        <location filename="../../gui/team/accounts_section.py" line="261"/>
        <source>This database is in team mode now. You are signed in as {user}; from the next start on, everyone signs in. Give the others their accounts here.</source>
        <translation>此数据库现已切换为团队模式。您已以 {user} 登录；下次启动起，每个人都需要登录。请在这里为其他人创建账号。</translation>
    </message>
</context>
<context>
    <name>AuditColumns</name>
    <message>
        <location filename="../../gui/team/audit_columns.py" line="23"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_columns.py" line="24"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_columns.py" line="28"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_columns.py" line="29"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_columns.py" line="30"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_columns.py" line="31"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_columns.py" line="33"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>AuditLogSection</name>
    <message>
        <location filename="../../gui/team/audit_section.py" line="56"/>
        <source>Audit Log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="70"/>
        <location filename="../../gui/team/audit_section.py" line="238"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="73"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="81"/>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="85"/>
        <source>Who:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="86"/>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="87"/>
        <source>Field:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="88"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="89"/>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="100"/>
        <source>Newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="102"/>
        <source>Older</source>
        <translation>较早</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="134"/>
        <source>Any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="145"/>
        <source>All fields</source>
        <translation>全部字段</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="217"/>
        <source>Every change to owners, stages, amounts, close dates, targets, payments, payouts, scheme rules and people's roles and units is recorded here with who made it and when, in the same transaction as the change. Nobody can change or delete this log.</source>
        <translation>负责人、阶段、金额、预计成交日期、目标、回款、提成、激励方案规则以及人员的角色和部门，每一次变更都会在同一事务中记录在这里，包括操作人和时间。任何人都不能修改或删除此日志。</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="223"/>
        <source>This is a personal database: it keeps no audit log. A database switched to team mode records every change to owners, stages, amounts, targets, payments and payouts here.</source>
        <translation>这是个人数据库：不保留操作日志。切换到团队模式的数据库会在这里记录负责人、阶段、金额、目标、回款和提成的每一次变更。</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="227"/>
        <source>{first}–{last} of {total}</source>
        <translation>第 {first}–{last} 条，共 {total} 条</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_section.py" line="231"/>
        <source>No changes match.</source>
        <translation>没有符合条件的变更。</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="16"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="17"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="18"/>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="19"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="20"/>
        <source>Payout run</source>
        <translation>提成核算</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="21"/>
        <source>Payout line</source>
        <translation>提成明细</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="22"/>
        <source>Payout adjustment</source>
        <translation>提成调整</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="23"/>
        <source>Scheme version</source>
        <translation>激励方案版本</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="24"/>
        <location filename="../../gui/team/audit_texts.py" line="40"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="28"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="29"/>
        <source>In the shared pool</source>
        <translation>在公海</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="30"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="31"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="32"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="33"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="34"/>
        <source>Floor</source>
        <translation>保底</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="35"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="36"/>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="37"/>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="38"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="41"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="42"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="43"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="44"/>
        <source>Org unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="45"/>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="49"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="50"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="51"/>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="55"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="56"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="57"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="58"/>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="59"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../gui/team/audit_texts.py" line="60"/>
        <source>rules ({count} characters)</source>
        <translation>规则（{count} 个字符）</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/team/history_view.py" line="109"/>
        <source>Change Log — {name}</source>
        <translation>变更记录 — {name}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/team/history_view.py" line="84"/>
        <source>This database keeps no history of changes: a personal database records who changed what only once it is switched to team mode.</source>
        <translation>此数据库不保留变更记录：个人数据库切换到团队模式后才会记录谁修改了什么。</translation>
    </message>
    <message>
        <location filename="../../gui/team/history_view.py" line="87"/>
        <source>No changes recorded yet.</source>
        <translation>尚无变更记录。</translation>
    </message>
    <message>
        <location filename="../../gui/team/history_view.py" line="89"/>
        <source>Changes: {count}, newest first.</source>
        <translation>共 {count} 条变更，最新的在前。</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/team/error_texts.py" line="11"/>
        <source>this account no longer exists</source>
        <translation>此账号已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="12"/>
        <source>more than one account matches “{name}”; give the user name</source>
        <translation>有多个账号与“{name}”匹配；请给出用户名</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="14"/>
        <source>there is no account “{name}”</source>
        <translation>没有账号“{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="15"/>
        <source>only the owner manages accounts</source>
        <translation>只有老板/管理员可以管理账号</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="16"/>
        <source>this person no longer exists</source>
        <translation>此人已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="17"/>
        <source>{person} already has an account (“{user}”)</source>
        <translation>{person} 已有账号（“{user}”）</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="18"/>
        <source>the user name “{name}” is taken</source>
        <translation>用户名“{name}”已被占用</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="19"/>
        <source>you cannot disable your own account</source>
        <translation>不能停用自己的账号</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="20"/>
        <source>“{user}” is the last owner account: enable or create another owner's account first</source>
        <translation>“{user}”是最后一个老板账号：请先启用或创建另一个老板账号</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="23"/>
        <source>the first account must be the owner's; {person} is not the owner (change their role first)</source>
        <translation>第一个账号必须属于老板/管理员；{person} 不是老板（请先修改其角色）</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="25"/>
        <source>a password is needed for the new account</source>
        <translation>新账号需要设置密码</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="27"/>
        <source>a user name cannot be empty</source>
        <translation>用户名不能为空</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="28"/>
        <source>a user name is at most {limit} characters</source>
        <translation>用户名最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="29"/>
        <source>a user name may hold letters, digits and . _ - @ + only, no spaces: “{name}”</source>
        <translation>用户名只能包含字母、数字和 . _ - @ +，不能有空格：“{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="31"/>
        <source>a password needs at least {count} characters</source>
        <translation>密码至少需要 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="32"/>
        <source>a password is at most {count} characters</source>
        <translation>密码最多 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="33"/>
        <source>a password cannot be only spaces</source>
        <translation>密码不能全是空格</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="34"/>
        <source>a password cannot be the user name</source>
        <translation>密码不能与用户名相同</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="36"/>
        <source>wrong user name or password; try again in {minutes} minute(s)</source>
        <translation>用户名或密码错误；请 {minutes} 分钟后再试</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="38"/>
        <source>wrong user name or password; try again in {seconds} second(s)</source>
        <translation>用户名或密码错误；请 {seconds} 秒后再试</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="40"/>
        <source>too many failed attempts; try again in {minutes} minute(s)</source>
        <translation>登录失败次数过多；请 {minutes} 分钟后再试</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="42"/>
        <source>too many failed attempts; try again in {seconds} second(s)</source>
        <translation>登录失败次数过多；请 {seconds} 秒后再试</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="44"/>
        <source>this account is disabled; ask the owner of the database</source>
        <translation>此账号已停用；请联系数据库的老板/管理员</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="45"/>
        <source>the database server refused this account's login; ask the owner to reset your password</source>
        <translation>数据库服务器拒绝了此账号的登录；请让老板重设你的密码</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="48"/>
        <source>this customer is outside your data scope: it belongs to someone you do not manage</source>
        <translation>此客户不在你的数据范围内：它属于你不管理的人</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="50"/>
        <source>you can only give customers to people you manage (or release them to the pool)</source>
        <translation>你只能把客户分给你管理的人（或释放到公海）</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="52"/>
        <source>you can only give deals to people you manage</source>
        <translation>你只能把商机分给你管理的人</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="53"/>
        <source>this deal is outside your data scope: it belongs to someone you do not manage</source>
        <translation>此商机不在你的数据范围内：它属于你不管理的人</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="55"/>
        <source>your role (data analyst) reads only; it changes nothing</source>
        <translation>你的角色（数据分析岗）只能查看，不能修改任何数据</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="56"/>
        <source>only the owner changes people, units and accounts</source>
        <translation>只有老板可以修改人员、组织单元和账号</translation>
    </message>
    <message>
        <location filename="../../gui/team/error_texts.py" line="57"/>
        <source>this record belongs to a customer outside your data scope</source>
        <translation>此记录属于你数据范围以外的客户</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../gui/team/signin_dialog.py" line="49"/>
        <source>Sign In — Sailplan</source>
        <translation>登录 — Sailplan</translation>
    </message>
    <message>
        <location filename="../../gui/team/signin_dialog.py" line="58"/>
        <source>This database is shared by a team. Sign in to open it.</source>
        <translation>此数据库由团队共用。请登录后打开。</translation>
    </message>
    <message>
        <location filename="../../gui/team/signin_dialog.py" line="71"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../gui/team/signin_dialog.py" line="72"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../gui/team/signin_dialog.py" line="79"/>
        <location filename="../../gui/team/signin_dialog.py" line="151"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../gui/team/signin_dialog.py" line="106"/>
        <source>Type your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../gui/team/signin_dialog.py" line="110"/>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/team/signin_dialog.py" line="151"/>
        <source>Sign In (%n s)</source>
        <translation>
            <numerusform>登录（%n 秒）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInGate</name>
    <message>
        <location filename="../../gui/team/gate.py" line="102"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../gui/team/gate.py" line="103"/>
        <source>Sailplan could not read who may use this database: {error}</source>
        <translation>Sailplan 无法读取此数据库的登录信息：{error}</translation>
    </message>
</context>
<context>
    <name>TeamInitDialog</name>
    <message>
        <location filename="../../gui/team/team_init_dialog.py" line="43"/>
        <source>Team Mode — the Owner's Account</source>
        <translation>团队模式 — 老板账号</translation>
    </message>
    <message>
        <location filename="../../gui/team/team_init_dialog.py" line="48"/>
        <source>This database is shared by a team but has no owner account yet. Create it now: from then on everyone signs in, and the owner gives the others their accounts in Settings ▸ Accounts.</source>
        <translation>此数据库由团队共用，但还没有老板账号。现在创建：此后每个人都需要登录，老板在 设置 ▸ 账号与登录 中为其他人创建账号。</translation>
    </message>
    <message>
        <location filename="../../gui/team/team_init_dialog.py" line="52"/>
        <source>In team mode everyone signs in before Sailplan opens this database. First create the owner's account; the owner then gives the others their accounts in Settings ▸ Accounts.</source>
        <translation>团队模式下，Sailplan 打开此数据库前每个人都需要登录。先创建老板账号；之后由老板在 设置 ▸ 账号与登录 中为其他人创建账号。</translation>
    </message>
    <message>
        <location filename="../../gui/team/team_init_dialog.py" line="73"/>
        <source>Owner:</source>
        <translation>老板/管理员：</translation>
    </message>
    <message>
        <location filename="../../gui/team/team_init_dialog.py" line="74"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../gui/team/team_init_dialog.py" line="75"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../gui/team/team_init_dialog.py" line="76"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../gui/team/team_init_dialog.py" line="81"/>
        <source>Switch to Team Mode</source>
        <translation>切换为团队模式</translation>
    </message>
    <message>
        <location filename="../../gui/team/team_init_dialog.py" line="93"/>
        <source>Nobody is the owner yet: give someone the role Owner / administrator in Settings ▸ Org &amp; people first.</source>
        <translation>还没有人是老板/管理员：请先在 设置 ▸ 组织与人员 中把某人的角色设为老板/管理员。</translation>
    </message>
    <message>
        <location filename="../../gui/team/team_init_dialog.py" line="104"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
</TS>
