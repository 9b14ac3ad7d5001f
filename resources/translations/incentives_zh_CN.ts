<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="79"/>
        <source>Add adjustment</source>
        <translation>添加调整</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="81"/>
        <source>An adjustment for %1 is paid by the first run of its period that is locked. A negative amount takes money back. Ctrl+Z undoes it.</source>
        <translation>%1 的调整由该期第一次锁定的核算发放；负数表示扣回。可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="87"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="90"/>
        <source>e.g. 1200, -500, 1.2万</source>
        <translation>例如 1200、-500、1.2万</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="91"/>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="94"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>CreditSplit</name>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="86"/>
        <source>Credit split: none, the owner gets all the credit</source>
        <translation>业绩分配：未分配，全部计入负责人</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="89"/>
        <source>, </source>
        <comment>between the people of a split</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="90"/>
        <source>Credit split: %1</source>
        <translation>业绩分配：%1</translation>
    </message>
</context>
<context>
    <name>CreditSplitDialog</name>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="154"/>
        <source>Split credit: %1</source>
        <translation>业绩分配：%1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="157"/>
        <source>Share the credit of this deal&apos;s contracts (signed and collected amounts) between people. Without a split, the owner gets all of it.</source>
        <translation>将此商机所签合同的业绩（签约额与回款额）按比例分给多人。未分配时，全部计入负责人。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="160"/>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="161"/>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="163"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="164"/>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="166"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="178"/>
        <source>Clear split</source>
        <translation>清除分配</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="181"/>
        <source>Give all the credit back to the owner</source>
        <translation>业绩全部重新计入负责人</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="256"/>
        <source>Choose a person from the list on every row.</source>
        <translation>请在每一行从列表中选择人员。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="260"/>
        <source>%1 is on more than one row.</source>
        <translation>%1 出现在多行中。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="262"/>
        <source>Every share must be above 0 %.</source>
        <translation>每人的比例须大于 0 %。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="265"/>
        <source>%1 % is still to be shared.</source>
        <translation>还有 %1 % 未分配。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="268"/>
        <source>That is %1 % too much.</source>
        <translation>多分了 %1 %。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="274"/>
        <source>Total: %1 %</source>
        <translation>合计：%1 %</translation>
    </message>
</context>
<context>
    <name>CreditSplitRow</name>
    <message>
        <location filename="../../gui/incentives/split_row.py" line="29"/>
        <source>Split the credit of %1</source>
        <translation>分配 %1 的业绩</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_row.py" line="30"/>
        <source>Clear the credit split of %1</source>
        <translation>清除 %1 的业绩分配</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_row.py" line="52"/>
        <source>Split credit…</source>
        <translation>业绩分配…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_row.py" line="55"/>
        <source>Share this deal&apos;s credit between people by percentage (业绩分配)</source>
        <translation>将此商机的业绩按比例分给多人（业绩分配）</translation>
    </message>
