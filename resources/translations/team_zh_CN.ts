<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Every change to owners, stages, amounts, close dates, targets, payments, payouts, scheme rules and people&apos;s roles and units is recorded here with who made it and when, in the same transaction as the change. Nobody can change or delete this log.</source>
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
</TS>
