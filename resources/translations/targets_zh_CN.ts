<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="26"/>
        <location filename="../../gui/targets/node_actions.py" line="246"/>
        <source>Request adjustment</source>
        <translation>调整申请</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="28"/>
        <source>Node:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="29"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="30"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="32"/>
        <source>Floor:</source>
        <translation>保底：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="32"/>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="32"/>
        <source>Challenge:</source>
        <translation>挑战：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="35"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="39"/>
        <source>Why does the target need to change?</source>
        <translation>为什么需要调整目标？</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="41"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="63"/>
        <source>Floor</source>
        <translation>保底</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="63"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="63"/>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustment_dialog.py" line="70"/>
        <source>Reason: an adjustment request needs a reason.</source>
        <translation>原因：调整申请必须填写原因。</translation>
    </message>
</context>
<context>
    <name>AdjustmentsPanel</name>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="56"/>
        <source>Adjustment requests</source>
        <extracomment>What the list shows: the requests themselves and the names of the people on them.</extracomment>
        <translation>调整申请</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="58"/>
        <source>Show decided</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="60"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="62"/>
        <location filename="../../gui/targets/adjustments_panel.py" line="154"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/targets/adjustments_panel.py" line="125"/>
        <source>Adjustment requests (%n pending)</source>
        <translation>
            <numerusform>调整申请（%n 条待审批）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="140"/>
        <source>Only the level above this node may decide.</source>
        <translation>只有该节点的上级可以审批。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="154"/>
        <source>Why (optional):</source>
        <translation>驳回原因（可选）：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/adjustments_panel.py" line="163"/>
        <source>Choose who you are in Settings first.</source>
        <translation>请先在设置中选择“我是…”。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/targets/history_dialog.py" line="52"/>
        <source>Value history</source>
        <translation>数值历史</translation>
    </message>
    <message>
        <location filename="../../gui/targets/history_dialog.py" line="65"/>
        <source>No versions yet: nobody typed a value here.</source>
        <translation>暂无版本：此处尚未录入数值。</translation>
    </message>
</context>
<context>
    <name>TargetActions</name>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="63"/>
        <source>Split to children (%1)</source>
        <translation>分解到下级（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="70"/>
        <location filename="../../gui/targets/node_actions.py" line="300"/>
        <source>Split to sub-periods</source>
        <translation>分解到子期间</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="76"/>
        <location filename="../../gui/targets/node_actions.py" line="304"/>
        <source>Distribute gap</source>
        <translation>分配差额</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="82"/>
        <location filename="../../gui/targets/node_actions.py" line="309"/>
        <source>Accept roll-up</source>
        <translation>采用下级合计</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="101"/>
        <source>Add child node</source>
        <translation>添加下级节点</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="102"/>
        <source>Name of the new layer:</source>
        <translation>新层级名称：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="118"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="119"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="156"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="157"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="179"/>
        <source>Split weight</source>
        <translation>分解权重</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="180"/>
        <source>Weight of this node when its parent splits by weights:</source>
        <translation>上级按权重分解时本节点的权重：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="192"/>
        <location filename="../../gui/targets/node_actions.py" line="204"/>
        <source>New plan from org</source>
        <translation>按组织架构新建目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="205"/>
        <source>Plan year (company → units → people):</source>
        <translation>目标年度（公司 → 部门 → 个人）：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="228"/>
        <source>Choose who you are in Settings first (认领 needs a person).</source>
        <translation>请先在设置中选择“我是…”（认领需要具体人员）。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="261"/>
        <source>Select a node and a period column first.</source>
        <translation>请先选择一个节点和期间列。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="295"/>
        <source>Split to children</source>
        <translation>分解到下级</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="312"/>
        <source>Value history…</source>
        <translation>数值历史…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="315"/>
        <source>Add child node…</source>
        <translation>添加下级节点…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="316"/>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="317"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="318"/>
        <source>Split weight…</source>
        <translation>分解权重…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="321"/>
        <source>Remove node</source>
        <translation>删除节点</translation>
    </message>
</context>
<context>
    <name>TargetCommands</name>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="368"/>
        <source>Edit target of “%1”</source>
        <translation>修改“%1”的目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="384"/>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="92"/>
        <source>Add “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="130"/>
        <source>Remove “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="147"/>
        <source>Rename to “%1”</source>
        <translation>重命名为“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="168"/>
        <source>Split weight of “%1”</source>
        <translation>“%1”的分解权重</translation>
    </message>
