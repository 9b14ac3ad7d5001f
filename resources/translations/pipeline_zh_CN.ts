<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../gui/pipeline/board_view.py" line="110"/>
        <source>Deals closed in the last 30 days</source>
        <translation>最近 30 天内关闭的商机</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/board_view.py" line="251"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/board_view.py" line="252"/>
        <source>Move to</source>
        <translation>移动到</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/board_view.py" line="258"/>
        <source>Previous stage</source>
        <translation>上一阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/board_view.py" line="259"/>
        <source>Next stage</source>
        <translation>下一阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/board_view.py" line="342"/>
        <source>Newest %1 of %2 shown</source>
        <translation>显示最新 %1 条，共 %2 条</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <source>Could not save</source>
        <translation type="vanished">无法保存</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_actions.py" line="79"/>
        <source>Move %n deal(s) to %1</source>
        <translation>将 %n 个商机移至%1</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_actions.py" line="99"/>
        <source>Set expected close of %n deal(s) to %1</source>
        <translation>将 %n 个商机的预计成交日期设为 %1</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_actions.py" line="110"/>
        <source>New deal %1</source>
        <translation>新建商机 %1</translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message numerus="yes">
        <location filename="../../gui/pipeline/deal_card_delegate.py" line="182"/>
        <source>%n d</source>
        <comment>days in stage</comment>
        <translation>
            <numerusform>%n天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealDetailDialog</name>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="96"/>
        <source>Change log</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="62"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="76"/>
        <source>Products</source>
        <translation>产品明细</translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="vanished">产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="vanished">数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="vanished">单价</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="366"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="77"/>
        <source>Activities</source>
        <translation>活动与跟进</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="78"/>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="85"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="79"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="80"/>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="88"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="81"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="82"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="84"/>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="86"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="86"/>
        <source>(created)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="87"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="89"/>
        <source>Amount then</source>
        <translation>当时金额</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="90"/>
        <source>Close date then</source>
        <translation>当时预计成交日期</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="92"/>
        <source>Log follow-up…</source>
        <translation>记录跟进…</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="93"/>
        <source>Record a visit, call or message about this deal</source>
        <translation>记录与此商机有关的拜访、电话或消息</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="110"/>
        <source>Deal name:</source>
        <translation>商机名称：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="119"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="122"/>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="126"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="130"/>
        <source>Amount (¥):</source>
        <translation>金额（¥）：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="128"/>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="135"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="137"/>
        <source>Expected close:</source>
        <translation>预计成交日期：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="144"/>
        <source>Reset</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="145"/>
        <source>Use the stage&apos;s default probability again</source>
        <translation>重新使用阶段的默认赢率</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="150"/>
        <source>Probability:</source>
        <translation>赢率：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="154"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="158"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="177"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="177"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="178"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="178"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="221"/>
        <source>Deal: %1</source>
        <translation>商机：%1</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="233"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="240"/>
        <source>The sum of the product lines</source>
        <translation>各产品明细之和</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="249"/>
        <source>typed, overrides the stage default %1%</source>
        <translation>手工填写，覆盖阶段默认 %1%</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="252"/>
        <source>stage default %1%</source>
        <translation>阶段默认 %1%</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="253"/>
        <source>weighted %1</source>
        <translation>加权 %1</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="269"/>
        <source>Won on %1, actual amount %2</source>
        <translation>%1 赢单，实际金额 %2</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="272"/>
        <source>Lost on %1, reason: %2</source>
        <translation>%1 输单，输单原因：%2</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="287"/>
        <source>Edit deal %1</source>
        <translation>编辑商机 %1</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="333"/>
        <source>Follow-up on %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="vanished">无法保存</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="350"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="351"/>
        <source>Choose an existing customer from the list.</source>
        <translation>请从列表中选择已有客户。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="367"/>
        <source>Amount must be a number of yuan, e.g. 120000.</source>
        <translation>金额须为以元为单位的数字，例如 120000。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="1"/>
        <source>New Quote…</source>
        <translation>新建报价…</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_detail_dialog.py" line="1"/>
        <source>Quote this deal&apos;s customer (报价)</source>
        <translation>为该商机的客户报价</translation>
    </message>
