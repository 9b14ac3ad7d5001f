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
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {value}, place {place} of {count} = {amount}</source>
        <translation>{period} {title}：{value}，第 {place} 名（共 {count} 人）= {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {value}, {tied} people tied for places {places} of {count} and share those places' prizes: {formula} = {amount}</source>
        <translation>{period} {title}：{value}，{tied} 人并列第 {places} 名（共 {count} 人），平分这些名次的奖金：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {metric} attainment {now} against {before} in {previous}, up {rise} points, the largest rise = {amount}</source>
        <translation>{period} {title}：{metric}达成率 {now}，{previous} 为 {before}，提升 {rise} 个百分点，进步最快 = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {metric} attainment {now} against {before} in {previous}, up {rise} points, the largest rise, shared by {tied} people: {formula} = {amount}</source>
        <translation>{period} {title}：{metric}达成率 {now}，{previous} 为 {before}，提升 {rise} 个百分点，进步最快，{tied} 人并列平分：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {unit} reached {result} (threshold {threshold}); the pool shared equally by {count} people: {formula} = {amount}</source>
        <translation>{period} {title}：{unit} 达成 {result}（门槛 {threshold}）；奖金池由 {count} 人平分：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {unit} reached {result} (threshold {threshold}); the pool shared by contribution, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit} 达成 {result}（门槛 {threshold}）；奖金池按贡献分配，本人 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {unit} reached {result} (threshold {threshold}); the pool shared by weight, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit} 达成 {result}（门槛 {threshold}）；奖金池按权重分配，本人权重 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} won; the pool shared equally by {count} people: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，{unit} 获胜；奖金池由 {count} 人平分：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} won; the pool shared by contribution, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，{unit} 获胜；奖金池按贡献分配，本人 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} won; the pool shared by weight, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，{unit} 获胜；奖金池按权重分配，本人权重 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a tie; {unit}'s half of the pool shared equally by {count} people: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，打平；{unit} 分得一半奖金池，由 {count} 人平分：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a tie; {unit}'s half of the pool shared by contribution, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，打平；{unit} 分得一半奖金池，按贡献分配，本人 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a tie; {unit}'s half of the pool shared by weight, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，打平；{unit} 分得一半奖金池，按权重分配，本人权重 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {novice}'s {metric} attainment {attainment} ({actual} ÷ {target}) × {base} = {amount}</source>
        <translation>{period} {title}：徒弟 {novice} 的{metric}达成率 {attainment}（{actual} ÷ {target}）× {base} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {novice}'s {metric} attainment {attainment} ({actual} ÷ {target}), capped at {cap}, × {base} = {amount}</source>
        <translation>{period} {title}：徒弟 {novice} 的{metric}达成率 {attainment}（{actual} ÷ {target}），封顶 {cap}，× {base} = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/bonuses.py"/>
        <source>{period} {title}: {novice} had no {metric} target, so nothing is paid</source>
        <translation>{period} {title}：徒弟 {novice} 本期没有{metric}目标，不计奖励</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/scorecard.py"/>
        <source>{period} {title}: {breakdown} = {score} points, band {band} → coefficient {coefficient}; bonuses {bonus} × ({coefficient} − 1) = {amount}</source>
        <translation>{period} {title}：{breakdown} = {score} 分，{band} 分档 → 系数 {coefficient}；奖金 {bonus} × ({coefficient} − 1) = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/scorecard.py"/>
        <source>{period} {title}: {breakdown} = {score} points ({left_out} had no target or no result and is left out, the other weights scaled up), band {band} → coefficient {coefficient}; bonuses {bonus} × ({coefficient} − 1) = {amount}</source>
        <translation>{period} {title}：{breakdown} = {score} 分（{left_out}无目标或无实绩，不计入，其余指标的权重按比例放大），{band} 分档 → 系数 {coefficient}；奖金 {bonus} × ({coefficient} − 1) = {amount}</translation>
    </message>
    <message>
        <location filename="../../services/incentives/rules/scorecard.py"/>
        <source>{period} {title}: no metric could be scored ({left_out} had no target or no result), so the bonuses stay as they are = {amount}</source>
        <translation>{period} {title}：没有可评分的指标（{left_out}无目标或无实绩），奖金不作调整 = {amount}</translation>
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
