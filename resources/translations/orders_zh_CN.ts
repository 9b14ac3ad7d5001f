<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="70"/>
        <source>Create Contract</source>
        <translation>生成合同</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="80"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="81"/>
        <source>Sign date:</source>
        <translation>签订日期：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="82"/>
        <source>Amount (¥):</source>
        <translation>金额（¥）：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="83"/>
        <source>Terms:</source>
        <translation>条款：</translation>
    </message>
</context>
<context>
    <name>QuoteApprovalDialog</name>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="54"/>
        <source>Quote approval %1</source>
        <translation>报价审批 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="56"/>
        <source>%1 · %2 · total %3 (discount %4)</source>
        <translation>%1 · %2 · 合计 %3（折扣 %4）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="61"/>
        <source>Product or service</source>
        <translation>产品/服务</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="62"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="64"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="65"/>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="71"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="66"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="69"/>
        <source>Asked</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="70"/>
        <source>By</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="72"/>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="73"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="74"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="77"/>
        <source>Comment (needed to reject)</source>
        <translation>审批意见（驳回时必填）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="80"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="81"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="93"/>
        <source>History</source>
        <translation>审批记录</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="118"/>
        <source>Approve quote %1</source>
        <translation>批准报价 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_approval_dialog.py" line="119"/>
        <source>Reject quote %1</source>
        <translation>驳回报价 %1</translation>
    </message>
</context>
<context>
    <name>QuoteEditorDialog</name>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="105"/>
        <source>New Quote</source>
        <translation>新建报价</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="125"/>
        <source>Delivery, installation, payment terms…</source>
        <translation>交货、安装、付款条件……</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="127"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="130"/>
        <source>valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="133"/>
        <source>Issued:</source>
        <translation>报价日期：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="134"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="138"/>
        <source>Type a product code or name to add a line</source>
        <translation>输入产品编码或名称添加一行</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="146"/>
        <source>Add product</source>
        <translation>添加产品</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="148"/>
        <source>Add text line</source>
        <translation>添加文字行</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="149"/>
        <source>A line of free text: a service, freight, anything not in the catalogue</source>
        <translation>自由填写的一行：服务、运费等产品目录中没有的项目</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="152"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="180"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="194"/>
        <source>Product or service</source>
        <translation>产品/服务</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="195"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="196"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="197"/>
        <source>Unit price</source>
        <translation>单价（不含税）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="199"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="202"/>
        <source>Approval needed beyond %1%</source>
        <translation>超过 %1% 需审批</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="204"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="206"/>
        <source>Amount</source>
        <translation>金额（不含税）</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="207"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="231"/>
        <source>Choose a product from the list.</source>
        <translation>请从列表中选择产品。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="243"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="278"/>
        <source>Type a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="288"/>
        <source>Subtotal %1 · discount %2 · tax %3 · total %4</source>
        <translation>原价合计 %1 · 折扣 %2 · 税额 %3 · 报价总计 %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/orders/quote_editor_dialog.py" line="293"/>
        <source>%n line(s) beyond the discount threshold: saving asks for approval, and the quote cannot be sent until it is approved.</source>
        <translation>
            <numerusform>%n 行折扣超过审批线：保存后将提交报价审批，批准前不能发送报价。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="318"/>
        <source>New quote for %1</source>
        <translation>为 %1 新建报价</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_editor_dialog.py" line="334"/>
        <source>Edit quote %1</source>
        <translation>修改报价 %1</translation>
    </message>
</context>
<context>
    <name>QuoteSettingsSection</name>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="49"/>
        <location filename="../../gui/orders/quote_settings_section.py" line="109"/>
        <source>Quotes</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="61"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="62"/>
        <source>Approval beyond</source>
        <translation>超过即需审批</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="72"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="74"/>
        <source>Quote approval</source>
        <translation>报价审批</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="76"/>
        <source>A discount beyond</source>
        <translation>折扣超过</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="77"/>
        <source>needs approval by the owner&apos;s manager (else a sales manager, the owner or the director) before the quote can be sent. A product may have a threshold of its own; blank follows the firm&apos;s.</source>
        <translation>的报价须经负责人的上级审批（没有上级时由销售经理、老板或销售总监审批）后才能发送。产品可单独设置审批线；留空则按公司统一标准。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="122"/>
        <source>Cannot save the quote settings</source>
        <translation>无法保存报价设置</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_settings_section.py" line="126"/>
        <source>Quote settings saved</source>
        <translation>报价设置已保存</translation>
    </message>
</context>
<context>
    <name>QuoteTexts</name>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="8"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="9"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="10"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="11"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="12"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="15"/>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="16"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="17"/>
        <source>Discount rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="18"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quote_texts.py" line="38"/>
        <source>%1 rev %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