</context>
<context>
    <name>DealLinesEditor</name>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="68"/>
        <source>Type a product code or name to add a line</source>
        <translation>输入产品编码或名称以添加明细</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="76"/>
        <source>Add line</source>
        <translation>添加明细</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="78"/>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="80"/>
        <source>Amount follows the lines</source>
        <translation>金额按产品明细计算</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="81"/>
        <source>The deal&apos;s amount is the sum of its lines and changes with them</source>
        <translation>商机金额为各产品明细金额之和，并随明细变化</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="103"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="105"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="106"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="107"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="109"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="112"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="134"/>
        <source>Lines total %1</source>
        <translation>明细合计 %1</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="136"/>
        <source>gross margin %1 (%2%)</source>
        <translation>毛利 %1（%2%）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="139"/>
        <source>%n line(s) without a cost</source>
        <translation>
            <numerusform>%n 条明细未设成本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="159"/>
        <source>Choose a product from the list.</source>
        <translation>请从列表中选择产品。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="163"/>
        <source>Add product line to %1</source>
        <translation>为 %1 添加产品明细</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="175"/>
        <source>Remove product line from %1</source>
        <translation>从 %1 删除产品明细</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="184"/>
        <source>Type a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="189"/>
        <source>Edit product line of %1</source>
        <translation>编辑 %1 的产品明细</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="211"/>
        <source>Amount of %1 follows its lines</source>
        <translation>%1 的金额按产品明细计算</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_lines_editor.py" line="212"/>
        <source>Amount of %1 typed by hand</source>
        <translation>%1 的金额改为手动填写</translation>
    </message>
</context>
<context>
    <name>DealListModel</name>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="29"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="30"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="31"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="32"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="33"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="34"/>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="35"/>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="36"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="37"/>
        <source>Days in stage</source>
        <translation>停留天数</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="38"/>
        <location filename="../../gui/pipeline/deal_list_model.py" line="128"/>
        <source>Rotting</source>
        <translation>停滞</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="108"/>
        <source>Typed by hand (overridden)</source>
        <translation>手工填写（覆盖阶段默认值）</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/deal_list_model.py" line="109"/>
        <source>Stage default</source>
        <translation>阶段默认值</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <location filename="../../gui/pipeline/forecast_view.py" line="85"/>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/forecast_view.py" line="88"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/forecast_view.py" line="90"/>
        <source>Later / no date</source>
        <translation>更晚 / 未定日期</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/forecast_view.py" line="100"/>
        <source>Open deals whose expected close is before this month: drag them to a month to re-plan them</source>
        <translation>预计成交日期早于本月的进行中商机：拖到某个月份即可重新安排</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/forecast_view.py" line="150"/>
        <source>Commit %1</source>
        <translation>承诺 %1</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/forecast_view.py" line="151"/>
        <source>Best case %1</source>
        <translation>最佳情况 %1</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/forecast_view.py" line="152"/>
        <source>Pipeline %1</source>
        <translation>管道 %1</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../gui/pipeline/lost_reason_dialog.py" line="21"/>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/lost_reason_dialog.py" line="24"/>
        <source>Why was “%1” lost?</source>
        <translation>“%1”为什么输单？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/lost_reason_dialog.py" line="26"/>
        <source>Why were these %n deals lost?</source>
        <translation>
            <numerusform>这 %n 个商机为什么输单？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/lost_reason_dialog.py" line="37"/>
        <source>Choose or type a reason</source>
        <translation>选择或输入原因</translation>
    </message>
