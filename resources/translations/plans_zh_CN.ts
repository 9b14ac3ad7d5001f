<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../gui/plans/funnel_chart.py" line="95"/>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
</context>
<context>
    <name>FunnelTab</name>
    <message>
        <source> yuan</source>
        <translation type="vanished"> 元</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="126"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="129"/>
        <source>Reload from history</source>
        <translation>按历史数据重算</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="130"/>
        <location filename="../../gui/plans/funnel_tab.py" line="393"/>
        <source>Save scenario</source>
        <translation>保存反推方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="131"/>
        <source>Save as process targets</source>
        <translation>保存为过程指标目标</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="206"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="206"/>
        <source>First contacts</source>
        <translation>初步沟通</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="207"/>
        <source>Quotes</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="207"/>
        <source>Negotiations</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="208"/>
        <source>Wins</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="348"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="147"/>
        <source>Target node</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="147"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="148"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="224"/>
        <source>Average won deal</source>
        <translation>平均赢单金额</translation>
    </message>
    <message>
        <source>Lead → first contact</source>
        <translation type="vanished">线索→初步沟通</translation>
    </message>
    <message>
        <source>First contact → quote</source>
        <translation type="vanished">初步沟通→方案报价</translation>
    </message>
    <message>
        <source>Quote → negotiation</source>
        <translation type="vanished">方案报价→商务谈判</translation>
    </message>
    <message>
        <source>Negotiation → win</source>
        <translation type="vanished">商务谈判→赢单</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="233"/>
        <source>Sales cycle</source>
        <translation>销售周期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="186"/>
        <source>Each stage = ⌈next stage ÷ its rate⌉; months add up exactly to the period; work is due earlier by a share of the cycle (leads the whole cycle, first contacts ¾, quotes ½, negotiations ¼).</source>
        <translation>反推规则：每个阶段 = ⌈下一阶段 ÷ 转化率⌉（向上取整）；各月之和恰好等于整个期间；各阶段工作按销售周期提前安排（线索提前整个周期，初步沟通提前¾，方案报价提前½，商务谈判提前¼）。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="124"/>
        <source>Type e.g. 20万 or 200,000</source>
        <extracomment>the rate editor of each step of the chain (middle stages: their own key, mid1, mid2, …)</extracomment>
        <translation>可输入如 20万 或 200,000</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="245"/>
        <source>Signed amount</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="246"/>
        <source>Collected amount</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="247"/>
        <source>Deal count</source>
        <translation>签约量</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="252"/>
        <source>Year %1</source>
        <translation>%1 全年</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="311"/>
        <source>Reading the history…</source>
        <translation>正在读取历史数据…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="320"/>
        <source>From history: %1 of %2 closed deals won; %3 from history, the rest are defaults — edit any value to try a what-if.</source>
        <translation>历史数据：已结束商机 %2 个，赢单 %1 个；%3 项假设来自历史，其余为默认值——可修改任一数值做假设推演。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="354"/>
        <source>To reach the %1 of this period: %2 wins from %3 %4.</source>
        <translation>要达成本期%1：需赢单 %2 个，需从 %3 个%4开始。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="355"/>
        <source>floor</source>
        <translation>保底目标</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="356"/>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="367"/>
        <source>Based on the year target %1</source>
        <translation>按全年目标 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="369"/>
        <source>Based on the Q%2 target %1</source>
        <translation>按第%2季度目标 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="371"/>
        <source>Based on the month target %1</source>
        <translation>按月目标 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="373"/>
        <source>Based on the sum of the month targets %1 (no target of its own for this period)</source>
        <translation>按月目标合计 %1（该期间本级无目标）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="376"/>
        <source>Based on the sum of the targets below %1 (no target of its own for this period)</source>
        <translation>按下级目标合计 %1（该期间本级无目标）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="396"/>
        <source>Reverse funnel</source>
        <translation>反推</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="399"/>
        <source>Scenario saved</source>
        <translation>反推方案已保存</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="406"/>
        <source>Save reverse funnel as targets</source>
        <translation>反推结果保存为目标</translation>
    </message>
</context>
<context>
    <name>PlanSettingsSection</name>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="41"/>
        <source>China&apos;s public holidays and make-up working days (调休) are known for %1–%2.</source>
        <translation>已收录 %1–%2 年的法定节假日与调休上班安排。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="45"/>
        <source>%1 is not published yet: the timeline assumes the usual breaks (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆) without make-up working days. Add the official days below once the notice is out.</source>
        <translation>%1 年的放假安排尚未公布：时间表按惯例估算假期（元旦、春节、清明、劳动节、端午、中秋、国庆），不含调休上班日。国务院通知发布后，请在下方补充正式安排。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="58"/>
        <source>Sales plans</source>
        <translation>销售计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="67"/>
        <source>Holidays and working days</source>
        <translation>节假日与工作日</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="71"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="72"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="73"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="73"/>
        <location filename="../../gui/plans/settings_section.py" line="86"/>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="74"/>
        <source>Working day</source>
        <translation>上班日</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="75"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="87"/>
        <source>Working day (调休)</source>
        <translation>上班日（调休）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="89"/>
        <source>Name, e.g. 春节 or 年会</source>
        <translation>名称，如 春节 或 年会</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="90"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="91"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="138"/>
        <source>Add holiday</source>
        <translation>添加节假日</translation>
    </message>
    <message>
        <location filename="../../gui/plans/settings_section.py" line="147"/>
        <source>Remove holiday</source>
        <translation>删除节假日</translation>
    </message>