</context>
<context>
    <name>QuotesTab</name>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="117"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="118"/>
        <source>Mark Sent</source>
        <translation>标记已发送</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="119"/>
        <source>Accepted</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="120"/>
        <source>Rejected</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="121"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="122"/>
        <source>Revise</source>
        <translation>修订</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="123"/>
        <source>Approval…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="124"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="125"/>
        <source>Create Contract…</source>
        <translation>生成合同…</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="126"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="145"/>
        <source>Number</source>
        <translation>报价编号</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="146"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="147"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="148"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="149"/>
        <source>Issued</source>
        <translation>报价日期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="150"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="151"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="152"/>
        <source>revised</source>
        <translation>已修订</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="153"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="154"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/orders/quotes_tab.py" line="179"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>共 %n 份报价</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="239"/>
        <source>Send quote %1</source>
        <translation>发送报价 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="243"/>
        <source>Quote %1 accepted</source>
        <translation>报价 %1 已接受</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="247"/>
        <source>Quote %1 rejected</source>
        <translation>报价 %1 已拒绝</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="251"/>
        <source>Quote %1 expired</source>
        <translation>报价 %1 已过期</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="261"/>
        <source>Revise quote %1</source>
        <translation>修订报价 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="270"/>
        <source>Delete quote %1</source>
        <translation>删除报价 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="286"/>
        <source>Save Quote as PDF</source>
        <translation>报价另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="288"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="296"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="298"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../gui/orders/quotes_tab.py" line="308"/>
        <source>Contract from quote %1</source>
        <translation>由报价 %1 生成合同</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="11"/>
        <source>A contract number pattern needs exactly one sequence field (seq).</source>
        <translation>合同编号规则必须恰好包含一个序号字段（seq）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="13"/>
        <source>A contract needs a number.</source>
        <translation>合同需要编号。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="14"/>
        <source>A contract number can be at most {limit} characters long.</source>
        <translation>合同编号最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="15"/>
        <source>A contract&apos;s amount must be more than zero.</source>
        <translation>合同金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="16"/>
        <source>That customer does not exist.</source>
        <translation>该客户不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="17"/>
        <source>This contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="18"/>
        <source>An amount must be a number of yuan.</source>
        <translation>金额必须是以元为单位的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="19"/>
        <source>That person does not exist.</source>
        <translation>该人员不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="20"/>
        <source>The contract number {number} is already used.</source>
        <translation>合同编号 {number} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="21"/>
        <source>That deal does not exist.</source>
        <translation>该商机不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="22"/>
        <source>Only a won deal gets a contract.</source>
        <translation>只有赢单的商机才能创建合同。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="23"/>
        <source>This deal already has the contract {number}.</source>
        <translation>该商机已有合同 {number}。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="24"/>
        <source>Payments are applied to this contract; it cannot be removed.</source>
        <translation>该合同已有回款核销，不能删除。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="26"/>
        <source>{file}: export to .xlsx or .csv.</source>
        <translation>{file}：只能导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="27"/>
        <source>“{value}” is not a payment method.</source>
        <translation>“{value}”不是有效的回款方式。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="28"/>
        <source>A payment&apos;s amount must be more than zero.</source>
        <translation>回款金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="29"/>
        <source>A reference can be at most {limit} characters long.</source>
        <translation>流水号/票据号最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="30"/>
        <source>A later payment or refund depends on this one; undo that first.</source>
        <translation>之后的回款或退款依赖于这一笔，请先撤销那一笔。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="32"/>
        <source>That contract is another customer&apos;s.</source>
        <translation>该合同属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="33"/>
        <source>That instalment does not exist.</source>
        <translation>该回款期次不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="34"/>
        <source>That instalment is not on this customer&apos;s contract.</source>
        <translation>该回款期次不在此客户的合同上。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="35"/>
        <source>The refund is more than the customer has paid ({paid}).</source>
        <translation>退款金额超过了客户已付金额（{paid}）。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="36"/>
        <source>This payment no longer exists.</source>
        <translation>该回款记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="37"/>
        <source>There is no payment plan template {key}.</source>
        <translation>没有名为 {key} 的回款计划模板。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="38"/>
        <source>A payment plan needs at least one instalment.</source>
        <translation>回款计划至少需要一期。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="39"/>
        <source>Every instalment&apos;s percentage must be more than zero.</source>
        <translation>每一期的比例都必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="40"/>
        <source>The percentages add up to {sum} %, not 100 %.</source>
        <translation>各期比例合计为 {sum}%，不是 100%。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="41"/>
        <source>{amount} is too small to split this way.</source>
        <translation>{amount} 金额太小，无法按此方式拆分。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="42"/>
        <source>Give every instalment a percentage, or every one an amount.</source>
        <translation>请为每一期都填写比例，或都填写金额。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="44"/>
        <source>Only the last instalment may be left without an amount.</source>
        <translation>只有最后一期可以不填金额。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="45"/>
        <source>Every instalment&apos;s amount must be more than zero.</source>
        <translation>每一期的金额都必须大于零。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="46"/>
        <source>The instalments add up to {sum}, not the contract amount {amount}.</source>
        <translation>各期金额合计为 {sum}，与合同金额 {amount} 不符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="48"/>
        <source>An instalment&apos;s label can be at most {limit} characters long.</source>
        <translation>期次名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="50"/>
        <source>“{value}” is not a percentage.</source>
        <translation>“{value}”不是百分比。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="51"/>
        <source>Payments are applied to this plan; it cannot be replaced.</source>
        <translation>该回款计划已有回款核销，不能替换。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="52"/>
        <source>This instalment no longer exists.</source>
        <translation>该回款期次已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="54"/>
        <source>Notes can be at most {limit} characters long.</source>
        <translation>备注最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="55"/>
        <source>Only a sent quote can be accepted or rejected.</source>
        <translation>只有已发送的报价才能标记为接受或拒绝。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="56"/>
        <source>A discount or tax rate must be between 0 and 100 %.</source>
        <translation>折扣和税率必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="57"/>
        <source>A line&apos;s text can be at most {limit} characters long.</source>
        <translation>每行内容最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="58"/>
        <source>A unit can be at most {limit} characters long.</source>
        <translation>单位最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="59"/>
        <source>Every line needs a product or a description.</source>
        <translation>每一行都需要选择产品或填写内容。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="60"/>
        <source>A quantity must be a number.</source>
        <translation>数量必须是数字。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="61"/>
        <source>A quantity must be more than zero, with at most two decimals.</source>
        <translation>数量必须大于零，最多两位小数。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="63"/>
        <source>A line&apos;s price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="64"/>
        <source>A quote needs at least one line.</source>
        <translation>报价至少需要一行。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="65"/>
        <source>A quote cannot be valid until a day before it is issued.</source>
        <translation>有效期不能早于报价日期。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="66"/>
        <source>A quote needs a customer or a deal.</source>
        <translation>报价需要指定客户或商机。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="67"/>
        <source>Only a draft can be sent.</source>
        <translation>只有草稿才能发送。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="68"/>
        <source>Only a draft or a sent quote can expire.</source>
        <translation>只有草稿或已发送的报价才能标记为过期。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="69"/>
        <source>That product does not exist.</source>
        <translation>该产品不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="70"/>
        <source>A price must be a number of yuan.</source>
        <translation>单价必须是以元为单位的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="71"/>
        <source>That deal is another customer&apos;s.</source>
        <translation>该商机属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="72"/>
        <source>Only a draft can be changed; revise the quote instead.</source>
        <translation>只有草稿可以修改；请修订该报价。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="73"/>
        <source>This quote expired on {date}; revise it to quote again.</source>
        <translation>该报价已于 {date} 过期；请修订后重新报价。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="74"/>
        <source>A draft is changed as it is; it needs no revision.</source>
        <translation>草稿可直接修改，无需修订。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="75"/>
        <source>An accepted quote cannot be revised.</source>
        <translation>已接受的报价不能修订。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="76"/>
        <source>Only a draft can be removed.</source>
        <translation>只有草稿可以删除。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="77"/>
        <source>This quote waits for approval; it cannot be sent yet.</source>
        <translation>该报价正在等待审批，暂时不能发送。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="78"/>
        <source>This quote&apos;s discount was rejected; change the lines (or revise) before sending.</source>
        <translation>该报价的折扣已被驳回；请修改明细（或修订报价）后再发送。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="81"/>
        <source>A comment can be at most {limit} characters long.</source>
        <translation>审批意见最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="82"/>
        <source>Choose who you are (Settings ▸ General ▸ I am) to decide approvals.</source>
        <translation>请先选择你是谁（设置 ▸ 常规 ▸ 我是），再进行审批。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="84"/>
        <source>A discount threshold must be between 0 and 100 %.</source>
        <translation>审批线必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="85"/>
        <source>This quote has no approval waiting.</source>
        <translation>该报价没有待审批的申请。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="86"/>
        <source>Only the approver, the owner or the director may decide this request, and never the person who asked.</source>
        <translation>只有审批人、老板或销售总监可以审批，申请人不能审批自己的申请。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="89"/>
        <source>Say why the discount is rejected.</source>
        <translation>请填写驳回折扣的理由。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="90"/>
        <source>This quote no longer exists.</source>
        <translation>该报价已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="91"/>
        <source>There is no quote {number}.</source>
        <translation>没有编号为 {number} 的报价。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="92"/>
        <source>Only an accepted quote becomes a contract.</source>
        <translation>只有已接受的报价才能生成合同。</translation>
    </message>
    <message>
        <location filename="../../gui/orders/error_texts.py" line="93"/>
        <source>This quote has a later revision; work on that one.</source>
        <translation>该报价已有更新的版本，请在新版本上操作。</translation>
    </message>
</context>
</TS>