</context>
<context>
    <name>PipelineFilterBar</name>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="48"/>
        <source>My deals</source>
        <translation>我的商机</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="56"/>
        <source>Search deals or customers…</source>
        <translation>搜索商机或客户…</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="62"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="63"/>
        <source>Team / org unit</source>
        <translation>团队 / 组织单元</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="64"/>
        <source>Customer tier</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="65"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="66"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="67"/>
        <source>All tiers</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="68"/>
        <source>A · key</source>
        <translation>A · 大客户</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="68"/>
        <source>B · ordinary</source>
        <translation>B · 普通客户</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="69"/>
        <source>C · potential</source>
        <translation>C · 潜在客户</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="71"/>
        <source>Any close date</source>
        <translation>任意成交日期</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="71"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="71"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="72"/>
        <source>Next month</source>
        <translation>下月</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="72"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="72"/>
        <source>Next 90 days</source>
        <translation>未来 90 天</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="89"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="90"/>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_filter_bar.py" line="91"/>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="512"/>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="93"/>
        <location filename="../../gui/pipeline/pipeline_page.py" line="298"/>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="96"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="96"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="96"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="107"/>
        <source>Fold won/lost</source>
        <translation>折叠赢单/输单</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="109"/>
        <source>Fold or unfold the won and lost columns</source>
        <translation>折叠或展开赢单、输单列</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="117"/>
        <source>No pipeline yet. Set one up under Settings → Pipeline.</source>
        <translation>还没有销售漏斗。请在 设置 → 销售漏斗 中创建。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="194"/>
        <source>Only the deals you own</source>
        <translation>只看我负责的商机</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="195"/>
        <source>Choose who you are under Settings to use “My deals”</source>
        <translation>请先在设置中选择“我是谁”，才能使用“我的商机”</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="259"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="299"/>
        <source>The deals could not be loaded: %1</source>
        <translation>无法加载商机：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/pipeline_page.py" line="373"/>
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln 个进行中的商机</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="528"/>
        <source>Deal not found</source>
        <translation>找不到该商机</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/pipeline_page.py" line="385"/>
        <source>Won and lost: the newest %1 of %2 deals closed in the last 30 days are listed</source>
        <translation>赢单和输单：只列出最近 30 天内关闭的 %2 条商机中最新的 %1 条</translation>
    </message>
</context>
<context>
    <name>QuickCreateCard</name>
    <message>
        <location filename="../../gui/pipeline/quick_create_card.py" line="43"/>
        <source>Deal name</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/quick_create_card.py" line="45"/>
        <source>Customer (type to search)</source>
        <translation>客户（输入以搜索）</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/quick_create_card.py" line="52"/>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/quick_create_card.py" line="60"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/quick_create_card.py" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/quick_create_card.py" line="109"/>
        <source>Deal name is required.</source>
        <translation>商机名称不能为空。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/quick_create_card.py" line="113"/>
        <source>Choose an existing customer from the list.</source>
        <translation>请从列表中选择已有客户。</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/quick_create_card.py" line="120"/>
        <source>Amount must be a number of yuan, e.g. 120000.</source>
        <translation>金额须为以元为单位的数字，例如 120000。</translation>
    </message>
</context>
<context>
    <name>StageColumnHeader</name>
    <message>
        <location filename="../../gui/pipeline/stage_column_header.py" line="83"/>
        <source>Quick-create a deal in this stage</source>
        <translation>在此阶段快速新建商机</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/stage_column_header.py" line="89"/>
        <source>Fold this column</source>
        <translation>折叠此列</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/stage_column_header.py" line="112"/>
        <source>%1 · weighted %2</source>
        <translation>%1 · 加权 %2</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/stage_column_header.py" line="118"/>
        <source>Total amount %1, weighted amount %2 (amount × probability)</source>
        <translation>总金额 %1，加权金额 %2（金额 × 赢率）</translation>
    </message>
</context>
<context>
    <name>WonDealDialog</name>
    <message>
        <location filename="../../gui/pipeline/won_deal_dialog.py" line="31"/>
        <source>Deal won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/won_deal_dialog.py" line="34"/>
        <source>Congratulations on winning “%1”!</source>
        <translation>恭喜赢单“%1”！</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/pipeline/won_deal_dialog.py" line="36"/>
        <source>%n deals won; each keeps its own amount.</source>
        <translation>
            <numerusform>%n 个商机赢单；各自保留原金额。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/won_deal_dialog.py" line="47"/>
        <source>Actual amount:</source>
        <translation>实际成交金额：</translation>
    </message>
    <message>
        <location filename="../../gui/pipeline/won_deal_dialog.py" line="53"/>
        <source>Won on:</source>
        <translation>赢单日期：</translation>
    </message>
</context>
</TS>
