<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>IncentiveTexts</name>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="284"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="285"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="287"/>
        <source>% attainment</source>
        <translation>% 达成率</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="289"/>
        <source>% of the rate</source>
        <translation>% × 费率</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="294"/>
        <source>% of the target</source>
        <translation>% 目标</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="314"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="316"/>
        <location filename="../../gui/incentives/rule_fields.py" line="320"/>
        <source>Rate × %</source>
        <translation>费率 × %</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="318"/>
        <source>Customer tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="321"/>
        <source>Prize (yuan), best first</source>
        <translation>奖金（元），第一名起</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="323"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="325"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="328"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="335"/>
        <source>Empty: the person&apos;s target from the Targets tree</source>
        <translation>留空：取目标体系中此人的目标</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="337"/>
        <source>At most %</source>
        <translation>封顶 %</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="355"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="18"/>
        <location filename="../../gui/incentives/texts.py" line="38"/>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="19"/>
        <location filename="../../gui/incentives/texts.py" line="39"/>
        <source>New-customer award</source>
        <translation>客户拓展奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="20"/>
        <source>Ranking award</source>
        <translation>排名奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="21"/>
        <location filename="../../gui/incentives/texts.py" line="41"/>
        <source>Most improved award</source>
        <translation>进步最快奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="22"/>
        <location filename="../../gui/incentives/texts.py" line="42"/>
        <source>Team target award</source>
        <translation>团队达标奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="23"/>
        <location filename="../../gui/incentives/texts.py" line="43"/>
        <source>Team PK</source>
        <translation>团队PK</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="24"/>
        <location filename="../../gui/incentives/texts.py" line="44"/>
        <source>Milestone award</source>
        <translation>分阶段达成奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="25"/>
        <location filename="../../gui/incentives/texts.py" line="45"/>
        <source>Key-account breakthrough award</source>
        <translation>重点客户突破奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="26"/>
        <location filename="../../gui/incentives/texts.py" line="46"/>
        <source>Mentoring award</source>
        <translation>老带新奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="27"/>
        <location filename="../../gui/incentives/texts.py" line="47"/>
        <source>Performance scorecard</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="32"/>
        <source>Ranking award (monthly champion / quarterly star)</source>
        <translation>排名奖（月度冠军 / 季度之星）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="40"/>
        <source>Monthly champion</source>
        <translation>月度冠军</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="52"/>
        <source>Name on statements</source>
        <translation>明细中的名称</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="53"/>
        <source>Paid in</source>
        <translation>核算周期</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="54"/>
        <source>Commission on</source>
        <translation>提成基数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="55"/>
        <source>Attainment of</source>
        <translation>达成率指标</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="56"/>
        <source>Method</source>
        <translation>计提方式</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="57"/>
        <source>Rate table</source>
        <translation>费率表</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="58"/>
        <source>Gate</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="59"/>
        <source>Cap per period</source>
        <translation>每期封顶</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="60"/>
        <source>Accelerator above 100 %</source>
        <translation>超 100% 部分加速</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="61"/>
        <source>Product-line factors</source>
        <translation>产品线系数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="62"/>
        <source>Customer-tier factors</source>
        <translation>客户分层系数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="63"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="64"/>
        <source>Smallest first contract</source>
        <translation>首单最低金额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="65"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="66"/>
        <source>Compared by</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="67"/>
        <source>Prizes</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="68"/>
        <source>Least attainment</source>
        <translation>最低达成率</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="69"/>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="70"/>
        <source>Reached at</source>
        <translation>达标线</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="71"/>
        <source>Pool</source>
        <translation>奖金池</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="72"/>
        <source>Shared</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="73"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="74"/>
        <source>Team A</source>
        <translation>团队 A</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="75"/>
        <source>Team B</source>
        <translation>团队 B</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="76"/>
        <source>Steps</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="77"/>
        <source>Key accounts</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="78"/>
        <source>Mentors and novices</source>
        <translation>师徒</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="79"/>
        <source>Attainment counted up to</source>
        <translation>达成率计至</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="80"/>
        <source>Roles</source>
        <translation>适用角色</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="81"/>
        <source>Metrics</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="82"/>
        <source>Score bands</source>
        <translation>得分系数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="84"/>
        <source>From attainment %</source>
        <translation>达成率起点 %</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="85"/>
        <source>Rate %</source>
        <translation>费率 %</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="86"/>
        <source>At attainment %</source>
        <translation>达成率 %</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="87"/>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="88"/>
        <source>Novice</source>
        <translation>徒弟</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="89"/>
        <source>Weight %</source>
        <translation>权重 %</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="90"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="91"/>
        <source>From score</source>
        <translation>得分起点</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="92"/>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="93"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="94"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="95"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="100"/>
        <source>Monthly runs</source>
        <translation>月度核算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="101"/>
        <source>Quarterly runs</source>
        <translation>季度核算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="102"/>
        <source>Yearly runs</source>
        <translation>年度核算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="105"/>
        <location filename="../../gui/incentives/texts.py" line="127"/>
        <source>Collected amount</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="106"/>
        <location filename="../../gui/incentives/texts.py" line="126"/>
        <source>Signed amount</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="109"/>
        <source>Whole amount (the reached tier&apos;s rate on everything)</source>
        <translation>全额累计（全部按所达档位费率）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="111"/>
        <source>Marginal (each slice at its own tier&apos;s rate)</source>
        <translation>超额累进（各段按各自档位费率）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="115"/>
        <source>Equally</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="116"/>
        <source>By contribution</source>
        <translation>按贡献</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="117"/>
        <source>By weights</source>
        <translation>按权重</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="120"/>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="121"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="128"/>
        <source>Deals won</source>
        <translation>签约量</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="129"/>
        <source>New customers</source>
        <translation>新增客户数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="130"/>
        <source>Follow-ups</source>
        <translation>跟进数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="131"/>
        <source>Visits</source>
        <translation>拜访数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="132"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="133"/>
        <source>Collection rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="134"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="135"/>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="139"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="140"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="144"/>
        <source>A · Key</source>
        <translation>A · 大客户</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="145"/>
        <source>B · Ordinary</source>
        <translation>B · 普通</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="146"/>
        <source>C · Potential</source>
        <translation>C · 潜在</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="210"/>
        <source>of the assignment</source>
        <translation>（适用范围）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/texts.py" line="214"/>
        <source>%1 “%2”</source>
        <translation>%1「%2」</translation>
    </message>