</context>
<context>
    <name>FraudSignals</name>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="120"/>
        <source>{deal} ({customer}) was created and won on the same day, {day}, for {amount} (signals start at {threshold})</source>
        <translation>商机 {deal}（{customer}）于 {day} 当天创建当天赢单，金额 {amount}（提示起点 {threshold}）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="118"/>
        <source>{deal} ({customer}) closes on {closed}, before it was created on {created}</source>
        <translation>商机 {deal}（{customer}）的成交日期 {closed} 早于其创建日期 {created}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="116"/>
        <source>{deal} ({customer}) closes on {closed} but was marked won on {recorded}, {days} days later</source>
        <translation>商机 {deal}（{customer}）的成交日期为 {closed}，但 {recorded} 才标记赢单，晚了 {days} 天</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="112"/>
        <source>Contract {contract} ({customer}) was cancelled on {day}, after the {run} payout run that paid {paid} on it was locked on {locked}</source>
        <translation>合同 {contract}（{customer}）于 {day} 取消，此前 {run} 提成核算已按该合同发放 {paid}（{locked} 锁定）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="114"/>
        <source>{customer} was refunded {refund} on contract {contract} on {day}, after the {run} payout run that paid {paid} on it was locked on {locked}; at stake {amount}</source>
        <translation>{customer} 于 {day} 就合同 {contract} 退款 {refund}，此前 {run} 提成核算已按该合同发放 {paid}（{locked} 锁定）；涉及金额 {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="126"/>
        <source>{person}&apos;s customers {customers} share the phone number {value}; created in {period}: {created}; new-customer awards on them: {amount}</source>
        <translation>{person} 的客户 {customers} 电话号码相同（{value}）；{period} 新建：{created}；相关客户拓展奖 {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="124"/>
        <source>{person}&apos;s customers {customers} share the e-mail address {value}; created in {period}: {created}; new-customer awards on them: {amount}</source>
        <translation>{person} 的客户 {customers} 邮箱相同（{value}）；{period} 新建：{created}；相关客户拓展奖 {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="122"/>
        <source>{person}&apos;s customers {customers} share the address {value}; created in {period}: {created}; new-customer awards on them: {amount}</source>
        <translation>{person} 的客户 {customers} 地址相同（{value}）；{period} 新建：{created}；相关客户拓展奖 {amount}</translation>
    </message>
</context>
<context>
    <name>IncentiveSettingsSection</name>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="50"/>
        <location filename="../../gui/incentives/settings_section.py" line="147"/>
        <source>Incentives</source>
        <translation>激励设置</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="59"/>
        <source>Performance-fraud signals (业绩造假)</source>
        <translation>业绩造假提示</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="61"/>
        <source>Before a payout run is locked, its approver sees the deals, contracts and customers that may inflate someone&apos;s results: a question to ask, not a verdict. Two of the signals start at a threshold:</source>
        <translation>提成核算锁定前，审批人会看到可能虚增业绩的商机、合同和客户：这是需要核实的疑点，而非定论。以下两项提示从设定的阈值起触发：</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="67"/>
        <source>e.g. 10万</source>
        <translation>例如 10万</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="69"/>
        <source>A deal created and won on the same day is listed from this amount on (100000, ¥100,000 or 10万).</source>
        <translation>当天创建当天赢单的商机，金额达到此数即列出（可输入 100000、¥100,000 或 10万）。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="74"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="76"/>
        <source>A won deal is listed when its close date lies more than this many days before the day it was marked won (or before the day it was created).</source>
        <translation>已赢单商机的成交日期早于标记赢单当天（或早于创建当天）超过此天数时列出。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="78"/>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="79"/>
        <source>¥%1 and %2 days</source>
        <translation>¥%1 和 %2 天</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="83"/>
        <source>Won the day it was created, from (¥):</source>
        <translation>当天创建当天赢单，金额达到（¥）：</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="84"/>
        <source>Close date more than … before the win:</source>
        <translation>成交日期早于赢单超过：</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="156"/>
        <source>Signal same-day wins from ¥%1</source>
        <translation>当天赢单提示金额设为 ¥%1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="164"/>
        <source>Signal close dates more than %1 days before the win</source>
        <translation>成交日期回溯提示设为超过 %1 天</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/settings_section.py" line="172"/>
        <source>Restore the fraud-signal defaults</source>
        <translation>恢复业绩造假提示的默认值</translation>
    </message>
</context>
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
        <location filename="../../gui/incentives/incentives_page.py" line="25"/>
        <source>Payout runs</source>
        <translation>提成核算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/incentives_page.py" line="27"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/incentives_page.py" line="29"/>
        <source>My commission</source>
        <translation>我的提成</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/incentives_page.py" line="31"/>
        <source>Modelling</source>
        <translation>方案测算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/incentives_page.py" line="23"/>
        <source>Schemes</source>
        <translation>方案</translation>
    </message>
</context>
<context>
    <name>IncentivesText</name>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="13"/>
        <source>Not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="15"/>
        <source>Computed</source>
        <translation>已计算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="16"/>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="17"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="18"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="21"/>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="22"/>
        <source>New-customer award</source>
        <translation>客户拓展奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="23"/>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="24"/>
        <source>Mentoring award</source>
        <translation>老带新奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="25"/>
        <source>Scorecard coefficient</source>
        <translation>考核系数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="26"/>
        <location filename="../../gui/incentives/run_texts.py" line="43"/>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="27"/>
        <source>Clawback</source>
        <translation>追回</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="28"/>
        <location filename="../../gui/incentives/run_texts.py" line="44"/>
        <source>Recognition</source>
        <translation>非现金激励</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="31"/>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="32"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="33"/>
        <source>Promotion recommendation</source>
        <translation>晋升推荐</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="36"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="37"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="38"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="39"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="40"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="41"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="42"/>
        <source>Line of a locked run</source>
        <translation>已锁定核算的明细</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="45"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="48"/>
        <source>signed amount</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="49"/>
        <source>collected amount</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="50"/>
        <source>deal count</source>
        <translation>签约量</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_texts.py" line="51"/>
        <source>new customers</source>
        <translation>新增客户数</translation>
    </message>
</context>
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
        <location filename="../../gui/incentives/leaderboard_tab.py" line="279"/>
        <source>%1 · %2 ranked; changes against %3</source>
        <translation>%1 · 共 %2 名上榜；变化对比 %3</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/leaderboard_tab.py" line="282"/>
        <source>%1 · %2 ranked</source>
        <translation>%1 · 共 %2 名上榜</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incentives/leaderboard_tab.py" line="285"/>
        <source>; %n without a value (no target or nothing to measure)</source>
        <translation>
            <numerusform>；%n 名无数值（未设目标或无可计量）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModellingTab</name>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="152"/>
        <source>The year whose real data the schemes are applied to</source>
        <translation>用哪一年的真实数据测算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="158"/>
        <source>Model</source>
        <translation>测算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="160"/>
        <source>Pay the year under the chosen versions and compare with the schemes in use now</source>
        <translation>按所选版本计算该年的激励，并与现行方案对比</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="163"/>
        <source>Choose a year and one or two versions, then Model. Nothing is published or paid.</source>
        <translation>选择年份和一到两个方案版本，然后点“测算”。不会发布方案，也不会产生发放。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="173"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="176"/>
        <location filename="../../gui/incentives/modelling_tab.py" line="305"/>
        <location filename="../../gui/incentives/modelling_tab.py" line="326"/>
        <source>Draft A</source>
        <translation>方案A</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="178"/>
        <location filename="../../gui/incentives/modelling_tab.py" line="305"/>
        <location filename="../../gui/incentives/modelling_tab.py" line="326"/>
        <source>Draft B</source>
        <translation>方案B</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="218"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="218"/>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="219"/>
        <source>%1 v%2 (%3, from %4)</source>
        <translation>%1 第%2版（%3，%4 起）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="225"/>
        <source>(choose a version)</source>
        <translation>（选择版本）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="226"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="241"/>
        <source>There is no scheme version to model yet: add a scheme and a draft first.</source>
        <translation>还没有可测算的方案版本：请先新建方案并起草一个版本。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="249"/>
        <source>Modelling</source>
        <translation>方案测算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="250"/>
        <source>The modelling could not be made: %1</source>
        <translation>无法完成测算：%1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="297"/>
        <source>Paying %1 under the schemes…</source>
        <translation>正在按方案测算 %1 年…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="304"/>
        <source>Current schemes</source>
        <translation>现行方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="310"/>
        <source>Scheme</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="311"/>
        <source>Total payout</source>
        <translation>激励总额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="312"/>
        <source>% of collected</source>
        <translation>占回款</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="313"/>
        <source>% of signed</source>
        <translation>占签约额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="314"/>
        <source>% of gross margin</source>
        <translation>占毛利</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="315"/>
        <source>Gain</source>
        <translation>增加人数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="317"/>
        <source>Lose</source>
        <translation>减少人数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="322"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="323"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="324"/>
        <source>Current</source>
        <translation>现行</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="331"/>
        <source>Difference %1</source>
        <translation>差额 %1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="347"/>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="347"/>
        <source>New customers</source>
        <translation>客户拓展奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="348"/>
        <source>Bonuses</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="348"/>
        <source>Mentoring</source>
        <translation>老带新奖</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="349"/>
        <source>Scorecard coefficient</source>
        <translation>考核系数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="360"/>
        <source>Draft %1 pays %2 more than the current schemes</source>
        <translation>方案%1 比现行方案多支出 %2</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="362"/>
        <source>Draft %1 pays %2 less than the current schemes</source>
        <translation>方案%1 比现行方案少支出 %2</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="364"/>
        <source>%1 of the collected amount (now %2)</source>
        <translation>占回款 %1（现行 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="366"/>
        <source>%1 gain, %2 lose</source>
        <translation>%1增加，%2减少</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="368"/>
        <source>%1: %2; %3.</source>
        <translation>%1，%2；%3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incentives/modelling_tab.py" line="372"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/incentives/modelling_tab.py" line="376"/>
        <source>%1: collected %2, signed %3, gross margin %4</source>
        <translation>%1 年：回款 %2，签约额 %3，毛利 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/incentives/modelling_tab.py" line="381"/>
        <source> (%1 of the signed amount in %n contract(s) has no cost: its margin is estimated at the rate of the others)</source>
        <translation>
            <numerusform>（其中 %n 份合同共 %1 签约额没有成本，毛利按其余合同的毛利率估算）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyCommissionTab</name>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="80"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="82"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="95"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="96"/>
        <source>So far</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="97"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="98"/>
        <source>Next tier</source>
        <translation>下一档</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="99"/>
        <source>How it is computed</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="112"/>
        <source>or type an amount, e.g. 5万</source>
        <translation>或输入金额，例如 5万</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="117"/>
        <source>What if a deal is won</source>
        <translation>如果赢得一个商机</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="119"/>
        <source>Open deal</source>
        <translation>进行中的商机</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="120"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="160"/>
        <source>My commission</source>
        <translation>我的提成</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="161"/>
        <source>My commission could not be worked out: %1</source>
        <translation>无法计算我的提成：%1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="183"/>
        <source>Choose who you are in Settings (&quot;I am&quot;) to see your commission.</source>
        <translation>请先在设置中选择“我是”，才能查看您的提成。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="190"/>
        <source>&lt;b&gt;%1&lt;/b&gt; so far in %2: &lt;b style=&apos;font-size:16pt&apos;&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 目前提成：&lt;b style=&apos;font-size:16pt&apos;&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="195"/>
        <source>No commission rule of a published scheme applies to %1 in %2.</source>
        <translation>%2 没有已发布方案的提成规则适用于 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="207"/>
        <source>tier %1 at %2</source>
        <translation>%1 档，提成比例 %2</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="211"/>
        <source>%1 more to reach the gate</source>
        <translation>再完成 %1 达到保底门槛</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="213"/>
        <source>top tier</source>
        <translation>已是最高档</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="213"/>
        <source>no target</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="215"/>
        <source>%1 more reaches %2 (%3)</source>
        <translation>再完成 %1 进入 %2 档（%3）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="221"/>
        <source>(an amount typed below)</source>
        <translation>（下方输入的金额）</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="257"/>
        <source>If won, %1 adds &lt;b&gt;%2&lt;/b&gt; to the commission of %3 (total %4).</source>
        <translation>如果赢单，%1 将使 %3 的提成增加 &lt;b&gt;%2&lt;/b&gt;（合计 %4）。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="261"/>
        <source>Counted as collected in the period: commission on collected cash is paid once the money is in.</source>
        <translation>按本期回款计算：回款提成在款项到账后发放。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/my_commission_tab.py" line="266"/>
        <source>Tier %1 → %2.</source>
        <translation>档位 %1 → %2。</translation>
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
        <location filename="../../gui/incentives/line_texts.py" line="31"/>
        <source>{period} collected {parts} (attainment {attainment}, tier {tier}) = {amount}</source>
        <translation>{period} 回款 {parts}（达成率 {attainment}，{tier} 档）= {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="33"/>
        <source>{period} collected {parts} (attainment {attainment}, tier {tier}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 回款 {parts}（达成率 {attainment}，{tier} 档）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="35"/>
        <source>{period} collected {parts} (attainment {attainment}, tier {tier}; includes the refund of contract {refunds}) = {amount}</source>
        <translation>{period} 回款 {parts}（达成率 {attainment}，{tier} 档；含合同 {refunds} 退款）= {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="37"/>
        <source>{period} collected {parts} (attainment {attainment}, tier {tier}; includes the refund of contract {refunds}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 回款 {parts}（达成率 {attainment}，{tier} 档；含合同 {refunds} 退款）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="39"/>
        <source>{period} collected {parts} (no target: the first tier&apos;s rate) = {amount}</source>
        <translation>{period} 回款 {parts}（未设目标：按第一档提成比例）= {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="41"/>
        <source>{period} collected {parts} (no target: the first tier&apos;s rate) = {computed}, capped at {cap} per period</source>
        <translation>{period} 回款 {parts}（未设目标：按第一档提成比例）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="43"/>
        <source>{period} collected {parts} (no target: the first tier&apos;s rate; includes the refund of contract {refunds}) = {amount}</source>
        <translation>{period} 回款 {parts}（未设目标：按第一档提成比例；含合同 {refunds} 退款）= {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="45"/>
        <source>{period} collected {parts} (no target: the first tier&apos;s rate; includes the refund of contract {refunds}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 回款 {parts}（未设目标：按第一档提成比例；含合同 {refunds} 退款）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="55"/>
        <source>{period} signed {parts} (attainment {attainment}, tier {tier}) = {amount}</source>
        <translation>{period} 签约 {parts}（达成率 {attainment}，{tier} 档）= {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="57"/>
        <source>{period} signed {parts} (attainment {attainment}, tier {tier}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 签约 {parts}（达成率 {attainment}，{tier} 档）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="59"/>
        <source>{period} signed {parts} (attainment {attainment}, tier {tier}; includes the cancellation of contract {refunds}) = {amount}</source>
        <translation>{period} 签约 {parts}（达成率 {attainment}，{tier} 档；含作废合同 {refunds}）= {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="61"/>
        <source>{period} signed {parts} (attainment {attainment}, tier {tier}; includes the cancellation of contract {refunds}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 签约 {parts}（达成率 {attainment}，{tier} 档；含作废合同 {refunds}）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="63"/>
        <source>{period} signed {parts} (no target: the first tier&apos;s rate) = {amount}</source>
        <translation>{period} 签约 {parts}（未设目标：按第一档提成比例）= {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="65"/>
        <source>{period} signed {parts} (no target: the first tier&apos;s rate) = {computed}, capped at {cap} per period</source>
        <translation>{period} 签约 {parts}（未设目标：按第一档提成比例）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="67"/>
        <source>{period} signed {parts} (no target: the first tier&apos;s rate; includes the cancellation of contract {refunds}) = {amount}</source>
        <translation>{period} 签约 {parts}（未设目标：按第一档提成比例；含作废合同 {refunds}）= {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="69"/>
        <source>{period} signed {parts} (no target: the first tier&apos;s rate; includes the cancellation of contract {refunds}) = {computed}, capped at {cap} per period</source>
        <translation>{period} 签约 {parts}（未设目标：按第一档提成比例；含作废合同 {refunds}）= {computed}，按每期封顶 {cap} 计</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="29"/>
        <source>{period} collected {base}: attainment {attainment} is below the gate of {gate}, no commission = {amount}</source>
        <translation>{period} 回款 {base}：达成率 {attainment} 低于保底 {gate}，不计提成 = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="53"/>
        <source>{period} signed {base}: attainment {attainment} is below the gate of {gate}, no commission = {amount}</source>
        <translation>{period} 签约 {base}：达成率 {attainment} 低于保底 {gate}，不计提成 = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="51"/>
        <source>{period} new customers: {parts} = {amount}</source>
        <translation>{period} 新增客户：{parts} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="49"/>
        <source>{period} new customers (first contract at least {min_contract}): {parts} = {amount}</source>
        <translation>{period} 新增客户（首单不低于 {min_contract}）：{parts} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="47"/>
        <source>{period} key account won: {parts} = {amount}</source>
        <translation>{period} 重点客户突破：{parts} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="27"/>
        <source>{period} attainment {attainment}, steps reached: {parts} = {amount}</source>
        <translation>{period} 达成率 {attainment}，已达阶段：{parts} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="105"/>
        <source>{period} {title}: {value}, place {place} of {count} = {amount}</source>
        <translation>{period} {title}：{value}，第 {place} 名（共 {count} 人）= {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="107"/>
        <source>{period} {title}: {value}, {tied} people tied for places {places} of {count} and share those places&apos; prizes: {formula} = {amount}</source>
        <translation>{period} {title}：{value}，{tied} 人并列第 {places} 名（共 {count} 人），平分这些名次的奖金：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="77"/>
        <source>{period} {title}: {metric} attainment {now} against {before} in {previous}, up {rise} points, the largest rise = {amount}</source>
        <translation>{period} {title}：{metric}达成率 {now}，{previous} 为 {before}，提升 {rise} 个百分点，进步最快 = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="79"/>
        <source>{period} {title}: {metric} attainment {now} against {before} in {previous}, up {rise} points, the largest rise, shared by {tied} people: {formula} = {amount}</source>
        <translation>{period} {title}：{metric}达成率 {now}，{previous} 为 {before}，提升 {rise} 个百分点，进步最快，{tied} 人并列平分：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="103"/>
        <source>{period} {title}: {unit} reached {result} (threshold {threshold}); the pool shared equally by {count} people: {formula} = {amount}</source>
        <translation>{period} {title}：{unit} 达成 {result}（门槛 {threshold}）；奖金池由 {count} 人平分：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="99"/>
        <source>{period} {title}: {unit} reached {result} (threshold {threshold}); the pool shared by contribution, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit} 达成 {result}（门槛 {threshold}）；奖金池按贡献分配，本人 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="101"/>
        <source>{period} {title}: {unit} reached {result} (threshold {threshold}); the pool shared by weight, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit} 达成 {result}（门槛 {threshold}）；奖金池按权重分配，本人权重 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="97"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} won; the pool shared equally by {count} people: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，{unit} 获胜；奖金池由 {count} 人平分：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="93"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} won; the pool shared by contribution, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，{unit} 获胜；奖金池按贡献分配，本人 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="95"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, {unit} won; the pool shared by weight, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，{unit} 获胜；奖金池按权重分配，本人权重 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="91"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a tie; {unit}&apos;s half of the pool shared equally by {count} people: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，打平；{unit} 分得一半奖金池，由 {count} 人平分：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="87"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a tie; {unit}&apos;s half of the pool shared by contribution, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，打平；{unit} 分得一半奖金池，按贡献分配，本人 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="89"/>
        <source>{period} {title}: {unit_a} {value_a} against {unit_b} {value_b}, a tie; {unit}&apos;s half of the pool shared by weight, {share} of {total}: {formula} = {amount}</source>
        <translation>{period} {title}：{unit_a} {value_a} 对 {unit_b} {value_b}，打平；{unit} 分得一半奖金池，按权重分配，本人权重 {share}，合计 {total}：{formula} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="83"/>
        <source>{period} {title}: {novice}&apos;s {metric} attainment {attainment} ({actual} ÷ {target}) × {base} = {amount}</source>
        <translation>{period} {title}：徒弟 {novice} 的{metric}达成率 {attainment}（{actual} ÷ {target}）× {base} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="85"/>
        <source>{period} {title}: {novice}&apos;s {metric} attainment {attainment} ({actual} ÷ {target}), capped at {cap}, × {base} = {amount}</source>
        <translation>{period} {title}：徒弟 {novice} 的{metric}达成率 {attainment}（{actual} ÷ {target}），封顶 {cap}，× {base} = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="81"/>
        <source>{period} {title}: {novice} had no {metric} target, so nothing is paid</source>
        <translation>{period} {title}：徒弟 {novice} 本期没有{metric}目标，不计奖励</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="75"/>
        <source>{period} {title}: {breakdown} = {score} points, band {band} → coefficient {coefficient}; bonuses {bonus} × ({coefficient} − 1) = {amount}</source>
        <translation>{period} {title}：{breakdown} = {score} 分，{band} 分档 → 系数 {coefficient}；奖金 {bonus} × ({coefficient} − 1) = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="73"/>
        <source>{period} {title}: {breakdown} = {score} points ({left_out} had no target or no result and is left out, the other weights scaled up), band {band} → coefficient {coefficient}; bonuses {bonus} × ({coefficient} − 1) = {amount}</source>
        <translation>{period} {title}：{breakdown} = {score} 分（{left_out}无目标或无实绩，不计入，其余指标的权重按比例放大），{band} 分档 → 系数 {coefficient}；奖金 {bonus} × ({coefficient} − 1) = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="71"/>
        <source>{period} {title}: no metric could be scored ({left_out} had no target or no result), so the bonuses stay as they are = {amount}</source>
        <translation>{period} {title}：没有可评分的指标（{left_out}无目标或无实绩），奖金不作调整 = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="15"/>
        <source>Adjustment {amount} for {period}: {reason}</source>
        <translation>{period} 调整 {amount}：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="13"/>
        <source>Adjustment {amount} for {period}, correcting the {run} run: {reason}</source>
        <translation>{period} 调整 {amount}（更正 {run} 核算）：{reason}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="17"/>
        <source>Clawback {amount}: contract {contract} was cancelled on {date} after the {run} run paid {rule} on it</source>
        <translation>追回 {amount}：合同 {contract} 于 {date} 取消，{run} 核算已按该合同发放{rule}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="19"/>
        <source>Clawback {amount}: contract {contract} was removed after the {run} run paid {rule} on it</source>
        <translation>追回 {amount}：合同 {contract} 已删除，{run} 核算已按该合同发放{rule}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="21"/>
        <source>Honour: {title}</source>
        <translation>荣誉：{title}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="25"/>
        <source>Training: {title}</source>
        <translation>培训：{title}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/line_texts.py" line="23"/>
        <source>Recommended for promotion: {title}</source>
        <translation>晋升推荐：{title}</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../gui/incentives/period_picker.py" line="32"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/period_picker.py" line="33"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/period_picker.py" line="33"/>
        <source>Year</source>
        <translation>年</translation>
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
    <name>RecognitionDialog</name>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="130"/>
        <source>Add recognition</source>
        <translation>添加非现金激励</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="132"/>
        <source>Recognition pays nothing; it shows on the person&apos;s statement of %1. Ctrl+Z undoes it.</source>
        <translation>非现金激励不发放金额，显示在该人员 %1 的提成明细上。可用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="137"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="142"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="145"/>
        <source>e.g. Quarterly star, Key-account training</source>
        <translation>例如 季度之星、大客户培训</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="146"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/run_dialogs.py" line="149"/>
        <source>Note</source>
        <translation>备注</translation>
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
    <name>RunsTab</name>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="141"/>
        <location filename="../../gui/incentives/runs_tab.py" line="518"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="142"/>
        <source>Work the run out from the data (F5); a run not locked may be computed again</source>
        <translation>根据数据计算本期提成（F5）；未锁定的核算可重新计算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="144"/>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="145"/>
        <location filename="../../gui/incentives/runs_tab.py" line="534"/>
        <location filename="../../gui/incentives/runs_tab.py" line="538"/>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="146"/>
        <source>Lock…</source>
        <translation>锁定…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="147"/>
        <source>Reopen</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="148"/>
        <source>Back to computed: the review and approval are dropped</source>
        <translation>退回已计算状态：复核与审批作废</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="150"/>
        <source>Add adjustment…</source>
        <translation>添加调整…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="151"/>
        <source>Add recognition…</source>
        <translation>添加非现金激励…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="152"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="153"/>
        <source>The data changed since this run was computed: compute it again before approving it.</source>
        <translation>本次核算之后数据已有变化：请重新计算后再审批。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="161"/>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="162"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="163"/>
        <source>At stake</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="164"/>
        <source>What was found</source>
        <translation>发现的情况</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="167"/>
        <source>Double-click a signal to open its records</source>
        <translation>双击信号即可打开相关记录</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="173"/>
        <source>Export workbook…</source>
        <translation>导出核算表…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="174"/>
        <source>The run&apos;s payout workbook: a summary and one statement sheet per person, to Excel</source>
        <translation>本期提成核算表：汇总表及每人一张明细表，导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="198"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="199"/>
        <location filename="../../gui/incentives/runs_tab.py" line="208"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="201"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="206"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="207"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="213"/>
        <source>Double-click a contract, payment, customer or deal to open it</source>
        <translation>双击合同、回款、客户或商机即可打开</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="262"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="263"/>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="264"/>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="266"/>
        <source>Awards</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="268"/>
        <source>Coefficient</source>
        <translation>考核系数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="270"/>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="272"/>
        <source>Clawbacks</source>
        <translation>追回</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="274"/>
        <source>Net</source>
        <translation>实发</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="331"/>
        <source>Payout runs</source>
        <translation>提成核算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="332"/>
        <source>The payout run could not be loaded: %1</source>
        <translation>无法加载提成核算：%1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="346"/>
        <source>The %1 payout run has not been computed yet: press Compute (F5).</source>
        <translation>%1 的提成尚未计算：请点击“计算”（F5）。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="368"/>
        <source>Performance-fraud signals (%1): check them before approving and locking</source>
        <translation>业绩造假信号（%1 条）：审批和锁定前请逐条核查</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="384"/>
        <source>computed %1</source>
        <translation>计算于 %1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="385"/>
        <source>reviewed %1 %2</source>
        <translation>%1 复核于 %2</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="386"/>
        <source>approved %1 %2</source>
        <translation>%1 审批于 %2</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="387"/>
        <source>locked %1 %2</source>
        <translation>%1 锁定于 %2</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="393"/>
        <source>%1 people · gross %2 · adjustments %3 · clawbacks %4 · net %5</source>
        <translation>%1 人 · 应发 %2 · 调整 %3 · 追回 %4 · 实发 %5</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="487"/>
        <source>Computing the %1 payout run…</source>
        <translation>正在计算 %1 的提成…</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="511"/>
        <source>Compute the %1 payout run</source>
        <translation>计算 %1 的提成</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="528"/>
        <source>Review the %1 payout run</source>
        <translation>复核 %1 的提成</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="535"/>
        <source>The data changed since the %1 run was computed; the run does not show it. Approve it anyway?</source>
        <translation>%1 核算之后数据已有变化，核算结果未反映这些变化。仍要审批吗？</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="539"/>
        <source>%1 performance-fraud signal(s) are listed for %2. Approve the run anyway?</source>
        <translation>%2 列出了 %1 条业绩造假信号。仍要审批吗？</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="542"/>
        <source>Approve the %1 payout run</source>
        <translation>审批 %1 的提成</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="548"/>
        <source>Reopen the %1 payout run</source>
        <translation>退回 %1 的提成核算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="554"/>
        <source>A locked run never changes: it is not computed again and nothing is added to %1. Corrections go into a later run as adjustments. Lock the %1 payout run?</source>
        <translation>锁定后的核算永不再变：不再重新计算，也不能再向 %1 添加任何内容；更正将作为调整计入以后的核算。确定锁定 %1 的提成核算吗？</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="558"/>
        <source>The data changed since the run was computed.</source>
        <translation>本次核算之后数据已有变化。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="560"/>
        <source>%1 performance-fraud signal(s) are listed.</source>
        <translation>列出了 %1 条业绩造假信号。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="562"/>
        <location filename="../../gui/incentives/runs_tab.py" line="571"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="584"/>
        <source>Add an adjustment of %1 for %2</source>
        <translation>为 %2 添加调整 %1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="597"/>
        <source>Add the recognition %1 for %2</source>
        <translation>为 %2 添加非现金激励“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="607"/>
        <location filename="../../gui/incentives/runs_tab.py" line="628"/>
        <location filename="../../gui/incentives/runs_tab.py" line="632"/>
        <source>Export payout workbook</source>
        <translation>导出提成核算表</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="609"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="624"/>
        <source>The %1 payout workbook (%2 people, net %3) was exported to %4</source>
        <translation>%1 提成核算表（%2 人，实发 %3）已导出到 %4</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="633"/>
        <source>The payout workbook could not be exported: %1</source>
        <translation>无法导出提成核算表：%1</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/runs_tab.py" line="635"/>
        <source>Exporting the payout workbook…</source>
        <translation>正在导出提成核算表…</translation>
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
        <location filename="../../gui/incentives/schemes_tab.py" line="243"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="244"/>
        <source>Save the changes to %1 first?</source>
        <translation>先保存对 %1 的修改吗？</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="274"/>
        <source>New scheme</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="275"/>
        <source>A scheme starts as a draft version: add its rules, then publish it.</source>
        <translation>新方案从草稿版本开始：添加规则后再发布。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="280"/>
        <source>New scheme “%1”</source>
        <translation>新建方案“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="288"/>
        <source>New Scheme</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="300"/>
        <source>New version</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="301"/>
        <source>The new version starts as a draft with the rules of %1; it applies from the day below once published.</source>
        <translation>新版本是一份草稿，沿用%1的规则；发布后从下面的日期起生效。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="306"/>
        <source>New version of “%1”</source>
        <translation>新建“%1”的版本</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="330"/>
        <source>Save %1, version %2</source>
        <translation>保存%1第 %2 版</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="347"/>
        <source>Publish version</source>
        <translation>发布版本</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="348"/>
        <source>Publish %1 of “%2”, effective from %3?

A published version is never edited: payout runs from that day use it as it is, and a change needs a new version.</source>
        <translation>发布“%2”%1，自 %3 起生效？

已发布的版本不能再修改：从那天起的提成核算按它计算，要改动须新建版本。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="354"/>
        <source>Publish %1, version %2</source>
        <translation>发布%1第 %2 版</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="367"/>
        <source>Delete scheme “%1”</source>
        <translation>删除方案“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="370"/>
        <source>Delete draft %1, version %2</source>
        <translation>删除草稿%1第 %2 版</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="380"/>
        <source>Rename scheme</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="381"/>
        <source>The scheme&apos;s name, as statements and lists show it.</source>
        <translation>方案名称，提成明细和列表中都这样显示。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/schemes_tab.py" line="384"/>
        <source>Rename scheme “%1” to “%2”</source>
        <translation>将方案“%1”重命名为“%2”</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="14"/>
        <source>There is no payout run for {period}; compute one first.</source>
        <translation>{period} 尚无提成核算，请先计算。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="87"/>
        <source>what the {period} payout run pays changed since it was computed; compute it again</source>
        <translation>{period} 的提成核算计算后应发内容已有变化；请重新计算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="90"/>
        <source>{period} is not a payout period: give a month (2026-06), a quarter (2026-Q2) or a year (2026).</source>
        <translation>{period} 不是核算期间：请填写月份（2026-06）、季度（2026-Q2）或年份（2026）。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="89"/>
        <source>{file}: the payout workbook is written to an .xlsx file.</source>
        <translation>{file}：提成核算表只能导出为 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="11"/>
        <source>The amount that raises a same-day win must be 0 or more.</source>
        <translation>当天赢单的提示金额不能小于 0。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="12"/>
        <source>The days a close date may lie before the win must be between 0 and {max}.</source>
        <translation>成交日期早于赢单日期的容许天数必须在 0 到 {max} 之间。</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="59"/>
        <source>rule {rule}: {field} must be a number</source>
        <translation>规则 {rule}：{field} 必须是数字</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="45"/>
        <source>rule {rule}: an entry is not an object</source>
        <translation>规则 {rule}：有一项不是对象</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="52"/>
        <source>rule {rule}: unknown field {field}</source>
        <translation>规则 {rule}：没有 {field} 这一项</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="54"/>
        <source>rule {rule}: unknown metric {value}</source>
        <translation>规则 {rule}：未知指标 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="55"/>
        <source>rule {rule}: {field} cannot be negative</source>
        <translation>规则 {rule}：{field} 不能为负数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="42"/>
        <source>rule {rule}: a PK needs two different teams</source>
        <translation>规则 {rule}：PK 需要两个不同的团队</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="65"/>
        <source>the scheme&apos;s rules are not an object</source>
        <translation>方案的规则不是一个对象</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="49"/>
        <source>rule {rule}: the rate table has no tiers</source>
        <translation>规则 {rule}：费率表没有档位</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="47"/>
        <source>rule {rule}: the first tier must start at 0 %</source>
        <translation>规则 {rule}：第一档必须从 0% 开始</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="50"/>
        <source>rule {rule}: the tiers must start at rising attainments</source>
        <translation>规则 {rule}：各档起点必须逐档升高</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="43"/>
        <source>rule {rule}: a rate cannot be negative</source>
        <translation>规则 {rule}：费率不能为负数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="44"/>
        <source>rule {rule}: a scorecard needs metrics and bands</source>
        <translation>规则 {rule}：绩效考核需要考核指标和得分系数</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="51"/>
        <source>rule {rule}: the weights add up to {value} %, not 100 %</source>
        <translation>规则 {rule}：权重合计 {value}%，不是 100%</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="66"/>
        <source>the scheme&apos;s rules are not valid JSON: {detail}</source>
        <translation>方案的规则不是有效的 JSON：{detail}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="46"/>
        <source>rule {rule}: it has no id</source>
        <translation>规则 {rule}：缺少编号</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="15"/>
        <source>a locked payout run paid this adjustment; it stays</source>
        <translation>该调整已由锁定的提成核算发放，不能删除</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="18"/>
        <source>a modelling year is between 2000 and 2100, not {year}</source>
        <translation>测算年份须在 2000 到 2100 之间，而不是 {year}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="20"/>
        <source>a payout period is a month (2026-06), a quarter (2026-Q2) or a year (2026), not {period}</source>
        <translation>核算期间须为月（2026-06）、季度（2026-Q2）或年（2026），而不是 {period}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="22"/>
        <source>a payout period is a month, a quarter or a year, not {period}</source>
        <translation>核算期间须为月、季度或年，而不是 {period}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="25"/>
        <source>a recognition needs a title</source>
        <translation>荣誉激励需要标题</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="30"/>
        <source>a share of a credit split is a whole number of basis points above 0, not {value}</source>
        <translation>业绩分配的份额须为大于 0 的整数基点，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="32"/>
        <source>a text can be at most {limit} characters long</source>
        <translation>文字最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="33"/>
        <source>an adjustment corrects a locked payout run</source>
        <translation>调整只能更正已锁定的提成核算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="34"/>
        <source>an adjustment needs an amount other than zero</source>
        <translation>调整金额不能为零</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="35"/>
        <source>an amount must be a number of yuan</source>
        <translation>金额须为以元计的数字</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="36"/>
        <source>approve the {period} payout run before locking it</source>
        <translation>请先审批 {period} 的提成核算，再锁定</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="37"/>
        <source>at most two versions are modelled side by side</source>
        <translation>最多同时测算两个方案版本</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="38"/>
        <source>give the reason for the adjustment</source>
        <translation>请填写调整原因</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="39"/>
        <source>recognition is an honour, a training or a promotion recommendation, not {kind}</source>
        <translation>非现金激励须为荣誉、培训或晋升推荐，而不是 {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="41"/>
        <source>review the {period} payout run before approving it</source>
        <translation>请先复核 {period} 的提成核算，再审批</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="48"/>
        <source>rule {rule}: the id is used twice</source>
        <translation>规则 {rule}：编号重复</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="53"/>
        <source>rule {rule}: unknown kind {value}</source>
        <translation>规则 {rule}：未知的规则类型 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="57"/>
        <source>rule {rule}: {field} must be a list</source>
        <translation>规则 {rule}：{field} 必须是列表</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="60"/>
        <source>rule {rule}: {field} must be an object</source>
        <translation>规则 {rule}：{field} 必须是对象</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="58"/>
        <source>rule {rule}: {field} must be a list of ids</source>
        <translation>规则 {rule}：{field} 必须是编号列表</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="61"/>
        <source>rule {rule}: {field} must be text</source>
        <translation>规则 {rule}：{field} 必须是文字</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="56"/>
        <source>rule {rule}: {field} cannot be {value}</source>
        <translation>规则 {rule}：{field} 不能是 {value}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="74"/>
        <source>there is no scheme called {name}</source>
        <translation>没有名为 {name} 的方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="28"/>
        <source>a scheme needs a name</source>
        <translation>方案需要名称</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="29"/>
        <source>a scheme&apos;s name can be at most {limit} characters long</source>
        <translation>方案名称最多 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="19"/>
        <source>a note can be at most {limit} characters long</source>
        <translation>备注最多 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="26"/>
        <source>a scheme called {name} already exists</source>
        <translation>已有名为 {name} 的方案</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="62"/>
        <source>that person does not exist</source>
        <translation>该人员不存在</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="63"/>
        <source>the credit split names someone who does not exist: {person}</source>
        <translation>业绩分配中的人员不存在：{person}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="64"/>
        <source>the modelling was stopped</source>
        <translation>测算已停止</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="67"/>
        <source>the shares of a credit split add up to 100 %, not {total} %</source>
        <translation>业绩分配的份额合计须为 100 %，而不是 {total} %</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="68"/>
        <source>the {period} payout run is already approved</source>
        <translation>{period} 的提成核算已审批</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="69"/>
        <source>the {period} payout run is already reviewed</source>
        <translation>{period} 的提成核算已复核</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="70"/>
        <source>the {period} payout run is locked</source>
        <translation>{period} 的提成核算已锁定</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="71"/>
        <source>the {period} payout run is neither reviewed nor approved; there is nothing to reopen</source>
        <translation>{period} 的提成核算尚未复核或审批，无需退回</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="73"/>
        <source>the {period} payout run was computed again since</source>
        <translation>{period} 的提成核算此后已重新计算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="75"/>
        <source>there is no scheme version {version}</source>
        <translation>没有方案版本 {version}</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="76"/>
        <source>there is no {period} payout run; compute it first</source>
        <translation>没有 {period} 的提成核算；请先计算</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="77"/>
        <source>this adjustment no longer exists</source>
        <translation>该调整已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="78"/>
        <source>this credit split was changed since; it cannot be undone</source>
        <translation>该业绩分配已被修改，无法撤销</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="79"/>
        <source>this deal no longer exists</source>
        <translation>该商机已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="80"/>
        <source>this payout run no longer exists</source>
        <translation>该提成核算已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="81"/>
        <source>this recognition no longer exists</source>
        <translation>该非现金激励已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="82"/>
        <source>this scheme no longer exists</source>
        <translation>该方案已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="83"/>
        <source>this scheme version no longer exists</source>
        <translation>该方案版本已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="85"/>
        <source>version {number} is published and never changes; make a new version</source>
        <translation>第 {number} 版已发布，不能再修改；请新建版本</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="24"/>
        <source>a payout run used this scheme; it cannot be removed</source>
        <translation>已有提成核算用到该方案，不能删除</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="84"/>
        <source>version {number} is not published</source>
        <translation>第 {number} 版尚未发布</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="16"/>
        <source>a locked payout run used version {number}; it stays published</source>
        <translation>已锁定的提成核算用到第 {number} 版，它保持已发布</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/error_texts.py" line="27"/>
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
<context>
    <name>dialog</name>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="117"/>
        <source>Choose a person</source>
        <translation>选择人员</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="124"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/incentives/split_dialog.py" line="126"/>
        <source>Take this person out of the split</source>
        <translation>将此人移出业绩分配</translation>
    </message>
</context>
</TS>