</context>
<context>
    <name>PlansModels</name>
    <message>
        <location filename="../../gui/plans/cells.py" line="21"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../gui/plans/cells.py" line="22"/>
        <source>Doing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gui/plans/cells.py" line="23"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/plans/cells.py" line="24"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../../gui/plans/cells.py" line="42"/>
        <source>Type a date as YYYY-MM-DD</source>
        <translation>请按 YYYY-MM-DD 输入日期</translation>
    </message>
    <message>
        <source>Type an amount in yuan, e.g. 12000.50</source>
        <translation type="vanished">请输入金额（元），例如 12000.50</translation>
    </message>
    <message>
        <location filename="../../gui/plans/cells.py" line="53"/>
        <source>Status is one of: To do, Doing, Done, Blocked</source>
        <translation>状态只能是：待办、进行中、已完成、受阻</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="106"/>
        <source>Loading the plan…</source>
        <translation>正在加载计划…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="109"/>
        <source>A · Ideal line</source>
        <translation>A · 理想线</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="110"/>
        <source>B · Floor line</source>
        <translation>B · 保底线</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="116"/>
        <source>Export plan to Excel…</source>
        <translation>导出销售计划到 Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="118"/>
        <source>Plan year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="127"/>
        <location filename="../../gui/plans/plans_page.py" line="503"/>
        <source>Add action item</source>
        <translation>新增行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="128"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="129"/>
        <location filename="../../gui/plans/plans_page.py" line="518"/>
        <source>Copy to the other variant</source>
        <translation>复制到另一方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="131"/>
        <source>Target node</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="132"/>
        <location filename="../../gui/plans/plans_page.py" line="156"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="133"/>
        <source>What</source>
        <translation>做什么</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="134"/>
        <source>How</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="135"/>
        <location filename="../../gui/plans/plans_page.py" line="147"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="136"/>
        <location filename="../../gui/plans/plans_page.py" line="157"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="138"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="140"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="141"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="146"/>
        <source>Checkpoint / milestone</source>
        <translation>检查点/里程碑</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="148"/>
        <location filename="../../gui/plans/plans_page.py" line="194"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="153"/>
        <location filename="../../gui/plans/plans_page.py" line="528"/>
        <source>Add checkpoint</source>
        <translation>新增检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="154"/>
        <location filename="../../gui/plans/plans_page.py" line="535"/>
        <source>Remove checkpoint</source>
        <translation>删除检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="156"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="165"/>
        <source>Checkpoints of the selected item</source>
        <translation>所选行动计划的检查点/里程碑</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="190"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="193"/>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="196"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="199"/>
        <location filename="../../gui/plans/plans_page.py" line="543"/>
        <source>Create the usual timeline</source>
        <translation>生成年度时间表</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="200"/>
        <location filename="../../gui/plans/plans_page.py" line="549"/>
        <source>Move to working days</source>
        <translation>移到工作日</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="201"/>
        <source>Move checkpoints that fall on a weekend or a public holiday to the next working day</source>
        <translation>把落在周末或法定节假日的检查点移到下一个工作日</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="206"/>
        <source>Weekly tasks are one row repeating every Monday.</source>
        <translation>周任务为一行规则：每周一重复提醒。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="221"/>
        <source>Action items</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="222"/>
        <source>Reverse funnel</source>
        <translation>反推</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="223"/>
        <source>Timeline</source>
        <translation>时间表</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="348"/>
        <source>The plan could not be loaded: %1</source>
        <translation>无法加载计划：%1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="361"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="450"/>
        <source>Plans</source>
        <translation>销售计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="478"/>
        <source>Edit action item</source>
        <translation>编辑行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="482"/>
        <source>Edit checkpoint</source>
        <translation>编辑检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="486"/>
        <source>Edit timeline</source>
        <translation>编辑时间表</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="504"/>
        <source>New action item</source>
        <translation>新行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="511"/>
        <source>Remove action item</source>
        <translation>删除行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="521"/>
        <source>Copied to the other variant</source>
        <translation>已复制到另一方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="529"/>
        <source>New checkpoint</source>
        <translation>新检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="558"/>
        <location filename="../../gui/plans/plans_page.py" line="578"/>
        <source>Export plan to Excel</source>
        <translation>导出销售计划到 Excel</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="576"/>
        <source>Plan exported to %1</source>
        <translation>销售计划已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="582"/>
        <source>The plan could not be exported: %1</source>
        <translation>销售计划导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="585"/>
        <source>Exporting the plan…</source>
        <translation>正在导出销售计划…</translation>
    </message>