</context>
<context>
    <name>IncentivesPage</name>
    <message>
        <location filename="../../gui/incentives/incentives_page.py" line="23"/>
        <source>Schemes</source>
        <translation>方案</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="96"/>
        <source>none</source>
        <translation>无</translation>
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
    <name>PickDialog</name>
    <message>
        <location filename="../../gui/incentives/pick_dialog.py" line="96"/>
        <source>Type to filter</source>
        <translation>输入以筛选</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incentives/pick_dialog.py" line="103"/>
        <source>%n to choose from</source>
        <translation>
            <numerusform>共 %n 项可选</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickField</name>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="158"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="168"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="168"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../gui/incentives/rule_form.py" line="96"/>
        <source>:</source>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../gui/incentives/rules_panel.py" line="64"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rules_panel.py" line="65"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rules_panel.py" line="88"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rules_panel.py" line="89"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rules_panel.py" line="90"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rules_panel.py" line="91"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <location filename="../../gui/incentives/scheme_dialog.py" line="44"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/scheme_dialog.py" line="50"/>
        <source>Effective from:</source>
        <translation>生效日期：</translation>
    </message>
</context>
<context>
    <name>SchemesModel</name>
    <message>
        <location filename="../../gui/incentives/schemes_model.py" line="30"/>
        <source>Scheme / version</source>
        <translation>方案 / 版本</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_model.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_model.py" line="32"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_model.py" line="37"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_model.py" line="135"/>
        <source>%1 published</source>
        <translation>%1已发布</translation>
    </message>
