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