</context>
<context>
    <name>PlansWorkdays</name>
    <message>
        <location filename="../../gui/plans/workday_texts.py" line="29"/>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../gui/plans/workday_texts.py" line="30"/>
        <source> (day off)</source>
        <translation>（休息）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/workday_texts.py" line="32"/>
        <source>make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../gui/plans/workday_texts.py" line="42"/>
        <source>A weekend day that is a working day (调休)</source>
        <translation>周末调休上班日</translation>
    </message>
    <message>
        <location filename="../../gui/plans/workday_texts.py" line="43"/>
        <source>Not a working day: use “Move to working days”, or change the date</source>
        <translation>这天不上班：点“移到工作日”，或修改日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/workday_texts.py" line="46"/>
        <source>Estimated: this year&apos;s official holiday schedule is not out yet</source>
        <translation>估算：本年度的正式放假安排尚未公布</translation>
    </message>
    <message>
        <location filename="../../gui/plans/workday_texts.py" line="55"/>
        <source>The official holidays of %1 are not known yet (known: %2–%3): dates avoid weekends and the usual breaks (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆) as an estimate, without make-up working days. Check Settings › Sales plans once the notice is out.</source>
        <translation>%1 年的正式放假安排尚未收录（已收录 %2–%3 年）：日期避开周末和按惯例估算的假期（元旦、春节、清明、劳动节、端午、中秋、国庆），不含调休上班日。通知发布后，请在“设置 › 销售计划”中核对。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/workday_texts.py" line="62"/>
        <source>Dates avoid weekends and China&apos;s public holidays; make-up working days (调休) count as working days. Your own days off: Settings › Sales plans.</source>
        <translation>日期避开周末和法定节假日，调休上班日按工作日计。公司自定的休息日：设置 › 销售计划。</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="12"/>
        <source>{name} cannot be empty</source>
        <translation>{name} 不能为空</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="13"/>
        <source>title is longer than {limit} characters</source>
        <translation>标题超过 {limit} 个字</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="14"/>
        <source>this action item no longer exists</source>
        <translation>该行动项已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="15"/>
        <source>this checkpoint no longer exists</source>
        <translation>该检查点已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="16"/>
        <source>copy from A to B or from B to A</source>
        <translation>只能从 A 复制到 B，或从 B 复制到 A</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="17"/>
        <source>{name} is required</source>
        <translation>{name} 为必填项</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="18"/>
        <source>unknown action item field “{key}”</source>
        <translation>未知的行动项字段“{key}”</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="19"/>
        <source>unknown checkpoint field “{key}”</source>
        <translation>未知的检查点字段“{key}”</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="20"/>
        <source>variant must be A (理想线) or B (保底线)</source>
        <translation>方案只能是 A（理想线）或 B（保底线）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="21"/>
        <source>{key} must be a date</source>
        <translation>{key} 必须是日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="22"/>
        <source>unknown status “{value}”</source>
        <translation>未知的状态“{value}”</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="23"/>
        <source>budget must be a non-negative amount in yuan (分 at most)</source>
        <translation>预算须为不小于 0 的金额（元，最多到分）</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="24"/>
        <source>due date must be a date</source>
        <translation>截止日期必须是日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="25"/>
        <source>the target node belongs to another plan</source>
        <translation>该目标节点属于另一个计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="26"/>
        <source>the owner no longer exists</source>
        <translation>该负责人已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="27"/>
        <source>there is no target plan for {year}</source>
        <translation>没有 {year} 年的目标计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="28"/>
        <source>one target per month</source>
        <translation>每个月需要一个目标值</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="29"/>
        <source>the average won deal must be more than zero</source>
        <translation>平均赢单金额必须大于 0</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="30"/>
        <source>the cycle must be between 0 and 3,650 days</source>
        <translation>销售周期须在 0 到 3,650 天之间</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="31"/>
        <source>unknown assumption “{name}”</source>
        <translation>未知的假设“{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="32"/>
        <source>this scenario no longer exists</source>
        <translation>该方案已不存在</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="33"/>
        <source>this scenario was changed since</source>
        <translation>该方案之后已被修改</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="34"/>
        <source>every conversion rate must be between 0.01% and 100%</source>
        <translation>每个转化率都须在 0.01% 到 100% 之间</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="35"/>
        <source>unknown checkpoint kind “{kind}”</source>
        <translation>未知的检查点类型“{kind}”</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="36"/>
        <source>the checkpoint needs a title</source>
        <translation>检查点需要标题</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="37"/>
        <source>unknown timeline field “{key}”</source>
        <translation>未知的时间表字段“{key}”</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="38"/>
        <source>the checkpoint needs a date</source>
        <translation>检查点需要日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="39"/>
        <source>done date must be a date</source>
        <translation>完成日期必须是日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="40"/>
        <source>remind 0–60 days before</source>
        <translation>提前提醒天数须在 0–60 之间</translation>
    </message>
    <message>
        <location filename="../../gui/plans/error_texts.py" line="41"/>
        <source>a holiday needs a date</source>
        <translation>节假日需要日期</translation>
    </message>
</context>
</TS>