</context>
<context>
    <name>SchemesTab</name>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="73"/>
        <source>New scheme…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="74"/>
        <source>New version…</source>
        <translation>新建版本…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="75"/>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="76"/>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="91"/>
        <source>Loading schemes…</source>
        <translation>正在读取方案…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="92"/>
        <source>No pay scheme yet. A scheme says what commission and bonuses are paid, to whom, from which day: make one with New scheme (Ctrl+N).</source>
        <translation>还没有激励方案。方案规定从哪天起、给谁、发什么提成和奖金：用“新建方案”（Ctrl+N）建一个。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="171"/>
        <source>The schemes could not be loaded: %1</source>
        <translation>无法读取方案：%1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="244"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="245"/>
        <source>Save the changes to %1 first?</source>
        <translation>先保存对 %1 的修改吗？</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="275"/>
        <source>New scheme</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="276"/>
        <source>A scheme starts as a draft version: add its rules, then publish it.</source>
        <translation>新方案从草稿版本开始：添加规则后再发布。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="281"/>
        <source>New scheme “%1”</source>
        <translation>新建方案“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="289"/>
        <source>New Scheme</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="301"/>
        <source>New version</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="302"/>
        <source>The new version starts as a draft with the rules of %1; it applies from the day below once published.</source>
        <translation>新版本是一份草稿，沿用%1的规则；发布后从下面的日期起生效。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="307"/>
        <source>New version of “%1”</source>
        <translation>新建“%1”的版本</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="331"/>
        <source>Save %1, version %2</source>
        <translation>保存%1第 %2 版</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="348"/>
        <source>Publish version</source>
        <translation>发布版本</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="349"/>
        <source>Publish %1 of “%2”, effective from %3?

A published version is never edited: payout runs from that day use it as it is, and a change needs a new version.</source>
        <translation>发布“%2”%1，自 %3 起生效？

