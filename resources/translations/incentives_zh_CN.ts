<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LeaderboardTab</name>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="96"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="96"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="97"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="107"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="108"/>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="258"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="110"/>
        <source>People</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="111"/>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="115"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="116"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="117"/>
        <source>Ranked on</source>
        <translation>排名依据</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="118"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="145"/>
        <source>Signed amount</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="146"/>
        <source>Collected amount</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="147"/>
        <source>New customers</source>
        <translation>新增客户数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="147"/>
        <source>Contracts</source>
        <translation>签约量</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="148"/>
        <source>Follow-ups</source>
        <translation>跟进数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="148"/>
        <source>Visits</source>
        <translation>拜访数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="149"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="150"/>
        <source>Collection rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="151"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="152"/>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="161"/>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="213"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="226"/>
        <source>Leaderboard</source>
        <translation>业绩排行榜</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="227"/>
        <source>The leaderboard could not be loaded: %1</source>
        <translation>无法加载排行榜：%1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="249"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="253"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="254"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="255"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="256"/>
        <source>Actual</source>
        <translation>实绩</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="257"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="281"/>
        <source>%1 · %2 ranked; changes against %3</source>
        <translation>%1 · 共 %2 名上榜；变化对比 %3</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="284"/>
        <source>%1 · %2 ranked</source>
        <translation>%1 · 共 %2 名上榜</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incentives/leaderboard_tab.py" line="287"/>
        <source>; %n without a value (no target or nothing to measure)</source>
        <translation>
            <numerusform>；%n 名无数值（未设目标或无可计量）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModellingTab</name>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="147"/>
        <source>The year whose real data the schemes are applied to</source>
        <translation>用哪一年的真实数据测算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="153"/>
        <source>Model</source>
        <translation>测算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="155"/>
        <source>Pay the year under the chosen versions and compare with the schemes in use now</source>
        <translation>按所选版本计算该年的激励，并与现行方案对比</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="158"/>
        <source>Choose a year and one or two versions, then Model. Nothing is published or paid.</source>
        <translation>选择年份和一到两个方案版本，然后点“测算”。不会发布方案，也不会产生发放。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="168"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="171"/>
        <location filename="../../gui/incentives/modelling_tab.py" line="300"/>
        <location filename="../../gui/incentives/modelling_tab.py" line="321"/>
        <source>Draft A</source>
        <translation>方案A</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="173"/>
        <location filename="../../gui/incentives/modelling_tab.py" line="300"/>
        <location filename="../../gui/incentives/modelling_tab.py" line="321"/>
        <source>Draft B</source>
        <translation>方案B</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="213"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="213"/>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="214"/>
        <source>%1 v%2 (%3, from %4)</source>
        <translation>%1 第%2版（%3，%4 起）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="220"/>
        <source>(choose a version)</source>
        <translation>（选择版本）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="221"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="236"/>
        <source>There is no scheme version to model yet: add a scheme and a draft first.</source>
        <translation>还没有可测算的方案版本：请先新建方案并起草一个版本。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="244"/>
        <source>Modelling</source>
        <translation>方案测算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="245"/>
        <source>The modelling could not be made: %1</source>
        <translation>无法完成测算：%1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="292"/>
        <source>Paying %1 under the schemes…</source>
        <translation>正在按方案测算 %1 年…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="299"/>
        <source>Current schemes</source>
        <translation>现行方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="305"/>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="306"/>
        <source>Total payout</source>
        <translation>激励总额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="307"/>
        <source>% of collected</source>
        <translation>占回款</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="308"/>
        <source>% of signed</source>
        <translation>占签约额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="309"/>
        <source>% of gross margin</source>
        <translation>占毛利</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="310"/>
        <source>Gain</source>
        <translation>增加人数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="312"/>
        <source>Lose</source>
        <translation>减少人数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="317"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="318"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="319"/>
        <source>Current</source>
        <translation>现行</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="326"/>
        <source>Difference %1</source>
        <translation>差额 %1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="342"/>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="342"/>
        <source>New customers</source>
        <translation>客户拓展奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="343"/>
        <source>Bonuses</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="343"/>
        <source>Mentoring</source>
        <translation>老带新奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="344"/>
        <source>Scorecard coefficient</source>
        <translation>考核系数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="355"/>
        <source>Draft %1 pays %2 more than the current schemes</source>
        <translation>方案%1 比现行方案多支出 %2</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="357"/>
        <source>Draft %1 pays %2 less than the current schemes</source>
        <translation>方案%1 比现行方案少支出 %2</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="359"/>
        <source>%1 of the collected amount (now %2)</source>
        <translation>占回款 %1（现行 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="361"/>
        <source>%1 gain, %2 lose</source>
        <translation>%1增加，%2减少</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="363"/>
        <source>%1: %2; %3.</source>
        <translation>%1，%2；%3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incentives/modelling_tab.py" line="367"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="371"/>
        <source>%1: collected %2, signed %3, gross margin %4</source>
        <translation>%1 年：回款 %2，签约额 %3，毛利 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incentives/modelling_tab.py" line="376"/>
        <source> (%1 of the signed amount in %n contract(s) has no cost: its margin is estimated at the rate of the others)</source>
        <translation>
            <numerusform>（其中 %n 份合同共 %1 签约额没有成本，毛利按其余合同的毛利率估算）</numerusform>
        </translation>
    </message>
</context>
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
</context>
</TS>
