<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PayoutLines</name>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} collected {parts} (attainment {attainment}, tier {tier}) = {amount}</source>
        <translation>{period} 回款 {parts}（达成率 {attainment}，{tier} 档）= {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} collected {parts} (attainment {attainment}, tier {tier}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 回款 {parts}（达成率 {attainment}，{tier} 档）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} collected {parts} (attainment {attainment}, tier {tier}; includes the refund of contract {refunds}) = {amount}</source>
        <translation>{period} 回款 {parts}（达成率 {attainment}，{tier} 档；含合同 {refunds} 退款）= {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} collected {parts} (attainment {attainment}, tier {tier}; includes the refund of contract {refunds}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 回款 {parts}（达成率 {attainment}，{tier} 档；含合同 {refunds} 退款）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} collected {parts} (no target: the first tier's rate) = {amount}</source>
        <translation>{period} 回款 {parts}（未设目标：按第一档提成比例）= {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} collected {parts} (no target: the first tier's rate) = {computed}, capped at {cap} per period</source>
        <translation>{period} 回款 {parts}（未设目标：按第一档提成比例）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} collected {parts} (no target: the first tier's rate; includes the refund of contract {refunds}) = {amount}</source>
        <translation>{period} 回款 {parts}（未设目标：按第一档提成比例；含合同 {refunds} 退款）= {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} collected {parts} (no target: the first tier's rate; includes the refund of contract {refunds}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 回款 {parts}（未设目标：按第一档提成比例；含合同 {refunds} 退款）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} signed {parts} (attainment {attainment}, tier {tier}) = {amount}</source>
        <translation>{period} 签约 {parts}（达成率 {attainment}，{tier} 档）= {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} signed {parts} (attainment {attainment}, tier {tier}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 签约 {parts}（达成率 {attainment}，{tier} 档）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} signed {parts} (attainment {attainment}, tier {tier}; includes the cancellation of contract {refunds}) = {amount}</source>
        <translation>{period} 签约 {parts}（达成率 {attainment}，{tier} 档；含作废合同 {refunds}）= {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} signed {parts} (attainment {attainment}, tier {tier}; includes the cancellation of contract {refunds}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 签约 {parts}（达成率 {attainment}，{tier} 档；含作废合同 {refunds}）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} signed {parts} (no target: the first tier's rate) = {amount}</source>
        <translation>{period} 签约 {parts}（未设目标：按第一档提成比例）= {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} signed {parts} (no target: the first tier's rate) = {computed}, capped at {cap} per period</source>
        <translation>{period} 签约 {parts}（未设目标：按第一档提成比例）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} signed {parts} (no target: the first tier's rate; includes the cancellation of contract {refunds}) = {amount}</source>
        <translation>{period} 签约 {parts}（未设目标：按第一档提成比例；含作废合同 {refunds}）= {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} signed {parts} (no target: the first tier's rate; includes the cancellation of contract {refunds}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 签约 {parts}（未设目标：按第一档提成比例；含作废合同 {refunds}）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} collected {base}: attainment {attainment} is below the gate of {gate}, no commission = {amount}</source>
        <translation>{period} 回款 {base}：达成率 {attainment} 低于保底 {gate}，不计提成 = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} signed {base}: attainment {attainment} is below the gate of {gate}, no commission = {amount}</source>
        <translation>{period} 签约 {base}：达成率 {attainment} 低于保底 {gate}，不计提成 = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} new customers: {parts} = {amount}</source>
        <translation>{period} 新增客户：{parts} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} new customers (first contract at least {min_contract}): {parts} = {amount}</source>
        <translation>{period} 新增客户（首单不低于 {min_contract}）：{parts} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} key account won: {parts} = {amount}</source>
        <translation>{period} 重点客户突破：{parts} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/commission.py"/>
        <source>{period} attainment {attainment}, steps reached: {parts} = {amount}</source>
        <translation>{period} 达成率 {attainment}，已达阶段：{parts} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/run_lines.py"/>
        <source>Adjustment {amount} for {period}: {reason}</source>
        <translation>{period} 调整 {amount}：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/run_lines.py"/>
        <source>Adjustment {amount} for {period}, correcting the {run} run: {reason}</source>
        <translation>{period} 调整 {amount}（更正 {run} 核算）：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/run_lines.py"/>
        <source>Clawback {amount}: contract {contract} was cancelled on {date} after the {run} run paid {rule} on it</source>
        <translation>追回 {amount}：合同 {contract} 于 {date} 取消，{run} 核算已按该合同发放{rule}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/run_lines.py"/>
        <source>Clawback {amount}: contract {contract} was removed after the {run} run paid {rule} on it</source>
        <translation>追回 {amount}：合同 {contract} 已删除，{run} 核算已按该合同发放{rule}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/run_lines.py"/>
        <source>Honour: {title}</source>
        <translation>荣誉：{title}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/run_lines.py"/>
        <source>Training: {title}</source>
        <translation>培训：{title}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/run_lines.py"/>
        <source>Recommended for promotion: {title}</source>
        <translation>晋升推荐：{title}</translation>
    </message>
</context>
</TS>