</context>
<context>
    <name>TargetTreeModel</name>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="186"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="188"/>
        <source>Kind / owner</source>
        <translation>类型 / 负责人</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="193"/>
        <source>Floor</source>
        <translation>保底</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="193"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="194"/>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="194"/>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="180"/>
        <source>Own value minus the children&apos;s sum: orange = unallocated, red = over-allocated</source>
        <extracomment>node id → owner names (managers of a unit, the firm&apos;s heads for the root) (node id, metric, period, new values or None) → True when accepted; set by the page (node id, new name) → None; set by the page (pushes a rename command) (node id, new parent id) → None; set by the page (pushes a move command)</extracomment>
        <translation>本级数值减去下级合计：橙色 = 未分配，红色 = 超分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="195"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="195"/>
        <source>Gap</source>
        <translation>未分配/超分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="196"/>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="233"/>
        <source>acknowledged</source>
        <translation>已认领</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="261"/>
        <source>Rolled up from the children (no value typed here)</source>
        <translation>由下级汇总（此处未录入）</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="275"/>
        <source>Unallocated</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="275"/>
        <source>Over-allocated</source>
        <translation>超分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="276"/>
        <source>%1: floor %2, target %3, challenge %4</source>
        <translation>%1：保底 %2，目标 %3，挑战 %4</translation>
    </message>
    <message>
        <location filename="../../gui/targets/tree_model.py" line="315"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="32"/>
        <source>Plan year</source>
        <translation>目标年度</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="34"/>
        <source>New plan from org…</source>
        <translation>按组织架构新建目标…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="41"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="41"/>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="42"/>
        <source>Months</source>
        <translation>月度</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="42"/>
        <source>Weeks of month</source>
        <translation>当月各周</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="50"/>
        <source>A week that straddles two months counts in the month holding its Thursday</source>
        <translation>跨月的周计入其周四所在的月份</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="58"/>
        <source>Target only</source>
        <translation>仅目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="59"/>
        <source>Floor · Target · Challenge</source>
        <translation>保底 · 目标 · 挑战</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="220"/>
        <location filename="../../gui/targets/page_toolbar.py" line="64"/>
        <location filename="../../gui/targets/targets_page.py" line="348"/>
        <source>Publish</source>
        <translation>公示</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="65"/>
        <source>Publish (公示) the plan: values freeze and owners can acknowledge them</source>
        <translation>公示目标：数值冻结，负责人可以认领</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="231"/>
        <location filename="../../gui/targets/page_toolbar.py" line="68"/>
        <source>Acknowledge</source>
        <translation>认领</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="69"/>
        <source>Acknowledge (认领) the selected node&apos;s targets as its owner</source>
        <translation>以负责人身份认领所选节点的目标</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="72"/>
        <source>Request adjustment…</source>
        <translation>调整申请…</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="74"/>
        <source>Approvals</source>
        <translation>调整审批</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="86"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="99"/>
        <source>Add child node</source>
        <translation>添加下级节点</translation>
    </message>
    <message>
        <location filename="../../gui/targets/page_toolbar.py" line="100"/>
        <source>Remove node / clear value</source>
        <translation>删除节点 / 清除数值</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="319"/>
        <source>The targets could not be loaded: %1</source>
        <extracomment>What the actuals count: deals won, collections, new customers, follow-ups, and who is where.</extracomment>
        <translation>无法加载目标：%1</translation>
    </message>
    <message>
        <location filename="../../gui/targets/targets_page.py" line="339"/>
        <source>No plan yet: create one from the org tree</source>
        <translation>尚无目标：请按组织架构新建</translation>
    </message>
    <message>
        <location filename="../../gui/targets/node_actions.py" line="218"/>
        <location filename="../../gui/targets/targets_page.py" line="348"/>
        <source>Unpublish</source>
        <translation>撤回公示</translation>
    </message>
</context>
<context>
    <name>TargetsText</name>
    <message>
        <location filename="../../gui/targets/formatting.py" line="20"/>
        <source>Signed amount</source>
        <translation>签约额</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="21"/>
        <source>Collected amount</source>
        <translation>回款额</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="22"/>
        <source>Deals won</source>
        <translation>签约量</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="23"/>
        <source>New customers</source>
        <translation>新增客户数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="24"/>
        <source>Follow-ups</source>
        <translation>跟进数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="25"/>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="26"/>
        <source>First contacts</source>
        <translation>首次接触数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="27"/>
        <source>Quotes</source>
        <translation>报价数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="28"/>
        <source>Negotiations</source>
        <translation>谈判数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="29"/>
        <source>Wins</source>
        <translation>成交数</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="30"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="31"/>
        <source>Repurchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="35"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="36"/>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="37"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="41"/>
        <source>Even split</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="42"/>
        <source>By last year&apos;s actuals</source>
        <translation>按去年实际</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="43"/>
        <source>By weights</source>
        <translation>按权重</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="44"/>
        <source>By capacity tier</source>
        <translation>按能力层级</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="48"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="49"/>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="50"/>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="51"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="52"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="56"/>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="56"/>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="57"/>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="57"/>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="58"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="58"/>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="59"/>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="59"/>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="60"/>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="60"/>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="61"/>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="61"/>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="93"/>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="128"/>
        <source>Type a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="132"/>
        <location filename="../../gui/targets/formatting.py" line="135"/>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是有效数字。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="138"/>
        <source>Targets cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="142"/>
        <source>At most two decimals (fen) are allowed.</source>
        <translation>最多两位小数（精确到分）。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="146"/>
        <source>This metric counts whole numbers.</source>
        <translation>此指标只能是整数。</translation>
    </message>
    <message>
        <location filename="../../gui/targets/formatting.py" line="149"/>
        <source>The number is too large.</source>
        <translation>数字过大。</translation>
    </message>
</context>
<context>
    <name>_RequestsModel</name>
    <message>
        <source>Node</source>
        <translation type="vanished">节点</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="vanished">指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">期间</translation>
    </message>
    <message>
        <source>Current target</source>
        <translation type="vanished">当前目标</translation>
    </message>
    <message>
        <source>Proposed target</source>
        <translation type="vanished">申请目标</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="vanished">申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">状态</translation>
    </message>
</context>
<context>
    <name>_VersionsModel</name>
    <message>
        <source>When</source>
        <translation type="vanished">时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="vanished">修改人</translation>
    </message>
    <message>
        <source>Old (floor / target / challenge)</source>
        <translation type="vanished">原值（保底 / 目标 / 挑战）</translation>
    </message>
    <message>
        <source>New (floor / target / challenge)</source>
        <translation type="vanished">新值（保底 / 目标 / 挑战）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="vanished">原因</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation type="vanished">目标版本</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="vanished">（未知）</translation>
    </message>
    <message>
        <source>(approved adjustment)</source>
        <translation type="vanished">（已批准的调整）</translation>
    </message>
</context>
</TS>
