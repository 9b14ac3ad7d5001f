<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FunnelTab</name>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="100"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="103"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="106"/>
        <source>Reload from history</source>
        <translation>按历史数据重算</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="107"/>
        <location filename="../../gui/plans/funnel_tab.py" line="267"/>
        <source>Save scenario</source>
        <translation>保存反推方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="108"/>
        <source>Save as process targets</source>
        <translation>保存为过程指标目标</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="110"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="110"/>
        <source>First contacts</source>
        <translation>初步沟通</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="111"/>
        <source>Quotes</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="111"/>
        <source>Negotiations</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="112"/>
        <source>Wins</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="112"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="116"/>
        <source>Target node</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="116"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="117"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="123"/>
        <source>Average won deal</source>
        <translation>平均赢单金额</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="125"/>
        <source>Lead → first contact</source>
        <translation>线索→初步沟通</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="125"/>
        <source>First contact → quote</source>
        <translation>初步沟通→方案报价</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="126"/>
        <source>Quote → negotiation</source>
        <translation>方案报价→商务谈判</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="126"/>
        <source>Negotiation → win</source>
        <translation>商务谈判→赢单</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="128"/>
        <source>Sales cycle</source>
        <translation>销售周期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="144"/>
        <source>Each stage = ⌈next stage ÷ its rate⌉; months add up exactly to the period; work is due earlier by a share of the cycle (leads the whole cycle, first contacts ¾, quotes ½, negotiations ¼).</source>
        <translation>反推规则：每个阶段 = ⌈下一阶段 ÷ 转化率⌉（向上取整）；各月之和恰好等于整个期间；各阶段工作按销售周期提前安排（线索提前整个周期，初步沟通提前¾，方案报价提前½，商务谈判提前¼）。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="170"/>
        <source>Signed amount</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="171"/>
        <source>Collected amount</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="172"/>
        <source>Deal count</source>
        <translation>签约量</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="177"/>
        <source>Year %1</source>
        <translation>%1 全年</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="231"/>
        <source>Reading the history…</source>
        <translation>正在读取历史数据…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="239"/>
        <source>From history: %1 of %2 closed deals won; %3 from history, the rest are defaults — edit any value to try a what-if.</source>
        <translation>历史数据：已结束商机 %2 个，赢单 %1 个；%3 项假设来自历史，其余为默认值——可修改任一数值做假设推演。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="270"/>
        <source>Reverse funnel</source>
        <translation>反推</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="273"/>
        <source>Scenario saved</source>
        <translation>反推方案已保存</translation>
    </message>
    <message>
        <location filename="../../gui/plans/funnel_tab.py" line="280"/>
        <source>Save reverse funnel as targets</source>
        <translation>反推结果保存为目标</translation>
    </message>
</context>
<context>
    <name>PlansModels</name>
    <message>
        <location filename="../../gui/plans/cells.py" line="18"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../gui/plans/cells.py" line="19"/>
        <source>Doing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gui/plans/cells.py" line="20"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/plans/cells.py" line="21"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../../gui/plans/cells.py" line="39"/>
        <source>Type a date as YYYY-MM-DD</source>
        <translation>请按 YYYY-MM-DD 输入日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/cells.py" line="45"/>
        <source>Type an amount in yuan, e.g. 12000.50</source>
        <translation>请输入金额（元），例如 12000.50</translation>
    </message>
    <message>
        <location filename="../../gui/plans/cells.py" line="51"/>
        <source>Status is one of: To do, Doing, Done, Blocked</source>
        <translation>状态只能是：待办、进行中、已完成、受阻</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="94"/>
        <source>Loading the plan…</source>
        <translation>正在加载计划…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="97"/>
        <source>A · Ideal line</source>
        <translation>A · 理想线</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="98"/>
        <source>B · Floor line</source>
        <translation>B · 保底线</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="104"/>
        <source>Export plan to Excel…</source>
        <translation>导出销售计划到 Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="106"/>
        <source>Plan year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="115"/>
        <location filename="../../gui/plans/plans_page.py" line="443"/>
        <source>Add action item</source>
        <translation>新增行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="116"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="117"/>
        <location filename="../../gui/plans/plans_page.py" line="457"/>
        <source>Copy to the other variant</source>
        <translation>复制到另一方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="119"/>
        <source>Target node</source>
        <translation>目标节点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="120"/>
        <location filename="../../gui/plans/plans_page.py" line="143"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="121"/>
        <source>What</source>
        <translation>做什么</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="122"/>
        <source>How</source>
        <translation>怎么做</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="123"/>
        <location filename="../../gui/plans/plans_page.py" line="135"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="124"/>
        <location filename="../../gui/plans/plans_page.py" line="144"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="126"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="128"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="129"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="134"/>
        <source>Checkpoint / milestone</source>
        <translation>检查点/里程碑</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="136"/>
        <location filename="../../gui/plans/plans_page.py" line="178"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="140"/>
        <location filename="../../gui/plans/plans_page.py" line="467"/>
        <source>Add checkpoint</source>
        <translation>新增检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="141"/>
        <location filename="../../gui/plans/plans_page.py" line="474"/>
        <source>Remove checkpoint</source>
        <translation>删除检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="143"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="152"/>
        <source>Checkpoints of the selected item</source>
        <translation>所选行动计划的检查点/里程碑</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="176"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="177"/>
        <source>Checkpoint</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="180"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="183"/>
        <location filename="../../gui/plans/plans_page.py" line="481"/>
        <source>Create the usual timeline</source>
        <translation>生成年度时间表</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="187"/>
        <source>Weekly tasks are one row repeating every Monday.</source>
        <translation>周任务为一行规则：每周一重复提醒。</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="197"/>
        <source>Action items</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="198"/>
        <source>Reverse funnel</source>
        <translation>反推</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="199"/>
        <source>Timeline</source>
        <translation>时间表</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="302"/>
        <source>The plan could not be loaded: %1</source>
        <translation>无法加载计划：%1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="315"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="400"/>
        <source>Plans</source>
        <translation>销售计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="427"/>
        <source>Edit action item</source>
        <translation>编辑行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="430"/>
        <source>Edit checkpoint</source>
        <translation>编辑检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="434"/>
        <source>Edit timeline</source>
        <translation>编辑时间表</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="444"/>
        <source>New action item</source>
        <translation>新行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="451"/>
        <source>Remove action item</source>
        <translation>删除行动计划</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="460"/>
        <source>Copied to the other variant</source>
        <translation>已复制到另一方案</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="468"/>
        <source>New checkpoint</source>
        <translation>新检查点</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="490"/>
        <source>Export plan to Excel</source>
        <translation>导出销售计划到 Excel</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="509"/>
        <source>Plan exported to %1</source>
        <translation>销售计划已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="513"/>
        <source>The plan could not be exported: %1</source>
        <translation>销售计划导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../gui/plans/plans_page.py" line="515"/>
        <source>Exporting the plan…</source>
        <translation>正在导出销售计划…</translation>
    </message>
</context>
</TS>