已发布的版本不能再修改：从那天起的提成核算按它计算，要改动须新建版本。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="355"/>
        <source>Publish %1, version %2</source>
        <translation>发布%1第 %2 版</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="368"/>
        <source>Delete scheme “%1”</source>
        <translation>删除方案“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="371"/>
        <source>Delete draft %1, version %2</source>
        <translation>删除草稿%1第 %2 版</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="381"/>
        <source>Rename scheme</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="382"/>
        <source>The scheme&apos;s name, as statements and lists show it.</source>
        <translation>方案名称，提成明细和列表中都这样显示。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="385"/>
        <source>Rename scheme “%1” to “%2”</source>
        <translation>将方案“%1”重命名为“%2”</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="12"/>
        <source>rule {rule}: {field} must be a number</source>
        <translation>规则 {rule}：{field} 必须是数字</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="13"/>
        <source>rule {rule}: an entry is not an object</source>
        <translation>规则 {rule}：有一项不是对象</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="14"/>
        <source>rule {rule}: unknown field {field}</source>
        <translation>规则 {rule}：没有 {field} 这一项</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="15"/>
        <source>rule {rule}: unknown metric {value}</source>
        <translation>规则 {rule}：未知指标 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="16"/>
        <source>rule {rule}: {field} cannot be negative</source>
        <translation>规则 {rule}：{field} 不能为负数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="17"/>
        <source>rule {rule}: a PK needs two different teams</source>
        <translation>规则 {rule}：PK 需要两个不同的团队</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="18"/>
        <source>the scheme&apos;s rules are not an object</source>
        <translation>方案的规则不是一个对象</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="19"/>
        <source>rule {rule}: the rate table has no tiers</source>
        <translation>规则 {rule}：费率表没有档位</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="20"/>
        <source>rule {rule}: the first tier must start at 0 %</source>
        <translation>规则 {rule}：第一档必须从 0% 开始</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="21"/>
        <source>rule {rule}: the tiers must start at rising attainments</source>
        <translation>规则 {rule}：各档起点必须逐档升高</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="22"/>
        <source>rule {rule}: a rate cannot be negative</source>
        <translation>规则 {rule}：费率不能为负数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="23"/>
        <source>rule {rule}: a scorecard needs metrics and bands</source>
        <translation>规则 {rule}：绩效考核需要考核指标和得分系数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="24"/>
        <source>rule {rule}: the weights add up to {value} %, not 100 %</source>
        <translation>规则 {rule}：权重合计 {value}%，不是 100%</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="25"/>
        <source>the scheme&apos;s rules are not valid JSON: {detail}</source>
        <translation>方案的规则不是有效的 JSON：{detail}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="26"/>
        <source>rule {rule}: it has no id</source>
        <translation>规则 {rule}：缺少编号</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="27"/>
        <source>rule {rule}: the id is used twice</source>
        <translation>规则 {rule}：编号重复</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="28"/>
        <source>rule {rule}: unknown kind {value}</source>
        <translation>规则 {rule}：未知的规则类型 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="29"/>
        <source>rule {rule}: {field} must be a list</source>
        <translation>规则 {rule}：{field} 必须是列表</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="30"/>
        <source>rule {rule}: {field} must be an object</source>
        <translation>规则 {rule}：{field} 必须是对象</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="31"/>
        <source>rule {rule}: {field} must be a list of ids</source>
        <translation>规则 {rule}：{field} 必须是编号列表</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="32"/>
        <source>rule {rule}: {field} must be text</source>
        <translation>规则 {rule}：{field} 必须是文字</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="33"/>
        <source>rule {rule}: {field} cannot be {value}</source>
        <translation>规则 {rule}：{field} 不能是 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="35"/>
        <source>there is no scheme called {name}</source>
        <translation>没有名为 {name} 的方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="36"/>
        <source>a scheme needs a name</source>
        <translation>方案需要名称</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="37"/>
        <source>a scheme&apos;s name can be at most {limit} characters long</source>
        <translation>方案名称最多 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="38"/>
        <source>a note can be at most {limit} characters long</source>
        <translation>备注最多 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="39"/>
        <source>a scheme called {name} already exists</source>
        <translation>已有名为 {name} 的方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="40"/>
        <source>this scheme no longer exists</source>
        <translation>该方案已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="41"/>
        <source>this scheme version no longer exists</source>
        <translation>该方案版本已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="42"/>
        <source>version {number} is published and never changes; make a new version</source>
        <translation>第 {number} 版已发布，不能再修改；请新建版本</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="44"/>
        <source>a payout run used this scheme; it cannot be removed</source>
        <translation>已有提成核算用到该方案，不能删除</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="45"/>
        <source>version {number} is not published</source>
        <translation>第 {number} 版尚未发布</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="46"/>
        <source>a locked payout run used version {number}; it stays published</source>
        <translation>已锁定的提成核算用到第 {number} 版，它保持已发布</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="48"/>
        <source>a scheme keeps at least one version</source>
        <translation>方案至少保留一个版本</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="218"/>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/rule_fields.py" line="219"/>
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
</context>
<context>
    <name>VersionEditor</name>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="202"/>
        <source>What changed in this version, and why</source>
        <translation>这一版改了什么，为什么</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="98"/>
        <source>Scheme name:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="98"/>
        <source>Effective from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="99"/>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="100"/>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="101"/>
        <source>Teams:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="102"/>
        <source>People:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="111"/>
        <source>The scheme applies to the people named, else to those in the teams, else to those in the roles.</source>
        <translation>方案适用于：点名的人员；其次是所选团队中的人；再次是所选角色的人。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="122"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="124"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="187"/>
        <source>Choose a scheme version on the left, or make a new scheme (Ctrl+N).</source>
        <translation>在左侧选择一个方案版本，或新建方案（Ctrl+N）。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="194"/>
        <source>This version is published and is never edited: runs from its effective date use it as it is. To change the scheme, make a new version.</source>
        <translation>此版本已发布，不能再修改：自生效日期起的核算都按它计算。要修改方案，请新建版本。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/version_editor.py" line="242"/>
        <source>The scheme needs a name.</source>
        <translation>方案需要名称。</translation>
    </message>
</context>
</TS>
