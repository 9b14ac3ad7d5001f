<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FraudSignals</name>
    <message>
        <source>{deal} ({customer}) was created and won on the same day, {day}, for {amount} (signals start at {threshold})</source>
        <translation>商机 {deal}（{customer}）于 {day} 当天创建当天赢单，金额 {amount}（提示起点 {threshold}）</translation>
    </message>
    <message>
        <source>{deal} ({customer}) closes on {closed}, before it was created on {created}</source>
        <translation>商机 {deal}（{customer}）的成交日期 {closed} 早于其创建日期 {created}</translation>
    </message>
    <message>
        <source>{deal} ({customer}) closes on {closed} but was marked won on {recorded}, {days} days later</source>
        <translation>商机 {deal}（{customer}）的成交日期为 {closed}，但 {recorded} 才标记赢单，晚了 {days} 天</translation>
    </message>
    <message>
        <source>Contract {contract} ({customer}) was cancelled on {day}, after the {run} payout run that paid {paid} on it was locked on {locked}</source>
        <translation>合同 {contract}（{customer}）于 {day} 取消，此前 {run} 提成核算已按该合同发放 {paid}（{locked} 锁定）</translation>
    </message>
    <message>
        <source>{customer} was refunded {refund} on contract {contract} on {day}, after the {run} payout run that paid {paid} on it was locked on {locked}; at stake {amount}</source>
        <translation>{customer} 于 {day} 就合同 {contract} 退款 {refund}，此前 {run} 提成核算已按该合同发放 {paid}（{locked} 锁定）；涉及金额 {amount}</translation>
    </message>
    <message>
        <source>{person}'s customers {customers} share the phone number {value}; created in {period}: {created}; new-customer awards on them: {amount}</source>
        <translation>{person} 的客户 {customers} 电话号码相同（{value}）；{period} 新建：{created}；相关客户拓展奖 {amount}</translation>
    </message>
    <message>
        <source>{person}'s customers {customers} share the e-mail address {value}; created in {period}: {created}; new-customer awards on them: {amount}</source>
        <translation>{person} 的客户 {customers} 邮箱相同（{value}）；{period} 新建：{created}；相关客户拓展奖 {amount}</translation>
    </message>
    <message>
        <source>{person}'s customers {customers} share the address {value}; created in {period}: {created}; new-customer awards on them: {amount}</source>
        <translation>{person} 的客户 {customers} 地址相同（{value}）；{period} 新建：{created}；相关客户拓展奖 {amount}</translation>
    </message>
</context>
<context>
    <name>PayoutLines</name>
    <message>
        <source>{period} collected {base} × {rate} (attainment {attainment}, tier {tier}) = {amount}</source>
        <translation>{period} 回款 {base} × {rate}（达成率 {attainment}，{tier} 档）= {amount}</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>There is no payout run for {period}; compute one first.</source>
        <translation>{period} 尚无提成核算，请先计算。</translation>
    </message>
    <message>
        <source>{period} is not a payout period: give a month (2026-06), a quarter (2026-Q2) or a year (2026).</source>
        <translation>{period} 不是核算期间：请填写月份（2026-06）、季度（2026-Q2）或年份（2026）。</translation>
    </message>
    <message>
        <source>{file}: the payout workbook is written to an .xlsx file.</source>
        <translation>{file}：提成核算表只能导出为 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The amount that raises a same-day win must be 0 or more.</source>
        <translation>当天赢单的提示金额不能小于 0。</translation>
    </message>
    <message>
        <source>The days a close date may lie before the win must be between 0 and {max}.</source>
        <translation>成交日期早于赢单日期的容许天数必须在 0 到 {max} 之间。</translation>
    </message>
</context>
</TS>
