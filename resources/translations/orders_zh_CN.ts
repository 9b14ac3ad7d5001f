<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="11"/>
        <source>A contract number pattern needs exactly one sequence field (seq).</source>
        <translation>合同编号规则必须恰好包含一个序号字段（seq）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="13"/>
        <source>A contract needs a number.</source>
        <translation>合同需要编号。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="14"/>
        <source>A contract number can be at most {limit} characters long.</source>
        <translation>合同编号最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="15"/>
        <source>A contract&apos;s amount must be more than zero.</source>
        <translation>合同金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="16"/>
        <source>That customer does not exist.</source>
        <translation>该客户不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="17"/>
        <source>This contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="18"/>
        <source>An amount must be a number of yuan.</source>
        <translation>金额必须是以元为单位的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="19"/>
        <source>That person does not exist.</source>
        <translation>该人员不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="20"/>
        <source>The contract number {number} is already used.</source>
        <translation>合同编号 {number} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="21"/>
        <source>That deal does not exist.</source>
        <translation>该商机不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="22"/>
        <source>Only a won deal gets a contract.</source>
        <translation>只有赢单的商机才能创建合同。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="23"/>
        <source>This deal already has the contract {number}.</source>
        <translation>该商机已有合同 {number}。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="24"/>
        <source>Payments are applied to this contract; it cannot be removed.</source>
        <translation>该合同已有回款核销，不能删除。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="26"/>
        <source>{file}: export to .xlsx or .csv.</source>
        <translation>{file}：只能导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="27"/>
        <source>“{value}” is not a payment method.</source>
        <translation>“{value}”不是有效的回款方式。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="28"/>
        <source>A payment&apos;s amount must be more than zero.</source>
        <translation>回款金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="29"/>
        <source>A reference can be at most {limit} characters long.</source>
        <translation>流水号/票据号最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="30"/>
        <source>A later payment or refund depends on this one; undo that first.</source>
        <translation>之后的回款或退款依赖于这一笔，请先撤销那一笔。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="32"/>
        <source>That contract is another customer&apos;s.</source>
        <translation>该合同属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="33"/>
        <source>That instalment does not exist.</source>
        <translation>该回款期次不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="34"/>
        <source>That instalment is not on this customer&apos;s contract.</source>
        <translation>该回款期次不在此客户的合同上。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="35"/>
        <source>The refund is more than the customer has paid ({paid}).</source>
        <translation>退款金额超过了客户已付金额（{paid}）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="36"/>
        <source>This payment no longer exists.</source>
        <translation>该回款记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="37"/>
        <source>There is no payment plan template {key}.</source>
        <translation>没有名为 {key} 的回款计划模板。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="38"/>
        <source>A payment plan needs at least one instalment.</source>
        <translation>回款计划至少需要一期。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="39"/>
        <source>Every instalment&apos;s percentage must be more than zero.</source>
        <translation>每一期的比例都必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="40"/>
        <source>The percentages add up to {sum} %, not 100 %.</source>
        <translation>各期比例合计为 {sum}%，不是 100%。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="41"/>
        <source>{amount} is too small to split this way.</source>
        <translation>{amount} 金额太小，无法按此方式拆分。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="42"/>
        <source>Give every instalment a percentage, or every one an amount.</source>
        <translation>请为每一期都填写比例，或都填写金额。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="44"/>
        <source>Only the last instalment may be left without an amount.</source>
        <translation>只有最后一期可以不填金额。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="45"/>
        <source>Every instalment&apos;s amount must be more than zero.</source>
        <translation>每一期的金额都必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="46"/>
        <source>The instalments add up to {sum}, not the contract amount {amount}.</source>
        <translation>各期金额合计为 {sum}，与合同金额 {amount} 不符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="48"/>
        <source>An instalment&apos;s label can be at most {limit} characters long.</source>
        <translation>期次名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="50"/>
        <source>“{value}” is not a percentage.</source>
        <translation>“{value}”不是百分比。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="51"/>
        <source>Payments are applied to this plan; it cannot be replaced.</source>
        <translation>该回款计划已有回款核销，不能替换。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="52"/>
        <source>This instalment no longer exists.</source>
        <translation>该回款期次已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="53"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>期间的结束日（{end}）早于开始日（{start}）。</translation>
    </message>
    <message>
        <source>“{value}” is not a number of days.</source>
        <translation>“{value}”不是天数。</translation>
    </message>
    <message>
        <source>Remind between 0 and {max} days ahead.</source>
        <translation>提前提醒的天数须在 0 到 {max} 天之间。</translation>
    </message>
</context>
<context>
    <name>PaymentReminderSection</name>
    <message>
        <source>Payment reminders</source>
        <translation>回款提醒</translation>
    </message>
    <message>
        <source>Payments due on Today</source>
        <translation>今日页面上的到期回款</translation>
    </message>
    <message>
        <source>Today lists every overdue instalment, and the instalments coming due within the days below (0: only on the day), for the contract&apos;s owner and their manager.</source>
        <translation>今日页面为合同负责人及其直属上级列出所有逾期的回款期次，以及在下列天数内到期的回款期次（0：仅在到期当天提醒）。</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Remind of payments due within</source>
        <translation>提前提醒到期回款：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remind of payments %n day(s) ahead</source>
        <translation>提前 %n 天提醒回款</translation>
    </message>
</context>
</TS>
